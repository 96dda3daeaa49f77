"""Round 31, dates of articles never seen: the year of a yearless dateline when the text states its
years only around it ("since 2023" bounds the year, it does not give it; a headline's "by 2029"
is a deadline, not the year the story covers; a list item "from July 2027" followed by the next
item's dash opens no range; a year's total reported in the past means the text is of a later
year; a dateline under a two-line subheadline and a byline is still the dateline)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import article, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest

TODAY = dt.date(2026, 12, 2)


def _draft(kg, text: str, doc_id: str):
    return ingest(kg, article(text, f"{doc_id}.txt"), doc_id, today=TODAY)


def _dated(draft, start: str) -> dict:
    """{label: {date predicate: value}} of the draft's new entities whose label starts so."""
    return {e.label: {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
                      if str(p).endswith(("#startDate", "#endDate", "#dateSigned",
                                          "#plannedDate"))}
            for e in draft.new() if e.label.startswith(start)}


SINCE = """Hengfeng Copper to buy Chilean mine stake

CHANGSHA, May 12 -- Hunan Hengfeng Copper Co., Ltd. said its board had approved last Friday
the purchase of 40% of a copper mine in northern Chile for 210 million US dollars.

Analysts said Chinese smelters have bought into at least four South American mines since
2023.
"""


def test_a_year_since_which_a_state_holds_does_not_date_the_dateline(snapshot_kg):
    d = _draft(snapshot_kg, SINCE, "r31-dates-since")
    # (the latest May 12 up to the day of reading, not May 12, 2023)
    assert str(d.date) == "2026-05-12"


DEADLINE = """Two provincial zinc groups to merge

Shareholding transfer signed; Lanxi smelters to be regrouped
under one company by 2029

By Staff Reporter, Lanxi Industrial News

LANXI, Dec. 16 -- The Lanxi Provincial State-owned Assets Commission on Tuesday held a
meeting on the merger of Lanxi Zinc Group Co., Ltd. into Lanxi Nonferrous Holdings, at which
the two sides signed an agreement for the transfer of all the zinc group's shares.

The zinc group made 310,000 tonnes of zinc in 2025.

Timetable given at the meeting:

  - change of shareholder registered: before 30 April 2027
  - joint purchasing of concentrate: from August 2027
  - closing of the oldest smelter: by the end of 2029
"""


def test_a_headline_deadline_and_a_list_item_do_not_give_the_year(snapshot_kg):
    d = _draft(snapshot_kg, DEADLINE, "r31-dates-deadline")
    # (2025's whole-year output is reported: the story is of 2026; not 2029, the headline's
    # deadline, nor 2027, the year of a list item that opens a period)
    assert str(d.date) == "2026-12-16"
    agreements = [v for k, v in _dated(d, "").items() if "dateSigned" in v]
    assert agreements and all(v["dateSigned"].startswith("2026-12") for v in agreements)

