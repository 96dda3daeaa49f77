"""Round 19, layouts read as a reviewer reads them. A timeline set out one entry a line, each
keyed by its date, with the lines an entry wraps onto indented under it: a row is a unit (no
sentence, label, name or evidence span runs from one row into the next), a wrapped line is its
row's, and the row's key dates what the row says."""
from __future__ import annotations

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


def test_reading_rows_is_linear_in_the_text():
    row = "  Apr 28   Crews pumped the tank dry; the works were told to stop\n" \
          "           both furnaces at the Qingshui lead works\n"
    small, big = row * 2_000, row * 8_000
    t0 = time.process_time()
    assert len(keyed_rows(small)) == 2_000
    t1 = time.process_time()
    assert len(keyed_rows(big)) == 8_000
    t2 = time.process_time()
    assert (t2 - t1) < 8 * max(t1 - t0, 0.01)
    # a row that wraps onto thousands of lines is read once
    long_row = "  Apr 28   start\n" + "           more words here\n" * 20_000 + "  Apr 29   end\n"
    t3 = time.process_time()
    assert len(keyed_rows(long_row)) == 2
    assert time.process_time() - t3 < 2.0
