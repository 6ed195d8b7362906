"""Find the place names in a sentence and resolve them.

Needs: an article with sentences and a :class:`~strikemap.resolver.Resolver`.
Adds: :class:`~strikemap.model.Mention` objects with offsets into the
article, the resolution, and the locative phrase around the name
(precision ``near``, ``offset``, ``area``, ``admin1``, ``country``).

A candidate is a run of capitalised words (with the lower-case articles
and connectors that Arabic names carry: "Jisr ash Shughur", "al-Numan").
Inside a run the longest span with an exact or normalised gazetteer match
wins; what is left is tried with the looser tiers, unless it is a common
English word or a known non-place. Names inside organisation names
("Islamic State in Iraq and Syria", "Syrian Observatory") and hyphenated
modifiers ("Britain-based", "IS-held") are marked with a ``role`` so the
claim stage can tell them apart.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from strikemap.lexicon import (CAPITAL_OF, NUMBER_WORDS, SETTLEMENT_ASIDE, TEXT_CACHE, Folded, compile_fast, introduces_targets,
                               list_marker, locates_previous, names_previous_place, names_target, relevant,
                               required_words)
from strikemap.model import Article, Mention
from strikemap.gazetteer import geodesic_km
from strikemap.normalize import ARTICLES, fold
from strikemap.resolver import AIR, FACILITY_KINDS, NON_PLACE_WORDS, Resolver, is_common_word, is_generic_head
from strikemap.sentences import ABBREVIATIONS as _ABBREVIATIONS

__all__ = ["find_mentions", "Token", "tokenize"]

_LETTER = r"[^\W\d_]"
# A word; digits of the Arabic chat alphabet may stand for letters inside it ("Ma3arrat", "3azaz", "Mare3")
_CHAT = r"[2356789]"
_TOKEN = compile_fast(rf"(?:{_LETTER}|(?<!\d){_CHAT}(?={_LETTER}))(?:{_LETTER}|(?<={_LETTER}){_CHAT}(?![\d])|{_CHAT}(?={_LETTER})"
                      rf"|['’ʿʾ`](?={_LETTER})|-(?={_LETTER}))*")
_CHAT_INITIAL = re.compile(r"[237](?!(?:st|nd|rd|th|am|pm|km|mm|m)$)[a-z]{2,}$")  # "3azaz", "7ish"; not "2nd", "7am", "3km"
CONNECTORS = ARTICLES | {"bin", "ibn", "bani", "bayt", "de", "al-"}
MODIFIER_SUFFIXES = ("based", "held", "led", "backed", "controlled", "run", "born", "bound",
                     "linked", "allied", "affiliated", "supported", "funded", "made", "built")
ORG_HEADS = frozenset(
    """army front forces force brigade brigades movement council ministry observatory agency
    committee committees party coalition government regime authority authorities command staff
    directorate division corps battalion union organization organisation office network center
    centre news times post press television tv radio university institute foundation group guard
    guards unit units legion alliance society crescent helmets defence defense nations association
    embassy mission emirate caliphate service services court parliament assembly federation
    department bureau company airlines airways channel daily journal herald tribune gazette
    monitor monitors watch international""".split()
)
_FACILITY_TAILS = frozenset("airport airbase base airfield hospital camp dam school mosque market prison bridge".split())
ORG_PREFIXES = frozenset(
    "jabhat jaish jaysh harakat liwa faylaq ahrar hayat hayat tahrir jund ansar kataib katibat "
    "saraya islamic free national democratic popular people's".split()
)
_ORG_PATTERNS = compile_fast(
    r"(?:Islamic State|al-Qaeda|Al-Qaeda|al Qaeda|Al Qaeda)\s+(?:in|of)\s+(?:Iraq|the Levant|Syria)"
    r"(?:\s+and\s+(?:Syria|the Levant|al-Sham|Sham))?"
    r"|\b(?:Ahrar|Jaish|Jabhat|Hay'?at|Tahrir|Fatah|Fateh|Harakat|Faylaq|Liwa|Jund|Ansar)\s+(?:al|al-|el-|ash-|as-)?\s*\w+",
)
_DIRECTIONS = {
    "north": 0, "northeast": 45, "north-east": 45, "east": 90, "southeast": 135,
    "south-east": 135, "south": 180, "southwest": 225, "south-west": 225, "west": 270,
    "northwest": 315, "north-west": 315,
    "n": 0, "ne": 45, "e": 90, "se": 135, "s": 180, "sw": 225, "w": 270, "nw": 315,  # after a distance only
}
_DIR = r"(north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
_FILLER = (r"(?:the\s+)?(?:(?:\w+-held|\w+-controlled|besieged|rebel-held|ancient|historic|eastern|western|"
           r"northern|southern|central|nearby|neighbouring|neighboring|key|strategic|desert|embattled|"
           r"coastal|opposition|opposition-held|small|large|\w+ern)\s+)*"
           r"(?:(?:city|town|village|villages|towns|cities|settlements?|locality|hamlet|area|areas|district|neighbourhood|neighborhood|"
           r"suburb|suburbs|region|province|governorate|countryside)\s+of\s+)?")
_BEFORE = [
    ("offset", Folded(rf"(?:(?:about|some|around|approximately|nearly|roughly|almost|over|less\s+than|more\s+than)\s+)?"
                      rf"(?<![\d.])(?!0\d)(\d+(?:[.,]\d+)?|{'|'.join(NUMBER_WORDS)})\s*(?:-\s*)?(km|kilomet(?:er|re)s?|miles?|mi)\s+(?:to\s+the\s+)?(?:{_DIR}(?:ern)?|([nsew]|[ns][ew])\.?)\s+of\s+{_FILLER}$")),
    ("offset", Folded(rf"\b{_DIR}\s+of\s+{_FILLER}$")),
    ("offset", Folded(rf"\b{_DIR}ern\s+(?:outskirts\s+of\s+)?$")),
    ("area", Folded(rf"\b(?:(?:the\s+)?(?:{_DIR}ern\s+)?countryside\s+of|rural|(?:the\s+)?outlying\s+areas\s+of)\s+{_FILLER}$")),
    ("admin1", Folded(r"\b(?:provinces?|governorates?)\s+of\s+$")),
    ("near", Folded(rf"\b(?:near|nearby|close\s+to|adjacent\s+to|next\s+to|(?:the\s+)?outskirts\s+of|around|vicinity\s+of|"
                    rf"surroundings\s+of|environs\s+of|edge\s+of|outside|(?:the\s+)?areas?\s+of|"
                    rf"(?:the\s+)?area\s+around|not\s+far\s+from)\s+{_FILLER}$")),
]
_AFTER = [
    ("admin1", re.compile(r"^(?:'s)?\s+(?:provinces?|governorates?|muhafazat)\b", re.I)),
    ("area", re.compile(r"^(?:'s|’s)?\s+(?:countryside|outskirts|suburbs|hinterland|environs|rural\s+areas)\b", re.I)),
    ("region", re.compile(r"^\s+(?:regions?|areas?)\b", re.I)),
]
_COUNTRY_KINDS = frozenset({"country"})
_ADMIN1_KINDS = frozenset({"admin1"})
_SENTENCE_START = compile_fast(r"^[\s\"“'‘(\[]*$")
# Words after which a name stands where a place is expected.
_LOCATIVE = compile_fast(
    r"(?:\b(?:in|on|at|near|of|around|outside|from|to|towards?|into|across|between|targeting|targeted|"
    r"struck|hit|bombed|raided|shelled|pounded|attacked|and|or|via|past|by)\s+(?:the\s+)?(?:\w+\s+)?|,\s*)$",
    re.I)


@dataclass(slots=True, eq=False)
class Token:
    """A word of a sentence (compared by identity: made by the thousand, never hashed by value)."""

    text: str
    start: int
    end: int
    possessive: bool = False
    suffix: str = ""
    capitalised: bool = False


def _capitalised(word: str) -> bool:
    """Capitalised, Arabic script, or an article joined to a capitalised name ("al-Bab")."""
    if word[0].isupper() or "\u0600" <= word[0] <= "\u06ff" or _CHAT_INITIAL.match(word):
        return True
    head, _, rest = word.partition("-")
    return bool(rest) and head.lower() in ARTICLES and rest[0].isupper()


def tokenize(text: str, offset: int = 0, *, plain: bool = True) -> list[Token | None]:
    """Word tokens with offsets; possessives and "-based" suffixes split off.

    With ``plain=False`` a lower-case word that is not a connector ("the",
    "struck") stands as None: it only ever ends a run of names, and most
    words are such words.

    >>> [t.text for t in tokenize("the Britain-based monitor in Palmyra's citadel")]
    ['the', 'Britain', 'monitor', 'in', 'Palmyra', 'citadel']
    >>> [t and t.text for t in tokenize("jets hit Deir al-Zor", plain=False)]
    [None, None, 'Deir', 'al-Zor']
    """
    tokens: list[Token | None] = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        if not plain and "a" <= word[0] <= "z" and "-" not in word and "'" not in word and "’" not in word \
                and word not in CONNECTORS:
            tokens.append(None)
            continue
        start = match.start()
        possessive = False
        if len(word) > 2 and word[-2] in "'’" and word[-1] in "sS":
            word, possessive = word[:-2], True
        suffix = ""
        if "-" in word:
            head, _, last = word.rpartition("-")
            if last.lower() in MODIFIER_SUFFIXES or (last.islower() and last not in ARTICLES and len(last) > 2):
                suffix, word = last.lower(), head
        if not word:
            continue
        tokens.append(Token(word, offset + start, offset + start + len(word), possessive, suffix, _capitalised(word)))
    return tokens


def _runs(tokens: list[Token | None], text: str, offset: int) -> list[list[Token]]:
    """Runs of capitalised tokens joined only by spaces and connectors."""
    runs, current = [], []
    for i, tok in enumerate(tokens):
        if tok is None:  # a plain word ends the run
            if current:
                runs.append(current)
                current = []
            continue
        if current:
            gap = text[current[-1].end - offset:tok.start - offset]
            if gap.strip() or "\n" in gap or current[-1].possessive or current[-1].suffix:
                runs.append(current)
                current = []
        if tok.capitalised:
            current.append(tok)
        elif (tok.text.lower() in CONNECTORS and i + 1 < len(tokens) and tokens[i + 1] is not None
              and tokens[i + 1].capitalised and (current or tok.text.lower() in ("al", "el"))):
            current.append(tok)
        elif current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    return [r for r in runs if r]


def _org_spans(text: str, offset: int, runs: list[list[Token]]) -> list[tuple[int, int]]:
    spans = [(offset + m.start(), offset + m.end()) for m in _ORG_PATTERNS.finditer(text)]
    for run in runs:
        words = [t.text.lower() for t in run]
        if words[-1] in _FACILITY_TAILS:  # "Damascus International Airport", "Tishreen University Hospital"
            continue
        if any(w in ORG_HEADS for w in words[1:]) or (len(words) > 1 and words[0] in ORG_PREFIXES):
            spans.append((run[0].start, run[-1].end))
    return spans


def _km(value: str, unit: str) -> float:
    """A stated distance in km ("20", "km"; "12.5", "miles"; "three", "kilometres")."""
    number = NUMBER_WORDS.get(value.lower()) or float(value.replace(",", "."))
    return round(number * (1.609344 if unit.lower().startswith("mi") else 1.0), 3)


def _after_locative(text: str, start: int) -> bool:
    """Whether the words just before ``text[start:]`` expect a place."""
    return bool(_LOCATIVE.search(text[max(0, start - 40):start]))


# a field of a record or a heading: the start of the sentence or a dash or bar
# that ends the field before, then only bullets, numbers, dates, times and
# separators ("10/10 — 06:40 — Restan — air strike ...", "- Kafr Nboudeh: 2 killed",
# "HAMA — Kafr Nboudeh: 2 killed")
_FIELD_BEFORE = re.compile(r"(?:^|.*(?:\s[—–-]|[—–|]))[\s\d/.:|()\[\]•*·–—-]*$", re.S)
# (", in the Houla plain —": a located field; ", 12:30 -": a field and its time)
_FIELD_AFTER = re.compile(r"\s*(?:[:|—–]|-\s|\.?\s*$|,\s*(?:in|near)\s|,\s*\(?\d{1,2}[:.h]\d{2}\b)")


def _place_expected(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` stands where a place is expected: after a
    locative word, or alone as a field or heading, where a record puts its place."""
    return _after_locative(text, start) or bool(_FIELD_BEFORE.match(text, 0, start) and _FIELD_AFTER.match(text, end))


