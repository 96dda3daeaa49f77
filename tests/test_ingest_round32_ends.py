"""Round 32, entities the drafts missed at the ends of relations: a people's congress and its
committees are state organs ("Standing Committee of the X Municipal People's Congress", not the
congress read as a conference nor the committee cut off as a role); a customs district is a
customs office, no region; a secretariat and an inspection team named by their head word; a
sub-bureau named alone ("the Qinglong Sub-bureau") and in full with its parent, the short name
folded into the long one; an award conferred "on Comrade X" ends before "on"; a Chinese name
broken over two lines where the line is short: after a title ("Ms Ren" / "Xiaodan"), under a
field's value or a table cell's column, or going on the sentence after a comma; a name whose
given word was another name's ("Du Kang" then "Wei" / "Xiaoning") joins nothing."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _news(draft) -> dict:
    return {e.label: str(e.cls).rsplit("#", 1)[-1] for e in draft.new() if not e.role}


CONGRESS = """Lanxi lawmakers inspect tin smelters

The Standing Committee of the Lanxi Municipal People's Congress heard a report on tin slag on
Tuesday. The Deputy Affairs Committee of the Standing Committee of the Lanxi Municipal People's
Congress passed the deputies' proposals to the bureau. Deputies to the Lanxi Municipal People's
Congress visited two smelters. Li Hua, Vice Chairman of the Standing Committee of the Lanxi
Municipal People's Congress, chaired the visit.

The Fifth Session of the Sixteenth Lanxi Municipal People's Congress will open in January.
"""


def test_a_peoples_congress_and_its_committees_are_state_organs(snapshot_kg):
    news = _news(draft_of(snapshot_kg, CONGRESS, "congress"))
    assert news["Standing Committee of the Lanxi Municipal People's Congress"] == "GovernmentBody"
    assert news["Deputy Affairs Committee of the Standing Committee of the Lanxi Municipal "
                "People's Congress"] == "GovernmentBody"
    assert news["Lanxi Municipal People's Congress"] == "GovernmentBody"
    # a session stays a meeting; a vice chairman's title still parts the person from the body
    assert news["Fifth Session of the Sixteenth Lanxi Municipal People's Congress"] == "Meeting"
    assert "Vice Chairman of the Standing Committee of the Lanxi Municipal People's Congress" \
        not in news


BODIES = """Tin exporters meet customs officers

Exporters in Hunan declared their tin ingots to the Changsha Customs District last quarter. The
Secretariat of the Tin Branch collected the members' answers. The Fourth Inspection Team of the
Hunan Provincial Party Committee and the Second Central Ecological and Environmental Protection
Inspection Team visited the smelters in May.
"""


def test_customs_district_secretariat_and_inspection_teams(snapshot_kg):
    news = _news(draft_of(snapshot_kg, BODIES, "bodies"))
    assert news["Changsha Customs District"] == "GovernmentBody"
    assert news["Secretariat of the Tin Branch"] == "Organization"
    assert "Fourth Inspection Team of the Hunan Provincial Party Committee" in news
    assert "Second Central Ecological and Environmental Protection Inspection Team" in news


SUB_BUREAUS = """Lanxi market regulator checks tin cups

The Lanxi Municipal Administration for Market Regulation checked tin drinkware in shops, with
the Qinglong Sub-bureau and the Dongcheng Sub-bureau. The Qinglong Sub-bureau found two lots
below the standard.

Handled by: Nanhu Sub-bureau of the Lanxi Municipal Bureau of Ecology
and Environment

Nanhu Sub-bureau, Lanxi Municipal Bureau of Ecology and Environment
"""


def test_sub_bureaus_short_names_fold_into_the_full_one(snapshot_kg):
    draft = draft_of(snapshot_kg, SUB_BUREAUS, "subs")
    news = _news(draft)
    assert news["Qinglong Sub-bureau"] == "GovernmentBody"
    assert news["Dongcheng Sub-bureau"] == "GovernmentBody"
    full = "Nanhu Sub-bureau of the Lanxi Municipal Bureau of Ecology and Environment"
    assert full in news and "Nanhu Sub-bureau" not in news
    ent = next(e for e in draft.new() if e.label == full)
    assert "Nanhu Sub-bureau" in ent.aliases and len(ent.mentions) == 2


AWARD = """Decision on the 2027 Gansu science awards

