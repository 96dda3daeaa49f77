"""Round 25, documents: a form that records a contract by its title ("| Contract title | X
Supply Contract (2028-2030) |") with the parties and the signing day of its box fields, the
form's own sheet about it; a heading in capitals whose head word follows other kind words
("CONTRACT RECORD SHEET (for the register)"); a distribution footer ("Copied to: ...") that
names no signer; a document a verb of applying names ("our company will apply the load control
plan below"), issued by the letterhead. Each with a case that must not change."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _new(draft, words, classes):
    return next((e for e in draft.new() if words.lower() in e.label.lower()
                 and str(e.cls).rsplit("#", 1)[-1] in classes), None)


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(st[1], str(st[1])) for st in ent.statements if st[0] == pred}


FORM = """HEXI ZINC SMELTING CO., LTD.
SUPPLY CONTRACT RECORD SHEET (for the register)        Form HX-3

+------------------+--------------------------------------------+
| Record No.       | HX-SC-2027-088                             |
| Contract title   | Sulphuric Acid Offtake Contract (2028-2030)|
+------------------+--------------------------------------------+
| Seller           | Hexi Zinc Smelting Co., Ltd.               |
| Buyer            | Lanyuan Fertiliser Chemicals Co., Ltd.     |
| Date of signing  | 14 October 2027                            |
+------------------+--------------------------------------------+

Remarks:

  1. The board cleared the contract at its October session after the
     finance team checked the prices against last year's deliveries.

Registered by: Qiu Lan, Contracts Office            2027.10.16
"""

NOT_A_TITLE = """HEXI ZINC SMELTING CO., LTD.
SUPPLY CONTRACT RECORD SHEET (for the register)        Form HX-3

| Record No.       | HX-SC-2027-089                             |
| Contract title   | to be agreed with the buyer                |
| Seller           | Hexi Zinc Smelting Co., Ltd.               |
| Buyer            | Lanyuan Fertiliser Chemicals Co., Ltd.     |

Registered by: Qiu Lan, Contracts Office            2027.10.16
"""


@pytest.fixture(scope="module")
def form(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, FORM, "r25-form")


@pytest.fixture(scope="module")
def not_a_title(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, NOT_A_TITLE, "r25-form-untitled")


def test_a_forms_contract_title_field_is_the_agreement_with_its_parties(form):
    deal = _new(form, "sulphuric acid offtake contract", ("Agreement",))
    assert deal is not None and deal.rule == "document:form-title"
    parties = _objects(form, deal, NFO.party)
    assert any("Hexi Zinc" in p for p in parties) and any("Lanyuan" in p for p in parties)
    assert _objects(form, deal, NFO.dateSigned) == {"2027-10-14"}
    # "the contract" in the remarks is that one, not a second agreement
    assert not [e for e in form.new() if str(e.cls).endswith("#Agreement") and e is not deal]


def test_the_forms_own_sheet_is_about_the_contract_it_records(form):
    sheet = _new(form, "record sheet", ("Report",))
    assert sheet is not None and sheet.rule == "document:heading"
    assert any("Offtake Contract" in x for x in _objects(form, sheet, NFO.about))


def test_a_field_value_in_lower_case_is_no_title(not_a_title):
    assert not [e for e in not_a_title.new() if str(e.cls).endswith("#Agreement")]


BRIEFING = """                         WORK BRIEFING
                          No. 7 (Total No. 41)

Office of the Dongqiao Industrial Park Management Committee   9 March 2027
_____________________________________________________________________

  Two Copper Foil Makers Sign Leases in the Park

The park signed leases with two copper foil makers on 2 March, and both
will begin fitting out their workshops next month.

_____________________________________________________________________
Sent to: Dongqiao Municipal Bureau of Commerce
Copied to: members of the Dongqiao Park Work Group
Printed: 9 March 2027                                  (30 copies)
"""

SIGNED = """Dongqiao Copper Foil Co., Ltd.

Notice on the Spring Inspection of Furnace Linings