def _qualify(mention: Mention, text: str, offset: int) -> None:
    """Set precision, bearing and distance from the words around the name."""
    local_start, local_end = mention.start - offset, mention.end - offset
    before = text[max(0, local_start - 90):local_start]
    after = text[local_end:local_end + 40]
    mention.phrase_start, mention.phrase_end = mention.start, mention.end
    for precision, pattern in _BEFORE:
        match = pattern.search(before)
        if not match:
            continue
        mention.precision = precision
        mention.phrase_start = mention.start - (len(before) - match.start())
        mention.qualifier = " ".join(match.group(0).split()).lower()
        if precision == "offset":
            groups = [g for g in match.groups() if g]
            direction = next(g.lower().replace("-", "") for g in groups if g.lower().replace("-", "") in _DIRECTIONS)
            mention.bearing = float(_DIRECTIONS[direction])
            if groups[0].lower() not in _DIRECTIONS:
                mention.distance_km = _km(groups[0], groups[1])
        break
    for precision, pattern in _AFTER:
        match = pattern.search(after)
        if not match:
            continue
        mention.phrase_end = mention.end + match.end()
        word = match.group(0).split()[-1].lower()
        mention.qualifier = (mention.qualifier + " " + word).strip()
        if precision == "admin1":
            mention.precision = "admin1"
        elif precision == "area" and (mention.precision == "exact" or mention.precision == "offset"
                                      and mention.distance_km is None and mention.qualifier.split()[0].endswith("ern")):
            # "the northern Hama countryside" is "the northern countryside of Hama"
            mention.precision, mention.bearing = "area", None
        elif precision == "region":
            mention.precision = "admin1" if mention.precision == "exact" else mention.precision
            mention.qualifier = mention.qualifier.replace("area", "region")
        break


