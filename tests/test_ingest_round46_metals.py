"""Round 46, award grants: the prize winners a contest's results print in a table (a column of
ranks or places, or a heading naming the prize), and awards printed as a label over their
winners ("Best Team Award: A Co., Ltd.; B Group", "- Best organisation: C" under "Team awards").
On short texts written for this file (invented bodies, companies and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str = "round46-metals"):
    return draft_of(kg, text, doc_id, "round46.txt", today=dt.date(2026, 12, 5))


def _grants(draft) -> set:
    """(award label, recipient label) of every award grant of the draft."""
    by_iri = {e.iri: e for e in draft.entities.values()}
    out = set()
    for g in draft.entities.values():
        if g.cls != NFO.AwardGrant:
            continue
        aw = [by_iri[o].label for p, o, *_ in g.statements if p == NFO.award and o in by_iri]
        rec = [by_iri[o].label for p, o, *_ in g.statements if p == NFO.recipient and o in by_iri]
        out.update((a, r) for a in aw for r in rec)
    return out


_RESULTS = """# Notice on the Results of the 3rd Marrowby County Tin Smelter Workers' Skills Competition

*Marrowby County Federation of Trade Unions | 14 December 2026*

The competition was held on 8-9 December at the training hall of Pellow Tin Co., Ltd. Forty
workers from twelve plants took part in one trade, furnace tapping.

## 1. Individual results

| Rank | Name | Enterprise | Score |
|---|---|---|---|
| 1 | Lou Zhenhai | Pellow Tin Co., Ltd. | 92.5 |
| 2 | Kong Weiru | Trewint Smelting Co., Ltd. | 90.1 |
| 3 | Bai Tiemin | Pellow Tin Co., Ltd. | 88.0 |

## 2. Team awards

- Best organisation: Trewint Smelting Co., Ltd.; Pellow Tin Co., Ltd.
- Excellent organisation: Carnmoor Metals Co., Ltd.

Marrowby County Federation of Trade Unions
14 December 2026
"""


def test_ranked_rows_win_the_contests_prizes(snapshot_kg):
    """Each ranked row's person wins the prizes of the contest the title names."""
    got = _grants(_draft(snapshot_kg, _RESULTS))
    award = "Individual prizes of the 3rd Marrowby County Tin Smelter Workers' Skills Competition"
    for person in ("Lou Zhenhai", "Kong Weiru", "Bai Tiemin"):
        assert (award, person) in got, got


def test_ranked_rows_do_not_make_the_employer_a_winner(snapshot_kg):
    """Under a "Name" column the person wins, not the company the row also names."""
    got = _grants(_draft(snapshot_kg, _RESULTS))
    assert not any("rizes of" in a and r.startswith("Pellow Tin") for a, r in got), got


def test_team_award_items_grant_each_listed_company(snapshot_kg):
    got = _grants(_draft(snapshot_kg, _RESULTS))
    assert ("Best organisation", "Trewint Smelting Co., Ltd.") in got, got
    assert ("Best organisation", "Pellow Tin Co., Ltd.") in got, got
    assert ("Excellent organisation", "Carnmoor Metals Co., Ltd.") in got, got


def test_a_heading_naming_the_prize_names_the_award(snapshot_kg):
    text = _RESULTS.replace("## 1. Individual results\n\n| Rank | Name |",
                            "## First prizes\n\n| Trade | Name |")
    text = text.replace("| 1 | Lou", "| Tapping | Lou").replace("| 2 | Kong", "| Tapping | Kong")
    text = text.replace("| 3 | Bai", "| Tapping | Bai")
    got = _grants(_draft(snapshot_kg, text))
    award = "First prize of the 3rd Marrowby County Tin Smelter Workers' Skills Competition"
    assert (award, "Lou Zhenhai") in got, got


def test_a_table_without_ranks_grants_nothing(snapshot_kg):
    """A table of entrants (no rank, place or prize) is no list of winners."""
    text = _RESULTS.replace("| Rank | Name |", "| Trade | Name |").replace(
        "## 1. Individual results", "## 1. Entrants")
    got = _grants(_draft(snapshot_kg, text))
    assert not any("rizes of" in a for a, _ in got), got


def test_no_results_title_no_contest_prizes(snapshot_kg):
    """Without a title on a contest's results, a ranked table is not read as its prizes."""
    text = _RESULTS.replace("Notice on the Results of the 3rd", "Notice on the 3rd")
    got = _grants(_draft(snapshot_kg, text))
    assert not any("rizes of" in a for a, _ in got), got


