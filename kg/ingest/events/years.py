"""The year a month-and-day date of an article takes: the headline's year when the headline
says the article is about that year ("Major Events in the Magnesium Industry in 2024", "... in
Q1 2025", "Lightweight Metals Log 2024"), else the year of the document's date, else the year the text states. A year that
only qualifies a noun in the headline ("Reports Record 2025 Output") leaves the dates in the
year of publication. A text that prints no year at all but cites a document by its number
("Gan Zheng Ban Fa [2026] No. 47", "Announcement No. 33 of 2026") is read in that year: such a
number carries the year the document was issued, which news reports as it happens. Else the
year its body writes from (:func:`body_year`: "output reached 2.1 million tonnes in the first
half of 2026", not "is due to be commissioned in December 2027"); a text with no such year has
none, and its month-and-day dates are dropped, never guessed. A yearbook reviews the year before
the one it is named for: its lead's "In 2025" is the year of its dates (:func:`reviewed_year`)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import labelled_kinds, words
from kg.ingest.reading.tables import tables
from kg.ingest.reading.text_memo import TextMemo
from kg.ingest.reading.dates import find_dates, headline_year, other_day_key, stated_year, yearless_dateline


def document_year(text: str, date: str | None) -> str | None:
    """:func:`_document_year`, the last text's answers kept (some ten rules ask it of one
    article, each with the same date)."""
    asked = _ASKED.of(text)
    if date not in asked:
        asked[date] = _document_year(text, date)
    return asked[date]


_ASKED = TextMemo()     # the last text's year by the date given


def _document_year(text: str, date: str | None) -> str | None:
    shown = headline_year(text)
    year = date[:4] if date else None
    if shown and year is None and _names_a_noun(text, shown):
        # "Smelters agree 2027 copper charges" under a dateline with no year: the headline's
        # year names the charges, the body says when the text is written ("in the first ten
        # months of 2026"), counting only the years that state a time
        shown = body_year(text, times_only=True) or shown
    if shown and (year is None or shown == year or shown < year and _scope_year(text, shown)):
        year = shown
    reviewed = reviewed_year(text)
    if reviewed and year and reviewed < year:
        year = reviewed
    found = year or stated_year(text) or _numbered_year(text)
    if found:
        return found
    # (the body's year is read only now: its reading of every date costs a whole-text scan)
    # (under a yearless dateline, a year only "since" states bounds the year, the dateline's
    # day gives it: :func:`kg.ingest.events.dateline_year.recent_dateline`)
    body = body_year(text)
    if body is not None and yearless_dateline(text) is not None:
        stated = body_year(text, since=False)
        body = stated if stated == body else None
    return _after_whole_years(text, body)


# a yearbook's lead sets the year it reviews: "In 2025 the copper industry remained ..."
_REVIEW_LEAD = re.compile(r"(?:^|[.!?\]\u3011)]\s+)In\s+((?:19|20)\d\d)\b(?!\s*[-\u2013/])", re.M)


@lru_cache(maxsize=1)
def _review_heads() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(words("review-heads")))
                      + r")\b", re.I)


def reviewed_year(text: str) -> str | None:
    """The year a text reviews when a head word of a review (``data/review-heads.txt``:
    yearbook, almanac, annals) is on one of its first four lines and the first sentence of its
    body that opens "In <year>" (in its first 1,500 characters; "YIMEN YEARBOOK (2026)" ...
    "In 2025 the copper industry ..."): that year, else None. Its month-and-day dates without a
    year are that year's."""
    head = [ln for ln in text.lstrip()[:400].splitlines() if ln.strip()][:4]
    if not any(_review_heads().search(ln) for ln in head):
        return None
    m = _REVIEW_LEAD.search(text, 0, 1500)
    return m.group(1) if m else None


_NUMBERED = re.compile(r"[\[\u3014\uff3b]((?:19|20)\d\d)[\]\u3015\uff3d]\s*No\.|\bNo\.\s?\d+\s+of\s+"
                       r"((?:19|20)\d\d)\b")