All workshops shall finish their own checks of the furnace linings by the
end of March and report the results to the equipment section in writing.
Workshops that find cracks wider than two millimetres shall stop the furnace
concerned and ask the maintenance team to reline it before it is restarted.

                                    Dongqiao Copper Foil Co., Ltd.
                                    9 March 2027
"""


@pytest.fixture(scope="module")
def briefing(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BRIEFING, "r25-briefing")


@pytest.fixture(scope="module")
def signed(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, SIGNED, "r25-signed")


def test_a_work_briefing_heading_is_the_document_and_its_copies_do_not_sign_it(briefing):
    doc = _new(briefing, "work briefing", ("Report",))
    assert doc is not None
    assert not any("Work Group" in x or "Bureau" in x for x in _objects(briefing, doc,
                                                                        NFO.issuedBy))


def test_a_notice_signed_over_its_date_is_still_issued_by_the_signer(signed):
    doc = _new(signed, "spring inspection", ("Notice",))
    assert doc is not None
    assert any("Dongqiao Copper Foil" in x for x in _objects(signed, doc, NFO.issuedBy))


APPLIED = """Dongqiao Power Supply Company

  Notice on Load Control for Smelters during the Summer Peak

To the smelters listed below:

Because of the dry season, and in line with the provincial energy bureau's guidance,
our company will apply the summer load control plan below from 1 July 2027
to 31 August 2027. The company has not implemented the rotation plan yet.

  No.  User                               Load
  1    Dongqiao Copper Foil Co., Ltd.      42

                                  Dongqiao Power Supply Company
                                               20 June 2027
"""


@pytest.fixture(scope="module")
def applied(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, APPLIED, "r25-applied")


def test_a_plan_our_company_will_apply_is_a_plan_of_the_letterheads_company(applied):
    plan = _new(applied, "summer load control plan", ("Plan",))
    assert plan is not None
    assert any("Dongqiao Power Supply" in x for x in _objects(applied, plan, NFO.issuedBy))


def test_a_plan_not_implemented_is_no_document(applied):
    assert _new(applied, "rotation plan", ("Plan",)) is None


TRADES = """Gansu Power Exchange Center Co., Ltd.

ANNOUNCEMENT
Gan Dian Jiao [2027] No. 12

Results of the 2028 Annual Bilateral Wind Power Trading

Under the Basic Rules for Wind Power Trading issued by the NDRC, our center
organised the annual trading and the trades were cleared on 9 December.

1. Participants

   Sellers:  Hexi Wind Energy Co., Ltd. [HWE]
             Qilian Solar Power Co., Ltd. [QSP]
   Buyers:   Jiayu Zinc Smelting Co., Ltd. [JZS]
             Longxi Copper Foil Co., Ltd. [LCF]

2. Cleared trades

   No.  Seller  Buyer  Type          Volume (GWh)
   ---  ------  -----  ------------  ------------
   1    HWE     JZS    wind                   610
   2    QSP     LCF    solar                  240
        Total                                 850

3. Other sales

   No.  Seller  Region        Volume (GWh)
   ---  ------  ------------  ------------
   1    HWE     Gansu                  120
   2    QSP     Ningxia                 75
"""


@pytest.fixture(scope="module")
def trades(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, TRADES, "r25-trades")


def _agreements(draft):
    return [e for e in draft.new() if str(e.cls).endswith("#Agreement")]


def test_a_table_of_seller_and_buyer_columns_lists_one_agreement_a_row(trades):
    rows = [e for e in _agreements(trades) if e.rule == "agreement:table-row"]
    assert len(rows) == 2       # (not the total row, not the table with one party column)
    got = sorted(tuple(sorted(_objects(trades, e, NFO.party))) for e in rows)
    assert got == [("Hexi Wind Energy Co., Ltd.", "Jiayu Zinc Smelting Co., Ltd."),
                   ("Longxi Copper Foil Co., Ltd.", "Qilian Solar Power Co., Ltd.")]


def test_a_short_form_in_square_brackets_names_its_company(trades):
    ent = next(e for e in trades.new() if e.label == "Hexi Wind Energy Co., Ltd.")
    assert "HWE" in ent.aliases and len(ent.mentions) >= 3


def test_rules_titled_for_a_trade_are_a_document_issued_by_the_ministry(trades):
    rules = _new(trades, "basic rules for wind power trading", ("PolicyDocument",))
    assert rules is not None
    assert any("Development and Reform" in x or "NDRC" in x
               for x in _objects(trades, rules, NFO.issuedBy))


NUMBERED = """HEXI RAILWAY FREIGHT CO., LTD.
FREIGHT SERVICE NOTICE

