"""A unit printed with the body it belongs to, read from the spans of the text (the name rules
of :mod:`unit_names` read a new organisation's label only):

* "Unit of (the) Parent" as one mention, the unit known to the graph or new ("Magnesium Branch
  of the China Nonferrous Metals Industry Association", "College of Materials Science and
  Engineering of Chongqing University"): the parent is the organisation named inside the
  mention at its end, after the last "of", else the draft's organisation of that name (rule
  ``org:unit-of-parent@0.6``);
* "Unit, Parent" set side by side with a comma, as letterheads, signatures and field values
  print a unit ("Graduate Office, College of X", "School of Y,\\n Z University", "Statistics
  and Information Office, Magnesium Branch of ..."): the parent is the organisation named right
  after the comma, not after "the", not going on with "," or "and" into a list (a comma and
  a place after it begin its address: "College of X, Y University, Hangzhou 310027"; nor a
  unit printed after a peer ending in the same head word, "A Research Institute, B Research
  Institute, C Co., Ltd.": a list; rule ``org:unit-comma-parent@0.5``); the parent may also be
  the rest of the line, the name of an organisation the draft has though not found there
  ("Programme Department, X Station" signing a text under the letterhead "X STATION").

The unit's name ends in a unit's head word, or opens with one before "of"
(``data/unit-parent-heads.txt``). An organisation that already has a parent (``nfo:unitOf``,
``nfo:subsidiaryOf``) gets none here. One look at each organisation's mentions: linear in the
text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.org_names import orgs_by_name
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

OF_RULE, OF_CONF = "org:unit-of-parent@0.6", 0.6
COMMA_RULE, COMMA_CONF = "org:unit-comma-parent@0.5", 0.5

_LAST_OF = re.compile(r"\s+of\s+(?:the\s+)?(?!.*\sof\s)", re.S)
_COMMA = re.compile(r"[ \t]*,[ \t]*(?:\n[ \t]*)?")
# (a comma before a figure goes on with an address, a telephone or a date, not a list: "X
# Department, Y Ministry, 13 West Chang'an Avenue")
_LISTED = re.compile(r"[ \t]*(?:,(?![ \t\n]*(?:No\.[ \t]*)?\d)|&|\band\b)")
_ADDRESS = re.compile(r"[ \t]*,[ \t]*")
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    return frozenset(w.lower() for w in lines("unit-parent-heads"))


def _unit_like(name: str) -> bool:
    """Whether ``name`` names a unit: its last word, or its first before "of", is a unit's
    head word."""
    words = _WORD.findall(name)
    if not words:
        return False
    heads = _heads()
    if words[-1].lower() in heads:
        return True
    return len(words) > 2 and words[1].lower() == "of" and words[0].lower() in heads


def _has_parent(ent) -> bool:
    return any(p in (NFO.unitOf, NFO.subsidiaryOf) for p, *_ in ent.statements)


def unit_spans(draft, spans_of, kind) -> None:
    text = draft.text
    orgs = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if not ent.role and ent.kind == "org"]
    if len(orgs) < 2:
        return
    starts = [x[0] for x in orgs]
    # (a place after the parent's comma begins its address: "College of X, Y University,
    # Hangzhou 310027" goes on into no list)
    places = {s for s, _, ent in spans_of if ent.kind == "place"}
    names = plain = None
    for i, (s, e, unit) in enumerate(orgs):
        if _has_parent(unit) or e - s > 200:
            continue
        mention = text[s:e]
        # "Unit of (the) Parent": one mention
        m = _LAST_OF.search(mention) if " of" in mention or "\nof" in mention else None
        if m is not None and _unit_like(mention[:m.start()]):
            at = s + m.end()
            k = bisect.bisect_left(starts, at)
            parent = orgs[k][2] if k < len(orgs) and orgs[k][0] == at and orgs[k][1] == e \
                else None
            if parent is None:
                if names is None:
                    names = orgs_by_name(draft, kind, without_suffix)
                key = normalise_name(mention[m.end():])
                parent = names.get(key) or names.get(without_suffix(key))
            if parent is not None and parent is not unit:
                unit.add(NFO.unitOf, parent.iri, Span(s, e), OF_RULE)
                continue
        # "Unit, Parent"
        if not _unit_like(mention):
            continue
        c = _COMMA.match(text, e)
        if c is None:
            continue
        k = bisect.bisect_left(starts, c.end())
        if k >= len(orgs) or orgs[k][0] != c.end():
            # (the parent's name, the rest of the line, not found there as a mention: a
            # signature's "X Department, Y Station" under a letterhead that names Y)
            le = text.find("\n", c.end())
            le = len(text) if le < 0 else le
            rest = text[c.end():le].strip(" \t.,;")
            if not rest[:1].isupper() or len(rest) > 90:
                continue
            if plain is None:
                plain = orgs_by_name(draft, kind)
            parent = plain.get(normalise_name(rest))
            if parent is not None and parent is not unit and not parent.role \
                    and parent.kind == "org" and not _peer_before(text, orgs, i, s, mention):
                unit.add(NFO.unitOf, parent.iri, Span(s, le), COMMA_RULE)
            continue
        ps, pe, parent = orgs[k]
        listed = _LISTED.match(text, pe)
        if listed is not None and "," in listed.group() and \
                _ADDRESS.match(text, pe).end() in places:
            listed = None
        if parent is unit or listed or text[ps:ps + 4].lower() == "the " or \
                _peer_before(text, orgs, i, s, mention):
            continue
        unit.add(NFO.unitOf, parent.iri, Span(s, pe), COMMA_RULE)


def _peer_before(text: str, orgs, i: int, s: int, mention: str) -> bool:
    """Whether the organisation printed right before the unit, a comma between, ends in the
    unit's head word: two peers of a list ("Drafting units: ..., X Research Institute, Y
    Research Institute, Z Co., Ltd."), not a chain of units ("Graduate Office, College of X,
    Y University")."""
    head = (_WORD.findall(mention) or [""])[-1].lower()
    for j in range(i - 1, max(-1, i - 4), -1):
        _, pe, prev = orgs[j]
        if pe <= s and _COMMA.fullmatch(text, pe, s):
            return (_WORD.findall(text[orgs[j][0]:pe]) or [""])[-1].lower() == head
    return False
