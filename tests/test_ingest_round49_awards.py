"""Rounds 48-49, award grants and the lists that publish them, on short texts written for this
file (invented companies, associations and awards). A list of the holders of a status
("Certified Low-carbon Enterprises") includes the holders themselves
(kg/ingest/relations/listed_grants.py); a list of prize winners grants the prize to each
winner but its notice includes no grant (the older curated lists record none), nor does a news
story or the minutes of a meeting that names grants, nor a list of the recipients of funds. A
title naming the winners of an award over a list printed as numbered lines rather than a table
grants the award to the name that opens each line (kg/ingest/relations/titled_grants.py). A
title another rule cut at a small word ("... Enterprises Recognised" + "by the X Panel in 2026")
is the document's whole label, a closing bracket of words ("(excerpt: ...)") no part of it, a
heading's "#" no word of it (kg/ingest/names/title_blocks.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "document:listed-grant"


def _draft(kg, text: str, doc_id: str = "round49-awards"):
    return draft_of(kg, text, doc_id, "round49.txt", today=dt.date(2026, 11, 20))


def _included(draft) -> dict:
    """{document label: {the labels of what it includes by this rule}}."""
    return ruled_objects(draft, _RULE, "includes")


def _recipients(draft) -> set:
    """The labels of the recipients of the draft's award grants."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o) for e in draft.new() if str(e.cls).endswith("#AwardGrant")
            for p, o, _, _ in e.statements if str(p).endswith("#recipient")}


_WINNERS = (
    "Notice on the Winners of the Third Silverfen Bronze Casting Quality Award\n\n"
    "Lowmere Foundry Association\n\n"
    "To all member enterprises:\n\n"
    "The following enterprises have won the Third Silverfen Bronze Casting Quality Award. "
    "The list is published as follows.\n\n"
    "| No. | Enterprise | Product |\n"
    "| --- | --- | --- |\n"
    "| 1 | Brackwater Casting Co., Ltd. | Tin bronze valve bodies |\n"
    "| 2 | Ostley Alloy Works Co., Ltd. | Aluminium bronze bushings |\n"
    "| 3 | Fennick Precision Castings Co., Ltd. | Bronze pump impellers |\n\n"
    "Lowmere Foundry Association\n"
    "12 November 2026\n"
)


def test_a_notice_of_winners_grants_the_prize_and_includes_no_grant(snapshot_kg):
    d = _draft(snapshot_kg, _WINNERS)
    winners = {"Brackwater Casting Co., Ltd.", "Ostley Alloy Works Co., Ltd.",
               "Fennick Precision Castings Co., Ltd."}
    assert winners <= _recipients(d)
    # a prize is no status: the notice lists winners, the grants are not rows it includes
    assert _included(d) == {}


def test_a_news_story_of_grants_includes_nothing(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Brackwater Casting wins regional quality prize\n\n"
        "Brackwater Casting Co., Ltd. won the Silverfen Bronze Casting Quality Award on 12 "
        "November 2026, the Lowmere Foundry Association announced. Ostley Alloy Works Co., Ltd. "
        "also received the Silverfen Bronze Casting Quality Award for its bushings.\n"))
    assert "Brackwater Casting Co., Ltd." in _recipients(d)
    assert _included(d) == {}


def test_the_minutes_of_a_meeting_that_names_a_grant_include_nothing(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Minutes of the 2027 Supplier Conference of Harrowgate Pump Co., Ltd.\n\n"
        "Date: 9 January 2027\n"
        "Place: Harrowgate Pump Co., Ltd., Meeting Room 2\n\n"
        "1. The purchasing director reviewed the supply of bronze castings in 2026.\n"
        "2. Brackwater Casting Co., Ltd. won the Harrowgate Best Supplier Award this year.\n"
        "3. The meeting agreed to hold the next conference in January 2028.\n"))
    assert "Brackwater Casting Co., Ltd." in _recipients(d)
    assert _included(d) == {}


def test_a_publicity_of_fund_recipients_grants_but_includes_nothing(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Publicity of the Proposed Recipients of the 2026 Foundry Upgrade Subsidy Funds\n\n"
        "Lowmere Industry Bureau\n\n"
        "The enterprises below are proposed to receive the 2026 Foundry Upgrade Subsidy Funds.\n\n"
        "| No. | Enterprise | Amount (10,000 yuan) |\n"
        "| --- | --- | --- |\n"
        "| 1 | Brackwater Casting Co., Ltd. | 120 |\n"
        "| 2 | Ostley Alloy Works Co., Ltd. | 80 |\n\n"
        "Lowmere Industry Bureau\n"
        "12 November 2026\n"))
    assert {"Brackwater Casting Co., Ltd.", "Ostley Alloy Works Co., Ltd."} <= _recipients(d)
    assert _included(d) == {}


