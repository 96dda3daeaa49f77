"""Round 18, speed: the summary table of ``kg ingest`` drawn without rich
(kg/render/plain_table.py) is the very text rich prints, for random tables and the command's
own; where it cannot be sure (a terminal, colour forced, another encoding, a wide character) it
declines and rich draws; a warm ``kg ingest`` no longer imports rich. No timing is asserted
here (bench/ingest_speed.py)."""
from __future__ import annotations

import io
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from kg.render import output, plain_table

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = ["class", "label", "iri", "known", "mentions", "rule", "confidence"]


def _both(monkeypatch, rows, columns, title, width):
    monkeypatch.setattr(output, "_width", lambda: width)
    by_rich = io.StringIO()
    output._rich_table(rows, columns, title, by_rich)
    plain = io.StringIO()
    drawn = output._plain_table(rows, columns, title, plain)
    return by_rich.getvalue(), (plain.getvalue() if drawn else None)


def test_one_cell_characters_are_one_cell_for_rich():
    from rich.cells import cell_len

    assert [c for c in plain_table.ONE_CELL if cell_len(c) != 1] == []
    assert all(cell_len(f"a{c}b") == 3 for c in plain_table.ONE_CELL)


def test_written_tables_are_riches_text(monkeypatch):
    rows = [
        {"class": "Company", "label": "Qinling Light Alloy Co., Ltd.", "iri":
         "https://w3id.org/nfkg/id/qinling-light-alloy-co-ltd", "known": False, "mentions": 3,
         "rule": "name:company-suffix", "confidence": 0.7},
        {"class": "Event", "label": "The second forum on recycled magnesium held in a small "
         "county town, with a very long name that has to wrap over several lines",
         "iri": "https://w3id.org/nfkg/id/" + "x" * 90, "known": False, "mentions": 1,
         "rule": "event:dated-clause", "confidence": 0.5},
        {"class": "Person", "label": "Zhou Wen’s “deputy” — interim\nsecond line", "iri": None,
         "known": True, "mentions": 12, "rule": ["a", "b"], "confidence": 1.0},
        {"class": "", "label": "  spaced   out  words  ", "iri": "", "known": True,
         "mentions": 0, "rule": "tab\there", "confidence": 0.25},
    ]
    for width in (100, 123, 160, 240):
        for title in ("Draft of a-note", None, "", "Draft of " + "long-id-" * 30):
            for some in (rows, rows[:1], []):
                by_rich, plain = _both(monkeypatch, some, COLUMNS, title, width)
                assert plain == by_rich, (width, title, len(some))


def test_random_tables_are_riches_text(monkeypatch):
    rnd = random.Random(18)
    pool = list("abcdefghijklmnopqrstuvwxyzABCDEFGH0123456789-.,:;()/'\"") + [" "] * 12 \
        + ["\n", "\xa0", "’", "—", "é", "Ω", "…", "  "]

    def text():
        size = rnd.choice([1, 3, 8, 20, 60, 150])
        return "".join(rnd.choice(pool) for _ in range(rnd.randint(0, size)))

    drawn = 0
    for _ in range(300):
        columns = [f"col_{i}" for i in range(rnd.randint(1, 14))]
        rows = [{c: rnd.choice([text(), text(), rnd.randint(0, 10 ** 9), None, False, [text()]])
                 for c in columns} for _ in range(rnd.randint(0, 6))]
        title = rnd.choice([None, "Draft of t", text()])
        by_rich, plain = _both(monkeypatch, rows, columns, title, rnd.choice([100, 131, 160]))
        if plain is not None:
            drawn += 1
            assert plain == by_rich
    assert drawn > 250


def test_declines_what_it_cannot_be_sure_of(monkeypatch):
    rows = [{"label": "Baiyin 白银 Nonferrous"}]
    assert _both(monkeypatch, rows, ["label"], "t", 160)[1] is None     # a wide character
    assert _both(monkeypatch, [{"label": "a\u200db"}], ["label"], "t", 160)[1] is None

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    class Latin1(io.StringIO):
        encoding = "latin-1"

    assert not plain_table.plain_console(Terminal())
    assert not plain_table.plain_console(Latin1())
    assert plain_table.plain_console(io.StringIO())
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert not plain_table.plain_console(io.StringIO())
    monkeypatch.delenv("FORCE_COLOR")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    assert not plain_table.plain_console(io.StringIO())


