"""Round 51, names: people named as the value of a form's field whose label says the value is a
person ("Prepared by: A", "Duty forecaster: B", "Contact: C, tel. ...", "Inspectors: D (team
leader), E", "Legal representative   F" at a line's start), whatever their names' origin
(kg/ingest/names/field_people.py, data/person-field-labels.txt). And what is no person: a unit
in a contact field, a label no person's ("Issued by:"), a value of four words or more. On
short texts written for this file (invented bureaux, firms and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401
from kg.ingest.names.field_people import field_people


def _people(kg, text: str) -> set:
    draft = draft_of(kg, text, "round51-names", "round51.txt", today=dt.date(2028, 6, 1))
    return new_labels(draft, "Person")


def test_sign_off_and_bulletin_fields_name_people_of_any_origin(snapshot_kg):
    text = ("Marlow County Weather Station\n\n"
            "Frost warning for the Eastdale mining area\n\n"
            "Night frost of minus 18 degrees is expected over the open pits on 12 January 2028.\n"
            "Haul roads should be gritted before the morning shift.\n\n"
            "Duty forecaster: Gulnara Ismailova        Chief forecaster: Ren Haotian\n"
            "Prepared by: Tenzin Norbu     Checked by: Rustam Kadirov\n")
    people = _people(snapshot_kg, text)
    for name in ("Gulnara Ismailova", "Tenzin Norbu", "Rustam Kadirov"):
        assert name in people, people


def test_contact_lists_and_a_gap_label_name_people(snapshot_kg):
    text = ("Notice on the inspection of tailings ponds in Marlow County\n\n"
            "The county bureau will inspect the three ponds of Eastdale Zinc in March 2028.\n\n"
            "Inspectors: Pema Dolkar (team leader), Arslan Begov, Nilufar Saidova\n"
            "Contact: Bakyt Omurov, tel. 0901-5550123\n"
            "  Legal representative   Ainur Zhumabay\n")
    people = _people(snapshot_kg, text)
    for name in ("Pema Dolkar", "Arslan Begov", "Nilufar Saidova", "Bakyt Omurov",
                 "Ainur Zhumabay"):
        assert name in people, people


def test_units_and_other_labels_are_no_people():
    text = ("Contact: Mine Safety Section, tel. 0901-5550188\n"
            "Issued by: Eastdale Zinc Holdings\n"
            "Prepared by: Marlow County Land Survey Office\n"
            "Reporter: Tenzin Norbu Dorje Wangchuk\n")
    assert not {c.label for c in field_people(text)}, field_people(text)


def test_a_standing_council_and_a_discipline_commission_are_bodies_of_their_owner(snapshot_kg):
    text = ("Harrowgate Metals Society elects new officers\n\n"
            "Lindmoor, 4 March 2028 -- The standing council of the Harrowgate Metals Society met "
            "in Lindmoor on Saturday and approved two new branches.\n"
            "Kestrel Mining Group Co., Ltd.'s discipline inspection commission opened two "
            "cases in February.\n")
    draft = draft_of(snapshot_kg, text, "round51-names", "round51.txt", today=dt.date(2028, 6, 1))
    labels = {e.label.lower() for e in draft.new()}
    assert any(x.startswith("standing council of") and "harrowgate" in x for x in labels), labels
    assert any(x.startswith("discipline inspection commission of") and "kestrel" in x
               for x in labels), labels


def test_a_secretariat_is_its_associations(snapshot_kg):
    text = ("Harrowgate Zinc Association holds its annual meeting\n\n"
            "Lindmoor, 4 March 2028 -- The Harrowgate Zinc Association held its annual meeting "
            "in Lindmoor on Saturday. The market report was compiled by the secretariat of the "
            "Harrowgate Zinc Association.\n")
    draft = draft_of(snapshot_kg, text, "round51-names", "round51.txt", today=dt.date(2028, 6, 1))
    labels = {e.label.lower() for e in draft.new()}
    assert any(x.startswith("secretariat of") and x.endswith("harrowgate zinc association")
               for x in labels), labels
