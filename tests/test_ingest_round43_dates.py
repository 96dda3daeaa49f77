"""Round 43, dates: a date in Chinese numerals under a seal, the day a speech was delivered, a
head's "Posted <weekday> <day>" line, an event the title prints inside a longer name, and the
days of an event named for next year; on short texts written for this file (invented bodies,
companies and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401
from kg.ingest.reading.dates import find_dates, read_document_date
from kg.ingest.reading.numeral_dates import numerals_as_digits


def _draft(kg, text: str, doc_id: str = "round43-dates"):
    return draft_of(kg, text, doc_id, "round43.txt", today=dt.date(2026, 12, 5))


def _issued(draft, start: str) -> set:
    return {str(o) for e in draft.new() if e.label.startswith(start)
            for p, o, _, _ in e.statements if str(p).endswith("#dateIssued")}


# --- 1. a date in Chinese numerals under a seal ----------------------------------------------
_SEALED = ("Dongling Prefecture Ecology Bureau\n\n            Decision on Approving the Tailings "
           "Reuse Plan of Qingshi Zinc Co., Ltd.\n\nQingshi Zinc Co., Ltd.:\n\n"
           "Your application for the reuse of the old tailings of the Baima pit, filed with "
           "this bureau on 2 October 2026, was examined by our experts and found complete. "
           "The plan is approved on the conditions below.\n\n"
           "1. The reuse works shall keep the seepage of the pond under watch every week.\n"
           "2. A yearly report shall be sent to this bureau before the end of March.\n\n"
           "If you disagree with this decision, you may apply for reconsideration within "
           "sixty days of receiving it.\n\n"
           "                                   Dongling Prefecture Ecology Bureau\n"
           "                                          (seal)\n"
           "                                   二〇二六年十一月二十日\n")


def test_chinese_numerals_are_read_as_the_signature_s_day():
    """"二〇二六年十一月二十日" under the seal is 20 November 2026: the text's own day, its
    evidence the whole printed date (the 2 October of the body is the application's)."""
    got, guessed = read_document_date(_SEALED)
    assert got is not None and got.value == "2026-11-20" and not guessed
    assert _SEALED[got.start:got.end] == "二〇二六年十一月二十日"


def test_the_sealed_decision_is_issued_on_that_day(snapshot_kg):
    draft = _draft(snapshot_kg, _SEALED)
    assert _issued(draft, "Decision on Approving") == {"2026-11-20"}


def test_numerals_keep_every_offset():
    """The rewritten text is as long as the printed one, each day where it was printed; a day
    with no room for its digits ("十月十日": "10.10" is longer) is left unread, not misread."""
    text = "Signed 二〇二七年一月五日 and 二〇二六年十二月三十一日; 二〇二六年十月十日."
    read, ends = numerals_as_digits(text)
    assert len(read) == len(text)
    assert read.startswith("Signed 2027.1.5 ")
    assert "2026.12.31" in read and "二〇二六年十月十日" in read
    values = [d.value for d in find_dates(text)]
    assert values == ["2027-01-05", "2026-12-31"], values
    assert not any(v.startswith("2026-10") or v.startswith("2026-01") for v in values)


def test_a_month_in_chinese_numerals_is_a_month():
    text = "The works began in 二〇二五年三月 and are still going on."
    assert [d.value for d in find_dates(text, "2026", extended=True)] == ["2025-03"]


def test_chinese_words_without_a_year_are_no_date():
    """"十二月" alone, or digits of a number ("一二三四年" has no year's digits), read nothing."""
    assert numerals_as_digits("十二月 was cold; 三十一 tonnes.")[0] == "十二月 was cold; 三十一 tonnes."


# --- 2. the day a speech or a report was delivered -----------------------------------------------
_DELIVERED = ("Report on the Supervision of Mine Water Use in Heshan County\n\n"
              "-- Delivered by Deputy Director Lu Peiran at the 12th meeting of the Standing "
              "Committee of the Heshan County People's Congress\n   on 6 January 2027\n\n"
              "Chairman, deputy chairpersons, members:\n\n"
              "Entrusted by the Standing Committee, I now report on the supervision carried out "
              "since September. The group visited four zinc and lead mines on 14 and 15 October "
              "and held a hearing on 3 November.\n")


def test_the_day_a_report_was_delivered_is_the_text_s():
    got, guessed = read_document_date(_DELIVERED)
    assert got is not None and got.value == "2027-01-06" and not guessed


def test_a_delivered_line_inside_running_prose_is_not_the_head_s():
    """A sentence of the body that tells of a speech delivered on a day is no line under the
    title: the head's rule leaves it (the text's day is read as before, from its first date)."""
    text = ("Heshan zinc miners back new water rules\n\nThe county's miners said on Tuesday that "
            "they support the rules. A speech delivered by the mayor at the mine on 9 March 2026 "
            "first set them out, and the county adopted them on 2 April 2026.\n")
    got, guessed = read_document_date(text)
    assert got is None or guessed


# --- 3. "Posted <weekday> <day>" under a headline ----------------------------------------------
def test_a_posted_line_with_its_weekday_is_the_text_s_day():
    text = ("# Qingshi Zinc hands over its new assay lab to the county\n\n"
            "**Qingshi Zinc Co., Ltd.**\n*Posted Tuesday 8 December 2026 | Category: Community*\n\n"
            "The lab, built in nine months, was opened to the county's schools on 30 November "
            "2026, the company said.\n")
    got, guessed = read_document_date(text)
    assert got is not None and got.value == "2026-12-08" and not guessed


# --- 4. an event the title prints inside a longer name -----------------------------------------
_NOTICE = ("                        NOTICE (No. 2)\n"
           "   ON HOLDING THE 2027 QILIAN LIGHT ALLOYS AND\n"
           "        CASTING EQUIPMENT FAIR (QLA 2027)\n\n"
           "To all member companies:\n\n"
           "The 2027 Qilian Light Alloys and Casting Equipment Fair will be held in Zhangye "
           "next spring. The fair is hosted by the Hexi Light Metals Association and organised "
           "by Zhangye Yuda Exhibition Co., Ltd. The particulars are as follows.\n\n"
           "  Dates      : 11-13 May 2027 (Tuesday to Thursday); stands are built on 9-10 May\n"
           "  Venue      : Zhangye Expo Centre, Hall 2\n"
           "  Scale      : about 300 exhibitors\n\n"
           "Hexi Light Metals Association\n"
           "4 December 2026\n")


def test_an_event_the_title_prints_takes_the_days_of_the_dates_row(snapshot_kg):
    draft = _draft(snapshot_kg, _NOTICE)
    fairs = {k: v for k, v in label_dates(draft, "").items() if "Fair" in k and "Notice" not in k
             and "NOTICE" not in k}
    assert fairs, label_dates(draft, "")
    for dates in fairs.values():
        assert dates.get("startDate", dates.get("plannedDate")) == "2027-05-11", fairs
        assert dates.get("endDate") == "2027-05-13", fairs


def test_an_event_the_title_does_not_name_takes_no_row_s_days(snapshot_kg):
    """The row's days are the titled fair's; a forum the body names in passing, with its own
    year only, is not dated by them."""
    text = _NOTICE.replace("The particulars are as follows.",
                           "The 2027 Hexi Magnesium Forum will also be held in Wuwei. The "
                           "particulars of the fair are as follows.")
    draft = _draft(snapshot_kg, text)
    forums = {k: v for k, v in label_dates(draft, "").items() if "Forum" in k}
    assert not any("2027-05-11" in v.values() for v in forums.values()), forums


# --- 5. the days of an event named for the year after the text's --------------------------------
def test_yearless_days_of_next_year_s_event_are_read_in_its_year(snapshot_kg):
    """"the 2027 Western Tin Conference in Gejiu from 14 to 16 September", in a text of
    January 2026: 14-16 September 2027, not the bare year (and not September 2026)."""
    text = ("Tin society elects new council\n\nGEJIU, 16 January 2026 -- The Yunnan Tin "
            "Society elected its ninth council at a meeting in Gejiu on Friday. Its plans for "
            "the term include:\n\n  * the 2027 Western Tin Conference in Gejiu from 14 to 16\n"
            "    September, jointly with the Gejiu Municipal People's Government;\n"
            "  * a training course for young smelter engineers.\n")
    draft = _draft(snapshot_kg, text)
    got = {k: v for k, v in label_dates(draft, "").items() if "Western Tin Conference" in k}
    assert got, label_dates(draft, "")
    for dates in got.values():
        assert dates.get("startDate", dates.get("plannedDate")) == "2027-09-14", got
        assert dates.get("endDate") == "2027-09-16", got


def test_next_year_s_event_held_at_the_end_of_this_year_keeps_this_year_s_day(snapshot_kg):
    """"held its 2027 Strategic Supplier Conference on 11 December", in a text of 14 December
    2026: the conference for next year, held this month (not 11 December 2027)."""
    text = ("Hexi Power Equipment meets its suppliers\n\nZHANGYE, 14 December 2026 -- Hexi "
            "Power Equipment Group held its 2027 Strategic Supplier Conference on 11 December "
            "at its Zhangye plant, the company said. About 200 suppliers attended.\n")
    draft = _draft(snapshot_kg, text)
    got = {k: v for k, v in label_dates(draft, "").items() if "Supplier Conference" in k}
    assert got, label_dates(draft, "")
    assert not any(v.startswith("2027-12") for d in got.values() for v in d.values()), got


# --- 6. the days the text gives for an event it refers back to --------------------------------
_REFERRED = ("Dalin Alloys to host light metals meeting\n\nDALIN, 3 December 2026 -- Dalin "
             "Alloys Co., Ltd. will host the 2027 Dalin Light Metals Conference in Lanzhou next "
             "spring. The conference will take place from 14 to 16 April and expects 500 "
             "delegates.\n")


def test_a_referred_event_named_for_next_year_takes_the_days_in_that_year(snapshot_kg):
    """"The conference will take place from 14 to 16 April", after "the 2027 ... Conference",
    in a text of December 2026: 14-16 April 2027 (not the bare year, not April 2026)."""
    draft = _draft(snapshot_kg, _REFERRED)
    got = {k: v for k, v in label_dates(draft, "").items() if "Light Metals Conference" in k}
    assert got, label_dates(draft, "")
    for dates in got.values():
        assert dates.get("startDate", dates.get("plannedDate")) == "2027-04-14", got
        assert dates.get("endDate") == "2027-04-16", got


def test_a_referred_event_s_days_of_another_year_do_not_replace_its_own(snapshot_kg):
    """"The conference runs from 14 to 16 April 2029": a year printed that is not the one its
    name holds; its own year stays (no day of 2029 for the 2027 conference)."""
    text = _REFERRED.replace("will take place from 14 to 16 April",
                             "runs from 14 to 16 April 2029")
    draft = _draft(snapshot_kg, text)
    got = {k: v for k, v in label_dates(draft, "").items() if "Light Metals Conference" in k}
    assert not any(v.startswith("2029") for d in got.values() for v in d.values()), got


def test_a_posted_day_in_an_aside_under_the_title_is_the_text_s():
    """"(Batch 3 of 2026 - posted Friday 4 Dec 2026 - Quality Section)" under a list's title:
    the day the list was posted, though the aside is still open before the day."""
    text = ("Vendor Filing Records\n(Batch 3 of 2026 - posted Friday 4 Dec 2026 - Quality "
            "Section)\n\nThe list below gives the filings received by the bureau in November.\n")
    got, guessed = read_document_date(text)
    assert got is not None and got.value == "2026-12-04" and not guessed


def test_an_as_of_aside_is_not_read_as_a_posted_day():
    """"(as of Monday, 14 December 2026; subject to change)": a programme's state on a day, no
    publishing verb; the aside rule leaves it (read, if at all, only as the first date)."""
    text = ("Northgate Forum\n(as of Monday, 14 December 2026; subject to change)\n\nThe forum "
            "opens on 19 January 2027 in Northgate, where delegates meet.\n")
    got, guessed = read_document_date(text)
    assert got is None or guessed
