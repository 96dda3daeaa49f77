"""The document a text is, and the meeting or event its title names, dated from its head.

* The text's own document: a report, notice, announcement or minutes named in the title block
  (the lines above the first keyed row "Key: value" under a title line, or the paragraph of the first line of
  running prose, in the text's first 600 characters) with no day of its own is issued on the document's date, when
  a header, dateline or signature shows that date ("Summary of the Investigation Report ..."
  over "Wuhu Municipal Emergency Management Bureau   2026-12-04"): ``date:document-itself``.
* The text's own agreement, named in the title block ("COMMUNITY DEVELOPMENT AGREEMENT"),
  with no day of signing of its own, is signed on the document's date when the text says it
  was signed or made on that day ("Signed at Muzhen Town, 2026.12.18", "This Agreement is
  made at Bungku on 27/11/2026 between:"): ``date:document-itself``.
* An event the title block names ("MINUTES OF THE 9TH MEETING OF THE BOARD") takes the day of
  the head's keyed time row ("Time:  2026.11.20 (Friday), 09:30-12:10", "Date and place:"),
  or a range of days printed on a line of the title block itself ("Guiyang, 16-19 July 2027"
  under a conference's name): ``date:title-block``; a bare year it had (from "(X 2027)") is
  replaced by that sharper day of the same year. (Not an event named inside another's name
  there: "The 6th X Conference" is dated, the series "X Conference" is not.) So is an event the
  title block prints by its whole name inside a longer one ("NOTICE ON HOLDING THE 2027 X
  EXPOSITION"), its mentions all in the body.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.reading.called_off import marks
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.reading.signature_cells import paired_at
from kg.ingest.terms import NFO

_HEAD = 600         # how far the title block may run (characters)
_ROWS = 1500        # how far the head's keyed rows may run
# a keyed row: a short key and a colon ("Report No.:", "Time:", "(22) Filing date:")
_KEYED = re.compile(r"[ \t]*[(\w][\w .()/&'-]{0,30}:(?:[ \t]|$)")
# a keyed row of the time a meeting or event was held
# (also "Dates:", "Period:", "Duration:" of a class or a fair over several days)
# (its key set off by a colon, or by a wide gap as a form's rows are: "Dates     Fri 15 Jan -
# Sun 17 Jan 2027")
_TIME_ROW = re.compile(r"[ \t]*(?:Time|Dates?|Period|Duration|Date\s+and\s+(?:time|place|venue)|Time\s+and\s+"
                       r"(?:date|place|venue)|Meeting\s+(?:date|time)|Held\s+on)(?:[ \t]*:|[ \t]{3,}|\t)",
                       re.I)
# a word of running prose: in lower case and no word a title keeps in lower case
_PROSE_WORD = re.compile(r"\b(?!(?:of|the|and|for|on|in|to|a|an|at|by|with|from|or|into|"
                         r"under|over|its|their)\b)[a-z][a-z]+\b")


def _prose(line: str) -> bool:
    """A line of running prose, not a title in title case or capitals ("Announcement of the
    Result of the Consultation for the"): three words or more in lower case that a title
    would capitalise."""
    return len(_PROSE_WORD.findall(line)) >= 3 and not _QUOTED_LINE.fullmatch(line)


# a heading a page's markup marks as one ("# Deal announcement | ...", "## Notice on ..."): a
# title line, however many words in lower case it has
_MARKED_HEADING = re.compile(r"[ \t]*#{1,4}[ \t]+\S")


# a line wholly in quotation marks: a subtitle under a title ('"Scrap in, ingot out: who
# pays?"'), not running prose
_QUOTED_LINE = re.compile(r"[ \t]*[\"\u201c][^\"\u201c\u201d\n]{1,120}[\"\u201d][ \t]*")


# a line that rules off a head: "-----", "=====", "_____"
_RULE_LINE = re.compile(r"[ \t]*(?:[-=_*~\u2500\u2014]{3,}[ \t]*)?(?:\n|$)")


def _subtitle(text: str, line: str, le: int) -> bool:
    """``line`` (ending at ``le``), right under a title line with no blank line between, is a
    short subtitle, not the first line of running prose: at most 60 characters, no stop or
    comma at its end, and a blank line, a rule or the text's end right after it (a paragraph's
    first line runs on to the next)."""
    body = line.strip()
    return len(body) <= 60 and not body.endswith((".", ",", ";", ":")) and \
        _RULE_LINE.match(text, le + 1) is not None


def title_end(text: str) -> int:
    """Where the text's title block ends (see :func:`_title_end`)."""
    return _title_block(text)[0]


