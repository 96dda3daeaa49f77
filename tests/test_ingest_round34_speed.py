"""Round 34, speed: more of the work of the text alone is done by the second process of
`kg ingest` (kg/ingest/ahead.py), which idled for the last quarter of a run: some rules'
whole-text scans (reading/scans_ahead: the plural facility heads of names/plural_sites, the
facility heads, the event and document nouns ...) and whether each sentence may set a mood
(reading/mood), as LATER jobs; and, before it reads the article, the stamps of the ingest code
the snapshot's name hashes (ahead.EARLY, knowledge/code_stamps), taken by the command while it
imports its rules. The command never waits for them, and the draft is the same byte for byte
either way."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

from tests.ahead_runs import FORKS, python_out as _python

from kg.ingest import ahead
from kg.ingest.knowledge.code_stamps import code_stamps
from kg.ingest.reading import mood, scans_ahead
from kg.ingest.reading.caseless import lowered

ARTICLE = """Qilian Light Metals widens its reach
Lanzhou, 9 March 2028 -- Qilian Light Metals Co., Ltd. said on Thursday that its aluminium
smelters in Gansu Province had run at full load through the winter, and that the magnesium
ingot lines of the company at Zhangye would be doubled by 2029.
The company did not buy the Wuwei rolling mill, its chairman Han Yuting told reporters. Could
the group still bid for it? Han said a new offer would depend on power prices.
Qilian Light Metals Co., Ltd. also signed a supply agreement with Heihe Foil Co., Ltd. for
20,000 tonnes of foil stock a year. If the Zhangye lines start on time, deliveries will begin
in the third quarter.
"""


def test_the_scans_read_ahead_are_the_rules_own_matches():
    """Each scan of scans_ahead.SCANS, as the second process sends it, gives the rule the very
    matches of its pattern: every group's text and span, by number and by name."""
    sent = {**scans_ahead.first_scans(ARTICLE), **scans_ahead.scans(ARTICLE)}
    assert sorted(sent) == sorted((m, n) for m, n, _ in scans_ahead.SCANS)
    seen = 0
    for module, name, low in scans_ahead.SCANS:
        job = (module, name)
        rx = scans_ahead._pattern(job)
        read = lowered(ARTICLE) if low else ARTICLE
        index, regs = sent[job]
        found = [scans_ahead.Found(read, r, index) for r in regs]
        real = list(rx.finditer(read))
        assert len(found) == len(real), job
        for f, m in zip(found, real):
            assert f.regs == m.regs and f.group() == m.group(0) == f[0]
            assert f.groups() == m.groups() and f.groupdict() == m.groupdict()
            for g in list(range(rx.groups + 1)) + list(rx.groupindex):
                assert (f.group(g), f.span(g), f.start(g), f.end(g)) == \
                    (m.group(g), m.span(g), m.start(g), m.end(g))
            with pytest.raises(IndexError):
                f.group("no such group")
        seen += len(real)
    assert seen >= 5        # (the article holds a few of them: heads, lists, nouns)
    # without a second process: the pattern's own finditer
    job = ("kg.ingest.names.plural_sites", "head_pattern")
    assert [m.group(0) for m in scans_ahead.finditer(scans_ahead._pattern(job), ARTICLE, job)] \
        == ["smelters", "lines", "lines"]


def test_the_sentence_moods_are_those_the_rules_read():
    from kg.ingest.reading.sentences import Sentences

    moods = mood.sentence_moods(ARTICLE)
    sents = Sentences(ARTICLE)
    assert sorted(moods) == [sents.bounds(s) for s in sents.starts]
    assert all(moods[k] == mood.may_set_mood(ARTICLE, *k) for k in moods)
    cued = [" ".join(ARTICLE[a:b].split()) for (a, b), v in moods.items() if v]
    assert any(c.startswith("The company did not buy") for c in cued)
    assert any(c.startswith("Could the group") for c in cued)
    assert not any(c.startswith("Qilian Light Metals Co., Ltd. also signed") for c in cued)


