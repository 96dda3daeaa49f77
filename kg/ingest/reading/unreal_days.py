"""Days a text prints that their month does not have ("31 June 2027", "February 30",
"2026-04-31", "2026年6月31日"): the date readers leave them out (an invalid ``xsd:date`` is no
date), and the draft says so instead of dropping them in silence: :func:`unreal_days_note` is
one line for the command's warnings and the draft's catalogue entry, naming each such day as
printed and where it stands, so the reviewer can look up the day the writer meant.

Only a day of 29 to 31 is read (a month's real last days are 28 to 31; a larger number is no
day at all, "35 June" a figure); "29 February" without a year is a day of a leap year, not
noted. Linear: four patterns over the text once. The command asks it of the article twice (the
draft's catalogue entry, the warnings): the second process of ``kg ingest`` works it out ahead
(:mod:`kg.ingest.ahead`, its ``LATER`` job :func:`days_ahead`), and the last text's answer is
kept."""
from __future__ import annotations

import calendar
import re

from kg.ingest import ahead

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MON = (r"(?P<mon>(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
_YEAR = r"(?:,?[ \t]+(?P<y>(?:19|20)\d\d)\b)?"
_DAY = r"(?P<d>29|30|31)"
_PATTERNS = [
    # "31 June 2027", "30th of February"
    re.compile(rf"(?<![\d.,]){_DAY}(?:st|th)?[ \t]+(?:of[ \t]+)?{_MON}{_YEAR}"),
    # "June 31, 2027", "Feb. 30"
    re.compile(rf"{_MON}[ \t]+{_DAY}(?:st|th)?(?![\d:.,]\d){_YEAR}"),
    # "2026-04-31", "2026.06.31", "2026/9/31", "2026年6月31日"
    re.compile(r"(?<![\d.\-/])(?P<y>(?:19|20)\d\d)(?:(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
               r"|\u5e74(?P<m2>0?[1-9]|1[0-2])\u6708)(?P<d>29|30|31)(?![\d])"),
    # "31.06.2026", "31/02/2025" (day first: the first number is no month), "02/30/2025" (month
    # first: the second is none)
    re.compile(r"(?<![\d.\-/])(?:(?P<d>29|30|31)(?P<sep>[./])(?P<m>0?[1-9]|1[0-2])"
               r"|(?P<m2>0?[1-9]|1[0-2])(?P<sep2>/)(?P<d2>29|30|31))(?:(?P=sep)|(?P=sep2))"
               r"(?P<y>(?:19|20)\d\d)(?![\d])"),
]


_AHEAD = (__name__, "days_ahead")
_LAST: list = [None, None]      # the last text asked about and its answer


def unreal_days(text: str) -> list[tuple[int, str]]:
    """(offset, the day as printed) of each day the text prints that its month does not have,
    in the order printed."""
    if _LAST[0] is text:
        return list(_LAST[1])
    got = ahead.answer(_AHEAD, text)
    if got is None:
        got = _unreal_days(text)
    _LAST[:] = [text, got]
    return list(got)


def days_ahead(text: str, date=None) -> list[tuple[int, str]]:
    """:func:`unreal_days` of ``text``, worked out by the second process of ``kg ingest``
    (kg/ingest/ahead.py LATER)."""
    return _unreal_days(text)


def _unreal_days(text: str) -> list[tuple[int, str]]:
    out = []
    for rx in _PATTERNS:
        for m in rx.finditer(text):
            g = m.groupdict()
            month = _MONTHS.get(g["mon"].rstrip(".").lower()) if g.get("mon") else int(
                g.get("m") or g.get("m2"))
            year = int(g["y"]) if g.get("y") else None
            day = int(g.get("d") or g["d2"])
            if year is None and month == 2 and day == 29:
                continue        # (a leap year's day)
            last = calendar.monthrange(year if year is not None else 2023, month)[1]
            if day > last:
                out.append((m.start(), " ".join(m.group(0).split())))
    return sorted(out)


def unreal_days_note(text: str) -> str | None:
    """The warning for the days of :func:`unreal_days` (at most three named), or None."""
    found = unreal_days(text)
    if not found:
        return None
    named = ", ".join(f"'{s}' (offset {a})" for a, s in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    return (f"{len(found)} printed day(s) that their month does not have, left undated: "
            f"{named}{more}")
