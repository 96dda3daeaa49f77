"""Round 21, facilities: units of a works named by a number ("No. 2 Rotary Kiln", "kiln No. 2",
"No. 4 coal berth of X Co., Ltd.": one site per head and number) and works named by their noun
("its annual overhaul", "the dust removal upgrade of the roasting kiln": one project, later
"the overhaul" a mention of it). Texts written for these tests."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _of(draft, cls, rule=None):
    return [e for e in draft.entities.values() if str(e.cls).endswith("#" + cls)
            and (rule is None or e.rule == rule)]


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if p == pred}


KILN_LOG = """GANSU HEXI ZINC CO., LTD.
No. 2 Rotary Kiln -- Restart Record

Owner: Gansu Hexi Zinc Co., Ltd.

08:15  Burner lit after the relining. Kiln shell temperature normal.
11:40  Feed of leach residue started at 20 t/h.

Notes
  * The dust test of kiln No. 2 is set for Monday.
  * Kiln No. 3 stays cold until the spare gearbox arrives.
"""


def test_a_numbered_unit_is_one_site_however_printed(kg, tmp_path):
    d = _draft(kg, tmp_path, KILN_LOG, "r21-kiln-log")
    units = _of(d, "Site", "site:numbered-unit")
    assert len(units) == 1
    kiln = units[0]
    assert len(kiln.mentions) == 2
    assert "kiln No. 2" in kiln.aliases
    owners = _objects(d, kiln, NFO.ownedBy)
    assert owners and all("Hexi Zinc" in o for o in owners)


BERTH = """Discharge report

The ore carrier berthed at No. 4 coal berth of Fangcheng Bulk Port Services Co., Ltd. on the
morning of 3 May and began discharge at noon.
"""


def test_a_numbered_unit_of_a_company_is_owned_by_it(kg, tmp_path):
    d = _draft(kg, tmp_path, BERTH, "r21-berth")
    units = _of(d, "Site", "site:numbered-unit")
    assert [u.label for u in units] == ["No. 4 coal berth"]
    assert _objects(d, units[0], NFO.ownedBy) == {"Fangcheng Bulk Port Services Co., Ltd."}


NOT_UNITS = """Notice No. 12 of the Dongfang Aluminium Co., Ltd.

The company replaced the seal of electrode holder No. 3 and filed Report No. 8 with the
bureau. Furnaces No. 1 and No. 2 were idle all week; Nos. 4 and 5 kilns are being built.
"""


def test_a_number_with_no_facility_head_or_a_plural_is_no_unit(kg, tmp_path):
    d = _draft(kg, tmp_path, NOT_UNITS, "r21-not-units")
    assert _of(d, "Site", "site:numbered-unit") == []


OVERHAUL = """HUANGSHI COPPER FOIL CO., LTD.
Equipment Department

The foil line at the company's plant in Huangshi will stop on 3 March for its annual overhaul.
The overhaul was approved by the board in February. The overhaul runs for twelve days.
"""


def test_a_works_noun_with_a_modifier_is_one_project_and_later_mentions_join_it(kg, tmp_path):
    d = _draft(kg, tmp_path, OVERHAUL, "r21-overhaul")
    works = _of(d, "Project", "project:works-noun")
    assert len(works) == 1
    assert "annual overhaul" in works[0].aliases
    assert len(works[0].mentions) == 3
    assert any("Huangshi Copper Foil" in o or "HUANGSHI COPPER FOIL" in o
               for o in _objects(d, works[0], NFO.ownedBy))


UPGRADE = """Monthly environmental summary of Linfen Qiaodong Lead Co., Ltd.

The dust removal upgrade of the roasting kiln, approved in May, will be finished in the winter.
Inspectors then looked at the smelter's flue gas upgrade.
"""


def test_a_works_noun_with_an_object_or_a_possessive_facility(kg, tmp_path):
    d = _draft(kg, tmp_path, UPGRADE, "r21-upgrade")
    labels = {e.label for e in _of(d, "Project", "project:works-noun")}
    assert "Dust removal upgrade of the roasting kiln" in labels


NOT_WORKS = """Copper market weekly

An upgrade of the grid would cost billions, analysts said. Upgrades of both lines are
planned. The upgrade plan was published on Friday, and China's biggest overhaul season starts
in spring. The overhaul of equipment is routine.
"""


def test_no_works_project_for_indefinite_plural_compound_or_bare_mentions(kg, tmp_path):
    d = _draft(kg, tmp_path, NOT_WORKS, "r21-not-works")
    assert _of(d, "Project", "project:works-noun") == []


POLICY = """Opinions on the Nonferrous Metals Industry

The province will speed up the transformation and upgrading of the industry and support the
technological upgrading of enterprises; its industrial upgrade is a priority.
"""


def test_no_works_project_for_an_industry_upgrading(kg, tmp_path):
    d = _draft(kg, tmp_path, POLICY, "r21-policy-upgrading")
    assert _of(d, "Project", "project:works-noun") == []


FUNDING = """Effect of cerium on the creep of a magnesium alloy

Foundation item: Project (2025YFB3600412) supported by the National Natural Science
Foundation of China; Project (21JK0618) supported by the Shaanxi Provincial Department of
Education

