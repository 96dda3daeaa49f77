"""Who controls a company in the end, as company announcements state it ("actual controller",
"de facto controller", "ultimate controller"; ``nfo:actualControllerOf``):

* "the actual controller of X is Y", "Y is the actual controller of X": Y controls X (rule
  ``org:actual-controller-of``);
* "X's actual controller, Y,", "its actual controller is Y": Y controls the owner of the
  possessive (``org:possessive-controller``);
* "Y, chairman of the Company, is the actual controller": no company after the cue, so the one
  named (or referred to) between Y and the cue, else before Y in the sentence, else the company
  the article is about (``org:controller-of-subject@0.5``);
* "X is controlled by Y", "X, controlled by Y,": a person Y controls X (``org:controlled-by-person``;
  an organisation Y is X's parent, ``members.py``).

X may be "the company" / "the group" / "its" (:mod:`kg.ingest.relations.referents`): then the
rule is marked ``@0.5``. Y is a person or an organisation. One look at each cue: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.reading.windows import Near, near
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_start

# (run only in the stretches between full stops, commas and semicolons that print "controll",
# in any case: no match reads one)
_CUE = Near(re.compile(r"\b(?:actual|de\s+facto|ultimate)\s+controll(?:ers?|ing\s+(?:persons?|"
                       r"parties|party))\b", re.I), ("controll",), lower=True, stops=".,;")
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_IS = re.compile(r"\s*,?\s*(?:is|was|remains|has\s+been|will\s+be|became|becomes)\s+"
                 r"(?:still\s+|also\s+|now\s+)?(?:the\s+)?", re.I)
_POSS = re.compile(r"(?:['’]s)?\s+(?:the\s+)?$")
_IS_BEFORE = re.compile(r"\b(?:is|was|are|were|remains?|became|become|has\s+been|have\s+been|"
                        r"will\s+be)\s+(?:also\s+|still\s+|jointly\s+|together\s+)?"
                        r"(?:the\s+|its\s+|their\s+)?$", re.I)
_APPOSED = re.compile(r",\s*(?:the|its)\s+$", re.I)
_LIST_ENDS = re.compile(r"\s*(?:[.;:,)]|$|(?:and|or|respectively)\b)")
_NEW_SENTENCE = re.compile(r"\s*(?:$|\n|[A-Z\"“])")       # ("... Co., Ltd. The deal")
_AND = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?(?=[A-Z])")
_WRAP = re.compile(r"[^\s]\n[ \t]*$")      # a line broken right before the bound, no blank line
_PAIR = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+(?:wife|husband|son|daughter|brother|sister|"
                   r"father|mother|spouse|partner)\s*,?\s+)?")
_OWNS_BEFORE = re.compile(r"\b(?:owns?|owned|holds?|held|controls?|controlled)\s+(?:all\s+of\s+)?"
                          r"(?:the\s+)?$", re.I)
_AFTER = re.compile(r"\s*,?\s*(?:(?:is|was|remains|are|were)\s+(?:the\s+)?)?")


def actual_controllers(draft, spans_of, sents, kind, refs, lead=None) -> None:
    text = draft.text
    if "controll" not in text:
        return
    nested = plain_containers(spans_of)
    names = [(s, e, x) for s, e, x in spans_by_start(spans_of) if x.kind in ("org", "person")
             and x.cls not in RELATION_NODES and (s, e, id(x)) not in nested]
    ref_at = {(r[0], r[1]) for r in refs}
    rows = sorted(names + [r for r in refs], key=lambda x: x[0])
    starts = [x[0] for x in rows]
    by_start = {}
    by_end = {}
    for x in rows:
        by_start.setdefault(x[0], x)
        by_end.setdefault(x[1], x)

    def is_org(x):
        return (x[0], x[1]) in ref_at or x[2].kind == "org"

    def add(y, x, span, rule):
        if y[2] is x[2] or (y[0], y[1]) in ref_at:
            return
        guess = "@0.5" if (x[0], x[1]) in ref_at and not rule.endswith("@0.5") else ""
        y[2].add(NFO.actualControllerOf, x[2].iri, span, rule + guess)

    _controlled_by(text, sents, rows, starts, by_start, is_org, kind, add, lead)
    for m in scans_ahead.finditer(_CUE, text, (__name__, "_CUE")):
        ss, se = sents.bounds(m.start())
        ss = _wrapped_start(text, sents, ss)
        of = _OF.match(text, m.end())
        x = by_start.get(of.end()) if of else None
        if x is not None and is_org(x):
            # "the actual controller of X is Y" / "Y is the actual controller of X"
            after = _IS.match(text, x[1])
            y = by_start.get(after.end()) if after and after.group(0).strip() else None
            if y is None and _IS_BEFORE.search(text, max(ss, m.start() - 40), m.start()):
                y = _first(rows, starts, ss, m.start())
            if y is None:
                # "Y, the actual controller of X": an apposition after Y
                ap = _APPOSED.search(text, max(ss, m.start() - 8), m.start())
                y = by_end.get(ap.start()) if ap else None
            if y is not None:
                for x in _listed(text, x, by_start, is_org):     # "of X and Z"
                    add(y, x, Span(min(y[0], m.start()), max(y[1], x[1])),
                        "org:actual-controller-of")
            continue
        lead_in = text[max(ss, m.start() - 12):m.start()]
        p = _POSS.search(lead_in)
        owner = by_end.get(max(ss, m.start() - 12) + p.start()) if p else None
        if owner is not None and is_org(owner) and (
                text[owner[1]:owner[1] + 1] in "'’" or text[owner[0]:owner[1]].lower() == "its"):
            # "X's actual controller, Y," / "its actual controller is Y"
            a = _AFTER.match(text, m.end())
            y = by_start.get(a.end())
            if y is not None:
                add(y, owner, Span(owner[0], y[1]), "org:possessive-controller")
            continue
        if not _IS_BEFORE.search(text, max(ss, m.start() - 40), m.start()):
            continue
        # "Y, chairman of the Company, is the actual controller"
        y = _first(rows, starts, ss, m.start())
        if y is None or (y[0], y[1]) in ref_at:
            continue
        # ("Y and his wife Z ... are the actual controllers": both)
        ys = [y]
        pair = _PAIR.match(text, y[1])
        if pair is not None and by_start.get(pair.end()) is not None:
            ys.append(by_start[pair.end()])
        # an organisation the clause says Y owns is a holding, not the company controlled ("Y
        # owns X outright and is the actual controller": the article's company)
        between = [r for r in rows[bisect.bisect_left(starts, ys[-1][1]):
                                   bisect.bisect_left(starts, m.start())] if is_org(r)
                   and not _OWNS_BEFORE.search(text, max(0, r[0] - 20), r[0])]
        before = [r for r in rows[bisect.bisect_left(starts, ss):
                                  bisect.bisect_left(starts, y[0])] if is_org(r)]
        x = between[0] if between else before[-1] if before else None
        if x is None and lead is not None:
            x = (m.start(), m.end(), lead)
        if x is not None:
            for y in ys:
                add(y, x, Span(y[0], m.end()), "org:controller-of-subject@0.5")


def _controlled_by(text, sents, rows, starts, by_start, is_org, kind, add, lead) -> None:
    """"X is (ultimately) controlled by Y", "X, controlled by Y, ...": a person Y controls X,
    the organisation (or "the company") named last before the cue in its sentence, else the
    company the article is about (an organisation Y is a parent: members.py's)."""
    for m in near(_CONTROLLED_BY, text, ("controlled",), before=120, after=80, lower=True):
        y = by_start.get(m.end())
        if y is None or y[2].kind != "person":
            continue
        ss, _ = sents.bounds(m.start())
        before = [r for r in rows[bisect.bisect_left(starts, ss):bisect.bisect_left(starts,
                                                                                   m.start())]
                  if is_org(r)]
        x = before[-1] if before else (m.start(), m.end(), lead) if lead is not None else None
        if x is not None:
            add(y, x, Span(min(x[0], m.start()), y[1]), "org:controlled-by-person")


_CONTROLLED_BY = re.compile(r"(?:\b(?:is|was|are|were|remains|has\s+been|have\s+been)\s+"
                            r"(?:ultimately\s+|still\s+|now\s+|also\s+)?|,\s*)"
                            r"(?:ultimately\s+)?controlled\s+by\s+", re.I)


def _wrapped_start(text, sents, ss):
    """The start of the sentence a bound at ``ss`` cut in two where a hard-wrapped line opens
    with a name ("... of the company, own\nX Holding outright"): the bound before, while the
    text before ends with no stop and no blank line (at most three lines back)."""
    for _ in range(3):
        before = text[max(0, ss - 80):ss]
        if ss <= 0 or not _WRAP.search(before) or before.rstrip()[-1:] in ".!?:;\"”)":
            return ss
        ss = sents.bounds(ss - 1)[0]
    return ss


def _listed(text, x, by_start, is_org):
    """``x`` and the organisations listed after it ("X and Z", "X, Z and W")."""
    out = [x]
    for _ in range(4):
        m = _AND.match(text, out[-1][1])
        nxt = by_start.get(m.end()) if m else None
        if nxt is None or not is_org(nxt) or not (_LIST_ENDS.match(text, nxt[1]) or (
                text[nxt[1] - 1:nxt[1]] == "." and _NEW_SENTENCE.match(text, nxt[1]))):
            break       # ("of X, and Z bought ore": Z opens a clause of its own)
        out.append(nxt)
    return out


def _first(rows, starts, a, b):
    """The first name (or referent) in ``[a, b)``: the sentence's subject."""
    i = bisect.bisect_left(starts, a)
    return rows[i] if i < len(rows) and rows[i][0] < b else None
