"""Round 36, a step still to come that a notice's own issuer is the subject of: "The Bureau
will re-inspect the four plants in May 2027" is a planned milestone (events/future_steps.py)
that keeps its date alone, but the issuer named by its noun as the clause's subject
(relations/house_subjects.py) organises it (events/planned_milestones.keep_planned_date keeps
``nfo:organizedBy``, rule ``event:house-subject@0.5``). A step whose subject is someone else
gets no organiser from the issuer."""
from __future__ import annotations

from hostile_drafts import draft_of, parsed, pairs, snapshot_kg  # noqa: F401

NOTICE = """Zigong Municipal Bureau of Emergency Management

Notice on the Results of the Autumn Safety Checks of Salt and Lithium Plants

To the district emergency management offices:

From 9 to 20 November, four inspection teams visited eleven salt and lithium plants in the
city. Seven plants had blocked fire exits or expired gas detectors.

1. The plants shall fix the faults and report to the district offices by 31 January 2027.
2. The Bureau will re-inspect the seven plants in May 2027.
3. The district offices will publish the names of the plants in June 2027.

Zigong Municipal Bureau of Emergency Management
15 December 2026
"""


def test_the_issuer_organises_the_step_its_noun_is_the_subject_of(snapshot_kg):
    d = draft_of(snapshot_kg, NOTICE, "t-r36-house-step")
    got = pairs(parsed(d), "organizedBy")
    bureau = "Zigong Municipal Bureau of Emergency Management"
    steps = {e for e, o in got if o == bureau}
    assert any("re-inspect" in e.lower() for e in steps), got
    # the district offices' own step is not the bureau's
    assert not any("publish" in e.lower() for e in steps), got
