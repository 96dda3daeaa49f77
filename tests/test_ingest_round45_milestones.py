"""Round 45, milestones: in a text about an agreement (its headline names one), a delivery
under it ("The first lot shall arrive by ...", "Deliveries will begin on ...") is a step of the
agreement the text named before it (relations/delivery_agreements.py); not a works' output, nor
a delivery in a text about something else (a digest's item). On short
texts written for this file (invented companies)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

ABOUT = "https://w3id.org/nfkg/ontology#about"


def _draft(kg, text: str, doc_id: str = "round45-milestones"):
    return draft_of(kg, text, doc_id, "round45.txt", today=dt.date(2026, 12, 5))


def _about(draft, start: str) -> set:
    """The labels of what the milestones whose label starts with ``start`` are about."""
    steps = [e for e in draft.new() if e.label.startswith(start)]
    assert steps, f"no milestone {start!r} in {[e.label for e in draft.new()]}"
    return {draft.entities[o].label for e in steps for p, o, _, _ in e.statements
            if str(p) == ABOUT and o in draft.entities}


def _agreement(draft) -> str:
    found = [e.label for e in draft.new() if str(e.cls).endswith("#Agreement")]
    assert len(found) == 1, found
    return found[0]


_LOTS = ("Pelvane Alloys Signs Supply Contract\n\n"
         "Pelvane Alloys Co., Ltd. said on 3 December 2026 that it had signed a three-year supply "
         "contract with Ostrel Forge Co., Ltd. for titanium bar. The contract covers about 900 "
         "tonnes a year, and prices follow a published index with a quarterly review.\n\n"
         "Pelvane will make the bar at its plant in the eastern district, where a second furnace "
         "was added last spring. The company did not give the value of the order.\n\n"
         "The first lot shall arrive at the buyer's works by 15 January 2027.\n")


def test_first_lot_is_a_step_of_the_contract_named_before(snapshot_kg):
    """"The first lot shall arrive by 15 January 2027", two paragraphs after the supply
    contract: the lot's arrival is about that contract."""
    d = _draft(snapshot_kg, _LOTS)
    assert _about(d, "The first lot") == {_agreement(d)}


_DELIVERIES = ("Harwick Power and Lunmere Smelting Sign Green Electricity Agreement\n\n"
               "Lunmere Smelting Co., Ltd. signed a five-year green electricity framework "
               "agreement with Harwick Power Co., Ltd. on 1 December 2026 in the county seat. "
               "The smelter expects the power to cover half of its needs. "
               "Deliveries will begin on 1 February 2027. Harwick's chairman said more wind "
               "farms would follow.\n")


def test_deliveries_begin_is_about_the_agreement(snapshot_kg):
    """"Deliveries will begin on 1 February 2027" after the framework agreement the headline
    names: about it."""
    d = _draft(snapshot_kg, _DELIVERIES)
    assert _about(d, "Start of deliveries") == {_agreement(d)}


_OUTPUT = ("Corrin Light Metals Signs Power Agreement for New Smelter\n\n"
           "Corrin Light Metals Co., Ltd. signed a ten-year power supply agreement with Vestry "
           "Grid Co., Ltd. on 2 December 2026 for its new smelting base in the hills.\n\n"
           "The first 100,000 tonnes of the base are expected on stream in the first half of "
           "2027, the company said.\n")


def test_first_tonnes_on_stream_are_not_a_delivery(snapshot_kg):
    """"The first 100,000 tonnes ... are expected on stream": a works' output, not a delivery
    under the power agreement (no verb of handing over)."""
    d = _draft(snapshot_kg, _OUTPUT)
    assert _agreement(d) not in _about(d, "The first 100,000 tonnes")


_NONE_BEFORE = ("Tesker Copper Plans First Shipments\n\n"
                "Deliveries will begin on 1 March 2027, Tesker Copper Co., Ltd. said on 4 "
                "December 2026. The buyer, Ramsey Cable Co., Ltd., signed a purchase agreement "
                "with Tesker last week.\n")


def test_no_agreement_before_the_step_no_guess(snapshot_kg):
    """An agreement named only after the step: nothing is guessed from this rule."""
    d = _draft(snapshot_kg, _NONE_BEFORE)
    assert _agreement(d) not in _about(d, "Start of deliveries")
    for e in d.new():
        assert not any(r.startswith("topic:delivery-agreement") for _, _, _, r in e.statements)


_DIGEST = ("Weekly Metals Briefing No. 12\n\n"
           "1. Dravin Copper Co., Ltd. signed a supply contract with Holt Wire Co., Ltd. on 1 "
           "December 2026 for 2,000 tonnes of cathode.\n\n"
           "2. Selby Lithium Co., Ltd. opened a showroom for its new battery packs in the port "
           "district last week. Deliveries will begin on 1 March 2027, the company said.\n")


def test_agreement_of_another_item_in_a_digest_is_not_guessed(snapshot_kg):
    """A briefing of several items, its headline naming no agreement: the deliveries of item 2
    are no step of the contract of item 1."""
    d = _draft(snapshot_kg, _DIGEST)
    assert _agreement(d) not in _about(d, "Start of deliveries")
