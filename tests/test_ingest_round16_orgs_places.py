"""Round 16, orgs and places: a place's own bodies in lower case, units of organisations,
places named with an appositive, autonomous areas. Texts written for these tests (other
metals, countries and kinds of text than the development articles); negatives beside each."""
from __future__ import annotations

import pytest

from kg.ingest.names.appositive_places import appositive_places
from kg.ingest.names.autonomous_areas import autonomous_areas
from kg.ingest.names.foreign_ministries import foreign_ministries
from kg.ingest.names.industry_names import industry_names
from kg.ingest.names.named_boards import named_boards
from kg.ingest.names.org_units import org_units
from kg.ingest.names.place_bodies import place_bodies


def _labels(cands, cls=None):
    return {c.label for c in cands if cls is None or c.cls == cls}


# --- a place's own bodies ---------------------------------------------------------------------

def test_place_then_office():
    text = ("Inspectors from the Luxi County\nemergency management bureau closed the pit. The "
            "Baiyin municipal tax bureau granted a refund, and Erenhot's public security "
            "bureau opened a file. The Xinfeng people's procuratorate filed a suit.")
    got = _labels(place_bodies(text), "GovernmentBody")
    assert "Luxi County emergency management bureau" in got
    assert "Baiyin municipal tax bureau" in got
    assert "Erenhot's public security bureau" in got
    assert "Xinfeng people's procuratorate" in got


def test_office_of_place_and_customs():
    text = ("The ecology bureau of Shimian County fined the smelter. Manzhouli Customs said on "
            "Tuesday that Huangpu Customs had cleared the tin.")
    got = _labels(place_bodies(text))
    assert "Ecology bureau of Shimian County" in got
    assert {"Manzhouli Customs", "Huangpu Customs"} <= got


def test_government_of_a_place():
    text = ("The government of Peru's Apurimac region signed the deal; the state government of "
            "Queensland and Ontario's provincial government followed.")
    got = _labels(place_bodies(text))
    assert "Government of Apurimac region" in got
    assert "Government of Queensland" in got
    assert "Ontario provincial government" in got


def test_a_place_opening_with_a_compass_word():
    text = ("Judges of the Central Halmahera district court and the North Maluku tax office "
            "met. The Central government, the State council, the National police and China "
            "customs did not.")
    got = _labels(place_bodies(text))
    assert got == {"Central Halmahera district court", "North Maluku tax office"}


def test_no_body_without_a_place():
    text = ("Zijin Mining's finance department said so. Chinese customs data showed more "
            "imports. Hami customs officers checked the trucks. The Sales office was shut. "
            "The court ruled on Monday. In the city the tax bureau said nothing.")
    assert place_bodies(text) == []


def test_foreign_body_by_adjective():
    text = ("Permits from the Zambian mines ministry and the Malagasy port authority arrived; "
            "Peru's export control office agreed. The Chinese commerce ministry said nothing, "
            "and a Chilean health worker spoke.")
    got = {c.label: text[c.start:c.end] for c in foreign_ministries(text)}
    assert got.get("Zambian mines ministry") == "Zambian mines ministry"
    assert got.get("Malagasy port authority") == "Malagasy port authority"
    assert got.get("Peru export control office") == "export control office"
    assert not any("Chinese" in k or "health" in k for k in got)


def test_boards_and_services():
    text = ("Kazakh Copper Elects New Board\n\nThe sale needs consent from Canada's Investment "
            "Review Board and Peru's National Water Service, and the Federal Revenue Service "
            "will audit it. Our After-Sales Service is fast; the Board of Directors met.\n"
            "Globalized Product and Service\n")
    got = {(c.label, c.cls) for c in named_boards(text)}
    assert got == {("Investment Review Board", "GovernmentBody"),
                   ("National Water Service", "GovernmentBody"),
                   ("Federal Revenue Service", "Organization")}


# --- units of organisations -------------------------------------------------------------------

def test_branches_and_offices():
    text = ("Loans from the Kunming branch of Fudian Commercial Bank rose. Minmetals "
            "Resources' Lima office will close. The Perth office of Sandfire Resources Ltd. "
            "hired staff.")
    got = _labels(org_units(text))
    assert "Kunming branch of Fudian Commercial Bank" in got
    assert "Lima office of Minmetals Resources" in got
    assert "Perth office of Sandfire Resources Ltd." in got
    # (the owner stays a mention of its own: the unit's span is its own words)
    spans = {text[c.start:c.end] for c in org_units(text)}
    assert spans == {"Kunming branch", "Lima office", "Perth office"}


def test_field_unit_of_a_government_body():
    text = ("Liu Bo, head of the geological survey bureau of the Qinghai Nonferrous Geology "
            "Administration, said the raw materials department of the Ministry of Industry "
            "agreed.")
    got = _labels(org_units(text))
    assert "Geological survey bureau of Qinghai Nonferrous Geology Administration" in got
    assert "Raw materials department of Ministry of Industry" in got


def test_no_unit_of_a_plain_noun():
    text = ("The head office of Ningxia Orient Group moved. The first phase of the Tongling "
            "project began. The same department of the city said so. The sales office of "
            "Chalco opened. Ma Li heads the procurement department of Tibet Huayu Mining Co., "
            "Ltd. and the recycling department of CNMIA; steam leaked in the digestion unit of "
            "Baise Alumina Co., Ltd.")
    assert org_units(text) == []


# --- listed companies in market news ---------------------------------------------------------

