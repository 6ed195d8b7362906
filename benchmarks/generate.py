"""Seeded generator of a realistic feed of Syria coverage for benchmarks.

A feed mixes three kinds of item, in proportions close to a monitoring
team's inbox:

* news articles (about 60%): a headline, a dateline, a lead with strike
  claims, then background, quotes, diplomacy, humanitarian paragraphs
  and boilerplate, 12 to 40 sentences, about 3 to 5 KB like the seed
  articles;
* daily digests (about 25%): a monitor's list of the day's reports,
  built from the real UCDP GED 2016 headlines of one day when
  ``../shared/realdata`` is present (read there at run time, never
  copied), generated headlines otherwise;
* syndicated copies (about 15%): one of the seed articles re-run by
  another outlet (wire copy is repeated verbatim in real feeds).

Places are drawn from the gazetteer weighted by population, so big
towns come back often, and spelt with a plausible other romanisation
(articles dropped or assimilated, ou/u, ee/i, q/k, -iyah/-ieh endings,
doubled letters). Dates fall within one year. The same seed gives the
same corpus.

    python benchmarks/generate.py OUT_DIR --articles 10000 [--seed 1] [--realdata]
"""

from __future__ import annotations

import argparse
import bisect
import csv
import itertools
import random
import sys
from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from strikemap.gazetteer import load_gazetteer  # noqa: E402

OUTLETS = ["Levant Wire", "Meridian News", "Desert Dispatch", "Orontes Daily", "Euphrates Agency"]
CITIES = ["BEIRUT", "MOSCOW", "AMMAN", "ISTANBUL", "DAMASCUS", "GAZIANTEP"]
SOURCES = ["the Syrian Observatory for Human Rights", "activists", "state media", "local rescue workers",
           "the Russian defence ministry", "a local council official"]
STRIKE = [
    "Warplanes carried out {n} raids on {p} on {day}, killing at least {k} people, {src} said.",
    "Russian jets struck targets near {p} and in the areas of {p2}, the defence ministry said.",
    "Regime helicopters dropped barrel bombs on {p}, wounding {k} civilians.",
    "A drone strike hit a car on the outskirts of {p} on {day}, according to {src}.",
    "Coalition aircraft bombed positions about {d} km east of {p}, {src} said.",
    "Air strikes on a market in {p} killed {k} people and wounded dozens more, {src} said.",
    "{src_cap} reported that warplanes had targeted {p} and {p2} overnight.",
    "The ministry said its aircraft flew {n} sorties and hit {n2} targets in the province of {gov}.",
    "A hospital in {p} was put out of service after it was hit by an air strike on {day}.",
]
DENIED = [
    "Moscow denied that its aircraft had struck {p}, saying its jets had not flown in the area.",
    "The defence ministry rejected reports of civilian casualties in {p} as fabrications.",
]
HEADLINE = [
    "{n} warplanes raids on {p} in conjunction with clashes near {p2}",
    "Casualties in the raids on {p} and barrel bombs target {p2}",
    "Warplanes target {p} countryside and clashes continue in {p2}",
    "Helicopters drop barrel bombs on {p}",
]
BACKGROUND = [
    "Clashes continued near {p} between government forces and rebel factions.",
    "A delegation met local notables in {p} to discuss a truce.",
    "Thousands of families were fleeing towards {p}, aid agencies said.",
    "Government artillery shelled {p} with no reports of casualties.",
    "Talks in Geneva stalled as negotiators argued over the future of {p}.",
    "The Britain-based Syrian Observatory for Human Rights has a network of sources across the country.",
    "The ministry spokesman said operations would continue until all terrorist groups were defeated.",
    "Russia began its air campaign in Syria in September 2015, saying it targeted Islamic State.",
    "Western governments say most Russian strikes have hit rebel groups rather than the jihadists.",
    "The United Nations said more than {k},000 people had been displaced from {gov} province this month.",
    "Aid convoys have not reached {p} since the spring, according to the World Food Programme.",
    "The conflict, now in its sixth year, has killed more than 250,000 people.",
    "Rebels said they had repelled an attack on {p} and destroyed two tanks.",
    "Residents of {p} described long queues for bread and fuel.",
    "Turkey has called for a no-fly zone along its southern border.",
    "Officials in Washington and Moscow spoke by telephone on {day} about the ceasefire.",
    "\"We will not leave our homes,\" a teacher in {p} told reporters by telephone.",
    "The army said it had taken control of hills overlooking {p} after heavy fighting.",
    "Schools in {p} reopened last month after repairs funded by a local charity.",
    "Analysts said the offensive aimed to cut the road between {p} and the Turkish border.",
]
BOILERPLATE = [
    "Copyright notice: this report may be republished with attribution.",
    "Reporting by staff in {city}; editing by the desk.",
    "Follow our live coverage for updates.",
]


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


