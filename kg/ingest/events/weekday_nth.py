"""A weekday with the day of its month and no month ("on Monday the 10th", "the reception day,
Wednesday the 18th", "on the afternoon of Friday, the 13th"): the one day near the text's own
whose weekday and day of the month are both the ones printed.

Notices, reports and news items written in Chinese give a day of the story as its weekday and
its date ("星期一（10日）"), which translations print as "Monday the 10th" without the month.
The month is the one of the few around the document's date (``_MONTHS_AROUND`` before and
after) whose day N falls on that weekday; of two such (a February and a March of a common year
start on the same weekday), the nearer to the document's date, and the one still to come when
the clause sets the day ahead ("will be held on Saturday the 12th"). The weekday alone is not
read then (it would give the last such weekday before the document's date), and the day is a
day named in the text as the weekday rules name theirs ("the same day" after it counts from
it: :func:`kg.ingest.events.weekday_dates.after_weekdays`). Rule-free reading (the event
rules that take a text's days name themselves); one regex pass over the text: linear."""
from __future__ import annotations

import datetime
import re

from kg.ingest.reading.dates import DateMention

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "Monday the 10th", "Friday, the 12th" (not "Monday the 10th of May" / "the 10th May": a
# month printed gives the day in full, read by the date reader)
_WEEKDAY_NTH = re.compile(
    r"\b(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t\n]+the[ \t\n]+"
    r"(?P<n>[0-3]?\d)(?:st|nd|rd|th)\b(?![ \t\n]+(?:of[ \t\n]+)?(?:January|February|March|April|"
    r"May|June|July|August|September|October|November|December)\b)")
_MONTHS_AROUND = 3


def _candidates(ref: datetime.date, weekday: int, n: int) -> list[datetime.date]:
    """Day ``n`` of each month from ``_MONTHS_AROUND`` before ``ref``'s to as many after that
    falls on ``weekday``."""
    out = []
    for shift in range(-_MONTHS_AROUND, _MONTHS_AROUND + 1):
        y, m = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        try:
            day = datetime.date(y, m + 1, n)
        except ValueError:
            continue        # (no 31st in that month)
        if day.weekday() == weekday:
            out.append(day)
    return out


def weekday_nth_days(text: str, ref_at, taken: bytearray, ahead) -> list[DateMention]:
    """The days "Weekday the Nth" names, read against the day ``ref_at(pos)`` (the text's, or
    its message's in a thread); the characters
    ``taken`` already covers by a date are passed over, those of each day read are marked.
    ``ahead(pos)`` says whether the clause before ``pos`` sets its day ahead."""
    out = []
    for m in _WEEKDAY_NTH.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        ref = ref_at(m.start())
        found = _candidates(ref, _DAYS.index(m.group("day")), int(m.group("n")))
        if not found:
            continue
        if len(found) > 1 and ahead(m.start()):
            found = [d for d in found if d >= ref] or found
        day = min(found, key=lambda d: (abs((d - ref).days), d < ref))
        out.append(DateMention(m.start(), m.end(), day.isoformat(), "date"))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return out
