"""`kg ingest` round 16, sites and projects helper: facilities (sites) and the projects that
build or change them, read from short texts written for these tests (own words; invented
companies, places and figures, other metals and countries than the dev sets).

* A facility named by its capacity ("a 90,000-tonne nickel matte smelter") is a project while
  its sentence speaks of planning, building, money or the future, and a site at work when a
  verb of running or a definite determiner stands before it and nothing of the kind is said."""
from __future__ import annotations

import pytest

from kg.ingest.names.capacities import capacity_projects


def _classes(text):
    return [(c.label, c.cls) for c in capacity_projects(text)]


@pytest.mark.parametrize("text,label", [
    ("Norvik Metals operates a 90,000-tonne-a-year nickel matte smelter near Harjavalta and "
     "sells the matte to Japan.", "90,000-tonne-a-year nickel matte smelter"),
    ("The cobalt is refined at its 12,000 t/a cobalt sulphate plant, which employs 400 people.",
     "12,000 t/a cobalt sulphate plant"),
    ("Power prices hit margins at the 250,000-tonne aluminium smelter last quarter.",
     "250,000-tonne aluminium smelter"),
    ("Andes Cobre owns a 3 million tonnes a year copper mine in Atacama.",
     "3 million tonnes a year copper mine"),
    ("Output at Kestrel Power's 600 MW hydropower station fell by a fifth in April.",
     "600 MW hydropower station"),
])
def test_a_facility_at_work_named_by_its_capacity_is_a_site(text, label):
    assert (label, "Site") in _classes(text), _classes(text)


@pytest.mark.parametrize("text,label", [
    ("Norvik Metals will build a 90,000-tonne nickel matte smelter near Harjavalta.",
     "90,000-tonne nickel matte smelter"),
    ("The group signed a deal for a 40,000-tonne lithium hydroxide plant with an investment of "
     "2 billion yuan.", "40,000-tonne lithium hydroxide plant"),
    ("Andes Cobre is studying a 3 million tonnes a year copper mine in Atacama.",
     "3 million tonnes a year copper mine"),
    ("Construction of the 250,000-tonne aluminium smelter is due to finish in 2028.",
     "250,000-tonne aluminium smelter"),
    ("Its new 5,000-tonne titanium sponge line runs on hydropower.",
     "5,000-tonne titanium sponge line"),
    # no verb of running and no determiner: left a project, as before
    ("A 30,000-tonne zinc oxide kiln, Qiaotou's second, sits beside the river.",
     "30,000-tonne zinc oxide kiln"),
])
def test_a_facility_planned_built_or_changed_is_a_project(text, label):
    assert (label, "Project") in _classes(text), _classes(text)


def test_a_power_line_named_by_its_voltage_is_a_project_and_a_bare_tonnage_line_is_nothing():
    got = _classes("Crews strung the last span of a 500 kV line across the river. A 3-tonne "
                   "line was idle.")
    assert got == [("500 kV line", "Project")], got


def test_a_project_head_stays_a_project_whatever_its_verb():
    assert _classes("Norvik runs the 90,000-tonne nickel smelting project.") == [
        ("90,000-tonne nickel smelting project", "Project")]


# --- facilities introduced by "a / an <head> in <place>", and facilities called by a name ---

from pathlib import Path  # noqa: E402

from kg.ingest.pipeline import ingest  # noqa: E402
from kg.ingest.reading.text import read_article  # noqa: E402
from kg.ingest.terms import NFO  # noqa: E402

_PLACED = (
    "Cobalt refiner expands in the north\n\n"
    "BAOTOU, May 12 -- Kivu Cobalt Refining Co., Ltd. refines cobalt hydroxide at a refinery "
    "near Hechi and ships the sulphate to Ningbo, the company said on Tuesday. Its rival, "
    "Lualaba Metals Co., Ltd., a smelter in Gejiu, reported lower sales.\n\n"
    "Inspectors said tailings had been dumped in a disused quarry outside Chenzhou. Lualaba "
    "Metals plans to build a nickel matte smelter in Ganzhou next year.\n")

