"""Map page at scale: size and open time for about 10,000 strikes.

Generates a seeded corpus (benchmarks/generate.py) large enough for the
requested number of strikes, builds it, then opens map.html in headless
Chromium (Debian's /usr/bin/chromium, every host blocked) and reports the
page size, the time until the page is ready (all markers placed), and a
pan and zoom through the clusters.

    python benchmarks/map_scale.py [--strikes 10000]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import generate  # noqa: E402
from strikemap.output import write_outputs  # noqa: E402
from strikemap.pipeline import run  # noqa: E402
from strikemap.resolver import Resolver  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--strikes", type=int, default=10_000)
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    resolver = Resolver()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        articles = max(100, int(args.strikes / 8))
        generate(tmp / "in", articles, seed=3)
        result = run([tmp / "in"], resolver)
        while len(result.strikes) < args.strikes:
            articles = int(articles * 1.1)
            generate(tmp / "in", articles, seed=3)
            result = run([tmp / "in"], resolver)
        t0 = time.perf_counter()
        # forked writers, as `strikemap build` uses for 500 files or more
        paths = write_outputs(result, tmp / "out", resolver.gazetteer, workers=os.cpu_count() or 1)
        write_s = time.perf_counter() - t0
        size = paths["map"].stat().st_size
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"])
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
            t0 = time.perf_counter()
            page.goto(paths["map"].as_uri())
            page.wait_for_selector("body[data-ready='1']", timeout=120_000)
            open_s = time.perf_counter() - t0
            markers = page.get_attribute("body", "data-markers")
            t0 = time.perf_counter()
            page.evaluate("""async () => { const m = window.strikemap.map;
                for (const z of [8, 9, 10, 7]) { m.setZoom(z, {animate: false}); m.panBy([200, 100], {animate: false});
                  await new Promise(r => requestAnimationFrame(() => r())); } }""")
            pan_s = time.perf_counter() - t0
            browser.close()
    print(f"articles                {articles}")
    print(f"strikes (markers)       {len(result.strikes)} ({markers} on the page)")
    print(f"claims                  {len(result.claims)}")
    print(f"all outputs written     {write_s:.2f} s")
    print(f"map.html size           {size / 1e6:.2f} MB")
    print(f"open until ready        {open_s:.2f} s (headless Chromium)")
    print(f"4 zoom+pan steps        {pan_s:.2f} s")


if __name__ == "__main__":
    main()
