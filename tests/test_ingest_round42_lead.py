"""Round 42, after the measurement: an item's code that opens a line of a list before a column
gap ("B-03  Nanshan Group ......") is no word of the name after it (names/row_codes.py). Before,
the code was read into the name, so a known company printed so was drafted as a new one
("B-03 Nanshan Group") and never linked. A code run into its name by one space stays in."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401

# a supplier list in my own words: codes, column gaps, dot leaders; known and new companies
LIST = """Notice on the Qualified Suppliers of Light Alloy Parts for 2027

Category B  Aluminium and aluminium alloy
  B-01  Hubei Lianfa Profiles Co., Ltd. ............... cable brackets
  B-02  Nanshan Group ................................. wide extrusions for car bodies

Category C  Titanium and magnesium
  C-01  Baotai Group .................................. bolts for rail fastenings
  C.2   Sichuan Tianrui Fastener Co., Ltd. ............ titanium washers

Suppliers are checked on site every six months.
"""

# a code printed into its name by one space is kept: no column gap
KEPT = """The C919 Programme Office met the wing panel makers in Xi'an on 3 March 2027.
"""


@pytest.fixture(scope="module")
def listed(snapshot_kg):
    return draft_of(snapshot_kg, LIST, "round42-codes", "round42-codes.txt")


def _known_labels(draft) -> set:
    return {e.label for e in draft.entities.values() if e.known and e.mentions}


def test_known_companies_after_item_codes_are_linked(listed):
    known = _known_labels(listed)
    assert {"Nanshan Group", "Baotai Group"} <= known, known


def test_no_new_name_keeps_an_item_code(listed):
    labels = new_labels(listed)
    assert {"Hubei Lianfa Profiles Co., Ltd.", "Sichuan Tianrui Fastener Co., Ltd."} <= labels, \
        labels
    assert not any(label.split()[0] in {"B-01", "B-02", "C-01", "C.2"} for label in labels), \
        labels


def test_a_code_run_into_its_name_stays(snapshot_kg):
    draft = draft_of(snapshot_kg, KEPT, "round42-kept", "round42-kept.txt")
    assert any(label.startswith("C919") for label in new_labels(draft)), new_labels(draft)


# A name the graph prints only in title case ("Four Batches", an initiative of source 003) is a
# proper name: printed all in lower case its words are ordinary words (knowledge/gazetteer.py,
# as a one-word name in lower case already was). Names the graph prints in lower case
# ("sulfuric acid", "dual carbon goals") still link so.
BATCHES = """Hengrui Hydrogen will deliver the stacks to the Yulin site in four batches, and
twenty-four batches of plates were tested in May 2027.

The Four Batches programme of Shaanxi Nonferrous Metals Group pays for the new stack line.
Its plant also sells sulfuric acid.
"""


def test_a_title_case_name_printed_in_lower_case_is_no_link(snapshot_kg):
    draft = draft_of(snapshot_kg, BATCHES, "round42-batches", "round42-batches.txt")
    spans = {e.label: [draft.text[m.start:m.end] for m in e.mentions]
             for e in draft.entities.values() if e.known}
    assert spans.get("Four Batches") == ["Four Batches"], spans.get("Four Batches")
    assert spans.get("Sulfuric acid") == ["sulfuric acid"], spans


# A fixed-width table whose name cell wraps with a hanging indent while the next column wraps
# too: the line under the row (deeper than its column, words only, no figure) goes on with the
# row (reading/tables.py), so the company is read whole and its name's metal word links nothing.
WRAPPED = """Allocation of water to industrial users, dry season 2027

   User                              Main product          Permit     Allocation
   --------------------------------  --------------------  ---------  ----------
   Hexi Guanghe Magnesium Co., Ltd.  primary magnesium         18.5        14.0
   Lanyuan Copper Foil and           copper foil,              24.0        20.5
     Power Co., Ltd.                 self-owned power
   Municipal supply (reserved)       drinking water            40.0        40.0
"""


def test_a_hanging_wrapped_cell_beside_another_wrapped_cell_is_one_name(snapshot_kg):
    draft = draft_of(snapshot_kg, WRAPPED, "round42-wrapped", "round42-wrapped.txt")
    labels = new_labels(draft)
    assert "Lanyuan Copper Foil and Power Co., Ltd." in labels, labels
    assert "Power Co., Ltd." not in labels, labels
