"""Round 48, speed: a pattern's set of first characters that tests a character class (``\\w``,
``\\d``, ``\\s``, ``[^\\s]``) is kept as a bitmap of its members below 256 and every character
from 256 on, and a set of two runs below 256 as its bitmap (kg/ingest/regex_start.widened_filter):
the engine's search skips by one test a character; a pattern opening with a look-behind that
refuses a word character before a word character opens with ``\\b`` instead
(regex_start.word_start). The matches are the same as without them, a draft made with the
command's kept patterns is the same as the library's, and a stale or corrupt pattern entry is
built again, not fatal."""
from __future__ import annotations

import re

import pytest

from kg.ingest.regex_start import skipping

try:
    from re import _compiler, _constants as _c, _parser
except ImportError:             # (another Python: nothing to check)
    _compiler = _c = _parser = None

pytestmark = pytest.mark.skipif(_compiler is None or not hasattr(_compiler, "_compile_info"),
                                reason="a Python whose re compiler is not the one checked")


def _filter(pattern: str, flags: int = 0) -> list:
    """The operators of the info block's set of first characters, compiled within the block
    ([] when the block names none)."""
    parsed = _parser.parse(pattern, flags)
    with skipping():
        code = _compiler._code(parsed, flags | parsed.state.flags)
    assert code[0] == _c.INFO
    if not code[2] & _c.SRE_INFO_CHARSET:
        return []
    out, i = [], 5
    while code[i] != _c.FAILURE:
        op = code[i]
        out.append(op)
        i += {_c.LITERAL: 2, _c.RANGE: 3, _c.NEGATE: 1, _c.CATEGORY: 2, _c.CHARSET: 9}[op]
    return out


def test_a_class_first_is_tested_as_a_bitmap_and_the_rest_let_through():
    for pattern in (r"\w+", r"[^\s]+", r"\d{4}", r"\s+by\b", r"(?<![\w-])\w{3,}",
                    r"[A-Z\d]\w*"):
        assert _filter(pattern) == [_c.CHARSET, _c.RANGE], pattern


def test_two_runs_below_256_become_one_bitmap():
    assert _filter(r"[ \t]+by") == [_c.CHARSET]
    assert _filter(r"\b(?:to|by)\b") == [_c.CHARSET]
    assert _filter(r"[a-cx-z]q") == [_c.CHARSET]


def test_other_sets_stay_as_python_writes_them():
    assert _filter(r"[A-Z][a-z]+") == [_c.RANGE]                 # (one range: already cheap)
    assert _filter(r"[\u0100\u0200]q") == [_c.LITERAL, _c.LITERAL]   # (beyond 256)
    assert _filter(r"(?i:tea|ant)x") == [_c.NEGATE, _c.CHARSET]  # (case-blind: as before)
    assert _filter(r"Kettle \w") == []                           # (a literal prefix instead)


TEXTS = [
    "",
    "Brightwater Pumps Ltd. shipped 4,210 valves\tby barge on 3 March 2031, said Ona Velk.",
    "caf\u00e9 na\u00efve stra\u00dfe \u00bd \u00b2 \u00aa \u00ba \u00b5 \u00a0x\u00a0by \u0660\u0661\u0662\u0663",
    "em\u2003space \u2014 dash \u4e2d\u6587 words \u0130stanbul \u212aelvin \u017f x by",
    "astral \U0001d400\U0001d401 letters \U0001d7ce\U0001d7cf digits \U0001f600 face_by",
    "  \n\t  by\nby by-by _by 1234 12345 x1x2 ab cd xyz xq zq",
]
PATTERNS = [
    (r"\w+", 0),
    (r"[^\s]+", 0),
    (r"\d{4}", 0),
    (r"\s+by\b", 0),
    (r"(?<![\w-])\w{3,}", 0),
    (r"[A-Z\d]\w*", 0),
    (r"[ \t]+by", 0),
    (r"\b(?:to|by)\b", 0),
    (r"[a-cx-z]q", 0),
    (r"\w+", re.ASCII),
    (r"\d+", re.ASCII),
    (r"(?i)\w+y", 0),
    (r"[\w\u2014]+", 0),
]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_same_matches_with_the_bitmap(pattern, flags):
    plain = _compiler.compile(pattern, flags)
    with skipping():
        fast = _compiler.compile(pattern, flags)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert (fast.search(text) or None) is None or fast.search(text).span() == \
            plain.search(text).span()


def _head(pattern: str, flags: int = 0) -> list:
    """The parsed pattern's leading items as compiled within the block."""
    from kg.ingest.regex_start import word_start

    parsed = _parser.parse(pattern, flags)
    return word_start(parsed, flags | parsed.state.flags).data[:2]


