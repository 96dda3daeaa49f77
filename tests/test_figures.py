"""Figures (nfo:Observation): every figure read from the texts (tests/expected/figures/*.tsv) is
found by the library and by `kg figures`; each figure's span holds its number as printed; the
answers are the same on every store; filters and errors as a user sees them."""
from __future__ import annotations

import csv
import io
import json
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from kg.ask import figures as fig
from kg.ask import names
from kg.model.evidence import document_files
from kg.model.namespaces import NF

from conftest import EXPECTED

TSVS = sorted((EXPECTED / "figures").glob("*.tsv"))


def _local(iri: str | None) -> str:
    return (iri or "").rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _key(about, measure, value, unit, start, end, kind):
    return (about, measure, Decimal(str(value)).normalize(), unit, start or "", end or "", kind)


def _expected(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _have(rows) -> set:
    return {_key(_local(f["about_iri"]), _local(f["measure_iri"]), f["value"], _local(f["unit_iri"]),
                 f["period_start"], f["period_end"], _local(f["kind_iri"])) for f in rows}


@pytest.fixture(scope="module")
def all_figures(kg):
    return fig.figures(kg)


@pytest.mark.parametrize("tsv", TSVS, ids=lambda p: p.stem)
def test_every_expected_figure_is_found(all_figures, tsv):
    doc = tsv.stem
    have = _have(f for f in all_figures if f["document"] == doc)
    want = _expected(tsv)
    assert want, f"{tsv} lists no figures"
    missing = [w for w in want if _key(w["about"], w["measure"], w["value"], w["unit"],
                                       w["period_start"], w["period_end"], w["kind"]) not in have]
    assert not missing, f"{len(missing)} of {len(want)} figures of {doc} not found, e.g. {missing[:3]}"


@pytest.mark.parametrize("tsv", TSVS, ids=lambda p: p.stem)
def test_expected_figures_through_the_cli(run, tsv):
    """`kg figures IRI --format json` finds each expected figure of the entity it is about."""
    want = _expected(tsv)
    for about in sorted({w["about"] for w in want})[:4]:
        res = run("figures", str(NF[about]), "--format", "json")
        assert res.exit_code == 0, res.stderr
        got = json.loads(res.stdout)["figures"]
        assert got and all(f["about_iri"] == str(NF[about]) or f["set_by_iri"] == str(NF[about]) for f in got)
        have = _have(got)
        for w in want:
            if w["about"] == about:
                assert _key(w["about"], w["measure"], w["value"], w["unit"], w["period_start"],
                            w["period_end"], w["kind"]) in have, w


def test_every_figure_span_holds_its_number(all_figures, kg, sources_dir):
    files = {kg.doc_id(d): p for d, p in document_files(kg.union, sources_dir).items()}
    assert len(all_figures) >= sum(len(_expected(t)) for t in TSVS)
    texts = {}
    for f in all_figures:
        assert f["document"] in files, f["iri"]
        text = texts.setdefault(f["document"], files[f["document"]].read_text(encoding="utf-8"))
        covered = " ".join(text[f["start"]:f["end"]].split())
        assert f["value_text"] and " ".join(f["value_text"].split()) in covered, f["iri"]
        assert f["end"] - f["start"] < 1200, f"{f['iri']}: span longer than a sentence or two"


def test_validate_reports_a_figure_whose_span_lacks_its_number(run, data_copy, sources_dir):
    path = next((data_copy / "triples").glob("002-*.figures.ttl"))
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('nfo:valueText "254,000"', 'nfo:valueText "987,654"', 1), encoding="utf-8")
    res = run("validate", "--data", data_copy, "--texts", sources_dir, "--format", "json")
    assert res.exit_code == 1
    problems = json.loads(res.stdout)["problems"]
    assert any(p["check"] == "span" and "987,654" in p["message"] for p in problems), problems


def test_same_figures_on_every_store(kgs):
    def answer(k):
        china = [m.iri for m in names.resolve(k, "China")]
        return (fig.figures(k),
                fig.figures(k, china, fig.resolve_measure(k, "production"), start="2024", end="2024"),
                fig.figures(k, metals=[m.iri for m in names.resolve(k, "Magnesium")],
                            kind=fig.resolve_kind(k, "target"), lang="zh"))
    want = answer(kgs["memory"])
    assert want[0] and want[1] and want[2]
    for name in ("oxigraph", "sparql"):
        assert answer(kgs[name]) == want, f"{name} differs from memory"


