"""Round 56, known links on new genres (kg/ingest/knowledge/concept_compounds.py), on short
texts written for this file: a metal before "-free" ("lead-free solder") is a thing without
the metal, not a mention of it; the metal elsewhere in the text, or before another hyphened
word ("lead-bearing"), stays a mention."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _known(kg, text: str) -> dict:
    """{IRI local name: [mention surfaces]} of the draft's known entities."""
    draft = draft_of(kg, text, "round56-links2", "round56.txt")
    return {str(e.iri).rsplit("/", 1)[-1]: [draft.text[m.start:m.end] for m in e.mentions]
            for e in draft.known()}


_ORDER = ("Purchase Order for Solder\n\n"
          "The factory orders 40 kg of lead-free solder wire for its circuit board line, to\n"
          "be delivered by a Suzhou supplier within ten days.\n")


def test_a_metal_before_free_is_not_the_metal(snapshot_kg):
    got = _known(snapshot_kg, _ORDER)
    assert "metal-lead" not in got, got


def test_a_capitalised_metal_before_free_is_not_the_metal(snapshot_kg):
    text = _ORDER.replace("lead-free solder wire", "Cadmium-free Solder Wire")
    got = _known(snapshot_kg, text)
    assert "metal-cadmium" not in got, got


def test_the_metal_elsewhere_in_the_text_stays(snapshot_kg):
    text = _ORDER + ("\nThe old wire held tin and lead; the plant sold its lead scrap to a\n"
                     "smelter in the same county.\n")
    got = _known(snapshot_kg, text)
    assert "metal-lead" in got and "lead-free" not in " ".join(got["metal-lead"]), got
