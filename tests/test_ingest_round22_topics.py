"""Round 22, what things are about: the entries of a log, report or notice of one works are
about the works its title or labelled header names (relations/title_works.py); a news
headline naming a plant does not make every event of the story about it."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _abouts(draft, rule_prefix="topic:title-works"):
    """(subject label, object label) of the about statements the rule proposed."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, labels.get(o, str(o))) for e in draft.entities.values()
            for p, o, _, r in e.statements
            if str(p).endswith("#about") and r.startswith(rule_prefix)}


KILN_LOG = """GANSU HONGYUAN ZINC SMELTING CO., LTD.
No. 3 Roasting Kiln -- Start-up Log

Log No.: HY-K3-007                      Date: 14 March 2027

08:10  Burner lit after the purge by operator Ma Jun
10:30  Feed of zinc concentrate started at 12 t/h
15:45  Off-gas fan tripped; restarted after 20 minutes

Checked by: Ye Qing, shift manager
"""


def test_a_log_s_entries_are_about_the_works_its_title_names(kg, tmp_path):
    draft = _draft(kg, tmp_path, KILN_LOG, "r22-kiln-log")
    got = _abouts(draft)
    objects = {o for _, o in got}
    assert len(objects) == 1 and "Kiln" in next(iter(objects))
    assert len(got) >= 2            # (the entries the log dates)


NEWS = """Hongyuan Zinc: first-half profit rises, new roasting kiln on track

By a staff reporter

Gansu Hongyuan Zinc Smelting Co., Ltd. said on Tuesday its first-half net profit rose 12
percent. The board met on 20 August and approved a dividend. The company signed a supply
contract with two battery makers in May.
"""


def test_a_news_headline_s_works_is_not_what_every_event_is_about(kg, tmp_path):
    draft = _draft(kg, tmp_path, NEWS, "r22-kiln-news")
    assert not _abouts(draft)


REPORT = """                    SUPERVISION WEEKLY REPORT

Project:     Phase II of the Copper Foil Project
             of Jiangxi Tongrun Foil Co., Ltd.
Report No.:  TR-JL-12

1  QUALITY
1.1 On Monday the supervisor rejected a batch of cable trays delivered without
    certificates.

2  SAFETY
2.1 On Thursday the county emergency bureau made a spot check and found one hazard.
"""


def test_a_report_labelled_project_is_about_that_project(kg, tmp_path):
    draft = _draft(kg, tmp_path, REPORT, "r22-weekly-report")
    got = _abouts(draft)
    assert got and all("Copper Foil Project" in o for _, o in got)


STANDARDS_LETTER = """Nonferrous Standards Committee

Letter on Comments on Three Draft Standards

The drafting units have finished the drafts of the standards below.

 No.  Plan number     Standard name                          Lead drafting unit
 1    2026-0411T-YS   Germanium ingots for infrared optics   Yunnan Lincang Germanium Co., Ltd.
 2    2026-0415T-YS   Indium foil for thermal interfaces     Guangxi Nandan Indium Co., Ltd.
 3    2026-0420T-YS   Gallium arsenide polycrystal           Beijing Tongmei Materials Co., Ltd.

Notes: standard 1 replaces YS/T 2001-2010.

The committee plans to hold the review meeting for the three standards in Kunming in
mid-December.
"""


def test_a_meeting_for_the_three_standards_is_about_the_three_of_the_table(kg, tmp_path):
    draft = _draft(kg, tmp_path, STANDARDS_LETTER, "r22-standards")
    got = {o for s, o in _abouts(draft, "topic:counted-things") if "review meeting" in s.lower()}
    assert len(got) == 3 and not any("2001" in o for o in got)


def test_a_count_no_paragraph_matches_names_nothing(kg, tmp_path):
    text = STANDARDS_LETTER.replace("for the three standards", "for the five standards")
    draft = _draft(kg, tmp_path, text, "r22-standards-five")
    assert not _abouts(draft, "topic:counted-things")


STEP_LIST = """Weekly Site Report

Report date: 5 March 2027

Plan for next week:
- relining of Rotary Kiln No. 2 to start on Tuesday, 9 March;
- the new dust filter and its fans to be tested by 12 March.
"""


