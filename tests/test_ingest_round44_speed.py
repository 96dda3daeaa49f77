"""Round 44, speed: the command's patterns parsed with their alternations regrouped
(kg/ingest/regex_branches.py) now also group case-blind alternatives by the lower case of their
first ASCII character, and keep the literal characters every member of a group shares outside
its branch. The matches, groups and spans stay those of the pattern as written; the compiled
code is shorter. No timing is asserted here (bench/ingest_speed.py, callgrind in
bench/INGEST.md)."""
from __future__ import annotations

import re

import pytest

PATTERNS = [
    # case-blind lists in any mix of cases, prefixes of one another, a class and an empty
    # alternative between them
    (r"(?i:harbour\s+board|Harbour\s+Office|HARBOUR|harbourmaster|harbor|[hx]ull|hulk|)", 0),
    (r"\b(?:quay|Quarry|QUARTZ|qu|quartzite|Kiln|kelp|key)\b", re.I),
    (r"(?<![\w-])(?i:slag\s+heap|Sluice|SLAG|salt|s)(?P<tail>\s+\w+)?", 0),
    # groups and captures after a shared prefix, inside a repeat, behind a look-behind
    (r"(?:Deputy\s+(Warden)|Deputy\s+(Reeve)|Deputy\s+Clerk|Dean)(?:,\s*)?", 0),
    (r"(?:(?i:ferry|FERRO|fern)\s?)+", 0),
    (r"(?<=(?:on|of|or))\s(?:alder|ALDER|alders|ash|aspen)", re.I),
    (r"(?:abc|abd|abx|ab|a)(?:x|y)?", 0),
    (r"(?i:glass\s+works|glass\s+workshop|glassware|glass)s?\b", 0),
]
TEXTS = [
    "The Harbour Board met the harbourmaster; HARBOUR OFFICE staff and the harbor hulk stayed.",
    "A quartzite Quarry, a QUARTZ key, quay walls and the old KILN by the kelp beds.",
    "Slag heap East, the SLUICE gate, salt pans, SLAG and s marks; \u017flag and \u212ailn too.",
    "Deputy Warden Ames, Deputy Reeve Bell, Deputy Clerk Cole and Dean Diaz.",
    "ferry FERRO fern ferryfern Ferro Ferry",
    "a stand of alder or ALDERS, a row of ash and one of aspen on ash",
    "abcx abdy abx aby ax a abz",
    "Glass Works, GLASS WORKSHOP, glassware and glasses; the glass works' roof",
]


def _compiled(pattern: str, flags: int, parse):
    import _sre
    from re import _compiler

    tree = parse(pattern, flags)
    flags = flags | tree.state.flags
    code = _compiler._code(tree, flags)
    index = [None] * tree.state.groups
    for k, i in tree.state.groupdict.items():
        index[i] = k
    return _sre.compile(pattern, flags, code, tree.state.groups - 1, tree.state.groupdict,
                        tuple(index)), len(code)


@pytest.fixture
def branches():
    from kg.ingest import regex_branches

    if regex_branches.parse is None:
        pytest.skip("this Python's re has no _parser module")
    return regex_branches


def test_regrouped_case_blind_and_shared_prefix_patterns_match_as_written(branches):
    """Every pattern finds the same matches, spans and groups both ways, on every text (the
    long s and the Kelvin sign, which a case-blind s and k also match, included)."""
    for pattern, flags in PATTERNS:
        plain, _ = _compiled(pattern, flags, branches.ORIGINAL)
        grouped, _ = _compiled(pattern, flags, branches.parse)
        for text in TEXTS:
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in grouped.finditer(text)], (pattern, text)
            assert [m.span() for m in plain.finditer(text.upper())] == \
                [m.span() for m in grouped.finditer(text.upper())], (pattern, text)


def test_a_case_blind_list_and_a_shared_prefix_compile_shorter(branches):
    """A case-blind list of titles in three cases is grouped (its code shorter than as
    written), and so is a list whose members share a long prefix; the matches are the same."""
    titles = ["Chief Engineer", "chief inspector", "CHIEF CLERK", "Chief Warden",
              "chief of staff", "Coroner", "COUNCILLOR", "councillor general"]
    for pattern, flags in ((r"\b(?:" + "|".join(titles) + r")\b", re.I),
                           (r"\b(?:" + "|".join(t.title() for t in titles) + r")\b", 0)):
        plain, plain_size = _compiled(pattern, flags, branches.ORIGINAL)
        grouped, grouped_size = _compiled(pattern, flags, branches.parse)
        assert grouped_size < plain_size
        text = "The Chief Engineer met the CHIEF WARDEN, Chief Of Staff Lin and Councillor Wu."
        assert [m.group() for m in plain.finditer(text)] == \
            [m.group() for m in grouped.finditer(text)]
        found = [m.group() for m in grouped.finditer(text)]
        assert found[0] == "Chief Engineer" and ("CHIEF WARDEN" in found) == bool(flags & re.I)


def test_a_non_ascii_first_letter_in_a_case_blind_list_is_left_in_place(branches):
    """A case-blind alternative opening with a letter outside ASCII (whose other cases the
    engine folds its own way) ends a run: it is tried where it was written."""
    pattern = r"(?:\u00e9cole|\u00c9COLE|ecole|Ecole|eco)"
    plain, _ = _compiled(pattern, re.I, branches.ORIGINAL)
    grouped, _ = _compiled(pattern, re.I, branches.parse)
    text = "\u00c9cole, \u00e9COLE, ecole, ECOLE, Eco"
    assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]
    assert len([m for m in grouped.finditer(text)]) == 5
