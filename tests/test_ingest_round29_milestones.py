"""Round 29, steps a timetable sets ahead: a day or month printed without its year, before the
document's own, in a clause that sets it ahead ("closes at the end of February", "pays in
March", in a text of December) is the next year's (a weekday is not moved a year); a
timetable's present tense in the plural or with "pays", "stops", "meets", "runs from" (not an
agreement's term); a relative clause's step labelled from the noun
phrase before its comma; a release or publication a plan sets ahead is a milestone (not a
launch event left to another reader); "will be ready by"; a step done to a document the
clause names is an event about that document."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _steps(draft):
    """label -> (planned dates, end dates, what it is about) of the draft's future steps."""
    out = {}
    for e in draft.entities.values():
        if e.rule != "event:future-step":
            continue
        out[e.label] = ({str(o) for p, o, _, _ in e.statements if _local(p) == "plannedDate"},
                        {str(o) for p, o, _, _ in e.statements if _local(p) == "endDate"},
                        {str(o).rsplit("/", 1)[-1] for p, o, _, _ in e.statements
                         if _local(p) == "about"})
    return out


def _one(steps, words):
    hits = [k for k in steps if words in k]
    assert len(hits) == 1, (words, sorted(steps))
    return steps[hits[0]]


TIMETABLE = """Lakeside County grants for alloy die-casting cells
Lakeside County Bureau of Industry, 9 December 2026

Applications go through the town offices for the county's die-casting grant for 2027,
which closes at the end of February.

The first 1,200 forms arrive at the bureau in January. After the checks, the county finance
bureau pays in the second quarter of 2027.

The bureau's review panel meets in April. The second round runs from 11 January to 5 March
2027. The grant agreement runs from 1 April 2027 to 31 March 2030.

Under the plan, a design study for the second casting hall will be ready by March next year.
"""

PAST = """Lakeside County grants: what was done
Lakeside County Bureau of Industry, 9 December 2026

The grant scheme opened in March, and the first cells were paid for in June. The panel
usually meets in April.
"""


@pytest.fixture(scope="module")
def timetable(kg):
    return _steps(draft_of(kg, TIMETABLE, "r29-timetable"))


def test_a_yearless_month_before_the_document_s_in_a_present_tense_step_is_next_year_s(timetable):
    planned, _, _ = _one(timetable, "which closes")
    assert planned == {"2027-02"}


def test_a_relative_clause_step_is_labelled_from_the_noun_phrase_before_its_comma(timetable):
    label = next(k for k in timetable if "which closes" in k)
    assert label.startswith("The county's die-casting grant for 2027")


def test_a_plural_verb_and_pays_tell_a_timetable_s_steps(timetable):
    planned, _, _ = _one(timetable, "forms arrive")
    assert planned == {"2027-01"}
    assert next(k for k in timetable if "forms arrive" in k).startswith("The first 1,200 forms")
    planned, _, _ = _one(timetable, "finance bureau pays")
    assert planned == {"2027"}      # (a quarter: its year, as the curators write it)


def test_a_body_that_meets_in_a_month_gone_by_meets_next_year(timetable):
    planned, _, _ = _one(timetable, "review panel meets")
    assert planned == {"2027-04"}


def test_will_be_ready_by_is_a_step(timetable):
    planned, _, _ = _one(timetable, "will be ready")
    assert planned == {"2027-03"}


def test_what_was_done_or_usually_happens_is_no_step(kg):
    steps = _steps(draft_of(kg, PAST, "r29-past"))
    assert not [k for k in steps if "meets" in k or "opened" in k or "paid" in k], steps


DOCUMENTS = """Hillside City reply on scrap grading
Hillside City Bureau of Industry, 20 November 2026

We have asked the city testing centre to draft the "Rules for Grading Nickel Alloy Scrap",
which will be released as a city group standard in the first half of next year.

The plants that pass will be recommended to the province for the provincial green list next
year.
"""


@pytest.fixture(scope="module")
def documents(kg):
    return draft_of(kg, DOCUMENTS, "r29-documents")


def test_a_release_a_plan_sets_ahead_is_a_milestone_about_the_document(documents):
    steps = _steps(documents)
    planned, _, about = _one(steps, "which will be released")
    assert planned == {"2027"}
    label = next(k for k in steps if "which will be released" in k)
    assert label.startswith("Rules for Grading Nickel Alloy Scrap")
    rules = [e for e in documents.entities.values() if e.label == "Rules for Grading Nickel Alloy Scrap"]
    assert rules and about == {rules[0].iri.rsplit("/", 1)[-1]}


