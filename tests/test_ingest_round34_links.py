"""Round 34, links and table layouts: a group of materials or metals narrowed by a hyphenated
modifier ("copper-based new materials") is a smaller group, no mention of the field "New
materials"; records whose cells " | " sets apart, under a key of the same kind wrapped over two
lines and without a rule, each record wrapped over lines, are a table read by its key's
columns; a table drawn in box-drawing characters, a pipe table ruled with "=" and a Markdown
table with an escaped bar ("\\|") in a cell are read as grids; a field printed in capitals in a
company's name that a grid's cell wraps over two lines is a word of that name; a text that
opens with a table takes its file's name for a title, not the header row; a headline that joins two kinds of document by "and" ("Results and List of Winners of
...") is the document's own title, of the last kind."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _known(draft) -> set:
    return {e.label for e in draft.known()}


NARROWED = """Lanxi Sets Up Fund for Its Copper-Based
New Materials Industry

Lanxi, 3 March 2027 -- The city government of Lanxi said on Tuesday that it
will put 800 million yuan into a fund for the city's zinc-based new materials
chain, and that two plants casting copper alloy wire will open in the park.
"""


def test_a_group_narrowed_by_a_based_modifier_is_no_mention_of_the_field(snapshot_kg):
    d = draft_of(snapshot_kg, NARROWED, "round34-narrowed")
    assert "New materials" not in _known(d)
    assert "Copper alloy" in _known(d) or "Copper" in _known(d)


def test_the_field_itself_still_links(snapshot_kg):
    text = NARROWED.replace("zinc-based new materials\nchain", "new materials\nchain")
    d = draft_of(snapshot_kg, text, "round34-field")
    assert "New materials" in _known(d)


PIPE_RECORDS = """Dongling Municipal Bureau of Industry

List of Nonferrous Processing Projects Approved in February 2027

No. | Company | County | Product |
      Capacity (t/a) | Approved

1 | Qiaolin Hengfa Zinc Alloy Co., Ltd. | Fengle County |
    zinc alloy ingots | 30,000 | 2027-02-14
2 | Dongbei Xinyuan Copper Foil Technology
    Co., Ltd. | Lanxi County | copper foil | 12,000 |
    2027-02-20
3 | Shangtang Ruifeng Magnesium Co., Ltd. | Baishui County |
    magnesium alloy wheels | 8,000 | 2027-02-25

Enquiries: Raw Materials Division, 0391-555 1234.
"""


def _located(draft) -> dict:
    return {e.label: {str(o).rsplit("/", 1)[-1] for p, o, _, _ in e.statements
                      if str(p).endswith("#locatedIn")}
            for e in draft.new()}


def test_wrapped_pipe_records_are_rows_under_their_key(snapshot_kg):
    d = draft_of(snapshot_kg, PIPE_RECORDS, "round34-pipe-records")
    where = _located(d)
    assert where["Qiaolin Hengfa Zinc Alloy Co., Ltd."] == {"fengle-county"}
    # (a name wrapped inside its cell is one name, placed by its row)
    assert where["Dongbei Xinyuan Copper Foil Technology Co., Ltd."] == {"lanxi-county"}
    assert where["Shangtang Ruifeng Magnesium Co., Ltd."] == {"baishui-county"}


def test_a_breadcrumb_of_two_parts_is_no_key(snapshot_kg):
    from kg.ingest.reading.tables import tables
    text = "News | Industry\n\n1 | A | B\n2 | C | D\n"
    assert tables(text) == []


JOINED_TITLE = """Dongling Municipal Bureau of Industry and Information Technology

Results and List of Winners of the 2027 Dongling Magnesium Alloy Open Competition

Dongling, 12 March 2027 -- The bureau announced the winners of its open competition for
magnesium alloy key tasks. Teams from Qiaolin Hengfa Magnesium Co., Ltd. and Shangtang
Ruifeng Magnesium Co., Ltd. won the tasks.
"""


def test_two_kinds_joined_by_and_head_the_documents_own_title(snapshot_kg):
    for lead in ("Results and", "Announcement and"):
        text = JOINED_TITLE.replace("Results and", lead)
        d = draft_of(snapshot_kg, text, "round34-joined-title")
        lists = {e.label for e in d.new() if str(e.cls).endswith("#Catalogue")}
        assert f"{lead} List of Winners of the 2027 Dongling Magnesium Alloy Open " \
               "Competition" in lists, lead


BOXED = """Fengle County Bureau of Industry

Plants Inspected in January 2027

┌────┬────────────────────────────────────┬────────────────┐
│ No │ Company                              │ County         │
├────┼────────────────────────────────────┼────────────────┤
│ 1  │ Qiaolin Hengfa Zinc Alloy Co., Ltd.  │ Fengle County  │
│ 2  │ Dongbei Xinyuan Copper Foil Co., Ltd.│ Lanxi County   │
└────┴────────────────────────────────────┴────────────────┘

