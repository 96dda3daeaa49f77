"""Looking things up in an ingest draft, for the tests that assert what a draft proposes."""
from __future__ import annotations

from kg.ingest.terms import NFO


def one(draft, label_start, cls=None):
    """The one entity whose label starts so (of class ``cls``, if given); fails when not one."""
    found = [e for e in draft.entities.values() if e.label.startswith(label_start)
             and (cls is None or e.cls == cls)]
    named = [e for e in found if not e.role]
    if len(found) > 1 and len(named) == 1:
        found = named       # a name, not a clause event that opens with it ("X closed its ...")
    assert len(found) == 1, (label_start, sorted(e.label for e in draft.entities.values()))
    return found[0]


def links(draft, ent, pred):
    """{label of the object: (rule, the text of the statement's span)}"""
    out = {}
    for p, o, sp, rule in ent.statements:
        if p == pred and o in draft.entities:
            out[draft.entities[o].label] = (rule, draft.text[sp.start:sp.end])
    return out


def linked_by(draft, pred) -> dict:
    """{label of an object: the labels of the entities that link to it by ``pred``}"""
    out = {}
    for e in draft.entities.values():
        for name in links(draft, e, pred):
            out.setdefault(name, set()).add(e.label)
    return out


def cli_drafter(run, tmp_path, default_id):
    """A function that writes a text to a file, runs `kg ingest FILE --id ID -o ... -f json` on
    it (``run`` is the CLI fixture) and returns (the JSON payload, the text)."""
    import json

    def draft(text, doc_id=default_id):
        src = tmp_path / f"{doc_id}.txt"
        src.write_text(text, encoding="utf-8")
        r = run("ingest", src, "--id", doc_id, "-o", tmp_path / f"{doc_id}.ttl", "-f", "json")
        assert r.exit_code == 0, r.stderr
        return json.loads(r.stdout), text
    return draft


def known_in(payload) -> dict:
    """The known entities of a `kg ingest -f json` payload, by the last part of their IRI."""
    return {e["iri"].rsplit("/", 1)[-1]: e for e in payload["entities"] if e["known"]}


DATE_PREDICATES = ("startDate", "endDate", "plannedDate", "dateIssued", "dateInForce",
                   "dateSigned")


def dated_values(draft) -> dict:
    """label -> {(predicate, value)} of the draft's new entities' dates."""
    out = {}
    for e in draft.new():
        got = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in e.statements
               if str(p).rsplit("#", 1)[-1] in DATE_PREDICATES}
        if got:
            out[e.label] = got
    return out


def ruled_objects(draft, rule: str, predicate: str) -> dict:
    """{subject label: {the labels of the objects of its ``predicate`` (local name, as
    "includes") statements that ``rule`` proposed}} of the draft's new entities."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.new():
        for p, o, _, r in e.statements:
            if rule in r and str(p).endswith("#" + predicate):
                out.setdefault(e.label, set()).add(labels.get(o))
    return out


def rule_events(draft, rule: str) -> dict:
    """{label: {predicate local name: {object labels or values}}} of the new entities ``rule``
    made or stated something of."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.new():
        if rule not in (e.rule or "") and not any(rule in r for _, _, _, r in e.statements):
            continue
        got: dict = {}
        for p, o, _, _ in e.statements:
            got.setdefault(str(p).rsplit("#", 1)[-1], set()).add(labels.get(o, str(o)))
        out[e.label] = got
    return out


def held_venues(draft) -> dict:
    """event label -> {(venue label, rule)} of its nfo:heldIn statements."""
    out: dict = {}
    for x in draft.entities.values():
        if x.kind != "event":
            continue
        for p, o, _, r in x.statements:
            if p == NFO.heldIn:
                venue = draft.entities.get(o)
                out.setdefault(x.label, set()).add((venue.label if venue else str(o), r))
    return out
