"""A heading over a list that names a decision ending what the list holds::

    II. LICENCES CANCELLED (2)
    III. QUALIFICATIONS REVOKED
    TERMINATED (1 project)

A notice of licences renewed and cancelled, of projects passed and terminated, of
qualifications granted and revoked sets the items out under such headings; the curators make
one event of each heading of an ending decision (``data/ending-decisions.txt``: cancelled,
revoked, terminated, withdrawn, suspended ...), not of a grant (the things granted are the
entities). The heading is a line of its own (a blank line or the text's start before it, a
line of words after it), at most an item's numeral, up to four words and the participle last,
in capitals or each word capitalised, then at most a bracket with a count ("(2)", "(1
project)"). The event (rule ``event:decision-heading``, 0.35, an ``nfo:Milestone``) is
labelled by the decision's noun and what the heading or its bracket names ("Revocation of
qualifications", "Termination of projects"); its evidence is the heading; it is dated by the
document's day (the notice decides it). No roles are guessed: who decided and what it is
about are left to the reviewer. Linear: one pattern over the text's lines."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:decision-heading", 0.35


@lru_cache(maxsize=None)
def _decisions() -> dict:
    return {w.lower(): noun for w, noun in (line.split(None, 1) for line in lines("ending-decisions"))}


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    alts = "|".join(sorted(_decisions(), key=len, reverse=True))
    return re.compile(
        r"^[ \t]*(?P<line>(?:(?:[IVX]{1,4}|\d{1,2})[.)][ \t]+)?"
        r"(?P<what>(?:[A-Z][A-Za-z-]*[ \t]+){0,4})(?P<verb>" + alts + r")"
        r"(?:[ \t]+\((?P<count>\d{1,3})(?:[ \t]+(?P<noun>[a-z]+))?\))?)[ \t]*$",
        re.I | re.M)


def _same_case(words: list[str], verb: str) -> bool:
    """All capitals ("LICENCES CANCELLED"), or each word capitalised ("Licences Cancelled")."""
    every = words + [verb]
    return all(w.isupper() for w in every) or all(w[:1].isupper() and not w[1:].isupper()
                                                   for w in every)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each heading described above; returns them."""
    text = draft.text
    low = text.lower()
    if not any(v in low for v in _decisions()):
        return []
    held = draft.cover(lambda e: kind_of(e.cls) == "event")
    out = []
    for m in _pattern().finditer(text):
        a, b = m.span("line")
        ls = text.rfind("\n", 0, a)
        if ls > 0 and text[text.rfind("\n", 0, ls) + 1:ls].strip():
            continue        # (a line of words right before it: no heading of its own)
        words = m.group("what").split()
        verb = m.group("verb")
        if not _same_case(words, verb) or any(held[a:b]):
            continue
        noun = _decisions()[verb.lower()]
        # (what the heading names, else its bracket's noun: "TERMINATED (1 project)")
        thing = " ".join(words).lower() or (m.group("noun") or "").lower()
        label = f"{noun} of {thing}" if thing else noun
        ent = Entity(minter.mint("event", label), NFO.Milestone, label, False, RULE, CONFIDENCE,
                     role=True)
        span = Span(a, b)
        ent.mentions.append(span)
        ent.aliases.add(" ".join(text[a:b].split()))
        if draft.date is not None:
            ent.add(NFO.startDate, date_literal(str(draft.date)), span, RULE)
        draft.entities[ent.iri] = ent
        spans_of.append((a, b, ent))
        held[a:b] = b"\x01" * (b - a)
        out.append(ent)
    return out
