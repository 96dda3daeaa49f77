"""Round 36, sites a draft missed: a works' pond named by its place or its use ("the Dahegou
pond of X", "the company's settling pond"; data/facility-heads.txt), a capitalised "... Pond" or
"... Concentrator" name (data/org-name-heads.txt), and the owner of a site whose name is printed
right after the company's full name on one line, as licences and lists write them ("X Co., Ltd.
Baishan Concentrator": relations/site_owners.prefixed_sites). Not a bare "the pond", not a site
after a name with no legal form."""
from __future__ import annotations

import pytest
from hostile_drafts import draft_of
from kg.ingest.terms import NFO

TEXT = """Sanmen County Bureau of Emergency Management

Permits renewed in the first quarter of 2028

1. Lushi Hengxing Mining Co., Ltd. Baishan Concentrator
   Permit No.: SM-2028-011
2. Lingbao Xinglong Gold Co., Ltd. Wangjiagou Tailings Pond
   Permit No.: SM-2028-014

Lushi Hengxing Mining Co., Ltd. said its Dahegou pond had been relined in March. Children
played near the pond until a fence was put up. Jinyuan Baishan Mine was visited by the bureau.
"""


@pytest.fixture(scope="module")
def draft(kg):
    return draft_of(kg, TEXT, "r36-sites")


def _sites(draft) -> dict:
    return {e.label: e for e in draft.new() if str(e.cls) == str(NFO.Site)}


def _owners(draft, ent) -> set:
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if str(p) == str(NFO.ownedBy)}


def test_a_pond_named_by_its_place_is_a_site_of_its_company(draft):
    ponds = [e for label, e in _sites(draft).items() if "Dahegou pond" in label]
    assert len(ponds) == 1
    assert _owners(draft, ponds[0]) == {"Lushi Hengxing Mining Co., Ltd."}
    assert not any(label.lower() == "pond" for label in _sites(draft))


def test_a_site_printed_after_its_company_s_full_name_is_the_company_s(draft):
    sites = _sites(draft)
    assert _owners(draft, sites["Baishan Concentrator"]) == {"Lushi Hengxing Mining Co., Ltd."}
    assert _owners(draft, sites["Wangjiagou Tailings Pond"]) == {"Lingbao Xinglong Gold Co., Ltd."}
    assert sites["Wangjiagou Tailings Pond"].rule == "name:pond"


def test_no_owner_from_a_name_without_a_legal_form(draft):
    mine = next((e for label, e in _sites(draft).items() if "Baishan Mine" in label), None)
    assert mine is None or not any(r == "site:owner-prefix" for *_, r in mine.statements)
