"""`kg ingest` round 17, events and their participants across sentences, on short articles
written for these tests (own words; invented companies, people and figures; other metals,
countries and genres than the dev sets):

* (relations/speakers.py, clause_roles.py) a question-and-answer transcript marks its turns
  ("Q: A, B Capital: ...", "A: C: ...", "Q: D (E Securities): ..."): the person a turn opens
  with takes part in the article's lead event, even one that is a clause ("X held its results
  call"), even when the name at the turn has no span of its own; a turn of no one named ("Q: A
  retail investor:") gives nobody, and a lone "Q:" line in a market report gives nothing.
* (data/event-roles.txt, event_roles.py) who took part, said in a later sentence naming no
  other event: "A and finance director B answered questions", "officials from X were on hand",
  the acts of a ceremony ("broke a bottle of champagne on the bow", "received the ship on behalf
  of"), the parties of a court case ("was sentenced to eight years in prison"); names joined by
  "and" or commas each after a title ("A, general manager B and board secretary C").
* (events/open_periods.py, data/period-cues.txt) a period an announcement opens, with its days
  ("Publicity period: A to B", "open for public comment from 1 to 30 June", "Objections may be
  lodged ... from A until B", a heading "IV. Objection period" over "From A to B"): an event
  with its first and last day, about the document the headline names; a deadline ("must be
  submitted by 30 June") or a period without days ("a trial period of three months") is none.
* (events/foundings.py) "X Co. was incorporated in March 2019", "A and B set up X Ltd. in
  2021": a milestone "Founding of X" about X, dated; not a plant set up in a year, nor a
  founding a named founding assembly takes.
"""
from __future__ import annotations

import pytest

from kg.ingest.terms import NFO
from tests.hostile_drafts import draft_of, snapshot_kg  # noqa: F401

TEXTS = {
    "call": (
        "Andes Zinc Mining posts higher first-half output\n\n"
        "LIMA, 12 August 2027 -- Andes Zinc Mining S.A.A. held its first-half results call by "
        "telephone on Wednesday. Chief executive Rosa Quispe and finance director Mateo Salas "
        "answered questions from about 40 analysts.\n\n"
        "Q: Carla Montes, Pacifico Capital: How much did the Huaron concentrator add?\n"
        "A: Rosa Quispe: About 9,000 tonnes of zinc in concentrate.\n"
        "Q: Diego Ferrer (Inca Securities): Will the dividend rise?\n"
        "A: Mateo Salas: The board will decide in October.\n"
        "Q: A retail investor: Is the Cerro Negro pit closing?\n"),
    "ship": (
        "New ore carrier for West African bauxite named in Dalian\n\n"
        "DALIAN, 9 May 2027 -- A naming ceremony for the Atlantic Bauxite, a 210,000-tonne ore "
        "carrier built for Hengrui Aluminium Co., Ltd., was held at the Dalian shipyard on "
        "Friday.\n\n"
        "Zhao Lina, deputy general manager of Hengrui Aluminium, broke a bottle of champagne on "
        "the bow as the vessel's sponsor. Peter Mensah, chief executive of Kintampo Bauxite Ltd., "
        "received the ship on behalf of the charterer. Officials from the Dalian Port Authority "
        "were on hand.\n\n"
        "The carrier will haul bauxite from Ghana to Yantai from July.\n"),
    "court": (
        "Director jailed in cobalt smuggling case\n\n"
        "DURBAN, 20 October 2027 -- The Durban High Court on Tuesday handed down its sentence in "
        "a cobalt hydroxide smuggling case that customs officers uncovered last year.\n\n"
        "The court heard that the cargo of 600 tonnes had been declared as copper slag.\n\n"
        "Johan Pretorius, director of Karoo Metals Trading, was sentenced to eight years in "
        "prison.\n"),
    "notice": (
        "Notice on the Candidate List of Green Nickel Smelters (2027)\n\n"
        "The provincial bureau has reviewed 14 applications and proposes six plants for the list. "
        "Publicity period: 4 May 2027 to 8 May 2027.\n\n"
        "The companion draft standard on nickel matte is open for public comment from 1 to 30 June "
        "2027. Objections may be lodged in writing with the bureau from 12 May 2027 until 19 May "
        "2027. New applications must be submitted by 30 July 2027, and listed plants serve a trial "
        "period of three months.\n"),
    "heading": (
        "Tender for a cobalt refinery upgrade: winning bidder candidates\n\n"
        "IV. Objection period\n\n"
        "From 3 August 2027 to 5 August 2027. Bidders who object may write to the tenderer.\n"),
    "profile": (
        "Andean nickel venture starts drilling\n\n"
        "ANTOFAGASTA, 2 March 2028 -- Cordillera Nickel S.A. was incorporated in March 2019 in "
        "Santiago. Rand Platinum Holdings Ltd. and Kasai Mining Ltd. set up Mbeya Nickel Ltd. in "
        "2021. The concentrator was set up in 2007 and still runs.\n"),
    "market": (
        "Tin prices steady as Myanmar output recovers\n\n"
        "KUALA LUMPUR, 3 June 2027 -- Tin prices were near 31,000 dollars a tonne on Monday. "
        "Analysts said supply from the Wa region was returning.\n\n"
        "Q: what does this mean for solder makers?\n"
        "Lim Wei Ming, a trader at Straits Metal Sdn Bhd, said stocks were low.\n"),
}


