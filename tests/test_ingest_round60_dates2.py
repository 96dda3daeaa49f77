"""Round 60: a list's items under a lead that asks them ("The licensed smelters shall:", "you
are ordered to:") open with a lower-case verb, "1. appoint an emissions officer by 20 November
2026;": each dated one is a deadline to do it (kg/ingest/events/deadlines.py, ``_listed_duty``);
a weekday may stand before the day ("by Wednesday, 25 November"); an item under a lead that
asks nothing ("Last year the smelters:") is none."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401

NOTICE = """Yunling Environment Office Notice on Emission Permits for Tin Smelters

Issued: 2 November 2026

Four tin smelters in Gejiu have been granted new emission permits. The licensed smelters shall:

1. appoint an emissions officer for each furnace line by 20 November
   2026;
2. fit online sulphur dioxide monitors and report their readings to the Office
   before 18 December;
3. keep a daily log of stack readings.

Where a smelter fails an inspection, the Office has told its manager that he is ordered to:

(a) halt the furnace concerned by Wednesday, 25 November;

Last year the smelters:

- raised output of refined tin by 4% by 30 June.
"""


def _deadlines(kg):
    draft = draft_of(kg, NOTICE, "round60-listed-duty", "round60.txt",
                     today=dt.date(2026, 11, 2))
    return label_dates(draft, "Deadline")


def _one(got, start):
    found = [v for k, v in got.items() if k.startswith(start)]
    assert len(found) == 1, (start, got)
    return found[0]


def test_items_under_a_duty_lead_are_deadlines(snapshot_kg):
    got = _deadlines(snapshot_kg)
    officer = _one(got, "Deadline to appoint an emissions officer")
    assert "2026-11-20" in officer.values()
    halt = _one(got, "Deadline to halt the furnace")
    assert "2026-11-25" in halt.values()


def test_items_under_a_lead_that_asks_nothing_are_none(snapshot_kg):
    got = _deadlines(snapshot_kg)
    assert not [k for k in got if "output" in k], got
    assert not [k for k in got if "daily log" in k], got
