"""Round 59 (dates2): a law cited by its articles ("Under Article 70 of the X Law", "breaches
Articles 3 and 22 of the Y Measures") is cited as the basis of the act, as one cited by its name
alone: it takes no day from the act's sentence (kg/ingest/events/date_cues.cited_basis,
data/conformity-cues.txt); and "last <month>" for the month just before the document's is that
month of the year before (a writer says "last month" of the one just gone:
kg/ingest/reading/date_periods.relative_month), texts written for this file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.reading.dates import find_dates

PENALTY = """Penalty Decision of the Ravenford Market Bureau on Greyling Tin Co., Ltd.
Rav Shi Jian Fa [2026] No. 7
To: Greyling Tin Co., Ltd.

Greyling Tin Co., Ltd. charged its buyers a handling fee that it never listed. On
14 May 2026 the bureau found that the fee breaches Articles 13 and 14 of the Tin Pricing
Measures of Ravenford. On 2 June 2026, under Article 40 of the Ravenford Price Supervision
Regulations, the bureau fined the company 80,000 yuan.

The bureau adopted the Ravenford Guide on Fee Lists on 3 March 2026.

Ravenford Market Bureau
8 June 2026
"""

_DOC = ("#dateIssued", "#dateInForce", "#startDate", "#plannedDate")


def _dates(kg):
    draft = draft_of(kg, PENALTY, "round59-dates2", "round59-dates2.txt",
                     today=dt.date(2026, 6, 8))
    return {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith(_DOC)}
            for e in draft.new()}


def _of(got, start):
    found = [v for k, v in got.items() if k.startswith(start)]
    assert len(found) <= 1, (start, sorted(got))
    return found[0] if found else set()


def test_measures_breached_by_their_articles_take_no_day(snapshot_kg):
    got = _dates(snapshot_kg)
    assert _of(got, "Tin Pricing Measures") == set(), got      # not 2026-05-14


def test_regulations_applied_by_their_article_take_no_day(snapshot_kg):
    got = _dates(snapshot_kg)
    assert _of(got, "Ravenford Price Supervision Regulations") == set(), got  # not 2026-06-02


def test_a_document_dated_in_its_own_words_keeps_its_day(snapshot_kg):
    got = _dates(snapshot_kg)
    assert _of(got, "Ravenford Guide on Fee Lists") == {"2026-03-03"}, got


def _values(text, doc_date):
    return [d.value for d in find_dates(text, doc_date[:4], extended=True, doc_date=doc_date)]


def test_last_month_just_gone_by_name_is_the_year_befores():
    assert "2025-08" in _values("The plant was shut last August for repairs.", "2026-09-15")
    assert "2026-08" not in _values("The plant was shut last August for repairs.", "2026-09-15")


def test_last_month_further_back_is_this_years():
    assert "2026-04" in _values("The plant was shut last April for repairs.", "2026-09-15")


def test_last_december_in_january_is_the_year_befores():
    assert "2026-12" in _values("The plant was shut last December for repairs.", "2027-01-10")
