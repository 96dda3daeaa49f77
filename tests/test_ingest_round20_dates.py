"""Round 20, dates: the year a sentence sets for its months ("Last year ... in October"; "in the
summer of 2021, when ... between July and September"), quarters and halves of a relative year
("the first half of next year"), ranges of days with weekdays ("Wed 9 Dec to Fri 11 Dec") and
the dates that key a list's entries (not a dateline's day of filing); the dates of an
agreement's terms ("Under the agreement, ... by October") and of what someone said after a bare
"said" are not the entity's."""
from __future__ import annotations

import time

from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

_DATES = (NFO.startDate, NFO.endDate, NFO.plannedDate, NFO.dateSigned, NFO.dateIssued)


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _dated(draft, word):
    """{(predicate name, value)} of the new entities whose label holds ``word``."""
    return {(str(p).rsplit("#", 1)[-1], str(o)) for e in draft.entities.values()
            if not e.known and word.lower() in e.label.lower()
            for p, o, *_ in e.statements if p in _DATES}


def _dated_entity(e):
    return {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, *_ in e.statements if p in _DATES}


def _all_values(draft):
    return {str(o) for e in draft.entities.values() for p, o, *_ in e.statements if p in _DATES}


def _read(text, doc_year="2026", doc_date="2026-06-09"):
    return [(text[d.start:d.end], d.value, d.until)
            for d in find_dates(text, doc_year, extended=True, doc_date=doc_date)]


SAFETY = """Tin producer reports safety record

KUNMING, June 9 (Xinhua) -- Yunnan Hongda Tin Co., Ltd. said on Tuesday that no worker had
been hurt at its mines for 500 days.

Last year the company spent 90 million yuan on safety, including a gas monitoring system
that was installed at all its mines in October.

The mine, which opened in 2019, was shut for repairs in May.
"""


def test_a_month_in_a_sentence_opened_by_last_year_is_last_years(kg, tmp_path):
    draft = _draft(kg, tmp_path, SAFETY, "r20-last-year")
    assert ("startDate", "2025-10") in _dated(draft, "gas monitoring")
    assert "2026-10" not in _all_values(draft)      # (no October still to come)


def test_a_year_in_an_aside_sets_no_year_for_the_month_after_it(kg, tmp_path):
    draft = _draft(kg, tmp_path, SAFETY, "r20-aside")
    assert ("startDate", "2026-05") in _dated(draft, "shut for repairs")
    assert "2019-05" not in _all_values(draft)


def test_the_reader_gives_the_sentences_year_to_its_months():
    got = _read("Reserve auctions were last run in the spring of 2019, when four lots were sold "
                "between March and May.")
    assert ("between March and May", "2019-03", "2019-05") in got
    got = _read("In 2024 the first furnace was lit on 3 June and the second in August.")
    assert ("3 June", "2024-06-03", None) in got and ("August", "2024-08", None) in got
    got = _read("Next year, the firm will open a line in March.")
    assert ("March", "2027-03", None) in got


def test_the_reader_keeps_the_documents_year_where_no_sentence_year_governs():
    # a year in another sentence, in an aside, or a printed year not opening the sentence
    assert ("May", "2026-05", None) in _read("In 2024, output rose. In May the plant closed.")
    assert ("May", "2026-05", None) in _read("The smelter, built in 2011, was idled in May.")
    assert ("August", "2026-08", None) in _read(
        "Output fell after a fire on 5 July 2025 and recovered in August.")
    # "this month" between resets the year: a later day is the document's
    got = _read("Last year sales fell, and this month they rose, on May 3.")
    assert ("May 3", "2026-05-03", None) in got


PLANS = """Zinc smelter plans new line

Hanzhong, 3 March 2026 -- Hanzhong Jinfeng Zinc Co., Ltd. said it will start building a
60,000-tonne zinc alloy line in the first half of next year.
"""


def test_a_half_of_next_year_is_in_next_year(kg, tmp_path):
    draft = _draft(kg, tmp_path, PLANS, "r20-half")
    values = _all_values(draft)
    assert "2027" in values and "2026" not in values


