"""`kg ingest` round 11, facilities and metals helper: facilities named by a common noun, read
from short articles written for these tests (own words; invented companies, places and figures).

* "its tin smelter", "the company's wheel plant", "X's separation plant", "the smelter" (in an
  article about one company) are a site (``nfo:Site``) owned by that company, with the metals
  and the place their own words give; later "the smelter" is the same site.
* "the smelter" after a named smelting project is that project, not a new site.
* Plurals, indefinites, "every", a facility named in passing with nothing said of it, and a head
  that is only a modifier ("the smelter project", "plant protection") mint nothing."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r11fac") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _sites(draft):
    return [e for e in draft.entities.values() if e.cls == NFO.Site and not e.known
            and e.rule == "site:facility-noun"]


def _metals(draft, ent):
    return {lab for lab in links(draft, ent, NFO.concernsMetal)}


@pytest.fixture(scope="module")
def tin(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-tin", (
        "Yunnan tin maker to stop smelter for relining\n\n"
        "KUNMING, June 3 -- Honghe Xinye Tin Co., Ltd. said on Tuesday that it would stop its "
        "tin smelter for 30 days from June 20 so that the furnaces can be relined.\n\n"
        "The smelter is located in Gejiu, Yunnan Province, and can turn out 45,000 tonnes of "
        "refined tin and 300 tonnes of indium a year.\n\n"
        "Traders said the halt would tighten supply. Smelters in China have cut runs since "
        "March, and one analyst said a new plant would be needed within five years. The "
        "smelter project that the county proposed in 2019 was never built.\n"))


def test_its_smelter_is_a_site_of_the_company_with_its_metals_and_place(tin):
    sites = _sites(tin)
    assert len(sites) == 1, [s.label for s in sites]
    site = sites[0]
    assert site.label.startswith("Honghe Xinye Tin"), site.label
    owners = links(tin, site, NFO.ownedBy)
    assert [o for o in owners if o.startswith("Honghe Xinye Tin")], owners
    assert {"Tin", "Indium"} <= _metals(tin, site), _metals(tin, site)
    assert "Gejiu" in links(tin, site, NFO.locatedIn), links(tin, site, NFO.locatedIn)
    # the later "The smelter" is the same site
    said = {tin.text[m.start:m.end] for m in site.mentions}
    assert "The smelter" in said, said


@pytest.fixture(scope="module")
def nickel(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-nickel", (
        "Nanhai Cobalt Materials lifts half-year output\n\n"
        "Nanhai Cobalt Materials Co., Ltd. said on Friday that its HPAL plant in Morowali, "
        "Indonesia, had run at full rate since January.\n\n"
        "The plant produced 12,000 tonnes of nickel and 1,100 tonnes of cobalt in mixed "
        "hydroxide precipitate in the first half, up 18% on a year earlier.\n\n"
        "Every refinery in the region has had to buy more sulfur this year, and the company "
        "said prices had been stable before leaving the port.\n"))


def test_the_plant_later_is_the_plant_named_before_and_gets_its_metals(nickel):
    # ("its HPAL plant in Morowali" is named by the project-noun rule: no second site)
    said = [e for e in nickel.entities.values() if not e.known and any(
        nickel.text[m.start:m.end] == "The plant" for m in e.mentions)]
    assert len(said) == 1, [e.label for e in said]
    assert "HPAL plant" in said[0].label, said[0].label
    assert {"Nickel", "Cobalt"} <= _metals(nickel, said[0]), _metals(nickel, said[0])
    assert _sites(nickel) == [], [s.label for s in _sites(nickel)]     # not "Every refinery"


@pytest.fixture(scope="module")
def wheels(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-wheels", (
        "Magnesium wheel maker adds a second shift\n\n"
        "Shanxi Yunfeng Magnesium Co., Ltd. will hire 200 workers this summer. The company's "
        "magnesium alloy wheel plant in Wenxi County has orders for 400,000 wheels this year, "
        "its sales manager said.\n\n"
        "Shanxi Yunfeng Magnesium also runs a magnesium smelter. Before the alloy leaves the "
        "plant, each wheel is X-rayed.\n"))


def test_the_companys_plant_is_owned_by_the_company(wheels):
    plant = [e for e in wheels.entities.values() if not e.known and e.cls == NFO.Site
             and "wheel plant" in e.label]
    assert len(plant) == 1, sorted(e.label for e in wheels.entities.values())
    assert [o for o in links(wheels, plant[0], NFO.ownedBy) if o.startswith("Shanxi Yunfeng")]
    assert _sites(wheels) == [], [s.label for s in _sites(wheels)]   # "a magnesium smelter"


@pytest.fixture(scope="module")
def project(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-project", (
        "Qinglong Zinc starts work on smelting project\n\n"
        "Qinglong Zinc Co., Ltd. broke ground on the Qinglong 100,000-Tonne Zinc Smelting "
        "Project in Liupanshui on Friday.\n\n"
        "The smelter will produce zinc ingots and recover germanium from 2028, the company "
        "said.\n"))


def test_the_smelter_after_a_smelting_project_is_that_project(project):
    assert _sites(project) == [], [s.label for s in _sites(project)]
    proj = [e for e in project.entities.values() if not e.known
            and "Smelting Project" in e.label]
    assert proj, sorted(e.label for e in project.entities.values())
    said = {project.text[m.start:m.end] for m in proj[0].mentions}
    assert "The smelter" in said, said


@pytest.fixture(scope="module")
def rare_earths(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-rare-earths", (
        "Rare earth separator to double capacity\n\n"
        "Longnan Huirong Rare Earth Co., Ltd. plans to raise output of separated oxides. "
        "Longnan Huirong Rare Earth's separation plant in Longnan County treats ionic clay "
        "concentrate from Jiangxi and Guangdong.\n\n"
        "The separation plant employs 350 people. Rare earth separation plants across the "
        "province face new quotas.\n"))


def test_a_possessive_names_the_owner_and_a_modified_head_chains(rare_earths):
    sites = _sites(rare_earths)
    assert len(sites) == 1, [s.label for s in sites]
    site = sites[0]
    assert [o for o in links(rare_earths, site, NFO.ownedBy) if o.startswith("Longnan Huirong")]
    assert "separation plant" in site.aliases, site.aliases


@pytest.fixture(scope="module")
def makers(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-makers", (
        "Two metal makers report results\n\n"
        "Baiyin Hongda Zinc Co., Ltd. said on Monday that its profit doubled. The company made "
        "210,000 tonnes of zinc and 90 tonnes of indium last year.\n\n"
        "Hunan Lianxin Cobalt Co., Ltd. buys most of its cobalt from Congo. Yunnan Gejiu "
        "Xikuang Co., Ltd. turns out about 8,000 tonnes of refined tin a year.\n\n"
        "Guangxi Pinghe Trading Co., Ltd. said copper prices rose 3% in the week.\n"))


def _company(draft, start):
    found = [e for e in draft.entities.values() if e.label.startswith(start)]
    assert found, sorted(e.label for e in draft.entities.values())
    return found[0]


def test_the_company_made_gives_its_metals(makers):
    zinc = _company(makers, "Baiyin Hongda Zinc")
    assert {"Zinc", "Indium"} <= _metals(makers, zinc), _metals(makers, zinc)


def test_its_metal_before_a_preposition_and_a_verb_of_making(makers):
    cobalt = _company(makers, "Hunan Lianxin Cobalt")
    assert "Cobalt" in _metals(makers, cobalt), _metals(makers, cobalt)
    tin = _company(makers, "Yunnan Gejiu Xikuang")
    assert _metals(makers, tin) == {"Tin"}, _metals(makers, tin)


def test_a_company_that_only_talks_of_a_price_gets_no_metal(makers):
    trader = _company(makers, "Guangxi Pinghe Trading")
    assert "Copper" not in {lab for lab, (rule, _) in links(
        makers, trader, NFO.concernsMetal).items() if not rule.startswith(("context:article",
                                                                           "prior:"))}


@pytest.fixture(scope="module")
def groundwork(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-groundwork", (
        "Work starts on Zimbabwe lithium mine\n\n"
        "HARARE, May 4 -- Construction of a hard-rock lithium mine near Goromonzi and of its "
        "concentrate plant began on Saturday, the owner, Zambezi Lithium Co., Ltd., said.\n\n"
        "The construction of roads in the district will take two more years.\n"))


def test_construction_of_a_mine_and_of_its_plant_names_two_projects(groundwork):
    projects = sorted(e.label for e in groundwork.entities.values() if not e.known
                      and e.cls == NFO.Project)
    low = [p.lower() for p in projects]
    assert any("hard-rock lithium mine" in p for p in low), projects
    assert any("concentrate plant" in p for p in low), projects
    assert not any("road" in p for p in low), projects


@pytest.fixture(scope="module")
def warehouse(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-warehouse", (
        "Aluminium stocks climb at Malaysian port\n\n"
        "KUALA LUMPUR, March 2 -- Istana Logistics Sdn Bhd said on Monday that its warehouse "
        "now holds 210,000 tonnes of aluminium, the most since 2021. The warehouse, which "
        "opened in 2018, stores metal for traders. Warehouses in Rotterdam also saw higher "
        "stocks.\n\n"
        "Separately, Perak Tin Smelting Bhd said the company's Butterworth smelter would cut "
        "output of refined tin by 10% in April. The smelter treats ore from Rwanda.\n"))


def test_a_bare_the_smelter_is_the_smelter_named_before_whoever_leads(warehouse):
    sites = {s.label: s for s in _sites(warehouse)}
    smelter = [s for label, s in sites.items() if "Butterworth smelter" in label]
    assert len(smelter) == 1, sorted(sites)
    said = {warehouse.text[m.start:m.end] for m in smelter[0].mentions}
    assert "The smelter" in said, said
    assert [o for o in links(warehouse, smelter[0], NFO.ownedBy) if o.startswith("Perak Tin")]
    store = [s for label, s in sites.items() if label.endswith("warehouse")]
    assert len(store) == 1 and [o for o in links(warehouse, store[0], NFO.ownedBy)
                                if o.startswith("Istana Logistics")], sorted(sites)
