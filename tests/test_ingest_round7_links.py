"""`kg ingest` links on fresh text (round 7), on short articles written for this test: a known
place or field printed only as a word of a new organisation's name is no mention ("the Guangzhou
Futures Exchange", "Ningbo Daily", "the Chongqing Automotive Parts Alliance"), while the same
place named on its own is; a national body's name after a place and "Provincial"/"Municipal" is
that province's body ("the Henan Provincial SASAC"), the short form of its full name when the text
gives it; an outlet's byline under the headline is a name of its own, not the headline's end."""
from __future__ import annotations

import pytest

from draft_lookup import one
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NF, NFO


def _draft(kg, tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


@pytest.fixture(scope="module")
def markets(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("links7"), "links7-markets", (
        "Zinc Contracts Draw Traders Back in June\n"
        "Metal Markets Weekly, 2026-07-02\n\n"
        "Trading in zinc contracts on the Guangzhou Futures Exchange rose in June, "
        "according to Lin Hao, an analyst at Nanfang Ridge Capital. Qilin Alloy Co., Ltd., "
        "whose shares trade on the Shenzhen Stock Exchange, said its order book was full. "
        "A report in Ningbo Daily said the Chongqing Automotive Parts Alliance wants more "
        "magnesium wheels.\n"))


def test_a_place_or_field_only_inside_new_names_is_not_linked(markets):
    known = {e.iri for e in markets.known()}
    for iri in ("guangzhou", "shenzhen", "ningbo", "chongqing", "field-automotive"):
        assert NF[iri] not in known, iri
    assert NF["metal-zinc"] in known
    assert one(markets, "Guangzhou Futures Exchange").mentions
    assert one(markets, "Shenzhen Stock Exchange").mentions
    assert one(markets, "Ningbo Daily").cls == NFO.MediaOutlet


def test_the_byline_is_an_outlet_not_the_headlines_end(markets):
    weekly = one(markets, "Metal Markets Weekly")
    assert weekly.cls == NFO.MediaOutlet
    assert not [e for e in markets.entities.values() if "June Metal" in e.label]


def test_a_place_also_named_on_its_own_stays_linked(kg, tmp_path):
    draft = _draft(kg, tmp_path, "links7-plant", (
        "Copper Foil Line Opens\n\n"
        "Jinlu Foil Co., Ltd. listed on the Shenzhen Stock Exchange last year. On Monday it "
        "opened a copper foil line in Shenzhen, its second in the city.\n"))
    shenzhen = next(e for e in draft.known() if e.iri == NF["shenzhen"])
    said = {draft.text[m.start:m.end + 4] for m in shenzhen.mentions}
    assert "Shenzhen, it" in said


def test_a_provincial_body_is_not_the_national_one(kg, tmp_path):
    draft = _draft(kg, tmp_path, "links7-sasac", (
        "Henan Group Gets New Chairman\n\n"
        "Zhengzhou, May 9 -- The Henan Provincial State-owned Assets Supervision and "
        "Administration Commission named Zhao Ming chairman of Yuxi Metals Group on Friday. "
        "Sun Li, deputy director of the Henan Provincial SASAC, read out the decision. "
        "Yuxi Metals Group reports to the Henan Provincial SASAC. Separately, SASAC said "
        "central enterprises should cut costs.\n"))
    body = one(draft, "Henan Provincial State-owned Assets")
    assert body.cls == NFO.GovernmentBody and "Henan Provincial SASAC" in body.aliases
    assert len(body.mentions) == 3
    sasac = next(e for e in draft.known() if e.iri == NF["sasac"])
    assert [draft.text[m.start:m.end + 5] for m in sasac.mentions] == ["SASAC said"]


def test_a_provincial_body_named_only_by_its_short_form(kg, tmp_path):
    draft = _draft(kg, tmp_path, "links7-short", (
        "Audit Begins\n\n"
        "Officials of the Shaanxi Provincial SASAC began an audit of three smelters on "
        "Tuesday.\n"))
    body = one(draft, "Shaanxi Provincial SASAC")
    assert body.cls == NFO.GovernmentBody and not body.known
    assert NF["sasac"] not in {e.iri for e in draft.known()}


@pytest.mark.parametrize("said, first, last", [
    ("The team inspected the smelter from 12 to 15 May.", "2026-05-12", "2026-05-15"),
    ("Trading was halted 3-5 June 2026.", "2026-06-03", "2026-06-05"),
    ("The fair ran from 30 May to 2 June.", "2026-05-30", "2026-06-02"),
    ("Hearings go on from May 12 through May 15.", "2026-05-12", "2026-05-15"),
    ("The line stops from July 1 until July 9, 2026.", "2026-07-01", "2026-07-09"),
    ("The expo is held May 12-15.", "2026-05-12", "2026-05-15"),
])
def test_date_ranges_day_first_or_month_first(said, first, last):
    from kg.ingest.reading.dates import find_dates
    got = [(d.value, d.until) for d in find_dates(said, "2026")]
    assert got == [(first, last)]


@pytest.mark.parametrize("said", ["Output rose 3 to 5 percent in the year to May.",
                                  "Prices of 12 to 15 yuan held in May 2026 talks.",
                                  "The range closed from 15 to 12 May."])
def test_what_is_no_range(said):
    from kg.ingest.reading.dates import find_dates
    assert not [d for d in find_dates(said, "2026") if d.until]


def test_a_city_after_its_province_possessive_is_the_city(kg, tmp_path):
    draft = _draft(kg, tmp_path, "links7-cities", (
        "Two Smelters Planned\n\n"
        "Xiangjiang Zinc Co., Ltd. will build a smelter in Hunan's Yiyang City and a second "
        "one in Guangxi's Hechi City, the company said.\n"))
    labels = {e.label for e in draft.entities.values()}
    assert {"Yiyang City", "Hechi City"} <= labels
    assert not [x for x in labels if "'s" in x and "City" in x]
    yiyang = one(draft, "Yiyang City")
    assert yiyang.cls == NFO.City
    placed = {draft.entities[o].label for p, o, _, _ in yiyang.statements
              if p == NFO.locatedIn and o in draft.entities}
    assert placed and all(x.startswith("Hunan") for x in placed)


@pytest.mark.parametrize("line, person", [
    ("President Director Budi Hartono of PT Sulawesi Nickel Industri met buyers.",
     "Budi Hartono"),
    ("Minister Ousmane Camara said the licence was renewed.", "Ousmane Camara"),
    ("At the talks, Deputy Director General Maria Lopes, who leads the mining office, spoke.",
     "Maria Lopes"),
])
def test_a_person_after_a_title_in_capitals(kg, tmp_path, line, person):
    draft = _draft(kg, tmp_path, "links7-titled", f"Mining Talks\n\n{line}\n")
    found = one(draft, person)
    assert found.cls == NFO.Person and found.label == person


def test_a_title_before_an_organisation_is_no_person(kg, tmp_path):
    draft = _draft(kg, tmp_path, "links7-untitled", (
        "Mining Talks\n\nThe General Manager Office of Xiangjiang Zinc Co., Ltd. and the "
        "Director General Office said the Mining Bureau agreed.\n"))
    assert not [e for e in draft.entities.values() if e.cls == NFO.Person]


def test_a_company_suffix_before_its_short_form_ends_no_sentence(kg, tmp_path):
    from kg.ingest.reading.sentences import Sentences
    text = ("Nanling Tin Co., Ltd. (Nanling Tin) signed a supply deal with Hezhou Metals "
            "Co., Ltd. The deal runs for five years.")
    s = Sentences(text)
    assert s.bounds(text.index("signed")) == s.bounds(0)
    assert s.bounds(text.index("The deal")) != s.bounds(0)
    draft = _draft(kg, tmp_path, "links7-suffix", "Tin Deal\n\n" + text + "\n")
    nanling = one(draft, "Nanling Tin Co., Ltd.")
    assert "Nanling Tin" in nanling.aliases or any(
        draft.text[m.start:m.end] == "Nanling Tin" for m in nanling.mentions)


@pytest.mark.parametrize("said, metal, linked", [
    ("Lead and bismuth in the residue go to a smelter nearby.", "metal-lead", True),
    ("The plant treats mixed tin-gold ores.", "metal-gold", True),
    ("Gold output rose by a tenth.", "metal-gold", True),
    ("The county has a lead smelter.", "metal-lead", True),
    ("The county hopes to lead the region in recycling.", "metal-lead", False),
    ("Her team won a gold medal at the games.", "metal-gold", False),
])
def test_an_ambiguous_metal_word_read_by_its_neighbours(kg, tmp_path, said, metal, linked):
    draft = _draft(kg, tmp_path, "links7-metal", f"County Notes\n\n{said}\n")
    assert (NF[metal] in {e.iri for e in draft.known()}) is linked
