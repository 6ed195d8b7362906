"""Start-up: a fresh process until the first article is processed.

Runs, in a new Python process each time: import strikemap, load the
gazetteer (compiled index from the user cache, or rebuilt when the cache
is empty or stale), and extract the claims of one seed article. Prints
the median of five runs with the cache warm and the time with it cold.

    python benchmarks/startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROBE = """
import time
t0 = time.perf_counter()
from strikemap.gazetteer import load_gazetteer
from strikemap.pipeline import process_article
from strikemap.reader import read_article
from strikemap.resolver import Resolver
resolver = Resolver(load_gazetteer())
t1 = time.perf_counter()
result = process_article(read_article({path!r}), resolver)
t2 = time.perf_counter()
print(f"{{t1 - t0:.3f}} {{t2 - t1:.3f}} {{len(result.claims)}}")
"""


def probe(env: dict) -> tuple[float, float, int]:
    article = sorted((ROOT / "seeds").glob("*.txt"))[0]
    out = subprocess.run([sys.executable, "-c", PROBE.format(path=str(article))], env=env, capture_output=True,
                         text=True, check=True, cwd=ROOT)
    load, first, claims = out.stdout.split()
    return float(load), float(first), int(claims)


def main() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    probe(env)  # make sure the cache is current
    warm = [probe(env) for _ in range(5)]
    with tempfile.TemporaryDirectory() as tmp:
        cold = probe({**env, "STRIKEMAP_CACHE": tmp})
    for label, (load, first, claims) in (("warm cache (median of 5)", (
            statistics.median(w[0] for w in warm), statistics.median(w[1] for w in warm), warm[0][2])),
            ("cold cache (index rebuilt)", cold)):
        print(f"{label:<28} import+gazetteer {load:.2f} s, first article {first:.2f} s "
              f"({claims} claims), start-up {load + first:.2f} s")


if __name__ == "__main__":
    main()
