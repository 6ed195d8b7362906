"""Folded patterns find what their IGNORECASE originals find, at the same offsets."""

import re
from pathlib import Path

import pytest

from strikemap import claims, dates, lexicon as lx, mentions
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
    found = [(f"{module.__name__}.{name}", value) for module in (lx, claims, dates, mentions)
             for name, value in vars(module).items() if isinstance(value, lx.Folded)]
    found += [(f"ATTACK_TYPES[{name}]", p) for name, p in lx.ATTACK_TYPES]
    found += [(f"CLAIMANTS[{name}]", p) for p, name in lx.CLAIMANTS]
    found += [(f"PERPETRATORS[{name}]", p) for p, name in lx.PERPETRATORS]
    found += [(f"mentions._BEFORE[{i}:{precision}]", p) for i, (precision, p) in enumerate(mentions._BEFORE)]
    return found


@pytest.mark.parametrize("name,folded", _patterns(), ids=[n for n, _ in _patterns()])
def test_folded_matches_the_ignorecase_pattern(name, folded):
    original = re.compile(folded.pattern, re.I)
    for text in _texts():
        assert [m.span() for m in folded.finditer(text)] == [m.span() for m in original.finditer(text)], (name, text)
        assert bool(folded.search(text)) == bool(original.search(text))


@pytest.mark.parametrize("pattern,texts", [
    (r"\b(?:air\s*strikes?|raids?)\b", ["airstrikes", "air  strike", "raids"]),
    (r",\s+(?=(?:and\s+)?(?:clashes|fighting)\b)|;", [", and clashes", "; ", ", fighting"]),
    (r"(?:cruise|guided)\s+missiles?|rocket[- ]strikes?", ["guided missile", "rocket-strike"]),
    (r"(?<!hunger\s)strikes|(?:[—–])", ["strikes", "—"]),
])
def test_required_words_occur_in_every_match(pattern, texts):
    words = lx.required_words(pattern)
    for text in texts:
        assert re.search(pattern, text) and any(w in text for w in words), (pattern, text, words)


def test_a_gated_pattern_skips_text_without_its_words():
    folded = lx.Folded(r"\bbarrel\s+bombs?\b")
    assert folded._gate == ("barrel",)
    assert folded.search("jets struck the town") is None
    assert list(folded.finditer("no such words")) == [] and folded.findall("none") == []
    assert folded.search("a Barrel bomb fell").span() == (2, 13)


def test_most_lexicon_patterns_take_the_fast_path():
    fast = [name for name, p in _patterns() if p._cs is not None]
    assert len(fast) >= len(_patterns()) - 1, fast


def test_weak_and_relevance_keep_the_capitalised_target_rule():
    assert lx.WEAK.search("Jets targets Aleppo")  # "targets" before a capitalised name
    assert not lx.WEAK.search("the main targets remained")
    assert lx.relevant("It targets Homs") and not lx.relevant("The targets remained unclear")
    spans = [m.span() for m in lx.WEAK.finditer("Jets struck Idlib and targets Homs")]
    assert spans == sorted(spans) and len(spans) == 2


@pytest.mark.parametrize("pattern,flags", [
    (r"\b(?:air\s*strikes?|raids?)\b", re.I),
    (r"(?:at\s+least\s+)?\d+\s+(?:killed|dead)", 0),
    (r"(?<!hunger\s)strikes|[—–]", 0),
    (r"\b(?:x+|(?i:Jets))\b", 0),  # a scoped flag: no look-ahead can be read off
    (r"(?:the\s+)?(?:[A-Z]\w+|\d{1,2})", 0),
    (r"(?:in|the)?\s*", 0),  # can match nothing: left as it is
])
def test_compile_fast_finds_what_the_plain_pattern_finds(pattern, flags):
    plain, fast = re.compile(pattern, flags), lx.compile_fast(pattern, flags)
    for text in _texts()[:400] + ["JETS over x", "3 killed, at least 12 dead", "hunger strikes and strikes —"]:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], (pattern, text)
        assert [m.groups() for m in fast.finditer(text)] == [m.groups() for m in plain.finditer(text)]
    first = lx.first_chars(pattern)
    if first is not None:
        assert fast.pattern.startswith(f"(?={first})")
        for text in _texts()[:400]:
            assert all(re.match(first, m.group(0), flags) for m in plain.finditer(text) if m.group(0))


def test_filler_strip_read_from_the_end_equals_the_pattern():
    """claims._strip_filler walks back over words; it must cut where a search of the tail pattern does."""
    edge = ["", " ", "the", "in the", "x pro-regime-held town of", "near 12 km north-east of", "a-the", "hit the  \n",
            "12-km", "rebel_held the", "İstanbul the town of", "ſome the", "x-", "the -", "(the", "Aleppo's the",
            "east-west", "north--east", "1٣ km", "struck the northern countryside of"]
    texts = edge + [text[:cut] for text in _texts() for cut in range(0, len(text) + 1, 7)]
    for text in texts:
        match = claims._FILLER_TAIL.search(text)
        assert claims._strip_filler(text) == (text[:match.start()] if match else text), text
