"""Resolve a place name to a gazetteer row, and say why.

Needs: a :class:`~strikemap.gazetteer.Gazetteer`. Adds: for a name (and
optional context) a :class:`Resolution` -- the chosen row, the rule that
found it, a score and the runner-up -- or ``None`` when nothing fits
well enough. "Not found" is never an exception.

Matching runs in tiers and stops at the first that finds anything:

1. ``exact``      -- the folded name equals a folded gazetteer name;
   ``normalised`` -- the romanisation keys are equal (see
   :mod:`strikemap.normalize`);
2. ``skeleton``   -- the consonant skeletons are equal and the keys are
   similar (ratio >= 0.7);
3. ``fuzzy``      -- the keys are one edit apart (a transposition counts
   as one; two edits for long names) and similar (ratio >= 0.8).

Tiers 2 and 3 are refused for words that are common English words or
known non-place names (Kremlin, Pentagon, Tuesday, Nusra ...), so that
they never land on a look-alike village. Candidates inside a tier are
ranked by context: the default region, a governorate named nearby,
closeness to other places in the same article, then kind and population.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA, Levenshtein

from strikemap.gazetteer import Gazetteer, Place, geodesic_km, load_gazetteer
from strikemap.normalize import ARTICLES, fold, is_arabic, key, romanised_arabic, skeleton
from strikemap.records import pickled_by_fields

__all__ = ["Resolution", "Resolver", "NON_PLACE_WORDS", "is_common_word"]

# Capitalised words in conflict reporting that are never places: armed
# groups, institutions, titles, days and months. Common English words are
# caught by word frequency (see is_common_word); these are the rest.
NON_PLACE_WORDS = frozenset(
    """nusra daesh isis isil qaeda hezbollah hizbollah ahrar jaish jaysh tahrir hayat
    nour zenki faylaq rahman liwa jund ansar fatah fateh tahrir ypg sdf pyd pkk fsa hts
    sohr sana tass xinhua reuters ria novosti interfax afp anadolu kremlin pentagon
    centcom nato unhcr unicef ocha msf sams kartapolov konashenkov rudskoy shoigu
    putin lavrov peskov assad bashar hafez erdogan obama trump biden kerry tillerson
    mistura staffan zakharova bogdanov moqdad muallem abdel abdul rami sukhoi tupolev
    mig ilyushin su kalibr tomahawk scud grad jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)

_AIR_WORDS = ("air base", "airbase", "airport", "air field", "airfield", "military airport")
# an air word that ends a name: "Kuweires military airbase", "Halab International Airport"
AIR = r"(?:(?:(?:international|military)\s+)?(?:airport|air\s*base|airbase|air\s*field|heliport)|intl\b\.?)"  # "Damascus Intl"
_AIR_TAIL = re.compile(rf"\s+{AIR}$", re.I)
AIR_KINDS = frozenset({"airport", "airbase"})
_CAMP_TAIL = re.compile(r"\s+(?:refugee|refugees|displacement|displaced|idp|palestinian)\s+camp$", re.I)
FACILITY_KINDS = frozenset({"airport", "airbase", "base", "field", "camp", "dam", "landmark"})
AIRFIELD_REACH_KM = 40.0  # how far a town's airport may lie from the town ("Damascus International Airport": 21 km)
_KIND_BONUS = {"admin1": 0.08, "country": 0.08, "city": 0.1, "town": 0.05, "village": 0.03,
               "neighbourhood": 0.02, "region": 0.04, "mountain": 0.04, "plain": 0.04,
               "landmark": 0.0, "airbase": -0.15, "airport": -0.15}


def _near_bonus(near: tuple[float, float], place: Place) -> float:
    """Rank added for a place within 60 km (or 150 km) of the article's centre."""
    dist = geodesic_km(near[0], near[1], place.lat, place.lon)
    return 0.2 if dist < 60 else 0.1 if dist < 150 else 0.0


_VOWELISH = frozenset("aeiouwy")
# consonants that romanisations swap for one another (z/s for ز/ص, k/g/q, b/p, f/v)
_SWAPPED = (frozenset("sztd"), frozenset("kgq"), frozenset("bp"), frozenset("fv"))