def test_industry_names_in_market_news():
    text = ("Hong Kong-listed Minfeng Cobalt slid 3% and Baoshan Tungsten edged up, while "
            "shares of Hexi Magnesium were halted. Lanxi Rare Earth said on Friday it would "
            "buy ore, and Dongtai Moly's output rose. Analysts at Sahel Resources agreed.")
    got = _labels(industry_names(text))
    assert {"Minfeng Cobalt", "Baoshan Tungsten", "Hexi Magnesium", "Lanxi Rare Earth",
            "Dongtai Moly"} <= got


def test_no_industry_name_without_a_cue():
    text = ("Gansu aluminium output rose. LME Copper fell 1% and Spot Nickel gained. Copper "
            "fell. The Hunan Nonferrous Industry Association said so; Kaili Copper Co., Ltd. "
            "signed. The Baiyin Copper mine is deep. Tibet Lithium reserves are large.")
    assert industry_names(text) == []


# --- places named with an appositive; autonomous areas ----------------------------------------

def test_appositive_places():
    text = ("The wells lie on the Salar de Pocitos, a salt flat in the Los Andes department. "
            "Supplies go through Kasumbalesa, a border town near Lubumbashi, and Iquique, a "
            "port city in the north.")
    got = {(c.label, c.cls) for c in appositive_places(text)}
    assert ("Salar de Pocitos", "Place") in got
    assert ("Los Andes department", "County") in got
    assert ("Kasumbalesa", "Place") in got
    assert ("Iquique", "City") in got


def test_no_appositive_place_for_people_or_companies():
    text = ("Wang Hui, a town official in Gansu, spoke. Zambia Copper, a miner in Kitwe, said "
            "so. Liu Na, a village head, agreed.")
    assert appositive_places(text) == []


def test_autonomous_areas():
    text = ("The mine is in Jinping Miao, Yao and Dai Autonomous County, near Weining Yi, Hui "
            "and Miao Autonomous County; the Ewenki Autonomous Banner is far away.")
    got = _labels(autonomous_areas(text))
    assert "Jinping Miao, Yao and Dai Autonomous County" in got
    assert "Weining Yi, Hui and Miao Autonomous County" in got
    assert "Ewenki Autonomous Banner" in got
    assert autonomous_areas("Autonomous Region of Xinjiang and Tibet Autonomous Region") == []


def test_rank_of_a_named_place(rank_draft):
    got = {(e.label, str(e.cls).rsplit("#", 1)[-1]) for e in rank_draft.entities.values()
           if not e.known}
    assert {("Tarija Province", "Province"), ("Tarija", "Province")} & got
    assert ("Kolokani", "Place") in got
    assert ("Mbeya", "Region") in got
    assert ("Bukavu", "City") in got
    assert not any("Nigerien" in label or "Tanzanian" in label for label, _ in got)
    assert not any(label in ("Market", "The Market") for label, _ in got)


# --- in a draft: the relations ----------------------------------------------------------------

_DRAFT_TEXT = """Brine permits awarded in Jujuy

JUJUY, Argentina, 3 March -- The government of Argentina's Jujuy province awarded two brine
permits on the Salar de Olaroz Norte, a salt flat in the Susques department, officials said.
The Hami branch of Xinjiang Nonferrous Metal Industry Group won one of them, and the Lopnur
customs office will check the shipments.

A tailings dam failed in Shimen County in March; the county's emergency management bureau
fined the owner.
"""


_RANK_TEXT = """Tin buyers tour the Andes

Traders from the Bolivian province of Tarija met buyers from the Malian town of Kolokani and
the Tanzanian region of Mbeya before flying to the city of Bukavu. The state of the market was
weak, said a trader in the Nigerien region.
"""


def _ingest(tmp_path_factory, text, name):
    from kg.ingest.knowledge.snapshot import open_for_ingest
    from kg.ingest.pipeline import ingest
    from kg.ingest.reading.text import read_article
    p = tmp_path_factory.mktemp("r16op") / f"{name}.txt"
    p.write_text(text, encoding="utf-8")
    return ingest(open_for_ingest(None, None), read_article(p), f"r16-{name}")


@pytest.fixture(scope="module")
def rank_draft(tmp_path_factory):
    return _ingest(tmp_path_factory, _RANK_TEXT, "ranks")


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    return _ingest(tmp_path_factory, _DRAFT_TEXT, "jujuy")


def _ent(draft, label):
    got = [e for e in draft.entities.values() if e.label == label]
    assert got, sorted(e.label for e in draft.entities.values())
    return got[0]


def _located(draft, ent):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o) for p, o, _, _ in ent.statements if str(p).endswith("locatedIn")}


def test_draft_government_and_feature_are_placed(draft):
    # round 42: a body's name states its jurisdiction, no location the curators record
    # (place:body-of-named-place, dropped): the government is not placed by its name
    gov = _ent(draft, "Government of Jujuy province")
    assert not {"Jujuy Province", "Jujuy"} & _located(draft, gov)
    salar = _ent(draft, "Salar de Olaroz Norte")
    assert "Susques department" in _located(draft, salar)


def test_draft_body_named_by_its_level_is_in_that_place(draft):
    # the county's bureau is named after the county the text names before it; round 42: a
    # body's name gives no locatedIn (its jurisdiction, not a location the curators record)
    body = [e for e in draft.entities.values() if "emergency management bureau" in e.label.lower()]
    assert body and body[0].label.startswith("Shimen County")
    assert "Shimen County" not in _located(draft, body[0])


def test_draft_branch_is_a_unit(draft):
    branch = _ent(draft, "Hami branch of Xinjiang Nonferrous Metal Industry Group")
    assert any(str(p).endswith("unitOf") for p, _, _, _ in branch.statements)
