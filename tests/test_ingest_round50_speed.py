"""Round 50, speed: four more whole-text scans run only in the sentences that print their words
(kg/ingest/reading/windows.Near, stops "."): the ending verbs ("lifted", "called off":
events/ended_states.py), the directorships ("executive Directors": relations/board_lists.py),
a company's own bodies ("Party committee", "trade union committee": names/company_bodies.py)
and a demonym's list ("Chinese smelters such as A and B": relations/demonym_homes.py); and the
surname-and-given-name scan (names/person_names.py) now reads the surname's capital, so that the
engine skips from capital to capital instead of trying every place of the text (a match of no
characters gets no such skip). The matches are the whole scans' (the same starts and groups),
so the drafts are the same."""
from __future__ import annotations

import re

import pytest

from hostile_drafts import draft_of
from kg.ingest.events import ended_states
from kg.ingest.names import company_bodies, person_names
from kg.ingest.output.draft import to_turtle
from kg.ingest.reading import scans_ahead, windows
from kg.ingest.relations import board_lists, demonym_homes

# (invented firms, places and people)
ARTICLE = """Quarrendon Zinc lifts its output curbs

Quarrendon Zinc Co., Ltd. said on 9 March 2026 that the output curbs at its smelter in Felby
County, in force since the flood of January, were lifted on 6 March. The night shift ban was
called off the same week. Mayor Lu Pei visited the smelter with Tan Wenhao, and Zhou Min of
the county office met the Party committee of Quarrendon Zinc Co., Ltd. and its trade union
committee.

The executive Directors of the company are Ms. Orla Brant and Mr. Deniz Carrow; the
independent non-executive Directors are Mr. Ivo Petrel and Ms. Hana Strand.
Chinese smelters such as Quarrendon Zinc Co., Ltd. and Felby Lead Co., Ltd. bought more
concentrate in March.
""" + "\n".join(f"Row {i}: the plant shipped {i * 11} tonnes of zinc ingots to Marlow Wire Ltd."
                for i in range(1, 40)) + """

Lifted. Executive; the CALLED off and. Such as. committee, LU PEI and Tan
Wenhao. Directors executive. ended
"""

ODD = [
    "",
    "lifted",
    "." * 30 + "\n" * 30 + " " * 30,
    "Chinese firms such as" + " and" * 300,
    "the executive" + " non-executive directors" * 100 + ".",
    "Party committee." * 40 + "trade\nunion committee",
    "Li Na  Wang Wei\nZhang\nSan Lu Pei LI MING Tan Wen-hao Ma **",
    "restored.ended;lowered,stood down.STOOD\nDOWN. called\toff",
]


def _nears() -> list:
    return [ended_states._table()[0], board_lists._DIRECTORSHIPS, company_bodies._table()[1],
            demonym_homes._list_lead()]


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("text", [ARTICLE, ARTICLE.lower(), ARTICLE.upper()] + ODD)
def test_each_new_near_finds_what_the_whole_scan_finds(text):
    for nr in _nears():
        assert isinstance(nr, windows.Near)
        assert nr.reach[4] == "."
        assert _spans(nr.finditer(text)) == _spans(nr.rx.finditer(text)), nr.pattern[:60]


def test_the_article_holds_what_they_look_for():
    found = {nr.pattern[:30]: len(_spans(nr.finditer(ARTICLE))) for nr in _nears()}
    assert all(found.values()), found


def _surname_scan_as_before(text: str) -> list:
    rx = re.compile(r"\b(?=([A-Z][a-z]{0,7}|[A-Z]{2,8})( {1,2}(?![ \t])|[ \t]*\n[ \t]*)"
                    r"([A-Z][a-z]{1,10}(?:[\-][a-z]{1,8})?|\*+)(?![A-Za-z]))")
    return [(m.start(), m.groups(), m.start(3), m.end(3)) for m in rx.finditer(text)]


@pytest.mark.parametrize("text", [ARTICLE, ARTICLE.upper()] + ODD)
def test_the_surname_scan_starts_where_it_started(text):
    # the new pattern's matches open where the old one's did, with the same groups
    got = [(m.start(), m.groups(), m.start(3), m.end(3)) for m in re.finditer(_NEW_SURNAME, text)]
    assert got == _surname_scan_as_before(text)


_NEW_SURNAME = (r"\b(?=([A-Z][a-z]{0,7}|[A-Z]{2,8})( {1,2}(?![ \t])|[ \t]*\n[ \t]*)"
                r"([A-Z][a-z]{1,10}(?:[\-][a-z]{1,8})?|\*+)(?![A-Za-z]))[A-Z]")


def test_the_module_scans_with_the_pattern_tested_here():
    import inspect
    assert _NEW_SURNAME in inspect.getsource(person_names.people)


def test_a_scan_read_ahead_may_be_one_of_them():
    got = scans_ahead.late_scans(ARTICLE)
    index, regs = got[("kg.ingest.relations.board_lists", "directorship_pattern")]
    assert index == dict(board_lists._DIRECTORSHIP.groupindex)
    assert regs == [m.regs for m in board_lists._DIRECTORSHIP.finditer(ARTICLE)]
    assert len(regs) == 2
    got = scans_ahead.tail_scans(ARTICLE)
    index, regs = got[("kg.ingest.events.ended_states", "verb_pattern")]
    assert regs == [m.regs for m in ended_states._table()[0].rx.finditer(ARTICLE)]
    assert regs


def _labels(draft) -> set:
    return {e.label for e in draft.entities.values()}


def test_drafts_are_the_same_as_with_the_whole_scans(kg, monkeypatch):
    windowed = to_turtle(draft_of(kg, ARTICLE, "r50-speed"))
    d = draft_of(kg, ARTICLE, "r50-speed")
    assert {"Lu Pei", "Tan Wenhao", "Zhou Min"} <= _labels(d)
    table = ended_states._table()
    monkeypatch.setattr(ended_states, "_table", lambda: (table[0].rx, table[1]))
    monkeypatch.setattr(board_lists, "_DIRECTORSHIPS", board_lists._DIRECTORSHIP)
    bodies = company_bodies._table()
    monkeypatch.setattr(company_bodies, "_table",
                        lambda: (bodies[0], bodies[1].rx, bodies[2], bodies[3]))
    lead = demonym_homes._list_lead()
    monkeypatch.setattr(demonym_homes, "_list_lead", lambda: lead.rx)
    whole = to_turtle(draft_of(kg, ARTICLE, "r50-speed"))
    assert windowed == whole
    assert "Quarrendon Zinc" in windowed
