"""Round 12: a dated clause that reports a happening with any verb is an event
(kg/ingest/events/verb_happenings.py), on texts written for these tests: a flood, a lawsuit, a
bond issue, a timeline of a dispute; and the clauses that must give none (figures, sayings,
modal verbs, a document's own day, a dateline, a negated clause)."""
from __future__ import annotations

import pytest

from kg.ingest.terms import NFO
from tests.hostile_drafts import draft_of, parsed, real_dates, snapshot_kg  # noqa: F401

RULE = "event:verb-clause"

FLOOD = """Flooding halts work at copper mine in Peru

LIMA, March 9, 2026 -- Heavy rain swept away a bridge to the Quillacocha copper mine on
Saturday, and Andes Cobre S.A. suspended haulage at the pit on Sunday. Rescue teams from
Minera Sur S.A. reached two stranded drivers on March 8.

Copper output at the mine rose 4% in February. Andes Cobre said on Monday that it did not
evacuate the camp. Shipments may be delayed until April 2.
"""

TIMELINE = """Zinc foil makers in court
Published: 2026-10-21

Timeline of the dispute:
  1. May 2022 - Kestrel Zinc files a patent on thin zinc foil; the patent is granted in
     June 2024.
  2. 12 August 2026 - Kestrel Zinc sues Harbin Foil Co., Ltd. at the Harbin Intermediate
     People's Court.
  3. 3 October 2026 - the court accepts the case.

The Harbin Intermediate People's Court accepted the case on October 3, 2026, Kestrel Zinc
said.
"""

DOCUMENT = """Notice on tin concentrate quality

The Ministry of Industry and Information Technology (MIIT) issued the Notice on Tin Concentrate
Quality on May 6, 2026. The notice is dated May 2, 2026 and will take effect on July 1, 2026.
Tin prices closed at 260,000 yuan a tonne on May 7, 2026, and imports totalled 12,000 tonnes
in April 2026.
"""


@pytest.fixture(scope="module")
def drafts(snapshot_kg):  # noqa: F811
    return {name: draft_of(snapshot_kg, text, name.lower())
            for name, text in (("FLOOD", FLOOD), ("TIMELINE", TIMELINE),
                               ("DOCUMENT", DOCUMENT))}


def _events(draft):
    return [e for e in draft.entities.values() if e.rule == RULE]


def _by_day(draft):
    return {e.first(NFO.startDate): e for e in _events(draft)}


def _text(draft, e):
    return [draft.text[m.start:m.end] for m in e.mentions]


def test_a_past_verb_next_to_a_day_is_an_event_with_its_participants(drafts):
    d = drafts["FLOOD"]
    days = _by_day(d)
    # "swept away a bridge ... on Saturday" (the Saturday before the dateline's Monday)
    assert "2026-03-07" in days, sorted(days)
    assert "swept away a bridge" in _text(d, days["2026-03-07"])[0]
    # "suspended haulage at the pit on Sunday": Andes Cobre took part
    sunday = next(e for e in _events(d) if "suspended haulage" in _text(d, e)[0])
    assert sunday.first(NFO.startDate) == "2026-03-08"
    assert not _text(d, sunday)[0].startswith("Heavy rain")    # its own clause
    parts = {d.entities[o].label for p, o, _, _ in sunday.statements if p == NFO.participant}
    assert any("Andes Cobre" in x for x in parts), parts


def test_figures_sayings_negations_and_modals_are_no_events(drafts):
    d = drafts["FLOOD"]
    labels = " | ".join(e.label for e in _events(d))
    assert "rose" not in labels and "output" not in labels.lower()
    assert "evacuate" not in labels             # "did not evacuate"
    assert "delayed" not in labels              # "may be delayed"
    assert all(e.first(NFO.startDate) != "2026-04-02" for e in _events(d))


def test_timeline_entries_are_events_whatever_the_tense(drafts):
    d = drafts["TIMELINE"]
    days = _by_day(d)
    assert {"2022-05", "2024-06", "2026-08-12", "2026-10-03"} <= set(days), sorted(days)
    # the entry's evidence opens with its date, as a curator quotes it
    assert _text(d, days["2022-05"])[0].startswith("May 2022 - Kestrel Zinc files")
    # the entry and the sentence that tell the same acceptance are one event
    accepted = days["2026-10-03"]
    assert len(accepted.mentions) == 2, _text(d, accepted)
    assert sum(1 for e in _events(d) if e.first(NFO.startDate) == "2026-10-03") == 1


def test_a_documents_own_days_and_prices_give_no_event(drafts):
    d = drafts["DOCUMENT"]
    days = set(_by_day(d))
    assert not days & {"2026-05-02", "2026-07-01", "2026-05-07", "2026-04"}, days


def test_drafts_parse_with_real_days(drafts):
    for d in drafts.values():
        real_dates(parsed(d))


NO_YEAR = """Dam gives way at zinc tailings pond

ORURO, Sept. 14 (Reuters) -- A tailings dam at the Huanuni zinc concentrator gave way on
Thursday, and Minera Altiplano S.A. stopped its flotation lines on Friday.
"""


def test_without_a_year_the_happenings_are_told_and_left_undated(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, NO_YEAR, "no-year")
    events = _events(d)
    texts = [_text(d, e)[0] for e in events]
    assert any(t.startswith("A tailings dam at the Huanuni") for t in texts), texts
    assert any("stopped its flotation lines" in t for t in texts), texts
    # no year anywhere: no day is guessed (the reviewer gives --date)
    assert all(e.first(NFO.startDate) is None for e in events)
    real_dates(parsed(d))
