"""`kg ingest`: round 45's parties of happenings and works named in a record's fields, on short
texts written for these tests (own words; invented companies, bodies and lots).

* a procurement result's lots ("Lot 2  Nickel wire, 300 kg" over "Supplier:  X Co., Ltd."): the
  labelled item heads its block of fields (reading/field_blocks.py), and the supplier takes part
  in the lot; the "Address:" under the supplier is the supplier's, not the lot's
  (relations/record_reader.py);
* a tender's record ("Project name:" over "Tenderer:" and "Tender agent:"): the tenderer owns
  the works, its agent takes part (data/table-row-headers.txt), also when the works is a site;
* a ruling's header ("Respondent:  X Co., Ltd.") and a later clause whose subject is "the
  respondent" ("The Respondent will resume deliveries ..."): X takes part in that step
  (events/clause_actors.py with relations/field_terms.py, data/field-party-terms.txt); a part
  no field names ("the appellant") stands for nobody."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hostile_drafts import draft_of

RESULT = """Announcement of the Procurement Result for Lab Furnaces

Tarnwick Materials Institute | 2027-03-02

1. Results

Lot 1  Vacuum sintering furnace with two chambers
       Supplier:  Ollerby Thermal Equipment Co., Ltd.
       Address:   No. 12 Kiln Road, Haverton
       Amount:    2,140,000.00 yuan

Lot 2  Nickel wire, 99.9%, 300 kg
       Supplier:  Prestfield Alloy Wire Co., Ltd.
       Amount:    410,500.00 yuan
"""

TENDER = """Announcement on Winning the Bid for the Cladding Works

On Monday, 8 March 2027, Quenby Facade Co., Ltd. received the notice of award. The terms are:

  Project name:        Cladding Works of the Morrow Quay Tower
  Tenderer:            Morrow Quay Property Development Co., Ltd.
  Tender agent:        Haldane Tendering Consulting Co., Ltd.
  Bid price:           RMB 96,000,000
"""

RULING = """NOTICE OF ARBITRAL AWARD

Claimant:        Fennick Trading Co., Ltd.
Respondent:      Brackley Alumina Co., Ltd.

The tribunal heard both sides in Tarnwick on 4 February 2027.
The Respondent will resume alumina deliveries in June 2027.
The appellant will be told of the costs in July 2027.
"""


@pytest.fixture(scope="module")
def result(kg):
    return draft_of(kg, RESULT, "round45-lots", name="lots.txt", today=dt.date(2027, 3, 3))


@pytest.fixture(scope="module")
def tender(kg):
    return draft_of(kg, TENDER, "round45-tender", name="tender.txt", today=dt.date(2027, 3, 9))


@pytest.fixture(scope="module")
def ruling(kg):
    return draft_of(kg, RULING, "round45-ruling", name="ruling.txt", today=dt.date(2027, 3, 9))


def _linked(draft, start, pred):
    """The labels the new entity whose label starts with ``start`` links by ``pred``."""
    ent = next(e for e in draft.new() if e.label.startswith(start))
    return {draft.entities[o].label for p, o, _, _ in ent.statements
            if str(p).endswith("#" + pred) and o in draft.entities}


def test_the_supplier_of_a_lot_takes_part_in_it(result):
    assert "Ollerby Thermal Equipment Co., Ltd." in _linked(result, "Lot 1", "participant")
    got = _linked(result, "Lot 2", "participant")
    assert "Prestfield Alloy Wire Co., Ltd." in got, got
    assert "Ollerby Thermal Equipment Co., Ltd." not in got, got


def test_the_address_under_a_supplier_is_not_the_lot_s(result):
    assert _linked(result, "Lot 1", "locatedIn") == set()


def test_the_tenderer_owns_the_works_and_its_agent_takes_part(tender):
    assert _linked(tender, "Cladding Works", "ownedBy") == \
        {"Morrow Quay Property Development Co., Ltd."}
    got = _linked(tender, "Cladding Works", "participant")
    assert "Haldane Tendering Consulting Co., Ltd." in got, got


def test_the_respondent_of_the_header_takes_part_in_its_step(ruling):
    got = _linked(ruling, "The Respondent will resume", "participant")
    assert "Brackley Alumina Co., Ltd." in got, got
    assert "Fennick Trading Co., Ltd." not in got, got


def test_a_part_no_field_names_stands_for_nobody(ruling):
    ev = [e for e in ruling.new() if e.label.startswith("The appellant")]
    for e in ev:
        assert not {p for p, *_ in e.statements if str(p).endswith("#participant")}, e.label


VISIT = """Harlow Cast Metals Co., Ltd.
Investor Relations Activity Record                              No.: 2027-004

Securities code ........ 300999
Activity type .......... site visit; analyst meeting
Date and time .......... Thursday, 4 March 2027, 10:00-11:30
Company attendees ...... Teng Haoran, Chairman
                         Wei Lanxi, Board Secretary
Institutions (2) ....... Corbel Securities Co., Ltd.; Linden Ridge Fund Co., Ltd.

Main content

Q1: How did the new die-casting cell run this winter?
A: It ran at about 80% of its rating.
"""


@pytest.fixture(scope="module")
def visit(kg):
    return draft_of(kg, VISIT, "round45-visit", name="visit.txt", today=dt.date(2027, 3, 5))


def test_the_attendees_and_institutions_of_a_record_take_part_in_its_meeting(visit):
    """An investor-relations record's head names the meeting in one field and who came in
    others ("Company attendees ......", "Institutions (2) ......": a count after the label)."""
    ev = next(e for e in visit.new() if "analyst meeting" in e.label.lower())
    got = {visit.entities[o].label for p, o, _, _ in ev.statements
           if str(p).endswith("#participant") and o in visit.entities}
    assert {"Teng Haoran", "Wei Lanxi", "Corbel Securities Co., Ltd."} <= got, got
