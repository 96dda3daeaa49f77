"""Round 48, docs: the project a tender or procurement notice is about is the subject its title
names, on the title line after a colon or "Tender for the", or on the lines under a title line
of its kind ("BID AWARD NOTICE" over "Copper busbars for ..."), with the number of its "Tender
No.:" field as another name (names/tender_subjects.py, rule ``name:tender-subject``). A
subject that is the tender itself ("First Open Tender of 2027 for X") and a subject line of
"X Plant: Cables" form are no subject of this rule. On short texts written for this file
(invented companies and places)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.names.tender_subjects import tender_subjects


def _draft(kg, text: str, doc_id: str = "round48-docs"):
    return draft_of(kg, text, doc_id, "round48.txt", today=dt.date(2026, 12, 5))


def _projects(draft) -> dict:
    """{label: aliases} of the draft's new projects."""
    return {e.label: set(e.aliases) for e in draft.new() if str(e.cls).endswith("#Project")}


_UNDER = ("Marrow Tendering Co., Ltd.\n\n"
          "BID AWARD NOTICE\n"
          "Copper busbars and aluminium cable trays for the\n"
          "rolling mill of Tessor Light Metals Works\n\n"
          "Tender No.: MTC-2026-EL-0931\n"
          "Published:  2026-11-30 (Monday)\n\n"
          "Tenderer:   Tessor Light Metals Co., Ltd.\n"
          "Agent:      Marrow Tendering Co., Ltd.\n\n"
          "Bids were opened on 20 November. The awards are listed below.\n")


def test_the_wrapped_subject_under_an_award_notice_is_a_project(snapshot_kg):
    """The two lines under "BID AWARD NOTICE" are one project's name; its tender number is
    another name of it."""
    got = _projects(_draft(snapshot_kg, _UNDER))
    label = ("Copper busbars and aluminium cable trays for the rolling mill of Tessor Light "
             "Metals Works")
    assert label in got, got
    assert "MTC-2026-EL-0931" in got[label], got


_COLON = ("# Announcement of Bid Results: Phase III Cooling Towers of the Dunmere Zinc Refinery\n\n"
          "**Tenderer:** Dunmere Zinc Co., Ltd.\n"
          "**Tender No.:** DZ-ZB-2026-044\n"
          "**Date of announcement:** Monday, 30 November 2026\n\n"
          "Nine bidders took part. The committee met the same afternoon.\n")


def test_the_subject_after_the_colon_of_a_results_title(snapshot_kg):
    got = _projects(_draft(snapshot_kg, _COLON))
    label = "Phase III Cooling Towers of the Dunmere Zinc Refinery"
    assert label in got, got
    assert "DZ-ZB-2026-044" in got[label]


_PURCHASER = ("PUBLICITY OF WINNING CANDIDATES\n"
              "  Harnby Telecom Northern Branch: 2027 Centralised Procurement of\n"
              "  Earthing Copper Strip (Bare and Tinned)\n\n"
              "Tender No.:   HTN-WZ-2026-0077\n"
              "Tenderer:     Harnby Telecom Northern Branch\n\n"
              "The evaluation committee recommends the candidates below.\n")


def test_a_purchaser_before_the_colon_is_no_part_of_the_subject(snapshot_kg):
    got = _projects(_draft(snapshot_kg, _PURCHASER))
    label = "2027 Centralised Procurement of Earthing Copper Strip (Bare and Tinned)"
    assert label in got, got
    assert not any(x.startswith("Harnby Telecom") for x in got), got


def test_the_tender_itself_is_no_project():
    """"First Open Tender of 2027 for X" names the tender (a happening), not what it buys."""
    text = ("ANNOUNCEMENT OF WINNING BIDS\n"
            "First Open Tender of 2027 for Zinc Anodes and Nickel Plating Salts\n"
            "(Tender No. KPS-WZ-2027-01)\n\n"
            "The tender was opened on 9 February 2027.\n")
    assert tender_subjects(text) == []


