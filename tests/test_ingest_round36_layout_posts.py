"""Round 36, posts stated by layout rather than prose: a party block whose label carries the
party's standing in brackets ("Applicant (debtor): X Co., Ltd." over "Legal representative: A"),
a form's fields set off by a leader of dots ("Contractor ....... X Co., Ltd.; project manager:
A"), a licence list's "Principal person: A, General Manager" under a numbered heading that names
the company (perhaps with its mine after it), and a table's cell that gives the role after the
name ("A, mine manager") in a row whose other cell names the company. Each with a case that must
not change."""
from __future__ import annotations

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401


def _pairs(draft) -> dict:
    """{(person, organisation): role} of the draft's posts."""
    return {(p, o): r for p, r, o in posts(draft)}


PARTY_BLOCK = """                Hanzhong Intermediate People's Court of Shaanxi Province

                                 Civil Ruling

Applicant (debtor): Qinba Lianfeng Zinc Smelting Co., Ltd.
  Domicile: Mianxian Industrial Park, Hanzhong, Shaanxi Province
  Legal representative: Feng Liangcai, chairman

The applicant asked the Hanzhong Intermediate People's Court on 3 November to open
restructuring. Having heard the applicant and its creditors, the Hanzhong Intermediate
People's Court grants the application.
"""


def test_party_label_with_standing_in_brackets(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, PARTY_BLOCK, "r36-party"))
    assert ("Feng Liangcai", "Qinba Lianfeng Zinc Smelting Co., Ltd.") in got
    assert not any(p == "Feng Liangcai" and "Court" in o for p, o in got), got


DOTTED_FORM = """Ankang Municipal Housing and Urban-Rural Development Bureau

        Record of Completion Acceptance: Rolling Mill Workshop

Project .............. Rolling mill workshop of the Ankang copper strip plant
Builder .............. Ankang Hanjiang Copper Strip Co., Ltd.
                       (a subsidiary of Shaanxi Hanjiang Holdings Co., Ltd.); project principal: Qu Wenliang
Design unit .......... Xi'an Qinchuan Metallurgical Design Institute Co., Ltd.; principal: Pei Zhixin
Contractor ........... Shaanxi Fourth Nonferrous Construction Co., Ltd.; project manager:
                       Lou Jianbo
Supervision unit ..... Ankang Hengda Construction Consulting Co., Ltd.;
                       chief supervising engineer: Dang Xiaoyu

Filed on 2 December 2026 by the Ankang Municipal Housing and Urban-Rural Development Bureau.
"""


def test_fields_after_a_leader_of_dots(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, DOTTED_FORM, "r36-dotted"))
    assert ("Qu Wenliang", "Ankang Hanjiang Copper Strip Co., Ltd.") in got, got
    assert ("Pei Zhixin", "Xi'an Qinchuan Metallurgical Design Institute Co., Ltd.") in got, got
    assert ("Lou Jianbo", "Shaanxi Fourth Nonferrous Construction Co., Ltd.") in got, got
    assert ("Dang Xiaoyu", "Ankang Hengda Construction Consulting Co., Ltd.") in got, got
    assert not any("Bureau" in o for _, o in got), got


LICENCES = """Shaanxi Provincial Department of Emergency Management

      Notice on Safety Production Licences Renewed in December 2026

The following licences were renewed after review.

(1) Shangluo Xinda Molybdenum Industry Co., Ltd.
    Licence No.:       (Shaan) FM An Xu Zheng Zi [2026] 0311
    Principal person:  Kou Wenjie, General Manager
    Address:           Zhashui County, Shangluo

(2) Luonan Jinyuan Gold Mining Co., Ltd. Shijiagou Mine
    Licence No.:       (Shaan) FM An Xu Zheng Zi [2026] 0312
    Person in charge:  Yan Baoguo, Mine Manager
    Address:           Luonan County, Shangluo
"""


