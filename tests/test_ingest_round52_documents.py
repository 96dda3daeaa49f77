"""Round 52, documents: what a notice, list or standard says of other entities, read from the
layout of official texts.

* a table whose header types the number's word and the first column's name one space apart
  ("No. Enterprise      Result") over its rows ("1   X Co., Ltd.   ..."): the rows are read
  (kg/ingest/reading/table_cells.numbered_head), so the list holds its firms;
* a table whose header wraps a column's name onto a second line down to a rule of dashes
  ("Surcharge" over "(yuan/kWh)" over "-----"): the rows are read too (table_cells.
  wrapped_header), and a rule of "=" closes them;
* the text's own number set in a bold field of a Markdown header ("**Document No.:** X") or on
  a line of the header with its day after it ("X [2027] No. 3 · 11 January 2027") names the
  notice the first line titles, no second document (names/document_numbers);
* "Drafting units of this document: A, B, C" in a standard's foreword: the standard the title
  lines name is drafted by A, B and C (relations/document_roles);
* a notice of tender results over a table with a column of winners ("| Lot | Goods | Winning
  bidder |") holds the winning firms (relations/winner_rows).

Short texts written for this file (invented bureaux, firms and standards)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.reading.tables import tables

NFO = "https://w3id.org/nfkg/ontology#"


def _draft(kg, text: str):
    return draft_of(kg, text, "round52-documents", "round52.txt", today=dt.date(2028, 6, 1))


def _objects(draft, label_start: str, pred: str) -> set:
    """The labels of what the new entity whose label starts so links to by ``pred``."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out = set()
    for e in draft.new():
        if e.label.startswith(label_start):
            out |= {labels.get(o, str(o)) for p, o, _, _ in e.statements
                    if str(p) == NFO + pred}
    return out


def _documents(draft) -> list:
    return [e for e in draft.new() if str(e.cls).endswith(("#Notice", "#PolicyDocument"))]


_INSPECTION = """MARLOW COUNTY SAFETY BUREAU

Ma An Fa [2028] No. 12

Publicity of the Results of the 2028 Inspection of Dust Extraction at Zinc Smelters

The Bureau inspected the dust extraction systems of three smelters of the county in March
2028. The results are published below.

-------------------------------------------------------------------------------------
No. Enterprise                               Systems inspected                Result
-------------------------------------------------------------------------------------
1   Marlow Eastdale Zinc Smelting Co.,       roaster baghouse, acid plant     passed
    Ltd.                                     fans
2   Orwell Pike Zinc Co., Ltd.               leaching hall ducts              to be rectified
3   Hollin Brook Metals Co., Ltd.            casting shop hoods               passed
-------------------------------------------------------------------------------------

                                                   Marlow County Safety Bureau
                                                   2 April 2028
"""


def test_a_numbered_header_typed_one_space_apart_is_read_as_two_columns():
    got = tables(_INSPECTION)
    assert len(got) == 1, got
    heads = [h for _, _, h in got[0].header]
    assert heads[:2] == ["No.", "Enterprise"], heads
    assert len([r for r in got[0].rows if len(r.cells) >= 2]) == 3, got[0].rows


def test_the_list_holds_the_firms_of_such_a_table(snapshot_kg):
    draft = _draft(snapshot_kg, _INSPECTION)
    held = _objects(draft, "Publicity of the Results", "includes")
    for firm in ("Marlow Eastdale Zinc Smelting Co., Ltd.", "Orwell Pike Zinc Co., Ltd.",
                 "Hollin Brook Metals Co., Ltd."):
        assert firm in held, held


_GRADES = """Notice on the Water Tariff Grades of Copper Smelters for 2028

II. Grades
================================================================================
Enterprise                          City        m3/t      Surcharge    Remarks
                                                          (yuan/m3)
--------------------------------------------------------------------------------
Marlow Redhill Copper Co., Ltd.     Marlow      4.1       0.00
Orwell Cathode Copper Co., Ltd.     Orwell      4.6       0.05         *
================================================================================
*   recycling line under construction.
"""


def test_a_header_wrapped_down_to_its_rule_is_read_and_a_rule_closes_the_rows():
    got = [t for t in tables(_GRADES) if t.header[0][2] == "Enterprise"]
    assert len(got) == 1, tables(_GRADES)
    assert [h for _, _, h in got[0].header][3] == "Surcharge (yuan/m3)", got[0].header
    assert len(got[0].rows) == 2, got[0].rows


