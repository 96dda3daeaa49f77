"""Round 33, what a document's title and a listed facility's record say: a title wrapped onto a
line that opens with "of" is read whole; a document named by another rule from the title's
first line alone takes the whole title as its label; the text's own document is about the
investigation, plan or other thing its title names after "of", "on", "into", "to" ... (not a
thing the title names in another way, nor one inside another named thing of the title); a
record's "Facility:" field names its subject and its "Parent:" field the company it belongs
to."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import article, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.terms import NFO

TODAY = dt.date(2026, 12, 20)


def _draft(kg, text: str, doc_id: str):
    return ingest(kg, article(text, f"{doc_id}.txt"), doc_id, today=TODAY)


def _abouts(draft, ent) -> set[str]:
    by_iri = {e.iri: e for e in draft.entities.values()}
    return {by_iri[o].label for p, o, _, _ in ent.statements
            if p == NFO.about and o in by_iri}


RULING = """Ministry of Trade of Varenland

                                    Announcement No. 77 of 2026

      Final Ruling of the Anti-subsidy Investigation into Imports
      of Nickel Foil Originating in Ostria

On 3 March 2026 the ministry opened an anti-subsidy investigation into
imports of nickel foil originating in Ostria. The application was made by
Qelin Nickel Foil Co., Ltd. on behalf of the domestic industry.

The ministry has found that the subsidies caused material injury.

                                              Ministry of Trade of Varenland
                                              15 December 2026
"""


def test_a_title_wrapped_onto_a_line_opening_with_of_is_read_whole(snapshot_kg):
    d = _draft(snapshot_kg, RULING, "r33-title-ruling")
    titles = [e for e in d.new() if e.label.startswith("Final Ruling")]
    assert len(titles) == 1, sorted(e.label for e in d.new())
    assert titles[0].label == ("Final Ruling of the Anti-subsidy Investigation into Imports of "
                               "Nickel Foil Originating in Ostria")


def test_the_document_is_about_the_investigation_its_title_names(snapshot_kg):
    d = _draft(snapshot_kg, RULING, "r33-title-ruling-about")
    (doc,) = [e for e in d.new() if e.label.startswith("Final Ruling")]
    inv = [e for e in d.new() if e.label.lower().startswith("anti-subsidy investigation")]
    assert inv, sorted(e.label for e in d.new())
    assert inv[0].label in _abouts(d, doc)


PLAN = """Announcement of the Tariff Board of Varenland on the 2028 Duty Adjustment Plan

The Tariff Board has adopted the 2028 Duty Adjustment Plan. From 1 January 2028 the
provisional import duty on tin concentrate falls to 0.5%, and the export duty on
high-purity tin stays at 5%.

                                              Tariff Board of Varenland
                                              18 December 2026
"""


def test_the_document_is_about_the_plan_its_title_names_after_on(snapshot_kg):
    d = _draft(snapshot_kg, PLAN, "r33-title-plan")
    docs = [e for e in d.new() if e.label.startswith("Announcement")]
    plans = [e for e in d.new() if e.label.endswith("Duty Adjustment Plan")
             and not e.label.startswith("Announcement")]
    assert docs and plans, sorted(e.label for e in d.new())
    assert plans[0].label in _abouts(d, docs[0])


FEATURE = """GORANT ALUMINIUM NEWS | No. 310 | Monday, 7 December 2026 | Page 2

Forty Years by the River:
Old Hands Recall the Gorant Smelter

By staff reporter Wen Lu

The Gorant smelter poured its first metal in 1986. Three retired potline foremen told us
how the first cells were started by hand in the winter of that year.
"""


def test_a_title_naming_no_thing_after_a_link_word_makes_no_topic(snapshot_kg):
    d = _draft(snapshot_kg, FEATURE, "r33-title-feature")
    for e in d.new():
        assert not any(r == "topic:title-names@0.6" for _, _, _, r in e.statements), e.label


CONFORMANT = """Responsible Sourcing Desk of the Varen Metals Chamber

Conformant Refiner Register -- Update No. 4

Released: 16 December 2026