def _title_end(text: str) -> int:
    """Where the title block ends: the first keyed row, or the paragraph holding the first line
    of running prose (its first line may cite a name in title case: "According to the
    Regulations on the Reporting, Investigation and Handling of Production"), at most
    ``_HEAD`` characters in."""
    return _title_block(text)[0]


def _title_block(text: str) -> tuple[int, list[tuple[int, int]]]:
    """Where the title block ends (see :func:`_title_end`) and the keyed rows above its title
    ("Category:  Administrative measures": no title line, its value no title)."""
    pos, n = 0, min(len(text), _HEAD)
    par = 0
    titled = False      # (keyed rows above the title, "Bond codes: 115482", do not end it)
    keyed: list[tuple[int, int]] = []
    while pos < n:
        le = text.find("\n", pos, n)
        le = n if le < 0 else le
        line = text[pos:le]
        if not line.strip():
            par = le + 1
        elif _KEYED.match(line):
            if titled:
                return pos, keyed
            keyed.append((pos, le))
        elif _MARKED_HEADING.match(line):
            titled = True       # ("# Deal announcement | Patent family transferred for ...")
        elif titled and par == 0 and _subtitle(text, line, le):
            pass        # ("Groundwater Bulletin No. 4 of 2026" / "Storage yard area, X District"
            #             / a rule or a blank line: a subtitle in sentence case, no prose)
        elif _prose(line):
            return min(par, pos), keyed
        else:
            titled = True
        pos = le + 1
    return n, keyed


@lru_cache(maxsize=1)
def _called_off() -> re.Pattern:
    """A word of ``data/called-off-marks.txt`` ("cancelled", "postponed"), or a day not yet set
    ("to be announced", "TBD"): a time row that gives no day the event is held."""
    alts = [marks(), r"to[ \t]+be[ \t]+(?:announced|confirmed|determined|fixed|set)|TB[ACD]"]
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


def _row_day(text: str, dates, starts, title_end: int, through_prose: bool = False):
    """The day of the head's keyed time row ("Time: 2026.11.20 (Friday)"), if one (with
    ``through_prose``, also under a paragraph of running prose: a notice on holding an event
    opens with a sentence or two, then its rows)."""
    pos = title_end
    n = min(len(text), _ROWS)
    while pos < n:
        le = text.find("\n", pos, n)
        le = n if le < 0 else le
        if _TIME_ROW.match(text, pos, le):
            if _called_off().search(text, pos, le):
                return None     # ("Dates: to be announced (originally 3-5 May, cancelled)")
            i = bisect.bisect_left(starts, pos)
            if i < len(dates) and dates[i].start < le and dates[i].kind == "date":
                return dates[i], Span(pos, le)
            return None
        if _prose(text[pos:le]) and not _KEYED.match(text, pos, le) and not through_prose:
            return None         # (running prose: the head is over)
        pos = le + 1
    return None


def _coarser_guess(st, day: str) -> bool:
    """A statement of a date guessed from the context or a name, that ``day`` refines (a year
    or month of the same day)."""
    value = str(st[1])
    return len(value) < len(day) and day.startswith(value) and st[3].startswith(
        ("context:date", "date:named-year", "date:year-in-name"))


def _title_year(text: str, st, day: str, title_end: int, dates=()) -> bool:
    """A bare year read from the title block itself ("Publicity of ... (Batch 4 of 2026)",
    "Notice on the Quotas for ... Projects in 2027"): the year the document is about, which
    the head's full day of issue (of that year, or of the year before it) replaces; so does a
    day of the year after it, as a report on a year is released ("2025 ESG Report" over
    "Released in Golmud, Friday 24 April 2026"). So is a
    month the title block prints ("Permits Issued ... in November 2026", "(Filings of
    November 2026)"), when the day of issue falls in it or after it: the month the document
    reports on, published once the month is over; and the first month of a quarter or a half
    it prints ("for the Fourth Quarter of 2026"), when the day of issue falls after its end."""
    value = str(st[1])
    if len(value) == 7 and st[2].start < title_end and value <= day[:7]:
        # (also a quarter or a half it reports on, "Quarterly Report for the Fourth Quarter of
        # 2026" released in January 2027: over by the day of issue)
        return any(d.start < title_end and d.kind == "gYearMonth" and d.value == value
                   and (not d.until or len(d.until) == 7 and d.until <= day[:7]) for d in dates)
    return len(value) == 4 and value.isdigit() and st[2].start < title_end and \
        str(day[:4]) in (value, str(int(value) - 1), str(int(value) + 1)) and \
        re.search(r"(?<!\d)" + value + r"(?!\d)", text[:title_end]) is not None


