"""`kg ingest` round 10, relations helper: places, metals and awards, read from short articles
written for these tests (own words, invented companies, awards and places).

* A metal word that is the rank of an honour ("Gold award", "silver medal", "a bronze-prize
  winner") is no mention of the metal; "gold prices" and "silver output" are.
* A rank phrase gives award grants of the award named before: the names of a list line it opens,
  or the names right after "went to" / right before "took"; not who presented it, who announced
  the award, nor a company that only talks of a prize.
* A site whose name opens with a city the text names on its own is in that city.
* A name that prints a longer metal's name ("Titanium Alloys") gives that metal only.
* The metals of a company's ", which <verb> ..." clause are its own (after "a unit of X", the
  company the apposition describes).
* "X, a refinery in Y", "X closed its smelter in Y": X is in Y."""
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


@pytest.fixture(scope="module")
def ranks(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-ranks", (
        "Copper Processing Awards Go to Busbar and Foil Makers\n\n"
        "2026-04-18 16:30   Source: Metals Fair Daily\n\n"
        "At the end of the fair, the Lingnan Nonferrous Metals Society announced its Copper "
        "Processing Excellence Awards for 2026. Nine entries won, among them:\n\n"
        "1. Gold prize: high-conductivity busbars, Anhui Tongfeng Copper Co., Ltd.\n"
        "2. Silver prize: Jiangsu Hengli Cable Co., Ltd., for rolled copper foil\n"
        "3. Bronze prize: a copper scrap sorting line, presented by Guangdong Xinhe Trading "
        "Co., Ltd.\n\n"
        "The special prize went to Yunnan Xiyu Tin Co., Ltd. and Guangxi Huaxi Smelting Co., "
        "Ltd. Shandong Lubei Wire Co., Ltd. took a first prize as well.\n\n"
        "Fujian Minfeng Alloy Co., Ltd. said a first prize would help it sell abroad.\n"))


def _grants(draft):
    """{recipient label: (award label, rule)} of the award grants the draft makes."""
    out = {}
    for ent in draft.entities.values():
        if ent.cls != NFO.AwardGrant:
            continue
        st = {p: o for p, o, _, _ in ent.statements}
        rules = {r for p, _, _, r in ent.statements if p == NFO.recipient}
        for p, o, _, r in ent.statements:
            if p == NFO.recipient and NFO.award in st:
                out[draft.entities[o].label] = (draft.entities[st[NFO.award]].label, r)
    return out


def test_the_winners_a_rank_names_win_the_award_named_before(ranks):
    got = _grants(ranks)
    for winner in ("Anhui Tongfeng Copper", "Jiangsu Hengli Cable", "Yunnan Xiyu Tin",
                   "Guangxi Huaxi Smelting", "Shandong Lubei Wire"):
        hit = [v for k, v in got.items() if k.startswith(winner)]
        assert hit and hit[0][0].startswith("Copper Processing Excellence Awards"), (winner, got)
    # who presented a prize, who announced the awards and who only talks of a prize did not win
    for other in ("Guangdong Xinhe Trading", "Lingnan Nonferrous Metals Society",
                  "Fujian Minfeng Alloy"):
        assert not any(k.startswith(other) for k in got), (other, got)


@pytest.fixture(scope="module")
def sites(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-sites", (
        "Tin Solder Makers Gather in Gejiu\n\n"
        "2026-03-09 11:20   Source: Metals Fair Daily\n\n"
        "The Gejiu International Convention Center hosted a tin solder fair on Monday. Gejiu "
        "has mined tin for centuries.\n\n"
        "Buyers also visited the Ganzhou High-Tech Industrial Development Zone, where tungsten "
        "makers cluster; officials from Ganzhou said the zone would add two lines.\n\n"
        "A trader from the Lhasa Jiacuo Trade Park said prices were steady.\n"))


def test_a_site_named_after_a_city_the_text_names_is_in_it(sites):
    # round 42: the name states no location the curators record (place:site-named-after,
    # dropped: right 16 times in 90 on the dev sets): not placed by its name
    for site, city in (("Gejiu International Convention Center", "Gejiu"),
                       ("Ganzhou High-Tech Industrial Development Zone", "Ganzhou")):
        got = links(sites, one(sites, site), NFO.locatedIn)
        assert "place:site-named-after" not in {r for r, *_ in got.values()}, (site, got)
    # Lhasa is named only inside the park's name: the rule does not place the park there
    park = [e for e in sites.entities.values() if e.label.startswith("Lhasa Jiacuo")]
    assert not any(links(sites, p, NFO.locatedIn) for p in park)


