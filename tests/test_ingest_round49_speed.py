"""Round 49, speed: more whole-text scans run only in the stretches between stop characters that
print their words (kg/ingest/reading/windows.Near): the long text's date readings of "this
year", "last month", "next spring", "the end of the year", "the first quarter" and "next March"
(reading/dates.py), the actual controllers' cue (relations/controllers.py), the relative
clauses' ", where" / ", whose" (relations/relative_posts.py), a sentence's "Its ... unit"
(relations/ownership.py), "inventors" (relations/technology_credits.py), an organ's "third
plenary session of the X" (names/organ_sessions.py) and "its second sitting"
(events/ordinal_meetings.py). A scan read ahead
by the command's second process may be such a Near (reading/scans_ahead.py). The matches are
the whole scan's, so the dates and the drafts are the same; a stale or corrupt pattern entry is
still built again."""
from __future__ import annotations

import re

import pytest

from hostile_drafts import draft_of
from kg.ingest.output.draft import to_turtle
from kg.ingest.events import ordinal_meetings
from kg.ingest.names import organ_sessions
from kg.ingest.reading import dates, scans_ahead, windows
from kg.ingest.relations import controllers, ownership, relative_posts, technology_credits

# (invented firms and people; long enough that the dates are read through the windows)
ARTICLE = """Harrowgate Valve Works opens a second casting hall

Harrowgate Valve Works Co., Ltd. said on 3 February 2026 that its second casting hall in
Tressel County would start trial runs next spring, and full output in the first quarter of next
year. THE ACTUAL CONTROLLER of Harrowgate Valve Works is Brackenfield Holdings Ltd., whose
chairman, Oswin Marlow, visited the hall last month. Its listed unit, Harrowgate Seals Ltd.,
supplies the gaskets; its foundry arm is idle.

The casting process was patented in 2024. The inventors are Petra Vance and Idris Halloway, who
worked on it at the Tressel Institute of Metals; its inventor list names no one else. The hall
is due for inspection by the end of the year, and the year-end audit will follow. Next Autumn
the firm plans a third line, and it said next March it would pick a builder. On the same day
Brackenfield Holdings Ltd., where Marlow has served since 2019, confirmed the plan. The next day
the county approved the site.

Output this year is expected to reach 40,000 valve bodies, up from 31,500 last year. In the
second half of 2025 the plant ran at 80% of capacity; the first half was slower. This month the
works hired 60 casters. The board held its second sitting, and the 14th plenary session of the
Tressel County Council, the third meeting of the year, backed the plan; a fourth plenum of
Tressel Foundry Workers Union follows. Ultimate controlling party: Brackenfield Holdings Ltd.
""" + "\n".join(f"Line {i}: the plant shipped {i * 7} crates of valve bodies to Dunmore Pumps."
                for i in range(1, 40)) + """

Next May, 12 the board meets again; last June was the slowest month. De facto
controller. Its
subsidiary in Orrin Bay opened. whose, where; where. Inventor: Petra Vance.
"""

ODD = [
    "",
    "where",
    "." * 30 + ";" * 30 + "," * 30,
    "X, where" + " and" * 300,
    "the actual controller" * 50 + ".",
    "Its " * 200 + "unit",
    "next March, 5 and next March. Last June; last year-end x. the end of the year",
    "first half,second quarter;third HALF.fourth Quarter of 2027 next Winter",
    "the 3rd session of Orrin Bay\nCouncil and the; second meeting of. its first plenary\nsitting",
    "its fifth meeting of creditors, the first meeting of 2026; a second plenum" + " x" * 300,
]

NEW = [dates._NEARS[k] for k in ("rel", "relmon", "season", "yend", "quarter", "relmonth")] + [
    controllers._CUE, relative_posts._OPENS, ownership._ITS_SUB, technology_credits._INVENTORS]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text", [ARTICLE, ARTICLE.lower(), ARTICLE.upper()] + ODD)
def test_each_new_near_finds_what_the_whole_scan_finds(text):
    for nr in NEW:
        assert isinstance(nr, windows.Near)
        assert _spans(nr.finditer(text)) == _spans(nr.rx.finditer(text)), nr.pattern[:60]


LATER = [(organ_sessions._pattern, organ_sessions._NOUNS),
         (ordinal_meetings._pattern, ordinal_meetings.heads())]


@pytest.mark.parametrize("text", [ARTICLE, ARTICLE.lower()] + ODD)
def test_the_meetings_read_near_their_nouns_find_what_the_whole_scan_finds(text):
    for pattern, nouns in LATER:
        rx = pattern()
        got = _spans(windows.near(rx, text, nouns, stops=".,;:"))
        assert got == _spans(rx.finditer(text)), rx.pattern[:60]
    assert ordinal_meetings.heads() == ("meeting", "plenary", "plenum", "session", "sitting")


