"""Decide which mentions are claimed strike locations, and by whom.

Needs: an article with sentences, its mentions and its dates. Adds:
:class:`~strikemap.model.Claim` objects (one per place per claiming
sentence, and one per strike sentence that names no place) and the list
of place-like mentions that could not be placed.

The rules work clause by clause. A clause is a strike clause when it has
a strike word (air strike, raid, barrel bomb, missile, drone ...), or an
attack verb (hit, struck, targeted, destroyed ...) with an aircraft in
the sentence or an article about an air campaign; clashes and shelling
are not strikes unless aircraft do them. In a strike clause a place is a
strike location when it stands where a target stands: after a locative
preposition or a strike verb, in a list with such a place, or as the
subject of a passive ("Douma was hit"). It is not when it is a speaker
("Moscow said"), a possessor ("Russia's jets"), an origin, destination,
flight path or meeting place ("flying from Hmeimim", "talks in Vienna"),
or when it only locates another place ("Shayrat airbase near Homs",
"Al-Qaryatain in Homs province").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz

from strikemap import lexicon as lx
from strikemap.dates import sentence_date
from strikemap.gazetteer import geodesic_km
from strikemap.model import Article, Casualties, Claim, DateInfo, Mention
from strikemap.normalize import fold
from strikemap.resolver import FACILITY_KINDS
from strikemap.sentences import Sentence

__all__ = ["extract_claims", "casualties", "attribute"]

_CLAUSE_SPLIT = lx.Folded(
    r";|\s--\s|\s[—–]\s|,?\s+(?:while|whereas|although|though|meanwhile|but|amid|amidst|as\s+well\s+as)\s+"
    r"|\s+in\s+conjunction\s+with\s+|,?\s+coinciding\s+with\s+|,?\s+at\s+the\s+same\s+time\s+as\s+|,?\s+alongside\s+|,\s+(?=(?:and\s+)?(?:violent\s+|heavy\s+|fierce\s+|continuous\s+|ongoing\s+)?"
    r"(?:clashes|fighting|shelling|battles)\b)|\s+and\s+(?=(?:violent\s+|heavy\s+|fierce\s+|continuous\s+|ongoing\s+)?"
    r"(?:clashes|fighting|battles)\b)"
    r"|,\s+(?=which\s+(?:[\w'’]+\s+){1,4}?(?:denied|denies|rejected|dismissed)\b)"
    # "struck army positions after rockets were fired at Israel": what came before is another event
    r"|,?\s+(?=after\s+(?:[\w'’-]+\s+){0,3}?(?:rockets?|missiles?|shells?|mortars?|projectiles?)\s+"
    r"(?:were|was|had\s+been|has\s+been|have\s+been)\s+(?:fired|launched)\b)"
    # ", so that our strikes can be directed only at terrorists": a purpose, not what was done
    r"|,\s+(?=so\s+that\b|in\s+order\s+(?:to|that)\b)"
    # ", and an IDF aircraft struck ...": a new subject that flies starts a clause of its own
    r"|,\s+and\s+(?=(?:an?|the|two|three|several)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:aircraft|jets?|warplanes?|drones?|helicopters?|planes?)\s+(?!(?:that|which|who)\b))")
# Words that may stand between a preposition and the place it governs
# ("in the besieged rebel-held town of").
_FILLER_WORDS = (
    r"the|a|an|its|their|rebel-held|opposition-held|\w+-held|\w+-controlled|besieged|ancient|historic|"
    r"eastern|western|northern|southern|central|nearby|neighbouring|neighboring|key|strategic|desert|embattled|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|syrian|iraqi|lebanese|kurdish|border|frontline|"
    r"coastal|small|large|major|city|town|village|villages|towns|cities|area|areas|district|districts|"
    r"settlement|settlements|locality|hamlet|"
    r"neighbourhood|neighborhood|neighbourhoods|neighborhoods|suburb|suburbs|region|province|governorate|countryside|outskirts|vicinity|"
    r"surroundings|edge|edges|entrance|entrances|approaches|walls|old|hill|hills|hilltop|slopes|summit|centre|center|heart|middle|main|street|streets|square|market|marketplace|souk|part|parts|positions?|targets?|sites?|facilities|areas|of|quarter|quarters|residential|"
    r"\d+|km|kilomet(?:er|re)s?|miles?|north|south|east|west|north-?east|north-?west|south-?east|"
    r"south-?west|northeast|northwest|southeast|southwest|rural|outlying|just|about|some|several|"
    r"militant|terrorist|is|isis|rebel|jihadist")
# "the northern and western districts of": an "and" between two compass adjectives is filler too
_COMPASS_AND = r"(?<=ern )and(?=\s+(?:north|south|east|west)(?:-?(?:east|west))?ern\b)"
_FILLER_TAIL = lx.Folded(rf"(?:\s*\b(?:{_FILLER_WORDS}|{_COMPASS_AND})\b\s*)+$")
_FILLER_WORD = re.compile(_FILLER_WORDS)
_COMPASS = re.compile(r"(?:north|south|east|west)(?:-?(?:east|west))?ern")
_SLOT_WORDS = lx.Folded(
    r"\b(?:in|on|at|near|around|against|across|throughout|targeting|targeted|target|targets|struck|strike|strikes|hit|hits|hitting|"
    r"bombed|bombing|bombs|bombard|bombards|bombarded|raided|raids?|pounded|pounding|shelled|shelling|attacked|attacking|"
    r"destroyed|outside|inside|within|upon|onto|of|by|toward|hitting|striking)\s*$")
_LIST_JOIN = lx.compile_fast(r"^\s*(?:,|,?\s*and|,?\s*or|&|/)\s*(?:(?:also|then)\s+)?(?:in|on|at|near|around)?\s*$", re.I)
# a list item may carry a short description: "Kafr Hamra, a rebel rear base on the road north,
# and the town of Anadane" (no clause of its own in the description)
_DESCRIBED_JOIN = lx.compile_fast(
    r"^\s*,\s*(?:a|an|the|its)\s+(?!(?:[^,;:()]*?\b(?:where|which|who|whom|that|while|after|before|when)\b))[^,;:()]{1,60},"
    r"\s*(?:and|or)\b\s*(?:(?:also|then)\s+)?(?:in|on|at|near|around)?\s*$", re.I)
_PASSIVE_VERB = (
    r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|again|also|repeatedly|"
    r"heavily|reportedly)\s+)*[\"“]?(?:(?:hit|struck|bombed|targeted|raided|pounded|shelled|attacked|bombarded|"
    r"destroyed|razed|flattened)\b|(?:came|comes|come|was|were)\s+under\s+(?:\w+\s+){0,2}(?:attack|fire|strikes?|"
    r"bombardment|bombing|raids?)\b|(?:witnessed|witnessing|witness|saw|sees|suffered|suffers|"
    r"(?:was|were)\s+subjected\s+to)\b)")
# (an aside that tells of strikes is not skipped: "Moscow, which has carried out air strikes
# since 2015, was hit by new sanctions")
_PASSIVE = lx.compile_fast(rf"^\s*(?:,(?![^,]{{0,90}}\b(?:strikes?|raids?|bomb\w*|sorties)\b)[^,]{{0,90}},\s*)?{_PASSIVE_VERB}",
                           re.I)
# the place names a facility that was hit: "The Kafrnabel Surgical Hospital, which served
# 150,000 people, was put out of service by a series of raids"
_FACILITY_PASSIVE = lx.compile_fast(
    r"^\s*(?:[\w'’-]+\s+){0,2}?(?:hospital|clinic|school|market|mosque|bakery|church|prison|bridge|camp|"
    r"power\s+station|water\s+station|factory|refinery|port|harbou?r|terminal|dock|depot|warehouse)s?\b(?:\s*,[^;:()]{0,80}?,)?\s*"
    rf"(?:{_PASSIVE_VERB}|(?:was|were|had\s+been|has\s+been)\s+(?:put|knocked)\s+out\s+of\s+(?:service|action|use)"
    r"|(?:was|were|had\s+been|has\s+been)\s+(?:badly\s+|heavily\s+)?damaged\b)", re.I)
_SPEAKER = lx.compile_fast(
    r"^\s*(?:'s\s+\w+(?:\s+\w+)?\s+)?(?:(?:has|have|had|now|also|later|then|again|officially|on\s+\w+(?:\s+\d+)?)\s+)*"
    r"(?:said|says|say|told|claimed|claims|announced|announces|reported|stated|denied|denies|confirmed|confirms|"
    r"accused|accuses|insisted|insists|added|warned|urged|described|acknowledged|admitted|rejected|dismissed)\b", re.I)
_LOCATOR_BEFORE = lx.Folded(
    r"(?:\b(?:in|near|outside|of|inside|close\s+to|west\s+of|east\s+of|north\s+of|south\s+of|"
    r"(?:the\s+)?(?:\w+ern\s+)?countryside\s+of|province\s+of)|,)\s+(?:the\s+)?(?:\w+ern\s+)?"
    r"(?:(?:hills|mountains|desert|plain)\s+)?$")  # "Kabbaneh, in the hills north-east of Latakia"
# a named base or camp ("the Hmeimim air base near Jableh") is what the place after it locates;
# an unnamed one ("a displacement camp near Sarmada") is not a place of its own
_BASE_NOUN = lx.compile_fast(r"[A-Z0-9][\w'’-]*\s+(?i:air\s*base|airbase|airport|base|airfield|air\s+field|camp)\s*$")
_ANAPHORA = lx.compile_fast(
    r"\b(?:in\s+particular|(?:the|these|those|this|such|its|their)\s+(?:\w+\s+){0,2}?"
    r"(?:air\s*strikes?|strikes?|attacks?|raids?|bombings?|sorties|targets?|bombardment))\b", re.I)
_OTHER_STRIKES = lx.compile_fast(
    r"\b(?:other|another|further|more|remaining|rest\s+of\s+the)\s+(?:\w+\s+)?(?:air\s*strikes?|strikes?|attacks?|raids?|bombings?)\b"
    r"|\bnot\s+(?:say|said|specify|specified|know|known)\s+where\b", re.I)
# a ground force as the subject of a clause: "Rebels said they had repelled an attack on X"
_GROUND_ACTOR = lx.compile_fast(
    r"^\W*(?:\d{1,3}[.)/]\s*)?(?:[\w\s'’-]{1,30}:\s*)?(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:factions|rebels?|fighters|troops|soldiers|militants|militiamen|gunmen|"
    r"insurgents|infantry|(?:ground|regime|government|army|opposition|rebel|allied)\s+(?:forces|units|troops)|"
    # an armed group without aircraft as the subject of an attack: "ISIL attacks on the T4 perimeter"
    r"(?:isil|isis|daesh|hts|nusra|ypg|sdf|fsa|hezbollah|jihadists?)\s+(?:attacks?|attacked|assaults?|offensive|stormed|shelled))\b",
    re.I)
_PRONOUN_SPEAKER = lx.compile_fast(r"(?:^|[,\"”]\s*)(he|she|it|they)\s+(?:said|says|added|told|explained|noted|stated|claimed|concluded)\b", re.I)
_ACCORDING = lx.compile_fast(r"\baccording\s+to\s+((?:the\s+)?[^,.;\"“”]{2,80})", re.I)
_SAID_BY = lx.compile_fast(r"(?:said|says|told|added|claimed|reported|stated|announced)\s+((?:the\s+)?[A-Z][^,.;\"“”]{2,80})")
_SUBJECT_SAID = lx.compile_fast(
    r"((?:[A-Z][\w'’.-]*|the|of|for|and|other|a|an|al|el|[a-z]+-based|\s|,)+?)\s*(?:,\s*)?(?:has\s+|have\s+|had\s+|also\s+|later\s+|now\s+|on\s+\w+\s+)*"
    r"(?:said|says|say|told|claimed|claims|announced|reported|stated|denied|denies|confirmed|insisted|explained)\b")
_NUMBER_WORDS = {**lx.NUMBER_WORDS, "dozen": 12, "dozens": 24, "scores": 40, "hundreds": 200, "several": 3, "tens": 20}
_VAGUE = {"dozen", "dozens", "scores", "hundreds", "several", "tens"}
_NUM = r"(\d[\d,]*(?:\s*(?:-|–|to|and)\s*\d[\d,]*)?|" + "|".join(_NUMBER_WORDS) + r")"
# (run on the lower-cased clause: the figures' own text is read from the clause at the match's offsets)
_CASUALTY = lx.Folded(
    rf"\b(?:(at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to|between)\s+)?{_NUM}\s+"
    r"((?:\w+\s+){0,3}?)(?:(?:were|was|have\s+been|had\s+been|are|being)\s+)?"
    r"(killed|dead|died|deaths|wounded|injured|injuries|casualties)\b"
    rf"|\b(killing|wounding|injuring|left)\s+(?:(at\s+least|more\s+than|over|about|around|some|nearly|up\s+to)\s+)?{_NUM}\s*"
    r"((?:\w+\s+){0,3}?)(?:dead)?"
    rf"|\b(killed|kills|kill|wounded|wounds|injured|injures)\s+(?:(at\s+least|more\s+than|over|about|around|some|nearly|almost|up\s+to)\s+)?{_NUM}\b"
    r"(?!\s*(?:km|kilomet|miles?|%|percent|hours?|days?|times|years?)\b)"
    r"((?:\s+(?!(?:and|or|in|on|at|near|when|after|as|while|wounded|injured|killed)\b)\w+){0,3})")
_CIVILIAN = lx.compile_fast(r"\b(?:civilians?|children|women|residents|family|families)\b", re.I)


@dataclass(slots=True)
class _Clause:
    start: int
    end: int
    text: str
    attack: str
    strike: bool
    hypothetical: bool
    denial: bool


_NEGATED = lx.Folded(
    r"\bno\s+(?:\w+\s+)?(?:air\s*)?(?:raids?|strikes?|airstrikes?|bombing)\s+(?:were\s+|was\s+|have\s+been\s+|had\s+been\s+)?"
    r"(?:reported|recorded|documented)|\bwith\s+no\s+(?:air\s*)?(?:raids?|strikes?)\b|"
    r"\b(?:recorded|documented|reported|observed|monitored|saw|seen)\s+no\s+(?:\w+\s+)?(?:air\s*)?(?:raids?|strikes?|airstrikes?|bombing)\b|"
    r"\b(?:air\s*)?(?:raids?|strikes?|airstrikes?|bombing|bombardment)\s+(?:have\s+|has\s+|had\s+)?"
    r"(?:stopped|halted|ceased|paused|ended|been\s+(?:suspended|halted|stopped))\b|"
    r"\b(?:did|does|do)\s+not\s+involve\s+(?:any\s+)?(?:aircraft|warplanes|planes|jets|drones|air\s*strikes)\b")

# a place said not to have been hit
# an attack stopped in the air, and said to have done nothing: "a one-way drone shot down short of
# the garrison, no damage" ("our air defences intercepted the missiles" alone still tells of an attack;
# so does "intercepted most missiles; one hit a depot")
_INTERCEPTED = lx.Folded(r"\b(?:intercepted|intercepting|shot\s+down|downed|brought\s+down)\b")
_NOTHING_HIT = lx.Folded(r"\bno\s+(?:material\s+)?damage\b|\bwithout\s+(?:causing\s+)?(?:any\s+)?damage\b|"
                         r"\bshort\s+of\b|\bbefore\s+(?:it|they)\s+(?:reached|could)\b")
# "intercepted most of them": some got through
_PARTLY = lx.Folded(r"\b(?:most|some|several|many|part|a\s+number|the\s+majority)\s+of\s+(?:them|the)\b")
_IMPACT = lx.Folded(r"\b(?:hit|hits|struck|bombed|raided|pounded|shelled|killed|killing|wounded|wounding|injured|injuring|damaged|destroyed|"
                    r"landed|fell|exploded|impact(?:ed)?)\b")
_NOT_HIT = lx.Folded(
    r"\b(that\s+|which\s+)?(?:(?:was|were|is|are|has|have|had)\s+not|wasn't|weren't|isn't|aren't|hasn't|haven't|hadn't)\s+"
    r"(?:been\s+)?(?:\w+\s+)?(?:hit|struck|targeted|bombed|attacked|raided)\b")


@lru_cache(maxsize=lx.TEXT_CACHE)
def _attack_type(text: str) -> str | None:
    for name, pattern in lx.ATTACK_TYPES:
        if pattern.search(text):
            return name
    return None


def _clauses(sent: Sentence, air_context: bool) -> list[_Clause]:
    """The sentence's clauses, each with what it says about strikes."""
    return [_Clause(sent.start + c.start, sent.start + c.end, c.text, c.attack, c.strike, c.hypothetical, c.denial)
            for c in _clause_template(sent.text, air_context)]