# the generic words that open many names: they carry no sign of which place.
# Their keys are what a key starts with ("Wadi" keys as "wadia", as in "wadiabarada").
_GENERIC_HEADS = tuple(key(word) for word in (
    "Kafr", "Tal", "Jabal", "Deir", "Ain", "Beit", "Khan", "Abu", "Umm", "Qasr", "Marj", "Jisr", "Khirbat",
    "Khirbet", "Sheikh", "Mazraat", "Qalaat", "Maarat", "Ras", "Bir", "Wadi", "Hayy"))


_KURDISH_TURKISH_LETTERS = str.maketrans({"c": "j", "C": "J", "ç": "j", "Ç": "J", "ş": "sh", "Ş": "Sh",
                                          "x": "kh", "X": "Kh", "ğ": "gh", "Ğ": "Gh"})


def _as_english(name: str) -> str:
    """A name in Kurdish or Turkish Latin letters spelt the English way ("Cindirês" -> "Jindirês")."""
    return name.translate(_KURDISH_TURKISH_LETTERS)


# Arabic chat alphabet: digits for the letters Latin lacks ("3azaz" is A'zaz, "Tal Ref3at" Tall Rif'at, "7ish" Hish)
_ARABIZI_LETTERS = str.maketrans({"2": "'", "3": "'", "5": "kh", "6": "t", "7": "h", "8": "gh", "9": "q"})


def _one_e(text_key: str) -> str:
    """A key with its diphthong ay written e, as many romanisations write it
    ("Nerab" is Nayrab, "Shekh" is Shaykh)."""
    return text_key.replace("ay", "e")


_LEVANTINE_2 = str.maketrans({"2": "q"})
_GLUED_AL_TYPO = re.compile(r"^all[aeiou]")


def _from_arabizi(name: str) -> tuple[str, ...]:
    """A name in the Arabic chat alphabet spelt with letters ("Ma3arrat" ->
    "Ma'arrat"); a 2 is a hamza, or a q that Levantine speech says as one
    ("Sa2ba" is Saqba): both readings, for the article's places to choose."""
    if not any(c.isalpha() for c in name):
        return (name,)
    read = name.translate(_ARABIZI_LETTERS)
    return (read, name.translate(_LEVANTINE_2).translate(_ARABIZI_LETTERS)) if "2" in name else (read,)


_RUSSIAN_KH = re.compile(r"(?:Kh|KH|kh)(?=[aeiouy])")
_KH = re.compile(r"Kh|KH|kh")
# a name is read through at most this many of the readings below, one after another
# ("Cindirês" needs one; a made-up name would otherwise try every order of all six)
_MOST_READINGS = 2
READING_ABROAD_KM = 1000.0  # how far from the region a place read through a respelling may lie
_WEAKEST_READING = 0.65  # a respelling's loose match weaker than this is a guess ("Al-Marjeh" is no Mari')


_JOINED_KAFR = re.compile(r"^(K(?:fa?r|afar|efe?r))(?=[a-z]{3})", re.I)


def _kafr_apart(name: str) -> str:
    """A Kafr written together with the rest of the name, set apart ("Kfarshouba" -> "Kfar shouba")."""
    return _JOINED_KAFR.sub(r"\1 ", name)


_SPANISH_LETTERS = str.maketrans({"y": "j", "Y": "J", "j": "kh", "J": "Kh"})


def _from_spanish(name: str) -> str:
    """A name romanised the Spanish way spelt the English way ("Yasim" -> "Jasim", "Injil" -> "Inkhil")."""
    return name.translate(_SPANISH_LETTERS)


_GERMANIC = [(re.compile(p, re.I), to) for p, to in ((r"dsch|dzj|dj", "j"), (r"tsch|tj", "ch"), (r"sch|sj", "sh"),
                                                      (r"(?<![sct])ch", "kh"))]


