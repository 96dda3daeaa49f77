"""`kg ingest` round 14, events named by a noun, on short articles written for these tests (own
words; invented companies, bodies and figures; other metals and countries than the dev sets):

* (events/ceremonies.py) a briefing someone "told" or "gave" is one ("officials told a press
  briefing", "gave a media briefing"); a ceremony with its place before its verb ("The signing
  ceremony in Lusaka was attended by") is one; "a briefing paper" is none.
* (data/bare-nouns.txt) an inspection someone made, carried out or passed ("paid a working
  visit", "carried out an on-site inspection of the dam", "during an inspection"), trading that
  starts or runs ("Simulated trading will run from ... to ...", "shares will start trading on"),
  a gathering still ahead ("a hearing is scheduled for Oct. 5", "the forum was postponed to"),
  "a series of consultations"; not "regular inspections", "trading volume", "inspection rules".
* (reading/dates.py) a span of months ("between April and June", "from November to February"):
  the first month until the last, the year from the document (the next one when the span runs
  over the new year).
"""
from __future__ import annotations

import pytest
from rdflib.namespace import RDF, RDFS

from kg.ingest.reading.dates import find_dates
from tests.hostile_drafts import draft_of, parsed, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"
_EVENTS = {"Event", "Meeting", "Milestone", "PressConference", "SigningCeremony", "Launch",
           "Conference", "Forum", "Seminar", "Exhibition", "AwardCeremony"}

TEXTS = {
    "briefing": """Zambia sets out cobalt export levy

LUSAKA, 14 April 2027 -- Zambia will charge a 5% levy on cobalt hydroxide exports from July,
officials of the Ministry of Mines told a press briefing in Lusaka on Tuesday.

The signing ceremony in Lusaka was attended by the mines minister, after Copperbelt Cobalt
Refining Ltd. agreed to process more ore at home. The ministry prepared a briefing paper for
lawmakers.
""",
    "briefing2": """Norwegian smelter gives media briefing on outage

OSLO, 9 November 2027 -- Fjord Silicon Metals AS gave a media briefing on Monday on the outage
at its Bremanger furnace, which halted output for three days.
""",
    "inspection": """Regulator checks tailings dam at Bolivian silver mine

LA PAZ, 21 May 2027 -- Inspectors of the national mining authority carried out an on-site
inspection of the tailings dam of Altiplano Silver Mining S.A. on Wednesday, the company said.
The mine holds regular inspections every month, and its inspection rules were revised last year.
""",
    "inspection2": """Thai tin smelter passes safety inspection

BANGKOK, 2 March 2027 -- Siam Tin Smelting Co., Ltd. passed a safety inspection by the
provincial industry office on February 26, the company said.
""",
    "trading": """Singapore exchange to list cobalt futures

SINGAPORE, 6 September 2027 -- The Straits Metals Exchange will list cobalt futures in
November, it said on Monday. Simulated trading will run from October 4 to October 22, and
trading volume in its nickel contract rose 12% last month.
""",
    "hearing": """Chilean court to hear lithium royalty case

SANTIAGO, 10 August 2027 -- A court hearing on the royalty dispute of Atacama Lithium SpA
is scheduled for September 14, the company said. The ministry plans to hold a series of
consultations with producers between October and December.
""",
    "visit": """Ghana minister tours bauxite mine

ACCRA, 19 June 2027 -- During his visit to the Nyinahin bauxite mine of Ashanti Bauxite Ltd.
on Wednesday, Lands Minister Kwame Mensah said a rail line would be built. The company will
host an investor day on July 8 in Accra, and its managers held a meeting with local chiefs.
At her briefing on Thursday, the company's chief executive said shipments rose in May.
""",
    "trip": """Malaysian delegation ends tour of tin smelters

KUALA LUMPUR, 12 March 2027 -- A delegation of the Perak Tin Council wrapped up a four-day
visit to smelters in Yunnan on Friday, the council said.
""",
    "shipments": """Canadian nickel miner agrees to ship concentrate to Finland

TORONTO, 18 November 2027 -- Boreal Nickel Corp. said on Thursday that trial shipments of
concentrate to its Finnish buyer are due to begin in January. Shipments rose 8% in October,
and regular deliveries will start in March, the company added.
""",
    "window": """Peru to auction two zinc concessions

LIMA, 7 January 2027 -- Peru's energy and mines ministry will auction two zinc concessions in
Pasco, it said on Thursday. Registration of bidders will run from Jan. 18 to Feb. 8, and the
public consultation on the bidding rules closes on Jan. 29. An investors' meeting is scheduled
for Feb. 15 in Lima. At a press conference, the vice minister said the ministry would hold a
tender for a third concession in the second half of the year.
""",
}


