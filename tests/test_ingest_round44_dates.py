"""Round 44, dates: a month whose own words place it from the text's day ("last November",
"March next year") keeps the year they give in a clause about the future; a year inside a
document's or an agreement's name ("the 2028 Work Plan", "signed 2028 supply agreements") is
not the day it was issued or signed; a notice signed above a ruled line, with the plan it
issues printed under the rule, is dated by that signature. A weekday in a clause about the
future hard-wrapped across lines is the next such day; a law or rules cited as the basis of an
act ("In accordance with the X Regulations, the bureau granted ... on 9 March") is not dated by
that act. On short texts written for this file (invented bodies, companies and people)."""
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


# --- 4. a weekday in a clause about the future, hard-wrapped across lines --------------------------
_LOG = ("Pellan Silicon Co., Ltd. -- Furnace No. 3 start-up log\n\n"
        "Date: 14 March 2029 (Wednesday)\n\n"
        "08:00  Furnace transformer energised.\n"
        "11:30  First charge of quartzite and coal.\n\n"
        "Notes:\n"
        "  * The Dunmore County Emergency Management Bureau will inspect the furnace\n"
        "    start-up on Friday; keep the permit file in the control room.\n")


def test_weekday_after_a_wrapped_future_clause_is_the_next_one(snapshot_kg):
    """"will inspect the furnace\\n start-up on Friday", in a log of Wednesday 14 March 2029:
    Friday 16 March, not Friday 9 March (the line break does not end the clause)."""
    draft = _draft(snapshot_kg, _LOG)
    days = _all_values(draft, "plannedDate") | _all_values(draft, "startDate")
    assert "2029-03-09" not in days, days
    assert "2029-03-16" in days, days


# --- 5. a law or rules cited as the basis of an act --------------------------------------------------
_PERMIT = ("Dunmore County Bureau of Ecology\n\n"
           "Notice on the Grant of a Discharge Permit to Hollin Zinc Co., Ltd.\n\n"
           "In accordance with the Regulations on the Administration of Pollutant Discharge "
           "Permits, and after an on-site check by its experts, the bureau granted Hollin Zinc "
           "Co., Ltd. a discharge permit for its roaster on 9 March 2029. The permit is valid "
           "for five years.\n\n"
           "Under the Water Law and the Measures for Water Abstraction Licences, the bureau "
           "also renewed the plant's water licence on 12 March 2029.\n")


def test_a_cited_law_is_not_dated_by_the_act_done_under_it(snapshot_kg):
    """The Regulations and the Measures the bureau acted under were not issued on 9 or 12
    March 2029: no such issue date for them."""
    draft = _draft(snapshot_kg, _PERMIT)
    for e in draft.new():
        if e.label.startswith(("Regulations on the Administration", "Measures for Water")):
            issued = {str(o) for p, o, _, _ in e.statements if str(p).endswith("#dateIssued")}
            assert not issued & {"2029-03-09", "2029-03-12"}, (e.label, issued)


def test_what_cites_a_basis():
    """A basis is cited by "In accordance with", "under", "pursuant to" ... before the name,
    across "the X Law and the" and a possessive; a document a body issues is not cited."""
    from kg.ingest.events.date_cues import cited_basis
    for text, name in (("In accordance with the Regulations on Pollutant Discharge Permits",
                        "Regulations"),
                       ("Under the Water Law and the Measures for Water Licences", "Measures"),
                       ("will be handled under the Food Safety Law", "Food"),
                       ("pursuant to the county's Flood Control Plan", "Flood")):
        assert cited_basis(text, 0, text.index(name)), text
    for text, name in (("The bureau issued the Measures for Water Abstraction Licences",
                        "Measures"),
                       ("Under the plan, the city will issue the Measures for Scrap", "Measures")):
        assert not cited_basis(text, 0, text.index(name)), text


def test_an_agreement_cited_with_its_own_signing_day_keeps_it(snapshot_kg):
    """"Under the supply agreement, signed by the two companies on 2 May 2029, Hollin will
    deliver ...": the agreement's own day is still read (the participle of its own)."""
    text = ("Hollin Zinc Co., Ltd. Announcement\n\nUnder the zinc supply agreement, signed by "
            "the two companies on 2 May 2029, Hollin Zinc Co., Ltd. will "
            "deliver 6,000 tonnes of zinc ingot to Varrow Metals Co., Ltd. in the second "
            "half of the year.\n")
    draft = _draft(snapshot_kg, text)
    assert "2029-05-02" in _all_values(draft, "dateSigned"), _all_values(draft, "dateSigned")