def _from_germanic(name: str) -> str:
    """A name romanised the German, Dutch or Scandinavian way spelt the English
    way: dsch, dj for j, sch, sj for sh, ch for kh ("Chan Scheichun" ->
    "Khan Sheikhun", "Jisr al-Sjughur" -> "Jisr al-Shughur")."""
    for pattern, to in _GERMANIC:
        name = pattern.sub(lambda m: to.capitalize() if m.group(0)[0].isupper() else to, name)
    return name


def _from_german_j(name: str) -> str:
    """As :func:`_from_germanic`, with a German j read as y too ("Majadin" ->
    "Mayadin", "Jabrud" -> "Yabrud"), tried after it: English-style names
    mixed in ("Jisr al-Sjughur") keep their j that way."""
    return _from_germanic(_GERMAN_J.sub(lambda m: "Y" if m.group(0) == "J" else "y", name))


_GERMAN_J = re.compile(r"(?<![dDzZ])[jJ]")


_RUSSIAN_DZH = re.compile(r"Dzh|DZH|dzh")


def _from_russian(name: str) -> str:
    """A name romanised from Russian, where Arabic ḥ is written as Kh (Х) and j
    as Dzh (Дж), spelt with H and J ("Khabit" -> "Habit", for Hbit; "Khmeimim"
    -> "Hmeimim"; "Dzhisr-esh-Shugur" -> "Jisr-esh-Shugur")."""
    name = _RUSSIAN_DZH.sub(lambda m: "j" if m.group(0)[0] == "d" else "J", name)
    return _RUSSIAN_KH.sub(_H_FOR_KH, name)


def _kh_as_h(name: str) -> str:
    """Every kh of a name read as Russian copy's h ("Arikha" -> "Ariha")."""
    return _KH.sub(_H_FOR_KH, name)


def _H_FOR_KH(match: re.Match) -> str:
    return "H" if match.group(0)[0] == "K" else "h"


# words that qualify a name ("western", "upper", "the town" ...): two names that share only these differ
_QUALIFIERS = frozenset(key(w, False) for w in (
    "gharbiyah gharbiya gharbiyeh sharqiyah sharqiya sharqiyeh shamaliyah shamaliya janubiyah janubiya qibliyah "
    "wusta balad kabir kabira kabirah saghir saghira saghirah fawqani tahtani jadida jadidah qadima qadimah "
    # and the words of an air facility: "al-Dabaa airbase" is no "Tabqa airbase"
    "airport airbase air airfield base field heliport military international").split())


@lru_cache(maxsize=1 << 16)  # asked of every name of every loose candidate
def _head_of(name: str) -> str | None:
    """The key of a name's own words when it ends in a qualifier ("Daraa al-Balad" -> "daraa"), else None."""
    words = [w for w in re.split(r"[\s\-‘’'`ʿʾ]+", fold(name)) if w and w not in ARTICLES]
    if len(words) < 2 or key(words[-1], False) not in _QUALIFIERS:
        return None
    own = [w for w in words if key(w, False) not in _QUALIFIERS]
    return key(" ".join(own), False) if own else None


def is_generic_head(word: str) -> bool:
    """Whether ``word`` is a generic word that opens names ("Kafr", "Tell", "Deir")."""
    return key(word) in _GENERIC_HEADS


def _own_length(k: str) -> int:
    """Letters of a key after a generic head word: "kafrnaha" has four."""
    for head in _GENERIC_HEADS:
        if k.startswith(head) and len(k) > len(head) + 2:
            return len(k) - len(head)
    return len(k)


def _swapped(a: str, b: str, first, second) -> bool:
    """Whether two edits only swap two neighbouring letters (a letter put
    in and the same letter taken out next to it, or two crossed swaps)."""
    tags = {first[0], second[0]}
    if tags == {"insert", "delete"}:
        put, taken = (first, second) if first[0] == "insert" else (second, first)
        return b[put[2]] == a[taken[1]] and abs(put[1] - taken[1]) <= 1
    if tags == {"replace"}:
        (_, i, j), (_, i2, j2) = first, second
        return (i2, j2) == (i + 1, j + 1) and a[i] == b[j2] and a[i2] == b[j]
    return False


