"""Round 27, links: a known event the graph dates in one year is one edition of a recurring
event. A name printed after another year ("the 2027 National Magnesium Industry Conference")
is another edition: a new event, not a mention of the known 2024 one. The same name after the
known year, or the known one's full label, still links."""
from __future__ import annotations

import pytest

from hostile_drafts import snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NF

KNOWN = NF["event-2024-10-15-national-magnesium-industry-conference"]

NEXT = """Light Metals Notes, 2 December 2026

Organisers confirmed that the 2027 National Magnesium Industry Conference opens in Yulin
on 14 January. Registration closes at the end of this month.
"""

PAST = """Light Metals Notes, 2 December 2026

Looking back: the 2024 National Magnesium Industry Conference in Xi'an drew more than a
thousand delegates, and several of its working groups still meet.
"""


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


@pytest.fixture(scope="module")
def drafts(snapshot_kg, tmp_path_factory):
    return {name: _draft(snapshot_kg, tmp_path_factory, text, f"r27-links-{name}")
            for name, text in (("next", NEXT), ("past", PAST))}


def test_another_years_edition_is_not_the_known_event(drafts):
    d = drafts["next"]
    known = d.entities.get(KNOWN)
    assert known is None or not known.mentions
    new = [e for e in d.entities.values() if not e.known
           and e.label == "2027 National Magnesium Industry Conference"]
    assert len(new) == 1


def test_the_known_years_edition_still_links(drafts):
    known = drafts["past"].entities.get(KNOWN)
    assert known is not None and known.mentions
