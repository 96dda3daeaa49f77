"""Round 21, documents: the document a text is, titled by a heading in capitals under a
letterhead or a page's furniture (its number from a "Ref.:" field, its issuer from the
letterhead, its date from the signature under the issuer), and what must not be one (a
section's name, a closing mark)."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _docs(draft):
    kinds = ("Notice", "Report", "PolicyDocument", "Plan", "Measures", "Catalogue")
    return {e.label: e for e in draft.new() if str(e.cls).rsplit("#", 1)[-1] in kinds}


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if p == pred}


OVERHAUL = """DONGSHAN BLUE RIVER ZINC SMELTING CO., LTD.
Maintenance Department
                                              Ref.: LH-WX [2027] No. 14
To:  Roasting Workshop; Leaching Workshop; Electrolysis Workshop

        NOTICE ON THE SPRING SHUTDOWN OF THE NO. 2 ZINC ROASTER

The roaster will stop for twelve days of repairs to its grate and boiler. Workshops
send their job lists to the department before the stop, and every contractor attends a
safety talk on the first morning.

1. Timing
   The roaster stops on 2 March and restarts on 14 March.

                                                  Maintenance Department
                                                      20 January 2027

- - - - - - - - - - - cut here - - - - - - - - - - -
RECEIPT   Notice LH-WX [2027] No. 14 received by ________
"""


def test_a_notice_titled_in_capitals_under_a_letterhead_is_the_text_s_document(kg, tmp_path):
    draft = _draft(kg, tmp_path, OVERHAUL, "r21-overhaul")
    docs = _docs(draft)
    notice = docs.get("Notice on the Spring Shutdown of the No. 2 Zinc Roaster")
    assert notice is not None, sorted(docs)
    assert "LH-WX [2027] No. 14" in notice.aliases
    assert _objects(draft, notice, NFO.issuedBy) == {"Maintenance Department"}
    assert _objects(draft, notice, NFO.dateIssued) == {"2027-01-20"}
    assert _objects(draft, notice, NFO.concernsMetal) >= {"Zinc"}
    # the receipt slip names the same notice by its number: no second notice
    assert not any(label.startswith("RECEIPT") for label in docs)


MONITORING = """Zhongzhou Environmental Disclosure Platform
Home > Enterprises > Monthly data          Published: 2026-08-09 10:05

      MONTHLY EMISSION RESULTS, JULY 2026
      Linru Dongfang Copper Co., Ltd.

Basic information
  Unit:      Linru Dongfang Copper Co., Ltd.
  Activity:  copper cathode from scrap, 80,000 t a year

Results
  Outlet  Item              Limit  Result
  DA001   sulfur dioxide     150      41
"""


def test_a_results_heading_under_a_platform_s_furniture_is_the_report(kg, tmp_path):
    draft = _draft(kg, tmp_path, MONITORING, "r21-monitoring")
    docs = _docs(draft)
    report = docs.get("Monthly Emission Results, July 2026")
    assert report is not None, sorted(docs)
    assert _objects(draft, report, NFO.issuedBy) == {"Linru Dongfang Copper Co., Ltd."}
    assert _objects(draft, report, NFO.dateIssued) == {"2026-08-09"}
    # a section's heading of one word is no document
    assert "Results" not in docs


LOG = """TIANSHAN NORTH SILICON CO., LTD.
Line 3 Reduction Furnace -- Start-up Log

Sheet No.: TS-2026-207                       Date: 4 May 2026 (Monday)

08:00  Furnace charged with quartz and coke. Current raised to 20 kA.
11:30  First tapping of silicon metal; 6 t to the casting bay.

*** END OF LOG ***
"""


def test_a_log_titled_under_its_company_s_letterhead(kg, tmp_path):
    draft = _draft(kg, tmp_path, LOG, "r21-log")
    docs = _docs(draft)
    log = docs.get("Line 3 Reduction Furnace -- Start-up Log")
    assert log is not None, sorted(docs)
    assert "TS-2026-207" in log.aliases
    assert {x.upper().rstrip(".") for x in _objects(draft, log, NFO.issuedBy)} == \
        {"TIANSHAN NORTH SILICON CO., LTD"}
    assert not any("END OF" in label.upper() for label in docs)


SECTIONS = """Weekly market letter

Copper prices rose on Monday as stocks in Shanghai fell for the third week, and traders
said buying by cable makers was steady through the week.

RESULTS
Cathode premiums were unchanged.

END OF REPORT
"""

NEWS_IN_CAPITALS = """MINISTRY REPORT SAYS TIN OUTPUT FELL

