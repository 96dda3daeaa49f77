"""What the labelled fields of an organisation's record say of it: forms, contracts, notices and
disclosures print an organisation's record as "Label: value" lines under its name ("3. X Co.,
Ltd." heading an item, "Seller (Party B): X Co., Ltd.", "Defendant: X Co., Ltd.", an
organisation opening the line of a contact block), or under the document's letterhead or over
its signature when the block names none:

* "Address: No. 6 Gaoxin Avenue, Baoji High-tech Zone, Baoji, Shaanxi Province" (also
  "Registered address:", "Domicile:", "Office address:", and "Headquarters:", "Seat:" of
  ``data/record-seat-labels.txt``): the organisation is in the first
  place the address names, its smallest, past a numbered lot or building (rule ``place:record-address@0.5``; the chain of the
  address itself is :mod:`address_chains`');
* a project's or site's record ("Project: X Project (Phase I)" over "Site: Y Industrial Park,
  Z County"): "Site:", "Location:", "Place:" give its place as an address does, when no rule
  placed it (rule ``place:record-site@0.5``);
* "Relationship: subsidiary of Y", "Affiliation: a wholly owned subsidiary of Y": a field whose
  value opens with a tie noun of ``data/org-ties.txt`` and "of / under" Y ties the organisation
  to Y as :mod:`org_ties` does for an apposition (rule ``org:record-tie@0.5``).

The organisation of a field: the nearest line above it in its block (no blank line between)
whose value is one or that opens with one (:func:`officer_lists.record_orgs`), else the
document's house (:func:`house_org.house`). A field's value is its line up to a wide gap or a
";" and the indented lines it wraps onto (at most 240 characters). One scan of the field labels:
linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.reading.occurrences import line_start, occurrences
from kg.ingest.relations.house_org import house
from kg.ingest.relations.officer_lists import record_orgs
from kg.ingest.relations.org_ties import tie_link, tie_nouns
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

PLACE_RULE = "place:record-address@0.5"
TIE_RULE = "org:record-tie@0.5"
SITE_RULE = "place:record-site@0.5"

_MARK = r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)]|\(\d{1,2}\)|[*•·▪\-–—])?[ \t]*"
_ADDRESS = re.compile(
    _MARK + r"(?:(?:registered|office|business|company|mailing|postal|correspondence|"
    r"head[ \t]+office|contact)[ \t]+)?(?:address|domicile)[ \t]*[:：][ \t]*"
    # ("Headquarters: Wuxi": where it is seated, data/record-seat-labels.txt)
    + r"|" + _MARK + r"(?:" + alternation("record-seat-labels", r"[ \t]+")
    + r")[ \t]*[:：][ \t]*", re.I)
_SITE = re.compile(_MARK + r"(?:project[ \t]+)?(?:site|location|place)[ \t]*[:：][ \t]*", re.I)
_FIELD = re.compile(_MARK + r"[A-Z][\w'’ ()-]{1,40}[:：][ \t]*")
_OPENS = re.compile(_MARK)
_CELL_END = re.compile(r"[ \t]{3,}|;|\n|$")
_WRAP = re.compile(r"\n([ \t]+)(?=\S)")
_NUMBERED = re.compile(r"\d")
_ITEM_LINE = re.compile(r"[ \t]*(?:\d{1,3}[.)]|\(\d{1,3}\))(?=[ \t\r]|$)")
ANOTHER = "another item"
_VALUE_MAX = 240
_BLOCK_LINES = 8


def record_fields(draft, spans_of, kind) -> None:
    text = draft.text
    if ":" not in text and "：" not in text:
        return
    plain = [x for x in spans_by_start_longest(spans_of) if not x[2].role]
    orgs = [x for x in plain if x[2].kind == "org"]
    if not orgs:
        return
    places = [x for x in plain if x[2].kind == "place"]
    place_starts = [x[0] for x in places]
    org_by_start = {}
    for x in orgs:
        org_by_start.setdefault(x[0], x)
    heads = dict(record_orgs(text, orgs))
    # an organisation opening its line ("X Bureau, Land Use Office") or a field's value ("Buyer
    # (Party A): X Co., Ltd.")
    breaks = occurrences(text, "\n")
    for s, e, ent in orgs:
        ls = line_start(breaks, s)
        if _OPENS.fullmatch(text, ls, s) or _FIELD.fullmatch(text, ls, s):
            heads.setdefault(ls, ent)
    # a project or site a field's value names ("Project: X Project (Phase I)"): the record of
    # works whose "Site:" / "Location:" field says where it is
    works = {}
    for s, e, ent in spans_of:
        if ent.kind == "project" or str(ent.cls).endswith("#Site"):
            ls = text.rfind("\n", 0, s) + 1
            f = _FIELD.match(text, ls, s)
            if f is not None and s - f.end() <= 30 and not _SITE.match(text, ls, s):
                works.setdefault(ls, ent)       # ("Project: 100,000 t/a X Project")
    home: list = []

    def first_place(a, b, not_this=None):
        i = bisect.bisect_left(place_starts, a)
        while i < len(places) and places[i][0] < b and (
                _NUMBERED.search(places[i][2].label) or places[i][2] is not_this):
            i += 1      # ("Plot 7430", "No. 6 Building": a lot or a house, not a place)
        return places[i] if i < len(places) and places[i][0] < b else None

    def owner(ls):
        got = _block_head(text, ls, heads)
        if got is ANOTHER:
            return None
        if got is None:
            if not home:
                home.append(house(text, orgs))
            got = home[0]
        return got

    _, tie_rx = tie_nouns()
    pos = 0
    while True:
        ls = pos
        nl = text.find("\n", ls)
        pos = len(text) + 1 if nl < 0 else nl + 1
        line_end = len(text) if nl < 0 else nl
        m = _ADDRESS.match(text, ls, line_end)
        w = _SITE.match(text, ls, line_end) if works and m is None else None
        if m is not None:
            got = first_place(m.end(), value_end(text, m.end(), line_end))
            if got is not None:
                org = owner(ls)
                if org is not None and not org.statements.has(NFO.locatedIn, got[2].iri):
                    org.add(NFO.locatedIn, got[2].iri, Span(ls, got[1]), PLACE_RULE)
        elif w is not None:
            head = _block_head(text, ls, works)
            got = first_place(w.end(), value_end(text, w.end(), line_end), head) \
                if head is not None and head is not ANOTHER else None
            if got is not None and not any(p == NFO.locatedIn for p, *_ in head.statements):
                head.add(NFO.locatedIn, got[2].iri, Span(ls, got[1]), SITE_RULE)
        else:
            f = _FIELD.match(text, ls, line_end)
            t = tie_rx.match(text, f.end(), line_end) if f is not None else None
            y = org_by_start.get(t.end()) if t is not None else None
            if y is not None and text.find(":", ls, f.end()) >= 0:
                org = owner(ls)
                if org is not None and org is not y[2]:
                    tie_link(org, y[2], t.group("tie"), Span(ls, y[1]), TIE_RULE)
        if pos > len(text):
            break


def value_end(text, start, line_end) -> int:
    """Where the value that opens at ``start`` ends: a wide gap or ';' on its line, else the end
    of the indented lines it wraps onto."""
    end = _CELL_END.search(text, start, line_end + 1)
    if end is not None and end.start() < line_end:
        return end.start()
    limit = min(len(text), start + _VALUE_MAX)
    end = line_end
    while end < limit:
        w = _WRAP.match(text, end)
        if w is None or _FIELD.match(text, end + 1):
            break
        nxt = text.find("\n", w.end())
        end = min(limit, len(text) if nxt < 0 else nxt)
    return end


def _block_head(text, ls, heads):
    """The entity of the nearest line above ``ls`` in its block of lines that gives one (its
    line start in ``heads``), or None; a blank line ends the block. :data:`ANOTHER` when a
    line that opens another numbered item comes first ("1. X Co., Ltd." / "Address: A" /
    "2." / "Address: B": B is no address of X, nor of the letterhead)."""
    pos = ls
    for _ in range(_BLOCK_LINES):
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        if not text[start:pos - 1].strip():
            return None
        if start in heads:
            return heads[start]
        if _ITEM_LINE.match(text, start, pos - 1) and not _FIELD.match(text, start, pos - 1):
            return ANOTHER      # "2." (an item whose name was not read): no field of the above
        pos = start
    return None
