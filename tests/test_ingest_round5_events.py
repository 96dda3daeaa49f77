"""`kg ingest` on happenings fresh news names only by a common noun, and on the agreements signed
at them (tests/articles/ev5-*.txt, written for this test): "a ceremony was held ... to mark the
start of production of X" is one event (not a milestone beside a ceremony), dated by its clause,
and "At the ceremony, A signed a X and Y service agreement with B" signs that agreement there;
"attended the ceremony" refers back to it; "four projects were signed at the summit" is a signing
that is part of the summit, with the companies that sign next as participants; "signed the
agreement" is the agreement named before, "witnessed the signing" is the signing of it, on its
day; "an engineering, procurement and construction contract ... on the same day" takes the day
named last, not a year named since; "poured its first nickel ingots on October 1" is a dated
milestone of the refinery, and "Construction began in June 2025" its start; "signed a X agreement ... attended the signing ceremony" signs it
there (kg/ingest/events/ceremonies.py, happenings.py, signing.py,
anaphora.py, kg/ingest/reading/dates.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

ARTICLES = Path(__file__).resolve().parent / "articles"
NAMES = ("plant-ceremony", "summit-signing", "joint-venture", "first-output")


@pytest.fixture(scope="module")
def drafts(kg):
    out = {n: ingest(kg, read_article(ARTICLES / f"ev5-{n}.txt"), f"ev5-{n}") for n in NAMES}
    # (an article of the round before: "X held its commissioning ceremony")
    out["commissioning"] = ingest(kg, read_article(ARTICLES / "event-commissioning-signing.txt"),
                                  "ev5-commissioning")
    return out


def _new(draft, cls=None, rule=None):
    return [e for e in draft.entities.values() if not e.known
            and (cls is None or e.cls == cls) and (rule is None or e.rule == rule)]


def _one(draft, start):
    found = [e for e in _new(draft) if e.label.startswith(start)]
    assert len(found) == 1, (start, sorted(e.label for e in _new(draft)))
    return found[0]


def _values(ent, pred):
    return sorted(str(st[1]) for st in ent.statements if st[0] == pred)


def _said(draft, ent):
    return [draft.text[m.start:m.end] for m in ent.mentions]


def _events(draft):
    kinds = {NFO.Event, NFO.Launch, NFO.Milestone, NFO.SigningCeremony, NFO.AwardCeremony,
             NFO.Conference, NFO.Forum, NFO.Meeting}
    return [e for e in _new(draft) if e.cls in kinds]


def test_a_ceremony_marking_a_start_of_production_is_one_dated_event(drafts):
    d = drafts["plant-ceremony"]
    cer = _one(d, "Ceremony marking the start of production of the second casting line")
    assert cer.cls == NFO.Launch and cer.rule == "event:bare-ceremony"
    assert "ceremony" in _said(d, cer)          # its mention: the noun the text uses
    assert _values(cer, NFO.startDate) == ["2027-03-12"]
    # one happening, one event: no milestone beside it, no second ceremony for "attended the
    # ceremony", nothing for "The signing parties" (round 16: "the first trains would leave in
    # April" is a step still to come, a planned milestone of its own)
    assert [e.label for e in _events(d) if e.rule != "event:future-step"] == [cer.label]
    trains = [e for e in _events(d) if e.rule == "event:future-step"]
    assert [e.label for e in trains] == ["The first trains would leave"]
    assert _values(trains[0], NFO.plannedDate) == ["2027-04"]
    assert not _new(d, NFO.SigningCeremony)


def test_an_agreement_signed_at_the_ceremony_is_signed_there_with_both_parties(drafts):
    d = drafts["plant-ceremony"]
    cer = _one(d, "Ceremony marking the start")
    ag = _one(d, "Magnesium ingot and logistics service agreement")
    assert _said(d, ag) == ["magnesium ingot and logistics service agreement"]
    parties = {d.entities[p].label for p, r in ((st[1], st[3]) for st in ag.statements
                                                if st[0] == NFO.party)
               if r == "agreement:signed-by"}
    assert len(parties) == 2 and {p.split()[0] for p in parties} == {"Lanxi", "Qingshan"}
    assert "Qingshan Transport Co., Ltd." in parties
    assert _values(ag, NFO.signedAt) == [str(cer.iri)]
    assert _values(ag, NFO.dateSigned) == ["2027-03-12"]


def test_projects_signed_at_a_summit_are_a_signing_within_it(drafts):
    d = drafts["summit-signing"]
    summit = _one(d, "2027 East China Copper Processing Summit")
    signing = _one(d, "Signing of four projects")
    assert signing.cls == NFO.SigningCeremony and signing.rule == "event:signing-within"
    assert _said(d, signing) == ["four projects were signed"]
    assert _values(signing, NFO.partOfEvent) == [str(summit.iri)]
    assert _values(signing, NFO.startDate) == ["2027-09-08"]
    signers = {d.entities[o].label for o in
               (st[1] for st in signing.statements if st[3] == "event:signing-signer")}
    assert signers == {"Ningbo Jintong Copper Co., Ltd.", "Zhejiang Huarong Cable Co., Ltd."}
    about = {d.entities[o].label for o in
             (st[1] for st in signing.statements if st[3] == "event:signing-about")}
    assert about == {"copper foil expansion project", "50,000-tonne-per-year copper rod project"}
    # "at the summit" is still the summit's: it keeps its own day, and the signing is not it
    assert _values(summit, NFO.startDate) == ["2027-09-08"]
    assert not _values(summit, NFO.partOfEvent)


def test_signed_the_agreement_and_witnessed_the_signing_refer_to_the_one_agreement(drafts):
    d = drafts["joint-venture"]
    ags = _new(d, NFO.Agreement)
    assert sorted(a.label.split(" of ")[0] for a in ags) == [
        "Engineering, procurement and construction contract", "Joint venture agreement"]
    jv = _one(d, "Joint venture agreement")
    signing = _one(d, "Signing of the joint venture agreement")
    assert signing.cls == NFO.SigningCeremony and _said(d, signing) == ["signing"]
    assert _values(signing, NFO.about) == [str(jv.iri)]
    assert _values(signing, NFO.startDate) == ["2027-05-04"]
    assert _values(jv, NFO.signedAt) == [str(signing.iri)]
    # the dateline's city ("Lima, May 4, 2027 -- A signed ... today"), not the site a purpose
    # clause names ("to build a copper concentrator near Arequipa")
    lima = next(e for e in d.entities.values() if e.label == "Lima")
    assert _values(signing, NFO.heldIn) == [str(lima.iri)]
    assert len(_new(d, NFO.SigningCeremony)) == 1


def test_a_contract_signed_on_the_same_day_takes_the_day_not_a_year_named_since(drafts):
    d = drafts["joint-venture"]
    epc = _one(d, "Engineering, procurement and construction contract")
    assert _said(d, epc) == ["engineering, procurement and construction contract"]
    assert _values(epc, NFO.dateSigned) == ["2027-05-04"]
    found = find_dates("On March 3, 2026 the plant opened. Output will double in 2028. Its "
                       "owner signed a loan on the same day.", extended=True)
    assert [d.value for d in found if d.kind == "date"] == ["2026-03-03", "2026-03-03"]


def test_a_first_output_is_a_dated_milestone_of_its_project(drafts):
    d = drafts["first-output"]
    ms = _one(d, "First nickel ingots")
    assert ms.cls == NFO.Milestone and ms.rule == "event:first-output"
    assert _said(d, ms) == ["poured its first nickel ingots"]
    assert _values(ms, NFO.startDate) == ["2027-10-01"]
    refinery = _one(d, "Mwinilunga Nickel Refinery")
    assert str(refinery.iri) in _values(ms, NFO.about)
    # "The refinery ... Construction began in June 2025": the project's own start, not the day
    # its sentence names for the pouring; "is due to start in 2029" is no date it has
    assert _values(refinery, NFO.startDate) == ["2025-06"]
    assert [st[3] for st in refinery.statements if st[0] == NFO.startDate] == [
        "date:construction-began"]


def test_an_agreement_signed_before_the_signing_ceremony_is_signed_at_it(drafts):
    d = drafts["first-output"]
    ag = _one(d, "Power supply agreement")
    signing = [e for e in _new(d, NFO.SigningCeremony) if e.rule == "event:bare-ceremony"]
    assert len(signing) == 1 and _said(d, signing[0]) == ["signing ceremony"]
    assert _values(ag, NFO.signedAt) == [str(signing[0].iri)]
    assert _values(ag, NFO.dateSigned) == ["2027-10-01"]      # "On the same day"
    assert _values(signing[0], NFO.startDate) == ["2027-10-01"]
    assert "power supply agreement" in signing[0].label      # which signing, not the headline
    # where: "signed ... in Kunming" (not a place a purpose clause names)
    kunming = next(e for e in d.entities.values() if e.label == "Kunming")
    assert _values(signing[0], NFO.heldIn) == [str(kunming.iri)]
    assert [st[3] for st in signing[0].statements if st[0] == NFO.heldIn] == [
        "event:signing-place"]


def test_a_ceremony_its_subject_held_is_labelled_by_it(drafts):
    d = drafts["commissioning"]
    cer = _one(d, "Commissioning ceremony of the 150,000-tonne zinc electrolysis plant")
    assert cer.rule == "event:bare-ceremony" and _said(d, cer) == ["commissioning ceremony"]
    assert _values(cer, NFO.startDate) == ["2026-04-12"]
