"""Recall on real monitoring-report headlines coded by UCDP (GED, Syria 2016).

Reads ../shared/realdata/ucdp_ged_syria_airstrikes_2016.csv (never copied
into the repository). For each distinct headline, the coders' places are
its rows; a place counts as found when strikemap claims a strike within
25 km of it (coder precision 1) or 50 km (precision 2). Also prints the
share found by any resolved mention, strike or not, which separates
gazetteer gaps from claim-rule misses. Cite UCDP (Sundberg & Melander
2013) when reporting these figures.

    python benchmarks/realdata.py [--misses N] [--csv PATH]
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

from helpers import analyse  # noqa: E402
from strikemap.gazetteer import geodesic_km  # noqa: E402
from strikemap.mentions import find_mentions  # noqa: E402
from strikemap.model import Article  # noqa: E402
from strikemap.sentences import split_sentences  # noqa: E402
from strikemap.resolver import Resolver  # noqa: E402
from strikemap.strikes import claim_location  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "realdata" / "ucdp_ged_syria_airstrikes_2016.csv"


def points(result, gazetteer):
    """(claim lat, claim lon, place lat, place lon) of every located claim."""
    strike_pts = []
    for claim in result.claims:
        m = claim.mention
        if m is None or m.resolution is None or m.precision == "country":
            continue
        claim_location(claim, gazetteer)
        strike_pts.append((claim.lat, claim.lon, m.resolution.place.lat, m.resolution.place.lon))
    return strike_pts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT)
    parser.add_argument("--misses", type=int, default=0, help="print this many missed places")
    args = parser.parse_args()
    if not args.csv.is_file():
        sys.exit(f"error: {args.csv} not found (it lives in ../shared/realdata)")
    by_text: dict[str, list[dict]] = defaultdict(list)
    with open(args.csv, encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            by_text[row["text"]].append(row)
    resolver = Resolver()
    gaz = resolver.gazetteer
    found = found_any = total = 0
    misses = Counter()
    started = time.perf_counter()
    for text, rows in by_text.items():
        result = analyse(text, resolver)
        strike_pts = points(result, gaz)
        mention_pts = []
        art = Article(doc="h", text=text)
        art.sentences = split_sentences(text)
        for m in find_mentions(art, resolver):
            if m.resolution is not None:
                mention_pts.append((m.resolution.place.lat, m.resolution.place.lon))
        seen_places = set()
        for row in rows:
            place_key = (row["location_name"], row["latitude"], row["longitude"])
            if place_key in seen_places:
                continue
            seen_places.add(place_key)
            total += 1
            lat, lon = float(row["latitude"]), float(row["longitude"])
            radius = 25 if row["precision"] == "1" else 50
            hit = any(min(geodesic_km(lat, lon, a, b), geodesic_km(lat, lon, c, d)) <= radius
                      for a, b, c, d in strike_pts)
            any_hit = hit or any(geodesic_km(lat, lon, a, b) <= radius for a, b in mention_pts)
            found += hit
            found_any += any_hit
            if not hit:
                misses[(row["location_name"], "mentioned" if any_hit else "not resolved")] += 1
    elapsed = time.perf_counter() - started
    print(f"headlines                 {len(by_text)}")
    print(f"coder places              {total}")
    print(f"recall (strike claims)    {found / total:.3f}")
    print(f"recall (any mention)      {found_any / total:.3f}")
    print(f"seconds                   {elapsed:.2f}")
    for (name, why), n in misses.most_common(args.misses):
        print(f"  miss {n:3d}  {name}  ({why})")


if __name__ == "__main__":
    main()