_QUOTE_MARK = re.compile(r"[\"“”]")


@lru_cache(maxsize=lx.TEXT_CACHE)
def _clause_template(text: str, air_context: bool) -> tuple[_Clause, ...]:
    """Clauses of a sentence as if it started at 0 (a repeated sentence is
    read once; never changed: callers copy)."""
    out = []
    pos = 0
    pieces = []
    for m in _CLAUSE_SPLIT.finditer(text):
        if m.group(0).strip().lower() == "and" and _bare_attack(text[pos:m.start()]):
            continue  # "Air strikes and clashes in Aleppo": one place for both
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    air_in_sentence = bool(lx.AIR_AGENT.search(text))
    stopped = bool(_NOTHING_HIT.search(text) and _INTERCEPTED.search(text)) and not _IMPACT.search(text) \
        and not _PARTLY.search(text)
    other_sense = lx.other_sense(text) and not air_in_sentence and not lx.AIR_ATTACK_NAMED.search(text)
    for a, b in pieces:
        piece = text[a:b]
        if not piece.strip():
            continue
        ground = lx.GROUND.search(piece)
        attack = _attack_type(piece)
        agent = lx.AIR_AGENT.search(piece)
        weak = lx.WEAK.search(piece)
        strike = False
        if attack:
            strike = True
        elif weak and (agent or ((air_in_sentence or air_context) and not ground
                                 and not _GROUND_ACTOR.match(piece))):  # "rebels destroyed a tank"
            strike = True
            attack = "air_strike"
        elif agent and lx.AGENT_VERBS.search(piece) and not ground:
            strike = True
            attack = "drone" if re.search(r"\bdrones?\b", agent.group(0), re.I) else "air_strike"
        elif (air_context or air_in_sentence) and not ground and lx.names_target(piece):
            strike = True  # "A third target, according to the Observatory: a site 5 km south-west of Qatana"
            attack = "air_strike"
        if strike and ground and not agent and not attack_explicit(piece):
            strike = False
        plain = _QUOTE_MARK.sub(" ", piece)  # (same offsets): 'its aircraft had "not struck Telbisseh"'
        if strike and _WITHOUT_STRIKING.search(plain) and not _strikes(_WITHOUT_STRIKING.sub(" ", plain), air_context):
            strike = False  # "Russian aircraft flew over Tafas at low altitude, without striking"
        if strike and (other_sense or stopped
                       or _NEGATED.search(plain) and not re.search(r"\b(?:but|although)\b", piece, re.I)):
            strike = False
        # "did not strike any civilian target in Ras al-Ain, only terrorist positions" denies what
        # was struck, not that a strike fell there
        # (what is left once "did not deny ..." and "never struck any civilian targets ..." are taken out)
        denial = bool(lx.DENIAL.search(_CIVILIANS_DENIED.sub(" ", _NOT_DENIED.sub(" ", plain))))
        if not strike and _NO_FLIGHT.search(plain):
            strike = denial = True  # "no aircraft had flown over Azaz": denies the raid there
            attack = attack or "air_strike"
        not_hit = _NOT_HIT.search(plain) if strike and not denial else None
        if not_hit:
            # "the hospital was not struck, the ministry said" denies a strike;
            # "an area that has not been hit" and "the town has not been bombed since
            # the spring, residents say" only say where or when none fell
            denial = not not_hit.group(1) and bool(_SPEECH_VERB.search(text)) and not _SPAN_OF_TIME.match(piece, not_hit.end())
            strike = denial
        out.append(_Clause(a, b, piece, attack or "", strike, bool(lx.HYPOTHETICAL.search(piece)), denial))
    return tuple(out)


_WITHOUT_STRIKING = re.compile(r"\bwithout\s+(?:striking|bombing|attacking|firing|dropping)\b(?:\s+any)?", re.I)


def _strikes(text: str, air_context: bool) -> bool:
    """Whether ``text`` names an attack from the air (a strike word, or an attack verb with aircraft)."""
    return bool(_attack_type(text) or lx.WEAK.search(text) and (air_context or lx.AIR_AGENT.search(text)))


_SPAN_OF_TIME = lx.compile_fast(r"\s+(?:since|for\s+(?:\w+\s+)?(?:days|weeks|months|years)|in\s+(?:\w+\s+)?(?:days|weeks|months|years))\b",
                                re.I)


def _bare_attack(text: str) -> bool:
    """A clause that is only a named air attack ("Renewed Russian air strikes")."""
    spans = sorted(m.span() for pattern in lx.STRONG for m in pattern.finditer(text))
    if not spans:
        return False
    rest, pos = [], 0
    for start, end in spans:
        rest.append(text[pos:max(pos, start)])
        pos = max(pos, end)
    rest.append(text[pos:])
    return len(" ".join(rest).split()) <= 2


def attack_explicit(text: str) -> bool:
    """Whether the clause names an aerial attack outright (not just "hit")."""
    return any(p.search(text) for p in lx.STRONG)


