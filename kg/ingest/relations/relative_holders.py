"""Who holds or controls an organisation, stated by a relative clause after its name (the
construction of :mod:`kg.ingest.relations.relative_posts`, "X, whose chairman, A,"):

* "X, whose controlling shareholder is Y", "X, whose largest shareholders are A and B", "X,
  whose largest shareholder is Y with 35%": Y ``nfo:shareholderOf`` X (rule
  ``org:whose-shareholder``);
* "X, whose actual controller is Y", "X, whose controller is the provincial SASAC": Y
  ``nfo:actualControllerOf`` X (``org:whose-controller``);
* "X, whose parent company is Y": X ``nfo:subsidiaryOf`` Y (``org:whose-parent``).

Y may follow a description of it ending in a lower-case noun and a comma ("whose controlling shareholder is
the municipal state assets company, Y Co., Ltd."). X is the organisation whose mention ends
where ", whose" opens; Y an organisation (or, for a controller, a person) named right there. A
"former" holder is none now: not read. One look after each mention that ", whose" follows:
linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.relative_posts import opens_after
from kg.ingest.terms import NFO

_W = r"[ \t\n]+"
_S = r"[ \t\n]{1,20}"     # (bounded where a pattern repeats a word and its space)
_ADJ = (rf"(?:(?:controlling|largest|biggest|second[- ]largest|majority|major|main|principal|"
        rf"sole|single{_W}largest|actual|de{_W}facto|ultimate|immediate|direct|indirect){_W})?")
_REL = re.compile(rf"[ \t]*,{_W}whose{_W}(?P<adj>{_ADJ})(?P<noun>shareholders?|controllers?|"
                  rf"parent(?:{_W}(?:company|group|firm))?){_W}(?P<verb>is|are|was|were|remains|"
                  rf"include|includes){_W}(?:still{_W}|now{_W}|also{_W})?", re.I)
# "the municipal state assets company, ": what the holder is, before its name (lower case)
_DESCRIBED = re.compile(rf"(?:the|a|an){_S}(?:[A-Za-z][\w'’-]{{0,30}}{_S}){{0,6}}[a-z][\w'’-]{{0,30}}"
                        rf"[ \t]*,{_S}")
# between two holders of a list: a stake ("(35%)", "with 35%"), then ", " / " and "
_MORE = re.compile(rf"(?:[ \t]*\([^()\n]{{1,30}}\)|{_S}with{_S}[\d.]{{1,8}}[ \t]*(?:%|per{_S}cent|"
                   rf"percent))?[ \t]*(?:,{_S}and{_S}|,{_S}|{_S}and{_S})", re.I)
# a possessive after the name: the holder is what it owns ("X's subsidiary, Y")
_OWNS_NEXT = re.compile(r"['\u2019]s?(?![\w'\u2019])")
_FORMER = re.compile(r"former|previous|past|ex-", re.I)
# a holder in the past tense up to a time: "whose controlling shareholder was Y until it sold
# the stake in 2024" (Y is none now)
_UNTIL = re.compile(r"[ \t\n]*(?:\([^()\n]{0,30}\)[ \t\n]*)?,?[ \t\n]*(?:until|till|up[ \t]+to|"
                    r"before|prior[ \t]+to)\b", re.I)


def relative_holders(draft, spans_of, kind) -> None:
    text = draft.text
    if "whose" not in text:
        return
    opens = opens_after(text)
    hits = [(s, e, org) for s, e, org in spans_of if e in opens and not org.role
            and org.kind == "org"]
    if not hits:
        return
    at: dict = {}
    for s, e, x in spans_of:
        if not x.role and x.kind in ("org", "person"):
            at.setdefault(s, (s, e, x))
    for s, e, org in hits:
        m = _REL.match(text, e)
        if m is None or _FORMER.search(text, m.start(), m.end()):
            continue
        noun = m.group("noun").lower()
        pos = m.end()
        d = _DESCRIBED.match(text, pos)
        if at.get(pos) is None and d is not None:
            pos = d.end()
        for _ in range(8 if noun.endswith("s") else 1):
            hit = at.get(pos)
            if hit is None or hit[2] is org:
                break
            hs, he, other = hit
            if _OWNS_NEXT.match(text, he):
                break       # "whose largest shareholder is X's subsidiary, Y": X owns the holder
            if m.group("verb").lower() in ("was", "were") and _UNTIL.match(text, he):
                break       # "whose controlling shareholder was Y until 2024": a past holder
            person = other.kind == "person"
            span = Span(s, he)
            if noun.startswith("shareholder") and not person:
                other.add(NFO.shareholderOf, org.iri, span, "org:whose-shareholder")
            elif noun.startswith("controller"):
                other.add(NFO.actualControllerOf, org.iri, span, "org:whose-controller")
            elif noun.startswith("parent") and not person:
                org.add(NFO.subsidiaryOf, other.iri, span, "org:whose-parent")
            more = _MORE.match(text, he)
            if more is None:
                break
            pos = more.end()
