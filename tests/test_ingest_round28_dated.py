"""Round 28, dated things: a sentence that opens a line with "On 3 March, ..." under a dated
header line is no quoted message's "On <day>, X wrote:" row, so the weekdays after it ("last
Friday", "next Monday") are read against the text's own day, not that day; a month set ahead by
the second of two coordinated future clauses ("A will do X on 15 December, and B will issue Y
in January", in a text of December) is the next year's."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of
from kg.ingest.terms import NFO


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _values(ent, pred):
    return [str(o) for p, o, _, _ in ent.statements if _local(p) == _local(pred)]


def _named(draft, start):
    return [e for e in draft.entities.values() if not e.known and e.label.startswith(start)]


def _dates(draft, start):
    """Every date statement of the new entities whose label starts with ``start``."""
    return {str(o) for e in _named(draft, start) for p, o, _, _ in e.statements
            if _local(p) in ("startDate", "plannedDate", "dateIssued", "endDate")}


# -- weekdays under a header line, past a line that opens with "On <day>," -----------------

BULLETIN = """HILLTOP TOWN WORKS BULLETIN
Date:      9 March 2027

On 3 March, the deputy county head toured the town's three sites with the
town secretary and asked for the roads to be cleared before the rains.

Notes
1. The pump house was handed over to the village last Friday.
2. The contractor is behind; Meng Li must send a revised schedule to the
   office by next Monday.
"""

THREAD = """Subject: lot 7 of zinc dross
Date: 9 March 2027

On Wed, 3 Mar 2027 at 10:15, Gao Peng wrote:
> Will the buyer pay by next Monday?
"""


@pytest.fixture(scope="module")
def bulletin(kg):
    return draft_of(kg, BULLETIN, "r28-bulletin")


def test_a_sentence_opening_with_on_and_a_day_is_no_message_header(bulletin):
    # 9 March 2027 is a Tuesday: the next Monday is the 15th (not the 8th, counted from the
    # 3rd as if a message sent then had said it)
    assert "2027-03-15" in _dates(bulletin, "Meng Li must send a revised schedule")
    assert "2027-03-08" not in _dates(bulletin, "Meng Li must send a revised schedule")


def test_a_quoted_message_s_on_row_still_sets_its_own_day(kg):
    from kg.ingest.events.weekday_dates import weekdays
    from kg.ingest.reading.dates import find_dates
    dates = find_dates(THREAD, "2027", extended=True, doc_date="2027-03-09")
    days = {THREAD[d.start:d.end]: d.value for d in weekdays(THREAD, "2027-03-09", dates)}
    # the quoted message was sent on Wednesday 3 March: its "next Monday" is the 8th
    assert days.get("Monday") == "2027-03-08"


# -- a month set ahead by the nearer of two future clauses -----------------------------------

PLANS = """Date: 14 December 2026

Next steps
The county committee will hear the progress report at its session on 21 December, and the
office will publish Circular No. 5 in the second week of January.

The office published Circular No. 3 in January, before the floods.
"""


@pytest.fixture(scope="module")
def plans(kg):
    return draft_of(kg, PLANS, "r28-plans")


def test_the_second_of_two_future_clauses_sets_its_month_ahead(plans):
    assert _dates(plans, "Circular No. 5") == {"2027-01"}


def test_a_month_in_a_clause_told_in_the_past_stays_in_the_text_s_year(plans):
    assert "2027-01" not in _dates(plans, "Circular No. 3")


# -- a periodical's masthead: its issue line and its weekday line date the text --------------

MASTHEAD = """=============================================================
            WORKSHOP SAFETY BRIEF
    No. 7, 2027 (No. 131 overall)              2027-03-19
    Safety Office of Dongling Copper Foil Co., Ltd.
=============================================================

IN BRIEF

Two near misses were logged at the slitting line this week. Both crews
have been retrained.
"""

WEEKDAY_HEAD = """QINLING ALLOYS GROUP
PRESS CUTTINGS                     No. 12, 2027
Thursday  2027.03.18               Internal
=============================================================

The group's wheel plant was named a model site on 9 March.
"""


@pytest.fixture(scope="module")
def masthead(kg):
    return draft_of(kg, MASTHEAD, "r28-masthead")


def test_an_issue_line_with_its_day_set_apart_dates_the_text(masthead):
    assert str(masthead.date) == "2027-03-19"


def test_a_brief_in_capitals_under_a_rule_is_the_text_s_report(masthead):
    brief = [e for e in masthead.new() if e.label == "Workshop Safety Brief"]
    assert brief and str(brief[0].cls).endswith("#Report")
    assert _values(brief[0], NFO.dateIssued) == ["2027-03-19"]
    # a section's heading "IN BRIEF" is no document
    assert not _named(masthead, "In Brief")


def test_a_weekday_opening_a_head_line_before_its_day_dates_the_text():
    from kg.ingest.reading.dates import read_document_date
    d, guessed = read_document_date(WEEKDAY_HEAD)
    assert d is not None and d.value == "2027-03-18" and not guessed
    # a day in the body's first sentence is no header's
    d, guessed = read_document_date(WEEKDAY_HEAD.replace("Thursday  2027.03.18", "Internal"))
    assert d is None or d.value != "2027-03-18"


# -- a step still to come told after the date that opens its clause, or after "and" ----------

STEPS = """Date: 10 December 2026

