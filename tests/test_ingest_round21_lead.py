"""Round 21, the lead's own texts (a kiln's shift record, a lab's test certificate, a press item):
a person a record gives a job and no organisation holds it in the organisation the record
comes from (its letterhead, else its signature), and nowhere when the record has none."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _posts(draft):
    return {e.label for e in draft.entities.values() if str(e.cls).endswith("#Post")}


SHIFT_RECORD = """GANSU JINHUI ANTIMONY SMELTING CO., LTD.
Rotary Kiln No. 2 -- Shift Record

Record No.: JH-K2-0412                       Date: 12 April 2026

MORNING SHIFT 06:00-14:00                    Duty foreman: Kang Liwei
06:20  Burner relit after the feed chute was cleared by kiln operator Pan Shuo.
09:45  Gas analyser recalibrated; readings normal.

AFTERNOON SHIFT 14:00-22:00                  Duty foreman: Yue Mingda
15:10  Off-gas fan vibration high, load cut to 80%.

Checked by: Tao Ruolan, Production Manager
Kiln section engineer: Gu Xiaoping
"""


def test_a_record_s_jobs_are_posts_in_its_letterhead_company(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, SHIFT_RECORD, "r21-shift"))
    # (the letterhead prints the name in capitals; the draft keeps them)
    house = "gansu jinhui antimony smelting co., ltd"
    got = {p.split(", ", 2)[0]: p.split(", ", 2)[1] for p in posts
           if p.lower().rstrip(".").endswith(house)}
    assert got["Kang Liwei"] == "Duty foreman"
    assert got["Yue Mingda"] == "Duty foreman"
    assert got["Tao Ruolan"] == "Production Manager"
    assert got["Gu Xiaoping"] == "Kiln section engineer"
    assert got["Pan Shuo"] == "Kiln operator"


CERTIFICATE = """Test Certificate

Sample: zinc ingot, lot ZN-2291, received 3 March 2026 from the client.
Result: Zn 99.996%, conforms to grade Zn99.995.

Tested by: He Jiayi (laboratory technician)
Approved by: Shi Wenkai, Technical Director

Hunan Xiangjiang Metals Testing Centre Co., Ltd.
6 March 2026
"""


def test_a_certificate_s_sign_off_roles_are_posts_in_the_signing_company(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, CERTIFICATE, "r21-certificate"))
    assert "He Jiayi, Laboratory technician, Hunan Xiangjiang Metals Testing Centre Co., Ltd." \
        in posts
    assert "Shi Wenkai, Technical Director, Hunan Xiangjiang Metals Testing Centre Co., Ltd." \
        in posts


# no letterhead and no signature: a job and a name, but no organisation to hold it in
PRESS = """Zinc prices steady in Kunming

Zinc traded flat in Kunming on Tuesday, traders said. Shift leader: Qin Haoran, was quoted by
a local paper. Yunnan Chihong Zinc and Germanium Co., Ltd. and Yunnan Metallurgical Group Co.,
Ltd. both kept their offers unchanged, said senior analyst Luo Pingan.
"""


def test_a_job_with_no_house_in_the_text_is_no_post(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, PRESS, "r21-press"))
    assert not any(p.startswith(("Qin Haoran", "Luo Pingan")) for p in posts)


# a stop label ("Editor:") or a title of rank ("Professor") is no post in the house
MASTHEAD = """JIANGXI TUNGSTEN INDUSTRY GROUP CO., LTD.
Internal Newsletter, Issue 7

Editor: Sun Meiling
The lecture was given by Professor Xu Tianhe of Central South University.
"""


def test_an_editor_or_a_professor_holds_no_house_post(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, MASTHEAD, "r21-masthead"))
    assert not any(p.startswith(("Sun Meiling", "Xu Tianhe")) and "Jiangxi Tungsten" in p
                   for p in posts)


# an application named with no verb of its step before or after it ("In its listing
# application, ..."): found as a traceback on a held-out article of this round
NO_STEP = """Notice

In its listing application, Xinjiang Zhongtai Chemical Co., Ltd. named three sponsors.
"""


def test_an_application_with_no_step_verb_is_read_without_a_crash(kg, tmp_path):
    draft = _draft(kg, tmp_path, NO_STEP, "r21-no-step")
    labels = {e.label for e in draft.entities.values()}
    assert "Xinjiang Zhongtai Chemical Co., Ltd." in labels
    # the application itself, no decision on it the text does not state
    assert not any(lbl.startswith("Decision on") for lbl in labels)


def _units(draft):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, str(e.cls).rsplit("#", 1)[-1], labels.get(o, str(o)))
            for e in draft.entities.values() for p, o, *_ in e.statements
            if str(p).endswith("#unitOf")}


CIRCULAR = """HUNAN CHENZHOU SILVER SMELTING CO., LTD.
Equipment Department