# the same list printed as numbered lines, with no table (kg/ingest/relations/titled_grants.py)
_NUMBERED = (
    "Kestrel Valve Makers Association\n\n"
    "Notice on the Winners of the Second \"Iron Kestrel\" Reliability Award for Industrial "
    "Valves\n\n"
    "Member enterprises:\n\n"
    "The jury met on 2 December and chose the three winners below.\n\n"
    "Winners\n\n"
    "  No. 1   Dunmore Flow Control Co., Ltd.\n"
    "          Product: gate valve with bronze seat rings\n"
    "  No. 2   Pellworth Valve Co., Ltd.\n"
    "          Product: copper-nickel ball valve for seawater\n"
    "  No. 3   Ambrey Hydraulics Co., Ltd.\n"
    "          Product: aluminium bronze butterfly valve\n\n"
    "Rewards\n\n"
    "1. Each winner receives a certificate and may use the award mark for three years.\n"
    "2. Harlow Testing Co., Ltd. will check the winning valves again next autumn.\n\n"
    "Kestrel Valve Makers Association\n"
    "11 December 2026\n"
)


def test_winners_printed_as_numbered_lines_under_the_title_are_granted(snapshot_kg):
    d = _draft(snapshot_kg, _NUMBERED)
    got = _recipients(d)
    assert {"Dunmore Flow Control Co., Ltd.", "Pellworth Valve Co., Ltd.",
            "Ambrey Hydraulics Co., Ltd."} <= got
    # the rewards' numbered lines after the list grant nothing, nor does the giver win
    assert "Harlow Testing Co., Ltd." not in got
    assert "Kestrel Valve Makers Association" not in got
    award = next(e for e in d.new() if str(e.cls).endswith("#Award")
                 and "Iron Kestrel" in e.label)
    # known also by its name without the edition and the field it is given in
    assert '"Iron Kestrel" Reliability Award' in award.aliases


def test_a_winners_title_over_numbered_lines_of_no_names_grants_nothing(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Notice on the Winners of the Second Marlow Casting Safety Award\n\n"
        "Marlow Foundry Association\n\n"
        "The winners will be announced at the annual meeting. Entries must note:\n\n"
        "1. Each entry shall include a safety record for the last three years.\n"
        "2. Entries close on 30 November 2026.\n"))
    assert _recipients(d) == set()


# a filing notice of a status' holders, its title on a markdown heading line, cut by the name
# reader at "by" and closed by a bracket of words
_FILED = (
    "# Announcement on Filing the Third Batch of Certified Low-carbon Enterprises Recognised "
    "by the Calder Assessment Panel in 2026 (excerpt: copper casting)\n\n"
    "*Calder Industry Bureau | 2026-12-10*\n\n"
    "The Calder Assessment Panel reviewed the applications in November and certified the "
    "foundries below. The list was open for comment for ten days and no objection was "
    "received.\n\n"
    "| No. | Enterprise | City | Certificate No. |\n"
    "|---|---|---|---|\n"
    "| 1 | Brackwater Casting Co., Ltd. | Calder | CF2026-0101 |\n"
    "| 2 | Ostley Alloy Works Co., Ltd. | Fenmouth | CF2026-0102 |\n"
    "| 3 | Fennick Precision Castings Co., Ltd. | Calder | CF2026-0103 |\n\n"
    "Calder Industry Bureau, 10 December 2026\n"
)
_FILED_TITLE = ("Announcement on Filing the Third Batch of Certified Low-carbon Enterprises "
                "Recognised by the Calder Assessment Panel in 2026")


def test_a_title_cut_at_a_small_word_is_the_whole_label(snapshot_kg):
    d = _draft(snapshot_kg, _FILED)
    notices = {e.label for e in d.new() if str(e.cls).endswith("#Notice")}
    assert _FILED_TITLE in notices
    # neither the cut name, nor the bracket of words, nor the heading's mark is a label
    assert not any(n.endswith("Recognised") or "excerpt" in n or n.startswith("#")
                   for n in notices)


def test_a_list_of_a_status_holders_includes_the_holders(snapshot_kg):
    d = _draft(snapshot_kg, _FILED)
    firms = {"Brackwater Casting Co., Ltd.", "Ostley Alloy Works Co., Ltd.",
             "Fennick Precision Castings Co., Ltd."}
    assert firms <= _recipients(d)
    got = _included(d)
    assert set(got) == {_FILED_TITLE}
    # the firms themselves, not their grants, nor the bureau that published the list
    assert got[_FILED_TITLE] == firms


def test_a_title_that_goes_on_in_lower_case_is_not_lengthened(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Announcement on the Completion of the Ostley Casting Line was issued by the company "
        "today\n\n"
        "Ostley Alloy Works Co., Ltd. said the new bronze casting line in Fenmouth started on "
        "3 December 2026 and will reach full output in March 2027.\n"))
    assert not any("issued by" in e.label for e in d.new())
