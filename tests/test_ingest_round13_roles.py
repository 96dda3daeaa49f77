"""`kg ingest` round 13, event roles and places: who holds the meeting of a body's own organ, and
where things are, read from short articles written for these tests (own words; invented bodies,
people and figures; other metals and cities than the dev sets).

* organ meetings (relations/organ_meetings.py): "an executive meeting of the city government" is
  the city government's, "the fifth council had held its final meeting" and "the first meeting of
  the sixth council" the association's, "a cadre meeting of the company" the company's; not when
  two city governments are named (which one is not said).
* places: "the X Park in Baotou's Guyang County" is in the county (named_in_place.py); "Hunan
  Chenzhou Silver Exchange Centre" and "Chenzhou First People's Hospital" are not placed by the
  city their names hold (a name states no location: data/CURATION.md; locations.py).
* contest parties (relations/contest_parties.py): the buyers of a tender ("A won two lots, and B
  bought the remaining 1,500 tonnes", "Winning bidders also included C"), the sides heard at a
  hearing (items of the list of points raised there: "D said", "E and F argued"), "The smelters'
  side was led by G" at talks; not a commentator's "H said" after the talks, nor a buyer of
  metal in an article about talks (no sale).
* incident sites (relations/incident_sites.py): "A fire broke out at X Co., Ltd." with "the
  company's nickel smelter" named: the fire was at the smelter.
* a listed city's word opening a company's short form ("Suihua Jinxing said" after "Heilongjiang
  Suihua Jinxing Graphite Co., Ltd.") is no mention of the city; "Plants in Suihua" is
  (names/listed_cities.py)."""
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


def test_province_then_city_opening_a_name_places_nothing(exchange):
    # (the rule that read "Hunan Chenzhou X" as in Chenzhou, place:named-after-city, was right
    # 20 times in 168 on the dev sets: the curated texts do not take a location from a name)
    assert "place:named-after-city" not in _linked(exchange, "Silver Exchange Centre",
                                                   NFO.locatedIn, "ResearchInstitute").values()
    assert "Chenzhou" not in _linked(exchange, "First People's Hospital", NFO.locatedIn,
                                     "Organization")


def test_two_city_governments_no_organiser_guessed(two_cities):
    got = _linked(two_cities, "executive meeting", NFO.organizedBy)
    assert not got, got


@pytest.fixture(scope="module")
def tender(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-cobalt-tender", (
        'Kinshasa cobalt tender draws six bidders\n'
        '\n'
        "KINSHASA, March 4 (Reuters) -- Congo's state miner Gecamines sold 4,000 tonnes of cobalt\n"
        'hydroxide in an online tender on Tuesday, its first sale of the year.\n'
        '\n'
        'Lubumbashi Metals Trading SARL won two lots, and Katanga Cobalt Refining SA bought the\n'
        'remaining 1,500 tonnes. Winning bidders also included Zhejiang Huachen Cobalt Co., Ltd.\n'
        '\n'
        'Analysts at Benchmark Metals Research said prices in the tender were close to the market.\n'))


@pytest.fixture(scope="module")
def hearing(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-foil-hearing", (
        'Trade ministry hears aluminium foil producers in anti-subsidy case\n'
        '\n'
        "Jakarta, 12 May 2027 -- Indonesia's Ministry of Trade held a public hearing on Wednesday in its\n"
        'anti-subsidy investigation into aluminium foil from Vietnam.\n'
        '\n'
        'The points raised at the hearing were:\n'
        '\n'
        '1. Subsidies. Hanoi Aluminium Foil JSC said it received no cheap power from the state.\n'
        '2. Injury. PT Surabaya Foil Industri and PT Bekasi Alu Packaging argued that imports had\n'
        '   doubled since 2024.\n'
        '\n'
        'A ministry official said a final ruling was due in September.\n'))


@pytest.fixture(scope="module")
def talks(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-tin-talks", (
        'Tin miners and smelters meet on 2028 charges\n'
        '\n'
        'KUALA LUMPUR, Sept. 8 -- Tin miners and smelters met for two days in Kuala Lumpur to discuss\n'
        'treatment charges for 2028.\n'
        '\n'
        "The talks were held at the Pavilion Hotel. The smelters' side was led by Malaysia Smelting\n"
        'Corporation Berhad.\n'
        '\n'
        'Kuala Lumpur Commodity Research Sdn. Bhd. said tin prices could rise if the talks failed.\n'
        'Penang Tin Traders Sdn. Bhd. bought 200 tonnes of tin on Friday.\n'))


def test_buyers_and_winning_bidders_of_a_tender(tender):
    got = _linked(tender, "tender", NFO.participant)
    for who in ("Lubumbashi Metals Trading SARL", "Katanga Cobalt Refining SA",
                "Zhejiang Huachen Cobalt Co., Ltd."):
        assert got.get(who) == "event:contest-party@0.6", (who, got)


def test_sides_heard_in_the_points_of_a_hearing(hearing):
    got = _linked(hearing, "public hearing", NFO.participant)
    for who in ("Hanoi Aluminium Foil JSC", "PT Surabaya Foil Industri", "PT Bekasi Alu Packaging"):
        assert who in got, (who, got)


def test_a_side_of_talks_not_a_commentator(talks):
    got = _linked(talks, "talks", NFO.participant, "Meeting")
    assert "Malaysia Smelting Corporation Berhad" in got, got
    assert "Kuala Lumpur Commodity Research Sdn. Bhd." not in got, got
    assert "Penang Tin Traders Sdn. Bhd." not in got, got


@pytest.fixture(scope="module")
def fire(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-smelter-fire", (
        'Fire halts nickel matte output in Jinchuan\n'
        '\n'
        'Jinchang, Feb. 11 -- A fire broke out at Gansu Longshou Nickel Smelting Co., Ltd. on Tuesday\n'
        "night, the city's emergency management bureau said.\n"
        '\n'
        "The company's nickel smelter in Jinchang lost about a week of output. No one was hurt.\n"))


def test_a_fire_at_a_company_with_one_named_smelter(fire):
    got = _linked(fire, "Fire at", NFO.heldIn)
    assert [r for label, r in got.items() if label.endswith("smelter")] == \
        ["event:incident-site@0.5"], got


@pytest.fixture(scope="module")
def short_form(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-city-short-form", (
        'Graphite maker fined over dust\n'
        '\n'
        'Harbin, Oct. 9 -- Heilongjiang Suihua Jinxing Graphite Co., Ltd. was fined 2 million yuan on\n'
        'Tuesday. Suihua Jinxing said it would appeal. Plants in Suihua and Jixi were checked.\n'))


def test_a_city_word_opening_a_company_short_form_is_no_mention(short_form):
    cities = [e for e in short_form.entities.values() if e.label == "Suihua"]
    assert len(cities) == 1, sorted(e.label for e in short_form.entities.values())
    said = [short_form.text[m.start:m.end + 8] for m in cities[0].mentions]
    assert said == ["Suihua and Jix"], said
