"""Round 38, speed: the second process of `kg ingest` (kg/ingest/ahead.py) works out the place
cues' matches and the words the text prints in lower case (names/place_cue_scan.cue_scans_ahead,
read by names/places.propose_places), and sends the sentences' moods before the date readings
and the event roles' cues (the order the command asks for them); and it scans the whole text
for twelve more patterns of rules in the relations stage and after (reading/scans_ahead
.tail_scans), while it would idle. Each answer is the one the command would work out itself;
without the second process nothing changes; and six scans of the agreements' and the short
forms' rules (reading/scans_ahead.mid_scans: plans' standard codes, bonds, the first person,
mail headers, speakers' turns, replies), sent between the moods and the date readings. The date
a text is signed with is read once per text (reading/dates.signature_date), asked by some six
rules."""
from __future__ import annotations

import pytest

from tests.ahead_runs import FORKS, python_out as _python
from tests.hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401 (a fixture)

from kg.ingest import ahead
from kg.ingest.names import place_cue_scan

# (every kind of cue: a dateline, "X, Y Province", "in X", "X-based", a county, a mayor)
ARTICLE = """Tarnwick smelter resumes output
Korvale, 14 May 2029 -- The Tarnwick plant in Ostrava Province restarted its kilns, the mayor of
Belmund said. Output from the Drennick County site, which had idled since March, will go to a
Halvorsen-based trader. Staff in Korvale, Ostrava Province, were told the kilns will run on
natural gas from Lisgar, near Belmund. Meanwhile the prices of lead rose.
"""


def test_the_cues_sent_ahead_are_the_cues_own_matches():
    """Each cue's matches as the second process sends them: every group's span, by number and
    by name, as the cue's own scan of the text gives them; the lower-case words the same."""
    cues, lowered = place_cue_scan.cue_scans_ahead(ARTICLE)
    assert len(cues) == len(place_cue_scan.cues())
    assert lowered == place_cue_scan.lower_words(ARTICLE) and "meanwhile" not in lowered
    mine = list(place_cue_scan.cue_scans(ARTICLE))
    sent = list(place_cue_scan.cue_scans(ARTICLE, (cues, lowered)))
    assert [(r, c, f) for r, c, f, _ in sent] == [(r, c, f) for r, c, f, _ in mine]
    for (_, _, _, f), (_, _, _, m) in zip(sent, mine):
        assert f.regs == m.regs and f.group(0) == m.group(0)
        assert f.groupdict() == m.groupdict() and f.groups() == m.groups()
        assert f.span("x") == m.span("x") and f.end() == m.end()
    assert len(mine) >= 5          # (the article prints each kind of cue)


def test_the_draft_is_the_same_with_the_cues_sent_ahead(snapshot_kg, monkeypatch):  # noqa: F811
    """The places a reader sees in the draft do not change when the cues come from the second
    process: the dateline's city, the county, the places after "in" and "-based"."""
    own = draft_of(snapshot_kg, ARTICLE, "tarnwick-own")
    sent = place_cue_scan.cue_scans_ahead(ARTICLE)
    asked = []

    def answer(job, text):
        asked.append(job)
        return sent if job == place_cue_scan.AHEAD and text == ARTICLE else None
    monkeypatch.setattr(ahead, "answer", answer)
    ahead_draft = draft_of(snapshot_kg, ARTICLE, "tarnwick-own")
    assert place_cue_scan.AHEAD in asked
    places = new_labels(own, "City") | new_labels(own, "County")
    assert {"Korvale", "Belmund"} <= places
    assert new_labels(ahead_draft) == new_labels(own)
    assert sorted((e.label, str(e.cls), [(s.start, s.end) for s in e.mentions])
                  for e in ahead_draft.entities.values()) == \
        sorted((e.label, str(e.cls), [(s.start, s.end) for s in e.mentions])
               for e in own.entities.values())


def test_the_moods_come_before_the_readings_the_relations_ask_for():
    """The command asks for the sentences' moods in the names stage, for the date readings and
    the event roles' cues only in the relations stage: the second process sends them so."""
    names = [n for _, n in ahead.LATER]
    assert names.index("first_scans") < names.index("cue_scans_ahead") < names.index("scans") \
        < names.index("sentence_moods") \
        < names.index("date_readings") < names.index("sentence_cues")


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_the_second_process_sends_the_cues(tmp_path):
    art = tmp_path / "tarnwick.txt"
    art.write_text(ARTICLE * 20, encoding="utf-8")
    got = _python("""
        import os, sys
        from pathlib import Path
        from kg.ingest import ahead
        from kg.ingest.names import place_cue_scan
        from kg.ingest.reading.folded import reading_copy
        from kg.ingest.reading.text import read_article
        path = Path(sys.argv[1])
        with ahead.started(path):
            pid = ahead._pending["pid"]
            os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)    # (done, not reaped)
            text = reading_copy(read_article(path).text)
            ahead._take(text)
            print(ahead.answer(place_cue_scan.AHEAD, text) == place_cue_scan.cue_scans_ahead(text))
        print(ahead._pending == {})
    """, str(art))
    assert got.split() == ["True", "True"]


# (a text that prints each tail scan's words)
MEMO = """Notice of the Harrow Basin Zinc Board

Harrow Basin Zinc Co., Ltd. invested in the Ketter smelter, whose kilns restarted in May. The
company is a unit of Ostrava Metals, whose main business is zinc refining; its core business is
lead. Ostrava Metals's Korvale plant, where the ore is roasted, was upgraded with the strong
support of the Basin Fund.

The drafting units of the standard are the Basin Institute and Ketter Labs. Mr Lin presided,
and the heads of the three plants attended. The award was presented by the Basin Fund. The actual controller of Harrow Basin
Zinc is Ostrava Metals. The export ban was lifted in July.

Harrow Basin Zinc Co., Ltd.
12 June 2029
"""