_LANDMARK_AFTER = compile_fast(
    r"^(?:'s|’s)\s+(?:(?:historic|ancient|old|famous|medieval|main|military|international)\s+)*"
    r"(citadel|castle|fortress|air\s*base|airbase|airport|military\s+airport|old\s+city|museum|dam)\b", re.I)
_LANDMARK_BEFORE = compile_fast(
    r"\b(citadel|castle|fortress|air\s*base|airbase|airport|old\s+city|museum|dam)\s+(?:of|in|at)\s+(?:the\s+)?$", re.I)
_LANDMARK_WORDS = {"citadel": ("Citadel", "Castle", "Fortress"), "castle": ("Castle", "Citadel", "Fortress"),
                   "fortress": ("Fortress", "Citadel", "Castle"), "airbase": ("Air Base", "airbase", "airport"),
                   "air base": ("Air Base", "airbase", "airport"), "airport": ("airport", "Air Base", "military airport"),
                   "military airport": ("military airport", "Air Base", "airport"), "old city": ("Old City",),
                   "museum": ("Museum",), "dam": ("Dam",)}


def _landmark(mention: Mention, text: str, offset: int, resolver: Resolver) -> None:
    """"Palmyra's historic citadel", "the citadel of Aleppo": resolve to the landmark row."""
    after = text[mention.end - offset:mention.end - offset + 60]
    before = text[max(0, mention.start - offset - 30):mention.start - offset]
    m_after, m_before = _LANDMARK_AFTER.match(after), _LANDMARK_BEFORE.search(before)
    match = m_after or m_before
    if not match:
        return
    feature = " ".join(match.group(1).lower().split())
    for word in _LANDMARK_WORDS.get(feature, (feature,)):
        res = resolver(f"{mention.text} {word}", allow_loose=False)
        if res is not None and res.place.kind in ("landmark", "airbase", "airport", "base", "dam"):
            mention.resolution = res
            mention.qualifier = feature
            if m_after:
                mention.phrase_end = mention.end + m_after.end()
            else:
                mention.phrase_start = mention.start - (len(before) - m_before.start())
            return


