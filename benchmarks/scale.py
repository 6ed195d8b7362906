"""Throughput, per-stage cost, memory and the bare-scan floor at 1k/10k/100k articles.

For each size: a seeded corpus (benchmarks/generate.py, with real UCDP
headlines mixed in from ../shared/realdata when present) is generated,
then

* the stages are timed one by one in this process (read, sentences,
  mentions, claims, merge, write) to show where time goes;
* ``strikemap build -j 2`` runs end to end in a subprocess (both cores,
  all outputs written) for articles/s, MB/s and peak memory (max RSS);
* a bare Aho-Corasick scan of every gazetteer name over the same text
  (pyahocorasick) gives the floor no geoparser can beat.

    python benchmarks/scale.py [--sizes 1000,10000,100000] [--no-stages]

Peak memory is the largest process's max RSS; "KB/claim" is
its growth over the smallest run divided by the extra claims kept.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402
from strikemap.claims import extract_claims  # noqa: E402
from strikemap.lexicon import relevant  # noqa: E402
from strikemap.mentions import find_mentions  # noqa: E402
from strikemap.normalize import fold  # noqa: E402
from strikemap.output import write_outputs  # noqa: E402
from strikemap.pipeline import ArticleResult, Result, collector_paused, finish  # noqa: E402
from strikemap.reader import read_articles  # noqa: E402
from strikemap.resolver import Resolver  # noqa: E402
from strikemap.sentences import split_sentences  # noqa: E402


def bare_scan(paths: list[Path], resolver: Resolver) -> float:
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for place in resolver.gazetteer.places:
        for name in (place.name, *place.alternate_names):
            low = name.lower()
            if len(low) >= 3:
                automaton.add_word(low, 1)
    automaton.make_automaton()
    t0 = time.perf_counter()
    hits = 0
    for path in paths:
        text = path.read_text(encoding="utf-8").lower()
        for _ in automaton.iter(text):
            hits += 1
    return time.perf_counter() - t0


def staged(folder: Path, resolver: Resolver, out: Path) -> dict[str, float]:
    """Each stage timed in this process, every cache emptied first (the
    sizes share a seed, so a smaller feed would otherwise warm them)."""
    from strikemap import claims, dates, features, lexicon, mentions, normalize, resolver as resolver_module, strikes

    for module in (claims, dates, features, lexicon, mentions, normalize, resolver_module, strikes):
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
    with collector_paused():
        return _staged(folder, Resolver(resolver.gazetteer), out)


def _staged(folder: Path, resolver: Resolver, out: Path) -> dict[str, float]:
    times = dict.fromkeys(["read", "sentences", "mentions", "claims", "merge", "write"], 0.0)
    seen: dict[str, int] = {}  # strike-related sentences and how often each occurs
    result = Result()
    t = time.perf_counter()
    for article in read_articles([folder], result.report):
        now = time.perf_counter()
        times["read"] += now - t
        article.sentences = split_sentences(article.text)
        t1 = time.perf_counter()
        times["sentences"] += t1 - now
        for sentence in article.sentences:
            if relevant(sentence.text):
                seen[sentence.text] = seen.get(sentence.text, 0) + 1
        mentions = find_mentions(article, resolver)
        t2 = time.perf_counter()
        times["mentions"] += t2 - t1
        claims, unresolved = extract_claims(article, mentions)
        t3 = time.perf_counter()
        times["claims"] += t3 - t2
        result.articles.append(ArticleResult(article.doc, "", "", None, claims, unresolved))
        t = time.perf_counter()
    t0 = time.perf_counter()
    finish(result, resolver)
    times["merge"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    write_outputs(result, out, resolver.gazetteer)
    times["write"] = time.perf_counter() - t0
    times["_strikes"] = len(result.strikes)
    times["_repeated"] = 1 - len(seen) / max(1, sum(seen.values()))
    return times


def long_articles(resolver: Resolver) -> None:
    """One article of 0.5, 1 and 2 MB (generated reports run together):
    the time must grow linearly with its length, not with its square."""
    from strikemap.model import Article
    from strikemap.pipeline import process_article

    with tempfile.TemporaryDirectory() as tmp:
        texts = [p.read_text(encoding="utf-8") for p in generate(Path(tmp), 1200, seed=5)]
    joined = "\n".join(texts)
    with collector_paused():
        process_article(Article("warm-up.txt", joined[-200_000:]), resolver)  # fill the resolver's caches
    for mb in (0.5, 1.0, 2.0):
        text = joined[:int(mb * 1e6)]
        t0 = time.perf_counter()
        with collector_paused():
            result = process_article(Article("long.txt", text), resolver)
        took = time.perf_counter() - t0
        print(f"one {mb:.1f} MB article: {took:.2f} s ({mb / took:.2f} MB/s), {len(result.claims)} claims")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--no-stages", action="store_true", help="skip the one-process per-stage pass")
    args = parser.parse_args()
    resolver = Resolver()
    long_articles(resolver)
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        with tempfile.TemporaryDirectory() as tmp:
            tmp = Path(tmp)
            paths = generate(tmp / "in", size, seed=11, realdata=True)
            mb = sum(p.stat().st_size for p in paths) / 1e6
            cmd = [sys.executable, "-m", "strikemap", "-q", "build", str(tmp / "in"), "-o", str(tmp / "out"),
                   "-j", str(os.cpu_count() or 2)]
            t0 = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True, text=True)
            e2e = time.perf_counter() - t0
            if proc.returncode != 0:
                sys.exit(proc.stderr)
            # the largest process so far (sizes grow, so it is this run's), in MB
            rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            claims = int(proc.stdout.split(" claims")[0].split()[-1])
            scan = bare_scan(paths, resolver)
            stages = None if args.no_stages else staged(tmp / "in", resolver, tmp / "staged")
            rows.append((size, mb, e2e, rss, claims, scan, stages))
            print(f"done {size}", file=sys.stderr, flush=True)
    print(f"{'articles':>9} {'MB':>6} {'e2e s':>7} {'s/1k art':>8} {'art/s':>6} {'MB/s':>5} {'maxRSS MB':>9} "
          f"{'claims':>7} {'KB/claim':>8} {'scan s':>7} {'ratio':>5}")
    base = rows[0][3]
    for size, mb, e2e, rss, claims, scan, _ in rows:
        per_claim = (rss - base) * 1024 / (claims - rows[0][4]) if claims > rows[0][4] else float("nan")
        print(f"{size:>9} {mb:>6.1f} {e2e:>7.1f} {e2e / size * 1000:>8.2f} {size / e2e:>6.0f} {mb / e2e:>5.2f} "
              f"{rss:>9.0f} {claims:>7} {per_claim:>8.1f} {scan:>7.2f} {e2e / scan:>5.0f}")
    if args.no_stages:
        return
    print("\nper stage, one process (s, articles/s, MB/s, share of the total)")
    for size, mb, _e2e, _rss, _claims, _scan, stages in rows:
        total = sum(v for k, v in stages.items() if not k.startswith("_"))
        cells = "  ".join(f"{k} {v:.1f} s {size / v:.0f}/s {mb / v:.2f} MB/s {v / total:.0%}"
                          for k, v in stages.items() if not k.startswith("_"))
        print(f"{size:>9}  {cells}")
    print("\nstrike-related sentences that repeat an earlier one (wire copy, background paragraphs; "
          "the per-sentence caches answer them)")
    for size, *_rest, stages in rows:
        print(f"{size:>9}  {stages['_repeated']:.0%}")


if __name__ == "__main__":
    main()
