"""Round 49, twins: one body drafted twice, once under the plain class a bare head word gets
("the Management Committee", an Organization) and once in full under a telling class ("the
Management Committee of X Zone", a government body), is one entity (names/twin_classes.py via
of_twins and inner_twins); a name with a telephone number read into it folds into the name
alone, which keeps the label (inner_twins); a word for a party's part ("the Respondent", "the
Licensor") that no field names is no entity (names/role_words.py). What must stay apart: a
head that a body of its own class holds, a bureau of the committee. On short texts written for
this file (invented zones, companies and departments)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"


def _draft(kg, text: str, doc_id: str = "round49-twins"):
    return draft_of(kg, text, doc_id, "round49.txt", today=dt.date(2026, 12, 6))


def _named(draft, label: str) -> list:
    return [e for e in draft.new() if e.label == label]


_ZONE = ("Larkfield zone grants land for a cobalt refinery\n\n"
         "The Management Committee of Larkfield Economic Development Zone signed a land grant "
         "with Brackwater Cobalt Co., Ltd. on 12 March 2027.\n\n"
         "Under the grant, Brackwater will build a 5,000-tonne cobalt sulphate line. The company "
         "also signed an access agreement with the Management Committee at the same time.\n\n"
         "Contact: Price Management Section, tel. 0391-5566 2201\n"
         "The hearing is organised by the Price Management Section of the Larkfield Development "
         "and Reform Commission.\n")


def test_a_plain_head_folds_into_the_body_named_with_of(snapshot_kg):
    """"the Management Committee" (a bare head, read as a plain organisation) is the zone's
    committee named a line above as a government body: one entity, its mention kept, and the
    access agreement's party is that committee."""
    d = _draft(snapshot_kg, _ZONE)
    full = _named(d, "Management Committee of Larkfield Economic Development Zone")
    assert len(full) == 1
    assert not _named(d, "Management Committee")
    assert "Management Committee" in {d.text[m.start:m.end] for m in full[0].mentions}
    parties = {o for e in d.new() if str(e.cls).endswith("#Agreement")
               for p, o, _, _ in e.statements if str(p) == NFO + "party"}
    assert full[0].iri in parties


def test_a_contact_line_head_folds_into_the_section_of_the_commission(snapshot_kg):
    """"Contact: Price Management Section" is the commission's section the next line names in
    full."""
    d = _draft(snapshot_kg, _ZONE)
    full = _named(d, "Price Management Section of the Larkfield Development and Reform Commission")
    assert len(full) == 1
    assert not _named(d, "Price Management Section")


_PARK = ("Kestrel Chemical Park admits two nickel salt projects\n\n"
         "The Kestrel Chemical Park Management Committee held an admission review on 22 December "
         "2026. The Management Committee approved two projects of Kestrel Hengfa Nickel Salt Co., "
         "Ltd.\n\n"
         "The Investment Promotion Bureau of the Management Committee will sign park entry "
         "agreements with both companies in January.\n")


def test_the_head_goes_to_the_body_of_its_class_not_to_a_bureau_of_it(snapshot_kg):
    """The committee's bureau holds the words "Management Committee" too, under another class:
    the head is still the park's committee, and the bureau stays a body of its own."""
    d = _draft(snapshot_kg, _PARK)
    committee = _named(d, "Kestrel Chemical Park Management Committee")
    bureau = _named(d, "Investment Promotion Bureau of the Management Committee")
    assert len(committee) == 1 and len(bureau) == 1
    assert not _named(d, "Management Committee")
    assert "Management Committee" not in bureau[0].aliases


_SIGNED = ("Notice on the spring inspection of tungsten tailings dams\n\n"
           "The Harlow Provincial Department of Water Resources will inspect tailings dams of "
           "tungsten mines from 1 March 2027. Enterprises shall send their dam records to the "
           "department's service hall, 8 Riverside Road, Harlow City.\n\n"
           "Tel.: 0371-65519870\n"
           "                                 Harlow Provincial Department of Water Resources\n"
           "                                 18 December 2026\n")