def test_the_reader_reads_quarters_of_relative_years():
    got = _read("in the third quarter of last year and in Q1 next year")
    assert ("the third quarter of last year", "2025-07", "2025-09") in got
    assert ("Q1 next year", "2027-01", "2027-03") in got
    # a quarter alone stays the document's year; "next year" after a comma is its own date
    got = _read("in the first half, and next year")
    assert ("the first half", "2026-01", "2026-06") in got and ("next year", "2027", None) in got


WEEK_AHEAD = """Tin week ahead

Published Saturday, 5 December 2026 -- Metals Desk

Tin prices rose this week on thin supply.

Next week
  * Tue 8 Dec -- The Tin Association holds a symposium on tin supply in Kunming
  * Wed 9 Dec to Fri 11 Dec -- 2026 China Tin Industry Conference in Gejiu, Yunnan

Analysts expect prices to stay firm.
"""


def test_a_list_entrys_range_of_days_with_weekdays_dates_its_event(kg, tmp_path):
    draft = _draft(kg, tmp_path, WEEK_AHEAD, "r20-week")
    assert _dated(draft, "Tin Industry Conference") == {("plannedDate", "2026-12-09"),
                                                        ("endDate", "2026-12-11")}
    assert _dated(draft, "symposium on tin") == {("plannedDate", "2026-12-08")}


def test_the_reader_reads_a_weekday_before_a_ranges_last_day():
    assert ("3 Dec to Sat 5 Dec", "2026-12-03", "2026-12-05") in _read("* Thu 3 Dec to Sat 5 Dec --")
    assert ("May 4 to Friday, May 8", "2026-05-04", "2026-05-08") in _read("from May 4 to Friday, May 8")
    # no day after the weekday: no range
    assert all(until is None for *_, until in _read("from 3 June to Monday the mine was shut"))


def test_a_month_ending_a_sentence_is_not_of_the_next_sentences_year():
    got = _read("The line was shut in June. Last year output fell.")
    assert ("June.", "2026-06", None) in got and ("Last year", "2025", None) in got
    assert ("Sept. last year", "2025-09", None) in _read("It was shut in Sept. last year.")


WORK_REPORT = """Work report of Xinyu City (excerpt)

Delivered by the mayor on 10 January 2026

Review of 2025

The copper foil plant of Jiangxi Tianhe Copper Co., Ltd. went into production in
November, and the city will open a recycling park in March.
"""


def test_a_section_under_a_past_years_heading_is_that_years(kg, tmp_path):
    draft = _draft(kg, tmp_path, WORK_REPORT, "r20-heading")
    assert ("startDate", "2025-11") in _dated(draft, "copper foil plant")
    # a clause about what is to come stays in the document's year
    values = _all_values(draft)
    assert "2026-03" in values and "2025-03" not in values


def test_the_reader_reads_section_years_only_under_headings():
    text = ("Report\n\nReview of 2025\n\nThe plant was shut in October.\n\nTasks ahead\n\n"
            "The plant restarted in May.")
    got = _read(text, doc_date="2026-06-09")
    assert ("October.", "2025-10", None) in got and ("May", "2026-05", None) in got
    # the title's year and a one-line paragraph's are no section's
    assert ("May", "2026-05", None) in _read("Tin output fell in 2019\n\nOutput rose in May.")
    assert ("May", "2026-05", None) in _read(
        "Tin\n\nOutput fell 4% in 2019.\n\nOutput rose in May.")


FLOOD_AID = """Copper maker sends relief to Xunwu

2026-08-04 10:00    Source: Ganzhou Daily

Jiangxi Ruida Copper Co., Ltd. handed over tents and rice to Xunwu County on the 2nd and
pledged 5 million yuan for repairs.

Under the agreement, which the firm and the county government both signed, the county must
rebuild two bridges before the harvest begins in October.
"""

