"""`kg ingest` round 15, topics: what a deal is about when its object is a company, read from a
short article written for these tests (own words; invented companies and figures; other metals
and countries than the dev sets).

* A verb of a deal in the company itself (``data/topic-cues.txt``, marked "| org"): "an
  agreement to acquire A Inc.", "a framework agreement to jointly set up B Co., Ltd." -> about
  the company (relations/head_objects.py).
* A deal noun between the cue and the company (``data/topic-org-deal-nouns.txt``): "a term sheet
  for the purchase of 60% of C Pty Ltd", "an agreement on the transfer of the entire equity of
  D Co., Ltd." -> about the company.
* Not: "a supply contract with E Co., Ltd." (a party, no deal in E itself), "an offtake
  agreement with F Co., Ltd. to supply nickel sulphate" (the buyer).
* A sentence that opens by referring back to a document or agreement of its paragraph
  (relations/under_documents.py): "Under the plan, the X Project will ...", "Under the terms of
  the deal, A will license its Y Technology", "Under the judgment, B Pty Ltd must pay" -> about
  X, Y, B. Not: "Under the plan" in a paragraph that names no plan, "Under the deal" after a
  circular (no agreement).
* A relative clause after the name that says what it is about (``data/topic-cues.txt``), its
  words possibly wrapped over two lines: "a cooperation agreement, which covers the X Project",
  "an investigation that targets A Co., Ltd.", "a supply contract, which concerns B Co., Ltd."
  -> about X, A, B. Not: "a memorandum with C Ltd, which owns the Y Project" (C's project)."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r15to") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _about(draft, party):
    """The labels the new agreements signed by ``party`` are about."""
    out = set()
    for e in draft.entities.values():
        if e.known or "agreement" not in str(e.cls).lower() or party not in e.label:
            continue
        for p, o, _, _ in e.statements:
            if p == NFO.about and o in draft.entities:
                out.add(draft.entities[o].label)
    return out


@pytest.fixture(scope="module")
def deals(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-deal-objects", (
        'Andes and Pilbara deals\n'
        '\n'
        'LIMA, May 4 -- Condor Mining Holdings Ltd signed a share purchase agreement to acquire\n'
        'Quispe Zinc Mining Inc. from its two founders on Monday.\n'
        '\n'
        'Ridgeback Resources Ltd and Nullarbor Lithium Pty Ltd signed a binding term sheet for the\n'
        'purchase of 60% of Karratha Spodumene Pty Ltd on Tuesday.\n'
        '\n'
        'Fjord Aluminium Ltd and Tromso Metals Ltd signed an agreement on the transfer of the\n'
        'entire equity of Nordkapp Rolling Co., Ltd. in Oslo on Thursday.\n'
        '\n'
        'Sonora Silver Corp. and Baja Minerals Inc. signed a framework agreement to jointly set up\n'
        'Cortez Refining Co., Ltd. in Hermosillo on Friday.\n'
        '\n'
        'Baltic Copper Trading Ltd signed a supply contract with Vistula Cathode Co., Ltd. on\n'
        'Wednesday.\n'
        '\n'
        'Arctic Nickel Ltd signed an offtake agreement with Lapland Battery Materials Co., Ltd. to\n'
        'supply nickel sulphate from next year.\n'
        ))


def test_acquire_verb_makes_the_company_the_topic(deals):
    assert any("Quispe Zinc" in x for x in _about(deals, "Condor"))


def test_jointly_set_up_makes_the_new_company_the_topic(deals):
    assert any("Cortez Refining" in x for x in _about(deals, "Sonora"))


def test_purchase_of_a_share_of_a_company(deals):
    assert any("Karratha Spodumene" in x for x in _about(deals, "Ridgeback"))


def test_transfer_of_the_entire_equity_of_a_company(deals):
    assert any("Nordkapp Rolling" in x for x in _about(deals, "Fjord"))


def test_a_party_after_with_is_no_topic(deals):
    assert not _about(deals, "Baltic Copper")


def test_the_buyer_of_a_supply_deal_is_no_topic(deals):
    assert not any("Lapland" in x for x in _about(deals, "Arctic Nickel"))


def _about_rules(draft, words):
    """{label: rule} of what the new entity whose label holds ``words`` is about."""
    out = {}
    for e in draft.entities.values():
        if e.known or words not in e.label:
            continue
        for p, o, _, rule in e.statements:
            if p == NFO.about and o in draft.entities:
                out[draft.entities[o].label] = rule
    return out


@pytest.fixture(scope="module")
def unders(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-under-documents", (
        'Copper smelter plan and nickel ruling\n'
        '\n'
        'SANTIAGO, March 3 -- The Antofagasta Regional Government on Tuesday published the Antofagasta\n'
        'Copper Smelting Upgrade Plan. Under the plan, the Altonorte Smelter Expansion Project will add\n'
        'a second flash furnace by 2028.\n'
        '\n'
        'Andes Copper Ltd and Pacific Cathode Ltd signed a processing agreement in Lima on Monday. Under\n'
        'the terms of the deal, Andes Copper will license its Bioleach Heap Technology to its partner.\n'
        '\n'
        'The Perth Commercial Court issued a judgment on Thursday in the dispute between Kalgoorlie\n'
        'Nickel Pty Ltd and Esperance Refining Pty Ltd. Under the judgment, Esperance Refining Pty Ltd\n'
        'must pay 12 million dollars for nickel matte it never delivered.\n'
        '\n'
        'The ministry published a notice on Friday. Under the notice, all copper smelters must report\n'
        'their emissions monthly.\n'
        '\n'
        'Pampa Metals Ltd expects cobalt prices to rise this year. Under the plan, output at the\n'
        'Copiapo Cobalt Project will double by 2027.\n'
        '\n'
        'The ministry issued a circular on safety on Monday. Under the deal, the Tarapaca Copper Mine\n'
        'will be sold.\n'
        ))


def test_under_the_plan_names_its_project(unders):
    assert "Altonorte Smelter Expansion Project" in _about_rules(unders, "Upgrade Plan")


def test_under_the_terms_of_the_deal_wrapped_line(unders):
    got = _about_rules(unders, "Processing agreement")
    assert got.get("Bioleach Heap Technology", "").startswith("topic:under-document")


def test_under_the_judgment_the_company_it_rules_on(unders):
    assert any(k.startswith("Esperance Refining") for k in _about_rules(unders, "Judgment"))


def test_no_referent_in_the_paragraph_no_topic(unders):
    rules = [r for e in unders.entities.values() for p, o, _, r in e.statements
             if p == NFO.about and draft_label(unders, o) in ("Copiapo Cobalt Project",
                                                               "Tarapaca Copper Mine")]
    assert not [r for r in rules if r.startswith("topic:under-document")]


def draft_label(draft, iri):
    ent = draft.entities.get(iri)
    return ent.label if ent is not None else ""


@pytest.fixture(scope="module")
def clauses(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-topic-clauses", (
        'Peru and Bolivia mining news\n'
        '\n'
        'LIMA, May 4 -- Andes Zinc Ltd and Inca Metals Ltd signed a cooperation agreement, which\n'
        'covers the Hualgayoc Zinc Tailings Project, on Monday.\n'
        '\n'
        'The Peruvian environment regulator opened an investigation that targets Pasco Lead Smelting\n'
        'Co., Ltd. on Tuesday.\n'
        '\n'
        'Potosi Silver Ltd and Oruro Tin Ltd signed a supply contract, which concerns Huanuni Tin\n'
        'Refining Co., Ltd., on Wednesday.\n'
        '\n'
        'Uyuni Lithium Ltd signed a memorandum with Salar Brine Ltd, which owns the Coipasa Brine\n'
        'Project, on Thursday.\n'
        ))


def test_which_covers_wrapped_over_a_line(clauses):
    assert "Hualgayoc Zinc Tailings Project" in _about_rules(clauses, "Cooperation agreement")


def test_that_targets_a_company(clauses):
    assert any(k.startswith("Pasco Lead Smelting") for k in _about_rules(clauses, "nvestigation"))


def test_which_concerns_a_company(clauses):
    assert any(k.startswith("Huanuni Tin Refining") for k in _about_rules(clauses, "Potosi"))


def test_which_owns_is_no_topic(clauses):
    assert "Coipasa Brine Project" not in _about_rules(clauses, "Uyuni")
