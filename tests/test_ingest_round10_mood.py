"""Round 10: the mood of a clause (kg/ingest/reading/mood.py, applied once by
kg/ingest/relations/stated_mood.py) and planned dates (nfo:plannedDate). A negated or
conditional statement is no relation; a planned one is kept and marked "+planned"; an event
dated by a clause that sets it ahead, and a planned milestone, have a planned date that
validates, that the timeline shows as planned, and that a reviewed draft keeps. Every text here
is written for this file."""
from __future__ import annotations

import json
import shutil

import pytest
from rdflib import Graph, Literal, RDFS, URIRef
from rdflib.namespace import XSD

from hostile_drafts import draft_of, parsed, snapshot_kg  # noqa: F401
from kg.ingest.reading.mood import CONDITIONAL, FACT, NEGATED, PLANNED, mood

NFO = "https://w3id.org/nfkg/ontology#"


def _mood(sentence: str, a: str, b: str) -> str:
    start = min(sentence.index(a), sentence.index(b))
    end = max(sentence.index(a) + len(a), sentence.index(b) + len(b))
    return mood(sentence, start, end)


# --- the reader: three or more phrasings of each mood, and sentences that set none ------------
MOODS = [
    # negated
    ("Acme Copper has not bought Beta Mining.", NEGATED),
    ("Beta Mining was never owned by Acme Copper.", NEGATED),
    ("Acme Copper denied that it holds shares in Beta Mining.", NEGATED),
    ("Acme Copper declined to join Beta Mining in the venture.", NEGATED),
    ("Acme Copper isn't a shareholder of Beta Mining.", NEGATED),
    ("Acme Copper has no stake in Beta Mining.", NEGATED),
    # conditional or only possible
    ("If the regulator agrees, Acme Copper would take over Beta Mining.", CONDITIONAL),
    ("Acme Copper would acquire Beta Mining if shareholders approve.", CONDITIONAL),
    ("Acme Copper could merge with Beta Mining.", CONDITIONAL),
    ("Acme Copper may buy Beta Mining.", CONDITIONAL),
    ("Acme Copper is weighing whether to invest in Beta Mining.", CONDITIONAL),
    ("Acme Copper will buy Beta Mining, subject to shareholder approval.", CONDITIONAL),
    # asked or rumoured, not stated
    ("Did Acme Copper take over Beta Mining?", CONDITIONAL),
    ("Has Acme Copper signed with Beta Mining yet?", CONDITIONAL),
    ("Rumours that Acme Copper bought Beta Mining spread on Monday.", CONDITIONAL),
    # planned
    ("Acme Copper will build the smelter with Beta Mining.", PLANNED),
    ("Acme Copper plans to set up a venture with Beta Mining.", PLANNED),
    ("Acme Copper has agreed to buy 70% of Beta Mining.", PLANNED),
    ("Acme Copper is expected to sign with Beta Mining.", PLANNED),
    ("Acme Copper intends to acquire Beta Mining.", PLANNED),
    # facts: the cue words are elsewhere, masked, or not cues
    ("Acme Copper bought Beta Mining in May.", FACT),
    ("In May, Acme Copper signed with Beta Mining.", FACT),
    ("Acme Copper, which did not give the price, bought Beta Mining.", FACT),
    ("Acme Copper not only bought Beta Mining but also a port.", FACT),
    ("Acme Copper provided funds to Beta Mining.", FACT),
    ("Acme Copper is subject to supervision by Beta Mining.", FACT),
    ("Acme Copper (not listed) bought Beta Mining.", FACT),
    ("Beta Mining held a hearing with Acme Copper, which it did not accept.", FACT),
    ("Acme Copper did not open the mine with Beta Mining until May.", FACT),
]


@pytest.mark.parametrize("sentence, expected", MOODS)
def test_the_mood_of_a_clause(sentence, expected):
    assert _mood(sentence, "Acme Copper", "Beta Mining") == expected, sentence


def test_a_name_before_a_question_is_not_asked():
    """A speaker named before the question asked (a transcript's "Outlet X: how will ...?")."""
    s = "Acme Copper Weekly: how will Beta Mining raise output this year?"
    assert mood(s, 0, len("Acme Copper Weekly")) == FACT


