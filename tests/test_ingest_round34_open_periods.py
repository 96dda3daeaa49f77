"""Round 34, open periods: a list published for objections, a display of candidates, and a public
invited to comment on or report something, each with its first and last day in the sentence,
is a period of the announcement (its start and end), as the period-cue list already read
"published for comment" and "open for comment"."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

TEXT = """Notice on the Candidates for the 2027 Shandong Copper Innovation Awards

After online review and a video defence, five projects are proposed for awards. They are
published for objections from 4 to 10 May 2027, and an objection must be signed.

The candidates went through an expert review and a public display from 12 to 18 April 2027.

The public is welcome to comment on the rectification of the Linzi smelter from 20 to 27 May
2027 by letter or telephone.

Anyone who finds that a closed furnace is working again may report it from 1 to 15 June 2027.
"""


def _periods(draft) -> dict:
    out = {}
    for e in draft.new():
        days = {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
                if str(p).endswith(("#startDate", "#endDate", "#plannedDate"))}
        if "period" in e.label.lower():
            out[e.label.split(" from ")[0].split(" of ")[0]] = tuple(sorted(days.values()))
    return out


def test_objection_display_comment_and_report_periods_have_their_days(snapshot_kg):
    got = _periods(draft_of(snapshot_kg, TEXT, "t-r34-open-periods", today=dt.date(2027, 5, 2)))
    assert got.get("Objection period") == ("2027-05-04", "2027-05-10")
    assert got.get("Public display period") == ("2027-04-12", "2027-04-18")
    assert got.get("Public comment period") == ("2027-05-20", "2027-05-27")
    assert got.get("Reporting period") == ("2027-06-01", "2027-06-15")
