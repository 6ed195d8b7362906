"""Turn strikes and placeless claims into GeoJSON features and CSV rows.

Needs: a :class:`~strikemap.pipeline.Result`. Adds: an RFC 7946
FeatureCollection (one Point feature per strike, a null-geometry feature
per claim without a place) and the rows of ``claims.csv`` and
``unresolved.csv``. Output is deterministic: stable order, fixed float
precision, no timestamps.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Iterator

import orjson

from strikemap.model import Claim, DateInfo, Strike

__all__ = ["json_text", "feature_collection", "strike_feature", "claim_rows", "unresolved_rows",
           "CLAIM_COLUMNS", "UNRESOLVED_COLUMNS", "SCHEMA_VERSION"]

SCHEMA_VERSION = "1.0"
_WORDS = {"N": "north", "NE": "north-east", "E": "east", "SE": "south-east", "S": "south", "SW": "south-west",
          "W": "west", "NW": "north-west"}
CLAIM_COLUMNS = ["strike_id", "date", "date_earliest", "date_latest", "date_confidence", "place", "place_id",
                 "admin1", "country_code", "lat", "lon", "precision", "uncertainty_km", "mention", "claimant",
                 "stance", "attack_type", "perpetrator", "killed_min", "killed_max", "wounded_min", "wounded_max",
                 "casualties", "wire_group", "document", "start", "end", "sentence"]
UNRESOLVED_COLUMNS = ["document", "start", "end", "mention", "reason", "sentence"]


def json_text(value) -> str:
    """Compact JSON, keys sorted, non-ASCII kept (orjson: several times
    faster than the standard library's C encoder on features).

    >>> json_text({"b": [1.5, None], "a": "Ḥamā"})
    '{"a":"Ḥamā","b":[1.5,null]}'
    """
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def _round(value: float | None, digits: int = 6) -> float | None:
    return None if value is None else round(float(value), digits)


def _best_day(date: DateInfo) -> str | None:
    if date.day:
        return date.day.isoformat()
    if date.earliest is None and date.latest is not None and date.source.startswith("'"):
        return date.latest.isoformat()
    return None


@lru_cache(maxsize=1 << 16)
def _date_fields(date: DateInfo) -> dict:  # shared between callers: read it, never change it
    return {
        "date": _best_day(date) or (date.latest.isoformat() if date.latest and date.earliest is None
                                     and "merged" in date.source else None),
        "date_earliest": date.earliest.isoformat() if date.earliest else None,
        "date_latest": date.latest.isoformat() if date.latest else None,
        "date_text": date.text(),
        "date_confidence": date.confidence if date.known else None,
        "date_source": date.source or None,
    }


def _claim_object(claim: Claim) -> dict:
    m = claim.mention
    res = m.resolution if m else None
    obj = {
        "doc": claim.doc,
        "sentence": claim.sentence,
        "start": claim.start,
        "end": claim.end,
        "mention": m.text if m else None,
        "mention_start": m.start if m else None,
        "mention_end": m.end if m else None,
        "phrase": None,
        "precision": m.precision if m else "country",
        "qualifier": (m.qualifier or None) if m else None,
        "claimant": claim.claimant,
        "stance": claim.stance,
        "attack_type": claim.attack_type,
        "perpetrator": claim.perpetrator or None,
        "casualties": claim.casualties.as_dict() if claim.casualties else None,
        "follow_on": claim.follow_on,
        "wire_group": claim.wire_group,
        "outlet": claim.outlet or None,
        "title": claim.title or None,
        "match": None,
    }
    if m is not None:
        obj["phrase"] = None if m.phrase_start < 0 else [m.phrase_start, m.phrase_end]
    if res is not None:
        obj["match"] = {"name": res.place.name, "id": res.place.id, "method": res.method,
                        "score": round(res.score, 3), "matched_name": res.matched_name,
                        "runner_up": (res.alternatives[0].place.id if res.alternatives else None)}
    dates = _date_fields(claim.date)
    obj["date"], obj["date_text"] = dates["date"], dates["date_text"]
    obj["date_confidence"], obj["date_source"] = dates["date_confidence"], dates["date_source"]
    return obj


def _range(values: list[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    lows = [lo for lo, _ in values if lo is not None]
    highs = [hi if hi is not None else lo for lo, hi in values if lo is not None or hi is not None]
    return (min(lows) if lows else None, max(highs) if highs else None)


def _source_units(claims: list[Claim]) -> int:
    """Articles, with articles that share wire copy counted once."""
    parent: dict[str, str] = {}

    def find(x):
        parent.setdefault(x, x)
        while parent[x] != x:
            x = parent[x]
        return x

    if len(claims) == 1:
        return 1
    by_group: dict[str, str] = {}
    for c in claims:
        find(c.doc)
        if c.wire_group in by_group:
            a, b = find(by_group[c.wire_group]), find(c.doc)
            if a != b:
                parent[max(a, b)] = min(a, b)
        else:
            by_group[c.wire_group] = c.doc
    return len({find(c.doc) for c in claims})


def strike_feature(strike: Strike) -> dict:
    """One GeoJSON Feature for a strike (Point, ``[lon, lat]``)."""
    claims = strike.claims
    docs = sorted({c.doc for c in claims})
    claimants = sorted({c.claimant for c in claims})
    killed = _range([(c.casualties.killed_min, c.casualties.killed_max) for c in claims if c.casualties])
    wounded = _range([(c.casualties.wounded_min, c.casualties.wounded_max) for c in claims if c.casualties])
    names = sorted({c.mention.text for c in claims})
    perpetrators = sorted({c.perpetrator for c in claims if c.perpetrator})
    asserted = [c for c in claims if c.stance == "asserted"]
    label = strike.place
    if strike.precision == "offset":
        label = f"{_WORDS.get(strike.bearing, strike.bearing)} of {strike.place}"
    elif strike.precision == "near":
        label = f"near {strike.place}"
    elif strike.precision == "area" and strike.kind not in ("mountain", "plain", "region", "district"):
        label = f"{strike.place} countryside"
    props = {
        "place": strike.place,
        "label": label,
        "place_id": strike.place_id,
        "place_kind": strike.kind,
        "admin1": strike.admin1 or None,
        "country_code": strike.country_code,
        "precision": strike.precision,
        "bearing": strike.bearing or None,
        "uncertainty_km": _round(strike.uncertainty_km, 1),
        "names_in_text": names,
        **_date_fields(strike.date),
        "date_note": strike.date_note or None,
        "first_date": min((c.date.day.isoformat() for c in claims if c.date.day), default=None),
        "attack_type": strike.attack_type,
        "attack_types": sorted({c.attack_type for c in claims}),
        "stance": strike.stance,
        "claim_count": len(claims),
        "article_count": len(docs),
        "asserted_count": len(asserted),
        "denied_count": len(claims) - len(asserted),
        "independent_sources": _source_units(claims),
        "claimants": claimants,
        "claimants_text": "; ".join(claimants),
        "perpetrator": "; ".join(perpetrators) or None,
        "killed_min": killed[0],
        "killed_max": killed[1],
        "wounded_min": wounded[0],
        "wounded_max": wounded[1],
        "documents": docs,
        "claims": [_claim_object(c) for c in claims],
    }
    return {"type": "Feature", "id": strike.id,
            "geometry": {"type": "Point", "coordinates": [_round(strike.lon), _round(strike.lat)]},
            "properties": props}


def _placeless_id(claim: Claim) -> str:
    return "c" + hashlib.sha1(f"{claim.doc}|{claim.start}|{claim.end}".encode()).hexdigest()[:12]


def placeless_feature(claim: Claim) -> dict:
    """A null-geometry Feature for a claim that names no locatable place."""
    fid = _placeless_id(claim)
    country = claim.mention.resolution.place if claim.mention and claim.mention.resolution else None
    props = {
        "place": country.name if country else None,
        "label": f"somewhere in {country.name}" if country else "no place named",
        "place_id": country.id if country else None,
        "place_kind": "country" if country else None,
        "admin1": None,
        "country_code": country.country if country else None,
        "precision": "country",
        "bearing": None,
        "uncertainty_km": None,
        "names_in_text": [claim.mention.text] if claim.mention else [],
        **_date_fields(claim.date),
        "date_note": None,
        "first_date": claim.date.day.isoformat() if claim.date.day else None,
        "attack_type": claim.attack_type,
        "attack_types": [claim.attack_type],
        "stance": claim.stance,
        "claim_count": 1,
        "article_count": 1,
        "asserted_count": int(claim.stance == "asserted"),
        "denied_count": int(claim.stance != "asserted"),
        "independent_sources": 1,
        "claimants": [claim.claimant],
        "claimants_text": claim.claimant,
        "perpetrator": claim.perpetrator or None,
        "killed_min": claim.casualties.killed_min if claim.casualties else None,
        "killed_max": (claim.casualties.killed_max or claim.casualties.killed_min) if claim.casualties else None,
        "wounded_min": claim.casualties.wounded_min if claim.casualties else None,
        "wounded_max": (claim.casualties.wounded_max or claim.casualties.wounded_min) if claim.casualties else None,
        "documents": [claim.doc],
        "claims": [_claim_object(claim)],
    }
    return {"type": "Feature", "id": fid, "geometry": None, "properties": props}


def feature_collection(strikes: list[Strike], placeless: list[Claim], *, meta: dict | None = None) -> dict:
    """The FeatureCollection written to ``strikes.geojson``."""
    features = [strike_feature(s) for s in strikes] + [placeless_feature(c) for c in placeless]
    collection = {"type": "FeatureCollection", "features": features}
    if meta:
        collection["strikemap"] = {"schema_version": SCHEMA_VERSION, **meta}
    return collection


def claim_rows(strikes: list[Strike], placeless: list[Claim]) -> Iterator[dict]:
    """Rows of ``claims.csv``: one per claim, analysts' columns first."""
    for strike in strikes:
        for claim in strike.claims:
            yield _row(claim, strike.id, strike)
    for claim in placeless:
        yield _row(claim, _placeless_id(claim), None)


def _row(claim: Claim, strike_id: str, strike: Strike | None) -> dict:
    m = claim.mention
    place = m.resolution.place if m and m.resolution else None
    dates = _date_fields(claim.date)
    cas = claim.casualties
    return {
        "strike_id": strike_id, "date": dates["date"], "date_earliest": dates["date_earliest"],
        "date_latest": dates["date_latest"], "date_confidence": dates["date_confidence"],
        "place": place.name if place else None, "place_id": place.id if place else None,
        "admin1": (place.admin1 or None) if place else None, "country_code": place.country if place else None,
        "lat": _round(claim.lat), "lon": _round(claim.lon),
        "precision": m.precision if m else "country", "uncertainty_km": _round(claim.uncertainty_km, 1),
        "mention": m.text if m else None, "claimant": claim.claimant, "stance": claim.stance,
        "attack_type": claim.attack_type, "perpetrator": claim.perpetrator or None,
        "killed_min": cas.killed_min, "killed_max": cas.killed_max, "wounded_min": cas.wounded_min,
        "wounded_max": cas.wounded_max, "casualties": cas.text or None, "wire_group": claim.wire_group,
        "document": claim.doc, "start": claim.start, "end": claim.end, "sentence": claim.sentence,
    }


def unresolved_rows(unresolved) -> Iterator[dict]:
    """Rows of ``unresolved.csv``: place-like mentions that were not placed."""
    for doc, m in unresolved:
        yield {"document": doc, "start": m.start, "end": m.end, "mention": m.text,
               "reason": m.reason or "no gazetteer match", "sentence": m.context or None}
