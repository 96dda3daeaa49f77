"""`kg ingest` round 18, dates, read from short articles written for these tests (own words;
invented companies, places and figures):

* a quarter or a half-year dates what it dates with its year (events/period_years.py): "due in
  the second half of 2028", "in the third quarter of this year", "in Q2 2027": plannedDate
  2028, 2026, 2027, no months. Not: a month some other date of the text names ("in April
  2027" stays 2027-04).
* a yearless dateline under a page's furniture (a section label, the headline, a byline) dates
  the text in the year the body gives (events/years.py ``dateline_date``), and one with its day
  first ("COPIAPO, Chile, 14 October --", reading/dates.py ``yearless_dateline``): "on the
  8th", "on Wednesday", "last Friday" are then read. Not: a day in running text, a dateline
  line below the page's first four lines."""
from __future__ import annotations

import pytest

from kg.ingest.terms import NFO
from tests.hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_DATES = (NFO.startDate, NFO.endDate, NFO.plannedDate, NFO.dateIssued, NFO.dateSigned,
          NFO.dateInForce)


def _dated(draft) -> dict:
    """{label: {(date predicate's local name, value)}} of the draft's new entities."""
    out = {}
    for e in draft.entities.values():
        got = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in e.statements if p in _DATES}
        if got and not e.known:
            out.setdefault(e.label, set()).update(got)
    return out


def _values(draft) -> set:
    return {v for got in _dated(draft).values() for _, v in got}


# --- a quarter or a half-year: its year ---------------------------------------------------------
HALVES = {
    "half": ("Kestrel Zinc picks contractor for new roaster\nHARBIN, March 3, 2026 -- Kestrel Zinc "
             "Co., Ltd. said on Tuesday that trial production at its new roaster in Acheng is due "
             "in the second half of 2028. Construction will begin in the third quarter of this "
             "year, the company said.\n"),
    "q": ("Plant timetable\nNANNING, May 5, 2026 -- Huilan Alumina Co., Ltd. expects its red mud "
          "kiln to be commissioned in Q2 2027.\n"),
}


@pytest.fixture(scope="module")
def halves(snapshot_kg):
    return {k: draft_of(snapshot_kg, t, f"r18d-{k}", f"{k}.txt") for k, t in HALVES.items()}


def test_a_half_year_and_a_quarter_date_with_their_years(halves):
    got = _dated(halves["half"])
    trial = [v for lab, v in got.items() if "trial production" in lab.lower()]
    assert trial and all(v == {("plannedDate", "2028")} for v in trial), got
    start = [v for lab, v in got.items() if "construction" in lab.lower()]
    assert start == [{("plannedDate", "2026")}], got
    assert not [v for v in _values(halves["half"]) if v[:7] in ("2028-07", "2028-12", "2026-07",
                                                                 "2026-09")]


def test_a_numbered_quarter_dates_with_its_year(halves):
    got = _dated(halves["q"])
    kiln = [v for lab, v in got.items() if "commissioning" in lab.lower()]
    assert kiln == [{("plannedDate", "2027")}], got


def test_a_month_another_date_names_stays_a_month(snapshot_kg):
    text = ("Plant timetable\nNANNING, May 5, 2026 -- Huilan Alumina Co., Ltd. will overhaul its "
            "red mud kiln in the second quarter of 2027, and the kiln will be commissioned in "
            "April 2027.\n")
    got = _dated(draft_of(snapshot_kg, text, "r18d-month"))
    kiln = [v for lab, v in got.items() if "commissioning" in lab.lower()]
    assert kiln == [{("plannedDate", "2027-04")}], got


# --- a yearless dateline under a page's furniture, or with the day first -------------------------
FURNITURE = ("REPORT | Copper processing\n\nA rolling mill changes hands\n\nBy Qiao Wenli, staff "
             "reporter\n\nYingtan, Jiangxi, June 12 -- Ganbei Copper Rolling Co., Ltd. held an "
             "extraordinary shareholders' meeting on the 8th and approved the sale of its strip "
             "mill. A transfer agreement was signed by the two companies on Wednesday. The "
             "company expects output to rise in 2026.\n")
DAY_FIRST = ("Chilean miner wins two copper blocks\n\nCOPIAPO, Chile, 14 October -- Atacama "
             "Cobre S.A. won two copper exploration blocks, officials told a ceremony on Tuesday. "
             "The auction closed last Friday after two rounds of bids.\n")


def test_a_dateline_under_a_label_a_headline_and_a_byline_dates_the_text(snapshot_kg):
    draft = draft_of(snapshot_kg, FURNITURE, "r18d-furniture")
    assert str(draft.date) == "2026-06-12"
    values = _values(draft)
    assert "2026-06-08" in values          # "on the 8th": the dateline's month
    assert "2026-06-10" in values          # "on Wednesday": the one before Friday, June 12


def test_a_dateline_with_its_day_first_dates_the_text(snapshot_kg):
    draft = draft_of(snapshot_kg, DAY_FIRST, "r18d-dayfirst")
    assert str(draft.date) == "2026-10-14"         # a Wednesday (the lead's "on Tuesday")
    assert "2026-10-09" in _values(draft)          # "closed last Friday"


@pytest.mark.parametrize("head", [
    # a day in running text, not a dateline opening a line
    "Chilean miner wins two copper blocks\n\nOfficials said on 14 October that Atacama Cobre",
    # a dateline line five lines down: past the page's head
    "A\n\nB\n\nC\n\nD\n\nCOPIAPO, Chile, 14 October -- Atacama Cobre",
])
def test_no_dateline_no_date(snapshot_kg, head):
    text = head + " S.A. won two copper exploration blocks, officials told a ceremony on Tuesday.\n"
    assert draft_of(snapshot_kg, text, "r18d-nodateline").date is None