def _odd_edits(a: str, b: str) -> int:
    """Edits between two keys that spellings of a single name do not make.

    Transpositions ("Tamdor"), a vowel for a vowel, a vowel or h added or
    lost, and swaps of kindred consonants are spellings; "Qubeir" ->
    "Qusir" (b for s) or "Marjeh" -> "Mare" (a lost j) are other names.

    >>> _odd_edits("tamdor", "tadmor"), _odd_edits("kafrnaha", "kafrlaha"), _odd_edits("surakabira", "surasagira")
    (0, 1, 2)
    """
    ops = Levenshtein.editops(a, b)
    odd = 0
    n = 0
    while n < len(ops):
        op, i, j = ops[n]
        if n + 1 < len(ops) and _swapped(a, b, ops[n], ops[n + 1]):
            n += 2  # two letters swapped
            continue
        if op == "replace":
            x, y = a[i], b[j]
            odd += not (x in _VOWELISH and y in _VOWELISH or any(x in c and y in c for c in _SWAPPED))
        else:
            changed = a[i] if op == "delete" else b[j]
            odd += not (changed in _VOWELISH or changed == "h")
        n += 1
    return odd


@lru_cache(maxsize=50_000)
def is_common_word(word: str) -> bool:
    """Whether a single word is frequent English (or a known non-place).

    >>> is_common_word("Tuesday"), is_common_word("Tadmur")
    (True, False)
    """
    folded = fold(word)
    if not folded or " " in folded:
        return folded in NON_PLACE_WORDS
    if folded in NON_PLACE_WORDS:
        return True
    from wordfreq import zipf_frequency

    return zipf_frequency(folded, "en") >= 3.0


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Candidate:
    """A gazetteer row that a name might mean."""

    place: Place
    method: str
    score: float
    rank: float


@dataclass(frozen=True)
class Resolution:
    """The answer for one name: the row chosen and how it was chosen.

    Attributes
    ----------
    query : str
        The name as given.
    place : Place
        The chosen gazetteer row (``raw`` gives it as the file has it).
    method : str
        ``exact``, ``normalised``, ``skeleton``, ``fuzzy``, or ``online``
        (the optional geocoder fallback).
    score : float
        Similarity of the name to the row's best-matching name, 0..1.
    matched_name : str
        The gazetteer name or alternate that matched.
    alternatives : tuple of Candidate
        Runners-up, best first.
    """

    query: str
    place: Place
    method: str
    score: float
    matched_name: str
    alternatives: tuple = field(default=())

    @property
    def raw(self) -> dict:
        return self.place.raw

    @property
    def lat(self) -> float:
        return self.place.lat

    @property
    def lon(self) -> float:
        return self.place.lon

    def explain(self) -> str:
        """One line: which row, which rule, and the runner-up."""
        text = (f"{self.query!r} -> {self.place.name} ({self.place.id}, {self.place.kind}, "
                f"{self.place.country}) by {self.method} match on {self.matched_name!r}, score {self.score:.2f}")
        if self.alternatives:
            alt = self.alternatives[0]
            text += f"; runner-up {alt.place.name} ({alt.place.id}, {alt.method}, {alt.score:.2f})"
        return text

    def as_dict(self) -> dict:
        return {
            "name": self.place.name, "id": self.place.id, "lat": self.place.lat,
            "lon": self.place.lon, "country_code": self.place.country,
            "admin1": self.place.admin1, "kind": self.place.kind,
            "score": round(self.score, 3), "method": self.method,
            "matched_name": self.matched_name,
        }


