"""A meeting named in lower case by its ordinal: "adopted at the third plenary meeting on 8
January", "raised it at the fourth session in March", "The first joint review meeting is planned
in Hai Phong next March", "the second extraordinary general meeting of 2026". A body of any
kind (a board, a congress, a council, a committee, a working group) numbers its sittings so,
and the text often names the sitting by nothing else; no name rule sees it (no capital) and the
noun-phrase rule of :mod:`kg.ingest.events.happenings` wants a tail ("of the board") after a
meeting's noun.

After a determiner ("the", "a", "its", "their", "our"), an ordinal (``data/ordinal-words.txt``
or "22nd"), at most three lower-case words and a meeting's noun
(``data/ordinal-meeting-nouns.txt``), optionally "of" and who sits ("of shareholders", "of
creditors") and "of <year>", with a day after it in its sentence ("on 8 January", "next March",
"in 2028"; a day before it is its clause's main verb's: "drafting began in March after deputies
made a suggestion at the fourth session"): a ``nfo:Meeting`` (rule
``event:ordinal-meeting``, 0.5) labelled by the phrase without its determiner, its mention the
phrase. It runs after the other lower-case event rules (a meeting one of them named with its
holder, "Second council meeting of X", stays theirs). Its date, place and holder are read later
by the rules that read any event's (:mod:`kg.ingest.events.date_attach`...).

Not read: a phrase a name or event of the draft overlaps (the name rules' "Fourth Session of
the Second Workers' Congress", the noun-phrase rule's "first meeting of the ninth board"); "the
fourth session" where the draft already has an event whose label holds that ordinal and noun
(the same sitting, named in full before: a reference back); "the first such meeting" (a kind
named before); a plural ("the first sessions"). One pattern over the text, gated on the nouns:
linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.windows import near
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:ordinal-meeting", 0.5
# words between the ordinal and the noun that make the phrase no meeting's name of its own
_NOT_MODS = {"such", "and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "for", "by",
             "with", "was", "were", "is", "are", "be", "been", "will", "had", "has", "have",
             "day", "half", "time", "round", "batch", "phase", "stage", "year", "quarter"}


# when the sitting is, said after it in its sentence: a month, a weekday, a year, "next month"
_WHEN = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
                   r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:19|20)\d\d|"
                   r"today|tomorrow|yesterday|(?:next|this|last)[ \t\n]+(?:week|month|year|"
                   r"quarter|spring|summer|autumn|fall|winter)|the[ \t\n]+\d{1,2}(?:st|nd|rd|th))\b")
# where its sentence ends
_END = re.compile(r"[.;!?](?=\s|$)|\n[ \t]*\n")
_REACH = 200        # how far after the phrase its day may stand (characters)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    ords = alternation("ordinal-words", lower=True)
    nouns = alternation("ordinal-meeting-nouns", lower=True)
    return re.compile(
        r"(?<![\w\-])(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Oo]ur)[ \t\n]+"
        rf"(?P<ph>(?P<ord>(?:{ords})|\d{{1,3}}(?:st|nd|rd|th))[ \t\n]+"
        r"(?P<mods>(?:[a-z][\w\-]*[ \t\n]+){0,3}?)"
        rf"(?P<head>{nouns})"
        # (whose sitting: "of shareholders", "of creditors"; of which year: "of 2026")
        r"(?:[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?(?!(?:its|their|these|those|this|that)\b)"
        r"[a-z]+s(?![\w\-'\u2019]))?"
        r"(?:[ \t\n]+of[ \t\n]+(?:19|20)\d\d(?!\d))?)"
        r"(?![\w\-'\u2019])")


@lru_cache(maxsize=1)
def heads() -> tuple:
    """The first word of each noun of the list: every match prints one, and reads no full stop,
    comma, semicolon or colon (the pattern is run only in the stretches between those that
    print one: reading/windows.py)."""
    return tuple(sorted({w.split()[0] for w in words("ordinal-meeting-nouns")}))


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the lower-case ordinal meetings of ``draft.text`` to the draft and ``spans_of``;
    returns the new entities."""
    text = draft.text
    rx = _pattern()
    made: list = []
    events = [e for e in draft.entities.values() if kind_of(e.cls) == "event"]
    for m in near(rx, text, heads(), stops=".,;:"):
        mods = m.group("mods").split()
        if any(w in _NOT_MODS for w in mods):
            continue
        a, b = m.span("ph")
        end = _END.search(text, b, b + _REACH)
        if _WHEN.search(text, b, end.start() if end else b + _REACH) is None:
            continue        # "made a suggestion at the fourth session.": no day of its own
            # (the clause's day before it is its main verb's: "drafting began in March ...")
        if any(s < b and a < e for s, e, _ in spans_of):
            continue        # a name or an event of the draft reads it already
        ordinal, head = m.group("ord").lower(), m.group("head").lower().split()[-1]
        if any(ordinal in e.label.lower().split() and head in e.label.lower()
               for e in events if e.rule != RULE):
            continue        # "the fourth session": the one named in full before
        label = " ".join(text[a:b].split())
        label = label[:1].upper() + label[1:]
        ent = Entity(minter.mint(label), NFO.Meeting, label, False, RULE, CONFIDENCE)
        draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        spans_of.append((a, b, ent))
        made.append(ent)
    return made
