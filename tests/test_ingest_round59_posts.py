"""Round 59, people's posts and memberships, on short texts written for this file (invented
bodies, companies and people).

* A notice's contact line that names a unit and a person with no post ("Contact: X Section,
  A, tel. ...", or the person first) makes the person a member of the unit
  (kg/ingest/relations/contact_members.py, rule membership:contact-line); a role on the line
  stays a post, two people or a label inside running text make no membership.
* A two-column signature block whose first line the table reader takes for a header, the
  parties' names wrapped from it into the next line ("Party A: X Lianjiang and Yao" over
  "Autonomous County People's Government"), names the parties whole
  (kg/ingest/names/header_wraps.py), so the signers' posts are in the whole bodies, not in
  the halves."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str):
    return draft_of(kg, text, doc_id, "round59.txt", today=dt.date(2026, 12, 10))


def _nodes(draft, cls: str) -> set:
    """{(holder label, organisation label)} of the draft's new nodes of ``cls``."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out = set()
    for e in draft.new():
        if not str(e.cls).endswith("#" + cls):
            continue
        who = {labels.get(o) for p, o, _, _ in e.statements
               if str(p).endswith(("#heldBy", "#member"))}
        where = {labels.get(o) for p, o, _, _ in e.statements
                 if str(p).endswith(("#postIn", "#organization"))}
        out |= {(a, b) for a in who for b in where}
    return out


_CONTACT = (
    "Harwick Municipal Bureau of Industry\n\n"
    "Notice on the 2026 Survey of Copper Foil Makers\n\n"
    "All copper foil makers of the city are asked to send their output figures for 2026 to the "
    "Bureau by 15 January 2027. The forms may be sent by post or by e-mail.\n\n"
    "Contact: Materials Industry Section, Qiu Wenhao, tel. 0571-5550 1234.\n"
    "Contact: Tang Meiling, Statistics Section, tel. 0571-5550 1235.\n"
    "Contact: Equipment Section, Lou Jianbo, Section Chief, tel. 0571-5550 1236.\n"
    "Contact: Energy Section, Pei Xiaodong and Rong Yufei, tel. 0571-5550 1237.\n"
    "Questions on the forms go to the help desk (tel. 0571-5550 1238, contact: Wen Ruolan).\n\n"
    "Harwick Municipal Bureau of Industry\n"
    "8 December 2026\n"
)


def test_a_contact_line_makes_the_person_a_member_of_its_unit(snapshot_kg):
    d = _draft(snapshot_kg, _CONTACT, "round59-contact-lines")
    members = _nodes(d, "Membership")
    assert ("Qiu Wenhao", "Materials Industry Section") in members
    assert ("Tang Meiling", "Statistics Section") in members
    # a role on the line: a post, no membership; two people: neither is said to be whose
    assert not any(p in ("Lou Jianbo", "Pei Xiaodong", "Rong Yufei", "Wen Ruolan")
                   for p, _ in members)
    assert ("Lou Jianbo", "Equipment Section") in _nodes(d, "Post")
    rules = {r for e in d.new() if str(e.cls).endswith("#Membership") for r in [e.rule]}
    assert rules == {"membership:contact-line@0.5"}


_COLUMNS = (
    "Agreement on Pairing Assistance for Mountain Villages\n\n"
    "Party A: Xinhe Lianjiang and Yao Autonomous County People's Government\n"
    "Party B: Dongling Copper Smelting Co., Ltd.\n\n"
    "Article 1  Party B pays 3 million yuan a year for three years to pave the roads of four "
    "villages near its copper smelter.\n"
    "Article 2  Party A names the villages and checks the work each autumn.\n\n"
    "Party A: Xinhe Lianjiang and Yao              Party B: Dongling Copper\n"
    "Autonomous County People's Government         Smelting Co., Ltd.\n"
    "Representative: Mo Jianxiong,                 Representative: Fei Wanqiu,\n"
    "County Head                                   General Manager\n\n"
    "Signed at Xinhe on 3 December 2026\n"
)


def test_a_wrapped_party_name_in_a_signature_block_is_read_whole(snapshot_kg):
    d = _draft(snapshot_kg, _COLUMNS, "round59-signature-columns")
    posts = _nodes(d, "Post")
    assert ("Mo Jianxiong",
            "Xinhe Lianjiang and Yao Autonomous County People's Government") in posts
    assert ("Fei Wanqiu", "Dongling Copper Smelting Co., Ltd.") in posts
    halves = {"Autonomous County People's Government", "Smelting Co., Ltd."}
    assert not any(o in halves for _, o in posts)
    assert not halves & {e.label for e in d.new()}