def test_the_tail_scans_are_the_rules_own_matches():
    """Each tail scan as the second process sends it gives the rule the very matches of its
    pattern (a search the first of them); without a second process, the pattern's own scan."""
    from kg.ingest.reading import scans_ahead
    sent = scans_ahead.tail_scans(MEMO)
    assert sorted(sent) == sorted((m, n) for m, n, _ in scans_ahead.TAIL_SCANS)
    matched = 0
    for module, name, low in scans_ahead.TAIL_SCANS:
        job = (module, name)
        rx = scans_ahead._pattern(job)
        read = scans_ahead.lowered(MEMO) if low else MEMO
        index, regs = sent[job]
        real = list(rx.finditer(read))
        assert regs == [m.regs for m in real], job
        for f, m in zip([scans_ahead.Found(read, r, index) for r in regs], real):
            assert f.groups() == m.groups() and f.groupdict() == m.groupdict()
        matched += bool(real)
        assert [m.regs for m in scans_ahead.finditer(rx, MEMO, job)] == [m.regs for m in real]
        got = scans_ahead.search(rx, MEMO, job)
        assert (got.regs if got else None) == (real[0].regs if real else None)
    assert matched == len(scans_ahead.TAIL_SCANS)       # (the memo prints each of them)


def test_the_draft_is_the_same_with_the_tail_scans_sent_ahead(snapshot_kg, monkeypatch):  # noqa: F811
    """What the rules of the tail scans propose (the investor, the controller, the parent
    company, the ended ban's day ...) is the same when the scans come from the second process."""
    from kg.ingest.reading import scans_ahead
    own = draft_of(snapshot_kg, MEMO, "harrow-memo")
    sent = scans_ahead.tail_scans(MEMO)
    monkeypatch.setattr(ahead, "answer", lambda job, text: sent if (
        job == scans_ahead._AHEAD_TAIL and text == MEMO) else None)
    other = draft_of(snapshot_kg, MEMO, "harrow-memo")

    def statements(d):
        return sorted((e.label, str(p), str(o)) for e in d.entities.values()
                      for p, o, _, _ in e.statements)
    assert statements(other) == statements(own)
    assert any("Ostrava Metals" == lab for lab in new_labels(own))


def test_the_signature_date_is_read_once_and_each_caller_gets_its_own(monkeypatch):
    """Some six rules ask for the date a text is signed with: read once per text, each asker
    given a copy it may change without changing the next one's."""
    from kg.ingest.reading import dates
    text = MEMO + " "           # (a text no test read before)
    read = []
    real = dates._signature_date
    monkeypatch.setattr(dates, "_signature_date",
                        lambda t, *a, **k: read.append(t) or real(t, *a, **k))
    assert dates.signature_date(text) == dates.signature_date(text) == dates.signature_date(text)
    assert read == [text]
    first = dates.signature_date(MEMO)
    assert first is not None and first.value == "2029-06-12"
    first.value = "1999-01-01"
    again = dates.signature_date(MEMO)
    assert again is not first and again.value == "2029-06-12"
    assert dates.signature_date(MEMO.replace("12 June 2029", "")) is None
    assert dates.signature_date(MEMO).value == "2029-06-12"


# (a text that prints each mid scan's words)
REPLY = """Reply letter of Harrow Basin Zinc Co., Ltd.
From: Harrow Basin Zinc Co., Ltd.
Question: When will the roaster restart?
Reply: We expect our roaster to run again in June, and our bonds 27 Harrow MTN001 to be
repaid on time.
Standards planned this year:
1  2029-0412T-YS   Zinc ingots for die casting
"""


def test_the_mid_scans_are_the_rules_own_matches_and_come_before_the_relations():
    from kg.ingest.reading import scans_ahead
    sent = scans_ahead.mid_scans(REPLY)
    assert sorted(sent) == sorted((m, n) for m, n, _ in scans_ahead.MID_SCANS)
    for module, name, _ in scans_ahead.MID_SCANS:
        job = (module, name)
        rx = scans_ahead._pattern(job)
        index, regs = sent[job]
        real = list(rx.finditer(REPLY))
        assert real and regs == [m.regs for m in real], job
        for f, m in zip([scans_ahead.Found(REPLY, r, index) for r in regs], real):
            assert f.groups() == m.groups() and f.groupdict() == m.groupdict()
        got = scans_ahead.search(rx, REPLY, job)
        assert got.regs == rx.search(REPLY).regs
    names = [n for _, n in ahead.LATER]
    assert names.index("sentence_moods") < names.index("mid_scans") < names.index("date_readings")


def test_the_draft_is_the_same_with_the_mid_scans_sent_ahead(snapshot_kg, monkeypatch):  # noqa: F811
    """The first person read as the letter's writer, the bond and the planned standard are
    the same when the scans come from the second process."""
    from kg.ingest.reading import scans_ahead
    own = draft_of(snapshot_kg, REPLY, "harrow-reply")
    sent = scans_ahead.mid_scans(REPLY)
    monkeypatch.setattr(ahead, "answer", lambda job, text: sent if (
        job == scans_ahead._AHEAD_MID and text == REPLY) else None)
    other = draft_of(snapshot_kg, REPLY, "harrow-reply")

    def seen(d):
        return sorted((e.label, str(e.cls), [(s.start, s.end) for s in e.mentions],
                       sorted((str(p), str(o)) for p, o, _, _ in e.statements))
                      for e in d.entities.values())
    assert seen(other) == seen(own)
    assert any(e.label.startswith("Harrow Basin Zinc") for e in own.entities.values())
