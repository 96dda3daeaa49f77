"""Round 31, speed: once the second process of `kg ingest` (kg/ingest/ahead.py) has sent the
names of the text alone it goes on with the work of the text alone the rules ask for later
(ahead.LATER: the sentences' starts, the whole-text date readings, the event roles' cues); the
rules take its answers when they have come and work them out themselves otherwise. The draft is
the same byte for byte either way."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.ahead_runs import FORKS, python_out as _python

from kg.ingest import ahead
from kg.ingest.events import article_date
from kg.ingest.reading import dates as date_reader
from tests.hostile_drafts import snapshot_kg  # noqa: F401 (a fixture)

# (long enough for the date readings kept per article: 2,000 characters or more)
ARTICLE = """Tianshan Lightweight Alloys Co., Ltd. opens its Hami rolling mill
Hami, 18 May 2027 -- Tianshan Lightweight Alloys Co., Ltd. held the opening ceremony of its Hami
aluminium rolling mill on Monday. The ceremony was chaired by Ma Jianguo, deputy general manager
of the company, and attended by officials of the Hami Municipal People's Government. Speakers
included Professor Liu Qinghe of the Xinjiang Institute of Light Metals and Ruan Dewei, chairman
of Kunlun Foil Packaging Co., Ltd.
The mill, built in eighteen months, can roll 300,000 tonnes of sheet and foil a year. Its first
coil left the line on 12 May 2027, and a second line is due to start up in March 2028.
On 20 May 2027, the company signed a supply agreement with Kunlun Foil Packaging Co., Ltd. for
60,000 tonnes of foil stock a year. The agreement was witnessed by Zhou Mingyuan, vice mayor of
Hami.
Data released by the Xinjiang Nonferrous Metals Industry Association (XNMIA) on 15 May showed
that the region produced 1.9 million tonnes of aluminium sheet in the first four months of
2027, up 6% from a year earlier.
The company also announced that Gao Shulan will serve as general manager of the Hami mill with
effect from 1 June 2027, succeeding Ma Jianguo, who becomes chief engineer of the group.
The two-day Tianshan Aluminium Forum, organised by the XNMIA and co-organised by Tianshan
Lightweight Alloys Co., Ltd., opened in Urumqi on 22 May 2027. Delegates from 40 companies
discussed recycled aluminium, low-carbon rolling and export certification. The forum was
supported by the Urumqi Economic and Technological Development Zone.
On the second day, the participants visited the Hami mill. Earlier this month, the company said
its recycling plant in Turpan had started a pilot line for scrap sorting.
Gao Shulan joined Tianshan Lightweight Alloys Co., Ltd. in 2009 as a process engineer and has
run its cold rolling workshop since 2021. The Hami mill employs 640 people, a third of them
hired in the city, and takes its power from a wind and solar park east of Hami.
The next forum will be held in May 2028.
"""



def test_the_article_is_long_enough_for_the_kept_readings():
    assert len(ARTICLE) >= 2000


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_the_second_process_answers_the_later_work_as_it_is_worked_out_here(tmp_path):
    art = tmp_path / "mill.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    env = dict(os.environ, KG_CACHE_DIR=str(tmp_path / "cache"))    # (a first run: the most sent)
    got = _python("""
        import importlib, os, sys
        from pathlib import Path
        from kg.ingest import ahead
        from kg.ingest.reading.folded import reading_copy
        from kg.ingest.reading.text import read_article
        path = Path(sys.argv[1])
        with ahead.started(path, "2027-05-18"):
            pid = ahead._pending["pid"]
            text = reading_copy(read_article(path).text)
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)    # (done, not reaped)
            ahead._take(text)
            for job in ahead.LATER:
                module, name = job
                mine = getattr(importlib.import_module(module), name)(text, date="2027-05-18")
                print(name, ahead.answer(job, text) == mine)
            print(ahead.answer(ahead.LATER[0], text + " "))     # (another text: none)
        print(ahead._pending == {})
        try:
            os.waitpid(pid, os.WNOHANG)
            print("not reaped")
        except ChildProcessError:
            print("reaped")
    """, str(art), env=env)
    # (every job of LATER: round 34 added two)
    assert got.split() == [x for _, name in ahead.LATER for x in (name, "True")] \
        + ["None", "True", "reaped"]
    assert {"split_starts", "date_readings", "sentence_cues"} <= {n for _, n in ahead.LATER}


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_a_later_job_that_fails_in_the_child_is_worked_out_here(tmp_path):
    art = tmp_path / "mill.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "round31_jobs.py").write_text(textwrap.dedent('''
        def broken(text, date=None):
            raise ValueError("a rule failing in the second process")
        def length(text, date=None):
            return len(text)
    '''), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path),
                                                       os.environ.get("PYTHONPATH", "")]))
    got = _python("""
        import os, sys
        from kg.ingest import ahead
        ahead.LATER = (("round31_jobs", "broken"), ("round31_jobs", "length"))
        with ahead.started(sys.argv[1]):
            pid = ahead._pending["pid"]
            text = open(sys.argv[1], encoding="utf-8").read()
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)    # (done, not reaped)
            ahead._take(text)
            print(ahead.answer(("round31_jobs", "broken"), text))
            print(ahead.answer(("round31_jobs", "length"), text) == len(text))
    """, str(art), env=env)
    assert got.split() == ["None", "True"]


def test_without_a_second_process_there_is_no_answer():
    assert ahead._pending == {}
    assert all(ahead.answer(job, ARTICLE) is None for job in ahead.LATER)


def test_the_date_readings_are_the_ones_the_rules_ask(monkeypatch, snapshot_kg):
    """Every find_dates of the whole article the rules make is one of the keys the second
    process reads for (events/article_date.reading_keys), with --date and without."""
    from kg.ingest import pipeline
    from kg.ingest.reading.folded import reading_copy
    from tests.hostile_drafts import article

    asked = []
    real = date_reader.find_dates

    def spy(text, doc_year=None, extended=False, doc_date=None):
        if text == ARTICLE:
            asked.append((doc_year, extended, doc_date))
        return real(text, doc_year, extended, doc_date)
    monkeypatch.setattr(date_reader, "find_dates", spy)
    for module in list(sys.modules.values()):
        if getattr(module, "__name__", "").startswith("kg.ingest") \
                and getattr(module, "find_dates", None) is real:
            monkeypatch.setattr(module, "find_dates", spy)
    kg = snapshot_kg
    for date in (None, "2027-05-18", "2027-05"):
        asked.clear()
        pipeline.ingest(kg, article(ARTICLE, "mill.txt"), "tianshan-hami-mill", date=date)
        day = article_date.article_date(reading_copy(ARTICLE), date)
        keys = set(article_date.reading_keys(ARTICLE, day))
        assert asked and set(asked) <= keys, (date, set(asked) - keys)


def test_the_pipeline_reads_the_article_date_as_before():
    day = article_date.article_date(ARTICLE)
    assert day == ("2027-05-18", None, "2027", False)
    assert article_date.article_date(ARTICLE, "2026-12-01").value == "2026-12-01"
    yearless = "SHANGHAI, Nov. 9 -- Kunlun Foil said on Monday it had started a line.\n"
    day = article_date.article_date(yearless, None, __import__("datetime").date(2027, 1, 5))
    assert day.value is not None and day.value.endswith("-11-09") and day.note


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_the_command_drafts_the_same_with_the_later_work_done_ahead(tmp_path):
    art = tmp_path / "mill.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    drafts = []
    for mode in ("1", "0"):
        env = dict(os.environ, KG_INGEST_AHEAD=mode, KG_CACHE_DIR=str(tmp_path / "cache"))
        out = tmp_path / f"draft-{mode}.ttl"
        for _ in range(2):      # (the second with the patterns kept)
            r = subprocess.run([sys.executable, "-m", "kg", "ingest", str(art), "--id",
                                "tianshan-hami-mill", "-o", str(out), "--force"],
                               capture_output=True, text=True, env=env, timeout=300)
            assert r.returncode == 0, r.stderr
        drafts.append(out.read_text(encoding="utf-8"))
    assert drafts[0] == drafts[1]
    assert "Gao Shulan" in drafts[0] and "organizedBy" in drafts[0]


def test_the_command_reads_the_word_lists_as_kept_until_one_is_edited(tmp_path, monkeypatch):
    """kg/ingest/lexicon.kept(): one entry of every list in the cache folder, each list taken
    from it only while its file is as it was kept; a list read afresh keeps them all again."""
    import time

    from kg.ingest import lexicon
    folder = tmp_path / "lists"
    folder.mkdir()
    (folder / "round31-metals.txt").write_text("# metals\ncopper\nzinc  # a comment\n\n",
                                               encoding="utf-8")
    (folder / "round31-roles.txt").write_text("chairman\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "_FOLDER", str(folder))
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    reads = []
    real_parsed = lexicon._parsed
    monkeypatch.setattr(lexicon, "_parsed", lambda text: reads.append(text) or real_parsed(text))

    def run(name):
        lexicon.lines.cache_clear()
        with lexicon.kept():
            return lexicon.lines(name)
    assert run("round31-metals") == ("copper", "zinc")      # (no entry yet: read, then kept)
    assert len(reads) == 3          # (the list, then both lists kept)
    reads.clear()
    assert run("round31-metals") == ("copper", "zinc") and reads == []     # (from the entry)
    time.sleep(0.01)
    (folder / "round31-metals.txt").write_text("copper\nnickel\n", encoding="utf-8")
    assert run("round31-metals") == ("copper", "nickel")    # (edited: read afresh)
    reads.clear()
    assert run("round31-metals") == ("copper", "nickel") and reads == []
    lexicon.lines.cache_clear()
    assert lexicon.lines("round31-roles") == ("chairman",)  # (outside the command: the file)
    assert reads == ["chairman\n"]
    lexicon.lines.cache_clear()