def test_a_cue_in_another_clause_sets_no_mood():
    s = "The line will be finished next year; Acme Copper bought Beta Mining in May."
    assert _mood(s, "Acme Copper", "Beta Mining") == FACT
    s = "Output may rise, and Acme Copper signed with Beta Mining."
    assert _mood(s, "Acme Copper", "Beta Mining") == FACT
    s = "Acme Copper bought Beta Mining, and the port will open in June."
    assert _mood(s, "Acme Copper", "Beta Mining") == FACT


# --- drafts: what the relations and dates become -------------------------------------------
TEXTS = {
    "conditional": (
        "Kunming, April 8, 2027 -- If the deal is cleared, Baotai Group would buy Jinchuan Group. "
        "Chinalco would acquire Yunnan Tin Group if regulators agree. Western Mining Co., Ltd. "
        "would take over Baotai Group, subject to shareholder approval.\n"),
    "negated": (
        "Kunming, April 8, 2027 -- Yunnan Tin Group never signed the supply agreement with "
        "Western Mining Co., Ltd. The zinc industry forum was not held in Kunming on April 2, "
        "2027.\n"),
    "planned": (
        "Kunming, April 8, 2027 -- Baotai Group plans to acquire Jinchuan Group, two people "
        "close to the talks said. A zinc industry forum will be held in Kunming on June 5, 2027. "
        "A copper forum was held in Kunming on April 2, 2027.\n"),
}


@pytest.fixture(scope="module")
def drafts(snapshot_kg):  # noqa: F811
    return {k: parsed(draft_of(snapshot_kg, t, f"mood-{k}", "mood.txt")) for k, t in TEXTS.items()}


def _pairs(g: Graph, prop: str) -> set:
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    return {(label.get(s, str(s)), label.get(o, str(o)))
            for s, o in g.subject_objects(URIRef(NFO + prop))}


def test_a_conditional_purchase_is_no_acquisition(drafts):
    assert not _pairs(drafts["conditional"], "acquired")


def test_what_a_clause_negates_is_not_drafted(drafts):
    g = drafts["negated"]
    assert not _pairs(g, "party"), _pairs(g, "party")
    assert not any("agreement" in s.lower() for s, _ in _pairs(g, "party"))
    assert not _pairs(g, "heldIn") and not _pairs(g, "startDate"), (_pairs(g, "heldIn"),
                                                                    _pairs(g, "startDate"))


def test_a_planned_purchase_is_kept_and_marked_planned(drafts):
    g = drafts["planned"]
    assert any("Baotai" in s for s, _ in _pairs(g, "acquired")), _pairs(g, "acquired")
    baotai = next(s for s, o in g.subject_objects(RDFS.label) if str(o) == "Baotai Group")
    rules = {str(r) for r in g.objects(baotai, URIRef(NFO + "proposedBy"))}
    assert any(r.endswith("+planned") for r in rules), rules


def test_an_event_a_clause_sets_ahead_has_a_planned_date(drafts):
    g = drafts["planned"]
    planned = _pairs(g, "plannedDate")
    held = _pairs(g, "startDate")
    assert any(d == "2027-06-05" for _, d in planned), planned
    assert not any(d == "2027-06-05" for _, d in held), held
    assert any(d == "2027-04-02" for _, d in held), held       # the one held is a date reached


# --- the CLI: a planned milestone validates, shows as planned, and survives review ---------
ARTICLE = ("Lanzhou, March 2, 2027 -- Jinchuan Group broke ground on a nickel refinery in "
           "Jinchang on March 1, 2027. The refinery is due to be commissioned in October 2027, "
           "the company said.\n")
DOC = "990-mood-refinery"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory, sources_dir):
    """The article put --into a copy of the data (validated as drafted), then reviewed: every
    proposed node kept (its draft marker line deleted), and validated again."""
    from typer.testing import CliRunner
    from kg.cli import app
    from conftest import DATA

    base = tmp_path_factory.mktemp("mood")
    data, texts = base / "data", base / "texts"
    shutil.copytree(DATA, data)
    shutil.copytree(sources_dir, texts)
    art = base / "refinery.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    runner = CliRunner()

    def run(*args):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    out = base / "d.ttl"
    r = run("ingest", art, "--id", DOC, "-o", out, "--data", data, "--into", data,
            "--texts", texts)
    assert r.exit_code == 0, r.stderr
    drafted = json.loads(run("validate", "--data", data, "--texts", texts, "-f", "json").stdout)
    target = data / "triples" / f"{DOC}.ttl"
    target.write_text("".join(line for line in target.read_text(encoding="utf-8")
                              .splitlines(keepends=True) if not line.rstrip().endswith("# DRAFT")),
                      encoding="utf-8")
    return {"run": run, "data": data, "texts": texts, "drafted": drafted, "target": target,
            "draft": Graph().parse(out, format="turtle")}


