"""Folded patterns find what their IGNORECASE originals find, at the same offsets."""

import re
from pathlib import Path

import pytest

from strikemap import lexicon as lx
from strikemap.sentences import split_sentences

EDGE = [
    "WARPLANES STRUCK ALEPPO",
    "Jets targets Aleppo and targets the town",
    "İstanbul-based jets struck İdlib",  # "İ" grows when lower-cased: the IGNORECASE pattern must run
    "aırstrikes on the vıllage",  # dotless i matches i under IGNORECASE
    "ſorties over the city",  # long s matches s under IGNORECASE
    "KELVIN-sign raids",
    "",
]


def _texts() -> list[str]:
    root = Path(__file__).resolve().parent.parent
    texts = list(EDGE)
    for path in sorted((root / "seeds").glob("*.txt")) + sorted((root / "tests" / "data" / "corpus").glob("*.txt")):
        texts += [s.text for s in split_sentences(path.read_text(encoding="utf-8"))]
    return texts


def _patterns():
    found = [(name, value) for name, value in vars(lx).items() if isinstance(value, lx.Folded)]
    found += [(f"ATTACK_TYPES[{name}]", p) for name, p in lx.ATTACK_TYPES]
    found += [(f"CLAIMANTS[{name}]", p) for p, name in lx.CLAIMANTS]
    return found


@pytest.mark.parametrize("name,folded", _patterns(), ids=[n for n, _ in _patterns()])
def test_folded_matches_the_ignorecase_pattern(name, folded):
    original = re.compile(folded.pattern, re.I)
    for text in _texts():
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in original.finditer(text)], (name, text)
        assert bool(folded.search(text)) == bool(original.search(text))


def test_most_lexicon_patterns_take_the_fast_path():
    fast = [name for name, p in _patterns() if p._cs is not None]
    assert len(fast) >= len(_patterns()) - 1, fast


def test_weak_and_relevance_keep_the_capitalised_target_rule():
    assert lx.WEAK.search("Jets targets Aleppo")  # "targets" before a capitalised name
    assert not lx.WEAK.search("the main targets remained")
    assert lx.relevant("It targets Homs") and not lx.relevant("The targets remained unclear")
    spans = [m.span() for m in lx.WEAK.finditer("Jets struck Idlib and targets Homs")]
    assert spans == sorted(spans) and len(spans) == 2
