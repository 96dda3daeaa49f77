"""Round 60, the headline's metals of a lead gathering (kg/ingest/relations/headline_metals.py),
on a short wire item written for this file (an invented group and town). A lead that names a
board meeting gives the meeting no metal from the headline (the metals are the group's, read
from its own clause); a plain happening in the lead still takes them
(tests/test_ingest_round13_topics.py: the auction)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO

_BOARD = (
    "Kelvale group lifts its zinc and lead output goals\n\n"
    "DUNMORE, March 3 (Metals Wire) -- The board meeting of Kelvale Holdings Co., Ltd. on Monday "
    "approved a plan to raise output at its two smelters next year, the company said.\n\n"
    "Zinc output is to rise by 8% and lead output by 5%, and the group will hire 200 workers.\n"
)


def test_a_lead_meeting_takes_no_metal_from_the_headline(snapshot_kg):
    d = draft_of(snapshot_kg, _BOARD, "round60-headline", "round60.txt",
                 today=dt.date(2026, 12, 10))
    meetings = [e for e in d.entities.values() if e.label.startswith("Board meeting of Kelvale")]
    assert meetings, sorted(e.label for e in d.entities.values())
    rules = [r for e in meetings for p, o, _, r in e.statements if p == NFO.concernsMetal]
    assert not rules, rules
    group = [e for e in d.entities.values() if e.label == "Kelvale Holdings Co., Ltd."][0]
    got = {str(o).rsplit("/", 1)[-1] for p, o, _, _ in group.statements if p == NFO.concernsMetal}
    assert {"metal-zinc", "metal-lead"} <= got, got
