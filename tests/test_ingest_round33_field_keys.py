"""Round 33: an ambiguous metal word printed as a field's key at a line's start, whose value
opens with a capitalised name ("Lead: Lanfeng Nickel Co., Ltd." under a project's title), names
the leading unit, not the metal lead, even with nickel and cobalt in the title above (a held-out
set of research programmes linked it so). The metal in running text still links."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

KEYS = """Projects approved on 3 March 2026:

1  Green extraction of nickel and cobalt from laterite ores
   Lead: Lanfeng Nickel Co., Ltd.
   With: Hexi Institute of Metallurgy
"""

METAL = """Lanfeng Nickel Co., Ltd. said on 3 March 2026 that its lead and zinc output rose,
while nickel sales fell.
"""


def _linked(draft) -> set:
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.entities.values() if e.known}


def test_a_field_key_lead_is_no_metal(snapshot_kg):
    draft = draft_of(snapshot_kg, KEYS, "r33-field-key")
    assert "metal-lead" not in _linked(draft), _linked(draft)
    assert "metal-nickel" in _linked(draft), _linked(draft)


def test_lead_in_running_text_is_the_metal(snapshot_kg):
    draft = draft_of(snapshot_kg, METAL, "r33-lead-metal")
    assert "metal-lead" in _linked(draft), _linked(draft)
