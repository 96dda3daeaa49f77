"""Round 27, relations: constructions that state a relation between two names the draft already
has, each recurring across genres. A relative clause of possession after an organisation ("X,
whose controlling shareholder is Y", "whose largest shareholder is Y with 35%", "whose actual
controller is Y", "whose parent company is Y"); a company "of" a county or district, or ", of" a
city in a list; a place in brackets that a form or a fixed-width table wrapped onto the line
under the name, in the name's column. Each with a case that must not change."""
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


def _ent(draft, label):
    return next((e for e in draft.entities.values() if e.label.lower() == label.lower()), None)


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, _, _ in ent.statements if p == pred}


def _rules(ent, pred):
    return {r for p, _, _, r in ent.statements if p == pred}


WHOSE = """Three zinc producers named in a price probe

The companies under review are:

1. Hunan Lishui Zinc Co., Ltd., based in Leiyang, Hunan Province;
2. Yunnan Chengxi Zinc Co., Ltd., whose controlling shareholder is the Qujing
   municipal state assets company, Qujing Huatai Investment Group Co., Ltd.

Guangxi Baima Foil Co., Ltd., whose largest shareholder is Nanning Yuanda Investment
Co., Ltd. with 35%, is preparing a listing. Guizhou Lantian Aluminium Co., Ltd., whose
parent company is Guizhou Heping Group, runs a smelter in Qingzhen. Gansu Xinhe Nickel
Co., Ltd., whose actual controller is Wang Dexing, buys ore from Fujian Tianma Mining
Co., Ltd., whose former shareholder was Xiamen Jinqiao Holding Co., Ltd.
"""


@pytest.fixture(scope="module")
def whose(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, WHOSE, "r27-rel-whose")


def test_whose_controlling_shareholder_after_a_description(whose):
    holder = _ent(whose, "Qujing Huatai Investment Group Co., Ltd.")
    assert _objects(whose, holder, NFO.shareholderOf) == {"Yunnan Chengxi Zinc Co., Ltd."}
    assert "org:whose-shareholder" in _rules(holder, NFO.shareholderOf)


def test_whose_largest_shareholder_with_a_stake_is_the_named_company(whose):
    holder = _ent(whose, "Nanning Yuanda Investment Co., Ltd.")
    # the company before "whose", not the article's first company (a guess before)
    assert _objects(whose, holder, NFO.shareholderOf) == {"Guangxi Baima Foil Co., Ltd."}


def test_whose_parent_and_whose_controller(whose):
    child = _ent(whose, "Guizhou Lantian Aluminium Co., Ltd.")
    assert _objects(whose, child, NFO.subsidiaryOf) == {"Guizhou Heping Group"}
    person = _ent(whose, "Wang Dexing")
    assert person is not None
    assert _objects(whose, person, NFO.actualControllerOf) == {"Gansu Xinhe Nickel Co., Ltd."}


def test_whose_former_shareholder_is_no_holder(whose):
    former = _ent(whose, "Xiamen Jinqiao Holding Co., Ltd.")
    assert former is not None and not _objects(whose, former, NFO.shareholderOf)
    # and a company based in a place holds nothing of its neighbour in the list
    first = _ent(whose, "Hunan Lishui Zinc Co., Ltd.")
    assert not any(_objects(whose, x, NFO.shareholderOf) & {first.label}
                   for x in whose.entities.values())


WRAPPED = """Results of the spring sampling of door and window profiles

No. Product           Producer (location)                          Spec.    Failed items
--- ----------------- -------------------------------------------- -------- ----------------
1   Aluminium alloy   Ruida Jinhua Aluminium Co., Ltd.             6063-T5  film thickness of
    window profile    (Hanzhong)                                            anodic coating
2   Copper wire       Jinlu Tongda Cable Co., Ltd.                 450/750V conductor
    (BV 2.5 mm2)                                                            resistance
3   Aluminium alloy   Xinhe Huaxia Profile Co., Ltd.               6063-T6  wall thickness
    door profile                                                            (Ankang lot)

Testing:    Huayu Zhongce Testing Technology Co., Ltd.
            (Xianyang), sampling on 3 May
Monitoring: Taiyu Lvjing Environmental Co., Ltd. prepared the report
            (Weinan) and others.

Member news: Longxiang Magnesium Alloy Co., Ltd. of Qibin District, Hebi shipped its
first wheel blanks. The members are Hengfa Magnesium Co., Ltd.; Jinfeng Wenxi
Magnesium Co., Ltd., of Yuncheng; and Huiyuan Metallurgy Co., Ltd.
"""