The bureau will publish the next list in April.
"""

DOUBLE_RULED = """Plants Inspected in January 2027

| No. | Company                               | County        |
|=====|=======================================|===============|
| 1   | Qiaolin Hengfa Zinc Alloy Co., Ltd.   | Fengle County |
| 2   | Dongbei Xinyuan Copper Foil Co., Ltd. | Lanxi County  |

The bureau will publish the next list in April.
"""

ESCAPED_BAR = """Plants Inspected in January 2027

| No. | Products | Company | County |
|---|---|---|---|
| 1 | ingots \\| wire | Qiaolin Hengfa Zinc Alloy Co., Ltd. | Fengle County |
| 2 | foil | Dongbei Xinyuan Copper Foil Co., Ltd. | Lanxi County |

The bureau will publish the next list in April.
"""


@pytest.mark.parametrize("name", ["boxed", "double", "escaped"])
def test_grids_drawn_in_box_characters_ruled_with_equals_or_with_escaped_bars(snapshot_kg, name):
    text = {"boxed": BOXED, "double": DOUBLE_RULED, "escaped": ESCAPED_BAR}[name]
    d = draft_of(snapshot_kg, text, f"round34-{name}")
    where = _located(d)
    assert where["Qiaolin Hengfa Zinc Alloy Co., Ltd."] == {"fengle-county"}
    assert where["Dongbei Xinyuan Copper Foil Co., Ltd."] == {"lanxi-county"}


TABLE_ONLY = """No.   Company                                County            Product
1     Qiaolin Hengfa Zinc Alloy Co., Ltd.    Fengle County     zinc alloy ingots
2     Dongbei Xinyuan Copper Foil Co., Ltd.  Lanxi County      copper foil
3     Shangtang Ruifeng Magnesium Co., Ltd.  Baishui County    magnesium alloy wheels
"""


def test_a_text_that_opens_with_a_table_takes_its_files_name_for_a_title(snapshot_kg):
    d = draft_of(snapshot_kg, TABLE_ONLY, "round34-table-only", name="fengle-plants_2027.txt")
    assert d.title == "fengle plants 2027"
    d = draft_of(snapshot_kg, "Fengle Plants in 2027\n\n" + TABLE_ONLY, "round34-titled",
                 name="fengle-plants_2027.txt")
    assert d.title == "Fengle Plants in 2027"


WRAPPED_IN_CELL = """Licence Change of Qiaolin Hengfa Resource Recycling Co., Ltd.

Qiaolin Hengfa Resource Recycling Co., Ltd., which smelts spent lead-acid batteries in
Fengle County, asked the bureau on 3 March 2027 to change its licence:

| Item      | Before change               | After change                  |
|-----------|-----------------------------|-------------------------------|
| Licensee  | Qiaolin Hengfa Environment  | Qiaolin Hengfa                |
|           | Co., Ltd.                   | Resource Recycling Co., Ltd.  |
| Capacity  | 20,000 t                    | 30,000 t                      |
"""


def test_a_field_in_a_company_name_wrapped_in_a_cell_is_a_word_of_the_name(snapshot_kg):
    d = draft_of(snapshot_kg, WRAPPED_IN_CELL, "round34-wrapped-in-cell")
    assert "Resource recycling" not in _known(d)
    assert "Qiaolin Hengfa Resource Recycling Co., Ltd." in {e.label for e in d.new()}


UNIT_OF_KNOWN = """Recall of Folding Bicycles

Lanxi, 9 March 2027 -- The Quality Development Bureau of the State Administration for Market
Regulation said on Tuesday that Dongbei Xinyuan Vehicle Co., Ltd. will recall 2,300 folding
bicycles whose frames may crack.
"""


def test_a_known_body_that_closes_a_units_name_after_of_the_is_linked(snapshot_kg):
    d = draft_of(snapshot_kg, UNIT_OF_KNOWN, "round34-unit-of-known")
    assert "State Administration for Market Regulation" in _known(d)
    assert any(e.label.startswith("Quality Development Bureau") for e in d.new())


BRANCH_BY_ACRONYM = """Magnesium Prices Steady in March

Fugu, 20 March 2027 -- Analysts at the CNIA Magnesium Branch said on Friday that ingot
prices held at about 17,000 yuan a tonne through the month.
"""


def test_a_units_name_with_its_parents_short_name_links_the_unit(snapshot_kg):
    d = draft_of(snapshot_kg, BRANCH_BY_ACRONYM, "round34-branch-by-acronym")
    assert "Magnesium Branch of the China Nonferrous Metals Industry Association" in _known(d)
