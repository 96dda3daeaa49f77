"""Round 37, speed: the second process of `kg ingest` (kg/ingest/ahead.py) sends the first
whole-text scans the names stage asks for on their own (reading/scans_ahead.first_scans), so that
they are there when asked, not after all thirteen scans."""
from __future__ import annotations

from kg.ingest.reading import scans_ahead

ARTICLE = """Tarn Valley Zinc restarts its roaster
Kalgoorlie, 14 May 2029 -- Tarn Valley Zinc Pty Ltd said its roaster at Norseman, idle since
the flood of 31 April 2029, would run again from June 31, after the state's mines department
cleared the repairs. The company's chief executive, Ruth O'Malley-Grant, said the co-owners
(Banksia Resources and Kestrel Metals) had agreed to fund the 12-week overhaul.
Ore from the Dundas pit -- some 4,000 t a week -- will feed the plant; Émile Dufresne's
consultancy wrote the restart plan. 30/02/2029 is printed on the permit, a clerk's slip.
"""


def test_the_first_scans_and_the_rest_are_every_scan_once():
    first, rest = scans_ahead.first_scans(ARTICLE), scans_ahead.scans(ARTICLE)
    assert not set(first) & set(rest)
    assert sorted({**first, **rest}) == sorted((m, n) for m, n, _ in scans_ahead.SCANS)
    assert list(first) == [(m, n) for m, n, _ in scans_ahead.SCANS[:scans_ahead.FIRST]]
