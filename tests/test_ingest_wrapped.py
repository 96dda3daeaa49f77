"""`kg ingest` on an article hard-wrapped at a fixed width (as mailed or exported text is): a
line break inside a paragraph does not end the sentence, so the rules that read one sentence
see all of it; an event's date is the one its clause states, not the dateline's filing date,
and two events named together in one clause share its date and venue."""
from __future__ import annotations

import textwrap

from kg.ingest.pipeline import ingest
from kg.ingest.reading.sentences import Sentences, soft_breaks
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

PARAGRAPHS = [
    "Lanzhou Hosts Nickel Week",
    "Lanzhou, September 12, 2025 (reporter Ma Lin) -- The 2025 Northwest Nickel Summit and the "
    "Nickel Recycling Forum opened in Lanzhou, Gansu Province, on September 10. The summit was "
    "organised by the Gansu Nickel Industry Association and drew about 300 delegates from "
    "smelters, refiners and battery makers across the region.",
    "Zhou Ping, chairman of the Gansu Nickel Industry Association, said the province would "
    "expand its capacity for battery-grade nickel sulphate by a third before the end of 2027, "
    "and called on members to share their data on energy use.",
    "The organisers said the next summit would take place in Jinchang in the autumn of 2026.",
]


def _wrapped(width: int) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS) + "\n"


def test_a_wrapped_paragraph_is_read_as_one_run_of_sentences():
    text = _wrapped(72)
    assert soft_breaks(text)
    s = Sentences(text)
    start = text.index("Zhou Ping")
    a, b = s.bounds(start)
    assert "said the province would" in text[a:b].replace("\n", " ")
    assert "data on energy use." in text[a:b].replace("\n", " ")
    # one paragraph a line (the usual layout): every line break stays a break
    flat = "\n".join(PARAGRAPHS) + "\n"
    assert soft_breaks(flat) == set()


def test_the_clause_date_and_venue_of_two_events_named_together(kg, tmp_path):
    path = tmp_path / "nickel-week.txt"
    path.write_text(_wrapped(72), encoding="utf-8")
    draft = ingest(kg, read_article(path), "nickel-week-test")
    by_label = {e.label: e for e in draft.entities.values()}
    for name in ("2025 Northwest Nickel Summit", "Nickel Recycling Forum"):
        ent = by_label[name]
        dates = {str(o) for p, o, _, _ in ent.statements if p == NFO.startDate}
        assert dates == {"2025-09-10"}, (name, dates)      # not the dateline's September 12
    summit = by_label["2025 Northwest Nickel Summit"]
    organisers = {o for p, o, _, _ in summit.statements if p == NFO.organizedBy}
    assert by_label["Gansu Nickel Industry Association"].iri in organisers
    chairman = by_label["Zhou Ping"]
    posts = [e for e in draft.entities.values() if e.cls == NFO.Post
             and any(o == chairman.iri for _, o, _, _ in e.statements)]
    assert posts, "Zhou Ping's post, stated across a wrapped line, is proposed"


AWARD = """Smelter Team Honoured

Changsha, May 20, 2026 -- A team from the Hunan Zinc Research Institute won a second prize for its
project, "Key Technologies and Industrial Demonstration of Low-Carbon Zinc Electrowinning
Cells", at the provincial science awards on Tuesday. In all, 35 projects won prizes this year.
"""


def test_a_quoted_title_wrapped_onto_the_next_line_and_a_count_is_no_name(kg, tmp_path):
    path = tmp_path / "zinc-award.txt"
    path.write_text(AWARD, encoding="utf-8")
    draft = ingest(kg, read_article(path), "zinc-award-test")
    labels = {e.label: e for e in draft.entities.values()}
    title = ("Key Technologies and Industrial Demonstration of Low-Carbon Zinc Electrowinning "
             "Cells")
    assert title in labels and labels[title].cls == NFO.Project
    assert not any(label.startswith("35 ") for label in labels), sorted(labels)