def _numbered_year(text: str) -> str | None:
    """The year of the first document number the opening (3,000 characters) cites."""
    m = _NUMBERED.search(text[:3000])
    return (m.group(1) or m.group(2)) if m else None


def dateline_date(text: str, year: str | None) -> str | None:
    """The month and day a dateline shows with no year ("Lanzhou, June 9 (Reporter ...)"), read
    in ``year``: the first full date of the first two lines of text, else the day of a dateline
    lower down, under a page's furniture (a section label, the headline, a byline: "Longkou,
    Shandong, July 30 --" on the fourth line), else None."""
    if year is None:
        return None
    head = "\n".join([ln for ln in text.lstrip().splitlines() if ln.strip()][:2])
    got = next((d.value for d in find_dates(head, year) if d.kind == "date"
                and not other_day_key(head, d.start)), None)     # (not "Deadline: 1 May")
    if got is None:
        m = yearless_dateline(text)
        if m is not None:
            got = next((d.value for d in find_dates(m.group(0), year) if d.kind == "date"), None)
    return got


def _scope_year(text: str, year: str) -> bool:
    heads = [ln for ln in text.lstrip()[:400].splitlines()[:4] if year in ln
             and len(ln.split()) <= 25 and ln.rstrip()[-1:] not in ".;:!?"]
    return any(re.search(rf"\b(?:in|of|during|for\s+the\s+year)\s+(?:(?:Q[1-4]|H[12]|the\s+first\s+"
                     rf"\w+\s+of|[A-Z][a-z]+)\s+)?{year}(?!\d)|{_NOT_SCOPE}{year}\W*$", head.strip())
               for head in heads)


# a year that ends a headline after these is a point of comparison, not the year the text
# covers: "Tin Prices Hit Highest Since 2019", "Output Falls Below 2019"
_NOT_SCOPE = "".join(rf"(?<!\b{w}\s)" for w in ("since", "Since", "after", "After", "before",
                                                  "Before", "than", "Than", "from", "From",
                                                  "below", "Below", "above", "Above"))


# a year the sentence sets ahead: a plan, a target, a deadline, something due or to come
_AHEAD = re.compile(r"\b(?:will|would|shall|plans?|planned|planning|aims?|aimed|aiming|targets?|"
                    r"targeted|goals?|expects?|expected|due|scheduled|slated|set\s+to|to\s+be|"
                    r"is\s+to|are\s+to|intends?|forecasts?|projected|next|upcoming|vision)\b", re.I)
# ... or the words right before it bound a period ahead ("by 2030", "until 2028", "through")
_BOUND = re.compile(r"\b(?:by|until|till|through|before|to|towards?)\s+(?:the\s+(?:end|middle|"
                    r"start|beginning)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?$", re.I)


# ... or "from" opens a period with no end printed ("to buy 150,000 tonnes a year from 2027";
# not "from 2019 to 2022")
_OPEN_FROM = re.compile(r"\b(?:from|starting(?:\s+(?:in|from))?|beginning\s+in)\s+$", re.I)
# (a dash closes a range on its own line only: "from July 2027\n  - closing ..." is a list's next
# item, not "from July 2027 - 2028")
_RANGE_END = re.compile(r"[ \t]*(?:-|\u2013|\u2014)|\s*(?:to|until|till|through)\b", re.I)


# ... or the clause after it does ("In 2027 the second line will add ...")
_AHEAD_AFTER = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|is\s+due|are\s+due|is\s+expected|"
                          r"are\s+expected|is\s+scheduled|are\s+scheduled|plans?\s+to|aims?\s+to)\b",
                          re.I)


# a bare year that names a thing ("settled the 2027 benchmark charges", "an agreement for 2027
# was signed"), not the time the text writes from: a lower-case word right after it and no time
# preposition before it ("in 2026 output rose" is a time)
_NAMES_A_NOUN = re.compile(r"\s[a-z]")
_TEMPORAL_BEFORE = re.compile(r"\b(?:in|on|since|by|from|until|during|of|before|after|early|"
                              r"late|mid|end|throughout|as\s+of)[\s-]*$", re.I)
