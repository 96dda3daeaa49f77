"""Round 50, dates: the last day of a happening its own "runs until" gives ("The exhibition runs
until 9 May", said of an exhibition named and dated before; "opens on Sunday and runs until
15 February"), not a venue's named on the way (kg/ingest/events/runs_until.py); a yearless
month in a clause that a stretch of a period opens ("By the end of January, the guild will
...") or in a clause about an arrangement in the present tense ("visits are arranged in late
January"), in a text of December, is the next year's; one that happened stays this year's
(kg/ingest/reading/month_ahead.py); the years an audit covers ("an audit of X for 2024 and
2025") are no date of it, the days that open its sentence are (kg/ingest/events/covered_years.py); "The publicity runs from
A to B", "They are published from A to B", "published the list for comment from A to B" open a
period with those days (data/period-cues.txt, kg/ingest/events/open_periods.py), and no
step of the future besides (events/future_steps.py).
On short texts written for this file (invented museums,
guilds and towns)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import dated_values
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round50-dates"):
    return draft_of(kg, text, doc_id, "round50.txt", today=dt.date(2026, 12, 20))


_values = dated_values


def _all(draft) -> set:
    return {v for vs in _values(draft).values() for _, v in vs}


def _ends(draft) -> set:
    return {v for vs in _values(draft).values() for p, v in vs if p == "endDate"}


_EXHIBITION = ("Marrow County Museum news\n"
               "Thursday, 10 December 2026\n\n"
               "The Marrow County Museum will open a special exhibition of tin toys on "
               "Saturday, 19 December 2026. The exhibition runs until 28 March 2027 in the east "
               "wing of the museum. Entry is free for pupils.\n")


def test_an_exhibition_that_runs_until_a_day_ends_on_it(snapshot_kg):
    draft = _draft(snapshot_kg, _EXHIBITION)
    assert "2027-03-28" in _ends(draft), _values(draft)
    assert "2026-12-19" in _all(draft), _values(draft)


_FAIR = ("Pellow Town weekly\n"
         "Friday, 4 December 2026\n\n"
         "The winter lantern fair of Pellow Town opened on Thursday, 3 December at the Grain "
         "Exchange Hall in Pellow and runs until 10 January 2027. Tickets cost 20 yuan.\n")


def test_a_fair_ends_on_its_run_s_last_day_not_the_venue(snapshot_kg):
    draft = _draft(snapshot_kg, _FAIR)
    ends = {label: v for label, vs in _values(draft).items() for p, v in vs if p == "endDate"}
    assert "2027-01-10" in ends.values(), _values(draft)
    assert not any("Exchange" in label for label in ends), ends


_STATE = ("Pellow Town weekly\n"
          "Friday, 4 December 2026\n\n"
          "The Pellow smelter restarted its second furnace on 1 December. Prices of tin ingots "
          "stay high until March, traders said.\n")


def test_a_state_that_lasts_until_a_month_gives_no_end(snapshot_kg):
    draft = _draft(snapshot_kg, _STATE)
    assert not _ends(draft), _values(draft)


_GUILD = ("Harrowgate Brassworkers' Guild\n"
          "Circular No. 12                                           Monday, 14 December 2026\n\n"
          "Work plan for the coming season\n\n"
          "(1) By the end of January, the Guild will set up a casting advice desk for small "
          "foundries.\n"
          "(2) Visits to member foundries are arranged collectively in late February.\n"
          "(3) The Guild held its autumn assembly in October.\n"
          "(4) The new casting code follows the safety rules drafted by the Guild in March.\n")


def test_a_month_a_period_s_stretch_opens_ahead_is_next_year_s(snapshot_kg):
    draft = _draft(snapshot_kg, _GUILD)
    got = _all(draft)
    assert "2027-01" in got, _values(draft)
    assert "2026-01" not in got, _values(draft)


def test_a_month_of_a_present_arrangement_is_next_year_s_a_past_one_stays(snapshot_kg):
    draft = _draft(snapshot_kg, _GUILD)
    got = _all(draft)
    assert "2027-02" in got, _values(draft)
    assert "2026-02" not in got, _values(draft)
    assert "2027-10" not in got, _values(draft)
    # (a participle tells what was done: "the rules drafted in March" are this March's)
    assert "2027-03" not in got, _values(draft)


_AUDIT = ("Dunmore Copper Co., Ltd.\n"
          "Report on the rectification of audit findings              18 November 2026\n\n"
          "To the Provincial Audit Office:\n\n"
          "From 2 March to 19 June 2026 your Office carried out a performance audit of Dunmore "
          "Copper Co., Ltd. for 2024 and 2025, with a focus on its smelter in Kelby. The audit "
          "report was delivered on 3 July.\n")


def test_the_years_an_audit_covers_are_no_date_of_it(snapshot_kg):
    draft = _draft(snapshot_kg, _AUDIT)
    audit = {label: vs for label, vs in _values(draft).items() if "audit" in label.lower()
             and "report" not in label.lower()}
    assert any(("startDate", "2026-03-02") in vs for vs in audit.values()), _values(draft)
    assert not any(("startDate", "2025") in vs or ("startDate", "2024") in vs
                   for vs in audit.values()), _values(draft)


_PLANNED = ("Kelby County news\n"
            "Friday, 4 December 2026\n\n"
            "Dunmore Copper said the expansion of its Kelby smelter is planned for 2028. The "
            "company opened a training centre in Kelby on Wednesday.\n")


def test_a_year_a_plan_is_set_for_stays_its_date(snapshot_kg):
    draft = _draft(snapshot_kg, _PLANNED)
    assert "2028" in _all(draft), _values(draft)



_PUBLICITY = ("Notice on Publicising the Candidates for the Fenwick Foundry Quality Award\n\n"
              "Fenwick Foundry Association\n\n"
              "The candidates below were chosen by the award panel at its meeting of 3 December. "
              "The publicity runs from 9 to 15 December 2026 (five working days). Objections may "
              "be sent to the Association's office.\n\n"
              "Fenwick Foundry Association\n"
              "8 December 2026\n")


def test_a_publicity_that_runs_from_a_to_b_is_a_period_with_both_days(snapshot_kg):
    draft = _draft(snapshot_kg, _PUBLICITY)
    periods = {label: vs for label, vs in _values(draft).items() if "Publicity" in label
               and ("endDate", "2026-12-15") in vs}
    assert periods, _values(draft)
    # (one event for the period: no step "The publicity runs" besides it)
    assert len([vs for vs in _values(draft).values() if ("endDate", "2026-12-15") in vs]) == 1, \
        _values(draft)
    assert any(("startDate", "2026-12-09") in vs or ("plannedDate", "2026-12-09") in vs
               for vs in periods.values()), periods


_PUBLISHED = ("Publicity of the Tin Ingot Brands Proposed for Registration (Batch 4)\n\n"
              "Kelby Metals Exchange\n\n"
              "After review by the brand committee, the brands below are proposed for "
              "registration. They are published from 14 to 18 December 2026.\n\n"
              "Kelby Metals Exchange\n"
              "11 December 2026\n")


def test_brands_published_from_a_to_b_open_a_publicity_period(snapshot_kg):
    draft = _draft(snapshot_kg, _PUBLISHED)
    assert "2026-12-18" in _ends(draft), _values(draft)
