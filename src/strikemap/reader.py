"""Read articles from files and folders.

Needs: paths to files or folders. Adds: :class:`~strikemap.model.Article`
objects with the text exactly as decoded (so character offsets point into
it), the document name used in every output, and the header metadata
(title, outlet, dates).

Folders are searched recursively for ``.txt`` and ``.md`` files. Other
files, and files that cannot be decoded as text, are skipped with a
warning naming them; they are counted in :class:`ReadReport`.
"""

from __future__ import annotations

import logging
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from charset_normalizer import from_bytes

from strikemap.dates import article_dates
from strikemap.errors import InputError
from strikemap.lexicon import compile_fast
from strikemap.model import Article, ArticleMeta

__all__ = ["ReadReport", "iter_paths", "read_article", "read_articles", "read_one", "ARTICLE_SUFFIXES"]

log = logging.getLogger(__name__)
ARTICLE_SUFFIXES = (".txt", ".md")
MAX_BYTES = 20 * 1024 * 1024
_OUTLET_LINE = compile_fast(
    r"^\s*(?:\[\s*source:\s*)?([A-Z][\w&.' -]{1,40}?)(?:,\s*[A-Z][\w ]+)?,\s*(?:\w+\s+\d{1,2},\s*\d{4}|\d{1,2}\w{3}\d{2})",
    re.I)
_WIRE_TAIL = compile_fast(r"\b(?:with\s+reporting\s+by|and\s+agencies|reporting\s+by)\s+(.{2,60})$", re.I)


@dataclass
class ReadReport:
    """What reading found: articles read and files skipped, with reasons."""

    read: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)


def iter_paths(inputs: list[str | os.PathLike]) -> Iterator[tuple[Path, str]]:
    """Files to read, each with its document name, in a stable order.

    The document name is the path relative to the folder given (or the
    file name for a file given directly), with ``/`` separators.

    Raises
    ------
    InputError
        When an input path does not exist.
    """
    for raw in inputs:
        path = Path(raw)
        if not path.exists():
            raise InputError(f"input path not found: {raw}")
        if path.is_file():
            yield path, path.name
            continue
        for root, dirs, files in os.walk(path):
            dirs.sort()
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            for name in sorted(files):
                if name.startswith("."):
                    continue
                full = Path(root) / name
                yield full, full.relative_to(path).as_posix()


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as text; raise ``ValueError`` when they are not text."""
    if not data:
        return "", "utf-8"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValueError("binary file (NUL bytes)")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ValueError("not text in any common encoding")
    text = str(best)
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\n\r\t\f")
    if bad > max(5, len(text) // 200):
        raise ValueError("not text in any common encoding")
    return text, best.encoding


def _metadata(text: str) -> ArticleMeta:
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    meta = ArticleMeta()
    for line in lines[:6]:
        if len(line) > 25 and not _OUTLET_LINE.match(line) and not re.match(r"^(?:updated|photo|by)\b", line, re.I):
            meta.title = line[:200]
            break
    for line in lines[:8] + lines[-8:]:
        m = _OUTLET_LINE.match(line)
        if m and not meta.outlet:
            meta.outlet = m.group(1).strip()
    if not meta.outlet and lines:
        m = _WIRE_TAIL.search(lines[-1])
        if m:
            meta.outlet = m.group(1).strip()
        elif len(lines[-1]) < 40 and re.search(r"\bagencies\b|world$|news$|times$", lines[-1], re.I):
            meta.outlet = lines[-1]
    meta.published, meta.reference = article_dates(text)
    return meta


def read_article(path: str | os.PathLike, doc: str | None = None) -> Article:
    """Read one file as an article.

    Raises
    ------
    InputError
        When the file cannot be read or decoded as text.
    """
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        text, encoding = decode(data)
    except ValueError as exc:
        raise InputError(f"{path}: {exc}") from None
    return Article(doc=doc or path.name, text=text, encoding=encoding, path=str(path), meta=_metadata(text))


def read_articles(inputs: list[str | os.PathLike], report: ReadReport | None = None) -> Iterator[Article]:
    """Read every article under ``inputs``; skip (and report) what is not.

    Parameters
    ----------
    inputs : list of path
        Files and folders.
    report : ReadReport, optional
        Filled with the count of articles read and the skipped files.

    Yields
    ------
    Article
    """
    report = report if report is not None else ReadReport()
    for path, doc in iter_paths(inputs):
        article = read_one(path, doc, report)
        if article is not None:
            yield article


def read_one(path: str | os.PathLike, doc: str, report: ReadReport) -> Article | None:
    """Read one file as an article, or record why it was skipped."""
    path = Path(path)
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        log.warning("skipped %s: not a .txt or .md file", path)
        report.skipped.append((str(path), "not a .txt or .md file"))
        return None
    try:
        article = read_article(path, doc)
    except InputError as exc:
        log.warning("skipped %s", exc)
        report.skipped.append((str(path), str(exc)))
        return None
    report.read += 1
    return article
