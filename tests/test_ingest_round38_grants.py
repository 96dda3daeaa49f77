"""Round 38, award grants a published honours list states: a body publishes the enterprises it
has named or certified under a title that names the designation ("the Third Batch of Certified
Green Mines", "Qualified Supplier List"), one a table's row; each listed enterprise is granted
the designation, conferred by the body that recognised it or published the list. A list of the
punished, or of a programme's members (green factories), grants nothing."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _ingest(kg, folder, text, doc_id):
    path = folder / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _grants(draft):
    """{(recipient label, award label, giver label or "")} of the draft's award grants: the
    grant's giver, else its award's (the list's publisher confers the award it lists)."""
    labels = {e.iri: e.label for e in draft.entities.values()}

    def givers(e):
        return [labels.get(o, str(o)) for p, o, *_ in e.statements if p == NFO.conferredBy]
    awarded = {e.iri: givers(e) for e in draft.entities.values() if e.cls == NFO.Award}
    out = set()
    for e in draft.entities.values():
        if e.cls != NFO.AwardGrant:
            continue
        recs = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == NFO.recipient]
        for aw in (o for p, o, *_ in e.statements if p == NFO.award):
            out |= {(r, labels.get(aw, str(aw)), g) for r in recs
                    for g in givers(e) or awarded.get(aw) or [""]}
    return out


MINES = """# Announcement on Publishing the Third Batch of Certified Green Mines Named by the Qinling Provincial Department of Natural Resources

*Qinling Provincial Department of Natural Resources | 2027-03-04*

After the review of the applications and the site checks held in January, the mines below meet
the provincial standard for green mines and are certified in the third batch.

| No. | Enterprise | Mine | County |
|---|---|---|---|
| 1 | Shangnan Fengyuan Molybdenum Co., Ltd. | Fengyuan molybdenum mine | Shangnan |
| 2 | Zhashui Jinling Lead Zinc Co., Ltd. | Jinling lead-zinc mine | Zhashui |
| 3 | Danfeng Huaxin Vanadium Co., Ltd. | Huaxin vanadium mine | Danfeng |

The named mines keep the title for three years and are checked again before it ends.

Qinling Provincial Department of Natural Resources
4 March 2027
"""

SUPPLIERS = """Hanjiang Aluminium Industry Co., Ltd.

Qualified Supplier List -- Edition 3 of 2027

The suppliers below passed the audits of the procurement centre this spring.

No.  Supplier                             Goods                 Valid until
---  -----------------------------------  --------------------  -----------
1    Ankang Tianrui Carbon Co., Ltd.      prebaked anodes       2028-04-30
2    Hanzhong Boxin Fluoride Co., Ltd.    aluminium fluoride    2028-05-31
3    Xixiang Ruitong Refractory Co., Ltd. cathode blocks        2028-03-31
"""

FACTORIES = """# Publicity of the Proposed 2027 Provincial Green Factories

*Qinling Provincial Department of Industry and Information Technology | 2027-03-04*

| No. | Enterprise | County |
|---|---|---|
| 1 | Shangnan Fengyuan Molybdenum Co., Ltd. | Shangnan |
| 2 | Zhashui Jinling Lead Zinc Co., Ltd. | Zhashui |
"""

DISHONEST = """# List of Dishonest Enterprises in the Supply of Prebaked Anodes

*Qinling Provincial Market Supervision Bureau | 2027-03-04*

| No. | Enterprise | Finding |
|---|---|---|
| 1 | Ankang Tianrui Carbon Co., Ltd. | false quality certificates |
| 2 | Hanzhong Boxin Fluoride Co., Ltd. | unpaid fines |
"""


ITEMS = """# List of the Third Batch of Certified Water-saving Enterprises

*Qinling Provincial Water Resources Department | 2027-05-06*

The enterprises below passed the assessment and hold the title for three years:

1. Shangnan Fengyuan Molybdenum Co., Ltd.
2. Zhashui Jinling Lead Zinc Co., Ltd.
3. Danfeng Huaxin Vanadium Co., Ltd.

Notes
1. The city bureaus hand the plaques over in June.
"""

