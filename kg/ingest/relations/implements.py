"""Who implements a policy or initiative, stated by a verb or an opening phrase (``nfo:implements``):

* "A, B and C have actively implemented the X Initiative", "The plan states that it is
  necessary to implement the X": the organisations named before the verb in its clause (or,
  when the clause opens with a new policy, that policy) implement the policy or initiative
  named right after it (rule ``context:implements``);
* "In line with the spirit of X, the association issued Y", "According to X, released by ...,
  Z actively responded": the new policy named after the comma (else the first organisation
  named there, unless the text is a notice whose head names it: that notice is made under X,
  legal_basis.py) implements X (rule ``context:in-line-with``);
* "The announcement was issued in accordance with the X Law", "the Y Measures, formulated
  pursuant to the X Regulations", "The rules were drawn up to implement the X Plan": the new
  document named before the verb in the sentence, else (the sentence opens with "The notice",
  "These measures", ...: ``data/document-referents.txt``) the last new document named before
  it, implements X (rule ``context:made-under``).

Cues are ordinary English (a short list below, not names); each rule reads one sentence."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.relations.rows import tail as _tail
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.relations.legal_basis import head_document
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

_VERB = re.compile(r"\b(?:implement(?:ed|s|ing)?|carr(?:y|ies|ied|ying)\s+out|put\s+into\s+"
                   r"practice|(?:responded|respond|responding)\s+to)\s+(?:the\s+|its\s+|their\s+)?",
                   re.I)
# capitalised: it opens the sentence, or the clause after a run-in heading
_OPEN = re.compile(r"\b(?:In\s+line\s+with|In\s+accordance\s+with|According\s+to|In\s+response\s+to|"
                   r"To\s+implement|Guided\s+by|Under\s+the\s+guidance\s+of)\s+(?:the\s+)?"
                   r"(?:(?:spirit|requirements|deployment)\s+of\s+(?:the\s+)?)?[\"“]?")
_CLAUSE = re.compile(r"[;:]|\bwhile\b|\bwhereas\b")
_MADE_UNDER = re.compile(r"\b(?:issued|formulated|drafted|drawn\s+up|prepared|adopted|made|"
                         r"released|enacted|promulgated|compiled|published|introduced|revised|"
                         r"amended|developed|written)\s+(?:\w+ly\s+)?(?:in\s+accordance\s+with|"
                         r"pursuant\s+to|in\s+line\s+with|according\s+to|under|based\s+on|"
                         r"on\s+the\s+basis\s+of|(?:in\s+order\s+)?to\s+implement|for\s+"
                         r"implementing|in\s+implementation\s+of|to\s+carry\s+out)\s+(?:the\s+)?"
                         r"(?:(?:spirit|requirements|provisions|relevant\s+provisions|deployment)\s+"
                         r"of\s+(?:the\s+)?)?[\"“]?", re.I)
_REFERRED = None
_TARGETS = ("policy", "initiative")


def implements(draft, spans_of, sents, kind) -> None:
    text = draft.text
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES]
    starts = [s for s, _, _ in rows]

    def names(a, b):
        lo = bisect.bisect_left(starts, a)
        out = []
        for s, e, ent in _tail(rows, lo):
            if s >= b:
                break
            if e <= b:
                out.append((s, e, ent))
        return out

    done = set()
    _made_under(text, rows, sents, names, kind, done)
    for ss in sents.starts:
        _, se = sents.bounds(ss)
        row = names(ss, se)
        if not any(x[2].kind in _TARGETS for x in row):
            continue
        for m in _VERB.finditer(text, ss, se):
            target = next((x for x in row if m.end() <= x[0] <= m.end() + 3
                           and x[2].kind in _TARGETS), None)
            if target is None:
                continue
            cut = max([c.end() for c in _CLAUSE.finditer(text, ss, m.start())], default=ss)
            before = [x for x in row if cut <= x[0] and x[1] <= m.start()]
            if not before:
                continue
            if before[0][2].kind == "policy" and not before[0][2].known:
                subjects = [before[0]]
            else:
                subjects = [x for x in before if x[2].kind == "org"]
            for s, e, who in subjects:
                if who is not target[2] and (who.iri, target[2].iri) not in done:
                    done.add((who.iri, target[2].iri))
                    who.add(NFO.implements, target[2].iri, Span(ss, se), "context:implements")
        m = _OPEN.search(text, ss, se)
        if m is None:
            continue
        target = next((x for x in row if m.end() <= x[0] <= m.end() + 3
                       and x[2].kind in _TARGETS), None)
        if target is None:
            continue
        comma = text.find(",", target[1], se)
        if comma < 0:
            continue
        after = [x for x in row if x[0] > comma and x[2] is not target[2]]
        news = [x for x in after if x[2].kind == "policy" and not x[2].known]
        orgs = [x for x in after if x[2].kind == "org"]
        if not news and orgs and head_document(text, rows, kind, ss) is not None:
            continue    # (the notice is made under it, not the body acting: legal_basis.py)
        who = news[0] if news else orgs[0] if orgs else None
        if who is not None and (who[2].iri, target[2].iri) not in done:
            done.add((who[2].iri, target[2].iri))
            who[2].add(NFO.implements, target[2].iri, Span(ss, se), "context:in-line-with")


def _referents() -> dict:
    """noun -> the word a document's class or label must hold to be meant ("*": any)."""
    global _REFERRED
    if _REFERRED is None:
        from kg.ingest.lexicon import lines
        _REFERRED = {n.lower(): w.lower() for n, w in (line.split() for line in
                                                       lines("document-referents"))}
    return _REFERRED


def _fits(doc, want: str) -> bool:
    return want == "*" or want in str(doc.cls).rsplit("#", 1)[-1].lower() or \
        want in doc.label.lower()


_OPENS = re.compile(r"\s*(?:The|This|These|That|Those|Such)\s+([a-z]+)\b")


def _made_under(text, rows, sents, names, kind, done) -> None:
    """"The announcement was issued in accordance with the X Law": the document implements X."""
    if "accordance" not in text and "pursuant" not in text and "implement" not in text and \
            "line with" not in text and "under" not in text and "based on" not in text:
        return
    docs = [x for x in rows if x[2].kind == "policy" and not x[2].known]
    if not docs:
        return
    for m in _MADE_UNDER.finditer(text):
        target = next((x for x in names(m.end(), m.end() + 200)
                       if x[0] <= m.end() + 3 and x[2].kind in _TARGETS), None)
        if target is None:
            continue
        ss, se = sents.bounds(m.start())
        before = [x for x in names(ss, m.start()) if x[2].kind == "policy"
                  and not x[2].known and x[2] is not target[2]]
        if before:
            who = before[-1][2]
        else:
            o = _OPENS.match(text, ss)
            want = _referents().get(o.group(1).lower()) if o is not None else None
            if want is None or o.end() > m.start():
                continue
            par = text.rfind("\n\n", 0, ss) + 1        # (the paragraph's document)
            prior = [x for x in docs if par <= x[0] and x[1] <= ss and x[2] is not target[2]
                     and _fits(x[2], want)]
            if not prior:
                continue
            who = prior[-1][2]
        if (who.iri, target[2].iri) not in done:
            done.add((who.iri, target[2].iri))
            who.add(NFO.implements, target[2].iri, Span(ss, max(se, target[1])),
                    "context:made-under")
