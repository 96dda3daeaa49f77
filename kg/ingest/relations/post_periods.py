"""When a post was held, as the text prints it right after the post: "X, chief engineer of Y
from 1998 to 2010", "X, mayor of Y Town since March 2023", "X, director of Y (2008-2019)",
"research engineer, Y Co., Ltd., 2003-2012": the first year (month) is the post's
``nfo:startDate``, the second its ``nfo:endDate`` (rule ``post:period-after@0.6``). A post
the graph already records is left alone (its dates are the graph's), and so is a post that
has a date already. The period must follow the post's phrase at once (a comma or a bracket
between at most): "from 2008 to 2019" later in the sentence may be anything's; and the
post's phrase must print its role (in "X, who had led Y since 2016, was named honorary
president" the period is another post's), and its years must not open a name the draft reads
there ("X, director of Y, 2024-2025 Annual Report was approved").

:func:`period_at` reads one period at a position; other post readers use it for the periods
they print elsewhere ("since April 2021 General Manager, Y")."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.date_periods import month
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE = "post:period-after@0.6"

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_YEAR = r"(?:19|20)\d\d(?![\d-])"
_S = r"[ \t]*\n?[ \t]*"
_PERIOD = re.compile(
    rf"[ \t]*\n?[ \t]*,?{_S}\(?{_S}(?:"
    # "from 1998 to 2010", "from March 2003 until June 2009", "between 2003 and 2012"
    rf"(?:from|between){_S}(?:(?P<m1>{_MONTH}){_S})?(?P<y1>{_YEAR}){_S}"
    rf"(?:to|until|till|through|and|-|–|—){_S}(?:(?P<m2>{_MONTH}){_S})?(?P<y2>{_YEAR})"
    # "since March 2023", "from 2016"
    rf"|(?:since|from){_S}(?:(?P<m3>{_MONTH}){_S})?(?P<y3>{_YEAR})"
    # "2003-2012", "(1966-1983)", "2016-present"
    rf"|(?P<y4>(?:19|20)\d\d)[ \t]*[-–—][ \t]*(?:(?P<y5>{_YEAR})|(?:present|now)\b)"
    r")")


_DIGIT = re.compile(r"\d")


def _value(y, m) -> str:
    return f"{y}-{month(m):02d}" if m else y


def period_at(text: str, pos: int, end: int | None = None):
    """(start value, end value or None, match end) of a period printed at ``pos`` (spaces, a
    comma or a bracket before it at most), else None."""
    m = _PERIOD.match(text, pos, min(len(text), pos + 80) if end is None else end)
    if m is None:
        return None
    if m.group("y1"):
        return _value(m.group("y1"), m.group("m1")), _value(m.group("y2"), m.group("m2")), m.end()
    if m.group("y3"):
        return _value(m.group("y3"), m.group("m3")), None, m.end()
    return m.group("y4"), m.group("y5"), m.end()


def add_period(post, start: str, end, span: Span, rule: str = RULE) -> None:
    if end is not None and end < start:
        return      # ("2012-2003": no period)
    post.add(NFO.startDate, date_literal(start), span, rule)
    if end is not None:
        post.add(NFO.endDate, date_literal(end), span, rule)


def post_periods(draft) -> None:
    text = draft.text
    named = None        # where the draft's names start ("2024-2025 Annual Report": no period)
    for post in list(draft.entities.values()):
        if post.cls != NFO.Post or post.known or not post.mentions:
            continue
        if any(st[0] in (NFO.startDate, NFO.endDate) for st in post.statements):
            continue
        role = next((str(st[1]) for st in post.statements if st[0] == NFO.roleName), "")
        for span in post.mentions:
            if " ".join(role.lower().split()) not in " ".join(text[span.start:span.end].lower().split()):
                continue    # ("X, who had led Y since 2016, was named honorary president")
            got = period_at(text, span.end)
            if got is not None:
                if named is None:
                    named = {m.start for e in draft.entities.values() if not e.role
                             for m in e.mentions}
                first = _DIGIT.search(text, span.end, got[2])
                if first is not None and first.start() in named:
                    break       # (the years open a name printed after the post)
                add_period(post, got[0], got[1], Span(span.start, got[2]))
                break
