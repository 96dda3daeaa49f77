"""`kg ingest` on events, agreements and projects a text names by their noun (round 7), on
articles written for this test (tests/articles/ev7-*.txt): projects in lower case placed by
"at"/"in" or by a building cue ("the slag recovery line at Huize, commissioned in ...", "a
germanium extraction programme in A and B", "a demonstration line to be built in X"), a phase
of a project or a site ("the mine's third-phase expansion", "A second phase, which would ...",
"the fourth phase of the X Smelter"; not "the first phase of X", most often X itself), "signed a memorandum with B", "X held its 2025 annual
general meeting" (its organiser, and a date in the year of publication, not the headline's
results year), and an inspection named by its team ("a safety supervision team of the X
Department"), its leader and its days; documents a body issued, named by their noun ("issued a
penalty decision against X", "a rectification notice issued by Y on May 9"). A bare "the plant in Qujing" or "the project pipeline"
is no project."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def works(kg):
    return ingest(kg, read_article(ARTICLES / "ev7-zinc-works.txt"), "ev7-zinc-works")


@pytest.fixture(scope="module")
def phases(kg):
    return ingest(kg, read_article(ARTICLES / "ev7-refinery-phases.txt"), "ev7-refinery-phases")


def _new(draft, cls):
    return {e.label: e for e in draft.entities.values() if e.cls == cls and not e.known}


def _values(draft, ent, pred):
    return {str(draft.entities[o].label) if o in draft.entities else str(o)
            for p, o, _, _ in ent.statements if p == pred}


def test_projects_named_by_their_noun(works):
    projects = _new(works, NFO.Project)
    assert {"Slag recovery line at Huize",
            "Germanium extraction programme in Luoping County and Fuyuan County",
            "Demonstration line in Gejiu City",
            "Third-phase expansion of Dongchuan Copper Mine",
            "120,000-tonne-per-year electrolytic zinc and zinc alloy project"} <= set(projects)
    for label in ("Slag recovery line at Huize", "Demonstration line in Gejiu City"):
        assert projects[label].rule == "project:noun-phrase"
        assert projects[label].confidence <= 0.5
    assert _values(works, projects["Germanium extraction programme in Luoping County and "
                                    "Fuyuan County"], NFO.locatedIn) == {"Luoping County",
                                                                         "Fuyuan County"}
    line = projects["Demonstration line in Gejiu City"]
    assert _values(works, line, NFO.locatedIn) == {"Gejiu City"}
    assert "demonstration line" in line.aliases
    expansion = projects["Third-phase expansion of Dongchuan Copper Mine"]
    assert _values(works, expansion, NFO.locatedIn) == {"Dongchuan Copper Mine"}
    # "due to be completed at the end of 2027" is when it should end, not when it started
    assert not _values(works, expansion, NFO.startDate)
    # no project from a bare head: "the plant in Qujing", "the project pipeline"
    assert not [x for x in projects if x.lower().startswith(("plant", "project pipeline"))]


def test_commissioning_is_labelled_by_what_was_commissioned(works):
    labels = [e.label for e in works.entities.values() if e.cls == NFO.Milestone]
    assert "Commissioning of the slag recovery line at Huize" in labels
    assert not [x for x in labels if "said" in x]


def test_annual_general_meeting_held_by_company_in_year_of_publication(works):
    agm = _new(works, NFO.AnnualMeeting)["2025 annual general meeting"]
    assert _values(works, agm, NFO.organizedBy) == {"Hengda Zinc Industry Co., Ltd."}
    assert _values(works, agm, NFO.startDate) == {"2026-04-27"}


def test_memorandum_signed_with(works):
    found = [e for e in _new(works, NFO.Agreement).values() if e.label.startswith("Memorandum")]
    assert len(found) == 1
    mou = found[0]
    assert _values(works, mou, NFO.party) == {"Hengda Zinc Industry Co., Ltd.",
                                              "Yunnan Tin Materials Co., Ltd."}
    assert _values(works, mou, NFO.dateSigned) == {"2026-03"}


def test_inspection_named_by_its_team(works):
    found = [e for e in works.entities.values() if e.rule == "event:inspection-team"]
    assert [e.label for e in found] == [
        "Safety supervision by Yunnan Provincial Emergency Management Department"]
    ev = found[0]
    assert ev.cls == NFO.Event and ev.confidence <= 0.5
    assert "safety supervision" in ev.aliases
    assert _values(works, ev, NFO.organizedBy) == {
        "Yunnan Provincial Emergency Management Department"}
    assert _values(works, ev, NFO.ledBy) == {"Zhou Lanfang"}
    assert _values(works, ev, NFO.startDate) == {"2026-03-18"}
    assert _values(works, ev, NFO.endDate) == {"2026-03-20"}


def test_phases_of_a_project(phases):
    projects = _new(phases, NFO.Project)
    second = projects["Second phase of Pingxiang Alumina Refinery"]
    assert second.rule == "project:phase" and "second phase" in second.aliases
    # named in an earlier paragraph: the only project the text named before
    assert _values(phases, second, NFO.partOfProject) == {"Pingxiang Alumina Refinery"}
    fourth = projects["Fourth phase of Qinzhou Copper Smelter"]
    assert _values(phases, fourth, NFO.locatedIn) == {"Qinzhou Copper Smelter"}
    # a first phase is the project already named, at work: no new project
    assert not [x for x in projects if x.startswith("First phase")]


def test_documents_named_by_their_noun(works):
    docs = {e.label: e for e in works.entities.values() if e.rule == "document:issued-noun"}
    assert set(docs) == {"Penalty decision on Hengda Zinc Industry Co., Ltd.",
                         "Rectification notice of Huize County Emergency Management Bureau"}
    penalty = docs["Penalty decision on Hengda Zinc Industry Co., Ltd."]
    assert penalty.cls == NFO.PolicyDocument and penalty.confidence <= 0.5
    assert "penalty decision" in penalty.aliases
    assert "Hengda Zinc Industry Co., Ltd." in _values(works, penalty, NFO.appliesTo)
    assert _values(works, penalty, NFO.issuedBy) == {
        "Qujing Municipal Bureau of Ecology and Environment"}
    assert _values(works, penalty, NFO.dateIssued) == {"2026-05"}
    # "The penalty decision says ...": the same decision, not a second one
    assert len(penalty.mentions) == 1
    notice = docs["Rectification notice of Huize County Emergency Management Bureau"]
    assert notice.cls == NFO.Notice
    assert _values(works, notice, NFO.issuedBy) == {"Huize County Emergency Management Bureau"}
    assert _values(works, notice, NFO.dateIssued) == {"2026-05-09"}


def test_document_dated_by_the_sentences_after_it(kg):
    """A dateline with no year ("Changsha, July 14 (Reporter X)") in a text whose document
    number gives the year ("[2026] No. 12"); "The document is dated July 10" and "The
    restrictions take effect on September 1" date the plan named before (the restrictions are
    what its sentence sets); "on the 13th" is in the dateline's month."""
    draft = ingest(kg, read_article(ARTICLES / "ev7-tin-plan.txt"), "ev7-tin-plan")
    plan = _new(draft, NFO.Plan)["Work Plan for Tin Concentrate Export Licensing"]
    assert _values(draft, plan, NFO.dateIssued) == {"2026-07-10"}
    assert _values(draft, plan, NFO.dateInForce) == {"2026-09-01"}
    pc = _new(draft, NFO.PressConference)[
        "Press conference of the Hunan Provincial Department of Commerce"]
    assert _values(draft, pc, NFO.startDate) == {"2026-07-13"}
    assert str(draft.date) == "2026-07-14"


