"""Round 27, dated things: a day printed as a line of its own over a timeline's entries ("TUE 5
JAN" over "- X signed an agreement") dates what the entries tell; a text signed and dated above
an annex is dated by that signature; a genre word alone under a letterhead in capitals
("MINISTRY OF X" / "ANNOUNCEMENT") or a heading of a genre ("EXPLANATION ON ...", "CITY
BRIEFS") is the text's own document, issued on the text's date, also when that date is set
apart at the end of a header line ("No. 4, 2027     12 March 2027"); a table's column of days
("Impl.", "Date signed") dates the thing of each row."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu  # noqa: F401
from kg.ingest.reading.dates import read_document_date
from kg.ingest.terms import NFO


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _values(ent, pred):
    return [str(o) for p, o, _, _ in ent.statements if _local(p) == _local(pred)]


def _entity(draft, start):
    got = [e for e in draft.entities.values() if not e.known and e.label.startswith(start)]
    assert got, f"no new entity named {start!r}: {sorted(e.label for e in draft.new())}"
    return got[0]


def _named(draft, start):
    return [e for e in draft.entities.values() if not e.known and e.label.startswith(start)]


# -- a day's heading over a timeline's entries --------------------------------------------

TIMELINE = """ALLOY WEEK  |  8-14 March 2027
Qinling Metals Review   Sunday, 14 March 2027

MON 8 MAR
  - Dongling Copper Foil Co., Ltd. signed a three-year supply agreement with a battery
    maker in Yibin. Deliveries begin in May.

WED 10 MAR
  - The Yulin Magnesium Alliance held its fourth council meeting in Xi'an. Members chose
    a new chair.

FRI 12 MAR
  - Prices of magnesium ingot in Fugu were flat at 16,900 yuan a tonne.
"""


@pytest.fixture(scope="module")
def timeline(kg):
    return draft_of(kg, TIMELINE, "r27-timeline")


def test_a_day_printed_alone_over_an_entry_dates_what_the_entry_tells(timeline):
    deal = _entity(timeline, "Three-year supply agreement")
    assert _values(deal, NFO.dateSigned) == ["2027-03-08"]
    meeting = _entity(timeline, "Fourth council meeting")
    assert _values(meeting, NFO.startDate) == ["2027-03-10"]


def test_a_day_inside_a_sentence_is_no_heading_of_the_lines_under_it(kg):
    text = ("Weekly notes of the Fugu smelters\n\n"
            "Prices rose again on 8 March 2027 as buyers came back\n"
            "  - The Yulin Magnesium Alliance held its fourth council meeting in Xi'an.\n")
    draft = draft_of(kg, text, "r27-timeline-neg")
    for meeting in _named(draft, "Fourth council meeting"):
        assert "2027-03-08" not in _values(meeting, NFO.startDate)


# -- an announcement under a letterhead, signed above its annex ----------------------------

ANNOUNCEMENT = """STATE BUREAU OF NONFERROUS STANDARDS OF THE REPUBLIC OF XANADU

                              ANNOUNCEMENT
                              2027 No. 9

    The bureau has approved four industry standards of the copper sector (see the annex
for their numbers, titles and days of implementation). The texts will be printed by the
bureau's press. Enterprises should prepare for them in good time.

Annex: Numbers, titles and days of implementation of 4 industry standards

                                                        State Bureau
                                                     16 March 2027

-----------------------------------------------------------------------------
Annex
-----------------------------------------------------------------------------
No. Standard No.      Title                            Replaces          Impl.
--- ----------------- -------------------------------- ----------------- -----------
1   YS/T 2101-2027    Copper cathode for cables        YS/T 501-2012     2027-10-01
2   YS/T 2102-2027    Brass strip for connectors       -                 2027-10-01
3   YS/T 2103-2027    Copper foil for batteries        -                 2028-01-01
-----------------------------------------------------------------------------
"""


@pytest.fixture(scope="module")
def announcement(kg):
    return draft_of(kg, ANNOUNCEMENT, "r27-announcement")


def test_a_signature_above_an_annex_dates_the_text(announcement):
    assert str(announcement.date) == "2027-03-16"


def test_a_genre_word_under_a_letterhead_in_capitals_is_the_text_s_document(announcement):
    doc = _entity(announcement, "Announcement")
    assert str(doc.cls).endswith("#Notice")
    assert _values(doc, NFO.dateIssued) == ["2027-03-16"]


def test_a_column_of_days_in_force_dates_each_row_s_standard(announcement):
    assert _values(_entity(announcement, "YS/T 2101-2027"), NFO.dateInForce) == ["2027-10-01"]
    assert _values(_entity(announcement, "YS/T 2103-2027"), NFO.dateInForce) == ["2028-01-01"]
    # the older standard the row replaces is not the row's thing
    for old in _named(announcement, "YS/T 501-2012"):
        assert not _values(old, NFO.dateInForce)


def test_an_annex_word_inside_the_body_is_no_annex_heading():
    text = ANNOUNCEMENT.split("\n-----")[0].replace(
        "                                                        State Bureau\n"
        "                                                     16 March 2027\n", "")
    text += "\nThe annex lists them.\n"
    d, guessed = read_document_date(text)
    assert d is None or guessed


def test_a_genre_word_under_a_body_of_prose_is_no_title(kg):
    text = ("The bureau met on Monday to review the copper standards of the year.\n\n"
            "ANNOUNCEMENT\n\nThe new standards will be printed soon.\n")
    draft = draft_of(kg, text, "r27-announcement-neg")
    assert not _named(draft, "Announcement")


# -- a heading of a genre, and a header date set apart in its own cell ---------------------

NEWSLETTER = """            QINLING ALLOY PROCESSORS ASSOCIATION
                           NEWSLETTER
         No. 4, 2027 (Total No. 88)     12 March 2027
           For member units only