@pytest.fixture(scope="module")
def named_metals(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-named-metals", (
        "Alloy Makers Open Joint Laboratory in Baoji\n\n"
        "2026-02-10 09:00   Source: Metals Fair Daily\n\n"
        "Baoji Qinling Metals Co., Ltd. and a university opened the Qinling Joint Laboratory for "
        "Titanium Alloys on Tuesday. Foshan Nanhai Aluminium Alloys Co., Ltd. and Yuxi Copper "
        "and Aluminium Alloy Co., Ltd. joined as members.\n\n"
        "The partners will test titanium alloy plates and aluminium alloy wheels, and some "
        "copper wire.\n"))


def _metals(draft, label_start):
    return set(links(draft, one(draft, label_start), NFO.concernsMetal))


def test_a_name_that_prints_a_longer_metal_name_gives_that_metal_only(named_metals):
    assert _metals(named_metals, "Qinling Joint Laboratory") == {"Titanium alloy"}
    assert _metals(named_metals, "Foshan Nanhai Aluminium Alloys") == {"Aluminium alloy"}
    # a name with two metals keeps both (copper is not inside "Aluminium alloy")
    assert _metals(named_metals, "Yuxi Copper and Aluminium Alloy") >= {"Copper", "Aluminium alloy"}


@pytest.fixture(scope="module")
def which(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-which", (
        "Battery Materials Park Signs Up Four Tenants\n\n"
        "2026-01-20 14:00   Source: Metals Fair Daily\n\n"
        "Four companies will move into the park this year:\n"
        "- Ningxia Helan Tantalum Co., Ltd., which refines tantalum and niobium for capacitors;\n"
        "- Fujian Minjiang Foil Co., Ltd., a unit of Xiamen Haicang Holdings Co., Ltd., which "
        "rolls copper foil for batteries;\n"
        "- Anhui Hefeng Logistics Co., Ltd., which was founded in 2009;\n"
        "- Jiangxi Ganfeng Trading Co., Ltd., which buys from Hunan Shuikou Smelting Co., Ltd. "
        "and sells cobalt salts.\n"))


def test_the_metals_a_companys_which_clause_names_are_its_own(which):
    def stated(label):
        return {k for k, (rule, _) in links(which, one(which, label), NFO.concernsMetal).items()
                if rule == "context:which-metal"}
    assert stated("Ningxia Helan Tantalum") == {"Tantalum", "Niobium"}
    # after an apposition ("a unit of X"), the clause is about the company it describes
    assert stated("Fujian Minjiang Foil") == {"Copper"}
    assert stated("Xiamen Haicang Holdings") == set()
    assert stated("Anhui Hefeng Logistics") == set()
    # a metal named after another company in the clause is not the first one's
    assert stated("Jiangxi Ganfeng Trading") == set()


@pytest.fixture(scope="module")
def facilities(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r10-facilities", (
        "Tin and Zinc Makers Report Plant Changes\n\n"
        "2026-07-14 08:40   Source: Metals Fair Daily\n\n"
        "Yunnan Tengyue Tin Co., Ltd. closed its old smelter in Gejiu in March. Dianxi Solder "
        "Co., Ltd., a refinery in Baotou, raised output by 8%. Shanxi Taihang Alloys Co., Ltd. "
        "sells its products in Ganzhou, and Hunan Liling Zinc Co., Ltd., a buyer in Baotou, "
        "said prices were steady.\n"))


def test_a_facility_named_after_a_company_places_it(facilities):
    def placed(label):
        return {k for k, (rule, _) in links(facilities, one(facilities, label),
                                            NFO.locatedIn).items()
                if rule == "org:facility-phrase-in-place@0.5"}
    assert placed("Yunnan Tengyue Tin") == {"Gejiu"}
    assert placed("Dianxi Solder") == {"Baotou"}
    # no facility between the company and the place: nothing
    assert placed("Shanxi Taihang Alloys") == set()
    assert placed("Hunan Liling Zinc") == set()
