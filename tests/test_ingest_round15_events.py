"""`kg ingest` round 15, happenings named by a noun and their dates, on short articles written
for these tests (own words; invented companies, bodies and figures; other metals, countries and
genres than the dev sets):

* (data/happening-nouns.txt, read with data/bare-nouns.txt by events/noun_table.py) more
  families of happening nouns: contests and finals, drills, checks and acceptances,
  votes, raids and court steps, weather, mishaps, protests, stoppages and force majeure,
  shipments, openings; not generic or figurative uses ("competition remains fierce", "in our
  assessment", "a breach of contract", "regular drills").
* (events/noun_table.py) a happening noun with a date right after it is one even without a verb
  ("a mid-term review in 2028 and a final assessment in 2030"); "the <noun>" alone is not.
* (reading/relative_days.py) "on the 9th of this month" is in the document's month, "the 28th
  of last month" in the month before; after a span across months ("April to July") a later
  "on the 3rd" is not read in a month named before the span.
* (reading/dates.py) a span of months without "from" ("April to July 2026", "May-June").
* (events/weekday_dates.py) a weekday that opens a sentence ("On Monday the smelter declared
  ...", "Last Wednesday ...") or follows "since" dates its clause like one inside it; "planned
  for Friday", "set for Thursday" are the next such days.
* (events/verb_happenings.py) "met", "won", "ran" report a happening; a dateline with its
  weekday ("SANTIAGO, Tuesday 12 October 2027 --") or its province ("GANZHOU, Jiangxi, June
  11 --") dates no clause.
* (events/bare_nouns.py) an aside between a noun and its verb ("Talks in X, with a labour
  inspector present, are planned for Friday").
* (events/verb_happenings.py) a timeline's entries behind any bullet ("> October 2024 -- ...",
  "* On the 3rd -- ..."), and no happening dated by the period its figures cover ("reviewed
  output for July to September").
"""
from __future__ import annotations

import pytest

from kg.ingest.events.noun_table import dated_after
from kg.ingest.reading.dates import find_dates
from tests.hostile_drafts import draft_of, event_rows, parsed, snapshot_kg  # noqa: F401


TEXTS = {
    "mine": """Four miners rescued after flooding at Bolivian tin mine

ORURO, 14 September 2027 -- Rescue teams lifted four miners out of the Huanuni Norte tin mine of
Andes Estano S.A. on Sunday, ending a rescue of almost three days. The company had held a full
drill on the 2nd of this month, the mine's safety chief said.

Truckers staged a blockade of the mine road on Monday, and the company declared force majeure
on tin concentrate deliveries on Tuesday. Competition for trucks remains fierce, and regular
drills are part of the mine's routine.
""",
    "plan": """Ministry names five lithium pilot parks

Release time: 2027-06-02

The Ministry of Energy of Chile named five pilot parks for lithium brine processing on 28 May.
The pilot period runs to 2030, with a mid-term review in 2028 and a final assessment in 2030.
In our assessment, the parks will draw private money. A second batch could be chosen later.
On 30 May, the ministry organised the review of the applications of 2027 in Santiago.
""",
    "contest": """Welders from eight regions meet in Kazan for copper welding final

KAZAN, 20 October 2027 -- The 2027 final of the national copper welding contest closed in Kazan
on Friday, and the 2028 final will be held in Perm. Ural Copper Works said a breach of
contract by a supplier had delayed deliveries, and that a ballot of its workers on a new wage
deal was held on the 12th of last month. The draft deal will be put to the vote at a meeting to be held on
November 3.
""",
    "timeline": """How the Kivu cobalt tailings plant was built

Mining Weekly    Thursday, 4 November 2027

> March 2026 -- Kivu Cobalt SARL signs the design contract.
> April to July 2026 -- first phase: the leach tanks are built.
* On the 3rd -- a team from the provincial mines division signs off the works.

Analysts reviewed output for July to September and gave their forecasts.
""",
    "storm": """Aluminium stocks moved as Typhoon Haikui nears Fujian

XIAMEN, 4 September 2027 -- Warehouses at Xiamen port moved aluminium ingots to higher ground as
Typhoon Haikui approached on Friday, and the port raised Typhoon Signal No. 8. Damage was far
smaller than during Super Typhoon Meranti in 2016, the port said. The Typhoon Committee met on
Thursday, and the hurricane season in the Gulf of Mexico also slowed alumina shipments.

On Monday the Fujian smelter of Minjiang Aluminium Co., Ltd. declared force majeure on
deliveries to its buyers. Last Wednesday its workers staged a protest, and truckers have
blocked the plant's gate since Saturday.
""",
    "talks": """Chilean miners end stoppage

SANTIAGO, Tuesday 12 October 2027 -- The mines minister met union leaders of Cobre Andino on
Monday. Talks in Antofagasta, with a labour inspector present, are planned for Friday, and a
court hearing is set for Thursday. Output was set at 20,000 tonnes in May.
""",
}


@pytest.fixture(scope="module")
def graphs(snapshot_kg):
    return {k: parsed(draft_of(snapshot_kg, t, f"r15-{k}", f"{k}.txt")) for k, t in TEXTS.items()}


_events = event_rows     # (tests/hostile_drafts.py)


def _find(g, word):
    return [x for x in _events(g) if word in x[0]]


def test_a_drill_on_a_day_of_this_month(graphs):
    got = _find(graphs["mine"], "drill")
    assert len(got) == 1 and "2027-09-02" in got[0][2]      # not the "regular drills"


def test_a_blockade_staged_and_force_majeure_declared(graphs):
    assert _find(graphs["mine"], "blockade")
    got = _find(graphs["mine"], "force majeure")
    assert got and "2027-09-14" in got[0][2]


