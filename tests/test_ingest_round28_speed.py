"""Round 28, speed: patterns read only in the stretches of the text that can hold a match
(kg/ingest/reading/windows.py, ``stops``: between the full stops, commas or line breaks around a
word every match holds), the same matches as a scan of the whole text.

Checked three ways: each :class:`~kg.ingest.reading.windows.Near` whose reach is ``stops`` has a
pattern that cannot read one of its stop characters (its parsed form, look-aheads included;
no ``$``); each gives what the whole scan gives on the dev articles and the sources, and on odd
texts written here; and the rules that use one still read what they read (with a case each
that they must not read)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from hostile_drafts import draft_of, linear_cpu  # noqa: F401
from kg.ingest.reading import windows

try:
    from re import _constants as _c, _parser
except ImportError:             # (another Python: the static check is skipped)
    _c = _parser = None

ROOT = Path(__file__).resolve().parent.parent
_SETS = ["unseen"] + [f"unseen{i}" for i in range(2, 41)]
_CATEGORY = {"DIGIT": r"\d", "NOT_DIGIT": r"\D", "SPACE": r"\s", "NOT_SPACE": r"\S",
             "WORD": r"\w", "NOT_WORD": r"\W", "LINEBREAK": r"\n", "NOT_LINEBREAK": r"[^\n]"}


def _texts(all_sets: bool = False) -> list[tuple[str, str]]:
    """(name, text) of the dev articles (every set, or every tenth) and the five sources."""
    from kg.ingest.reading.text import read_article
    out = []
    for i, name in enumerate(_SETS):
        if not all_sets and i % 10:
            continue
        for p in sorted((ROOT / "bench" / name / "articles").glob("*.txt")):
            out.append((p.name, read_article(p).text))
    src = ROOT.parent / "shared" / "sources"
    for p in sorted(src.glob("0*.txt")):
        out.append((p.name, read_article(p).text))
    return out


def _in_item(op, av, ch: str, flags: int) -> bool:
    """Whether one consuming item (or set member) can read the character ``ch``."""
    name = str(op)
    if op is _c.LITERAL:
        return chr(av) == ch or bool(flags & re.I) and chr(av).lower() == ch.lower()
    if op is _c.NOT_LITERAL:
        return chr(av) != ch
    if op is _c.ANY:
        return ch != "\n" or bool(flags & re.S)
    if op is _c.RANGE:
        return av[0] <= ord(ch) <= av[1] or bool(flags & re.I) and (
            av[0] <= ord(ch.lower()) <= av[1] or av[0] <= ord(ch.upper()) <= av[1])
    if op is _c.CATEGORY:
        return re.match(_CATEGORY[str(av).replace("CATEGORY_", "").replace("UNI_", "")], ch) is not None
    if op is _c.IN:
        negate = bool(av) and av[0][0] is _c.NEGATE
        got = any(_in_item(o, a, ch, flags) for o, a in av if o is not _c.NEGATE)
        return got != negate
    raise AssertionError(f"an item not known to the check: {name}")


def _reads(seq, ch: str, flags: int, behind: bool = False) -> list[str]:
    """What in the parsed ``seq`` can read ``ch`` (look-behinds aside) or ends a match at the
    text's end ($): each as a short note; empty when nothing."""
    out = []
    for op, av in seq:
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN, _c.CATEGORY):
            if not behind and _in_item(op, av, ch, flags):
                out.append(f"{op} {av}")
        elif op is _c.SUBPATTERN:
            out += _reads(av[3], ch, (flags | av[1]) & ~av[2], behind)
        elif op is _c.BRANCH:
            for b in av[1]:
                out += _reads(b, ch, flags, behind)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
            out += _reads(av[2], ch, flags, behind)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            out += _reads(av[1], ch, flags, behind or av[0] < 0)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out += _reads(av, ch, flags, behind)
        elif op is _c.AT:
            if not behind and av in (_c.AT_END, _c.AT_END_STRING) or \
                    not behind and av is _c.AT_END_LINE and ch != "\n":
                out.append(f"{op} {av}")
        elif op is _c.GROUPREF_EXISTS:
            out += _reads(av[1], ch, flags, behind)
            if av[2] is not None:
                out += _reads(av[2], ch, flags, behind)
        elif op is _c.GROUPREF:
            pass                    # (what a group read: checked at the group)
        else:
            raise AssertionError(f"an item not known to the check: {op}")
    return out


