"""Round 23, dates: days of a month of a year told relative to the text's ("from 20 to 22
April next year"); the text's own document named in its title block is issued on the
document's date; the meeting a set of minutes names in its title takes the day of the head's
"Time:" row; a conference named in a circular's title takes the range of days printed under it
(one day there is the publication's, not the event's); a year of a name followed by its day
("the general meeting of 2027 on 18 June 2027") gives the day; a form's "Submitted:" row
further down its head is the document's date. Each with a case that must not change."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import read_document_date
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

_DATED = (NFO.startDate, NFO.plannedDate, NFO.endDate, NFO.dateIssued)


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _values(draft, words, preds=_DATED):
    """The date values the draft gives the entities whose label holds ``words``."""
    return {str(st[1]) for e in draft.new() if words.lower() in e.label.lower()
            for st in e.statements if st[0] in preds}


MINUTES = """HUAXI COPPER FOIL CO., LTD.
MINUTES OF THE 4TH MEETING OF THE SECOND BOARD OF SUPERVISORS
Minutes No. HX-BS-2027-04
Time:       2027.03.12 (Friday), 14:00-16:30
Place:      Conference Room B, Head Office, Wuzhou
Chaired by: Lin Haoran, Chairman of the Board of Supervisors

The five supervisors were all present. They reviewed the internal audit plan
for the year and asked the finance department to report on it again in May.

The Company will hold its annual general meeting of 2027 on 18 June 2027
at the head office. The supervisors will also prepare an Inspection Report on
the casting workshop for the regional bureau.
"""


@pytest.fixture(scope="module")
def minutes(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, MINUTES, "r23-minutes")


def test_minutes_date_their_meeting_and_themselves(minutes):
    assert minutes.date is not None and str(minutes.date) == "2027-03-12"
    assert "2027-03-12" in _values(minutes, "4th meeting", (NFO.startDate, NFO.plannedDate))
    assert "2027-03-12" in _values(minutes, "minutes", (NFO.dateIssued,))


def test_a_year_in_a_meeting_s_name_gives_way_to_its_day(minutes):
    got = _values(minutes, "annual general meeting")
    assert "2027-06-18" in got and "2027" not in got


def test_a_report_named_in_the_body_is_not_the_document_itself(minutes):
    # (the body's "Inspection Report" is to be written: it was not issued on the minutes' day)
    assert "2027-03-12" not in _values(minutes, "inspection report", (NFO.dateIssued,))


CIRCULAR = """The 3rd Western China Forum on Zinc Hydrometallurgy
Nanning, Guangxi, 9-11 October 2027

FIRST NOTICE

The Western China Forum on Zinc Hydrometallurgy meets every second year and
brings together smelters, institutes and equipment makers. The organisers
invite papers on leaching, iron removal and the recovery of indium.

Nanning Nonferrous Society
20 January 2027
"""


@pytest.fixture(scope="module")
def circular(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, CIRCULAR, "r23-circular")


def test_a_circular_s_conference_takes_the_days_under_its_title(circular):
    got = {str(st[1]): st[0] for e in circular.new() if "zinc hydrometallurgy" in e.label.lower()
           for st in e.statements if st[0] in _DATED}
    assert got.get("2027-10-09") in (NFO.startDate, NFO.plannedDate)
    assert got.get("2027-10-11") == NFO.endDate
    # (the day the circular was signed is the notice's, not the forum's)
    assert "2027-01-20" not in got


NEWS = """Zinc Smelters Discuss Treatment Charges
Published: 4 May 2027

Delegates from a dozen smelters met in Kunming and discussed how treatment
charges for imported concentrate should be set for the second half of the year.
An Annual Report on the zinc market is to follow.
"""


@pytest.fixture(scope="module")
def news(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, NEWS, "r23-news")


def test_a_single_publication_day_dates_no_headline_event_by_the_title_block(news):
    for e in news.new():
        assert not any(st[3].startswith("date:title-block") for st in e.statements)
    assert "2027-05-04" not in _values(news, "annual report", (NFO.dateIssued,))


TRIP = """NANLING ALUMINIUM STRIP CO., LTD.                           FOR INTERNAL USE
VISIT REPORT                                               Form QR-SAL-03, Rev. 1
==============================================================================
Report No.:     SAL-VR-2027-012
Visitors:       Peng Lei, Sales Manager (leader)
                He Yuting, Account Manager, Can Stock
                Xu Bo, Process Engineer, Cold Rolling Mill
Department:     Sales and Marketing Department, Customer Service Section
Destination:    Foshan and Zhaoqing, Guangdong Province - two can makers and one
                distributor of coated strip for the building trade