SIGNED_AGREEMENT = """Copper maker signs aid deal

2026-08-04 10:00    Source: Ganzhou Daily

Jiangxi Ruida Copper Co., Ltd. and the Xunwu County People's Government signed a donation
agreement on 2 August to rebuild two bridges.
"""


def test_the_dates_of_an_agreements_terms_are_not_its_own(kg, tmp_path):
    draft = _draft(kg, tmp_path, FLOOD_AID, "r20-under")
    assert not _dated(draft, "agreement")       # (October is when the bridges are due)
    # an agreement's own day still dates it
    draft = _draft(kg, tmp_path, SIGNED_AGREEMENT, "r20-signed")
    assert ("dateSigned", "2026-08-02") in _dated(draft, "agreement")


SIGNED_UNDER = """Copper venture wound up

2026-08-06 10:00    Source: Ganzhou Daily

Jiangxi Ruida Copper Co., Ltd. and its German partner will close their foil joint venture,
the company said on Thursday.

Under the termination agreement, signed on Tuesday by both owners, the terms are:

1. Ruida takes over the two foil lines for 300 million yuan.
2. The German partner keeps the patents.
"""


def test_under_an_agreement_signed_on_a_day_is_still_that_days(kg, tmp_path):
    draft = _draft(kg, tmp_path, SIGNED_UNDER, "r20-under-signed")
    assert _dated(draft, "termination agreement") == {("dateSigned", "2026-08-04")}


CONTEST = """Welders from six provinces meet in Jinchang

On 14 September, the final of the 2026 Nickel Industry Welding Contest opened in Jinchang.

Li Ming, who heads Jinchuan Group and chaired the awards ceremony, said the centre had taught
more than 3,000 welders since it was set up in 2015.
"""


def test_a_year_in_what_was_said_does_not_date_the_event_named_before_the_saying(kg, tmp_path):
    draft = _draft(kg, tmp_path, CONTEST, "r20-said")
    assert all(v != "2015" for _, v in _dated(draft, "awards ceremony"))
    assert ("startDate", "2026-09-14") in _dated(draft, "Welding Contest")


FINAL_CLOSES = """Welders from six provinces compete in Jinchang as national nickel welding final closes

Source: Jinchang Daily    2026-09-17

On the 15th, the national final of the 2026 Nickel Industry Welding Contest ended at the
Jinchuan Group training centre in Jinchang, Gansu Province, after three days of events.

The contest was run by the China Nonferrous Metals Industry Association, with Jinchuan Group
as host.

Wang Fang, a vice president of the association, gave the closing ceremony's main speech on
the shortage of skilled welders.

Li Ming, who heads Jinchuan Group and chaired the ceremony, said the centre had taught more
than 3,000 welders since it was set up in 2015.
"""


def test_a_closing_ceremony_does_not_keep_the_lead_from_its_happening(kg, tmp_path):
    # the lead's clause ("the final ... ended ... after three days") dates the contest (or the
    # lead's final) from the 13th to the 15th; the closing ceremony, a part of it, is dated by
    # the day the contest closed (round 30: proposed as "Closing ceremony of <the contest>",
    # date:part-of-event), never before it, and takes no year from what was said about the centre
    draft = _draft(kg, tmp_path, FINAL_CLOSES, "r20-closing")
    ceremony = _dated(draft, "closing ceremony")
    whole = {(p, v) for e in draft.entities.values() if not e.known
             and "welding contest" in e.label.lower() and "ceremony" not in e.label.lower()
             for p, v in _dated_entity(e)}
    assert whole == {("startDate", "2026-09-13"), ("endDate", "2026-09-15")}
    assert ceremony <= {("startDate", "2026-09-15")}, ceremony
    assert "2015" not in _all_values(draft)


def test_sentence_years_stay_linear_on_long_repeats():
    text = "Last year the plant was shut in May, and in June. " * 5000    # (250 KB)
    t = time.perf_counter()
    got = find_dates(text, "2026", extended=True, doc_date="2026-06-09")
    assert time.perf_counter() - t < 30         # (a second or two on a quiet machine)
    assert got and all(d.value.startswith("2025") for d in got)
