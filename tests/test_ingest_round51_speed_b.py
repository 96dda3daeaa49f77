"""Round 51, speed (speed-b): the same drafts for fewer instructions.

* a sentence's words by ``str.split`` and ``str.find`` instead of one match object per word
  (names/candidates._words_of), the same spans as the pattern ``[^\\s]+``;
* the last full stop that ends a clause before a date found from the right, not by a scan of
  the 200 characters before it (reading/dates._last_stop);
* answers asked again of one article kept: the roll of a date's year (reading/dates.roll_forward:
  some 660 rolls of 100 dates on the largest source text), whether a sentence may set a mood
  (reading/mood.may_set_mood), the year of the text's month-and-day dates
  (events/years.document_year) and the text's own date (reading/dates.read_document_date,
  handed out as a copy);
* ``URIRef != URIRef`` in one call, and the graph's names in Chinese told without a pattern per
  ASCII name (knowledge/gazetteer)."""
from __future__ import annotations

import re

import pytest

from hostile_drafts import draft_of
from kg.ingest.events import years
from kg.ingest.knowledge.gazetteer import Gazetteer
from kg.ingest.names import candidates
from kg.ingest.output.draft import to_turtle
from kg.ingest.reading import dates, mood
from kg.ingest.reading.text_memo import forget_all
from kg.ingest.terms import Literal, URIRef

# (invented firms, places and people)
ARTICLE = """Felby Zinc to start its new smelter next year

Felby, December 10, 2026 -- Felby Zinc Co., Ltd. said on Tuesday that it will hold the
groundbreaking ceremony of its Harrow smelter on January 12. The company did not say what the
smelter would cost. Its old furnace was shut on November 3, and Mr. Orla Brant, its chairman,
said the plant may reopen on March 4 if the county approves.

Felby Zinc Co. signed a supply deal with Marlow Wire Ltd. on December 2. Marlow Wire will take
the first ingots on February 20; the county office is expected to approve the plan on
January 30.
"""

ODD = ["", " ", "a", "  a  b ", "\u00a0x\u2003y\u3000z\x1c\x1dq\x85r", "Co.\tLtd.\n\nX",
       "\u2028line\u2029para", "one\u200btwo three\u202ffour"]


@pytest.mark.parametrize("text", ODD + [ARTICLE])
def test_words_of_gives_the_spans_of_the_non_space_pattern(text):
    rx = re.compile(r"[^\s]+")
    n = len(text)
    for start in range(-2, n + 3, max(1, n // 40)):
        for end in range(-2, n + 3, max(1, n // 30)):
            want = [(m.start(), m.end(), m.group(0)) for m in rx.finditer(text, start, end)]
            assert candidates._words_of(text, start, end) == want, (start, end)


def _stops_as_before(text: str, lo: int, hi: int) -> int:
    stops = [m.start() for m in dates._CLAUSE_STOP.finditer(text, lo, hi)]
    return stops[-1] if stops else -1


@pytest.mark.parametrize("text", ODD + [ARTICLE, "No. 5. Mr. Li, Co. Ltd. Inc.. St. Dr.X. a."])
def test_the_last_clause_stop_is_the_last_one_a_scan_finds(text):
    n = len(text)
    for lo in range(0, n + 2, max(1, n // 40)):
        for hi in range(0, n + 2, max(1, n // 40)):
            assert dates._last_stop(text, lo, hi) == _stops_as_before(text, lo, hi), (lo, hi)


def test_uriref_not_equal_as_before():
    a, b = URIRef("https://example.org/a"), URIRef("https://example.org/b")
    assert not (a != URIRef("https://example.org/a"))
    assert a != b
    assert a != "https://example.org/a"           # a plain string is no IRI
    assert a != Literal("https://example.org/a")  # nor is a literal


def test_the_names_in_chinese_are_read_as_before():
    g = Gazetteer.__new__(Gazetteer)
    g.owners = {"felby zinc": {URIRef("https://example.org/felby")},
                "\u8d39\u5c14\u6bd4\u950c\u4e1a": {URIRef("https://example.org/felby")},
                "marlow wire": {URIRef("https://example.org/marlow")},
                "caf\u00e9 metals": {URIRef("https://example.org/cafe")}}
    assert g._chinese_named() == frozenset({URIRef("https://example.org/felby")})


def _day(text: str, day: str, year: str = "2026") -> dates.DateMention:
    return next(d for d in dates.find_dates(text, year) if text[d.start:d.end] == day)


def test_a_rolled_date_is_a_new_date_each_time():
    d = _day(ARTICLE, "January 12")
    first = dates.roll_forward(ARTICLE, d, "2026-12-10")
    assert first.value == "2027-01-12" and first is not d
    first.value = "edited by a caller"
    again = dates.roll_forward(ARTICLE, _day(ARTICLE, "January 12"), "2026-12-10")
    assert again.value == "2027-01-12" and again is not first


def test_a_date_left_as_it_is_comes_back_itself():
    d = _day(ARTICLE, "November 3")
    assert dates.roll_forward(ARTICLE, d, "2026-12-10") is d
    d2 = _day(ARTICLE, "November 3")
    assert dates.roll_forward(ARTICLE, d2, "2026-12-10") is d2
    assert d2.value == "2026-11-03"


def test_answers_kept_for_one_text_are_not_another_texts():
    other = ARTICLE.replace("will hold", "held")
    d = _day(other, "January 12")
    assert dates.roll_forward(ARTICLE, _day(ARTICLE, "January 12"), "2026-12-10").value == "2027-01-12"
    assert dates.roll_forward(other, d, "2026-12-10").value == "2026-01-12"
    lo = ARTICLE.index("The company")
    hi = ARTICLE.index("Its old")
    assert mood.may_set_mood(ARTICLE, lo, hi) is True         # "did not say"
    plain = ARTICLE[:lo] + "The company gave its figures.      " + ARTICLE[hi:]
    assert mood.may_set_mood(plain, lo, hi) is False
    assert mood.may_set_mood(ARTICLE, lo, hi) is True
    assert years.document_year(ARTICLE, None) == years.document_year(ARTICLE, None)


def test_the_texts_own_date_is_handed_out_as_a_copy():
    day, guessed = dates.read_document_date(ARTICLE)
    assert day is not None and day.value == "2026-12-10" and guessed is False
    day.value = "edited by a caller"
    again, _ = dates.read_document_date(ARTICLE)
    assert again.value == "2026-12-10" and again is not day


def test_drafts_are_the_same_drafted_again_and_with_the_answers_forgotten(kg):
    first = to_turtle(draft_of(kg, ARTICLE, "r51-speed-b"))
    assert to_turtle(draft_of(kg, ARTICLE, "r51-speed-b")) == first
    forget_all()
    assert to_turtle(draft_of(kg, ARTICLE, "r51-speed-b")) == first
    assert "Felby Zinc" in first and "2027-01-12" in first

