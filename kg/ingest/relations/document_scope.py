"""Where and to whom a document applies, stated by its scope verb (``nfo:appliesTo``, rule
``document:scope``): "The notice applies to all copper smelters in Jiangxi Province", "The
quotas cover A Co., Ltd. and B Co., Ltd.", "the measures, which are aimed at lithium producers
in Qinghai and Tibet". The document is the new one named before the verb in the sentence, else
(a sentence opening with "The notice", "These measures": ``data/document-referents.txt``) the
last fitting new document of the paragraph, else the text's own document (the one its
headline names: "1. Scope. The policy applies to ..." in the body of a notice). Each place, organisation and site the clause names
after the verb (up to ";" or the end of the sentence, not one printed inside another name) is
in its scope. Verbs: ``data/scope-verbs.txt``. One regex pass over the text, gated by a
substring test; each hit reads one sentence: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading import scans_ahead
from kg.ingest.reading.title_lines import headline_lines
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "document:scope"
_OPENS = re.compile(r"\s*(?:The|This|These|Those|Such|Its|Their)\s+(?:new\s+|revised\s+)?"
                    r"([a-z]+)\b")
_VERB = None


def _verbs():
    verbs = lines("scope-verbs")
    alt = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in verbs), key=len,
                          reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.I)


def _referents() -> dict:
    return {n.lower(): w.lower() for n, w in (line.split() for line in
                                              lines("document-referents"))}


def _fits(doc, want: str) -> bool:
    return want == "*" or want in str(doc.cls).rsplit("#", 1)[-1].lower() or \
        want in doc.label.lower()


_SCAN = ("kg.ingest.relations.document_scope", "verb_pattern")


def verb_pattern():
    """The scope verbs' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    global _VERB
    if _VERB is None:
        _VERB = _verbs()
    return _VERB


def document_scope(draft, spans_of, sents, kind) -> None:
    text = draft.text
    # (the scan maybe done ahead; a search from a match's start finds the matches after it)
    found = scans_ahead.finditer(verb_pattern(), text, _SCAN)
    if isinstance(found, list):
        first = found[0] if found else None
    else:
        first = _VERB.search(text)
        found = None
    if first is None:
        return
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of)
            if not x.role or x.kind == "policy"]
    docs = [x for x in rows if x[2].kind == "policy" and not x[2].known]
    if not docs:
        return
    starts = [x[0] for x in rows]
    doc_starts = [x[0] for x in docs]      # (docs in the order of rows: by start)
    par, seen = 0, 0        # the paragraph's start, looked for up to ``seen`` (verbs in order)
    referents = _referents()
    own = None              # the text's own document (its title heads the text), looked up once
    for m in found if found is not None else _VERB.finditer(text, first.start()):
        ss, se = sents.bounds(m.start())
        before = [x for x in docs[bisect.bisect_left(doc_starts, ss):
                                  bisect.bisect_right(doc_starts, m.start())] if x[1] <= m.start()]
        if before:
            doc = before[-1][2]
        else:
            o = _OPENS.match(text, ss)
            want = referents.get(o.group(1).lower()) if o is not None else None
            if want is None or o.end() > m.start():
                continue
            p = text.rfind("\n\n", max(0, seen - 1), ss)
            par, seen = (p + 1 if p >= 0 else par), max(seen, ss)
            lo = bisect.bisect_left(doc_starts, par)     # (the last that fits, read backwards)
            doc = next((docs[j][2] for j in range(bisect.bisect_right(doc_starts, ss) - 1, lo - 1,
                                                  -1)
                        if docs[j][1] <= ss and _fits(docs[j][2], want)), None)
            if doc is None:
                if own is None:
                    own = _own(text, docs) or False
                doc = own if own and (want != "standard" or _fits(own, want)) else None
            if doc is None:
                continue
        stop = min([x for x in (text.find(";", m.end(), se),) if x >= 0] or [se])
        lo, hi = bisect.bisect_left(starts, m.end()), bisect.bisect_left(starts, stop)
        outer_end = -1
        for s, e, ent in rows[lo:hi]:
            if e > stop or s < outer_end:
                continue            # (a name printed inside the one before)
            outer_end = max(outer_end, e)
            k = ent.kind
            if ent is doc or k not in ("place", "org"):
                continue
            if any(st[0] == NFO.appliesTo and st[1] == ent.iri for st in doc.statements):
                continue
            doc.add(NFO.appliesTo, ent.iri, Span(ss, max(se, e)), RULE)


def _own(text, docs):
    """The document whose title heads the text (named within its headline's lines): the one a
    paragraph of its own body means by "The policy applies to ..."; None if there is none."""
    found = headline_lines(text)
    if not found:
        return None
    a, b = found[0][0], found[-1][1]
    return next((x[2] for x in docs if a <= x[0] < b), None)
