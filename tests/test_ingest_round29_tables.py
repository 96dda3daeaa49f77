"""Round 29, tables: a row read by its header. A project's cell wrapped over two to four lines is
one project (its lines joined; a trailing amount left out; the first line an alias); the row's
subject (the thing its first subject column names) takes what the other cells name as their
headers say: an organisation under "Investor" owns it, a person under "In charge" leads it, a
day under "Due" is its planned day, a metal under "Main product" is one it concerns. A header
word the list lacks reads nothing, and a row whose subject cell names nothing proposes nothing."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels
from kg.ingest.terms import NFO


def _by_label(draft) -> dict:
    return {e.label: e for e in draft.entities.values()}


def _objects(draft, ent, pred) -> set:
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if str(p) == str(pred)}


SIGNED = """Lanxi County Investment Office

PROJECTS SIGNED AT THE 2027 LANXI ZINC AND ALLOY FAIR

Released: 3 March 2027

Four projects were signed at the fair in Lanxi County on 1 March 2027.

No. Project                        Investor                        Town        Amount
--- ------------------------------ ------------------------------- ----------- ------
1   Zinc alloy die-casting line    Ningde Baoxin Casting           Shuiting    6.0
    for door hardware              Co., Ltd.                       Township
2   Galvanising plant for grid     Fuzhou Tieta Steel Structure    Lanjiang    3.5
    towers                         Co., Ltd.                       Township
3   Zinc oxide powder workshop     Qingyuan Huaxin Chemical        Shuiting    2.2
                                   Co., Ltd.                       Township
--- ------------------------------ ------------------------------- ----------- ------
    Total                                                                      11.7

The office will report on the projects in June.
"""


def test_a_wrapped_project_cell_is_one_project_owned_by_its_investor(kg):
    draft = draft_of(kg, SIGNED, "t29-signed")
    projects = new_labels(draft, "Project")
    assert "Zinc alloy die-casting line for door hardware" in projects
    assert "Galvanising plant for grid towers" in projects
    ents = _by_label(draft)
    line = ents["Zinc alloy die-casting line for door hardware"]
    assert "Zinc alloy die-casting line" in line.aliases
    owners = _objects(draft, line, NFO.ownedBy)
    assert any(o.startswith("Ningde Baoxin Casting") for o in owners)
    plant = ents["Galvanising plant for grid towers"]
    assert any(o.startswith("Fuzhou Tieta Steel Structure") for o in _objects(draft, plant, NFO.ownedBy))
    # ("Total" under the numbers names nothing)
    assert not any(label.startswith("Total") for label in projects)


LEDGER = """Shaping Town Revitalisation Office

PROGRESS OF THE TOWN'S KEY PROJECTS (No. 4, 2027)

Issued: 10 May 2027

 No. Project                 Hamlet        In charge         Share     Due          St.
 --- ----------------------- ------------- ----------------- --------- ------------ ---
 1   Copper wire drawing     Dongwan       Pan Yuelin,         70%     30 Jun 2027   G
     workshop, phase I                     deputy town head
 2   Cold store for the      Xiwan         Lu Hongbo           40%     15 Sep 2027   Y
     cooperative (500 t)
 3   Village road repair     Beiwan        Pan Yuelin          90%     done 2 May    G
 --- ----------------------- ------------- ----------------- --------- ------------ ---

The office checks the projects each month.
"""


def test_a_person_in_charge_leads_the_row_s_project_and_due_is_its_planned_day(kg):
    draft = draft_of(kg, LEDGER, "t29-ledger")
    ents = _by_label(draft)
    shop = ents["Copper wire drawing workshop, phase I"]
    assert _objects(draft, shop, NFO.ledBy) == {"Pan Yuelin"}
    assert _objects(draft, shop, NFO.plannedDate) == {"2027-06-30"}
    store = ents["Cold store for the cooperative (500 t)"]
    assert _objects(draft, store, NFO.ledBy) == {"Lu Hongbo"}
    assert _objects(draft, store, NFO.plannedDate) == {"2027-09-15"}
    # "done 2 May" is no day and nothing more: no planned day
    road = ents.get("Village road repair")
    assert road is None or not _objects(draft, road, NFO.plannedDate)


UNKNOWN = """Lanxi County Investment Office

PROJECTS UNDER REVIEW

Released: 3 March 2027

No. Project                        Reviewer                        Amount
--- ------------------------------ ------------------------------- ------
1   Zinc alloy die-casting line    Ningde Baoxin Casting           6.0
    for door hardware              Co., Ltd.
2   Galvanising plant for grid     Fuzhou Tieta Steel Structure    3.5
    towers                         Co., Ltd.
--- ------------------------------ ------------------------------- ------
"""


def test_a_header_word_not_on_the_list_reads_nothing(kg):
    draft = draft_of(kg, UNKNOWN, "t29-unknown")
    ents = _by_label(draft)
    line = ents["Zinc alloy die-casting line for door hardware"]
    assert not any(r.startswith("table:row-cell") for _, _, _, r in line.statements)
    assert not _objects(draft, line, NFO.ownedBy)


PRODUCTS = """Provincial Industry Department

