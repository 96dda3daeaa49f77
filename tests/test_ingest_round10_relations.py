"""`kg ingest` round 10, relations helper: places, metals and awards, read from short articles
written for these tests (own words, invented companies, awards and places).

* A metal word that is the rank of an honour ("Gold award", "silver medal", "a bronze-prize
  winner") is no mention of the metal; "gold prices" and "silver output" are."""
from __future__ import annotations

import pytest

from draft_lookup import links, one
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r10rel") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _known_mentions(draft, iri_end):
    """The surfaces of the mentions of the known entity whose IRI ends so."""
    for ent in draft.entities.values():
        if ent.known and str(ent.iri).endswith("/" + iri_end):
            return [draft.text[m.start:m.end] for m in ent.mentions]
    return []


@pytest.fixture(scope="module")
def honours(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-honours", (
        "Zinc Trade Fair Hands Out Prizes to Die-Casting Makers\n\n"
        "2026-05-12 10:00   Source: Metals Fair Daily\n\n"
        "The Gold award went to Pinghu Zinc Die Casting Co., Ltd. for its thin-wall housings, "
        "and two Silver awards to smaller makers of zinc alloy parts.\n\n"
        "A silver medal and a bronze-prize certificate were given to a tin solder maker from "
        "Hunan. Platinum sponsors of the fair included two banks.\n\n"
        "Traders said gold prices rose 2% in the week and silver output in the region fell.\n"))


def test_a_metal_word_that_ranks_an_honour_is_no_metal(honours):
    gold = _known_mentions(honours, "metal-gold")
    silver = _known_mentions(honours, "metal-silver")
    assert gold == ["gold"], gold          # "gold prices" only, not "Gold award"
    assert silver == ["silver"], silver    # "silver output" only, not "Silver awards", "silver medal"
    assert _known_mentions(honours, "metal-platinum") == []
