"""Round 47, dates: the day the text's own documents take effect, said with no name of theirs
("They take effect on 1 May 2028." under a notice that releases standards, "Article 3  This
Plan comes into force on 1 June 2028.", "In force from ..." under a plan's title, a standard's
cover "Issued: ...   Implemented: ..."), but not a record's "Effective:" rows further on; and a
signing "due to be signed in September" (an aside with no verb of its own) or one that "was due
to be signed in September but was postponed" is a plan, not a day of signing; the yearless
months of a list under a lead that names next year ("tasks for 2029:") are next year's. On
short texts written for this file (invented bodies, standards and companies)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round47-dates"):
    return draft_of(kg, text, doc_id, "round47.txt", today=dt.date(2028, 6, 1))


def _dates(draft, pred: str) -> dict:
    """label -> the values of ``pred`` of the draft's new entities (those that have one)."""
    out = {}
    for e in draft.new():
        got = {str(o) for p, o, _, _ in e.statements if str(p).endswith("#" + pred)}
        if got:
            out[e.label] = got
    return out


_RELEASE = ("Orland Metals Standards Council\n\n"
            "NOTICE ON THE RELEASE OF THREE GROUP STANDARDS FOR BRAZING ALLOYS\n\n"
            "OMSC Notice [2028] No. 12\n\n"
            "After review by the council's technical panel, the three group standards listed "
            "below are\nhereby released. They take effect on Monday, 1 May 2028.\n\n"
            "| No. | Standard number | Title |\n|---|---|---|\n"
            "| 1 | T/OMSC 0071-2028 | Silver Brazing Filler Rods for Refrigeration Pipes |\n"
            "| 2 | T/OMSC 0072-2028 | Copper-Phosphorus Brazing Foil |\n"
            "| 3 | T/OMSC 0073-2028 | Nickel Brazing Paste for Heat Exchangers |\n\n"
            "Questions may be sent to the council's secretariat.\n\n"
            "Orland Metals Standards Council\n20 March 2028\n")


def test_the_released_standards_take_the_day_they_take_effect(snapshot_kg):
    draft = _draft(snapshot_kg, _RELEASE)
    in_force = _dates(draft, "dateInForce")
    for number in ("T/OMSC 0071-2028", "T/OMSC 0072-2028", "T/OMSC 0073-2028"):
        assert in_force.get(number) == {"2028-05-01"}, in_force
    # (the notice that releases them is issued, not put in force, that day)
    assert not {k for k in in_force if k.lower().startswith("notice")}, in_force
    assert _dates(draft, "dateIssued").get("T/OMSC 0072-2028") == {"2028-03-20"}


_PLAN = ("Velden County People's Government\n"
         "Vel Zheng Fa [2028] No. 7                                        14 March 2028\n\n"
         "PLAN FOR THE RENEWAL OF THE VELDEN ZINC SMELTING QUARTER (2028-2031)\n\n"
         "Article 1  This Plan sets out how the old smelting quarter of Velden County will be "
         "renewed.\n\n"
         "Article 2  The county's housing office shall draw up the list of buildings to be "
         "kept.\n\n"
         "Article 3  This Plan comes into force on 1 June 2028.\n")


def test_a_plan_that_says_this_plan_comes_into_force(snapshot_kg):
    draft = _draft(snapshot_kg, _PLAN)
    in_force = _dates(draft, "dateInForce")
    plan = next(k for k in in_force if k.startswith("Plan for the Renewal"))
    assert in_force[plan] == {"2028-06-01"}, in_force
    assert _dates(draft, "dateIssued")[plan] == {"2028-03-14"}