def _stop_faults(nr) -> list[str]:
    """What in a Near's pattern can read one of its stop characters (see the module's doc)."""
    stops = nr.reach[4]
    if not stops or _parser is None:
        return []
    parsed = _parser.parse(nr.rx.pattern, nr.rx.flags)
    out = []
    for ch in stops:
        out += [f"{ch!r}: {x}" for x in _reads(parsed.data, ch, nr.rx.flags | parsed.state.flags)]
    for w in nr.words:
        out += [f"word {w!r} holds {ch!r}" for ch in stops if ch in w]
    return out


def _opens_lines(seq, flags: int, also: str = "") -> bool:
    """Whether every match of the parsed ``seq`` opens a line (``^`` under ``re.M``, or a
    look-behind of a line break) or with one of the characters ``also``."""
    if not seq:
        return False
    op, av = seq[0]
    if op is _c.AT:
        # (the parser writes "^" as AT_BEGINNING; under re.M it holds at each line's start)
        return av in (_c.AT_BEGINNING, _c.AT_BEGINNING_LINE) and bool(flags & re.M)
    if op is _c.ASSERT:
        return av[0] < 0 and list(av[1]) == [(_c.LITERAL, 10)]
    if op is _c.LITERAL:
        return chr(av) in also
    if op is _c.SUBPATTERN:
        return _opens_lines(list(av[3]), (flags | av[1]) & ~av[2], also)
    if op is _c.BRANCH:
        return all(_opens_lines(list(b), flags, also) for b in av[1])
    return False


def _line_faults(al) -> list[str]:
    """What keeps an AtLineStarts' pattern from opening every match at a line start."""
    if _parser is None:
        return []
    parsed = _parser.parse(al.rx.pattern, al.rx.flags)
    return [] if _opens_lines(list(parsed.data), al.rx.flags | parsed.state.flags, al.also) else \
        [al.rx.pattern[:60]]


def _both(nr, text: str) -> tuple[list, list]:
    """(the Near's matches, the whole scan's) as (span, groups) lists; an AtLineStarts' also
    from a place to another (its search's range)."""
    got = [(m.span(), m.groups()) for m in nr.finditer(text)]
    whole = [(m.span(), m.groups()) for m in nr.rx.finditer(text)]
    if isinstance(nr, windows.AtLineStarts):
        a, b = len(text) // 5, len(text) // 2 + 1
        got += [(m.span(), m.groups()) for m in nr.finditer(text, a, b)]
        whole += [(m.span(), m.groups()) for m in nr.rx.finditer(text, a, b)]
    return got, whole


# odd texts: no stop at all, stops only, words at the very start and end, a word cut by a stop
_ODD = [
    "",
    "signed",
    "." * 50 + "\n" * 50 + "," * 50,
    "The share transfer agreement was signed" + " and" * 400,
    "government" + " the county government" * 200 + ".",
    "Its smelters " * 300 + "Nanling Metals operates a smelter in Hechi",
    "The equity transfer agreement was\nsigned. The asset sale contract was, signed.",
    "Qinzhou's Lingshan County.Qinzhou's Pubei\nCounty,Hechi's Yizhou District;",
    "delegates, Attending the forum were; Also present were A and B. ATTENDED BY",
    "raised the tariffs on steel from 10% to 25%, cut duties on copper to 3.5%",
    "\n\nShareholders: A\nshareholder: B\n  Main shareholders:\n\n" * 3,
    "Chairman: A\n1. President: B\n| Buyer   | X |\n- - cut here - - -\n- Build the plant by May",
    "(Reporter: Li Na) " * 20 + "\nBy Wang Hai\n\n---\nAnnex 2\n(Editor Zhou)\n",
]


WARM = ("Hexi Alloy Co., Ltd. operates a plant in Jinchang. It signed a deal.\n"
        "Purchase contract No.: HT-CG-2026-088\nChairman: Li Wei\n")


