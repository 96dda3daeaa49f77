"""Where an agreement was signed, when the text gives a place and no signing event: "A and B
signed a supply agreement in Kinshasa on Tuesday", "The memorandum was inked in Almaty", "In
Conakry, A and B signed ...": ``nfo:signedAt`` the place (rule ``agreement:signed-in-place``).

It runs after the event rules (events/signing.py: "At the ceremony, A signed ..."), and leaves an
agreement they gave an event alone. The place is a place the draft has, named right after "in" /
"at" (or "in the capital / city of") in the clause of a form of "sign" (up to the clause's end),
or opening the sentence ("In X, ... signed ..."). Not: "signed in 2024", "signed in June",
"signed in the presence of", a place after a comma ("signed a deal in 2024, the companies said in
Moscow"), a place of a clause with no signing verb.

One pattern search per agreement mention's sentence (found by ``str.rfind`` / ``str.find``
around it): linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

_VERBS = ("signed", "inked", "sealed", "concluded", "initialled", "initialed")
# (the gap may hold a company's legal form: "signed ... with B Co., Limited in Ningde")
_GAP = r"(?:[^.;:,]|,(?=\s*(?:Ltd|Limited|Inc|LLC|Plc|S\.A|AG|GmbH|Co)\b)|(?<=\bCo)\.|" \
       r"(?<=\bLtd)\.|(?<=\bInc)\.|(?<=\bCorp)\.)"
_SIGNED_IN = re.compile(r"\b(?:" + "|".join(_VERBS) + rf")\b(?P<gap>{_GAP}{{0,120}}?)"
                        r"\b(?:in|at)\s+(?:the\s+(?:\w+\s+)?(?:city|capital|town)\s+of\s+)?"
                        r"(?=[A-Z])", re.I)
_OPENS_IN = re.compile(r"\s*(?:[\"\u201c]\s*)?In\s+(?=[A-Z])")
_ABBREV = re.compile(r"\b(?:Co|Ltd|Inc|Corp|Bhd|Pty|Pte|No|Mr|Ms|Dr|St|Jr|S\.A|[A-Z])$")
_STOP_GAP = re.compile(r"\b(?:which|who|where|while|after|before|when|because|but)\b", re.I)


def _cls(ent) -> str:
    return str(ent.cls).rsplit("#", 1)[-1]


def signed_in_place(draft, spans_of, kind_of) -> None:
    text = draft.text
    if not any(v in text for v in _VERBS):
        return
    todo = [ent for ent in draft.entities.values()
            if _cls(ent) == "Agreement" and not ent.known and ent.mentions
            and not any(p == NFO.signedAt for p, *_ in ent.statements)]
    if not todo:
        return
    places = {}
    for s, e, ent in spans_of:
        if kind_of(ent.cls) == "place" and not ent.role:
            old = places.get(s)
            if old is None or e > old[1]:
                places[s] = (s, e, ent)
    if not places:
        return
    for ag in todo:
        for sp in ag.mentions:
            got = _place(text, sp.start, places)
            if got is not None:
                ag.add(NFO.signedAt, got[2].iri, Span(min(sp.start, got[0]), max(sp.end, got[1])),
                       "agreement:signed-in-place")
                break


def _sentence(text, pos) -> tuple[int, int]:
    """The sentence around ``pos``, roughly: from after the last ". " or blank line before it to
    the next ". " or blank line (not the stop of "Co., Ltd." or an initial)."""
    para = text.rfind("\n\n", 0, pos)
    para = 0 if para < 0 else para + 2
    a = text.rfind(". ", para, pos)
    while a > para and _ABBREV.search(text, max(para, a - 6), a):
        a = text.rfind(". ", para, a)         # "Co., Ltd. signed": no sentence ends there
    ss = para if a < para else a + 2
    b = text.find(". ", pos)
    while b >= 0 and _ABBREV.search(text, max(ss, b - 6), b):
        b = text.find(". ", b + 2)              # "A Co., Ltd. and B signed": goes on
    ends = [i for i in (b, text.find("\n\n", pos)) if i >= 0]
    return ss, (min(ends) if ends else len(text))


def _place(text, pos, places):
    ss, se = _sentence(text, pos)
    for m in _SIGNED_IN.finditer(text, ss, se):
        if _STOP_GAP.search(m.group("gap")):
            continue
        x = places.get(m.end())
        if x is not None:
            return x
    o = _OPENS_IN.match(text, ss)
    if o is not None and o.end() in places and any(v in text[ss:se] for v in _VERBS):
        x = places[o.end()]
        if text[x[1]:x[1] + 1] == ",":
            return x
    return None
