"""Merge claims from many articles into strikes.

Needs: claims from every article and the gazetteer. Adds:
:class:`~strikemap.model.Strike` objects -- one per place (and direction,
for "east of X") and date -- each with all its claims, its location and
honest uncertainty, corroboration counts and a stable id.

* Claims about the same place join when their dates can be the same day
  (a day, an interval such as "on or before 10 November", or a day
  without a year); when articles disagree the strike says so.
* Wire copy -- the same run of eight or more words in several articles --
  counts as one source in ``independent_sources``; every article keeps its
  own claims.
* Claims that locate nothing finer than a country stay claims without a
  place (``precision: country``, no geometry).
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter, defaultdict
from datetime import date
from functools import lru_cache

from geopy.distance import distance as geo_distance

from strikemap.dates import compatible, intersect, narrow
from strikemap.gazetteer import Gazetteer, geodesic_km
from strikemap.model import Claim, DateInfo, Strike

__all__ = ["build_strikes", "assign_wire_groups", "claim_location", "PRECISIONS"]

PRECISIONS = ("exact", "near", "offset", "area", "admin1", "country")
_BASE_KM = {"city": 5.0, "town": 2.0, "village": 1.0, "neighbourhood": 0.7, "landmark": 0.5,
            "airbase": 2.0, "airport": 2.0, "camp": 1.0, "mountain": 15.0, "plain": 15.0,
            "region": 20.0, "district": 15.0, "field": 5.0, "dam": 2.0, "base": 2.0}
NEAR_KM = 10.0
DEFAULT_OFFSET_KM = 10.0
COUNTRYSIDE_KM = 25.0
_COMPASS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
_ATTACK_ORDER = ["barrel_bomb", "missile", "drone", "air_strike"]


def _compass(bearing: float) -> str:
    return _COMPASS[int(((bearing % 360) + 22.5) // 45) % 8]


def claim_location(claim: Claim, gazetteer: Gazetteer) -> None:
    """Set ``lat``, ``lon`` and ``uncertainty_km`` of a located claim."""
    m = claim.mention
    if m is None or m.resolution is None or m.precision == "country":
        return
    place = m.resolution.place
    base = _BASE_KM.get(place.kind, 2.0 if place.population < 100_000 else 5.0)
    lat, lon = place.lat, place.lon
    if m.precision == "admin1" or place.kind == "admin1":
        radius = gazetteer.admin1_radius_km(place)
        claim.lat, claim.lon, claim.uncertainty_km = lat, lon, radius
        return
    if m.precision == "offset":
        dist = m.distance_km if m.distance_km is not None else DEFAULT_OFFSET_KM
        lat, lon = _destination(lat, lon, dist, m.bearing or 0.0)
        unc = base + (max(2.0, 0.25 * dist) if m.distance_km is not None else DEFAULT_OFFSET_KM)
    elif m.precision == "near":
        unc = base + NEAR_KM
    elif m.precision == "area":
        unc = max(base, COUNTRYSIDE_KM)
    else:
        unc = base
    claim.lat, claim.lon, claim.uncertainty_km = round(lat, 6), round(lon, 6), round(unc, 1)


@lru_cache(maxsize=1 << 14)
def _destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point ``km`` from a place along ``bearing`` on the WGS84
    ellipsoid (many claims name the same offset from the same place)."""
    point = geo_distance(kilometers=km).destination((lat, lon), bearing=bearing)
    return point.latitude, point.longitude


