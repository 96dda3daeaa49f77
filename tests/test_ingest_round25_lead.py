"""Round 25, the lead's: a facility named "the X of <Name>" where the name is no organisation
(names/facility_nouns): a site called by that name, with no owner guessed from the article's
company; a place then a company's name broken over a line end is the company's."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article

TEXT = """Tanbo Mining Co., Ltd. ships ore to Europe

Tanbo Mining Co., Ltd. said on Monday that it shipped 2 million tonnes of bauxite last year,
most of it through the river port of Matakong. The shipments will rise next year.

The alloy was cast on the industrial line of Weifang
Ruixing Aluminium Co., Ltd. in March.
"""


@pytest.fixture(scope="module")
def draft(kg, tmp_path_factory):
    path = tmp_path_factory.mktemp("r25-lead") / "r25-lead.txt"
    path.write_text(TEXT, encoding="utf-8")
    return ingest(kg, read_article(path), "r25-lead")


def _new(draft):
    return {e.label: e for e in draft.new() if not e.role}


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if str(p).endswith("#" + pred)}


def test_a_facility_of_a_name_no_rule_read_is_that_named_site_and_no_company_s(draft):
    new = _new(draft)
    assert "river port of Matakong" in new, sorted(new)
    assert _objects(draft, new["river port of Matakong"], "ownedBy") == set()
    # the article's company is given no river port of its own
    assert not any("river port" in lbl and "Tanbo" in lbl for lbl in new), sorted(new)


def test_a_facility_of_a_company_named_over_a_line_end_is_the_company_s(draft):
    new = _new(draft)
    lines = [e for lbl, e in new.items() if lbl.lower().endswith("industrial line")]
    assert len(lines) == 1, sorted(new)
    assert _objects(draft, lines[0], "ownedBy") == {"Weifang Ruixing Aluminium Co., Ltd."}
    assert not any(lbl.startswith("industrial line of Weifang") for lbl in new), sorted(new)
