"""Round 44, dates: a month whose own words place it from the text's day ("last November",
"March next year") keeps the year they give in a clause about the future; a year inside a
document's or an agreement's name ("the 2028 Work Plan", "signed 2028 supply agreements") is
not the day it was issued or signed; a notice signed above a ruled line, with the plan it
issues printed under the rule, is dated by that signature. On short texts written for this
file (invented bodies, companies and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.reading.dates import find_dates, read_document_date, roll_forward


def _draft(kg, text: str, doc_id: str = "round44-dates"):
    return draft_of(kg, text, doc_id, "round44.txt", today=dt.date(2026, 12, 5))


def _dates_of(draft, start: str, pred: str) -> set:
    return {str(o) for e in draft.new() if e.label.startswith(start)
            for p, o, _, _ in e.statements if str(p).endswith("#" + pred)}


def _all_values(draft, pred: str) -> set:
    return {str(o) for e in draft.entities.values()
            for p, o, _, _ in e.statements if str(p).endswith("#" + pred)}


# --- 1. a month told from the text's day, in a clause about the future -----------------------
def _rolled(sentence: str, doc_date: str) -> list[str]:
    return [roll_forward(sentence, d, doc_date).value
            for d in find_dates(sentence, doc_date[:4], True, doc_date)]


def test_last_month_name_stays_behind_in_a_future_clause():
    """"will be supplied under the contract signed last October", in a text of February 2028:
    the October before it (2027), not the next one."""
    s = "Copper rod will be supplied to the plant under the framework contract signed last October."
    assert _rolled(s, "2028-02-03") == ["2027-10"]


def test_month_next_year_is_not_moved_again():
    """"will hold the fair in April next year", in a text of January 2028: April 2029 (the
    words name the year), as read; a bare "in April" in the same clause is this April."""
    assert _rolled("The society will hold the fair in April next year.", "2028-01-10") == ["2029-04"]
    assert _rolled("The society will hold the fair in April.", "2028-01-10") == ["2028-04"]


def test_bare_month_of_the_future_still_rolls_forward():
    """"will open in March", in a text of November 2027: March 2028 (unchanged rule)."""
    assert _rolled("The new warehouse will open in March.", "2027-11-20") == ["2028-03"]


_SUPPLY = ("Tallow Ridge Cable Co., Ltd. Announcement on a Supply Contract\n\n"
           "Dated 12 February 2028\n\n"
           "Tallow Ridge Cable Co., Ltd. said on 12 February 2028 that it had won an order for "
           "4,000 tonnes of copper rod from Ninghe Grid Works. Cathode for the order will be "
           "bought from Pellan Smelting under the annual purchase agreement signed "
           "last November. The order will be delivered in six lots.\n")


def test_agreement_signed_last_month_name_in_a_draft(snapshot_kg):
    """The annual purchase agreement is dated November 2027 (the November before the text),
    never November 2028."""
    draft = _draft(snapshot_kg, _SUPPLY)
    signed = _all_values(draft, "dateSigned")
    assert "2028-11" not in signed, signed
    assert "2027-11" in signed, signed


# --- 2. the year in a document's or an agreement's name ----------------------------------------
_PLAN = ("Merrow County Bureau of Industry\n\n"
         "Merrow County Bureau of Industry issued the 2029 Work Plan for Aluminium Recycling "
         "in Merrow County on Tuesday. The plan asks every smelter in the county to report "
         "its scrap intake each quarter, and the bureau will check ten plants in the spring.\n\n"
         "Hollin Alloys Co., Ltd. signed 2029 supply agreements with Varrow Metals Co., Ltd. "
         "for 12,000 tonnes of ingot.\n")


def test_year_in_a_plan_s_name_is_not_its_issue_date(snapshot_kg):
    """"the 2029 Work Plan ..." is the plan for 2029, not one issued in 2029; "2029 supply
    agreements" are not signed in 2029: neither gets that bare year as its date."""
    draft = _draft(snapshot_kg, _PLAN)
    assert "2029" not in _all_values(draft, "dateIssued")
    assert "2029" not in _all_values(draft, "dateSigned")


# --- 3. a notice signed above a ruled line, its plan printed under it ----------------------------
_NOTICE = ("BELLWATER PROVINCIAL ENERGY OFFICE\n\n"
           "Bell Neng [2027] No. 14\n\n"
           "Notice on Issuing the 2028 Action Plan for Battery Recycling in Bellwater Province\n\n"
           "The municipal energy offices; the relevant recycling enterprises:\n\n"
           "The Action Plan below is issued to you; please carry it out carefully and report "
           "your progress to this office before the 15th day of each quarter's first month. "
           "Where a city meets a difficulty it cannot solve, it shall write to this office "
           "at once; where a recycler breaks the rules, the city shall stop its work and keep "
           "its records for the inspectors. The office will sum up the work of every city at "
           "the end of the year and publish the results on its website.\n\n"
           "                                        Bellwater Provincial Energy Office\n"
           "                                              Monday, 20 December 2027\n\n"
           "------------------------------------------------------------------------\n"
           "2028 Action Plan for Battery Recycling in Bellwater Province\n\n"
           "I. Targets\n"
           "By the end of 2028 the province shall recycle 40,000 tonnes of spent cells.\n\n"
           "II. Tasks\n"
           "  - The office will publish a list of qualified recyclers in September.\n"
           "  - Cities shall close unlicensed workshops by the end of June.\n"
           "  - Each city shall name one officer for the recycling ledger.\n"
           "  - Recyclers shall keep weighing records for three years.\n"
           "  - Transport of spent cells shall follow the rules for hazardous goods.\n\n"
           "III. Safeguards\n"
           "  - The office will hold a training course for city officers.\n"
           "  - Cities shall report cases of illegal dismantling at once.\n"
           "  - Enterprises shall keep fire drills twice a year.\n"
           "  - The office will review the plan after its first half year.\n\n"
           "Contact: Recycling Division, Ms. Tan Qiulan, 0912-5550 1234\n")


def test_notice_signed_above_a_ruled_line_is_dated_by_its_signature():
    got, guessed = read_document_date(_NOTICE)
    assert got is not None and got.value == "2027-12-20" and not guessed
    assert _NOTICE[got.start:got.end] == "20 December 2027"


def test_ruled_line_after_the_text_without_a_signature_gives_no_date():
    """A ruled line under a body whose last lines hold no date line: no signature is read
    from the running text above it."""
    text = ("Harlow Zinc Co., Ltd. reported on its plant.\n\n" + "The plant ran well. " * 20 +
            "It made 3,000 tonnes in May 2027 and sold most of them.\n\n" + "-" * 40 +
            "\nTable of output\n")
    got, guessed = read_document_date(text)
    assert got is None or guessed


def test_the_plan_s_months_are_the_year_after_the_signature(snapshot_kg):
    """Dated 20 December 2027, the plan's "in September" and "by the end of June" are of
    2028 (they were read as 2027's without the signature's day)."""
    draft = _draft(snapshot_kg, _NOTICE)
    planned = _all_values(draft, "plannedDate")
    assert "2027-09" not in planned and "2027-06" not in planned, planned
    assert {"2028-09", "2028-06"} & planned, planned
