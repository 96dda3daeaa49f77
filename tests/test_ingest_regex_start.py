"""kg.ingest.regex_start: the first characters of a pattern past its leading assertions (the
engine's skip-ahead), and the same matches with and without it."""
from __future__ import annotations

import re
from re import _compiler, _parser

import pytest

from kg.ingest import regex_start
from kg.ingest.regex_start import first_chars, skipping


def _chars(pattern: str, flags: int = 0):
    parsed = _parser.parse(pattern, flags)
    got = first_chars(parsed, parsed.state.flags)     # (as the compiler passes them)
    if got is None:
        return None
    if str(got[0][0]) == "NEGATE":
        return "NOT", {chr(av) for op, av in got[1:]}
    out = set()
    for op, av in got:
        name = str(op)
        if name == "LITERAL":
            out.add(chr(av))
        elif name == "RANGE":
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            out.add(name)
    return out


def test_first_chars_past_assertions_groups_and_branches():
    assert _chars(r"\b[A-Z][a-z]+\s+County\b") == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert _chars(r"(?<![A-Za-z-])(?P<n>(?:[A-Z]\w*))") == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert _chars(r"\b(?:mayor|deputy\s+mayor|vice-mayor)\s+of") == {"m", "d", "v"}
    assert _chars(r"(?=[A-Z])(?<!\w)(?:Dr|Prof)\.?\s") == {"D", "P"}
    assert _chars(r"\b(?:ab)+c") == {"a"}


def test_first_chars_of_what_follows_an_optional_part_or_an_assertion_alone():
    assert _chars(r"\b(?:ab|)c") == {"a", "c"}             # a branch that matches nothing
    assert _chars(r"(\b)x") == {"x"}                       # nothing consumed inside the group
    assert _chars(r"\b(?:(?:was|is)\s+)?(?:issued|by)") == {"w", "i", "b"}
    assert _chars(r"(?:\b(?:an?|the)\s+|(?<=\bheld\s))meeting") == {"a", "t", "m"}
    assert _chars(r"\b\w*x") == {"CATEGORY", "x"}


def test_case_insensitive_letters_both_cases_and_anything_beyond_ascii():
    got = _chars(r"\b(?:mayor|governor)", re.I)
    assert got[0] == "NOT"
    assert {chr(c) for c in range(128)} - got[1] == {"m", "M", "g", "G"}
    assert _chars(r"\b[a-c]x", re.I)[1] == {chr(c) for c in range(128)} - set("abcABC")


@pytest.mark.parametrize("pattern,flags", [
    (r"\bx*", 0),                    # may match nothing
    (r"\b(?:[^a]x|by)", 0),          # a negated set is not joined to another by listing
    (r"\b(?:\u00e9t\u00e9|b)", re.I),  # a cased letter beyond ASCII, case-insensitive
    (r"\b[^a]", re.I),               # a negated set, case-insensitive
    (r"(?<=x).", 0),                  # any character
])
def test_first_chars_none_when_it_cannot_tell(pattern, flags):
    assert _chars(pattern, flags) is None


def test_uncased_characters_case_insensitive():
    assert _chars(r"\b\d+\s*(?:tonnes|t)\b", re.I) == {"CATEGORY"}


TEXTS = [
    "",
    "The Northfield County Government met; Mayor of Lakeside spoke. de-Alpha Beta-Gamma",
    "a-B c-D (Reporter Wu Min) Dr. Hale, Prof Stone and the deputy mayor of Rivertown",
    "ababc abc bc 12 tonnes, 3t of ore; vice-mayor of Eastport",
    "\u00e9A \u212a K k \u0130 i \u00df ss", "x" * 40 + "Ax", "\u212aELVIN \u017fun SUN",
    "It WAS Issued by them; the Meeting held forum, An meeting",
]
PATTERNS = [
    (r"\b(?P<x>(?:(?<![A-Za-z]-)[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))\s+County\s+Government\b", 0),
    (r"\b(?:[Mm]ayor|[Vv]ice[- ][Mm]ayor|[Dd]eputy\s+[Mm]ayor)\s+of\s+(?P<x>[A-Z][a-z]+)", 0),
    (r"(?<![A-Za-z])[A-Z][a-z]+", 0),
    (r"(?=[A-Z])(?<!\w)(?:Dr|Prof)\.?\s+(?P<n>[A-Z][a-z]+)", 0),
    (r"\b(?:ab)+c", 0),
    (r"\b\d+\s*(?:tonnes|t)\b", re.I),
    (r"\b(?:the|a)\s+(?P<w>\w+)", re.I),
    (r"\b(?:(?:was|is)\s+)?(?:issued|published)\s+by\b", re.I),
    (r"(?:\b(?:an?|the)\s+|(?<=\bheld\s))(?:meeting|forum)", re.I),
    (r"\b(?:kelvin|sun)\b", re.I),
    (r"(?<!\w)[A-Z\u00c0-\u00de](?:\w|-)*", 0),
]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_same_matches_with_the_skip(pattern, flags):
    plain = _compiler.compile(pattern, flags)
    with skipping():
        skip = _compiler.compile(pattern, flags)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in skip.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]
        for pos in range(0, len(text), 7):       # a search from inside the text looks back
            a, b = plain.search(text, pos), skip.search(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_skipping_restores_the_compiler():
    own = _compiler._get_charset_prefix
    with skipping():
        assert _compiler._get_charset_prefix is not own
    assert _compiler._get_charset_prefix is own
    with pytest.raises(ValueError):
        with skipping():
            raise ValueError("x")
    assert _compiler._get_charset_prefix is own


def test_unknown_form_gives_no_set(monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("a form it does not know")

    monkeypatch.setattr(regex_start, "first_chars", broken)
    with skipping():
        rx = _compiler.compile(r"\bab", 0)
    assert [m.span() for m in rx.finditer("ab cab ab")] == [(0, 2), (7, 9)]
