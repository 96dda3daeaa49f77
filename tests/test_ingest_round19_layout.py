"""Round 19, layouts read as a reviewer reads them. A timeline set out one entry a line, each
keyed by its date, with the lines an entry wraps onto indented under it: a row is a unit (no
sentence, label, name or evidence span runs from one row into the next), a wrapped line is its
row's, and the row's key dates what the row says."""
from __future__ import annotations

import gc
import time

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.keyed_rows import keyed_rows, row_clauses
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.text import read_article

TIMELINE = """Leak at Qingshui lead works contained after nine days

Qinghe Daily    12 May 2027

The county said on Tuesday that the leak at the Qingshui lead works had been contained.

How the county handled it:

  Apr 28   Emergency response started; Deputy County Head Luo Minghai took charge of
           the command post; the works were told to stop both furnaces
  Apr 29   Engineers from the National Institute of Water Quality Research of Central
           China reached the site; crews began pumping the settling tank dry
  May 2    Drinking water intake at the Beishan pumping station moved upstream
  May 6    Response lifted

Luo said nobody had fallen ill.
"""

FIGURES = """Annual figures of Yanping Tin Industry Co., Ltd.

Yanping Tin Industry Co., Ltd. published its figures on 3 April 2027.

  Year    Output (t)    Revenue
  2024    12,400        3,100
  2025    13,900        3,560
  2026    15,200        4,020
"""


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _events(draft):
    return [e for e in draft.entities.values()
            if e.role and any(str(p).endswith("startDate") for p, *_ in e.statements)]


def _start(ent):
    return next(str(o) for p, o, *_ in ent.statements if str(p).endswith("startDate"))


def _row_of(text, pos):
    return next((r for r in keyed_rows(text) if r.start <= pos <= r.end), None)


@pytest.mark.parametrize("rows, keys", [
    ("  Apr 28   A\n  Apr 29   B\n", ["Apr 28", "Apr 29"]),
    ("2027-03-30  A started\n2027-03-31  B ended\n", ["2027-03-30", "2027-03-31"]),
    ("Mon 30 Nov: the court sat\nTue 1 Dec: it ruled\n", ["Mon 30 Nov", "Tue 1 Dec"]),
    ("March 2021: A filed\nJune 2024: B opened\n", ["March 2021", "June 2024"]),
    ("2019 - A was set up\n2021 - B was sold\n", ["2019", "2021"]),
    ("1. May 2003 - June 2009: manager of A\n2. July 2009: director of B\n",
     ["May 2003 - June 2009", "July 2009"]),
])
def test_the_shapes_of_a_row_key(rows, keys):
    assert [rows[r.key_start:r.key_end] for r in keyed_rows(rows)] == keys


@pytest.mark.parametrize("text", [
    # one keyed line alone is a header, not a timeline
    "2027-05-12 09:30   Source: Qinghe Daily\n\nThe works reopened.\n",
    # a wrapped paragraph whose lines open with a date: one space after it, no row
    "The contract was signed on\nMay 5 2027 in Beijing and the plant\nMay 9 2027 opened.\n",
    # two keyed lines at different indentation are no block
    "  Apr 28   A started\nApr 29   B ended\n",
])
def test_what_is_no_timeline(text):
    assert keyed_rows(text) == []


def test_a_wrapped_line_is_its_row_s_and_rows_are_sentences_of_their_own():
    rows = keyed_rows(TIMELINE)
    assert len(rows) == 4
    first = rows[0]
    assert TIMELINE[first.start:first.end].endswith("stop both furnaces")
    assert len(first.breaks) == 1
    # no sentence runs from one row into the next; a wrapped line stays in its sentence
    ss = Sentences(TIMELINE)
    for r in rows:
        a, b = ss.bounds(r.end - 1)
        assert b <= r.end + 2 and a >= rows[0].start
    a, b = ss.bounds(TIMELINE.index("both furnaces"))
    assert "the works were told" in TIMELINE[a:b]
    a, b = ss.bounds(TIMELINE.index("China reached"))
    assert "Engineers from" in TIMELINE[a:b]
    parts = [TIMELINE[a:b] for a, b in row_clauses(TIMELINE, first)]
    assert parts[0].startswith("Apr 28") and parts[2].startswith("the works were told")