@lru_cache(maxsize=lx.TEXT_CACHE)
def casualties(text: str) -> Casualties:
    """Killed and wounded figures as stated in a clause.

    >>> casualties("killing at least 23 people").killed_min
    23
    >>> casualties("23-30 dead").killed_max
    30
    >>> bool(casualties("no one"))
    False
    """
    killed: list[tuple[int, int | None]] = []
    wounded: list[tuple[int, int | None]] = []
    civ = None
    texts = []
    for m in _CASUALTY.finditer(text):
        if m.group(4):
            qual, num, who, verb = m.group(1), m.group(2), m.group(3), m.group(4).lower()
        elif m.group(9):  # "strikes killed 7 people"
            qual, num, who = m.group(10), m.group(11), m.group(12)
            verb = "killed" if m.group(9).lower().startswith("kill") else "wounded"
        else:
            verb0, qual, num, who = m.group(5).lower(), m.group(6), m.group(7), m.group(8)
            verb = {"killing": "killed", "wounding": "wounded", "injuring": "injured", "left": "killed"}[verb0]
            if verb0 == "left" and "wounded" in text[m.end():m.end() + 12].lower():
                verb = "wounded"
        lo, hi = _number(num, qual)
        if lo is None:
            continue
        texts.append(" ".join(text[m.start():m.end()].split()))
        if verb in ("killed", "dead", "died", "deaths", "casualties"):
            killed.append((lo, hi))
            if who and _CIVILIAN.search(who) and "fighter" not in who.lower():
                civ = lo if civ is None else max(civ, lo)
        else:
            wounded.append((lo, hi))
    if not texts:
        return Casualties()
    k = max(killed, default=(None, None), key=lambda x: x[0])
    w = max(wounded, default=(None, None), key=lambda x: x[0])
    return Casualties(k[0], k[1], w[0], w[1], civ, "; ".join(texts))


def _number(num: str, qual: str | None) -> tuple[int | None, int | None]:
    num = num.lower().strip()
    qual = (qual or "").lower()
    if num in _NUMBER_WORDS:
        value = _NUMBER_WORDS[num]
        vague = num in _VAGUE or qual in ("at least", "more than", "over")
        return value, (None if vague else value)
    parts = re.split(r"\s*(?:-|–|to|and)\s*", num)
    try:
        values = [int(p.replace(",", "")) for p in parts if p]
    except ValueError:
        return None, None
    if len(values) == 2 and values[1] >= values[0]:
        return values[0], values[1]
    if qual.startswith("up"):
        return 0, values[0]
    return values[0], (values[0] if not qual or qual in ("about", "around", "some") else None)


_KNOWN_WORDS = [(known, canonical) for pattern, canonical in lx.CLAIMANTS
                for known in re.findall(r"\\b([a-z]{6,})\\b", pattern.pattern)]


@lru_cache(maxsize=20_000)
def _canonical(name: str) -> str:
    name = " ".join(name.split()).strip(" ,.'\"“”")
    if not name or name.lower() in _PRONOUNS:
        return ""
    for pattern, canonical in lx.CLAIMANTS:
        if pattern.search(name):
            return canonical
    # Typos of known names ("Kartapoloc"): compare word by word.
    for word in re.findall(r"[A-Za-z]{6,}", name):
        for known, canonical in _KNOWN_WORDS:
            if fuzz.ratio(word.lower(), known) >= 85:
                return canonical
    words = name.split()
    if len(words) > 8 or not words or not (words[0][0].isupper() or words[0].lower() in ("the", "a", "an")):
        return ""
    return " ".join(words[-6:])


# "Reports spread by X that ... are false": the reports are X's claim, the sentence denies it
_REPORTS_THAT = lx.compile_fast(
    r"\b(?:reports?|claims?|statements?|allegations?|accusations?|accounts?)\s+"
    r"(?:(?:\w+\s+)?(?:by|from|of|on)\s+([^,;]{2,80}?)\s+)?that\b[^;]*?\b(?:is|are|was|were)\s+(?:\w+\s+)?"
    rf"(?:{lx.FALSE_WORDS})\b", re.I)


def _reported_by(text: str) -> str | None:
    """Who made the claim a clause calls false ("unattributed" when it says
    only "reports"), or None when the clause denies no reported claim."""
    found = _REPORTS_THAT.search(text)
    if found is None:
        return None
    return (_canonical(found.group(1)) if found.group(1) else "") or "unattributed"


@lru_cache(maxsize=lx.TEXT_CACHE)
def attribute(text: str) -> str | None:
    """The claimant a sentence or clause names, canonicalised, or ``None``.

    >>> attribute("the Observatory said at least 10 people were killed")
    'Syrian Observatory for Human Rights'
    >>> attribute("Jets struck Douma") is None
    True
    """
    m = _ACCORDING.search(text)
    if m:
        return _canonical(m.group(1))
    for verb in _SPEECH_VERB.finditer(text):
        before = text[:verb.start()]
        if re.search(r"[,\"”]\s*$", before):
            inverted = _SAID_BY.match(text[verb.start():])
            if inverted:
                found = _canonical(inverted.group(1))
                if found:
                    return found
        segment = _SEGMENT_END.split(before)[-1]
        segment = _AUXILIARY_TAIL.sub("", segment).strip(" ,")
        words = segment.split()
        if not words or (len(words) == 1 and words[0].lower() in _PRONOUNS):
            inverted = _SAID_BY.match(text[verb.start():])
            if inverted and re.search(r"(?:^|[,\"”])\s*$", before):
                return _canonical(inverted.group(1))
            if words:
                return None
            continue
        if words[-1].lower() in _PRONOUNS or words[0].lower() in _PRONOUNS and len(words) <= 2:
            return None
        found = _canonical(segment) or ("," in segment and _canonical(segment.rsplit(",", 1)[1]))
        if found:
            return found
    return None


_SPEECH_VERB = lx.compile_fast(
    r"\b(?:said|says|say|told|claimed|claims|announced|announces|reported|stated|added|confirmed|insisted|"
    r"explained|denied|denies|noted|concluded|accused|accuses|acknowledged|admitted)\b")
# (no full stop: inside a sentence it ends an abbreviation, "U.S. officials said")
_SEGMENT_END = lx.compile_fast(r"[;:\"“”]|\bthat\b|\bwhile\b|\bbut\b")
_AUXILIARY_TAIL = lx.compile_fast(
    r"(?:\s+(?:has|have|had|also|later|now|then|again|officially|on\s+\w+(?:\s+\d+)?|in\s+a\s+statement(?:\s+on\s+\w+(?:\s+\d+)?)?))+\s*$",
    re.I)
_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you"}


class _Attribution:
    """Speaker tracking across an article: quotes and pronouns."""

    def __init__(self, article: Article):
        self.last_person = None
        self.last_org = None
        self.quotes = _quote_speakers(article.text)  # in text order, never overlapping
        self._quote_starts = [qs for (qs, _qe), _s in self.quotes]

    def _quote_at(self, pos: int) -> tuple[bool, str | None]:
        """Whether ``pos`` lies inside a quotation, and who is said to speak it."""
        i = bisect.bisect_right(self._quote_starts, pos) - 1
        if i >= 0 and pos < self.quotes[i][0][1]:
            return True, self.quotes[i][1]
        return False, None

    def claimant(self, sent: Sentence, clause_text: str, context: str | None = None) -> str:
        """Who makes the clause's claim: a speaker in the clause, else in
        ``context`` (default: the sentence), else the quote or pronoun."""
        found = attribute(clause_text) or attribute(sent.text if context is None else context)
        if found:
            return found
        pronoun = _PRONOUN_SPEAKER.search(sent.text)
        if pronoun:
            return self._pronoun(pronoun.group(1))
        _inside, speaker = self._quote_at(sent.start)
        if speaker:
            return self._pronoun(speaker[8:]) if speaker.startswith("pronoun:") else speaker
        return "unattributed"

    def _pronoun(self, word: str) -> str:
        word = word.lower()
        first = self.last_person if word in ("he", "she") else self.last_org
        return first or self.last_org or self.last_person or "unattributed"

    def update(self, sent: Sentence) -> None:
        inside, speaker = self._quote_at(sent.start)
        speaks, person = _speech(sent.text)
        if not speaks and not inside:
            return
        found = attribute(sent.text)
        if not found and speaker and not speaker.startswith("pronoun:"):
            found = speaker
        if found and found != "unattributed":
            if person:
                self.last_person = found
            self.last_org = found


_PERSON = lx.compile_fast(r"\b(?:he|she|general|gen|col|spokesman|official|minister|president|head)\b", re.I)


@lru_cache(maxsize=lx.TEXT_CACHE)
def _speech(text: str) -> tuple[bool, bool]:
    """Whether a sentence reports speech, and whether it names a person."""
    return bool(_SPEECH_VERB.search(text) or _ACCORDING.search(text)), bool(_PERSON.search(text))


_QUOTE = lx.compile_fast(r"[\"“]([^\"“”]{20,3000}?)[\"”]")
_SAID_BEFORE = lx.compile_fast(r"([^.\"”]{3,120}?)\s+(?:said|says|told|added|stated)\s*[,:]?\s*$")
_SAID_TAIL = lx.compile_fast(r"\s(?:said|says|told|added|stated)\s*[,:]?\s*$")


def _said_at_end(text: str) -> bool:
    """Whether ``text`` ends with "... said" (",", ":" and spaces after it
    allowed): the cheap test before ``_SAID_BEFORE``'s lazy search, which
    tries every start."""
    core = text.rstrip()
    if core.endswith((",", ":")):
        core = core[:-1].rstrip()
    return bool(_SAID_TAIL.search(text, max(0, len(core) - 8)))


def _quote_speakers(text: str) -> list[tuple[tuple[int, int], str | None]]:
    """Quoted passages and who is said to have said them."""
    out = []
    for m in _QUOTE.finditer(text):
        after = text[m.end():m.end() + 120].split("\n")[0]
        before = text[max(0, m.start() - 160):m.start()].split("\n")[-1]
        speaker = None
        tail = re.match(r"\s*,?\s*(.{0,100}?)\s+(?:said|says|told|added|explained|stated|claimed)\b", after)
        if tail and tail.group(1).strip().lower() in _PRONOUNS:
            speaker = "pronoun:" + tail.group(1).strip().lower()
        elif tail and tail.group(1).strip():
            speaker = _canonical(tail.group(1))
        elif _said_at_end(before):
            said = _SAID_BEFORE.search(before)
            if said:
                speaker = attribute(said.group(0))
        out.append(((m.start(), m.end()), speaker))
    return out


def _strip_filler(text: str) -> str:
    """``text`` without its trailing filler words ("the besieged town of").

    The same as ``_FILLER_TAIL.sub("", text)``, read from the end: each
    run of word characters and hyphens before the cut so far is taken
    whole if it is a filler word; otherwise its shortest tail that is
    one, if any, ends the cut ("pro-regime-held"). A search of the
    pattern would try every position of the text.
    """
    low = text.lower()
    if len(low) != len(text) or not text.isascii() and ("ı" in low or "ſ" in low):
        match = _FILLER_TAIL.search(text)  # case folding moves or widens characters here
        return text[:match.start()] if match else text
    cut = pos = len(low)
    after = ""  # the filler word just taken
    while True:
        end = pos
        while end and low[end - 1].isspace():
            end -= 1
        run = end
        while run and (low[run - 1].isalnum() or low[run - 1] in "_-"):
            run -= 1
        word = next((k for k in range(run, end) if (k == run or low[k - 1] == "-") and low[k] != "-"
                     and _FILLER_WORD.fullmatch(low, k, end)), None)
        if word is None and low[run:end] == "and" and low[max(0, run - 4):run] == "ern " and _COMPASS.fullmatch(after):
            word = run  # "the northern and western districts of"
        if word is None:
            return text[:cut]
        after = low[word:end]
        cut = word
        while cut and low[cut - 1].isspace():
            cut -= 1
        if word != run:
            return text[:cut]
        pos = cut


