"""Round 57: "on the 4th" in a clause about what is to come, in a text of 29 October, is 4
November (reading/relative_days): the day is gone by in the text's month, so the step is in
the month after. Before, it was read as 4 October and then moved a year ahead (4 October of the
next year). A timetable's present tense ("the first class begins on the 8th") sets its day
ahead the same way; a day told in the past stays in the text's month."""
from __future__ import annotations

from hostile_drafts import draft_of, event_dates, snapshot_kg  # noqa: F401


def _days(kg, text: str) -> dict:
    return event_dates(draft_of(kg, text, "round57-nth-ahead", "round57-nth-ahead.txt"))


def _has(dates: dict, value: str) -> bool:
    return any(value in vs for vs in dates.values())


_HEAD = ("Qingshui County Flood Control and Drought Relief Headquarters\n\n"
         "Notice on Checking the Tailings Ponds of the Lead-Zinc Mines Before Winter\n\n"
         "Thursday, 29 October 2026\n\n")


def test_a_day_to_come_gone_by_in_the_text_s_month_is_the_next_month_s(snapshot_kg):
    text = _HEAD + ("The headquarters held a meeting with Qingshui Lead-Zinc Mining Co., Ltd. on "
                    "the 12th on seepage at its No. 2 tailings pond.\n\n"
                    "A joint inspection of the dam will be carried out on the 4th.\n")
    dates = _days(snapshot_kg, text)
    assert _has(dates, "2026-11-04"), dates
    assert not _has(dates, "2027-10-04"), dates
    assert _has(dates, "2026-10-12"), dates      # (told in the past: this month)


def test_a_timetable_s_present_tense_sets_its_day_ahead(snapshot_kg):
    text = _HEAD + "The winter inspection of the tailings ponds begins on the 9th.\n"
    dates = _days(snapshot_kg, text)
    assert _has(dates, "2026-11-09"), dates
    assert not _has(dates, "2026-10-09"), dates


def test_a_timetable_s_day_still_to_come_in_the_text_s_month_stays_in_it(snapshot_kg):
    """"begins on the 30th" in a text of 29 October: 30 October, not a September day (a day
    not yet come read as one of the month before is for what was told in the past)."""
    text = _HEAD + "The winter inspection of the tailings ponds begins on the 30th.\n"
    dates = _days(snapshot_kg, text)
    assert _has(dates, "2026-10-30"), dates
    assert not _has(dates, "2026-09-30"), dates