def test_generic_competition_is_no_event(graphs):
    assert not _find(graphs["mine"], "competition")


def test_steps_named_with_their_years_are_planned_events(graphs):
    review = _find(graphs["plan"], "mid-term review")
    final = _find(graphs["plan"], "final assessment")
    assert review and "2028" in review[0][2]
    assert final and "2030" in final[0][2]


def test_an_opinion_is_no_assessment_event(graphs):
    assert not _find(graphs["plan"], "our assessment")


def test_a_sentence_opening_with_its_day_keeps_it(graphs):
    # the year after the phrase is the applications', not the day of the review
    assert not any(d == {"2027"} for n, _, d in _events(graphs["plan"]) if "review of" in n)


def test_a_final_held_and_one_to_be_held(graphs):
    finals = _find(graphs["contest"], "final")
    assert any("2028" in x[2] for x in finals)
    assert any("2027-10-15" in x[2] for x in finals)


def test_a_ballot_on_a_day_of_last_month(graphs):
    got = _find(graphs["contest"], "ballot")
    assert got and "2027-09-12" in got[0][2]
    assert not _find(graphs["contest"], "vote")     # "put to the vote": an idiom


def test_a_breach_of_contract_is_no_mishap(graphs):
    assert not _find(graphs["contest"], "breach")


def test_timeline_entries_behind_any_bullet(graphs):
    ev = _events(graphs["timeline"])
    assert any("2026-04" in d and "2026-07" in d for _, _, d in ev)
    # "On the 3rd" after a span of months: the month of the text, not one named before the span
    assert any("2027-11-03" in d for _, _, d in ev)
    assert not any("2026-03-03" in d or "2026-07-03" in d for _, _, d in ev)


def test_the_period_figures_cover_dates_no_happening(graphs):
    assert not any("forecast" in n for n, _, _ in _events(graphs["timeline"]))


@pytest.mark.parametrize("text, doc, want", [
    ("and on the 9th of this month the firm received the permit.", "2026-10-20", "2026-10-09"),
    ("In July it applied; on the 9th of this month it was approved.", "2026-10-20", "2026-10-09"),
    ("On the 28th of last month the plant restarted.", "2027-01-05", "2026-12-28"),
    ("It filed in March. On the 4th of next month the hearing opens.", "2026-05-20", "2026-06-04"),
])
def test_a_day_of_this_or_last_month(text, doc, want):
    days = [d.value for d in find_dates(text, doc[:4], extended=True, doc_date=doc)
            if d.kind == "date"]
    assert days == [want]


@pytest.mark.parametrize("text, want", [
    ("April to July 2026 -- second phase", ("2026-04", "2026-07")),
    ("Shipments paused May-June.", ("2026-05", "2026-06")),
    ("from March 2025 through January 2026", ("2025-03", "2026-01")),
])
def test_a_span_of_months_without_from(text, want):
    d = [x for x in find_dates(text, "2026", extended=True) if x.kind == "gYearMonth"]
    assert d and (d[0].value, d[0].until) == want


@pytest.mark.parametrize("text", ["It may to some extent recover.", "In May to be exact."])
def test_may_alone_is_no_span(text):
    assert not [x for x in find_dates(text, "2026", extended=True) if x.until]


@pytest.mark.parametrize("after, want", [
    (" in 2028 and", True), (" on the 3rd of this month", True), (" since Saturday,", True),
    (" last Thursday", True), (" on 12 May", True), (" in the second half of 2027", True),
    (" of the mine", False), (" in Kazan", False), (" on safety", False), (" 2028-style", False),
])
def test_a_date_right_after_a_phrase(after, want):
    text = "a drill" + after
    assert dated_after(text, len("a drill"), len("a drill")) is want


def test_weekdays_that_open_a_sentence_date_it(graphs):
    # "On Monday ...", "Last Wednesday ...", "since Saturday": the document is a Saturday
    fm = _find(graphs["storm"], "force majeure")
    protest = _find(graphs["storm"], "protest")
    assert fm and "2027-08-30" in fm[0][2]
    assert protest and "2027-09-01" in protest[0][2]


def test_met_on_a_weekday_is_one_happening_not_two(graphs):
    met = [x for x in _events(graphs["talks"]) if "met union leaders" in x[0]]
    assert len(met) == 1 and "2027-10-11" in met[0][2]    # not the dateline's Tuesday too


def test_planned_for_and_set_for_a_weekday_are_days_to_come(graphs):
    talks = _find(graphs["talks"], "talks in antofagasta")
    hearing = _find(graphs["talks"], "hearing")
    assert talks and "2027-10-15" in talks[0][2]
    assert hearing and "2027-10-14" in hearing[0][2]


def test_a_figure_set_is_no_happening(graphs):
    assert not _find(graphs["talks"], "output was set")


@pytest.mark.parametrize("line", [
    "GANZHOU, Jiangxi, June 11, 2027 -- The bureau has fined a refiner.",
    "SANTIAGO, Tuesday 12 October 2027 -- The minister met union leaders.",
    "HAMI, March 16 (Xinhua) -- Work began.",
])
def test_a_dateline_with_its_province_or_weekday_is_a_dateline(line):
    from kg.ingest.events.verb_happenings import _in_dateline
    d = [x for x in find_dates(line, "2027") if x.kind == "date"][0]
    assert _in_dateline(line, d)


@pytest.mark.parametrize("before, want", [
    ("The miner avoided ", False), ("Unions threatened ", False), ("It narrowly averted ", False),
    ("The firm held ", True), ("Workers staged ", True),
])
def test_no_date_anchor_after_a_verb_of_avoiding(before, want):
    text = before + "a strike on May 5."
    at = len(before)
    assert dated_after(text, at + len("a strike"), at + len("a strike"), True, 0, at) is want
