"""Round 25, posts: posts printed in a table's rows, under a header that names the columns: a
column of posts ("Appointed to", "Removed from", "Post") whose cell gives the role and the unit
("Director, No. 3 Smelter"), or the role alone of a whole company (the house company's); a column
of employers ("Unit", "Affiliation") whose cell gives the organisation and the role in brackets
after it ("X Co., Ltd. (chief engineer)"), a second post after "at" in the brackets. Each with a
case that must not change."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO, ORG


def _ingest(kg, folder, text, doc_id):
    path = folder / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _posts(draft):
    """{(person label, organisation label): role} of the draft's posts."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        if e.cls != NFO.Post:
            continue
        held = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == ORG.heldBy]
        within = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == ORG.postIn]
        role = next((str(o) for p, o, *_ in e.statements if p == NFO.roleName), "")
        for h in held:
            for w in within:
                out[(h, w)] = role
    return out


CADRES = """Lanshan Copper Industry Co., Ltd.

              DECISION ON CADRE CHANGES

The company's leadership has decided on the changes below. The Lanshan
Copper Industry Co., Ltd. No. 3 Smelter and the Sulphuric Acid Plant
are run by the company; Hengtai Trading Co., Ltd. is a customer.

 No. Name          Appointed to                Removed from        Effective
 --- ------------  --------------------------  ------------------  ---------
 1   Tang Yuhang   Deputy General Manager      Director, No. 3     today
                                               Smelter
 2   Mo Xiaoqin    Director, No. 3 Smelter     Chief Engineer,     today
                                               Sulphuric Acid Plant
 3   Gao Ruiming   (none)                      Head of Sales       today
 --- ------------  --------------------------  ------------------  ---------

Comrade Gao Ruiming has reached retirement age. Qian Wei of Hengtai
Trading Co., Ltd. sent a letter of thanks.
"""


@pytest.fixture(scope="module")
def cadres(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), CADRES, "r25-cadres")


def test_a_post_column_s_role_and_unit_make_a_post(cadres):
    posts = _posts(cadres)
    assert posts.get(("Mo Xiaoqin", "No. 3 Smelter")) == "Director", posts
    assert posts.get(("Tang Yuhang", "No. 3 Smelter")) == "Director", posts  # (removed from)


def test_a_whole_company_role_alone_is_the_house_company_s(cadres):
    posts = _posts(cadres)
    assert posts.get(("Tang Yuhang", "Lanshan Copper Industry Co., Ltd.")) \
        == "Deputy General Manager", posts


def test_none_and_a_person_outside_the_table_give_no_post(cadres):
    posts = _posts(cadres)
    assert not any(h == "Gao Ruiming" and w.startswith("Lanshan") for h, w in posts), posts
    assert not any(h == "Qian Wei" for h, _ in posts), posts


ROSTER = """Provincial Nickel and Cobalt Innovation Fund: Awarded Scholars 2027

The fund office publishes the list below.

No. Name           Unit                                   Field
--- -------------  -------------------------------------  -----------
 1  Lei Mingzhu    Huaxi Nickel Materials Co., Ltd.       Battery
                   (chief engineer)                       materials
 2  Pu Jiahao      Northwest Polytechnic University       Cobalt
                   (professor; adjunct at the Jinping     refining
                   Cobalt Research Institute)
 3  Xu Lanfang     Huaxi Nickel Materials Co., Ltd.       Nickel
                   (from 2019)                            smelting
--- -------------  -------------------------------------  -----------

The Jinping Cobalt Research Institute hosts the fund office.
"""


@pytest.fixture(scope="module")
def roster(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), ROSTER, "r25-roster")


def test_an_employer_cell_gives_the_role_in_brackets(roster):
    posts = _posts(roster)
    assert posts.get(("Lei Mingzhu", "Huaxi Nickel Materials Co., Ltd.")) == "Chief engineer", posts
    assert posts.get(("Pu Jiahao", "Northwest Polytechnic University")) == "Professor", posts


def test_a_second_post_after_at_in_the_brackets(roster):
    posts = _posts(roster)
    assert ("Pu Jiahao", "Jinping Cobalt Research Institute") in posts, posts