def test_a_telephone_read_into_a_name_leaves_the_label(snapshot_kg):
    """The signature's department, a telephone number on the line above it read into its name,
    is the department: one entity labelled by its name alone, no mention or alias holding the
    number."""
    d = _draft(snapshot_kg, _SIGNED)
    dept = [e for e in d.new() if "Department of Water Resources" in e.label
            and str(e.cls).endswith("#GovernmentBody")]
    assert [e.label for e in dept] == ["Harlow Provincial Department of Water Resources"]
    assert not any("0371" in a for a in dept[0].aliases)
    assert not any("0371" in d.text[m.start:m.end] for m in dept[0].mentions)
    signed = _SIGNED.rindex("Harlow Provincial Department")
    assert signed in {m.start for m in dept[0].mentions}


_AWARD = ("Arbitration award in a cobalt supply dispute\n\n"
          "The Claimant, Ferndale Trading Co., Ltd., supplied cobalt hydroxide to a refinery in "
          "Hunan. The Respondent, a subsidiary of Marlow Metals Group, stopped payment in May "
          "2026.\n\n"
          "The Licensor will supply 2 tonnes of cobalt powder to the plant each month.\n")


def test_a_role_word_no_field_names_is_no_company(snapshot_kg):
    """"the Respondent" and "the Licensor" are parts in the matter, not companies: no entity of
    their own, and nothing stated about one; the companies the text names stay."""
    d = _draft(snapshot_kg, _AWARD)
    labels = {e.label for e in d.entities.values()}
    assert not {"Respondent", "Licensor", "the Respondent", "the Licensor"} & labels
    assert "Ferndale Trading Co., Ltd." in labels
    assert "Marlow Metals Group" in labels
    iris = {e.iri for e in d.entities.values()}
    assert all(o in iris or not str(o).startswith("https://w3id.org/nfkg/")
               or "#" in str(o) for e in d.entities.values() for _, o, _, _ in e.statements)


_REORDERED = ("Brenton releases magnesium industry figures\n\n"
              "The Information Office of the Brenton Municipal People's Government held a press "
              "conference on 14 November 2026. Deputy Mayor Fan Wenli said the city's magnesium "
              "output rose by 12%.\n\n"
              "Source: Brenton Municipal Government Information Office\n\n"
              "The Brenton Municipal Government Information Centre will publish the full "
              "figures.\n")


def test_a_name_printed_again_in_another_order_is_one_body(snapshot_kg):
    """The office named with "of" and "People's" and again in the order of a source line is
    one body, the fuller name its label; the city's information centre, other words, stays a
    body of its own."""
    d = _draft(snapshot_kg, _REORDERED)
    office = _named(d, "Information Office of the Brenton Municipal People's Government")
    assert len(office) == 1
    assert not _named(d, "Brenton Municipal Government Information Office")
    assert "Brenton Municipal Government Information Office" in {
        d.text[m.start:m.end] for m in office[0].mentions}
    assert "Brenton Municipal Government Information Centre" not in office[0].aliases


def test_two_companies_of_the_same_words_in_another_order_stay_two(snapshot_kg):
    """Two companies whose names hold the same words in another order, with no "of" to turn
    about, are two companies, each with its own deal (a list of such deals was folded pair by
    pair, and its reading grew with the square of the list)."""
    text = ("Supply deals signed\n\n"
            "Marrow Quenby Nickel Co., Ltd. signed a supply agreement with Tilsey Vane Metals "
            "Co., Ltd. on Monday.\n"
            "Quenby Marrow Nickel Co., Ltd. signed a supply agreement with Orland Pike Metals "
            "Co., Ltd. on Tuesday.\n")
    d = _draft(snapshot_kg, text)
    assert len(_named(d, "Marrow Quenby Nickel Co., Ltd.")) == 1
    assert len(_named(d, "Quenby Marrow Nickel Co., Ltd.")) == 1