_THE_CITY_PATTERN = (
    rf"(?:(?:about|some|around|approximately)\s+)?(?:(\d+(?:[.,]\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\s+)?{_DIR}(?:ern)?\s+of\s+"
    r"(the\s+(?:city|town|provincial\s+capital))\b")
_THE_CITY = compile_fast(_THE_CITY_PATTERN, re.I)
_THE_CITY_WORDS = required_words(_THE_CITY_PATTERN)  # a match needs one of them: a cheap test first


def _the_city(article: Article, found: list[Mention]) -> list[Mention]:
    """"east of the city": an offset from the town or city the text named last."""
    extra = []
    starts = [m.start for m in found]  # found is in document order
    for index, sent in enumerate(article.sentences):
        low = sent.text.lower()
        if not any(word in low for word in _THE_CITY_WORDS):
            continue
        for match in _THE_CITY.finditer(sent.text):
            start = sent.start + match.start(4)
            ref = None
            for k in range(bisect.bisect_left(starts, start) - 1, -1, -1):
                m = found[k]
                if m.resolution is not None and not m.role and m.resolution.place.kind in ("city", "town"):
                    ref = m
                    break
            if ref is None:
                continue
            groups = match.groups()
            mention = Mention(match.group(4), start, sent.start + match.end(4), index, ref.resolution,
                              precision="offset", qualifier=" ".join(match.group(0).split()[:-2]).lower() + " (the city named before)",
                              bearing=float(_DIRECTIONS[groups[2].lower().replace("-", "")]),
                              phrase_start=sent.start + match.start(), phrase_end=sent.start + match.end(4))
            if groups[0]:
                mention.distance_km = _km(groups[0], groups[1])
            extra.append(mention)
    return extra


LABEL_WORDS = 6  # a sentence this short before a strike sentence may be the place it is filed under


def find_mentions(article: Article, resolver: Resolver) -> list[Mention]:
    """Every place-like span of the article's strike-related sentences, resolved if possible.

    Sentences with no strike word, attack verb, aircraft or denial are
    skipped: no place in them can be a strike location, unless the
    sentence says where the target of a strike sentence just before it
    lay ("The workshop was located 3 km south-west of Jisr al-Shughur"),
    or the strike sentence after it points back to its place ("... in
    Ariha. A strike near the bakery there killed ten") or is filed under
    it ("Kafr Nobol. The hospital was struck"), or it is an item of a
    list of targets ("Among the targets struck:").

    Parameters
    ----------
    article : Article
        With ``sentences`` already split.
    resolver : Resolver

    Returns
    -------
    list of Mention
        In document order. Unresolved candidates are kept with a ``reason``.
    """
    found: list[Mention] = []
    sentences = article.sentences
    strike_words = [relevant(sent.text) for sent in sentences]
    in_list = False
    for index, sent in enumerate(sentences):
        in_list = bool(in_list and list_marker(sent.text)) or strike_words[index] and introduces_targets(sent.text)
        if not (strike_words[index] or in_list or names_target(sent.text) or index and strike_words[index - 1] and locates_previous(sent.text)
                or index + 1 < len(sentences) and strike_words[index + 1]
                and (names_previous_place(sentences[index + 1].text) or len(sent.text.split()) <= LABEL_WORDS)):
            continue  # no strike or aircraft word: no place in it can be a strike location
        found.extend(_sentence_mentions(sent.text, sent.start, index, resolver))
    _resolve_in_context(found, resolver)
    found.extend(_the_city(article, found))
    found.sort(key=lambda m: (m.start, m.end))
    _fit_to_locators(found, article.text, resolver)
    return found


# what may stand between a place and the phrase that locates it: "Aqraba, south-east
# of Damascus", "Kafrouma, a village near Maarat al-Numan"
_LOCATED_BY = compile_fast(rf"^\s*,?\s*(?:{SETTLEMENT_ASIDE}\s*)?$", re.I)
LOCATOR_REACH_KM = 100.0  # how far "X, east of Y" may set X from Y when it gives no distance
LOCATOR_SLACK_KM = 40.0  # added to a distance the text gives ("X, 20 km east of Y")


def _fit_to_locators(mentions: list[Mention], text: str, resolver: Resolver) -> None:
    """A place the text sets near another lies near it.

    In "Aqraba, south-east of Damascus" a row abroad (a West Bank Aqraba),
    or any row farther than a distance the text gives, is another place of
    that name: the best row within reach is taken instead, or none, with
    the reason in ``unresolved.csv``.
    """
    for a, b in zip(mentions, mentions[1:]):
        ra, rb = a.resolution, b.resolution
        if ra is None or rb is None or a.sentence != b.sentence or b.precision not in ("near", "offset") \
                or ra.place.kind in ("country", "admin1", "region") or rb.place.kind in ("country", "admin1"):
            continue
        if not _LOCATED_BY.match(text[a.phrase_end:b.phrase_start]):
            continue
        if b.distance_km is not None:
            reach = b.distance_km + LOCATOR_SLACK_KM
        elif ra.place.country != rb.place.country:
            reach = LOCATOR_REACH_KM
        else:
            continue  # "Palmyra, east of Homs": the province's city names a direction, not a distance
        if geodesic_km(ra.lat, ra.lon, rb.lat, rb.lon) <= reach:
            continue
        better = resolver(a.text, near=(rb.lat, rb.lon))
        if better is not None and geodesic_km(better.lat, better.lon, rb.lat, rb.lon) <= reach:
            a.resolution = better
        else:
            a.resolution = None
            a.reason = f"no place of that name within {reach:.0f} km of {b.text}, where the text puts it"


