"""Dates: the article's own date and the day each claim refers to.

Needs: the article text (its first lines and bylines) and, per sentence,
the sentence text. Adds: :class:`~strikemap.model.DateInfo` values with
their source and confidence.

Rules:

* A dateline or byline date near the top ("Xinhua, November 4, 2015",
  "[Source: Itar Tass, Moscow, 03Nov15]") is the publication date
  (confidence high). "Updated ..." and "print edition ... on ..." dates
  are only upper bounds: the article may be older.
* In a sentence, an explicit date ("on November 3", "Nov 3, 2015") wins;
  a weekday ("on Tuesday") is the latest such weekday on or before the
  reference date, "today" is the reference date, "yesterday" and "last
  night" the day before, "over the past day" the day before to the day.
* Resolved against an upper bound only, a date becomes an interval that
  is open at its start, with low confidence.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta
from functools import lru_cache, reduce

from strikemap.lexicon import TEXT_CACHE, Folded, compile_fast
from strikemap.model import DateInfo

__all__ = ["article_dates", "sentence_date", "parse_date", "compatible", "intersect", "narrow"]

MONTHS = {m: i for i, names in enumerate([
    (), ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
    ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
    ("october", "oct"), ("november", "nov"), ("december", "dec")]) for m in names}
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATE_PATTERNS = [
    Folded(rf"\b{_MON}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b"),          # November 4, 2015
    Folded(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?(?:\s+(\d{{4}}))?\b"),  # 4 November 2015
    Folded(r"\b(\d{1,2})(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(\d{2})\b"),     # 03Nov15
    re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"),                                                       # 2015-11-03
]
_MAYBE_DATE = Folded(r"\d{4}-\d\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_DIGIT = compile_fast(r"\d")  # every date pattern has one
_YEAR = compile_fast(r"\d{4}|\d[a-z]{3}\d\d", re.I)  # every date with a year has one
_UPDATED = compile_fast(r"\b(updated|last\s+updated|modified|print\s+edition|appeared\s+in\s+the\s+print)\b", re.I)
_PUBLISHED = compile_fast(r"\b(published|posted)\b", re.I)
_SOURCE = compile_fast(r"\[\s*source\b", re.I)


@lru_cache(maxsize=TEXT_CACHE)
def parse_date(text: str) -> tuple[tuple[int, int, date | None, tuple[int, int] | None], ...]:
    """Dates in ``text`` as (start, end, full date or None, (month, day) or None).

    >>> parse_date("Xinhua, November 4, 2015")[0][2]
    datetime.date(2015, 11, 4)
    >>> parse_date("on November 3")[0][3]
    (11, 3)
    >>> parse_date("")
    ()
    """
    found = []
    if not _DIGIT.search(text) or not _MAYBE_DATE.search(text):
        return ()
    taken: list[tuple[int, int]] = []
    for index, pattern in enumerate(_DATE_PATTERNS):
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            try:
                if index == 0:
                    month, day, year = MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)), m.group(3)
                elif index == 1:
                    day, month, year = int(m.group(1)), MONTHS[m.group(2).lower().rstrip(".")], m.group(3)
                elif index == 2:
                    day, month, year = int(m.group(1)), MONTHS[m.group(2).lower()], str(2000 + int(m.group(3)))
                else:
                    year, month, day = m.group(1), int(m.group(2)), int(m.group(3))
                full = date(int(year), month, day) if year else None
                if not full:
                    date(2000, month, day)  # validates month/day (2000 is a leap year)
            except (KeyError, ValueError):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), full, None if full else (month, day)))
    return tuple(sorted(found, key=lambda f: f[0]))


def article_dates(text: str, head_lines: int = 8) -> tuple[DateInfo, DateInfo]:
    """The publication date and the reference date for relative words.

    Returns
    -------
    (published, reference) : tuple of DateInfo
        ``published`` is the article's own date (or an upper bound);
        ``reference`` is the day "today" means in the article, which for
        relayed wire copy is the source's date.
    """
    lines = text.splitlines()
    head = [l for l in lines if l.strip()][:head_lines]
    tail = [l for l in lines if l.strip()][-6:]
    published = DateInfo()
    source_date = None
    for zone, zone_name in ((head, "header"), (tail, "footer")):
        for line in zone:
            if not _YEAR.search(line):
                continue
            for _, _, full, _md in parse_date(line):
                if full is None:
                    continue
                if _SOURCE.search(line):
                    source_date = DateInfo(full, full, f"wire source line: {line.strip()[:80]}", "high")
                elif _UPDATED.search(line):
                    if not published.known:
                        published = DateInfo(None, full, f"upper bound from '{line.strip()[:80]}'", "low")
                elif not published.known or published.earliest is None:
                    if zone_name == "header" or _PUBLISHED.search(line):
                        published = DateInfo(full, full, f"{zone_name}: {line.strip()[:80]}", "high")
    if source_date is None:
        for line in lines:
            if _SOURCE.search(line) and _YEAR.search(line):
                for _, _, full, _md in parse_date(line):
                    if full:
                        source_date = DateInfo(full, full, f"wire source line: {line.strip()[:80]}", "high")
    reference = source_date or published
    if not reference.known:
        reference = _most_cited(text)
    return published, reference


def _most_cited(text: str) -> DateInfo:
    """When no header date exists: the day the text names most often."""
    days = Counter()
    for _, _, full, md in parse_date(text):
        days[full or md] += 1
    if not days:
        return DateInfo()
    best, _count = max(days.items(), key=lambda kv: (kv[1], str(kv[0])))
    if isinstance(best, date):
        return DateInfo(best, best, "most cited date in the text", "medium")
    return DateInfo(None, None, "most cited day in the text (no year given)", "low", month_day=best)


_RELATIVE = compile_fast(
    r"\b(today|tonight|this\s+morning|this\s+evening|yesterday|last\s+night|overnight|"
    r"(?:over\s+|in\s+|during\s+)?the\s+past\s+(?:day|24\s+hours)|last\s+week|earlier\s+this\s+week|"
    r"(?:on\s+|last\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b", re.I)


def sentence_date(sentence: str, reference: DateInfo) -> DateInfo | None:
    """The day a sentence's claim refers to, or ``None`` when it says none.

    >>> ref = DateInfo(date(2015, 11, 4), date(2015, 11, 4), "header", "high")
    >>> sentence_date("Jets bombed 24 targets on Tuesday", ref).day
    datetime.date(2015, 11, 3)
    >>> sentence_date("No date here", ref) is None
    True
    """
    dateline = _DATELINE.match(sentence)
    if dateline:  # "BEIRUT, March 14, 2016 (Levant Wire) - Jets struck Saraqeb on Sunday": the article's date
        sentence = sentence[dateline.end():]
    stated, word = _day_words(sentence)
    for since, full, md in stated:
        if since:
            first = full or (date(_year_for(md, reference), *md) if _year_for(md, reference) else None)
            if first is None:
                continue
            return DateInfo(first, reference.latest, f"period since {first.isoformat()} stated in the sentence", "low")
        if full:
            return DateInfo(full, full, "stated in the sentence", "high")
        year = _year_for(md, reference)
        if year:
            day = date(year, *md)
            return DateInfo(day, day, "stated in the sentence (year from the article date)", "high")
        return DateInfo(None, None, "stated in the sentence without a year", "medium", month_day=md)
    if word is None:
        return None
    return relative(*word, reference)


_SINCE = compile_fast(r"\b(?:since|from|starting)\s+(?:on\s+)?$", re.I)
# A wire dateline that opens the first sentence: a place in capitals, a date
# (with an optional source in brackets), then a dash.
_DATELINE = re.compile(r"\s*[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?,\s+[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s+\d{4})?"
                       r"\s*(?:\([^)]{1,40}\))?\s*[-–—]+\s*")


@lru_cache(maxsize=TEXT_CACHE)
def _day_words(sentence: str) -> tuple[tuple[tuple[bool, date | None, tuple[int, int] | None], ...],
                                       tuple[str, str | None] | None]:
    """What a sentence says of its day before a reference date is applied:
    (after "since", full date, month and day) for each date it states,
    and its first relative day word with its weekday ("on Tuesday")."""
    stated = tuple((bool(_SINCE.search(sentence[:start])), full, md) for start, _, full, md in parse_date(sentence))
    match = _RELATIVE.search(sentence)
    if not match:
        return stated, None
    return stated, (match.group(1).lower(), match.group(2).lower() if match.group(2) else None)


def _year_for(md: tuple[int, int], reference: DateInfo) -> int | None:
    anchor = reference.latest or reference.earliest
    if anchor is None:
        return None
    year = anchor.year
    if date(year, *md) > anchor + timedelta(days=2):
        year -= 1  # "December 30" in an article of January 2
    return year


def relative(word: str, weekday: str | None, reference: DateInfo) -> DateInfo | None:
    """Resolve a relative day word against the reference date."""
    anchor = reference.latest
    if anchor is None:
        if reference.month_day and word.startswith(("today", "tonight", "this")):
            return DateInfo(None, None, f"'{word}' relative to a day without year", "low", month_day=reference.month_day)
        return None
    upper_only = reference.earliest is None
    confidence = "low" if upper_only else "medium"
    if weekday:
        back = (anchor.weekday() - WEEKDAYS[weekday]) % 7
        if back == 0 and "last" in word:
            back = 7
        day = anchor - timedelta(days=back)
        lower = None if upper_only else day
        return DateInfo(lower, day, f"'{word}' before {'upper bound ' if upper_only else ''}{anchor.isoformat()}", confidence)
    if word.startswith(("yesterday", "last night", "overnight")):
        day = anchor - timedelta(days=1)
        return DateInfo(None if upper_only else day, day, f"'{word}' relative to {anchor.isoformat()}", confidence)
    if word.endswith("week"):  # "last week": Monday to Sunday before the anchor's week; "earlier this week"
        monday = anchor - timedelta(days=anchor.weekday())
        first, last = (monday - timedelta(days=7), monday - timedelta(days=1)) if word.startswith("last") else (
            monday, max(monday, anchor - timedelta(days=1)))
        return DateInfo(None if upper_only else first, last, f"'{word}' relative to {anchor.isoformat()}", "low")
    if "past" in word:
        return DateInfo(None if upper_only else anchor - timedelta(days=1), anchor,
                        f"'{word}' relative to {anchor.isoformat()}", confidence)
    return DateInfo(None if upper_only else anchor, anchor, f"'{word}' relative to {anchor.isoformat()}", confidence)


def _days(info: DateInfo) -> tuple[date | None, date | None]:
    return info.earliest, info.latest


def compatible(a: DateInfo, b: DateInfo) -> bool:
    """Whether two dates can name the same day.

    >>> d = DateInfo(date(2015, 11, 3), date(2015, 11, 3))
    >>> compatible(d, DateInfo(None, date(2015, 11, 10)))
    True
    >>> compatible(d, DateInfo(date(2015, 11, 5), date(2015, 11, 5)))
    False
    """
    # written out by hand: the merge asks this hundreds of thousands of times
    ae, al, be, bl = a.earliest, a.latest, b.earliest, b.latest
    amd, bmd = a.month_day, b.month_day
    if (ae is None and al is None and amd is None) or (be is None and bl is None and bmd is None):
        return True  # one of them is not known
    if amd and bmd and amd != bmd:
        return False
    if amd and be is not None and be == bl and (be.month, be.day) != amd:
        return False  # b's day is another date
    if bmd and ae is not None and ae == al and (ae.month, ae.day) != bmd:
        return False
    lo = be if ae is None else ae if be is None else max(ae, be)
    hi = bl if al is None else al if bl is None else min(al, bl)
    return lo is None or hi is None or lo <= hi


def intersect(a: DateInfo, b: DateInfo) -> DateInfo:
    """The bounds two dates share: the later start, the earlier end, and
    ``a``'s month-day (``b``'s when ``a`` has none)."""
    lo = max((d for d in (a.earliest, b.earliest) if d), default=None)
    hi = min((d for d in (a.latest, b.latest) if d), default=None)
    return DateInfo(lo, hi, month_day=a.month_day or b.month_day)


def narrow(dates: list[DateInfo]) -> tuple[DateInfo, bool]:
    """Intersect compatible dates; report whether the sources disagree.

    Returns
    -------
    (DateInfo, bool)
        The narrowest date all can share and ``True`` when some dates
        could not be reconciled with the best-supported one.
    """
    known = [d for d in dates if d.known]
    if not known:
        return DateInfo(), False
    days = Counter(d.day for d in known if d.day)
    if days:
        best_day, _ = max(days.items(), key=lambda kv: (kv[1], -kv[0].toordinal()))
        best = DateInfo(best_day, best_day, "", "high")
    else:
        shared = reduce(intersect, known)
        best = DateInfo(shared.earliest, shared.latest, "", "low", month_day=shared.month_day)
    disagree = any(not compatible(best, d) for d in known)
    confidence = "high" if any(d.confidence == "high" for d in known if compatible(best, d) and d.day) else (
        "medium" if any(d.confidence == "medium" for d in known) else "low")
    return DateInfo(best.earliest, best.latest, "merged from the claims", confidence, best.month_day), disagree
