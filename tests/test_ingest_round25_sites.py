"""Round 25, sites: an indefinite facility a company "runs" or "opened" for the metals named
after "for" ("runs a bonded warehouse for zinc and lead"), new heads of transport and trade
sites (a supply chain base, a distribution center, a rail spur); "the rail spur" after "a ...
rail spur" in a paragraph about a named park is a part of that park; several works of one
owner named by a plural ("its refineries in X", "the ingot lines of the Group"); an address
after the name it places ("Venue: X College, Y District, Z", a table cell's next line). Each
with a case that must not change."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _ent(draft, label):
    return next((e for e in draft.new() if e.label.lower() == label.lower()), None)


def _labels(draft):
    return {e.label for e in draft.new()}


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, _, _ in ent.statements if p == pred}


PARK = """Hengyuan Port Logistics Park Starts Operation

The Hengyuan Port Logistics Park opened on Tuesday beside the river. The park
covers 30 hectares, with three sheds, an open storage yard and a 1.8 km
rail spur linked to the trunk line.

Tenants

  (1) Dongling Copper Co., Ltd. runs a bonded warehouse for copper cathode and
      zinc, its second in the province.
  (2) Xiguang Trading Co., Ltd. opened a metals supply chain base for aluminium
      ingots, with a five-year lease.
  (3) Beiyuan Materials Co., Ltd. runs a warehouse, as it has done since 2019.

Next steps

  1. The rail spur will take its first block train of ore in March.
  2. Beiyuan Materials Co., Ltd. will paint the warehouse in April.
"""


@pytest.fixture(scope="module")
def park(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, PARK, "r25-sites-park")


def test_a_facility_a_company_runs_for_metals(park):
    w = _ent(park, "Dongling Copper bonded warehouse")
    assert w is not None and w.cls == NFO.Site
    assert _objects(park, w, NFO.ownedBy) == {"Dongling Copper Co., Ltd."}
    assert _objects(park, w, NFO.concernsMetal) == {"Copper", "Zinc"}
    assert "bonded warehouse" in w.aliases
    b = _ent(park, "Xiguang Trading metals supply chain base")
    assert b is not None
    assert _objects(park, b, NFO.ownedBy) == {"Xiguang Trading Co., Ltd."}
    assert "Aluminium" in _objects(park, b, NFO.concernsMetal)


def test_a_facility_run_with_nothing_said_of_it_mints_nothing(park):
    # ("runs a warehouse, as it has done": no place, size or metal says which)
    assert not [e for e in park.new() if e.cls == NFO.Site and "Beiyuan" in e.label]
    # ("first block train": a train, not a block)
    assert not [e for e in park.new() if e.cls == NFO.Site and "block" in e.label.lower()]


def test_the_rail_spur_of_a_park_the_paragraph_introduced(park):
    spur = _ent(park, "Rail spur of the Hengyuan Port Logistics Park")
    assert spur is not None and spur.cls == NFO.Site
    assert _objects(park, spur, NFO.locatedIn) == {"Hengyuan Port Logistics Park"}
    assert not _objects(park, spur, NFO.ownedBy)


PLURAL = """Taihe Group ships alumina to Xiangyun Aluminium Co., Ltd. and to the smelters in
Yunnan. Taihe Group took three cargoes of bauxite for its refineries in Shanxi Province last
month.

The seller also supplies gas to the copper rod plants of Xiangyun Aluminium in the Kunming
region. The plants were idle in May. Its two plants in Hubei Province closed.
"""


@pytest.fixture(scope="module")
def plural(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, PLURAL, "r25-sites-plural")


def test_works_of_one_owner_named_by_a_plural(plural):
    r = next((e for e in plural.new() if e.label.startswith("Refineries of Taihe Group")), None)
    assert r is not None and r.cls == NFO.Site
    assert _objects(plural, r, NFO.ownedBy) == {"Taihe Group"}
    assert any("Shanxi" in p for p in _objects(plural, r, NFO.locatedIn))
    assert "refineries" in r.aliases
    # (another rule read "copper rod plants" as a name: the owner is that site's)
    rods = next((e for e in plural.new() if e.label.lower().startswith("copper rod plants")),
                None)
    assert rods is not None
    assert _objects(plural, rods, NFO.ownedBy) == {"Xiangyun Aluminium Co., Ltd."}
    assert "Copper" in _objects(plural, rods, NFO.concernsMetal)


def test_plurals_without_an_owner_or_in_passing_mint_nothing(plural):
    labels = _labels(plural)
    # ("the smelters in Yunnan": whose?; "the plants were idle"; "its two plants": counted)
    assert not [x for x in labels if x.lower().startswith(("smelters", "plants"))]


ADDRESS = """Training Class Notice

