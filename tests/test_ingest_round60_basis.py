"""Round 60, what a document states it was made under (``nfo:implements``), on short texts
written for this file (invented bodies, companies and standards). A report's head block field
"Basis:" / "Legal basis:" names the rules and standards the report follows, on a wrapped value
(kg/ingest/relations/basis_fields.py); a standard's number in brackets after its title is the
same document, and a field of another label ("Client:") names no basis. An opening phrase "and
under the X Law" or "and following the Y Guidelines" after the sentence's clause of purpose
("To protect the reed beds, and under ...") is the notice's basis as when it opens the
sentence; the same cue in the middle of a main clause is not (kg/ingest/relations/
legal_basis.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

FIELD = "document:basis-field"
BASIS = "document:legal-basis"


def _draft(kg, text: str, doc_id: str = "round60-basis"):
    return draft_of(kg, text, doc_id, "round60.txt", today=dt.date(2026, 12, 10))


_REPORT = (
    "Furnace Lining Inspection Report\n\n"
    "Report No.:        KLD-NL-2026-0088\n"
    "Client:            Keldan Nickel Refining Co., Ltd.\n"
    "Site inspected:    Matte converter No. 3, Keldan Industrial Zone\n"
    "Inspection body:   Dunmore Kiln Testing Centre\n"
    "Basis:             Technical Rules for Inspection of Converter Linings\n"
    "                   (KT/R 411-2024); Ostrava Code for Refractory Safety\n"
    "Inspected on:      Monday, 9 November 2026\n\n"
    "The lining of the converter was found worn on its north wall. The refinery shall reline\n"
    "the wall before the next campaign and report to the centre by 30 November 2026.\n"
)


def test_basis_field_names_what_the_report_follows(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _REPORT), FIELD, "implements")
    assert got == {"Furnace Lining Inspection Report": {
        "Technical Rules for Inspection of Converter Linings",
        "Ostrava Code for Refractory Safety"}}


_REPORT_NO_BASIS = _REPORT.replace("Basis:    ", "Remarks:  ")


def test_other_field_names_no_basis(snapshot_kg):
    assert ruled_objects(_draft(snapshot_kg, _REPORT_NO_BASIS), FIELD, "implements") == {}


_PURPOSE = (
    "Dunmore County Forestry Bureau\n\n"
    "Notice on Closing the Reed Beds of Lake Varn to Grazing\n\n"
    "To protect the reed beds below the Keldan nickel tailings dam, and under the Wetland\n"
    "Protection Law of Ruritania, the Bureau decides as follows:\n\n"
    "1. From 1 December 2026, no cattle shall graze on the reed beds of Lake Varn.\n\n"
    "Dunmore County Forestry Bureau\n"
    "25 November 2026\n"
)


def test_basis_after_a_clause_of_purpose(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _PURPOSE), BASIS, "implements")
    assert got == {"Notice on Closing the Reed Beds of Lake Varn to Grazing": {
        "Wetland Protection Law of Ruritania"}}


_MID_CLAUSE = _PURPOSE.replace(
    "To protect the reed beds below the Keldan nickel tailings dam, and under the Wetland\n"
    "Protection Law of Ruritania, the Bureau decides as follows:",
    "The herders of the reed beds were fined last year under the Wetland Protection Law\n"
    "of Ruritania. The Bureau now decides as follows:")


def test_cue_inside_a_main_clause_is_no_basis(snapshot_kg):
    assert ruled_objects(_draft(snapshot_kg, _MID_CLAUSE), BASIS, "implements") == {}


_FOLLOWING = (
    "Dunmore Municipal Bureau of Industry\n\n"
    "Publicity of the Proposed 2026 Clean Smelting Model Enterprises\n\n"
    "Following the Dunmore Guidelines for Clean Smelting Models (Dun Gong Fa [2025] No. 14),\n"
    "enterprises applied in September and the Bureau reviewed the applications in October.\n"
    "Keldan Nickel Refining Co., Ltd. is proposed as a model enterprise.\n\n"
    "Dunmore Municipal Bureau of Industry\n"
    "20 November 2026\n"
)


def test_following_opens_a_basis(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _FOLLOWING), BASIS, "implements")
    assert got == {"Publicity of the Proposed 2026 Clean Smelting Model Enterprises": {
        "Dunmore Guidelines for Clean Smelting Models"}}