def _sentence_mentions(text: str, offset: int, index: int, resolver: Resolver) -> list[Mention]:
    """The mentions of one sentence that starts at ``offset``.

    They depend only on the sentence's text, so a sentence seen before
    (wire copy run by many outlets, an outlet's background paragraph) is
    answered from a bounded cache, moved to where it stands now.
    """
    return [m.shifted(offset, index) for m in _sentence_template(text, resolver)]


@lru_cache(maxsize=TEXT_CACHE)
def _sentence_template(text: str, resolver: Resolver) -> tuple[Mention, ...]:
    """Mentions of a sentence as if it started the article (never changed: callers copy)."""
    offset = index = 0
    tokens = tokenize(text, offset, plain=False)
    runs = _runs(tokens, text, offset)
    orgs = _org_spans(text, offset, runs)
    mentions: list[Mention] = []
    for run in runs:
        whole = _whole_run(run, text, offset, index, resolver)
        if whole is not None:
            mentions.append(whole)
            continue
        i = 0
        leftovers: list[list[Token]] = [[]]
        heads = _heads(run)
        while i < len(run):
            match = None
            for j in range(min(len(run), i + 6) - 1, i - 1, -1):
                if run[j].text.lower() in CONNECTORS:
                    continue
                span_text = text[run[i].start - offset:run[j].end - offset]
                res = resolver(span_text, allow_loose=False)
                if res is None or (j in heads and res.place.kind not in ("country", "admin1")):
                    continue
                if i == j and not _single_word_ok(run[i], res, text, offset) and not (
                        res.method == "exact" and _after_locative(text, run[i].start - offset)
                        and not _SENTENCE_START.match(text[:run[i].start - offset])
                        and run[i].text.lower() not in NON_PLACE_WORDS):
                    continue
                match = (j, span_text, res)
                break
            if match is None:
                if run[i].text.lower() not in CONNECTORS:
                    leftovers[-1].append(run[i])
                i += 1
                continue
            if leftovers[-1]:
                leftovers.append([])
            j, span_text, res = match
            mentions.append(Mention(span_text, run[i].start, run[j].end, index, res))
            i = j + 1
        tied = {id(run[k]) for k in heads}
        for group in leftovers:
            mentions.extend(_loose(group, text, offset, index, resolver, tied))
    persons = [m.span() for m in _PERSON_NAME.finditer(text) if resolver(m.group(0), allow_loose=False) is None]
    mentions.extend(_code_names(text, offset, index, resolver, mentions))
    capitals = _capitals(text, offset, index, resolver)
    mentions = [m for m in mentions if not any(c.start <= m.start and m.end <= c.end for c in capitals)] + capitals
    mentions.sort(key=lambda m: m.start)
    for mention in mentions:
        last = next((t for t in tokens if t is not None and t.end == mention.end), None)
        if last is not None and last.suffix:  # a plain last word ("airport") has no suffix
            mention.role = "modifier"
            mention.qualifier = f"-{last.suffix}"
        elif any(s <= mention.start and mention.end <= e for s, e in orgs):
            mention.role = "organisation"
        elif any(s <= mention.start - offset and mention.end - offset <= e for s, e in persons):
            mention.role = "person"  # "the Omar bin al-Khattab mosque" is no village of Khattab
        elif _names_road(text, mention.start - offset, mention.end - offset):
            mention.role = "road"
        elif _PART_OF_TOWN.fullmatch(mention.text) and _OF_A_PLACE.match(text, mention.end - offset):
            mention.role = "modifier"  # "the Old City walls of Rakka" is in Raqqa, not Jerusalem
        _qualify(mention, text, offset)
        if mention.resolution:
            _landmark(mention, text, offset, resolver)
        if mention.resolution and mention.resolution.place.kind == "country":
            mention.precision = "country"
    _share_plural_qualifier(mentions, text, offset)
    return tuple(mentions)


_PART_OF_TOWN = compile_fast(r"(?:old|new)\s+(?:city|town)|city\s+(?:centre|center)|downtown", re.I)
_OF_A_PLACE = compile_fast(r"(?:\s+(?:walls|quarter|area|district))?\s+of\s+(?:the\s+)?[A-Z]")
_ROAD = r"(?i:highway|motorway|road)\b"
_ROAD_AFTER = compile_fast(rf"\s*[–—-]\s*(?:[A-Z][\w'’]*(?:\s+|-))*?[A-Z][\w'’]*\s+{_ROAD}")
_ROAD_PAIR_BEFORE = compile_fast(r"[A-Z][\w'’]*\s*[–—-]\s*$")
_ROAD_NEXT = compile_fast(rf"\s+{_ROAD}")


def _names_road(text: str, start: int, end: int) -> bool:
    """Whether the place only names a road, or one end of it: "the
    Tadmur–Deir Ezzor highway", "the old Damascus road". A strike on it
    fell somewhere along it. ("Khanasser road clashes", with no article,
    are left to the town the road runs through.)"""
    if _ROAD_AFTER.match(text, end):
        return True
    if not _ROAD_NEXT.match(text, end):
        return False
    return bool(_ROAD_PAIR_BEFORE.search(text, max(0, start - 40), start) or _THE_ROAD.search(text, max(0, start - 30), start))


_THE_ROAD = compile_fast(r"\bthe\s+(?:(?:old|main|new|international|coastal)\s+)?$", re.I)


_LIST_GAP = compile_fast(r"^\s*(?:,|,?\s*and|,?\s*or)\s*$")


