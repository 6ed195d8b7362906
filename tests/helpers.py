"""Small helpers for the tests: run the per-article stages on a string."""

from __future__ import annotations

from strikemap.dates import article_dates
from strikemap.model import Article, ArticleMeta
from strikemap.pipeline import process_article


def analyse(text: str, resolver, doc: str = "t.txt"):
    article = Article(doc=doc, text=text, meta=ArticleMeta())
    article.meta.published, article.meta.reference = article_dates(text)
    return process_article(article, resolver)


def strike_places(text: str, resolver) -> dict[str, str]:
    """Place name -> stance for every located claim in ``text``."""
    out = {}
    for claim in analyse(text, resolver).claims:
        m = claim.mention
        if m is not None and m.resolution is not None and m.precision != "country":
            out[m.resolution.place.name] = claim.stance
    return out