He Tie Huo [2027] No. 31                      Date of issue: 2027.04.02
Issued by: Marketing Department               Page 1 of 1
=====================================================================

SUBJECT: Weekend loading at Hexi North Station

From 10 April 2027, the loading tracks of Hexi North Station will also
be open on Saturdays for zinc concentrate and copper cathode wagons, and
shippers shall book the weekend slots two days ahead on the platform.
"""


@pytest.fixture(scope="module")
def numbered(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, NUMBERED, "r25-numbered")


def test_a_number_line_under_a_heading_numbers_that_notice(numbered):
    notice = _new(numbered, "freight service notice", ("Notice",))
    assert notice is not None and "He Tie Huo [2027] No. 31" in notice.aliases
    docs = [e for e in numbered.new() if str(e.cls).rsplit("#", 1)[-1] in
            ("Notice", "PolicyDocument", "Report")]
    assert docs == [notice]


HANDOVER = """Hexi Zinc Smelting Co., Ltd.  >  Company News  >  2027-03-02 09:10

     Deputy Manager Hands Over the Sales Desk

The outgoing sales manager handed his desk to his successor this morning,
with the files and the open contracts listed in the record below.

 Item  Content                                        Status
 ----  ---------------------------------------------  ------------------------
 1     Offtake contract for zinc concentrate with     signed 2027.01.20,
       Qilian Mining Co., Ltd. (2027)                 runs to year end
 2     Freight contract for the winter season         open; to be renewed
 3     Archives (96 files)                            listed in annex
"""

BULLETIN = """HEXI PORT CO., LTD.
Monthly Cargo Bulletin - Ores and Metals
March 2027 (Issue 3, 2027)                          Released 2027.04.05
----------------------------------------------------------------------

A. THROUGHPUT BY CARGO (10,000 tonnes)

   Cargo                    Mar 2027   Feb 2027   Jan-Mar 2027
   ----------------------   --------   --------   ------------
   Imported bauxite            210.4      198.2          601.7
   Alumina (outbound)           18.1       17.6           52.0
   Caustic soda                  6.2        5.9           17.3

B. PORT NOTICES

   1. Berth 4 will be closed for dredging from 10 to 18 April.
"""


@pytest.fixture(scope="module")
def handover(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, HANDOVER, "r25-handover")


@pytest.fixture(scope="module")
def cargo(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BULLETIN, "r25-cargo")


def test_a_cell_naming_a_contract_with_a_company_is_that_agreement(handover):
    rows = [e for e in _agreements(handover) if e.rule == "agreement:cell"]
    assert len(rows) == 1       # (not the freight contract: no other side is named)
    deal = rows[0]
    assert deal.label.startswith("Offtake contract for zinc concentrate with Qilian Mining")
    parties = _objects(handover, deal, NFO.party)
    assert "Qilian Mining Co., Ltd." in parties and any("Hexi Zinc" in p for p in parties)
    assert _objects(handover, deal, NFO.dateSigned) == {"2027-01-20"}


def test_a_bulletin_titled_under_its_letterhead_concerns_the_metals_of_its_rows(cargo):
    doc = _new(cargo, "monthly cargo bulletin", ("Notice", "Report"))
    assert doc is not None and doc.rule == "document:heading"
    metals = _objects(cargo, doc, NFO.concernsMetal)
    assert any("auxite" in m for m in metals) and any("lumina" in m for m in metals)
    # a section's heading in capitals is no document of its own
    assert _new(cargo, "port notices", ("Notice", "Report")) is None


def test_the_plan_our_company_applies_below_is_what_the_notice_carries(applied):
    notice = _new(applied, "load control for smelters", ("Notice",))
    assert notice is not None
    assert any("summer load control plan" in x.lower() for x in _objects(applied, notice,
                                                                        NFO.about))


COVERED = """Hexi Power Supply Company

  Notice on Load Shedding for Smelters in the Dry Season

