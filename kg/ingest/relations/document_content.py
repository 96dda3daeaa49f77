"""The metals of a document read from the sentences that state its content, when its own sentence
names none:

* the sentence right after the one that names a new notice, plan, announcement or ruling, in the
  same paragraph, that says what is asked of whom (a cue of ``data/document-directives.txt``:
  "were told to", "must", "are banned from", "quota" ...): "The bureau issued its notice on
  power use. Aluminium smelters were told to cut load by 20%, zinc plants by 10%." (rule
  ``document:content-metal@0.5``);
* a later sentence that opens by referring back to it by a noun of its name
  (``data/document-back-heads.txt``: "The notice also caps ...", "Under the measures, ...",
  "These rules ...": the last document named before, within 3,000 characters, whose name holds
  the noun; rule ``document:referred-metal@0.5``).

Standards are left alone (their titles say their metal), and so is a document its own sentences
give a metal; a metal printed inside another name ("the X Copper-Nickel Park") is not one. The sentences are found by a local
scan from each document's first mention and one pass of a precompiled pattern: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds

_END = re.compile(r"[.!?](?:[\"”’)]*)(?=\s|$)")
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_BACK = 3000


@lru_cache(maxsize=1)
def _directive():
    alts = "|".join(r"\s+".join(re.escape(w) for w in p.split())
                    for p in sorted(lines("document-directives"), key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I)


@lru_cache(maxsize=1)
def _heads() -> tuple:
    return tuple(sorted({h.lower() for h in lines("document-back-heads")}, key=len, reverse=True))


@lru_cache(maxsize=None)
def _referring(head: str):
    """A sentence opening by referring back to a document by ``head``: "The notice also ...",
    "Under the new measures, ...", "These rules ..." (searched only after a document)."""
    h = r"\s+".join(re.escape(w) for w in head.split())
    return re.compile(r"(?:^|(?<=[.!?:])\s+|\n)[ \t*•-]*(?:(?:Under|According\s+to|In)\s+the|"
                      r"The|This|These|That|Those)\s+(?:[\w'’-]+\s+){0,2}?"
                      rf"{h}\b", re.I)


def _sentence_end(text, pos) -> int:
    m = _END.search(text, pos)
    return m.end() if m else len(text)


def document_content(draft, spans_of, kind) -> None:
    text = draft.text
    docs = [(s, e, x) for s, e, x in spans_by_bounds(spans_of)
            if x.kind == "policy" and not x.known
            and not str(x.cls).endswith("Standard")]
    if not docs:
        return
    nested = plain_containers(spans_of)
    metals = [(s, e, x) for s, e, x in spans_by_bounds(spans_of) if x.kind == "metal"
              and (s, e, id(x)) not in nested]
    if not metals:
        return
    m_starts = [s for s, _, _ in metals]
    d_starts = [s for s, _, _ in docs]

    def has_metal(doc):
        return any(p == NFO.concernsMetal for p, *_ in doc.statements)

    def metals_in(a, b):
        return metals[bisect.bisect_left(m_starts, a):bisect.bisect_left(m_starts, b)]

    def other_doc_in(a, b, doc):
        return any(x[2] is not doc for x in docs[bisect.bisect_left(d_starts, a):
                                                 bisect.bisect_left(d_starts, b)])

    def add(doc, a, b, rule):
        got = {o for p, o, *_ in doc.statements if p == NFO.concernsMetal}
        for ms, me, metal in metals_in(a, b):
            if metal.iri not in got:
                got.add(metal.iri)
                doc.add(NFO.concernsMetal, metal.iri, Span(a, b), rule)

    bare = {doc.iri for _, _, doc in docs if not has_metal(doc)}   # (no metal of its own)
    seen = set()
    for s, e, doc in docs:
        if doc.iri in seen:
            continue
        seen.add(doc.iri)
        if has_metal(doc) or metals_in(s, _sentence_end(text, e)):
            continue        # (its own sentence's metals are read by named_metals)
        a = _sentence_end(text, e)
        b = _sentence_end(text, a + 1)
        if _PARAGRAPH.search(text, e, b) or other_doc_in(a, b, doc):
            continue
        if _directive().search(text, a, b):
            add(doc, a, b, "document:content-metal@0.5")
    # "The notice also caps ...": the last document before whose name holds the noun, searched
    # within _BACK characters after each document that has none of its own
    heads_of = {}
    for s, e, doc in docs:
        if doc.iri in bare and doc.iri not in heads_of:
            low = doc.label.lower()
            heads_of[doc.iri] = [h for h in _heads() if re.search(rf"\b{re.escape(h)}\b", low)]
    for k, (s, e, doc) in enumerate(docs):
        for head in heads_of.get(doc.iri, ())[:1]:      # (its longest head noun)
            for m in _referring(head).finditer(text, e, e + _BACK):
                # (a later document whose name holds the noun is the one referred to)
                if any(x[0] < m.start() and x[2] is not doc and head in heads_of.get(x[2].iri, ())
                       for x in docs[k + 1:]):
                    break
                b = _sentence_end(text, m.end())
                if not other_doc_in(m.end(), b, doc):
                    add(doc, m.start(), b, "document:referred-metal@0.5")
