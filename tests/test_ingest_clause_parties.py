"""`kg ingest`: a step minted from a clause has the organisations its own clause names as
participants (relations/clause_parties.py), read from a short news item written for these tests
(own words; invented bodies).

* "It will also send a report to the Guangxi Zhuang Autonomous Region Department of Commerce
  by March.": the planned step has the department as a participant.
* Not: the word "It" that refers back (what it stands for is another rule's guess)."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

RULE = "event:party-in-clause@0.4"


@pytest.fixture(scope="module")
def item(kg, tmp_path_factory):
    path = tmp_path_factory.mktemp("clause-parties") / "clause-parties.txt"
    path.write_text(
        "Hezhou bureau replies to deputies on tin scrap\n\n"
        "Hezhou, 2 December 2027 -- The Hezhou Municipal Bureau of Industry said on Monday that\n"
        "it had answered the proposal of two deputies on tin scrap recycling.\n\n"
        "It will also send a report to the Guangxi Zhuang Autonomous Region Department of\n"
        "Commerce by March.\n", encoding="utf-8")
    return ingest(kg, read_article(path), "clause-parties")


def _parties(draft):
    """{(event label, participant label)} of the rule's links (its planned mark aside)."""
    return {(e.label, draft.entities[o].label if o in draft.entities else str(o))
            for e in draft.entities.values() for p, o, _, rule in e.statements
            if p == NFO.participant and rule.split("+")[0] == RULE}


def test_planned_step_has_the_body_its_clause_names(item):
    got = _parties(item)
    assert any("send a report" in ev and "Department of Commerce" in who for ev, who in got)


def test_no_party_read_from_it(item):
    assert not any("Bureau of Industry" in who for _, who in _parties(item))
