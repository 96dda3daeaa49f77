"""Round 24, documents: the document a text is, titled in its title block in layouts the headline
and heading readers leave alone (a title in title case under a letterhead in capitals, a
number line "X [2026] No. 7", a bracketed period; a title in capitals with a head word of a
report's genre: a work summary, a chronicle, a who's who; "Compiled by:", "Revised:",
"Edition:" fields), with its number, date, issuer and what it is about. Each with a case that
must not change."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _doc(draft, words):
    """The new document whose label holds ``words``, or None."""
    return next((e for e in draft.new() if words.lower() in e.label.lower()
                 and str(e.cls).rsplit("#", 1)[-1] in ("Report", "Notice", "Guide", "Catalogue",
                                                       "Plan", "PolicyDocument")), None)


def _objects(draft, doc, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(st[1], str(st[1])) for st in doc.statements if st[0] == pred}


BULLETIN = """LINQU COUNTY BUREAU OF STATISTICS

      Monthly Bulletin on the Industrial Output of Linqu County
                         (January-October 2027)

                                   Lin Tong Bulletin [2027] No. 9
                                   Released: 16 November 2027

1. INDUSTRY

Output of the county's copper wire makers grew by a tenth over the year, and
the two new rolling lines of the industrial park were both working at full load.

  Product                 Unit          Jan-Oct 2027    y/y (%)
  Primary aluminium       10,000 t              18.2       +9.6
  Electricity             100m kWh              40.1       +2.2
"""


@pytest.fixture(scope="module")
def bulletin(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BULLETIN, "r24-bulletin")


def test_a_title_under_a_letterhead_in_capitals_is_the_document(bulletin):
    doc = _doc(bulletin, "monthly bulletin on the industrial output")
    assert doc is not None and doc.rule == "document:title-block"
    assert "(January-October 2027)" in doc.label
    assert "Lin Tong Bulletin [2027] No. 9" in doc.aliases
    assert {str(st[1]) for st in doc.statements if st[0] == NFO.dateIssued} == {"2027-11-16"}
    assert any("linqu county bureau" in o.lower() for o in _objects(bulletin, doc, NFO.issuedBy))
    assert "Linqu County" in _objects(bulletin, doc, NFO.about)


def test_a_bulletin_concerns_the_metals_of_its_table_s_rows(bulletin):
    doc = _doc(bulletin, "monthly bulletin on the industrial output")
    metals = {o.lower() for o in _objects(bulletin, doc, NFO.concernsMetal)}
    assert any("aluminium" in o for o in metals)
    assert not any("copper" in o for o in metals)      # (named in a sentence only)


def test_the_number_line_is_no_document_of_its_own(bulletin):
    assert not [e for e in bulletin.new() if e.label.startswith("Bulletin [2027]")]


SUMMARY = """      Shanhe Town People's Government, Yanjin District, Xinxiang City

      SUMMARY OF WORK IN 2027 AND MAIN TASKS FOR 2028

To the Yanjin District People's Government:

The town kept the copper processing cluster at the centre of its work this year,
and the main results are reported as follows.

         Shanhe Town People's Government
         Yanjin District Copper Processing Association
         (Town Head: Lu Fang)
         29 December 2027
"""

CHRONICLE = """HUAYANG ZINC INDUSTRY CO., LTD.
Chronicle of Major Events (2001-2027)

Compiled by: General Office                      Revised: 2027.11.30
----------------------------------------------------------------------

2001.03   The company is set up as a small smelter in the hills north of the river
          and its first furnace is lit in the autumn of that year.
