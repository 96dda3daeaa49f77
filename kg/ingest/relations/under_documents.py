"""What a document or agreement named before is about, read from a sentence that opens by
referring back to it: "Under the plan, the X Project will ...", "Under the terms of the deal,
A licenses its Y Technology", "According to the ruling, the two companies signed the Z
Contract", "The contract also covers the W Mine". The referent is the last new document or
agreement named before the sentence (in its paragraph or the one before, within ``_BACK``
characters) that fits the noun (``data/under-referents.txt``: "plan" needs a plan, "deal" an agreement, "ruling"
any document); it is about each project, technology, product, works (a site), agreement and
document the sentence names (not one printed inside another name); a ruling ("| ruling":
"Under the judgment, A must pay ...", "The order requires A to ...") also about the first
organisation after the opening. Rule ``topic:under-document@0.6``. One regex pass over the
text (its openings are literal words); each hit reads one sentence: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

RULE = "topic:under-document@0.6"
_BACK = 1500
_TOPICS = {"project", "technology", "product", "agreement", "policy"}


@lru_cache(maxsize=1)
def _lexicon():
    fits, rulings = {}, set()
    for line in lines("under-referents"):
        head, _, flag = line.partition("|")
        noun, want = head.split()
        fits[noun.lower()] = want.lower()
        if flag.strip() == "ruling":
            rulings.add(noun.lower())
    alt = "|".join(sorted((re.escape(n) for n in fits), key=lambda n: (-len(n), n)))
    words = r"(?:[\w-]+\s+){0,2}?"
    opening = re.compile(
        rf"(?:(?:Under|Per|Through|According\s+to)\s+(?:the\s+)?(?:(?:terms|provisions)"
        rf"\s+of\s+the\s+)?{words}((?i:{alt}))\b\s*,|(?:The|This|That|These)\s+{words}"
        rf"((?i:{alt}))\s+(?:also\s+|further\s+)?(?:covers|cover|includes|include|provides"
        rf"\s+for|calls\s+for|orders|order|requires|require|sets\s+out|envisages|"
        rf"involves|concerns|targets|obliges|directs|bars)\b)")    # (openings capitalised)
    return fits, frozenset(rulings), opening


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def _fits(ent, k, want) -> bool:
    if want == "agreement":
        return k == "agreement"
    return k == "policy" and (want == "*" or want in _cls(ent).lower() or
                              want in ent.label.lower())


def under_documents(draft, spans_of, sents, kind) -> None:
    text = draft.text
    fits, rulings, opening = _lexicon()
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if not x.role]
    kinds = [x.kind for _, _, x in rows]
    refs = [(s, e, x, k) for (s, e, x), k in zip(rows, kinds)
            if k in ("policy", "agreement") and not x.known]
    if not refs:
        return
    ref_starts = [r[0] for r in refs]
    starts = [r[0] for r in rows]
    for m in opening.finditer(text):
        ss, se = sents.bounds(m.start())
        if text[ss:m.start()].strip(" \t\n\"“(-—"):
            continue                    # (an opening only: the sentence's first words)
        noun = (m.group(1) or m.group(2)).lower()
        want = fits.get(noun)
        par = text.rfind("\n\n", max(0, ss - _BACK), ss)     # (this paragraph, or the one
        prev = text.rfind("\n\n", max(0, ss - _BACK), par) if par > 0 else -1    # before)
        lo = max(prev + 1 if prev >= 0 else 0, ss - _BACK)
        ref = None
        for j in range(bisect.bisect_left(ref_starts, ss) - 1, -1, -1):
            s, e, x, k = refs[j]
            if s < lo:
                break
            if e <= ss and _fits(x, k, want):
                ref = (s, e, x)
                break
        if ref is None:
            continue
        doc = ref[2]
        outer = -1
        first_org = True
        for i in range(bisect.bisect_left(starts, m.end()), bisect.bisect_left(starts, se)):
            s, e, x = rows[i]
            if s < outer or x is doc or x.known and kinds[i] in ("policy", "agreement"):
                continue
            outer = max(outer, e)
            k = kinds[i]
            if k in _TOPICS or _cls(x) == "Site":
                draft_add(doc, x, Span(ss, se))
            elif k == "org" and first_org and noun in rulings and _cls(x) == "Company":
                draft_add(doc, x, Span(ss, se))
            if k == "org":
                first_org = False


def draft_add(doc, x, span) -> None:
    doc.add(NFO.about, x.iri, span, RULE)
