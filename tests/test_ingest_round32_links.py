"""Round 32: a prefecture printed after a known province's or county's name is another place
of that name ("Hainan Prefecture" in Qinghai is not the province of Hainan), as a county or a
province printed after a known city's name already was (data/link-place-levels.txt). The
province printed in full still links, and the prefecture is proposed as a new place."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

PREFECTURE = """Lanfeng Aluminium Co., Ltd. buys its power from wind farms in Hainan Prefecture,
Qinghai Province, under a contract signed on 3 March 2026.
"""

PROVINCE = """Lanfeng Aluminium Co., Ltd. buys its power from a grid company in Hainan Province
under a contract signed on 3 March 2026.
"""


def _linked(draft) -> set:
    return {e.label for e in draft.entities.values() if e.known}


def _new_places(draft) -> set:
    return {e.label for e in draft.new()
            if str(e.cls).rsplit("#", 1)[-1] in ("City", "County", "Region", "Place", "Province")}


def test_a_prefecture_named_like_a_province_does_not_link_the_province(snapshot_kg):
    known = {e.label for e in snapshot_kg_places(snapshot_kg, "Hainan")}
    assert known, "the shipped graph knows the province of Hainan"
    draft = draft_of(snapshot_kg, PREFECTURE, "r32-prefecture")
    assert not (_linked(draft) & known), _linked(draft)
    assert "Hainan Prefecture" in _new_places(draft), _new_places(draft)


def test_the_province_printed_in_full_still_links(snapshot_kg):
    known = {e.label for e in snapshot_kg_places(snapshot_kg, "Hainan")}
    draft = draft_of(snapshot_kg, PROVINCE, "r32-province")
    assert _linked(draft) & known, _linked(draft)


def snapshot_kg_places(kg, name: str) -> list:
    """The known entities a draft of the bare name links (the province of that name)."""
    draft = draft_of(kg, f"Lanfeng Aluminium Co., Ltd. opened an office in {name} on 3 March 2026.\n",
                     "r32-bare")
    return [e for e in draft.entities.values() if e.known
            and str(e.cls).rsplit("#", 1)[-1] == "Province"]
