"""The values of the periods and relative dates :mod:`kg.ingest.reading.dates` reads with
``extended=True`` (Chinese dates and ranges of days, year ranges, quarters and halves, spans of months, "this
year", "March of last year"), from the groups of the pattern that matched, and the number of a
month's name."""
from __future__ import annotations

import datetime

_MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"])}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9

_QUARTER = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4}


def month(s: str) -> int:
    return _MONTHS[s.lower().rstrip(".")[:4] if s.lower().startswith("sept") else s.lower().rstrip(".")[:3]]


def relative(rel: str, doc_year: str | None) -> str | None:
    if doc_year is None:
        return None
    shift = {"last": -1, "previous": -1, "next": 1}.get(rel.split()[-1].lower(), 0)
    return f"{int(doc_year) + shift:04d}"


def extended(kind: str, g: dict, doc_year: str | None):
    """(value, datatype, until) of one extended reading, or None."""
    if kind in ("cn", "cnmd"):
        y = g.get("y") or doc_year
        if y is None:
            return None
        mon = int(g["m"])
        if g.get("d"):
            d = int(g["d"])
            return (f"{int(y):04d}-{mon:02d}-{d:02d}", "date", None) if 1 <= d <= 31 else None
        return f"{int(y):04d}-{mon:02d}", "gYearMonth", None
    if kind == "mpart":
        y = g.get("y") or doc_year
        return (f"{int(y):04d}-{month(g['mon']):02d}", "gYearMonth", None) if y else None
    if kind == "cnrange":
        y = g.get("y") or doc_year
        if y is None:
            return None
        y2, m2 = g.get("y2") or y, g.get("m2") or g["m"]
        first = f"{int(y):04d}-{int(g['m']):02d}-{int(g['d']):02d}"
        last = f"{int(y2):04d}-{int(m2):02d}-{int(g['d2']):02d}"
        try:        # (a day its month does not have: no range; the first day is read alone)
            ok = datetime.date.fromisoformat(first) < datetime.date.fromisoformat(last)
        except ValueError:
            return None
        return (first, "date", last) if ok else None
    if kind == "cny":
        return g["y"], "gYear", None
    if kind == "yrange":
        return (g["y"], "gYear", g["y2"]) if g["y2"] > g["y"] else None
    if kind in ("quarter", "qn"):
        y = g.get("y") or (relative(g["rel"], doc_year) if g.get("rel") else doc_year)
        if y is None:
            return None
        n = _QUARTER[g["q"].lower()] if kind == "quarter" else int(g["n"])
        half = g["unit"].lower() in ("half", "h")
        if half and n > 2:
            return None
        first, last = ((n - 1) * 6 + 1, n * 6) if half else ((n - 1) * 3 + 1, n * 3)
        return f"{int(y):04d}-{first:02d}", "gYearMonth", f"{int(y):04d}-{last:02d}"
    if kind == "mrange":
        m1, m2 = month(g["mon"]), month(g["mon2"])
        y1 = int(g["y"]) if g.get("y") else None
        y2 = int(g["y2"]) if g.get("y2") else None
        if y1 is None and y2 is None:
            if doc_year is None:
                return None
            y1 = int(doc_year)
        if y1 is None:
            y1 = y2 if m1 < m2 else y2 - 1
        if y2 is None:
            y2 = y1 if m1 < m2 else y1 + 1
        if (y2, m2) <= (y1, m1):
            return None
        return f"{y1:04d}-{m1:02d}", "gYearMonth", f"{y2:04d}-{m2:02d}"
    if kind == "mtoyend":       # "from November to the end of this year"
        m1 = month(g["mon"])
        if doc_year is None or m1 == 12:
            return None
        return f"{int(doc_year):04d}-{m1:02d}", "gYearMonth", f"{int(doc_year):04d}-12"
    if kind == "reldm":        # "from 20 to 22 April next year"
        y = relative(g["rel"], doc_year)
        if y is None:
            return None
        mon, d = month(g["mon"]), int(g["d"])
        if g.get("d3"):     # across months: "1 March to 30 April next year"
            first = month(g["mona"]) if g.get("mona") else mon
            last = month(g["monb"]) if g.get("monb") else mon
            try:
                a = datetime.date(int(y), first, d)
                b = datetime.date(int(y), last, int(g["d3"]))
            except ValueError:
                return None
            return (a.isoformat(), "date", b.isoformat()) if a < b else None
        d2 = int(g["d2"]) if g.get("d2") else None
        if not 1 <= d <= 31 or d2 is not None and not d < d2 <= 31:
            return None
        day = f"{int(y):04d}-{mon:02d}"
        return f"{day}-{d:02d}", "date", (f"{day}-{d2:02d}" if d2 else None)
    if kind == "relm":
        y = relative(g["rel"], doc_year)
        return None if y is None else (f"{y}-{month(g['mon']):02d}", "gYearMonth", None)
    if kind == "yend":
        return None if doc_year is None else (doc_year, "gYear", None)
    if kind == "yedge":
        return g["y"], "gYear", None
    if kind in ("rel", "season"):
        y = relative(g["rel"], doc_year)
        return None if y is None else (y, "gYear", None)
    return None


def relative_month(g: dict, doc_date: str | None):
    """(year-month, "gYearMonth", None) of "next <month>" (the first such month after the
    document's) and "last <month>" (the last one before it; the month just before the
    document's is the year before's: a writer says "last month" of that one), or None without the document's
    month to count from (a document of December says "next March" of the year after, one of
    January "last June" of the year before)."""
    if not doc_date or len(doc_date) < 7 or not doc_date[:4].isdigit():
        return None
    y, mon = int(doc_date[:4]), int(doc_date[5:7])
    m = month(g["mon"])
    if g["rel"].lower() == "next":
        year = y if m > mon else y + 1
    else:       # (the month just before the document's is "last month": "last October" in
        #         a text of November is the year before's October)
        year = y if m < mon - 1 else y - 1
    return f"{year:04d}-{m:02d}", "gYearMonth", None