--- Record 1 ---
Metal:      Tantalum
Facility:   Qelin Tantalum Smelting Co., Ltd.
Parent:     Dorwan Rare Metals Group Co., Ltd.
Location:   Wuxing, Hunan, China
Valid:      2026-11-02 to 2027-11-01

--- Record 2 ---
Metal:      Tin
Facility:   Pelan Tin Industry Co., Ltd.
Location:   Gejiu, Yunnan, China
Valid:      2026-10-20 to 2027-10-19
"""


def test_a_facility_record_places_its_company_and_ties_it_to_its_parent(snapshot_kg):
    d = _draft(snapshot_kg, CONFORMANT, "r33-facility-record")
    by_iri = {e.iri: e for e in d.entities.values()}
    (qelin,) = [e for e in d.new() if e.label.startswith("Qelin Tantalum")]
    said = {(str(p).rsplit("#", 1)[-1], by_iri[o].label) for p, o, _, _ in qelin.statements
            if o in by_iri}
    assert ("subsidiaryOf", "Dorwan Rare Metals Group Co., Ltd.") in said, said
    assert any(p == "locatedIn" for p, _ in said), said
    (pelan,) = [e for e in d.new() if e.label.startswith("Pelan Tin")]
    assert not any(p == NFO.subsidiaryOf for p, _, _, _ in pelan.statements)


REFERENT = """Stock code: 600999          Stock abbreviation: Dorwan Tin

                 Dorwan Tin Industry Co., Ltd.
      Announcement on the Certification of the Pelan Smelter

The Company, a subsidiary of Varen Nonferrous Group Co., Ltd., was told on 3 December
that its Pelan smelter has passed a responsible sourcing audit.

                              Board of Directors of
                              Dorwan Tin Industry Co., Ltd.
                              8 December 2026
"""


def test_the_company_in_an_apposition_is_no_company_named_company(snapshot_kg):
    d = _draft(snapshot_kg, REFERENT, "r33-referent-apposition")
    assert not [e for e in d.new() if e.label.lower() in ("company", "the company")], \
        sorted(e.label for e in d.new())
    by_iri = {e.iri: e for e in d.entities.values()}
    (dorwan,) = [e for e in d.new() if e.label == "Dorwan Tin Industry Co., Ltd."]
    assert any(p == NFO.subsidiaryOf and by_iri[o].label.startswith("Varen Nonferrous")
               for p, o, _, _ in dorwan.statements if o in by_iri)


FILING = """Stock code: 600998          Stock abbreviation: Qelin Tin

                 Qelin Tin Industry Co., Ltd.
      Announcement on the Certification of the Mora Smelter

The Company was told on 3 December that its Mora smelter has passed an audit.

Mora Tin Smelting Co., Ltd. is a wholly owned subsidiary of the Company. It runs the smelter.
"""


def test_the_company_with_a_capital_is_the_filer_not_the_company_named_last(snapshot_kg):
    d = _draft(snapshot_kg, FILING, "r33-filing-company")
    by_iri = {e.iri: e for e in d.entities.values()}
    (mora,) = [e for e in d.new() if e.label == "Mora Tin Smelting Co., Ltd."]
    assert any(p == NFO.subsidiaryOf and by_iri[o].label == "Qelin Tin Industry Co., Ltd."
               for p, o, _, _ in mora.statements if o in by_iri), mora.statements


PLANT = """Responsible Sourcing Desk of the Varen Metals Chamber

Conformant Refiner Register -- Update No. 5

--- Record 1 ---
Metal:      Cobalt
Facility:   Jinchuan Group Co., Ltd. - Cobalt Refinery
Location:   Jinchang, Gansu, China
Valid:      2026-10-12 to 2027-10-11
"""


def test_a_plant_after_its_company_and_a_dash_is_the_record_subject(snapshot_kg):
    d = _draft(snapshot_kg, PLANT, "r33-facility-plant")
    by_iri = {e.iri: e for e in d.entities.values()}
    group = [e for e in d.entities.values() if e.label.startswith("Jinchuan Group")]
    assert group
    # the place and metal are the refinery's, not the group's
    for e in group:
        assert not any(r.startswith("table:record-field") for _, _, _, r in e.statements), \
            [(str(p), by_iri.get(o, o)) for p, o, _, _ in e.statements]
