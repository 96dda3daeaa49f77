"""`kg ingest`: the places and companies a notice's address line names are those it applies to
(relations/addressee_places.py), read from short notices written for these tests (own words;
invented places' bodies and companies).

* "To the industry bureaus of Baoji, Weinan and Yulin, and Dongfang Power Supply Co., Ltd.:"
  under a notice's title: the notice applies to the three cities and the company.
* Not: a report sent up to a government ("To the Weinan Municipal People's Government:"), the
  holders of a company ("To the shareholders of A Co., Ltd.:"), a sentence that opens with "To"
  and ends its paragraph with ":"."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

RULE = "document:addressee@0.6"


def _draft(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("addressee") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _applies(draft):
    """{(document label, object label)} of the rule's ``nfo:appliesTo`` links."""
    return {(e.label, draft.entities[o].label if o in draft.entities else str(o))
            for e in draft.entities.values() for p, o, _, rule in e.statements
            if p == NFO.appliesTo and rule == RULE}


@pytest.fixture(scope="module")
def notice(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "addressee-notice", (
        "Shaanxi Provincial Department of Industry and Information Technology\n\n"
        "Notice on the Rotation of Magnesium Smelter Maintenance in 2027\n\n"
        "To the industry and information technology bureaus of Baoji, Weinan and\n"
        "Yulin, and Dongfang Power Supply Co., Ltd.:\n\n"
        "To keep winter power supply steady, smelters shall stop their furnaces in turn from\n"
        "10 January 2027. Each city shall report its rota by 20 December 2026.\n"))


def test_address_line_places_and_company(notice):
    got = {o for d, o in _applies(notice)}
    assert {"Baoji", "Weinan", "Yulin"} <= got
    assert any("Dongfang Power Supply" in o for o in got)
    assert all("Notice on the Rotation" in d for d, o in _applies(notice))


def test_no_address_line_from_a_report_or_a_sentence(kg, tmp_path_factory):
    report = _draft(kg, tmp_path_factory, "addressee-report", (
        "Report on the Work of the Baoji Magnesium Park in 2026\n\n"
        "To the Baoji Municipal People's Government and the bureau of Weinan:\n\n"
        "In 2026 the park added two alloy plants and cut its power use by 4%.\n"))
    assert not _applies(report)
    holders = _draft(kg, tmp_path_factory, "addressee-holders", (
        "Notice on the Annual Meeting of Xiyue Magnesium Co., Ltd.\n\n"
        "To the shareholders of Xiyue Magnesium Co., Ltd.:\n\n"
        "The meeting will be held in Yulin on 8 March 2027.\n"))
    assert not _applies(holders)
    sentence = _draft(kg, tmp_path_factory, "addressee-sentence", (
        "Notice on the Overhaul of a Copper Smelter in Weinan\n\n"
        "To keep its smelter safe, Qinlong Copper Co., Ltd. of Weinan will stop\n"
        "the furnace for a month. Details are as follows:\n\n"
        "1. The overhaul runs from 1 to 30 April 2027.\n"))
    assert not _applies(sentence)
