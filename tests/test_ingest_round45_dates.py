"""Round 45, dates: the day a text is signed or filed when its last lines print it in cells
(both parties' "Date:" cells of one day, "Filing date:", "Posted:" before another column, "Signed
in X on <day>, in four copies"), a day printed with hyphens ("04-Dec-2026"), and the day a
text's head gives its state on ("as of Monday, 14 December 2026") over the first day it tells
of, and a document title misread as an award ("NOTICE OF ARBITRAL AWARD") that kept the
document's own day from it. On short texts written for this file (invented bodies, companies and people)."""
from __future__ import annotations

import datetime as dt
import textwrap

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.reading.dates import find_dates, read_document_date


def _draft(kg, text: str, doc_id: str = "round45-dates"):
    return draft_of(kg, text, doc_id, "round45.txt", today=dt.date(2026, 12, 5))


def _values(draft, pred: str, start: str = "") -> set:
    return {str(o) for e in draft.new() if e.label.startswith(start)
            for p, o, _, _ in e.statements if str(p).endswith("#" + pred)}


def _doc_day(text: str):
    d, guessed = read_document_date(text)
    return (d.value if d is not None else None), guessed


# (a body hard-wrapped as such texts print it)
_BODY = textwrap.fill(
    "The two sides agree that Brackwater Hydro will sell run-of-river power to the Tolley Bay "
    "smelter of Fenmoor Light Metals Co., Ltd. at the tariff in Annex 1. Power is delivered at "
    "the 220 kV substation of the smelter, metered on the high-voltage side, and settled each "
    "month against the meter readings both sides sign. Either side may ask for a review of the "
    "volumes once a year, in writing, one month ahead.", 76) + "\n\n"


# --- 1. both parties' date cells -----------------------------------------------------------
_PAIRED = ("POWER SUPPLY AGREEMENT\n\nAgreement No.: BH-FL-2026-07\n\n" + _BODY
           + "Party A: Brackwater Hydro Co., Ltd.            Party B: Fenmoor Light Metals Co., Ltd.\n"
             "Representative: Ivo Marsh                     Representative: Tam Quill\n"
             "Date: Tuesday, 29 December 2026               Date: 2026-12-29\n\n"
             "Signed at Dunmere.\n")


def test_paired_date_cells_date_the_text():
    assert _doc_day(_PAIRED) == ("2026-12-29", False)


def test_paired_date_cells_are_the_agreements_signing_day(snapshot_kg):
    """The agreement the title names is signed on the day both parties' cells print."""
    draft = _draft(snapshot_kg, _PAIRED)
    assert "2026-12-29" in _values(draft, "dateSigned", "Power Supply Agreement"), \
        [(e.label, e.statements) for e in draft.new()]


def test_two_different_days_in_cells_date_nothing():
    """Two cells with different days are no one signing day (nor is either the text's)."""
    text = _PAIRED.replace("Date: 2026-12-29", "Date: 2026-12-30")
    assert _doc_day(text)[0] not in ("2026-12-29", "2026-12-30")


# --- 2. labels of filing and posting ---------------------------------------------------------
def test_filing_date_label_under_a_seal():
    text = ("RECORD OF A FILING\n\n" + _BODY + _BODY
            + "Handled by: Ren Oda        Checked by: Lio Park\n"
              "                                 (seal)\n"
              "                 Dunmere County Bureau of Housing\n"
              "                                 Filing date: 16 December 2026\n")
    assert _doc_day(text) == ("2026-12-16", False)


def test_posted_label_before_another_column():
    text = ("RECRUITMENT NOTICE\n\n" + _BODY + _BODY
            + "--------------------------------------------------------------\n"
              "Posted: 11 Dec. 2026          The ethics board of the clinic has\n"
              "                              reviewed this notice (version 2).\n")
    assert _doc_day(text) == ("2026-12-11", False)


def test_an_expiry_date_on_the_last_line_is_not_the_texts_day():
    text = ("CERTIFICATE OF CONFORMITY\n\n" + _BODY + _BODY
            + "Expiry date: 31 December 2029\n")
    assert _doc_day(text)[0] != "2029-12-31"


def test_signed_in_a_place_then_the_copies():
    text = ("COOPERATION AGREEMENT\n\n" + _BODY + _BODY
            + "Signed in Dunmere on Friday, 18 December 2026, in four copies, two for each "
              "party.\n")
    assert _doc_day(text) == ("2026-12-18", False)


