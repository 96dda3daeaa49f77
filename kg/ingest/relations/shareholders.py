"""Shareholders named by the word "shareholder" rather than by a percentage held
(:mod:`kg.ingest.relations.holdings` reads "A holds 60% of X"):

* "A is the controlling shareholder of X", "A, the largest shareholder of X,", "A, a
  shareholder in X": A ``nfo:shareholderOf`` X (rule ``org:shareholder-of``);
* "A, its controlling shareholder, said": A holds the company named last before A (in its own
  sentence or the one before, same paragraph): what "its" stands for in an apposition (rule
  ``org:apposed-shareholder@0.5``);
* a list after the word: "X's shareholders are A (51%) and B (49%)", "its shareholders
  include A and B", and a field of a notice "Shareholder: A (100%)" (the company the notice is
  about: the one named first in it): each organisation of the list (rule
  ``org:shareholder-list``; ``@0.5`` when the company is a referent or the notice's).

A name's own clause is read once at its end, a list once at its cue: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import AtLineStarts
from kg.ingest.reading.caseless import lower_text
from kg.ingest.span_order import spans_by_start_longest

_ADJ = (r"(?:(?:controlling|largest|biggest|second[- ]largest|majority|major|main|principal|"
        r"strategic|sole|single\s+largest)\s+)?")
# after A: "is the controlling shareholder of", ", the largest shareholder of", ", a shareholder in"
_OF = re.compile(r"\s*(?:,\s*|\s(?:is|was|remains|became|becomes|has\s+become|will\s+become)\s+"
                 r"(?:also\s+|still\s+|now\s+)?)(?:the|a|an)\s+" + _ADJ +
                 r"shareholders?\s+(?:of|in)\s+(?:the\s+)?", re.I)
# after A: ", its controlling shareholder,"
_APPOSED = re.compile(r"\s*,\s*its\s+" + _ADJ + r"shareholder\s*[,;]", re.I)
# "X's shareholders are", "its shareholders include", "Shareholder:" (a field at a line start)
_LIST = re.compile(r"(?:['’]s)?\s+" + _ADJ + r"shareholders?\s*(?:are|include|:)\s*", re.I)
_FIELD = AtLineStarts(re.compile(r"(?m)^[ \t]*(?:main\s+|major\s+)?shareholders?[ \t]*:[ \t]*",
                                 re.I))        # (tried only where a line starts)
# between two holders of a list: a percentage in brackets, then ", " / " and " / ";"
_PCT = re.compile(r"\s*\(\s*\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s*\)", re.I)
_SEP = re.compile(r"\s*(?:,\s*and\s+|,\s*|;\s*|\s+and\s+)")
_CUE = "shareholder"


def shareholders(draft, spans_of, sents, kind, refs=(), lead=None) -> None:
    text = draft.text
    if _CUE not in lower_text(text):
        return
    nested = plain_containers(spans_of)
    orgs = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if x.kind == "org"
            and x.cls not in RELATION_NODES and (s, e, id(x)) not in nested]
    if not orgs:
        return
    starts = [x[0] for x in orgs]
    by_start: dict = {}
    for x in orgs:
        by_start.setdefault(x[0], x)
    ref_at = {(r[0], r[1]) for r in refs}
    owners = sorted(orgs + [r for r in refs], key=lambda x: x[0])
    for s, e, holder in orgs:
        m = _OF.match(text, e)
        hit = by_start.get(m.end()) if m else None
        if hit is not None and hit[2] is not holder:
            holder.add(NFO.shareholderOf, hit[2].iri, Span(s, hit[1]), "org:shareholder-of")
            continue
        a = _APPOSED.match(text, e)
        if a is not None:
            owner = _named_before(text, orgs, starts, sents, s, holder)
            if owner is not None:
                holder.add(NFO.shareholderOf, owner.iri, Span(s, a.end() - 1),
                           "org:apposed-shareholder@0.5")
    _cue_first(text, orgs, owners, ref_at)
    for s, e, owner in owners:
        if (s, e) not in ref_at and text[e:e + 1] not in "'’":
            continue            # ("X shareholders": no list of X's)
        m = _LIST.match(text, e)
        if m is not None:
            guess = "@0.5" if (s, e) in ref_at else ""
            _list(text, m.end(), owner, by_start, s, "org:shareholder-list" + guess)
    if lead is not None:
        for m in _FIELD.finditer(text):
            _list(text, m.end(), lead, by_start, m.start(), "org:shareholder-list@0.5")


# the cue before the holder: "The controlling shareholder of X, A, holds", "X's largest
# shareholder, A Co., Ltd., said"
_OF_BEFORE = re.compile(r"\b(?:the|its)\s+" + _ADJ + r"shareholders?\s+(?:of|in)\s+(?:the\s+)?$",
                        re.I)
_POSS_BEFORE = re.compile(r"['’]s\s+" + _ADJ + r"shareholder\s*,\s*$", re.I)


def _cue_first(text, orgs, owners, ref_at) -> None:
    """"The controlling shareholder of X, A," / "X's largest shareholder, A,": A holds X (rule
    ``org:shareholder-of``; ``@0.5`` when X is "the company" / "the group")."""
    by_end: dict = {}
    for x in owners:
        by_end.setdefault(x[1], x)
    for s, e, holder in orgs:
        if text[s - 2:s] not in (", ", ",\n") or "hareholder" not in text[max(0, s - 90):s]:
            continue
        x = by_end.get(s - 2)
        if x is not None and not _OF_BEFORE.search(text, max(0, x[0] - 60), x[0]):
            x = None
        if x is None:
            p = _POSS_BEFORE.search(text, max(0, s - 60), s)
            x = by_end.get(p.start()) if p else None
            if x is not None and (x[0], x[1]) in ref_at:
                x = None        # ("Its controlling shareholder, A,": ownership's rule)
        if x is None or x[2] is holder:
            continue
        guess = "@0.5" if (x[0], x[1]) in ref_at else ""
        holder.add(NFO.shareholderOf, x[2].iri, Span(x[0], e), "org:shareholder-of" + guess)


def _list(text, pos, owner, by_start, start, rule) -> None:
    """The organisations listed from ``pos`` on, each (with its percentage) holding ``owner``."""
    for _ in range(12):
        hit = by_start.get(pos)
        if hit is None or hit[2] is owner:
            return
        hit[2].add(NFO.shareholderOf, owner.iri, Span(start, hit[1]), rule)
        pos = hit[1]
        p = _PCT.match(text, pos)
        if p is not None:
            pos = p.end()
        sep = _SEP.match(text, pos)
        if sep is None:
            return
        pos = sep.end()


def _named_before(text, orgs, starts, sents, s, holder):
    """The company named last before ``s`` in its sentence or the one before (same
    paragraph), not ``holder``."""
    ss = sents.bounds(s)[0]
    if ss > 0 and "\n\n" not in text[max(0, ss - 2):ss]:
        ss = sents.bounds(ss - 1)[0]
    i = bisect.bisect_left(starts, s) - 1
    while i >= 0 and orgs[i][0] >= ss:
        x = orgs[i][2]
        if x is not holder and str(x.cls).endswith("#Company"):
            return x
        i -= 1
    return None
