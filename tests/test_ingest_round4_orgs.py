"""`kg ingest` proposes organisations' relations and projects on fresh text
(kg/ingest/relations/members.py, projects.py, names/capacities.py, candidates.py): an
alliance's initiators and members, a standard's drafting units (after "drafted by" and before
"took the lead in drafting"), subsidiaries and joint ventures, a lower-case project named by
its capacity with its owner, park and metals, organisation names cut where a possessive place
or "Leaders of the" opens them, and a named refinery, a bank and a name with accented letters.
The articles (tests/articles/org-*.txt) are written for this test; each is ingested once
through the command."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS
from typer.testing import CliRunner

from kg.model.namespaces import NFO

ARTICLES = Path(__file__).resolve().parent / "articles"
NAMES = ("org-alloy-alliance", "org-smelter-project", "org-drafting", "org-overseas-refinery")


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    from kg.cli import app
    runner = CliRunner()
    out_dir = tmp_path_factory.mktemp("org-drafts")
    graphs = {}
    for name in NAMES:
        out = out_dir / f"{name}.ttl"
        r = runner.invoke(app, ["ingest", str(ARTICLES / f"{name}.txt"), "--id", name,
                                "-o", str(out)], catch_exceptions=False)
        assert r.exit_code == 0, r.stderr
        text = (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")
        graphs[name] = (Graph().parse(out, format="turtle"), text, out.read_text("utf-8"))
    return graphs


def _node(g, label):
    found = set(g.subjects(RDFS.label, Literal(label)))
    assert len(found) == 1, (label, sorted(str(o) for o in g.objects(None, RDFS.label)))
    return found.pop()


def _labels(g, s, p):
    return {str(g.value(o, RDFS.label)) for o in g.objects(s, p)}


def _rules(draft_text, node):
    """The rules the draft's marker line names for ``node``."""
    line = next(ln for ln in draft_text.splitlines()
                if ln.startswith(f"nf:{str(node).rsplit('/', 1)[-1]} nfo:draft true"))
    return line


def test_alliance_initiators_and_members(drafts):
    g, _, ttl = drafts["org-alloy-alliance"]
    body = _node(g, "Hebin Titanium Alloy Alliance")
    assert _labels(g, body, NFO.initiatedBy) == {"Qinfeng Titanium Co., Ltd.",
                                                 "Dongmar Precision Castings Co., Ltd."}
    assert _labels(g, body, NFO.member) == {
        "Qinfeng Titanium Co., Ltd.", "Dongmar Precision Castings Co., Ltd.",
        "Lanxiu Aerospace Parts Co., Ltd.", "Beiling University of Technology",
        "Weiyuan Forging Co., Ltd."}       # (a vice-chairman unit)
    # the subsidiary named in the last paragraph is no member of the alliance
    assert "Sanhe Sponge Titanium Co., Ltd." not in _labels(g, body, NFO.member)
    rules = _rules(ttl, body)
    assert '"alliance:members-include"' in rules and '"alliance:initiated-by"' in rules


def test_standard_drafted_by_list(drafts):
    g, text, _ = drafts["org-alloy-alliance"]
    std = _node(g, "T/HBTA 002-2026")
    assert _labels(g, std, NFO.draftedBy) == {"Beiling University of Technology",
                                              "Lanxiu Aerospace Parts Co., Ltd."}
    sub = _node(g, "Sanhe Sponge Titanium Co., Ltd.")
    assert _labels(g, sub, NFO.subsidiaryOf) == {"Qinfeng Titanium Co., Ltd."}


