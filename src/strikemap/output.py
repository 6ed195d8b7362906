"""Write the build's files atomically.

Needs: a :class:`~strikemap.pipeline.Result` and an output folder. Adds:
``strikes.geojson``, ``claims.csv``, ``unresolved.csv`` and ``map.html``.
Every file is written to a temporary file in the same folder and renamed
into place, so an interrupted run never leaves a half-written file and
never destroys the previous one.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import tempfile
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pandas as pd

from strikemap.errors import OutputError
from strikemap.features import (CLAIM_COLUMNS, UNRESOLVED_COLUMNS, claim_rows, feature_collection, json_text,
                                unresolved_rows)
from strikemap.gazetteer import Gazetteer
from strikemap.mapview import render_map
from strikemap.pipeline import Result, can_fork, collector_paused

__all__ = ["atomic_write", "csv_chunks", "geojson_chunks", "write_outputs", "summary", "CLAIM_DTYPES"]

# dtypes to read claims.csv back with: pd.read_csv(path, dtype=CLAIM_DTYPES)
CLAIM_DTYPES = {
    "strike_id": "string", "date": "string", "date_earliest": "string", "date_latest": "string",
    "date_confidence": "string", "place": "string", "place_id": "string", "admin1": "string",
    "country_code": "string", "lat": "float64", "lon": "float64", "precision": "string",
    "uncertainty_km": "float64", "mention": "string", "claimant": "string", "stance": "string",
    "attack_type": "string", "perpetrator": "string", "killed_min": "Int64", "killed_max": "Int64",
    "wounded_min": "Int64", "wounded_max": "Int64", "casualties": "string", "wire_group": "string",
    "document": "string", "start": "Int64", "end": "Int64", "sentence": "string",
}


def atomic_write(path: Path, data: str | Iterable[str]) -> None:
    """Write text (a string, or pieces of it) to ``path`` through a
    temporary file and a rename."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
                if isinstance(data, str):
                    fh.write(data)
                else:
                    fh.writelines(data)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
            os.replace(tmp, path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


CSV_CHUNK = 20_000  # rows per DataFrame: the table is written in pieces, never held whole


def csv_chunks(rows: Iterable[dict], columns: list[str], dtypes: dict | None = None) -> Iterator[str]:
    """CSV text of ``rows``, header first, in pieces of :data:`CSV_CHUNK` rows.

    Every column has a fixed dtype, so a value is written the same way
    whichever piece it falls in: the pieces join into the text one
    DataFrame of every row would give, without the memory of one.
    """
    types = {k: v for k, v in (dtypes or {}).items() if k in columns}
    rows = iter(rows)
    header = True
    while True:
        batch = list(itertools.islice(rows, CSV_CHUNK))
        if not batch and not header:
            return
        yield pd.DataFrame(batch, columns=columns).astype(types).to_csv(index=False, header=header, lineterminator="\n")
        header = False


def geojson_chunks(collection: dict) -> Iterator[str]:
    """The FeatureCollection as JSON text with one feature per line, in pieces.

    Valid JSON for any reader, yet greppable and diff-friendly; streamed,
    so the file is never held in memory whole.
    """
    head = {k: v for k, v in collection.items() if k != "features"}
    yield json_text(head)[:-1] + ',"features":['
    sep = "\n"
    for feature in collection["features"]:
        yield sep
        yield json_text(feature)
        sep = ",\n"
    yield "\n]}\n"


def describe(result: Result) -> tuple[str, str]:
    """Title and subtitle of the map, built from the input."""
    days = sorted({c.date.day for c in result.claims if c.date.day})
    n = result.report.read
    title = f"Strikes reported in {n} article{'s' if n != 1 else ''}"
    if not days:
        return title, "no dated claims"
    first, last = days[0], days[-1]
    span = first.strftime("%-d %B %Y") if first == last else f"{first.strftime('%-d %B %Y')} – {last.strftime('%-d %B %Y')}"
    return title, f"Claims dated {span}"


def write_outputs(result: Result, out_dir: str | os.PathLike, gazetteer: Gazetteer, *,
                  workers: int = 1) -> dict[str, Path]:
    """Write every output file; return their paths by kind.

    With ``workers`` above 1 (on platforms that fork) a forked copy of
    this process writes the CSVs while this one writes the GeoJSON and
    the map: the two halves take about the same time.
    """
    with collector_paused():
        return _write_outputs(result, Path(out_dir), gazetteer, workers > 1 and can_fork())


def _write_outputs(result: Result, out: Path, gazetteer: Gazetteer, fork: bool) -> dict[str, Path]:
    if out.exists() and not out.is_dir():
        raise OutputError(f"output path {out} exists and is not a folder")
    title, subtitle = describe(result)
    meta = {"articles": result.report.read, "skipped_files": len(result.report.skipped), "title": title,
            "strikes": len(result.strikes), "claims": len(result.claims)}
    paths = {k: out / v for k, v in (("geojson", "strikes.geojson"), ("csv", "claims.csv"),
                                     ("unresolved", "unresolved.csv"), ("map", "map.html"))}

    def tables() -> None:
        atomic_write(paths["csv"], csv_chunks(claim_rows(result.strikes, result.placeless), CLAIM_COLUMNS, CLAIM_DTYPES))
        atomic_write(paths["unresolved"], csv_chunks(unresolved_rows(result.unresolved), UNRESOLVED_COLUMNS))

    with _aside(tables, fork):
        collection = feature_collection(result.strikes, result.placeless, meta=meta)
        atomic_write(paths["geojson"], geojson_chunks(collection))
        atomic_write(paths["map"], render_map(collection, gazetteer, title=title, subtitle=subtitle))
    return paths


_ASIDE: dict[int, Callable[[], None]] = {}


def _run_aside(key: int) -> None:
    _ASIDE[key]()


@contextlib.contextmanager
def _aside(task: Callable[[], None], fork: bool):
    """Run ``task`` in a forked copy of this process while the body runs.

    The copy sees every object as it is at the fork, so nothing is pickled
    on the way in; errors come back as exceptions when the body is done.
    Without ``fork`` the task runs here first.
    """
    if not fork:
        task()
        yield
        return
    key = id(task)
    _ASIDE[key] = task
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork")) as pool:
            future = pool.submit(_run_aside, key)
            yield
            try:
                future.result()
            except BrokenProcessPool:
                raise OutputError("a process writing the outputs died (out of memory?)") from None
    finally:
        del _ASIDE[key]


def summary(result: Result) -> str:
    """The one-line summary printed after a build."""
    skipped = len(result.report.skipped)
    return (f"{result.report.read} articles, {len(result.claims)} claims, {len(result.strikes)} strikes, "
            f"{len(result.placeless)} claims without a place, {len(result.unresolved)} unresolved mentions"
            + (f", {skipped} files skipped" if skipped else ""))
