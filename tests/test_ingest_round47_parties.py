"""Round 47, the parties of the agreement a text is: a contract titled on its first lines and
then "Buyer:  A Co., Ltd." / "Party B:  B Co., Ltd." has A and B as its parties, whichever rule
drafted the title (kg/ingest/relations/titled_agreement_parties.py); a contract's number
drafted beside the title, fields far below the head, or a policy's seller give nothing here.
On short texts written for this file (invented companies and places)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

# the parties a title takes: this rule, or, since round 60 read a capitals heading whole
# (names/heading_agreements), the heading's own rule
_RULES = ("agreement:titled-party", "agreement:heading-party")


def _draft(kg, text: str, doc_id: str = "round47-parties"):
    return draft_of(kg, text, doc_id, "round47.txt", today=dt.date(2026, 11, 20))


def _titled(draft) -> dict:
    """{agreement label: {party labels}} of the parties this rule gave."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.new():
        for p, o, _, r in e.statements:
            if any(rule in r for rule in _RULES):
                out.setdefault(e.label, set()).add(labels.get(o))
    return out


_SUPPLY = (
    "                 FRAME SUPPLY AGREEMENT\n"
    "     Cast Aluminium Housings for Outdoor Signal Cabinets\n\n"
    "Contract No.: TW-GY-2027-044\n\n"
    "Buyer:    Tarnwick Signal Systems Co., Ltd.\n"
    "          Registered address: Harbour District, Tarnwick\n"
    "Supplier: Quillby Die Casting Co., Ltd.\n"
    "          Registered address: Lower Quillby Industrial Park\n\n"
    "Having consulted on an equal footing, the parties agree as follows.\n\n"
    "Article 1  Subject\n"
    "1.1 The Supplier supplies cast aluminium housings to the Buyer's drawings.\n"
    "1.2 The expected volume for 2027 is about 40,000 sets.\n")


def test_the_titled_agreement_takes_the_buyer_and_the_supplier(snapshot_kg):
    draft = _draft(snapshot_kg, _SUPPLY)
    got = _titled(draft)
    parties = {"Tarnwick Signal Systems Co., Ltd.", "Quillby Die Casting Co., Ltd."}
    titled = [k for k in got if "SUPPLY AGREEMENT" in k.upper()]
    assert titled and parties <= got[titled[0]], got
    # (the contract's number, drafted beside the title, is not given them by this rule)
    assert not any("TW-GY-2027-044" in k for k in got), got


def test_party_a_and_party_b_under_a_title_with_its_subject(snapshot_kg):
    text = ("Agreement No.: FM-JS-2027-002\n\n"
            "            JOINT DEVELOPMENT AGREEMENT\n"
            "   on Thin Nickel Strip for Battery Tabs\n\n"
            "Party A: Fenmoor Nickel Materials Co., Ltd.\n"
            "         Address: Fenmoor Hi-tech Zone\n"
            "Party B: Orrin Cell Technology Co., Ltd.\n"
            "         Address: East Orrin Road 12\n\n"
            "Clause 1  Objective\n"
            "Party A rolls the strip and Party B tests it in its cells.\n")
    draft = _draft(snapshot_kg, text)
    got = _titled(draft)
    want = {"Fenmoor Nickel Materials Co., Ltd.", "Orrin Cell Technology Co., Ltd."}
    assert any(want <= v for v in got.values()), got


def test_fields_below_the_head_give_nothing(snapshot_kg):
    """A report that names a contract on its first lines and prints buyer and seller only far
    below, past its paragraphs, is no contract's header."""
    text = ("Harlow tin market notes, November 2026\n\n"
            "A one-year supply contract for tin ingots was discussed this week.\n"
            "Prices held firm through the month.\n"
            "Stocks at the Harlow warehouse fell by 80 tonnes.\n"
            "Demand from solder makers was steady.\n"
            "Freight rates to the coast were unchanged.\n"
            "Two smelters ran below capacity.\n"
            "Power supply was normal.\n"
            "Rain slowed road transport on Thursday.\n\n"
            "Recent trades:\n"
            "Buyer:    Tarnwick Signal Systems Co., Ltd.\n"
            "Seller:   Quenby Tin Industry Co., Ltd.\n")
    draft = _draft(snapshot_kg, text)
    assert not _titled(draft), _titled(draft)
