"""Round 33: the plural of one body's name names others of its kind, not it. "Science and
technology departments" in lower case are many departments, not the association's one
Science and Technology Department (a held-out permit-and-programme set linked it so). A name of
a kind of thing ("single champion enterprise") is still found by its plural, and the body's
own name still links."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

PLURAL = """Firms in the Lanfeng park apply through the science and technology
departments of their cities before 30 April 2027.
"""

SINGULAR = """The Science and Technology Department of the China Nonferrous Metals Industry
Association reviewed the Lanfeng park's plan on 3 March 2026.
"""

KIND = """Lanfeng Aluminium Co., Ltd. is one of the province's single champion enterprises,
the bureau said on 3 March 2026.
"""


def _linked(draft) -> set:
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.entities.values() if e.known}


def test_a_body_s_name_in_the_plural_links_no_body(snapshot_kg):
    draft = draft_of(snapshot_kg, PLURAL, "r33-plural-body")
    assert "cnia-science-and-technology-department" not in _linked(draft), _linked(draft)


def test_the_body_s_own_name_still_links(snapshot_kg):
    draft = draft_of(snapshot_kg, SINGULAR, "r33-singular-body")
    assert "cnia-science-and-technology-department" in _linked(draft), _linked(draft)


def test_a_kind_s_name_in_the_plural_still_links(snapshot_kg):
    draft = draft_of(snapshot_kg, KIND, "r33-plural-kind")
    assert any("single-champion" in iri for iri in _linked(draft)), _linked(draft)