"""


@pytest.fixture(scope="module")
def summary(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, SUMMARY, "r24-summary")


@pytest.fixture(scope="module")
def chronicle(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, CHRONICLE, "r24-chronicle")


def test_a_work_summary_in_capitals_is_issued_by_the_government_above_it(summary):
    doc = _doc(summary, "summary of work in 2027")
    assert doc is not None and str(doc.cls).endswith("#Report")
    assert "SUMMARY OF WORK IN 2027 AND MAIN TASKS FOR 2028" in doc.aliases
    assert any("Shanhe Town People's Government" in o
               for o in _objects(summary, doc, NFO.issuedBy))


def test_each_body_of_the_signature_block_issued_it(summary):
    doc = _doc(summary, "summary of work in 2027")
    assert any("Copper Processing Association" in o
               for o in _objects(summary, doc, NFO.issuedBy))
    assert not any("Lu Fang" in o for o in _objects(summary, doc, NFO.issuedBy))


def test_a_chronicle_compiled_by_an_office_is_about_the_company_of_its_letterhead(chronicle):
    doc = _doc(chronicle, "chronicle of major events")
    assert doc is not None
    assert any("General Office" in o for o in _objects(chronicle, doc, NFO.issuedBy))
    assert any("Huayang Zinc" in o.title() for o in _objects(chronicle, doc, NFO.about))
    assert {str(st[1]) for st in doc.statements if st[0] == NFO.dateIssued} == {"2027-11-30"}


GUIDE = """==================================================================
   LONGQUAN COPPER-BASED NEW MATERIALS INDUSTRIAL PARK
   Longquan County, Lishui, Zhejiang Province
   INVESTMENT GUIDE                            Edition: 2027.04.20
==================================================================

WELCOME

The park lies in a valley south of the county seat and covers some nine square
kilometres, of which a third are ready for building.
"""

NEWS = """Lanling Aluminium Publishes Annual Report
By staff reporter Wen Qi

Lanling Aluminium Co., Ltd. published its annual report on Friday and said that
its net profit rose by a fifth on higher prices of primary aluminium.
"""


@pytest.fixture(scope="module")
def guide(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, GUIDE, "r24-guide")


@pytest.fixture(scope="module")
def news(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, NEWS, "r24-news")


def test_a_guide_under_a_park_s_name_is_about_the_park(guide):
    doc = _doc(guide, "investment guide")
    assert doc is not None and doc.label == "Investment Guide"
    assert any("Park" in o.title() for o in _objects(guide, doc, NFO.about))
    assert {str(st[1]) for st in doc.statements if st[0] == NFO.dateIssued} == {"2027-04-20"}
    # (the county line between the park and the title is no part of the guide's name)
    assert not [e for e in guide.new() if "Province" in e.label and "Guide" in e.label]


def test_a_headline_reporting_a_document_is_not_the_document(news):
    assert not [e for e in news.new() if e.rule == "document:title-block"]


PHRASES = """LINQU COUNTY BUREAU OF STATISTICS

      Monthly Bulletin on the Industrial Output of Linqu County
                         (January-October 2027)

Two foil projects of the county are also on the provincial list for 2027 issued by the
Shandong Provincial Department of Industry and Information Technology. The full-year
bulletin will be released in April next year. Prices on the spot list rose again.
"""


@pytest.fixture(scope="module")
def phrases(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, PHRASES, "r24-phrases")


def test_a_list_named_in_lower_case_with_its_issuer(phrases):
    doc = _doc(phrases, "provincial list for 2027")
    assert doc is not None and doc.rule == "document:phrase"
    assert any("Shandong Provincial Department" in o for o in _objects(phrases, doc, NFO.issuedBy))


def test_a_bulletin_still_to_come_is_planned_and_issued_by_the_text_s_issuer(phrases):
    doc = _doc(phrases, "full-year bulletin")
    assert doc is not None
    assert {str(st[1]) for st in doc.statements if st[0] == NFO.plannedDate} == {"2028-04"}
    assert not [st for st in doc.statements if st[0] == NFO.dateIssued]
    assert any("linqu county bureau" in o.lower() for o in _objects(phrases, doc, NFO.issuedBy))


def test_a_list_neither_issued_nor_to_come_is_no_document(phrases):
    assert _doc(phrases, "spot list") is None


REVIEW = """China Nonferrous Metals Magazine
Issue 7, 2027 (20 April 2027) | Books

