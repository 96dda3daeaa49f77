"""`kg ingest` round 13, event roles and places: who holds the meeting of a body's own organ, and
where things are, read from short articles written for these tests (own words; invented bodies,
people and figures; other metals and cities than the dev sets).

* organ meetings (relations/organ_meetings.py): "an executive meeting of the city government" is
  the city government's, "the fifth council had held its final meeting" and "the first meeting of
  the sixth council" the association's, "a cadre meeting of the company" the company's; not when
  two city governments are named (which one is not said).
* places: "the X Park in Baotou's Guyang County" is in the county (named_in_place.py); "Hunan
  Chenzhou Silver Exchange Centre" and "Chenzhou First People's Hospital" are in Chenzhou
  (a province, then the city, opening the name: locations.py)."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r13ro") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _linked(draft, label_part, pred, cls=None):
    """{object label: rule} over the new entities whose label holds ``label_part``."""
    found = [e for e in draft.entities.values() if label_part.lower() in e.label.lower()
             and not e.known and (cls is None or str(e.cls).endswith("#" + cls))]
    assert found, (label_part, sorted(e.label for e in draft.entities.values()))
    out = {}
    for e in found:
        out.update({k: v[0] for k, v in links(draft, e, pred).items()})
    return out


@pytest.fixture(scope="module")
def city_order(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-city-order", (
        'Baotou tells rare earth separator to leave the Kundulun riverside by 2028\n'
        '\n'
        'Baotou Evening News | 2027-03-09 (Tuesday)\n'
        '\n'
        "The Baotou Municipal People's Government has told Baotou Huaxin Rare Earth Separation Co.,\n"
        'Ltd. to move its separation plant out of Kundulun District. The decision was made at an\n'
        'executive meeting of the city government last Thursday chaired by Mayor Gao Wenbin.\n'
        '\n'
        "The plant will be rebuilt in the Xiyuan Rare Earth Industrial Park in Baotou's Guyang County,\n"
        'officials said.\n'))


@pytest.fixture(scope="module")
def congress(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-association-congress", (
        'Shaanxi titanium makers elect new council\n'
        '\n'
        'Source: Shaanxi Titanium Industry Association\n'
        'Published: 4 June 2027\n'
        '\n'
        'On 3 June, the Sixth Member Congress of the Shaanxi Titanium Industry Association was held\n'
        'at the Baoji Titanium Valley Hotel. The day before, the fifth council had held its final\n'
        'meeting to approve the work report.\n'
        '\n'
        'At the first meeting of the sixth council that evening, Fan Yuqing was elected president.\n'))


@pytest.fixture(scope="module")
def cadre(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-cadre-meeting", (
        'Jiangxi Longtai Tungsten holds cadre meeting on audit\n'
        '\n'
        'Ganzhou, Aug. 14 -- Jiangxi Longtai Tungsten Co., Ltd. said on Friday that it had received\n'
        'the findings of a provincial audit of its Dayu smelter.\n'
        '\n'
        'At a cadre meeting of the company on Friday, chairman Ouyang Ping asked managers to fix the\n'
        'problems within three months.\n'))


@pytest.fixture(scope="module")
def exchange(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-city-exchange", (
        'Silver exchange in Chenzhou opens night trading\n'
        '\n'
        'Chenzhou, Sept. 2 -- The Hunan Chenzhou Silver Exchange Centre began night trading on\n'
        "Monday. Chenzhou makes about a fifth of China's recycled silver.\n"
        '\n'
        "Three workers hurt in a fire at a recycling yard were taken to Chenzhou First People's\n"
        'Hospital, the centre said.\n'))


@pytest.fixture(scope="module")
def two_cities(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-two-city-governments", (
        'Two city governments sign river clean-up pact\n'
        '\n'
        'Zhuzhou and Xiangtan sign a pact on heavy metals in the Xiang River\n'
        '\n'
        "The Zhuzhou Municipal People's Government and the Xiangtan Municipal People's Government\n"
        'signed the pact on Monday. It was approved at an executive meeting of the city government\n'
        'earlier this month.\n'))


def test_executive_meeting_of_the_city_government(city_order):
    got = _linked(city_order, "executive meeting", NFO.organizedBy)
    assert "Baotou Municipal People's Government" in got, got


def test_a_park_in_a_city_s_county_is_in_the_county(city_order):
    got = _linked(city_order, "Xiyuan Rare Earth Industrial Park", NFO.locatedIn)
    assert "Guyang County" in got, got


def test_council_meetings_are_the_association_s(congress):
    for label in ("fifth council had held", "first meeting of the sixth council"):
        got = _linked(congress, label, NFO.organizedBy)
        assert got == {"Shaanxi Titanium Industry Association": "event:organ-meeting@0.5"}, \
            (label, got)


def test_a_cadre_meeting_of_the_company(cadre):
    got = _linked(cadre, "cadre meeting of the company", NFO.organizedBy)
    assert "Jiangxi Longtai Tungsten Co., Ltd." in got, got


def test_province_then_city_opening_a_name(exchange):
    assert "Chenzhou" in _linked(exchange, "Silver Exchange Centre", NFO.locatedIn,
                                 "ResearchInstitute")
    assert "Chenzhou" in _linked(exchange, "First People's Hospital", NFO.locatedIn,
                                 "Organization")


def test_two_city_governments_no_organiser_guessed(two_cities):
    got = _linked(two_cities, "executive meeting", NFO.organizedBy)
    assert not got, got