def test_a_word_look_behind_before_a_word_becomes_a_boundary():
    assert _head(r"(?<!\w)\w{4,}")[0] == (_c.AT, _c.AT_BOUNDARY)
    got = _head(r"(?<![\w'\u2019-])(?:Dunmore|Kettlewick)\b")
    assert got[0] == (_c.AT, _c.AT_BOUNDARY) and got[1][0] is _c.ASSERT_NOT
    assert _head(r"(?<![\w-])(?:talks|fair)s?", re.I)[0] == (_c.AT, _c.AT_BOUNDARY)
    # not: a first character that may be no word character, a look-behind of a wider set or
    # of two characters, a look-ahead
    for pattern in (r"(?<!\w)(?:-\d|\d)", r"(?<![A-Za-z])[a-z]+", r"(?<![\w-]\s)\w+",
                    r"(?!\w)\w+", r"(?<![^\w])x", r"(?<!\w)(?:x|)"):
        assert _head(pattern)[0][0] is not _c.AT, pattern


BOUNDARY_TEXTS = TEXTS + [
    "re-sealed 'tea’s ’fair talks-fair _fair 9fair fair\u212a \u212aelvin kelvin \u017fome some",
    "\u0130stanbul istanbul \u0131x x \u00e9fair fair\u00e9 \U0001d400fair fair",
]
BOUNDARY_PATTERNS = [
    (r"(?<!\w)\w{4,}", 0),
    (r"(?<![\w'\u2019-])(?:fair|talks|tea|some|kelvin|istanbul)s?\b", 0),
    (r"(?<![\w'\u2019-])(?:fair|talks|tea|some|kelvin|istanbul)s?\b", re.I),
    (r"(?<![\w-])\d+", 0),
    (r"(?<!\w)[A-Z][a-z]+", 0),
    (r"(?<!\w)\w+", re.ASCII),
    (r"(?<![\w.])(?:x|by)\b", 0),
]


@pytest.mark.parametrize("pattern,flags", BOUNDARY_PATTERNS)
def test_same_matches_with_the_boundary(pattern, flags):
    plain = _compiler.compile(pattern, flags)
    with skipping():
        fast = _compiler.compile(pattern, flags)
    for text in BOUNDARY_TEXTS:
        for pos in (0, 1, 5):       # (a search from a place: the look-behind sees before it)
            assert [m.span() for m in fast.finditer(text, pos)] == \
                   [m.span() for m in plain.finditer(text, pos)]


@pytest.mark.parametrize("pattern", [rb"(?<!\w)\xe9x", rb"(?<!\w)\w+", rb"\w+", rb"[ \t]+by"])
def test_bytes_patterns_keep_their_ascii_word_characters(pattern):
    text = b"a\xe9x \xe9x \xe9\xe9x ab \xe9cd e\xe9f \t by"
    plain = _compiler.compile(pattern, 0)
    with skipping():
        fast = _compiler.compile(pattern, 0)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_locale_pattern_is_left_alone():
    parsed = _parser.parse(rb"\w+", re.LOCALE)
    with skipping():
        code = _compiler._code(parsed, re.LOCALE | parsed.state.flags)
    assert _c.CATEGORY in code[:8]


ARTICLE = """Kettlewick Valves opens second foundry in Dunmore

Dunmore, 14 May 2031 -- Kettlewick Valves Co., Ltd. said on Tuesday that its second foundry in
Dunmore had started trial production, four months after work began.

Chief executive Mara Lindqvist said the plant would cast 12,000 tonnes of valve bodies a year.
The company signed a supply agreement with Brightwater Pumps Ltd. at the ceremony."""


def test_drafts_with_the_kept_patterns_are_the_librarys(kg, tmp_path, monkeypatch):
    """A draft made inside the command's pattern cache (the forms worked out, then read back)
    is byte for byte the library's; a stale entry (another format) and a corrupt one are not
    read, and the run builds a good one again."""
    from kg.ingest import regex_cache
    from kg.ingest.output.draft import to_turtle
    from kg.ingest.pipeline import ingest
    from kg.ingest.reading.text import read_article
    from kg.model import cache

    internals = regex_cache._internals()
    if internals is None:
        pytest.skip("this Python's re has no _compiler module")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    path = tmp_path / "kettlewick.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def draft() -> str:
        return to_turtle(ingest(kg, read_article(path), "x-round48"))

    re.purge()
    expected = draft()
    name = regex_cache.entry_name(internals)

    def in_block() -> str:
        re.purge()
        with regex_cache.installed(str(path)):
            return draft()

    assert in_block() == expected                   # (forms worked out)
    assert regex_cache._load(name)                  # (kept)
    assert in_block() == expected                   # (read back)
    entry = cache.cache_dir() / name
    table = regex_cache._load(name)
    block = regex_cache._entry(name)[1]
    current = regex_cache.FORMAT
    monkeypatch.setattr(regex_cache, "FORMAT", "10")
    regex_cache._write(name, table, block, set(table), {}, {})     # (a stale format's entry)
    monkeypatch.setattr(regex_cache, "FORMAT", current)
    assert regex_cache._load(name) == {}
    assert in_block() == expected
    entry.write_bytes(b"not an entry at all\n" + bytes(range(256)) * 8)    # (corrupt)
    assert regex_cache._load(name) == {}
    assert in_block() == expected
    assert regex_cache._load(name)                  # (built again)