def _share_plural_qualifier(mentions: list[Mention], text: str, offset: int) -> None:
    """"the provinces of Aleppo, Idlib and Hama", "Raqqa and Idlib provinces",
    "the Raju, Cinderes and Şeran regions": every item of the list is one."""
    for prev, cur in zip(mentions, mentions[1:]):
        if (prev.precision == "admin1" and re.search(r"\b(?:provinces|governorates)\b", prev.qualifier)
                and cur.precision == "exact" and cur.resolution is not None and not cur.role
                and _LIST_GAP.match(text[prev.end - offset:cur.start - offset])):
            cur.precision = "admin1"
            cur.qualifier = prev.qualifier
            cur.phrase_start = cur.start
    for prev, cur in reversed(list(zip(mentions, mentions[1:]))):
        if (re.search(r"\b(?:provinces|governorates|regions)$", cur.qualifier)
                and prev.precision == "exact" and prev.resolution is not None and not prev.role
                and _LIST_GAP.match(text[prev.end - offset:cur.start - offset])):
            prev.precision, prev.qualifier = cur.precision, cur.qualifier


_FACILITY = compile_fast(rf"^\s+({AIR}|gas\s+field|oil\s+field|refugee\s+camp|camp|dam)\b", re.I)
_AIR_TAIL = compile_fast(rf"\s+{AIR}$", re.I)


def _whole_run(run: list[Token], text: str, offset: int, index: int, resolver: Resolver) -> Mention | None:
    """A name with its facility word ("Al-Dameer military airport"), or a
    multi-word name that only a looser tier finds ("Ma'ra al-Nu'man")."""
    first, last = run[0], run[-1]
    base = text[first.start - offset:last.end - offset]
    facility = _FACILITY.match(text[last.end - offset:])
    end = last.end + (facility.end() if facility else 0)
    span = text[first.start - offset:end - offset]
    res = resolver(span, kinds=FACILITY_KINDS) if facility else None
    start = first.start
    if (res is None or res.score < 0.8) and _AIR_TAIL.search(span):
        start, res = _air_facility(run, span, offset, resolver)
    if res is not None and res.score >= 0.8:
        span = text[start - offset:end - offset]
        return Mention(" ".join(span.split()) if "\n" not in span else span, start, end, index, res,
                       loose=res.method in ("skeleton", "fuzzy"))
    words = [t for t in run if t.text.lower() not in CONNECTORS]
    if len(words) < 2 or all(is_common_word(t.text) for t in words):
        return None
    if resolver(base, allow_loose=False) is not None:
        return None  # the greedy exact pass handles it
    if not _place_expected(text, first.start - offset, last.end - offset):
        return None
    res = resolver(base)
    if res is None or res.score < 0.8 or res.place.kind == "country":
        return None
    return Mention(base, first.start, last.end, index, res, loose=True)


def _air_facility(run: list[Token], span: str, offset: int, resolver: Resolver) -> tuple[int, object]:
    """An airport or air base named by its town and an air word (see
    :meth:`Resolver.air_facility`), the town read from the longest run of
    words before the air word that names one ("the Syrian Halab airport").
    Returns the start of the name and the resolution (``None`` if none)."""
    tail_start = run[0].start + _AIR_TAIL.search(span).start()
    head = [t for t in run if t.end <= tail_start]
    for tok in head:
        if tok.text.lower() in CONNECTORS:
            continue
        res = resolver.air_facility(span[tok.start - run[0].start:head[-1].end - run[0].start])
        if res is not None:
            return tok.start, res
    return run[0].start, None


_CODE_NAME = compile_fast(r"(?<![\w-])([A-Z]-?\d{1,3})(?![\w-])(?i:\s+(?:military\s+)?(?:air\s*base|airbase|airport|airfield|base)\b)?")


_PERSON_NAME = compile_fast(r"\b[A-Z][\w'’-]*\s+(?:bin|ibn|bint)\s+(?:[A-Z][\w'’-]*|(?:al|el)-[A-Z][\w'’-]*)")
_THE_CAPITAL = compile_fast(rf"\b(?i:the)\s+((?i:{'|'.join(CAPITAL_OF)}))\s+capital\b(?:,?\s+(?:{'|'.join(CAPITAL_OF.values())})\b)?")


def _capitals(text: str, offset: int, index: int, resolver: Resolver) -> list[Mention]:
    """A capital named by its country: "south of the Syrian capital" is south of Damascus
    (with its name after it, "the Syrian capital, Damascus", one mention)."""
    out = []
    for match in _THE_CAPITAL.finditer(text):
        res = resolver(CAPITAL_OF[match.group(1).lower()], allow_loose=False)
        if res is not None:
            out.append(Mention(text[match.start(1):match.end()], offset + match.start(1), offset + match.end(), index, res))
    return out


def _code_names(text: str, offset: int, index: int, resolver: Resolver, found: list[Mention]) -> list[Mention]:
    """Places named by a letter and a number, which word tokens never
    see: "the T4 airbase", "T-4". Only names the gazetteer spells so
    (never a loose match: "F-16" and "S-300" are no places)."""
    out = []
    for match in _CODE_NAME.finditer(text):
        end = match.end()
        res = resolver(match.group(0), kinds=FACILITY_KINDS, allow_loose=False) if match.group(1) != match.group(0) else None
        if res is None:
            res, end = resolver(match.group(1), allow_loose=False), match.end(1)
        start = offset + match.start()
        if res is not None and not any(m.start < offset + end and start < m.end for m in found):
            out.append(Mention(text[match.start():end], start, offset + end, index, res))
    return out


