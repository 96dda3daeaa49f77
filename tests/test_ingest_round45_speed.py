"""Round 45, speed: a measuring mode of the command's pattern cache (kg/ingest/regex_profile.py,
``KG_REGEX_PROFILE``) counts and times each pattern's calls. Off, it wraps nothing; on, every
answer is the pattern's own and a draft is the same as without it. No timing is asserted
(bench/ingest_speed.py, callgrind in bench/INGEST.md)."""
from __future__ import annotations

import io
import re

import pytest

from kg.ingest import regex_cache, regex_profile
from kg.ingest.output.draft import to_turtle

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401 (a fixture)

_TEXT = ("Brackenfold Zinc opens a smelter\n\n"
         "Brackenfold Zinc Ltd. said on 3 May 2027 that its new smelter at Harrowgate will start "
         "work in the autumn. Ines Morrow, chief executive officer of Brackenfold Zinc Ltd., "
         "told reporters the plant would treat 40,000 tonnes of concentrate a year.\n")


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    regex_profile._rows.clear()
    yield
    regex_profile._rows.clear()


def test_off_by_default_nothing_is_wrapped(own_cache, monkeypatch):
    monkeypatch.delenv(regex_profile.ENV, raising=False)

    def compile_function(p, flags=0):
        return p
    assert regex_profile.wrapping(compile_function) is compile_function
    with regex_cache.installed():
        rx = re.compile(r"quernstone\s+(\w+)")
    assert type(rx) is re.Pattern
    assert not regex_profile.rows()


def test_counted_patterns_answer_as_the_pattern_does(own_cache, monkeypatch):
    monkeypatch.setenv(regex_profile.ENV, "5")
    text = "the quernstone mill, a quernstone quarry and one QUERNSTONE yard"
    with regex_cache.installed():
        rx = re.compile(r"(?i)quernstone\s+(\w+)")
        assert isinstance(rx, re.Pattern) and type(rx) is regex_profile.Counted
        assert rx.pattern == r"(?i)quernstone\s+(\w+)" and rx.groups == 1
        found = [(m.span(), m.group(1)) for m in rx.finditer(text)]
        assert rx.search(text).group(1) == "mill"
        assert rx.match(text) is None and rx.findall(text) == ["mill", "quarry", "yard"]
        assert rx.sub(lambda m: m.group(1).upper(), text) == \
            "the MILL, a QUARRY and one YARD"
        assert re.sub(rx, "-", text, count=1) == \
            "the -, a quernstone quarry and one QUERNSTONE yard"
        assert rx.search(text).re.pattern == rx.pattern
    re.purge()                          # (re's own cache holds what the block compiled)
    plain = re.compile(r"(?i)quernstone\s+(\w+)")
    assert type(plain) is re.Pattern
    assert found == [(m.span(), m.group(1)) for m in plain.finditer(text)]
    row = next(r for r in regex_profile.rows() if r["pattern"] == r"(?i)quernstone\s+(\w+)")
    assert row["calls"] == 7        # finditer, search twice, match, findall, sub, re.sub
    assert row["compiled_in"].startswith("test_ingest_round45_speed.")
    assert any(k.startswith("test_ingest_round45_speed.") for k in row["callers"])
    out = io.StringIO()
    regex_profile.report(out)
    assert "quernstone" in out.getvalue() and "regex profile:" in out.getvalue()


def test_a_draft_is_the_same_when_its_patterns_are_counted(own_cache, monkeypatch,
                                                           snapshot_kg):  # noqa: F811
    monkeypatch.delenv(regex_profile.ENV, raising=False)
    with regex_cache.installed():
        re.purge()
        plain = draft_of(snapshot_kg, _TEXT, "round45-speed", "round45-speed.txt")
    monkeypatch.setenv(regex_profile.ENV, "1")
    with regex_cache.installed():
        re.purge()                      # (patterns asked by source are compiled again, counted)
        counted = draft_of(snapshot_kg, _TEXT, "round45-speed", "round45-speed.txt")
    re.purge()
    assert regex_profile.rows() and sum(r["calls"] for r in regex_profile.rows()) > 0
    labels = {e.label for e in counted.new()}
    assert "Ines Morrow" in labels, labels
    assert to_turtle(counted) == to_turtle(plain)