def _slot_before(text: str) -> bool:
    """Whether the words before a place make it the target of an action."""
    stripped = _strip_filler(text)
    # the pattern is one word at the very end: search only the tail
    return bool(_SLOT_WORDS.search(stripped, max(0, len(stripped.rstrip()) - 16)))


# what may stand between a place and its locator: "Al-Atareb, a town in the western
# Aleppo countryside", "25 km east of al-Sukhneh, in the eastern countryside of Homs"
_APPOSITION = lx.compile_fast(rf",\s*(?:{lx.SETTLEMENT_ASIDE}\s*(?:in|near|of)?|in|near|inside|within)?\s*$", re.I)
# where a statement was made: "said in Moscow", "Iran's foreign ministry in Tehran"
_VENUE = lx.compile_fast(
    r"(?:\b(?:said|says|say|told(?:\s+(?!of\b|about\b|how\b)\w+){0,2}?|announced|stated|speaking|spoke|statement|briefing|"
    r"(?:news|press)\s+conference|(?:statement|communiqu[eé]|briefing)\s+(?:released|issued|published|read\s+out|given))|(?:'s|’s)\s+(?:[\w-]+\s+){0,2}?(?:ministry|government|parliament|office))"
    r"\s*,?\s+in\s+(?:the\s+)?$", re.I)


# where the speaker is based: "The NGO, which has its headquarters in London, ...", "the authorities in Damascus",
# "Russian Defence Ministry in Moscow: ..."
_BASED_IN = lx.compile_fast(
    r"\b(?:headquarters|headquartered|head\s+office|offices?|bureau|based|registered|authorities|government)\s+"
    r"(?:is\s+|are\s+)?in\s+(?:the\s+)?$", re.I)


# a reporter, ministry or officials in a place, telling of a strike: where they are
_REPORTER_IN = lx.compile_fast(r"\b(?:our|a|an|the|its|their)\s+(?:\w+\s+)?(?:correspondents?|reporters?|journalists?|"
                               r"stringers?|monitors?)\s+in\s+(?:the\s+)?$", re.I)
_SEAT_IN = lx.compile_fast(r"\b(?:ministry|ministries|officials|diplomats|spokes(?:man|woman|person))\s+in\s+(?:the\s+)?$", re.I)
_REPORTS = lx.compile_fast(r"\s*(?::|(?:,[^,]{0,40},\s*)?(?:\w+ly\s+)?(?:said|says|reports?|reported|told|tells|wrote|writes|"
                           r"confirmed|confirms|saw|sees|heard|hears|stated|states|announced|claimed|claims|insisted)\b)", re.I)
# a place inside the source of a report: "according to the Defence Ministry in Ankara, ..."
_IN_SOURCE = lx.compile_fast(r"\baccording\s+to\s+[^,.;:\"“”]{0,80}$", re.I)


# "In Washington, officials warned that ...": a sentence that opens on where its speakers are
_OPENING_IN = lx.compile_fast(r"^\W*in\s+(?:the\s+)?$", re.I)
_SPEECH_AFTER = lx.compile_fast(
    r"^\s*,\s*(?-i:the\s+|a\s+|an\s+|The\s+|A\s+|An\s+|[a-z]|[A-Z]\w*['’]s\s|[A-Z]\w*\s+(?:officials|sources|diplomats|spokes\w+)\s)"
    r"(?:[\w'’.-]+\s+){0,3}?(?:has\s+|have\s+)?(?:said|says|say|warned|warns|told|announced|stated|insisted|"
    r"argued|added|claimed|declared|confirmed|acknowledged|described|denied|rejected|dismissed|called)\b", re.I)


_OWN_FORCES = lx.compile_fast(r"\s*(?:that\s+)?(?:its|their|our)\s+(?:\w+\s+)?(?:aircraft|air\s*force|aviation|jets|"
                              r"war\s*planes|planes|bombers|drones|helicopters|pilots|forces)\b", re.I)


def _venue(before: str, after: str, place_after: bool) -> bool:
    """Whether a place is only where someone spoke: "the ministry said in
    Moscow", "Russia's defence ministry, in Moscow, says", "according to
    activists in Idlib", and "In Washington, officials said ..." when the
    clause names another place (``place_after``: a town of its own, not
    "in Aleppo province") or the speakers speak of their own forces ("In
    Moscow, the ministry said its aircraft flew 88 sorties"); otherwise
    ("In Idlib, rescuers said jets hit the market"), or when a named actor
    speaks ("In Aleppo, Moscow said it hit ..."), the opening place is the
    target's."""
    if _VENUE.search(before, max(0, len(before) - 80)) or _IN_SOURCE.search(before, max(0, len(before) - 100)):
        return True
    if _OPENING_IN.match(before) and (speech := _SPEECH_AFTER.match(after)) and (
            place_after or _OWN_FORCES.match(after, speech.end())):
        return True
    after = after.lstrip()
    return after.startswith(",") and bool(_SPEAKER.match(after[1:]) and re.search(r",\s*in\s+$", before))


_DISTANCE_TAIL = lx.compile_fast(r"\s+(?:about\s+|some\s+|around\s+)?\d[\d.,]*\s*(?:km|kilomet(?:er|re)s?|miles?)$", re.I)


def _is_locator(mention: Mention, previous: list[Mention], sent_text: str, offset: int,
                regions: dict[int, str | None]) -> bool:
    """Whether the mention only says where the place before it lies.

    ``regions`` gives the governorate of each mention (by ``id``; None
    when it is unresolved): across an aside ("X, a town in the countryside
    of Y", "X, in Y") Y locates X only when both lie in one governorate;
    otherwise they are a list ("20 km east of Aleppo, in the countryside
    of Idlib, in Hama"). When X could not be placed, "near Y" or "south-east
    of Y" is where the text puts the strike, and Y is taken.
    """
    before = sent_text[:mention.phrase_start - offset]
    # the pattern ends the text and is short: search only the tail
    locator = _LOCATOR_BEFORE.search(before, max(0, len(before) - 80))
    if not locator and mention.precision in ("near", "offset"):  # "the town of X near Y", "X airport west of Y"
        before = sent_text[:mention.start - offset]
        locator = _LOCATOR_BEFORE.search(before, max(0, len(before) - 80))
    if not locator and mention.precision not in ("admin1", "area"):
        return False
    prefix = before[:locator.start()] + before[locator.end():] if locator else before
    prefix = _DISTANCE_TAIL.sub("", re.sub(r"(?:'s|’s)?\s*$", "", prefix))  # "X 10 km south of Y"
    bare = _APPOSITION.sub("", prefix)
    aside = bare != prefix.rstrip()
    prefix = bare
    if _BASE_NOUN.search(prefix):
        # "the T4 airbase near Palmyra": a base the gazetteer could not place is near Palmyra
        named = any(regions.get(id(p)) is not None for p in previous if p.end - offset >= len(prefix.rstrip()) - 30)
        return named or mention.precision not in ("near", "offset")
    if not locator and re.search(r"(?:'s|’s)\s*$", before):
        return False  # "Syria's al-Bab area": the place before holds this one
    for prev in previous:
        if mention.precision == "admin1" and prev.precision == "admin1" or (
                mention.precision == prev.precision == "area" and mention.qualifier == prev.qualifier):
            continue  # "the provinces of Aleppo, Idlib", "the Raju and Cinderes regions": a list, not a locator
        if prev.end - offset <= len(before) and prefix.rstrip().endswith(sent_text[prev.start - offset:prev.end - offset]):
            if aside and regions.get(id(prev)) and regions.get(id(mention)) and regions[id(prev)] != regions[id(mention)]:
                return False
            if id(prev) in regions and regions[id(prev)] is None and mention.precision in ("near", "offset"):
                return False
            gap = before[len(prefix):]
            if prev.precision == "exact":  # "Kafrouma, near Maarat al-Numan", not "in Syria, near Abu Kamal"
                gap += sent_text[mention.phrase_start - offset:mention.start - offset]
            if gap.lstrip().startswith(","):
                return mention.precision in ("admin1", "area", "offset") or bool(re.match(r"\s*,\s*(?:in|near)\b", gap))
            return True
    return False


