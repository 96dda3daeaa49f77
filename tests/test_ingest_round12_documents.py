"""`kg ingest` round 12: documents named by their serial numbers, who gave them and whom they
were given to, on short articles written for these tests (own words; invented companies,
bodies, numbers and figures).

* (names/designations.py) a number with a bracketed year after a code of romanised words
  ("Lu Gong Xin Fa [2027] No. 56"), a licence number holding letters ("Licence No.
  C6200002027031"): a document named by its number.
* (names/document_numbers.py) the number in brackets right after a document's name, on a
  header's field line ("Decision No.: ..."), or on the heading line over the title: one document,
  the number its alias.
* (relations/document_grants.py) "The bureau approved ... in a reply dated March 4 (No. ...)":
  issued by the subject, about the company the sentence refers to; "X obtained a licence (No.
  ...) from the ministry": about X, issued by the ministry; "The ministry granted X a permit":
  about X.
* (relations/released_standards.py) an announcement signed at its end that lists standards in
  a plain-text table: it includes each new standard, which takes its issuers and day; the
  table's "Implementation date" column is each row's day in force; an old edition ("YS/T
  1-2018" beside "YS/T 1-2027", or in a "Superseded" column) takes nothing.
* (relations/document_roles.py) "The drafting of the three was led by X, with A and B taking
  part": all drafters of each standard of the set (not of the old editions); "Both standards"
  is no name (names/phrases.py).
* (events/policy_dates.py) "issued its Notice on X in the 2027 Pilot Period, dated February
  9": the notice's day of issue, over the day a vaguer phrase gave ("earlier this month");
  not "the Notice on Z and a letter dated May 5".
* (relations/document_voices.py, document_roles.py) "Released by X on March 3, the Guidelines
  for Y ...": issued by X; "In its Announcement No. 7 of 2027, the Z Administration said":
  issued by Z; "A led the drafting of the group standard T/X 1-2027, with B and C also
  participating": drafted by A, B and C; 'YS/T 1-2027 "Title", drafted by A and B, was approved
  by M': issued by M; "Drafting units of GB/T 1-2027: A; B; C.": three drafters; "Ordinance No.
  12" is a document.
* (names/signature_names.py) two signers on two lines over the date, each named in the body,
  read as one name running over the line: each line its own signer.
* (names/phrases.py) a lower-case policy name's complement ends before a finite verb ("the
  export tariff on unwrought antimony rises ...").
Negative: "No. 3 furnace", "In [2026] ..." (no code), a number in brackets after a document's
name is no second document, "the company said" with no verb of giving names no issuer."""
from __future__ import annotations

import pytest

from kg.ingest.names.designations import numbered_documents
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

PERMIT = """Andes Nickel wins mining licence for Pampa Verde

LIMA, 12 May 2027 -- Andes Nickel Resources S.A. obtained a mining licence (Licence No.
C6200002027031) from the Ministry of Energy and Mines, the company said on Tuesday. The licence
covers 48 square kilometres and runs for 30 years.

The Ministry of Finance granted Cobre Sur Holdings S.A. a tax permit (Permit No. 2027-118) for
its smelter. Cobre Sur Holdings S.A. said its No. 3 furnace will restart in June.
"""

REPLY = """Lakeside Magnesium cleared to issue 2 billion yuan of notes

2027-03-09 10:20   Source: Metals Daily

Lakeside Magnesium Co., Ltd. has been cleared to sell up to 2 billion yuan of medium-term
notes. The National Association of Financial Market Institutional Investors approved the
registration in a notice dated March 4 (Zhongshi Xie Zhu [2027] No. MTN88), and the company
may issue the notes within two years. The Shandong Provincial Department of Industry and
Information Technology released the "Measures for Green Magnesium Smelting" (Lu Gong Xin Fa
[2027] No. 56) on the same day.
"""

DECISION = """Administrative Penalty Decision on Hexi Antimony Co., Ltd.

Published by the Gansu Provincial Department of Ecology and Environment, 2027-06-02

Decision No.: Gan Huan Fa [2027] No. 19
Party: Hexi Antimony Co., Ltd.

The party discharged waste water with antimony above the limit in April 2027.
"""

HEADING = """Industry Standard Announcement [2027] No. 8

Announcement on the Release of Twelve Industry Standards for Tungsten and Molybdenum Products

The Ministry of Industry and Information Technology has approved twelve industry standards.
"""