Abstract: Cerium was added to a cast magnesium alloy. The work was also funded by the
Hunan Provincial Department of Science and Technology (Grant No. 2024JJ5021).
"""


def test_a_grant_number_in_a_funding_note_is_a_project_supported_by_its_funder(kg, tmp_path):
    d = _draft(kg, tmp_path, FUNDING, "r21-funding")
    projects = {e.label: e for e in _of(d, "Project", "project:funded-code")}
    assert set(projects) == {"Project 2025YFB3600412", "Project 21JK0618", "Project 2024JJ5021"}
    assert "Department of Education" in " ".join(
        _objects(d, projects["Project 21JK0618"], NFO.supportedBy))
    assert "Department of Science and Technology" in " ".join(
        _objects(d, projects["Project 2024JJ5021"], NFO.supportedBy))


NOT_FUNDING = """Plant news

The project (phase II) was supported by the county. Output (2026) rose. The Zhenghe Aluminium
Co., Ltd. (Zhengzhou) plant was funded by banks (No. 3 branch).
"""


def test_brackets_with_no_grant_number_make_no_funded_project(kg, tmp_path):
    d = _draft(kg, tmp_path, NOT_FUNDING, "r21-not-funding")
    assert _of(d, "Project", "project:funded-code") == []


INSPECTION = """TEST REPORT
Report No.: XR-2026-044

Client           Baoji Ruifeng Titanium Co., Ltd.
Supplier         Jinzhou Hengyu Titanium Industry Co., Ltd.

Sampling         taken at the client's warehouse in Baoji on 2 March by both parties;
                 the supplier's plant was not visited.
"""


def test_a_facility_of_a_party_the_header_labels_is_that_partys(kg, tmp_path):
    d = _draft(kg, tmp_path, INSPECTION, "r21-labelled-party")
    sites = [e for e in _of(d, "Site") if "warehouse" in e.label]
    assert len(sites) == 1
    assert _objects(d, sites[0], NFO.ownedBy) == {"Baoji Ruifeng Titanium Co., Ltd."}


UNLABELLED = """Weekly note

The client's warehouse was full again, and the owner's office said nothing.
"""


def test_a_party_no_header_labels_owns_nothing(kg, tmp_path):
    d = _draft(kg, tmp_path, UNLABELLED, "r21-unlabelled-party")
    assert [e for e in _of(d, "Site") if "warehouse" in e.label or "office" in e.label] == []


LINES = """Trial rolling of a new alloy

Jiangyin Huabei Aluminium Co., Ltd.'s industrial line ran at full load in May.

Nantong Fuxin Metals Co., Ltd. said its foil line was idle for a week.
"""


def test_a_line_named_by_what_it_does_is_a_site_of_its_owner(kg, tmp_path):
    d = _draft(kg, tmp_path, LINES, "r21-lines")
    owners = {o for e in _of(d, "Site") if e.label.endswith(" line")
              for o in _objects(d, e, NFO.ownedBy)}
    assert owners == {"Jiangyin Huabei Aluminium Co., Ltd.", "Nantong Fuxin Metals Co., Ltd."}


NOT_LINES = """Market view

The bottom line of Jiangyin Huabei Aluminium Co., Ltd. improved, and the front line of
Nantong Fuxin Metals Co., Ltd. is its sales team; the red line of the policy holds.
"""


def test_a_line_that_makes_nothing_is_no_site(kg, tmp_path):
    d = _draft(kg, tmp_path, NOT_LINES, "r21-not-lines")
    assert [e for e in _of(d, "Site") if "line" in e.label.lower()] == []


GRID = """COMMISSIONING NOTE of Wuhai Jinhe Silicon Co., Ltd.

Power comes from the 220 kV Dongshan substation of State Grid Wuhai Power Supply Company.
Progress: 35 kV substation  80%.
"""


def test_a_grid_unit_named_by_its_voltage_is_a_site(kg, tmp_path):
    d = _draft(kg, tmp_path, GRID, "r21-grid")
    units = {e.label: e for e in _of(d, "Site", "site:numbered-unit")}
    assert set(units) == {"220 kV Dongshan substation", "35 kV substation"}
    assert _objects(d, units["220 kV Dongshan substation"], NFO.ownedBy) == {
        "State Grid Wuhai Power Supply Company"}


NOT_GRID = """Grid plans

The county will build a 110 kV substation and two 35 kV substations next year; each 10 kV
line will be buried.
"""


def test_a_counted_grid_unit_is_no_site(kg, tmp_path):
    d = _draft(kg, tmp_path, NOT_GRID, "r21-not-grid")
    assert _of(d, "Site", "site:numbered-unit") == []


def test_the_unit_a_works_noun_names_is_a_site_of_the_works_owner(kg, tmp_path):
    d = _draft(kg, tmp_path, UPGRADE, "r21-upgrade-object")
    kilns = _of(d, "Site", "site:works-object")
    assert [k.label for k in kilns] == ["Roasting kiln"]
    works = [e for e in _of(d, "Project", "project:works-noun") if "dust removal" in e.label.lower()]
    assert _objects(d, works[0], NFO.about) == {"Roasting kiln"}