class Places:
    """Syrian places, drawn with probability growing with population."""

    def __init__(self) -> None:
        from unidecode import unidecode

        gaz = load_gazetteer()
        rows = sorted({(unidecode(p.name), p.population) for p in gaz.places
                       if p.country == "SY" and p.kind in ("town", "city", "village") and p.name.isascii()})
        self.names = [n for n, _ in rows]
        self.cumulative = list(itertools.accumulate((pop + 2000) ** 0.5 for _, pop in rows))
        self.governorates = sorted({unidecode(p.name) for p in gaz.places if p.country == "SY" and p.kind == "admin1"})

    def pick(self, rng: random.Random) -> str:
        i = bisect.bisect(self.cumulative, rng.random() * self.cumulative[-1])
        return variant(self.names[min(i, len(self.names) - 1)], rng)


def _fill(template: str, rng: random.Random, places: Places, day: date) -> str:
    src = rng.choice(SOURCES)
    return template.format(
        p=places.pick(rng), p2=places.pick(rng), gov=rng.choice(places.governorates), n=rng.randint(2, 40),
        n2=rng.randint(2, 60), k=rng.randint(1, 30), d=rng.randint(5, 40), src=src, src_cap=src[0].upper() + src[1:],
        city=rng.choice(CITIES).title(), day=(day - timedelta(days=rng.randint(0, 1))).strftime("%A"))


def news_article(rng: random.Random, places: Places, day: date) -> str:
    head = f"Raids on {places.pick(rng)} as fighting continues" if rng.random() < 0.5 else \
        f"Air strikes reported across {rng.choice(places.governorates)}"
    lines = [head, f"{rng.choice(CITIES)}, {day.strftime('%B %-d, %Y')} ({rng.choice(OUTLETS)}) -"]
    lead = [_fill(rng.choice(STRIKE), rng, places, day) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.15:
        lead.append(_fill(rng.choice(DENIED), rng, places, day))
    lines.append(" ".join(lead))
    for _ in range(rng.randint(3, 8)):
        para = [_fill(rng.choice(STRIKE if rng.random() < 0.15 else BACKGROUND), rng, places, day)
                for _ in range(rng.randint(2, 5))]
        lines.append(" ".join(para))
    lines.append(_fill(rng.choice(BOILERPLATE), rng, places, day))
    return "\n\n".join(lines) + "\n"


def digest(rng: random.Random, places: Places, day: date, real: dict[date, list[str]]) -> str:
    days = sorted(real)
    if days:
        day = days[rng.randrange(len(days))]
        items = rng.sample(real[day], min(len(real[day]), rng.randint(3, 12)))
    else:
        items = [_fill(rng.choice(HEADLINE), rng, places, day) for _ in range(rng.randint(3, 12))]
    return "\n".join([f"Daily monitoring summary, {day.strftime('%-d %B %Y')}", *items]) + "\n"


def syndicated(rng: random.Random, seeds: list[str]) -> str:
    text = rng.choice(seeds)
    return text if rng.random() < 0.5 else f"{text}\n(Distributed by {rng.choice(OUTLETS)})\n"


def generate(out: Path, count: int, seed: int = 1, realdata: bool = False) -> list[Path]:
    rng = random.Random(seed)
    places = Places()
    real: dict[date, list[str]] = defaultdict(list)
    source = ROOT.parent / "shared" / "realdata" / "ucdp_ged_syria_airstrikes_2016.csv"
    if realdata and source.is_file():
        with open(source, encoding="utf-8") as fh:
            for row in csv.DictReader(fh):
                real[date.fromisoformat(row["date"])].append(row["text"])
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        day = date(2016, 1, 1) + timedelta(days=rng.randrange(366))
        kind = rng.random()
        if kind < 0.6 or not seeds:
            text = news_article(rng, places, day)
        elif kind < 0.85:
            text = digest(rng, places, day, real)
        else:
            text = syndicated(rng, seeds)
        sub = out / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        path = sub / f"{i:07d}.txt"
        path.write_text(text, encoding="utf-8")
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
