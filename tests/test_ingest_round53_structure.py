"""Round 53, how units hang on their bodies, on short texts written for this file (invented
bureaus, courts and companies): a unit named "of the Bureau" / "of this Court" or after "the
Bureau's" is a unit of the body the text prints whole at its head or foot
(kg/ingest/relations/referred_units.py); a letterhead or signature printed with its province or
its seal ("X COURT, Y PROVINCE", "X Bureau (seal)") is still the text's house
(kg/ingest/relations/house_org.py); a committee, tribunal or brigade "of" a named body is that
body's unit (data/unit-parent-heads.txt, kg/ingest/relations/unit_spans.py)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round53-structure"):
    return draft_of(kg, text, doc_id, "round53.txt", today=dt.date(2027, 1, 20))


def _units(draft) -> dict:
    """{unit label: {labels of what it is a unit of}}."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.entities.values():
        for p, o, _, _ in e.statements:
            if str(p).endswith("#unitOf"):
                out.setdefault(e.label, set()).add(labels.get(str(o), str(o)))
    return out


_BUREAU = (
    "Notice on the Refund of Unemployment Insurance to Stable Employers\n\n"
    "The enterprises listed below kept their staff through 2026 and will receive a refund of "
    "unemployment insurance. Anyone who objects may write to the Employment Services Division "
    "of the Bureau within seven days. The Bureau's Fund Supervision Section will check each "
    "objection.\n\n"
    "Harlowfield Municipal Human Resources and Social Security Bureau (seal)\n"
    "14 December 2026\n"
)


def test_a_division_of_the_bureau_is_a_unit_of_the_signing_bureau(snapshot_kg):
    got = _units(_draft(snapshot_kg, _BUREAU))
    bureau = "Harlowfield Municipal Human Resources and Social Security Bureau"
    hits = {u for u, ps in got.items() if bureau in ps}
    assert any("Employment Services Division" in u for u in hits), got
    assert any("Fund Supervision Section" in u for u in hits), got


_COURT = (
    "QUARRYMOOR INTERMEDIATE PEOPLE'S COURT, WESTLAKE PROVINCE\n"
    "Hearing Announcement\n\n"
    "The Second Civil Division of this Court will hear three contract disputes between "
    "tin smelters and their suppliers in open court next week.\n\n"
    "Enquiries: Case Registration Division, telephone 0111-2223334.\n\n"
    "Quarrymoor Intermediate People's Court of Westlake Province\n"
    "9 December 2026\n"
)


def test_units_of_this_court_hang_on_the_court_printed_with_its_province(snapshot_kg):
    got = _units(_draft(snapshot_kg, _COURT))
    court_units = {u for u, ps in got.items()
                   if any(p and "Quarrymoor Intermediate People's Court" in p for p in ps)}
    assert any("Civil Division" in u for u in court_units), got
    assert any("Case Registration Division" in u for u in court_units), got


_NO_BODY = (
    "Brenwick Zinc Smelting Co., Ltd. reported its results on Monday. The week's Logistics "
    "Section meeting was moved to Friday, and the plan's Testing Centre work will start in "
    "March.\n"
)


def test_a_possessive_of_no_body_gives_no_unit(snapshot_kg):
    got = _units(_draft(snapshot_kg, _NO_BODY))
    assert not any("Logistics Section" in u or "Testing Centre" in u for u in got), got


_TRIBUNAL = (
    "Tessaly, 3 December 2026 -- The Mining Rights Tribunal of the Carrowmore Higher People's "
    "Court ruled on Tuesday that Glenmoor Nickel Co., Ltd. must restore the farmland it "
    "damaged. The Staff Union Committee of Glenmoor Nickel Co., Ltd. said the workers would "
    "help with the work.\n"
)


def test_a_tribunal_and_a_committee_of_a_named_body_are_its_units(snapshot_kg):
    got = _units(_draft(snapshot_kg, _TRIBUNAL))
    tribunal = [ps for u, ps in got.items() if "Mining Rights Tribunal" in u]
    assert tribunal and any("Carrowmore Higher People's Court" in (p or "")
                            for p in tribunal[0]), got
    committee = [ps for u, ps in got.items() if "Staff Union Committee" in u]
    assert committee and "Glenmoor Nickel Co., Ltd." in committee[0], got


def _owners(draft) -> dict:
    """{site or project label: {labels of its owners}}."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.entities.values():
        for p, o, _, _ in e.statements:
            if str(p).endswith("#ownedBy"):
                out.setdefault(e.label, set()).add(labels.get(str(o), str(o)))
    return out


_PROJECT = (
    "Opinion on the Fire Safety Acceptance of the 30,000-tonne Nickel Foam Project of "
    "Larkspur Nickel Materials Co., Ltd.\n\n"
    "Larkspur Nickel Materials Co., Ltd.:\n\n"
    "Your application of 2 November 2026 has been examined. The 30,000-tonne Nickel Foam "
    "Project of Larkspur Nickel Materials Co., Ltd. passed the on-site check on 20 November. "
    "The Reclamation Plan of the Ashgrove Tin Mine was not part of this check.\n"
)


def test_a_project_named_of_a_company_is_owned_by_it(snapshot_kg):
    got = _owners(_draft(snapshot_kg, _PROJECT))
    owned = [ps for s, ps in got.items() if "Nickel Foam Project" in s]
    assert owned and "Larkspur Nickel Materials Co., Ltd." in owned[0], got
    assert not any("Ashgrove" in (o or "") for ps in got.values() for o in ps), got


_ARREARS = (
    "Harrowgate Municipal Social Insurance Bureau\n\n"
    "Publicity of Employers in Arrears of Contributions (Tin Sector)\n\n"
    "The employers below have not paid contributions for three months or more.\n\n"
    "| No. | Employer | Months unpaid | Owed (CNY 10k) |\n"
    "|---|---|---|---|\n"
    "| 1 | Corvale Tin Smelting Co., Ltd. | 5 | 82.4 |\n"
    "| 2 | Dunmere Solder Alloy Co., Ltd. | 4 | 31.0 |\n\n"
    "Harrowgate Municipal Social Insurance Bureau\n"
    "10 December 2026\n"
)


def test_a_published_list_of_employers_includes_each_row(snapshot_kg):
    d = _draft(snapshot_kg, _ARREARS)
    labels = {str(e.iri): e.label for e in d.entities.values()}
    held = {labels.get(str(o)) for e in d.entities.values() for p, o, _, _ in e.statements
            if str(p).endswith("#includes")}
    assert {"Corvale Tin Smelting Co., Ltd.", "Dunmere Solder Alloy Co., Ltd."} <= held, held


_BRANCH = (
    "Registration of a Branch\n\n"
    "Name:        Fenwick Light Alloy Co., Ltd. Marrow Valley Magnesium Branch\n"
    "Type:        branch of a limited liability company\n"
    "Opened:      14 December 2026\n\n"
    "Fenwick Light Alloy Co., Ltd. set up the branch to cast magnesium wheels in the park.\n"
)


def test_a_branch_printed_after_its_company_name_is_its_unit(snapshot_kg):
    got = _units(_draft(snapshot_kg, _BRANCH))
    hits = [ps for u, ps in got.items() if u.endswith("Magnesium Branch")]
    assert hits and "Fenwick Light Alloy Co., Ltd." in hits[0], got
