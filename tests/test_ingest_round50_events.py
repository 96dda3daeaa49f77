"""Round 50, the steps of a visit told in running prose (kg/ingest/events/visit_clauses.py), on
short texts written for this file (invented delegations, companies and people): a group or a
person named before "visits", "toured", "inspected", "called on" or "held talks with" and a
place, a site, an organisation or a person named after it make an event of the visit, dated by
its clause, held at the place, its participants the people and organisations named; a headline,
a noun ("the visit"), an infinitive or a negation makes none, nor an object naming nothing."""
from __future__ import annotations

import datetime as dt

from draft_lookup import rule_events
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "event:visit-clause"


def _draft(kg, text: str, doc_id: str = "round50-events"):
    return draft_of(kg, text, doc_id, "round50.txt", today=dt.date(2026, 11, 20))


def _visits(draft) -> dict:
    """{label: {predicate local name: {object labels or values}}} of the events this rule made."""
    return rule_events(draft, _RULE)


_ITINERARY = """Xi'an, 12 November 2026 - A delegation of the Borduria Mining Chamber spent three days
in Shaanxi this week.

On Wednesday, the delegation visits the rolling mill of Qinfeng Titanium Co., Ltd. in Baoji.

Ma Zhiyuan, Chairman of Qinfeng Titanium Co., Ltd., gave a briefing on the mill's output.
"""


def test_an_itinerary_day_in_the_present_is_a_visit_with_its_day_and_site(snapshot_kg):
    got = _visits(_draft(snapshot_kg, _ITINERARY))
    visit = next((v for k, v in got.items() if k.startswith("Visit of the delegation to")), None)
    assert visit is not None, got
    assert visit.get("startDate") == {"2026-11-11"}
    assert any("Qinfeng Titanium" in x for x in visit.get("participant", set()) | visit.get("heldIn", set()))


_CALL = """Embassy reminds companies of road safety

Kinshasa, 3 December 2026 - The embassy asked Chinese companies to travel in convoys.

In Lubumbashi, Ambassador Wang Deming called on Mr Jean Mbuyi Kasongo, Governor of
Haut-Katanga Province, and asked for more police escorts on the road to the mines.
"""


def test_a_call_on_a_governor_is_a_meeting_of_the_two(snapshot_kg):
    got = _visits(_draft(snapshot_kg, _CALL))
    call = next((v for k, v in got.items() if k.startswith("Call of Wang Deming on")), None)
    assert call is not None, got
    assert {"Wang Deming", "Jean Mbuyi Kasongo"} <= call.get("participant", set())



_NONE = """Delegation from Borduria tours Baoji titanium plants

Baoji, 12 November 2026 - The visit of the Borduria Mining Chamber to Baoji ended on Thursday.
The chamber had wanted to visit Qinfeng Titanium Co., Ltd. but did not visit the plant. Its
members toured the quality of the products.
"""


def test_a_headline_a_noun_an_infinitive_and_a_nameless_object_make_no_visit(snapshot_kg):
    assert _visits(_draft(snapshot_kg, _NONE)) == {}


_TOUR = """Chamber members look for sites in Baoji

Baoji, 2 December 2026 - Twelve entrepreneurs of the Wenling Chamber of Commerce came to Baoji
on 1 December. The guests first toured the forging workshop of Qinfeng Titanium Co., Ltd. and
then met the mayor.
"""


def test_a_tour_by_guests_is_labelled_by_what_they_toured(snapshot_kg):
    got = _visits(_draft(snapshot_kg, _TOUR))
    assert any(k.startswith("Tour of the forging workshop of Qinfeng Titanium Co., Ltd")
               and k.endswith("by the guests") for k in got), got