def test_a_step_done_for_a_list_the_clause_names_is_an_event_about_it(documents):
    planned, _, about = _one(_steps(documents), "will be recommended")
    assert planned == {"2027"} and about


def test_the_lists_own_coming_is_still_its_own_date(kg):
    draft = draft_of(kg, """Hillside statistics
Hillside City Statistics Bureau, 20 November 2026

The full-year bulletin will be released in March next year.
""", "r29-bulletin")
    assert not [k for k in _steps(draft) if "bulletin" in k.lower()]


def test_a_weekday_a_plan_sets_ahead_is_not_moved_a_year(kg):
    steps = _steps(draft_of(kg, """County road works
Lakeside County Transport Bureau, 6 January 2027

The bureau and the quarry will walk the haul road together on Friday.
""", "r29-weekday"))
    planned, _, _ = _one(steps, "walk the haul road")
    assert planned == {"2027-01-08"}


def test_a_launch_that_is_no_document_s_stays_with_its_own_reader(kg):
    steps = _steps(draft_of(kg, """Exchange news
Lakeside Metals Exchange, 6 December 2026

A zinc alloy contract deliverable in Ningbo is to be launched in the second quarter of next
year.
""", "r29-launch"))
    assert not [k for k in steps if "launched" in k], steps


def test_a_round_that_runs_from_one_day_to_another_is_a_step_an_agreement_s_term_is_not(timetable):
    planned, until, _ = _one(timetable, "second round runs")
    assert planned == {"2027-01-11"} and until == {"2027-03-05"}
    assert not [k for k in timetable if "agreement runs" in k]


HOLDERS = """Pinewood Town works
Pinewood Town Office, 5 December 2026

The town Party committee will hear a report on the three projects at
its meeting on 15 December, and the office will issue Works Bulletin No. 4
in January.

The rules were drafted in August, as the Pinewood County Party Committee had asked at its
plenary session in July.

The quarry may reopen if the county board agrees at its meeting on 20 December.
"""


@pytest.fixture(scope="module")
def holders(kg):
    draft = draft_of(kg, HOLDERS, "r29-holders")
    return {e.label: e for e in draft.entities.values() if e.rule == "event:dated-meeting-holder"}


def _dated(ent):
    # (its dates; the body that holds it is its organiser since round 39)
    return {(_local(p), str(o)) for p, o, _, _ in ent.statements if _local(p).endswith("Date")}


def test_a_meeting_named_only_as_its_holder_s_date_is_a_meeting(holders):
    ent = holders["Meeting of the town Party committee"]
    assert _local(ent.cls) == "Meeting"
    assert _dated(ent) == {("plannedDate", "2026-12-15")}


def test_a_past_session_of_a_named_body_is_dated_by_its_start(holders):
    ent = holders["Plenary session of the Pinewood County Party Committee"]
    assert _dated(ent) == {("startDate", "2026-07")}
    assert {_local(p) for p, *_ in ent.statements} == {"startDate", "organizedBy"}


def test_a_meeting_in_a_condition_is_none(holders):
    assert not [k for k in holders if "board" in k], sorted(holders)


DEADLINES = """Pinewood tender notice
Pinewood Town Office, 20 November 2026

Bids are due by 09:30 on 8 December 2026. Each bidder should send the names of its two
delegates to the office before noon on Friday, 4 December. The town will inspect 40 village
roads by the end of January next year, and the contractor will lift output to 3,000 tonnes by
2028.
"""


@pytest.fixture(scope="module")
def deadlines(kg):
    return _steps(draft_of(kg, DEADLINES, "r29-deadlines"))


def test_a_time_of_day_between_by_and_the_day_still_leads_it(deadlines):
    planned, _, _ = _one(deadlines, "Bids are due")
    assert planned == {"2026-12-08"}
    planned, _, _ = _one(deadlines, "send the names")
    assert planned == {"2026-12-04"}


def test_things_a_step_counts_are_no_amount_but_a_figure_it_reaches_is(deadlines):
    planned, _, _ = _one(deadlines, "inspect 40 village roads")
    assert planned == {"2027-01"}
    assert not [k for k in deadlines if "lift output" in k]


def test_a_thing_named_before_that_runs_from_one_day_to_another_is_no_new_step(kg):
    steps = _steps(draft_of(kg, """Lakeside Lithium overhaul notice
Lakeside Lithium Co., Ltd., 20 December 2026

The annual overhaul of the carbonate line is set out below. The overhaul runs from 11 January
to 24 January 2027.
""", "r29-overhaul"))
    assert not [k for k in steps if "overhaul runs" in k], steps