Dates:      9 to 13 March 2027
Venue:      Huaqiao Cadre College, Lianhu District, Xi'an,
            Shaanxi Province

+------------+------------------------------------------+
| Buyer      | Ruifeng Magnesium Co., Ltd.              |
|            | Qianhe District, Weinan                  |
+------------+------------------------------------------+

Members came from Fuping, Heyang and Pucheng.
"""


@pytest.fixture(scope="module")
def address(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, ADDRESS, "r25-sites-address")


def test_an_address_after_the_name_it_places(address):
    college = _ent(address, "Huaqiao Cadre College")
    assert college is not None
    assert _objects(address, college, NFO.locatedIn) == {"Lianhu District"}
    buyer = _ent(address, "Ruifeng Magnesium Co., Ltd.")
    assert buyer is not None
    assert "Qianhe District" in _objects(address, buyer, NFO.locatedIn)


def test_a_list_of_peer_places_is_no_address(address):
    for e in address.new():
        if e.label in ("Fuping", "Heyang", "Pucheng"):
            assert not _objects(address, e, NFO.locatedIn) & {"Heyang", "Pucheng"}


def test_plural_sites_and_parts_read_in_linear_time(snapshot_kg):
    unit = ("Kexin Group took a cargo for its refineries in Shanxi Province and the copper "
            "rod plants of the Group in the Kunming region. The Lanxi Logistics Park opened. "
            "It has a 2 km rail spur. The rail spur of it runs east.\n\n")
    text = unit * 240
    draft = linear_cpu(lambda t: draft_of(snapshot_kg, t, "r25-sites-linear", "r25-sites.txt"),
                       text, "plural sites and parts of parks")
    assert draft.entities


USERS = """Winter load plan

The Luhe Metals Park opened in 2025 beside Shimen Port Area of Dajiang Port in Lianhu
District, Xi'an. The park is built and run by Luhe Park Development Co., Ltd., and the
district owns the land. Dajiang Port handled 3 million tonnes of ore last year.

   No.  User                                  Site                     Base
   ---  ------------------------------------  -----------------------  ----
   1    Lianhu Jinfeng Magnesium Co., Ltd.    Lianhu District            40
   2    Baotai Group Hengxin Titanium
        Alloy Co., Ltd.                       Luhe Metals Park           25
"""


@pytest.fixture(scope="module")
def users(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, USERS, "r25-sites-users")


def test_a_row_names_where_its_user_is_under_site(users):
    a = _ent(users, "Lianhu Jinfeng Magnesium Co., Ltd.")
    assert a is not None and _objects(users, a, NFO.locatedIn) == {"Lianhu District"}
    b = _ent(users, "Baotai Group Hengxin Titanium Alloy Co., Ltd.")
    assert b is not None and "Luhe Metals Park" in _objects(users, b, NFO.locatedIn)
    # (the known group printed inside the longer name is not the row's user)
    group = next(e for e in users.entities.values() if e.label == "Baotai Group")
    assert not _objects(users, group, NFO.locatedIn)


def test_the_park_is_run_by_and_a_port_area_of_a_port(users):
    park = _ent(users, "Luhe Metals Park")
    assert park is not None
    assert _objects(users, park, NFO.ownedBy) == {"Luhe Park Development Co., Ltd."}
    area = next(e for e in users.new() if e.label.startswith("Shimen Port Area"))
    port = next(e for e in users.new() if e.label == "Dajiang Port")
    assert port.label in _objects(users, area, NFO.locatedIn)
    # ("the district owns the land": no district owns the park)
    assert len(_objects(users, park, NFO.ownedBy)) == 1


OURS = """Hexing Power Supply Company

Notice on the spring maintenance

The plan was agreed at a meeting held on Monday at our dispatching control
center. Users shall call the dispatching control center before any switching.
"""


@pytest.fixture(scope="module")
def ours(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, OURS, "r25-sites-ours")


def test_our_facility_is_the_writers_own(ours):
    c = next((e for e in ours.new() if e.cls == NFO.Site and "control center" in e.label),
             None)
    assert c is not None
    assert _objects(ours, c, NFO.ownedBy) == {"Hexing Power Supply Company"}
    # (the later "the dispatching control center" is the same site)
    assert len([e for e in ours.new() if e.cls == NFO.Site]) == 1


ZONE = """The Lanxi High-tech Zone hosts forty firms.