Visit dates:    3-5 March 2027
Purpose:        Review complaints about earing; agree the second-quarter volumes;
                present the new coated grades and collect price information
Submitted:      9 March 2027
Approved by:    Tang Ming, Deputy General Manager
==============================================================================

1. Meetings

4 Mar    Foshan    the can maker asked for 200 t a month from April.
"""


def test_a_form_s_submitted_row_is_its_date():
    got, guessed = read_document_date(TRIP)
    assert got is not None and got.value == "2027-03-09" and not guessed


def test_a_row_of_another_day_in_a_form_s_head_is_not_its_date():
    # (a reply's deadline is no day the form was written)
    got, _ = read_document_date(TRIP.replace("Submitted:   ", "Reply due:   "))
    assert got is None or got.value != "2027-03-09"


def test_days_of_a_month_of_next_year_are_read_as_days():
    from kg.ingest.reading.dates import find_dates
    got = [(d.value, d.until) for d in find_dates(
        "The fair will run from 14 to 16 May next year; the talks took place on 3 June last "
        "year.", "2026", extended=True)]
    assert ("2027-05-14", "2027-05-16") in got
    assert ("2025-06-03", None) in got


def test_a_month_of_next_year_without_a_day_stays_a_month():
    from kg.ingest.reading.dates import find_dates
    got = [(d.value, d.until) for d in find_dates(
        "Output rose 12 per cent in May next year's plan; sales fell 30 to 2 May next year.",
        "2026", extended=True)]
    assert ("2027-05", None) in got
    assert not any(v.startswith("2027-05-") for v, _ in got)


CODED = """Ref. codes: XY-2027-03, ZN-88
Category:  Safety Regulations

        Summary of the Investigation Report on the Fire
        at the Casting Shop of Xinyuan Zinc Co., Ltd.
        Issued: 15 March 2027

The company recorded no fatal accident in the year and trained all new
workers before they went underground. A Safety Manual was revised in
June 2026 and sent to every team.
"""


@pytest.fixture(scope="module")
def coded(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, CODED, "r23-coded")


def test_keyed_rows_above_the_title_leave_the_title_block_open(coded):
    assert "2027-03-15" in _values(coded, "investigation report", (NFO.dateIssued,))
    # (nor a keyed row's value above the title; nor the body's manual)
    assert "2027-03-15" not in _values(coded, "safety regulations", (NFO.dateIssued,))
    assert "2027-03-15" not in _values(coded, "safety manual", (NFO.dateIssued,))


def test_days_within_a_range_printed_with_its_year_take_that_year():
    text = ("The fair will be held on 8-10 June 2027 in Kunming.\n\nExhibitors arrive on 8 June "
            "and the awards are given on 9 June. Last season's fair closed on 20 June.")
    from kg.ingest.events.weekday_dates import text_days
    # (as the event rules read them: no later guess moves them back to the document's year)
    got = [(d.value, d.until) for d in text_days(text, "2026", "2026-11-30")]
    assert ("2027-06-08", None) in got and ("2027-06-09", None) in got
    # (a day outside the range keeps the document's year)
    assert ("2026-06-20", None) in got


# -- weekdays in a thread of e-mails; a full month name's full stop ------------------------------

THREAD = """From:    Liang Wei
Date:    Tue, 8 Dec 2026 08:30 +0800
Subject: RE: cathode lot 12

Noted, thanks. The cathodes were weighed again on Monday.

> From:    Ana Ruiz
> Sent:    Fri, 27 Nov 2026 16:05 +0800
> Subject: cathode lot 12
>
> The lot left the smelter on Wednesday and is due at the port on 2 December. 3,200 t in
> all.
"""


def test_a_quoted_message_s_weekday_is_read_against_the_day_it_was_sent():
    from kg.ingest.events.weekday_dates import text_days
    got = {THREAD[d.start:d.end]: d.value for d in text_days(THREAD, "2026", "2026-12-08")}
    assert got.get("Wednesday") == "2026-11-25"     # (the Wednesday before 27 November)
    assert got.get("Monday") == "2026-12-07"        # (the top message's: before 8 December)
    # (the later day of another clause, 2 December, is a Wednesday too: not this one)


def test_a_full_month_name_s_full_stop_ends_its_date():
    from kg.ingest.reading.dates import find_dates
    got = [THREAD[d.start:d.end] for d in find_dates(THREAD, "2026", extended=True)]
    assert "2 December" in got and not any(g.startswith("December. 3") for g in got)