class Resolver:
    """Resolve names against a gazetteer; call it like a function.

    Parameters
    ----------
    gazetteer : Gazetteer, optional
        Default: the packaged gazetteer.
    region : str or None
        ISO country code preferred when a name is ambiguous (default ``"SY"``).
    min_fuzzy_ratio : float
        Least key similarity accepted by the fuzzy tier.

    Examples
    --------
    >>> resolve = Resolver()
    >>> resolve("Tamdor").place.name
    'Tadmur'
    >>> resolve("Kremlin") is None
    True
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, region: str | None = "SY",
                 min_fuzzy_ratio: float = 0.8, fallback=None):
        self.gazetteer = gazetteer or load_gazetteer()
        self.region = region
        self.min_fuzzy_ratio = min_fuzzy_ratio
        self.fallback = fallback
        self._cache: dict = {}
        self._answers: dict = {}  # resolutions by name, options and context (see __call__)
        self._fuzzy_buckets: dict[str | None, dict[int, list[str]]] = {}

    def __call__(self, name: str, *, admin1: str | None = None, near: tuple[float, float] | None = None,
                 kinds: frozenset[str] | None = None, allow_loose: bool = True,
                 region: str | None = None) -> Resolution | None:
        """Resolve one name.

        Parameters
        ----------
        name : str
            The name as written.
        admin1 : str, optional
            GeoNames admin1 code of a governorate named nearby.
        near : (lat, lon), optional
            A point the place is probably close to (other places of the article).
        kinds : frozenset of str, optional
            Only rows of these kinds (e.g. ``{"admin1"}`` for "X province").
        allow_loose : bool
            Whether the skeleton and fuzzy tiers may be used.
        region : str, optional
            The country whose rows the skeleton and fuzzy tiers may match
            (default: the resolver's region).

        Returns
        -------
        Resolution or None
        """
        # The answer depends on the name, the options and, of the point
        # ``near``, only on how far each candidate lies from it (_near_bonus):
        # answers are kept under that key (Resolution is immutable).
        if near is None:
            cache_key = (name, admin1, kinds, allow_loose, region)
        else:
            cands = self.candidates(name, kinds=kinds, allow_loose=allow_loose, region=region)
            cache_key = (name, admin1, kinds, allow_loose, region, tuple(_near_bonus(near, c.place) for c in cands))
        if cache_key in self._answers:
            return self._answers[cache_key]
        result = self._resolve(name, admin1, near, kinds, allow_loose, region)
        if len(self._answers) > 200_000:
            self._answers.clear()
        self._answers[cache_key] = result
        return result

    def _resolve(self, name, admin1, near, kinds, allow_loose, region) -> Resolution | None:
        tail = _AIR_TAIL.search(name) if allow_loose and (kinds is None or AIR_KINDS <= kinds) else None
        # an air facility's own spelling first, then the facility of the town it is named by,
        # and only then a loose spelling of the whole name
        cands = self.candidates(name, kinds=kinds, allow_loose=allow_loose and tail is None, region=region)
        if not cands and tail is not None:
            facility = self.air_facility(name[:tail.start()])
            if facility is not None:
                return facility
            cands = self.candidates(name, kinds=kinds, allow_loose=True, region=region)
        if not cands and (tail := _CAMP_TAIL.search(name)):  # "Handarat refugee camp" is the row "Handarat camp"
            return self(name[:tail.start()] + " camp", admin1=admin1, near=near, kinds=kinds, allow_loose=allow_loose,
                        region=region)
        if not cands:
            if self.fallback is not None and allow_loose and kinds is None and not is_common_word(name):
                place = self.fallback(name)
                if place is not None:
                    return Resolution(query=name, place=place, method="online", score=0.7, matched_name=name)
            return None
        ranked = sorted(
            (Candidate(c.place, c.method, c.score, self._rank(c, admin1, near, name)) for c in cands),
            key=lambda c: (-c.rank, c.place.id),
        )
        best = ranked[0]
        return Resolution(query=name, place=best.place, method=best.method, score=best.score,
                          matched_name=self._matched_name(name, best.place), alternatives=tuple(ranked[1:4]))

    def air_facility(self, town: str) -> Resolution | None:
        """The airport or air base named by ``town`` and an air word, where the
        gazetteer spells neither that way: the town may be the base's own other
        name ("Kuweires military airbase" is Rasm al-Abboud Air Base), or a town
        whose airport the gazetteer files under another of its names
        ("Dimashq International Airport", "Halab airport", "Tadmur airport")."""
        own = self(town, kinds=AIR_KINDS)
        if own is not None and own.score >= 0.8:
            return own
        head = _head_of(f"{town} airport")
        rows = {p.id: p for p in self._air_rows_by_head.get(head, ())} if head else {}
        if len(rows) == 1:  # "Nayrab airport" is the row "Nayrab Military Heliport"
            (place,) = rows.values()
            return Resolution(query=town, place=place, method="normalised", score=0.9,
                              matched_name=self._matched_name(f"{town} airport", place))
        res = self(town)
        if res is None or res.score < 0.8 or res.place.kind in FACILITY_KINDS or res.place.kind == "country":
            return None
        place = res.place
        for other in self.gazetteer.names(place):
            airport = self(f"{other} airport", kinds=AIR_KINDS, allow_loose=False)
            if airport is not None and geodesic_km(place.lat, place.lon, airport.place.lat, airport.place.lon) <= AIRFIELD_REACH_KM:
                return airport
        return None

    @cached_property
    def _air_rows_by_head(self) -> dict[str, list[Place]]:
        """Airports and air bases by the own words of each of their names ("nayrab" for "Nayrab Military Heliport")."""
        out: dict[str, list[Place]] = {}
        for place in self.gazetteer.places:
            if place.kind in AIR_KINDS:
                for name in self.gazetteer.names(place):
                    if (head := _head_of(name)) is not None:
                        out.setdefault(head, []).append(place)
        return out

    def candidates(self, name: str, *, kinds: frozenset[str] | None = None,
                   allow_loose: bool = True, region: str | None = None) -> list[Candidate]:
        """Every row the name may mean, from the first tier that finds any
        (the loose tiers only in ``region``, by default the resolver's)."""
        region = region or self.region
        cache_key = (name, kinds, allow_loose, region)
        hit = self._cache.get(cache_key)
        if hit is not None:
            return hit
        result = self._candidates(name, kinds, allow_loose, region)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[cache_key] = result
        return result

    def _candidates(self, name, kinds, allow_loose, region, read_from=()):
        gaz = self.gazetteer
        folded = fold(name)
        if not folded:
            return []
        k = key(name)

        def keep(indexes):
            return [i for i in indexes if kinds is None or gaz.places[i].kind in kinds]

        found: dict[int, Candidate] = {}
        for i in keep(gaz.by_fold.get(folded, ())):
            found[i] = Candidate(gaz.places[i], "exact", 1.0, 0.0)
        # Rows named in romanised Arabic are indexed without their article,
        # the others with it: each kind is matched by the key built its way.
        plain = key(name, False)
        for i in keep(gaz.by_key.get(k, ())):
            if k == plain or romanised_arabic(gaz.places[i].country):
                found.setdefault(i, Candidate(gaz.places[i], "normalised", 0.95, 0.0))
        if plain != k:
            for i in keep(gaz.by_key.get(plain, ())):
                if not romanised_arabic(gaz.places[i].country):
                    found.setdefault(i, Candidate(gaz.places[i], "normalised", 0.95, 0.0))
            if not found and _GLUED_AL_TYPO.match(folded):
                # "Allepo": a doubled l read as a glued article ("al-Lepo"); the name itself may start so
                for i in keep(gaz.by_key.get(plain, ())):
                    if romanised_arabic(gaz.places[i].country):
                        found.setdefault(i, Candidate(gaz.places[i], "normalised", 0.9, 0.0))
        if found and not any(c.method == "exact" for c in found.values()) and \
                (other := _kh_as_h(name)) != name and other not in read_from:
            # a respelling that may have come through Russian ("Arikha" is Ariha as well as 'Ariqah):
            # both stay candidates, and the article's other places choose
            have = {c.place.id for c in found.values()}
            for c in self._candidates(other, kinds, False, region, (*read_from, name)):
                if c.place.id not in have:
                    found[("kh", c.place.id)] = Candidate(c.place, "skeleton", round(c.score * 0.9, 4), 0.0)
        if any(c.method == "exact" for c in found.values()):
            # a name spelt as a row spells it outranks a respelling abroad ("Bekaa" is the Beqaa
            # Valley, not the Israeli village GeoNames also calls "Beka`")
            found = {i: c for i, c in found.items() if c.method == "exact" or c.place.country == region}
        # a respelling abroad does not stop the readings that may find the name at home
        # ("Derkuş" is Darkush, not the Turkish Durusu, once called Derkos)
        abroad = bool(found) and all(c.method != "exact" and c.place.country != region for c in found.values())
        readable = allow_loose and len(read_from) < _MOST_READINGS
        if readable and (not found or abroad):
            # a respelling read as a row spells it, before any looser match ("Chan Scheichun")
            # (at home only: "Sebkha" read as Russian "Sebha" is no Libyan Sabha, but As Sabkhah by its own skeleton)
            found.update(self._read(name, kinds, False, region, read_from, bool(region))
                         or abroad and self._read(name, kinds, True, region, read_from, abroad) or {})
        if found or not allow_loose or is_arabic(name) or len(k) < 4:
            return list(found.values())
        if all(is_common_word(w) for w in folded.split()) or folded in NON_PLACE_WORDS:
            return []
        for kk in dict.fromkeys((k, key(name, True, False))):  # (with what looked like a glued article: "Daret Azzeh")
            skel = skeleton(kk)
            if len(skel) < 3:
                continue
            for i in keep(gaz.by_skeleton.get(skel, ())):
                ratio = max(max(fuzz.ratio(kk, key(n)), fuzz.ratio(_one_e(kk), _one_e(key(n))))
                            for n in gaz.names(gaz.places[i])) / 100
                if ratio >= (0.85 if len(skel) <= 3 else 0.7) and self._same_head(name, gaz.places[i]):
                    found.setdefault(i, Candidate(gaz.places[i], "skeleton", round(0.6 + 0.35 * ratio, 4), 0.0))
        kept = self._regional(found, region)
        if not kept and readable and (read := self._read(name, kinds, True, region, read_from, bool(region))):
            return list(read.values())  # a respelling read loosely, after the name's own skeleton ("Saba Biyar")
        if kept or len(k) < 5:
            return kept  # (a skeleton found only abroad does not stop the fuzzy tier at home: "Eblin" is Iblin)
        limit = 1 if len(k) < 10 else 2
        pool = [key for n in range(len(k) - limit, len(k) + limit + 1) for key in self._fuzzy_keys(region).get(n, ())]
        for other, _ratio, _ in process.extract(k, pool, scorer=fuzz.ratio,
                                                score_cutoff=self.min_fuzzy_ratio * 100 - 5, limit=25):
            edits = OSA.distance(k, other)
            # a long name may differ in one letter of any kind; a short one
            # (not counting a generic head: "Kafr Naha" is no "Kafr Laha") only in spelling
            if edits > limit or _odd_edits(k, other) > (_own_length(k) >= 8):
                continue
            for i in keep(gaz.by_key[other]):
                if not self._same_head(name, gaz.places[i]):
                    continue
                score = round(0.9 * (1 - edits / max(len(k), len(other))), 4)
                if i not in found or found[i].score < score:
                    found[i] = Candidate(gaz.places[i], "fuzzy", score, 0.0)
        return self._regional(found, region)

    def _read(self, name, kinds, loose, region, read_from, home_only) -> dict:
        """Candidates of the first reading of ``name`` that finds any (none: {})."""
        for reading in (_from_arabizi, _as_english, _from_russian, _from_spanish, _from_germanic, _from_german_j,
                        _kafr_apart):
            # Kurdish and Turkish Latin spell Arabic j as c and sh as ş ("Cindirês" is Jindires);
            # a name that came through Russian writes ḥ as Kh ("Khabit" is Hbit); Spanish writes
            # Arabic j as y and kh as j ("Yasim" is Jasim, "Injil" Inkhil); German, Dutch and
            # Swedish write sh as sch or sj and kh as ch ("Chan Scheichun" is Khan Shaykhun)
            # (``read_from``: the spellings already read on the way here, so readings
            # that undo each other, Spanish y for j and German j for y, end)
            others = reading(name)
            read = {}
            for other in (others,) if isinstance(others, str) else others:
                if other != name and other not in read_from:
                    read.update((id(c.place), Candidate(c.place, "skeleton", round(c.score * 0.9, 4), 0.0))
                                for c in self._candidates(other, kinds, loose, region, (*read_from, name))
                                if (not home_only or c.place.country == region or self._near_home(c.place))
                                and c.score * 0.9 >= _WEAKEST_READING)
            if read:
                return read
        return {}

    def _near_home(self, place: Place) -> bool:
        """Whether a place abroad lies near enough to the region for a respelling to reach it
        ("Ba3albak" is Baalbek; "Sebkha" read as Russian "Sebha" is no Libyan Sabha)."""
        home = self.home
        return home is not None and geodesic_km(home[0], home[1], place.lat, place.lon) <= READING_ABROAD_KM

    def _same_head(self, name: str, place: Place) -> bool:
        """Whether a loose match keeps the name's own word when both names end
        in a generic qualifier: "Daraa al-Balad" is not "Adra al-Balad", though
        the whole keys are two edits apart ("Dier Sharqi" is Deir Sharqi: the
        own words are near, or share their consonants and first letter)."""
        head = _head_of(name)
        if head is None:
            return True
        heads = [h for h in map(_head_of, self.gazetteer.names(place)) if h is not None]
        return not heads or any(fuzz.ratio(head, h) >= 80 or skeleton(head) == skeleton(h) and head[0] == h[0]
                                and abs(len(head) - len(h)) <= 2 for h in heads)

    def _fuzzy_keys(self, region: str | None) -> dict[int, list[str]]:
        """Keys the fuzzy tier searches, by length. Loose matches outside
        ``region`` are never accepted (see ``_regional``), so only its keys."""
        buckets = self._fuzzy_buckets.get(region)
        if buckets is None:
            gaz = self.gazetteer
            buckets = self._fuzzy_buckets[region] = {}
            for key_ in gaz.keys:
                if region and not any(gaz.places[i].country == region for i in gaz.by_key[key_]):
                    continue
                buckets.setdefault(len(key_), []).append(key_)
        return buckets

    @cached_property
    def home(self) -> tuple[float, float] | None:
        """The default region's representative point (None without a region)."""
        return next(((p.lat, p.lon) for p in self.gazetteer.places
                     if p.kind == "country" and p.country == self.region), None) if self.region else None

    def _regional(self, found: dict, region: str | None) -> list[Candidate]:
        """Loose (skeleton or fuzzy) matches are kept only inside ``region``
        (the default region, unless an article's places put it in another
        country: see :mod:`strikemap.mentions`). The world rows carry many
        variants of their own, so a loose match abroad is far more often a
        Syrian village the gazetteer lacks ("Khan al-Shih" is no Chinese
        town) than a new spelling of a city."""
        return [c for c in found.values() if not region or c.place.country == region]

    def _rank(self, cand: Candidate, admin1, near, name) -> float:
        place = cand.place
        rank = cand.score
        if self.region and place.country == self.region:
            rank += 0.3
        if admin1 and place.admin1 == admin1 and place.country == (self.region or place.country):
            rank += 0.3
        if near is not None:
            rank += _near_bonus(near, place)
        bonus = _KIND_BONUS.get(place.kind, 0.0)
        if place.kind in ("airbase", "airport") and any(w in name.lower() for w in _AIR_WORDS):
            bonus = 0.1
        rank += bonus + 0.03 * math.log10(place.population + 1)
        return round(rank, 6)

    def _matched_name(self, name: str, place: Place) -> str:
        folded, k = fold(name), key(name)
        names = self.gazetteer.names(place)
        for n in names:
            if fold(n) == folded:
                return n
        for n in names:
            if key(n) == k:
                return n
        return max(names, key=lambda n: (fuzz.ratio(k, key(n)), n))
