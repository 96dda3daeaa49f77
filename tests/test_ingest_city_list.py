"""Chinese cities an article names with no cue ("plants in Chenzhou and Hengyang"): proposed from
the reference list kg/ingest/data/china-cities.txt (rule place:city-list), located in a province
only where the text pairs them, never inside a longer name or a person's name."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import Article
from kg.model.namespaces import NFO

TEXT = """Southern Antimony Expands Smelting Capacity

The group said on Tuesday that its plants in Chenzhou and Hengyang will add 20,000 tonnes of
antimony capacity next year. A new copper smelter in Yingtan is also planned, while the
recycling unit moved to Longyan last spring, in Longyan, Fujian Province.

Shangrao Tungsten Materials Co., Ltd. supplied the ore. Chairman Zhang Baise and general
manager Zhaoyuan Liu attended the signing ceremony in Chenzhou.
"""


@pytest.fixture(scope="module")
def draft(kg):
    return ingest(kg, Article(text=TEXT, path=Path("city-list.txt"), sha256="0" * 64),
                  "t-city-list")


def _named(d, label):
    return [e for e in d.entities.values() if e.label == label]


def test_bare_listed_cities_are_new_cities_with_their_mentions(draft):
    for name in ("Chenzhou", "Hengyang", "Yingtan", "Longyan"):
        got = _named(draft, name)
        assert len(got) == 1, name
        city = got[0]
        assert city.cls == NFO.City and not city.known
        assert [draft.text[m.start:m.end] for m in city.mentions][0] == name
    chenzhou = _named(draft, "Chenzhou")[0]
    assert chenzhou.rule == "place:city-list" and chenzhou.confidence == 0.5
    assert len(chenzhou.mentions) == 2


def test_province_only_where_the_text_pairs_it(draft):
    fujian = [e for e in draft.entities.values() if e.label.startswith("Fujian")]
    longyan = _named(draft, "Longyan")[0]
    located = {o for p, o, *_ in longyan.statements if p == NFO.locatedIn}
    assert fujian and fujian[0].iri in located
    for name in ("Chenzhou", "Hengyang", "Yingtan"):     # the list's province is no statement
        city = _named(draft, name)[0]
        assert not [s for s in city.statements if s[0] == NFO.locatedIn]


def test_not_inside_a_longer_name_or_a_persons_name(draft):
    assert not _named(draft, "Shangrao")        # only inside the company's name
    assert not _named(draft, "Baise")           # "Zhang Baise": a person's given name
    assert not _named(draft, "Zhaoyuan")        # "Zhaoyuan Liu": given name before a surname
    assert not any(e.label == "Shangrao" and e.cls == NFO.City for e in draft.entities.values())


def test_the_list_prefers_the_province_when_the_text_names_two(kg):
    text = ("Copper Recycling Park Opens\n\nThe park is in Yingtan, Jiangxi Province, near the "
            "smelters. A visitor wrote that the park lies in Yingtan, Hunan Province.\n")
    d = ingest(kg, Article(text=text, path=Path("two-provinces.txt"), sha256="0" * 64), "t-two")
    yingtan = _named(d, "Yingtan")[0]
    paired = {d.entities[o].label for p, o, _, rule in yingtan.statements
              if p == NFO.locatedIn and rule == "place:paired" and o in d.entities}
    assert paired == {"Jiangxi Province"}
