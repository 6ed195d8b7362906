"""Seeded generator of realistic strike reports for benchmarks.

Builds articles and monitoring-style headlines from gazetteer places,
with spelling variants (articles dropped or assimilated, ou/u, ee/i,
q/k, -iyah/-ieh endings, doubled letters), strike and non-strike
sentences, datelines and boilerplate. The same seed gives the same
corpus. Optionally mixes in real headlines from ../shared/realdata (read
from there at run time, never copied).

    python benchmarks/generate.py OUT_DIR --articles 10000 [--seed 1] [--realdata]
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from strikemap.gazetteer import load_gazetteer  # noqa: E402

OUTLETS = ["Levant Wire", "Meridian News", "Desert Dispatch", "Orontes Daily", "Euphrates Agency"]
CITIES = ["BEIRUT", "MOSCOW", "AMMAN", "ISTANBUL", "DAMASCUS", "GAZIANTEP"]
STRIKE = [
    "Warplanes carried out {n} raids on {p} on {day}, killing at least {k} people, {src} said.",
    "Russian jets struck targets near {p} and in the areas of {p2}, the defence ministry said.",
    "Regime helicopters dropped barrel bombs on {p}, wounding {k} civilians.",
    "A drone strike hit a car on the outskirts of {p} on {day}, according to {src}.",
    "Coalition aircraft bombed positions about {d} km east of {p}, {src} said.",
    "{n} warplanes raids on {p} in conjunction with clashes near {p2}",
    "Casualties in the raids on {p} and barrel bombs target {p2}",
]
OTHER = [
    "Clashes continued near {p} between government forces and rebel factions.",
    "A delegation met local notables in {p} to discuss a truce.",
    "Thousands of families were fleeing towards {p}, aid agencies said.",
    "Government artillery shelled {p} with no reports of casualties.",
    "Talks in Geneva stalled as negotiators argued over the future of {p}.",
    "The Britain-based Syrian Observatory for Human Rights has a network of sources across the country.",
    "The ministry spokesman said operations would continue until all terrorist groups were defeated.",
]
SOURCES = ["the Syrian Observatory for Human Rights", "activists", "state media", "local rescue workers"]


def variant(name: str, rng: random.Random) -> str:
    """A plausible other romanisation of a name."""
    out = name
    rules = [("Al ", "al-"), ("Ar ", "al-"), ("As ", "al-"), ("Ad ", "ad-"), ("ou", "u"), ("u", "ou"),
             ("ee", "i"), ("i", "ee"), ("q", "k"), ("iyah", "ieh"), ("iya", "iyeh"), ("ah", "a"),
             ("ay", "ei"), ("ss", "s"), ("an Nu", "al-Nu"), ("ash Sh", "al-Sh")]
    for old, new in rng.sample(rules, 3):
        if old in out and rng.random() < 0.7:
            out = out.replace(old, new, 1)
    return out


def places(min_population: int = 0) -> list[str]:
    gaz = load_gazetteer()
    from unidecode import unidecode
    return sorted({unidecode(p.name) for p in gaz.places if p.country == "SY"
                   and p.kind not in ("admin1", "country") and p.population >= min_population
                   and p.name.isascii() or (p.country == "SY" and p.kind in ("town", "city", "village"))})


def article(i: int, rng: random.Random, names: list[str], real: list[str]) -> str:
    day = date(2012, 1, 1) + timedelta(days=rng.randrange(3000))
    lines = []
    if real and rng.random() < 0.3:
        lines.append(rng.choice(real))
        lines.append(day.strftime("%-d %B %Y"))
    else:
        p = variant(rng.choice(names), rng)
        lines.append(f"Raids on {p} as fighting continues" if rng.random() < 0.5 else f"Update {i}: strikes reported")
        lines.append(f"{rng.choice(CITIES)}, {day.strftime('%B %-d, %Y')} ({rng.choice(OUTLETS)}) -")
    body = []
    for _ in range(rng.randint(3, 9)):
        template = rng.choice(STRIKE if rng.random() < 0.45 else OTHER)
        body.append(template.format(
            p=variant(rng.choice(names), rng), p2=variant(rng.choice(names), rng), n=rng.randint(2, 40),
            k=rng.randint(1, 30), d=rng.randint(5, 40), src=rng.choice(SOURCES),
            day=(day - timedelta(days=rng.randint(0, 1))).strftime("%A")))
    lines.append(" ".join(body))
    lines.append("Copyright notice: this report may be republished with attribution.")
    return "\n".join(lines) + "\n"


def generate(out: Path, count: int, seed: int = 1, realdata: bool = False) -> list[Path]:
    rng = random.Random(seed)
    names = places()
    real: list[str] = []
    source = ROOT.parent / "shared" / "realdata" / "ucdp_ged_syria_airstrikes_2016.csv"
    if realdata and source.is_file():
        with open(source, encoding="utf-8") as fh:
            real = sorted({row["text"] for row in csv.DictReader(fh)})
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        sub = out / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        path = sub / f"{i:07d}.txt"
        path.write_text(article(i, rng, names, real), encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--realdata", action="store_true", help="mix in real headlines from ../shared/realdata")
    args = parser.parse_args()
    paths = generate(args.out, args.articles, args.seed, args.realdata)
    size = sum(p.stat().st_size for p in paths)
    print(f"{len(paths)} articles, {size / 1e6:.1f} MB in {args.out}")


if __name__ == "__main__":
    main()