def test_the_article_holds_what_they_look_for():
    found = {nr.pattern[:20]: len(_spans(nr.finditer(ARTICLE))) for nr in NEW}
    found.update({p().pattern[:20]: len(_spans(p().finditer(ARTICLE))) for p, _ in LATER})
    assert all(found.values()), found


def _dates(text, **kw) -> list:
    dates._FOUND.clear()
    dates._SCANNED[:] = [None, {}]
    return [(d.start, d.end, d.value, d.kind, d.until) for d in dates.find_dates(text, **kw)]


def test_long_texts_dates_are_the_same_as_the_whole_scans(monkeypatch):
    kw = dict(doc_year="2026", extended=True, doc_date="2026-02-03")
    windowed = _dates(ARTICLE, **kw)
    monkeypatch.setattr(dates, "_NEARS", {k: v for k, v in dates._NEARS.items()
                                          if k in ("same", "shift")})
    whole = _dates(ARTICLE, **kw)
    assert windowed == whole
    read = {' '.join(ARTICLE[s:e].lower().split()): v for s, e, v, _, _ in windowed}
    assert {k: read.get(k) for k in ("next spring", "this year", "last year", "last month",
                                     "the first quarter of next year", "the end of the year",
                                     "next march", "next autumn", "this month", "last june")} == {
        "next spring": "2026", "this year": "2026", "last year": "2025", "last month": "2026-01",
        "the first quarter of next year": "2027-01", "the end of the year": "2026",
        "next march": "2026-03", "next autumn": "2026", "this month": "2026-02",
        "last june": "2025-06"}


def test_a_short_text_is_scanned_whole():
    text = "Output will double next spring, the mayor said last month."
    assert len(text) < 2000
    got = _dates(text, doc_year="2026", extended=True, doc_date="2026-02-03")
    assert {text[s:e] for s, e, _, _, _ in got} >= {"next spring", "last month"}


def test_a_scan_read_ahead_may_be_a_near():
    got = scans_ahead.tail_scans(ARTICLE)
    for module, nr in (("kg.ingest.relations.controllers", controllers._CUE),
                       ("kg.ingest.relations.relative_posts", relative_posts._OPENS)):
        index, regs = got[(module, "_CUE" if nr is controllers._CUE else "_OPENS")]
        assert index == dict(nr.rx.groupindex)
        assert regs == [m.regs for m in nr.rx.finditer(ARTICLE)]
        assert regs


def test_drafts_are_the_same_as_with_the_whole_scans(kg, monkeypatch):
    windowed = to_turtle(draft_of(kg, ARTICLE, "r49-speed"))
    for module, name in ((controllers, "_CUE"), (relative_posts, "_OPENS"),
                         (ownership, "_ITS_SUB"), (technology_credits, "_INVENTORS")):
        monkeypatch.setattr(module, name, getattr(module, name).rx)
    monkeypatch.setattr(dates, "_NEARS", {k: v for k, v in dates._NEARS.items()
                                          if k in ("same", "shift")})
    dates._FOUND.clear()
    dates._SCANNED[:] = [None, {}]
    whole = to_turtle(draft_of(kg, ARTICLE, "r49-speed"))
    assert windowed == whole
    assert "Brackenfield Holdings" in windowed


def test_drafts_in_the_commands_pattern_cache_are_the_librarys(kg, tmp_path, monkeypatch):
    """Inside the command's pattern cache (forms worked out, then read back) the draft is the
    library's; a corrupt entry is not read, and the run builds a good one again."""
    from kg.ingest import regex_cache
    from kg.model import cache

    internals = regex_cache._internals()
    if internals is None:
        pytest.skip("this Python's re has no _compiler module")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    path = tmp_path / "harrowgate.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    re.purge()
    expected = to_turtle(draft_of(kg, ARTICLE, "r49-speed-cache"))

    def in_block() -> str:
        re.purge()
        with regex_cache.installed(str(path)):
            return to_turtle(draft_of(kg, ARTICLE, "r49-speed-cache"))

    assert in_block() == expected
    name = regex_cache.entry_name(internals)
    assert regex_cache._load(name)
    assert in_block() == expected
    (cache.cache_dir() / name).write_bytes(b"no entry\n" + bytes(range(256)) * 4)
    assert regex_cache._load(name) == {}
    assert in_block() == expected
    assert regex_cache._load(name)