def test_each_part_of_a_row_is_dated_by_its_key_and_no_label_crosses_rows(kg, tmp_path):
    draft = _draft(kg, tmp_path, TIMELINE, "r19-timeline")
    events = _events(draft)
    by_label = {e.label: e for e in events}
    stop = next(e for e in events if "stop both furnaces" in e.label)
    assert _start(stop) == "2027-04-28"
    assert "Engineers" not in stop.label
    moved = next(e for e in events if "pumping station moved upstream" in e.label)
    assert _start(moved) == "2027-05-02"
    crews = next(e for e in events if e.label.lower().startswith("crews began pumping"))
    assert _start(crews) == "2027-04-29"
    # no label and no evidence span runs over a row boundary
    for e in events:
        for m in e.mentions:
            row = _row_of(TIMELINE, m.start)
            if row is not None:
                assert m.end <= row.end, (e.label, TIMELINE[m.start:m.end])
    assert by_label


def test_a_name_wrapped_inside_a_row_is_one_name(kg, tmp_path):
    draft = _draft(kg, tmp_path, TIMELINE, "r19-timeline-name")
    labels = {e.label for e in draft.entities.values() if not e.role}
    assert any(label.endswith("of Central China") for label in labels), labels
    # and no name runs from one row into the next
    for e in draft.entities.values():
        for m in e.mentions:
            row = _row_of(TIMELINE, m.start)
            if row is not None:
                assert m.end <= row.end + 1, (e.label, TIMELINE[m.start:m.end])


def test_a_row_of_figures_keyed_by_a_year_is_no_event(kg, tmp_path):
    draft = _draft(kg, tmp_path, FIGURES, "r19-figures")
    for e in _events(draft):
        assert not e.label[:1].isdigit(), e.label


def _growth(read, unit: str, n: int) -> float:
    """How much longer reading a text of ``2n`` units takes than one of ``n`` (linear: about 2,
    quadratic: about 4); the better of three runs each, with the garbage collector held (its
    full sweeps of a test session's large heap grow with what a run allocates, not with how
    the reader scans)."""
    def took(k):
        best = None
        for _ in range(3):
            text = unit * k         # (a fresh text each time: no reader's cache answers)
            t0 = time.process_time()
            read(text)
            best = min(best or 1e9, time.process_time() - t0)
        return max(best, 0.005)
    gc.collect()
    gc.disable()
    try:
        # (the better of two ratios: one measurement on a loaded machine can be off by 2x)
        return min(took(2 * n) / took(n) for _ in range(2))
    finally:
        gc.enable()


def test_reading_rows_is_linear_in_the_text():
    row = "  Apr 28   Crews pumped the tank dry; the works were told to stop\n" \
          "           both furnaces at the Qingshui lead works\n"
    assert _growth(lambda t: keyed_rows(t), row, 4_000) < 3.2
    # a row that wraps onto thousands of lines is read once
    long_row = "  Apr 28   start\n" + "           more words here\n" * 20_000 + "  Apr 29   end\n"
    t3 = time.process_time()
    assert len(keyed_rows(long_row)) == 2
    assert time.process_time() - t3 < 10.0


# --- tables -------------------------------------------------------------------------------

from kg.ingest.reading.tables import tables  # noqa: E402
from kg.ingest.reading.table_positions import outside_cells  # noqa: E402

PIPE = """Tin blocks sold at auction

The Yunnan Provincial Department of Natural Resources sold three tin blocks on 9 June 2027.

| Block | Winner | County | Price (million yuan) |
|---|---|:---:|---:|
| Laochang East | Yunnan Baiyun Tin Mining Co., Ltd. | Mengla County | 312 |
| Kafang North | Honghe Jinxi Tin Industry Co., Ltd. | Lüchun County | 95 |

The buyers must start drilling within a year.
"""

ALIGNED = """New capacity approved in Guangxi

The regional commission approved three projects on 4 May 2027.

  Company                                   County           Capacity
  --------------------------------------    -------------    -----------------
  Qinzhou Haitian Aluminium Co., Ltd.       Lingshan County  300,000 t alumina
  Wuzhou Lianhe Tin Smelting                Cenxi City       20,000 t tin
    Co., Ltd.
  Yulin Dongfang Zinc Industry Co., Ltd.    --               15,000 t zinc

Work on all three is due to begin this year.
"""


def _cells(text):
    return [[(c.header, " ".join(text[a:b] for a, b in c.spans)) for c in r.cells]
            for t in tables(text) for r in t.rows]


