"""Round 24, projects and sites: a fixed-width list of projects whose header is closed by a rule
of dash runs (the runs set the columns, a header wraps onto lines above the rule, a row's cells
one space apart are cut at the columns, the owners' cell wraps); each row's project, printed in
sentence case under "Project", its owner (two owners joined by "and" both), the place under
"Site", the metal of its name and its construction period ("2026-2028": start, planned when not
before the document, and end); a facility named with its owner after "of" in a list of signed
projects ("a zinc oxide kiln of X Co., Ltd."); "its smelting base". Each with a case that must
not change."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.tables import tables
from kg.ingest.reading.table_positions import outside_cells
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _ent(draft, label):
    return next((e for e in draft.new() if e.label.lower() == label.lower()), None)


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, _, _ in ent.statements if p == pred}


LIST = """Xiangtan Municipal Development and Reform Commission

NOTICE ON THE KEY INDUSTRIAL PROJECTS OF 2027

The projects below were approved on 8 February 2027.

No. Project                        Site               Inv.  Period     Owner
                                                      (100m
                                                      yuan)
--- -----------------------------  -----------------  ----- ---------  ------------------------
1   Copper foil line, phase III    Yuetang District   18.0  2026-2028  Hunan Jinxiang Copper
                                                                       Foil Co., Ltd.
2   Antimony trioxide workshop     Xiangxiang County   4.5  2027-2029  Hunan Lixing Chemical
                                                                       Co., Ltd.
3   Scrap zinc recycling centre    Yuhu District       3.2  2027-2028  Hunan Baiyun Zinc and
                                                                       Xiangtan Fengda Resources Co.
--- -----------------------------  -----------------  ----- ---------  ------------------------

Projects 2 and 3 are to break ground in May 2027; project 9 of the old list is
dropped. The commission will check progress in June.

Xiangtan Municipal Development and Reform Commission
8 February 2027
"""


@pytest.fixture(scope="module")
def listed(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, LIST, "r24-project-list")


def test_a_ruled_header_sets_the_columns_and_wraps_above_the_rule():
    t = tables(LIST)[0]
    assert [h[2] for h in t.header] == ["No.", "Project", "Site", "Inv. (100m yuan)", "Period",
                                        "Owner"]
    first = t.rows[0]
    # (the project and the site one space apart are two cells; the owner wraps)
    assert LIST[first.cell(1).start:first.cell(1).end] == "Copper foil line, phase III"
    assert len(first.cell(5).spans) == 2
    assert len(t.rows) == 3      # (the closing rule is no row)


def test_a_project_in_sentence_case_with_its_owner_place_and_metal(listed):
    p = _ent(listed, "Copper foil line, phase III")
    assert p is not None and p.cls == NFO.Project
    assert _objects(listed, p, NFO.ownedBy) == {"Hunan Jinxiang Copper Foil Co., Ltd."}
    assert "Yuetang District" in _objects(listed, p, NFO.locatedIn)
    assert any(str(o).endswith("metal-copper-foil") or str(o).endswith("metal-copper")
               for pred, o, _, _ in p.statements if pred == NFO.concernsMetal)


def test_the_wrapped_owner_is_one_company_not_its_second_line(listed):
    assert _ent(listed, "Hunan Jinxiang Copper Foil Co., Ltd.") is not None
    assert _ent(listed, "Foil Co., Ltd.") is None and _ent(listed, "Co., Ltd.") is None


def test_two_owners_joined_by_and_both_own_the_project(listed):
    p = _ent(listed, "Scrap zinc recycling centre")
    assert p is not None
    owners = _objects(listed, p, NFO.ownedBy)
    assert "Xiangtan Fengda Resources Co." in owners and len(owners) == 2


def test_the_period_gives_start_and_end(listed):
    done = _ent(listed, "Copper foil line, phase III")     # (begun before the notice)
    assert {str(o) for p, o, _, _ in done.statements if p == NFO.startDate} == {"2026"}
    assert {str(o) for p, o, _, _ in done.statements if p == NFO.endDate} == {"2028"}
    planned = _ent(listed, "Antimony trioxide workshop")
    assert {str(o) for p, o, _, _ in planned.statements if p == NFO.plannedDate} == {"2027"}
    assert {str(o) for p, o, _, _ in planned.statements if p == NFO.endDate} == {"2029"}


def test_projects_referred_to_by_number_are_the_rows(listed):
    two = _ent(listed, "Antimony trioxide workshop")
    three = _ent(listed, "Scrap zinc recycling centre")
    for p in (two, three):
        assert any(listed.text[m.start:m.end].startswith("Projects 2 and 3") for m in p.mentions)
    assert "project 2" in {a.lower() for a in two.aliases}
    # (a number no row holds names none of them)
    one = _ent(listed, "Copper foil line, phase III")
    assert not any("project 9" in listed.text[m.start:m.end] for m in one.mentions)


def test_the_place_column_names_no_project_and_owns_nothing(listed):
    # (a district under "Site" is where the project is: no project, no owner)
    for e in listed.new():
        if e.label in ("Yuetang District", "Xiangxiang County", "Yuhu District"):
            assert e.cls != NFO.Project and not _objects(listed, e, NFO.ownedBy)


PLAIN = """Workers of the casting shop

Name           Team        Shift
Liu Wenbo      Casting     Night
Zhao Minghui   Rolling     Day
"""


def test_a_table_without_a_rule_is_read_as_before():
    t = tables(PLAIN)[0]
    assert [h[2] for h in t.header] == ["Name", "Team", "Shift"]
    assert len(t.rows) == 2


SIGNED = """Lianshan Town: Work in 2026

