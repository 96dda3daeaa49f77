"""`kg ingest` attacked a twenty-fourth time (after test_ingest_hostile.py .. hostile23.py), at the
readers round 27 added (a document's issuer under its title, a dateline's place, a title that
wraps onto its next line, posts in an implied government, holders told by a relative clause,
a minister's title, a weekday set ahead, a table column of days) and at what round 28 landed,
with short texts written for this file: a list of units under a title, a "Source:" of the
figures, a genre word before the date, a denial, a condition; odd text; linear time; markup on
the review page. A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed;
the fixed ones guard their fixes."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, fault, linear_cpu, parsed, parses_with_real_dates, real_dates, snapshot_kg  # noqa: F401
from hostile_drafts import event_dates as _events, labels as _labels, new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile24-x"):
    return draft_of(kg, text, doc_id, "hostile24.txt")


# --- 1. a document's issuer under its title; the title's next line ------------------------------
@pytest.fixture(scope="module")
def listed_units(snapshot_kg):
    return _draft(snapshot_kg, "Notice on the Inspection Schedule\nLanping Lead Co., Ltd.      5 May "
                               "2026\nWeixi Zinc Co., Ltd.      6 May 2026\n\nEvery unit on the list "
                               "will be inspected in turn by the county team.\n")


def test_a_list_of_units_with_their_days_under_a_title_names_no_issuer(listed_units, snapshot_kg):
    """"Notice on X" / "A Co., Ltd.      5 May 2026" / "B Co., Ltd.      6 May 2026" made A the
    notice's issuer (relations/header_issuers._unit_over_date took the first line that opens
    with a unit and ends with a date; two such lines are a list); one unit over its date still
    issues the notice."""
    assert not _values(listed_units, "issuedBy"), _values(listed_units, "issuedBy")
    one = _draft(snapshot_kg, "Notice on Tin Smelter Inspections\nInformation Centre, Honghe "
                              "Prefecture Industry Bureau      14 December 2026\n\nAll smelters "
                              "will be inspected in January.\n")
    assert _values(one, "issuedBy") == {("Notice on Tin Smelter Inspections",
                                         "Information Centre")}, _values(one, "issuedBy")


def test_a_title_takes_no_row_of_the_list_under_it_as_its_next_line(listed_units):
    """"Notice on the Inspection Schedule" over "Lanping Lead Co., Ltd.      5 May 2026" was a
    notice labelled "Notice on the Inspection Schedule Lanping Lead Co., Ltd. 5 May 2026"
    (names/headline_documents._whole_title read a title ending "the X Y" as wrapping onto a
    line of two cells)."""
    notices = _new(listed_units, "Notice")
    assert notices == {"Notice on the Inspection Schedule"}, notices
    assert {"Lanping Lead Co., Ltd.", "Weixi Zinc Co., Ltd."} <= _new(listed_units, "Company")


def test_a_source_of_the_figures_is_no_issuer(snapshot_kg):
    """"Data Source: X Bureau" under a report's title made X its issuer (relations/header_issuers
    read "Source:" after any word); a page's "Release date: ...    Source: X Bureau" still
    names its issuer."""
    data = _draft(snapshot_kg, "Monthly Tin Market Report\nData Source: Honghe Prefecture "
                               "Industry Bureau\n\nTin prices rose in May as stocks fell.\n")
    page = _draft(snapshot_kg, "Notice on Lead Smelter Checks\nRelease date: 2026.12.14    "
                               "Source: Weixi County Industry Bureau\n\nAll smelters will be "
                               "checked in January.\n")
    assert not _values(data, "issuedBy"), _values(data, "issuedBy")
    assert _values(page, "issuedBy") == {("Notice on Lead Smelter Checks",
                                          "Weixi County Industry Bureau")}, _values(page, "issuedBy")


# --- 2. a dateline's place ------------------------------------------------------------------------
def test_a_genre_word_or_a_field_before_the_date_is_no_dateline_place(snapshot_kg):
    """"News, 8 May 2026", "Agreements, 7 May 2026", "Published Saturday, 28 November 2026 --"
    opening a text were cities "News", "Agreements", "Published Saturday" (names/places read
    any capitalised words before a comma and a date as a dateline's place; names/dateline_places
    now knows the words of a text's kind, a page's field and a day); a city's dateline on a
    later line still is one."""
    draft = _draft(snapshot_kg, "News, 8 May 2026\n\nKunming, 8 May 2026 -- Lanping Lead Co., Ltd. "
                                "cut its lead output again.\n")
    assert ("Kunming" in _labels(draft)) and "News" not in _labels(draft), _labels(draft)
    other = _draft(snapshot_kg, "Published Saturday, 28 November 2026 -- Metals Desk\n\nTin "
                                "prices fell for a second week.\n\nAgreements, 7 May 2026\n")
    assert not _new(other, "City"), _new(other, "City")
