"""`kg ingest` round 13, people and posts, on short articles written for these tests (other
metals, places and kinds of body than the development sets), each with cases where the rule
must not fire:

* a Chinese name broken by the hard wrap of a prose line ("its chief financial officer, Zhou"
  / "Minghui, said"): one person; not a surname-like word ending a short line (a heading, a
  label) before a capitalised word on the next;
* "vice mayor of X" / "deputy governor of Y Province" when the text names X's (Y's) people's
  government: a post in that government; with no government named, a post in the place;
  "chaired by Mayor A" with no place: a post in the one city government the article names
  (a governor's in the one provincial government); none when it names two;
* "A, who leads the city's relocation task force", "A, a researcher at X who chairs the review
  panel": a post of A in the body and, for a body set up for one task, its ``nfo:ledBy`` A; not
  when no person is named in the clause ("The experts, who lead the working group")."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _draft(kg, folder, name, text):
    path = folder / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


_WRAPPED = """Tin smelter names new finance chief

Yunnan Tianhe Tin Smelting Co., Ltd. said on Monday that its chief financial officer, Zhou
Minghui, had resigned for personal reasons. The board has asked the deputy general manager,
Gao Yixuan, to act in the post. Shareholders were told that the chairman of the company, Tang
Wenli, would present the half-year results in August.

Route notes
Lead: Fan
Long Road will be closed to trucks during the works.
"""

_CITY_GOV = """Lithium park deal signed

The Yichun Municipal People's Government signed an agreement with Jiangxi Ganlan Lithium Co.,
Ltd. on Tuesday to build a lithium carbonate plant. Liu Jianguo, vice mayor of Yichun, and
Hou Bin, chairman of Jiangxi Ganlan Lithium Co., Ltd., signed for the two sides.
"""

_NO_GOV = """Cobalt line opens

A cobalt sulphate line of Hunan Lianxin Cobalt Co., Ltd. started up in Zhuzhou on Friday.
Song Lijuan, vice mayor of Zhuzhou, and Peng Hao, general manager of the company, opened it.
"""

_TITLE_ONLY = """Antimony plant ordered to cut emissions

The Loudi Municipal People's Government has told Hunan Xikuang Antimony Co., Ltd. to cut its
sulphur dioxide emissions by a third. The decision was taken at a meeting chaired by Mayor
Xiong Jiaming. Deputy Mayor Yan Qiuping, who heads the city's environment task force, said
inspections would begin next month.
"""

_TWO_GOVS = """Tungsten corridor agreed

The Chenzhou Municipal People's Government and the Ganzhou Municipal People's Government
agreed on Thursday to build a tungsten industry corridor. Mayor Kuang Zhibin said the two
cities would share a testing centre.
"""

_GOVERNOR = """Nickel investors meet in Kunming

The Yunnan Provincial People's Government held a meeting with nickel investors in Kunming on
Wednesday. Vice Governor Duan Peilin told the meeting that the province would speed up
approvals.
"""


_LEADERS = """Zinc smelter fire under review

Liang Shuhua, who heads the provincial accident investigation team, said the cause would be
published within a month. Pan Rui, a researcher at the Kunming Institute of Metallurgy who
chairs the review panel, said the furnace had been inspected in March. The experts, who lead
the working group, gave no figures. Ke Ming said the smelter would stay closed.
"""


@pytest.fixture(scope="module")
def drafts(kg, tmp_path_factory):
    folder = tmp_path_factory.mktemp("r13people")
    texts = {"wrapped": _WRAPPED, "city_gov": _CITY_GOV, "no_gov": _NO_GOV,
             "title_only": _TITLE_ONLY, "two_govs": _TWO_GOVS, "governor": _GOVERNOR, "leaders": _LEADERS}
    return {name: _draft(kg, folder, f"r13p-{name.replace('_', '-')}", text) for name, text in texts.items()}


def _people(draft):
    return {e.label for e in draft.entities.values() if not e.role and e.cls.endswith("#Person")}


def _posts(draft, person):
    """{organisation label: role} of the person's posts."""
    return {e.label.split(", ", 2)[2]: e.label.split(", ", 2)[1]
            for e in draft.entities.values() if e.role and e.label.startswith(person + ", ")}


def test_names_broken_by_a_hard_wrap(drafts):
    people = _people(drafts["wrapped"])
    assert {"Zhou Minghui", "Tang Wenli", "Gao Yixuan"} <= people
    assert "Fan Long" not in people         # a label's short line, then a street


def test_post_of_a_place_whose_government_is_named(drafts):
    # in the place (the lead's decision of round 12) until the switch is turned on
    from kg.ingest.relations.post_forms import _GOVERNMENT_WHEN_NAMED
    body = "Yichun Municipal People's Government" if _GOVERNMENT_WHEN_NAMED else "Yichun"
    assert _posts(drafts["city_gov"], "Liu Jianguo") == {body: "Vice mayor"}


def test_post_in_the_place_when_no_government_is_named(drafts):
    posts = _posts(drafts["no_gov"], "Song Lijuan")
    assert list(posts.values()) == ["Vice mayor"]
    assert "People's Government" not in next(iter(posts))


def test_title_only_mayor_in_the_one_city_government(drafts):
    d = drafts["title_only"]
    assert _posts(d, "Xiong Jiaming") == {"Loudi Municipal People's Government": "Mayor"}
    assert _posts(d, "Yan Qiuping").get("Loudi Municipal People's Government") == "Deputy Mayor"


def test_title_only_mayor_with_two_city_governments(drafts):
    assert _posts(drafts["two_govs"], "Kuang Zhibin") == {}


def test_title_only_governor_in_the_provincial_government(drafts):
    assert _posts(drafts["governor"], "Duan Peilin") == {
        "Yunnan Provincial People's Government": "Vice Governor"}


def _led_by(draft):
    """{body label: {people who lead it}}."""
    people = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        for st in e.statements:
            if str(st[0]).endswith("#ledBy"):
                out.setdefault(e.label.lower(), set()).add(people.get(st[1], st[1]))
    return out


def test_who_leads_a_task_body(drafts):
    d = drafts["leaders"]
    led = _led_by(d)
    assert any("investigation team" in k and v == {"Liang Shuhua"} for k, v in led.items())
    assert any("review panel" in k and v == {"Pan Rui"} for k, v in led.items())
    assert not any("working group" in k for k in led)
    assert any("review panel" in k.lower() for k in _posts(d, "Pan Rui"))
    assert _posts(d, "Ke Ming") == {}
    title_only = _led_by(drafts["title_only"])
    assert any("task force" in k and v == {"Yan Qiuping"} for k, v in title_only.items())
