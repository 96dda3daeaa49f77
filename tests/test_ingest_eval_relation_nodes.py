"""The evaluation of `kg ingest` (bench/ingest_eval.compare) finds the dates the curators record
on a relation node (a post's start) on the draft's node of the same class that joins the same
matched entities; a node joining other entities is not it."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from rdflib import Graph

from hostile_drafts import article

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import ingest_eval  # noqa: E402

# (own text)
TEXT = """Zinc refiner names new plant

Zhao Minghui, chairman of Hanzhong Ruitong Zinc Co., Ltd. since March 2021, said on Monday
that the refiner would build a second roaster in Mianxian County.
"""

PREFIXES = """@prefix nf: <https://w3id.org/nfkg/id/> .
@prefix nfo: <https://w3id.org/nfkg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""
GOLD = PREFIXES + """
nf:zhao-minghui a nfo:Person ; rdfs:label "Zhao Minghui" .
nf:hanzhong-ruitong-zinc a nfo:Company ; rdfs:label "Hanzhong Ruitong Zinc Co., Ltd." .
nf:post-zhao-minghui-chairman a nfo:Post ; org:heldBy nf:zhao-minghui ;
    org:postIn nf:hanzhong-ruitong-zinc ; nfo:roleName "Chairman" ;
    nfo:startDate "2021-03"^^xsd:gYearMonth .
"""
# the same date on a post joining the person to another company: no draft post joins those two
OTHER = PREFIXES + """
nf:zhao-minghui a nfo:Person ; rdfs:label "Zhao Minghui" .
nf:mianxian-county a nfo:County ; rdfs:label "Mianxian County" .
nf:post-zhao-minghui-elsewhere a nfo:Post ; org:heldBy nf:zhao-minghui ;
    org:postIn nf:mianxian-county ; nfo:startDate "2021-03"^^xsd:gYearMonth .
"""


def _row(kg, gold_ttl):
    gold = Graph().parse(data=gold_ttl, format="turtle")
    return ingest_eval.compare(kg, article(TEXT, "eval-post.txt"), "eval-post", gold)


def test_a_posts_date_is_found_on_the_drafts_post_of_the_same_two(kg):
    row = _row(kg, GOLD)
    assert row["dates"] == 1
    assert row["date_recall"] == 1.0, row["misses"]["dates"]
    assert row["relation_recall"] == 1.0


def test_a_post_of_other_entities_is_not_matched(kg):
    row = _row(kg, OTHER)
    assert row["dates"] == 1
    assert row["date_recall"] == 0.0
    assert row["misses"]["dates"] == ["post-zhao-minghui-elsewhere(unmatched) 2021-03"]
