"""Round 57, posts of the people who sign an agreement for its parties in a signature block of
two columns side by side (kg/ingest/relations/signature_columns.py), on short texts written
for this file (invented firms, bureaus and towns): "Representative: A," over the role, the
party's name wrapped over two lines up the column or its "Party A (seal)" read through the
header's "Party A: X"; a role wrapped onto a second line ("Chairman of the" over
"Association"); a witness's "Witness (seal): B, Deputy Town Mayor" read through the header's
"Witness: Y Town People's Government"; the local government heads' family of roles ("Deputy
County Mayor"). Not a post: a person in the other party's column, nor a signer with no role."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round57-signature-columns"):
    return draft_of(kg, text, doc_id, "round57.txt", today=dt.date(2027, 3, 20))


def _held(draft) -> set:
    """(holder, body) labels of the draft's posts."""
    return {(h, b) for h, _, b in posts(draft)}


def _roles(draft) -> set:
    return {(h, r, b) for h, r, b in posts(draft)}


_WRAPPED = (
    "Warehouse Lease Agreement\n\n"
    "Quenby Alloy Co., Ltd. leases bay 4 of the Harwick logistics yard to Pellmoor Freight "
    "Services Co., Ltd. for two years from 1 April 2027. Rent is paid every quarter.\n\n"
    "Lessor (seal)                             Lessee (seal)\n"
    "Quenby Alloy                              Pellmoor Freight Services\n"
    "Co., Ltd.                                 Co., Ltd.\n"
    "Representative: Tao Minghui,              Representative: Yin Shulan,\n"
    "Deputy General Manager                    General Manager\n\n"
    "Signed at Harwick on Monday, 15 March 2027\n"
)


def test_each_column_gives_its_signer_a_post_in_its_own_party(snapshot_kg):
    d = _draft(snapshot_kg, _WRAPPED)
    got = _roles(d)
    assert ("Tao Minghui", "Deputy General Manager", "Quenby Alloy Co., Ltd.") in got, got
    assert ("Yin Shulan", "General Manager", "Pellmoor Freight Services Co., Ltd.") in got, got
    held = _held(d)
    assert ("Tao Minghui", "Pellmoor Freight Services Co., Ltd.") not in held, held
    assert ("Yin Shulan", "Quenby Alloy Co., Ltd.") not in held, held


_PARTIES = (
    "Agreement on a Joint Slag Recycling Park\n\n"
    "Party A: Lindmoor District People's Government\n"
    "Party B: Ostrava Magnesium Recyclers' Association\n"
    "Witness: Yarrow Town People's Government\n\n"
    "The two parties will build a slag recycling park of 300 mu in Yarrow Town. Party B "
    "brings at least six member firms to the park by the end of 2028.\n\n"
    "Party A (seal)                             Party B (seal)\n"
    "Representative: Gu Wenxiu,                 Representative: Lan Haoyu,\n"
    "Deputy District Mayor                      Chairman of the\n"
    "                                           Association\n"
    "Witness (seal): Fei Qiuping, Deputy Town Mayor\n\n"
    "Signed on Tuesday, 9 March 2027\n"
)


def test_a_partys_label_alone_is_read_through_the_header(snapshot_kg):
    got = _roles(_draft(snapshot_kg, _PARTIES))
    assert ("Gu Wenxiu", "Deputy District Mayor",
            "Lindmoor District People's Government") in got, got
    assert ("Lan Haoyu", "Chairman of the Association",
            "Ostrava Magnesium Recyclers' Association") in got, got
    assert ("Fei Qiuping", "Deputy Town Mayor", "Yarrow Town People's Government") in got, got


_NO_ROLE = (
    "Supply Agreement\n\n"
    "Party A: Quenby Alloy Co., Ltd.\n"
    "Party B: Pellmoor Freight Services Co., Ltd.\n\n"
    "Party B carries 4,000 tonnes of magnesium ingots for Party A in 2027.\n\n"
    "Party A (seal)                             Party B (seal)\n"
    "Representative: Tao Minghui                Representative: Yin Shulan\n\n"
    "Signed on Tuesday, 9 March 2027\n"
)


def test_a_signer_with_no_role_gets_no_post_from_the_block(snapshot_kg):
    got = [p for p in _draft(snapshot_kg, _NO_ROLE).entities.values()
           if p.role and "signature-columns" in p.rule]
    assert not got, [p.label for p in got]