def test_drafting_lead_subject_joint_venture_and_parent(drafts):
    g, _, ttl = drafts["org-drafting"]
    std = _node(g, "YS/T 1234-2026")
    # "X took the lead in drafting", "Y (Acr.) has also participated in drafting the standard"
    assert _labels(g, std, NFO.draftedBy) == {"Zhongling Copper Co., Ltd.",
                                              "Kaiyuan Nonferrous Research Institute"}
    assert '"standard:drafter-subject"' in _rules(ttl, std)
    venture = _node(g, "Pengda Foil Co., Ltd.")
    owners = {str(g.value(s, RDFS.label)) for s in g.subjects(NFO.shareholderOf, venture)}
    assert owners == {"Zhongling Copper Co., Ltd.", "Huaxing Electronics Co., Ltd."}
    assert _labels(g, _node(g, "Huaxing Electronics Co., Ltd."), NFO.subsidiaryOf) == \
        {"Tianmu Holdings Co., Ltd."}
    # a report's drafters after "prepared by its research office and": the named one
    report = _node(g, "Copper Foil Market Report (2026)")
    assert _labels(g, report, NFO.draftedBy) == {"Nanling Copper Research Institute"}
    # "Zhongling Copper's Cathode Testing Center": a unit of the company named before it
    centre = _node(g, "Zhongling Copper's Cathode Testing Center")
    assert _labels(g, centre, NFO.unitOf) == {"Zhongling Copper Co., Ltd."}
    assert '"name:owner-possessive"' in _rules(ttl, centre)
    # "Leaders of the" is not part of the department's name
    dept = _node(g, "Yunling Provincial Department of Commerce")
    assert (dept, RDF.type, NFO.GovernmentBody) in g
    assert not any(str(o).startswith("Leaders") for o in g.objects(None, RDFS.label))


def test_capacity_project_with_owner_park_and_metals(drafts):
    g, text, ttl = drafts["org-smelter-project"]
    proj = _node(g, "150,000-tonne-per-year zinc smelting project")
    assert (proj, RDF.type, NFO.Project) in g
    assert '"project:capacity"' in _rules(ttl, proj)
    assert _labels(g, proj, NFO.ownedBy) == {"Ruyang Zinc Co., Ltd."}
    assert _labels(g, proj, NFO.locatedIn) == {"Xinhe Industrial Park"}
    assert {"Zinc", "Indium", "Germanium"} <= _labels(g, proj, NFO.concernsMetal)
    # "The smelting project is ... . At full capacity it will also yield ... molybdenum"
    assert "Molybdenum" in _labels(g, proj, NFO.concernsMetal)
    assert '"project:anaphor-metal@0.5"' in _rules(ttl, proj)
    # its span in the text is the phrase with its capacity
    start = text.index("150,000-tonne-per-year")
    sel = [int(s) for s in g.objects(None, _oa("start"))]
    assert start in sel
    # "its ... project": the organisation the clause opens with
    lead = _node(g, "30,000 t/a recycled lead project")
    assert _labels(g, lead, NFO.ownedBy) == {"Hanxi Nonferrous Group Co., Ltd."}
    # "X (Acr.), based in Y, also operates the Z Smelter"
    smelter = _node(g, "Longtan Smelter")
    assert _labels(g, smelter, NFO.ownedBy) == {"Hanxi Nonferrous Group Co., Ltd."}
    assert '"project:owner-builds"' in _rules(ttl, smelter)
    # a quantity that grew is no project
    assert not any("2,000 tonnes" in str(o) for o in g.objects(None, RDFS.label))


def test_possessive_place_is_not_part_of_a_company_name(drafts):
    g, _, _ = drafts["org-smelter-project"]
    firm = _node(g, "Fjordal Mining Corporation")
    assert (firm, RDF.type, NFO.Company) in g
    assert not any("Norway's" in str(o) for o in g.objects(None, RDFS.label))
    assert (_node(g, "Pingzhou Municipal People's Government"), RDF.type,
            NFO.GovernmentBody) in g


def test_named_refinery_with_accented_partner_and_a_bank(drafts):
    g, _, ttl = drafts["org-overseas-refinery"]
    refinery = _node(g, "Lusaka Copper Refinery")
    assert (refinery, RDF.type, NFO.Project) in g
    # "built ... by A and its local partner, B": both own it
    assert _labels(g, refinery, NFO.ownedBy) == {"Nanhai Mining Co., Ltd.",
                                                 "Compagnie Minière du Kafué SA"}
    assert '"project:built-by"' in _rules(ttl, refinery)
    assert (_node(g, "Agricultural Development Bank of China"), RDF.type, NFO.Company) in g


def _oa(name):
    from rdflib import Namespace
    return Namespace("http://www.w3.org/ns/oa#")[name]
