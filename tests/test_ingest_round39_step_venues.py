"""Round 39, the roles of drafted events within their sentence. Where a step still to come is
done, for more verbs of doing at a place (events/step_venues.py, ``data/step-venue-verbs.txt``):
"will break ground on a line in X", "will sample well water in A and B villages" (each place
of a list joined by "and"), "is to start work at the plant" (a determiner or an owner's
possessive between "at" and the place), "will move its headquarters to X" (a verb written with
" to" takes the place after "to"; "to the Zhengzhou East New District": the district). Who
holds a meeting named only as "its plenary session" of a body (events/holder_meetings.py)."""
from __future__ import annotations

from hostile_drafts import draft_of, parsed, pairs, snapshot_kg  # noqa: F401

NEWS = """Gansu copper maker sets out next year's works

Lanzhou, June 2 -- Gansu Hongda Copper Co., Ltd. told investors on Monday that it will break
ground on a cathode line in Baiyin next month.

The Pingliang Municipal Ecology Bureau will sample well water in Dazhai and Xiaozhai villages
in August, after residents complained about the taste.

The group will move its headquarters to the Lanzhou New District next year.
"""


def test_where_more_planned_steps_are_done(snapshot_kg):
    d = draft_of(snapshot_kg, NEWS, "t-r39-step-venue")
    got = pairs(parsed(d), "heldIn")
    assert any("break ground" in e.lower() and p == "Baiyin" for e, p in got), got
    sampled = {p for e, p in got if "sample well water" in e.lower()}
    assert {"Dazhai", "Xiaozhai"} <= {p.split()[0] for p in sampled}, got
    assert any("headquarters" in e.lower() and "Lanzhou New District" in p for e, p in got), got


MEETING = """Town report on five road works

Laogaochuan, December 2 -- Work on five village roads in Laogaochuan Town was finished in
November, the town office said on Wednesday.

The Hebi Municipal Party Committee had asked for such reports at its plenary session in July.
"""


def test_a_body_holds_the_meeting_it_is_the_subject_of(snapshot_kg):
    """"X had asked at its plenary session in July": X's session, organised by X
    (events/holder_meetings.py)."""
    d = draft_of(snapshot_kg, MEETING, "t-r39-holder-meeting")
    got = pairs(parsed(d), "organizedBy")
    assert any("plenary session" in e.lower() and p == "Hebi Municipal Party Committee"
               for e, p in got), got

