"""Round 24, relations: posts and ties that reference works, records and guides print. A person's
years in brackets after the name ("X (born 1958), chief engineer of Y") do not hide the post
after them; the period right after a post ("from 1992 to 2004", "since June 2021", ", 1992-2005")
is its start and end; a town's mayor holds a post in the town; a who's-who entry's "Career:"
field lists posts of the entry's person ("role, Org, years; role of the same company years;
since March 2014 Role, Org"); a contact block's "Director: A" under "Unit, Parent Body" is a
post in the unit; a meeting record's "Presided by:" / "Directors:" / "Recorder:" fields name
its participants; "X lies in Y" / "the plant is in Y" place a site. Each with a case that must
not change."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO, ORG


def _ingest(kg, folder, text, doc_id):
    path = folder / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _labels(draft):
    return {e.iri: e.label for e in draft.entities.values()}


def _posts(draft):
    """{(person label, organisation label): {predicate local name: [values]}} of the posts."""
    labels = _labels(draft)
    out = {}
    for e in draft.entities.values():
        if e.cls != NFO.Post:
            continue
        held = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == ORG.heldBy]
        within = [labels.get(o, str(o)) for p, o, *_ in e.statements if p == ORG.postIn]
        dates = {}
        for p, o, *_ in e.statements:
            if p in (NFO.startDate, NFO.endDate):
                dates.setdefault(str(p).rsplit("#", 1)[-1], []).append(str(o))
        for h in held:
            for w in within:
                out[(h, w)] = dates
    return out


def _ties(draft, pred):
    """{(subject label, object label)} of the draft's statements of ``pred``."""
    labels = _labels(draft)
    return {(e.label, labels.get(o, str(o))) for e in draft.entities.values()
            for p, o, *_ in e.statements if p == pred}


ENTRY = """Dongshan (town)

Dongshan is a tin mining town in the hills south of the county seat.

Notable people
* Tan Anping (born 1958), Chief Engineer of Qinghe Tin Co., Ltd. from 1992
  to 2004, later its deputy general manager.
* Bai Lurong, Mayor of Xiaohe Town since June 2021.
* Rao Ming, director of Hongfeng Smelting Co., Ltd., said output would rise.
* Sun Ke (1931-2019) visited Xiaohe Town in 1975.
* Lin Dexiang, who had led Hongfeng Smelting Co., Ltd. since 2006, was named
  honorary chairman.
* Gao Zhiyuan, Director from 2008 to 2019 and now a consultant to Baisha Mining
  Co., Ltd., opened the museum.

Notes
1. Hongqiao Industrial Park lies in Xunyi County; it hosts two smelters.
2. Shilin Copper Mine is in talks with Xunyi County over water rights.
"""


