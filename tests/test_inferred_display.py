"""Inferred statements are shown as such everywhere: the card and `kg show` give the curators'
reason, `kg linked` lists the reason under its table, views say it in the edge tooltip, and
exports keep the source 'inferred'."""
from __future__ import annotations

import csv
import json

from rdflib.namespace import RDF

from kg.ask.cards import card
from kg.ask.inferences import reason
from kg.model.namespaces import NFO


def _inferences(kg):
    out = []
    for node in kg.union.subjects(RDF.type, NFO.Inference):
        out.append((kg.union.value(node, RDF.subject), kg.union.value(node, RDF.predicate),
                    kg.union.value(node, RDF.object), str(kg.union.value(node, NFO.reason))))
    return sorted(out)


def test_every_inference_has_its_reason_on_every_store(kgs):
    want = _inferences(kgs["memory"])
    assert len(want) >= 20
    for name, k in kgs.items():
        for s, p, o, why in want[:: max(1, len(want) // 15)]:
            assert why in reason(k, s, p, o), (name, s, p, o)
            assert "inferred" in k.sources(s, p, o), (name, s, p, o)


def test_card_and_show_give_the_reason(kg, run):
    s, p, o, why = next(t for t in _inferences(kg) if (t[0], RDF.type, None) in kg.union)
    props = [d for d in card(kg, s)["properties"] if d["predicate"] == str(p) and d.get("iri") == str(o)]
    assert props and why in props[0]["inferred"] and "inferred" in props[0]["sources"]
    assert not any(d["relation"] in ("subject", "object") for d in card(kg, s)["properties"])
    res = run("show", str(s))
    assert res.exit_code == 0
    assert f"inferred: {kg.label(p)} {kg.label(o)}: {why}"[:60] in " ".join(res.stdout.split())
    js = json.loads(run("show", str(s), "--format", "json").stdout)
    assert any(d.get("inferred") == why for d in js["entities"][0]["properties"])


def test_linked_lists_reasons(run):
    res = run("linked", "Baotai Group", "--format", "json")
    links = json.loads(res.stdout)["links"]
    inferred = [l for l in links if "inferred" in l["sources"]]
    assert inferred and all(l.get("inferred") for l in inferred)
    table = run("linked", "Baotai Group").stdout
    assert "inferred: Baotai Group" in table


def test_view_and_export_mark_inferred(run, tmp_path):
    out = tmp_path / "v.html"
    assert run("view", "Baotai Group", "-o", out).exit_code == 0
    assert "Inferred: " in out.read_text(encoding="utf-8")
    folder = tmp_path / "csv"
    assert run("export", "--format", "csv", "-o", folder).exit_code == 0
    with (folder / "edges.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert any(r["sources"] == "inferred" for r in rows)