# a verb of signing before the text's own day: "Signed at Muzhen Town, ", "This Agreement is
# made at Bungku on ", "Executed in Lima on"; the place may be long and the day on the next
# line ("Signed at the conference room of the X County Legal Aid Centre," / "Friday, 14 May
# 2027")
_SIGNED = re.compile(r"\b(?:[Ss]igned|[Mm]ade|[Cc]oncluded|[Ee]xecuted|[Ee]ntered[ \t]+into)\b"
                     r"[^.;\n]{0,70}(?:\n[ \t]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?"
                     r"[ \t]+)?)?$")
_SIGNED_BACK = 110      # how far before the day its verb of signing may stand


# the text naming itself as what is signed: "This Agreement is made", "The present Contract
# was signed"
_ITSELF = re.compile(r"\b(?:[Tt]his|[Tt]he[ \t]+present)[ \t]+(?:Agreement|Contract|Memorandum)\b")


def _signed_on(text: str, dates, doc_date: str, guessed: bool) -> Span | None:
    """Where the text says it was signed on its own day (a verb of signing just before a date
    of that day; when that day is only read from the running text, with the text naming
    itself there), if it does."""
    for d in dates:
        if d.kind == "date" and d.value == doc_date and not d.until and \
                _SIGNED.search(text, max(0, d.start - _SIGNED_BACK), d.start) is not None and \
                (not guessed or _ITSELF.search(text, max(0, d.start - 60), d.start)):
            return Span(text.rfind("\n", 0, d.start) + 1, d.end)
    if not guessed:
        # ("Date: Monday, 28 December 2026      Date: 2026-12-28" under both parties' names:
        # the day both dated it, the day it was signed)
        for d in dates:
            if d.kind == "date" and d.value == doc_date and not d.until and \
                    paired_at(text, dates, d):
                return Span(text.rfind("\n", 0, d.start) + 1, d.end)
    return None


# the first keyed row under the title that gives the text's own number: "Notice No.:  PX-118",
# "Report No.:  XTH-DJ-2026-0318" (its key's noun is the coded document's first word)
_OWN_NUMBER = re.compile(r"[ \t]*([A-Z][a-z]+)[ \t]+(?:No\.|Number|Ref\.?)[ \t]*:")


def _coded_itself(text: str, dated_kinds, title_end: int, kind) -> list:
    """The new document coded on the head's first keyed row, the text's own number ("Report
    No.:  XTH-DJ-2026-0318" under a report's title: "Report XTH-DJ-2026-0318"), as a name of
    the title block: it is the text itself, dated by the text's date."""
    le = text.find("\n", title_end, title_end + 200)
    m = _OWN_NUMBER.match(text, title_end, len(text) if le < 0 else le)
    if m is None:
        return []
    end = len(text) if le < 0 else le
    return [(s, e, ent) for s, e, ent in dated_kinds
            if title_end <= s < end and not ent.known and ent.rule == "document:coded"
            and kind(ent) == "policy"
            and ent.label.split(None, 1)[0].lower() == m.group(1).lower()]


def _squeezed(s: str) -> str:
    return " ".join(s.lower().split())


def _titled_events(text: str, dated_kinds, title_end: int, kind, inside) -> list:
    """The new events the title block prints by their whole name though no mention of theirs
    is read there (the title's line is a longer name: "NOTICE (No. 1) ON HOLDING THE 2027 X
    EXPOSITION" over the exposition's name in the body), each at its first mention: the
    event the text is about, held on the days its head prints. Only a name of an edition (a
    year or a number in it)."""
    head = _squeezed(text[:title_end])
    seen = {id(ent) for _, _, ent in inside}
    out = []
    for s, e, ent in dated_kinds:
        if id(ent) in seen or ent.known or kind(ent) != "event":
            continue
        seen.add(id(ent))
        label = _squeezed(ent.label)
        # (a name of an edition, its year or number printed: "2027 X Exposition", "6th X
        # Expo"; not a body's words inside an organisation's name, "County People's Congress")
        if len(label.split()) >= 3 and re.search(r"\d", label) and label in head:
            out.append((s, e, ent))
    return out


