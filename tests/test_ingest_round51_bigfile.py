"""Round 51 (bigfile): a dense article repeated to a megabyte grew faster than linear under `kg
ingest` (3.9 s of CPU at 250 kB, 18 s at 1 MB, over 9 minutes at 10 MB). Each step below
scanned all of a list once per item of another that grows with the text: "the two sides"
looked through every span of the draft for the agreement named last before it
(events/clause_actors), a participant's mentions inside its statement's span were found by a
scan of all the organisation's mentions for each statement (relations/apposed_parties), and a
plan's own date by a scan of all dates for each entity (events/date_attach ->
planned_milestones.keep_planned_date). Texts written for this file."""
from __future__ import annotations

from hostile_drafts import draft_of, grows_linearly, snapshot_kg  # noqa: F401

from kg.ingest.model import Draft, Entity, Span
from kg.ingest.terms import NFO, URIRef


def _entity(label: str, cls, n: int) -> Entity:
    return Entity(URIRef(f"https://w3id.org/nfkg/id/r51-bigfile-{n}"), cls, label, False,
                  "r51-bigfile", 0.5)


def _bare_draft(text: str) -> Draft:
    return Draft("r51-bigfile", text, "0" * 64, "bigfile.txt", "", None, None, None)


def test_the_two_sides_find_their_agreement_in_linear_time():
    """Each "The two sides" whose sentence before joins no pair is read as the parties of the
    agreement named last before it: 4000 of them over 4000 agreements."""
    from kg.ingest.events.clause_actors import _Reader
    from kg.ingest.reading.sentences import Sentences

    def timed(n):
        parts, spans, ats, k = [], [], [], 0
        pos = 0
        draft = _bare_draft("")
        for i in range(n):
            a_name, b_name, deal = f"Orwell{i} Tin Ltd", f"Pike{i} Zinc Ltd", f"Lode{i} Accord"
            para = (f"{a_name} met {b_name} in spring. The {deal} was signed in May. "
                    "The two sides will build a smelter. ")
            ents = []
            for name, cls in ((a_name, NFO.Company), (b_name, NFO.Company),
                              (deal, NFO.Agreement)):
                ent = _entity(name, cls, k)
                k += 1
                draft.entities[ent.iri] = ent
                at = pos + para.index(name)
                spans.append((at, at + len(name), ent))
                ents.append(ent)
            for org in ents[:2]:
                ents[2].add(NFO.party, org.iri, Span(0, 1), "r51-bigfile")
            ats.append(pos + para.index("The two sides"))
            parts.append(para)
            pos += len(para)
        text = "".join(parts)
        draft.text = text
        names = sorted(((s, e, x) for s, e, x in spans if x.cls == NFO.Company),
                       key=lambda t: (t[0], -t[1]))
        reader = _Reader(text, Sentences(text), names, [s for s, _, _ in names], spans, draft)
        return lambda: [reader._parties(at) for at in ats]
    got = grows_linearly(timed, 4000, "the two sides")
    assert [x.label for x in got[-1]] == ["Orwell3999 Tin Ltd", "Pike3999 Zinc Ltd"], got[-1]


def test_an_organisation_named_often_is_looked_up_in_linear_time():
    """One company named in every sentence and a participant of an event in each: 12000
    of them; its mentions inside each statement's span are found by a bisection."""
    from kg.ingest.relations.apposed_parties import drop_apposed_parties

    def timed(n):
        sent = "Quill Nickel Ltd opened a new plant. "
        text = sent * n
        draft = _bare_draft(text)
        org = _entity("Quill Nickel Ltd", NFO.Company, 0)
        draft.entities[org.iri] = org
        for i in range(n):
            org.mentions.append(Span(i * len(sent), i * len(sent) + 16))
        events = []
        for i in range(n):
            ev = _entity(f"Opening {i} of a plant", NFO.Event, i + 1)
            ev.add(NFO.participant, org.iri, Span(i * len(sent), (i + 1) * len(sent)),
                   "r51-bigfile")
            draft.entities[ev.iri] = ev
            events.append(ev)
        return lambda: (drop_apposed_parties(draft), events)[1]
    events = grows_linearly(timed, 12000, "one organisation named often")
    assert all(len(ev.statements) == 1 for ev in events)


def test_a_plans_own_date_is_looked_up_once_per_draft(snapshot_kg, monkeypatch):
    """date_attach hands keep_planned_date the dates by their ends, made once."""
    from kg.ingest.events import date_attach
    seen = []
    real = date_attach.keep_planned_date

    def spy(ent, dates, text=None, by_end=None):
        seen.append(by_end is not None)
        return real(ent, dates, text, by_end)
    monkeypatch.setattr(date_attach, "keep_planned_date", spy)
    draft_of(snapshot_kg, "Plans\n\nPERTH, 8 Feb 2029 -- Quill Nickel Ltd will open its Yarra "
                            "plant on 1 July 2029.\n", "r51-bigfile-p")
    assert seen and all(seen), seen