def test_principal_person_of_a_numbered_company(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, LICENCES, "r36-licences"))
    assert got.get(("Kou Wenjie", "Shangluo Xinda Molybdenum Industry Co., Ltd.")) \
        == "General Manager", got
    assert ("Yan Baoguo", "Luonan Jinyuan Gold Mining Co., Ltd.") in got, got
    assert not any("Emergency" in o for _, o in got), got


def test_prose_item_is_no_heading(snapshot_kg):
    """A numbered item of prose that opens with a company heads no record."""
    text = """Shangluo Municipal Bureau of Industry

Progress in December

1. Shangluo Xinda Molybdenum Industry Co., Ltd. finished its tailings dam works on
   4 December and passed the county's check.
   Recorder: Hou Min, section chief
"""
    got = _pairs(draft_of(snapshot_kg, text, "r36-prose-item"))
    assert ("Hou Min", "Shangluo Xinda Molybdenum Industry Co., Ltd.") not in got, got


PONDS = """Shaanxi lists tailings ponds for closure

The provincial bureau has listed the following ponds for closure before the end of 2027.

| No. | Pond | City | Operator | Responsible person | Grade |
|---|---|---|---|---|---|
| 1 | Hongyan pond | Baoji | Baoji Qinling Lead Mining Co., Ltd. | Ma Guoqing, general | I |
|   |              |       |                                     | manager             |   |
| 2 | Dagou pond | Weinan | Huaxian Jinlong Molybdenum Mining Co., Ltd. | Tian Shouyi, mine manager | II |
| 3 | Xigou pond | Shangluo | Shangluo Xinda Molybdenum Industry Co., Ltd. | Kou Wenjie, head of the tailings workshop | II |
| 4 | Beigou pond | Hanzhong | Qinba Lianfeng Zinc Smelting Co., Ltd. and Mianxian Tiancheng Lead Co., Ltd. | Lei Hong, deputy general manager | III |
"""


def test_role_after_the_name_in_a_table_cell(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, PONDS, "r36-ponds"))
    assert got.get(("Ma Guoqing", "Baoji Qinling Lead Mining Co., Ltd.")) == "General manager", got
    assert got.get(("Tian Shouyi", "Huaxian Jinlong Molybdenum Mining Co., Ltd.")) \
        == "Mine manager", got
    # (a unit the draft does not name after the role; a row of two companies: no post)
    assert not any(p in ("Kou Wenjie", "Lei Hong") for p, _ in got), got


MEETINGS = """Trip report: Shanghai aluminium fair

Date    Booth        Company / person met               Notes
------  -----------  ---------------------------------  ----------------------
8 Jul   N3-B102      Weiqiao Foil Co., Ltd.;            asked for a quote on
                     Ms. Yu Lanfang, Export Sales       1235 foil stock
                     Manager
9 Jul   N5-C205      Rayong Cell Energy Co., Ltd.;      battery foil; NDA
                     Mr. Somchai Prasert, Head of       signed
                     Purchasing
"""


def test_company_then_person_and_role_in_one_cell(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, MEETINGS, "r36-meetings"))
    assert ("Yu Lanfang", "Weiqiao Foil Co., Ltd.") in got, got
    assert ("Somchai Prasert", "Rayong Cell Energy Co., Ltd.") in got, got


INSPECTION = """Record of the site inspection at the Dagou tailings pond

On 5 December 2026 an inspection team visited the tailings pond of Huaxian Jinlong Molybdenum
Mining Co., Ltd. and checked its drainage works.

Inspection team:
  Leader: Ren Xiaodong, deputy director of the Weinan Municipal Emergency Management Bureau
  Members: Kang Lu, engineer, Shaanxi Institute of Safety Science; He Ping, section chief,
           Huazhou District Emergency Management Bureau
"""


def test_a_label_line_ends_the_field_above(snapshot_kg):
    """"Members: A; B" under "Leader: C" at the same indentation are no leaders."""
    got = _pairs(draft_of(snapshot_kg, INSPECTION, "r36-inspection"))
    assert ("He Ping", "Huazhou District Emergency Management Bureau") in got, got
    assert not any(p in ("He Ping", "Kang Lu") and r == "Leader" for (p, _), r in got.items()), got