COMMENDED = """Qinling Provincial Federation of Trade Unions

    Decision on Commending the 2027 Advanced Collectives and Skilled
        Craftsmen of the Province's Metals Industry

Trade unions of all cities:

After nominations in the spring and review by the presidium, the Federation has decided to
commend the following units and individuals.

I. Qinling Province Advanced Collective (units, 2)

   1. Shangnan Fengyuan Molybdenum Co., Ltd.
   2. Zhashui Jinling Lead Zinc Co., Ltd.

II. Qinling Province Skilled Craftsman (individuals, 2)

   1. Zhou Minghua     Furnace leader, Danfeng Huaxin Vanadium Co., Ltd.
   2. Wang Lanfang     Chief assayer, Shangnan Fengyuan Molybdenum Co., Ltd.

                                  Qinling Provincial Federation of Trade Unions
                                              12 June 2027
"""

MEETING = """Qinling Provincial Federation of Trade Unions

    Notice on the Arrangements for the 2027 Metals Industry Safety Meeting

I. Participating units (3)

   1. Shangnan Fengyuan Molybdenum Co., Ltd.
   2. Zhashui Jinling Lead Zinc Co., Ltd.
   3. Danfeng Huaxin Vanadium Co., Ltd.

II. Time and place

   1. 9:00 on 20 June 2027, in the Federation's hall.
"""


@pytest.fixture(scope="module")
def drafts(kg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("r38grants")
    return {name: _ingest(kg, folder, text, f"r38-{name}") for name, text in
            (("mines", MINES), ("suppliers", SUPPLIERS), ("dishonest", DISHONEST),
             ("factories", FACTORIES), ("commended", COMMENDED), ("meeting", MEETING),
             ("items", ITEMS))}


def test_a_batch_of_named_mines_grants_the_title_to_each_row(drafts):
    grants = _grants(drafts["mines"])
    giver = "Qinling Provincial Department of Natural Resources"
    for rec in ("Shangnan Fengyuan Molybdenum Co., Ltd.", "Zhashui Jinling Lead Zinc Co., Ltd.",
                "Danfeng Huaxin Vanadium Co., Ltd."):
        assert (rec, "Certified Green Mines", giver) in grants, grants


def test_a_list_titled_by_its_designation_grants_it_to_each_row(drafts):
    grants = _grants(drafts["suppliers"])
    recs = {r for r, a, _ in grants if a == "Qualified Supplier"}
    assert {"Ankang Tianrui Carbon Co., Ltd.", "Hanzhong Boxin Fluoride Co., Ltd."} <= recs, grants
    assert all(g == "Hanjiang Aluminium Industry Co., Ltd." for r, a, g in grants
               if a == "Qualified Supplier"), grants


def test_a_list_printed_as_numbered_items_grants_the_status_to_each_item(drafts):
    recs = {r for r, a, _ in _grants(drafts["items"]) if a == "Certified Water-saving Enterprises"}
    assert recs == {"Shangnan Fengyuan Molybdenum Co., Ltd.", "Zhashui Jinling Lead Zinc Co., Ltd.",
                    "Danfeng Huaxin Vanadium Co., Ltd."}, _grants(drafts["items"])


def test_a_list_of_the_dishonest_grants_nothing(drafts):
    assert not _grants(drafts["dishonest"]), _grants(drafts["dishonest"])


def test_a_programmes_member_list_grants_nothing(drafts):
    # (green factories, pilots: the curated texts record what such a list includes)
    assert not _grants(drafts["factories"]), _grants(drafts["factories"])


def test_a_commendation_decisions_headings_are_the_awards_its_lists_receive(drafts):
    grants = _grants(drafts["commended"])
    giver = "Qinling Provincial Federation of Trade Unions"
    for rec in ("Shangnan Fengyuan Molybdenum Co., Ltd.", "Zhashui Jinling Lead Zinc Co., Ltd."):
        assert (rec, "Qinling Province Advanced Collective", giver) in grants, grants
    people = {r for r, a, _ in grants if a == "Qinling Province Skilled Craftsman"}
    assert people == {"Zhou Minghua", "Wang Lanfang"}, grants


def test_the_numbered_sections_of_a_plain_notice_grant_nothing(drafts):
    assert not _grants(drafts["meeting"]), _grants(drafts["meeting"])
