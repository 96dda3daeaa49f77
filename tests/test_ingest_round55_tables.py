"""Round 55, tables the reader missed or half-read, on short texts written for this file
(invented ports, courts, bureaus, firms and people):

* an aligned table whose header prints a figure only in a bracket ("ETA (2027)", "Load (t)")
  is read (kg/ingest/reading/tables.py); a first line of figures is still no header;
* a "Date / time" column whose time sits on the line under the day goes on with the row above
  (one row a day, not a row of its own for the time);
* a published list whose title block also names the notice by its number alone ("Notice No.
  12") still includes each row's firm, and a list of persons under a "Name" column includes
  each person (kg/ingest/relations/member_rows.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.reading.tables import tables


def _draft(kg, text: str, doc_id: str = "round55-tables"):
    return draft_of(kg, text, doc_id, "round55.txt", today=dt.date(2027, 1, 20))


_BERTHS = (
    "Harbour plan for ore carriers, week 4\n\n"
    "Vessel            Flag       ETA (2027)        Berth  Load (t)   Receiver\n"
    "Grey Petrel       Panama     Mon 18 January    2      150,000    Fenwick Alumina Co., Ltd.\n"
    "North Wind        Liberia    Wed 20 January    1       98,500    Osterby Smelting\n"
    "                                                                 Co., Ltd.\n"
    "Silver Tern       Malta      Fri 22 January    2      120,300    Fenwick Alumina Co., Ltd.\n"
    "\nNotes follow.\n"
)


def test_a_header_with_its_year_in_a_bracket_is_read():
    text = _BERTHS
    got = tables(text)
    assert len(got) == 1
    t = got[0]
    assert [h for _, _, h in t.header][2] == "ETA (2027)"
    assert len(t.rows) == 3
    second = t.rows[1]
    assert " ".join(text[s:e] for s, e in second.cell(5).spans) == "Osterby Smelting Co., Ltd."


_FIGURES = (
    "Readings\n\n"
    "Line 1 (2026)     140     152\n"
    "Line 2 (2026)     133     160\n"
    "Line 3 (2026)     120     149\n"
)


def test_a_first_line_of_figures_stays_no_header():
    assert tables(_FIGURES) == []


_HEARINGS = (
    "Hearing calendar\n\n"
    "Date / time     Case No.          Parties\n"
    "--------------------------------------------------------------\n"
    "Mon 11 Jan      (2027) Civ 88     Harlan Tin Co., Ltd. v.\n"
    "10:00                             Brookfield Metals Co., Ltd.\n"
    "Wed 13 Jan      (2027) Civ 91     Marsh Zinc Co., Ltd. v.\n"
    "14:30                             Oakden Trading Co., Ltd.\n"
    "--------------------------------------------------------------\n"
)


def test_a_time_under_the_day_goes_on_with_its_row():
    text = _HEARINGS
    got = tables(text)
    assert len(got) == 1
    rows = got[0].rows
    assert len(rows) == 2
    first = [text[s:e] for s, e in rows[0].cell(0).spans]
    assert first == ["Mon 11 Jan", "10:00"]
    parties = " ".join(text[s:e] for s, e in rows[1].cells[-1].spans)
    assert "Oakden Trading Co., Ltd." in parties


_TIMES = (
    "Time         Session\n"
    "09:00        Opening\n"
    "10:30        Panel on smelting\n"
)


def test_a_column_of_times_alone_keeps_a_row_a_time():
    got = tables(_TIMES)
    assert len(got) == 1 and len(got[0].rows) == 2


_NUMBERED = (
    "Ravensholt Provincial Department of Civil Affairs\n\n"
    "Notice No. 12\n\n"
    "Notice of the Results of the 2026 Annual Inspection of Metals Associations\n\n"
    "The annual inspection of the following social organizations is complete.\n\n"
    "  No.  Social organization                          Result\n"
    "  ---  -------------------------------------------  ---------\n"
    "  1    Ravensholt Tin Industry Association          Qualified\n"
    "  2    Ravensholt Society of Smelting Engineers     Qualified\n"
    "  3    Ravensholt Zinc Chamber of Commerce          Basically qualified\n\n"
    "Ravensholt Provincial Department of Civil Affairs\n"
    "10 December 2026\n"
)


def test_a_notice_named_by_its_number_too_still_includes_its_rows(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _NUMBERED), "document:listed-row-member", "includes")
    assert len(got) == 1, got
    (label, members), = got.items()
    assert label.startswith("Notice of the Results"), label
    assert {"Ravensholt Tin Industry Association",
            "Ravensholt Zinc Chamber of Commerce"} <= members, members


_PERSONS = (
    "Hollins Municipal Organisation Department\n\n"
    "Public Notice of the Third Group of Hollins Cadres Sent to Marrow County\n\n"
    "The following staff will serve two-year postings in Marrow County from January 2027.\n\n"
    "  No.  Name            Home unit                               Post during the posting\n"
    "  ---  --------------  --------------------------------------  ----------------------------\n"
    "  1    Tang Weiming    Hollins Bureau of Industry              Deputy County Mayor\n"
    "  2    Luo Shufen      Hollins Copper Works Co., Ltd.          Engineer, Marrow Park\n"
    "  3    Gao Jinrui      Hollins Institute of Technology         Vice Dean, Marrow College\n\n"
    "Objections may be raised within five working days.\n\n"
    "Hollins Municipal Organisation Department\n"
    "8 December 2026\n"
)


def test_a_list_of_persons_under_a_name_column_includes_each_person(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _PERSONS), "document:listed-row-member", "includes")
    assert len(got) == 1, got
    (label, members), = got.items()
    assert {"Tang Weiming", "Luo Shufen", "Gao Jinrui"} <= members, members
    assert not any("Bureau" in m or "Institute" in m for m in members), members
