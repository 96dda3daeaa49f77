"""Round 52, speed: what ``kg ingest`` skips that it never needs, with the same answers."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kg import cli

ROOT = Path(__file__).resolve().parents[1]


def _kg(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          env=env, cwd=str(ROOT), timeout=120)


def test_a_run_builds_only_its_own_command():
    one = cli._app_run(["kg", "ingest", "a.txt"])
    assert [c.callback.__name__ for c in one.registered_commands] == ["ingest"]
    assert len(cli.app.registered_commands) > 1            # (the app itself untouched)
    linked = cli._app_run(["kg", "linked", "Fugu"])
    assert [c.callback.__name__ for c in linked.registered_commands] == ["linked"]
    assert cli._app_run(["kg", "--version"]) is cli.app
    assert cli._app_run(["kg", "--help"]) is cli.app
    assert cli._app_run(["kg", "no-such"]) is cli.app
    assert cli._app_run(["kg"]) is cli.app


def test_every_command_still_runs_alone():
    for c in cli.app.registered_commands:
        name = c.name or c.callback.__name__.replace("_", "-")
        shown = _kg(name, "--help")
        assert shown.returncode == 0 and f"Usage: kg {name}" in shown.stdout, name


def test_other_commands_answer_as_before():
    linked = _kg("linked", "Fugu")
    assert linked.returncode == 0 and "Fugu" in linked.stdout
    listed = _kg("--help")
    assert listed.returncode == 0 and "ingest" in listed.stdout and "linked" in listed.stdout


def test_ingest_help_and_errors_as_before():
    shown = _kg("ingest", "--help")
    assert shown.returncode == 0
    assert "Usage: kg ingest" in shown.stdout and "--output" in shown.stdout
    missing = _kg("ingest", "no-such-file.txt", "--id", "x-1", "-o", "out.ttl")
    assert missing.returncode == 1 and "file not found" in missing.stderr
    other = _kg("ingestx")
    assert other.returncode == 2 and "No such command" in other.stderr


# --- greedy repeats that cannot give back, made possessive (kg/ingest/regex_possessive.py) ---

import re as _re                                   # noqa: E402
import sys as _sys                                 # noqa: E402

import pytest                                      # noqa: E402

from kg.ingest import regex_branches, regex_possessive   # noqa: E402

_py311 = pytest.mark.skipif(regex_possessive._POSSESSIVE is None,
                            reason="no possessive repeats in this Python's re")

# (invented sentences)
_TEXTS = [
    "Harlow Tin Co., Ltd. said on 3 May 2026 that output rose 12.5% to 4,200 tonnes; the "
    "plant's second line (Phase II) starts in June.\n  Leader: Ms. Ines Varo\nMembers: A; B",
    "aaaa  bbb\tccc,ddd. 2026-05-03 x_y z--w 'quoted' “curly” naïve Ærø 北京 ١٢٣ ٣ years",
    "",
]


def _both(src: str, flags: int = 0):
    """(the pattern as Python compiles it, as the command compiles it: parse stand-in)."""
    from re import _compiler, _parser
    plain = _compiler.compile(src, flags)
    kept = _parser.parse
    _parser.parse = regex_branches.parse
    try:
        rewritten = _compiler.compile(src, flags)
    finally:
        _parser.parse = kept
    return plain, rewritten


def _ops(src: str, flags: int = 0) -> list:
    return [str(op) for op, _ in regex_branches.parse(src, flags).data]


@_py311
def test_repeat_before_a_set_it_shares_nothing_with_is_possessive():
    assert _ops(r"[A-Z][a-z]+\s+of") == ["IN", "POSSESSIVE_REPEAT", "POSSESSIVE_REPEAT",
                                          "LITERAL", "LITERAL"]
    assert _ops(r"\d+%") == ["POSSESSIVE_REPEAT", "LITERAL"]
    assert _ops(r"[^,]+,") == ["POSSESSIVE_REPEAT", "LITERAL"]
    assert _ops(r"\w+\s") == ["POSSESSIVE_REPEAT", "IN"]
    # (a repeat ending a group or an alternative: the item after the group follows it)
    named = regex_branches.parse(r"(?P<n>[A-Z][a-z]+)\s", 0).data[0][1][3]
    assert [str(op) for op, _ in named.data] == ["IN", "POSSESSIVE_REPEAT"]
    either = regex_branches.parse(r"(?:\w+|\d+)\s+x", 0).data[0][1][1]
    assert [str(a.data[0][0]) for a in either] == ["POSSESSIVE_REPEAT", "POSSESSIVE_REPEAT"]


@_py311
def test_repeat_that_may_give_back_is_left_greedy():
    assert _ops(r"a*a") == ["MAX_REPEAT", "LITERAL"]            # (shares the "a")
    assert _ops(r"\w+\d") == ["MAX_REPEAT", "IN"]               # (a digit is a word character)
    # (the letters may end before an "x" or a comma: left; the "x" never before a comma: taken)
    assert _ops(r"[a-z]+x?,") == ["MAX_REPEAT", "POSSESSIVE_REPEAT", "LITERAL"]
    assert _ops(r"(?i:[a-z]+)\s") == ["SUBPATTERN", "IN"]
    assert _ops(r"[a-z]+[A-Z]", _re.IGNORECASE) == ["MAX_REPEAT", "IN"]
    assert _ops(r"\w+\s", _re.ASCII) == ["MAX_REPEAT", "IN"]
    assert _ops(r"\d{4}-") == ["MAX_REPEAT", "LITERAL"]          # (a fixed count: no choice)
    assert _ops(r"(?<=\w\w)\s") == ["ASSERT", "IN"]
    # (a repeated group's end is followed by its next round too; a case-blind scope's by
    # what it folds)
    assert _ops(r"(?:[a-z]+\s?)+,") == ["MAX_REPEAT", "LITERAL"]
    assert str(regex_branches.parse(r"(?:[a-z]+\s?)+,", 0).data[0][1][2].data[0][0]) == "MAX_REPEAT"
    inner = regex_branches.parse(r"(?i)(?-i:[a-z]+)X", 0).data[0][1][3]
    assert [str(op) for op, _ in inner.data] == ["MAX_REPEAT"]


@_py311
@pytest.mark.parametrize("src", [
    r"[A-Z][a-z]+\s+of", r"\b(?P<d>\d+)(?:st|nd|rd|th)?\s+(?P<m>[A-Z][a-z]+)", r"[^,;]+[,;]",
    r"(?<![\w-])(?P<w>[\w'-]+)\s+(?:[\w'-]+\s+){0,4}?(?:tonnes|line)", r"\w+\s*:\s*\S+",
    r"[ \t]*(?:\d{1,2}|[a-z])[.)][ \t]*[A-Z][\w' -]{1,40}?:", r"(?=[a-z]+\s)\w+", r"\s+$",
    r"(?m)^[ \t]*[A-Z][a-z]+[ \t]*:", r"[^\s,.;:()]+\s+(?:and\s+)?", r"\d+(?:[.,]\d+)*%",
    r"[“\"][^”\"]+[”\"]", r"[\u4e00-\u9fff]+\s*\d", r"\S+\s+years?",
    r"(?P<n>[A-Z][a-z]+)\s", r"(?:\w+|\d+)\s+(?:years?|tonnes)", r"(?:[a-z]+\s?)+,",
    r"(?:(?P<a>[a-z]+)|(?P<b>\d+))[ ,.]", r"(?i)(?-i:[a-z]+)S", r"(\w+)\s+\1",
])
def test_rewritten_pattern_finds_the_same_matches(src):
    plain, rewritten = _both(src)
    assert plain.pattern == rewritten.pattern
    for text in _TEXTS:
        for pos in range(0, len(text) + 1, 7):
            want = [(m.span(), m.regs, m.groupdict()) for m in plain.finditer(text, pos)]
            got = [(m.span(), m.regs, m.groupdict()) for m in rewritten.finditer(text, pos)]
            assert got == want
            a, b = plain.match(text, pos), rewritten.match(text, pos)
            assert (a and a.regs) == (b and b.regs)


@_py311
def test_classes_held_apart_share_no_character():
    # (what regex_possessive._APART and _HOLDS take for granted, over every character)
    for code in range(_sys.maxunicode + 1):
        c = chr(code)
        if c.isspace():
            assert not (c.isalnum() or c == "_") and not c.isdecimal()
        if c.isdecimal():
            assert c.isalnum()
