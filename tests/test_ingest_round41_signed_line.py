"""A contract's closing line "Signed at <place> on <weekday>, <day>" is its signature: the
text's own date and the day its agreement was signed, not the first day the terms name (a
delivery or an event still to come)."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

CONTRACT = """Contract No.: QX-2026-118

SUPPLY CONTRACT FOR COPPER BUSBARS

Buyer (Party A): Qingxi Switchgear Co., Ltd.
Seller (Party B): Lantian Copper Products Co., Ltd.

1. Goods. Party B supplies 120 tonnes of T2 copper busbars for the switchgear line that Party A
   will open in Qingxi on 20 June 2027.
2. Delivery. The first 40 tonnes are delivered by 15 March 2027, the rest by 30 April 2027.
3. Price. The copper price follows the month's average spot price; the processing fee is fixed.
4. Quality. Each batch comes with a test report; a batch that fails is replaced at Party B's
   cost within ten days.
5. This contract is made in two originals and takes effect once both parties have signed.

Party A (seal)
  Authorised representative: Wen Haoran
Party B (seal)
  Authorised representative: Lu Shiqi
Signed at Qingxi on Thursday, 10 December 2026
"""


def test_the_signature_line_dates_the_text_and_its_contract(snapshot_kg):
    draft = draft_of(snapshot_kg, CONTRACT, "round41-signed", "round41-signed.txt")
    assert str(draft.date) == "2026-12-10"
    contract = [e for e in draft.entities.values() if e.label.upper().startswith("SUPPLY CONTRACT")]
    assert contract, sorted(e.label for e in draft.entities.values())
    signed = {str(o) for p, o, _, _ in contract[0].statements if str(p).endswith("#dateSigned")}
    assert signed == {"2026-12-10"}, contract[0].statements