def test_in_force_from_under_a_title_and_a_cover_row(snapshot_kg):
    draft = _draft(snapshot_kg, "Marrow Valley Bureau of Industry\n\n"
                                "Work Plan for Recycled Aluminium in Marrow Valley (2028-2030)\n\n"
                                "Issued on 2 April 2028 by the bureau. In force from 1 July "
                                "2028.\n\nThe bureau will support three scrap sorting yards.\n")
    assert {"2028-07-01"} in _dates(draft, "dateInForce").values(), _dates(draft, "dateInForce")
    draft = _draft(snapshot_kg, "                                   T/OMSC 0090-2028\n\n"
                                "                 GROUP STANDARD\n\n"
                                "Zinc alloy die castings for door handles -- Specification\n\n"
                                "      Issued: 2028-02-10                    Implemented: "
                                "2028-05-10\n\n"
                                "Foreword\n\nThis document was drafted by the council's die "
                                "casting committee.\n")
    assert _dates(draft, "dateInForce").get("T/OMSC 0090-2028") == {"2028-05-10"}, \
        _dates(draft, "dateInForce")
    assert _dates(draft, "dateIssued").get("T/OMSC 0090-2028") == {"2028-02-10"}


def test_the_effective_rows_of_a_record_are_not_the_notices(snapshot_kg):
    draft = _draft(snapshot_kg, "Harwick Licensing Office\n\n"
                                "NOTICE ON LICENCES CANCELLED IN MARCH 2028\n\n"
                                "The office has cancelled the licences below at the holders' "
                                "request or after closure.\n\n"
                                "(1) Pellow Lead Works\n    Licence:           HL-2019-044\n"
                                "    Reason:            plant closed\n"
                                "    Effective:         2028.03.20\n\n"
                                "(2) Trenmoor Zinc Yard\n    Licence:           HL-2020-102\n"
                                "    Reason:            holder's request\n"
                                "    Effective:         2028.03.27\n")
    assert not {k for k in _dates(draft, "dateInForce") if k.upper().startswith("NOTICE")}, \
        _dates(draft, "dateInForce")


def test_a_day_in_force_a_clause_denies_is_none(snapshot_kg):
    draft = _draft(snapshot_kg, "Sunward Tin Association\n\n"
                                "NOTICE ON THE 2028 TRAINING HANDBOOK\n\n"
                                "Sunward, 3 May 2028 -- The old handbook is not in force from "
                                "1 June 2028; members will receive the new one.\n")
    assert "2028-06-01" not in {v for vs in _dates(draft, "dateInForce").values() for v in vs}


def test_a_signing_due_in_an_aside_is_planned_ahead(snapshot_kg):
    draft = _draft(snapshot_kg, "Offtake\n\nHARBEN, 12 August 2029 -- A concentrate supply "
                                "agreement with Felder Nickel PLC, due to be signed in "
                                "September, covers 40,000 tonnes a year.\n")
    assert not _dates(draft, "dateSigned"), _dates(draft, "dateSigned")
    assert {"2029-09"} in _dates(draft, "plannedDate").values(), _dates(draft, "plannedDate")


_TASKS = ("Council meeting\n\n"
          "HALDEN, 14 November 2028 -- The Halden Copper Society held its council meeting on "
          "Monday. In March the society opened a new office.\n\n"
          "The council agreed three tasks for 2029:\n\n"
          "  * a seminar on copper alloy casting in Halden in May;\n"
          "  * a youth forum on recycling in Verne in April.\n\n"
          "The society's journal was relaunched in June.\n")


def test_the_months_of_a_list_under_next_years_lead_are_next_years(snapshot_kg):
    """"The council agreed three tasks for 2029:" over a list of yearless months, in a text of
    November 2028: the list's May and April are 2029's (they were read as this year's, before
    the text's date, and so as held); a month of the paragraphs after the list, or of the
    story before it, stays the text's year."""
    draft = _draft(snapshot_kg, _TASKS)
    planned = _dates(draft, "plannedDate")
    assert planned.get("Seminar on copper alloy casting in Halden") == {"2029-05"}, planned
    assert planned.get("youth forum on recycling") == {"2029-04"}, planned
    started = {v for vs in _dates(draft, "startDate").values() for v in vs}
    assert {"2028-03", "2028-06"} <= started, started
    assert not started & {"2029-03", "2029-06", "2028-05", "2028-04"}, started