# --- scans run here kept for the next asker (reading/scans_ahead.finditer without the second
# process's answer) and the gazetteer's "a name opens with this word" asked of its automaton

_COMPANY_TEXT = (
    "Harrowgate Zinc Group reports a record year\n\n"
    "Harrowgate Zinc Group Ltd. said on 4 March 2027 that the group had raised output at its "
    "Tarnbeck smelter by a fifth. The company plans a second furnace. \"We will finish it next "
    "year,\" said Ines Morrow, who chairs the group. Our partners at Velloran Cobalt Co., Ltd. "
    "will supply the burners, the company added. Its new furnace will be the group's largest.\n")


class _Counting:
    """A pattern whose scans are counted (as rx.finditer: the same matches)."""

    def __init__(self, rx):
        self.rx, self.scans = rx, 0

    def finditer(self, text):
        self.scans += 1
        return self.rx.finditer(text)


def test_a_scan_read_to_its_end_is_kept_for_the_next_asker():
    from kg.ingest.reading import scans_ahead
    from kg.ingest.relations import referents

    job = referents._SCAN
    text = _COMPANY_TEXT * 3
    rx = _Counting(referents._PHRASE)
    want = [m.span() for m in referents._PHRASE.finditer(text)]
    assert want
    first = [m.span() for m in scans_ahead.finditer(rx, text, job)]
    again = [m.span() for m in scans_ahead.finditer(rx, text, job)]
    assert first == want and again == want and rx.scans == 1
    # another text, or another pattern under the job's name, is scanned anew
    other = text + " The group agreed."
    assert [m.span() for m in scans_ahead.finditer(rx, other, job)] == \
        [m.span() for m in referents._PHRASE.finditer(other)]
    assert rx.scans == 2
    # a caller that stops at the first match keeps nothing for the next one
    third = _COMPANY_TEXT * 2
    assert scans_ahead.search(rx, third, job).span() == referents._PHRASE.search(third).span()
    assert [m.span() for m in scans_ahead.finditer(rx, third, job)] == \
        [m.span() for m in referents._PHRASE.finditer(third)]
    assert rx.scans == 4


def test_drafts_are_the_same_with_scans_kept_as_with_each_scan_run_anew(snapshot_kg,  # noqa: F811
                                                                       monkeypatch):
    from kg.ingest.reading import scans_ahead

    kept = draft_of(snapshot_kg, _COMPANY_TEXT, "round45-speed2", "round45-speed2.txt")
    monkeypatch.setattr(scans_ahead, "_noted", lambda rx, read, job: rx.finditer(read))
    anew = draft_of(snapshot_kg, _COMPANY_TEXT, "round45-speed2", "round45-speed2.txt")
    labels = {e.label for e in kept.new()}
    assert any("Harrowgate Zinc Group" in x for x in labels), labels
    assert to_turtle(kept) == to_turtle(anew)


def test_a_name_opening_with_a_word_is_told_as_the_index_tells_it(snapshot_kg):  # noqa: F811
    gaz = snapshot_kg.knowledge.gazetteer
    words = {k.split(" ", 1)[0] for k in gaz.owners}
    words |= {k[:3] for k in gaz.owners} | {k + "q" for k in list(gaz.owners)[:300]}
    words |= {"harrowgate", "tarnbeck", "velloran", "zinc", "the", "x"}
    for w in sorted(words):
        if w and " " not in w:
            assert gaz._opens_a_name(w) == bool(gaz._starts_with(w)), w
    assert gaz._opens_a_name("harrowgate") is False