def test_counted_signing_is_the_event_the_agreements_after_it_were_signed_at(kg):
    draft = ingest(kg, read_article(ARTICLES / "ev7-expo-signings.txt"), "ev7-expo-signings")
    found = [e for e in draft.entities.values() if e.rule == "event:counted-signing"]
    assert [e.label for e in found] == [
        "Signing of three cooperation agreements at 2026 Kunming Nonferrous Metals Expo"]
    ev = found[0]
    assert ev.cls == NFO.SigningCeremony and ev.confidence <= 0.5
    assert _values(draft, ev, NFO.startDate) == {"2026-10-11"}
    assert _values(draft, ev, NFO.partOfEvent) == {"2026 Kunming Nonferrous Metals Expo"}
    agreements = _new(draft, NFO.Agreement)
    assert len(agreements) == 2, sorted(agreements)
    for ag in agreements.values():
        assert _values(draft, ag, NFO.signedAt) == {ev.label}
        assert _values(draft, ag, NFO.dateSigned) == {"2026-10-11"}
    letter = [a for label, a in agreements.items() if label.startswith("Letter of intent")]
    assert letter and _values(draft, letter[0], NFO.party) == {
        "Kunming Alloy Co., Ltd.", "Hengda Zinc Industry Co., Ltd."}
    # "Agreements were also signed by several traders": no count, no event
    assert len(found) == 1