def extract_claims(article: Article, mentions: list[Mention], *, air_context: bool | None = None
                   ) -> tuple[list[Claim], list[Mention]]:
    """Claims of the article, and mentions that could not be placed.

    Parameters
    ----------
    article : Article
        With sentences and metadata (dates).
    mentions : list of Mention
        The article's mentions from :func:`strikemap.mentions.find_mentions`.
    air_context : bool, optional
        Whether the article is about an air campaign (weak attack verbs
        such as "hit" then count as strikes). Default: decided from the
        text (two or more strike words).

    Returns
    -------
    (claims, unresolved) : tuple of lists
    """
    if air_context is None:
        air_context = _air_context(article.text)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    claims: list[Claim] = []
    unresolved: list[Mention] = []
    attribution = _Attribution(article)
    recent: list[tuple[int, list[Claim]]] = []
    last: tuple[int, list[Claim]] = (-2, [])
    last_claim = -10
    reference = article.meta.reference
    lead: Sentence | None = None  # the sentence that opened a list of targets, while its items run
    for index, sent in enumerate(article.sentences):
        sent_mentions = by_sentence.get(index, [])
        item = sent
        marker = lx.list_marker(sent.text) if lead is not None else 0
        if not marker:
            lead = sent if lx.introduces_targets(sent.text) else None
        elif not lx.relevant(sent.text):
            # "Among the targets struck: - a hangar at the Hama military airport": each item is a target
            sent = Sentence(sent.start + marker - len(_ITEM_STRUCK), sent.end, _ITEM_STRUCK + sent.text[marker:])
        if not sent_mentions and not lx.relevant(sent.text):
            attribution.update(sent)
            continue
        clauses = _clauses(sent, air_context)
        sent_claims: list[Claim] = []
        sent_date = sentence_date(sent.text, reference)
        if sent_date is None:
            sent_date = DateInfo(reference.earliest, reference.latest,
                                 f"{_ARTICLE_DATE} ({reference.source})" if reference.source else "",
                                 "low" if reference.confidence != "high" else "medium", reference.month_day)
        strike_places: list[tuple[Mention, _Clause]] = []
        unplaced: list[Mention] = []  # taken as strike places, but the gazetteer lacks them
        choices, countries = _choose_places(sent.text, air_context, tuple(
            (m.start - sent.start, m.end - sent.start, m.phrase_start - sent.start, m.phrase_end - sent.start,
             m.precision, m.qualifier, m.role, m.resolution.place.admin1 if m.resolution else None)
            for m in sent_mentions))
        for clause, choice in zip(clauses, choices):
            accepted: list[Mention] = []
            for k, ok, reason, precision, qualifier in choice:
                m = sent_mentions[k]
                if ok:
                    m.precision, m.qualifier = precision, qualifier
                    accepted.append(m)
                elif reason and m.resolution is None:
                    m.reason = reason
            for m in accepted:
                if m.precision == "country":
                    continue
                if m.resolution is None:
                    m.reason = m.reason or "no gazetteer match"
                    m.context = sent.text
                    unresolved.append(m)
                    unplaced.append(m)
                    found = _city_of(m, clause, sent_mentions)
                    if found:  # "the Bustan al-Qasr neighbourhood of Aleppo": near Aleppo
                        strike_places.append((_in_city(*found), clause))
                else:
                    strike_places.append((m, clause))
        strike_places = _demote_context(_parts_of_cities(strike_places, sent_mentions))
        strike_places += _labelled(clauses, strike_places, sent_mentions, sent, unplaced)
        passed_over = {id(sent_mentions[k]) for choice in choices for k, ok, reason, _p, _q in choice
                       if not ok and reason in _PASSED_OVER}
        strike_places += _area_references(clauses, strike_places, sent_mentions, passed_over)
        clause_claimants: dict[int, str] = {}
        tolls = _tolls(strike_places)
        asserting = _asserting_text(clauses)
        for m, clause in strike_places:
            claimant = clause_claimants.get(clause.start)
            if claimant is None:
                claimant = clause_claimants[clause.start] = attribution.claimant(
                    sent, clause.text, None if clause.denial else asserting)
            stance = "denied" if clause.denial else "asserted"
            sent_claims.append(_claim(article, sent, m, clause, claimant, stance, sent_date, toll_text=tolls.get(id(m))))
            reporter = _reported_by(clause.text) if clause.denial else None
            if reporter is not None:  # "Reports by X that jets struck Y are false": X asserts it
                sent_claims.append(_claim(article, sent, m, clause, reporter, "asserted", sent_date,
                                          toll_text=tolls.get(id(m))))
        # "... but the Kremlin denied those reports": a denial that names no place.
        for clause in clauses:
            if clause.denial and not any(c.start <= m.start < c.end for m, c in strike_places for c in [clause]):
                targets = [(m, c) for m, c in strike_places if c is not clause and not c.denial]
                if targets and re.search(r"\b(?:reports?|claims?|allegations?|accounts?|it|this|that|them|which|strikes?|attacks?)\b", clause.text, re.I):
                    denier = attribute(clause.text) or _canonical(clause.text.split(" denied")[0])
                    for m, c in targets:
                        sent_claims.append(_claim(article, sent, m, clause, denier, "denied", sent_date, attack=c.attack))
        strike_clauses = [c for c in clauses if c.strike and not (c.hypothetical and not c.denial)]
        if strike_clauses and not strike_places:
            places = [m for m in sent_mentions if m.resolution and m.precision != "country" and not m.role
                      and not _speaks(m, clauses)]
            # "the other raids" are not the ones just named
            anaphoric = bool(_ANAPHORA.search(sent.text)) and not _OTHER_STRIKES.search(sent.text)
            prior = recent[-1][1] if recent and index - recent[-1][0] <= 3 else None
            clause = strike_clauses[0]
            if anaphoric and not places and prior and not any(m.precision == "country" for m in sent_mentions):
                claimant = attribution.claimant(sent, clause.text)
                if claimant == "unattributed":
                    claimant = prior[0].claimant
                seen = set()
                for c in prior:
                    if c.place_id in seen or c.stance != "asserted":
                        continue
                    seen.add(c.place_id)
                    follow = _claim(article, sent, c.mention, clause, claimant, "asserted", sent_date)
                    follow.follow_on = True
                    sent_claims.append(follow)
            elif not places and (pointed := _place_pointed_back(article, index, by_sentence)
                                 or (None if unplaced else _label_before(article, index, by_sentence))) is not None:
                # "Her sister lived in Maarat al-Nouman. A strike on the market there killed 40."
                claimant = attribution.claimant(sent, clause.text)
                stance = "denied" if clause.denial else "asserted"
                claim = _claim(article, sent, pointed, clause, claimant, stance, sent_date)
                named = article.sentences[pointed.sentence]
                sent_claims.append(replace(claim, sentence=article.text[named.start:sent.end], start=named.start))
            elif not any(m.resolution is None and m in unresolved for m in sent_mentions) and (clause.denial or not (
                    index - last_claim <= 3 and _BACK_REFERENCE.search(sent.text) or _BACKGROUND.search(sent.text))):
                # (a sentence that points back to a strike just claimed, or defines the word,
                # adds no strike of its own)
                k = next(countries[i] for i, c in enumerate(clauses) if c is clause)
                country = None if k is None else sent_mentions[k]
                claimant = attribution.claimant(sent, clause.text)
                stance = "denied" if clause.denial else "asserted"
                sent_claims.append(_claim(article, sent, country, clause, claimant, stance, sent_date))
        if not sent_claims and last[0] == index - 1 and lx.locates_previous(sent.text):
            sent_claims = _located_next(article, sent, sent_mentions, last[1], claims)
        if sent is not item:  # the evidence is the list's opening and the item, verbatim
            start = lead.start if item.end - lead.start <= _LIST_EVIDENCE else item.start
            sent_claims = [replace(c, sentence=article.text[start:item.end], start=start, end=item.end)
                           for c in sent_claims]
            sent = item
        attribution.update(sent)
        located = [c for c in sent_claims if c.mention is not None and c.mention.precision != "country"]
        if located:
            recent.append((index, located))
        claims.extend(sent_claims)
        last = (index, sent_claims)
        if sent_claims:
            last_claim = index
    _share_dates(claims)
    return _drop_placeless_headings(claims), unresolved


# how an item of a list of targets is read, and how long a list may be quoted whole as its evidence
_ITEM_STRUCK = "Aircraft struck "
_LIST_EVIDENCE = 800


