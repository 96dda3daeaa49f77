"""Round 28, entities: general readers that carry across genres. Rooms and buildings of an
organisation's premises named by a common noun ("the auditorium of the company's training
centre", "the company headquarters") are sites, and no later "the plant"
refers back to one; a Party branch or committee named by a works or a village ("the Party
branch of the X rolling plant", "the X Village Party branch") is a Party body of its own, and
"Party" is no place of a branch. Each with a case that must not change."""
from __future__ import annotations

import pytest

from hostile_drafts import snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _new(draft):
    return [e for e in draft.new() if not e.role]


def _printed(draft, ent):
    return [" ".join(draft.text[m.start:m.end].split()) for m in ent.mentions]


# -- rooms and buildings of an organisation's premises ------------------------------------------

PREMISES = """Staff Congress Closes at Hengrui Antimony

The Fourth Staff Congress of Hengrui Antimony Co., Ltd. closed on 9 April in the auditorium
of the company's staff training centre in Lengshuijiang. The day before, the presidium met at
the company headquarters in Changsha. Delegates then toured the plant and a meeting room was set
aside for the press.
"""


@pytest.fixture(scope="module")
def premises(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, PREMISES, "r28-ent-premises")


def test_rooms_and_buildings_of_the_premises_are_sites(premises):
    sites = {e.label: e for e in _new(premises) if e.cls == NFO.Site}
    hall = next(e for label, e in sites.items() if label.endswith("auditorium"))
    assert "Hengrui Antimony" in hall.label
    centre = next(e for label, e in sites.items() if label.endswith("staff training centre"))
    assert any("training centre" in p for p in _printed(premises, centre))
    seat = next(e for label, e in sites.items() if label.endswith("headquarters"))
    assert "company headquarters" not in seat.label.lower()     # the owner named once


def test_the_plant_is_no_room_of_the_premises_and_a_bare_room_is_none(premises):
    for e in _new(premises):
        if e.cls == NFO.Site and ("headquarters" in e.label or "auditorium" in e.label
                                  or "centre" in e.label):
            assert not any(p.lower() == "the plant" for p in _printed(premises, e))
            assert not any(a.lower().endswith((" its", " their")) for a in e.aliases)
    # "a meeting room was set aside": an indefinite room, no site
    assert not any("meeting room" in e.label.lower() for e in _new(premises))


# -- Party bodies named by a works or a village -------------------------------------------------

BRANCHES = """Joint Study on Winter Safety

The Party branch of the Dongling rolling plant and the Xiahe Village Party branch held a joint
study on 12 January with the Party branch of Lanxin Tungsten Co., Ltd. The Party branch then
sent a report to the county.
"""


@pytest.fixture(scope="module")
def branches(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BRANCHES, "r28-ent-branches")


def test_a_party_branch_named_by_a_works_or_a_village_is_a_party_body(branches):
    labels = {e.label: e for e in _new(branches)}
    assert labels["Party branch of the Dongling rolling plant"].cls == NFO.PartyOrganization
    assert labels["Xiahe Village Party branch"].cls == NFO.PartyOrganization
    org = labels["Party branch of Lanxin Tungsten Co., Ltd."]
    assert org.cls == NFO.PartyOrganization
    assert any(p == NFO.unitOf for p, *_ in org.statements)
    # the village and the works stay names of their own
    assert any(e.label == "Xiahe Village" for e in _new(branches))


def test_party_is_no_place_and_a_bare_branch_mints_nothing(branches):
    # no "Party branch of Dongling" read as a branch in a place called "Party"
    assert not any(e.label.startswith("Party branch of Dongling") and "plant" not in e.label
                   for e in _new(branches))
    # "The Party branch then sent": no fourth body
    assert len([e for e in _new(branches) if e.cls == NFO.PartyOrganization]) == 3


# -- heads of names that recur across genres; a village's own facility --------------------------

HEADS = """Embassy of China in Ruritania
Home > Trade > Weekly Notes

Volunteers of Xiahe Village visited the Lanping Social Welfare Home on Friday. Prices came
from Light Metals Observer and the Hubei Province Scrap Metal Trading Platform. Yanshan Donghe
Cable Factory bought 200 tonnes. A rooftop solar array goes on the village's activity centre,
and the town's waterworks will be repaired. The village Party branch will check the work,
and the county Party committee will hear a report.
"""


@pytest.fixture(scope="module")
def heads(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, HEADS, "r28-ent-heads")


def test_names_by_a_head_of_a_home_an_outlet_a_platform_and_a_factory(heads):
    labels = {e.label: e.cls for e in _new(heads)}
    assert labels.get("Lanping Social Welfare Home") == NFO.Site
    assert labels.get("Light Metals Observer") == NFO.MediaOutlet
    assert labels.get("Hubei Province Scrap Metal Trading Platform") == NFO.MediaOutlet
    assert labels.get("Yanshan Donghe Cable Factory") == NFO.Company


def test_a_breadcrumb_step_is_no_name_s_head(heads):
    assert not any(e.label.endswith("Home") and "Welfare" not in e.label for e in _new(heads))


def test_a_village_s_own_facility_is_a_site_in_the_village(heads):
    centre = next(e for e in _new(heads) if e.label == "Activity centre of Xiahe Village")
    assert centre.cls == NFO.Site
    labels = {e.iri: e.label for e in heads.entities.values()}
    assert {labels.get(o) for p, o, _, _ in centre.statements if p == NFO.locatedIn} == \
        {"Xiahe Village"}
    # no town named: "the town's waterworks" is none
    assert not any("waterworks" in e.label.lower() for e in _new(heads))


def test_the_village_party_branch_is_the_branch_of_the_one_village_named(heads):
    branch = next(e for e in _new(heads) if e.label == "Xiahe Village Party branch")
    assert branch.cls == NFO.PartyOrganization
    # no county named: "the county Party committee" is none
    assert not any("county" in e.label.lower() for e in _new(heads))