@pytest.fixture(scope="module")
def wrapped(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, WRAPPED, "r27-rel-wrapped")


def test_bracket_wrapped_under_the_name_in_a_table_and_a_form(wrapped):
    table = _ent(wrapped, "Ruida Jinhua Aluminium Co., Ltd.")
    assert _objects(wrapped, table, NFO.locatedIn) == {"Hanzhong"}
    form = _ent(wrapped, "Huayu Zhongce Testing Technology Co., Ltd.")
    assert _objects(wrapped, form, NFO.locatedIn) == {"Xianyang"}


def test_bracket_not_under_the_name_or_after_text_is_no_place(wrapped):
    # the bracket under the name holds no place; one under another column is another cell's
    for label in ("Jinlu Tongda Cable Co., Ltd.", "Xinhe Huaxia Profile Co., Ltd.",
                  "Taiyu Lvjing Environmental Co., Ltd."):
        ent = _ent(wrapped, label)
        assert ent is not None and not _objects(wrapped, ent, NFO.locatedIn), label


def test_company_of_a_district_and_of_a_city_in_a_list(wrapped):
    assert _objects(wrapped, _ent(wrapped, "Longxiang Magnesium Alloy Co., Ltd."),
                    NFO.locatedIn) == {"Qibin District"}
    assert _objects(wrapped, _ent(wrapped, "Jinfeng Wenxi Magnesium Co., Ltd."),
                    NFO.locatedIn) == {"Yuncheng"}
    # the neighbours in the list are placed nowhere
    assert not _objects(wrapped, _ent(wrapped, "Huiyuan Metallurgy Co., Ltd."), NFO.locatedIn)


def test_wrapped_bracket_looks_at_two_lines_only():
    """A long line of names, each followed by a cell gap: each name looks for its line within
    a row's length, not to the text's end (linear in the text)."""
    import re

    from hostile_drafts import linear_cpu
    from kg.ingest.relations.stated_places import _wrapped_bracket

    def read(text):
        return [_wrapped_bracket(text, m.start(), m.end())
                for m in re.finditer(r"Jinlu Co\., Ltd\.", text)]

    got = linear_cpu(read, "Jinlu Co., Ltd.   (Hanzhong)   " * 12000, "wrapped bracket")
    assert not any(got)


ADDRESS = """Readers write in

I live in Xiahe Village, Yeping Town, Shangzhou District. Since last Friday the vanadium
plant across the river has been loud at night. My uncle was born in Gaojia Village, Fugu
County, Shaanxi Province, and now lives near the group's molybdenum mine in Jinlong Town,
Luonan County, Shangluo.

Trucks from Weinan, Baoji, Xi'an and Hanzhong bring ore to the plants of Zhenan County,
Shanyang County and Danfeng County.
"""


@pytest.fixture(scope="module")
def address(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, ADDRESS, "r27-rel-address")


def test_an_address_that_climbs_below_a_province_is_a_chain(address):
    assert _objects(address, _ent(address, "Xiahe Village"), NFO.locatedIn) == {"Yeping Town"}
    assert _objects(address, _ent(address, "Jinlong Town"), NFO.locatedIn) == {"Luonan County"}
    # a known county the address puts in its province
    fugu = next(e for e in address.entities.values() if e.label == "Fugu County")
    assert any(p == NFO.locatedIn for p, *_ in fugu.statements)


def test_a_list_of_peers_is_no_chain(address):
    for label in ("Weinan", "Baoji", "Zhenan County", "Shanyang County"):
        ent = _ent(address, label)
        if ent is None:
            continue
        others = _objects(address, ent, NFO.locatedIn)
        assert not others & {"Baoji", "Xi'an", "Hanzhong", "Shanyang County",
                             "Danfeng County"}, label


RUN_BY = """Strike halts a copper mine

Output at the Kokdala copper mine in western Kazakhstan has stopped for a week. The open-pit
mine lies in Mugalzhar District of Aktobe Region and is run by Kokdala Copper LLP.

The Baishan plant in Central Sulawesi, run by our joint venture PT Baishan Nickel Indonesia,
produced its first precipitate on 30 April.

Yulin Qinhe Light Alloy Co., Ltd. was set up in 2022 and is 55 percent owned by Yulin Tiansheng
Group; Shaanxi Hongda Group holds the other 45 percent. Fugu Tianhe Magnesium Co., Ltd. signed
a contract with Xi'an Lianfeng Trading Co., Ltd. and was praised by the county.
"""