def _article_led(tok: Token) -> bool:
    head, hyphen, _ = tok.text.partition("-")
    return bool(hyphen) and head.lower() in ARTICLES


def _heads(run: list[Token]) -> set[int]:
    """Positions k where run[k] heads a name that goes on with an article
    ("Khan al-Shih", "Tall al Sultan"). Cut there, "Khan" alone is another
    place than the one meant (and "Bab" in "Bab al-Neirab" is no town
    called Al Bab); only a country or governorate may stand alone
    ("Iraq al-Tanf" in a headline). So it is with a generic head word
    ("Kafr" in "Kafr Amim", a name the gazetteer lacks: Al-Kafr is a village
    far away)."""
    return {k for k in range(len(run) - 1)
            if run[k + 1].text.lower() in ("al", "el") or _article_led(run[k + 1]) or is_generic_head(run[k].text)}


def _single_word_ok(tok: Token, res, text: str, offset: int) -> bool:
    """A lone capitalised word that is also common English must be a big place."""
    word = tok.text
    if word.isupper() and len(word) <= 3 and res.place.kind != "country":
        return False  # acronyms such as "IS" or "UN"
    bare = word.split("-")[-1].lower()
    if bare in NON_PLACE_WORDS or word.lower() in NON_PLACE_WORDS:
        return False
    if res.method != "exact" and len(bare) < 4:
        return False
    if text[tok.end - offset:tok.end - offset + 1] == "." and len(word) <= 4 and word.lower() in _ABBREVIATIONS:
        return False
    if not is_common_word(word):
        return True
    if _SENTENCE_START.match(text[:tok.start - offset]):
        return res.place.kind in ("country", "admin1") or res.place.population >= 100_000
    return res.place.kind in ("country", "admin1") or res.place.population >= 20_000


_OPENING_PREPOSITIONS = frozenset("in on at near from to by into across around outside inside".split())
_CAMEL = re.compile(r"[a-z][A-Z]")  # "SyAAF", "YouTube": an acronym or a brand, no spelling of a place


def _loose(group: list[Token], text: str, offset: int, index: int, resolver: Resolver,
           tied: set[int]) -> list[Mention]:
    """Try the looser tiers on words no exact name claimed (never a head
    word cut from the rest of its name, see ``_heads``)."""
    if len(group) > 1 and group[0].text.lower() in _OPENING_PREPOSITIONS:
        group = group[1:]  # "In Dzhisr-esh-Shugur, ...": the sentence's capital, not the name's
    words = [t for t in group if not is_common_word(t.text) and t.text.lower() not in NON_PLACE_WORDS
             and len(t.text) >= 4 and not (t.text.isupper() and len(t.text) <= 5) and not _CAMEL.search(t.text)]
    if not words or not _place_expected(text, group[0].start - offset, group[-1].end - offset):
        return []
    out = []
    whole = (group[0], group[-1])
    spans = [whole] if len(group) > 1 else []
    if len(words) > 1 and _contiguous(words, group) and (words[0], words[-1]) not in spans:
        spans.append((words[0], words[-1]))
    spans += [(w, w) for w in words if id(w) not in tied]
    taken: list[tuple[int, int]] = []
    for first, last in spans:
        if any(s <= first.start < e for s, e in taken):
            continue
        span_text = text[first.start - offset:last.end - offset]
        res = resolver(span_text)
        if res is None and (first is last or ((first, last) == whole and id(group[0]) in tied)) \
                and not _SENTENCE_START.match(text[:first.start - offset]):
            out.append(Mention(span_text, first.start, last.end, index, None, reason="no gazetteer match"))
            taken.append((first.start, last.end))
            continue
        if res is None:
            continue
        taken.append((first.start, last.end))
        out.append(Mention(span_text, first.start, last.end, index, res, loose=True))
    return out


def _contiguous(words: list[Token], group: list[Token]) -> bool:
    return [t for t in group if words[0].start <= t.start <= words[-1].start] == words