def test_a_bold_document_number_field_names_the_titled_notice(snapshot_kg):
    text = ("# Notice on the Results of the 2028 Check of Scales at Tin Smelters\n\n"
            "**Issued by:** Marlow County Bureau of Metrology\n"
            "**Document No.:** Ma Ji Jian [2028] No. 31\n"
            "**Date:** 14 May 2028\n\n"
            "The Bureau checked the weighbridges of four tin smelters in April 2028. All four "
            "passed.\n")
    draft = _draft(snapshot_kg, text)
    docs = _documents(draft)
    assert len(docs) == 1, [d.label for d in docs]
    assert "Ma Ji Jian [2028] No. 31" in docs[0].aliases, docs[0].aliases


def test_a_header_line_number_with_its_day_names_the_titled_notice(snapshot_kg):
    text = ("# Notice on Admitting Two New Members to the Exchange\n\n"
            "**Marlow Base Metals Exchange**\n\n"
            "Ma Jiao Fa [2028] No. 5 · Monday, 10 January 2028\n\n"
            "To all members:\n\n"
            "The council of the Exchange, meeting on 28 December, admitted Orwell Pike Zinc "
            "Co., Ltd. and Hollin Brook Metals Co., Ltd. as members.\n")
    draft = _draft(snapshot_kg, text)
    docs = _documents(draft)
    assert len(docs) == 1, [d.label for d in docs]
    assert "Ma Jiao Fa [2028] No. 5" in docs[0].aliases, docs[0].aliases


def test_a_number_in_a_sentence_stays_a_document_of_its_own(snapshot_kg):
    text = ("# Notice on the Results of the 2028 Check of Scales at Tin Smelters\n\n"
            "The check followed the reply of the provincial bureau (Ma Ji Han [2027] No. 8) "
            "issued last year, and all four smelters passed.\n")
    draft = _draft(snapshot_kg, text)
    titled = [d for d in _documents(draft) if d.label.startswith("Notice on the Results")]
    assert titled and "Ma Ji Han [2027] No. 8" not in titled[0].aliases, titled


_FOREWORD = """                                                        T/MCA 0017-2028

                                 GROUP STANDARD

Zinc-aluminium alloy ingots for hot-dip galvanising -- Technical specification

          Issued: 2028-02-20                          Implemented: 2028-06-01

--------------------------------------------------------------------------------------

Foreword

This document was proposed by the Zinc Branch of the Marlow Metals Association.

This document covers the chemical composition and sampling of zinc-aluminium alloy ingots;
the test methods follow GB/T 9999.

Drafting units of this document: Marlow Eastdale Zinc Smelting Co., Ltd., Orwell Pike Zinc
Co., Ltd., Marlow Institute of Metals Testing.
"""


def test_drafting_units_of_this_document_draft_the_standard_the_title_names(snapshot_kg):
    draft = _draft(snapshot_kg, _FOREWORD)
    drafters = _objects(draft, "T/MCA 0017-2028", "draftedBy")
    for unit in ("Marlow Eastdale Zinc Smelting Co., Ltd.", "Orwell Pike Zinc Co., Ltd.",
                 "Marlow Institute of Metals Testing"):
        assert unit in drafters, drafters
    assert not _objects(draft, "GB/T 9999", "draftedBy")


def test_this_in_a_word_is_no_verb_of_the_units_list():
    """"of this document": the list's "of" names the document; "th" + "is" is no verb."""
    from kg.ingest.relations.document_roles import _UNITS
    m = _UNITS.search("drafting units of this document: marlow zinc co., ltd.")
    assert m is not None and m.group("of") == "this document", m


_TENDER = """# Announcement of Tender Results

**Issued by:** Marlow Tendering Agency Co., Ltd.
**Date:** 3 March 2028

The tender for the copper busbars and zinc anodes of the Eastdale substation closed on
20 February 2028. The results are as follows.

| Lot | Goods | Winning bidder | Price (million yuan) |
|---|---|---|---|
| 1 | Copper busbars | Orwell Pike Copper Co., Ltd. | 12.4 |
| 2 | Zinc anodes | Hollin Brook Metals Co., Ltd. | 3.1 |

Bidders may raise objections with the agency within three working days.
"""


def test_a_notice_of_tender_results_holds_the_winners_of_its_table(snapshot_kg):
    draft = _draft(snapshot_kg, _TENDER)
    held = _objects(draft, "Announcement of Tender Results", "includes")
    assert {"Orwell Pike Copper Co., Ltd.", "Hollin Brook Metals Co., Ltd."} <= held, held


def test_a_notice_that_publishes_no_results_holds_no_bidders(snapshot_kg):
    text = _TENDER.replace("# Announcement of Tender Results",
                           "# Announcement of the Bid Opening")
    draft = _draft(snapshot_kg, text)
    held = _objects(draft, "Announcement of the Bid Opening", "includes")
    assert "Orwell Pike Copper Co., Ltd." not in held, held
