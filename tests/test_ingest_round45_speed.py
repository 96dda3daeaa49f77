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
