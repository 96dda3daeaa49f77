"""Round 59: a weekday named with its own "next" inside an event's words ("a farewell meeting
for Mr A next Tuesday") dates the event (kg/ingest/events/date_attach.py, ``_past_next``); a
deadline set by another word ("by next Friday") still dates nothing."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401

NOTICE = """Hanjiang Zinc Group Notice on the Retirement of Vice President Luo Qing

Issued: Wednesday, 9 December 2026

1. On Monday, 7 December 2026 the Board accepted the retirement of Luo Qing, Vice President.
2. The trade union will hold a farewell meeting for Mr Luo next Tuesday in the staff canteen
of the smelter at Mianxian.
3. The Group will hold a review meeting on zinc output next Monday.
"""


def _dates(kg):
    draft = draft_of(kg, NOTICE, "round59-next-weekday", "round59.txt",
                     today=dt.date(2026, 12, 9))
    return label_dates(draft, "")


def _one(got, start):
    found = [v for k, v in got.items() if k.startswith(start)]
    assert len(found) == 1, (start, got)
    return found[0]


def test_next_weekday_inside_the_meeting_dates_it(snapshot_kg):
    got = _dates(snapshot_kg)
    farewell = _one(got, "Farewell meeting for Mr Luo")
    assert farewell.get("plannedDate") == "2026-12-15"     # the Tuesday after 9 December
    assert "startDate" not in farewell                      # (still to come: planned)
    review = _one(got, "Review meeting on zinc output")
    assert review.get("plannedDate") == "2026-12-14"
    assert "2026-12-07" not in review.values()              # (not the lead's day)