NEXT STEPS
  * From 11 January to 5 February 2027, apprentices will run a repair stall
    at the Hongshan bus terminal.
  * The park will open its second standard plant zone in March 2027 and hold
    its spring investor week in Xiamen in the second quarter.

Next month we will lay the foundation of a cathode line in Baiyin.
In 2027 output will reach 40,000 tonnes.
From 1 January the new rules will take effect.
In March the plant restarted its old line and shipped a first lot in May.
"""


@pytest.fixture(scope="module")
def steps(kg):
    return draft_of(kg, STEPS, "r28-steps")


def test_a_date_opening_a_list_item_dates_the_step_its_clause_sets_ahead(steps):
    stall = _named(steps, "Apprentices will run a repair stall")
    assert stall and _values(stall[0], NFO.plannedDate) == ["2027-01-11"]
    assert _values(stall[0], NFO.endDate) == ["2027-02-05"]
    assert _dates(steps, "We will lay the foundation of a cathode line") == {"2027-01"}


def test_a_second_step_after_and_shares_the_plan_word_and_a_yearless_quarter_is_next_year_s(steps):
    # (the second quarter of the text's year is past: the plan means the next one's)
    assert _dates(steps, "Hold its spring investor week in Xiamen") == {"2027"}


def test_a_target_a_day_in_force_and_past_deeds_are_no_planned_steps(steps):
    assert not _named(steps, "Output will reach")
    assert not _named(steps, "The new rules will take effect")
    for label in ("Shipped a first lot", "Ship"):
        for e in _named(steps, label):
            assert not _values(e, NFO.plannedDate)


# -- a schedule's day set apart from an event's name that opens with a year -----------------

AGENDA = """WEEKLY NOTES
Date: 1 March 2027

Coming up
   4 Mar       Provincial bureau: online briefing on the cobalt quota
   9-11 Mar    2027 China (Jinchang) Nickel and Cobalt Fair, Jinchang
               Exhibition Centre
"""


def test_a_year_set_apart_by_a_wide_gap_opens_the_next_cell_s_name(kg):
    from kg.ingest.reading.dates import find_dates
    days = {AGENDA[d.start:d.end]: (d.value, d.until) for d in find_dates(AGENDA, "2027")}
    assert days.get("9-11 Mar") == ("2027-03-09", "2027-03-11")
    # a year printed after a space or a line break is still the day's
    wrapped = find_dates("signed on 30 November\n    2026 in Baotou", "2027")
    assert [(d.value) for d in wrapped if d.kind == "date"] == ["2026-11-30"]


# -- a thing that has run since a date: the start of its running --------------------------------

RUNNING = """Date: 14 December 2026

The foundry, which has been in operation since 2009, casts 40,000 tonnes of wheels a year.
A trial kiln at the Baiyin works has run since April 2025. Since 2023 we have run a test
centre with Lanzhou University on cathode sheet.

Copper prices have risen since May. Exports of the powder have been controlled since 2024.
The new press will be in operation since next year, the firm hopes.
"""


@pytest.fixture(scope="module")
def running(kg):
    return draft_of(kg, RUNNING, "r28-running")


def test_running_since_a_date_is_the_start_of_the_thing_s_operation(running):
    starts = {e.label: _values(e, NFO.startDate) for e in running.new()
              if e.label.startswith("Start of operation of")}
    assert starts.get("Start of operation of foundry") == ["2009"]
    assert starts.get("Start of operation of trial kiln at the Baiyin works") == ["2025-04"]
    assert ["2023"] in starts.values()      # (the test centre run with the university)


def test_a_rise_a_control_and_a_date_to_come_start_no_running(running):
    labels = " ".join(e.label for e in running.new())
    for word in ("prices", "Exports", "press"):
        assert f"Start of operation of {word}" not in labels
        assert not any(e.label.startswith("Start of operation") and word in e.label
                       for e in running.new())


# -- a timetable's step told in the present tense, its date still to come -----------------------

TIMETABLE = """Date: 11 January 2027

Design is by the county institute, assembly starts in June, and the owner hopes for the first
cells in 2028. The first batch, some 40 frames for the rail depot, ships in January.
The kiln usually starts in March. Output starts at 200 tonnes in May.
"""


def test_a_step_in_the_present_tense_before_a_date_to_come_is_planned(kg):
    draft = draft_of(kg, TIMETABLE, "r28-timetable")
    assert _dates(draft, "Assembly starts") == {"2027-06"}
    assert _dates(draft, "The first batch, some 40 frames for the rail depot, ships") == {"2027-01"}
    # a habit and a figure's level are no steps
    assert not _named(draft, "The kiln usually starts")
    assert not _named(draft, "Output starts")


# -- a verb whose figure counts the things it was done to ------------------------------------------

SAMPLING = """Date: 22 December 2026

From 7 September to 19 October 2026 the bureau sampled 48 batches of copper rod from 20 makers.
In October the works exported 3,000 tonnes of zinc to Vietnam.
In 2026 the park already employed 120 villagers.
"""


def test_a_figure_counting_things_done_to_is_no_amount(kg):
    draft = draft_of(kg, SAMPLING, "r28-sampling")
    sampling = _named(draft, "The bureau sampled 48 batches")
    assert sampling and _values(sampling[0], NFO.startDate) == ["2026-09-07"]
    assert _values(sampling[0], NFO.endDate) == ["2026-10-19"]
    # an amount exported and a state of employment are no happenings
    assert not _named(draft, "The works exported 3,000 tonnes")
    assert not _named(draft, "The park already employed")
