"""Round 29, speed: a pattern whose every match opens, past its leading assertions, with the same
literal text gets that text as its literal prefix (kg/ingest/regex_start.literal_prefix), so the
engine skips to where the text is printed; the matches are the same as without it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.ingest import regex_start
from kg.ingest.regex_start import skipping

try:
    from re import _compiler, _constants as _c, _parser
except ImportError:             # (another Python: nothing to check)
    _compiler = _c = _parser = None

pytestmark = pytest.mark.skipif(_compiler is None or not hasattr(_compiler, "_get_literal_prefix"),
                                reason="a Python whose re compiler is not the one checked")

ROOT = Path(__file__).resolve().parent.parent


def _info(pattern: str, flags: int = 0) -> tuple:
    """(prefix text, prefix_skip) of the info block compiled within the block, or ('', None)."""
    parsed = _parser.parse(pattern, flags)
    with skipping():
        code = _compiler._code(parsed, flags | parsed.state.flags)
    assert code[0] == _c.INFO
    mask = code[2]
    if not mask & _c.SRE_INFO_PREFIX:
        return "", None
    n, skip = code[5], code[6]
    return "".join(chr(x) for x in code[7:7 + n]), skip


def test_prefix_past_word_boundaries_and_look_arounds():
    assert _info(r"\bsigned\b") == ("signed", 0)
    assert _info(r"(?<![\w-])Package[ \t]+(?P<n>\d{1,3})") == ("Package", 0)
    assert _info(r"(?<=[A-Za-z])-[ \t]*\n") == ("-", 0)
    assert _info(r"(?m)^        x") == ("        x", 0)
    assert _info(r"\b(?:was|were)\b") == ("w", 0)       # (the parser's common first letter)
    assert _info(r"\bthe\s+(?P<x>[A-Z]\w+)", re.I) == ("", None)    # a cased letter, case-blind
    assert _info(r"\b\d+\s*%", re.I) == ("", None)       # no literal: the set, as before


def test_python_own_prefix_and_the_text_start_unchanged():
    assert _info(r"Package \d") == ("Package ", 8)         # (Python's own: consumed first)
    assert _info(r"^abc") == ("", None)           # "^" without re.M: tried at the start alone
    assert _info(r"\Aabc") == ("", None)


TEXTS = [
    "",
    "They signed it; the contract was re-signed, co-signed and signed.",
    "Package 1, sub-Package 2, Package  12 and xPackage 3.\n        x\n  x        x",
    "The well-\nknown mine was sealed; it were so. Was it? wax were-wolf",
    "\u00e9signed signed\u00e9 \u212a signed",
]
PATTERNS = [
    (r"\bsigned\b", 0),
    (r"(?<![\w-])Package[ \t]+(?P<n>\d{1,3})(?![\w-])", 0),
    (r"(?<=[A-Za-z])-[ \t]*\n[ \t]*(?=[a-z])", 0),
    (r"(?m)^        x", 0),
    (r"\b(?:was|were)\b", 0),
    (r"\b(?:Was|was)\s+\w+", 0),
    (r"(?=s)(?<!-)signed", 0),
    (r"\bsigned\b", re.I),
]


@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_same_matches_with_the_prefix(pattern, flags):
    plain = _compiler.compile(pattern, flags)
    with skipping():
        fast = _compiler.compile(pattern, flags)
    for text in TEXTS:
        assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
               [(m.span(), m.groups()) for m in plain.finditer(text)]
        for pos in range(len(text)):        # a search from inside the text looks back
            a, b = plain.search(text, pos), fast.search(text, pos)
            assert (a and a.span()) == (b and b.span())


def test_same_matches_on_articles_for_the_rules_patterns_it_changes():
    """Patterns of the rules that open with an assertion and a literal: the same matches on the
    five source texts and some dev articles with the prefix as without it."""
    src = ROOT.parent / "shared" / "sources"
    texts = [p.read_text(encoding="utf-8") for p in sorted(src.glob("0*.txt"))]
    texts += [p.read_text(encoding="utf-8")
              for p in sorted((ROOT / "bench" / "unseen5" / "articles").glob("*.txt"))]
    if not texts:
        pytest.skip("no articles")
    rules = [
        r"(?<![\w.])No\.[ \t]*(?P<n>\d{1,4}[A-Z]?)(?![\w\-])",
        r"\bsigned\s+(?:after|at|during|following)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:meeting|talks)",
        r"(?<![\w-])Its\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|subsidiaries|units?|arms?)",
        r"\bthe\s+(?P<x>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s+region)\b",
        r"\bof\s+(?:the\s+)?(?P<p>[A-Z][^,;()]{1,60})$",
    ]
    for pattern in rules:
        plain = _compiler.compile(pattern, 0)
        with skipping():
            fast = _compiler.compile(pattern, 0)
        assert _info(pattern)[0]
        for text in texts:
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == \
                   [(m.span(), m.groups()) for m in plain.finditer(text)]


def test_skipping_restores_the_literal_prefix():
    own = _compiler._get_literal_prefix
    with skipping():
        assert _compiler._get_literal_prefix is not own
    assert _compiler._get_literal_prefix is own
    with pytest.raises(ValueError):
        with skipping():
            raise ValueError("x")
    assert _compiler._get_literal_prefix is own


def test_a_form_it_does_not_know_gets_python_own_answer(monkeypatch):
    def broken(*_a, **_k):
        raise RuntimeError("a form it does not know")

    monkeypatch.setattr(regex_start, "literal_prefix", broken)
    with skipping():
        rx = _compiler.compile(r"\bab", 0)
    assert [m.span() for m in rx.finditer("ab cab ab")] == [(0, 2), (7, 9)]
