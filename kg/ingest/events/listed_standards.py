"""A date a sentence states for a plural set of standards goes to each standard of that set:
"The ministry approved 27 industry standards in its Announcement No. 29, dated October 20.
They will be implemented from May 1, 2027. Three of them are: 1) ..., 2) ...": every standard
listed takes the issue day and the in-force day.

* the sentence names the set: a count or plural determiner before "standards" ("27 industry
  standards", "the three national standards", "both standards", "these standards"), or it
  opens with "They" / "These" / "Both" / "All of them" right after such a sentence;
* an issuing verb before the date ("approved", "released", "issued", "published", "dated")
  gives ``nfo:dateIssued``; "implemented from", "take effect on", "come into force on" gives
  ``nfo:dateInForce`` (as :mod:`kg.ingest.events.date_attach` reads a single standard's);
* the set's members: the standards named from that sentence to the end of its paragraph, and,
  when the paragraph ends with a colon, in the list that follows (numbered or bulleted items
  and their wrapped lines); a standard the list says is replaced ("replacing YS/T 633-2015")
  or whose number's year does not fit the date is no member;
* a member keeps a date of its own read from its sentence (rule ``date:listed-standards``
  only adds what is missing)."""
from __future__ import annotations

import re

from kg.ingest.events.standard_years import _fits, number_year
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

_COUNT = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
          r"twenty|thirty|forty|fifty|several|multiple|a\s+batch\s+of|a\s+number\s+of|a\s+set\s+of|"
          r"these|those|the|both|all(?:\s+the)?)")
# "27 industry standards", "the three national standards", "both standards"
_PLURAL = re.compile(r"\b" + _COUNT + r"\s+(?:[\w/-]+\s+){0,3}?standards\b", re.I)
# "They will be implemented ...", "Both take effect ...": the set of the sentence before
_THEY = re.compile(r"\s*(?:They|These|Those|Both|All\s+of\s+them|Each\s+of\s+them|All)\b")
_IN_FORCE = re.compile(r"\b(?:implement(?:ed|ation)|enforced|effective|(?:take|takes|took|taken|"
                       r"taking|come|comes|came|coming|enter|enters|entered|entry|go|goes)\s+"
                       r"(?:into\s+)?(?:effect|force))\b[^.;\d]{0,25}$", re.I)
_ISSUED = re.compile(r"\b(?:approv|issu|releas|publish|promulgat|adopt|dated)\w*\b[^.;]{0,120}$",
                     re.I)
_DEADLINE = re.compile(r"\b(?:by|before|until|till|no\s+later\s+than|deadline)\s+(?:the\s+end\s+of\s+)?$",
                       re.I)
_REPLACED = re.compile(r"\b(?:replac\w*|supersed\w*|instead\s+of|abolish\w*|repeal\w*|annul\w*)"
                       r"\s+(?:the\s+)?$", re.I)
# a list item: "1) ", "2. ", "(3) ", "- ", "• ", "a) "
_ITEM = re.compile(r"[ \t]*(?:[-*\u2022\u00b7]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s")
_LONG_LINE = 200        # a line this long is a paragraph of its own (one paragraph a line)


def _paragraph_end(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` ends: a blank line, or the end of its line when that
    line is a paragraph of its own."""
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    ls = text.rfind("\n", 0, pos) + 1
    if le - ls >= _LONG_LINE:
        return le
    blank = re.compile(r"\n[ \t]*\n").search(text, pos)
    return blank.start() if blank else len(text)


def _list_after(text: str, end: int) -> int:
    """The end of the list that follows a paragraph ending at ``end`` with a colon, else
    ``end``."""
    if not text[:end].rstrip().endswith(":"):
        return end
    pos, last = end, end
    seen = False
    while pos < len(text):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        line = text[pos:le]
        if not line.strip():
            if seen and not _ITEM.match(text, _next_line(text, le)):
                break
        elif _ITEM.match(line):
            seen, last = True, le
        elif seen and line[:1] in " \t":
            last = le           # a wrapped item ("   replacing YS/T 633-2015;")
        else:
            break
        pos = le + 1
    return last


def _next_line(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "\r\n":
        pos += 1
    return pos


def _is_standard(ent, kind) -> bool:
    return kind(ent) == "policy" and str(ent.cls).lower().endswith("standard")


def date_listed_standards(text, dates, sents, dated_kinds, kind) -> int:
    """Add the dates of a plural set of standards to its members; returns how many dates."""
    standards = [(s, e, ent) for s, e, ent in dated_kinds if _is_standard(ent, kind)]
    if len(standards) < 2 or "standards" not in text:
        return 0
    n = 0
    for d in dates:
        if d.kind not in ("date", "gYearMonth"):
            continue
        ss, se = sents.bounds(d.start)
        lead = text[ss:d.start]
        start = ss
        if not _PLURAL.search(lead):
            if not _THEY.match(text, ss) or ss == 0:
                continue
            ps, _ = sents.bounds(ss - 1)
            if text.find("\n\n", ps, ss) >= 0 or not _PLURAL.search(text, ps, ss):
                continue
            start = ps
        near = lead[-60:]
        if _IN_FORCE.search(near):
            pred = NFO.dateInForce
        elif _ISSUED.search(lead) and not _DEADLINE.search(lead[-30:]):
            pred = NFO.dateIssued
        else:
            continue
        end = _list_after(text, _paragraph_end(text, d.end))
        for s, e, ent in standards:
            if not start <= s < end or _REPLACED.search(text, max(0, s - 30), s):
                continue
            year = number_year(ent.label)
            if year is not None and not _fits(pred, d.value, year):
                continue
            if any(st[0] == pred and not st[3].startswith("context:date")
                   for st in ent.statements):
                continue
            ent.statements[:] = [st for st in ent.statements if st[0] != pred]
            ent.add(pred, date_literal(d.value), Span(min(ss, d.start), max(se, d.end)),
                    "date:listed-standards")
            n += 1
    return n