def test_a_named_plant_before_a_colon_is_left_to_other_rules():
    """"X Plant: Cables and Frames" under a results title: the plant is a name of its own,
    and what it buys is no subject this rule reads."""
    text = ("Announcement of Tender Results\n\n"
            "Sorrel Flats 80 MW Solar Plant: Cables, Frames and Trackers\n\n"
            "Tender No.: SF-2027-ZB-003 | Tenderer: Sorrel Flats Energy Co., Ltd.\n")
    assert tender_subjects(text) == []


def test_a_news_story_about_a_tender_has_no_subject():
    """A headline that only reports on a tender, with no notice word, is no tender notice."""
    text = ("Kelby Nickel wins a supply deal for battery plants\n\n"
            "Kelby, 3 December 2026 -- Kelby Nickel Co., Ltd. said on Thursday that it had won "
            "a bid to supply nickel sulphate to two battery makers.\n")
    assert tender_subjects(text) == []


def test_a_subject_after_tender_for_the_on_the_title_line(snapshot_kg):
    text = ("# Announcement of the Result of the Tender for the Copper Roof of the Lenholm "
            "Concert Hall\n\n"
            "**Tender No.:** LCH-2027-0012\n"
            "**Purchaser:** Lenholm Municipal Bureau of Culture\n\n"
            "Bids were opened on 14 January 2027.\n")
    got = _projects(_draft(snapshot_kg, text))
    assert "Copper Roof of the Lenholm Concert Hall" in got, got


def test_a_short_title_subject_over_a_full_project_field_is_no_second_project(snapshot_kg):
    """"Winning the Bid for the Roofing Works" over "Project name: Roofing Works of the X
    Arena": the field names the one project in full; the title's short form is no other."""
    text = ("Announcement on Winning the Bid for the Roofing Works\n\n"
            "On Monday, 8 March 2027, Tolland Roof Systems Co., Ltd. received the notice of "
            "award. The terms are:\n\n"
            "  Project name:        Roofing Works of the Carrow Bay Arena\n"
            "  Tenderer:            Carrow Bay Sports Development Co., Ltd.\n"
            "  Bid price:           RMB 41,000,000\n")
    draft = _draft(snapshot_kg, text)
    assert not any(e.label == "Roofing Works" for e in draft.new()), \
        [e.label for e in draft.new()]


_SHEET = ("NORTHERN RIVERS DEVELOPMENT BANK\n"
          "PROJECT SUMMARY SHEET\n\n"
          "Project name:            Kestrel Copper Smelter Modernisation\n"
          "Project number:          NRDB-2026-017\n"
          "Country:                 Kazakhstan\n"
          "Borrower:                Kestrel Copper LLP\n\n"
          "The Project will replace the converters of the smelter built in 1961.\n")


def test_a_project_name_field_names_a_project(snapshot_kg):
    """"Project name:  X Smelter Modernisation": the whole value is the project, not the
    smelter inside it."""
    got = _projects(_draft(snapshot_kg, _SHEET))
    assert "Kestrel Copper Smelter Modernisation" in got, got


_REPLY = ("Reply on the Feasibility Study of the Norbury to Castlegate Light Railway\n\n"
          "I. The project is approved.\n\n"
          "II. Project facts\n\n"
          "   Project name ............ Norbury to Castlegate Light Railway\n"
          "   Project owner ........... Norbury Rail Transit Co., Ltd.\n"
          "   Length .................. 48.2 km\n")


def test_a_dotted_project_name_field_and_no_name_running_into_the_next_label(snapshot_kg):
    """The value of "Project name ......" is the project; "Castlegate Light Railway" over
    "Project owner" is no "Castlegate Light Railway Project"."""
    draft = _draft(snapshot_kg, _REPLY)
    got = _projects(draft)
    assert "Norbury to Castlegate Light Railway" in got, got
    assert not any(label.endswith("Railway Project") for label in got), got
