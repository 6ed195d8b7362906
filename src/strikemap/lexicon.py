"""Word lists for the claim stage: strike words, attributions, actors.

Kept apart from the rules in :mod:`strikemap.claims` so that they can be
read, reviewed and extended without touching code.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["TEXT_CACHE", "Folded", "required_words", "first_chars", "compile_fast", "ATTACK_TYPES", "STRONG", "WEAK", "AIR_AGENT", "GROUND", "other_sense", "CAPITAL_OF", "CAPITALS", "SPEECH", "DENIAL", "RELEVANT", "relevant",
           "CLAIMANTS", "PERPETRATORS", "HYPOTHETICAL", "FALSE_WORDS", "BLOCKING_FRAMES", "FEATURE_NOUNS", "SETTLEMENT_ASIDE",
           "NUMBER_WORDS", "locates_previous", "names_previous_place", "names_previous_facility", "introduces_targets", "list_marker", "names_target"]


# Entries kept by the caches of per-sentence work (mentions, clauses,
# places, dates, casualties): a feed repeats wire copy and background
# paragraphs, and 16,384 sentences hold a few tens of MB.
TEXT_CACHE = 1 << 14

try:
    from re import _parser as _sre  # Python 3.11+
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse as _sre

_REPEATS = {_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", _sre.MAX_REPEAT)}


def required_words(pattern: str) -> frozenset[str] | None:
    r"""Strings of which every match of ``pattern`` contains at least one,
    or None when the pattern guarantees none.

    Read off the parsed pattern: a branch needs one of its alternatives'
    sets, a sequence needs each of its literal runs (the most selective
    one is kept), a group or a repeat of one or more needs what its body
    needs, and so does a look-ahead or look-behind (its words are in the
    text too). Negative look-arounds and optional parts add nothing. A
    word that contains another is dropped ("raid" serves for "raided").

    >>> sorted(required_words(r"\b(?:air\s*strikes?|raids?)\b"))
    ['raid', 'strike']
    >>> sorted(required_words(r",?\s+(?:while|as\s+well\s+as)\s+"))
    ['well', 'while']
    >>> required_words(r"\b\w+ern\s*$")
    frozenset({'ern'})
    >>> sorted(required_words(r",\s+(?=(?:and\s+)?(?:clashes|fighting)\b)|;"))
    [';', 'clashes', 'fighting']
    >>> required_words(r"(?:in|the)?\s+") is None
    True
    """
    words = _needs(_sre.parse(pattern))
    if words is None:
        return None
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


def _needs(items) -> frozenset[str] | None:
    candidates: list[frozenset[str]] = []
    run: list[str] = []

    def close_run():
        if run:
            candidates.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        close_run()
        found = None
        if op is _sre.BRANCH:
            sets = [_needs(alternative) for alternative in av[1]]
            found = None if any(x is None for x in sets) else frozenset().union(*sets)
        elif op is _sre.SUBPATTERN:
            found = _needs(av[-1])
        elif op in _REPEATS and av[0] >= 1:
            found = _needs(av[2])
        elif op is _sre.ASSERT:
            found = _needs(av[1])
        elif op is _sre.IN and all(kind is _sre.LITERAL for kind, _ in av):
            found = frozenset(chr(code) for _, code in av)
        if found:
            candidates.append(found)
    close_run()
    if not candidates:
        return None
    return max(candidates, key=lambda words: (min(map(len, words)), -len(words)))


_CATEGORIES = {_sre.CATEGORY_DIGIT: r"\d", _sre.CATEGORY_NOT_DIGIT: r"\D", _sre.CATEGORY_SPACE: r"\s",
               _sre.CATEGORY_NOT_SPACE: r"\S", _sre.CATEGORY_WORD: r"\w", _sre.CATEGORY_NOT_WORD: r"\W"}
_ZERO_WIDTH = {_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT}
_ANCHORS = (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)


def first_chars(pattern: str) -> str | None:
    r"""A character class that holds the first character of every match
    of ``pattern``, or None when no such class can be read off it (the
    pattern can match the empty string, or starts with any character).

    >>> first_chars(r"\b(?:air\s*strikes?|raids?)\b")
    '[ar]'
    >>> first_chars(r"(?:at\s+least\s+)?\d+\s+killed")
    '[\\da]'
    >>> first_chars(r"(?:in|the)?\s*") is None
    True
    """
    return _first_class(_sre.parse(pattern))


def _first_class(items) -> str | None:
    found = _firsts(items)
    if found is None or found[1]:
        return None
    return "[" + "".join(sorted(found[0])) + "]"


def _firsts(items) -> tuple[set[str], bool] | None:
    """Class parts (escaped characters, category escapes) that can begin
    the sequence ``items``, and whether it can match the empty string."""
    out: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a look-around or boundary: the next item still starts the match
        if op is _sre.LITERAL:
            out.add(re.escape(chr(av)))
            return out, False
        if op is _sre.IN:
            for kind, value in av:
                if kind is _sre.LITERAL:
                    out.add(re.escape(chr(value)))
                elif kind is _sre.RANGE:
                    out.add(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
                elif kind is _sre.CATEGORY and value in _CATEGORIES:
                    out.add(_CATEGORIES[value])
                else:
                    return None  # a negated class, or another kind of part
            return out, False
        if op is _sre.BRANCH:
            parts = [_firsts(alternative) for alternative in av[1]]
            nullable = False
        elif op is _sre.SUBPATTERN:
            if av[1] & _sre.SRE_FLAG_IGNORECASE:
                return None  # "(?i:...)" inside a case-sensitive pattern
            parts = [_firsts(av[-1])]
            nullable = False
        elif op in _REPEATS:
            parts = [_firsts(av[2])]
            nullable = av[0] == 0
        else:
            return None
        if any(part is None for part in parts):
            return None
        for chars, empty in parts:
            out |= chars
            nullable = nullable or empty
        if not nullable:
            return out, False
    return out, True


def compile_fast(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` with the match's possible first
    characters as a look-ahead in front.

    CPython's ``re`` tries a pattern that starts with a word boundary or
    a group at every position of the text; a failing one-character test
    first makes a search of a long alternation of words one and a half to
    two times faster. Matches, groups and offsets are unchanged.
    """
    items = _sre.parse(pattern, flags)
    if not items or items[0][0] in (_sre.LITERAL, _sre.IN) or items[0][0] is _sre.AT and items[0][1] in _ANCHORS or pattern.startswith("(?") and (
            re.match(r"\(\?[aiLmsux]+\)", pattern)):
        return re.compile(pattern, flags)  # re scans for a first literal or class itself; anchored ones stay so
    first = _first_class(items)
    if first is None:
        return re.compile(pattern, flags)
    return re.compile(f"(?={first})(?:{pattern})", flags)


