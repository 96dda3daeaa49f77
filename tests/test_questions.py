"""Questions from our own reading of each document, answered through the library."""
from __future__ import annotations

import csv

import pytest
from rdflib import URIRef

from kg.ask import links, sparql
from kg.model.namespaces import NFO

from conftest import EXPECTED


def answer(kg, kind: str, arg: URIRef) -> set[str]:
    if kind == "posts":
        _, res = sparql.run_named(kg, "posts-at-organisation", {"org": str(arg)})
        return {str(r["person"]) for r in res.rows}
    if kind == "issuers":
        return {str(o) for o in kg.union.objects(arg, NFO.issuedBy)}
    if kind == "events_in":
        _, res = sparql.run_named(kg, "events-in-place", {"place": str(arg)})
        return {str(r["event"]) for r in res.rows}
    if kind == "parties":
        return {str(o) for o in kg.union.objects(arg, NFO.party)}
    if kind == "subsidiaries":
        _, res = sparql.run_named(kg, "subsidiaries", {"org": str(arg)})
        return {str(r["unit"]) for r in res.rows}
    if kind == "linked":
        out = set()
        for l in links.linked(kg, [arg]):
            out |= {str(l.subject.iri), str(l.object.iri)}
            out |= {o["iri"] for o in l.others}
            if l.via:
                out.add(str(l.via.iri))
        return out
    raise AssertionError(f"unknown question kind {kind}")


def _questions():
    for f in sorted(EXPECTED.glob("*.questions.tsv")):
        for i, row in enumerate(csv.reader(f.open(encoding="utf-8"), delimiter="\t"), 1):
            if row and not row[0].startswith("#"):
                yield pytest.param(row[0], row[1], row[2].split("|"), id=f"{f.name[:3]}-{i}-{row[0]}")


@pytest.mark.parametrize("kind,arg,expected", list(_questions()))
def test_question(kg, kind, arg, expected):
    got = answer(kg, kind, URIRef(arg))
    missing = set(expected) - got
    assert not missing, f"{kind} {arg}: missing {sorted(missing)}"


def test_events_in_a_province_include_those_in_its_counties(kg):
    _, res = sparql.run_named(kg, "events-in-place", {"place": "Shaanxi Province"})
    places = {str(r["where"]) for r in res.rows}
    assert "Fugu County" in places and "Xi'an" in places


def test_events_in_a_month(kg):
    _, res = sparql.run_named(kg, "events-in-month", {"month": "2024-05"})
    dates = [str(r["date"]) for r in res.rows]
    assert dates and all(d.startswith("2024-05") for d in dates)
    labels = " ".join(str(r["label"]) for r in res.rows)
    assert "Magnesium Industry Cluster" in labels      # the Beijing seminar of 30 May


def test_policies_miit_issued_in_2024_about_magnesium(kg):
    _, res = sparql.run_named(kg, "policies-by-issuer",
                              {"issuer": "MIIT", "metal": "Magnesium", "year": "2024"})
    assert len(res.rows) >= 2
    assert all(str(r["issued"]).startswith("2024") for r in res.rows)


def test_every_named_query_runs(kg):
    defaults = {"entity": "Baowu Magnesium", "string": "2024", "date": "2024", "int": "1"}
    examples = {"issuer": "MIIT", "place": "Shaanxi Province", "org": "CNIA", "month": "2024-05",
                "first": "Titanium", "second": "Magnesium", "entity": "Baowu Magnesium"}
    qs = sparql.named_queries()
    assert len(qs) >= 10
    for q in qs.values():
        params = {p.name: examples.get(p.name, defaults[p.type]) for p in q.params if not p.optional}
        _, res = sparql.run_named(kg, q.name, params)
        assert res.rows, f"{q.name} returned nothing"
