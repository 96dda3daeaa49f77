"""`kg ingest`: round 49's ends of relations. An event named with the year of its edition after
its head word ("the Tarrow Cable Forum 2027", "Ostmere Wire Expo 2026") is named with that year,
so that the draft's event is the one the reader names (and the earlier and later editions stay
apart); an event whose name holds a quoted title ('Kelbrook 2027 "Bright Start" Cable Job Fair')
is named from the words before the quote, without a leading article. A date after the head
("Forum 2027-05-03"), a range ("Forum 2026 to 2028") and a year after a comma are no part of the
name (names/trims). Short texts written for these tests (own words; invented companies and
places)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hostile_drafts import draft_of

FORUM = """TARROW CABLE AND WIRE FORUM 2027
Programme

Tarrow, 3-4 May 2027

Organiser: Tarrow Cable Association
Host: Kelbrook Cable Co., Ltd.

The forum is held every two years. The Ostmere Wire Expo 2026 was held in Ostmere last
autumn, and the Tarrow Cable Summit, 2025 drew 300 guests.
"""

FAIR = """# Kelbrook 2027 "Bright Start" Cable Job Fair: Notice

The fair will be held in the hall of the Kelbrook Workers' Centre on Saturday, 9 January 2027.
The "Open Door" Wire Job Fair of the county follows in March.
"""

DATED = """Ostmere hosts wire makers

OSTMERE, 4 December 2026 -- The Ostmere Wire Forum 2026-12-03 session heard 12 talks. The
Tarrow Cable Conference 2026 to 2028 programme was adopted at the same time.
"""


@pytest.fixture(scope="module")
def forum(kg):
    return draft_of(kg, FORUM, "round49-ends-forum", name="forum.txt",
                    today=dt.date(2026, 12, 5))


def _events(draft) -> dict:
    return {e.label: e for e in draft.new()
            if str(e.cls).rsplit("#", 1)[-1] in ("Forum", "Exhibition", "Conference", "Event",
                                                 "Meeting", "Summit")}


def test_the_year_of_an_edition_after_the_head_is_part_of_the_name(forum):
    labels = {label.lower() for label in _events(forum)}
    assert "tarrow cable and wire forum 2027" in labels, sorted(labels)
    assert "ostmere wire expo 2026" in labels, sorted(labels)
    assert "tarrow cable and wire forum" not in labels, sorted(labels)


def test_a_year_after_a_comma_is_no_part_of_the_name(forum):
    assert not any(label.endswith("2025") for label in _events(forum)), sorted(_events(forum))


def test_a_quoted_title_and_the_words_before_it_are_the_events_name(kg):
    draft = draft_of(kg, FAIR, "round49-ends-fair", name="fair.txt", today=dt.date(2026, 12, 5))
    labels = set(_events(draft))
    assert 'Kelbrook 2027 "Bright Start" Cable Job Fair' in labels, sorted(labels)
    assert "Cable Job Fair" not in labels, sorted(labels)
    # (a leading article is no word of the name)
    assert not any(label.startswith("The ") for label in labels), sorted(labels)
    assert '"Open Door" Wire Job Fair' in labels, sorted(labels)


def test_a_date_or_a_range_after_the_head_is_no_part_of_the_name(kg):
    draft = draft_of(kg, DATED, "round49-ends-dated", name="dated.txt",
                     today=dt.date(2026, 12, 5))
    labels = sorted(e.label for e in draft.new())
    assert not any("2026-12" in label or label.endswith(("2026", "2028")) for label in labels), \
        labels
