"""Round 48, issuers and organisers: the text's own document, named on its first lines, is
issued by the organisation whose letterhead it is printed under, or which signs the text alone
at its foot (kg/ingest/relations/house_documents.py); a law the first lines cite, a standard,
a house that only receives a copy ("Distribution: ...") give nothing here. On short texts
written for this file (invented companies, bureaus and places)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "document:house-issuer"


def _draft(kg, text: str, doc_id: str = "round48-organisers"):
    return draft_of(kg, text, doc_id, "round48.txt", today=dt.date(2026, 12, 20))


def _issuers(draft) -> dict:
    """{document label: {issuer labels}} over every rule."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.new():
        for p, o, _, r in e.statements:
            if str(p).endswith("#issuedBy"):
                out.setdefault(e.label, set()).add(labels.get(o))
    return out


def _by_rule(draft) -> dict:
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {e.label: labels.get(o) for e in draft.new() for p, o, _, r in e.statements
            if _RULE in r}


_NUMBER_BESIDE_DATE = (
    "Harrowmere Provincial Department of Ecology and Environment\n\n"
    "Licences for Radiation Equipment Granted, Renewed and Withdrawn\n"
    "Batch 7 of 2026 (smelting and rolling enterprises)\n\n"
    "Posted 2026-12-14 (Monday)                     Har Huan Fu Gong [2026] 7\n\n"
    "Under the provincial rules on radiation equipment, the department has handled the\n"
    "licence matters below in November.\n\n"
    "1. Granted: Pellwick Copper Rolling Co., Ltd., two X-ray thickness gauges.\n"
    "2. Renewed: Oskridge Zinc Smelting Co., Ltd., one level gauge.\n\n"
    "Radiation Office, tel. 0551-7700 1234\n")


def test_a_number_printed_beside_the_date_is_the_letterheads(snapshot_kg):
    draft = _draft(snapshot_kg, _NUMBER_BESIDE_DATE)
    got = _issuers(draft)
    numbered = [k for k in got if "[2026] 7" in k]
    assert numbered, got
    assert got[numbered[0]] == {"Harrowmere Provincial Department of Ecology and Environment"}
    # the enterprises the notice lists issue nothing
    assert not any(v & {"Pellwick Copper Rolling Co., Ltd.", "Oskridge Zinc Smelting Co., Ltd."}
                   for v in got.values()), got


def test_a_bulletin_number_in_a_title_line_is_the_letterheads(snapshot_kg):
    text = ("Brackenford Water Supply Co., Ltd.\n\n"
            "Old Main Replacement -- Progress Bulletin No. 3\n\n"
            "Released 11 December 2026\n\n"
            "In the week to Friday the crews laid 1.4 km of ductile iron main along Quarry\n"
            "Road and took out the last galvanised pipes of the east district.\n")
    draft = _draft(snapshot_kg, text)
    got = _issuers(draft)
    bulletin = [k for k in got if "Bulletin No. 3" in k]
    assert bulletin and got[bulletin[0]] == {"Brackenford Water Supply Co., Ltd."}, got


def test_a_report_signed_by_a_firm_at_its_foot_is_the_firms(snapshot_kg):
    text = ("                    AUDITOR'S REPORT\n\n"
            "To the shareholders of Fenwold Tin Industry Co., Ltd.:\n\n"
            "We have audited the financial statements of the company for 2026. In our opinion\n"
            "they give a true and fair view, except for the valuation of the tailings dam.\n\n"
            "Halvering Certified Public Accountants\n"
            "Fenwold, 20 March 2027\n")
    draft = _draft(snapshot_kg, text)
    got = _issuers(draft)
    report = [k for k in got if "report" in k.lower()]
    assert report and got[report[0]] == {"Halvering Certified Public Accountants"}, got
    # the audited company, named in the address line, issued nothing
    assert not any("Fenwold Tin Industry Co., Ltd." in v for v in got.values()), got


def test_a_law_the_first_lines_cite_takes_no_issuer_from_the_house(snapshot_kg):
    text = ("Dunmarsh Alloy Supply Co., Ltd.\n\n"
            "Purchase terms for 2027 deliveries, made under the Civil Code and the\n"
            "Dunmarsh Procurement Rules.\n\n"
            "Buyers pay 30% on order and the rest within 30 days of delivery.\n")
    draft = _draft(snapshot_kg, text)
    assert not any("Civil Code" in k for k in _by_rule(draft)), _by_rule(draft)


def test_a_recipient_in_a_distribution_footer_issues_nothing(snapshot_kg):
    text = ("EQUIPMENT HANDOVER RECORD\n\n"
            "Record No.:   KT-YS-2026-031\n"
            "Equipment:    continuous casting wheel, model LZ-900\n"
            "Handover day: Tuesday, 8 December 2026\n\n"
            "The wheel ran 72 hours on load without a fault.\n\n"
            "Distribution: Equipment Office; Finance Office;\n"
            "Rellport Casting Machinery Co., Ltd.\n")
    draft = _draft(snapshot_kg, text)
    got = _by_rule(draft)
    assert "Rellport Casting Machinery Co., Ltd." not in got.values(), got


# The learned prior's issuer guesses (kg/ingest/relations/cooccur.py): a plan the graph knows
# takes no issuer from a body its citing sentence names, and a body a document was filed with
# or reported to did not issue it.

def test_a_known_plan_cited_beside_a_body_is_not_that_bodys(snapshot_kg):
    text = ("Harlow Tin Smelting Co., Ltd. opened its new refinery on Monday.\n\n"
            "The refinery is listed as a key project of the Fugu County People's Government "
            "under\nthe 15th Five-Year Plan, but its land review is still pending.\n")
    draft = _draft(snapshot_kg, text)
    plan = next(e for e in draft.known() if e.label == "15th Five-Year Plan")
    assert not any(str(p).endswith("#issuedBy") for p, *_ in plan.statements), plan.statements


def test_a_body_a_recall_plan_was_filed_with_did_not_issue_it(snapshot_kg):
    text = ("Ostvale Die Casting Co., Ltd. has filed a recall plan with the State Administration "
            "for Market Regulation after cracks were found in 2,300 aluminium wheel hubs made "
            "from March to June 2026.\n")
    draft = _draft(snapshot_kg, text)
    got = _issuers(draft)
    plans = [k for k in got if "recall plan" in k.lower()]
    assert plans and "Ostvale Die Casting Co., Ltd." in got[plans[0]], got
    assert "State Administration for Market Regulation" not in got[plans[0]], got