The town signed four projects this year, among them a zinc oxide kiln of
Hunan Dexing Materials Co., Ltd. and a scrap sorting centre of Xiangtan
Fulong Recycling Co., Ltd. Guangxi Lirun Aluminium Co., Ltd. is building
its smelting base next to the town. A new plant of the county is still
being discussed, and a warehouse may follow.
"""


@pytest.fixture(scope="module")
def signed(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, SIGNED, "r24-signed-facilities")


def test_a_facility_with_its_owner_after_of_is_that_owner_s(signed):
    kiln = next((e for e in signed.new() if e.cls == NFO.Site and "kiln" in e.label), None)
    assert kiln is not None
    assert _objects(signed, kiln, NFO.ownedBy) == {"Hunan Dexing Materials Co., Ltd."}
    assert "zinc oxide kiln" in {a.lower() for a in kiln.aliases}
    centre = next((e for e in signed.new() if "sorting centre" in e.label), None)
    assert centre is not None
    assert _objects(signed, centre, NFO.ownedBy) == {"Xiangtan Fulong Recycling Co., Ltd."}


def test_its_smelting_base_is_the_subject_s(signed):
    base = next((e for e in signed.new() if "smelting base" in e.label), None)
    assert base is not None
    assert _objects(signed, base, NFO.ownedBy) == {"Guangxi Lirun Aluminium Co., Ltd."}


def test_an_indefinite_facility_without_an_owning_company_mints_nothing(signed):
    assert not any("plant" in e.label.lower() or "warehouse" in e.label.lower()
                   for e in signed.new() if e.cls == NFO.Site)


LOG = """HUNAN LIXIN ZINC CO., LTD.
Record of Main Events

Year      Event
--------  ----------------------------------------------------------
2011      The company commissions a 30,000-tonne zinc oxide kiln at
          its first plant.
2019      The board approves a 100,000-tonne electrolytic zinc
          project in the Songmu Industrial Park.
2024      The company visits the Qiyuan   Tin   Works   for talks.
"""


@pytest.fixture(scope="module")
def log(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, LOG, "r24-events-log")


def test_a_name_wrapped_in_a_table_s_last_column_is_one_name(log):
    p = next((e for e in log.new() if "100,000-tonne" in e.label), None)
    assert p is not None and p.label == "100,000-tonne electrolytic zinc project"
    # (the capacity's words without it are a name of it too)
    assert "electrolytic zinc project" in p.aliases


MIDDLE = """Year  Event                            Place
----  -------------------------------  ----------
2019  The board approves a smelting    Songmu
      line for the zinc plant.         Park
2021  The line starts production.      Songmu
"""


def test_a_middle_column_s_lines_join_only_over_spaces():
    t = tables(MIDDLE)[0]
    cell = t.rows[0].cell(1)
    a, b = cell.spans[0][0], cell.spans[1][1]
    # (the first line's end and the second line's start: between them the Place column)
    start = MIDDLE.index("smelting")
    end = MIDDLE.index("line for") + len("line")
    assert not outside_cells(MIDDLE, start, end)
    assert outside_cells(MIDDLE, a, cell.spans[0][1])
    last = t.rows[0].cell(2)     # (nor the last column's, the next line's cells between)
    assert not outside_cells(MIDDLE, last.spans[0][0], last.spans[1][1])


BOOK = """A review of "Copper in the Hills"

The middle chapters follow the flash smelting furnace that Gansu Tianshui
Copper Co., Ltd. built with an engineering institute in the 1990s, and the
converter which the author once ran himself.
"""


@pytest.fixture(scope="module")
def book(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BOOK, "r24-built-that")


def test_the_facility_that_x_built_is_x_s(book):
    f = next((e for e in book.new() if e.cls == NFO.Site and "furnace" in e.label), None)
    assert f is not None
    assert _objects(book, f, NFO.ownedBy) == {"Gansu Tianshui Copper Co., Ltd."}


def test_the_facility_a_person_ran_is_no_company_s(book):
    assert not any(e.cls == NFO.Site and "converter" in e.label for e in book.new())


def test_a_company_s_own_record_owns_the_works_it_names_by_size(log):
    p = next((e for e in log.new() if "100,000-tonne" in e.label), None)
    assert {o.lower().rstrip(".") for o in _objects(log, p, NFO.ownedBy)} == {
        "hunan lixin zinc co., ltd"}


NEWS = """Zinc makers expand in Hunan

A 100,000-tonne electrolytic zinc project was approved in Hengyang on
Monday, and Hunan Lixin Zinc Co., Ltd. said it would bid for the equipment.
"""


def test_works_named_by_size_in_news_stay_without_owner(kg, tmp_path_factory):
    news = _draft(kg, tmp_path_factory, NEWS, "r24-news-capacity")
    p = next((e for e in news.new() if "100,000-tonne" in e.label), None)
    assert p is not None and not any(
        rule.startswith("project:own-record") for pred, o, _, rule in p.statements)


def test_a_long_ruled_list_of_projects_stays_linear(snapshot_kg):  # noqa: F811
    row = ("{n:<3} Zinc oxide kiln, phase {n:<5}   Yuhu District      3.2  2027-2028  Hunan Dexing\n"
           "                                                                       Materials Co.\n")
    head = ("No. Project                        Site               Inv.  Period     Owner\n"
            "--- -----------------------------  -----------------  ----- ---------  ------------\n")
    text = ("HUNAN DEXING MATERIALS CO., LTD.\n\n" + head
            + "".join(row.format(n=i % 900 + 1) for i in range(260))
            + "\nProjects 2, 3 and 5 are to break ground in March 2027.\n")
    assert len(text) > 40_000
    draft = linear_cpu(lambda t: draft_of(snapshot_kg, t, "r24-proj-linear", "r24-proj.txt"),
                       text, "ruled list of projects")
    assert draft.entities