def _place_pointed_back(article: Article, index: int, by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """The place a strike sentence points back to with "the town" or "there"
    (or the facility, with "the dam"): the one place, finer than a governorate,
    that the nearest of the two sentences before it to name any names, in the
    same paragraph."""
    text = article.sentences[index].text
    if not lx.names_previous_place(text):
        return None
    facility = lx.names_previous_facility(text)
    for back in range(index - 1, max(-1, index - 3), -1):
        if not _same_paragraph(article, back):
            return None
        places = [m for m in by_sentence.get(back, ()) if m.resolution is not None and not m.role
                  and m.precision not in ("country", "admin1")
                  and (not facility or m.resolution.place.kind in FACILITY_KINDS)]
        if places:
            return places[0] if len({m.resolution.place.id for m in places}) == 1 else None
    return None


def _label_of(start: int, end: int, text: str, offset: int, mentions: list[Mention]) -> Mention | None:
    """The place that ``text[start:end]`` (a clause, or a sentence that
    starts at ``offset``) consists of, punctuation aside: a label. The
    place may be located after a comma ("Taldo, in the Houla plain")."""
    raw = text[start - offset:end - offset]
    lead = len(raw) - len(raw.lstrip(_LABEL_PUNCTUATION))
    begin = start + _LABEL_NUMBER.match(raw, lead).end()  # "7/ Site E (Iraq) - Al-Qaim."
    inside = [m for m in mentions if begin <= m.start < end]
    if not inside:
        return None
    m = inside[0]
    if m.resolution is None or m.role or m.precision == "country":
        return None
    first = m.phrase_start if m.phrase_start >= 0 else m.start
    last = m.phrase_end if m.phrase_end >= 0 else m.end
    phrase = text[first - offset:last - offset]
    label = _LABEL_TIME.sub("", text[begin - offset:end - offset].strip(_LABEL_PUNCTUATION))  # "1. al-Rastan, 09:40 - ..."
    if len(inside) > 1:
        label, _comma, locator = label.partition(",")
        if not _LABEL_LOCATOR.match(locator):
            return None
    return m if _LABEL_PREPOSITION.sub("", label) == _LABEL_PREPOSITION.sub("", phrase.strip()) else None


_LABEL_PUNCTUATION = " \t.,;:|*•·-–—"
# what numbers a label: "1.", "(2)", a thread's "3/", "Site A -", "Target 2 (Iraq):"
_LABEL_NUMBER = re.compile(r"(?:\(?\d{1,3}[./)]\s*)?(?:(?:site|target|location|incident|objective|point)\s+[A-Z0-9]{1,3}"
                           r"(?:\s*\([^()]{1,20}\))?\s*[-–—:.]\s*)?", re.I)
_TIME = r"[,;]?\s*\(?(?:at\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:am|pm|hrs?|h|local(?:\s+time)?))?\)?"
_LABEL_TIME = re.compile(rf"{_TIME}$", re.I)
# a place that heads its clause: "Douma: ...", "al-Rastan, 09:40 - ...", "Taldou, in the Houla plain, 13:10 - ..."
_HEADING_AFTER = re.compile(rf"(?:,\s*(?:in|near)\s+[^,;:\-–—]{{1,40}}?)?(?:{_TIME})?\s*[:\-–—]", re.I)
_HEADING_BEFORE = re.compile(r"\s*(?:\(?\d{1,3}[.)]|[-•*·–—])?\s*$")
_LABEL_LOCATOR = lx.compile_fast(r"\s*(?:in|near)\s+[^,;:]*$", re.I)
_LABEL_PREPOSITION = lx.compile_fast(r"^(?:(?:in|at|on|around|across)\s+)?(?:the\s+)?", re.I)  # "• in the vicinity of Palmyra — 6 strikes"


def _labelled(clauses: list[_Clause], found: list[tuple[Mention, _Clause]], mentions: list[Mention],
              sent: Sentence, unplaced: list[Mention]) -> list[tuple[Mention, _Clause]]:
    """A field that is only a place labels the strike clause after it, when
    that clause names no place of its own (``unplaced``: places taken that the
    gazetteer lacks): "10/10 — 06:40 — Restan — two air strikes on the street
    behind the mosque", "Douma — jets hit the market"."""
    placed = {id(c) for _m, c in found}
    placed.update(id(c) for m in unplaced for c in clauses if c.start <= m.start < c.end)
    out = []
    for label, clause in zip(clauses, clauses[1:]):
        if clause.strike and not (clause.hypothetical and not clause.denial) and id(clause) not in placed:
            place = _label_of(label.start, label.end, sent.text, sent.start, mentions)
            if place is not None:
                out.append((place, clause))
    return out


def _label_before(article: Article, index: int, by_sentence: dict[int, list[Mention]]) -> Mention | None:
    """The place a strike sentence is filed under: the sentence before it,
    in the same paragraph, is only that place ("Incident 2 — 5 May 2019.
    Kafr Nobol. The surgical hospital was struck by three munitions")."""
    if index == 0 or not _same_paragraph(article, index - 1):
        return None
    before = article.sentences[index - 1]
    return _label_of(before.start, before.end, before.text, before.start, by_sentence.get(index - 1, []))


def _same_paragraph(article: Article, index: int) -> bool:
    """Whether sentence ``index`` and the one after it stand in one paragraph (no blank line between)."""
    before, after = article.sentences[index], article.sentences[index + 1]
    return "\n\n" not in article.text[before.end:after.start].replace("\r", "")


def _located_next(article: Article, sent: Sentence, mentions: list[Mention], previous: list[Claim],
                  claims: list[Claim]) -> list[Claim]:
    """The claims of the sentence before, placed where this one says their target lay.

    "Jets struck a weapons workshop in Idlib province. The workshop was
    located 3 km south-west of Jisr al-Shughur." The first sentence's
    claims, placeless or only as fine as a governorate, give way to one
    at the first place the second names; its evidence is both sentences.
    A previous claim placed finer than that keeps its place: the next
    sentence then describes the place, not the target.
    """
    if not previous or any(c.mention is not None and c.mention.precision not in ("country", "admin1") for c in previous):
        return []
    place = next((m for m in mentions if m.resolution is not None and not m.role
                  and m.precision not in ("country", "admin1")), None)
    if place is None:
        return []
    gone = {id(c) for c in previous}
    claims[:] = [c for c in claims if id(c) not in gone]
    out = []
    for stance in dict.fromkeys(c.stance for c in previous):
        first = next(c for c in previous if c.stance == stance)
        out.append(replace(first, mention=place, sentence=article.text[first.start:sent.end], end=sent.end))
    return out


_TERMINAL = lx.compile_fast(r"[.!?][\"'”’]*\s*$")


def _drop_placeless_headings(claims: list[Claim]) -> list[Claim]:
    """Placeless claims of a headline or section heading ("Strikes in
    Syria", "Military Strikes Continue Against ISIS") repeat what the
    article's sentences claim; they stand only in an article with no
    other claim. So does a heading's region around a place struck."""
    def heading(c: Claim) -> bool:
        return (c.mention is None or c.mention.precision == "country") and len(c.sentence.split()) <= 14 \
            and not _TERMINAL.search(c.sentence)
    kept = [c for c in claims if not heading(c)]
    claims = kept if kept else claims
    # a headline's region named as the place of a strike repeats the strike the article places
    # inside it: "Drone strike kills two in Golan" over "a drone fired a missile at a car near the
    # town of Khan Arnabeh" ("Warplanes target villages of Jabal al-Zawiya" claims the area itself)
    places = [c.mention.resolution for c in claims if c.mention is not None and c.mention.resolution is not None
              and c.mention.resolution.place.kind not in _REGION_KINDS and c.mention.precision != "country"]
    return [c for c in claims if not (
        len(c.sentence.split()) <= 14 and not _TERMINAL.search(c.sentence) and c.mention is not None
        and c.mention.resolution is not None and c.mention.resolution.place.kind in _REGION_KINDS
        and not _AREA_BEFORE.search(c.sentence[:max(0, c.mention.start - c.start)]) and any(geodesic_km(r.lat, r.lon, c.mention.resolution.lat, c.mention.resolution.lon) <= REGION_REACH_KM
                for r in places))]


_REGION_KINDS = frozenset({"region", "plain", "mountain", "valley", "desert", "lake"})
_AREA_BEFORE = lx.compile_fast(r"\b(?:villages|towns|areas|countryside|parts)\s+(?:of|in)\s+(?:the\s+)?$|"
                               r"\b(?:across|throughout)\s+(?:the\s+)?$", re.I)
REGION_REACH_KM = 50.0  # how far from a region's point a place inside it may lie


@lru_cache(maxsize=lx.TEXT_CACHE)
def _choose_places(text: str, air_context: bool, shape: tuple[tuple, ...]
                   ) -> tuple[tuple[tuple[tuple, ...], ...], tuple[int | None, ...]]:
    """Which mentions of a sentence each clause makes strike places.

    ``shape`` holds each mention's span, phrase, precision, qualifier,
    role and governorate relative to the sentence: all the rules read. For each clause,
    in order, gives (mention index, accepted, reason, precision,
    qualifier) for the mentions inside it, precision and qualifier as a
    list shares them ("near X, Y and Z"); empty for a clause that reports
    no strike. Also for each clause, the first country it names as the
    target on its own ("jets struck Syria"), or None. A sentence seen
    before with the same mentions is answered from the cache.
    """
    sent = Sentence(0, len(text), text)
    mentions = [Mention("", start, end, 0, None, precision, qualifier, phrase_start=phrase_start,
                        phrase_end=phrase_end, role=role)
                for start, end, phrase_start, phrase_end, precision, qualifier, role, _admin1 in shape]
    regions = {id(m): item[-1] for m, item in zip(mentions, shape)}
    out = []
    countries: list[int | None] = []
    for clause in _clause_template(text, air_context):
        if not clause.strike or clause.hypothetical and not clause.denial:
            out.append(())
            countries.append(None)
            continue
        numbers = [k for k, m in enumerate(mentions) if clause.start <= m.start < clause.end]
        inside = [mentions[k] for k in numbers]
        accepted: list[Mention] = []
        choice = []
        passed_on: tuple[bool, str] | None = None
        for i, (k, m) in enumerate(zip(numbers, inside)):
            ok, reason = passed_on or _is_strike_place(m, accepted, inside, sent, clause, regions)
            passed_on = None
            if (i + 1 < len(inside) and regions.get(id(inside[i + 1])) is not None
                    and _describes(text[m.phrase_end:inside[i + 1].phrase_start])):
                passed_on, ok, reason = (ok, reason), False, "describes the place after it"
            if ok:
                _inherit_precision(m, accepted, sent)
                accepted.append(m)
            choice.append((k, ok, reason, m.precision, m.qualifier))
        out.append(tuple(choice))
        countries.append(next((k for k in numbers if mentions[k].precision == "country" and not mentions[k].role
                               and _is_strike_place(mentions[k], [], [mentions[k]], sent, clause, regions)[0]), None))
    return tuple(out), tuple(countries)


# "the Idlib town of Saraqib", "the Damascus suburb of Douma": the first place only describes the
# second, which takes its part in the strike (when the second is placed: "the Aleppo suburb of
# Sakhour", which the gazetteer lacks, stays a strike in Aleppo). Not for "district", "quarter" or
# "city", which name the part first as often ("the Sheikh Maqsoud district of Aleppo",
# "Al-Mayadeen city of Deir Ezzor countryside")
_DESCRIBES = lx.compile_fast(
    r"\s+(?:(?!(?:and|or|near|in|at|of)\b)[\w-]+\s+)?(?:town|village|suburb|camp)\s+of\s+(?:the\s+)?", re.I)


def _describes(gap: str) -> bool:
    return bool(_DESCRIBES.fullmatch(gap))


# a strike named as one already told of ("The target was destroyed", "these strikes were")
_BACK_REFERENCE = lx.compile_fast(
    r"\b(?:the|this|that|these|those)\s+(?:air\s*)?(?:strikes?|attacks?|raids?|bombings?|targets?)\b", re.I)
# a definition of the word ("A strike, as defined by the Coalition, refers to ...")
_BACKGROUND = lx.compile_fast(r"\bas\s+defined\s+by\b|\brefers?\s+to\b", re.I)


_STRIKE_NOUN = lx.compile_fast(r"\b(?:strikes?|attacks?|raids?)\b", re.I)


_AIRCRAFT_STRUCK = lx.compile_fast(
    r"\b(?:war[- ]?planes?|jets?|aircraft|helicopters?|drones?|bombers?)\s+(?:\w+\s+)?"
    r"(?:struck|hit|targeted|attacked|bombed|pounded|destroyed)\b", re.I)


def _air_context(text: str) -> bool:
    """Whether the article is about an air campaign: two strike words, or
    one and another strike, attack or raid it refers back to ("three air
    strikes hit the market ... this attack"), or aircraft that strike
    twice ("IDF fighter jets struck ... an IDF aircraft struck")."""
    count = 0
    for pattern in reversed(lx.STRONG):  # the commonest words first: most articles stop early
        for _match in pattern.finditer(text):
            count += 1
            if count >= 2:
                return True
    if count == 1 and sum(1 for _ in _STRIKE_NOUN.finditer(text)) >= 3:
        return True
    # aircraft that strike ("IDF fighter jets struck ..., an IDF aircraft struck ...")
    return count + sum(1 for _ in _AIRCRAFT_STRUCK.finditer(text)) >= 2


_ARTICLE_DATE = "article date"  # source of a claim date that is only the article's own date


def _share_dates(claims: list[Claim]) -> None:
    """A headline or sentence without a date of its own takes the day the
    article's other sentences give for the same place."""
    dated: dict[str, DateInfo] = {}
    for claim in claims:
        if claim.place_id and not claim.date.source.startswith(_ARTICLE_DATE) and claim.date.known:
            dated.setdefault(claim.place_id, claim.date)
    for claim in claims:
        if claim.place_id in dated and claim.date.source.startswith(_ARTICLE_DATE):
            other = dated[claim.place_id]
            claim.date = DateInfo(other.earliest, other.latest, "another sentence of the article about this place: "
                                  + other.source, other.confidence, other.month_day)


_WHERE_STRIKES = lx.compile_fast(r"\s*,?\s*where\s+(?:[\w'’-]+\s+){0,3}?(?:air\s*)?(?:strikes?|raids?|bombs?|bombing|jets|"
                                 r"warplanes|aircraft|drones?|helicopters?)\b", re.I)
_CIVILIANS_DENIED = re.compile(r"\b(?:not|never)\s+(?:\w+\s+)?(?:strike|struck|hit|target|targeted|bomb|bombed)\s+(?:any\s+)?"
                              r"civilian(?:s|\s+(?:targets?|areas?|objects?|sites?|infrastructure))?\b[^;]{0,40}?\bonly\b[^,;]*|"
                              # "claims that civilian facilities in Derik were targeted are baseless"
                              r"\bthat\s+civilian\s+(?:targets|facilities|areas|objects|sites|infrastructure)\s+[^;]{0,40}?"
                              r"(?:were|was)\s+(?:targeted|hit|struck|bombed)\b[^;]*", re.I)
# "It did not deny that its aircraft had struck Dschisr asch-Schughur": no denial
_NOT_DENIED = re.compile(r"\b(?:not|never)\s+(?!only\b)(?:\w+\s+)?(?:deny|denied|denying)\b|"
                         r"\b(?:didn't|doesn't|don't|hasn't|haven't)\s+(?:deny|denied)\b|\bwithout\s+denying\b", re.I)
_NO_FLIGHT = lx.Folded(r"\bno\s+(?:\w+\s+)?(?:aircraft|helicopters?|jets?|war[- ]?planes?|planes?|drones?|bombers?)\s+"
                       r"(?:of\s+(?:the\s+)?\w+\s+)?(?:had\s+|has\s+|have\s+)?(?:flown|flew)\s+over\b")
_MOVING_TARGETS = frozenset({"convoy", "reinforcements"})
_NOT = re.compile(r"\bnot\s+", re.I)
_LOCALS_OF = lx.compile_fast(r"\b(?:residents|villagers|inhabitants|locals|people|families)\s+(?:in|of)\s+(?:the\s+)?$", re.I)
_LOCAL_LOSS = lx.compile_fast(rf"\b(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:\w+\s+)?{_PASSIVE_VERB}|"
                              # "Residents of the camp said bombs fell near its northern edge"
                              r"\b(?:bombs?|barrels?|missiles?)\s+(?:[\w-]+\s+){0,4}?(?:fell|landed)\s+(?:on|near|in|at|by)\s+"
                              r"(?:its|their|our)\b", re.I)
_NOT_IN = lx.compile_fast(r"\bnot\s+(?:in|at|on|near)\s+(?:the\s+)?$", re.I)
_TABLE_CELL = lx.compile_fast(r"\|\s*(?:the\s+)?$", re.I)
# a record of a spreadsheet pasted as text: fields joined by commas with no space after them
_CSV_FIELDS = re.compile(r",(?=[^\s,])")
CSV_MIN_FIELDS = 5


def _is_strike_place(m: Mention, accepted: list[Mention], inside: list[Mention], sent: Sentence,
                     clause: _Clause, regions: dict[int, str | None]) -> tuple[bool, str]:
    if m.role:
        return False, m.role
    after = sent.text[m.phrase_end - sent.start:]
    before = sent.text[:m.phrase_start - sent.start]
    before_clause = sent.text[clause.start - sent.start:m.phrase_start - sent.start]
    local = bool(_LOCALS_OF.search(sent.text, max(0, m.phrase_start - sent.start - 40), m.phrase_start - sent.start))
    if _SPEAKER.match(after) and not (local and _LOCAL_LOSS.search(after[:100])):  # "villagers in Heish say ... was hit"
        return False, "speaker"
    if _venue(before, after, m.precision == "exact" and any(x.start > m.end for x in inside)):
        return False, "where a statement was made"
    if _NOT_IN.search(sent.text, max(0, m.phrase_start - sent.start - 20), m.phrase_start - sent.start):
        return False, "said not to be the place"  # "about 10 km west of Darbasiye, not in Amuda as we reported"
    if _OPENING_IN.match(before) and any(
            x.start > m.end and regions.get(id(x)) is not None and _PART_NOUN.match(sent.text, x.end - sent.start)
            for x in inside):
        return False, "locates another place"  # "In Damascus, a missile hit an apartment in the Mazzeh district"
    if _BASED_IN.search(sent.text, max(0, m.phrase_start - sent.start - 40), m.phrase_start - sent.start):
        return False, "where an organisation is based"
    if _REPORTS.match(after) and (
            # "Our correspondent in Gaziantep reports Turkish aircraft struck ... Mabatli" (not "a correspondent
            # in Douma saw rescuers ... after strikes hit the market": he is where the strike was)
            _REPORTER_IN.search(sent.text, max(0, m.phrase_start - sent.start - 40), m.phrase_start - sent.start)
            and any(x.start > m.end and not x.role and x.precision != "country" for x in inside)
            # "Russian Defence Ministry in Moscow: ...", "Officials in Damascus stated ..." (a capital)
            or _SEAT_IN.search(sent.text, max(0, m.phrase_start - sent.start - 40), m.phrase_start - sent.start)
            and fold(sent.text[m.start - sent.start:m.end - sent.start]) in lx.CAPITALS):
        return False, "where a reporter or an official is"
    possessive = after.startswith(("'s", "’s"))
    if possessive and not lx.FEATURE_NOUNS.match(after[2:]):
        return False, "possessive"
    if _is_locator(m, [x for x in inside if x.end <= m.start and not x.role], sent.text, sent.start, regions):
        return False, "locates another place"
    # The nearest strike word before the place, and what stands between them.
    trigger_end = _last_trigger_end(clause.text, len(before_clause))
    between = before_clause[trigger_end:] if trigger_end is not None else before_clause
    governing = _GOVERNING.search(_strip_filler(between))
    if governing and governing.group(1).lower() in _BLOCKING_PREPOSITIONS:
        flown = _strip_filler(before_clause)
        if not _FLOWN_AGAINST.search(flown, max(0, len(flown) - 40)):
            if governing.group(1).lower() == "over" and _NO_FLIGHT.search(before_clause):
                return True, ""  # "no aircraft had flown over Azaz": the place of the raid denied
            return False, "origin, destination or route"
        if not lx.BLOCKING_FRAMES.search(between[:governing.start()]):
            return True, ""
    if governing and governing.group(1).lower() == "by":  # "considered by Washington", "strikes by Damascus"
        return False, "agent"
    struck = _STRUCK_OBJECT.match(between) if trigger_end is not None else None
    if struck:  # "hit a convoy in X": the convoy is what was hit, X where it was
        between = between[struck.end():]
    frame = lx.BLOCKING_FRAMES.search(_NOT_AN_ORIGIN.sub(" ", " ".join(_RELATIVE_ASIDE.sub(" ", between).split()[-7:])))
    if frame and frame.group(0).lower() in _MOVING_TARGETS and _PASSIVE.match(_NOT.sub("", after[:60], 1)):
        frame = None  # "the convoy 15 km north of Til Temir was (not) hit": where the convoy was struck
    if frame:  # "forces advance north of X" is ground fighting as well as a route
        return False, "ground fighting" if lx.GROUND.fullmatch(frame.group(0)) else "origin, destination, route or meeting place"
    # ground words and frames inside a closed relative clause describe the target, not the
    # attack: "struck the launchers from which the rockets were fired, located in the area of X"
    asides = [r.span() for r in _RELATIVE_ASIDE.finditer(before_clause)]
    grounds = [g for g in lx.GROUND.finditer(before_clause) if not any(a <= g.start() < b for a, b in asides)]
    if grounds and (trigger_end is None or grounds[-1].end() >= trigger_end):
        last = grounds[-1]
        tail = before_clause[last.start():]
        # "shelling" may be done by aircraft, unless a ground word just before is its agent
        # ("Turkish artillery has been shelling")
        ambiguous = lx.AMBIGUOUS_GROUND.fullmatch(last.group(0)) and lx.AIR_AGENT.search(clause.text) and not any(
            0 <= last.start() - g.end() < 40 for g in grounds[:-1])
        # "raids and shelling on X" (the air attack words right before the join, with no target of their own)
        head = _GROUND_ADJECTIVES.sub("", before_clause[:last.start()])
        joined = attack_explicit(" ".join(head.split()[-2:])) and re.search(r"(?:,|\band|\bor)\s*$", head)
        # "aerial and rocket shelling": the ground word is part of a named air attack
        aerial = any(m.start() <= last.start() and last.end() <= m.end()
                     for p in lx.STRONG for m in p.finditer(before_clause))
        if not (lx.AIR_AGENT.search(tail) or attack_explicit(tail) or ambiguous or joined or aerial):
            return False, "ground fighting"
    if accepted:
        gap = _strip_filler(sent.text[accepted[-1].phrase_end - sent.start:m.phrase_start - sent.start])
        if _LIST_JOIN.match(gap) or _DESCRIBED_JOIN.match(gap) and not lx.GROUND.search(gap):
            return True, ""
    if m.precision in ("near", "offset", "area") and m.qualifier and not re.match(r"^[a-z]+ern$", m.qualifier):
        return True, ""
    if _slot_before(before_clause) or _slot_before(before):
        return True, ""
    if trigger_end is not None and len(between.split()) <= 5 and not re.search(r"[,;:()]", between):
        return True, ""
    if _PASSIVE.match(after) or _FACILITY_PASSIVE.match(after):
        return True, ""
    if _WHERE_STRIKES.match(after):
        return True, ""  # "recalls Kobané, where the coalition's strikes in 2014 ...": the strikes were there
    if _TABLE_CELL.search(sent.text, max(0, m.phrase_start - sent.start - 12), m.phrase_start - sent.start) and "|" in after:
        return True, ""  # "NE-01 | Hassakeh city | air strikes | 4 killed": the row's place cell
    if before.endswith(",") and len(_CSV_FIELDS.findall(sent.text)) >= CSV_MIN_FIELDS - 1:
        return True, ""  # "QET-0714,2015-07-09,Bloudane,Rif Dimashq,air strike,...": a record's place field
    heading = _HEADING_AFTER.match(after)
    if heading and _HEADING_BEFORE.match(sent.text, clause.start - sent.start, m.phrase_start - sent.start):
        # "Douma: jets hit the market" strikes Douma; in "AFRIN: jets struck Jindires" the heading only locates
        # (so does a field of a record: "HAMA — Kafr Nboudeh: 2 killed in air strikes"); an item may carry
        # its number, time and locator: "5. Taldou, in the Houla plain, 13:10 - Three raids in succession"
        if any(x.start > m.phrase_end + heading.end() and not x.role and x.precision != "country" for x in inside):
            return False, "heading"
        return True, ""
    if m.precision in ("admin1",) and re.search(r"\b(?:in|across|throughout)\s+(?:the\s+)?(?:\w+\s+)?$", before, re.I):
        return True, ""
    if local and not any(x.start > m.end for x in inside) and _LOCAL_LOSS.search(after[:100]):
        return True, ""  # "Villagers in Heish say their mosque was flattened": their own town ("... fled" is no strike there)
    return False, "not the target of the strike"


_AREA_REF = lx.compile_fast(
    r"\b(?:on|at|in|over|target(?:s|ed|ing)?|hit|hits|bomb(?:ed|s|ing)?|bombard(?:s|ed|ing)?|raid(?:s|ed)?|pound(?:s|ed)?)\s+"
    r"(?:the\s+(?:\w+ern\s+)?(?:neighbou?rhoods|parts|districts|sections?)\s+of\s+)?"
    r"(?:(the\s+(?:same\s+)?(?:area|areas|city|town|village|region|neighbou?rhoods?|outskirts|perimeter|vicinity))|"
    r"(it)|(its\s+(?:outskirts|countryside|neighbou?rhoods?|vicinity|surroundings|perimeter|\w+ern\s+countryside)))\b"
    r"(?!\s+of\b)", re.I)  # "on the outskirts of Idlib" names its place: no reference back


# Why a place in the clause itself was not taken, for which "the area" or
# "it" later in the clause may still point back to it.
_PASSED_OVER = ("ground fighting", "not the target of the strike")


def _area_references(clauses: list[_Clause], found: list[tuple[Mention, _Clause]],
                     mentions: list[Mention], passed_over: set[int]) -> list[tuple[Mention, _Clause]]:
    """"clashes in X and renewed air strikes on the area": a strike near X.

    The place may stand in an earlier clause, or earlier in the same
    clause when the rules passed it over as ground fighting or as not the
    target ("shelling leaves casualties in Daraa city and airstrikes
    target it"); ``passed_over`` holds the ids of those mentions.
    """
    out = []
    done = {id(c) for _m, c in found}
    for clause in clauses:
        if not clause.strike or id(clause) in done or clause.hypothetical:
            continue
        ref = _AREA_REF.search(clause.text)
        if not ref:
            continue
        earlier = [m for m in mentions if m.resolution is not None and not m.role and m.precision != "country"
                   and not _speaks(m, clauses) and (m.start < clause.start
                        or id(m) in passed_over and m.end <= clause.start + ref.start())]
        if not earlier:
            continue
        last_clause_start = max(c.start for c in clauses if c.start <= earlier[-1].start)
        for m in [m for m in earlier if m.start >= last_clause_start]:
            precision = m.precision
            if ref.group(1) or ref.group(3):
                precision = "area" if ref.group(3) and "countryside" in ref.group(3) else (
                    "near" if precision == "exact" else precision)
            copy = replace(m, precision=precision, qualifier=(m.qualifier + " " if m.qualifier else "")
                           + f"(by reference: '{ref.group(0)}')")
            out.append((copy, clause))
    return out


# a place that speaks for its government: "Damascus and Moscow called the incident staged"
_PLACE_SPEAKS = lx.compile_fast(
    r"(?:\s*,?\s+and\s+[A-Z][\w'’-]*)?\s+(?:have\s+|has\s+|had\s+)?(?:called|said|says|say|denied|denies|deny|"
    r"accused|accuses|condemned|condemns|claimed|claims|insisted|rejected|rejects|dismissed|dismisses|blamed|blames)\b")


def _speaks(mention: Mention, clauses: list[_Clause]) -> bool:
    """Whether the place is the subject of a speech verb: a government by its capital."""
    clause = next((c for c in clauses if c.start <= mention.start < c.end), None)
    return clause is not None and bool(_PLACE_SPEAKS.match(clause.text, mention.end - clause.start))


def _inherit_precision(m: Mention, accepted: list[Mention], sent: Sentence) -> None:
    """List items share the list's preposition: "near X, Y and Z"."""
    if not accepted or m.qualifier or m.precision != "exact":
        return
    prev = accepted[-1]
    if prev.precision in ("near", "area", "admin1") and _LIST_JOIN.match(
            sent.text[prev.phrase_end - sent.start:m.phrase_start - sent.start]):
        m.precision = prev.precision
        m.qualifier = prev.qualifier + " (shared)"


# A gathering or a column named right after the strike word is its target
# ("struck a convoy", "targeted a meeting of commanders").
_STRUCK_OBJECT = lx.compile_fast(
    r"\s*(?:(?:(?!(?:at|in|on|to|near|from)\b)[\w-]+\s+){1,3}?and\s+)?"  # "struck rebel positions and a convoy"
    r"(?:(?:an?|the|its|their|two|three|several|\d+)\s+)?"
    r"(?:(?!(?:at|in|on|to|for|with|during|after|before|from|of|by|near)\b)[\w-]+\s+){0,2}?"
    r"(?:convoys?|meetings?|gatherings?|reinforcements)\b", re.I)
_RELATIVE_ASIDE = lx.compile_fast(r"\b(?:(?:from|in|at|by|with)\s+)?(?:which|whom)\b[^,;]*,", re.I)
_GOVERNING = lx.compile_fast(r"\b(from|towards?|to|into|over|via|in|on|at|near|of|against|onto|by|across)\s*$", re.I)
_BLOCKING_PREPOSITIONS = {"from", "toward", "towards", "to", "into", "over", "via"}
# combat missions and sorties "over X" are flown against it, and bombs dropped "over X" fall on it
_FLOWN_AGAINST = lx.compile_fast(
    r"\b(?:(?:combat\s+)?(?:missions|sorties)|(?:drop|drops|dropped|dropping)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:barrels|bombs|munitions))\s+over\s*$", re.I)
_GROUND_ADJECTIVES = lx.compile_fast(r"(?:\b(?:violent|heavy|fierce|continuous|ongoing|renewed|intense|sporadic)\s+)+$", re.I)
# "from" that names no origin: "killed three children from one family in X", "barrel bombs from a helicopter"
_NOT_AN_ORIGIN = lx.compile_fast(r"\bfrom\s+(?:one|the\s+same|a\s+single|a|the|their|his|her)\s+family\b|"
                                 r"\bfrom\s+(?:an?\s+|the\s+)?(?:regime\s+|government\s+|russian\s+|syrian\s+)?"
                                 r"(?:helicopters?|aircraft|jets?|warplanes?|planes?|drones?)\b(?!\s+(?:based|stationed|flying)\b)",
                                 re.I)


def _last_trigger_end(text: str, limit: int) -> int | None:
    """End of the last strike word of ``text`` that ends before ``limit``."""
    ends = _trigger_ends(text)
    i = bisect.bisect_right(ends, limit)
    return ends[i - 1] if i else None


@lru_cache(maxsize=lx.TEXT_CACHE)
def _trigger_ends(text: str) -> tuple[int, ...]:
    ends = [m.end() for p in lx.STRONG for m in p.finditer(text)]
    ends += [m.end() for m in lx.WEAK.finditer(text)]
    return tuple(sorted(ends))


def _demote_context(places: list[tuple[Mention, _Clause]]) -> list[tuple[Mention, _Clause]]:
    """A governorate is context, not a strike, when a place inside it is the strike."""
    fine = [(m, c) for m, c in places if m.precision != "admin1"]
    out = []
    for m, c in places:
        if m.precision == "admin1" and any(
                f.resolution.place.admin1 == m.resolution.place.admin1 and f.resolution.place.country == m.resolution.place.country
                for f, _ in fine):
            continue
        out.append((m, c))
    return out


_PART_OF = lx.compile_fast(r"\s+(neighbou?rhood|district|quarter)\s+(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?", re.I)
PART_OF_KM = 15.0  # a neighbourhood lies this close to its city's point


def _tolls(places: list[tuple[Mention, _Clause]]) -> dict[int, str]:
    """Which toll of a clause with several places is whose.

    A toll between two places belongs to the places on one side of it.
    When the clause opens with a toll ("10 killed in raids on X and 3
    killed in raids on Y"), each toll is the next places' own. Otherwise
    ("struck X, killing 12, and bombed Y") it is the earlier places' own,
    unless a preposition ties it to the next place ("..., killing 4 in
    Sinjar"). For each place of such a clause, gives the text whose toll
    it takes ("" for none). Clauses without a toll between two places keep
    the clause's toll for every place (not in the result).
    """
    by_clause: dict[int, tuple[_Clause, list[Mention]]] = {}
    for m, clause in places:
        if clause.start <= m.start < clause.end:
            by_clause.setdefault(id(clause), (clause, []))[1].append(m)
    out: dict[int, str] = {}
    for clause, found in by_clause.values():
        inside = sorted(found, key=lambda x: x.start)
        if len(inside) < 2:
            continue
        # segments: before the first place, between places, after the last
        cuts = [clause.start, *(x for m in inside for x in (m.start, m.end)), clause.end]
        segs = [clause.text[a - clause.start:b - clause.start] for a, b in zip(cuts[::2], cuts[1::2])]
        tolled = [bool(casualties(x)) for x in segs]
        if not any(tolled[1:-1]):
            continue
        if tolled[0]:  # the toll comes before its places: the nearest one before each place
            for k, m in enumerate(inside):
                out[id(m)] = next(segs[j] for j in range(k, -1, -1) if tolled[j])
            continue
        ahead = [t and 0 < j < len(segs) - 1 and _toll_names_next(x) for j, (x, t) in enumerate(zip(segs, tolled))]
        for k, m in enumerate(inside):
            if ahead[k]:
                out[id(m)] = segs[k]
                continue
            own = ""
            for j in range(k + 1, len(segs)):
                if ahead[j]:
                    break
                if tolled[j]:
                    own = segs[j]
                    break
            out[id(m)] = own
    return out


def _toll_names_next(gap: str) -> bool:
    """Whether the last toll of a gap runs straight into the next place
    (", killing 4 civilians in", "13 casualties and injuries in the raids
    on the city of"), with no comma or new strike verb in between."""
    last = None
    for last in _CASUALTY.finditer(gap):
        pass
    rest = gap[last.end():] if last else gap
    return "," not in rest and not _AND_VERB.search(rest) and bool(_ENDS_IN_PREPOSITION.search(_strip_filler(rest)))


_AND_VERB = lx.compile_fast(r"\band\s+(?:\w+\s+){0,2}?(?:bomb\w*|struck|hit|raid\w*|target\w*|pound\w*|carried|dropped|"
                            r"shell\w*|attack\w*|strik\w*)\b", re.I)
_ENDS_IN_PREPOSITION = lx.compile_fast(r"\b(?:in|at|near|on)\s*$", re.I)


def _asserting_text(clauses: list[_Clause]) -> str | None:
    """The sentence without its denials, where an assertion's speaker is
    looked for ("Jets bombed Aleppo, which Moscow denied": Moscow does not
    assert it). None when no clause denies."""
    if not any(c.denial for c in clauses):
        return None
    return " ".join(c.text for c in clauses if not c.denial)


def _city_of(m: Mention, clause: _Clause, mentions: list[Mention]) -> tuple[Mention, str] | None:
    """The city that "X neighbourhood of Y" or "Y's X neighbourhood" puts X in, and the noun."""
    if m.precision != "exact":
        return None
    match = _PART_OF.match(clause.text, m.phrase_end - clause.start)
    city = match and next((x for x in mentions if x.start == clause.start + match.end()), None)
    if not match:
        match = _PART_NOUN.match(clause.text, m.phrase_end - clause.start)
        owner = match and _OWNER.search(clause.text, max(0, m.start - clause.start - 6), m.start - clause.start)
        city = owner and next((x for x in mentions if x.end == clause.start + owner.start()), None)
    if city and city.resolution and not city.role and city.precision in ("exact", "near"):
        return city, match.group(1).lower()
    return None


_PART_NOUN = lx.compile_fast(r"\s+(neighbou?rhood|district|quarter)\b", re.I)
_OWNER = lx.compile_fast(r"(?:'s|’s)\s+(?:the\s+)?$", re.I)


def _in_city(city: Mention, noun: str) -> Mention:
    city.precision, city.qualifier = "near", f"{noun} of"
    return city


def _parts_of_cities(places: list[tuple[Mention, _Clause]], mentions: list[Mention]
                     ) -> list[tuple[Mention, _Clause]]:
    """"Al-Marjeh neighborhood of Aleppo city": a neighbourhood lies in its
    city, which only locates it. When the gazetteer has no row for the
    neighbourhood there (its name was matched loosely, or to a place far
    away, or not at all), the strike is placed near the city instead. A
    "district" matched exactly far from the city may be a district of the
    governorate, and stays."""
    out, containers = [], set()
    for m, clause in places:
        found = _city_of(m, clause, mentions)
        if found is None:
            out.append((m, clause))
            continue
        city, noun = found
        exact = m.resolution.method in ("exact", "normalised")
        if exact and geodesic_km(m.resolution.lat, m.resolution.lon,
                                 city.resolution.lat, city.resolution.lon) <= PART_OF_KM:
            out.append((m, clause))
            containers.add(id(city))
        elif exact and noun == "district":
            out.append((m, clause))  # "the Jisr al-Shughur district of Idlib": a district of the governorate
        else:
            out.append((_in_city(city, noun), clause))
    seen = set()
    kept = []
    for m, clause in out:
        if id(m) in containers or id(m) in seen:
            continue
        seen.add(id(m))
        kept.append((m, clause))
    return kept


@lru_cache(maxsize=lx.TEXT_CACHE)
def _perpetrator(text: str) -> str:
    found = []
    for pattern, name in lx.PERPETRATORS:
        if pattern.search(text) and name not in found:
            found.append(name)
    if not found:
        return ""
    if re.search(r"\beither\b.*\bor\b|\bor\b", text, re.I) and len(found) > 1:
        return " or ".join(found[:2]) + " (unclear)"
    return found[0]


def _claim(article: Article, sent: Sentence, mention: Mention | None, clause: _Clause, claimant: str,
           stance: str, date: DateInfo, attack: str | None = None, toll_text: str | None = None) -> Claim:
    stated = casualties(toll_text) if toll_text is not None else casualties(clause.text) or casualties(sent.text)
    return Claim(
        doc=article.doc, sentence=sent.text, start=sent.start, end=sent.end, mention=mention,
        claimant=claimant, stance=stance, attack_type=attack or clause.attack or "air_strike",
        casualties=stated, date=date, perpetrator=_perpetrator(clause.text) or _perpetrator(sent.text),
        outlet=article.meta.outlet, title=article.meta.title,
    )
