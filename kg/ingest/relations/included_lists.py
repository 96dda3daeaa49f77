"""What a document, catalogue or list holds, stated by a clause about it that lists the items:

* a relative clause right after its name: "the X Catalogue (2024 Edition), which includes
  technologies such as A, B and C", "the Y List, which covers A Co., Ltd. and B Co., Ltd.";
* the next sentence, opening with a plural noun for what it holds and the verb: '... released
  the "Z Catalogue". The products included A, B and C.' (the document is the last one the
  sentence before names).

The verbs: ``data/inclusion-verbs.txt``. The items are the named things (technologies, products,
projects, organisations, standards) of the clause (up to ";" or the sentence's end) printed
first in it (after the verb and up to three words with "such as" / "like" / "including") or
right after a comma or "and": a list's members, not a name printed inside a phrase of another
member. Places are left to the scope rules (a document applies to a place; it does not hold
it). ``nfo:includes``, rule ``document:which-includes``. One pass over the documents' mentions,
each reading a few dozen characters after it, and one over the sentences' openers: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

RULE = "document:which-includes"
_ITEMS = ("technology", "product", "project", "org", "policy")
_AFTER = re.compile(r"(?:,|,?\s+and|,?\s+as\s+well\s+as)\s*(?:the\s+)?[\"“]?$", re.I)
_RX: list = []


def _patterns():
    if not _RX:
        verbs = alternation("inclusion-verbs", space=r"\ ")
        what = r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}?(?:such\s+as|like|including)\s+)?"
        _RX.append(re.compile(
            rf"[\"'”’]?\s*,\s*[\"'”’]?\s*(?:which|that)\s+(?:{verbs})\s+{what}(?:the\s+)?[\"“]?",
            re.I))
        _RX.append(re.compile(
            rf"(?:These|The|Those)\s+(?:[a-z][\w-]*\s+){{0,2}}?[a-z][\w-]*s\s+(?:{verbs})\s+"
            rf"{what}(?:the\s+)?[\"“]?"))
    return _RX


def included_lists(draft, spans_of, sents, kind) -> int:
    """Add ``nfo:includes`` from a document to the things its clause lists; how many."""
    text = draft.text
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if not x.role]
    docs = [r for r in rows if r[2].kind == "policy"]
    if not docs:
        return 0
    relative, opener = _patterns()
    starts = [s for s, _, _ in rows]
    doc_starts = [d[0] for d in docs]
    n = 0
    for s, e, doc in docs:
        m = relative.match(text, e)
        if m is not None:
            n += _add(text, rows, starts, sents, doc, s, m.end(), kind)
            continue
        # the next sentence opens with "The products included ..."
        ss, se = sents.bounds(e)
        k = bisect.bisect_right(doc_starts, s)
        if se >= len(text) or (k < len(docs) and docs[k][0] < se):
            continue            # (not the last document its sentence names)
        p = se
        while p < len(text) and text[p] in " \t\"”":
            p += 1
        m = opener.match(text, p)
        if m is not None:
            n += _add(text, rows, starts, sents, doc, s, m.end(), kind)
    return n


def _add(text, rows, starts, sents, doc, at, pos, kind) -> int:
    _, se = sents.bounds(pos)
    stop = text.find(";", pos, se)
    stop = se if stop < 0 else stop
    have = {o for p, o, _, _ in doc.statements if p == NFO.includes}
    n, outer = 0, -1
    for a, b, item in rows[bisect.bisect_left(starts, pos):bisect.bisect_left(starts, stop)]:
        if b > stop or a < outer:
            continue
        outer = b
        if item is doc or kind(item) not in _ITEMS or item.iri in have:
            continue
        if a != pos and not _AFTER.search(text, max(pos, a - 20), a):
            continue
        have.add(item.iri)
        doc.add(NFO.includes, item.iri, Span(at, b), RULE)
        n += 1
    return n