To: Electrolysis Workshop; Quality Control Department; Purchasing Department

Circular on the Winter Inspection of Boilers

Each workshop shall check its boilers before 15 December 2026. The Quality Control Department
will send two inspectors; contact the Equipment Department for spare parts.
"""


def test_a_circular_s_departments_are_units_of_its_letterhead_company(kg, tmp_path):
    units = _units(_draft(kg, tmp_path, CIRCULAR, "r21-circular"))
    owner = "HUNAN CHENZHOU SILVER SMELTING CO., LTD"
    got = {(u, c) for u, c, o in units if o.rstrip(".") == owner}
    # a company's department is an organisation, not a government body
    assert ("Equipment Department", "Organization") in got
    assert ("Quality Control Department", "Organization") in got


AFFILIATIONS = """Effect of annealing on zinc alloy sheet

WANG Lihua 1, ZHAO Peng 2

1. Technology Centre, Liuzhou Huaxi Zinc Products Co., Ltd., Liuzhou 545000, China
2. School of Materials Science, Guangxi University, Nanning 530004, China
"""


def test_a_unit_before_a_comma_and_a_company_is_that_company_s(kg, tmp_path):
    units = _units(_draft(kg, tmp_path, AFFILIATIONS, "r21-affiliations"))
    assert any(u == "Technology Centre" and o == "Liuzhou Huaxi Zinc Products Co., Ltd."
               for u, _, o in units), units


# a government department has a place or an "of"; a sentence that runs onto a line holding
# only a company's name makes that company no signer, and no house
PROVINCIAL = """Smelter told to cut emissions

The Shaanxi Provincial Department of Ecology and Environment and the Department of Commerce
reviewed the plan. The Monitoring Office will report monthly. Sampling will be done in May by
Baoji Xinda Testing Technology Co., Ltd.
"""


def test_no_unit_without_a_house_or_with_a_place_or_an_of(kg, tmp_path):
    units = _units(_draft(kg, tmp_path, PROVINCIAL, "r21-provincial"))
    assert not units, units


def _issuers(draft):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, labels.get(o, str(o))) for e in draft.entities.values()
            for p, o, *_ in e.statements if str(p).endswith("#issuedBy")}


TALLY = """NINGBO BEILUN ORE TERMINAL CO., LTD.
                         DISCHARGE TALLY REPORT

Vessel: MV Ocean Prosper    Cargo: copper concentrate    Berth: No. 3

Discharge began at 06:10 and ended at 22:40; 61,250 wet tonnes were tallied.
"""


def test_the_title_under_a_letterhead_is_issued_by_the_letterhead_s_company(kg, tmp_path):
    got = _issuers(_draft(kg, tmp_path, TALLY, "r21-tally"))
    assert any(o.upper().rstrip(".") == "NINGBO BEILUN ORE TERMINAL CO., LTD" for _, o in got), got


# a document the text only cites, in a sentence under the letterhead, is not the letterhead's
CITED = """GUIZHOU ZUNYI TITANIUM CO., LTD.

Under the Measures for the Administration of Safety Production Licences, the plant
renewed its licence on 3 May 2026.
"""


def test_a_document_cited_under_a_letterhead_is_not_issued_by_it(kg, tmp_path):
    got = _issuers(_draft(kg, tmp_path, CITED, "r21-cited"))
    assert not any("Zunyi" in o or "ZUNYI" in o for _, o in got), got


def _date_values(draft):
    return {str(o) for e in draft.entities.values() for p, o, *_ in e.statements
            if str(p).rsplit("#", 1)[-1] in ("date", "startDate", "endDate", "plannedDate",
                                             "dateIssued", "dateSigned")}


OVERHAUL = """Gansu Baiyin Zinc Co., Ltd. to overhaul its roaster

Baiyin, 21 December 2026 -- Gansu Baiyin Zinc Co., Ltd. will stop its roaster for the annual
overhaul, which runs from Monday, 11 January to Sunday, 24 January. All contractors attend a
safety meeting on Friday,
8 January. The last overhaul was completed on 3 March (Tuesday).
"""


def test_a_weekday_printed_with_a_yearless_day_gives_its_year(kg, tmp_path):
    values = _date_values(_draft(kg, tmp_path, OVERHAUL, "r21-overhaul"))
    # 11 January 2027 is a Monday (2026: a Sunday), 8 January 2027 a Friday
    assert {"2027-01-11", "2027-01-24", "2027-01-08"} <= values, values
    assert not {"2026-01-11", "2026-01-24", "2026-01-08"} & values
    # a weekday that fits the document's own year keeps it: 3 March 2026 is a Tuesday
    assert "2026-03-03" in values and "2027-03-03" not in values


WEEKLY = """                     SITE SUPERVISION WEEKLY REPORT