Tin output in Yunnan fell by a tenth in the first half of the year, a ministry report said
on Tuesday, as two smelters stopped for repairs and ore from Myanmar arrived late.
"""


def test_a_section_name_or_closing_mark_or_headline_in_capitals_is_no_document(kg, tmp_path):
    docs = _docs(_draft(kg, tmp_path, SECTIONS, "r21-sections"))
    assert not any(label.upper() in ("RESULTS", "END OF REPORT") for label in docs), sorted(docs)
    docs = _docs(_draft(kg, tmp_path, NEWS_IN_CAPITALS, "r21-news-caps"))
    # "MINISTRY REPORT SAYS ...": the head word is followed by a verb, news about a report
    assert not any(label.lower().startswith("ministry report says") for label in docs)


COMMENTS = """National Technical Committee for Standardization of Rare Metals

                      Xi Biao Wei [2027] No. 8

     Letter on Soliciting Comments on Two Industry Standards (Drafts for Comments)

To all member units:

The drafting units have finished the drafts listed below, which are in the ministry's
revision plan for the year. Please send comments before 20 May 2027.

 No.  Plan number     Standard name                         Lead drafting unit
 ---  --------------  ------------------------------------  -------------------------
 1    2027-0112T-YS   Niobium plates for superconducting    Ningxia Dongfang Tantalum
                      cavities                              Co., Ltd.
 2    2027-0140T-YS   Germanium ingots                      Yunnan Lincang Xinyuan Co., Ltd.

Attachments: 1. Niobium plates for superconducting cavities (draft for comments)
             2. Germanium ingots (draft for comments)

      National Technical Committee for Standardization of Rare Metals
                           15 April 2027
"""


def _standards(draft):
    return {e.label: e for e in draft.new() if str(e.cls).endswith("Standard")}


def test_standards_listed_by_plan_number_with_their_drafters(kg, tmp_path):
    draft = _draft(kg, tmp_path, COMMENTS, "r21-comments")
    stds = _standards(draft)
    niobium = stds.get("Niobium plates for superconducting cavities")
    assert niobium is not None, sorted(stds)
    assert "2027-0112T-YS" in niobium.aliases
    assert str(niobium.cls).endswith("#IndustryStandard")
    germanium = stds["Germanium ingots"]
    assert _objects(draft, germanium, NFO.draftedBy) == {"Yunnan Lincang Xinyuan Co., Ltd."}
    assert _objects(draft, niobium, NFO.concernsMetal) >= {"Niobium"}
    # the attachment that names the draft is the same standard: one entity, two mentions
    assert len(niobium.mentions) == 2
    # drafts for comments are not released by the letter that sends them out
    assert not _objects(draft, niobium, NFO.dateIssued)
    letters = [e for e in draft.new() if any(p == NFO.includes for p, *_ in e.statements)]
    assert letters and all(_objects(draft, x, NFO.includes) >= {"Germanium ingots"}
                           for x in letters)


NOT_A_PLAN_ROW = """Zinc output by month

 Month      Code            Output
 2026-01    2026-0101T-610  14,200 t
 January    shipments       rose by a tenth
"""


def test_a_code_with_no_title_after_it_is_no_standard(kg, tmp_path):
    draft = _draft(kg, tmp_path, NOT_A_PLAN_ROW, "r21-not-a-plan")
    assert not any(e.rule == "standard:plan-number" for e in draft.new())


PLANS = """Rolling mill to stop for relining

The relining was approved on 3 March. It is done under the 2027 maintenance plan of Hexi
Aluminium Co., Ltd., which owns the mill.

Under the 2026 energy saving and emission reduction plan issued by the Gansu Provincial
Department of Industry and Information Technology, the mill must also cut its power use.
"""

NOT_PLANS = """Smelter output

The smelter, part of the plan to double output, ran at full load. Workers said a plan of
some kind was needed, and safety and quality plans were discussed.
"""


def test_a_year_s_plan_of_a_company_and_a_plan_issued_by_a_body(kg, tmp_path):
    draft = _draft(kg, tmp_path, PLANS, "r21-plans")
    plans = {e.label: e for e in draft.new() if str(e.cls).endswith("#Plan")}
    upkeep = next((e for label, e in plans.items() if label.startswith("2027 maintenance plan")),
                  None)
    assert upkeep is not None, sorted(plans)
    assert _objects(draft, upkeep, NFO.issuedBy) == {"Hexi Aluminium Co., Ltd."}
    energy = next((e for label, e in plans.items()
                   if label.startswith("2026 energy saving and emission reduction plan")), None)
    assert energy is not None, sorted(plans)
    assert _objects(draft, energy, NFO.issuedBy) == {
        "Gansu Provincial Department of Industry and Information Technology"}


def test_a_plan_with_no_word_that_says_which_is_no_document(kg, tmp_path):
    draft = _draft(kg, tmp_path, NOT_PLANS, "r21-not-plans")
    assert not [e.label for e in draft.new() if str(e.cls).endswith("#Plan")]


RULE_AND_NUMBER = """Miners get back pay

