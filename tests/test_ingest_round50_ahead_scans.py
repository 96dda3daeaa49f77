"""Round 50: a whole-text scan the second process of `kg ingest` reads ahead
(kg/ingest/reading/scans_ahead.py names each by its module and a function of no arguments) is
the very pattern the rule scans with when it runs the scan itself. Before, names/facility_nouns
defined ``head_pattern`` twice: the rule scanned all the facility heads, the second process
the heads without "site" and "base", so a draft depended on whether a core was idle (a
company's "production base in X" placed in X with the second process off, in the base with
it on). Checked on a text written for this file (invented companies and places), in-process
with the second process off: every scan a rule asks for is recorded with its pattern, and the
function the second process would call must give the same pattern."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.reading import scans_ahead

TEXT = """Harrowgate Copper opens a second production base

Lindmoor, 3 May 2027 -- Harrowgate Copper Co., Ltd. said its Eastfield production base in
Lindmoor County poured its first cathode on Monday. The site, built beside the company's old
smelter, will treat 80,000 tonnes of concentrate a year. Its storage base at Marrow Bay takes
the concentrate from the port. General manager Ellis Brandt said the plant and the base will
share one power station, and a third site is planned for 2029.
"""


def _pattern_of(x):
    return getattr(x, "pattern", x)


def test_every_scan_read_ahead_is_the_pattern_the_rule_scans_with(snapshot_kg, monkeypatch):
    asked: dict = {}
    noted = scans_ahead._noted

    def record(rx, read, job):
        asked.setdefault(job, rx)
        return noted(rx, read, job)

    monkeypatch.setenv("KG_INGEST_AHEAD", "0")
    monkeypatch.setattr(scans_ahead, "_noted", record)
    draft_of(snapshot_kg, TEXT, "round50-ahead", "round50.txt", today=dt.date(2027, 6, 1))
    assert ("kg.ingest.names.facility_nouns", "scan_pattern") in asked
    wrong = {job: (_pattern_of(scans_ahead._pattern(job)), _pattern_of(rx))
             for job, rx in asked.items()
             if _pattern_of(scans_ahead._pattern(job)) != _pattern_of(rx)}
    assert not wrong, wrong