Project:   Hechi Nandan Tin Smelter Relocation Project
Period:    2 November 2026 (Mon) - 8 November 2026 (Sun)
Owner:     Guangxi Hechi Nandan Tin Co., Ltd.

1. Progress
   Foundations of the reverberatory furnace building are 80% complete. On Tuesday the
   supervisor rejected a batch of rebar; it was replaced on Thursday. The monthly site
   coordination meeting was held on Friday afternoon in the owner's site office and was
   attended by the owner, the contractor and the design institute.

2. Plan for the coming week
   Concrete pouring of the furnace base, weather permitting.

Chief supervision engineer: Qiu Wenliang                    9 November 2026
"""


def test_a_report_s_period_is_not_its_date_and_its_signature_cell_is(kg, tmp_path):
    draft = _draft(kg, tmp_path, WEEKLY, "r21-weekly")
    values = _date_values(draft)
    # the report is signed on Monday 9 November: its Tuesday, Thursday and Friday are those of
    # the week it covers (3, 5, 6 November), not of the week before the period's first day
    assert "2026-11-06" in values, values
    assert not {"2026-10-27", "2026-10-29", "2026-10-30"} & values


# a record of labelled lines laid out in two columns: its first line is a record, not a table's
# column names, so the company it gives is a name
RECORD = """INSPECTION CERTIFICATE
==============================================
Buyer            Ningbo Jintian Copper Tube Co., Ltd., Ningbo, Zhejiang
Seller           Tongling Nonferrous Metals Group Co., Ltd., Tongling, Anhui
Goods            cathode copper, 1,200 t, lot CU-8812, in
                 48 bundles
Inspection       carried out by the buyer and the seller at the
                 buyer's warehouse in Ningbo on 4 May 2026
"""


def test_a_company_on_the_first_line_of_a_two_column_record_is_read(kg, tmp_path):
    labels = {e.label for e in _draft(kg, tmp_path, RECORD, "r21-record").entities.values()}
    assert "Ningbo Jintian Copper Tube Co., Ltd." in labels, labels


# a journal prints authors' surnames in capitals; a heading in capitals is no person
AUTHORS = """Effect of rare earth additions on zinc coatings

LUO Xiaowen(1), PENG Yuhang(1,2)

(1. College of Materials, Kunming University of Science and Technology, Kunming 650093, China)

Biography: LUO Xiaowen, born 1995, master's student. PENG Yuhang is a professor.
TEST RESULTS Summary
"""


def test_authors_with_their_surnames_in_capitals_are_people(kg, tmp_path):
    draft = _draft(kg, tmp_path, AUTHORS, "r21-authors")
    people = {e.label for e in draft.entities.values() if str(e.cls).endswith("#Person")}
    assert {"Luo Xiaowen", "Peng Yuhang"} <= people, people
    assert not any(p.lower().startswith(("results", "test")) for p in people)


FUNDING = """Funding

The work was supported by the National Key Research and Development Program of China and by
the Western Light Program of the Chinese Academy of Sciences. The test program of the plant
ran for six weeks.
"""


def test_a_named_program_is_an_initiative(kg, tmp_path):
    draft = _draft(kg, tmp_path, FUNDING, "r21-funding")
    got = {e.label: str(e.cls).rsplit("#", 1)[-1] for e in draft.entities.values()}
    assert got.get("National Key Research and Development Program of China") == "Initiative"
    assert got.get("Western Light Program of the Chinese Academy of Sciences") == "Initiative"
    # a program in lower case is no name
    assert not any(lbl.lower().startswith("test program") for lbl in got)


def test_a_group_of_rules_failing_on_a_text_costs_its_proposals_not_the_draft(
        kg, tmp_path, monkeypatch):
    import pytest
    import kg.ingest.pipeline as pipeline
    from kg.ingest.output.draft import to_turtle
    from kg.ingest.run import summary

    def broken(*args, **kwargs):
        raise IndexError("a layout no rule was written for")
    monkeypatch.setattr(pipeline, "bare_nouns", broken)
    # the test suite runs strict: the failure is a bug and surfaces
    with pytest.raises(IndexError):
        _draft(kg, tmp_path, CERTIFICATE, "r21-strict")
    # a user's run: the draft comes, short of that group, and says so
    monkeypatch.delenv("KG_INGEST_STRICT")
    draft = _draft(kg, tmp_path, CERTIFICATE, "r21-lenient")
    assert "Hunan Xiangjiang Metals Testing Centre Co., Ltd." in {
        e.label for e in draft.entities.values()}
    assert _posts(draft)            # the groups after the failing one still ran
    warnings = summary(draft)["warnings"]
    assert any("agreements, documents and products" in w and "IndexError" in w
               for w in warnings), warnings
    assert "Draft: rules for agreements, documents and products failed" in to_turtle(draft)
