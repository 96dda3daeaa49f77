"""A document that is the text itself: a notice or announcement whose title heads the text
("X Co., Ltd. Announcement on the Acquisition of ...", under a stock-code line at most) and
that is signed and dated at its end ("Board of Directors of X / September 26, 2026") was
issued on its signature's date (its title may stand under a header block of labelled fields and
rules: "Index No.: ..." / "Subject: ..." / "=====") (``nfo:dateIssued``, rule ``date:signature``, evidence the date
line). Only when no sentence dates it; a standard named in a title is not the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.dates import signature_date
from kg.ingest.span_order import spans_by_start

_TITLE_LINES = 3        # the headline, under at most two header lines (stock code, outlet)


# a header block's line that is no title line: a labelled field ("Index No.:  bm56...",
# "Date of writing:  2026-12-09") or a rule ("=====", "-----")
_FIELD = re.compile(r"[ \t]*[A-Z][\w .'/()-]{0,30}:(?:[ \t]|$)")
_RULE = re.compile(r"[ \t]*[-=_*~\u2014\u2500]{3,}[ \t]*$")
_HEADER_BLOCK = 12      # the lines of such a block read past, at most


def _title_end(text: str) -> int:
    """Where the first ``_TITLE_LINES`` non-empty lines end, not counting the lines of a header
    block of labelled fields (with their values' continuation lines) and rules above them (a
    government page's "Index No.:" / "Issuing body:" / "Subject:" block)."""
    return _title_lines(text)[1]


def title_document(text: str, spans_of, kind_of):
    """The text's own document: the first new document (a policy-kind thing) named in its title
    lines, as (start, end of that name, the document), or None (what :mod:`title_topics` and
    :mod:`published_awards` read the title for)."""
    begin, end = _title_lines(text[:2000])
    return next((x for x in spans_by_start(spans_of) if begin <= x[0] < end
                 and kind_of(x[2].cls) == "policy" and not x[2].known), None)


def _title_lines(text: str) -> tuple[int, int]:
    """(where the title lines start, past such a header block; where they end)."""
    pos, seen, skipped, field_col = 0, 0, 0, None
    begin = 0
    while pos < len(text) and seen < _TITLE_LINES:
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        line = text[pos:le]
        if line.strip():
            indent = len(line) - len(line.lstrip())
            field = _FIELD.match(line)
            if seen == 0 and skipped < _HEADER_BLOCK and (field or _RULE.match(line)):
                skipped += 1
                field_col = None
                if field:   # (where its value starts: a wrapped value's lines start there)
                    rest = line[field.end():]
                    field_col = field.end() + len(rest) - len(rest.lstrip())
            elif seen == 0 and field_col is not None and indent == field_col \
                    and skipped < _HEADER_BLOCK:
                skipped += 1
            elif seen and _PARAGRAPH.match(line):
                break       # (the body's first paragraph under a short title: no title line)
            else:
                if seen == 0:
                    begin = pos
                seen += 1
                field_col = None
        pos = le + 1
    return begin, pos


# a line of running text: sixteen words or more, ending a sentence ("According to the X Law of
# ..., you shall report to ... within 10 days."): a paragraph, never a title's line, whose
# documents ("the X Law") are the ones the text cites, not itself
_PARAGRAPH = re.compile(r"[ \t]*(?:[^\s]+[ \t]+){15,}[^\n]*[a-z0-9)][.;][\"'\u201d\u2019)]*[ \t]*$")


def signed_title(text: str, ent):
    """(date, rule, span) for the policy ``ent`` when it is the signed text itself, else None."""
    if str(ent.cls).lower().endswith("standard") or not ent.mentions:
        return None
    begin, end = _title_lines(text[:2000])
    if not any(begin <= m.start < end for m in ent.mentions):
        return None     # (a name only in the header's fields, "Document No.: X Measures ...")
    sig = signature_date(text)
    if sig is None:
        return None
    return sig, "date:signature", Span(sig.start, sig.end)