# a year standing as a table's column head: two spaces or more on both sides
_CELL = re.compile(r"[ \t]{2,}|[ \t]*$", re.M)
_CELL_BEFORE = re.compile(r"[ \t]{2,}$")


def _names_a_noun(text: str, year: str) -> bool:
    """The headline's ``year`` stands before a lower-case word ("agree 2027 copper charges"):
    it names a thing, not the time of the article ("2026 China X Forum Closes" does not)."""
    lead = text.lstrip()[:400]
    i = lead.find(year)
    return i >= 0 and bool(_NAMES_A_NOUN.match(lead, i + 4)) and not _TEMPORAL_BEFORE.search(
        lead[max(0, i - 20):i])


def body_year(text: str, times_only: bool = False, since: bool = True) -> str | None:
    """The latest year the text states of the present or the past (a day, a month, a quarter or
    half, a bare year), leaving out year ranges ("2026-2030") and years its sentence sets ahead
    ("by 2030", "is due to be commissioned in December 2027", "plans to recover ... in 2027",
    "In 2028 the second line will add ...");
    None when every year is ahead or there is none. Targets, plans and founding years are as
    common as the present year, so only the latest year not ahead is taken. ``times_only``:
    also leave out the years that name a thing ("the 2027 benchmark charges", "an agreement for
    2027 was signed") and a table's column heads. ``since`` False: also leave out a year that
    opens a state still going on ("have bought six projects since 2024"): the text is written
    in that year or any later one, so it bounds the year without giving it."""
    best = None
    later = None        # the cells of a column of validity ("Valid until"), made when asked
    for d in find_dates(text, None, extended=True):
        if d.kind == "gYear" and d.until or d.ambiguous or not d.value[:4].isdigit():
            continue
        y = d.value[:4]
        if best is not None and y <= best:
            continue
        if later is None:
            later = _validity_cells(text)
        if any(a <= d.start < b for a, b in later):
            continue        # ("Valid until  2029-12-07" in a list of 2026: a day to come)
        lead = text[_clause_start(text, d.start):d.start]
        if not since and _SINCE.search(text, max(0, d.start - 20), d.start):
            continue
        if _AHEAD.search(lead) or _BOUND.search(lead[-40:]) or (
                _OPEN_FROM.search(lead[-12:]) and not _RANGE_END.match(text, d.end)
                and not _PAST.search(lead[-80:])):
            continue        # (also "to buy ... from 2027": a period that opens then; not
            # "produced zinc from the second quarter of 2028": that year is here)
        if times_only and d.kind == "gYear" and (
                _NAMES_A_NOUN.match(text, d.end) and not _TEMPORAL_BEFORE.search(lead[-20:])
                or _CELL.match(text, d.end) and _CELL_BEFORE.search(lead[-4:])):
            continue        # "the 2027 benchmark charges", a table's "2026   2027" columns
        tail = text[d.end:d.end + 80]
        cut = min([k for k in (tail.find(c) for c in ",;.\n") if k >= 0], default=len(tail))
        if _AHEAD_AFTER.search(tail[:cut]):
            continue        # "In 2027 the line will produce ...", "the 2027 forum is to be held"
        best = y
    return best


def _validity_cells(text: str) -> list[tuple[int, int]]:
    """The cells of the text's table columns headed by a field of validity or expiry (a label
    of kind "valid" or "until" of ``data/record-date-fields.txt``: "Valid until", "Validity",
    "Expiry date"): the days a record runs to, often years ahead of the day it is written."""
    heads = {label for label, kind in labelled_kinds("record-date-fields").items()
             if kind in ("valid", "until")}
    out = []
    for table in tables(text):
        cols = {i for i, (_, _, h) in enumerate(table.header) if " ".join(h.lower().split()) in heads}
        if cols:
            out.extend((c.start, c.end) for row in table.rows for c in row.cells if c.col in cols)
    return out