_LINES = """Kestrel Valley Aluminium Association

Notice on the 2026 Annual Meeting

The association held its annual meeting in Dunmere on 2 December 2026. Awards were presented.

Outstanding Member Award: Fenmoor Light Metals Co., Ltd.; Brackwater Rolling Co., Ltd.
Award amount: 5,000 yuan
Contact: Mr. Tao Jiankang, Secretary-General

Kestrel Valley Aluminium Association
"""


def test_award_label_line_grants_each_named_company(snapshot_kg):
    got = _grants(_draft(snapshot_kg, _LINES))
    assert ("Outstanding Member Award", "Fenmoor Light Metals Co., Ltd.") in got, got
    assert ("Outstanding Member Award", "Brackwater Rolling Co., Ltd.") in got, got


def test_a_field_line_is_no_award(snapshot_kg):
    """"Contact: A" and "Award amount: ..." grant nothing; nor is the giver a winner."""
    got = _grants(_draft(snapshot_kg, _LINES))
    assert not any(r == "Tao Jiankang" for _, r in got), got
    assert not any(r.startswith("Kestrel Valley") for _, r in got), got


_SUPPLIERS = """ORMSBY RAIL EQUIPMENT CO., LTD.

Announcement of the 2026 Supplier Awards

The 2026 supplier conference of Ormsby Rail Equipment Co., Ltd. was held in Dunmere on
15 December 2026. The awards below were presented.

Award                Supplier                                Part / material
-------------------  --------------------------------------  ------------------------
Best Partner         Fenmoor Light Metals Co., Ltd.          aluminium alloy side walls
Best Partner         Brackwater Rolling Co., Ltd.            copper busbars
Gold                 Tolley Bay Castings Co., Ltd.           magnesium alloy seat frames

Purchasing Department, Ormsby Rail Equipment Co., Ltd.
"""


def _grant_metals(draft, recipient: str) -> set:
    by_iri = {e.iri: e for e in draft.entities.values()}
    out = set()
    for g in draft.entities.values():
        if g.cls == NFO.AwardGrant and any(
                p == NFO.recipient and o in by_iri and by_iri[o].label == recipient
                for p, o, *_ in g.statements):
            out.update(str(o).rsplit("/", 1)[-1] for p, o, *_ in g.statements
                       if p == NFO.concernsMetal)
    return out


def test_an_award_column_names_the_award_each_supplier_won(snapshot_kg):
    got = _grants(_draft(snapshot_kg, _SUPPLIERS))
    assert ("Best Partner", "Fenmoor Light Metals Co., Ltd.") in got, got
    assert ("Best Partner", "Brackwater Rolling Co., Ltd.") in got, got


def test_a_rank_cell_names_no_award(snapshot_kg):
    """"Gold" is a rank: no award "Gold" is drafted from the column."""
    got = _grants(_draft(snapshot_kg, _SUPPLIERS))
    assert not any(a == "Gold" for a, _ in got), got


def test_the_rows_material_is_what_the_grant_concerns(snapshot_kg):
    draft = _draft(snapshot_kg, _SUPPLIERS)
    assert "metal-copper" in _grant_metals(draft, "Brackwater Rolling Co., Ltd."), \
        _grant_metals(draft, "Brackwater Rolling Co., Ltd.")
    # the metal of one row is not another row's grant's
    assert "metal-copper" not in _grant_metals(draft, "Fenmoor Light Metals Co., Ltd.")


_HONOURS = """Profile: Chief Engineer Qiu Tianming Retires

Qiu Tianming, chief engineer of Fenmoor Light Metals Co., Ltd., retires this month after
thirty years at the smelter.

HONOURS OF QIU TIANMING
  Year  Award / conferred by
  ----  ------------------------------------------------------------
  2015  Provincial Model Worker Medal / Kestrel Provincial Government
  2021  Outstanding Engineer Award / Kestrel Valley Aluminium Association
"""


def test_a_column_of_givers_is_no_column_of_winners(snapshot_kg):
    """One person's honours and who gave them: the givers win nothing."""
    got = _grants(_draft(snapshot_kg, _HONOURS))
    assert not any(r.startswith("Kestrel") for _, r in got), got


def test_a_one_word_grade_is_no_award(snapshot_kg):
    text = _SUPPLIERS.replace("Best Partner         Fenmoor", "Excellent            Fenmoor")
    got = _grants(_draft(snapshot_kg, text))
    assert not any(a == "Excellent" for a, _ in got), got
