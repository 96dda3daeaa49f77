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
  agreement with F Co., Ltd. to supply nickel sulphate" (the buyer)."""
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