@pytest.fixture(scope="module")
def graphs(snapshot_kg):
    return {k: parsed(draft_of(snapshot_kg, t, f"r14-{k}", f"{k}.txt")) for k, t in TEXTS.items()}


def _events(g):
    """{lower-case label or alias: (class, set of date values)} of the draft's events."""
    out = {}
    for s, o in g.subject_objects(RDF.type):
        cls = str(o).rsplit("#", 1)[-1]
        if cls not in _EVENTS:
            continue
        dates = {str(v) for p, v in g.predicate_objects(s)
                 if str(p).rsplit("#", 1)[-1] in ("startDate", "endDate", "plannedDate")}
        names = [str(x) for x in g.objects(s, RDFS.label)]
        names += [str(x) for x in g.objects(s, RDFS.label.__class__(
            "http://www.w3.org/2004/02/skos/core#altLabel"))]
        for n in names:
            out[n.lower()] = (cls, dates)
    return out


def _find(events, word):
    return [v for k, v in events.items() if word in k]


def test_told_a_press_briefing_is_one(graphs):
    ev = _events(graphs["briefing"])
    got = _find(ev, "press briefing")
    assert got and got[0][0] == "PressConference"
    assert "2027-04-13" in got[0][1]


def test_gave_a_media_briefing_is_one(graphs):
    assert _find(_events(graphs["briefing2"]), "media briefing")


def test_a_briefing_paper_is_no_event(graphs):
    assert not _find(_events(graphs["briefing"]), "briefing paper")


def test_ceremony_with_its_place_before_the_verb(graphs):
    assert _find(_events(graphs["briefing"]), "signing ceremony")


def test_an_inspection_carried_out_is_dated(graphs):
    got = _find(_events(graphs["inspection"]), "inspection")
    assert len(got) == 1 and "2027-05-19" in got[0][1]


def test_regular_inspections_and_inspection_rules_are_no_events(graphs):
    assert not _find(_events(graphs["inspection"]), "regular")
    assert not _find(_events(graphs["inspection"]), "rules")


def test_a_passed_inspection_is_one(graphs):
    got = _find(_events(graphs["inspection2"]), "safety inspection")
    assert got and "2027-02-26" in got[0][1]


def test_simulated_trading_runs_over_its_days(graphs):
    got = _find(_events(graphs["trading"]), "simulated trading")
    assert got and {"2027-10-04", "2027-10-22"} <= got[0][1]
    assert not _find(_events(graphs["trading"]), "volume")


def test_a_scheduled_hearing_is_planned(graphs):
    got = _find(_events(graphs["hearing"]), "hearing")
    assert got and "2027-09-14" in got[0][1]


def test_a_series_of_consultations_over_months(graphs):
    got = _find(_events(graphs["hearing"]), "consultations")
    assert got and "2027-10" in got[0][1]