TABLE = """Industry Standard Announcement [2027] No. 12

Announcement on the Release of Three Industry Standards for Tungsten Products

The Ministry of Industry and Information Technology has approved the three industry
standards below, which are hereby released.

Item  Number            Name                                 Superseded        Implementation date
1     YS/T 2101-2027    Ammonium Paratungstate               YS/T 2101-2018    1 January 2028
2     YS/T 2102-2027    Tungsten Trioxide                                      1 January 2028
3     YS/T 2103-2027    Tungsten Carbide Powder for Tools                      1 April 2028

Notes:
1. The drafting of the three was led by the Northern Tungsten Research Institute Co., Ltd.,
   with Ganzhou Tungsten Materials Co., Ltd. and the Hunan Carbide Testing Centre taking part.
2. Both standards on oxides replace the earlier test methods of the sector.

Ministry of Industry and Information Technology
3 September 2027
"""

JOINT = """Notice on Adjusting Export Tariffs on Antimony and Bismuth Products

To the finance departments of all provinces and the customs districts:

From 1 July 2027, the export tariff on unwrought antimony rises from 10% to 15%, and the tariff
on bismuth ingots falls from 5% to 2%. Exporters that signed contracts before 1 June 2027 may
apply the old rates until 31 August 2027. Local offices shall report the volumes declared
under each rate every quarter, with the names of the ten largest exporters.

Ministry of Finance
General Administration of Customs
20 May 2027
"""

DATED = """Inner Mongolia tightens magnet export checks

Hohhot, 20 February 2027 -- Earlier this month the Inner Mongolia Department of Commerce
issued its Notice on Export Licensing of Rare Earth Magnets in the 2027 Pilot Period, dated
February 9, to exporters in Baotou. Exporters had also received the Notice on Customs Codes
for Magnet Scrap and a letter dated February 12 from the customs office.
"""

VOICES = """Brazil and Ghana regulators publish new mining rules

Brasilia, 14 March 2027 -- The Ministry of Mines and Energy and the National Mining Agency
jointly issued Ordinance No. 12 on tailings dams on Monday. Released by the Ghana Minerals
Commission on March 3, the Guidelines for Small-Scale Gold Mining Licences set new bond levels.

In its Announcement No. 7 of 2027, the State Taxation Administration said export rebates on lead
acid batteries end in June. In its statement, Glencore International AG said little.

The standard YS/T 555-2027 "Nickel Cobalt Hydroxide", drafted by Jinchuan Group Co., Ltd. and
Huayou Cobalt Co., Ltd., was approved by the Ministry of Industry and Information Technology.
Zijin Mining Group Co., Ltd. led the drafting of the group standard T/CNIA 0210-2027 "Copper
Concentrate Sampling", with Tongling Nonferrous Metals Group Co., Ltd. and Jiangxi Copper Co.,
Ltd. also participating.
Drafting units of GB/T 40001-2027: Jinduicheng Molybdenum Co., Ltd.; China Molybdenum Co., Ltd.;
Luoyang Research Institute of Nonferrous Metals.
"""

GRANTS = """Jakarta sets nickel ore export quotas; Astana licenses tungsten exploration

Jakarta, 12 June 2027 -- The Ministry of Energy and Mineral Resources on Friday published
Regulation No. 8 of 2027 on nickel ore export quotas, which takes effect on 1 July 2027.

The Kazakhstan Ministry of Industry granted Tau-Ken Samruk JSC an exploration licence (Licence
No. KZ-2027-0442) on 8 June. Sulawesi Nickel Co., Ltd. received Approval No. 45/2027 in May.

The Ministry of Environment and Forestry cleared the Pomalaa HPAL project in a permit (Huan
Shen [2027] No. 88) on 3 June.
"""

SIGNERS = """Notice on Mercury Controls at Artisanal Gold Sites

The Tarkwa Minerals Commission and the Ministry of Lands and Natural Resources
require licence holders at artisanal gold sites to stop using mercury amalgamation from 1
September 2027. Sites must keep a register of reagents and report it each quarter to the
district office, and inspectors may close sites that fail two checks in a row.

Tarkwa Minerals Commission
Ministry of Lands and Natural Resources
14 July 2027
"""


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r12documents") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


