"""Resolver figures: variant accuracy, non-place words, speed, load time.

    python benchmarks/resolve.py [--variants FILE] [--misses]

Prints the share of ../shared/acceptance/variants.tsv spellings (or of
another list with the same spelling, place, lat and lon columns) resolved
within 10 km, how many of a list of non-place words land in Syria, the
time to resolve 100,000 mentions (distinct names cached, as in a build),
and the gazetteer load time cold (index rebuilt) and warm (cached).
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from strikemap.gazetteer import geodesic_km, load_gazetteer  # noqa: E402
from strikemap.resolver import Resolver  # noqa: E402

NON_PLACES = ["Kremlin", "Pentagon", "Observatory", "Nusra", "Tuesday", "Kartapolov", "Monday", "November",
              "Islamic", "Coalition", "General", "Staff", "Ministry", "Defence", "Opposition", "Regime", "Assad",
              "Putin", "Lavrov", "Bogdanov", "Zakharova", "Xinhua", "Reuters", "Daesh", "Hezbollah", "Rebels",
              "Command", "Sorties", "Warplanes", "Government", "Spokesman", "Konashenkov", "Sukhoi", "Agency",
              "Equipo", "Nizkor", "Derechos", "Andrei", "Sergei", "Mikhail", "Staffan", "Faisal", "Moqdad"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", type=Path, default=ROOT.parent / "shared" / "acceptance" / "variants.tsv",
                        help="a TSV of spellings with the place, lat and lon each means")
    parser.add_argument("--misses", action="store_true", help="print every spelling missed")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as cache:
        os.environ["STRIKEMAP_CACHE"] = cache
        t0 = time.perf_counter()
        load_gazetteer()
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        gaz = load_gazetteer()
        warm = time.perf_counter() - t0
    resolver = Resolver(gaz)
    variants = args.variants
    if variants.is_file():
        with open(variants, encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t"))
        ok = 0
        for row in rows:
            res = resolver(row["spelling"])
            if res and geodesic_km(res.lat, res.lon, float(row["lat"]), float(row["lon"])) <= 10:
                ok += 1
            elif args.misses or len(rows) <= 100:
                print(f"  variant miss: {row['spelling']} -> {res.explain() if res else None}")
        print(f"variants within 10 km        {ok}/{len(rows)} = {ok / len(rows):.3f}")
    into_syria = [w for w in NON_PLACES if (r := resolver(w)) is not None and r.place.country == "SY"]
    print(f"non-place words into Syria   {len(into_syria)}/{len(NON_PLACES)} {into_syria}")
    names = [p.name for p in gaz.places if p.country == "SY"]
    rng = random.Random(7)
    pool = names[:2000] + [n[:-1] + n[-1] * 2 for n in names[:300]] + ["Tamdor", "Itria", "Deir Ezzor", "Raqa"]
    mentions = [rng.choice(pool) for _ in range(100_000)]
    fresh = Resolver(gaz)
    t0 = time.perf_counter()
    for name in mentions:
        fresh(name)
    elapsed = time.perf_counter() - t0
    print(f"resolve 100,000 mentions     {elapsed:.2f} s ({len(set(mentions))} distinct names, one core)")
    print(f"gazetteer load               cold {cold:.2f} s (index built), warm {warm:.3f} s (cached); "
          f"{len(gaz)} rows, {len(gaz.keys)} keys")


if __name__ == "__main__":
    main()