def test_filters_hold_for_every_row(run, kg):
    res = run("figures", "--measure", "output", "--metal", "aluminium", "--kind", "actual",
              "--from", "2024", "--to", "2024-12", "--format", "json")
    assert res.exit_code == 0, res.stderr
    got = json.loads(res.stdout)["figures"]
    assert got
    below = {str(m) for m in fig.narrower_closure(kg, [NF["metal-aluminium"]])}
    for f in got:
        assert f["measure"] == "production" and f["kind"] == "actual"
        assert below & set(f["metal_iris"]) or f["about_iri"] in below
        assert (f["period_end"] or "")[:4] >= "2024" and (f["period_start"] or "")[:4] <= "2024"


def test_table_and_csv(run):
    res = run("figures", "Shaanxi", "--measure", "production")
    assert res.exit_code == 0
    assert "Shaanxi Province" in res.stdout and "470,000" in res.stdout and "figures; matched" in res.stdout
    res = run("figures", "China", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and {"about", "measure", "value", "unit", "period_start", "kind", "document"} <= set(rows[0])
    assert all(r["about_iri"] == str(NF.china) or r["set_by"] for r in rows)


def test_chinese_names_in_figures(run):
    res = run("figures", "陕西", "--lang", "zh", "--format", "json")
    assert res.exit_code == 0, res.stderr
    got = json.loads(res.stdout)["figures"]
    assert got and any(f["about"].startswith("陕西") for f in got)


@pytest.mark.parametrize("args, words", [
    (["--measure", "flux"], "unknown measure 'flux'"),
    (["--kind", "wish"], "unknown kind of figure"),
    (["--from", "May 2024"], "--from 'May 2024'"),
    (["--lang", "fr"], "--lang 'fr'"),
    (["Atlantis"], "no entity is named 'Atlantis'"),
])
def test_user_errors(run, args, words):
    res = run("figures", *args)
    assert res.exit_code == 1
    assert words in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_shapes_catch_a_malformed_figure(run, data_copy):
    path = next((data_copy / "triples").glob("002-*.figures.ttl"))
    text = path.read_text(encoding="utf-8")
    old = 'nfo:value 254000.0 ; nfo:valueText "254,000"'
    assert old in text
    text = text.replace(old, 'nfo:value "254000" ; nfo:valueText "254,000"', 1)
    text = text.replace("nfo:figureKind nfo:kind-actual ;", "nfo:figureKind nfo:kind-wishful ;", 1)
    path.write_text(text, encoding="utf-8")
    res = run("validate", "--data", data_copy, "--format", "json")
    assert res.exit_code == 1
    messages = [p["message"] for p in json.loads(res.stdout)["problems"] if p["check"] == "shacl"]
    assert any("xsd:decimal" in m for m in messages), messages
    assert any("exactly one kind" in m for m in messages), messages


def test_named_queries_figures_by_year_and_policy_targets(run, kg):
    res = run("sparql", "figures-by-year", "-p", "measure=output", "-p", "metal=Magnesium", "--format", "json")
    assert res.exit_code == 0, res.stderr
    rows = json.loads(res.stdout)["rows"]
    assert rows and all(r["measureLabel"] == "production" for r in rows)
    assert len({r["obs"] for r in rows}) == len(rows)          # one row per figure, one language
    by_lib = {f["iri"] for f in fig.figures(kg, measure=fig.resolve_measure(kg, "production"),
                                            metals=[NF["metal-magnesium"]])}
    assert {r["obs"] for r in rows} == by_lib
    res = run("sparql", "policy-targets", "--format", "json")
    rows = json.loads(res.stdout)["rows"]
    assert rows and len({(r["policyLabel"], r["obs"]) for r in rows}) == len(rows)
    policy = rows[0]["policyLabel"]
    one = json.loads(run("sparql", "policy-targets", "-p", f"policy={policy}", "--format", "json").stdout)["rows"]
    assert one and {r["policyLabel"] for r in one} == {policy}
    assert all(f["kind"] == "target" for f in fig.figures(kg) if f["iri"] in {r["obs"] for r in one})
