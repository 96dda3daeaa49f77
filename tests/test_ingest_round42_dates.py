"""Round 42, dates: the year a text's yearless days are read in, on short texts written for this
file (invented companies and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401
from kg.ingest.events.years import document_year
from kg.ingest.reading.dates import find_dates, roll_forward


def _draft(kg, text: str, doc_id: str = "round42-dates"):
    return draft_of(kg, text, doc_id, "round42.txt", today=dt.date(2026, 12, 5))


def _rolled(text: str, doc_date: str) -> dict:
    return {text[d.start:d.end].rstrip("."): roll_forward(text, d, doc_date).value
            for d in find_dates(text, doc_date[:4], extended=True, doc_date=doc_date)}


# --- 1. a table's column of validity sets no year for the text --------------------------------
_LIST = ("HEXI PUMP WORKS\nApproved Vendor Register, Edition 2026-2\nEffective: 2026-12-01\n\n"
         "No. Vendor                          Item                 Valid until\n"
         "--- ------------------------------- -------------------- -----------\n"
         "1   Qilian Valve Castings Co., Ltd.  Bronze impellers     2030-11-30\n"
         "2   Dunhuang Seal Works Co., Ltd.    Copper seals         2029-05-31\n\n"
         "Changes\nQilian Valve Castings Co., Ltd. passed the audit of our quality team on "
         "3-4 November. Dunhuang Seal Works Co., Ltd. stopped making brass rings in August.\n")


def test_a_column_of_validity_gives_no_year_to_the_text():
    """The vendors' "Valid until" days run years ahead of the list: the year its yearless days
    are read in is the one its body states (the edition's), not 2030."""
    assert document_year(_LIST, None) == "2026"


def test_a_yearless_audit_in_a_vendor_list_is_not_dated_in_the_validity_s_year(snapshot_kg):
    draft = _draft(snapshot_kg, _LIST)
    got = {v for d in label_dates(draft, "").values() for v in d.values()}
    assert not any(v.startswith(("2029-11", "2030-11", "2029-08", "2030-08")) for v in got), got


# --- 2. a clause in the imperative is about what comes --------------------------------------
def test_an_instruction_s_month_before_the_text_s_date_is_next_year_s():
    """"(2) Give the kiln crew a refresher course in February", in a text of 10 December 2026:
    the coming February; "- Register online by 9 January": the coming January."""
    text = ("Measures\n(1) Replace the worn kiln lining.\n(2) Give the kiln crew a refresher "
            "course in February.\n\nSign-up\n- Register online by 9 January; places are "
            "limited.\n")
    got = _rolled(text, "2026-12-10")
    assert got["February"] == "2027-02", got
    assert got["9 January"] == "2027-01-09", got


def test_a_noun_or_a_past_clause_stays_in_the_text_s_year():
    """"Visit to the smelter on 3 November" (a noun, not an instruction) and "The crew finished
    a course in February" (a past fact) are this year's."""
    text = ("Record\nVisit to the smelter on 3 November.\nThe crew finished a course in "
            "February.\n")
    got = _rolled(text, "2026-12-10")
    assert got["3 November"] == "2026-11-03", got
    assert got["February"] == "2026-02", got


# --- 3. a text dated only by its story's first day -------------------------------------------
def test_a_past_day_after_the_story_s_first_day_keeps_its_year():
    """No date line: the text's date is the first day it names (3 March 2027), only a bound; a
    later day it tells of in the past ("An explosion occurred ... on 20 March") is that year's, not 2026's."""
    text = ("Mine reopens\n\nDolan Tin Co., Ltd. reopened its Kesa pit on 3 March 2027. "
            "An explosion occurred at the pit on 20 March.\n")
    assert _rolled(text, "2027-03-03")["20 March"] == "2027-03-20"


def test_a_past_day_after_a_printed_date_line_is_last_year_s():
    """Under a date line the text's date is its own: a past clause's day weeks after it is the
    year before's (as before this round)."""
    text = ("Mine report\nLusaka, 3 March 2027\n\nAn explosion occurred at the Kesa pit of "
            "Dolan Tin Co., Ltd. on 20 March.\n")
    assert _rolled(text, "2027-03-03")["20 March"] == "2026-03-20"


# --- 4. the head of a form: a time row keyed by a gap, the text's own number ----------------
def test_a_fair_s_days_on_a_row_keyed_by_a_wide_gap_date_it(snapshot_kg):
    """"Dates     Sat 16 Jan - Mon 18 Jan 2027 (...)" under the fair's name: a form's row whose
    key is set off by spaces, not a colon, gives the fair its days (not the bare year of its
    name)."""
    text = ("2027 Hexi (Zhangye) Copperware Fair\nVISITOR NOTES                      issued 14 Dec. "
            "2026 (Mon)\n==========================================\n\nDates     Sat 16 Jan - Mon 18 "
            "Jan 2027 (trade days 16-17 Jan; open to all on the last day)\nVenue     Zhangye "
            "Exhibition Hall, Halls 1-2\n\nAbout two hundred makers of copper kettles and "
            "bells will show their wares.\n")
    got = label_dates(_draft(snapshot_kg, text), "2027 Hexi")
    assert got == {"2027 Hexi (Zhangye) Copperware Fair": {"plannedDate": "2027-01-16",
                                                           "endDate": "2027-01-18"}}, got


def test_the_notice_numbered_on_the_head_s_first_row_is_the_text_itself(snapshot_kg):
    """"Notice No.:  QZ-PUR-2026-041" on the first keyed row under the letterhead, over "Date:
    Tuesday, 8 December 2026": the notice is the text, issued that day."""
    text = ("QILIAN PUMP AND VALVE CO., LTD.\nPurchasing Department\n\nNotice No.: QZ-PUR-2026-041\n"
            "Date:       Tuesday, 8 December 2026\nSubject:    Results of the H2 2026 review of "
            "casting suppliers\n\nTo all suppliers concerned:\n\nThe review committee met "
            "on 3 December and approved the list below.\n")
    draft = _draft(snapshot_kg, text)
    got = {e.label: {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
                     if str(p).endswith("#dateIssued")}
           for e in draft.new() if e.label.startswith("Notice QZ")}
    assert got == {"Notice QZ-PUR-2026-041": {"dateIssued": "2026-12-08"}}, got
