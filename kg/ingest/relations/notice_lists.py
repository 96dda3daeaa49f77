"""What an announcement or notice approves: the standards (or other documents) it holds, stated
by the constructions of standards news:

* "A approved / released / published STD1 (and STD2) in (its) NOTICE": NOTICE ``nfo:includes``
  each standard named between the verb and "in";
* "A has approved 27 industry standards ... in its NOTICE. Three of them ...:" and then one
  standard a line (numbers or bullets; an indented line continues the item before it, so a
  standard it names, "replacing X", is not listed): NOTICE includes each standard that opens a
  line, and each is ``nfo:issuedBy`` the organisations before the verb (the approvers).

The notice is a new document whose class or name says notice / announcement / circular /
bulletin; the verb and the notice are in one sentence; the list's lead line (ending with a
colon) starts within ``_LEAD`` characters after that sentence. Rule ``document:notice-includes``.
One scan per notice of its sentence and of the lines after it: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.caseless import prints_any
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

_LEAD = 400
_NOTICE = re.compile(r"notice|announcement|circular|bulletin", re.I)
_NOTICE_WORDS = ("notice", "announcement", "circular", "bulletin")
_APPROVE = re.compile(r"\b(?:approved|released|published|issued|promulgated|adopted)\b", re.I)
# "in its Announcement No. 29", "in China National Standard Announcement No. 15" (the words
# before a notice's number that its name left out)
_IN = re.compile(r"\bin\s+(?:(?:its|their|the)\s+)?(?:[A-Z][\w-]*\s+){0,4}$")
# a plural document noun after the verb: the documents are listed elsewhere
_PLURAL = re.compile(r"\b(?:standards|specifications|documents|norms)\b", re.I)
# a name for a count of documents ("12 industry standards"), not a document
_COUNTED = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s.*"
                      r"\b(?:standards|specifications|documents|norms)$", re.I)
_ITEM = re.compile(r"[ \t]*(?:[-*•·▪■◆]|\(?\d{1,2}[.)、]|\(\d{1,2}\))[ \t]*(?:the\s+)?", re.I)


def notice_lists(draft, spans_of, sents, kind) -> None:
    text = draft.text
    if not prints_any(text, _NOTICE_WORDS):      # (_NOTICE.search, without a scan)
        return
    rows = spans_by_start_longest(spans_of)
    starts = [s for s, _, _ in rows]
    for s, e, notice in rows:
        if notice.known or notice.kind != "policy" or not (
                _NOTICE.search(str(notice.cls).rsplit("#", 1)[-1]) or
                _NOTICE.search(notice.label)):
            continue
        ss, se = sents.bounds(s)
        lead_in = _IN.search(text, max(ss, s - 60), s)
        if lead_in is None:
            continue
        verb = None
        for verb in _APPROVE.finditer(text, ss, lead_in.start()):
            pass
        if verb is None:
            continue
        here = rows[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, se)]
        named = [x for x in here if verb.end() <= x[0] and x[1] <= lead_in.start()
                 and x[2].kind == "policy" and x[2] is not notice
                 and not _COUNTED.match(x[2].label)]
        span = Span(ss, se)
        if named:
            for _, _, doc in named:
                notice.add(NFO.includes, doc.iri, span, "document:notice-includes")
            continue
        if not _PLURAL.search(text, verb.end(), s):
            continue
        approvers = [x[2] for x in here if x[1] <= verb.start() and x[2].kind == "org"]
        listed = _listed(text, se, rows, starts, kind)
        for a, b, doc in listed:
            notice.add(NFO.includes, doc.iri, Span(a, b), "document:notice-includes")
            if doc.known:
                continue
            for org in approvers:
                doc.add(NFO.issuedBy, org.iri, Span(ss, b), "document:notice-includes")


def _listed(text, after, rows, starts, kind):
    """The documents that open the numbered or bulleted lines of the list whose lead line (ending
    with a colon) starts within ``_LEAD`` characters after ``after``."""
    colon = text.find(":", after, after + _LEAD)
    if colon < 0 or text[colon + 1:text.find("\n", colon) if "\n" in text[colon:] else
                         len(text)].strip():
        return []
    out = []
    pos = text.find("\n", colon) + 1
    blank = 0
    while 0 < pos < len(text) and len(out) < 60:
        eol = text.find("\n", pos)
        eol = len(text) if eol < 0 else eol
        line = text[pos:eol]
        if not line.strip():
            blank += 1
            if blank > 2:
                break
        else:
            blank = 0
            m = _ITEM.match(text, pos, eol)
            if m:
                i = bisect.bisect_left(starts, m.end())
                hit = next((x for x in rows[i:i + 3] if x[0] == m.end()
                            and kind(x[2]) == "policy"), None)
                if hit is None:
                    break
                out.append(hit)
            elif not line[:1].isspace():
                break       # a line of prose: the list is over
        pos = eol + 1
    return out
