"""`kg ingest` round 16, events and milestones, on short articles written for these tests (own
words; invented companies, bodies and figures; other metals, countries and genres than the dev
sets):

* (events/future_steps.py) a step a clause sets ahead with any verb ("is to open by the end of
  September", "will be offered again in the first quarter of 2028", "should publish ... before
  the end of November", "plans to apply for ... by April", "with a pilot plant by 2029",
  "could follow in December") is a milestone with its planned date; not a forecast or a
  target ("output will reach 80,000 tonnes in 2028", "aims to cut costs by 20% by 2028"), a
  plan told in the past ("was due to open in January"), a negated or conditional clause, a
  date already past, nor a meeting a clause names ("the next forum will be held in May").
* (reading/dates.py) a month after "from", "by", "before", "until", "starting" is a date
  ("from October"), and so are "the end of the year", "year-end" (the document's year) and
  "mid-2028", "end-2027".
* (reading/dates.py, relative_days.py) "The next day the team went ..." is a day (its subject
  follows it), counted from the first day of a range named before it ("From 20 to 22 March ...
  The next day": the 21st); "the day before the symposium" is a day counted from the last one
  named; "the day after the deadline" is none.
* (events/verb_happenings.py) "From 20 to 22 March, X, vice minister of Y, led a working group
  to Z": the verb after the subject's name and apposition; "led" with what was led ("led a
  team", not "led to", "led by"); "The day before the symposium, the delegates visited X": the
  visit, not the symposium the day is counted from; "X, governor of Y, inspected ... on May 12
  and 13": a verb right after an apposition's comma (not a participle's aside: ", issued by
  the bureau in March,").
"""
from __future__ import annotations

import pytest

from kg.ingest.reading.dates import find_dates
from tests.hostile_drafts import draft_of, event_rows, parsed, snapshot_kg  # noqa: F401


TEXTS = {
    "refinery": """Harbin copper refinery to move its head office and add a cathode line

HARBIN, 3 March 2027 -- Longjiang Copper Co., Ltd. will move its head office to Daqing next
year, the company said on Tuesday. A new cathode line is to start trial runs by the end of June,
and the old tankhouse will be dismantled before the end of the year.
The provincial bureau should publish a list of approved recyclers in May. Output will reach
80,000 tonnes in 2028, and the company aims to cut its power costs by 20% by 2028.
The company did not say whether it would sell the Harbin site in 2027. If prices recover, a
second line could be added in 2029. The plant was due to open in January but was delayed.
""",
    "auction": """Peru re-offers two tin concessions after thin bidding

LIMA, Monday 14 June 2027 -- The energy and mines ministry of Peru sold three of five tin
concessions in an auction that closed in May. The two unsold blocks will be offered again in
the first quarter of 2028, and Minsur Andina S.A.A. plans to apply for an export licence by
April, with a pilot plant by 2029. A second batch of licences could follow in December, and
smaller miners may have to cut output by October.
The next tin forum will be held in Cusco in October. Prices are expected to remain firm until
September. The ministry opened the auction in February.
""",
    "tour": """Deputy minister tours Guizhou alumina refineries

GUIYANG, 24 March 2027 -- From 20 to 22 March, Li Hongwei, Vice Minister of Natural Resources, led
a working group to Guizhou to survey bauxite mining and alumina refining. The next day the group
went to the Guizhou Institute of Light Metals, where researchers showed new cell designs.
On 23 March the province held a symposium on aluminium in Guiyang. The day before the symposium,
the delegates visited the Zunyi smelter. Poor ore grades led to higher costs last year.
Wang Lin, mayor of Anshun, toured the bauxite mines of Puding on 21 and 22 March. The quota,
approved by the bureau in January, was not changed.
""",
    "notice": """Notice on the pilot scheme for nickel recycling parks

The scheme will be widened to cobalt and manganese residues from October. Each pilot park must
send its work plan to the provincial department by 30 September 2026. The parks already
submitted their first reports in January 2026.

Nickel Recycling Office
15 August 2026
""",
}


@pytest.fixture(scope="module")
def graphs(snapshot_kg):
    return {k: parsed(draft_of(snapshot_kg, t, f"r16e-{k}", f"{k}.txt")) for k, t in TEXTS.items()}


_events = event_rows     # (tests/hostile_drafts.py)


def _find(g, word):
    return [x for x in _events(g) if word in x[0]]


