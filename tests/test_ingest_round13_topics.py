"""`kg ingest` round 13, topics: what an event, a document or an agreement is about, read from
short articles written for these tests (own words; invented companies, works and figures).

* Steps in the life of a works (relations/works_milestones.py): "the mine is expected to
  produce its first ore ... and the smelter to start up": each step is about the works its own
  words name; "... the lithium carbonate project in Yichun. Construction started in April":
  about the works named just before in the paragraph.
* Not: a bond issue in a paragraph of its own; works named in another paragraph."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r13to") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _about(draft, words):
    """{object label: rule} of the ``about`` links of the new events whose mention holds
    ``words``."""
    out = {}
    for e in draft.entities.values():
        if e.known or not any(words.lower() in draft.text[m.start:m.end].lower()
                              for m in e.mentions):
            continue
        out.update({k: v[0] for k, v in links(draft, e, NFO.about).items()})
    return out


@pytest.fixture(scope="module")
def works(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-works-steps", (
        "Qilian Tin starts work on Gansu smelter\n"
        "\n"
        "Lanzhou, 4 May 2026 -- Qilian Tin Co., Ltd. began building a 20,000-tonne tin smelter in\n"
        "Jiuquan, Gansu Province, on Monday, together with a 1,500-tonne-a-day concentrator at its\n"
        "Heishan mine. The mine is expected to produce its first ore in March 2028 and the smelter\n"
        "to start up by the end of that year.\n"
        "\n"
        "Ganxi Lithium Co., Ltd. will spend 800 million yuan on the 50,000 tonnes a year lithium\n"
        "carbonate project in Yichun, Jiangxi Province. Construction started in April 2026 and trial\n"
        "production is planned for the fourth quarter of 2027.\n"
        "\n"
        "Ganxi Lithium Co., Ltd. completed a bond issue of 300 million yuan on Tuesday.\n"))


def test_each_step_is_about_the_works_its_words_name(works):
    ore = _about(works, "first ore")
    assert any("mine" in k.lower() for k in ore) and not any("smelter" in k for k in ore), ore
    start = _about(works, "to start up")
    assert any("tin smelter" in k for k in start), start
    assert not any("mine" in k.lower() for k in start), start


def test_a_step_without_works_is_about_the_one_just_named(works):
    for words in ("Construction started", "production is planned"):
        got = _about(works, words)
        assert any("lithium carbonate project" in k for k in got), (words, got)


def test_no_works_for_a_bond_issue(works):
    got = _about(works, "bond issue")
    assert not any("project" in k or "smelter" in k for k in got), got