# --- 3. a day printed with hyphens -----------------------------------------------------------
def test_day_with_hyphens_is_read():
    got = find_dates("Issued: 07-Dec-2026 (Mon)")
    assert [(d.value, d.kind) for d in got] == [("2026-12-07", "date")]


def test_code_with_a_day_inside_is_not_a_day():
    assert find_dates("Lot ref. 7-Dec-2026-03 was sampled twice") == []


def test_hyphened_day_dates_an_audit_report_and_its_plans(snapshot_kg):
    """The report's head "Issued: 07-Dec-2026" is the text's day: "in February" of a step still
    to come is the next February, not the one gone by."""
    text = ("FENMOOR LIGHT METALS CO., LTD.\n\nSUPPLIER AUDIT REPORT          Report No.: FL-QA-2026-031\n"
            "                               Issued: 07-Dec-2026 (Mon)\n\n"
            "Supplier:   Orrin Foil Works Co., Ltd.\n\n"
            "The supplier remains approved for lidding foil. A corrective action plan is due by "
            "15 January 2027; we will check it by desk review in February.\n")
    assert _doc_day(text) == ("2026-12-07", False)
    draft = _draft(snapshot_kg, text)
    planned = _values(draft, "plannedDate")
    assert "2026-02" not in planned, planned


# --- 4. the day a head gives its state on ------------------------------------------------------
_PROGRAMME = ("Tolley Bay Foil Expo 2027\n"
              "10-12 March 2027 | Tolley Bay Exhibition Hall\n\n"
              "CONFERENCE PROGRAMME (as of Monday, 14 December 2026; subject to change)\n\n"
              "Organiser:  Fenmoor Light Metals Co., Ltd.\n\n"
              "Registration closes on 26 February; the hall opens to exhibitors on 9 March.\n")


def test_as_of_day_in_the_head_is_the_texts_day():
    assert _doc_day(_PROGRAMME) == ("2026-12-14", True)


def test_as_of_day_places_a_later_deadline_in_the_coming_year(snapshot_kg):
    draft = _draft(snapshot_kg, _PROGRAMME)
    values = {str(o) for e in draft.entities.values() for p, o, _, _ in e.statements
              if "date" in str(p).lower()}
    assert "2028-02-26" not in values, values



# --- 5. a title misread as an award or a place: the document keeps its day ---------------------
_AWARD_NOTICE = ("Dunmere Arbitration Commission\nNOTICE OF ARBITRAL AWARD\n\n"
                 "Case No.:        (2026) Dun Zhong Zi No. 0412\n"
                 "Claimant:        Orrin Foil Works Co., Ltd.\n"
                 "Respondent:      Fenmoor Light Metals Co., Ltd.\n\n" + _BODY + _BODY
                 + "Dunmere Arbitration Commission\n16 December 2026\n")


def test_a_notice_titled_with_award_is_not_an_award(snapshot_kg):
    draft = _draft(snapshot_kg, _AWARD_NOTICE)
    awards = {e.label for e in draft.new() if str(e.cls).endswith("#Award")}
    assert "NOTICE OF ARBITRAL AWARD" not in awards, awards
    notices = {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#dateIssued")}
               for e in draft.new() if str(e.cls).endswith("#Notice")}
    assert any("2026-12-16" in v for k, v in notices.items()
               if k.upper() == "NOTICE OF ARBITRAL AWARD"), notices


_AWARDS_HEADING = ("Fenmoor Light Metals Co., Ltd.\n\n"
                   "ANNOUNCEMENT OF THE 2026 ANNUAL SUPPLIER AWARDS\n\n"
                   "Ref.: FL-CG-2026-44\n\n" + _BODY + _BODY
                   + "Procurement Centre of Fenmoor Light Metals Co., Ltd.\n21 December 2026\n")


def test_an_announcement_heading_of_awards_is_the_announcement(snapshot_kg):
    draft = _draft(snapshot_kg, _AWARDS_HEADING)
    same_span = [e for e in draft.new() if any(
        draft.text[m.start:m.end] == "ANNOUNCEMENT OF THE 2026 ANNUAL SUPPLIER AWARDS"
        for m in e.mentions)]
    assert same_span and all(not str(e.cls).endswith("#Award") for e in same_span), \
        [(e.label, e.cls) for e in same_span]
    assert any("2026-12-21" in {str(o) for p, o, _, _ in e.statements
                                if str(p).endswith("#dateIssued")} for e in same_span)

