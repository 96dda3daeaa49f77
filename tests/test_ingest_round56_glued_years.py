"""Round 56: a number glued to a word is no year. "Ferro1990 Mining Co." or "#LMEWeek2026#" printed
a year to the date reader (its only guard was a digit, dash, slash or dot before the number),
so a signing in a text of such names took the name's number as its year, and a text of 3,000
such names read 400 "years", one entity's check of its guesses then running over every
mention for each statement (CI, round 55: four times the input took 8.6 times the CPU). A
fiscal year printed "FY2026" is still a year."""
from __future__ import annotations

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401


def _dates(kg, text: str) -> dict:
    """{label: {date predicate: value}} of the draft's new entities."""
    return label_dates(draft_of(kg, text, "round56-glued", "round56-glued.txt"), "")


def test_a_number_glued_to_a_company_s_name_dates_nothing(snapshot_kg):
    text = ("Ferro1990 Mining Co., Ltd. signed a zinc concentrate supply agreement with "
            "Quillmark Smelting Co., Ltd. in Hechi.\n")
    dates = _dates(snapshot_kg, text)
    assert dates, "the agreement is drafted"
    assert not any("1990" in v for ds in dates.values() for v in ds.values()), dates


def test_a_fiscal_year_is_still_a_year(snapshot_kg):
    text = ("Quillmark Smelting Co., Ltd. signed a zinc concentrate supply agreement with "
            "Ferrodale Mining Co., Ltd. in FY2025.\n")
    dates = _dates(snapshot_kg, text)
    assert any("2025" in v for ds in dates.values() for v in ds.values()), dates


def test_a_year_in_a_topic_s_tag_dates_the_posts_under_it(snapshot_kg):
    """A microblog page prints its year only in the topic's tag ("#LMEWeek2026#"): the tag's
    year is the year of the posts' month-days."""
    text = ("Topic: #ZincForum2027#    posts by this account, newest first\n\n"
            "05-19 09:10  from Weibo web\n"
            "#ZincForum2027# Quillmark Smelting Co., Ltd. signed a zinc concentrate supply "
            "agreement with Ferrodale Mining Co., Ltd. this morning in Hechi.\n")
    dates = _dates(snapshot_kg, text)
    assert any(v.startswith("2027") for ds in dates.values() for v in ds.values()), dates