def test_table_without_plain_is_riches_as_before(monkeypatch):
    """Other commands (plain not asked) still draw with rich, and a cut table says so."""
    called = []
    monkeypatch.setattr(output, "_plain_table", lambda *a: called.append(a) or False)
    out = io.StringIO()
    output.table([{"a": 1}, {"a": 2}], ["a"], "T", file=out, max_rows=1)
    assert not called and out.getvalue().endswith("… 1 more rows not shown: use --format "
                                                  "json or --format csv to see all 2\n")
    output.table([{"a": 1}], ["a"], "T", file=io.StringIO(), plain=True)
    assert called


_ARTICLE = """Copper Recyclers Meet in Tongling

Tongling, 14 May 2026 -- The Anhui Copper Recycling Association held its spring council in
Tongling on Thursday. Li Hua, secretary-general of the association, said members had
processed more scrap than a year before. Tongling Nonferrous Metals Group Co., Ltd. and
Jiangxi Copper signed an agreement on cathode supply at the meeting.
"""


def _ingest(runner, tmp_path, *extra):
    from kg.cli import app

    article = tmp_path / "note.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    got = runner.invoke(app, ["ingest", str(article), "--id", "copper-note", "-o",
                              str(tmp_path / "d.ttl"), "--force", *extra])
    assert got.exit_code == 0, got.output
    return got.output


def test_the_commands_table_is_the_one_rich_draws(runner, tmp_path, monkeypatch):
    plain = _ingest(runner, tmp_path)
    short = _ingest(runner, tmp_path, "--rows", "2")
    monkeypatch.setattr(plain_table, "draw", lambda *a: None)          # rich draws
    assert _ingest(runner, tmp_path) == plain
    assert _ingest(runner, tmp_path, "--rows", "2") == short
    assert "┏" in plain and "copper-note" in plain and "more rows not shown" in short


_PROBE = """
import sys
from kg.cli import main
sys.argv = ["kg"] + sys.argv[1:]
try:
    main()
except SystemExit as exc:
    code = exc.code
print("RICH-IMPORTED" if "rich" in sys.modules else "RICH-ABSENT", file=sys.stderr)
sys.exit(code)
"""


def test_a_warm_ingest_draws_its_table_without_importing_rich(tmp_path):
    article = tmp_path / "note.txt"
    article.write_text(_ARTICLE, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("FORCE_COLOR", None)
    env.pop("TTY_COMPATIBLE", None)
    args = ["ingest", str(article), "--id", "copper-note", "-o", str(tmp_path / "d.ttl"),
            "--force"]
    for _ in range(2):          # (the first may write the snapshot)
        got = subprocess.run([sys.executable, "-c", _PROBE, *args], env=env, cwd=str(ROOT),
                             capture_output=True, text=True, timeout=300)
        assert got.returncode == 0, got.stderr
    assert "RICH-ABSENT" in got.stderr and "┃ class" in got.stdout
    # json asks nothing of rich either; another command's table still uses it
    got = subprocess.run([sys.executable, "-c", _PROBE, *args, "--format", "json"], env=env,
                         cwd=str(ROOT), capture_output=True, text=True, timeout=300)
    assert got.returncode == 0 and "RICH-ABSENT" in got.stderr


@pytest.mark.parametrize("width", [100, 160])
def test_a_closed_pipe_ends_as_riches_does(monkeypatch, width):
    class Closed(io.StringIO):
        def write(self, s):
            raise BrokenPipeError

    monkeypatch.setattr(output, "_width", lambda: width)
    dup2 = []
    monkeypatch.setattr(os, "dup2", lambda a, b: dup2.append((a, b)))
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    monkeypatch.setattr(sys.stdout, "fileno", lambda: 1, raising=False)
    with pytest.raises(SystemExit) as exc:
        output._plain_table([{"a": "b"}], ["a"], "t", Closed())
    assert exc.value.code == 1 and dup2 and dup2[0][1] == 1
