"""Round 58, posts of the people who act for a party of an agreement or a record, on short texts
written for this file (invented firms, bureaus and towns): "represented by A, Deputy General
Manager" in a party's entry of running text (kg/ingest/relations/represented_by.py), the party
the entry opens with, not the group named in its "a subsidiary of Y" nor the body that wrote
the record; the label "Represented by: B, Director" under "Party A: X"; "(Representative: C,
Deputy Director)" under "Witness: Y"; and a role with its portfolio ("Vice President in charge
of safety", kg/ingest/relations/house_posts.py)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round58-representatives"):
    return draft_of(kg, text, doc_id, "round58.txt", today=dt.date(2027, 5, 20))


def _held(draft) -> set:
    return {(h, b) for h, _, b in posts(draft)}


def _roles(draft) -> set:
    return {(h, r, b) for h, r, b in posts(draft)}


_ENTRIES = (
    "Harwick Town People's Mediation Committee\n\n"
    "Settlement Record of a Freight Dispute\n"
    "He Tiao Zi [2027] No. 4\n\n"
    "Parties\n\n"
    "  Party A   Quenby Alloy Co., Ltd., a subsidiary of Pellmoor Holding Group;\n"
    "            represented by Tao Minghui, Deputy General\n"
    "            Manager\n"
    "  Party B   Yarrow Haulage Co., Ltd. (carrier); represented by Yin Shulan,\n"
    "            Operations Manager\n\n"
    "The carrier will pay for the damaged ingots by 30 June 2027.\n"
)


def test_represented_by_in_an_entry_is_a_post_in_the_entrys_party(snapshot_kg):
    d = _draft(snapshot_kg, _ENTRIES)
    got = _roles(d)
    assert ("Tao Minghui", "Deputy General Manager", "Quenby Alloy Co., Ltd.") in got, got
    assert ("Yin Shulan", "Operations Manager", "Yarrow Haulage Co., Ltd.") in got, got
    held = _held(d)
    assert ("Tao Minghui", "Pellmoor Holding Group") not in held, held
    assert ("Tao Minghui", "Harwick Town People's Mediation Committee") not in held, held
    assert ("Yin Shulan", "Quenby Alloy Co., Ltd.") not in held, held


_LABELS = (
    "Cooperation Agreement on Slope Monitoring\n\n"
    "Party A:  Lindmoor Copper Co., Ltd.\n"
    "          Address: 12 Riverside Road, Lindmoor\n"
    "          Representative: Gu Wenxiu, Vice President in charge of safety\n"
    "Party B:  Ostrava Survey Institute\n"
    "          Represented by: Lan Haoyu, Director\n\n"
    "Party B sets up four monitoring points on the open pit's east slope.\n\n"
    "Witness: Lindmoor County Emergency Management Bureau\n"
    "(Representative: Feng Yiran, Deputy Director)\n"
)


def test_labels_of_representatives_give_the_party_above(snapshot_kg):
    d = _draft(snapshot_kg, _LABELS)
    held = _held(d)
    assert ("Gu Wenxiu", "Lindmoor Copper Co., Ltd.") in held, held
    assert ("Lan Haoyu", "Ostrava Survey Institute") in held, held
    assert ("Feng Yiran", "Lindmoor County Emergency Management Bureau") in held, held
    assert ("Lan Haoyu", "Lindmoor Copper Co., Ltd.") not in held, held


_KEEPERS = (
    "Notice on the Keepers of Groundwater Observation Wells\n\n"
    "The county bureau publishes the wells kept by enterprises this year.\n\n"
    "| No. | Well  | Host enterprise          | Keeper (post)         |\n"
    "|-----|-------|--------------------------|-----------------------|\n"
    "| 1   | W-01  | Quenby Alloy Co., Ltd.   | Tao Minghui (office   |\n"
    "|     |       |                          | clerk)                |\n"
    "| 2   | W-02  | Yarrow Haulage Co., Ltd. | Yin Shulan (chief     |\n"
    "|     |       |                          | hydrogeologist)       |\n"
    "| 3   | W-03  | Lindmoor Copper          | Gu Wenxiu (retired)   |\n"
    "|     |       | Co., Ltd.                |                       |\n"
)


def test_a_role_in_brackets_after_a_name_in_a_table_cell(snapshot_kg):
    d = _draft(snapshot_kg, _KEEPERS)
    held = _held(d)
    assert ("Tao Minghui", "Quenby Alloy Co., Ltd.") in held, held
    assert ("Yin Shulan", "Yarrow Haulage Co., Ltd.") in held, held
    # "(retired)" is no job
    assert not any(h == "Gu Wenxiu" for h, _ in held), held


_PRISON = (
    "Lindmoor Prison Holds a Vocational Skills Fair\n\n"
    "The fair at Lindmoor Prison on 12 May 2027 was opened by Tao Minghui, Warden of Lindmoor "
    "Prison, and Yin Shulan, Political Commissar of Lindmoor Prison. A market regulator "
    "explained the rules on sales by inmates' workshops.\n\n"
    "Case handler: Gu Wenxiu, Lindmoor County Administration for Market Regulation\n"
)


def test_ranks_of_prisons_and_law_enforcement(snapshot_kg):
    d = _draft(snapshot_kg, _PRISON)
    held = _held(d)
    assert ("Tao Minghui", "Lindmoor Prison") in held, held
    assert ("Gu Wenxiu", "Lindmoor County Administration for Market Regulation") in held, held
