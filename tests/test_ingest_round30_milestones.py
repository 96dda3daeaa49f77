"""Round 30, steps set ahead and deadlines the drafts missed: "next March" and "last June" are
months told relative to the document's; a plan whose date is a season of a year ("in the
spring of 2027"), whose "planned for" breaks across a line, whose verb carries a prefix's
hyphen ("re-check") or is an irregular participle ("be cast"), or that a comma sets off with no
verb of its own ("the third line, due to start in ...") is a step; a step a clause does under a
memorandum named first ("Under the memorandum, the two sides will ...") is an event about it;
a said clause's second "that" is no word of its label; "Please return this notice by ..." and
lists, allowances and slots handed in or booked by a day are deadlines."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of
from kg.ingest.reading.dates import find_dates


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _steps(draft, rule="event:future-step"):
    """label -> (planned or start dates, what it is about) of the draft's entities of ``rule``."""
    out = {}
    for e in draft.entities.values():
        if e.rule != rule:
            continue
        out[e.label] = ({str(o) for p, o, _, _ in e.statements
                         if _local(p) in ("plannedDate", "startDate")},
                        {str(o).rsplit("/", 1)[-1] for p, o, _, _ in e.statements
                         if _local(p) == "about"})
    return out


def _one(steps, words):
    hits = [k for k in steps if words in k]
    assert len(hits) == 1, (words, sorted(steps))
    return steps[hits[0]]


def test_next_and_last_month_count_from_the_document_s_month():
    text = "Work will start next March. The line has run since last June. Sales rose last May 5."
    got = {text[d.start:d.end]: d.value for d in find_dates(text, "2026", extended=True,
                                                            doc_date="2026-12-10")}
    assert got["next March"] == "2027-03"
    assert got["last June"] == "2026-06"
    assert "last May" not in got        # (a day's month: "May 5" is read as the day)


def test_next_month_without_the_document_s_date_is_no_date():
    text = "Work will start next March."
    assert not [d for d in find_dates(text, "2026", extended=True) if "March" in text[d.start:d.end]]


PLANS = """Ridgeway Nickel loan signed
Ridgeway, 12 December 2026 -- The provincial bank signed a loan with Ridgeway Nickel Co., Ltd.
yesterday.

Wang Lei, chairman of Ridgeway Nickel, said the first drawdown is expected this month, that
construction will start next March and that the first nickel matte should be cast by the end
of 2028. The company would start drilling at the east block in the spring of 2027. A second
furnace, a 30,000-tonne unit for matte, is planned
for the second half of 2027. The county bureau will re-check the emission data of all 12
smelters before the end of January next year. The refinery's fourth line, due to start in the
second half of 2028, will lift debt for two years.
"""


@pytest.fixture(scope="module")
def plans(kg):
    return _steps(draft_of(kg, PLANS, "r30-plans"))


def test_next_march_dates_a_step_and_a_said_that_is_no_word_of_its_label(plans):
    planned, _ = _one(plans, "onstruction will start")
    assert planned == {"2027-03"}
    assert "Construction will start" in plans


def test_an_irregular_participle_after_be_is_a_step(plans):
    planned, _ = _one(plans, "should be cast")
    assert planned == {"2028"}
    assert "The first nickel matte should be cast" in plans


def test_a_season_of_a_year_leads_a_step(plans):
    planned, _ = _one(plans, "start drilling")
    assert planned == {"2027"}


def test_planned_for_across_a_line_break_leads_a_step(plans):
    planned, _ = _one(plans, "is planned")
    assert planned == {"2027"}


def test_a_hyphenated_verb_is_a_step(plans):
    planned, _ = _one(plans, "re-check the emission data")
    assert planned == {"2027-01"}


def test_a_step_a_comma_sets_off_with_due_to_is_a_step(plans):
    planned, _ = _one(plans, "due to start")
    assert planned == {"2028"}


def test_a_step_done_under_a_memorandum_named_first_is_about_it(kg):
    draft = draft_of(kg, """PHOTOS | Ridge Province mining delegation visits Hilltown
2026-10-20

[Photo 1/2]
On 19 October, Zhang Wei and Omar Haddad sign a memorandum of understanding on
exploration of copper in the Ridge hills. Under the memorandum, the two sides will set up a
joint team and finish a feasibility study by June 2027.
""", "r30-under")
    steps = _steps(draft)
    planned, about = _one(steps, "feasibility study")
    assert planned == {"2027-06"}
    assert next(k for k in steps if "feasibility study" in k).startswith("The two sides will")
    deals = {e.iri.rsplit("/", 1)[-1] for e in draft.entities.values()
             if _local(e.cls) == "Agreement"}
    assert about and about <= deals


def test_a_request_and_lists_allowances_and_slots_set_deadlines(kg):
    draft = draft_of(kg, """Notice on the 2027 alloy fair
Eastbank Fair Office, 20 November 2026

1. Cities shall submit their 2027 exhibitor lists by 31 January 2027.
2. Exhibitors who wish to hold a launch must book a slot by 10 February 2027.
3. Please tick one box and return this notice by 11 December 2026.
4. Members shall surrender their allowances by 31 March 2027.
""", "r30-deadlines")
    got = _steps(draft, "event:deadline")
    assert _one(got, "lists")[0] == {"2027-01-31"}
    assert _one(got, "slot")[0] == {"2027-02-10"}
    assert _one(got, "notice")[0] == {"2026-12-11"}
    # (the surrender is a step a plan word sets ahead: read first as such, the same milestone)
    steps = {**_steps(draft), **got}
    assert _one(steps, "allowances")[0] == {"2027-03-31"}


def test_a_document_a_step_brings_out_is_that_document_still_to_come(kg):
    draft = draft_of(kg, """Newsletter of the Eastbank Metals Association
Eastbank Metals Association, 20 December 2026

The association will hold its annual conference in Eastbank in April. A circular will follow
in February. The public hearing was held on 18 December; a transcript will be posted on our
website by 31 December. A new smelter will start up in March.
""", "r30-documents")
    docs = {e.label: (_local(e.cls), {(_local(p), str(o)) for p, o, _, _ in e.statements
                                      if "Date" in _local(p) or "date" in _local(p)})
            for e in draft.entities.values() if e.rule == "document:step-subject"}
    assert docs == {"Circular": ("Notice", {("plannedDate", "2027-02")}),
                    "Transcript": ("Report", {("plannedDate", "2026-12-31")})}
    steps = _steps(draft)
    assert not [k for k in steps if "circular" in k.lower() or "transcript" in k.lower()]
    assert _one(steps, "smelter will start up")[0] == {"2027-03"}


def test_an_expectation_of_someone_else_sets_a_step(kg):
    draft = draft_of(kg, """Westfield smelter to seek low-carbon label
Westfield, 15 October 2026 -- Zhou Lin, general manager of the Westfield smelter, said he
expects the plant to apply for a low-carbon aluminium certificate before the end of the year.
""", "r30-expects")
    planned, _ = _one(_steps(draft), "apply for a low-carbon aluminium certificate")
    assert planned == {"2026"}