@pytest.fixture(scope="module")
def drafts(snapshot_kg):
    return {k: draft_of(snapshot_kg, t, f"r17e-{k}", f"{k}.txt") for k, t in TEXTS.items()}


def _events(draft):
    return [e for e in draft.entities.values()
            if str(e.cls).rsplit("#", 1)[-1] in ("Event", "Meeting", "PressConference",
                                                 "Milestone", "SigningCeremony", "Launch")]


def _took_part(draft) -> dict:
    """{person or organisation label: the labels of the events it takes part in or speaks at}"""
    by_iri = {e.iri: e for e in draft.entities.values()}
    out: dict = {}
    for ev in _events(draft):
        for p, o, _, _ in ev.statements:
            if p in (NFO.participant, NFO.speaker) and o in by_iri:
                out.setdefault(by_iri[o].label, set()).add(ev.label)
    return out


def test_turns_of_a_transcript_take_part_in_the_clause_event(drafts):
    got = _took_part(drafts["call"])
    for who in ("Rosa Quispe", "Mateo Salas"):
        assert any("results call" in x for x in got.get(who, ())), (who, got)


def test_a_turn_of_no_one_named_gives_nobody(drafts):
    got = _took_part(drafts["call"])
    assert not any("investor" in k.lower() for k in got), got


def test_ceremony_acts_and_presence(drafts):
    got = _took_part(drafts["ship"])
    for who in ("Zhao Lina", "Peter Mensah", "Dalian Port Authority"):
        assert any("naming ceremony" in x.lower() for x in got.get(who, ())), (who, got)


def test_sentenced_person_takes_part_in_the_sentencing(drafts):
    got = _took_part(drafts["court"])
    assert any("sentence" in x.lower() for x in got.get("Johan Pretorius", ())), got


def test_a_market_report_has_no_transcript(drafts):
    got = _took_part(drafts["market"])
    assert not any("Lim Wei Ming" in k or "Wei Ming" in k for k in got), got


def _periods(draft):
    return [e for e in draft.entities.values() if e.rule == "event:open-period"]


def _days(ent):
    return {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in ent.statements
            if str(p).endswith(("startDate", "endDate", "plannedDate"))}


def test_periods_with_their_days(drafts):
    got = {tuple(sorted(_days(e).values())) for e in _periods(drafts["notice"])}
    assert ("2027-05-04", "2027-05-08") in got, got
    assert ("2027-06-01", "2027-06-30") in got, got
    assert ("2027-05-12", "2027-05-19") in got, got


def test_a_deadline_or_a_period_without_days_is_none(drafts):
    got = _periods(drafts["notice"])
    assert len(got) == 3, [(e.label, _days(e)) for e in got]
    assert not any("2027-07-30" in _days(e).values() for e in got)


def test_a_period_is_about_the_headline_document(drafts):
    d = drafts["notice"]
    by_iri = {e.iri: e for e in d.entities.values()}
    about = {by_iri[o].label for e in _periods(d) for p, o, _, _ in e.statements
             if p == NFO.about and o in by_iri}
    assert any("Green Nickel Smelters" in x for x in about), about


def test_a_heading_period_takes_the_days_below(drafts):
    got = _periods(drafts["heading"])
    assert len(got) == 1 and set(_days(got[0]).values()) == {"2027-08-03", "2027-08-05"}, \
        [(e.label, _days(e)) for e in got]
    m = got[0].mentions[0]
    assert drafts["heading"].text[m.start:m.end] == "Objection period"


def _foundings(draft):
    return {e.label: _days(e) for e in draft.entities.values() if e.rule == "event:founded-in"}


def test_founding_milestones_with_their_dates(drafts):
    got = _foundings(drafts["profile"])
    assert got.get("Founding of Cordillera Nickel S.A.", {}).get("startDate") == "2019-03", got
    assert got.get("Founding of Mbeya Nickel Ltd.", {}).get("startDate") == "2021", got


def test_a_plant_set_up_is_no_founding(drafts):
    got = _foundings(drafts["profile"])
    assert len(got) == 2 and not any("oncentrator" in k for k in got), got