def test_brackets_without_a_role_give_no_post(roster):
    posts = _posts(roster)
    assert not any(h == "Xu Lanfang" for h, _ in posts), posts


PANEL = """Lanzhou Light Metals Institute
Notice of the Thesis Review Meeting

The review meeting of the master's thesis of Yan Qiuyue will be held on
12 May 2027 in Room 204.

Examination Committee

  Role       Name           Title                 Affiliation
  ---------  -------------  --------------------  ---------------------------
  Chair      Zhou Shengli   Professor             Gansu Polytechnic University
  Member     Kang Meiyu     Senior Engineer       Huanan Zinc Co., Ltd.
  Secretary  Fei Yaping     Lecturer              Gansu Polytechnic University

Observers
  Zhao Kaiming and Wen Lu of Huanan Zinc Co., Ltd. will attend.

Comrade Lou Ping, former director of the Xinhe Smelting Plant, senior
engineer and a member of Huanan Zinc Co., Ltd.'s expert pool, sent greetings.
Gu Yunfeng, a guest of the Xinhe Smelting Plant, read a poem.
"""


@pytest.fixture(scope="module")
def panel(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), PANEL, "r25-panel")


def test_a_roster_under_a_body_s_name_gives_posts_in_the_body(panel):
    posts = _posts(panel)
    assert posts.get(("Zhou Shengli", "Examination Committee")) == "Chair", posts
    assert posts.get(("Kang Meiyu", "Examination Committee")) == "Member", posts
    assert posts.get(("Fei Yaping", "Examination Committee")) == "Secretary", posts


def test_lines_under_a_heading_that_open_with_no_role_give_no_post(panel):
    posts = _posts(panel)
    assert not any(h in ("Zhao Kaiming", "Wen Lu") for h, _ in posts), posts


def test_a_role_of_another_body_is_not_a_post_in_an_organisation_named_later(panel):
    posts = _posts(panel)
    assert ("Lou Ping", "Huanan Zinc Co., Ltd.") not in posts, posts


def test_a_role_of_a_plant_is_a_post_in_the_plant(panel):
    posts = _posts(panel)
    assert posts.get(("Lou Ping", "Xinhe Smelting Plant")) == "Director", posts
    assert not any(h == "Gu Yunfeng" for h, _ in posts), posts


def _ties(draft, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, labels.get(o, str(o))) for e in draft.entities.values()
            for p, o, *_ in e.statements if p == pred}


CAREERS = """Xiangjiang Zinc Co., Ltd.  |  Campus Recruitment 2027
=====================================================
Posted 3 March 2027 by the Human Resources Department

We are hiring twenty graduates for the roasting and leaching lines. The
Organisation Department will interview candidates together with the
Organisation Department of Hunan Nonferrous Holdings in April.

Contact: the Human Resources Department, tel. 0731-5550123
"""


@pytest.fixture(scope="module")
def careers(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), CAREERS, "r25-careers")


def test_a_web_page_header_line_names_the_house_of_its_units(careers):
    ties = _ties(careers, NFO.unitOf)
    assert ("Human Resources Department", "Xiangjiang Zinc Co., Ltd.") in ties, ties


def test_a_unit_is_not_a_unit_of_its_namesake_of_another_body(careers):
    ties = _ties(careers, NFO.unitOf)
    assert not any(u == "Organisation Department" and p.startswith("Organisation Department")
                   for u, p in ties), ties


def _grants(draft):
    """{(recipient label, award label)} of the draft's award grants."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out = set()
    for e in draft.entities.values():
        if e.cls != NFO.AwardGrant:
            continue
        recs = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == NFO.recipient]
        awards = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == NFO.award]
        out |= {(r, a) for r in recs for a in awards}
    return out


WINNERS = """Xiangjiang Nonferrous Metals Society

Publicity of the Proposed Winners of the 2027 Xiangjiang Nonferrous
Science and Technology Award (Third Batch)

The evaluation committee met on 12 June 2027. The proposed winners are:

