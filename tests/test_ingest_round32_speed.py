"""Round 32, speed of `kg ingest`, drafts unchanged: the year of an article's month-and-day
dates reads the body's years only when nothing before gives it; find_dates hands out copies of
the dates it keeps without dataclasses.replace; the command's process imports a reader of the
text alone only when it runs it itself (kg/ingest/ahead.py)."""
from __future__ import annotations

import sys

from kg.ingest import ahead
from kg.ingest.events import years
from kg.ingest.reading import dates as date_reader
from kg.ingest.reading.date_mention import DateMention, copies

# (long enough for the readings kept per article: 2,000 characters or more)
REVIEW = """Annual Review of the Qilian Tungsten Industry in 2031
The tungsten industry of the Qilian region went through a year of change. In March 2031 the
Qilian Tungsten Association held its congress in Zhangye; in the first half of 2032 a new
refinery is due to start up near Jiuquan, and by 2035 the association wants every mine of the
region to sort its ore before it leaves the pit. Output reached 21,000 tonnes in 2030.
""" + "The association's members met again in June and in September. " * 30


def test_the_headline_year_stands_without_reading_the_body(monkeypatch):
    """A headline "... in 2031" gives the year: the body's years (every date of the text, a
    whole-text reading) are not read for it."""
    def no_body(*a, **k):
        raise AssertionError("the body's year was read")
    monkeypatch.setattr(years, "body_year", no_body)
    assert years.document_year(REVIEW, None) == "2031"


def test_without_a_headline_year_the_body_still_gives_it():
    text = ("Qilian Tungsten News\nThe Qilian Tungsten Association met in Zhangye. Output "
            "reached 21,000 tonnes in the first half of 2030, its members said.\n")
    assert years.document_year(text, None) == "2030"


def test_kept_dates_are_handed_out_as_copies():
    first = date_reader.find_dates(REVIEW, "2031")
    again = date_reader.find_dates(REVIEW, "2031")
    assert first == again and first
    assert all(a is not b for a, b in zip(first, again))
    first[0].value = "1999"           # a rule that changes its copy changes no one else's
    assert date_reader.find_dates(REVIEW, "2031")[0].value != "1999"


def test_a_copy_has_the_same_fields_and_class():
    class Later(DateMention):
        pass
    d = Later(3, 9, "2031-03", "gYearMonth", until="2031-04", ambiguous=True)
    (c,) = copies([d])
    assert type(c) is Later and c == d and c is not d and vars(c) == vars(d)
    c.end = 10
    assert d.end == 9


def test_a_reader_answered_by_the_second_process_is_not_imported(monkeypatch):
    """``read(name)`` takes the child's answer without importing the reader's module; a reader
    it has not answered is imported and run here."""
    answered = ("kg.ingest.names.minister_people", "minister_people")
    monkeypatch.setattr(ahead, "_take", lambda text: {answered: ["from the child"]})
    monkeypatch.delitem(sys.modules, answered[0], raising=False)
    read = ahead.reader("Minister of Mines Kabwe Mulenga said so.")
    assert read("minister_people") == ["from the child"]
    assert answered[0] not in sys.modules
    from kg.ingest.names.person_names import people
    assert read("people") == people("Minister of Mines Kabwe Mulenga said so.")


def test_without_a_second_process_a_reader_by_name_runs_here():
    read = ahead.reader("Zhou Ping met Li Wenbo in Lanzhou.")
    from kg.ingest.names.person_names import people
    assert read("people") == people("Zhou Ping met Li Wenbo in Lanzhou.")
