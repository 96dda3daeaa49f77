"""Round 48, dates: the day the text's own document takes effect when its sentence first tells
another step of it ("It is published on ... and takes effect on ..."), when an aside under the
title gives it ("(effective 15 March 2028)"), or when "They apply from" a period's first day;
an agreement's term ("Term:  1 July 2028 to 30 June 2031", "The agreement runs from ... to
...") as its planned start and its end, not its day of signing; and the yearless days of a
table's column whose header prints a year ("Dates (2029)"); a day in a past relative clause
of a sentence about the future keeps the document's year; a year that only names another thing
("signed 2029 supply agreements") dates nothing. On short texts written for this file
(invented bodies, companies and fairs)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round48-dates"):
    return draft_of(kg, text, doc_id, "round48.txt", today=dt.date(2028, 6, 1))


def _dates(draft, pred: str) -> dict:
    """label -> the values of ``pred`` of the draft's new entities (those that have one)."""
    out = {}
    for e in draft.new():
        got = {str(o) for p, o, _, _ in e.statements if str(p).endswith("#" + pred)}
        if got:
            out[e.label] = got
    return out


def _all_values(draft) -> set:
    return {str(o) for e in draft.new() for p, o, _, _ in e.statements
            if str(p).rsplit("#", 1)[-1] in ("startDate", "endDate", "plannedDate", "dateIssued",
                                             "dateInForce", "dateSigned")}


_PUBLISHED = ("Marwick County Zinc Quarter Plan (2028-2032)        Mar Zheng Fa [2028] No. 9\n"
              "-------------------------------------------------------------------------\n\n"
              "The Plan was adopted on Tuesday, 9 May 2028 at the 12th executive meeting of "
              "the Marwick County People's Government. It is published on 15 May 2028 and "
              "takes effect on 1 July 2028.\n\n"
              "CHAPTER I  GOALS\n\n"
              "The county will close two old roasting lines by the end of 2029.\n")


def test_a_document_published_and_taking_effect_in_one_sentence(snapshot_kg):
    """"It is published on D1 and takes effect on D2": D2 is the text's own day in force."""
    draft = _draft(snapshot_kg, _PUBLISHED)
    in_force = _dates(draft, "dateInForce")
    assert any(v == {"2028-07-01"} for v in in_force.values()), in_force
    # (the day it was published is no day in force)
    assert not any("2028-05-15" in v for v in in_force.values()), in_force


_ASIDE = ("Lindqvist Hot Springs Park Administration\n"
          "ANNOUNCEMENT No. 2028-04\n\n"
          "          ON SUMMER OPENING HOURS AND TICKET PRICES\n"
          "                   (effective 15 June 2028)\n\n"
          "Released: Monday, 29 May 2028\n\n"
          "From mid-June the park opens from 08:00 to 19:00. Adult tickets cost 60 yuan.\n")


def test_an_aside_under_the_title_gives_the_day_in_force(snapshot_kg):
    draft = _draft(snapshot_kg, _ASIDE)
    in_force = _dates(draft, "dateInForce")
    assert any(v == {"2028-06-15"} for v in in_force.values()), in_force


_APPLY = ("Orsk Provincial Department of Labour\n\n"
          "Notice on Issuing the 2029 Wage Guidelines for Key Jobs in Tin Smelting\n\n"
          "The Department, after consulting the provincial trade union council, issues the "
          "guidelines below. They apply from 1 January 2029 to 31 December 2029.\n\n"
          "1. The baseline for average wage growth is 5.5 per cent.\n\n"
          "Orsk Provincial Department of Labour\n"
          "20 May 2028\n")


def test_they_apply_from_a_period_s_first_day(snapshot_kg):
    draft = _draft(snapshot_kg, _APPLY)
    in_force = _dates(draft, "dateInForce")
    assert any(v == {"2029-01-01"} for v in in_force.values()), in_force


_NOT_OURS = ("Orsk Provincial Department of Labour\n\n"
             "Notice on the Spring Job Fair\n\n"
             "Enterprises may apply from 1 June 2028 for a stand at the fair. Stands are free.\n\n"
             "Orsk Provincial Department of Labour\n"
             "20 May 2028\n")


def test_firms_that_may_apply_give_no_day_in_force(snapshot_kg):
    """"Enterprises may apply from ...": a day for applicants, not the notice's in force."""
    draft = _draft(snapshot_kg, _NOT_OURS)
    assert "2028-06-01" not in {v for vs in _dates(draft, "dateInForce").values() for v in vs}


_TERM_FIELD = ("HALDEN COPPER TUBE CO., LTD.\n"
               "ANNOUNCEMENT ON A LONG-TERM SUPPLY CONTRACT\n\n"
               "On 20 May 2028 the Company signed a Long-Term Supply Agreement for Copper "
               "Cathode with Rennick Smelting Co., Ltd. in Halden. The main terms are:\n\n"
               "  Quantity:            48,000 tonnes a year\n"
               "  Term:                1 July 2028 to 30 June 2031\n"
               "  Price:               monthly average of the exchange plus a premium\n\n"
               "Board of Directors of Halden Copper Tube Co., Ltd.\n"
               "22 May 2028\n")