@pytest.fixture(scope="module")
def association(kg):
    return ingest(kg, read_article(ARTICLES / "ev7-tin-association.txt"), "ev7-tin-association")


def test_press_conference_held_by_the_organisation_on_a_weekday(association):
    """"The X Association held a press conference in Kunming on Tuesday", in a text dated
    Thursday, November 12, 2026: the Tuesday before."""
    found = _new(association, NFO.PressConference)
    assert list(found) == ["Press conference of Yunnan Tin Industry Association"]
    pc = found["Press conference of Yunnan Tin Industry Association"]
    assert pc.rule == "event:held-by-org"
    assert _values(association, pc, NFO.organizedBy) == {"Yunnan Tin Industry Association"}
    assert _values(association, pc, NFO.startDate) == {"2026-11-10"}


def test_export_restrictions_and_meetings_named_by_their_noun(association):
    policy = _new(association, NFO.Policy)["Export restrictions on tin concentrate"]
    assert _values(association, policy, NFO.dateInForce) == {"2026-03-01"}
    # the press conference's day is not the day the restrictions were issued
    assert not _values(association, policy, NFO.dateIssued)
    meetings = _new(association, NFO.Meeting)
    assert {"Founding assembly for a new recycling committee",
            "First meeting of the new committee"} <= set(meetings)


def test_a_plant_at_work_is_a_site_and_a_second_line_is_a_project(association):
    site = [e for e in association.entities.values() if e.rule == "project:noun-phrase"]
    assert [(e.label, e.cls) for e in site] == [("Rolling plant in Mengzi City", NFO.Site)]
    assert _values(association, site[0], NFO.locatedIn) == {"Mengzi City"}
    line = _new(association, NFO.Project)["Second line of Gejiu Tin Smelter"]
    assert line.rule == "project:phase" and "second line" in line.aliases
    assert _values(association, line, NFO.locatedIn) == {"Gejiu Tin Smelter"}


@pytest.fixture(scope="module")
def source_line(kg):
    return ingest(kg, read_article(ARTICLES / "ev7-source-line.txt"), "ev7-source-line")


def test_publication_line_is_the_last_resort_and_it_takes_effect(source_line):
    """A headline's meeting with the publication line under it ("Source: X | May 9, 2026") is
    dated by the sentence that says when it was held (May 8), not by the day it was reported;
    "It takes effect on June 1" after a plan is named is the plan's entry into force."""
    draft = source_line
    meeting = _new(draft, NFO.Meeting)["2025 Annual Shareholders' Meeting"]
    assert _values(draft, meeting, NFO.startDate) == {"2026-05-08"}
    plan = _new(draft, NFO.Plan)["Kunming Plan for Zinc Alloy Materials (2026-2030)"]
    assert _values(draft, plan, NFO.dateIssued) == {"2026-05-06"}
    assert _values(draft, plan, NFO.dateInForce) == {"2026-06-01"}


def test_agreement_signed_in_a_relative_clause(source_line):
    draft = source_line
    found = [e for e in draft.entities.values() if e.rule == "agreement:signed-relative"]
    assert [e.label for e in found] == [
        "Five-year supply contract of Hengda Zinc Industry Co., Ltd. and Lanping Mining Co., Ltd."]
    contract = found[0]
    assert contract.cls == NFO.Agreement and contract.confidence <= 0.5
    assert _values(draft, contract, NFO.party) == {"Hengda Zinc Industry Co., Ltd.",
                                                   "Lanping Mining Co., Ltd."}
    assert _values(draft, contract, NFO.dateSigned) == {"2026-03-03"}
    # "A freight contract that was signed later": no party named, no agreement proposed
    assert not [e for e in draft.entities.values() if "freight" in e.label.lower()]


def test_document_issued_by_the_subject_of_the_clause(source_line):
    draft = source_line
    found = {e.label: e for e in draft.entities.values() if e.rule == "document:issued-noun"}
    notice = found["Rectification order of Dali Prefecture Ecology and Environment Bureau"]
    assert _values(draft, notice, NFO.issuedBy) == {
        "Dali Prefecture Ecology and Environment Bureau"}
    assert _values(draft, notice, NFO.dateIssued) == {"2026-04-02"}
