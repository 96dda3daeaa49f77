"""Round 37, speed: the second process of `kg ingest` (kg/ingest/ahead.py) sends the first
whole-text scans the names stage asks for on their own (reading/scans_ahead.first_scans), and
works out two answers the command asks for late, while it would idle: where the article's words
start and end (reading/word_spans, the relation prior's word counts between two names) and the
days their month does not have (reading/unreal_days, asked twice), and the whole-text scans of
five late rules' patterns (reading/scans_ahead.late_scans: the scope verbs, directorships,
counted topics, records' date fields). Each answer is the one the command would work out
itself; without the second process nothing changes."""
from __future__ import annotations

import random

import pytest

from tests.ahead_runs import FORKS, python_out as _python

from kg.ingest import ahead
from kg.ingest.reading import scans_ahead, unreal_days, word_spans
from kg.ingest.reading.counted import at_most

ARTICLE = """Tarn Valley Zinc restarts its roaster
Kalgoorlie, 14 May 2029 -- Tarn Valley Zinc Pty Ltd said its roaster at Norseman, idle since
the flood of 31 April 2029, would run again from June 31, after the state's mines department
cleared the repairs. The company's chief executive, Ruth O'Malley-Grant, said the co-owners
(Banksia Resources and Kestrel Metals) had agreed to fund the 12-week overhaul.
Ore from the Dundas pit -- some 4,000 t a week -- will feed the plant; Émile Dufresne's
consultancy wrote the restart plan. 30/02/2029 is printed on the permit, a clerk's slip.
"""


NOTICE = """Notice on the Zinc Concentrate Standards
The measures apply to all smelters in the county. Ms Lena Haas, independent non-executive
director of Tarn Valley Zinc, said the review covering the three draft standards would end soon.
These standards replace the 2019 rules.
Certificate No.:  TV-2029-04
Valid until:      30 June 2031
Date of issue:    2 July 2029
"""


def test_the_late_scans_are_the_rules_own_matches():
    """Each late scan, as the second process sends it, gives the rule the very matches of its
    pattern (every group, by number and by name); a search is the first of them."""
    sent = scans_ahead.late_scans(NOTICE)
    assert sorted(sent) == sorted((m, n) for m, n, _ in scans_ahead.LATE_SCANS)
    matched = 0
    for module, name, low in scans_ahead.LATE_SCANS:
        job = (module, name)
        rx = scans_ahead._pattern(job)
        index, regs = sent[job]
        real = list(rx.finditer(NOTICE))
        assert [r for r in regs] == [m.regs for m in real], job
        for f, m in zip([scans_ahead.Found(NOTICE, r, index) for r in regs], real):
            assert f.groups() == m.groups() and f.groupdict() == m.groupdict()
        matched += bool(real)
        # without a second process: the pattern's own scan and search
        assert [m.regs for m in scans_ahead.finditer(rx, NOTICE, job)] == [m.regs for m in real]
        got = scans_ahead.search(rx, NOTICE, job)
        assert (got.regs if got else None) == (real[0].regs if real else None)
    assert matched == len(scans_ahead.LATE_SCANS)      # (the notice prints each of them)


def _words_between_old(text, lo, hi, limit):
    import re
    return at_most(re.compile(r"\w+"), text, limit, lo, hi)


def test_the_word_counts_from_the_spans_are_the_scans_counts(monkeypatch):
    """Counted from the text's word spans, the words between two places are those a scan of
    the stretch counts: words cut at either end, stretches inside one word, empty stretches,
    limits reached or not, a stretch past the text's end."""
    text = ARTICLE * 30          # (long enough to be asked about)
    spans = word_spans.word_spans(text)
    monkeypatch.setattr(ahead, "answer", lambda job, t: spans if (
        job == word_spans._AHEAD and t is text) else None)
    rng = random.Random(37)
    places = [0, 1, len(text) - 1, len(text), len(text) + 5] + [rng.randrange(len(text))
                                                                  for _ in range(400)]
    for lo in places:
        for hi in rng.sample(places, 40) + [lo, lo + 1, lo + 3]:
            for limit in (0, 1, 3, 16):
                assert word_spans.words_between(text, lo, hi, limit) == \
                    _words_between_old(text, lo, hi, limit), (lo, hi, limit)


def test_without_a_second_process_the_stretch_is_scanned():
    assert ahead._pending == {}
    assert word_spans.words_between(ARTICLE * 30, 0, 200, 16) == 16
    assert word_spans.words_between(ARTICLE, 0, 26, 16) == 4     # "Tarn Valley Zinc restarts"


def test_the_unreal_days_are_read_once_and_kept_for_the_same_text():
    days = unreal_days.unreal_days(ARTICLE)
    assert [d for _, d in days] == ["31 April 2029", "June 31", "30/02/2029"]
    assert unreal_days.unreal_days(ARTICLE) == days
    assert unreal_days.days_ahead(ARTICLE) == days
    assert "3 printed day(s)" in unreal_days.unreal_days_note(ARTICLE)
    assert unreal_days.unreal_days("Signed on 30 April 2029.") == []


def test_the_first_scans_and_the_rest_are_every_scan_once():
    first, rest = scans_ahead.first_scans(ARTICLE), scans_ahead.scans(ARTICLE)
    assert not set(first) & set(rest)
    assert sorted({**first, **rest}) == sorted((m, n) for m, n, _ in scans_ahead.SCANS)
    assert list(first) == [(m, n) for m, n, _ in scans_ahead.SCANS[:scans_ahead.FIRST]]


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_the_second_process_sends_the_late_answers(tmp_path):
    art = tmp_path / "tarn.txt"
    art.write_text(ARTICLE * 30, encoding="utf-8")
    got = _python("""
        import importlib, os, sys
        from pathlib import Path
        from kg.ingest import ahead
        from kg.ingest.reading.folded import reading_copy
        from kg.ingest.reading.text import read_article
        path = Path(sys.argv[1])
        with ahead.started(path):
            pid = ahead._pending["pid"]
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)    # (done, not reaped)
            text = reading_copy(read_article(path).text)
            ahead._take(text)
            for job in [j for j in ahead.LATER
                        if j[1] in ("first_scans", "word_spans", "days_ahead", "late_scans")]:
                mine = getattr(importlib.import_module(job[0]), job[1])(text)
                print(job[1], ahead.answer(job, text) == mine)
        print(ahead._pending == {})
    """, str(art))
    assert got.split() == ["first_scans", "True", "word_spans", "True", "days_ahead", "True",
                           "late_scans", "True", "True"]