def test_an_agreement_s_term_field_is_its_planned_start_and_its_end(snapshot_kg):
    draft = _draft(snapshot_kg, _TERM_FIELD)
    agreement = next(e for e in draft.new() if e.label.startswith("Long-Term Supply Agreement"))
    got = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in agreement.statements
           if "date" in str(p).lower()}
    assert ("dateSigned", "2028-05-20") in got, got
    assert ("plannedDate", "2028-07-01") in got, got
    assert ("endDate", "2031-06-30") in got, got
    # (the term's first day is not the day it was signed)
    assert ("dateSigned", "2028-07-01") not in got, got


_RUNS = ("Tarrow Aluminium and Kessel Foils sign a supply deal\n\n"
         "Tarrow, 3 May 2028 -- Tarrow Aluminium Co., Ltd. signed a Framework Supply Agreement "
         "with Kessel Foils Co., Ltd. on Tuesday. The agreement runs from 1 January 2027 to "
         "31 December 2030 and covers 20,000 tonnes of foil stock a year.\n")


def test_an_agreement_that_runs_from_a_past_day_is_in_force_from_it(snapshot_kg):
    draft = _draft(snapshot_kg, _RUNS)
    agreement = next(e for e in draft.new() if e.label.startswith("Framework Supply Agreement"))
    got = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in agreement.statements
           if "date" in str(p).lower()}
    assert ("dateInForce", "2027-01-01") in got, got
    assert ("endDate", "2030-12-31") in got, got
    assert not any(p == "plannedDate" for p, _ in got), got


_COLUMN = ("BRAMLEY MUNICIPAL BUREAU OF COMMERCE\n\n"
           "NOTICE ON THE 2029 SPRING CUTLERY TRADE MISSIONS\n\n"
           "Issued: Monday, 11 December 2028\n\n"
           "The Bureau will lead two trade missions in the first half of 2029.\n\n"
           " No.  Dates (2029)   Destination         Show\n"
           " ---  -------------  ------------------  --------------------------------\n"
           " 1    6-9 March      Manila              Philippine Cutlery and Kitchen Fair\n"
           " 2    15-18 May      Kuala Lumpur        Malaysia Home Hardware Week\n\n"
           "Enterprises should apply by 29 December.\n")


def test_a_column_header_s_year_dates_the_column_s_days(snapshot_kg):
    draft = draft_of(snapshot_kg, _COLUMN, "round48-column", "round48.txt",
                     today=dt.date(2028, 12, 20))
    values = _all_values(draft)
    assert "2029-03-06" in values and "2029-05-15" in values, values
    assert not {"2028-03-06", "2028-05-15"} & values, values
    # (a day outside the table keeps the document's year)
    assert "2029-12-29" not in values, values


_ASIDE_PAST = ("HALLOW INSTITUTE OF METROLOGY\n\n"
               "Notice No.:   HIM-TZ-2028-07\n"
               "Date:         Monday, 4 December 2028\n\n"
               "1. Laboratory work\n"
               "Pressure gauges from the zinc plants will be calibrated at the Institute's new "
               "vacuum laboratory in Stellby, which passed its acceptance on 20 November.\n\n"
               "2. Next round\n"
               "The Institute will hold its next verification round on 15 January.\n")


def test_a_past_relative_clause_keeps_its_day_in_the_document_s_year(snapshot_kg):
    """"will be calibrated at the laboratory, which passed its acceptance on 20 November": that
    November (before the notice), not the next one; "will hold ... on 15 January" is next
    year's."""
    draft = draft_of(snapshot_kg, _ASIDE_PAST, "round48-aside", "round48.txt",
                     today=dt.date(2028, 12, 20))
    values = _all_values(draft)
    assert "2028-11-20" in values, values
    assert "2029-11-20" not in values, values
    assert "2029-01-15" in values and "2028-01-15" not in values, values


_NAMING_YEAR = ("Tessmar Battery holds its partner conference\n\n"
                "Tessmar, 12 December 2028 -- On Thursday, 7 December, Tessmar Battery Co., Ltd. "
                "held its 2029 Partner Conference in Tessmar.\n\n"
                "At the conference Tessmar Battery signed 2029 supply agreements with Qorvel "
                "Lithium Co., Ltd. for 20,000 tonnes of lithium carbonate.\n\n"
                "The board approved the 2028 work report and the 2029 work plan of the company.\n")


def test_a_year_that_names_another_thing_dates_nothing(snapshot_kg):
    """"signed 2029 supply agreements", "the 2028 work report and the 2029 work plan": the year
    is a word of what is signed or approved, not the day it was signed or issued."""
    draft = draft_of(snapshot_kg, _NAMING_YEAR, "round48-naming", "round48.txt",
                     today=dt.date(2028, 12, 20))
    signed = _dates(draft, "dateSigned")
    assert not any("2029" in v for v in signed.values()), signed
    issued = {k: v for k, v in _dates(draft, "dateIssued").items()
              if "work report" in k.lower() or "work plan" in k.lower()}
    # (not the other one's year: the report of 2028 was not issued in 2029, nor the plan)
    assert not any("2029" in v for k, v in issued.items() if "report" in k.lower()), issued
    assert not any("2028" in v for k, v in issued.items() if "plan" in k.lower()), issued
