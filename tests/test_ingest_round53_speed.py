"""Round 53, speed: scans that no longer try their pattern at every character, with the same
answers (kg/ingest/reading/opening_scans.py, reading/sentences.py, regex_branches.py)."""
from __future__ import annotations

import re

import pytest

from kg.ingest import regex_branches
from kg.ingest.reading import sentences
from kg.ingest.reading.opening_scans import OrAfter
from kg.ingest.reading.windows import MADE

# (invented sentences)
_TEXTS = [
    "The board held the annual meeting in Harlow. It holds\tits spring forum each May, and "
    "upheld the ruling. We hold\nthe summit; the lithium and nickel market briefing followed.",
    "held the forum", "holds", "held", "", "A  seminar. an expo. Its congress, their workshop.",
    "Output rose 12%.\u3002The plant\uff0eIt restarted\uff1b\u201dNew lines",
]


def _spans(it) -> list:
    return [(m.span(), m.groups()) for m in it]


def test_or_after_finds_what_the_whole_scan_finds():
    rx = re.compile(r"(?:(?=[AaTt])\b(?:[Aa]n?|[Tt]he)\s+|(?<=\s)(?:(?<=\bheld\s)|(?<=\bholds\s)))"
                    r"(?P<mods>(?:[a-z]+\s+){0,3}?)(?P<head>meeting|forum|summit|briefing)\b")
    lead = re.compile(r"(?=[AaTt])\b(?:[Aa]n?|[Tt]he)\s+(?P<mods>(?:[a-z]+\s+){0,3}?)"
                      r"(?P<head>meeting|forum|summit|briefing)\b")
    saved = list(MADE)
    scan = OrAfter(rx, lead, ("held", "holds"), after=1)
    try:
        for text in _TEXTS:
            assert _spans(scan.finditer(text)) == _spans(rx.finditer(text))
        assert scan.search("they held talks") is None
        got = scan.search("Members held annual forum talks.")
        assert got is not None and got.group("head") == "forum"
        assert scan.groupindex == rx.groupindex
    finally:
        MADE[:] = saved


def test_event_nouns_scan_finds_what_its_pattern_finds():
    from kg.ingest.events.happenings import noun_pattern
    scan = noun_pattern()
    for text in _TEXTS:
        assert _spans(scan.finditer(text)) == _spans(scan.rx.finditer(text))
    heads = [m.group("head") for m in scan.finditer(_TEXTS[0])]
    assert "annual meeting" in heads and any("briefing" in h for h in heads)


def test_sentence_ends_the_same_with_or_without_full_width_stops():
    for text in _TEXTS:
        assert [m.span() for m in sentences._end_pattern(text).finditer(text)] == \
            [m.span() for m in sentences._END.finditer(text)]
    assert sentences._end_pattern(_TEXTS[0]) is sentences._END_NO_FULL_WIDTH
    assert sentences._end_pattern(_TEXTS[-1]) is sentences._END
    starts = sentences.Sentences(_TEXTS[-1]).starts
    assert _TEXTS[-1].index("The plant") in starts


def _both(src: str, flags: int = 0):
    from re import _compiler, _parser
    plain = _compiler.compile(src, flags)
    kept = _parser.parse
    _parser.parse = regex_branches.parse
    try:
        return plain, _compiler.compile(src, flags)
    finally:
        _parser.parse = kept


def test_plain_groups_of_alternatives_join_the_branch_around_them():
    parsed = regex_branches.parse(r"\b(?:(?:not|never)|(?:will|would)|(?:no\s+longer))\b", 0)
    branch = parsed.data[1]
    assert str(branch[0]) == "BRANCH"
    # (one group per first letter: "n" holds not, never and no longer; "w" will and would)
    firsts = sorted(chr(a.data[0][1]) for a in branch[1][1])
    assert firsts == ["n", "w"]
    # a capturing group or one setting a flag stays as written
    kept = regex_branches.parse(r"(?:(a|b)|(?i:c|d)|e)", 0).data[0][1][1]
    assert [str(a.data[0][0]) for a in kept] == ["SUBPATTERN", "SUBPATTERN", "LITERAL"]


@pytest.mark.parametrize("src,flags", [
    (r"(?<![\w'])(?:(?:not|cannot|never)|(?:will|would|shall)|(?:no\s+longer|never\s+again))(?!\w)", 0),
    (r"(?:(?:ab|ac)|(?:ad|ae)|x(?:y|z)|(?:a|b)c)", 0),
    (r"(?:(?:Held|hosted)|(?:HOLDS|hold))\s+(?:the|a)", re.IGNORECASE),
    (r"(?:(?:(?:a)b)|(?:ab)c|(?:a|ab)(?:b|c))+d", 0),
    (r"(?P<x>(?:(?:one|two)|(?:three|ten))+)\s(?:(?:x)|y)", 0),
])
def test_joined_branches_find_the_same_matches(src, flags):
    plain, rewritten = _both(src, flags)
    for text in _TEXTS + ["abd abcd acd aabcd abbd", "one two  threeten x tenone y", "HELD a",
                          "Cannot stop, no longer will. never again"]:
        for pos in range(0, len(text) + 1, 3):
            assert [m.regs for m in plain.finditer(text, pos)] == \
                [m.regs for m in rewritten.finditer(text, pos)]


def test_facility_heads_scan_only_where_a_word_starts():
    from kg.ingest.names.facility_nouns import _table
    text = ("The smelter and the plant at Harlow; a re-plant, subplant and the new boiler house "
            "near the berth.\nTheir autoclave-line, the brickworks")
    for rx in (_table()[0], _table()[3]):
        assert rx.pattern.startswith(r"\b")
        plain = re.compile(rx.pattern[2:])
        assert [m.regs for m in rx.finditer(text)] == [m.regs for m in plain.finditer(text)]
        for pos in range(len(text)):
            assert (rx.match(text, pos) or plain.match(text, pos)) is None or \
                rx.match(text, pos).regs == plain.match(text, pos).regs