@pytest.mark.parametrize("text, want", [
    ("talks are planned between April and June.", ("2026-04", "2026-06")),
    ("The roadshows run from late May through early July.", ("2026-05", "2026-07")),
    ("a survey from November to February.", ("2026-11", "2027-02")),
    ("between April and June 2028.", ("2028-04", "2028-06")),
])
def test_a_span_of_months(text, want):
    d = [x for x in find_dates(text, "2026", extended=True) if x.kind == "gYearMonth"]
    assert d and (d[0].value, d[0].until) == want


@pytest.mark.parametrize("text, want", [
    ("from May 3 to June 5.", ("2026-05-03", "2026-06-05")),
    ("between May 3 and May 9.", ("2026-05-03", "2026-05-09")),
])
def test_days_of_a_range_stay_days(text, want):
    d = find_dates(text, "2026", extended=True)
    assert d and (d[0].value, d[0].until) == want


def test_his_visit_and_her_briefing_are_events_dated_by_their_weekdays(graphs):
    ev = _events(graphs["visit"])
    visit = _find(ev, "visit")
    assert visit and "2027-06-16" in visit[0][1]
    briefing = _find(ev, "briefing")
    assert briefing and "2027-06-17" in briefing[0][1]


def test_an_investor_day_hosted_and_a_meeting_held(graphs):
    ev = _events(graphs["visit"])
    assert any("2027-07-08" in v[1] for v in _find(ev, "investor day"))
    assert _find(ev, "meeting")


def test_a_visit_wrapped_up_on_a_day_ends_then(graphs):
    got = _find(_events(graphs["trip"]), "four-day visit")
    assert got and {"2027-03-09", "2027-03-12"} <= got[0][1]


def test_planned_shipments_in_the_next_year(graphs):
    ev = _events(graphs["shipments"])
    trial = _find(ev, "trial shipments")
    assert trial and trial[0][1] == {"2028-01"}, trial
    regular = _find(ev, "regular deliveries")
    assert regular and regular[0][1] == {"2028-03"}, regular
    assert not any("2027-10" in v[1] for v in ev.values())     # shipments that rose: no event


@pytest.mark.parametrize("heads, lower", [
    ([r"talks|meeting", r"(?:board|general)\s+meeting", r"board", r"boards?\s+of\s+directors"], True),
    ([r"AGM|annual\s+meeting", r"(?:Annual|annual)\s+report", r"a\w+"], False),
    ([r"\d+th\s+meeting", r"meeting"], True),          # a head opening with no letter
])
def test_factored_heads_match_what_the_plain_alternation_matches(heads, lower):
    import re
    from kg.ingest.events.factored_heads import factored
    from kg.ingest.reading.caseless import lower_source
    plain = re.compile(r"(?<![\w\-])(?:" + "|".join(
        f"(?:{lower_source(h) if lower else h})" for h in heads) + r")(?![\w\-])")
    fast = re.compile(r"(?<![\w\-])" + factored(heads, lower) + r"(?![\w\-])")
    text = ("the board meeting of the boards of directors, a general meeting and talks; "
            "its 12th meeting, the AGM, the Annual report, an annual meeting, abc keyboard")
    text = text.lower() if lower else text
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_registration_window_runs_over_its_days(graphs):
    got = _find(_events(graphs["window"]), "registration")
    assert got and {"2027-01-18", "2027-02-08"} <= got[0][1]


def test_a_consultation_that_closes_on_an_abbreviated_month(graphs):
    got = _find(_events(graphs["window"]), "public consultation")
    assert got and "2027-01-29" in got[0][1]
    assert all(not k.endswith(" jan") for k in _events(graphs["window"]))


def test_an_investors_meeting_is_planned(graphs):
    got = _find(_events(graphs["window"]), "investors' meeting")
    assert got and "2027-02-15" in got[0][1]


def test_a_tender_told_at_a_press_conference_is_its_own_event(graphs):
    got = _find(_events(graphs["window"]), "tender")
    # "in the second half of the year": dated by its year, as the curated files date a quarter
    # or a half-year (round 18, events/period_years; it was its first month, 2027-07)
    assert got and "2027" in got[0][1]