def _planned(g, word, value):
    got = _find(g, word)
    assert got, f"no event for {word!r}: {[x[0][:60] for x in _events(g)]}"
    assert any(x[1] == "Milestone" and value in x[2] for x in got), got


def test_a_move_next_year(graphs):
    _planned(graphs["refinery"], "head office", "2028")


def test_is_to_by_the_end_of_a_month(graphs):
    _planned(graphs["refinery"], "trial runs", "2027-06")


def test_should_publish_in_a_month(graphs):
    _planned(graphs["refinery"], "approved recyclers", "2027-05")


def test_forecasts_and_targets_are_no_steps(graphs):
    g = graphs["refinery"]
    assert not _find(g, "80,000") and not _find(g, "output will reach")
    assert not _find(g, "power costs")


def test_negated_conditional_and_past_plans_are_no_steps(graphs):
    g = graphs["refinery"]
    assert not any(x[1] == "Milestone" for x in _find(g, "harbin site"))
    assert not any(x[1] == "Milestone" for x in _find(g, "second line"))
    assert not any(x[1] == "Milestone" for x in _find(g, "due to open"))


def test_offered_again_in_a_quarter(graphs):
    _planned(graphs["auction"], "offered again", "2028")


def test_plans_to_apply_and_a_pilot_with_by(graphs):
    _planned(graphs["auction"], "export licence", "2028-04")   # April after June: next year's
    _planned(graphs["auction"], "pilot plant", "2029")


def test_hedged_steps_are_none(graphs):
    g = graphs["auction"]
    assert not any(x[1] == "Milestone" for x in _find(g, "second batch"))
    assert not any(x[1] == "Milestone" for x in _find(g, "cut output"))


def test_a_planned_forum_stays_a_forum_and_a_level_is_no_step(graphs):
    g = graphs["auction"]
    assert not any(x[1] == "Milestone" for x in _find(g, "forum"))
    assert not _find(g, "remain firm")


def test_widened_from_a_month_and_a_deadline(graphs):
    g = graphs["notice"]
    _planned(g, "widened", "2026-10")
    _planned(g, "work plan", "2026-09-30")
    assert not any(x[1] == "Milestone" for x in _find(g, "first reports"))   # already past


def _dated(g, word, value):
    got = _find(g, word)
    assert got, f"no event for {word!r}: {[x[0][:60] for x in _events(g)]}"
    assert any(value in x[2] for x in got), got


def test_a_tour_led_after_the_leader_s_apposition(graphs):
    _dated(graphs["tour"], "led a working group", "2027-03-20")
    _dated(graphs["tour"], "led a working group", "2027-03-22")


def test_the_next_day_after_a_range_and_the_day_before_an_event(graphs):
    _dated(graphs["tour"], "institute of light metals", "2027-03-21")
    got = _find(graphs["tour"], "visited the zunyi smelter")
    assert got and "2027-03-22" in got[0][2] and got[0][1] == "Event", got


def test_a_verb_after_an_apposition_s_comma(graphs):
    _dated(graphs["tour"], "toured the bauxite mines", "2027-03-21")
    assert not _find(graphs["tour"], "approved by the bureau")


def test_led_to_is_no_happening(graphs):
    assert not _find(graphs["tour"], "higher costs")


@pytest.mark.parametrize("text,value", [
    ("Deliveries resume from October, the port said.", "2026-10"),
    ("The plant will shut by March for repairs.", "2026-03"),
    ("Work runs until November at the site.", "2026-11"),
    ("It will apply for a permit before the end of the year.", "2026"),
    ("The new kiln is due by year-end.", "2026"),
    ("The refinery should restart by mid-2028.", "2028"),
    ("A second furnace is planned for end-2027.", "2027"),
    ("It opened on 4 May 2026. The next day the crew left.", "2026-05-05"),
    ("From 3 to 6 May 2026 talks ran. The following day the union voted.", "2026-05-04"),
    ("The fair opened on 9 May 2026. The day before the fair, buyers met.", "2026-05-08"),
])
def test_planned_date_phrases_are_dates(text, value):
    assert value in [d.value for d in find_dates(text, "2026", extended=True)]


@pytest.mark.parametrize("text", [
    "The year-end inventory was counted.",
    "Since May the mine has been idle.",
    "The plant may close, the union said.",
    "The day after the deadline the firm paid.",
])
def test_not_dates(text):
    assert not [d for d in find_dates(text, "2026", extended=True) if d.kind != "gYear"
                or d.value != "2026"]
