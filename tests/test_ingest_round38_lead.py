"""Round 38, lead: a boxed or pipe table whose column names print a unit after a comma
("Capacity, t/a", "Price, RMB/t") is still a table: the comma made its first row read as a
record, so the names wrapped in its cells were cut in two ("X Battery" and "Materials Technology
Co., Ltd.") or lost, and a field word inside one ("New Energy") was linked as the field. A first
row whose comma runs on into a name ("X Co., Ltd., plant in Y") is still a record. Texts
written for this test."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.reading.tables import no_column_name, tables

TABLE = """Publicity of Recycling Enterprises

Table 1  Enterprises proposed
+---+--------------------------------+----------+------------------+
|No.| Enterprise                     | City     | Capacity, t/a    |
+---+--------------------------------+----------+------------------+
| 1 | Wuxi Lanbo Battery             | Wuxi     | 30,000           |
|   | Materials Technology Co., Ltd. |          |                  |
| 2 | Taizhou Qingyuan New Energy    | Taizhou  | 9,000            |
|   | Co., Ltd.                      |          |                  |
+---+--------------------------------+----------+------------------+

The provincial department will forward the list on 14 December 2026.
"""


def test_a_unit_after_a_comma_keeps_the_first_row_a_header():
    assert not no_column_name("Capacity, t/a")
    assert not no_column_name("Price, RMB/t")
    assert not no_column_name("Output (10,000 t)")
    assert no_column_name("X Co., Ltd., plant in Y")
    assert no_column_name("Zhang Wei, chairman")
    got = tables(TABLE)
    assert len(got) == 1 and [h[2] for h in got[0].header][-1] == "Capacity, t/a"


def test_names_wrapped_in_the_cells_of_such_a_table_are_drafted_whole(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, TABLE, "r38-lead-1")
    labels = {e.label for e in draft.new()}
    assert "Wuxi Lanbo Battery Materials Technology Co., Ltd." in labels
    assert "Taizhou Qingyuan New Energy Co., Ltd." in labels
    assert "Materials Technology Co., Ltd." not in labels
    assert "Wuxi Lanbo Battery" not in labels
    linked = {draft.text[m.start:m.end] for e in draft.known() for m in e.mentions}
    assert "New Energy" not in linked


ANNEX = """Annex: List of Key Projects

No.  Project                                        Company (city)
1    Large copper alloy castings for                Anhui Tongli Foundry
     ship propellers                                Co., Ltd. (Tongling)
2    Magnesium alloy housings for cameras           Fugu Minghang Light Alloy Co.,
                                                    Ltd. (Fugu County, Yulin)

Contact: Industry Division, 029-6391 2207
"""


def test_a_name_wrapped_in_its_cell_before_a_bracketed_city_is_drafted_whole(snapshot_kg):  # noqa: F811
    """A "Company (city)" column: the name wraps onto the next line and the city follows it in
    brackets; the name is read whole, not as its first line's words or "Co."."""
    draft = draft_of(snapshot_kg, ANNEX, "r38-lead-2")
    labels = {e.label for e in draft.new()}
    assert "Anhui Tongli Foundry Co., Ltd." in labels
    assert "Fugu Minghang Light Alloy Co., Ltd." in labels
    assert "Fugu Minghang Light Alloy Co." not in labels
    firm = next(e for e in draft.new() if e.label == "Fugu Minghang Light Alloy Co., Ltd.")
    assert all("(" not in draft.text[m.start:m.end] for m in firm.mentions)


CROSSING = """Annex: Supported Projects

No.  Project                                        Company (city)
1    Copper alloy castings for pump                 Anhui Tongli Foundry Co., Ltd.
     housings                                       (Tongling)
2    Nickel alloy powder for laser                  Baoji Hengrun Additive
     manufacturing of turbine blades                Technology Co., Ltd. (Baoji)
3    Zinc alloy die castings for camera             Ningbo Jiahe Die Casting Co.,
     frames                                         Ltd. (Ningbo)

Contact: Industry Division, 029-6391 2207
"""


def test_a_known_name_is_not_linked_from_one_cell_into_the_next_line_s_first_cell(snapshot_kg):  # noqa: F811
    """The last cell's "Additive" and the next line's "manufacturing" are no "additive
    manufacturing": the company wrapped in that cell is drafted whole."""
    draft = draft_of(snapshot_kg, CROSSING, "r38-lead-3")
    linked = {draft.text[m.start:m.end] for e in draft.known() for m in e.mentions}
    assert not any("\n" in s and "Additive" in s for s in linked)
    assert "Baoji Hengrun Additive Technology Co., Ltd." in {e.label for e in draft.new()}
