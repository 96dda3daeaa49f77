"""`kg ingest`: round 48's ends of relations. A meeting a text names in lower case by its
ordinal alone ("adopted at the third plenary meeting on 9 February", "at the fourth session in
March", "the first joint review meeting is planned ...") is a meeting of its own with the date
its clause gives (events/ordinal_meetings); "the first such meeting", a sitting with no day
after it and a sitting named in full before are none. A name that holds a plural possessive of
a collective ("the Fourth Session of the Second Workers' Congress of the Company") is read
whole, not cut at the possessive (names/candidates). Short texts written for these tests (own
words; invented companies and places)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hostile_drafts import draft_of


def _values(ent, pred: str) -> set:
    return {str(o) for p, o, _, _ in ent.statements if str(p).endswith("#" + pred)}


SITTINGS = """Tarrow Valley council backs a cable works

TARROW, 4 December 2026 -- The Tarrow Valley county council said its rules for the cable park
were adopted at the third plenary meeting on 9 February. A deputy from Ostmere raised the
question of river water at the fourth session in March, and the county replied in writing.
Work on the rules began in May 2025 after a deputy spoke at the fifth session.

The first joint review meeting of the two partners is planned in Ostmere next March.
Since the first such meeting in May, Kelbrook Cable Co., Ltd. has hired 40 workers.
"""

CONGRESS = """Kelbrook Cable agrees a wage deal

KELBROOK, 3 December 2026 -- Kelbrook Cable Co., Ltd. said its wage deal for 2027 was
adopted by the Fourth Session of the Second Workers' Congress of the Company on 1 December.
"""

NAMED_BEFORE = """Ostmere county assembly ends its sitting

OSTMERE, 4 December 2026 -- The Fourth Session of the Ninth Ostmere County Assembly closed on
Thursday. Deputies said the fourth session had heard 31 motions on water and roads.
"""


@pytest.fixture(scope="module")
def sittings(kg):
    return draft_of(kg, SITTINGS, "round48-ends-sittings", name="sittings.txt",
                    today=dt.date(2026, 12, 5))


def _meetings(draft) -> dict:
    return {e.label: e for e in draft.new() if str(e.cls).endswith("#Meeting")}


def test_an_ordinal_meeting_in_lower_case_is_a_meeting_with_its_day(sittings):
    meetings = _meetings(sittings)
    third = [e for label, e in meetings.items() if label.startswith("Third plenary meeting")]
    assert len(third) == 1, sorted(meetings)
    assert _values(third[0], "startDate") == {"2026-02-09"}
    assert "Fourth session" in meetings, sorted(meetings)


def test_a_planned_ordinal_meeting_is_drafted(sittings):
    labels = [label.lower() for label in _meetings(sittings)]
    assert any(label.startswith("first joint review meeting") for label in labels), labels


def test_a_sitting_whose_sentence_gives_its_day_only_before_it_is_not_drafted(sittings):
    # ("began in May 2025" is the work's day, not the fifth session's)
    assert "Fifth session" not in _meetings(sittings), sorted(_meetings(sittings))


def test_the_first_such_meeting_is_no_meeting_of_its_own(sittings):
    # (a kind named before; another rule may still read the dated sentence around it)
    assert not any(e.label.lower().startswith("first such meeting") for e in sittings.new()), \
        sorted(e.label for e in sittings.new())


def test_a_workers_congress_session_is_read_whole(kg):
    draft = draft_of(kg, CONGRESS, "round48-ends-congress", name="congress.txt",
                     today=dt.date(2026, 12, 5))
    labels = sorted(e.label for e in draft.new())
    assert any(label.startswith("Fourth Session of the Second Workers' Congress")
               for label in labels), labels
    assert "Fourth Session of the Second Workers" not in labels


def test_a_sitting_named_in_full_before_is_not_drafted_again(kg):
    draft = draft_of(kg, NAMED_BEFORE, "round48-ends-named", name="named.txt",
                     today=dt.date(2026, 12, 5))
    labels = sorted(e.label for e in draft.new())
    assert any(label.startswith("Fourth Session of the Ninth Ostmere County Assembly")
               for label in labels), labels
    assert "Fourth session" not in labels, labels

