"""Precision and recall of strike places on the hand-annotated test corpus.

Reads tests/data/corpus/*.txt and expected.json; prints precision, recall
and the agreement on precision class, stance and attack type, then the
misses and false alarms so they can be read.

    python benchmarks/corpus.py [--verbose] [--corpus DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from strikemap.gazetteer import geodesic_km  # noqa: E402
from strikemap.pipeline import run  # noqa: E402
from strikemap.resolver import Resolver  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "corpus"


def predicted(result):
    """Located claims per document, as (place row, precision, stance, attack)."""
    out = {}
    for claim in result.claims:
        m = claim.mention
        if m is None or m.resolution is None or m.precision == "country":
            continue
        out.setdefault(claim.doc, {})
        key = (m.resolution.place.id, claim.stance)
        out[claim.doc].setdefault(key, (m.resolution.place, m.precision, claim.stance, claim.attack_type))
    return out


def matches(exp: dict, place, precision: str, gaz) -> bool:
    if exp["precision"] == "admin1":
        return place.kind == "admin1" and place.admin1 == gaz.admin1_of(exp["lat"], exp["lon"])
    return place.kind != "admin1" and geodesic_km(place.lat, place.lon, exp["lat"], exp["lon"]) <= 10


def _cost(exp: dict, got: tuple) -> tuple:
    """How well a predicted place fits an expected one: the same gazetteer
    row first, then the same stance, then the nearer place. Pairs are
    taken best first, so a place between two expected ones goes to the
    one it names."""
    place, _precision, stance, _attack = got
    return (place.id != exp.get("id"), stance != exp["stance"],
            geodesic_km(place.lat, place.lon, exp["lat"], exp["lon"]))


def evaluate(verbose: bool = False, corpus: Path = CORPUS) -> dict:
    expected = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    resolver = Resolver()
    gaz = resolver.gazetteer
    result = run([corpus], resolver)
    pred = predicted(result)
    tp = fp = fn = 0
    same_precision = same_stance = same_attack = 0
    placeless_expected = placeless_found = 0
    misses, alarms = [], []
    for doc, exp in sorted(expected.items()):
        got = list(pred.get(doc, {}).values())
        pairs = sorted((_cost(e, got[i]), j, i) for j, e in enumerate(exp["strikes"])
                       for i in range(len(got)) if matches(e, got[i][0], got[i][1], gaz))
        found, used = {}, set()
        for _cost_, j, i in pairs:
            if j not in found and i not in used:
                found[j] = i
                used.add(i)
        for j, e in enumerate(exp["strikes"]):
            if j not in found:
                fn += 1
                misses.append((doc, e["place"], e["precision"], e["stance"]))
                continue
            tp += 1
            place, prec, stance, attack = got[found[j]]
            same_precision += prec == e["precision"]
            same_stance += stance == e["stance"]
            same_attack += attack == e["attack_type"]
        for i, (place, prec, stance, _a) in enumerate(got):
            if i not in used:
                fp += 1
                alarms.append((doc, place.name, prec, stance))
        placeless_expected += exp.get("placeless_claims", 0)
        placeless_found += sum(1 for c in result.claims if c.doc == doc and
                               (c.mention is None or c.mention.precision == "country"))
    figures = {
        "reports": len(expected), "expected_strikes": tp + fn, "predicted": tp + fp,
        "precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn else 0.0,
        "precision_class_agreement": same_precision / tp if tp else 0.0,
        "stance_agreement": same_stance / tp if tp else 0.0,
        "attack_type_agreement": same_attack / tp if tp else 0.0,
        "placeless_expected": placeless_expected, "placeless_found": placeless_found,
    }
    if verbose:
        for m in misses:
            print("MISS ", *m)
        for a in alarms:
            print("ALARM", *a)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list misses and false alarms")
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="a folder of reports with their expected.json (default: the test corpus)")
    args = parser.parse_args()
    figures = evaluate(args.verbose, args.corpus)
    for name, value in figures.items():
        print(f"{name:28} {value:.3f}" if isinstance(value, float) else f"{name:28} {value}")


if __name__ == "__main__":
    main()