Xinhe Metals Co., Ltd. runs a copper rod plant in the zone. Its flash furnace retrofit
ended in May, and the flash furnace retrofit won an award.
"""


@pytest.fixture(scope="module")
def zone(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, ZONE, "r25-sites-zone")


def test_a_facility_in_the_zone_is_in_the_zone_named_before(zone):
    plant = _ent(zone, "Xinhe Metals copper rod plant")
    assert plant is not None
    assert _objects(zone, plant, NFO.locatedIn) == {"Lanxi High-tech Zone"}
    assert _objects(zone, plant, NFO.ownedBy) == {"Xinhe Metals Co., Ltd."}
    # ("the flash furnace retrofit": a work on the furnace, no furnace of its own)
    assert not [e for e in zone.new() if e.cls == NFO.Site and "furnace" in e.label]


FIELDS = """Visit programme

09:00-11:30  Talks with the port authority
13:30-17:00  Site visit: bonded copper warehouse of Donghai Tongda Logistics
             Co., Ltd.
Note:        warehouse staff will guide the group.

The bureau found that Weixin Magnesium Co., Ltd. ("Weixin" or "the company"),
whose smelter is in Fugu County, Yulin, kept no records, and that Tianshan Zinc
Co., Ltd., whose smelter is in Fugu County too, filed late. It was a test.
"""


@pytest.fixture(scope="module")
def fields(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, FIELDS, "r25-sites-fields")


def test_a_field_value_names_a_facility_of_its_owner(fields):
    w = next((e for e in fields.new() if e.cls == NFO.Site and "warehouse" in e.label), None)
    assert w is not None
    assert _objects(fields, w, NFO.ownedBy) == {"Donghai Tongda Logistics Co., Ltd."}
    assert "Copper" in _objects(fields, w, NFO.concernsMetal)
    # ("Note: warehouse staff": no owner after "of", no site)
    assert len([e for e in fields.new() if e.cls == NFO.Site and "warehouse" in e.label]) == 1


def test_whose_smelter_is_in_a_place_one_per_owner(fields):
    smelters = [e for e in fields.new() if e.cls == NFO.Site and "melter" in e.label]
    owners = {o for e in smelters for o in _objects(fields, e, NFO.ownedBy)}
    assert owners == {"Weixin Magnesium Co., Ltd.", "Tianshan Zinc Co., Ltd."}
    assert len(smelters) == 2
    assert all(_objects(fields, e, NFO.locatedIn) == {"Fugu County"} for e in smelters)


TERMINAL = """Training notice

Trainees will visit Dongshan Terminal on Tuesday. On Wednesday they practise at the
mechanical sampling station of Dongshan Terminal, and on Thursday at the sampling
station of the city, which has no name.
"""


@pytest.fixture(scope="module")
def terminal(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, TERMINAL, "r25-sites-terminal")


def test_a_facility_of_a_named_site_is_in_it(terminal):
    st = next((e for e in terminal.new() if e.cls == NFO.Site and "sampling" in e.label), None)
    assert st is not None
    assert _objects(terminal, st, NFO.locatedIn) == {"Dongshan Terminal"}
    assert "mechanical sampling station" in st.aliases
    # ("the sampling station of the city": of no named site, no owner: nothing more)
    assert len([e for e in terminal.new() if e.cls == NFO.Site and "sampling" in e.label]) == 1


SITEWORD = """Hengda Magnesium Co., Ltd. will build a new line at its site in Fugu County next
year. Visitors toured the site on Monday, and a site in Shenmu was also offered.
"""


@pytest.fixture(scope="module")
def siteword(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, SITEWORD, "r25-sites-siteword")


def test_a_companys_site_in_a_place(siteword):
    sites = [e for e in siteword.new() if e.cls == NFO.Site]
    own = [e for e in sites if _objects(siteword, e, NFO.ownedBy) == {"Hengda Magnesium Co., Ltd."}]
    assert len(own) == 1 and _objects(siteword, own[0], NFO.locatedIn) == {"Fugu County"}
    # ("the site", "a site in Shenmu": no owner, no site)
    assert not [e for e in sites if "Shenmu" in e.label]
    assert len(sites) == 1


BERTHS = """Vessel notice

Ships for Xinhe Terminal, Baishui Port will berth on Monday. Cargo moves through
Dongfeng Port, Baishui Port and Linhai Port this week.
"""


@pytest.fixture(scope="module")
def berths(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BERTHS, "r25-sites-berths")


def test_a_site_then_its_port(berths):
    t = _ent(berths, "Xinhe Terminal")
    assert t is not None and _objects(berths, t, NFO.locatedIn) == {"Baishui Port"}
    # (a list of ports: peers, none in another)
    for e in berths.new():
        if e.label in ("Dongfeng Port", "Baishui Port", "Linhai Port"):
            assert not _objects(berths, e, NFO.locatedIn) & {"Baishui Port", "Linhai Port"}