The association's council met in Baoji on 5 March and agreed on the year's work.
"""


@pytest.fixture(scope="module")
def newsletter(kg):
    return draft_of(kg, NEWSLETTER, "r27-newsletter")


def test_a_date_set_apart_at_a_header_line_s_end_is_the_text_s_date(newsletter):
    assert str(newsletter.date) == "2027-03-12"
    assert read_document_date(NEWSLETTER)[1] is False


def test_a_newsletter_under_a_letterhead_is_the_text_s_document(newsletter):
    doc = _entity(newsletter, "Newsletter")
    assert str(doc.cls).endswith("#Report")
    assert _values(doc, NFO.dateIssued) == ["2027-03-12"]


def test_a_heading_of_explanation_is_the_text_s_document(kg):
    text = ("Nonferrous Metals Group Standard\n\n"
            "        Bismuth Ingot for Electronics (Draft for Comments)\n"
            "                  EXPLANATION ON DRAFTING\n\n"
            "Drafting group of T/CNIA xxxx-20xx                      9 April 2027\n\n"
            "1  Source of the task\n"
            "   The association listed the standard in its plan for the year, and a group of\n"
            "   five units began the drafting work in the spring.\n")
    draft = draft_of(kg, text, "r27-explanation")
    doc = _entity(draft, "Explanation on Drafting")
    assert _values(doc, NFO.dateIssued) == ["2027-04-09"]


def test_a_wide_gap_before_a_date_in_running_prose_is_no_header(kg):
    text = ("The smelter restarted its second line after a long halt and the workers said\n"
            "output was steady by the end of the week     3 May 2027\n")
    d, guessed = read_document_date(text)
    assert d is None or guessed


# -- a table's column of days --------------------------------------------------------------

LISTED = """Group standards of the Qinling Zinc Association released this year

No.  Standard No.          Title                                Date of issue
1    T/QZA 011-2027        Zinc ingot for hot-dip galvanising   2027-04-21
2    T/QZA 012-2027        Zinc oxide for rubber                2027-05-06
"""


def test_a_column_of_issue_days_dates_each_row_s_standard(kg):
    draft = draft_of(kg, LISTED, "r27-listed")
    assert _values(_entity(draft, "T/QZA 011-2027"), NFO.dateIssued) == ["2027-04-21"]
    assert _values(_entity(draft, "T/QZA 012-2027"), NFO.dateIssued) == ["2027-05-06"]


def test_a_column_of_figures_dates_nothing(kg):
    text = LISTED.replace("Date of issue", "Pages issued").replace(
        "2027-04-21", "48").replace("2027-05-06", "36")
    draft = draft_of(kg, text, "r27-listed-neg")
    for name in ("T/QZA 011-2027", "T/QZA 012-2027"):
        for ent in _named(draft, name):
            assert not _values(ent, NFO.dateIssued)


def test_day_headings_and_date_columns_read_in_linear_time(kg):
    entry = ("TUE {d} MAR\n  - The Yulin Magnesium Alliance held a council meeting in Xi'an.\n\n")
    body = "".join(entry.format(d=1 + i % 28) for i in range(480))
    linear_cpu(lambda t: draft_of(kg, t, "r27-linear"), "Timeline\n\n" + body,
               "day headings")


# -- a step set ahead to a weekday; "this Sunday" ----------------------------------------------

AHEAD = """NOTES FOR THE DIRECTOR
Hanzhong Zinc Office     Tuesday, 8 December 2026

