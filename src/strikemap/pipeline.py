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

import contextlib
import gc
import logging
import multiprocessing
import threading
from dataclasses import dataclass, field
from typing import Callable, Iterable

from strikemap.claims import extract_claims
from strikemap.errors import InputError
from strikemap.mentions import find_mentions
from strikemap.model import Article, Claim, Mention, Strike
from strikemap.reader import ReadReport, iter_paths, read_articles, read_one
from strikemap.resolver import Resolver
from strikemap.sentences import split_sentences
from strikemap.strikes import build_strikes

__all__ = ["Result", "ArticleResult", "process_article", "run", "collector_paused"]

log = logging.getLogger(__name__)


@contextlib.contextmanager
def collector_paused():
    """Pause Python's cycle collector while records pile up.

    A build allocates hundreds of thousands of small acyclic records; the
    collector would walk all of them again and again (about 40% of the
    merge and write time at 10,000 articles). Reference counting
    still frees everything; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


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
        progress: Callable[[int], None] | None = None, corrections=None, workers: int = 1,
        dask: str | None = None, batch_size: int = 200, meanwhile: Callable[[], None] | None = None) -> Result:
    """Read, extract and merge.

    Parameters
    ----------
    inputs : iterable of path
        Files and folders of articles.
    resolver : Resolver, optional
    progress : callable, optional
        Called with the number of articles done after each article or batch.
    corrections : list of Correction, optional
        Analyst corrections to apply (see :mod:`strikemap.corrections`).
    workers : int
        Processes for reading and extraction on this machine (1: in this process).
    dask : str, optional
        A Dask scheduler address, or ``"local"`` for a local cluster of
        processes: reading and extraction run as Dask tasks over batches of
        files, the merge into strikes runs here. Same output as a local run.
    batch_size : int
        Files per task for ``workers > 1`` and ``dask``.
    meanwhile : callable, optional
        Called once while other processes extract (at the start when
        there are none): the caller's own set-up, such as importing the
        writers, then costs no time of its own.

    Returns
    -------
    Result

    Raises
    ------
    InputError
        When a path is missing or no article could be read.
    """
    with collector_paused():
        return _run(list(inputs), resolver or Resolver(), progress, corrections, workers, dask, batch_size,
                    meanwhile or (lambda: None))


def _run(inputs, resolver, progress, corrections, workers, dask, batch_size, meanwhile) -> Result:
    result = Result()
    if workers <= 1 and not dask:
        meanwhile()
        for article in read_articles(inputs, result.report):
            result.articles.append(process_article(article, resolver))
            if progress:
                progress(1)
        return finish(result, resolver, corrections)
    files = list(iter_paths(inputs))
    batches = [files[i:i + batch_size] for i in range(0, len(files), batch_size)]
    options = (resolver.region, getattr(resolver.gazetteer, "folder", None))
    outputs = (_run_dask(dask, batches, options, meanwhile) if dask
               else _run_processes(workers, batches, options, resolver, meanwhile))
    for articles, report in outputs:
        if progress:
            progress(len(articles) + len(report.skipped))
        result.articles.extend(articles)
        result.report.read += report.read
        result.report.skipped.extend(report.skipped)
    return finish(result, resolver, corrections)


_WORKER_RESOLVERS: dict[tuple, Resolver] = {}


def _worker_resolver(options) -> Resolver:
    """The resolver for ``options`` (region, gazetteer folder) in this process.

    A worker forked from a build finds the build's own resolver here; a
    fresh one (spawned, or a Dask worker) loads the gazetteer once per
    options and keeps it.
    """
    resolver = _WORKER_RESOLVERS.get(options)
    if resolver is None:
        from strikemap.gazetteer import load_gazetteer
        region, folder = options
        resolver = _WORKER_RESOLVERS[options] = Resolver(load_gazetteer(folder), region=region)
        gc.freeze()  # the gazetteer lives as long as the worker: keep it out of collections
    return resolver


def process_batch(files: list[tuple[str, str]], options=("SY", None)) -> tuple[list[ArticleResult], ReadReport]:
    """Read and extract a batch of (path, doc) files; the unit of parallel work."""
    resolver = _worker_resolver(options)
    report = ReadReport()
    out = []
    with collector_paused():
        for path, doc in files:
            article = read_one(path, doc, report)
            if article is not None:
                out.append(process_article(article, resolver))
    return out, report


def _run_processes(workers, batches, options, resolver, meanwhile):
    """Batch results from a pool of local processes, in batch order.

    Where processes fork, the workers start as copies of this one with
    the build's resolver already loaded (about half a second saved per
    worker); elsewhere each loads the gazetteer itself.
    """
    from concurrent.futures import ProcessPoolExecutor

    context = None
    if can_fork() and resolver.fallback is None:  # an online fallback stays in this process
        context = multiprocessing.get_context("fork")
        _WORKER_RESOLVERS[options] = resolver
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            results = pool.map(process_batch, batches, [options] * len(batches))  # every worker has started
            meanwhile()
            yield from results
    finally:
        if context is not None:
            del _WORKER_RESOLVERS[options]


def can_fork() -> bool:
    """Whether a copy of this process can be forked safely."""
    # a fork copies only the calling thread: with other threads alive (a Dask
    # client's, a process pool's) a lock they hold could stay held in the copy
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


def _run_dask(address, batches, options, meanwhile):
    """Batch results from a Dask cluster, as they complete (``finish`` sorts them)."""
    from dask.distributed import Client, LocalCluster, as_completed

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=None) if address == "local" else None
    client = Client(cluster or address)
    try:
        futures = client.map(process_batch, batches, options=options, pure=False)
        meanwhile()
        for future in as_completed(futures):
            yield future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


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