Smelting by Lamplight
-- Review of "Tin Country: Gejiu and Its Smelters, 1950-2020"

  Title:      Tin Country: Gejiu and Its Smelters, 1950-2020
  Author:     Mo Yanbin
  Publisher:  Honghe Regional Press, Kunming
  Published:  January 2027
  Pages:      352

The author worked for three decades at the smelters he writes about, and the
book is at its best when it follows the furnace crews through the hard winters.

Reviewer: Ding Xiaowen, Professor, Kunming University of Science and Technology
"""

CONTACT = """Sales enquiries

  Title:      Sales Manager
  Company:    Honghe Tin Trading Co., Ltd.

Please write to the sales office for the current price list of tin ingots and solder.
"""


@pytest.fixture(scope="module")
def review(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, REVIEW, "r24-review")


@pytest.fixture(scope="module")
def contact(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, CONTACT, "r24-contact")


def test_a_bibliographic_record_names_a_book_with_its_author_publisher_and_month(review):
    book = _doc(review, "tin country")
    assert book is not None and book.rule == "document:book-record"
    assert "Tin Country" in book.aliases
    assert "Mo Yanbin" in _objects(review, book, NFO.draftedBy)
    assert "Honghe Regional Press" in _objects(review, book, NFO.issuedBy)
    assert {str(st[1]) for st in book.statements if st[0] == NFO.dateIssued} == {"2027-01"}
    # (the title quoted in the headline is a mention of the same book)
    assert len(book.mentions) == 2


def test_a_review_headline_is_a_report_about_the_book(review):
    rev = _doc(review, "smelting by lamplight")
    assert rev is not None and rev.rule == "document:review-title"
    assert any("Tin Country" in o for o in _objects(review, rev, NFO.about))
    assert "Ding Xiaowen" in _objects(review, rev, NFO.draftedBy)


def test_a_contact_card_s_title_field_is_no_book(contact):
    assert not [e for e in contact.new() if e.rule in ("document:book-record",
                                                      "document:review-title")]


ENTRY = """Liangshui Village
From the Gazetteer of Mining Villages (web edition)

Liangshui is a village in the hills west of the county seat. Lead and zinc ores
were worked here from the 1960s, and a flotation plant still runs on the slope.

References
[1] "Old flotation plant gets new owners", Honghe Daily, 3 May 2021.
[2] Mining Villages of the Southwest (1949-2019), Honghe Regional Press, 2020.
[3] see the notes above

This page was last edited on 14 February 2027, at 08:30.
"""

LETTER = """Copper cathode premiums in Lima
From Our Correspondent in Peru

Premiums for cathode shipped to Asia rose again this week as two mines cut their
output after a strike at the port.
"""


@pytest.fixture(scope="module")
def entry(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, ENTRY, "r24-entry")


@pytest.fixture(scope="module")
def letter(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, LETTER, "r24-letter")


def test_references_are_reports_with_their_outlets_and_dates(entry):
    first = _doc(entry, "old flotation plant gets new owners")
    second = _doc(entry, "mining villages of the southwest")
    assert first is not None and second is not None
    assert {str(st[1]) for st in first.statements if st[0] == NFO.dateIssued} == {"2021-05-03"}
    assert "Honghe Regional Press" in _objects(entry, second, NFO.issuedBy)
    assert not [e for e in entry.new() if e.rule == "document:reference"
                and "notes" in e.label.lower()]


def test_an_encyclopedia_page_is_an_entry_of_its_work(entry):
    page = next((e for e in entry.new() if e.rule == "document:entry-page"), None)
    assert page is not None and "This page" in page.aliases
    assert any("Gazetteer of Mining Villages" in o for o in _objects(entry, page, NFO.issuedBy))
    assert {str(st[1]) for st in page.statements if st[0] == NFO.dateIssued} == {"2027-02-14"}


def test_a_correspondent_s_line_is_no_work_of_reference(letter):
    assert not [e for e in letter.new() if e.rule == "document:entry-page"]


NOTICE = """Xianyang Municipal Development and Reform Commission

             Xian Fa Gai [2027] No. 8

   NOTICE ON ISSUING THE LIST OF KEY INDUSTRIAL PROJECTS OF
                  XIANYANG CITY FOR 2027

