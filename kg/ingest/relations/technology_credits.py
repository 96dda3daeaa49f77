"""Who developed a new technology or product, as its credits print them:

* a record's field (``data/technology-credit-labels.txt``) in the block of labelled fields that
  names the technology in another field or in its heading ::

      Achievement:   Short-process refining of secondary zinc oxide dust
      Completed by:  X Zinc Co., Ltd.; Y University of Technology

  each person or organisation of the field's value (rule ``technology:credit-field``), when
  the block names one technology or product (new or known) and no other;
* "inventors A, B and three others", "whose inventors are Professor A of the X School and
  B": each person or organisation listed right after the word, the inventors of the
  technology or product named right before it, or of the title printed there in quotes (a
  patent's: "Method for ...", whatever class the draft gave it): rule
  ``technology:inventors``.

``nfo:developedBy`` from the technology to each. One pass over the text's field blocks and
one look after each technology's mentions: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.lexicon import phrases
from kg.ingest.model import Span
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.reading.windows import Near
from kg.ingest.relations.row_reader import _names
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

FIELD_RULE = "technology:credit-field"
INVENTORS_RULE = "technology:inventors"
_MADE = ("technology", "product")
_CREDITED = ("person", "org")
# the technology's inventors listed ("..., inventors A, B and three others"; "(inventors: A
# and B)"; "The inventors are A of X and B")
# (run only in the stretches between stops that print "inventor" in any case: no match reads
# a stop)
_INVENTORS = Near(re.compile(r"\binventors?\b\s*(?:(?:are|were|is|was|being)\s+|:\s*)?", re.I),
                  ("inventor",), lower=True, stops=".,;")
# between the name and the word: '", ', " (", ", whose ", "; its "
_RIGHT_BEFORE = re.compile(r"[\"\u201d\u2019)]?\s*[,;(]?\s*(?:(?:whose|its|the|with|and)\s+)?")
_OF = re.compile(r",?\s+(?:of|from|at)\s+(?:the\s+)?")
_TITLE = re.compile(r"(?:(?:(?:associate\s+|assistant\s+)?professor|prof\.|dr\.?|academician|"
                    r"mr\.?|ms\.?|mrs\.?)\s+)+", re.I)
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)")


def technology_credits(draft, spans_of, sents, kind) -> None:
    text = draft.text
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if x.cls not in RELATION_NODES]
    if any(x.kind in _MADE for _, _, x in rows):
        _fields(text, names_within(rows, None), kind)
    _inventors(text, rows, sents, kind)


def _credit(tech, who, span, rule) -> None:
    if who is tech or any(p == NFO.developedBy and o == who.iri for p, o, *_ in tech.statements):
        return
    tech.add(NFO.developedBy, who.iri, span, rule)


def _fields(text, within, kind) -> None:
    for bl in field_blocks(text):
        credits = [f for f in bl.fields
                   if " ".join(f.label.lower().split()) in phrases("technology-credit-labels")]
        if not credits:
            continue
        techs = {}
        places = [f.spans for f in bl.fields if f not in credits]
        if bl.heading is not None:
            places.append([bl.heading])
        for spans in places:
            for s, e, x in _names(spans, within, text):
                if x.kind in _MADE:
                    techs.setdefault(id(x), x)
        if len(techs) != 1:
            continue        # (none, or two: whose credits they are is not said)
        tech = next(iter(techs.values()))
        for f in credits:
            for s, e, who in _names(f.spans, within, text):
                if who.kind in _CREDITED:
                    _credit(tech, who, Span(f.spans[0][0], e), FIELD_RULE)


def _invented(text, row, kind) -> bool:
    """Whether the name ``row`` may be what inventors made: a technology or product, or a
    title printed in quotes (a patent's: "Method for ...", whatever class the draft gave it)."""
    s, e, x = row
    k = x.kind
    if k in _MADE:
        return True
    quoted = text[s - 1:s] in ('"', "\u201c") or text[e:e + 1] in ('"', "\u201d")
    return quoted and k not in ("person", "org", "place", "metal", "event")


def _inventors(text, rows, sents, kind) -> None:
    by_start = {}
    for x in rows:
        by_start.setdefault(x[0], x)
    for m in _INVENTORS.finditer(text):
        ss, _ = sents.bounds(m.start())
        before = [x for x in rows if ss <= x[0] and x[1] <= m.start() and
                  _RIGHT_BEFORE.fullmatch(text, x[1], m.start()) and _invented(text, x, kind)]
        if not before:
            continue
        s, _, tech = min(before, key=lambda x: x[0])     # (the longest: "the X process")
        at, got = m.end(), []
        while len(got) < 12:
            t = _TITLE.match(text, at)
            hit = by_start.get(t.end() if t else at)
            if hit is None or hit[2].kind not in _CREDITED:
                break
            got.append(hit)
            end = hit[1]
            o = _OF.match(text, end)        # "A of the X School, and B"
            if o is not None and o.end() in by_start and kind(by_start[o.end()][2]) == "org":
                end = by_start[o.end()][1]
            g = _GAP.match(text, end)
            if g is None:
                break
            at = g.end()
        for ws, we, who in got:
            _credit(tech, who, Span(ws, we), INVENTORS_RULE)
