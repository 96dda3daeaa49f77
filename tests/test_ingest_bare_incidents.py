"""Accidents, hearings and maintenance shutdowns named only by a common noun are events
(kg/ingest/data/bare-nouns.txt, read by events/bare_nouns.py): with a verb that makes them
happen, not as words of another noun phrase, and not when the clause denies them (texts written
for this test)."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _events(kg, text: str) -> set:
    draft = draft_of(kg, text, "bare-incidents-x")
    return {(str(e.cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1], e.label.lower())
            for e in draft.entities.values()
            if not e.known and str(e.cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1] in
            ("Event", "Meeting")}


@pytest.mark.parametrize("text, cls, word", [
    ("Hechi, May 20, 2026 -- A gas explosion occurred at the smelter of Acme Zinc Co., Ltd. on "
     "Monday, killing two workers.\n", "Event", "explosion"),
    ("Yuncheng, May 20, 2026\nTwo injured at refinery\nAn accident happened at the refinery of "
     "Acme Alumina Co., Ltd. on Sunday night.\n", "Event", "accident"),
    ("Beijing, May 20, 2026 -- The Ministry of Commerce held a public hearing on the "
     "anti-dumping case in Beijing on May 12.\n", "Meeting", "hearing"),
    ("Tongling, May 20, 2026 -- Acme Copper Co., Ltd. started an overhaul of its smelter in "
     "Tongling on April 10.\n", "Event", "overhaul"),
])
def test_an_incident_a_hearing_or_an_overhaul_that_happens_is_an_event(snapshot_kg, text, cls,
                                                                       word):
    assert any(c == cls and word in label for c, label in _events(snapshot_kg, text)), \
        _events(snapshot_kg, text)


def test_an_event_with_a_place_and_no_party_is_named_by_its_place(snapshot_kg):
    """Not by the article's first line: 'Blast in (the smelter in) Hechi'."""
    text = ("Beijing, May 20, 2026 -- A blast occurred at a zinc smelter in Hechi on Monday, "
            "injuring three.\n")
    found = _events(snapshot_kg, text)
    assert any(c == "Event" and label.startswith("blast in") and label.endswith("hechi")
               for c, label in found), found


@pytest.mark.parametrize("text", [
    "Beijing, May 20, 2026 -- Accident insurance premiums paid by Acme Zinc Co., Ltd. rose 5%. "
    "Hearing loss among its workers fell.\n",
    "Beijing, May 20, 2026 -- Acme Zinc Co., Ltd. said no accident has occurred at its mines in "
    "ten years.\n",
    "Beijing, May 20, 2026 -- Acme Zinc Co., Ltd. denied that an explosion happened at its "
    "smelter.\n",
])
def test_the_words_alone_or_denied_make_no_event(snapshot_kg, text):
    assert not _events(snapshot_kg, text)