@pytest.fixture(scope="module")
def permit(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-permit", PERMIT)


@pytest.fixture(scope="module")
def reply(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-reply", REPLY)


@pytest.fixture(scope="module")
def decision(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-decision", DECISION)


@pytest.fixture(scope="module")
def table(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-table", TABLE)


@pytest.fixture(scope="module")
def joint(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-joint", JOINT)


@pytest.fixture(scope="module")
def dated(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-dated", DATED)


@pytest.fixture(scope="module")
def voices(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-voices", VOICES)


@pytest.fixture(scope="module")
def grants(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-grants", GRANTS)


@pytest.fixture(scope="module")
def signers(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-signers", SIGNERS)


@pytest.fixture(scope="module")
def heading(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-doc-heading", HEADING)


def _doc(draft, words):
    hits = [e for e in draft.entities.values() if not e.known and not e.role and words in e.label]
    assert len(hits) == 1, [e.label for e in draft.entities.values()]
    return hits[0]


def _labels(draft, ent, pred):
    return {draft.entities[o].label if o in draft.entities else str(o)
            for p, o, _, _ in ent.statements if p == pred}


def test_coded_numbers_are_documents():
    found = {c.label for c in numbered_documents(
        "Under Guo Fa [2026] No. 7, the council acted; see Su Zheng Ban Fa [2025] No. 12 and "
        "the Exploration Permit No. T5100002026 of the miner. In [2026] No. 5 cases, none.")}
    assert found == {"Guo Fa [2026] No. 7", "Su Zheng Ban Fa [2025] No. 12",
                     "Permit No. T5100002026"}


def test_no_furnace_or_bare_year_is_a_document():
    assert numbered_documents("its No. 3 furnace restarted in [2026] after 9 months") == []


def test_a_licence_obtained_from_a_ministry(permit):
    lic = _doc(permit, "C6200002027031")
    assert any("Andes Nickel" in x for x in _labels(permit, lic, NFO.about))
    assert any("Energy and Mines" in x for x in _labels(permit, lic, NFO.issuedBy))


def test_a_permit_granted_to_a_company(permit):
    doc = _doc(permit, "2027-118")
    assert any("Finance" in x for x in _labels(permit, doc, NFO.issuedBy))
    assert any("Cobre Sur" in x for x in _labels(permit, doc, NFO.about))


def test_a_reply_approving_the_company_registration(reply):
    doc = _doc(reply, "Zhongshi Xie Zhu")
    assert any("Financial Market" in x for x in _labels(reply, doc, NFO.issuedBy))
    assert any("Lakeside" in x for x in _labels(reply, doc, NFO.about))


def test_a_number_in_brackets_after_a_title_is_its_alias(reply):
    measures = _doc(reply, "Green Magnesium Smelting")
    assert "Lu Gong Xin Fa [2027] No. 56" in measures.aliases
    assert not [e for e in reply.entities.values() if e.label.startswith("Lu Gong")]


def test_a_header_field_numbers_the_text_itself(decision):
    doc = _doc(decision, "Penalty Decision")
    assert "Gan Huan Fa [2027] No. 19" in doc.aliases


def test_a_heading_number_over_the_title_is_one_document(heading):
    doc = _doc(heading, "Twelve Industry Standards")
    assert any("No. 8" in a for a in doc.aliases)
    assert not [e for e in heading.entities.values()
                if not e.known and e.label.startswith("Announcement [2027]")]


def _std(draft, number):
    return next(e for e in draft.entities.values() if e.label == number)


def test_a_signed_announcement_includes_its_new_standards(table):
    notice = _doc(table, "Three Industry Standards")
    got = _labels(table, notice, NFO.includes)
    assert got == {"YS/T 2101-2027", "YS/T 2102-2027", "YS/T 2103-2027"}
    for number in ("YS/T 2101-2027", "YS/T 2103-2027"):
        std = _std(table, number)
        assert any("Industry and Information" in x for x in _labels(table, std, NFO.issuedBy))
        assert _labels(table, std, NFO.dateIssued) == {"2027-09-03"}


def test_the_table_column_gives_the_day_in_force(table):
    assert _labels(table, _std(table, "YS/T 2101-2027"), NFO.dateInForce) == {"2028-01-01"}
    assert _labels(table, _std(table, "YS/T 2103-2027"), NFO.dateInForce) == {"2028-04-01"}


def test_an_old_edition_takes_nothing(table):
    old = _std(table, "YS/T 2101-2018")
    assert not [st for st in old.statements if st[0] in (
        NFO.issuedBy, NFO.dateIssued, NFO.dateInForce, NFO.draftedBy)]


def test_drafters_led_with_others_taking_part(table):
    for number in ("YS/T 2101-2027", "YS/T 2102-2027", "YS/T 2103-2027"):
        got = _labels(table, _std(table, number), NFO.draftedBy)
        assert any("Northern Tungsten" in x for x in got), (number, got)
        assert any("Ganzhou Tungsten" in x for x in got), (number, got)
        assert any("Carbide Testing" in x for x in got), (number, got)


def test_both_standards_is_no_name(table):
    assert not [e for e in table.entities.values() if e.label.lower().startswith("both")]


def test_each_body_of_a_joint_signature_issued_the_text(joint):
    notice = _doc(joint, "Export Tariffs")
    got = _labels(joint, notice, NFO.issuedBy)
    assert any("Finance" in x and "Customs" not in x for x in got), got
    assert any("Customs" in x and "Finance" not in x for x in got), got


def test_a_notice_dated_after_its_name(dated):
    notice = _doc(dated, "Export Licensing")
    assert _labels(dated, notice, NFO.dateIssued) == {"2027-02-09"}


class _Ent:
    def __init__(self, label):
        self.label, self.known, self.statements = label, False, []
        self.cls = NFO.Notice

    def add(self, p, o, span, rule):
        self.statements.append((p, o, span, rule))


def _dated_after(text, name):
    from kg.ingest.events.policy_dates import dated_after_name
    from kg.ingest.reading.dates import find_dates
    ent = _Ent(name)
    s = text.index(name)
    dated_after_name(text, find_dates(text, "2027"), [(s, s + len(name), ent)],
                     lambda e: "policy")
    return {str(o) for p, o, _, _ in ent.statements if p == NFO.dateIssued}


def test_dated_after_a_name_that_left_words_of_its_title_out():
    text = ("The bureau issued its Notice on Orderly Power Use\nduring the 2027 Dry Season, "
            "dated April 3, to smelters.")
    assert _dated_after(text, "Notice on Orderly Power Use") == {"2027-04-03"}
    text = "The bureau sent the Notice on Power Use (Yun Neng [2027] No. 4), dated 3 April 2027."
    assert _dated_after(text, "Notice on Power Use") == {"2027-04-03"}


def test_not_dated_by_another_documents_day():
    text = "It received the Notice on Power Use and a letter dated April 5 from the grid."
    assert _dated_after(text, "Notice on Power Use") == set()
    text = "The Notice on Power Use was read out. A plan dated April 5 followed."
    assert _dated_after(text, "Notice on Power Use") == set()


def test_a_fronted_participle_names_the_issuer(voices):
    guide = _doc(voices, "Small-Scale Gold Mining")
    assert any("Minerals Commission" in x for x in _labels(voices, guide, NFO.issuedBy))
    assert _doc(voices, "Ordinance No. 12")


def test_in_its_document_the_body_said(voices):
    notice = _doc(voices, "Announcement No. 7")
    assert any("Taxation" in x for x in _labels(voices, notice, NFO.issuedBy))


def test_led_the_drafting_with_others_participating(voices):
    got = _labels(voices, _std(voices, "T/CNIA 0210-2027"), NFO.draftedBy)
    for name in ("Zijin", "Tongling", "Jiangxi Copper"):
        assert any(name in x for x in got), (name, got)


def test_approved_by_after_a_drafting_aside(voices):
    got = _labels(voices, _std(voices, "YS/T 555-2027"), NFO.issuedBy)
    assert any("Industry and Information" in x for x in got), got


def test_drafting_units_separated_by_semicolons(voices):
    got = _labels(voices, _std(voices, "GB/T 40001-2027"), NFO.draftedBy)
    assert len(got) == 3, got


def test_numbers_with_codes_and_slashes(grants):
    reg = _doc(grants, "Regulation No. 8 of 2027")
    assert any("Energy and Mineral" in x for x in _labels(grants, reg, NFO.issuedBy))
    lic = _doc(grants, "KZ-2027-0442")
    assert any("Kazakhstan Ministry" in x for x in _labels(grants, lic, NFO.issuedBy))
    assert any("Tau-Ken" in x for x in _labels(grants, lic, NFO.about))
    approval = _doc(grants, "Approval No. 45/2027")
    assert any("Sulawesi" in x for x in _labels(grants, approval, NFO.about))
    assert not _labels(grants, approval, NFO.issuedBy)


def test_signers_on_two_lines_are_two_issuers(signers):
    notice = _doc(signers, "Mercury Controls")
    got = _labels(signers, notice, NFO.issuedBy)
    assert got == {"Tarkwa Minerals Commission",
                   "Ministry of Lands and Natural Resources"}, got


def test_a_reply_about_the_project_it_approves(grants):
    reply = _doc(grants, "Huan Shen [2027] No. 88")
    assert any("Pomalaa" in x for x in _labels(grants, reply, NFO.about))
    assert any("Environment and Forestry" in x for x in _labels(grants, reply, NFO.issuedBy))


def test_a_lower_case_policy_name_ends_before_its_verb():
    from kg.ingest.names.phrases import lower_names
    got = [c.label for c in lower_names(
        "From July, the export tariff on unwrought antimony rises from 10% to 15%.")]
    assert got == ["export tariff on unwrought antimony"]