@pytest.fixture(scope="module")
def entry(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r24rel"), ENTRY, "r24-entry")


def test_years_in_brackets_after_a_name_leave_the_post_after_them(entry):
    posts = _posts(entry)
    assert ("Tan Anping", "Qinghe Tin Co., Ltd.") in posts, posts


def test_the_period_after_a_post_is_its_start_and_end(entry):
    posts = _posts(entry)
    assert posts[("Tan Anping", "Qinghe Tin Co., Ltd.")] == {"startDate": ["1992"],
                                                            "endDate": ["2004"]}, posts
    assert posts[("Bai Lurong", "Xiaohe Town")] == {"startDate": ["2021-06"]}, posts


def test_a_post_with_no_period_after_it_gets_no_dates(entry):
    posts = _posts(entry)
    assert posts.get(("Rao Ming", "Hongfeng Smelting Co., Ltd.")) == {}, posts
    # (the period after the organisation is another post's: "who had led Y since 2006")
    assert not posts.get(("Lin Dexiang", "Hongfeng Smelting Co., Ltd.")), posts


def test_a_role_closed_by_its_period_is_not_the_post_of_a_body_named_later(entry):
    assert not any(h == "Gao Zhiyuan" for h, _ in _posts(entry)), _posts(entry)


def test_a_town_visited_is_no_post(entry):
    assert not any(h == "Sun Ke" for h, _ in _posts(entry)), _posts(entry)


def test_a_site_that_lies_in_a_county_is_located_there(entry):
    ties = _ties(entry, NFO.locatedIn)
    assert ("Hongqiao Industrial Park", "Xunyi County") in ties, ties
    # ("is in talks with": no place)
    assert ("Shilin Copper Mine", "Xunyi County") not in ties, ties


WHOS_WHO = """WHO'S WHO IN THE TIN AND ZINC TRADES
2027 Edition

HUO Jianmin (b. 1970, Lanzhou), smelting engineer. Educ.: Central
  South University, B.Eng. 1992. Career: process engineer, Gansu
  Baiyin Zinc Co., Ltd., 1992-2005; deputy chief engineer of the same
  company 2005-2014; since March 2014 General Manager, Longxi Tin
  Industry Co., Ltd. Work: fuming furnaces for tin slag. Awards: first
  prize, Nonferrous Metals Industry Science and Technology Awards, 2018.

KE Yuming, trader. Work: zinc concentrate imports through Fangcheng
  port; adviser to Nanling Zinc Co., Ltd. on hedging; judge of the
  Nonferrous Metals Industry Science and Technology Awards.
"""


@pytest.fixture(scope="module")
def whos_who(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r24rel"), WHOS_WHO, "r24-whos-who")


def test_a_career_field_lists_the_entry_person_s_posts(whos_who):
    posts = _posts(whos_who)
    assert posts.get(("Huo Jianmin", "Gansu Baiyin Zinc Co., Ltd.")) == {
        "startDate": ["1992"], "endDate": ["2005"]}, posts
    assert posts.get(("Huo Jianmin", "Longxi Tin Industry Co., Ltd.")) == {
        "startDate": ["2014-03"]}, posts


def test_an_awards_field_grants_its_awards_to_the_entry_s_person(whos_who):
    labels = _labels(whos_who)
    grants = {(labels.get(r), labels.get(a)) for e in whos_who.entities.values()
              if e.cls == NFO.AwardGrant
              for r in [o for p, o, *_ in e.statements if p == NFO.recipient]
              for a in [o for p, o, *_ in e.statements if p == NFO.award]}
    assert ("Huo Jianmin", "Nonferrous Metals Industry Science and Technology Awards") in grants
    # (an award a "Work:" field names: a judge's, not a grant)
    assert not any(r == "Ke Yuming" for r, _ in grants), grants


def test_schools_and_work_fields_are_no_posts(whos_who):
    posts = _posts(whos_who)
    assert not any(w == "Central South University" for _, w in posts), posts
    # (an entry with no career field: its "Work:" field lists no post)
    assert not any(h == "Ke Yuming" for h, _ in posts), posts


RECORD = """HONGSHAN TIN SMELTING CO., LTD.
MINUTES OF THE 4TH MEETING OF THE SECOND BOARD OF DIRECTORS
--------------------------------------------------------------
Time:        2027.03.12 (Friday), 14:00-16:30
Presided by: Ding Wenhao, Chairman
Directors:   5 due, 5 present - Ding Wenhao; Pei Xiaolu; Rong Jiabao;
             Gao Shumin and Wen Qi
Recorder:    Mei Lanting, Board Secretary
--------------------------------------------------------------

The board approved a new refining kettle.

Contact

 Investment Service Bureau, Hongshan Park Management Committee
 Director: Lu Jianping      Tel.: 0871-5021 388
 Address:  No. 8 Lake Avenue, Gejiu
"""


@pytest.fixture(scope="module")
def record(kg, tmp_path_factory):
    return _ingest(kg, tmp_path_factory.mktemp("r24rel"), RECORD, "r24-record")


def test_a_record_s_attendance_fields_name_the_meeting_s_participants(record):
    took_part = {p for _, p in _ties(record, NFO.participant)}
    for person in ("Ding Wenhao", "Pei Xiaolu", "Wen Qi", "Mei Lanting"):
        assert person in took_part, took_part
    assert {p for _, p in _ties(record, NFO.presidedBy)} >= {"Ding Wenhao"}


def test_a_contact_block_s_director_holds_a_post_in_the_unit(record):
    posts = _posts(record)
    assert ("Lu Jianping", "Investment Service Bureau") in posts, posts
    assert ("Lu Jianping", "Hongshan Park Management Committee") not in posts, posts


PROFILE = """Company profile: Nanxi Antimony Co., Ltd.

Nanxi Antimony Co., Ltd. held its annual sales fair in Changsha in May. The company makes
antimony trioxide for flame retardants.

Directors:   Fan Yuqing; Yue Shaohua
"""


def test_a_profile_s_directors_field_after_prose_names_no_participants(kg, tmp_path):
    draft = _ingest(kg, tmp_path, PROFILE, "r24-profile")
    took_part = {p for _, p in _ties(draft, NFO.participant)}
    assert not {"Fan Yuqing", "Yue Shaohua"} & took_part, took_part


FORM = """HONGQI COPPER FOIL CO., LTD.                     INTERNAL USE ONLY
BUSINESS TRIP REPORT
Travellers:     Kou Jian, Regional Sales Manager
                Lan Ying, Key Account Engineer, Lithium Foil
Department:     Sales Department
Purpose:        Visit two battery makers in Ningde
Checked by:     Pan Rui, Section Head
Approved by:    Yin Baolin, General Manager
"""


@pytest.fixture(scope="module")
def form(kg, tmp_path_factory):
    return _posts(_ingest(kg, tmp_path_factory.mktemp("r24rel"), FORM, "r24-form"))


def test_a_field_s_value_goes_on_under_it_at_its_column(form):
    # (the name in capitals keeps its legal form's stop, as in mixed case: round 34)
    assert ("Lan Ying", "HONGQI COPPER FOIL CO., LTD.") in form, form
    # (the clause of a line ends where the next line's field begins)
    assert ("Lan Ying", "Sales Department") not in form, form


def test_a_company_head_s_post_is_the_house_s_even_under_a_department_field(form):
    assert ("Yin Baolin", "HONGQI COPPER FOIL CO., LTD.") in form, form
    # (a section head's stays the department's)
    assert ("Pan Rui", "Sales Department") in form, form


BIOGRAPHY = """Profile of a smelting veteran

Born in 1962 in Hengyang, Ren Guoqing joined Xiangjiang Zinc Smelter Co., Ltd. in 1985, was
promoted to deputy director in 1992 and became chairman of Hunan Baisha Lead Co., Ltd. in 1999.

His classmate Ou Jialin joined Xiangjiang Zinc Smelter Co., Ltd. in 1986 and later moved to
Changsha to teach.
"""


def test_steps_after_joining_give_posts_in_the_organisation_joined(kg, tmp_path):
    posts = _posts(_ingest(kg, tmp_path, BIOGRAPHY, "r24-biography"))
    assert posts.get(("Ren Guoqing", "Xiangjiang Zinc Smelter Co., Ltd.")) == {
        "startDate": ["1992"]}, posts
    assert ("Ren Guoqing", "Hunan Baisha Lead Co., Ltd.") in posts, posts
    # ("joined" and a move, no role: no post)
    assert not any(h == "Ou Jialin" for h, _ in posts), posts


TITLED = """Notice on the 2027 key industrial projects of Hanzhong

With the approval of the Hanzhong Municipal People's Government, twelve projects are listed.

1. Each project has a municipal leader in charge; for the zinc projects this is
   Kong Lingwei, Deputy Mayor. Owners report progress monthly.
=====
The Mianxian Lead Association listed the projects.

Shu Yaping, Deputy Mayor, will inspect them in March.
"""


def test_a_government_title_after_a_name_is_a_post_in_the_one_government_named(kg, tmp_path):
    named, unnamed = TITLED.split("=====\n")
    posts = _posts(_ingest(kg, tmp_path, named, "r24-titled"))
    assert ("Kong Lingwei", "Hanzhong Municipal People's Government") in posts, posts
    # (no people's government named: no post)
    posts = _posts(_ingest(kg, tmp_path, unnamed, "r24-untitled"))
    assert not any(h == "Shu Yaping" for h, _ in posts), posts


CEREMONY = """The Hongshan zinc smelter of Yunnan Tin Group marked its 40th anniversary last Saturday
with a ceremony in the plant's hall in Gejiu. Qian Wenyuan, General Manager of Yunnan Tin Group,
presided, and Bai Lihua, Chairman of the Kunming Metallurgical Research Institute, and two former
directors attended.
"""


def test_presided_and_attended_after_appositions(kg, tmp_path):
    draft = _ingest(kg, tmp_path, CEREMONY, "r24-ceremony")
    chairs = {p for _, p in _ties(draft, NFO.presidedBy)}
    took_part = {p for _, p in _ties(draft, NFO.participant)}
    assert "Qian Wenyuan" in chairs, chairs
    assert "Bai Lihua" in took_part, took_part
    # (the institute named in Bai Lihua's apposition did not attend as such)
    assert "Kunming Metallurgical Research Institute" not in took_part, took_part