def test_the_draft_gives_the_planned_milestone_a_planned_date(reviewed):
    g = reviewed["draft"]
    planned = _pairs(g, "plannedDate")
    assert ("Commissioning of the refinery", "2027-10") in planned, planned
    node = next(s for s, o in g.subject_objects(RDFS.label)
                if str(o) == "Commissioning of the refinery")
    assert (node, URIRef(NFO + "plannedDate"), Literal("2027-10", datatype=XSD.gYearMonth)) in g
    assert not list(g.objects(node, URIRef(NFO + "startDate")))


def test_a_draft_with_a_planned_date_validates_as_to_review(reviewed):
    payload = reviewed["drafted"]
    assert payload["ok"], [p for p in payload["problems"] if p["severity"] == "error"]
    assert not [p for p in payload["problems"] if "plannedDate" in p.get("message", "")
                and p["severity"] == "error"]


@pytest.mark.xfail(strict=True, reason="round 11: names/facility_nouns writes the referring 'The "
                   "refinery' as evidence of 'Nickel refinery in Jinchang', which kg validate "
                   "rejects (names nothing); see names/printed_aliases")
def test_the_reviewed_draft_answers_the_timeline_with_the_plan_as_planned(reviewed):
    run, data = reviewed["run"], reviewed["data"]
    v = run("validate", "--data", data, "--texts", reviewed["texts"], "-f", "json")
    payload = json.loads(v.stdout)
    assert v.exit_code == 0, [p for p in payload["problems"] if p["severity"] == "error"]
    r = run("timeline", "--data", data, "--from", "2027-01", "--format", "json")
    assert r.exit_code == 0, r.stderr
    rows = {(e["label"], e["date"], e["what"]) for e in json.loads(r.stdout)["entries"]}
    assert ("Commissioning of the refinery", "2027-10", "planned") in rows, rows
    table = run("timeline", "--data", data, "--from", "2027-10", "--to", "2027-10").stdout
    line = next(ln for ln in table.splitlines() if "Commissioning of the refinery" in ln)
    assert "planned" in line and "held/happened" not in line, line


# --- a step a plan names by its noun as the clause's subject (events/planned_milestones.py) ----
STEPS = ("Chengdu, May 5, 2027 -- The group approved a lithium salt plant. Construction is to "
         "begin in August 2027, and the first lithium carbonate is expected in March 2029. "
         "Trial production will start by June 2029; commercial production is scheduled for "
         "2030. The chairman said work on the second mine will start in October 2028. "
         "Construction of the tailings dam is due to be completed by the end of 2028.\n"
         "Output rose in 2026. Production is expected to rise in 2028. The first quarter is "
         "expected to be weak in 2028. Construction began in April 2027.\n")


@pytest.fixture(scope="module")
def steps(snapshot_kg):  # noqa: F811
    return draft_of(snapshot_kg, STEPS, "mood-steps", "steps.txt")


def test_a_step_named_by_its_noun_is_a_planned_milestone(steps):
    got = {(e.label, str(o)) for e in steps.entities.values()
           if e.rule == "event:planned-milestone" for p, o, _, _ in e.statements
           if str(p) == NFO + "plannedDate"}
    assert got == {("Start of construction", "2027-08"),
                   ("First lithium carbonate", "2029-03"),
                   ("Start of trial production", "2029-06"),
                   ("Start of production", "2030"),
                   ("Start of construction of the second mine", "2028-10"),
                   ("Completion of the tailings dam", "2028")}, got


def test_a_figure_set_ahead_or_a_step_taken_is_no_planned_milestone(steps):
    """'Production is expected to rise', 'The first quarter is expected to be weak', and
    'Construction began in April' (done) give no planned milestone."""
    spans = [steps.text[e.mentions[0].start:e.mentions[0].end]
             for e in steps.entities.values() if e.rule == "event:planned-milestone"]
    assert not [s for s in spans if "rise" in s or "quarter" in s or "began" in s], spans
