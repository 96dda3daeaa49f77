"""Round 57: a weekday with its day of the month and no month ("on Monday the 10th", "the
reception day, Wednesday the 18th"), as translated notices and reports print a day of their
story, is the day near the text's own whose weekday and day of the month are both those printed
(events/weekday_nth). Before, the weekday alone gave the last such weekday before the text's
date (a day weeks away from the one printed) or, with no "on" before it, nothing."""
from __future__ import annotations

from hostile_drafts import draft_of, event_dates, label_dates, snapshot_kg  # noqa: F401


def _days(kg, text: str) -> dict:
    return event_dates(draft_of(kg, text, "round57-weekday-nth", "round57-weekday-nth.txt"))


def _has(dates: dict, value: str) -> bool:
    return any(value in vs for vs in dates.values())


def test_a_past_day_of_the_month_before_the_text_s(snapshot_kg):
    """A report of 26 August names a Monday the 10th: 10 August (a Monday), not 24 August
    (the last Monday before the report)."""
    text = ("Lanfeng County Red Cross Society\n\n"
            "Report on the Summer Blood Drive at the Lanfeng Zinc Smelter\n\n"
            "Wednesday, 26 August 2026\n\n"
            "The Lanfeng Zinc Smelter held a blood drive for its workers on Monday the 10th. "
            "A mobile blood collection vehicle of the Lanfeng Central Blood Station collected "
            "212 units from smelter and mine staff.\n")
    dates = _days(snapshot_kg, text)
    assert _has(dates, "2026-08-10"), dates
    assert not _has(dates, "2026-08-24"), dates


def test_a_day_to_come_in_the_next_month(snapshot_kg):
    """A notice of 28 September sets a meeting on Wednesday the 14th: 14 October (a
    Wednesday), not a Wednesday of September."""
    text = ("Hengshan County Flood Control Office\n\n"
            "Notice on the Flood Season Review Meeting\n\n"
            "Monday, 28 September 2026\n\n"
            "The Office will hold a flood season review meeting with the tailings pond operators "
            "of the Hengshan lead-zinc mines on Wednesday the 14th at the county government "
            "building.\n")
    dates = _days(snapshot_kg, text)
    assert _has(dates, "2026-10-14"), dates
    assert not _has(dates, "2026-09-23"), dates


def test_a_weekday_with_its_day_and_no_preposition(snapshot_kg):
    """"On the county's open day, Thursday the 19th, ..." in a report of 2 December: 19
    November; and "the next day" counts from it."""
    text = ("Qiaonan County Disabled Persons' Federation\n\n"
            "Monthly Report on Services for Disabled Workers of Mining Enterprises\n\n"
            "Wednesday, 2 December 2026\n\n"
            "On the federation's open day, Thursday the 19th, officers of the federation "
            "inspected the sheltered workshop of Qiaonan Tungsten Mining Co., Ltd. The next "
            "day the federation signed an employment agreement with the company.\n")
    draft = draft_of(snapshot_kg, text, "round57-weekday-nth", "round57-weekday-nth.txt")
    dates = event_dates(draft)
    assert _has(dates, "2026-11-19"), dates
    assert not _has(dates, "2026-11-26"), dates
    signed = {k: v for k, v in label_dates(draft, "Employment agreement").items() if v}
    assert signed and all(v.get("dateSigned") == "2026-11-20" for v in signed.values()), signed
