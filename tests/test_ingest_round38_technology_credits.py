"""`kg ingest`: who developed a technology, as its credits print them
(relations/technology_credits.py), read from two short texts written for these tests (own
words; invented bodies, people and figures).

* An appraisal certificate's fields: "Achievement:  ... process" over "Completed by:  A Co.,
  Ltd.; B University": the process nfo:developedBy A and B.
* A court report: the patent's quoted title, then "inventors A, B and two others": the
  patented method nfo:developedBy A and B.
* Not: a field block with credits but no technology in it; not "inventory"."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of
from kg.model.namespaces import NFO

CERT = """Guangxi Nonferrous Metals Society
Certificate of Scientific and Technological Achievement Appraisal

Certificate No.: GXNMS Jian Zi [2027] No. 14

Achievement:  Recovery of indium by the zinc dross vacuum distillation process
              (industrial trial)
Completed by: Hechi Tianlong Zinc Industry Co., Ltd.; Guilin University of
              Technology
Organised by: Guangxi Nonferrous Metals Society
Date:         Friday, 15 January 2027, Nanning

The appraisal panel heard the report and agreed that the process had reached an
advanced level in China.

Contact
Name:         Wei Lanfang
Developed by: Nanning Qingxiu Software Co., Ltd.
"""

PATENT = """Court upholds claim over copper foil plating patent

Wuzhou, 3 February 2027 -- The Wuzhou Intermediate People's Court ruled on Tuesday that
Cangwu Hengjin Foil Co., Ltd. had used a patented plating process without a licence.

The patent in suit, ZL 2020 1 0456123.7, "Method for pulse plating thin copper foil with
low surface roughness", inventors Lan Xiaoqing, Mo Wenjie and two others, was granted in
2022 and is held by Wuzhou Xinglong Copper Co., Ltd. The court ordered Cangwu Hengjin Foil
to stop using the method, to clear its copper inventory of infringing foil and to pay 2.6
million yuan in damages.
"""


def _developers(draft) -> dict:
    """{technology label: {labels of what developed it}}."""
    out = {}
    for e in draft.entities.values():
        for p, o, _, _ in e.statements:
            if p == NFO.developedBy:
                who = draft.entities[o].label if o in draft.entities else str(o)
                out.setdefault(e.label.lower(), set()).add(who)
    return out


@pytest.fixture(scope="module")
def cert(kg):
    return draft_of(kg, CERT, "technology-credits-cert", name="cert.txt")


@pytest.fixture(scope="module")
def patent(kg):
    return draft_of(kg, PATENT, "technology-credits-patent", name="patent.txt")


def test_completed_by_field_credits_the_achievement(cert):
    got = _developers(cert)
    tech = [v for k, v in got.items() if "distillation process" in k]
    assert tech and {"Hechi Tianlong Zinc Industry Co., Ltd.",
                     "Guilin University of Technology"} <= tech[0]


def test_credit_field_without_technology_credits_nothing(cert):
    assert not any("Nanning Qingxiu Software Co., Ltd." in v for v in _developers(cert).values())


def test_inventors_after_quoted_patent_title(patent):
    got = _developers(patent)
    tech = [v for k, v in got.items() if "pulse plating" in k]
    assert tech and {"Lan Xiaoqing", "Mo Wenjie"} <= tech[0]


def test_no_developer_from_other_people(patent):
    got = _developers(patent)
    assert not any("Cangwu Hengjin Foil Co., Ltd." in v or "Wuzhou Xinglong Copper Co., Ltd." in v
                   for v in got.values())
