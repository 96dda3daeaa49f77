"""Round 54, award grants a decision announces by quoted titles and lists under headings
(kg/ingest/relations/sectioned_grants.py with data/sectioned-grants.txt), on short texts
written for this file (invented bodies and people): "decided to name 3 workers "X Stars" and 2
teams "X Crews", as listed below." over a heading per title grants each item under a heading
the title it names; one title over headings of categories grants every item that title; a
sentence about nominees grants nothing, nor does a list far after the sentence; a numbered item
over the next one is no heading naming an award (relations/award_lists.py)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round54-lists"):
    return draft_of(kg, text, doc_id, "round54.txt", today=dt.date(2027, 2, 10))


def _grants(draft) -> set:
    """{(award label, recipient label, giver label)} of the draft's award grants."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    out = set()
    for e in draft.entities.values():
        if not str(e.cls).endswith("#AwardGrant"):
            continue
        got = {}
        for p, o, _, _ in e.statements:
            got[str(p).rsplit("#", 1)[-1]] = labels.get(str(o), str(o))
        out.add((got.get("award"), got.get("recipient"), got.get("conferredBy")))
    return out


_TWO_TITLES = (
    "FERNDALE COUNTY TRADE UNION COUNCIL\n\n"
    "Decision on Naming the 2026 Smelter Stars and Safe Crews\n\n"
    "To all grassroots trade unions:\n\n"
    "After a review of the nominations from the plants, the Council has decided to name 2\n"
    "workers \"Ferndale Smelter Stars\" and 2 teams \"Ferndale Safe Crews\", as listed below.\n\n"
    "Ferndale Smelter Stars\n"
    "  1. Qiao Mingyuan   furnace operator, Brackwater Zinc Co., Ltd.\n"
    "  2. Duan Xiaofei   crane driver, Colmore Aluminium Co., Ltd.\n\n"
    "Ferndale Safe Crews\n"
    "  1. Ladle Crew, Brackwater Zinc Co., Ltd.\n"
    "  2. Marlpit Tin Co., Ltd.\n\n"
    "Qiao Mingyuan has run the roaster for eleven years without a lost day.\n\n"
    "                                  Ferndale County Trade Union Council\n"
    "                                              3 March 2027\n")


def test_each_heading_grants_the_title_it_names(snapshot_kg):
    got = _grants(_draft(snapshot_kg, _TWO_TITLES))
    awards = {(a, r) for a, r, _ in got}
    assert ("Ferndale Smelter Star", "Qiao Mingyuan") in awards
    assert ("Ferndale Smelter Star", "Duan Xiaofei") in awards
    assert ("Ferndale Safe Crew", "Marlpit Tin Co., Ltd.") in awards
    assert ("Ferndale Safe Crew", "Qiao Mingyuan") not in awards
    assert ("Ferndale Smelter Star", "Marlpit Tin Co., Ltd.") not in awards


_CATEGORIES = (
    "Talent Office of the Quenby Municipal Committee\n\n"
    "Notice on Publishing the List of the 2026 \"Quenby Alloy Experts\"\n\n"
    "To the departments concerned:\n\n"
    "After a public notice without objections, the Office has decided to name the following\n"
    "3 persons \"Quenby Alloy Experts\" for the 2026 batch.\n\n"
    "Group A (Senior)\n"
    "  1. Lou Jianbo      Chief Engineer, Quenby Titanium Co., Ltd.\n\n"
    "Group B (Junior)\n"
    "  2. Shi Yawen      Engineer, Quenby Titanium Co., Ltd.\n"
    "  3. Gu Zhenhai    Researcher, Quenby Institute of Light Metals\n\n"
    "Each expert receives a certificate.\n\n"
    "                              Talent Office of the Quenby Municipal Committee\n"
    "                                              18 August 2026\n")


def test_one_title_over_category_headings_grants_every_item(snapshot_kg):
    got = {(a, r) for a, r, _ in _grants(_draft(snapshot_kg, _CATEGORIES))}
    for who in ("Lou Jianbo", "Shi Yawen", "Gu Zhenhai"):
        assert ("Quenby Alloy Expert", who) in got
    assert not any(a and a.startswith("Group") for a, _ in got)


_NOMINEES = (
    "BRACKWATER INDUSTRY FEDERATION\n\n"
    "Notice on Commending Outstanding Workers\n\n"
    "The Federation has decided to name the candidates nominated below \"Brackwater Pioneers\"\n"
    "once the review ends.\n\n"
    "Pioneer nominees\n"
    "  1. Qiao Mingyuan   furnace operator, Brackwater Zinc Co., Ltd.\n\n"
    "                                  Brackwater Industry Federation\n")


def test_nominees_win_nothing(snapshot_kg):
    got = {(a, r) for a, r, _ in _grants(_draft(snapshot_kg, _NOMINEES))}
    assert not any(r == "Qiao Mingyuan" for _, r in got)


_FAR = (
    "COLMORE METALS ASSOCIATION\n\n"
    "Decision on Commending the Best Suppliers\n\n"
    "The Association has decided to commend two suppliers as \"Colmore Best Suppliers\", listed\n"
    "below.\n\n"
    + "The review covered delivery, quality and service over the year. " * 12 + "\n\n"
    "Contacts\n"
    "  1. Lou Jianbo      Colmore Metals Association, secretariat\n")


def test_a_list_far_after_the_sentence_is_not_its_winners(snapshot_kg):
    got = {(a, r) for a, r, _ in _grants(_draft(snapshot_kg, _FAR))}
    assert not any(r == "Lou Jianbo" for _, r in got)


def test_a_numbered_item_over_the_next_is_no_award_heading(snapshot_kg):
    """kg/ingest/relations/award_lists.py: "1. Ladle Crew, X Co., Ltd." over "2. Y Co., Ltd."
    is the first item of the list, not a heading naming an award the second item won."""
    draft = _draft(snapshot_kg, _TWO_TITLES)
    awards = {e.label for e in draft.entities.values() if str(e.cls).endswith("#Award")}
    assert not any(a.startswith("Ladle Crew") for a in awards)
    assert "Ferndale Safe Crew" in awards


_BROKEN_QUOTE = (
    "Trade Union Committee of Tarrow Copper Co., Ltd.\n\n"
    "Announcement on the 2026 \"Copper Craftsman\" Awards of the Company\n\n"
    "All branch unions:\n\n"
    "After hearing their talks on 12 May, the Committee decided to award the title of\n"
    "\"Copper\n"
    "Craftsman\" to the following three persons:\n\n"
    "No.  Name            Age  Unit and post\n"
    "1    Qiao Mingyuan   29   converter operator, Smelting Plant\n"
    "2    Duan Xiaofei    31   process engineer, Refining Plant\n"
    "3    Lou Jianbo      33   shift head, Anode Plant\n\n"
    "Each craftsman receives a certificate.\n\n"
    "                     Trade Union Committee of Tarrow Copper Co., Ltd.\n"
    "                                                   26 May 2026\n")


def test_a_title_quoted_over_a_line_break_names_the_award(snapshot_kg):
    """relations/announced_grants.py: '"Copper\\nCraftsman"' is one title, and the award the
    text's title named ("2026 Copper Craftsman Awards") takes its name: one award, no twin."""
    draft = _draft(snapshot_kg, _BROKEN_QUOTE)
    got = {(a, r) for a, r, _ in _grants(draft)}
    for who in ("Qiao Mingyuan", "Duan Xiaofei", "Lou Jianbo"):
        assert ("Copper Craftsman", who) in got
    assert not any(a != "Copper Craftsman" for a, _ in got)
