"""Round 50, the text's frame: a decision, notice or announcement whose title says it confers
honours or certificates, over a list of winners, is about each award the list grants
(kg/ingest/relations/published_awards.py, rule ``document:published-awards``). Short texts
written for this file (invented bodies, firms and awards): a title without such a word (the
results of a contest) links nothing by this rule, nor does a text whose draft grants no award."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "document:published-awards"


def _draft(kg, text: str, doc_id: str = "round50-frame"):
    return draft_of(kg, text, doc_id, "round50.txt", today=dt.date(2026, 11, 20))


def _about(draft) -> dict:
    """{document label: {the labels of what it is about by this rule}}."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.new():
        for p, o, _, r in e.statements:
            if _RULE in r and str(p).endswith("#about"):
                out.setdefault(e.label, set()).add(labels.get(o))
    return out


_DECISION = (
    "Notice on the Winners of the 2026 Harrowfield Copper Craft Quality Award\n\n"
    "Harrowfield Provincial Federation of Metalworkers\n\n"
    "To all member units:\n\n"
    "After review by the selection panel, the following enterprises have won the 2026 "
    "Harrowfield Copper Craft Quality Award. The list is published as follows.\n\n"
    "| No. | Enterprise | Product |\n"
    "| --- | --- | --- |\n"
    "| 1 | Quillon Copperware Co., Ltd. | Hammered copper basins |\n"
    "| 2 | Marrowby Brass Works Co., Ltd. | Brass door fittings |\n"
    "| 3 | Tethering Alloy Crafts Co., Ltd. | Copper enamel vases |\n\n"
    "Harrowfield Provincial Federation of Metalworkers\n"
    "14 November 2026\n"
)

_RESULTS = (
    "Notice on the Results of the 2026 Harrowfield Copper Welding Contest\n\n"
    "Harrowfield Provincial Federation of Metalworkers\n\n"
    "To all member units:\n\n"
    "The 2026 Harrowfield Copper Welding Contest was held from 3 to 5 November. The results "
    "are published as follows.\n\n"
    "| No. | Name | Enterprise | Prize |\n"
    "| --- | --- | --- | --- |\n"
    "| 1 | Lan Qiyue | Quillon Copperware Co., Ltd. | First prize |\n"
    "| 2 | Du Mingxuan | Marrowby Brass Works Co., Ltd. | Second prize |\n\n"
    "Harrowfield Provincial Federation of Metalworkers\n"
    "14 November 2026\n"
)

_NEWS = (
    "Quillon Copperware opens a new basin workshop\n\n"
    "Quillon Copperware Co., Ltd. opened a new workshop for hammered copper basins in "
    "Harrowfield on Monday. The company, which won the Harrowfield Copper Craft Quality Award "
    "in 2019, expects the workshop to double its output of basins next year.\n"
)


def test_a_decision_on_awarding_a_medal_is_about_the_medal(snapshot_kg):
    d = _draft(snapshot_kg, _DECISION)
    about = _about(d)
    assert len(about) == 1, about
    (doc, things), = about.items()
    assert doc.startswith("Notice on the Winners"), doc
    assert any("Copper Craft Quality Award" in (t or "") for t in things), things


def test_a_notice_of_a_contest_s_results_is_not_about_its_prizes_by_this_rule(snapshot_kg):
    assert _about(_draft(snapshot_kg, _RESULTS)) == {}


def test_a_news_story_recalling_a_medal_grants_nothing_to_publish(snapshot_kg):
    assert _about(_draft(snapshot_kg, _NEWS)) == {}