def test_a_pipe_table_gives_rows_and_cells_under_their_headers():
    (t,) = tables(PIPE)
    assert [h[2] for h in t.header] == ["Block", "Winner", "County", "Price (million yuan)"]
    rows = _cells(PIPE)
    assert rows[0] == [("Block", "Laochang East"), ("Winner", "Yunnan Baiyun Tin Mining Co., Ltd."),
                       ("County", "Mengla County"), ("Price (million yuan)", "312")]
    # offsets into the text as stored
    cell = t.rows[1].cells[1]
    assert PIPE[cell.start:cell.end] == "Honghe Jinxi Tin Industry Co., Ltd."


def test_an_aligned_table_with_a_rule_an_empty_cell_and_a_wrapped_cell():
    rows = _cells(ALIGNED)
    assert len(rows) == 3
    assert rows[1][0] == ("Company", "Wuzhou Lianhe Tin Smelting Co., Ltd.")
    assert rows[1][1] == ("County", "Cenxi City")
    assert [h for h, _ in rows[2]] == ["Company", "Capacity"]      # "--": an empty cell


@pytest.mark.parametrize("text", [
    # fields, not a table: no header names their columns
    "Bidder:      Qinzhou Haitian Aluminium Co., Ltd.\nCounty:      Lingshan County\n"
    "Price:       312 million yuan\n",
    # a two-column list whose first line holds a figure: no header
    "  Bond name        27 Haitian G1\n  Size             2 billion yuan\n  Term             5 years\n",
    # prose set with two spaces after a full stop
    "The plant opened.  It makes foil.\nThe mill closed.  It made wire.\nBoth are in Baise.\n",
    # a header with one row only
    "  Company        County\n  Qinzhou Haitian Aluminium Co., Ltd.    Lingshan County\n",
])
def test_what_is_no_table(text):
    assert tables(text) == []


def test_header_cells_are_no_names_and_no_name_runs_across_cells(kg, tmp_path):
    draft = _draft(kg, tmp_path, ALIGNED, "r19-aligned")
    labels = {e.label for e in draft.entities.values()}
    assert not any("Company" in x and "County" in x for x in labels), labels
    head = ALIGNED.index("Company")
    assert not outside_cells(ALIGNED, head, head + len("Company"))
    a = ALIGNED.index("Qinzhou")
    assert outside_cells(ALIGNED, a, a + len("Qinzhou Haitian Aluminium Co., Ltd."))
    assert not outside_cells(ALIGNED, a, ALIGNED.index("Lingshan County") + 8)
    assert outside_cells(ALIGNED, 0, 5)       # the headline: outside every table


def _located(draft, label_part):
    ent = next(e for e in draft.entities.values() if label_part in e.label)
    return {str(o).rsplit("/", 1)[-1] for p, o, _, r in ent.statements
            if str(p).endswith("locatedIn") and r == "table:row-place"}


def test_a_company_is_in_its_row_s_county(kg, tmp_path):
    draft = _draft(kg, tmp_path, ALIGNED, "r19-aligned-2")
    assert any("lingshan" in x for x in _located(draft, "Qinzhou Haitian"))
    assert not any("cenxi" in x for x in _located(draft, "Qinzhou Haitian"))
    # an empty cell ("--"): no place
    assert not _located(draft, "Yulin Dongfang")


CITIES = """Pilot cities for scrap recycling

The ministry named three pilot cities on 2 July 2027.

  City        Province     Main scrap streams
  Lianyuan    Hunan        scrap copper
  Zhangshu    Jiangxi      recycled aluminium
  Hunan       Jiangxi      a mistaken row

Each city must send its work plan by 30 September 2027.
"""

SITES = """Energy efficiency leaders

The association named two leaders on 3 August 2027.

  Enterprise and plant                                  Place              Measured
  Dongying Fangyuan Copper Co., Ltd., Dongying smelter  Dongying, Shandong 160 kgce/t
  Hezhou Pingui Zinc Co., Ltd., Hezhou zinc plant       Hezhou, Guangxi    900 kgce/t
"""


def test_a_smaller_place_is_in_its_row_s_larger_one_and_not_the_other_way(kg, tmp_path):
    draft = _draft(kg, tmp_path, CITIES, "r19-cities")
    assert any("jiangxi" in x for x in _located(draft, "Zhangshu"))
    # a province in the City column is not placed in another province
    hunan = [e for e in draft.entities.values() if e.label.startswith("Hunan")]
    for e in hunan:
        assert not any(r == "table:row-place" for *_, r in e.statements)


def test_the_site_of_a_cell_is_placed_not_its_owner(kg, tmp_path):
    draft = _draft(kg, tmp_path, SITES, "r19-sites")
    for e in draft.entities.values():
        if str(e.cls).endswith("#Company"):
            assert not any(r == "table:row-place" for *_, r in e.statements), e.label


