"""Round 60, the writer of a news report named on its masthead line, on short texts written for
this file (invented papers, companies and people). A masthead line of fields ("Outlet | day,
date | Reporter A", "Release time: date    Source: Outlet    Reporter: A", "Outlet reporter A
date") makes the writer a reporter of the one outlet that ends a field before the byline
(rule post:byline-outlet, kg/ingest/names/bylines.py); a labelled field after the writer
("| Editor: B", "   Editor: B") ends the byline, so its person is no reporter; a masthead with
two organisations in its fields names no outlet."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

ORG_NS = "http://www.w3.org/ns/org#"


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r60mh") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _posts(draft):
    """{person label: {(role label, organisation label)}} of the draft's posts."""
    out: dict = {}
    ents = draft.entities
    for e in ents.values():
        if e.cls != NFO.Post:
            continue
        held = [o for p, o, *_ in e.statements if str(p) == ORG_NS + "heldBy"]
        where = [o for p, o, *_ in e.statements if str(p) == ORG_NS + "postIn"]
        for h in held:
            for w in where:
                if h in ents and w in ents:
                    out.setdefault(ents[h].label, set()).add((e.rule, ents[w].label))
    return out


_DATED = (
    "Tin smelter in Velmor opens its new slag fuming line\n\n"
    "Velmor Daily | Tuesday, 13 October 2026 | Reporter Hu Qingyan | Editor: Dai Minru\n\n"
    "VELMOR, 12 October - Norcastle Tin Smelting Co., Ltd. started a slag fuming line on\n"
    "Monday that will take back some 900 tonnes of tin a year from old slag heaps, the company\n"
    "said. The line cost 210 million yuan.\n")

_SOURCE = (
    "Copper wire makers in Orland agree on a shared testing laboratory\n\n"
    "Release time: 2026/09/02 10:20    Source: Orland Daily    Reporter: Tao Wenyu\n\n"
    "Six copper wire makers of Orland signed an agreement on Tuesday to build one testing\n"
    "laboratory for their products in the city's industrial park by next spring.\n")

_TWO = (
    "Zinc plant in Marrow holds an open day\n\n"
    "Marrow Zinc Industry Co., Ltd. | Marrow Daily | 4 May 2026 | Reporter Ge Lianfang\n\n"
    "Some 300 residents visited the zinc plant of the company on Saturday.\n")


@pytest.fixture(scope="module")
def dated(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r60-masthead-dated", _DATED)


def test_a_reporter_after_a_dated_masthead_is_the_outlets(dated):
    posts = _posts(dated)
    assert ("post:byline-outlet", "Velmor Daily") in posts.get("Hu Qingyan", set()), posts


def test_the_editor_field_after_the_reporter_is_no_reporter(dated):
    posts = _posts(dated)
    assert "Velmor Daily" not in {o for _, o in posts.get("Dai Minru", set())}, posts


def test_the_outlet_of_a_source_field(kg, tmp_path_factory):
    posts = _posts(_article(kg, tmp_path_factory, "r60-masthead-source", _SOURCE))
    assert "Orland Daily" in {o for _, o in posts.get("Tao Wenyu", set())}, posts


def test_a_masthead_with_two_organisations_names_no_outlet(kg, tmp_path_factory):
    posts = _posts(_article(kg, tmp_path_factory, "r60-masthead-two", _TWO))
    assert not {r for r, _ in posts.get("Ge Lianfang", set())} & {"post:byline-outlet"}, posts
