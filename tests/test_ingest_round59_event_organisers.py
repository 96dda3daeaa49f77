"""Round 59, who leads a named group and who organises an event a notice names its body for
again, on short texts written for this file (invented bodies, people and places).

* "the Dam Patrol Team of 20 miners, led by A" / "The Pump Repair Group, led by engineer B":
  the group is led by the person (kg/ingest/relations/group_leaders.py, rule
  ``team:group-led-by``); "a delegation of the X Group, led by C" leads the delegation, not the
  group.
* "The Bureau also started a safety campaign": the one body named before whose name ends in
  "Bureau" organises the campaign (kg/ingest/relations/head_subjects.py, rule
  ``event:organiser-cue-head``); "The Bureau will hold a meeting" after two bureaus are named
  names no organiser.
* "X launched a Level II emergency response": X organises it (data/event-roles.txt).
* "Y will hold a job fair ... at the Z Centre": the fair is held in the Z Centre
  (kg/ingest/relations/event_venues.py, rule ``event:held-at-venue``, now with "hold", "in
  the" and a sentence wrapped between the verb and the venue)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round59-event-organisers"):
    return draft_of(kg, text, doc_id, "round59.txt", today=dt.date(2026, 12, 10))


_GROUPS = (
    "Lanxi Shuangling Copper Co., Ltd.\n\n"
    "Notice on Flood Season Work at the Shuangling Mine\n\n"
    "Issued on Monday, 4 May 2026\n\n"
    "The company has formed a Dam Patrol Team of 20 miners, led by Zhao Defu. The Pump Repair "
    "Group, led by engineer Qian Lumin, will replace the drainage pumps before June.\n\n"
    "A delegation of the Hexi Ore Trading Group, led by Sun Wenbo, will visit the mine in "
    "July. The police sent a task force of its Economic Crime Brigade and the Xishan Police "
    "Station, headed by Lu Hanping.\n")


def test_a_named_group_is_led_by_the_person_after_led_by(snapshot_kg):
    led = ruled_objects(_draft(snapshot_kg, _GROUPS), "team:group-led-by", "ledBy")
    by_head = {label.split(" of ")[0]: people for label, people in led.items()}
    assert by_head.get("Dam Patrol Team") == {"Zhao Defu"}
    assert by_head.get("Pump Repair Group") == {"Qian Lumin"}
    assert not any("Hexi Ore Trading Group" in label for label in led)
    assert not any("Economic Crime Brigade" in label for label in led)


_HEADS = (
    "Lanxi County Emergency Management Bureau\n\n"
    "Notice on Flood Work in Lanxi County\n\n"
    "Issued on Monday, 4 May 2026\n\n"
    "Heavy rain fell on Lanxi County from 1 to 3 May 2026. The Lanxi County Emergency "
    "Management Bureau launched a Level II emergency response on 3 May 2026. The Bureau also "
    "started a safety campaign for tailings ponds on 4 May.\n\n"
    "The Lanxi County Water Resources Bureau and the Lanxi County Natural Resources Bureau "
    "will check the ponds. The Bureau will hold a safety meeting on 15 May.\n")


def test_the_bureau_organises_what_it_starts_when_one_bureau_is_named(snapshot_kg):
    draft = _draft(snapshot_kg, _HEADS)
    head = ruled_objects(draft, "event:organiser-cue-head", "organizedBy")
    assert {frozenset(v) for v in head.values()} == {
        frozenset({"Lanxi County Emergency Management Bureau"})}
    assert any("safety campaign" in label.lower() for label in head)
    # after two other bureaus, "The Bureau will hold a safety meeting" names no organiser
    assert not any("meeting" in label.lower() for label in head)
    cue = ruled_objects(draft, "event:organiser-cue", "organizedBy")
    assert any("emergency response" in label.lower()
               and v == {"Lanxi County Emergency Management Bureau"} for label, v in cue.items())


_VENUE = (
    "Dunmore Municipal Employment Service Centre\n\n"
    "Notice on the Spring Job Fair\n\n"
    "Issued on Monday, 4 May 2026\n\n"
    "The Dunmore Municipal Employment Service Centre will hold a spring job fair for miners\n"
    "at the Dunmore Workers' Cultural Centre on Saturday, 16 May 2026.\n")


def test_a_fair_a_body_will_hold_at_a_centre_is_held_there(snapshot_kg):
    held = ruled_objects(_draft(snapshot_kg, _VENUE), "event:held-at-venue", "heldIn")
    assert any("job fair" in label.lower() for label in held)
    assert {frozenset(v) for v in held.values()} == {frozenset({"Dunmore Workers' Cultural Centre"})}
