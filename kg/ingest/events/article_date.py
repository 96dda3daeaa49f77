"""The article's own date and the year its dates are read in, from ``--date`` or the text: the
date the text shows at its top (a guess when it is only the story's first day; a note when
the weekday printed with it is another day's: events/weekday_checks), else the day a
yearless dateline names ("SHANGHAI, Nov. 9 (Xinhua) -- ... said on Monday": the year whose
Nov. 9 is a Monday), else a dateline's day in the year a document number gives, else a social-
media export's latest post, else the latest day a yearless dateline can be (a note says so).

Read once by the pipeline (kg/ingest/pipeline.py), and by the second process of ``kg ingest``
(:func:`date_readings`), which works out ahead the whole-text date readings the rules will ask
of the article (kg/ingest/ahead.py): the same function on the same text and option, so the keys
it reads for are the ones the rules ask."""
from __future__ import annotations

from typing import NamedTuple

from kg.ingest.events.dateline_year import dateline_day, recent_dateline
from kg.ingest.events.weekday_checks import weekday_note
from kg.ingest.events.years import dateline_date, document_year
from kg.ingest.reading.dates import find_dates, read_document_date
from kg.ingest.reading.post_stamps import latest_post_day


class ArticleDate(NamedTuple):
    value: str | None       # the article's date (YYYY, YYYY-MM or YYYY-MM-DD), None when unknown
    note: str | None        # how a date the text does not print whole was read
    year: str | None        # the year the text's month-and-day dates are read in
    guessed: bool           # the value is the story's first day, not a printed date


def article_date(text: str, date: str | None = None, today=None) -> ArticleDate:
    """``date``: the ``--date`` option (checked before); ``today``, a datetime.date: the day a
    yearless dateline's year is read against (None: today's)."""
    guessed, shown = False, None
    if date is None:
        shown, guessed = read_document_date(text)
        date = shown.value if shown else None
    value, note = date, None
    if shown is not None and shown.ambiguous:
        # ("Issued 03/04/2026": 3 April or 4 March; the year alone is kept, and said so)
        note = (f"the text's date {text[shown.start:shown.end]!r} could be read day first or "
                "month first: only its year is kept (give --date)")
    elif shown is not None and not guessed:
        # ("Beijing, Monday, 3 June 2026", a Wednesday: kept, and said so)
        note = weekday_note(text, shown.start, shown.end, shown.value)
    doc_year = document_year(text, date)     # (else "This year marks the final year of ...")
    read = dateline_day(text, today) if date is None else None
    if read is not None:
        # "SHANGHAI, Nov. 9 (Xinhua) -- ... said on Monday": the year whose Nov. 9 is a Monday
        value, note = read
        doc_year = document_year(text, read[0])
    elif date is None and dateline_date(text, doc_year) is not None:
        # "Lanzhou, June 9 (Reporter X)" in a text whose year only a document number gives
        value = dateline_date(text, doc_year)
    elif date is None and latest_post_day(text, doc_year) is not None:
        # a social-media export's posts stamped "10-14 22:40": of its latest post's day
        value = latest_post_day(text, doc_year)
    elif date is None and doc_year is None and recent_dateline(text, today) is not None:
        # "JINCHANG, Oct. 12 --" in a text that states no year: the latest Oct. 12 (a note)
        value, note = recent_dateline(text, today)
        doc_year = value[:4]
    return ArticleDate(value, note, doc_year, guessed)


def reading_keys(text: str, day: ArticleDate) -> list[tuple]:
    """The (doc_year, extended, doc_date) of :func:`~kg.ingest.reading.dates.find_dates` the
    rules ask of the whole article: the relations' plain reading (relations/propose.py), the
    reports' extended reading from the article's date (events/data_releases.py), the posts'
    from its date when that is a whole day (relations/post_effective.py) and the careers' from
    no date (relations/period_careers.py, for a text of rows keyed by periods)."""
    doc_date = day.value or None
    effective = doc_date if doc_date is not None and len(doc_date) == 10 else None
    return [(day.year, False, None), (document_year(text, doc_date), True, doc_date),
            (effective[:4] if effective else None, True, effective), (None, True, None)]


def date_readings(text: str, date: str | None = None) -> dict:
    """{key of :func:`reading_keys`: ``find_dates(text, *key)``}: worked out by the second
    process of ``kg ingest`` (kg/ingest/ahead.py LATER); find_dates gives them back for the
    article's text when asked with such a key."""
    keys = reading_keys(text, article_date(text, date))
    return {key: find_dates(text, *key) for key in dict.fromkeys(keys)}