The county water bureau and the smelter will inspect the tailings dam together on Friday.
The provincial statistics bureau will publish the November zinc output data next Monday.
The smelter's winter lantern show opens this Sunday at the staff park and is free.
The county water bureau inspected the old dam on Friday and found no leaks.
"""


@pytest.fixture(scope="module")
def ahead(kg):
    return draft_of(kg, AHEAD, "r27-ahead")


def test_a_step_set_ahead_to_a_weekday_is_planned_for_the_next_such_day(ahead):
    steps = {e.label: _values(e, NFO.plannedDate) for e in ahead.new()
             if str(e.cls).endswith("#Milestone")}
    inspect = [v for k, v in steps.items() if k.startswith("The county water bureau and the")]
    assert inspect == [["2026-12-11"]], steps
    publish = [v for k, v in steps.items() if k.startswith("The provincial statistics bureau")]
    assert publish == [["2026-12-14"]], steps


def test_a_weekday_of_a_past_clause_is_no_step_ahead(ahead):
    # "inspected the old dam on Friday": the Friday before, and no plan
    assert not any(e.label.startswith("The county water bureau inspected")
                   and _values(e, NFO.plannedDate) for e in ahead.new())


def test_this_sunday_is_the_sunday_of_the_text_s_week():
    from kg.ingest.events.weekday_dates import text_days
    days = {AHEAD[d.start:d.end]: d.value for d in text_days(AHEAD, "2026", "2026-12-08")}
    assert days["Sunday"] == "2026-12-13"
    assert days["Monday"] == "2026-12-14"


# -- a roundup's later item is not the lead's story --------------------------------------------

BRIEFS = """QINLING EVENING NEWS     Friday, 18 December 2026     Page 4

TOWN BRIEFS

Kiln back in service
   The lime kiln of the Lueyang Zinc Smelter was back at work on Tuesday after a month of
   repairs. Its daily output rose to 300 tonnes, plant director Wang Hai said.
                                          (Reporter Li Na)

Association head visits Lueyang
   Zhao Ming, president of the Qinling Zinc Association, visited the county last week.
   He toured the smelter and held talks with County Head Sun Li.
                                          (Reporter Ma Jun)
"""


def test_an_event_of_a_roundup_s_later_item_takes_no_day_of_the_first(kg):
    draft = draft_of(kg, BRIEFS, "r27-briefs")
    talks = _named(draft, "Talks with County Head")
    assert talks and all("2026-12-15" not in _values(t, NFO.startDate) for t in talks)


def test_an_event_of_the_lead_s_own_story_takes_its_day(kg):
    # the same text with no head line over its second paragraph: the lead's day
    text = BRIEFS.replace("\nAssociation head visits Lueyang\n", "\n")
    draft = draft_of(kg, text, "r27-lead")
    got = [_values(e, NFO.startDate) for e in _named(draft, "Talks with County Head")]
    assert got == [["2026-12-15"]], got


# -- a government work report titled by its headline -----------------------------------------

def test_a_government_work_report_headline_is_the_text_s_document(kg):
    text = ("Government Work Report of the Lueyang County People's Government\n"
            "(excerpt)\n\n"
            "Published 20 January 2027\n\n"
            "In the past year the county's zinc smelters raised their output, and the new\n"
            "acid plant was completed on time. This year we will build a slag recycling line.\n")
    draft = draft_of(kg, text, "r27-work-report")
    doc = _entity(draft, "Government Work Report of the Lueyang")
    assert str(doc.cls).endswith("#Report")


def test_a_news_headline_about_a_report_is_no_document(kg):
    text = ("County Government Praises Work Report of the Smelters\n\n"
            "The county government on Monday praised the smelters for their yearly report,\n"
            "which showed higher output of zinc and lead than in any earlier year.\n")
    draft = draft_of(kg, text, "r27-work-report-neg")
    assert "County Government Praises Work Report of the Smelters" not in {
        e.label for e in draft.new()}


# -- a meeting its subject names, planned; an irregular verb of restarting -------------------

PLANNED = """NOTES OF THE DRAFTING GROUP
Bismuth Standard Drafting Group     20 November 2026

The drafting group sent the draft to forty units for comments this month.
The review meeting is planned for the second quarter of 2027.
Members of the drafting group will visit two smelters in the first quarter of 2027.
The old roasting kiln of the Lueyang Zinc Smelter was relit on 16 November after repairs.
"""


@pytest.fixture(scope="module")
def planned(kg):
    return draft_of(kg, PLANNED, "r27-planned")


def test_a_meeting_its_subject_names_is_planned_for_the_date(planned):
    meeting = _entity(planned, "Review meeting")
    assert str(meeting.cls).endswith("#Meeting")
    assert _values(meeting, NFO.plannedDate) == ["2027"]


def test_a_subject_of_people_of_a_group_names_no_event_of_its_own(planned):
    assert not any(str(e.cls).endswith("#Meeting") and e.label.startswith("Members")
                   for e in planned.new())


def test_a_furnace_relit_on_a_day_is_a_happening_of_that_day(planned):
    got = [e for e in planned.new() if "was relit" in e.label]
    assert got and _values(got[0], NFO.startDate) == ["2026-11-16"]
