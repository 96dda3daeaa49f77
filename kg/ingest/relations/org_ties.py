"""One organisation tied to another by a noun of the tie (``data/org-ties.txt``), in the phrasings
the older cue rules (:mod:`kg.ingest.relations.members`) leave: modifiers before the noun, a
bracket after the name, the verb form, the possessive with a comma:

* "X (XC), a Peruvian subsidiary of Y", "X, the Guangxi unit of Y", "X is an affiliate of Y",
  "X, a wholly owned operating subsidiary under Y", "X (a wholly owned subsidiary of Y)": X
  under Y;
* "Y's trading arm, X", "Y's Yunnan unit X": X under Y;
* "X, the parent company of Y", "X is the holding company of Y": Y under X;
* "X is a 60:40 joint venture of A and B", "X, a 50-50 venture between A and B": A and B hold X;
* "X, in which A has a controlling stake / holds a 35% interest": A holds X.

Under is ``nfo:subsidiaryOf`` for a company and ``nfo:unitOf`` for any other body (a branch,
division or department of a company is its unit); holding is ``nfo:shareholderOf`` (rule
``org:tie-noun``). A pair a rule already linked is left alone. Each cue is matched once at the
end of a name (a dict look-up for the name after it): linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "org:tie-noun"
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|which|who|is|are|"
         "was|were|be|been|has|have|had|will|would|not|also|it|as|into|under|between|said|than|"
         "both|each|all|any|one|company|group")
# a modifier before the noun: "Peruvian", "wholly", "owned", "Hong Kong-listed", "60:40", "50-50"
_MOD = rf"(?!(?:{_STOP})\b)[\w][\w\-:/.%]*"
_BRACKET = r"(?:\s*\([^()\n]{1,60}\))?"
_BE = r"(?:is|was|has\s+been|have\s+been|became|becomes|remains|remained|is\s+now|is\s+still|" \
      r"will\s+be|will\s+become|is\s+to\s+become)"
_LIST = re.compile(r"\s*(?:\(\s*\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)\s*\))?"
                   r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)
# "X, in which A has a controlling stake": the holder's name opens right after
_IN_WHICH = re.compile(rf"{_BRACKET}\s*,\s*(?:(?:a|an)\s+(?:[\w-]+\s+){{0,5}}?)?in\s+which\s+"
                       r"(?:the\s+)?", re.I)
_STAKE = re.compile(r"\s+(?:also\s+|now\s+|still\s+)?(?:has|holds|owns|controls|took|takes|"
                    r"acquired|retains|keeps|had|held|owned)\s+(?:a|an|the)\s+"
                    r"(?:[\w%.\-]+\s+){0,3}?(?:stake|interest|holding|shareholding|share)\b", re.I)


@lru_cache(maxsize=1)
def _table():
    ties = {}
    for line in lines("org-ties"):
        noun, _, tie = (x.strip() for x in line.partition("|"))
        ties[" ".join(noun.lower().split())] = tie
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+").replace(r"\-", r"[\-\s]")
                     for n in sorted(ties, key=len, reverse=True))
    # (in a bracket the article may be left out: "X (wholly owned subsidiary of Y)")
    after = re.compile(rf"{_BRACKET}(?:(?:\s*,\s*(?:which\s+{_BE}\s+)?|\s+{_BE}\s+)"
                       rf"(?:a|an|the|its|one\s+of\s+the)\s+|\s*\(\s*(?:(?:a|an|the|its)\s+)?)"
                       rf"(?:{_MOD}\s+){{0,4}}?"
                       rf"(?P<tie>{nouns})\s+(?:of|under|to|between|owned\s+by|"
                       rf"controlled\s+by|set\s+up\s+by|formed\s+by|established\s+by)\s+"
                       rf"(?:the\s+)?", re.I)
    poss = re.compile(rf"['\u2019]s?\s+(?:{_MOD}\s+){{0,3}}?(?P<tie>{nouns})\s*,?\s+(?:the\s+)?",
                      re.I)
    # a field's value: "Relationship: (a) wholly owned subsidiary of Y" (record_fields.py)
    value = re.compile(rf"(?:(?:a|an|the)\s+)?(?:{_MOD}\s+){{0,3}}?(?P<tie>{nouns})\s+"
                       r"(?:of|under)\s+(?:the\s+)?", re.I)
    return ties, after, poss, value


def tie_nouns():
    """(noun -> tie, the pattern of a value that opens with a tie noun and "of / under")."""
    ties, _, _, value = _table()
    return ties, value


def tie_link(x, y, noun, span, rule=None) -> None:
    """``x`` tied to ``y`` by the tie ``noun`` names ("subsidiary": x under y)."""
    ties = _table()[0]
    tie = ties.get(" ".join(noun.lower().replace("-", " ").split())) or \
        ties.get(" ".join(noun.lower().split()))
    if tie in ("sub", "unit", "parent"):
        _under(x, y, tie, span, rule or RULE)


def org_ties(draft, spans_of, kind) -> None:
    text = draft.text
    ties, after_rx, poss_rx, _ = _table()
    orgs = [x for x in spans_by_start_longest(spans_of) if x[2].kind == "org" and not x[2].role]
    by_start = {}
    for x in orgs:
        by_start.setdefault(x[0], x)
    for s, e, ent in orgs:
        if e >= len(text) or text[e] not in " ,(\n'\u2019":
            continue
        m = after_rx.match(text, e)
        if m is not None:
            tie = ties.get(" ".join(m.group("tie").lower().replace("-", " ").split())) or \
                ties.get(" ".join(m.group("tie").lower().split()))
            if tie == "venture":
                for x in _listed(text, by_start, m.end()):
                    _link(x[2], NFO.shareholderOf, ent, Span(s, x[1]))
            else:
                y = by_start.get(m.end())
                if y is not None:
                    _under(ent, y[2], tie, Span(s, y[1]))
            continue
        m = poss_rx.match(text, e)
        if m is not None:
            tie = ties.get(" ".join(m.group("tie").lower().split()))
            x = by_start.get(m.end())
            if x is not None and tie in ("sub", "unit", "parent"):
                _under(x[2], ent, tie, Span(s, x[1]))
            continue
        m = _IN_WHICH.match(text, e)
        if m is not None:
            holder = by_start.get(m.end())
            if holder is not None and _STAKE.match(text, holder[1]):
                _link(holder[2], NFO.shareholderOf, ent, Span(s, holder[1]))


def _listed(text, by_start, at) -> list:
    """The names listed from ``at`` on: "A and B", "A (60%), B (40%)", "A, B and C"."""
    out = []
    x = by_start.get(at)
    while x is not None and len(out) < 6:
        out.append(x)
        m = _LIST.match(text, x[1])
        x = by_start.get(m.end()) if m is not None else None
    return out


def _under(x, y, tie, span, rule=RULE) -> None:
    """``x`` under ``y`` by the noun's ``tie`` ("parent": the other way round)."""
    if tie == "parent":
        x, y = y, x
    company = str(x.cls).endswith("Company")
    pred = NFO.subsidiaryOf if company else NFO.unitOf
    _link(x, pred, y, span, rule)


_TIES = (NFO.subsidiaryOf, NFO.unitOf, NFO.shareholderOf)


def _link(x, pred, y, span, rule=RULE) -> None:
    if x is y or any(x.statements.has(p, y.iri) or y.statements.has(p, x.iri) for p in _TIES):
        return      # a pair another rule linked
    x.add(pred, y.iri, span, rule)