def test_without_a_second_process_there_is_no_early_answer():
    assert ahead._pending == {}
    assert all(ahead.early(job) is None for job in ahead.EARLY)


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_the_second_process_sends_the_code_stamps_first_and_the_new_jobs_later(tmp_path):
    art = tmp_path / "qilian.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    got = _python("""
        import importlib, os, sys
        from pathlib import Path
        from kg.ingest import ahead
        from kg.ingest.knowledge.code_stamps import code_stamps
        from kg.ingest.reading.folded import reading_copy
        from kg.ingest.reading.text import read_article
        path = Path(sys.argv[1])
        with ahead.started(path):
            pid = ahead._pending["pid"]
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)    # (done, not reaped)
            print("stamps", ahead.early(ahead.EARLY[0]) == code_stamps())
            text = reading_copy(read_article(path).text)
            ahead._take(text)       # (the readers' answers were left in the pipe for it)
            print("seen", ahead._pending.get("seen") == ahead.digest(text))
            for job in [j for j in ahead.LATER
                        if j[1] in ("first_scans", "scans", "sentence_moods")]:
                module, name = job
                mine = getattr(importlib.import_module(module), name)(text)
                print(name, ahead.answer(job, text) == mine)
        print(ahead._pending == {})
    """, str(art))
    assert got.split() == ["stamps", "True", "seen", "True", "first_scans", "True", "scans",
                           "True", "sentence_moods", "True", "True"]


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_an_early_job_that_fails_in_the_child_is_worked_out_here(tmp_path):
    art = tmp_path / "qilian.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "round34_jobs.py").write_text(textwrap.dedent('''
        def broken():
            raise ValueError("failing in the second process")
        def answer():
            return "forty-two"
    '''), encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(tmp_path),
                                                       os.environ.get("PYTHONPATH", "")]))
    got = _python("""
        import os, sys
        from kg.ingest import ahead
        ahead.EARLY = (("round34_jobs", "broken"), ("round34_jobs", "answer"))
        with ahead.started(sys.argv[1]):
            os.waitid(os.P_PID, ahead._pending["pid"], os.WEXITED | os.WNOWAIT)
            print(ahead.early(("round34_jobs", "broken")))
            print(ahead.early(("round34_jobs", "answer")))
    """, str(art), env=env)
    assert got.split() == ["None", "forty-two"]


def test_the_snapshot_is_named_by_the_same_stamps(monkeypatch):
    from kg.ingest.knowledge import snapshot
    from kg.model.linkindex import input_files

    files = input_files(None)
    here = snapshot.entry_name(files)
    monkeypatch.setattr(ahead, "early", lambda job: code_stamps() if job == snapshot._STAMPS
                        else None)
    assert snapshot.entry_name(files) == here
    monkeypatch.setattr(ahead, "early", lambda job: code_stamps() + "x")
    assert snapshot.entry_name(files) != here       # (the stamps are in the name)


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_the_command_drafts_the_same_with_the_new_work_done_ahead(tmp_path):
    art = tmp_path / "qilian.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    drafts = []
    for mode in ("1", "0"):
        env = dict(os.environ, KG_INGEST_AHEAD=mode, KG_CACHE_DIR=str(tmp_path / "cache"))
        out = tmp_path / f"draft-{mode}.ttl"
        for _ in range(2):      # (the second with the patterns and the snapshot kept)
            r = subprocess.run([sys.executable, "-m", "kg", "ingest", str(art), "--id",
                                "qilian-reach", "-o", str(out), "--force"],
                               capture_output=True, text=True, env=env, timeout=300)
            assert r.returncode == 0, r.stderr
        drafts.append(out.read_text(encoding="utf-8"))
    assert drafts[0] == drafts[1]
    assert "Aluminium smelters of Qilian Light Metals in Gansu Province" in drafts[0]  # (a site)
    assert "Wuwei" in drafts[0]
