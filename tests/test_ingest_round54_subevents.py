"""Round 54 (subevents): the rows of an agenda, itinerary or programme table of one gathering
("| Date | Time | Programme | Place |") are events of their own, each part of the gathering the
text names before the table, dated by its day cell (a blank one: the row above's), held in the
place its place cell names (events/agenda_rows.py). A table with no place or no day column,
or no gathering before it, makes no such events. Short texts written for this file (invented
delegations, companies and towns)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import NFO, draft_of, snapshot_kg  # noqa: F401

_RULE = "event:agenda-row"


def _draft(kg, text: str):
    return draft_of(kg, text, "round54-subevents", "round54.txt", today=dt.date(2026, 10, 1))


def _rows(draft) -> dict:
    """{label: entity} of the events the agenda rule proposed."""
    return {e.label: e for e in draft.entities.values() if e.rule == _RULE}


def _objects(ent, pred: str) -> set:
    return {str(st[1]) for st in ent.statements if str(st[0]) == NFO + pred}


_VISIT = """Notice on Receiving the Delegation of Nordvik Zinc AS

A five-member delegation of Nordvik Zinc AS will visit Hunan Province from Tuesday,
3 November to Thursday, 5 November 2026. The programme is as follows.

| Date      | Time  | Programme                               | Place              |
|-----------|-------|-----------------------------------------|--------------------|
| Tue 3 Nov | 16:00 | Arrival and welcome                     | Changsha           |
| Wed 4 Nov | 09:00 | Talks on zinc concentrate supply and    | Zhuzhou            |
|           |       | smelter residue recycling               |                    |
|           | 15:00 | Visit to the electrolysis workshop      | Zhuzhou            |
| Thu 5 Nov | 10:00 | Departure                               | Changsha           |

Hunan Provincial Foreign Affairs Office
20 October 2026
"""


def test_agenda_rows_are_parts_of_the_visit_with_days_and_places(snapshot_kg):
    draft = _draft(snapshot_kg, _VISIT)
    rows = _rows(draft)
    assert set(rows) == {"Arrival and welcome",
                         "Talks on zinc concentrate supply and smelter residue recycling",
                         "Visit to the electrolysis workshop", "Departure"}, rows
    visit = rows["Visit to the electrolysis workshop"]
    days = {str(st[1]) for st in visit.statements
            if str(st[0]) in (NFO + "startDate", NFO + "plannedDate")}
    assert days == {"2026-11-04"}, days          # the row above's day
    wholes = {p for e in rows.values() for p in _objects(e, "partOfEvent")}
    assert len(wholes) == 1 and "nordvik" in next(iter(wholes)), wholes   # the visit
    assert all(any("zhuzhou" in o for o in _objects(rows[k], "heldIn"))
               for k in ("Visit to the electrolysis workshop",
                         "Talks on zinc concentrate supply and smelter residue recycling"))
    assert any("changsha" in o for o in _objects(rows["Departure"], "heldIn"))


_NO_PLACE = """Notice on Receiving the Delegation of Nordvik Zinc AS

A five-member delegation of Nordvik Zinc AS will visit Hunan Province from Tuesday,
3 November to Thursday, 5 November 2026.

| Date      | Programme                        | Interpreter |
|-----------|----------------------------------|-------------|
| Tue 3 Nov | Arrival and welcome              | Li Wen      |
| Wed 4 Nov | Talks on zinc concentrate supply | Li Wen      |
"""


def test_a_table_without_a_place_column_makes_no_rows(snapshot_kg):
    assert _rows(_draft(snapshot_kg, _NO_PLACE)) == {}


_NO_WHOLE = """Price Inspection Record of the Zhuzhou Municipal Market Bureau

| Date      | Item                             | Location           |
|-----------|----------------------------------|--------------------|
| 3 Nov     | Zinc ingot price board checked   | Zhuzhou            |
| 4 Nov     | Copper wire price board checked  | Changsha           |
"""


def test_a_table_with_no_gathering_before_it_makes_no_rows(snapshot_kg):
    assert _rows(_draft(snapshot_kg, _NO_WHOLE)) == {}
