"""Round 58: the lines of a gathering's programme printed as two aligned columns, day and item
(kg/ingest/events/programme_lines.py), each an event dated by its row's day."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

ARTICLE = """Dongchuan copper town holds its 2026 Summer Mining Festival

Dongchuan, 3 June 2026 - The 2026 Summer Mining Festival of Dongchuan will be held from
Thursday 11 June to Saturday 13 June in the town square, the district government said.

Programme

  Thursday 11 June    Opening ceremony, Town Square stage
                      Parade of the miners' brass bands
  Friday 12 June      Rock-drilling contest (teams of three); visit to the old smelter
  Saturday 13 June    Closing concert and fireworks

Admission is free.
"""

TABLE = """Dongchuan copper town holds its 2026 Summer Mining Festival

Dongchuan, 3 June 2026 - The 2026 Summer Mining Festival of Dongchuan will be held from
Thursday 11 June to Saturday 13 June in the town square.

  Thursday 11 June    Opening ceremony      Town Square
  Friday 12 June      Rock-drilling contest Old quarry
"""

CHRONOLOGY = """Dongchuan copper town reports on the tailings pipe leak

Dongchuan, 3 June 2026 - The district government held a press conference on the leak on
Wednesday.

What the district did, day by day:

  Sunday 31 May      Emergency response started; the pipe was closed
  Monday 1 June      Water sampling teams arrived
"""


def _events(kg, text):
    draft = draft_of(kg, text, "round58-programme-lines", "round58.txt",
                     today=dt.date(2026, 6, 3))
    out = {}
    for ent in draft.entities.values():
        if ent.rule == "event:programme-line":
            out[ent.label] = [str(o) for p, o, _, _ in ent.statements
                              if str(p).endswith(("#startDate", "#plannedDate"))]
    return out


def test_programme_lines_are_dated_events(snapshot_kg):
    got = _events(snapshot_kg, ARTICLE)
    assert got.get("Opening ceremony") == ["2026-06-11"]
    assert got.get("Parade of the miners' brass bands") == ["2026-06-11"]
    assert got.get("Rock-drilling contest (teams of three)") == ["2026-06-12"]
    assert got.get("Closing concert and fireworks") == ["2026-06-13"]
    # the place after the comma is no part of the label; no row takes another row's day
    assert "Opening ceremony, Town Square stage" not in got
    assert all(v != ["2026-06-13"] for k, v in got.items() if k.startswith("Opening"))


def test_three_column_rows_are_left_to_the_table_readers(snapshot_kg):
    assert _events(snapshot_kg, TABLE) == {}


def test_a_chronology_is_no_programme(snapshot_kg):
    assert _events(snapshot_kg, CHRONOLOGY) == {}