No.  Name           Unit                                Project
---  -------------  ----------------------------------  ----------------------
1    Tan Huiling    Hunan Antimony Smelting Co., Ltd.   Antimony oxide recovery
2    Peng Zhaoxin   Central South University            Zinc leach residue
3    Liao Jiaming   Hunan Antimony Smelting Co., Ltd.   Arsenic fixation
---  -------------  ----------------------------------  ----------------------
"""

FORUM = """Xiangjiang Nonferrous Metals Society

List of the Participants of the 2027 Xiangjiang Antimony Forum Programme

No.  Name           Unit
---  -------------  ----------------------------------
1    Tan Huiling    Hunan Antimony Smelting Co., Ltd.
2    Peng Zhaoxin   Central South University
"""


@pytest.fixture(scope="module")
def winners(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), WINNERS, "r25-winners")


@pytest.fixture(scope="module")
def forum(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), FORUM, "r25-forum")


def test_a_titled_list_of_winners_grants_the_award_to_each_row(winners):
    grants = _grants(winners)
    award = "2027 Xiangjiang Nonferrous Science and Technology Award"
    assert {("Tan Huiling", award), ("Peng Zhaoxin", award), ("Liao Jiaming", award)} <= grants, \
        grants
    # (the person's unit is where they work, not a winner)
    assert not any(r == "Hunan Antimony Smelting Co., Ltd." for r, _ in grants), grants


def test_a_list_of_participants_grants_nothing(forum):
    assert not _grants(forum), _grants(forum)


def test_long_tables_rosters_and_outlines_stay_linear(snapshot_kg):  # noqa: F811
    sur = ["Zhou", "Wang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Sun"]
    given = ["Minghui", "Lanfang", "Jianping", "Xiaotao", "Yanling", "Xinyu", "Haibo", "Ruiqing"]

    def name(n):
        return f"{sur[n % 8]} {given[(n // 8) % 8]}"
    blocks = []
    for b in range(14):     # (tables and rosters alternate: each half of the text holds both)
        rows = "".join(f" {i + 1:<3} {name(b * 10 + i):<15} Hunan Antimony Smelting Co., Ltd."
                       f"  Engineer\n" for i in range(10))
        blocks.append("No.  Name            Unit                               Post\n"
                      "---  --------------  ---------------------------------  --------\n"
                      + rows)
        blocks.append("Examination Committee\n\n" + "".join(
            f"  Member     {name(b * 10 + i + 3):<15} Professor   Central South University\n"
            for i in range(10)))
        blocks.append(f"Comrade {name(b * 10 + 5)} retired last year. His working life:\n\n"
                      + "".join(f"  {1960 + i}.01 - {1961 + i}.12   Chief Engineer, Hengshan "
                                f"Zinc Co., Ltd.\n" for i in range(6)))
    text = ("Xiangjiang Nonferrous Metals Society\n\nList of the Winners of the 2027 "
            "Xiangjiang Science and Technology Award\n\n" + "\n".join(blocks))
    assert len(text) > 20_000
    draft = linear_cpu(lambda t: draft_of(snapshot_kg, t, "r25-posts-linear", "r25-posts.txt"),
                       text, "posts tables, rosters and outlines")
    assert draft.entities


MONTHLY = """TIN MARKET MONTHLY
Issue 4, 2027

Compiled by:  Market Research Office, Yunnan Tin Industry
              Association
Released:     8 May 2027

Output of refined tin rose in April. Vice Mayor Kong Xiangrui of the Gejiu
Municipal People's Government visited two smelters on 20 April. The prize
of the month went to Director Yan Hongbo of the best-run plant.