def _build_all() -> None:
    """Make the Near and AtLineStarts that rules make when first asked."""
    from kg.ingest.names import between_agreements, coded_documents, form_titles, labelled_replies
    from kg.ingest.relations import attendance_fields, entry_careers, party_roles
    from kg.ingest.events import started_works
    from kg.ingest.names import slots
    for build in (between_agreements._noun_rx, coded_documents._patterns, form_titles._labels,
                  labelled_replies._fields, attendance_fields._labels, entry_careers._label,
                  entry_careers._award_label, party_roles._at_line_starts, started_works._near,
                  slots._scanners):
        build()


@pytest.fixture(scope="module")
def made(kg):
    # (a draft first: some Near are made when their rule first runs)
    draft_of(kg, WARM, "r28-speed-warm")
    _build_all()
    return list(windows.MADE)


def test_every_near_reads_no_stop_character(made):
    nears = [nr for nr in made if isinstance(nr, windows.Near)]
    assert nears
    faults = {nr.rx.pattern[:60]: _stop_faults(nr) for nr in nears}
    assert not {k: v for k, v in faults.items() if v}


def test_every_pattern_tried_at_line_starts_opens_a_line(made):
    at_lines = [al for al in made if isinstance(al, windows.AtLineStarts)]
    assert at_lines
    saved = list(windows.MADE)
    assert not [f for al in at_lines for f in _line_faults(al)]
    assert _line_faults(windows.AtLineStarts(re.compile(r"^a|b", re.M)))
    assert _line_faults(windows.AtLineStarts(re.compile(r"^a")))
    assert not _line_faults(windows.AtLineStarts(re.compile(r"(?:^a|^b)c", re.M)))
    assert not _line_faults(windows.AtLineStarts(re.compile(r"(?<=\n)a|\(b|^c", re.M), also="("))
    assert _line_faults(windows.AtLineStarts(re.compile(r"(?<=\n)a|\(b", re.M)))
    windows.MADE[:] = saved         # (those made for this test only)


def test_the_stop_check_finds_a_stop_read_or_looked_at():
    saved = list(windows.MADE)
    assert _stop_faults(windows.Near(re.compile(r"[A-Z]\w+(?=[.,])"), ("x",), stops="."))
    assert _stop_faults(windows.Near(re.compile(r"[^,]+ plant"), ("plant",), stops="."))
    assert _stop_faults(windows.Near(re.compile(r"\w+ plant$"), ("plant",), stops="."))
    assert not _stop_faults(windows.Near(re.compile(r"(?<=\.)\w+ plant\b"), ("plant",), stops="."))
    windows.MADE[:] = saved         # (those made for this test only)


def test_every_near_finds_what_the_whole_scan_finds(made):
    texts = _texts() + [(f"odd {i}", t) for i, t in enumerate(_ODD)]
    diffs = [(name, nr.rx.pattern[:60]) for nr in made for name, t in texts
             if _both(nr, t)[0] != _both(nr, t)[1]]
    assert not diffs


def test_stretches_are_the_text_between_the_stops():
    text = "Abc plant. Def, plant\nGhi plant"
    assert windows.windows(text, ("plant",), stops=".\n") == [(0, 9), (10, 21), (22, 31)]
    assert windows.windows(text, ("plant",), stops=",") == [(0, 14), (15, 31)]
    assert windows.windows("no word here.", ("plant",), stops=".") == []


# -- the rules that read through a Near still read (and still refuse) --------------------------

PLANTS = """Fengxiang Alloy opened a smelter in Baoji last spring, its first outside the county.
Readers asked about it. Lintao Foundry's Dingxi refinery was idle in May.
Qilian Metals owns. A plant in Zhangye is not its own.
"""


@pytest.fixture(scope="module")
def plants_draft(kg):
    return draft_of(kg, PLANTS, "r28-speed-plants")


def _labels(draft) -> set:
    return {e.label for e in draft.entities.values() if not e.known}


def test_a_plant_clause_and_a_possessive_plant_are_still_sites(plants_draft):
    labels = _labels(plants_draft)
    assert "Fengxiang Alloy Baoji smelter" in labels
    assert "Lintao Foundry Dingxi refinery" in labels
    # a full stop between the verb and its plant: no clause
    assert not any("Qilian Metals Zhangye" in x for x in labels)


def test_a_long_text_without_stops_is_read_in_linear_time(kg):
    text = ("Wuwei Metals operates a plant in Jinchang, " * 800).rstrip(", ") + "."
    linear_cpu(lambda t: draft_of(kg, t, "r28-speed-long"), text, "no full stop")
