"""Round 23, relations: posts read from the layouts of records and lists. A letterhead with a
short cell beside it ("X CO., LTD.      INTERNAL USE ONLY") is still the document's house; a
meeting's "Presided by:" / "Recorder:" lines give the person's post after the name in that house;
a list of directors is a list of the house's officers, not of the body a "Place:" line names; a
row of a list or table that prints a person's name, a wide gap and "Role, Organisation" (or the
role and the organisation in two cells) gives the post. Each with a case that must not change."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO, ORG


def _ingest(kg, folder, text, doc_id):
    path = folder / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _posts(draft):
    """{(person label, organisation label, rule)} of the draft's posts."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out = set()
    for e in draft.entities.values():
        if e.cls != NFO.Post:
            continue
        held = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == ORG.heldBy]
        within = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == ORG.postIn]
        for h in held:
            for w in within:
                out.add((h, w, e.rule))
    return out


def _in(posts, person, org_words):
    return {r for h, w, r in posts if h == person and org_words.lower() in w.lower()}


MINUTES = """HONGSHAN ZINC SMELTING CO., LTD.                    FOR INTERNAL USE
MINUTES OF THE FOURTH BOARD MEETING OF 2027
------------------------------------------------------------------
Time:        2027.03.12 (Friday), 14:00-16:30
Place:       Meeting hall of the Kaiyuan Nonferrous Metals Association,
             Kaiyuan, Yunnan Province
Presided by: Ding Wenhao, Chairman
Directors:   Pei Xiaolu; Rong Jiabao; Gao Shumin
Recorder:    Mei Lanting, Board Secretary
------------------------------------------------------------------

The board reviewed zinc ingot sales for the first two months and approved
a new leaching tank at the Company's plant.
"""


@pytest.fixture(scope="module")
def minutes(kg, tmp_path_factory):
    return _posts(_ingest(kg, tmp_path_factory.mktemp("r23rel"), MINUTES, "r23-minutes"))


def test_a_letterhead_with_a_cell_beside_it_is_the_house_of_the_minutes(minutes):
    for person in ("Ding Wenhao", "Mei Lanting", "Pei Xiaolu", "Rong Jiabao"):
        assert _in(minutes, person, "Hongshan Zinc"), (person, minutes)
    assert _in(minutes, "Ding Wenhao", "Hongshan Zinc") == {"post:house-role@0.4"}


def test_the_body_a_place_line_names_is_no_officers_body(minutes):
    assert not any("Association" in w for h, w, r in minutes), minutes


SENTENCE_HEAD = """HONGSHAN ZINC SMELTING CO., LTD.   reported on Monday that its zinc ingot output rose by a tenth
Recorder:    Mei Lanting, Board Secretary

The figures were compiled by the statistics office.
"""


def test_a_letterhead_line_that_goes_on_as_a_sentence_is_no_house(kg, tmp_path):
    posts = _posts(_ingest(kg, tmp_path, SENTENCE_HEAD, "r23-sentence-head"))
    assert not _in(posts, "Mei Lanting", "Hongshan Zinc"), posts


SPEAKERS = """Press conference on the Zhaotong zinc and germanium industry

The municipal information office held a press conference on 9 April 2027.
Speakers:

  Qin Haoyu      Vice Mayor, Zhaotong Municipal People's Government
  Fu Lanxin      Director of the Zhaotong Municipal Bureau of Commerce
  Shao Kemin     Chief engineer of the roasting line, Yiliang Chihong
                 Zinc Germanium Co., Ltd.
  Lu Qiaoyan     Zhaotong Municipal Bureau of Natural Resources

Qin Haoyu said the city would build a germanium deep-processing park.
"""


@pytest.fixture(scope="module")
def speakers(kg, tmp_path_factory):
    return _posts(_ingest(kg, tmp_path_factory.mktemp("r23rel"), SPEAKERS, "r23-speakers"))


def test_a_row_s_name_role_and_organisation_give_a_post(speakers):
    assert _in(speakers, "Qin Haoyu", "Zhaotong Municipal People"), speakers
    assert _in(speakers, "Fu Lanxin", "Bureau of Commerce"), speakers


def test_a_row_with_no_role_gives_no_post(speakers):
    # (the name and an organisation, but no role between: not read as a post)
    assert not _in(speakers, "Lu Qiaoyan", "Natural Resources"), speakers


