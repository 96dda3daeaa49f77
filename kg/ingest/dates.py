"""Dates in running text, as precise as printed: a day (``2024-05-30``), a month (``2024-09``) or
a year (``2024``). A month-and-day without a year takes the year of the document's date."""
from __future__ import annotations

import re
from dataclasses import dataclass

from rdflib import Literal
from rdflib.namespace import XSD

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MON = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"

_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
_PATTERNS = [
    ("range", re.compile(_MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|-|\u2013|\u2014|and)\s*"
                         r"(?:" + _MON2 + r"\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")),
    ("iso", re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b")),
    ("mdy", re.compile(_MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b")),
    ("dmy", re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r",?\s+(?P<y>(?:19|20)\d\d)\b")),
    ("ym", re.compile(_MON + r",?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b")),
    ("md", re.compile(r"\b" + _MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,\s]*(?:19|20)\d\d)")),
    ("dm", re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"\b(?![,\s]*(?:19|20)\d\d)")),
    ("m", re.compile(r"(?<=\b[Ii]n )" + _MON + r"(?![\s,]*\d)(?=[\s,])")),
    ("y", re.compile(r"(?<![\d\-/.])(?P<y>(?:19|20)\d\d)(?![\d\-/])")),
]


@dataclass
class DateMention:
    start: int
    end: int
    value: str        # 2024-05-30, 2024-05 or 2024
    kind: str         # date, gYearMonth, gYear
    until: str | None = None     # the last day of a range ("October 15 to 17")

    @property
    def datatype(self) -> str:
        return self.kind


def _month(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")[:4] if s.lower().startswith("sept") else s.lower().rstrip(".")[:3]]


def find_dates(text: str, doc_year: str | None = None) -> list[DateMention]:
    """Every date in ``text``, the most precise reading winning where readings overlap."""
    taken = bytearray(len(text) + 1)
    out = []
    for kind, rx in _PATTERNS:
        for m in rx.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            g = m.groupdict()
            try:
                y = g.get("y") or doc_year
                if kind == "y":
                    # a bare year right after "No." or inside a standard number is not a date
                    before = text[max(0, m.start() - 8):m.start()]
                    if re.search(r"(?:No\.|GB|/T|YS)\s*$", before):
                        continue
                    value, dt = g["y"], "gYear"
                elif kind == "m":
                    if y is None:
                        continue
                    value, dt = f"{int(y):04d}-{_month(g['mon']):02d}", "gYearMonth"
                elif kind == "ym":
                    value, dt = f"{int(y):04d}-{_month(g['mon']):02d}", "gYearMonth"
                else:
                    if y is None:
                        continue
                    mon = int(g["m"]) if g.get("m") else _month(g["mon"])
                    d = int(g["d"])
                    if not (1 <= mon <= 12 and 1 <= d <= 31):
                        continue
                    value, dt = f"{int(y):04d}-{mon:02d}-{d:02d}", "date"
            except (KeyError, ValueError):
                continue
            until = None
            if kind == "range":
                mon2 = _month(g["mon2"]) if g.get("mon2") else mon
                d2 = int(g["d2"])
                if not (1 <= d2 <= 31) or (mon2, d2) <= (mon, d):
                    continue
                until = f"{int(y):04d}-{mon2:02d}-{d2:02d}"
            if kind in ("md", "dm") and g["mon"].lower() == "may" and not re.match(r"May\s+\d", m.group(0)):
                pass
            for i in range(m.start(), m.end()):
                taken[i] = 1
            out.append(DateMention(m.start(), m.end(), value, dt, until))
    out.sort(key=lambda d: d.start)
    return out


def headline_year(text: str) -> str | None:
    """A year the first lines (the headline) name: "Major Events in the Magnesium Industry in
    2024" dates its month-and-day events in 2024, whenever the article was published."""
    lead = text.lstrip()      # blank lines before the headline do not count
    for line in [ln for ln in lead[:400].splitlines() if ln.strip()][:4]:
        if any(d.kind == "date" for d in find_dates(line)):
            continue            # the publication line ("Apr 9, 2025"), not the headline
        years = re.findall(r"(?<![\d\-/])((?:19|20)\d\d)(?![\d\-/])", line)
        if years:
            return years[-1]
    return None


def document_date(text: str) -> DateMention | None:
    """The date a text shows near its top (first 600 characters): the first full date, else the
    first month, else None."""
    head = find_dates(text[:600])
    for kind in ("date", "gYearMonth"):
        for d in head:
            if d.kind == kind:
                return d
    return None


def date_literal(value: str) -> Literal:
    dt = XSD.date if len(value) == 10 else XSD.gYearMonth if len(value) == 7 else XSD.gYear
    return Literal(value, datatype=dt)