_NAMED = (
    "Hydropower keeps aluminium smelter running through dry spell\n\n"
    "KUNMING, March 3 -- Hillcrest Aluminium Co., Ltd. kept all its potlines running in "
    "February, the company said on Monday, although rainfall in the province was a third "
    "below normal.\n\n"
    "Most of its power now comes from the Tamsa station. Ridgeway Hydro Power Co., Ltd., which "
    "owns the Tamsa station, said the reservoir held enough water for six weeks.\n")


def _draft(kg, tmp_path_factory, name, text):
    path = Path(tmp_path_factory.mktemp("r16sites")) / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


@pytest.fixture(scope="module")
def placed(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-placed", _PLACED)


@pytest.fixture(scope="module")
def named(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-named", _NAMED)


def _new(draft, cls):
    return {e.label: e for e in draft.entities.values() if str(e.cls) == str(cls) and not e.known}


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, _, _ in ent.statements if str(p) == str(pred)}


def test_an_indefinite_facility_with_its_place_is_a_site_there(placed):
    sites = _new(placed, NFO.Site)
    assert "Refinery near Hechi" in sites, sorted(sites)
    site = sites["Refinery near Hechi"]
    assert _objects(placed, site, NFO.locatedIn) == {"Hechi"}
    # the subject that refines cobalt there owns it
    assert _objects(placed, site, NFO.ownedBy) == {"Kivu Cobalt Refining Co., Ltd."}
    quarry = sites.get("Disused quarry outside Chenzhou")
    assert quarry is not None, sorted(sites)
    assert _objects(placed, quarry, NFO.locatedIn) == {"Chenzhou"}
    assert not _objects(placed, quarry, NFO.ownedBy)     # (who dumped there does not own it)


def test_an_apposition_saying_what_a_company_is_mints_no_site(placed):
    assert not [s for s in _new(placed, NFO.Site) if "Gejiu" in s], sorted(_new(placed, NFO.Site))


def test_a_facility_still_to_be_built_is_a_project(placed):
    projects = _new(placed, NFO.Project)
    assert "Nickel matte smelter in Ganzhou" in projects, sorted(projects)
    assert not [s for s in _new(placed, NFO.Site) if "Ganzhou" in s]


def test_a_facility_called_by_its_own_name_is_a_site_with_its_stated_owner(named):
    sites = _new(named, NFO.Site)
    assert "Tamsa station" in sites, sorted(sites)
    # the article's company is not the owner the text states
    assert _objects(named, sites["Tamsa station"], NFO.ownedBy) == {
        "Ridgeway Hydro Power Co., Ltd."}


# --- facilities listed after their owner (tables, rankings, lists) ---

_LISTED = (
    "Provincial list of water-saving smelters and refineries\n\n"
    "The department has reviewed the applications. The plants below meet the new water-use "
    "standard:\n\n"
    "  Company and plant                                        Place              Water use\n"
    "  Hechi Xinhua Tin Co., Ltd., electrolytic tin plant       Hechi, Guangxi     3.1 t/t\n"
    "  Baise Ruiyuan Alumina Co., Ltd. - Pingguo refinery                          1.9 t/t\n"
    "  Nandan Jinlong Antimony Co., Ltd.: antimony oxide kiln   Nandan, Guangxi    2.4 t/t\n\n"
    "Lualaba Metals Co., Ltd., a smelter in Gejiu, said on Monday it would apply next year.\n")


@pytest.fixture(scope="module")
def listed(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-listed", _LISTED)


@pytest.mark.parametrize("label,owner,place,metal", [
    ("Electrolytic tin plant of Hechi Xinhua Tin", "Hechi Xinhua Tin Co., Ltd.", "Hechi", "Tin"),
    ("Pingguo refinery of Baise Ruiyuan Alumina", "Baise Ruiyuan Alumina Co., Ltd.", "Pingguo",
     None),
    ("Antimony oxide kiln of Nandan Jinlong Antimony", "Nandan Jinlong Antimony Co., Ltd.",
     "Nandan", "Antimony"),
])
def test_a_facility_listed_after_its_owner_is_its_site(listed, label, owner, place, metal):
    sites = _new(listed, NFO.Site)
    assert label in sites, sorted(sites)
    site = sites[label]
    assert _objects(listed, site, NFO.ownedBy) == {owner}
    assert place in _objects(listed, site, NFO.locatedIn)      # (its own words or its row)
    if metal:
        assert metal in _objects(listed, site, NFO.concernsMetal)


def test_prose_after_a_company_name_lists_no_site(listed):
    assert not [s for s in _new(listed, NFO.Site) if "Lualaba" in s or "Gejiu" in s], \
        sorted(_new(listed, NFO.Site))


# --- sites named by a head and a code ---

_CODED = (
    "Copper permits auctioned in the north\n\n"
    "ULAANBAATAR, May 4 -- The mining ministry sold four exploration licences on Tuesday.\n\n"
    "1. Licence XV-014 (12,300 hectares): Gobi Copper LLC, 2.1 million dollars\n"
    "2. Licence XV-019 (9,800 hectares): Altan Resources LLC, 1.4 million dollars\n\n"
    "Licences XV-021 and XV-022 drew no bids. XV-021 will be offered again in the autumn.\n"
    "Workers at Shaft 4 struck for two days. The company sold a block of shares to a fund.\n")


@pytest.fixture(scope="module")
def coded(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-coded", _CODED)


def test_a_head_and_a_code_name_one_site_each_and_a_list_row_gives_its_holder(coded):
    sites = _new(coded, NFO.Site)
    for label in ("Licence XV-014", "Licence XV-019", "Licence XV-021", "Licence XV-022",
                  "Shaft 4"):
        assert label in sites, sorted(sites)
    assert _objects(coded, sites["Licence XV-014"], NFO.ownedBy) == {"Gobi Copper LLC"}
    assert _objects(coded, sites["Licence XV-019"], NFO.ownedBy) == {"Altan Resources LLC"}
    assert not _objects(coded, sites["Licence XV-021"], NFO.ownedBy)
    # the code alone later is the same site
    said = [coded.text[m.start:m.end] for m in sites["Licence XV-021"].mentions]
    assert "XV-021" in said, said


def test_a_lower_case_head_or_a_code_without_a_digit_names_no_site(coded):
    assert not [s for s in _new(coded, NFO.Site) if "block" in s.lower()], \
        sorted(_new(coded, NFO.Site))


# --- projects named by their noun with their owner, and schemes an article introduces ---

_PROJECTS = (
    "Nickel city signs six projects\n\n"
    "JINCHANG, April 9 -- Six projects worth 9 billion yuan were signed on Thursday. Among "
    "them:\n"
    "- a high-purity nickel and cobalt salts project of Gansu Ruida New Materials Co., Ltd. in "
    "Yongchang County, 2.1 billion yuan;\n"
    "- a copper foil project for batteries of Lanzhou Jintai Copper Co., Ltd. in Jinchang, 1.2 "
    "billion yuan.\n\n"
    "The first payout of a nickel price insurance scheme that covers small miners was made in "
    "May. An airline pilot who flew in said the weather was fine.\n")


@pytest.fixture(scope="module")
def projects(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-projects", _PROJECTS)


@pytest.mark.parametrize("label,owner,place", [
    ("High-purity nickel and cobalt salts project", "Gansu Ruida New Materials Co., Ltd.",
     "Yongchang County"),
    ("Copper foil project for batteries", "Lanzhou Jintai Copper Co., Ltd.", "Jinchang"),
])
def test_a_project_of_a_company_in_a_place_is_its_project_there(projects, label, owner, place):
    found = _new(projects, NFO.Project)
    assert label in found, sorted(found)
    assert owner in _objects(projects, found[label], NFO.ownedBy)
    assert place in _objects(projects, found[label], NFO.locatedIn)


def test_a_scheme_the_article_introduces_is_a_project_and_a_person_is_not(projects):
    found = _new(projects, NFO.Project)
    assert "Nickel price insurance scheme" in found, sorted(found)
    assert not [p for p in found if "pilot" in p.lower()], sorted(found)


# --- a project's name through its contract form, phase or lot ---

_QUALIFIED = (
    "Bid Winning Candidates Announced\n\n"
    "Copper Anode Furnace Renovation Project (Phase II) of Tongling Nonferrous Metals Group "
    "Co., Ltd.\n\n"
    "The Harbour Access Road Project (Lot 3) will be tendered in May. The Nickel Sulphate "
    "Expansion Project (EPC) drew four bids. The Harbour Access Road Project (which the port "
    "proposed) is funded by the city.\n")


@pytest.fixture(scope="module")
def qualified(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-qualified", _QUALIFIED)


def test_a_project_name_goes_on_through_its_qualifier_and_owner(qualified):
    found = _new(qualified, NFO.Project)
    full = ("Copper Anode Furnace Renovation Project (Phase II) of Tongling Nonferrous Metals "
            "Group Co., Ltd.")
    assert full in found, sorted(found)
    assert _objects(qualified, found[full], NFO.ownedBy) == {
        "Tongling Nonferrous Metals Group Co., Ltd."}
    assert "Harbour Access Road Project (Lot 3)" in found, sorted(found)
    epc = found.get("Nickel Sulphate Expansion Project (EPC)")
    assert epc is not None, sorted(found)
    assert "EPC" not in epc.aliases         # (a contract form, not the project's acronym)
    # the lot stays in the project's name: no site "Lot 3"
    assert "Lot 3" not in _new(qualified, NFO.Site)


# --- "its <facility>" with no name before it in its sentence: the article's company ---

_ITS = (
    "Guangxi tin refiner makes trading debut\n\n"
    "SHENZHEN, May 20 -- Shares of Hechi Huaxi Tin Industry Co., Ltd. rose 44% on their first "
    "day of trading on Tuesday. The refiner, based in Hechi, raised 1.2 billion yuan. Guosen "
    "Securities was the sponsor. The proceeds will fund a fuming line at its Nandan plant and "
    "repay loans. Nandan County will build roads around its industrial park.\n")


@pytest.fixture(scope="module")
def its(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-its", _ITS)


def test_its_plant_with_no_name_before_it_is_the_article_company_s(its):
    sites = {k: v for k, v in _new(its, NFO.Site).items() if "Nandan plant" in k}
    assert sites, sorted(_new(its, NFO.Site))
    owners = set().union(*(_objects(its, s, NFO.ownedBy) for s in sites.values()))
    assert owners == {"Hechi Huaxi Tin Industry Co., Ltd."}, owners
    # a place that opens the sentence is what "its" stands for: not the company's park
    assert not [k for k, v in _new(its, NFO.Site).items() if "industrial park" in k.lower()
                and "Hechi Huaxi Tin Industry Co., Ltd." in _objects(its, v, NFO.ownedBy)]


# --- a works placed by "<place>, where ..." ---

_WHERE = (
    "Zinc maker buys back shares\n\n"
    "KUNMING, July 3 -- Yunlu Zinc Co., Ltd. is based in Qujing, Yunnan, where it runs a "
    "200,000-tonne-a-year zinc smelter and recovers germanium. Its rival moved to Baotou, where "
    "the group operates a 90,000-tonne aluminium smelter. Sales rose in Hechi. The plant, "
    "where it employs 300 people, is old.\n")


@pytest.fixture(scope="module")
def where(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, "r16-where", _WHERE)


def test_a_works_in_a_where_clause_is_in_the_place_before_it(where):
    sites = _new(where, NFO.Site)
    assert _objects(where, sites["200,000-tonne-a-year zinc smelter"], NFO.locatedIn) == {"Qujing"}
    assert _objects(where, sites["90,000-tonne aluminium smelter"], NFO.locatedIn) == {"Baotou"}
