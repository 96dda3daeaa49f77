"""`kg ingest`: "the two sides" who sign an agreement are the two organisations the sentence
before joins with "and" (events/two_sides.py, rule agreement:two-sides). Articles written for
this test."""
from __future__ import annotations

import pytest

from rdflib import Graph, Namespace
from rdflib.namespace import RDF, RDFS

NFO = Namespace("https://w3id.org/nfkg/ontology#")


@pytest.fixture
def drafted(run, tmp_path):
    def draft(text):
        src, out = tmp_path / "two-sides.txt", tmp_path / "two-sides.ttl"
        src.write_text(text, encoding="utf-8")
        r = run("ingest", src, "--id", "t-two-sides", "-o", out)
        assert r.exit_code == 0, r.stderr
        return Graph().parse(out, format="turtle")
    return draft


def _agreements(g) -> dict:
    """{agreement label: ({party labels}, {rules that proposed it})} of the new agreements."""
    return {str(g.value(ag, RDFS.label)): ({str(g.value(o, RDFS.label)) for o in g.objects(
        ag, NFO.party)}, {str(r) for r in g.objects(ag, NFO.proposedBy)})
        for ag in g.subjects(RDF.type, NFO.Agreement)}


@pytest.mark.parametrize("text", [
    "Lintao Zinc Co., Ltd. and Beishan Research Institute of Metallurgy opened a pilot line in "
    "Baiyin on May 4, 2026. The two sides signed a three-year research agreement.\n",
    "Lintao Zinc Co., Ltd. and the Beishan Research Institute of Metallurgy met in Baiyin on "
    "May 4, 2026. Both parties also signed a supply contract for zinc concentrate.\n",
    "On May 4, 2026, Lintao Zinc Co., Ltd., and Beishan Research Institute of Metallurgy held "
    "talks in Baiyin. After the talks the two companies formally signed a cooperation agreement "
    "on zinc recycling.\n",
])
def test_the_two_sides_are_the_two_organisations_named_before(drafted, text):
    ags = _agreements(drafted(text))
    assert len(ags) == 1, ags
    (label, (parties, rules)), = ags.items()
    assert parties == {"Lintao Zinc Co., Ltd.", "Beishan Research Institute of Metallurgy"}, ags
    assert "agreement:two-sides" in rules and "Lintao Zinc" in label, ags


@pytest.mark.parametrize("text", [
    # three organisations listed: which two, the text does not say
    "Lintao Zinc Co., Ltd., Hexi Copper Co., Ltd. and Beishan Research Institute of Metallurgy "
    "met in Baiyin on May 4, 2026. The two sides signed a research agreement.\n",
    # another paragraph
    "Lintao Zinc Co., Ltd. and Beishan Research Institute of Metallurgy met in Baiyin.\n\n"
    "The two sides signed a research agreement on May 4, 2026.\n",
    # no "the two sides": no parties guessed
    "Lintao Zinc Co., Ltd. and Beishan Research Institute of Metallurgy met in Baiyin on May 4, "
    "2026. Officials signed a research agreement.\n",
])
def test_no_two_sides_no_parties_guessed(drafted, text):
    ags = _agreements(drafted(text))
    assert not any("agreement:two-sides" in rules for _, rules in ags.values()), ags
