"""`kg ingest` round 15, event roles: the cue word lists of relations/event_roles.py in every
tense and voice and for any event noun (``data/event-role-nouns.txt``), and the same cues read
for the clause events minted after them (relations/clause_roles.py). Short articles written for
these tests (own words; invented companies, places and figures; other metals and countries).

* organisers: "X will host / is holding / staged the ... conference", "the forum was organised
  / convened by A", "X, organised by A and B, opened"; not "A held a 75 percent stake" (no
  event named or referred to), not a person's body after "organised by A, B, a director of C".
* participants: "Participants included A and B", "Among the exhibitors were A and B", "The
  event brought together A, B and C", "more than 300 companies, including A and B, exhibited
  at the fair", "talks between A and B", "A held further talks with B", "A and B took part";
  not "companies including A reported profits" in a sentence about no event.
* supporters: "The forum was sponsored by A".
* clause events (minted after the cues were first read): "On the 20th, the final of the X
  Contest came to a close ...; The contest was co-organised by A. Participants included B";
  not "A and B took part" in a sentence about a strike that is no event of the draft.
* parts named by their kind alone (relations/component_events.py): "Speaking at the closing
  ceremony, A said" after the contest is reported: the ceremony is part of the contest; not a
  signing ceremony held weeks after the contest's last day."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r15ro") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _linked(draft, label_part, pred):
    """The labels ``pred`` links from the events whose label holds ``label_part``."""
    out = set()
    for e in draft.entities.values():
        if label_part.lower() in e.label.lower():
            for p, o, _, _ in e.statements:
                if p == pred and o in draft.entities:
                    out.add(draft.entities[o].label)
    return out


@pytest.fixture(scope="module")
def nickel(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-roles-nickel", (
        "Nickel producers meet in Jakarta as smelter forum opens\n\n"
        "Source: Metals Wire    2026-05-12\n\n"
        "The 2026 Sulawesi Nickel Smelter Forum opened in Jakarta on May 11. The forum was "
        "organised by the Sulawesi Nickel Miners Association. Participants included Morowali "
        "Ferronickel Co., Ltd. and Halmahera Laterite Co., Ltd.\n\n"
        "The forum was sponsored by Banda Merchant Bank Co., Ltd.\n\n"
        "Kendari Stainless Co., Ltd. and Obi Cobalt Refining Co., Ltd. took part in the forum as "
        "observers. Representatives of Sorowako Matte Co., Ltd. also took part, the forum said.\n\n"
        "Weda Bay Holdings Co., Ltd. held a 75 percent stake in Halmahera Laterite Co., Ltd. "
        "Companies including Buton Asphalt Co., Ltd. reported higher profits.\n"))


def test_passive_organiser_and_listed_participants(nickel):
    assert "Sulawesi Nickel Miners Association" in _linked(nickel, "Smelter Forum",
                                                            NFO.organizedBy)
    got = _linked(nickel, "Smelter Forum", NFO.participant)
    assert {"Morowali Ferronickel Co., Ltd.", "Halmahera Laterite Co., Ltd.",
            "Kendari Stainless Co., Ltd.", "Obi Cobalt Refining Co., Ltd.",
            "Sorowako Matte Co., Ltd."} <= got, got


def test_sponsor_is_a_supporter(nickel):
    assert "Banda Merchant Bank Co., Ltd." in _linked(nickel, "Smelter Forum", NFO.supportedBy)


def test_a_stake_held_and_profits_reported_are_no_roles(nickel):
    for pred in (NFO.organizedBy, NFO.participant):
        got = _linked(nickel, "Smelter Forum", pred)
        assert "Weda Bay Holdings Co., Ltd." not in got and "Buton Asphalt Co., Ltd." not in got


@pytest.fixture(scope="module")
def cobalt(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-roles-cobalt", (
        "Cobalt refiners gather in Lubumbashi for mining week\n\n"
        "Source: Central Africa Metals    2026-06-20\n\n"
        "The Katanga Cobalt Week 2026 was held in Lubumbashi from June 16 to 18. The event "
        "brought together Luapula Copperbelt Co., Ltd., Kolwezi Tailings Co., Ltd. and Likasi "
        "Hydromet Co., Ltd. More than 300 companies, including Kipushi Germanium Co., Ltd. and "
        "Mutanda Cathode Co., Ltd., exhibited at the event.\n\n"
        "The Zambezi Lithium Council will host its annual Lithium Supply Conference in Ndola in "
        "October. Among the exhibitors were Kabwe Battery Metals Co., Ltd. and Solwezi "
        "Spodumene Co., Ltd.\n"))


def test_brought_together_and_including(cobalt):
    got = _linked(cobalt, "Cobalt Week", NFO.participant)
    assert {"Luapula Copperbelt Co., Ltd.", "Kolwezi Tailings Co., Ltd.",
            "Likasi Hydromet Co., Ltd."} <= got, got
    assert {"Kipushi Germanium Co., Ltd.", "Mutanda Cathode Co., Ltd."} <= got, got


def test_future_host_and_among_the_exhibitors(cobalt):
    assert "Zambezi Lithium Council" in _linked(cobalt, "Lithium Supply Conference",
                                                NFO.organizedBy)
    got = _linked(cobalt, "Lithium Supply Conference", NFO.participant)
    assert {"Kabwe Battery Metals Co., Ltd.", "Solwezi Spodumene Co., Ltd."} <= got, got


@pytest.fixture(scope="module")
def tin(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-roles-tin", (
        "Bolivian tin talks resume in La Paz\n\n"
        "Source: Andes Mining Daily    2026-07-03\n\n"
        "The 2026 Altiplano Tin Roundtable, organised by the Oruro Tin Producers Chamber, "
        "opened in La Paz on July 2. Talks between Huanuni Tin Mining Co., Ltd. and Vinto "
        "Smelting Co., Ltd. on a concentrate contract were held at the roundtable.\n\n"
        "The press briefing on the roundtable was convened by the Potosi Metals Bureau, "
        "Ramiro Quispe, a director of the Potosi Metals Bureau, said.\n"))


def test_apposed_organiser_and_talks_between(tin):
    assert "Oruro Tin Producers Chamber" in _linked(tin, "Tin Roundtable", NFO.organizedBy)
    got = set()
    for part in ("Talks between", "Tin Roundtable"):
        got |= _linked(tin, part, NFO.participant)
    assert {"Huanuni Tin Mining Co., Ltd.", "Vinto Smelting Co., Ltd."} <= got, got


@pytest.fixture(scope="module")
def welding(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-roles-welding", (
        "Welders from six countries compete in Ulsan as aluminium welding final closes\n\n"
        "Source: Korea Metals Daily    2027-03-22\n\n"
        "On the 20th, the final of the 2027 Pacific Aluminium Welding Skills Contest came to a "
        "close at the training centre of Hanbit Alloy Co., Ltd. in Ulsan after two days of "
        "competition.\n\n"
        "The contest was co-organised by the Ulsan Metropolitan Office of Labour. Participants "
        "included Busan Extrusion Co., Ltd. and Gimhae Castings Co., Ltd.\n\n"
        "On Monday, miners at the Tasman Zinc Mine went on strike over pay. The Tasman Miners "
        "Union and the Westland Workers Federation took part.\n"))


def test_clause_event_gets_the_cues_roles(welding):
    assert "Ulsan Metropolitan Office of Labour" in _linked(welding, "Welding Skills Contest",
                                                            NFO.coOrganizedBy)
    got = _linked(welding, "Welding Skills Contest", NFO.participant)
    assert {"Busan Extrusion Co., Ltd.", "Gimhae Castings Co., Ltd."} <= got, got
    assert not {"Tasman Miners Union", "Westland Workers Federation"} & got, got


@pytest.fixture(scope="module")
def casting(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-roles-casting", (
        "Foundry workers compete in Chennai at national die-casting contest\n\n"
        "Source: South Asia Metals Weekly    2027-03-08\n\n"
        "The 2027 National Aluminium Die-Casting Skills Contest was held in Chennai from March 3 "
        "to 5. Ninety contestants from 40 foundries took part.\n\n"
        "Speaking at the closing ceremony, Ravi Menon, president of the Indian Foundry Council, "
        "said the industry needed more skilled casters.\n\n"
        "A signing ceremony for a magnesium wheel project was held in Pune on April 20.\n"))


def _parents(draft, label_start):
    return {draft.entities[o].label for e in draft.entities.values()
            if e.label.lower().startswith(label_start)
            for p, o, _, _ in e.statements if p == NFO.partOfEvent and o in draft.entities}


def test_a_bare_closing_ceremony_is_part_of_the_contest(casting):
    got = _parents(casting, "closing ceremony")
    assert any("Die-Casting Skills Contest" in x for x in got), got
    assert not any("Die-Casting" in x for x in _parents(casting, "signing ceremony")), \
        _parents(casting, "signing ceremony")
