"""The places a document's list or table names: after a lead line that ends in ":" and speaks of
what the document names by a plural noun of its title ("... seven cities were picked:" under
"the Notice on Publishing the First Batch of Pilot Cities for X"; "The counties listed are:"
under "the Catalogue of Key Counties for Y"), each row that opens with a place the draft has
("  Changzhou   Jiangsu   scrap copper") is one the document applies to: ``nfo:appliesTo``
(rule ``document:listed-place``). A header row may come first; the list ends at the first
blank line after its rows; two rows or more. The document is the one named last before the
list whose label holds the plural noun. One pass over the lead lines and their rows: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "document:listed-place"
_LEAD = re.compile(r":[ \t]*\n")
_PLURAL = re.compile(r"\b[a-z]{3,}(?:ies|es|s)\b")
# plural words of a lead line that say nothing of what is listed
_NOT_WHAT = frozenset("questions answers details results as follows follows reporters "
                      "others things terms items points measures steps is this was has "
                      "its includes".split())
_MARK = re.compile(r"[ \t]*(?:\(?\d{1,2}[.)\u3001]|\(\d{1,2}\)|[-*\u2022\u00b7])?[ \t]*")


def listed_places(draft, spans_of, kind) -> int:
    """Add ``nfo:appliesTo`` from documents to the places their lists name; returns how many."""
    text = draft.text
    if ":" not in text:
        return 0
    docs = [e for e in draft.entities.values() if not e.known and e.mentions
            and kind(e) == "policy"]
    if not docs:
        return 0
    places = sorted((s, e, x) for s, e, x in spans_of if kind(x) == "place" and not x.role)
    if len(places) < 2:
        return 0
    starts = [p[0] for p in places]
    n = 0
    for m in _LEAD.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        words = {w for w in _PLURAL.findall(text[ls:m.start()].lower()) if w not in _NOT_WHAT}
        if not words:
            continue
        doc = _document(docs, words, m.start())
        if doc is None:
            continue
        rows = _rows(text, m.end(), places, starts)
        if len(rows) < 2:
            continue
        have = {o for p, o, _, _ in doc.statements if p == NFO.appliesTo}
        for a, b, place in rows:
            if place.iri not in have:
                have.add(place.iri)
                doc.add(NFO.appliesTo, place.iri, Span(a, b), RULE)
                n += 1
    return n


def _document(docs, words, before):
    """The document named last before ``before`` whose label holds one of ``words``."""
    best, at = None, -1
    for d in docs:
        first = min(m.start for m in d.mentions)
        if first >= before:
            continue
        label = d.label.lower()
        if any(re.search(rf"\b{w}\b", label) for w in words):
            last = max(m.start for m in d.mentions if m.start < before)
            if last > at:
                best, at = d, last
    return best


def _rows(text, pos, places, starts) -> list:
    """(line start, line end, place) of each row from ``pos`` that opens with a place; a blank
    line and one header row may come first; ends at a blank line or a line that is no row."""
    out, header, blank = [], 0, 0
    while pos < len(text):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if not text[pos:le].strip():
            if out or blank:
                break
            blank += 1
            pos = le + 1
            continue
        at = _MARK.match(text, pos, le).end()
        k = bisect.bisect_left(starts, at)
        if k < len(places) and places[k][0] == at and places[k][1] <= le:
            out.append((pos, le, places[k][2]))
        elif out or header:
            break
        else:
            header += 1             # (the table's header row)
        pos = le + 1
    return out