def date_document_itself(draft, dates, dated_kinds, kind) -> int:
    """Date the text's own document and the event its title names (see the module)."""
    text = draft.text
    if not dated_kinds:
        return 0
    title_end, keyed = _title_block(text)
    inside = [(s, e, ent) for s, e, ent in dated_kinds if s < title_end and not ent.known
              and not any(a <= s < b for a, b in keyed)
              and ent.rule != "document:implemented-title"]   # (the law a report is on)
    inside += _coded_itself(text, dated_kinds, title_end, kind)
    inside += _titled_events(text, dated_kinds, title_end, kind, inside)
    if not inside:
        return 0
    starts = [d.start for d in dates]
    doc_date = str(draft.date) if draft.date is not None else None
    guessed = draft.__dict__.get("date_guessed", False)
    changed = 0
    row = None
    ranged = next((d for d in dates[:bisect.bisect_left(starts, title_end)]
                   if d.until and d.kind == "date"), None)
    if ranged is not None and _called_off().search(
            text, text.rfind("\n", 0, ranged.start) + 1,
            len(text) if text.find("\n", ranged.end) < 0 else text.find("\n", ranged.end)):
        ranged = None       # ("3-5 May 2026, postponed to 2027": no days it is held)
    for s, e, ent in inside:
        k = kind(ent)
        if k == "policy" and doc_date is not None and len(doc_date) == 10 and not guessed:
            if any(st[0] == NFO.plannedDate or st[0] == NFO.dateIssued and not _coarser_guess(
                    st, doc_date) and not _title_year(text, st, doc_date, title_end, dates)
                    for st in ent.statements):
                continue
            # (a year its name holds, "Bulletin ... (No. 1 of 2027)", gives way to the day; so
            # does one its title prints, "... Projects in 2027", read as the clause's)
            ent.statements[:] = [st for st in ent.statements if st[0] != NFO.dateIssued]
            ent.add(NFO.dateIssued, date_literal(doc_date), Span(s, e),
                    "date:document-itself@0.6")
            changed += 1
        elif k == "agreement" and doc_date is not None and len(doc_date) == 10:
            if any(st[0] == NFO.dateSigned for st in ent.statements):
                continue
            # (a day only read from the running text counts when the text names itself there:
            # "This Agreement is made ... on")
            signed = _signed_on(text, dates, doc_date, guessed)
            if signed is not None:
                # ("... AGREEMENT" over "Signed at Muzhen Town, 2026.12.18", "This Agreement
                # is made at Bungku on 27/11/2026 between:": the text's own day of signing)
                ent.add(NFO.dateSigned, date_literal(doc_date), signed, "date:document-itself@0.6")
                changed += 1
        elif k == "event":
            if any(o is not ent and kind(o) == "event" and s2 <= s and e <= e2
                   and (s2, e2) != (s, e) for s2, e2, o in inside):
                continue        # (a series the title names inside its edition's name)
            if row is None:
                row = _row_day(text, dates, starts, title_end) or False
            got = row or ((ranged, Span(ranged.start, ranged.end)) if ranged else None)
            if not got and s >= title_end:
                # (an event the title prints in a longer name: its notice's rows may follow
                # an opening paragraph)
                got = _row_day(text, dates, starts, title_end, through_prose=True)
            if not got:
                continue
            d, span = got
            preds = (NFO.startDate, NFO.plannedDate)
            old = [str(st[1]) for st in ent.statements if st[0] in preds]
            if any(o != d.value[:len(o)] or len(o) >= len(d.value) for o in old):
                continue        # (a day of its own, or another one: kept)
            ent.statements[:] = [st for st in ent.statements
                                 if st[0] not in preds + (NFO.endDate,)]
            ent.add(NFO.startDate, date_literal(d.value), span, "date:title-block@0.7")
            if d.until:
                ent.add(NFO.endDate, date_literal(d.until), span, "date:title-block@0.7")
            changed += 1
    return changed