The provincial government has decided to confer the 2027 Gansu Highest Science and Technology
Award on Comrade
     Lei Zhenbang, professor of Longxi University, for four decades of work on nickel.
"""


def test_an_award_conferred_on_a_person_ends_before_on(snapshot_kg):
    news = _news(draft_of(snapshot_kg, AWARD, "award"))
    assert news.get("Gansu Highest Science and Technology Award") == "Award"
    assert news.get("Lei Zhenbang") == "Person"


WRAPPED = """Tongshan Town notice on the copper workshop safety campaign

  Leader:          Pan Haitao, Town Head
  Members:         Tian Yu    Ma Jiaming    Yang Xiuli    Du Kang
                   Wei Xiaoning    Feng Rui    He Yanping    Wei
                   Zhiqiang

  Analyst:              Ren
                        Xiaotong
  Rating committee:     meeting of 8 December

Zhao Ming of the county bureau and Liu
Qingsong, deputy head of the town, spoke at the meeting (contact: Zhang
Huiping, 0912-555 0102).

Contact: Ms Qiao
Mingyue, Human Resources Department
Secretariat contact: Dr Luo
Xiaofan

Route notes
Lead: Fan
Long Road will be closed to trucks during the works.
"""


def test_names_wrapped_over_short_lines(snapshot_kg):
    people = {k for k, v in _news(draft_of(snapshot_kg, WRAPPED, "wrapped")).items()
              if v == "Person"}
    assert {"Du Kang", "Wei Xiaoning", "Wei Zhiqiang", "He Yanping", "Ren Xiaotong",
            "Liu Qingsong", "Zhang Huiping", "Qiao Mingyue", "Luo Xiaofan"} <= people
    assert not {"Kang Wei", "Fan Long"} & people


TOPICS = """Hengli Nickel Postdoctoral Workstation: 2028 Recruitment

Research topics

  * Topic 1  Bioleaching of low-grade nickel sulfide tailings with
             mixed cultures
             Co-supervisor: Sun Peiqi (chief engineer)
  * Topic 2  Cobalt recovery from spent catalysts (2 places)
             Co-supervisor: Mo Lanting

Award list (excerpt)

  2028-K2-016  Short-process casting of copper-chromium alloy contact
               wire for railways
               Units:      Hengli Nickel Co., Ltd.

Licences

  LY28-330118  Hengli Nickel Co., Ltd.    Cobalt oxide    Japan
  2028-03      Start of construction of the new refinery
  ZL202310567788.1  Method for leaching nickel from laterite ore
"""


def test_titles_of_labelled_items_are_projects(snapshot_kg):
    news = _news(draft_of(snapshot_kg, TOPICS, "topics"))
    projects = {k for k, v in news.items() if v == "Project"}
    assert {"Bioleaching of low-grade nickel sulfide tailings with mixed cultures",
            "Cobalt recovery from spent catalysts",
            "Short-process casting of copper-chromium alloy contact wire for railways"} <= projects
    # a table's row, a date's row and a patent's number label no project
    assert not any(p.startswith(("Hengli Nickel Co", "Start of construction", "Method for"))
                   for p in projects)


RECORDS = """Henan science awards 2028 (excerpt)

  2028-J2-044  Low-carbon electrolysis of aluminium with inert anodes
               Units:      Songyuan Light Metals Research Institute; Dengfeng Ruiqi
                           Aluminium Co., Ltd.
               Completers: Hao Minghe, Qu Lijuan

Case 2
Findings:   Partly true. The belt conveyor of Ruyang Jinxi
            Magnesium Co., Ltd. had a torn dust hood.
Action:     Order to rectify by 15 June.
"""


def test_organisations_wrapped_in_a_field_value(snapshot_kg):
    news = _news(draft_of(snapshot_kg, RECORDS, "records"))
    assert news.get("Dengfeng Ruiqi Aluminium Co., Ltd.") == "Company"
    assert news.get("Ruyang Jinxi Magnesium Co., Ltd.") == "Company"
    assert "Aluminium Co., Ltd." not in news and "Magnesium Co., Ltd." not in news


SESSIONS = """Government Work Report of the Lanxi Municipal People's Government