def assign_wire_groups(claims: list[Claim], shingle: int = 8) -> None:
    """Give claims whose sentences share eight or more words in a row one group.

    Sets ``wire_group`` on every claim (a short hash; claims whose sentence
    is shared by no other article have a group of their own).
    """
    sentences = sorted({(c.doc, c.start, c.sentence) for c in claims})
    parent = list(range(len(sentences)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(x, y):
        a, b = find(x), find(y)
        if a != b:
            parent[max(a, b)] = min(a, b)

    seen: dict[tuple, int] = {}
    first_with_text: dict[str, int] = {}
    for i, (_doc, _start, text) in enumerate(sentences):
        words = re.findall(r"\w+", text.lower())
        if len(words) < shingle:
            continue
        same = first_with_text.setdefault(text, i)
        if same != i:  # the very same sentence: the same shingles
            union(same, i)
            continue
        for gram in zip(*(words[k:] for k in range(shingle))):
            owner = seen.setdefault(gram, i)
            if owner != i:
                union(owner, i)
    group_of = {}
    for i, (doc, start, text) in enumerate(sentences):
        root = sentences[find(i)]
        group_of[(doc, start)] = "w" + hashlib.sha1(f"{root[0]}|{root[1]}".encode()).hexdigest()[:8]
    for claim in claims:
        claim.wire_group = group_of[(claim.doc, claim.start)]


def _mode(claim: Claim) -> str:
    m = claim.mention
    if m.precision == "offset":
        return "offset:" + _compass(m.bearing or 0.0)
    if m.precision == "area" and m.resolution.place.kind != "admin1":
        return "area"
    return "point"


class _Cluster:
    """Claims of one place and mode that can name the same day, with their narrowed date."""

    __slots__ = ("claims", "date", "fixed")

    def __init__(self, claim: Claim):
        self.claims = [claim]
        self.date = claim.date
        self.fixed = claim.date.day is not None

    def add(self, claim: Claim) -> None:
        # Keeps what narrow() over the members would give: a cluster begun
        # by a day keeps that day (only claims of that day join it);
        # otherwise the known dates intersect.
        self.claims.append(claim)
        if self.fixed or not claim.date.known:
            return
        self.date = intersect(self.date, claim.date) if self.date.known else claim.date

    def key(self):
        d = self.date
        return len(self.claims), d.day or d.latest or d.earliest or date.min


def _cluster_by_date(claims: list[Claim]) -> list[list[Claim]]:
    """Group one place's claims by day: each claim joins the best-supported
    cluster whose date it fits (for open intervals, the latest fitting day).

    Claims with a day come first, so the clusters of days are all made
    before any interval is placed and are found through an index by day
    (and by month and day, for a date without a year); the cost is linear
    in the claims times the clusters an interval spans.
    """
    def order(c: Claim):
        d = c.date
        known_day = d.day is not None
        anchor = d.day or d.latest or d.earliest
        return (0 if known_day else 1 if (d.earliest or d.latest) else 2, anchor.toordinal() if anchor else 0, c.doc, c.start)

    clusters: list[_Cluster] = []
    by_day: dict[date, int] = {}
    day_index: list[tuple[date, int]] | None = None  # sorted, once the days are all placed
    by_month_day: dict[tuple[int, int], list[int]] = {}  # the same clusters by month and day
    others: list[int] = []  # clusters without a day of their own
    for claim in sorted(claims, key=order):
        d = claim.date
        if d.day is not None:
            same_day = by_day.get(d.day)
            fits = [same_day] if same_day is not None and compatible(clusters[same_day].date, d) else []
        elif not d.known:
            fits = range(len(clusters))
        else:
            if day_index is None:
                day_index = sorted(by_day.items())
                for day, i in day_index:
                    by_month_day.setdefault((day.month, day.day), []).append(i)
            if d.earliest is None and d.latest is None:  # "November 3": only days of that date can fit
                days = by_month_day.get(d.month_day, [])
            else:
                lo = bisect.bisect_left(day_index, (d.earliest,)) if d.earliest else 0
                hi = bisect.bisect_right(day_index, (d.latest, len(clusters))) if d.latest else len(day_index)
                days = [i for _day, i in day_index[lo:hi]]
            fits = sorted([i for i in days if compatible(clusters[i].date, d)]
                          + [i for i in others if compatible(clusters[i].date, d)])
        if fits:
            best = max(fits, key=lambda i: clusters[i].key())
            clusters[best].add(claim)
        else:
            clusters.append(_Cluster(claim))
            if d.day is not None:
                by_day[d.day] = len(clusters) - 1
            else:
                others.append(len(clusters) - 1)
    return [c.claims for c in clusters]


def _strike_id(*parts: str) -> str:
    return "s" + hashlib.sha1("|".join(parts).encode()).hexdigest()[:12]


def build_strikes(claims: list[Claim], gazetteer: Gazetteer, corrections=None) -> tuple[list[Strike], list[Claim]]:
    """Group located claims into strikes.

    Parameters
    ----------
    claims : list of Claim
        From every article.
    gazetteer : Gazetteer

    corrections : list of Correction, optional
        Analyst corrections (:mod:`strikemap.corrections`), applied here.

    Returns
    -------
    (strikes, placeless) : tuple
        Strikes sorted by date then place, and the claims that name no
        place finer than a country, in document order.
    """
    from strikemap.corrections import apply_to_claims, apply_to_strikes

    if corrections:
        claims = apply_to_claims(claims, corrections, gazetteer)
    assign_wire_groups(claims)
    located, placeless = [], []
    for claim in claims:
        if claim.mention is None or claim.mention.resolution is None or claim.mention.precision == "country":
            placeless.append(claim)
        else:
            claim_location(claim, gazetteer)
            located.append(claim)
    years_by_day: dict[tuple[int, int], set[int]] = defaultdict(set)
    for claim in claims:
        if claim.date.day:
            years_by_day[(claim.date.day.month, claim.date.day.day)].add(claim.date.day.year)
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in located:
        groups[(claim.mention.resolution.place.id, _mode(claim))].append(claim)
    strikes = []
    for (place_id, mode), members in sorted(groups.items()):
        for cluster in _cluster_by_date(members):
            strikes.append(_strike(place_id, mode, cluster, gazetteer, years_by_day))
    if corrections:
        def rebuild(target: Strike, merged: list[Claim]) -> Strike:
            mode = f"offset:{target.bearing}" if target.bearing else "point"
            again = _strike(target.place_id, mode, merged, gazetteer, years_by_day)
            again.id = target.id
            return again
        strikes = apply_to_strikes(strikes, corrections, rebuild)
    strikes.sort(key=lambda s: (s.date.text() or "~", s.place, s.id))
    placeless.sort(key=lambda c: (c.doc, c.start))
    return strikes, placeless


def _strike(place_id: str, mode: str, claims: list[Claim], gazetteer: Gazetteer, years_by_day) -> Strike:
    claims = sorted(claims, key=lambda c: (c.doc, c.start, c.stance))
    place = gazetteer.get(place_id)
    when, disagree = narrow([c.date for c in claims])
    note = ""
    if when.day is None and when.month_day and len(years_by_day.get(when.month_day, ())) == 1:
        day = date(next(iter(years_by_day[when.month_day])), *when.month_day)
        if (when.latest is None or day <= when.latest) and (when.earliest is None or day >= when.earliest):
            when = DateInfo(day, day, "year taken from other articles of the same day", "low")
            note = "year inferred from other articles"
    if disagree:
        note = (note + "; " if note else "") + "articles disagree on the date"
    for claim in claims:
        if claim.date.day is None and when.day is not None and compatible(claim.date, when):
            claim.date = DateInfo(when.day, when.day, f"merged: {claim.date.source or 'no date in article'}", "low")
    precision = max({c.mention.precision for c in claims}, key=lambda p: (PRECISIONS.index(p), p))
    if place.kind == "admin1":
        precision = "admin1"
    chosen = [c for c in claims if c.mention.precision == precision] or claims
    lat = sorted(c.lat for c in chosen)[len(chosen) // 2]
    lon = sorted(c.lon for c in chosen)[len(chosen) // 2]
    unc = max(c.uncertainty_km for c in chosen)
    stances = {c.stance for c in claims}
    stance = "disputed" if len(stances) > 1 else stances.pop()
    if len(claims) == 1:
        attack = claims[0].attack_type
    else:
        attacks = Counter(c.attack_type for c in claims)
        attack = max(attacks, key=lambda a: (attacks[a], -_ATTACK_ORDER.index(a) if a in _ATTACK_ORDER else -9))
    anchor = when.text() or "undated"
    strike = Strike(id=_strike_id(place_id, mode, anchor), claims=claims, place_id=place_id, place=place.name,
                    admin1=place.admin1, country_code=place.country, precision=precision,
                    lat=round(lat, 6), lon=round(lon, 6), uncertainty_km=round(unc, 1), date=when,
                    stance=stance, attack_type=attack, kind=place.kind,
                    bearing=mode.split(":")[1] if mode.startswith("offset") else "", date_note=note)
    return strike
