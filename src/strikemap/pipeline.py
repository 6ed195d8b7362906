"""Run the stages from input paths to strikes.

Needs: input paths and a resolver. Adds: a :class:`Result` holding the
articles' claims, the strikes, the claims without a place, the
unresolved mentions and the read report. The stages are
:func:`strikemap.reader.read_articles`, :func:`strikemap.sentences.split_sentences`,
:func:`strikemap.mentions.find_mentions`, :func:`strikemap.claims.extract_claims`
and :func:`strikemap.strikes.build_strikes`; :func:`process_article` runs
the per-article ones, so they can be spread over processes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Callable, Iterable

from strikemap.claims import extract_claims
from strikemap.errors import InputError
from strikemap.mentions import find_mentions
from strikemap.model import Article, Claim, Mention, Strike
from strikemap.reader import ReadReport, read_articles
from strikemap.resolver import Resolver
from strikemap.sentences import split_sentences
from strikemap.strikes import build_strikes

__all__ = ["Result", "ArticleResult", "process_article", "run"]

log = logging.getLogger(__name__)


@dataclass
class ArticleResult:
    """What one article contributes: its claims and unplaced mentions."""

    doc: str
    title: str
    outlet: str
    published: str | None
    claims: list[Claim]
    unresolved: list[Mention]


@dataclass
class Result:
    """Everything a build produces before it is written."""

    strikes: list[Strike] = field(default_factory=list)
    placeless: list[Claim] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    unresolved: list[tuple[str, Mention]] = field(default_factory=list)
    articles: list[ArticleResult] = field(default_factory=list)
    report: ReadReport = field(default_factory=ReadReport)


def process_article(article: Article, resolver: Resolver) -> ArticleResult:
    """Sentences, mentions and claims of one article."""
    article.sentences = split_sentences(article.text)
    mentions = find_mentions(article, resolver)
    claims, unresolved = extract_claims(article, mentions)
    return ArticleResult(article.doc, article.meta.title, article.meta.outlet,
                         article.meta.published.text(), claims, unresolved)


def run(inputs: Iterable[str], resolver: Resolver | None = None, *,
        progress: Callable[[int], None] | None = None, corrections=None) -> Result:
    """Read, extract and merge.

    Parameters
    ----------
    inputs : iterable of path
        Files and folders of articles.
    resolver : Resolver, optional
    progress : callable, optional
        Called with 1 after each article.
    corrections : list of Correction, optional
        Analyst corrections to apply (see :mod:`strikemap.corrections`).

    Returns
    -------
    Result

    Raises
    ------
    InputError
        When a path is missing or no article could be read.
    """
    resolver = resolver or Resolver()
    result = Result()
    for article in read_articles(list(inputs), result.report):
        result.articles.append(process_article(article, resolver))
        if progress:
            progress(1)
    return finish(result, resolver, corrections)


def finish(result: Result, resolver: Resolver, corrections=None) -> Result:
    """Merge the articles' claims into strikes (the reduce step)."""
    if result.report.read == 0:
        skipped = len(result.report.skipped)
        raise InputError("no readable article in the input" + (f" ({skipped} file(s) skipped)" if skipped else ""))
    result.articles.sort(key=lambda a: a.doc)
    for art in result.articles:
        result.claims.extend(art.claims)
        result.unresolved.extend((art.doc, m) for m in art.unresolved)
    result.strikes, result.placeless = build_strikes(result.claims, resolver.gazetteer, corrections)
    if corrections:
        result.claims = [c for s in result.strikes for c in s.claims] + result.placeless
    return result
