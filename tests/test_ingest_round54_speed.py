"""Round 54 (speed), on short texts written for this file (invented companies and people): the
event roles' gate (kg/ingest/relations/event_roles.py ``_any_cue``) reads ``{EVENT}`` as any
characters instead of spelling out the hundred event nouns in every cue that names them, so it
is compiled from about half the code; the cues each sentence holds are the same as before (each
cue is still tried, anchored, wherever the gate may match), and so are the drafts."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.relations import event_roles as er


_SENTENCES = (
    "tarrow alloys held its annual cathode suppliers conference in wuhu last week.",
    "delegates from brevik zinc attended the third lithium brine symposium in xining.",
    "the plant manager attended the meeting.",
    "mr. holt attended the wedding of a cousin in the hills.",
    "the briefing was jointly organised by corvane metals and the port authority.",
    "ines varga addressed the delegates on the future of scrap sorting.",
    "a plain sentence about tonnes of tin shipped north, with no roles in it.",
    "the city sponsored the annual ore sorting contest, and sponsors the local choir too.",
    "speakers included dr. lena moss and prof. arvid sol, who spoke at the close.",
)


def _every_place(low: str):
    """The cues of ``low`` as each cue's own scan gives them (tried at every place, a match
    inside the cue's previous one skipped), None when there are none: what the gate must
    keep."""
    out: dict = {}
    ends: dict = {}
    cues = er._lower_cues()
    for p in range(len(low) + 1):
        for i, rx in enumerate(cues):
            if ends.get(i, 0) > p:
                continue
            c = rx.match(low, p)
            if c is not None:
                out.setdefault(i, []).append((c.start(), c.end()))
                ends[i] = c.end() if c.end() > p else p + 1
    return out or None


def test_the_gate_finds_the_cues_each_cue_finds():
    found = 0
    for low in _SENTENCES:
        got = er._sentence_cues(low, 0, len(low))
        assert got == _every_place(low), low
        found += bool(got)
    assert found >= 6
    assert er._sentence_cues(_SENTENCES[6], 0, len(_SENTENCES[6])) is None


def test_the_gate_no_longer_spells_out_the_event_nouns():
    nouns = er._event_nouns()
    gate = er._any_cue().pattern
    assert nouns not in gate
    assert len(gate) < 40_000


_ARTICLE = """Brevik Zinc at the Lithium Brine Symposium

XINING, 12 October 2026 -- Engineers of Brevik Zinc Co., Ltd. attended the Third Qaidam
Lithium Brine Symposium in Xining on Monday. The symposium was organised by the Qinghai
Salt Lake Society. Halvor Brevik, chairman of Brevik Zinc Co., Ltd., spoke at the symposium.
"""


def test_a_cue_naming_an_event_noun_still_gives_its_role(snapshot_kg):
    draft = draft_of(snapshot_kg, _ARTICLE, "round54-speed", "round54.txt",
                     today=dt.date(2026, 12, 1))
    events = [e for e in draft.new() if "Symposium" in e.label]
    assert events, [e.label for e in draft.new()]
    preds = {str(p).rsplit("#", 1)[-1] for e in events for p, _, _, _ in e.statements}
    assert "participant" in preds       # ("attended the ... {EVENT}")
