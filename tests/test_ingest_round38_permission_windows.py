"""Round 38, a window a notice opens from a day still to come, told with a verb of
permission ("Warrants may be registered from the close of trading on Friday, 18 December",
"Residents may apply from 23 November to 2 December", "From 1 July 2027, scrap may be imported
freely"): a planned milestone from that day; not a move forbidden or forecast ("trucks may not
pass", "Prices may rise from January")."""
from __future__ import annotations

from hostile_drafts import draft_of, label_dates

PLANS = ("#startDate", "#plannedDate", "#endDate")


WINDOWS = """Notice on the Registration of the WESTMERE Brand Tin Ingot

Westmere Metals Exchange, 20 November 2026

1. Effective time
Warrants may be registered for the brand from the close of trading on Friday, 18 December 2026.

2. Hearing
Residents of the county may apply to speak from 23 November to 2 December 2026 by letter.

3. Imports
From 1 July 2027, tin scrap that meets the new grade may be imported freely.

4. Other matters
From 15 December trucks may not pass the village between 22:00 and 6:00.
Prices may rise from January 2027, traders said.
"""


def test_a_window_opened_with_a_verb_of_permission_is_planned(kg):
    got = label_dates(draft_of(kg, WINDOWS, "r38-windows"), "", PLANS)
    warrants = [d for label, d in got.items() if label.startswith("Warrants may be registered")]
    speak = [d for label, d in got.items() if label.startswith("Residents of the county may")]
    scrap = [d for label, d in got.items() if "may be imported freely" in label]
    assert warrants == [{"plannedDate": "2026-12-18"}], got
    assert speak == [{"plannedDate": "2026-11-23", "endDate": "2026-12-02"}], got
    assert scrap == [{"plannedDate": "2027-07-01"}], got


def test_a_forbidden_or_forecast_move_opens_no_window(kg):
    got = label_dates(draft_of(kg, WINDOWS, "r38-windows"), "", PLANS)
    assert not any("trucks may not pass" in label or label.startswith("Prices may")
                   for label in got), got