COMMITTEE = """Members of the review panel

  Role       Name           Title                 Unit
  ---------  -------------  --------------------  ---------------------------
  Chair      Kang Yiwen     Professor             Kunming University of Science
                                                  and Technology
  Member     Rao Dingbang   Senior Engineer       Yunnan Tin Group Co., Ltd.
  Member     Tang Yuexin    Kunming               Yunnan Copper Co., Ltd.

The panel met on 14 May 2027.
"""


@pytest.fixture(scope="module")
def committee(kg, tmp_path_factory):
    return _posts(_ingest(kg, tmp_path_factory.mktemp("r23rel"), COMMITTEE, "r23-committee"))


def test_a_table_row_s_title_and_unit_give_a_post(committee):
    assert _in(committee, "Rao Dingbang", "Yunnan Tin"), committee


def test_a_table_row_with_no_title_gives_no_post(committee):
    # (a place, not a role, in the title's cell)
    assert not _in(committee, "Tang Yuexin", "Yunnan Copper"), committee


def _parents(draft):
    """{(unit label, parent label)} of the draft's nfo:unitOf statements."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, labels.get(o, str(o))) for e in draft.entities.values()
            for p, o, *_ in e.statements if p == NFO.unitOf}


def _parent_of(parents, unit_words, parent_words):
    return any(unit_words in u and parent_words in p for u, p in parents)


UNITS = """NOTICE ON THE THESIS DEFENCE OF A MASTER'S CANDIDATE

The School of Metallurgy and Environment of Central South University will
hold the defence on 6 June 2027. The candidate worked on zinc leaching
residues with the Testing Centre, Hunan Nonferrous Metals Research Institute.

Questions go to the Academic Office, the Finance Office and Hunan Zhuye Torch
Metals Co., Ltd.

Academic Office, School of Metallurgy and Environment
2 June 2027
"""


@pytest.fixture(scope="module")
def units(kg, tmp_path_factory):
    return _parents(_ingest(kg, tmp_path_factory.mktemp("r23rel"), UNITS, "r23-units"))


def test_a_unit_named_of_its_parent_or_before_it_is_its_unit(units):
    assert _parent_of(units, "School of Metallurgy and Environment", "Central South University"), \
        units
    assert _parent_of(units, "Academic Office", "School of Metallurgy"), units


def test_a_list_of_bodies_is_no_unit_and_parent(units):
    # ("the Academic Office, the Finance Office and X Co., Ltd.": three bodies, no parents)
    assert not _parent_of(units, "Finance Office", "Torch"), units
    assert not _parent_of(units, "Academic Office", "Finance Office"), units


def _grants(draft):
    """{(award label, recipient label)} of the draft's award grants, and their metals."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out, metals = set(), {}
    for e in draft.entities.values():
        if e.cls != NFO.AwardGrant:
            continue
        aw = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == NFO.award]
        for p, o, *_ in e.statements:
            if p == NFO.recipient:
                for a in aw:
                    out.add((a, labels.get(o, str(o))))
                metals[labels.get(o, str(o))] = {labels.get(m, str(m)) for q, m, *_ in
                                                 e.statements if q == NFO.concernsMetal}
    return out, metals


AWARDEES = """Yunnan Provincial Federation of Trade Unions

    Decision on the 2027 Yunnan Province May Day Labour Medal
                (Nonferrous Metals Sector)

The Federation has decided to award the following individuals.

I. Yunnan Province May Day Labour Medal (individuals, 2)

   1. Duan Qingfeng    Chief technician, Yunnan Tin Group Co., Ltd.;
                       improved the fuming furnace for tin slag
   2. Yang Suqin       Director of the zinc laboratory, Yunnan Copper Co., Ltd.

Members of the review group:

   1. He Jianbo        Yunnan Nonferrous Metals Industry Association
"""


@pytest.fixture(scope="module")
def awardees(kg, tmp_path_factory):
    return _grants(_ingest(kg, tmp_path_factory.mktemp("r23rel"), AWARDEES, "r23-awardees"))


def test_the_items_under_an_award_s_heading_are_its_grants(awardees):
    grants, metals = awardees
    medal = {r for a, r in grants if "May Day Labour Medal" in a}
    assert {"Duan Qingfeng", "Yang Suqin"} <= medal, grants
    # the citation's metal, not the one in a laboratory's name before the organisation
    assert any("Tin" in m or "tin" in m for m in metals.get("Duan Qingfeng", ())), metals
    assert not any("inc" in m for m in metals.get("Yang Suqin", ())), metals


def test_a_list_under_another_heading_gives_no_grant(awardees):
    grants, _ = awardees
    assert not any(r == "He Jianbo" for a, r in grants), grants