-- Delivered by Mayor Zhou Hang at the fifth session of the 16th Lanxi
   Municipal People's Congress on 8 January 2027

The tin chapter was first read at the 31st meeting of the Standing Committee of the 18th
People's Congress of Qiyang County on 23 December 2026.

The third meeting of the Steering Group for Tin is due in March.
"""


def test_a_numbered_session_of_a_body_printed_in_lower_case(snapshot_kg):
    draft = draft_of(snapshot_kg, SESSIONS, "sessions")
    news = _news(draft)
    fifth = "Fifth session of the 16th Lanxi Municipal People's Congress"
    assert news.get(fifth) == "Meeting"
    assert news.get("16th Lanxi Municipal People's Congress") == "GovernmentBody"
    assert news.get("31st meeting of the Standing Committee of the 18th People's Congress of "
                    "Qiyang County") == "Meeting"
    assert news.get("Standing Committee of the 18th People's Congress of Qiyang County") \
        == "GovernmentBody"
    meeting = next(e for e in draft.new() if e.label == fifth)
    assert {str(o) for p, o, _, _ in meeting.statements if str(p).endswith("#startDate")} \
        == {"2027-01-08"}
    # a body that ends in no body's head word ("Group") makes no session of this rule
    assert not any(e.rule == "event:organ-session" and "Steering" in e.label
                   for e in draft.new())


UNITS = """Hengli Nickel opens research units

The Research Institute of Hengli Nickel Co., Ltd. opened a hydrometallurgy lab in March. The
Academician Workstation of Ruixing Copper Co., Ltd. was set up in 2020, and the Postdoctoral
Research Workstation of Hengli Nickel Co., Ltd. now recruits four postdocs.
"""


def test_a_companys_research_unit_is_a_body_of_its_own_and_a_unit_of_it(snapshot_kg):
    draft = draft_of(snapshot_kg, UNITS, "units")
    news = _news(draft)
    assert news["Research Institute of Hengli Nickel Co., Ltd."] == "ResearchInstitute"
    assert news["Academician Workstation of Ruixing Copper Co., Ltd."] == "Organization"
    assert news["Postdoctoral Research Workstation of Hengli Nickel Co., Ltd."] == "Organization"
    assert news["Ruixing Copper Co., Ltd."] == "Company"
    assert "Workstation" not in news        # no person named by a title and a head word
    units = {(e.label, draft.entities[o].label) for e in draft.new()
             for p, o, _, _ in e.statements if str(p).endswith("#unitOf")}
    assert ("Research Institute of Hengli Nickel Co., Ltd.", "Hengli Nickel Co., Ltd.") in units


DEBTOR = """Ruixing Copper enters liquidation

Ruixing Copper Co., Ltd. ("the Debtor") filed for liquidation on 3 May.
The Debtor, in the Sanshan zone of Wuhu, made copper rod at a rate of 60,000 tonnes a year.
Its plant in Chizhou stopped in May.
"""


def test_its_plant_after_a_sentence_about_a_defined_term(snapshot_kg):
    draft = draft_of(snapshot_kg, DEBTOR, "debtor")
    site = next(e for e in draft.new() if str(e.cls).endswith("#Site"))
    objs = {str(p).rsplit("#", 1)[-1]: draft.entities[o].label for p, o, _, _ in site.statements
            if o in draft.entities}
    assert objs.get("ownedBy") == "Ruixing Copper Co., Ltd."
    assert objs.get("locatedIn") == "Chizhou"


BOTH_WAYS = """Hengli Nickel Postdoctoral Research Workstation: 2028 Recruitment Notice

The Postdoctoral Research Workstation of Hengli Nickel Co., Ltd. was approved in 2012 and now
recruits four postdocs.
"""


def test_a_research_unit_printed_both_ways_is_one(snapshot_kg):
    draft = draft_of(snapshot_kg, BOTH_WAYS, "both")
    units = [e for e in draft.new() if "Workstation" in e.label and str(e.cls).endswith(
        "#Organization")]
    assert len(units) == 1
    assert "Hengli Nickel Postdoctoral Research Workstation" in units[0].aliases | {units[0].label}