def test_reading_tables_is_linear_in_the_text():
    head = "  Company                         County           Capacity\n"
    row = "  Qinzhou Haitian Aluminium Co.   Lingshan County  300,000 t\n"
    assert len(tables(head + row * 100)[0].rows) == 100
    assert _growth(lambda t: tables(head + t), row, 4_000) < 3.2
    # many lines that look like headers, none a table
    junk = "Alpha  Beta\n" * 20_000
    t3 = time.process_time()
    tables(junk)
    assert time.process_time() - t3 < 10.0
    wide = "  ".join(f"H{chr(65 + i % 26)}x" for i in range(3000))
    wide = wide.replace("0", "")
    t4 = time.process_time()
    tables(wide + "\n" + wide + "\n" + wide + "\n")
    assert time.process_time() - t4 < 10.0


BODY_AFTER = """Pilot cities for scrap recycling

The ministry named two pilot cities on 2 July 2027.

  City        Province     Main scrap streams
  Lianyuan    Hunan        scrap copper
  Zhangshu    Jiangxi      recycled aluminium

Each city must send its work plan to the provincial department of commerce by 30 September
2027.
"""


def test_a_place_in_a_table_is_its_row_s_not_the_text_s(kg, tmp_path):
    draft = _draft(kg, tmp_path, BODY_AFTER, "r19-body-after")
    for e in draft.entities.values():
        if "department of commerce" in e.label.lower():
            assert not any(str(p).endswith("locatedIn") for p, *_ in e.statements), e.label


def test_a_name_wrapped_in_its_cell_is_one_name_placed_by_its_row(kg, tmp_path):
    draft = _draft(kg, tmp_path, ALIGNED, "r19-wrapped-cell")
    ent = next(e for e in draft.entities.values() if e.label.startswith("Wuzhou Lianhe"))
    assert ent.label == "Wuzhou Lianhe Tin Smelting Co., Ltd."
    # its mention is the cell's first line, a span of the text as stored
    assert {ALIGNED[m.start:m.end] for m in ent.mentions} == {"Wuzhou Lianhe Tin Smelting"}
    assert any("cenxi" in x for x in _located(draft, "Wuzhou Lianhe"))


def test_a_winner_owns_the_block_of_its_row_and_the_block_is_in_the_row_s_county(kg, tmp_path):
    draft = _draft(kg, tmp_path, PIPE, "r19-blocks")
    block = next(e for e in draft.entities.values() if e.label == "Laochang East")
    assert str(block.cls).endswith("#Site")
    owners = {str(o).rsplit("/", 1)[-1] for p, o, *_ in block.statements
              if str(p).endswith("ownedBy")}
    assert any("baiyun" in x for x in owners) and not any("jinxi" in x for x in owners)
    assert any("mengla" in x for x in _located(draft, "Laochang East"))
    # the winner is not placed in the block's county
    assert not _located(draft, "Baiyun Tin Mining")
    # header cells are no names
    labels = {e.label for e in draft.entities.values()}
    assert not labels & {"Block", "Winner", "County"}


NO_OWNER = """Tin blocks on offer

The department offered two blocks on 9 June 2027.

| Block | Bidders | Reserve price |
|---|---|---|
| Laochang East | 3 | 300 |
| Kafang North | 2 | 90 |
"""


def test_no_owner_column_no_owner(kg, tmp_path):
    draft = _draft(kg, tmp_path, NO_OWNER, "r19-no-owner")
    for e in draft.entities.values():
        assert not any(r == "table:row-owner" for *_, r in e.statements), e.label


PIPE_TIMELINE = """Smelter restarts after repairs

Baiyin Daily    6 April 2026

| Date | What happened |
|---|---|
| 2026-03-30 | Line 2 of the smelter restarted |
| 2026-04-02 | The county lifted its order; the plant resumed shipments |
"""


def test_a_pipe_table_keyed_by_dates_dates_its_rows(kg, tmp_path):
    draft = _draft(kg, tmp_path, PIPE_TIMELINE, "r19-pipe-timeline")
    events = _events(draft)
    shipped = next(e for e in events if "resumed shipments" in e.label)
    assert _start(shipped) == "2026-04-02"
    assert "|" not in shipped.label
    restarted = next(e for e in events if "restarted" in e.label)
    assert _start(restarted) == "2026-03-30" and "|" not in restarted.label
