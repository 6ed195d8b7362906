"""The records that flow through the stages.

article -> sentences -> mentions -> resolved places -> claims -> strikes.
Each stage reads the fields earlier stages set and adds its own; nothing
is dropped: an unresolved mention keeps its text, offsets and reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from strikemap.records import pickled_by_fields
from strikemap.resolver import Resolution
from strikemap.sentences import Sentence

__all__ = ["DateInfo", "ArticleMeta", "Article", "Mention", "Casualties", "Claim", "Strike"]


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class DateInfo:
    """A day, or the interval it lies in, with where it came from.

    ``earliest``/``latest`` bound the day (``None`` when open); they are
    equal for a known day. ``month_day`` holds a day given without a year
    ("November 3"). ``confidence`` is ``high``, ``medium`` or ``low``.
    """

    earliest: date | None = None
    latest: date | None = None
    source: str = ""
    confidence: str = "low"
    month_day: tuple[int, int] | None = None

    @property
    def day(self) -> date | None:
        """The single day when it is known."""
        return self.earliest if self.earliest is not None and self.earliest == self.latest else None

    @property
    def known(self) -> bool:
        return self.earliest is not None or self.latest is not None or self.month_day is not None

    def text(self) -> str | None:
        """ISO day, ``earliest/latest`` interval, ``--MM-DD`` or ``None``."""
        if self.day:
            return self.day.isoformat()
        if self.earliest or self.latest:
            lo = self.earliest.isoformat() if self.earliest else ".."
            hi = self.latest.isoformat() if self.latest else ".."
            return f"{lo}/{hi}"
        if self.month_day:
            return f"--{self.month_day[0]:02d}-{self.month_day[1]:02d}"
        return None


@dataclass(slots=True)
class ArticleMeta:
    """What an article says about itself in its header lines."""

    title: str = ""
    outlet: str = ""
    language: str = "en"
    published: DateInfo = field(default_factory=DateInfo)
    reference: DateInfo = field(default_factory=DateInfo)


@dataclass(slots=True)
class Article:
    """One input document. ``text`` is exactly as decoded, so offsets hold."""

    doc: str
    text: str
    encoding: str = "utf-8"
    path: str = ""
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    sentences: list[Sentence] = field(default_factory=list)


@pickled_by_fields
@dataclass(slots=True)
class Mention:
    """A span that names a place, resolved or not.

    ``start``/``end`` cover the name; ``phrase_start``/``phrase_end`` the
    whole locative phrase ("20 km east of Aleppo"). ``precision`` is one of
    ``exact``, ``near``, ``offset``, ``area``, ``admin1``, ``country``.
    ``role`` says why the span is not a place of its own when it is not
    (``modifier`` for "Britain-based", ``organisation``, ``speaker``) and
    is empty otherwise.
    """

    text: str
    start: int
    end: int
    sentence: int
    resolution: Resolution | None = None
    precision: str = "exact"
    qualifier: str = ""
    bearing: float | None = None
    distance_km: float | None = None
    phrase_start: int = -1
    phrase_end: int = -1
    role: str = ""
    reason: str = ""
    loose: bool = False
    context: str = ""

    @property
    def place_id(self) -> str | None:
        return self.resolution.place.id if self.resolution else None

    def shifted(self, offset: int, sentence: int) -> "Mention":
        """A copy moved by ``offset`` characters into sentence ``sentence``."""
        return Mention(self.text, self.start + offset, self.end + offset, sentence, self.resolution, self.precision,
                       self.qualifier, self.bearing, self.distance_km,
                       self.phrase_start + offset if self.phrase_start >= 0 else -1,
                       self.phrase_end + offset if self.phrase_end >= 0 else -1,
                       self.role, self.reason, self.loose, self.context)


@pickled_by_fields
@dataclass(frozen=True, slots=True)
class Casualties:
    """Killed and wounded as the text states them."""

    killed_min: int | None = None
    killed_max: int | None = None
    wounded_min: int | None = None
    wounded_max: int | None = None
    civilians_killed_min: int | None = None
    text: str = ""

    def as_dict(self) -> dict:
        return {"killed_min": self.killed_min, "killed_max": self.killed_max,
                "wounded_min": self.wounded_min, "wounded_max": self.wounded_max,
                "civilians_killed_min": self.civilians_killed_min, "text": self.text}

    def __bool__(self) -> bool:
        return bool(self.text)


@pickled_by_fields
@dataclass(slots=True)
class Claim:
    """One sentence's claim that a strike hit one place (or no place)."""

    doc: str
    sentence: str
    start: int
    end: int
    mention: Mention | None
    claimant: str
    stance: str
    attack_type: str
    casualties: Casualties
    date: DateInfo
    perpetrator: str = ""
    follow_on: bool = False
    lat: float | None = None
    lon: float | None = None
    uncertainty_km: float | None = None
    wire_group: str = ""
    outlet: str = ""
    title: str = ""

    @property
    def place_id(self) -> str | None:
        return self.mention.place_id if self.mention else None


@dataclass(slots=True)
class Strike:
    """Claims from any number of articles about one strike."""

    id: str
    claims: list[Claim]
    place_id: str | None
    place: str
    admin1: str
    country_code: str
    precision: str
    lat: float | None
    lon: float | None
    uncertainty_km: float | None
    date: DateInfo
    stance: str
    attack_type: str
    kind: str = ""
    bearing: str = ""
    date_note: str = ""
