"""A contract's closing line "Signed at <place> on <day>" (or a header's "Place:" under its
title) says where the document's agreement was signed: the agreement ``nfo:signedAt`` the place
(rule agreement:closing-place), the first place of a chain; a line of running text that merely
mentions a signing, or a text with no agreement, gives none."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"

CONTRACT = """INDUSTRIAL WATER SUPPLY AGREEMENT

Agreement No.: JC-GS-2026-44

Party A: Lantian Water Works Co., Ltd.
Party B: Hexi Copper Smelting Co., Ltd.

Article 1  Supply. Party A supplies up to 6,000 cubic metres of water a day to the smelter of
           Party B from 1 January 2027.
Article 2  Price. The price is the one the city sets for industrial users.
Article 3  Term. The agreement runs for three years.

Party A (seal)                         Party B (seal)
Representative: Luo Wenjie             Representative: Tang Meiyu

Signed at Lanzhou, Gansu, on Tuesday, 15 December 2026
"""

HEADER = """MAINTENANCE COOPERATION AGREEMENT

Party A:   Qinfeng Aluminium Rolling Co., Ltd.
Party B:   Xingyuan Crane Service Co., Ltd.
Place:     Baoji, Shaanxi
Date:      Monday, 9 November 2026

1. Scope. Party B services the eight overhead cranes of Party A's rolling mill each quarter.
2. Fee. Party A pays 240,000 yuan a year.
"""

NEWS = """Copper Fair Opens in Lanzhou

LANZHOU, 3 NOVEMBER - The annual copper fair opened on Monday with 200 exhibitors.
Signed at the fair were supply deals worth 1.2 billion yuan, the organisers said.
"""


def _signed_at(draft):
    out = {}
    for e in draft.entities.values():
        for p, o, _, rule in e.statements:
            if str(p) == NFO + "signedAt":
                target = draft.entities.get(o)
                out[e.label.upper()] = ((target.label if target else str(o)), rule)
    return out


def test_closing_line_names_where_the_agreement_was_signed(snapshot_kg):
    draft = draft_of(snapshot_kg, CONTRACT, "round60-closing", "round60-closing.txt")
    got = _signed_at(draft)
    deal = [k for k in got if k.startswith("INDUSTRIAL WATER SUPPLY AGREEMENT")]
    assert deal, (got, sorted(e.label for e in draft.entities.values()))
    place, rule = got[deal[0]]
    assert place == "Lanzhou" and rule == "agreement:closing-place"
    assert not any(v[0] == "Gansu" for v in got.values())


def test_header_place_field_under_the_title(snapshot_kg):
    draft = draft_of(snapshot_kg, HEADER, "round60-header", "round60-header.txt")
    got = _signed_at(draft)
    deal = [k for k in got if k.startswith("MAINTENANCE COOPERATION AGREEMENT")]
    assert deal, (got, sorted(e.label for e in draft.entities.values()))
    assert got[deal[0]][0] == "Baoji"


def test_running_text_and_no_agreement_give_no_place(snapshot_kg):
    draft = draft_of(snapshot_kg, NEWS, "round60-news", "round60-news.txt")
    assert not any(r == "agreement:closing-place" for v, r in _signed_at(draft).values())
