"""Where an agreement was signed, when the text gives a place and no signing event: "A and B
signed a supply agreement in Kinshasa on Tuesday", "The memorandum was inked in Almaty", "In
Conakry, A and B signed ...": ``nfo:signedAt`` the place (rule ``agreement:signed-in-place``).

It runs after the event rules (events/signing.py: "At the ceremony, A signed ..."), and leaves an
agreement they gave an event alone. The place is a place the draft has, named right after "in" /
"at" (or "in the capital / city of") in the clause of a form of "sign" (up to the clause's end),
or opening the sentence ("In X, ... signed ..."). Not: "signed in 2024", "signed in June",
"signed in the presence of", a place after a purpose ("signed a deal to build a refinery in
X": the refinery's), a place after a comma ("signed a deal in 2024, the companies said in
Moscow"), a place of a clause with no signing verb.

One pattern search per agreement mention's sentence (found by ``str.rfind`` / ``str.find``
around it): linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

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
# a purpose after the deal, "to <verb>" ("signed a deal on Monday to build a refinery in X"):
# the place after it is the purpose's (where the refinery will stand), not the signing's
_PURPOSE = re.compile(r"\bto[ \t\n]+(?!(?:the|a|an|its|their|his|her|this|that|date)\b)[a-z]+\b")


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


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


_LONGEST = 1500         # characters of a sentence on either side of a mention


def _stop_before(text, lo, hi) -> int:
    """The last full stop in ``text[lo:hi]`` that a space or a line break follows (-1: none)."""
    return max(text.rfind(". ", lo, hi), text.rfind(".\n", lo, hi))


def _stop_after(text, lo, hi) -> int:
    """The first full stop in ``text[lo:hi]`` that a space or a line break follows (-1: none)."""
    got = [i for i in (text.find(". ", lo, hi), text.find(".\n", lo, hi)) if i >= 0]
    return min(got) if got else -1


def _sentence(text, pos) -> tuple[int, int]:
    """The sentence around ``pos``, roughly: from after the last full stop (before a space or a
    line break) or blank line before it to the next (not the stop of "Co., Ltd." or an
    initial), at most :data:`_LONGEST` characters either side: a list of thousands of deals one
    a line, each "X Co., Ltd. signed ...", is not walked over from its first line for each deal."""
    lo = max(0, pos - _LONGEST)
    para = text.rfind("\n\n", lo, pos)
    para = lo if para < 0 else para + 2
    a = _stop_before(text, para, pos)
    while a > para and _ABBREV.search(text, max(para, a - 6), a):
        a = _stop_before(text, para, a)       # "Co., Ltd. signed": no sentence ends there
    ss = para if a < para else a + 2
    hi = min(len(text), pos + _LONGEST)
    b = _stop_after(text, pos, hi)
    while b >= 0 and _ABBREV.search(text, max(ss, b - 6), b):
        b = _stop_after(text, b + 2, hi)        # "A Co., Ltd. and B signed": goes on
    ends = [i for i in (b, text.find("\n\n", pos, hi)) if i >= 0]
    return ss, (min(ends) if ends else hi)


def _place(text, pos, places):
    ss, se = _sentence(text, pos)
    for m in _SIGNED_IN.finditer(text, ss, se):
        if _STOP_GAP.search(m.group("gap")) or _PURPOSE.search(m.group("gap")):
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
