"""The stamps of a social-media export's posts: a line that opens with a month and day and a
time and no year ("10-14 22:40  from iPhone 15", "[Pinned]  10-12 08:05  from Weibo web"),
read in the year the text gives (its topic's or its body's). Each post's relative days ("this
afternoon", "tonight", "yesterday") are of its own stamp's day
(:mod:`kg.ingest.events.weekday_dates`), and the text, which prints no date of its own, is of
its latest post's day (:mod:`kg.ingest.pipeline`). A text needs two stamps or more: one line
that starts so is no export of posts. One linear search."""
from __future__ import annotations

import datetime
import re

# a post's stamp: a bracketed mark ("[Pinned]") may come first; the time right after the day
# and then the line's end or where it was posted from ("from iPhone 15", "via Weibo web"), not
# a timetable's or a fixture list's words ("10-14 22:40  departs Lanzhou", "3-2 10:00 kick-off")
_STAMP = re.compile(r"^[ \t]*(?:\[[^\]\n]{1,20}\][ \t]+)?(?P<m>[01]?\d)-(?P<d>[0-3]?\d)[ \t]+"
                    r"(?:[01]?\d|2[0-3]):[0-5]\d\b(?=[ \t]*(?:$|(?:from|via)\b|[|\u00b7\[(]))",
                    re.M)


def post_days(text: str, year: str | None) -> list[tuple[int, datetime.date]]:
    """(where, day) of each post stamp of ``text`` in ``year`` (in text order), when it holds two
    or more; else none."""
    if year is None or not year.isdigit():
        return []
    out = []
    for m in _STAMP.finditer(text):
        try:
            day = datetime.date(int(year), int(m.group("m")), int(m.group("d")))
        except ValueError:
            continue
        out.append((m.start(), day))
    return out if len(out) >= 2 else []


def after_stamp(text: str, start: int) -> int:
    """Where the words of a clause that starts at ``start`` begin past the post stamp line it
    opens with ("10-14 22:40  from iPhone 15" over "The furnace was relined yesterday."): the
    stamp is the post's, no word of what it tells; ``start`` when no stamp opens it."""
    m = _STAMP.match(text, start)
    if m is None:
        return start
    end = text.find("\n", m.end())
    if end == -1:
        return start
    while end < len(text) and text[end] in " \t\n":
        end += 1
    return end


def latest_post_day(text: str, year: str | None) -> str | None:
    """The day of the text's latest post (its stamps read in ``year``), or None."""
    days = post_days(text, year)
    return max(d for _, d in days).isoformat() if days else None