To the users listed below:

In line with the provincial guidance, our company will carry out the dry season
load shedding plan from 1 May 2027 to 30 June 2027, and the rotation scheme of
Hexi Grid Dispatch Co., Ltd. stays in force for other users.

1. Users in the plan (base load in MW)

   No.  User                                  Site               Base
   ---  ------------------------------------  -----------------  ----
   1    Hexi Zinc Smelting Co., Ltd.          Hexi County          64
   2    Qilian Silicon Co., Ltd.              Qilian County        88

2. Other large users

   No.  User                                  Site               Base
   ---  ------------------------------------  -----------------  ----
   1    Longxi Copper Foil Co., Ltd.          Longxi County        12
"""


@pytest.fixture(scope="module")
def covered(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, COVERED, "r25-covered")


def test_a_section_naming_the_plan_over_a_table_lists_what_the_plan_is_about(covered):
    plan = _new(covered, "load shedding plan", ("Plan",))
    assert plan is not None
    about = _objects(covered, plan, NFO.about)
    assert {"Hexi Zinc Smelting Co., Ltd.", "Qilian Silicon Co., Ltd."} <= about
    # the table of the next section names no document: its users are not the plan's
    assert "Longxi Copper Foil Co., Ltd." not in about


def test_the_steps_a_contract_form_lists_are_about_its_contract(kg, tmp_path_factory):
    text = FORM.replace("Remarks:", """REVIEW AND APPROVAL

  Step                      Person / body                  Date
  ------------------------  -----------------------------  ----------
  Drafted                   Sales Office                   2027.09.30
  Company approval          Gao Min, General Manager       2027.10.12

Remarks:""")
    draft = _draft(kg, tmp_path_factory, text, "r25-form-steps")
    deal = _new(draft, "sulphuric acid offtake contract", ("Agreement",))
    steps = [e for e in draft.new() if deal.iri in {st[1] for st in e.statements
                                                    if st[0] == NFO.about}]
    assert any("approval" in e.label.lower() for e in steps)
    # the form's untitled twin reads no contract: no step is about one
    assert not [e for e in draft.new() if e.statements.has(NFO.about, deal.iri)
                and str(e.cls).rsplit("#", 1)[-1] in ("Company", "Person")]


RULES = """Longxi Talent Office

Under the implementing rules of the "Longxi Craftsmen" programme, which the
Longxi Municipal Party Committee issued in 2025, twelve applicants from the
city's copper foil and zinc alloy makers were reviewed by an expert panel.
Under the revised rules, the panel also visited the workshops of each applicant.
"""

OBITUARY = """                              OBITUARY

Comrade Tang Weiguo, former chief engineer of the Longxi Zinc Smelter, died
of illness in Lanzhou on 2 March 2027 at the age of 81. He joined the smelter
in 1968 and led the design of its first electrolytic zinc cell house.

                                   Longxi Zinc Smelter
                                   4 March 2027
"""

RESULTS = """                              RESULTS

