"""Round 59: a law or rules cited for an act take no date from the act's sentence
(kg/ingest/events/date_cues.cited_basis, kg/ingest/events/date_attach): the second of two names
after "In accordance with the ... and the", a document number in brackets right after the cited
name, and a law the act is said to comply with ("complied with the X Law",
data/conformity-cues.txt). A document dated in its own words keeps its day."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NOTICE = """Notice of the Hanzhong Brand Office on the 2026 List of Time-honoured Zinc Brands

Han Pin Fa [2026] No. 11

To the zinc enterprises of the city:

Under the Hanzhong Measures for Naming Time-honoured Brands
(Han Pin Fa [2023] No. 4), twelve firms applied to the Office from March to May. Five of their
brands are named below.

In accordance with the Law on Notarization of the PRC and the Measures for the
Administration of Notary Offices, the Office checked the request Hanzhong Zinc Co., Ltd.
handed in on Monday, 9 March 2026.

Hanzhong Zinc Co., Ltd. picked its two ore suppliers by lot on 2 June 2026; the draw
complied with the Bidding Law of the People's Republic of China.

The Office issued the Rules for the Hanzhong Zinc Brand Logo on 5 May 2026.

Hanzhong Brand Office
10 June 2026
"""

_DOC = ("#dateIssued", "#dateInForce", "#startDate", "#plannedDate")


def _dates(kg):
    draft = draft_of(kg, NOTICE, "round59-cited-laws", "round59.txt",
                     today=dt.date(2026, 6, 10))
    return {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith(_DOC)}
            for e in draft.new()}


def _of(got, start):
    found = [v for k, v in got.items() if k.startswith(start)]
    assert len(found) == 1, (start, sorted(got))
    return found[0]


def test_cited_measures_with_a_number_in_brackets_take_no_date(snapshot_kg):
    got = _dates(snapshot_kg)
    assert _of(got, "Hanzhong Measures for Naming") == set()     # not 2026-03


def test_second_of_two_cited_laws_takes_no_date(snapshot_kg):
    got = _dates(snapshot_kg)
    assert _of(got, "Measures for the Administration of Notary") == set()   # not 2026-03-09


def test_law_complied_with_takes_no_date(snapshot_kg):
    got = _dates(snapshot_kg)
    assert _of(got, "Bidding Law") == set()                                 # not 2026-06-02


def test_document_issued_in_its_sentence_keeps_its_day(snapshot_kg):
    got = _dates(snapshot_kg)
    assert "2026-05-05" in _of(got, "Rules for the Hanzhong Zinc Brand Logo")


NOTES = """Hanjiang Zinc Group Announcement on the Issue of Green Notes

Hanzhong, 18 December 2026

1. Registration. The notes are sold under the Notice of Acceptance of Registration
(Zhu [2026] GN12) of the Hanzhong Market Association, dated 9 October 2026, which caps them at
CNY 2 billion.
"""


def test_cited_notice_keeps_the_day_its_dated_gives(snapshot_kg):
    draft = draft_of(snapshot_kg, NOTES, "round59-cited-dated", "round59b.txt",
                     today=dt.date(2026, 12, 18))
    got = {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith(_DOC)}
           for e in draft.new()}
    assert _of(got, "Notice of Acceptance of Registration") == {"2026-10-09"}
