"""Names a sentence does not name on their own, for the rules that pair what a sentence names
(relations.py, cooccur.py): a name printed inside another entity's name, and the dateline place
("BEIJING —"). ``kind(entity)`` is relations.kind."""
from __future__ import annotations

import operator
import re

from kg.ingest.knowledge.prior import RELATION_NODES


def nested_spans(spans_of) -> set[tuple[int, int, int]]:
    """(start, end, id(entity)) of the names printed inside another entity's name ("Fugu County"
    in "Fugu County Committee", "magnesium" in "Magnesium Alloy Ingots", "Nonferrous" in a
    committee's name): the name concerns them, but the sentence does not name them on their
    own, so rules that pair what a sentence names leave them out. One sweep, sorted by start."""
    return set(containers(spans_of))


_START, _END = operator.itemgetter(0), operator.itemgetter(1)


def containers(spans_of) -> dict:
    """(start, end, id(entity)) of each name printed inside another's name -> that other.
    (Some 25 rules ask it of the article's 700 names: the names are put in order by start, the
    longer first, with two stable sorts by keys read at C level, no Python call per name.)"""
    out = {}
    best_end, best_ent = -1, None
    nodes = RELATION_NODES          # (is_relation_node, inline)
    for s, e, ent in sorted(sorted(spans_of, key=_END, reverse=True), key=_START):
        if ent.cls in nodes:
            continue
        if best_ent is not None and best_ent is not ent and e <= best_end:
            out[(s, e, id(ent))] = best_ent
        if e > best_end:
            best_end, best_ent = e, ent
    return out


def inside_ok(k: str, other, container, kind) -> bool:
    """Names inside another name that still say what a sentence's policy is about: the place
    in the issuing body's name ("the Anhui Provincial Development and Reform Commission issued
    ..." applies to Anhui), the metal in a policy's or standard's own title."""
    if container is None:
        return False
    ko, kc = kind(other), kind(container)
    return k in ("policy", "initiative") and ((ko == "place" and kc == "org")
                                              or (ko == "metal" and kc == "policy"))


_DATELINE = re.compile(r"(?:[ \t]*\([^()\n]{1,30}\))?(?:[ \t]*,[ \t]*[^\n—–]{1,24}?)?"
                       r"[ \t]*(?:—|–|--|-)[ \t]")


def datelines(text, spans_of, kind) -> set[tuple[int, int, int]]:
    """(start, end, id(entity)) of a place that opens a line and is followed by a dash, maybe
    after a date ("BEIJING —", "Nanning, April 2, 2025 —"): where the news was filed, not what
    the article's policies apply to or where its events are held."""
    out = set()
    for s, e, ent in spans_of:
        if kind(ent) == "place" and _opens_line(text, s) and _DATELINE.match(text, e):
            out.add((s, e, id(ent)))
    return out


def _opens_line(text: str, s: int) -> bool:
    """Only white space stands between the line's start and ``s`` (read back from ``s``: a
    text on one long line costs no more than its spaces)."""
    i = s - 1
    while i >= 0 and text[i] != "\n" and text[i].isspace():
        i -= 1
    return i < 0 or text[i] == "\n"


def unpaired_spans(text, spans_of, kind) -> set[tuple[int, int, int]]:
    """Names that rules pairing what a sentence names leave out: inside another name, or a
    dateline."""
    return nested_spans(spans_of) | datelines(text, spans_of, kind)
