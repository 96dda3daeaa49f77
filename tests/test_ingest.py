"""`kg ingest`: drafts from short articles written for these tests (tests/articles/), the errors a
user can cause, `kg validate` listing drafts as to review, a reviewed draft put --into a data
folder validating clean and answering `kg linked`, and the review page in Chromium."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.model.namespaces import NF, NFO, OA, ORG

ARTICLES = Path(__file__).resolve().parent / "articles"


def _draft(run, tmp_path, name, *extra):
    out = tmp_path / f"{name}.ttl"
    r = run("ingest", ARTICLES / f"{name}.txt", "--id", f"t-{name}", "-o", out, "-f", "json", *extra)
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout), Graph().parse(out, format="turtle"), \
        (ARTICLES / f"{name}.txt").read_text(encoding="utf-8")


def _labels(g, cls=None):
    return {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, cls)} if cls else \
        {str(o) for o in g.objects(None, RDFS.label)}


def test_ministry_notice_links_known_bodies_and_proposes_the_notice(run, tmp_path):
    summary, g, text = _draft(run, tmp_path, "ministry-notice")
    assert (NF.miit, RDF.type, None) in g and (NF.ndrc, RDF.type, None) in g
    notice = next(g.subjects(RDF.type, NFO.Notice))
    assert str(g.value(notice, RDFS.label)).startswith("Notice on Promoting")
    assert (notice, NFO.issuedBy, NF.miit) in g
    assert str(g.value(notice, NFO.dateIssued)) == "2025-03-12"
    assert summary["date"] == "2025-03-12"
    # the acronym in parentheses is the ministry, linked where it stands alone too
    spans = [(int(g.value(sel, OA.start)), int(g.value(sel, OA.end)))
             for ev in g.objects(NF.miit, NFO.evidence) for sel in g.objects(ev, OA.hasSelector)]
    assert {text[a:b] for a, b in spans} >= {"Ministry of Industry and Information Technology", "MIIT"}
    # every proposed node is marked draft with its rule and a confidence
    for s in set(g.subjects(RDF.type, None)):
        if (s, RDF.type, NFO.SourceDocument) in g or not str(s).startswith(str(NF)):
            continue
        assert (s, NFO.draft, Literal(True)) in g, s
        assert g.value(s, NFO.proposedBy) is not None and g.value(s, NFO.confidence) is not None


def test_association_meeting_people_posts_event(run, tmp_path):
    _, g, text = _draft(run, tmp_path, "association-meeting")
    assert {"Liu Jianguo", "Zhou Mingxuan"} <= _labels(g, NFO.Person)
    post = next(p for p in g.subjects(RDF.type, NFO.Post)
                if str(g.value(g.value(p, ORG.heldBy), RDFS.label)) == "Liu Jianguo")
    assert g.value(post, ORG.postIn) == NF["cnia-magnesium-branch"]
    assert str(g.value(post, NFO.roleName)) == "Secretary-General"
    forum = next(g.subjects(RDF.type, NFO.Forum))
    assert "Magnesium Alloy Application Forum" in str(g.value(forum, RDFS.label))
    assert str(g.value(forum, NFO.startDate)) == "2024-09-19"   # not the dateline's 20th
    assert g.value(forum, NFO.heldIn) == NF.yulin                  # "Yulin City" is Yulin
    assert (forum, NFO.organizedBy, NF["cnia-magnesium-branch"]) in g
    assert "Xi'an Qinlong Light Metals Co., Ltd." in _labels(g, NFO.Company)
    # offsets are code points into the text as stored
    for ev in g.objects(forum, NFO.evidence):
        sel = g.value(ev, OA.hasSelector)
        assert "Forum" in text[int(g.value(sel, OA.start)):int(g.value(sel, OA.end))]


def test_county_signing_agreement_parties_and_date(run, tmp_path):
    _, g, _ = _draft(run, tmp_path, "county-signing")
    ag = next(g.subjects(RDF.type, NFO.Agreement))
    assert str(g.value(ag, NFO.dateSigned)) == "2025-06-03"   # June 3 takes the document's year
    parties = {str(g.value(p, RDFS.label)) for p in g.objects(ag, NFO.party)}
    assert {"Fugu County People's Government", "Shenmu Hengda Metals Co., Ltd."} <= parties
    # the longest name wins: the park is not just Fugu
    assert "Fugu Magnesium Industrial Park" in _labels(g)


def test_standard_release(run, tmp_path):
    _, g, _ = _draft(run, tmp_path, "standard-release")
    std = next(g.subjects(RDF.type, NFO.NationalStandard))
    assert str(g.value(std, RDFS.label)) == "GB/T 2524-2025"
    assert (std, NFO.issuedBy, NF.samr) in g
    assert str(g.value(std, NFO.dateIssued)) == "2025-04-25"
    assert (NF["baotai-group"], RDF.type, None) in g


@pytest.mark.parametrize("content, word", [(b"", "empty"), (b"\x00\x01\x02abc", "binary"),
                                           (b"caf\xe9 au lait", "UTF-8")])
def test_bad_input_is_one_line_error(run, tmp_path, content, word):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    out = tmp_path / "out.ttl"
    r = run("ingest", f, "--id", "x-1", "-o", out)
    assert r.exit_code == 1
    assert word in r.stderr and len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert not out.exists()


def test_existing_output_refused_without_force(run, tmp_path):
    out = tmp_path / "d.ttl"
    out.write_text("mine", encoding="utf-8")
    r = run("ingest", ARTICLES / "standard-release.txt", "--id", "x-1", "-o", out)
    assert r.exit_code == 1 and "--force" in r.stderr and out.read_text() == "mine"
    assert run("ingest", ARTICLES / "standard-release.txt", "--id", "x-1", "-o", out,
               "--force").exit_code == 0
    assert "GB/T 2524-2025" in out.read_text(encoding="utf-8")


def test_data_folder_untouched_without_into(run, tmp_path, data_copy):
    before = {p: p.read_bytes() for p in data_copy.rglob("*") if p.is_file()}
    run("ingest", ARTICLES / "county-signing.txt", "--id", "x-2", "-o", tmp_path / "d.ttl",
        "--data", data_copy)
    after = {p: p.read_bytes() for p in data_copy.rglob("*") if p.is_file()}
    assert before == after


def _review(path: Path, keep) -> None:
    """What a reviewer does: drop the draft lines, delete the candidates not kept."""
    g = Graph().parse(path, format="turtle")
    for s in set(g.subjects(NFO.draft, None)):
        if not keep(g, s):
            for t in list(g.triples((s, None, None))):
                g.remove(t)
            for t in list(g.triples((None, None, s))):
                g.remove(t)
    for p in (NFO.draft, NFO.proposedBy, NFO.confidence):
        g.remove((None, p, None))
    # evidence nodes left without an owner
    g.serialize(path, format="turtle")


def test_into_validate_review_then_clean_and_linked(run, tmp_path, data_copy, sources_dir):
    texts = tmp_path / "texts"
    shutil.copytree(sources_dir, texts)
    out = tmp_path / "d.ttl"
    r = run("ingest", ARTICLES / "association-meeting.txt", "--id", "900-test-meeting", "-o", out,
            "--data", data_copy, "--into", data_copy, "--texts", texts)
    assert r.exit_code == 0, r.stderr
    target = data_copy / "triples" / "900-test-meeting.ttl"
    assert target.is_file() and (texts / "association-meeting.txt").is_file()
    assert "doc:900-test-meeting" in (data_copy / "triples" / "sources.ttl").read_text()
    v = run("validate", "--data", data_copy, "--texts", texts, "-f", "json")
    payload = json.loads(v.stdout)
    assert v.exit_code == 0 and payload["ok"]
    assert any(p["severity"] == "to review" and p["check"] == "draft" for p in payload["problems"])
    # the same id again is refused unless --replace
    again = run("ingest", ARTICLES / "association-meeting.txt", "--id", "900-test-meeting", "-o",
                tmp_path / "d2.ttl", "--data", data_copy, "--into", data_copy, "--texts", texts)
    assert again.exit_code == 1 and "--replace" in again.stderr
    # review: keep known entities, people and posts (and what a post is in); delete the rest
    _review(target, lambda g, s: str(s).startswith(str(NF)) and (
        (s, RDF.type, NFO.Person) in g or (s, RDF.type, NFO.Post) in g
        or (None, ORG.postIn, s) in g
        or "proposed" not in "" and str(g.value(s, NFO.proposedBy)).startswith("gazetteer")))
    v = run("validate", "--data", data_copy, "--texts", texts, "-f", "json")
    payload = json.loads(v.stdout)
    assert v.exit_code == 0, payload
    assert not [p for p in payload["problems"] if p["severity"] != "warning"], payload["problems"]
    linked = run("linked", "Liu Jianguo", "--data", data_copy, "-f", "json")
    assert linked.exit_code == 0, linked.stderr
    assert "cnia-magnesium-branch" in linked.stdout and "900-test-meeting" in linked.stdout


def test_review_page_escapes_and_marks(run, tmp_path):
    art = tmp_path / "hostile.txt"
    art.write_text("Baotai Group met <script>alert(1)</script> the \"<b>Bad & Co. Group</b>\" "
                   "in Fugu County on May 2, 2025.\n", encoding="utf-8")
    page = tmp_path / "r.html"
    r = run("ingest", art, "--id", "x-3", "-o", tmp_path / "d.ttl", "--review", page)
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert 'class="known"' in html and "nf:baotai-group" in html
    assert "http://" not in html.replace("http://www.w3.org", "") and "https://" not in html.replace("https://w3id.org", "")


def test_year_in_review_dates_events_by_their_clauses_in_the_headline_year(run, tmp_path):
    """Month-and-day events take the year the headline names (2023), not the publication year;
    an event named in lower case is proposed from its dated clause, a range gives start and end,
    and a catalogue named by a quoted title takes the month that opens its sentence."""
    _, g, text = _draft(run, tmp_path, "year-in-review")
    dated = {}
    for s, d in g.subject_objects(NFO.startDate):
        dated.setdefault(str(d), []).append(s)
    assert set(dated) >= {"2023-02-14", "2023-06-06"}, dated
    meeting = dated["2023-06-06"][0]
    assert (meeting, RDF.type, NFO.Meeting) in g
    assert str(g.value(meeting, NFO.endDate)) == "2023-06-08"
    milestone = dated["2023-02-14"][0]
    assert (milestone, RDF.type, NFO.Milestone) in g
    assert (milestone, NFO.participant, NF["chinalco"]) in g
    catalog = next(g.subjects(RDF.type, NFO.Catalogue))
    assert str(g.value(catalog, RDFS.label)).startswith("Catalog of Encouraged Copper")
    assert str(g.value(catalog, NFO.dateIssued)) == "2023-09"
