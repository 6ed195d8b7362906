"""Analyst corrections, applied on every build.

A corrections file is a CSV with the columns ``action``, ``doc``,
``start``, ``mention``, ``place_id``, ``strike_id``, ``target_strike_id``
and ``note`` (unused columns may be left empty):

``pin``
    Claims in ``doc`` (at the sentence starting at ``start``, if given)
    whose mention is ``mention`` are placed at gazetteer row ``place_id``.
``drop``
    Drop claims (by ``doc``, ``start`` and/or ``mention``), or a whole
    strike by ``strike_id``.
``merge``
    Move the claims of strike ``strike_id`` into ``target_strike_id``.

Strike ids derive from place and date, so corrections keep applying when
new articles arrive. Every correction is reported; one that matches
nothing is reported as such.
"""

from __future__ import annotations

import csv
import logging
from dataclasses import dataclass, replace
from pathlib import Path

from strikemap.errors import InputError
from strikemap.gazetteer import Gazetteer
from strikemap.model import Claim, Strike
from strikemap.resolver import Resolution

__all__ = ["Correction", "read_corrections", "apply_to_claims", "apply_to_strikes"]

log = logging.getLogger(__name__)
COLUMNS = ["action", "doc", "start", "mention", "place_id", "strike_id", "target_strike_id", "note"]


@dataclass
class Correction:
    action: str
    doc: str = ""
    start: int | None = None
    mention: str = ""
    place_id: str = ""
    strike_id: str = ""
    target_strike_id: str = ""
    note: str = ""
    applied: int = 0

    def describe(self) -> str:
        what = self.strike_id or " ".join(x for x in (self.doc, str(self.start or ""), self.mention) if x)
        return f"{self.action} {what}" + (f" -> {self.place_id or self.target_strike_id}"
                                         if self.place_id or self.target_strike_id else "")


def read_corrections(path: str | Path, gazetteer: Gazetteer) -> list[Correction]:
    """Read and check a corrections file.

    Raises
    ------
    InputError
        On a missing file, an unknown action or an unknown place id.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"corrections file not found: {path}")
    out = []
    with open(path, encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        if "action" not in (reader.fieldnames or []):
            raise InputError(f"{path.name}: needs an 'action' column (pin, drop or merge)")
        for line, row in enumerate(reader, start=2):
            row = {k: (row.get(k) or "").strip() for k in COLUMNS}
            action = row["action"].lower()
            if action not in ("pin", "drop", "merge"):
                raise InputError(f"{path.name} line {line}: unknown action {row['action']!r} (pin, drop or merge)")
            if action == "pin" and gazetteer.get(row["place_id"]) is None:
                raise InputError(f"{path.name} line {line}: unknown place_id {row['place_id']!r}")
            if action == "merge" and not (row["strike_id"] and row["target_strike_id"]):
                raise InputError(f"{path.name} line {line}: merge needs strike_id and target_strike_id")
            try:
                start = int(row["start"]) if row["start"] else None
            except ValueError:
                raise InputError(f"{path.name} line {line}: start must be a number") from None
            out.append(Correction(action, row["doc"], start, row["mention"], row["place_id"], row["strike_id"],
                                  row["target_strike_id"], row["note"]))
    return out


def _matches(c: Correction, claim: Claim) -> bool:
    if c.doc and claim.doc != c.doc:
        return False
    if c.start is not None and claim.start != c.start:
        return False
    if c.mention and (claim.mention is None or claim.mention.text != c.mention):
        return False
    return bool(c.doc or c.start is not None or c.mention)


def apply_to_claims(claims: list[Claim], corrections: list[Correction], gazetteer: Gazetteer) -> list[Claim]:
    """Pins and claim drops; returns the claims kept."""
    kept = []
    for claim in claims:
        drop = False
        for c in corrections:
            if c.action == "drop" and not c.strike_id and _matches(c, claim):
                c.applied += 1
                drop = True
            elif c.action == "pin" and _matches(c, claim) and claim.mention is not None:
                place = gazetteer.get(c.place_id)
                res = Resolution(query=claim.mention.text, place=place, method="exact", score=1.0,
                                 matched_name=f"analyst correction: {c.note or c.place_id}")
                precision = "admin1" if place.kind == "admin1" else (
                    claim.mention.precision if claim.mention.precision not in ("admin1", "country") else "exact")
                claim.mention = replace(claim.mention, resolution=res, precision=precision,
                                        qualifier=(claim.mention.qualifier + " (pinned by analyst)").strip())
                c.applied += 1
        if not drop:
            kept.append(claim)
    return kept


def apply_to_strikes(strikes: list[Strike], corrections: list[Correction], rebuild) -> list[Strike]:
    """Strike drops and merges. ``rebuild(target, claims)`` makes the merged strike.
    The order of the result is not kept; the caller sorts."""
    by_id = {s.id: s for s in strikes}
    for c in corrections:
        if c.action == "drop" and c.strike_id and c.strike_id in by_id:
            del by_id[c.strike_id]
            c.applied += 1
        elif c.action == "merge" and c.strike_id in by_id and c.target_strike_id in by_id:
            source, target = by_id.pop(c.strike_id), by_id[c.target_strike_id]
            by_id[target.id] = rebuild(target, target.claims + source.claims)
            c.applied += 1
    for c in corrections:
        if c.applied:
            log.info("correction applied %d time(s): %s", c.applied, c.describe())
        else:
            log.warning("correction matched nothing: %s", c.describe())
    return list(by_id.values())
