"""`kg ingest`: round 42's narrowing of the places the draft reads from names and from a
paragraph (relations/locations.py, relations/body_places.py), on short texts written for these
tests (own words; invented bodies and companies, real cities). A body's name states its
jurisdiction, not a location the curators record ("Stated versus inferred" in
data/CURATION.md); a city is placed in its province only where the text prints the two close
together, not because the paragraph or the article names the province somewhere."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of

LOCATED = "https://w3id.org/nfkg/ontology#locatedIn"

BUREAUS = """Provincial bureau checks zinc smelters

Nonferrous Weekly | 2027-03-09

The Yunnan Provincial Department of Ecology and Environment sent inspectors to three zinc
smelters last week. The Qujing Municipal People's Government said two of them would stop their
roasters for repairs, and the Yunnan Zinc Industry Association asked its members to share spare
parts.

Most of the province's zinc capacity sits in Qujing and Wenshan, where ore grades have fallen
for three years.

Kunming, in the centre of Yunnan Province, will host a buyers' meeting in May.
"""


@pytest.fixture(scope="module")
def bureaus(kg):
    return draft_of(kg, BUREAUS, "round42-bureaus", name="bureaus.txt")


def _places(draft, label):
    ent = next(e for e in draft.entities.values() if e.label == label)
    out = {}
    for p, o, _, rule in ent.statements:
        if str(p) == LOCATED:
            other = draft.entities.get(o)
            out[other.label if other else str(o)] = rule
    return out


def _labels(draft):
    return {e.label for e in draft.entities.values()}


def test_a_body_named_after_its_place_is_not_placed_by_its_name(bureaus):
    labels = _labels(bureaus)
    for body in ("Yunnan Provincial Department of Ecology and Environment",
                 "Qujing Municipal People's Government", "Yunnan Zinc Industry Association"):
        assert body in labels, sorted(labels)
        assert _places(bureaus, body) == {}, body


def test_cities_the_paragraph_names_apart_from_the_province_are_not_placed(bureaus):
    # "the province's zinc capacity sits in Qujing and Wenshan": no province printed by them
    for city in ("Qujing", "Wenshan"):
        got = _places(bureaus, city)
        assert "Yunnan Province" not in got, (city, got)


def test_a_city_printed_right_by_its_province_is_placed(bureaus):
    got = _places(bureaus, "Kunming")
    assert "Yunnan Province" in got, got


PARK = """Tungsten makers open a testing hall

Metals Daily | 2027-04-14

Ganzhou said on Monday that the Ganzhou Jinling Industrial Park will open a shared testing hall
for tungsten powder in June. Jiangxi Ruoshan Tungsten Powder Co., Ltd. will be its first tenant.

The Ministry of Industry and Information Technology released the Guide for the Grading of
Tungsten Powder Testing Halls on Friday.

China's tungsten output rose 4% last year, and China's exports of tungsten powder fell by a
tenth, the customs office of China said.
"""


@pytest.fixture(scope="module")
def park(kg):
    return draft_of(kg, PARK, "round42-park", name="park.txt")


def _rules(draft, label_start):
    return {r for e in draft.entities.values() if e.label.startswith(label_start)
            for *_, r in e.statements}


def test_a_site_named_after_a_city_is_not_placed_by_its_name(park):
    site = [e for e in park.entities.values() if e.label.startswith("Ganzhou Jinling")]
    assert site, sorted(e.label for e in park.entities.values())
    assert "place:site-named-after" not in _rules(park, "Ganzhou Jinling")
    assert not [o for e in site for p, o, *_ in e.statements if str(p) == LOCATED]


def test_the_prior_proposes_no_place_a_document_applies_to():
    # a document and a place of its sentence, linked by the learned prior: vetoed (the place of
    # its issuer, a party, or one named in passing: 0 of 28 right on the dev sets)
    from kg.ingest.relations.cooccur import _vetoed
    from kg.ingest.terms import NFO

    class Thing:
        # the rules read an entity's kind from ``kind``, as kg.ingest.model.Entity keeps it
        def __init__(self, k):
            self.kind, self.rule, self.cls = k, "name:guide", NFO.Guide

    doc, city = Thing("policy"), Thing("place")
    assert _vetoed(doc, NFO.appliesTo, city, "", {})
    assert not _vetoed(doc, NFO.concernsMetal, Thing("metal"), "", {})