_LAST_LOWERED: tuple = (None, None)


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it keeps every character in place, else None.

    Three calls in four ask again for the text just asked for (many
    patterns run on one clause), so the last answer is kept (as one
    tuple, swapped whole, so that threads never see half of it).
    """
    global _LAST_LOWERED
    last = _LAST_LOWERED
    if text is last[0]:
        return last[1]
    low = text.lower()
    # "ı" and "ſ" match i and s under IGNORECASE but lower-case to themselves
    if len(low) != len(text) or not text.isascii() and ("ı" in low or "ſ" in low):
        low = None
    _LAST_LOWERED = (text, low)
    return low


class Folded:
    """A case-insensitive pattern that runs on lower-cased text.

    CPython's ``re`` matches IGNORECASE alternations of words about three
    times slower than plain ones, and the claim stage runs these patterns
    many times per sentence. Lower-casing the text once and matching a
    case-sensitive copy gives the same matches at the same offsets
    whenever lower-casing keeps every character in place and the pattern
    has no upper-case parts; otherwise the IGNORECASE pattern runs.
    Match groups then read from the lower-cased text.

    Most searches find nothing, so the pattern runs only if the text
    contains one of the words every match needs (:func:`required_words`):
    a few substring tests instead of trying the pattern at every
    character.
    """

    __slots__ = ("pattern", "_ci", "_cs", "_gate")

    def __init__(self, pattern: str):
        self.pattern = pattern
        self._ci = compile_fast(pattern, re.I)
        has_upper = re.search(r"[A-Z]", re.sub(r"\\.", "", pattern))
        self._cs = None if has_upper else compile_fast(pattern)
        gate = required_words(pattern) if self._cs is not None else None
        self._gate = tuple(sorted(gate)) if gate else ()

    def _pick(self, text: str) -> tuple[re.Pattern | None, str]:
        """The pattern to run and the text to run it on; no pattern when
        the text lacks every required word."""
        if self._cs is not None:
            low = _lowered(text)
            if low is not None:
                for word in self._gate:
                    if word in low:
                        break
                else:
                    if self._gate:
                        return None, low
                return self._cs, low
        return self._ci, text

    def search(self, text: str, pos: int = 0):
        pattern, text = self._pick(text)
        return pattern.search(text, pos) if pattern else None

    def match(self, text: str):
        pattern, text = self._pick(text)
        return pattern.match(text) if pattern else None

    def fullmatch(self, text: str):
        pattern, text = self._pick(text)
        return pattern.fullmatch(text) if pattern else None

    def finditer(self, text: str):
        pattern, text = self._pick(text)
        return pattern.finditer(text) if pattern else iter(())

    def findall(self, text: str) -> list:
        pattern, text = self._pick(text)
        return pattern.findall(text) if pattern else []


def _re(pattern: str) -> Folded:
    return Folded(pattern)


# Strike words that name an attack from the air (or by missile/drone) on
# their own, with the attack type they imply, most specific first.
def _not_after(*words: str) -> str:
    """Look-behinds that fail right after any of ``words`` and a space."""
    return "".join(rf"(?<!{w}\s)" for w in words)


_NOT_BY_ROAD = _not_after("car", "truck", "suicide", "roadside", "vehicle", "motorcycle", "pipe", "nail")
ATTACK_TYPES = [
    ("barrel_bomb", _re(r"\b(?:barrel[- ]?bomb(?:s|ing|ed)?|explosive[- ]barrels?|barrels?\s+(?:bombs?|dropped|fell|landed|on|onto)|"
                        r"(?:drop|drops|dropped|dropping|pushed|pushing)\s+(?:\w+\s+){0,2}?barrels|"
                        r"(?:helicopters?|choppers?)\s+(?:\w+\s+){0,3}?(?:dropped|drop|dropping|bombed|targeted|target|struck|attacked|raids?|shell|shelled|shelling))\b")),
    ("missile", _re(r"\b(?:(?:cruise|ballistic|guided|surface-to-surface|air-to-surface|kalibr|tomahawk|scud)\s+missiles?|"
                    r"missiles?(?:\s+(?:strikes?|attacks?))?|rocket\s+(?:strikes?|attacks?)|"
                    r"(?:missile|rocket)[- ]strikes?)\b")),
    ("drone", _re(r"\b(?:drone[- ]strikes?|drones?|uavs?|unmanned\s+(?:aerial\s+)?(?:aircraft|vehicles?))\b")),
    ("air_strike", _re(r"\b(?:air[- ]?strikes?|airstrikes?|air[- ]?raids?|"
                       r"aerial\s+(?:(?:and\s+\w+\s+)?(?:bombardments?|bombing|attacks?|strikes?|raids?|campaign|shelling))|"
                       r"raids?|raided|bombardments?|sorties|air\s+attacks?|"
                       # bombs that come by road are no air strike: "an IS suicide car bomb"
                       rf"{_NOT_BY_ROAD}(?:bombing|bombings|bombs?)|bombed|"
                       r"air\s+bombardment|precision\s+strikes?|(?<!hunger\s)(?<!general\s)(?<!labour\s)(?<!labor\s)strikes|striking)\b")),
]
STRONG = [pattern for _, pattern in ATTACK_TYPES]
# Verbs and nouns of attack that need an aircraft or an air campaign around them.
# "bombard" is here, not among the strike words: artillery bombards too.
_WEAK_WORDS = _re(r"\b(?:struck|strikes?|striking|hit|hits|hitting|targeted|targeting|massacres?|attacked|"
                  r"bombard|bombards|bombarded|bombarding|"
                  r"attacks?|attacking|destroyed|destroying|pounded|pounding|shelled|shelling|blasted|obliterated|"
                  r"levelled|leveled|flattened|razed|eliminated)\b")
# "targets" as a verb: followed by what is hit, or by a capitalised name.
_TARGETS_VERB = re.compile(
    r"\btargets?(?=\s+(?:the|a|an|its|their|areas?|positions?|towns?|villages?|cit(?:y|ies)|camps?|"
    r"neighbou?rhoods?|\w+ern|(?:al|el|ad|ar|as|ash|az|an)-|several|dozens|many|(?-i:[A-Z])))\b", re.I)


class _Either:
    """Matches of a fast folded pattern and of a rarer case-sensitive one, leftmost first."""

    __slots__ = ("fast", "rare", "gate")

    def __init__(self, fast: Folded, rare: re.Pattern, gate: str):
        self.fast, self.rare, self.gate = fast, rare, gate

    def search(self, text: str):
        found = self.fast.search(text)
        if self.gate in text.lower():
            other = self.rare.search(text)
            if other and (found is None or other.start() < found.start()):
                return other
        return found

    def finditer(self, text: str):
        matches = list(self.fast.finditer(text))
        if self.gate in text.lower():
            matches += self.rare.finditer(text)
            matches.sort(key=lambda m: m.start())
        return iter(matches)


WEAK = _Either(_WEAK_WORDS, _TARGETS_VERB, "target")
AIR_AGENT = _re(r"\b(?:war[- ]?planes?|war[- ]?jets?|jets?|aircraft|planes?|helicopters?|choppers?|air\s*force|"
                r"aviation|bombers?|su-\d+\w*|mig-\d+|drones?|gunships?|fighter\s*(?:jets?|planes?|-bombers?)|"
                r"air\s+power|air\s+group|air\s+operations?|aerial\s+operations?|sorties|pilots?)\b")
# capitals named for the countries around Syria ("the Syrian capital" is Damascus), and the seats of
# governments, ministries and officials that speak of strikes ("Officials in Damascus stated ...")
CAPITAL_OF = {"syrian": "Damascus", "lebanese": "Beirut", "iraqi": "Baghdad", "jordanian": "Amman",
              "turkish": "Ankara", "iranian": "Tehran"}
CAPITALS = frozenset(c.lower() for c in (*CAPITAL_OF.values(), "Moscow", "Washington", "London", "Paris", "Berlin",
                                         "Jerusalem", "Cairo", "Riyadh", "Doha", "Geneva", "Brussels", "Tel Aviv"))
# Sport, markets, weather and work: a "strike", "hit" or "bombarded" there is no attack from
# the air unless an aircraft or an air attack is named. Sport takes two of its words ("Late
# strike keeps Jableh in title hunt as Damascus derby ends"; a former goalkeeper killed in a
# strike is no match report); the others their own turns of phrase ("the quake struck
# Jindires", "Borsa Istanbul hit by selloff", "teachers on strike over unpaid salaries").
_SPORT = _re(r"\b(?:derby|league|goalkeeper|goals?|penalty|striker|winger|midfielder|hat-trick|scorer|stadium|"
             r"fixtures?|kick-off|half-time|(?:first|second)\s+half|crossbar|title\s+(?:hunt|race|hopes)|\d+(?:st|nd|rd|th)\s+minute|yards)\b")
_OTHER_SENSE = _re(r"\b(?:earthquakes?|quakes?|tremors?|aftershocks?|storms?|snowstorms?|blizzards?|floods?)\s+"
                   r"(?:\w+\s+){0,2}?(?:struck|strikes?|hit|hits)\b|\bhit\s+by\s+(?:a\s+)?sell-?offs?\b|"
                   r"\bon\s+strike\b|\bstrike\s+action\b|\bstrikers\b|"
                   r"\b(?:workers['’]|dockworkers['’]?|general|hunger|labou?r|teachers['’])\s+strikes?\b")


def other_sense(text: str) -> bool:
    """Whether ``text`` tells of sport, markets, weather or work, where "strike" and "hit" are no attack."""
    return bool(_OTHER_SENSE.search(text)) or len({m.group(0).lower() for m in _SPORT.finditer(text)}) >= 2


AIR_ATTACK_NAMED = _re(r"\b(?:air[- ]?strikes?|airstrikes?|air[- ]?raids?|barrel[- ]?bombs?|missiles?|rockets?|shells?)\b")
# Verbs that make a strike only with an aircraft in the same clause ("warplanes kill 3").
AGENT_VERBS = _re(r"\b(?:kill|kills|killed|killing|wound|wounds|wounded|commit|commits|committed|"
                  r"carried\s+out|carry\s+out|carries\s+out|intensif(?:y|ies|ied)|renew(?:s|ed)?|"
                  r"continue|continues|continued|escalate|escalates|escalated)\b")
# Words that are ground fighting unless aircraft do them ("shelling by warplanes").
AMBIGUOUS_GROUND = _re(r"\b(?:shells?|shelling|shelled|bombardments?)\b")
GROUND = _re(r"\b(?:clash(?:es|ed)?|fighting|fought|battles?|ground\s+(?:offensive|assault|attack|forces?|troops)|"
             r"(?<!anti-aircraft\s)(?<!antiaircraft\s)(?<!anti-aircraft\s)artillery(?!\s+(?:positions?|pieces?|batter(?:y|ies)|depots?|emplacements?|guns?))|"
             r"(?:ground-to-ground|surface-to-surface|elephant|grad|katyusha|home-made|homemade|improvised)\s+(?:\W?\w+\W?\s+)?rockets?|"
             r"rockets?\s+(?:fire|launchers?|fell|landed)|fired\s+(?:\w+\s+){0,4}?rockets?|mortars?|shells?|shelling|shelled|"
             r"rockets(?!\s+(?:strikes?|attacks?))|"
             r"(?:artillery|mortar|tank|rocket)\s+(?:fire|shelling|shells?|barrages?|bombardment|bombs?|rounds?|attacks?)|"
             r"tanks?\s+(?:fired|opened\s+fire|shelled)|"
             r"(?:shelled|pounded|hit)\s+(?:\w+\s+)?with\s+(?:artillery|mortars?|tank\s+shells|rockets)|snipers?|sniping|advance[sd]?|advancing|ambush(?:ed)?|"
             r"infantry|gunfire|skirmish(?:es)?|landmines?|(?:car|truck|lorry|vehicle|motorcycle|motorbike|roadside)\s+bombs?|"
             r"suicide\s+(?:bomber|attack|bombing)s?|"
             r"offensive|siege|recaptured|captured|seized|stormed)\b")
SPEECH = _re(r"\b(?:said|says|say|told|tells|claimed|claims|claim|announced|announces|reported|reports|stated|states|"
             r"added|noted|confirmed|confirms|insisted|explained|quoted|according\s+to|accused|accuses|alleged|"
             r"denied|denies|deny|rejected|dismissed|refuted|wrote|tweeted|posted)\b")
# what a denial calls a report ("Reports that ... are baseless")
# (ending what it says: "is a disinformation outlet" calls nothing false)
FALSE_WORDS = (r"(?:false|untrue|not\s+true|baseless|groundless|unfounded|fabricated|fake|lies|disinformation|misinformation)"
               r"(?=\s*(?:[,.;:!?\"”’)]|$|and\b|or\b|by\b|according\b|as\b))")
DENIAL = _re(r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses|refuted|refutes|"
             r"carried\s+out\s+no\s+(?:\w+\s+)?(?:air\s*)?(?:strikes?|raids?|sorties)|"
             r"no\s+(?:russian\s+|syrian\s+|coalition\s+|israeli\s+|turkish\s+|air\s*)?(?:strikes?|raids?|airstrikes?|bombing)\s+"
             r"(?:by\s+[^,.;:]{1,40}?\s+)?(?:on|in|against|near|around)\b|"
             r"there\s+(?:were|was|have\s+been|had\s+been)\s+no\s+(?:\w+\s+)?(?:air\s*)?(?:strikes?|raids?|airstrikes?|bombing)\b|"
             r"(?:did|had|have)\s+not\s+(?:carr(?:y|ied)\s+out|conducted?)\s+(?:any\s+)?(?:air\s*)?(?:strikes?|raids?)|"
             r"did\s+not\s+(?:carry\s+out|strike|hit|bomb|target|attack)|never\s+(?:struck|hit|bombed|targeted)|"
             r"(?:conducted|carried\s+out|launched|made|flew)\s+no\s+(?:\w+\s+)?(?:air\s*)?(?:strikes?|raids?|sorties|missions)|"
             # a correction takes back what was reported: "incorrectly reported that a Turkish air strike ..."
             r"(?:incorrectly|wrongly|erroneously|falsely|mistakenly)\s+(?:reported|stated|said|claimed|wrote)|"
             r"\ban\s+earlier\s+version\s+(?:of\s+this\s+(?:article|report|story)\s+)?(?:said|reported|stated)|"
             rf"(?:is|are|was|were)\s+(?:\w+\s+)?(?:{FALSE_WORDS})|"
             r"(?:do|does|did)\s+not\s+(?:reflect|correspond\s+to)\s+(?:the\s+)?(?:truth|reality|facts)|"
             r"(?:have|has|had)\s+no\s+basis\s+in\s+(?:fact|reality)|"
             # "no US strike took place in or around Mayadeen", "no evidence of a US strike in Mayadeen"
             # (not "no other strikes occurred that day", nor "no strikes had taken place since March")
             r"no\s+(?!(?:other|further|more|additional|new)\b)(?:[\w-]+\s+){0,2}?(?:air\s*)?(?:strikes?|raids?|airstrikes?|bombing|attacks?)\s+"
             r"(?:took\s+place|(?:has|have|had)\s+taken\s+place|happened|occurred|(?:was|were)\s+carried\s+out)(?![^.;]*\bsince\b)|"
             r"no\s+evidence\s+of\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+){0,2}?(?:air\s*)?(?:strikes?|raids?|airstrikes?|bombing)|"
             r"no\s+(?:\w+\s+){0,3}?(?:flights|sorties|missions|operations?)\s+(?:\w+\s+){0,4}?(?:were|was)\s+(?:carried\s+out|conducted|flown|made)|"
             r"no\s+(?:russian\s+|syrian\s+|coalition\s+)?(?:air\s*)?(?:strikes?|raids?)\s+(?:were|was|had\s+been)\s+carried|"
             r"no\s+(?:\w+\s+)?(?:aircraft|helicopters?|jets?|war[- ]?planes?|planes?|drones?|bombers?)\s+(?:had\s+|has\s+|have\s+)?"
             r"(?:bombed|struck|hit|targeted|attacked|raided|shelled)|"
             # "says no site in Hatleh was targeted"
             r"no\s+(?!(?:other|further|more|additional)\b)(?:\w+\s+)?(?:sites?|targets?|facilit(?:y|ies)|positions?|buildings?|locations?)\s+(?:in|at|near)\s+[^,.;:]{1,40}?\s+"
             r"(?:was|were|had\s+been|has\s+been)\s+(?:targeted|hit|struck|bombed|attacked)|"
             r"no\s+(?:\w+\s+)?(?:aircraft|helicopters?|jets?|war[- ]?planes?|planes?|drones?|bombers?)\s+(?:had\s+|has\s+|have\s+)?"
             r"(?:carried\s+out|conducted|flew|flown|made|performed)\s+(?:any\s+)?(?:\w+\s+)?(?:missions|sorties|flights|strikes?|raids?))\b")
# A modal makes a strike hypothetical only when it governs the attack ("could strike",
# "would be targeted"), not in "explosions could be seen" or "which could amount to war crimes".
HYPOTHETICAL = _re(r"\b(?:if|unless|in\s+the\s+event\s+of|(?:instead\s+of|rather\s+than)\s+(?:bombing|striking|attacking|targeting|raiding|shelling)|(?:would|will|could|might|may)\s+(?:not\s+|also\s+|soon\s+|again\s+|then\s+|still\s+)?"
                   r"(?:strike|hit|bomb|target|attack|raid|pound|shell|launch|carry\s+out|conduct|resume|continue|"
                   r"intensify|escalate|expand|use|retaliate|respond|be\s+(?:struck|hit|bombed|targeted|attacked|raided))|plans?\s+to|planning\s+to|"
                   r"threaten(?:s|ed)?\s+to|intends?\s+to|ready\s+to|prepared\s+to|should|vowed\s+to|"
                   r"in\s+case|were\s+to|preparing\s+to|warn(?:s|ed|ing)?\s+(?:of|that)\s+(?:further|more|new|fresh|future)\s+(?:air\s*)?(?:strikes|attacks|raids|bombing)|^\W*so\s+that|^\W*in\s+order\s+(?:to|that)|can\s+be\s+(?:directed|aimed|carried\s+out))\b")
# An aside that names what kind of place a name is: "Al-Atareb, a town in ...",
# "Kafrouma, a village near ..." (claims and mentions read what follows it).
SETTLEMENT_ASIDE = r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:town|village|city|district|neighbou?rhood|area|suburb|camp|hamlet)"
# Words between a strike word and a place that take the place out of the
# strike: origins, destinations, flight paths, meetings, movements.
BLOCKING_FRAMES = _re(
    r"\b(?:from|towards?|into|over|across\s+the\s+skies|skies|airspace|via|"
    r"flying|flew|took\s+off|taking\s+off|took-off|launched\s+from|based\s+(?:in|at|around|near)|stationed|deployed|"
    r"fled|fleeing|flee|evacuated|advancing|advanced|advance|marching|march|heading|headed|"
    r"met|meet|meeting|talks|summit|conference|negotiations|delegation|visit(?:ed|ing)?\s+(?:to|in)|hosted|"
    r"held\s+(?:in|talks|a\s+meeting|meetings)|moves?|moving|agreement|accord|deal|reached\s+in|signed|"
    r"briefing|press\s+conference|speaking|interview|coordinat(?:ed|ion|ing)\s+with|"
    r"envoy|ambassador|returned|return|travel(?:led|ed)?|moved|convoy|reinforcements|truce|ceasefire)\b")
FEATURE_NOUNS = _re(r"^(?:\s*(?:historic|ancient|old|eastern|western|northern|southern|main|military|central|"
                    r"famous|medieval|besieged|rebel-held))*\s*(citadel|castle|fortress|old\s+city|airport|air\s*base|"
                    r"outskirts|countryside|suburbs?|districts?|neighbou?rhoods?|quarters?|hospital|market|"
                    r"centre|center|museum|ruins|temple|mosque|university|refinery|oil\s+field|gas\s+field|dam|"
                    r"prison|bridge|road|highway|streets?)\b")
LANDMARK_SYNONYMS = {"citadel": ("citadel", "castle", "fortress"), "castle": ("castle", "citadel", "fortress"),
                     "fortress": ("fortress", "citadel", "castle"), "airbase": ("air base", "airbase", "airport"),
                     "air base": ("air base", "airbase", "airport"), "airport": ("airport", "air base", "airbase")}

# Attribution: a pattern and the canonical claimant it names.
_NOT_ANOTHER_COUNTRYS = _not_after(
    "turkish", "turkey's", "ankara's", "israeli", "israel's", "syrian", "syria's", "iranian", "iran's", "iraqi",
    "jordanian", "lebanese", "french", "british", "american", "us", "u.s.",
    "turkey’s", "ankara’s", "israel’s", "syria’s", "iran’s")
# (nor is one "in Paris")
_OTHER_CAPITALS = (r"(?:paris|london|ankara|washington|tehran|damascus|amman|beirut|baghdad|jerusalem|tel\s+aviv|"
                   r"berlin|canberra|ottawa|rome|the\s+hague|copenhagen|brussels)\b")
CLAIMANTS = [
    (_re(r"\bsyrian\s+observatory|\bobservatory\b|\bsohr\b|\brami\s+abd(?:el|ul|al)?\s*(?:-\s*)?rahman|\babdulrahman\b|"
         r"britain-based\s+monitor|british-based\s+monitor|uk-based\s+monitor|monitoring\s+group\s+said"),
     "Syrian Observatory for Human Rights"),
    (_re(r"\bkremlin\b|\bpeskov\b|\bputin\b"), "Kremlin"),
    # (the defence ministry of another country named first is not Russia's: "Ankara's defence ministry")
    (_re(rf"\b(?:russian\s+|russia['’]?s\s+)?{_NOT_ANOTHER_COUNTRYS}(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|mod)\b"
         rf"(?!\s*,?\s+in\s+{_OTHER_CAPITALS})|\bgeneral\s+staff\b|"
         r"\bkartapolov\b|\bkonashenkov\b|\brudskoy\b|\bshoigu\b|\brussian\s+(?:military|armed\s+forces|air\s+force|"
         r"aerospace\s+forces|general|generals|officers?|command)\b|\brussia['’]?s\s+military\b|"
         rf"\bthe\s+ministry\b(?!\s+of\s+defen[cs]e\s*,?\s+in\s+{_OTHER_CAPITALS})"),
     "Russian Ministry of Defence"),
    (_re(r"\bmoscow\b|\brussia\b|\brussian\s+(?:government|officials?|foreign\s+ministry)\b|\blavrov\b|\bzakharova\b"),
     "Russian government"),
    (_re(r"\bpentagon\b|\bcentcom\b|\bcentral\s+command\b|\bus-led\s+coalition\b|\bcoalition\s+(?:spokesman|said|statement|officials?)\b|"
         r"\boperation\s+inherent\s+resolve\b|\bu\.?s\.?\s+(?:military|officials?|defense\s+department)\b|"
         r"^the\s+u\.?s\.?$|\bwashington\b|\bstate\s+department\b"), "US-led coalition"),
    (_re(r"\bsana\b|\bstate\s+(?:media|television|tv|news\s+agency)\b|\bsyrian\s+(?:army|military|government|state)\b|"
         r"\bdamascus\b|\bregime\s+media\b"), "Syrian government / state media"),
    (_re(r"\bwhite\s+helmets\b|\bcivil\s+defen[cs]e\b"), "Syria Civil Defence (White Helmets)"),
    (_re(r"\bturkish\s+(?:military|army|armed\s+forces|defen[cs]e\s+ministry)\b|\bankara\b"), "Turkish government"),
    (_re(r"\bisraeli\s+(?:military|army|air\s+force)\b|\bidf\b"), "Israeli military"),
    (_re(r"\bunited\s+nations\b|\bu\.?n\.?\s+(?:office|spokesman|agency|envoy)\b|\bocha\b|\bunicef\b|\bunhcr\b"), "United Nations"),
    (_re(r"\bamnesty\b"), "Amnesty International"),
    (_re(r"\bhuman\s+rights\s+watch\b|\bhrw\b"), "Human Rights Watch"),
    (_re(r"\bmsf\b|\bm[ée]decins\s+sans\s+fronti[eè]res\b|\bdoctors\s+without\s+borders\b"), "Médecins Sans Frontières"),
    (_re(r"\bactivists?\b|\blocal\s+sources?\b|\bresidents?\b|\bwitness(?:es)?\b|\bmonitoring\s+groups?\b|\bmonitors?\b"),
     "activists / local sources"),
    (_re(r"\brebels?\b|\bopposition\b|\bjaish\b|\bahrar\b"), "armed opposition"),
    (_re(r"\bislamic\s+state\b|\bisis\b|\bisil\b|\bdaesh\b|\bamaq\b"), "Islamic State"),
]
# Actors named as the attackers, most specific first.
PERPETRATORS = [
    (_re(r"\brussian?\b|\bmoscow\b|\bsu-(?:24|25|34|35)\b"), "Russia"),
    (_re(r"\bregime\b|\bsyrian\s+(?:government|army|air\s*force|military|warplanes?|jets?|helicopters?)\b|\bassad\b|\bgovernment\s+(?:warplanes?|jets?|helicopters?|forces|aircraft)\b"), "Syrian government"),
    (_re(r"\bcoalition\b|\bu\.?s\.?-led\b|\bamerican\b|\bu\.?s\.?\s+(?:jets?|warplanes?|aircraft|drones?|strikes?)\b|\bfrench\b|\bbritish\b|\bunited\s+states\b"), "US-led coalition"),
    (_re(r"\bturkish\b|\bturkey\b"), "Turkey"),
    (_re(r"\bisraeli?\b"), "Israel"),
    (_re(r"\biraqi\b"), "Iraq"),
    (_re(r"\bjordanian\b"), "Jordan"),
]
# Numbers written as words, in tolls ("three children") and distances ("three kilometres north of").
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
                "thirty": 30, "forty": 40, "fifty": 50}
# Any word that can make a sentence matter for strikes: a sentence without
# one names no strike location and is skipped by the mention and claim stages.
RELEVANT = _Either(_re("|".join(f"(?:{p.pattern})" for p in [*STRONG, _WEAK_WORDS, AIR_AGENT, DENIAL])),
                   _TARGETS_VERB, "target")


@lru_cache(maxsize=TEXT_CACHE)
def relevant(sentence: str) -> bool:
    """Whether a sentence has a strike word, an attack verb, an aircraft or
    a denial (the mention and claim stages both ask, once each)."""
    return RELEVANT.search(sentence) is not None


# A sentence that says where the target of the sentence before it lay:
# "The workshop was located 3 km south-west of Jisr al-Shughur", "The school was in al-Karama",
# "The town, Mare'a, has been ...".
_LOCATES_PREVIOUS = _re(
    r"^\W*(?:the|this|that|these|those|its|their|it|they)\b[^.;:,]{0,60}?\b(?:(?:is|was|are|were)\s+"
    r"(?:located|situated|in)|lies|lay|lie|sits|sat|stands|stood)\b"
    # "The town, Mare'a, has been a rebel stronghold": the place named in apposition
    r"|^\W*the\s+(?:town|village|city|camp|district|neighbou?rhood)\s*,\s*(?!however|though|which|where|meanwhile|too)\w")


def locates_previous(sentence: str) -> bool:
    """Whether ``sentence`` says where the target of the sentence before it lay."""
    return _LOCATES_PREVIOUS.match(sentence) is not None


# A sentence that points back to a place the sentence before named: "Her sister
# lived in Maarat al-Nouman. In July a strike on the market there killed 40 people."
# ("there" that only says something exists, "the town of X" and "the city's
# Y district" name no place of their own)
_PLACE_ANAPHOR = _re(
    r"\b(?:the|that|this)\s+(?:town|city|village|neighbou?rhood|district|suburb|camp|hamlet)(?:'s|’s)?\b"
    r"(?!\s+(?:of|called|named|known)\b)"
    r"|(?<!from )\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|seems?|seemed|"
    r"appears?|appeared|remains?|remained|used|being|been)\b)")


# ... or to a facility it named: "Turkish jets bombed near the Meidanki dam. The ministry
# denied that any strike was carried out on the dam."
_FACILITY_ANAPHOR = _re(r"\b(?:the|that|this)\s+(?:dam|airport|air\s*base|airbase|air\s*field|airfield)\b"
                        r"(?!\s+(?:of|in|at|near|called|named)\b)")


def names_previous_place(sentence: str) -> bool:
    """Whether ``sentence`` places its strike by pointing back to the
    place the sentence before named ("the town", "there", "the dam")."""
    return _PLACE_ANAPHOR.search(sentence) is not None or _FACILITY_ANAPHOR.search(sentence) is not None


def names_previous_facility(sentence: str) -> bool:
    """Whether ``sentence`` points back only to a facility ("the dam", "the airport"), not to a town."""
    return _FACILITY_ANAPHOR.search(sentence) is not None and _PLACE_ANAPHOR.search(sentence) is None


# A list of targets: "Among the targets struck:" and then one target an item.
_LIST_MARKER = re.compile(r"^\s*(?:[-–—•*▪·]|\(?\d{1,2}[.)]|\([a-z]\))\s+")


def introduces_targets(sentence: str) -> bool:
    """Whether ``sentence`` opens a list of what was struck ("Among the targets struck:"),
    not of what shelling reached ("Following artillery shelling ..., classes are suspended in:")."""
    return sentence.rstrip().endswith(":") and relevant(sentence) and not (
        GROUND.search(sentence) and not AIR_AGENT.search(sentence) and not any(p.search(sentence) for p in STRONG))


def list_marker(sentence: str) -> int:
    """Length of the bullet or number that opens a list item ("- ", "2. "), 0 if none."""
    match = _LIST_MARKER.match(sentence)
    return match.end() if match else 0


# A target named as the subject: "A third target: a site 5 km south-west of
# Qatana", "The target was a depot near X", "the targets included warehouses at
# Damascus airport" (a strike in an air campaign).
_TARGET_NAMED = _re(
    r"^\W*(?:according\s+to\s+[^,]{1,60},\s*)?(?:a|an|the|another|one|one\s+more)\s+(?:\w+\s+)?(?:target|objective)s?\b"
    r"(?:[^:.;]{0,60}:|\s+(?:was|were|is|are)\s+(?:a|an|the)\b|\s+(?:included|include|includes)\b)")


def names_target(text: str) -> bool:
    """Whether ``text`` opens by naming a target ("A third target: ...")."""
    return _TARGET_NAMED.match(text) is not None