To the people's governments of all counties and districts:

The key industrial projects for the year are listed below; a second volume, on
Xianyang Nonferrous Group's projects abroad, is planned for the autumn of 2027.

No. Project                        Site                  Inv.  Owner
--- -----------------------------  --------------------  ----- --------------------
1   Copper foil line, phase II     Qindu District        12.0  Xianyang Foil Co., Ltd.
2   Aluminium scrap sorting centre Wugong County          3.5  Wugong Metals Co., Ltd.
--- -----------------------------  --------------------  ----- --------------------

          Xianyang Municipal Development and Reform Commission
          Xianyang Municipal Bureau of Industry and Information Technology
          9 February 2027
"""


@pytest.fixture(scope="module")
def notice(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, NOTICE, "r24-notice")


def test_a_notice_issuing_a_list_the_list_includes_the_table_s_projects(notice):
    listed = next((e for e in notice.new() if e.label.lower().startswith(
        "list of key industrial projects of xianyang city")), None)
    assert listed is not None and str(listed.cls).endswith("#Catalogue")
    included = _objects(notice, listed, NFO.includes)
    assert any("copper foil line" in o.lower() for o in included)
    assert not any("qindu" in o.lower() for o in included)      # (a site's cell: no project)
    assert any("xianyang municipal development" in o.lower()
               for o in _objects(notice, listed, NFO.issuedBy))
    head = _doc(notice, "notice on issuing the list")
    assert head is not None and listed.label in _objects(notice, head, NFO.about)


def test_a_planned_volume_on_a_company_is_about_it(notice):
    vol = _doc(notice, "second volume")
    assert vol is not None and any("Xianyang Nonferrous" in o
                                   for o in _objects(notice, vol, NFO.about))


def test_the_reference_s_title_names_what_it_is_about(entry):
    assert _doc(entry, "mining villages of the southwest") is not None
    ref = _doc(entry, "old flotation plant gets new owners")
    assert not _objects(entry, ref, NFO.about) or all(
        "flotation" in o.lower() for o in _objects(entry, ref, NFO.about))


PAGE = """HUNAN NONFERROUS NEWS | No. 2231 | Friday, 5 March 2027 | Page 2
SPECIAL REPORT

Thirty Winters on the Tin Hills:
Retired Smelters Look Back at Their Works

By staff reporter Kuang Lili

Three retired furnace men met in the works canteen last week to talk about the
winters of the 1990s. Their works was listed again among the model green factories
of the China Nonferrous Metals Industry Association, and was included in the
scope of the Ministry of Ecology and Environment's new rules.
"""

WIRE = """Metals Weekly | Companies | 5 March 2027
Tin smelters in Hunan restart after the winter shutdown

By staff reporter Kuang Lili

The smelters restarted their furnaces on Monday after two months of repairs.
"""


@pytest.fixture(scope="module")
def page(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, PAGE, "r24-page")


@pytest.fixture(scope="module")
def wire(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, WIRE, "r24-wire")


def test_a_printed_page_s_article_is_issued_by_its_paper_on_its_day(page):
    doc = _doc(page, "thirty winters on the tin hills")
    assert doc is not None and doc.rule == "document:printed-page"
    assert "Retired Smelters" in doc.label and "Thirty Winters on the Tin Hills" in doc.aliases
    assert {str(st[1]) for st in doc.statements if st[0] == NFO.dateIssued} == {"2027-03-05"}
    assert any("Kuang Lili" in o for o in _objects(page, doc, NFO.draftedBy))


def test_a_list_a_works_is_listed_among_is_issued_by_the_organisation_of_it(page):
    listed = _doc(page, "model green factories")
    assert listed is not None and any(
        "Industry Association" in o for o in _objects(page, listed, NFO.issuedBy))
    assert _doc(page, "scope") is None


def test_a_page_with_no_number_and_page_is_no_printed_article(wire):
    assert not [e for e in wire.new() if e.rule == "document:printed-page"]