def test_a_step_naming_one_works_is_about_it(kg, tmp_path):
    draft = _draft(kg, tmp_path, STEP_LIST, "r22-steps")
    got = _abouts(draft, "topic:step-names-works")
    assert any("Kiln No. 2" in o or "kiln no. 2" in o.lower() for _, o in got)
    assert not any("filter" in s.lower() for s, _ in got)


BLOCKS = """Two of three Yunnan prospecting blocks sold

Kunming, May 9 -- The provincial natural resources department said two of the three
prospecting rights it offered were sold when online bidding closed on Thursday.

The blocks had been listed from April 6 to May 5. The results are:

| Lot | Block | Mineral | Winner |
|---|---|---|---|
| 1 | Heishan | tin | Yunnan Gejiu Tin Co., Ltd. |
| 2 | Baiyun | copper | Yunnan Chuxiong Copper Co., Ltd. |
| 3 | Qingshui | zinc | no valid bid |
"""


def test_the_blocks_of_a_results_table_are_what_the_listing_is_about(kg, tmp_path):
    draft = _draft(kg, tmp_path, BLOCKS, "r22-blocks")
    listed = {o for s, o in _abouts(draft, "topic:plural-things") if "listed" in s}
    assert listed == {"Heishan", "Baiyun", "Qingshui"}
    sold = {o for s, o in _abouts(draft, "topic:counted-things") if "rights" in s}
    assert sold == {"Heishan", "Baiyun", "Qingshui"}


def test_the_blocks_with_no_list_of_them_name_nothing(kg, tmp_path):
    text = BLOCKS.split("| Lot |")[0] + "Only the Heishan block drew bids.\n"
    draft = _draft(kg, tmp_path, text, "r22-blocks-nolist")
    assert not _abouts(draft, "topic:plural-things")
    assert not _abouts(draft, "topic:counted-things")


FOIL = """Xinfeng county news

Construction of the 30,000-tonne copper foil project of Jiangxi Xinfeng Foil Co., Ltd.
began on 3 March 2026. The plant shipped 400 tonnes of copper foil to battery makers on
20 May 2026.
"""


def _metal_rules(draft):
    return {(e.label.split()[0], r) for e in draft.entities.values()
            for p, o, _, r in e.statements
            if str(p).endswith("#concernsMetal") and r.startswith("event:clause-metal")}


def test_a_metal_inside_a_project_s_name_is_the_project_s_not_its_construction_s(kg, tmp_path):
    draft = _draft(kg, tmp_path, FOIL, "r22-foil")
    assert not _metal_rules(draft)
    # (the project keeps its metal, from its own words)
    assert any(str(p).endswith("#concernsMetal") for e in draft.entities.values()
               if "foil project" in e.label for p, *_ in e.statements)


REPLY = """Securities code: 600123     Securities short name: Dongfeng Zinc     No.: Lin 2026-044

GANSU DONGFENG ZINC CO., LTD.
REPLY TO THE INQUIRY LETTER OF THE SHANGHAI STOCK EXCHANGE
ON THE 2026 ANNUAL REPORT

On 3 May 2026 Gansu Dongfeng Zinc Co., Ltd. (the "Company") received the Inquiry
Letter on the 2026 Annual Report (Shang Zheng Gong Han [2026] No. 0412) from the
Shanghai Stock Exchange. The Company replies to the questions as follows.

1. On the decline of the gross margin of zinc ingots.
"""


def test_a_reply_is_about_the_letter_it_answers(kg, tmp_path):
    draft = _draft(kg, tmp_path, REPLY, "r22-reply")
    assert _abouts(draft, "topic:reply-to") == {
        ("REPLY TO THE INQUIRY LETTER OF THE SHANGHAI STOCK EXCHANGE ON THE 2026 ANNUAL REPORT",
         "Inquiry Letter on the 2026 Annual Report")} or \
        {o for _, o in _abouts(draft, "topic:reply-to")} == {
            "Inquiry Letter on the 2026 Annual Report"}


def test_a_reply_to_a_letter_the_text_does_not_name_is_about_nothing(kg, tmp_path):
    text = REPLY.replace("received the Inquiry\nLetter on the 2026 Annual Report", "received a letter")
    draft = _draft(kg, tmp_path, text, "r22-reply-unnamed")
    assert not _abouts(draft, "topic:reply-to")