Tang Weiguo of the Longxi Zinc Smelter won the first prize, and Gao Min of the
Qilian Silicon Co., Ltd. won the second prize in the furnace operators' contest.
"""


@pytest.fixture(scope="module")
def rules(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, RULES, "r25-rules")


def test_implementing_rules_a_committee_issued_implement_their_programme(rules):
    doc = _new(rules, "implementing rules", ("PolicyDocument",))
    assert doc is not None
    assert any("Party Committee" in x for x in _objects(rules, doc, NFO.issuedBy))
    assert any("Longxi Craftsmen" in x for x in _objects(rules, doc, NFO.implements))
    # "the revised rules" says nothing of which: no second document
    assert len([e for e in rules.new() if str(e.cls).endswith("#PolicyDocument")]) == 1


def test_an_obituary_heading_is_the_document_about_the_person_it_mourns(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, OBITUARY, "r25-obituary")
    doc = _new(draft, "obituary", ("Notice",))
    assert doc is not None and doc.rule == "document:heading"
    assert _objects(draft, doc, NFO.about) == {"Tang Weiguo"}


def test_a_one_word_heading_of_no_genre_is_no_document(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, RESULTS, "r25-results")
    assert not [e for e in draft.new() if e.rule == "document:heading"]


SIGNED_OFFICE = """Longxi Zinc Smelting Co., Ltd.
                                          LXZ Party Org. [2027] No. 9

          NOTICE ON THE APPOINTMENT OF WORKSHOP HEADS

To all workshops and departments:

At its meeting on 2 March 2027 the company's Party Committee decided to appoint
the heads of the roasting and leaching workshops named in the list below, and the
Organisation Department will update the personnel records by the end of March.

                        Party Committee Office (seal)
                        5 March 2027
"""


def test_an_office_signing_over_a_date_set_right_issued_the_notice(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, SIGNED_OFFICE, "r25-signed-office")
    doc = _new(draft, "appointment of workshop heads", ("Notice",))
    assert doc is not None
    issuers = _objects(draft, doc, NFO.issuedBy)
    assert "Party Committee Office" in issuers
    # the department the body names is no issuer
    assert "Organisation Department" not in issuers


def test_an_action_cell_signing_a_contract_named_before_is_that_contract(kg, tmp_path_factory):
    text = HANDOVER.replace("with the files and the open contracts listed in the record below.",
                            "with the files, the open contracts and the offtake agreement with "
                            "Qilian Mining Co., Ltd. listed below.").replace(
        "Offtake contract for zinc concentrate with  ", "Renew the offtake agreement with   ")
    draft = _draft(kg, tmp_path_factory, text, "r25-action-cell")
    deals = [e for e in _agreements(draft) if "Qilian" in e.label]
    assert len(deals) <= 1
    assert not [e for e in _agreements(draft) if e.label.startswith("Renew")]


UNIT_SIGNED = """          PUBLICITY OF THE PROPOSED GRANTS FOR ZINC RECYCLERS

The grants below are made public from 3 to 9 May 2027. Anyone who objects may
write to the bureau within the period, giving the reasons and a contact number;
late objections and objections without a name will not be handled by the bureau.

  1  Hexi Zinc Recycling Co., Ltd.        0.8 million yuan
  2  Qilian Metal Renewal Co., Ltd.       0.5 million yuan

        Planning Bureau, Administrative Committee of
        Hexi Economic Development Zone
        3 May 2027
"""


def test_the_unit_before_its_parent_on_a_signature_line_issued_the_text(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, UNIT_SIGNED, "r25-unit-signed")
    doc = _new(draft, "proposed grants for zinc recyclers", ("Notice",))
    assert doc is not None
    issuers = _objects(draft, doc, NFO.issuedBy)
    assert "Planning Bureau" in issuers
    assert not any("Administrative Committee" in x for x in issuers)


RULING = """                    ADVANCE RULING DECISION
                        (Classification)

The applicant asked how its vanadium-aluminium master alloy should be classed.
The sample was tested by the Hexi Customs Technology Center, which found 85%
vanadium, and the ruling below is given on that basis for the next three years.

Case officer: Gao Min, Tariff Division, Hexi Customs

                                             Hexi Customs (seal)
                                             4 March 2027
"""


def test_a_ruling_is_issued_by_the_body_sealing_it_not_its_laboratory(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, RULING, "r25-ruling")
    doc = _new(draft, "advance ruling decision", ("PolicyDocument",))
    assert doc is not None
    assert _objects(draft, doc, NFO.issuedBy) == {"Hexi Customs"}