Compiler: Shi Yuqing       Reviewer: Mao Lijuan, Deputy Secretary General
Supervised by: Rao Jinsong, Discipline Inspection Commissioner
"""


@pytest.fixture(scope="module")
def monthly(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), MONTHLY, "r25-monthly")


def test_a_compiled_by_field_names_the_house_of_a_sign_off_s_role(monthly):
    posts = _posts(monthly)
    branch = next((w for h, w in posts if h == "Mao Lijuan"), "")
    assert branch == "Yunnan Tin Industry Association", posts
    assert posts.get(("Mao Lijuan", branch)) == "Deputy Secretary General", posts
    assert posts.get(("Rao Jinsong", branch)) == "Discipline Inspection Commissioner", posts
    assert not any(h == "Shi Yuqing" for h, _ in posts), posts     # (no role given)


def test_a_role_printed_as_a_title_before_a_name_of_an_organisation(monthly):
    posts = _posts(monthly)
    assert posts.get(("Kong Xiangrui", "Gejiu Municipal People's Government")) == "Vice Mayor", \
        posts
    assert not any(h == "Yan Hongbo" for h, _ in posts), posts     # (of no organisation)


COPIES = """China Nonferrous Metals Industry Association

Notice on the Third Statistics Training Course

The course will be held in Beijing on 14 April 2027 for the statistics staff
of member enterprises.

Copies to: Ge Honglin, President; Chen Xuesen, Chief Engineer; the
Statistics Department.
"""


@pytest.fixture(scope="module")
def copies(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), COPIES, "r25-copies")


def test_a_known_person_with_a_known_role_restates_the_known_post(copies):
    posts = _posts(copies)
    assert ("Ge Honglin", "China Nonferrous Metals Industry Association") in posts, posts


def test_a_known_person_with_a_role_they_do_not_hold_gets_no_post(copies):
    posts = _posts(copies)
    assert not any(h == "Chen Xuesen" for h, _ in posts), posts


OBITUARY = """OBITUARY

Comrade Wei Zhenhai, former head of the Baishui Tin Smelter, died on
2 March 2027 at the age of 81. His working life:

  1966.09 - 1979.10   Electrician, later shift leader, Baishui Tin Smelter
  1979.11 - 1993.06   Chief Engineer, Hengshan Zinc Co., Ltd.
  1993.07 - 1996.12   Studied at the Central Party School
  1997.01 - 2006.05   Vice President, Hunan Tin Industry Association

  2004.06             Tang Xiaolu becomes Chairman of Hengshan Zinc Co., Ltd.
"""


@pytest.fixture(scope="module")
def obituary(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), OBITUARY, "r25-obituary")


def _dated(draft):
    labels = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        if e.cls != NFO.Post:
            continue
        held = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == ORG.heldBy]
        within = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == ORG.postIn]
        dates = tuple(str(o) for p, o, *_ in e.statements if p in (NFO.startDate, NFO.endDate))
        for h in held:
            for w in within:
                out[(h, w)] = dates
    return out


def test_a_career_outline_s_rows_are_posts_of_the_person_named_before(obituary):
    posts = _dated(obituary)
    assert posts.get(("Wei Zhenhai", "Hengshan Zinc Co., Ltd.")) == ("1979-11", "1993-06"), posts
    assert ("Wei Zhenhai", "Hunan Tin Industry Association") in posts, posts


def test_a_row_with_no_role_or_naming_a_person_is_no_post_of_the_outline_s_person(obituary):
    posts = _dated(obituary)
    assert not any(h == "Wei Zhenhai" and "Party School" in w for h, w in posts), posts
    assert not any(h == "Tang Xiaolu" and w == "Hunan Tin Industry Association"
                   for h, w in posts), posts


CONTACTS = """Notice on the Opening of the Hengshan Zinc Rail Siding

The siding opens to freight trains on 1 June 2027.

For enquiries please contact:

   Transport Department, Hengshan Zinc Co., Ltd.: Mr. Pan Yuliang,
   Deputy Director; tel. 0734-555 0101.
   Xiangnan Logistics Co., Ltd.: Ms. Qin Xiaowen; tel. 0734-555 0202.
"""


@pytest.fixture(scope="module")
def contacts(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r25posts"), CONTACTS, "r25-contacts")


def test_a_contact_line_labelled_by_an_organisation_gives_a_post_in_it(contacts):
    posts = _posts(contacts)
    assert posts.get(("Pan Yuliang", "Transport Department")) == "Deputy Director", posts


def test_a_contact_line_with_no_role_gives_no_post(contacts):
    posts = _posts(contacts)
    assert not any(h == "Qin Xiaowen" for h, _ in posts), posts
