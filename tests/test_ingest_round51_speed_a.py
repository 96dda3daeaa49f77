"""Round 51, speed (relations wing): the relation rules read an entity's kind as the attribute
``ent.kind`` (kg.ingest.model.Entity sets it whenever ``cls`` is set) instead of calling
``kind(ent)`` once per span per rule (some 110,000 calls, 40 M instructions, on the largest
source text). What that rests on: every entity of a draft carries the kind of its class, also
after a rule changes the class; a rule given ``kind_of`` under the name ``kind`` (the events'
callers) still calls it. And what some fifteen rules worked out one after another from the
same list of spans (the names printed inside another name, the award rules' rows) is kept
while the list is unchanged (span_order.Spans.kept). The drafts are the same."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401 (a fixture)
from kg.ingest.model import Entity
from kg.ingest.relations import kinds, propose
from kg.ingest.terms import NFO, URIRef

# (invented firms, places and people)
ARTICLE = """Brenwick Tin opens a second smelter in Harlow County

Harlow County, Marrin Province -- Brenwick Tin Co., Ltd., a subsidiary of Oskar Metals Group,
started its second tin smelter in Harlow County on 12 May 2026. Chairman Teo Vannick of
Brenwick Tin Co., Ltd. said the plant would make 20,000 tonnes of refined tin a year.

The Marrin Province Tin Industry Forum was held in Harlow County on 13 May 2026. It was
organised by the Marrin Nonferrous Metals Industry Association; Teo Vannick spoke at the
forum. Oskar Metals Group holds 70% of the shares of Brenwick Tin Co., Ltd.
"""


@pytest.fixture(scope="module")
def draft(snapshot_kg):  # noqa: F811
    return draft_of(snapshot_kg, ARTICLE, "round51-speed-a")


def test_every_entity_carries_the_kind_of_its_class(draft):
    assert draft.entities
    for ent in draft.entities.values():
        assert ent.kind == kinds.kind_of(ent.cls), ent.label
        assert kinds.kind(ent) == ent.kind


def test_a_changed_class_changes_the_kind():
    ent = Entity(URIRef("https://w3id.org/nfkg/id/x"), NFO.Company, "X Co., Ltd.", False, "t", 0.5)
    assert ent.kind == "org"
    ent.cls = NFO.County
    assert ent.kind == "place"
    ent.cls = NFO.Metal
    assert ent.kind == "metal"


def test_a_record_of_its_own_still_has_a_kind():
    class Row:
        cls = NFO.Person
    assert kinds.kind(Row()) == "person"


def _statements(draft) -> set:
    ents = draft.entities
    out = set()
    for ent in ents.values():
        for pred, obj, _, _ in ent.statements:
            other = ents.get(obj)
            out.add((ent.label, str(pred).rsplit("#", 1)[-1],
                     other.label if other is not None else str(obj)))
    return out


def test_the_draft_still_states_what_the_rules_read(draft):
    said = _statements(draft)
    labels = {e.label for e in draft.entities.values()}
    assert any("Brenwick Tin" in x for x in labels), labels
    # the relation rules still find relations of each kind they test by ``kind``
    assert any(p == "locatedIn" for _, p, _ in said), said
    assert any(a.startswith("Brenwick Tin") and "Oskar Metals" in b for a, _, b in said), said


def test_the_rules_call_kind_rarely(snapshot_kg, monkeypatch):  # noqa: F811
    calls = []
    real = propose.kind

    def counted(ent):
        calls.append(1)
        return real(ent)
    monkeypatch.setattr(propose, "kind", counted)
    draft = draft_of(snapshot_kg, ARTICLE, "round51-speed-a-count")
    spans = sum(len(e.mentions) for e in draft.entities.values())
    # (before: every rule called it on every span, some 200 calls a span)
    assert len(calls) < 40 * max(spans, 1), (len(calls), spans)


def _ent(name: str, cls=NFO.Company, role=False) -> Entity:
    return Entity(URIRef(f"https://w3id.org/nfkg/id/{name}"), cls, name, False, "t", 0.5,
                  role=role)


def test_the_nested_names_are_kept_while_the_spans_are_unchanged():
    from kg.ingest.names.nesting import containers
    from kg.ingest.relations.plain_nesting import plain_containers
    from kg.ingest.span_order import Spans
    group, unit, place = _ent("group"), _ent("unit"), _ent("felby", NFO.County)
    node = _ent("post", NFO.Post, role=True)
    spans = Spans([(0, 30, group), (0, 5, place), (10, 20, unit), (0, 30, node)])
    first = plain_containers(spans)
    assert first == containers([x for x in spans if not x[2].role])
    assert (0, 5, id(place)) in first and (10, 20, id(unit)) in first
    assert plain_containers(spans) is first            # (worked out once)
    inner = _ent("inner")
    spans.append((12, 15, inner))                       # a change forgets it
    again = plain_containers(spans)
    assert again is not first and (12, 15, id(inner)) in again
    assert plain_containers(list(spans)) == again       # a plain list: worked out each time


def test_the_award_rows_are_new_lists_each_time():
    from kg.ingest.relations.affiliations import award_rows
    from kg.ingest.span_order import Spans
    award, firm = _ent("prize", NFO.Award), _ent("firm")
    spans = Spans([(0, 10, award), (20, 30, firm)])
    rows, awards = award_rows(spans)
    rows.clear()
    awards.clear()
    rows2, awards2 = award_rows(spans)
    assert [x[2] for x in rows2] == [award, firm] and [x[2] for x in awards2] == [award]