_SINCE = re.compile(r"\b[Ss]ince\s+(?:(?:early|late|mid)[\s-]+)?(?:\w+\s+)?$")


# a whole year's figure told in the past: "sales reached 86,000 tonnes in 2025", "Revenue for 2025
# was 8.9 billion yuan": that year is over (not "in the first ten months of 2026", "since 2024")
_WHOLE_YEAR_LEAD = re.compile(r"\b(?:in|for)\s+(?:the\s+(?:full\s+|whole\s+)?year\s+(?:of\s+)?)?$",
                              re.I)
_PART_OF_YEAR = re.compile(r"\b(?:months?|weeks?|days?|quarters?|half|halves|so\s+far|to\s+date|"
                           r"year-to-date|period|season)\b[^.;\n]{0,15}$", re.I)
_FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|per\s*cent|percent|(?:million|billion|thousand)\b|"
                     r"(?:metric\s+)?(?:tonnes|tons|t|yuan|dollars|euros|units|ounces|oz)\b)", re.I)
_PAST = re.compile(r"\b(?:reached|rose|fell|grew|was|were|totalled|totaled|amounted|hit|stood|"
                   r"increased|decreased|declined|dropped|climbed|jumped|slipped|produced|sold|"
                   r"shipped|exported|imported|made|earned|posted|recorded|reported)\b", re.I)


def _after_whole_years(text: str, year: str | None) -> str | None:
    """``year``, or the year after the latest year the text reports a whole year's figure for
    in the past tense (a year's total is told once it is over: a text dated "May 12" that says
    "sales reached 86,000 tonnes in 2025" writes from 2026). Only read when no header, headline
    or document number gives the year."""
    for d in find_dates(text, None, extended=True):
        if d.kind != "gYear" or d.until or d.ambiguous or not d.value.isdigit():
            continue
        if year is not None and d.value < year:
            continue
        ss = _clause_start(text, d.start)
        lead = text[ss:d.start]
        if not _WHOLE_YEAR_LEAD.search(lead[-30:]) or _PART_OF_YEAR.search(lead[-40:]) \
                or _AHEAD.search(lead):
            continue
        cut = min([k for k in (text.find(c, d.end, d.end + 200) for c in ".;\n") if k >= 0],
                  default=min(len(text), d.end + 200))
        clause = text[ss:cut]
        if _FIGURE.search(clause) and _PAST.search(clause) and not _AHEAD.search(clause):
            year = str(int(d.value) + 1)
    return year


# a line break inside a sentence: the next line goes on in lower case ("... planned for\n   the
# second half of 2027"), a hard-wrapped line, not a new item or heading
_WRAPPED = re.compile(r"\n[ \t]*(?=[a-z])")


def _clause_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, at most 300 characters back: after the last
    full stop or semicolon, or the last line break that is not a hard wrap."""
    lo = max(0, at - 300)
    ss = max(text.rfind(".", lo, at), text.rfind(";", lo, at), lo - 1)
    nl = text.rfind("\n", ss + 1, at)
    while nl > ss and _WRAPPED.match(text, nl):
        nl = text.rfind("\n", ss + 1, nl)
    return max(ss, nl) + 1


def earliest_year(text: str) -> str | None:
    """The earliest year the text can be written in: the latest year it states of its present
    or past (:func:`body_year`), or the year after the latest year whose whole-year figure it
    reports in the past ("produced 62% of the country's magnesium in 2025": written in 2026 or
    later); None when it states none."""
    return _after_whole_years(text, body_year(text))


def missing_year_note(text: str, date: str | None) -> str | None:
    """What the reviewer is told when the text prints days with no year and none can be read
    (no --date, header, document number, or year of the present in the body): its month-and-day
    dates are left out, never guessed. None when there is a year or no such day."""
    if date or document_year(text, None) is not None:
        return None
    undated = [d for d in find_dates(text, "2000") if d.kind == "date" and d.value[:4] == "2000"]
    if not undated:
        return None
    return (f"no year found in the text: {len(undated)} month-and-day date(s) left undated "
            "(give --date YYYY-MM-DD)")