LIST OF SPECIALISED SMALL FIRMS (NON-FERROUS)

Released: 12 April 2027

No.  Enterprise                                City        Main product
---  ----------------------------------------  ----------  ---------------------
1    Jinshan Hongye Copper Strip Co., Ltd.      Jinshan     lead frame strip
2    Minhe Ruida New Materials Co., Ltd.        Minhe       tungsten heavy alloy
                                                            parts
"""


def test_a_metal_under_main_product_is_one_the_row_s_company_concerns(kg):
    draft = draft_of(kg, PRODUCTS, "t29-products")
    ents = _by_label(draft)
    firm = ents["Minhe Ruida New Materials Co., Ltd."]
    metals = _objects(draft, firm, NFO.concernsMetal)
    assert any("ungsten" in m for m in metals), metals
    assert any(r.startswith("table:row-cell") for _, _, _, r in firm.statements)


# Records of labelled fields read as rows: the numbered item over a block, or its "Project:"
# field, names the subject; "Investor:" / "Builder:" own it, "Leader in charge:" leads it,
# "Site:" places it (the value's first place), "Responsible unit:" takes part.
RECORDS = """Qiantang Municipal Investment Office

LEDGER OF KEY PROJECTS (status at 30 November 2027)

Date: 2027.12.02

1. 80,000 t/a copper foil for lithium batteries project
   Investor:            Lianxin Copper Foil Co., Ltd.
   Site:                Binhai Industrial Park, Dongqiao District
   Leader in charge:    Zhou Weiming, Vice Mayor of Qiantang
   Responsible unit:    Qiantang Municipal Bureau of Commerce
   Status:              foundations poured in November.

2. Tin solder recycling line (pilot)
   Investor:            Hengsi Solder Materials Co., Ltd.
   Site:                Beigang Industrial Zone, Dongqiao District
   Leader in charge:    Shen Lijuan, Vice Mayor of Qiantang
   Status:              equipment under tender.
"""


def test_a_numbered_item_over_fields_is_read_as_a_row(kg):
    draft = draft_of(kg, RECORDS, "t29-records")
    ents = _by_label(draft)
    foil = next(e for e in ents.values() if e.label.startswith("80,000 t/a copper foil"))
    assert any(o.startswith("Lianxin Copper Foil") for o in _objects(draft, foil, NFO.ownedBy))
    assert _objects(draft, foil, NFO.ledBy) == {"Zhou Weiming"}
    assert "Binhai Industrial Park" in _objects(draft, foil, NFO.locatedIn)
    assert any("Bureau of Commerce" in o for o in _objects(draft, foil, NFO.participant))
    # the item no other rule names is named by its place over the fields
    solder = ents["Tin solder recycling line (pilot)"]
    assert any(o.startswith("Hengsi Solder Materials") for o in _objects(draft, solder, NFO.ownedBy))
    assert _objects(draft, solder, NFO.ledBy) == {"Shen Lijuan"}


CARD = """Lanxi Ecology Bureau

PUBLICITY OF A PROPOSED APPROVAL

Project:        Antimony Smelter Flue Gas Desulfurisation Upgrade
                and Slag Yard Closure Project
Builder:        Lengshui Huayu Antimony Co., Ltd., a wholly owned
                subsidiary of Xikuang Nonferrous Group
Location:       Lengshui Industrial Park, Lanxi County
Report by:      Lanxi Huanbao Consulting Co., Ltd.

Objections may be sent to the bureau within five working days.
"""


def test_a_project_field_wrapped_is_one_project_and_an_aside_owns_nothing(kg):
    draft = draft_of(kg, CARD, "t29-card")
    ents = _by_label(draft)
    label = "Antimony Smelter Flue Gas Desulfurisation Upgrade and Slag Yard Closure Project"
    assert label in ents
    project = ents[label]
    owners = _objects(draft, project, NFO.ownedBy)
    assert any(o.startswith("Lengshui Huayu Antimony") for o in owners)
    assert not any("Xikuang" in o for o in owners)      # (the parent, in an aside)
    assert "Slag Yard Closure Project" not in ents      # (the value's second line alone)


FIELDS = """Wuyang County Investment Office

PROJECTS SIGNED IN OCTOBER 2027

Released: 2 November 2027

No. Project                        Investor                        Amount
--- ------------------------------ ------------------------------- ------
1   Aluminium battery trays        Kaiyuan Lightweight Parts       5.0
    for new energy vehicles        Co., Ltd.
2   Copper busbar line             Ruiguang Electric Copper        2.1
                                   Co., Ltd.
--- ------------------------------ ------------------------------- ------
"""


def test_a_field_named_in_a_project_s_own_cell_is_one_it_concerns(kg):
    draft = draft_of(kg, FIELDS, "t29-fields")
    ents = _by_label(draft)
    trays = ents["Aluminium battery trays for new energy vehicles"]
    fields = _objects(draft, trays, NFO.concernsField)
    assert any("ew energy vehicles" in f for f in fields), fields