The back pay followed a rule adopted by the Shenmu County People's Government in 2025:
a coal or magnesium producer that halts work must first settle its workers' wages.

The auction closed on Wednesday, the bureau said in a results announcement (Shen Zi Kuang
[2026] No. 12) published today.
"""

RULE_AS_A_WORD = """Miners get back pay

As a rule, the smelters settle wages every month. The rule of thumb in the county is that a
producer that halts work pays its workers first.
"""


def test_a_rule_adopted_by_a_body_and_a_notice_with_its_number_before_the_verb(kg, tmp_path):
    draft = _draft(kg, tmp_path, RULE_AND_NUMBER, "r21-rule")
    docs = {e.label: e for e in draft.new() if e.rule == "document:issued-noun"}
    rule = next((e for label, e in docs.items() if label.startswith("Rule of")), None)
    assert rule is not None, sorted(docs)
    assert _objects(draft, rule, NFO.issuedBy) == {"Shenmu County People's Government"}
    assert any(label.lower().startswith("results announcement") for label in docs), sorted(docs)


def test_as_a_rule_is_no_document(kg, tmp_path):
    draft = _draft(kg, tmp_path, RULE_AS_A_WORD, "r21-rule-word")
    assert not [e.label for e in draft.new() if e.rule == "document:issued-noun"]


BOARD = """Jinchang Mayor's Mailbox  >  Environment  >  Details

Message No.: JC2027-0311            Status: Replied
Posted: 2027-03-02 21:40

Title: Dust from the nickel slag yard

Message:
Every windy afternoon dust blows from the slag yard into our street. Please act.

Handled by: Jinchang Municipal Bureau of Ecology and Environment
Replied:    2027-03-09 10:12

Reply:
Dear citizen, thank you for your message. Our officers checked the yard on 5 March and
ordered it covered with nets before the end of the month.
"""

QUOTED = """Re: furnace lining order

Reply:
Thanks, we will send the lining bricks next week.

Original message:
Please confirm the order of 40 tonnes of magnesia bricks for Jinchang.
"""


def test_a_reply_on_a_message_board_is_the_handling_body_s_document(kg, tmp_path):
    draft = _draft(kg, tmp_path, BOARD, "r21-board")
    replies = [e for e in draft.new() if e.rule == "document:labelled-reply"]
    assert len(replies) == 1
    reply = replies[0]
    assert reply.label == ("Reply of Jinchang Municipal Bureau of Ecology and Environment "
                           "to message JC2027-0311")
    assert _objects(draft, reply, NFO.issuedBy) == {
        "Jinchang Municipal Bureau of Ecology and Environment"}
    assert _objects(draft, reply, NFO.dateIssued) == {"2027-03-09"}


def test_a_reply_label_with_no_handler_is_no_document(kg, tmp_path):
    draft = _draft(kg, tmp_path, QUOTED, "r21-quoted")
    assert not [e for e in draft.new() if e.rule == "document:labelled-reply"]


def test_long_repeated_rows_and_headings_are_read_in_linear_time():
    """A hostile text of many plan-number rows, draft items, capitals and reply labels: the
    readers scan it once (no row or label reads the whole text again)."""
    import time

    from kg.ingest.names import labelled_replies
    from kg.ingest.names.heading_documents import heading_title
    from kg.ingest.names.plan_standards import _DRAFT, _PLAN, _row_title

    def run(n):
        rows = " 1    2025-0918T-YS   Zirconium sponge for the nuclear      X Co., Ltd.\n" * n
        items = "1. Hafnium bars and wires (draft for comments) and explanation\n" * n
        t0 = time.perf_counter()
        assert sum(1 for m in _PLAN.finditer(rows) if _row_title(rows, m.end())) == n
        assert sum(1 for _ in _DRAFT.finditer(items)) == n
        heading_title("NOTICE " * n)
        heading_title(("REPORT ON " * 20 + "\n") * n)
        labelled_replies._fields()["handler"].search(("Reply:" + " " * 40 + "\n") * n)
        return time.perf_counter() - t0

    small, big = run(2000), run(16000)
    assert big < 8 * small * 3 + 0.5, (small, big)
