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
