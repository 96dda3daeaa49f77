"""Who signed a pledge, initiative or agreement, by the list after a lead line that says so:
"The signing companies are:", "Signatories:", "It was signed by the following producers:"
(a line ending in ":" with a word of ``data/signatory-words.txt``), then one signer a list
line ("1. A Co., Ltd.;", "- B Group", "(3) C, through its subsidiary D;"; an indented line goes
on the item above; the list ends at a line that is neither).

Each organisation a list line names is a party (``nfo:party``, rule ``party:signatory-list``)
of the agreement or initiative the text named last before the lead (within ``_REACH``
characters; by a name or a mention back such as "the initiative"). No such document named: the
list is left alone. A lead line that speaks of awards or winners is not one (those are read by
:mod:`kg.ingest.relations.award_laureates`). One scan for the lead lines, each list read once:
linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.reading.line_walk import filled_lines
from kg.ingest.relations.kinds import kind
from kg.ingest.events.public_funds import RULE as FUND
from kg.ingest.terms import NFO

RULE = "party:signatory-list"
_REACH = 1500           # how far before its lead line the signed document may be named
_SIGNED = {NFO.Agreement, NFO.Initiative}
# a list line's marker: "1.", "1)", "(1)", "1\u3001", "a)", "(a)", a bullet or dash
_LIST_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)\u3001]|\(\d{1,2}\)|\(?[a-h]\)|"
                        r"[-*\u2022\u00b7\u2013\u25aa])[ \t]+")
_INDENTED = re.compile(r"[ \t]+\S")
_NOT = re.compile(r"\b(?:awards?|prizes?|winners?|laureates?|medals?)\b", re.I)


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    # (longest first; words of one length in a fixed order, so the pattern is the same in
    # every process and kept compiled between runs: kg/ingest/regex_cache.py)
    alt = "|".join(sorted((re.escape(w) for w in words("signatory-words")),
                          key=lambda w: (-len(w), w)))
    # a word of them on a line that ends in ":" (the line found first: a colon at a line's end)
    return re.compile(rf"(?i)\b(?:{alt})\b")


_COLON_END = re.compile(r":[ \t]*(?=\n|$)")


def _leads(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line) of each line ending in ":" that holds a word of signing."""
    rx = _lead()
    out = []
    for c in _COLON_END.finditer(text):
        ls = text.rfind("\n", 0, c.start()) + 1
        line = text[ls:c.start()]
        if ":" not in line and rx.search(line):
            out.append((ls, c.end(), line))
    return out


def signatory_lists(draft, spans_of) -> None:
    """Add the parties the signatory lists of ``draft`` name (see the module's docstring)."""
    text = draft.text
    if ":" not in text:
        return
    leads = _leads(text)
    if not leads:
        return
    docs = sorted((s, e, x) for s, e, x in spans_of if x.cls in _SIGNED and not x.known
                  and x.rule != FUND)      # (a fund money comes from is signed by no one)
    doc_ends = [e for _, e, _ in docs]
    orgs = sorted((s, e, x) for s, e, x in spans_of
                  if x.cls not in _SIGNED and x.kind == "org" and x.cls not in RELATION_NODES)
    org_starts = [s for s, _, _ in orgs]
    for at, lead_end, line in leads:
        if _NOT.search(line):
            continue
        # the document named last before the lead (its mention ending before the lead)
        i = bisect.bisect_right(doc_ends, at) - 1
        doc = None
        while i >= 0 and docs[i][1] > at - _REACH:
            if docs[i][1] <= at:
                doc = docs[i][2]
                break
            i -= 1
        if doc is None:
            continue
        for a, b in _items(text, lead_end):
            for s, e, x in orgs[bisect.bisect_left(org_starts, a):
                                bisect.bisect_left(org_starts, b)]:
                if e <= b and x is not doc:
                    doc.add(NFO.party, x.iri, Span(a, b), RULE)


def _items(text: str, pos: int) -> list[tuple[int, int]]:
    """The list items after a lead line ending at ``pos``: (start, end) of each, an item being
    a marked line and the indented lines after it; blank lines between items are allowed."""
    out: list[list[int]] = []
    p = text.find("\n", pos)
    if p < 0:
        return []
    for p, le in filled_lines(text, p + 1):
        line = text[p:le]
        if _LIST_LINE.match(line):
            out.append([p, le])
        elif out and _INDENTED.match(line) and text[out[-1][1]:p].count("\n") == 1:
            out[-1][1] = le         # the item above goes on
        else:
            break
    return [(a, b) for a, b in out]