def _resolve_in_context(mentions: list[Mention], resolver: Resolver) -> None:
    """Re-rank resolutions with the article's governorates and centre."""
    region = resolver.region
    for mention in mentions:
        if mention.precision == "admin1" and mention.resolution and mention.resolution.place.kind != "admin1":
            res = resolver(mention.text, kinds=_ADMIN1_KINDS)
            if res is not None:
                mention.resolution = res
            else:
                mention.precision = "area"  # "the Busayrah region": an area around a town
    points = [(m.resolution.lat, m.resolution.lon) for m in mentions
              if m.resolution and m.resolution.method in ("exact", "normalised")
              and m.resolution.place.country == region and m.resolution.place.kind not in ("country", "admin1")]
    centre = None
    if points:
        centre = (sorted(p[0] for p in points)[len(points) // 2], sorted(p[1] for p in points)[len(points) // 2])
    admin_by_sentence: dict[int, str] = {}
    for mention in mentions:
        if mention.resolution and mention.resolution.place.kind == "admin1":
            admin_by_sentence.setdefault(mention.sentence, mention.resolution.place.admin1)
        elif mention.resolution and mention.precision == "area":
            admin_by_sentence.setdefault(mention.sentence, mention.resolution.place.admin1)
    for mention in mentions:  # a big city named in the sentence is a weaker hint
        res = mention.resolution
        if res and res.place.country == region and res.place.population >= 100_000 and res.method == "exact":
            admin_by_sentence.setdefault(mention.sentence, res.place.admin1)
    for mention in mentions:
        res = mention.resolution
        if res is None or not res.alternatives or mention.precision in ("admin1", "country"):
            continue
        hint = admin_by_sentence.get(mention.sentence)
        better = resolver(mention.text, admin1=hint, near=centre, allow_loose=res.method in ("skeleton", "fuzzy"))
        if better is not None:
            mention.resolution = better
    home = centre or resolver.home  # the article's places, or else the region itself
    if home is not None:
        named = {m.resolution.place.country for m in mentions if m.resolution and m.resolution.place.kind == "country"}
        doubtful = [m for m in mentions if m.resolution is not None and m.resolution.place.country != region
                    and m.resolution.place.kind != "country" and not _plausible_abroad(m.resolution, home, named)]
        vouched = _neighbours_abroad([m.resolution.place for m in doubtful])
        for mention in doubtful:
            res = mention.resolution
            if res.place.id not in vouched:
                mention.resolution = None
                how = ("a variant spelling of" if fold(res.matched_name) == fold(res.place.name)
                       else f"'{res.matched_name}', another name of")
                mention.reason = f"matches only {how} {res.place.name} ({res.place.country}), outside the region {region}"
        _resolve_near_anchors(mentions, resolver)


ANCHORS_ABROAD = 2  # places kept in one country before its other places may be matched loosely
ANCHOR_REACH_KM = 150.0


def _resolve_near_anchors(mentions: list[Mention], resolver: Resolver) -> None:
    """Resolve again, in another country, the mentions left unplaced, when
    the article is placed there: two or more of its places lie in that
    country ("Al-Qaem" in a report that names Rawa and Baghdad, "Nabatiye"
    in one that names Tyre and Sidon). A match, loose or not, must lie
    within :data:`ANCHOR_REACH_KM` of one of them; a Syrian village the
    gazetteer lacks still finds no namesake abroad in a report on Syria."""
    anchors: dict[str, list] = {}
    for m in mentions:
        res = m.resolution
        if res is not None and res.place.country != resolver.region and res.place.kind not in ("country", "admin1"):
            if all(p.id != res.place.id for p in anchors.setdefault(res.place.country, [])):
                anchors[res.place.country].append(res.place)
    countries = sorted(c for c, places in anchors.items() if len(places) >= ANCHORS_ABROAD)
    if not countries:
        return
    for mention in mentions:
        if mention.resolution is not None or mention.role:
            continue
        for country in countries:
            res = resolver(mention.text, region=country)
            if res is not None and res.place.country == country and res.score >= 0.8 and any(
                    geodesic_km(p.lat, p.lon, res.place.lat, res.place.lon) <= ANCHOR_REACH_KM
                    for p in anchors[country]):
                mention.resolution, mention.reason = res, ""
                break


ABROAD_NEIGHBOURS_KM = 50.0


def _neighbours_abroad(places: list) -> set[str]:
    """Ids of the places abroad that lie within :data:`ABROAD_NEIGHBOURS_KM`
    of another such place of the same country: a report on the Bekaa names
    "Baalbak", "Breital" and "Bodai", and three look-alikes of Syrian
    villages the gazetteer lacks do not fall so close together by chance."""
    out = set()
    for i, a in enumerate(places):
        for b in places[i + 1:]:
            if a.id != b.id and a.country == b.country and \
                    geodesic_km(a.lat, a.lon, b.lat, b.lon) <= ABROAD_NEIGHBOURS_KM:
                out.update((a.id, b.id))
    # three or more in one country within a region's span vouch for each other too ("Kandil",
    # "Mahmur" and "Sincar" in a Turkish statement on northern Iraq)
    by_country: dict[str, dict] = {}
    for place in places:
        by_country.setdefault(place.country, {})[place.id] = place
    for group in by_country.values():
        group = list(group.values())
        if len(group) >= ABROAD_GROUP and all(geodesic_km(a.lat, a.lon, b.lat, b.lon) <= ABROAD_GROUP_KM
                                              for i, a in enumerate(group) for b in group[i + 1:]):
            out.update(p.id for p in group)
    return out


ABROAD_GROUP = 3
ABROAD_GROUP_KM = 400.0


ABROAD_BY_OTHER_NAME_KM = 1000.0
ABROAD_BY_OWN_NAME_POPULATION = 10_000


def _plausible_abroad(res, centre: tuple[float, float], named: set[str]) -> bool:
    """With a default region, a town abroad of 10,000 or more is taken by its own
    name spelt as the gazetteer spells it, or any place by any name of a row in a
    country the article names ("Bint Jbeil" in a report on southern
    Lebanon, where GeoNames' own name is "Bent Jbaïl"). A city of 100,000 or more
    within 1,000 km is also taken by another exact name ("Bagdad") or a
    variant of its own name ("Beirout"). GeoNames lists many exonyms and
    old names, so that a Syrian village the gazetteer lacks would
    otherwise land in Germany ("Killi" is a name of Kiel), China
    ("Jileen") or Turkey ("Maarda" is close to "Marde", a name of Mardin);
    and names of villages repeat across borders ("Boustane al-Qasr", an
    Aleppo district, is not Al Qasr in Jordan)."""
    place = res.place
    own_name = fold(res.matched_name) == fold(place.name)
    if own_name and res.method == "exact" and place.population >= ABROAD_BY_OWN_NAME_POPULATION or place.country in named:
        return True
    if place.population < 100_000 or geodesic_km(centre[0], centre[1], place.lat, place.lon) > ABROAD_BY_OTHER_NAME_KM:
        return False
    return res.method == "exact" or own_name
