"""Import GeoNames' per-country export dump (``SY.zip`` or ``SY.txt``).

Needs: a file in the format of download.geonames.org/export/dump/ (one
place a line, 19 tab-separated columns). Adds: a TSV in the user overlay
folder (see :func:`strikemap.gazetteer.user_overlay_dir`) with the
gazetteer's columns, which :func:`~strikemap.gazetteer.load_gazetteer`
reads after the shipped files, so imported rows deepen the gazetteer and
replace shipped rows with the same GeoNames id.

Only places a strike report can name are kept: populated places (feature
class P), spots such as airports and bridges (S), terrain such as
mountains and plains (T), areas (L) and second-level administrative
divisions (A, ADM2/ADM3).
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from pathlib import Path

from strikemap.errors import InputError
from strikemap.gazetteer import FIELDS, user_overlay_dir

__all__ = ["import_geonames_dump", "read_dump"]

_KEEP_ADMIN = {"ADM2", "ADM3", "ADMD"}
_KINDS = {"AIRB": "airbase", "AIRF": "airbase", "AIRP": "airport", "AIRH": "airport", "DAM": "dam",
          "CMP": "camp", "CMPRF": "camp", "CSTL": "landmark", "ANS": "landmark", "MSQE": "landmark",
          "HSP": "landmark", "BDG": "landmark", "OILF": "field", "GASF": "field", "PPLX": "neighbourhood",
          "MT": "mountain", "MTS": "mountain", "HLL": "mountain", "PLN": "plain", "VAL": "plain",
          "RGN": "region", "AREA": "region", "ADM2": "district", "ADM3": "district", "ADMD": "district"}


def _lines(path: Path):
    if path.suffix.lower() == ".zip":
        try:
            archive = zipfile.ZipFile(path)
        except zipfile.BadZipFile:
            raise InputError(f"{path}: not a zip file") from None
        names = [n for n in archive.namelist() if n.endswith(".txt") and not n.lower().startswith("readme")]
        if not names:
            raise InputError(f"{path}: no .txt dump inside the zip")
        with archive.open(names[0]) as fh:
            yield from io.TextIOWrapper(fh, encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            yield from fh


def read_dump(path: str | os.PathLike) -> list[dict]:
    """Rows of a GeoNames dump as gazetteer rows (only the kept classes).

    Raises
    ------
    InputError
        When the file is missing or not in the dump format.
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"input path not found: {path}")
    rows = []
    for number, line in enumerate(_lines(path), start=1):
        cols = line.rstrip("\n").split("\t")
        if len(cols) != 19:
            raise InputError(f"{path.name} line {number}: expected 19 tab-separated columns (GeoNames dump), got {len(cols)}")
        (gid, name, ascii_name, alternates, lat, lon, fclass, fcode, country, _cc2, admin1, *_rest) = cols
        population = cols[14]
        if fclass not in "PSTL" and fcode not in _KEEP_ADMIN:
            continue
        if fclass == "S" and fcode not in _KINDS:
            continue
        pop = int(population or 0)
        kind = _KINDS.get(fcode) or ("city" if pop >= 100_000 else "town" if pop >= 5_000 else "village")
        alts = [a for a in dict.fromkeys([ascii_name, *alternates.split(",")]) if a and a != name]
        try:
            float(lat), float(lon)
        except ValueError:
            raise InputError(f"{path.name} line {number}: bad coordinates") from None
        rows.append({"id": f"geonames:{gid}", "name": name, "alternate_names": "|".join(alts), "lat": lat,
                     "lon": lon, "kind": kind, "admin1": admin1, "country": country, "population": str(pop or ""),
                     "source": f"GeoNames export dump {path.name} (CC BY 4.0), feature {fclass}.{fcode}"})
    return rows


def import_geonames_dump(path: str | os.PathLike, *, overlay: str | os.PathLike | None = None) -> tuple[Path, int]:
    """Convert a dump into the user overlay; return the file written and its row count."""
    from strikemap.output import atomic_write

    rows = read_dump(path)
    if not rows:
        raise InputError(f"{Path(path).name}: no places of the kept feature classes")
    folder = Path(overlay) if overlay else user_overlay_dir()
    target = folder / f"geonames_{Path(path).stem}.tsv"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, FIELDS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: int(r["id"].split(":")[1])))
    atomic_write(target, buffer.getvalue())
    return target, len(rows)