@pytest.fixture(scope="module")
def run_by(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, RUN_BY, "r27-rel-run-by")


def test_a_coordinated_run_by_belongs_to_the_sentence_subject(run_by):
    mine = _ent(run_by, "Kokdala copper mine")
    assert mine is not None
    assert _objects(run_by, mine, NFO.ownedBy) == {"Kokdala Copper LLP"}
    owners = {e.label for e in run_by.entities.values()
              if "Yulin Qinhe Light Alloy Co., Ltd." in _objects(run_by, e, NFO.shareholderOf)}
    assert owners == {"Yulin Tiansheng Group", "Shaanxi Hongda Group"}


def test_a_site_in_a_place_run_by_a_described_owner(run_by):
    plant = _ent(run_by, "Baishan plant")
    assert plant is not None
    assert _objects(run_by, plant, NFO.ownedBy) == {"PT Baishan Nickel Indonesia"}


def test_a_coordinated_clause_of_another_verb_owns_nothing(run_by):
    # "signed a contract with X and was praised by": no owner, no holder
    fugu = _ent(run_by, "Fugu Tianhe Magnesium Co., Ltd.")
    assert fugu is not None
    assert not any(_objects(run_by, e, NFO.shareholderOf) & {fugu.label}
                   for e in run_by.entities.values())
    trader = _ent(run_by, "Xi'an Lianfeng Trading Co., Ltd.")
    assert not _objects(run_by, trader, NFO.shareholderOf)


AT_OWNERS = """Red mud deal signed

Zhengzhou Lianhe Research Institute and Tianyuan Aluminum Co., Ltd. signed a technology
cooperation agreement on 11 December. A 100,000-tonne demonstration line is to be built at
Tianyuan's alumina refinery in the second half of 2027. A 20,000-tonne recycling line will
be built next year, Tianyuan's manager said at a meeting.
"""


@pytest.fixture(scope="module")
def at_owners(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, AT_OWNERS, "r27-rel-at-owners")


def test_a_project_at_an_owners_facility_is_there(at_owners):
    line = _ent(at_owners, "100,000-tonne demonstration line")
    assert line is not None
    assert _objects(at_owners, line, NFO.locatedIn) == {"Tianyuan Aluminum alumina refinery"}
    # a possessive before no facility places nothing
    other = _ent(at_owners, "20,000-tonne recycling line")
    assert other is None or not _objects(at_owners, other, NFO.locatedIn)


def _one_draft(kg, tmp_path_factory, texts, prefix):
    return [_draft(kg, tmp_path_factory, t, f"{prefix}-{i}") for i, t in enumerate(texts)]


HEADERS = [
    """Publicity of the Proposed Winners of the 2026 Hebi Magnesium Craftsman Award

Release date: 2026.12.14    Source: Talent Office of Hebi    Font: L M S

Nine persons are proposed for the award.
""",
    """Administrative Penalty Decision on Yichun Dahe Lithium Mining Co., Ltd.

Published by the Jiangxi Provincial Department of Natural Resources, 2026-11-12

Decision No.: Gan Zi Ran Fa [2026] No. 41
""",
    """Monthly Operations Report on Copper Cathode Output (April 2027)

Planning Office, Lanzhou Hongyuan Copper Co., Ltd.
Issued: 3 May 2027

Output rose by a tenth in April.
""",
    """Notice on the 2027 Training Programme for Smelter Safety Officers

To: Baiyin Hongda Nonferrous Group Co., Ltd.
    Source: Lanzhou Daily

The programme will run in March 2027.
""",
]


@pytest.fixture(scope="module")
def headers(kg, tmp_path_factory):
    return _one_draft(kg, tmp_path_factory, HEADERS, "r27-rel-header")


def _issuers(draft):
    doc = next(e for e in draft.new() if str(e.cls).rsplit("#", 1)[-1] in (
        "Notice", "Report", "PolicyDocument") and e.mentions and e.mentions[0].start < 5)
    return _objects(draft, doc, NFO.issuedBy)


def test_header_source_and_published_by_name_the_issuer(headers):
    assert _issuers(headers[0]) == {"Talent Office of Hebi"}
    assert _issuers(headers[1]) == {"Jiangxi Provincial Department of Natural Resources"}


def test_a_unit_over_the_issue_date_issued_the_report(headers):
    assert _issuers(headers[2]) == {"Planning Office"}


def test_an_addressee_or_a_media_source_issues_nothing(headers):
    assert not _issuers(headers[3])
