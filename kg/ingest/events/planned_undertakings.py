"""Undertakings a sentence opens with and says will start, finish or be carried out:
"Renovation of the old clinics will start in May", "A fund for injured workers will begin next
year", "A price survey of the sample firms is to be carried out in June", "Digitisation of the
1950s files is to be finished by 2028". The subject -- an optional "a / an / the", up to three
lower-case words, a head noun of ``data/planned-undertaking-heads.txt`` and "of / for / on / in /
at / with" and what it is of (up to 90 characters, no stop or comma in it: "X, approved by
the bureau in June, is to be ..." is another rule's works) -- is one new ``nfo:Project``
(rule ``project:planned-undertaking``, confidence 0.45), labelled by the subject without its
determiner ("Fund for injured workers"); who runs it, where and when are read later like any
project's (:mod:`kg.ingest.relations.projects`, the date rules).

The predicate: "will / shall / is to / are to / is due to / is planned to / is expected to",
an optional "be", and "start / begin / open / finish(ed) / complete(d) / launch(ed) / carried
out / run". The subject opens its sentence: after a full stop or semicolon, at a paragraph's or
a line's start (the line before ending in a stop or blank), or after a list mark ("1)",
"(2)", "-"). Refused: a subject another rule read (in part) as a project, agreement, policy or
event, one that crosses a name's end, a denied sentence ("will not start"). One pass of one
pattern over the predicates, a bounded look back from each: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.started_works import project_named
from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.reading.mood import denied
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "project:planned-undertaking", 0.45
_KINDS = ("project", "agreement", "policy", "event")
_BACK = 160         # how far back from its predicate a subject may open
# (tried only where a run of white space starts: a long run of blanks is read once)
_PREDICATE = re.compile(
    r"(?<![ \t\n])[ \t\n]+(?:will|shall|is[ \t\n]+to|are[ \t\n]+to|is[ \t\n]+due[ \t\n]+to|"
    r"is[ \t\n]+planned[ \t\n]+to|is[ \t\n]+expected[ \t\n]+to)[ \t\n]+(?:be[ \t\n]+)?"
    r"(?:start|begin|open|finish|finished|complete|completed|launch|launched|"
    r"carried[ \t\n]+out|run)\b")
# where a sentence opens: a stop, a paragraph, a list mark at a line's start
_OPENING = re.compile(r"(?:[.;!?][ \t\n]+|\n[ \t]*\n[ \t]*|^[ \t]*)"
                      r"(?P<mark>(?:\(?\d{1,2}[.)]|\(?[a-z][.)]|[-*\u2022])[ \t]+)?", re.M)


@lru_cache(maxsize=None)
def _subject() -> re.Pattern:
    heads = alternation("planned-undertaking-heads", lower=True)
    heads = "|".join(f"[{h[0].upper()}{h[0]}]{h[1:]}" for h in heads.split("|"))
    return re.compile(
        rf"(?P<det>(?:[Aa]n?|[Tt]he)[ \t\n]+)?"
        rf"(?P<np>(?:[a-z][a-z\-]*[ \t\n]+){{0,3}}?(?:{heads})[ \t\n]+"
        rf"(?:of|for|on|in|at|with)[ \t\n]+[^.,;:!?\n]{{2,90}}?(?:\n[^.,;:!?\n]{{1,60}}?)?)")


def _opening(text: str, lo: int, p: int) -> int | None:
    """Where the sentence that holds ``p`` opens, looking back to ``lo``; None when no opening
    lies in between (a line start counts only after a blank line or a stop)."""
    best = None
    for m in _OPENING.finditer(text, lo, p):
        if m.group(0).strip(" \t") == "" and m.start() > 0 and not m.group("mark"):
            # a bare line start: only when the line before ends a sentence
            before = text[:m.start()].rstrip(" \t\n")
            if before and before[-1] not in ".;:!?":
                continue
        best = m.end()
    return best


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the undertakings whose sentences say they will start or finish; returns them."""
    text = draft.text
    if not any(w in text for w in (" will ", " shall ", " is to ", " are to ", " due to ",
                                   " planned to ", " expected to ", "\nwill ", "\nshall ")):
        return []
    spans = spans_by_start(spans_of)
    within = overlapping(spans, [x[0] for x in spans])
    sents = None
    made, by_label = [], {}
    for m in _PREDICATE.finditer(text):
        p = m.start()
        lo = max(0, p - _BACK)
        a = _opening(text, lo, p)
        if a is None:
            continue
        s = _subject().fullmatch(text, a, p)
        if s is None:
            continue
        b = s.end("np")
        if any(kind_of(x.cls) in _KINDS or x0 < a or x1 > b for x0, x1, x in within(a, b)):
            continue        # (another rule's project or event, or a name across the subject)
        sents = sents or Sentences(text)
        if denied(text, sents, a, m.end()):
            continue
        np_at = s.start("np")
        ent, _ = project_named(draft, minter, by_label, text[np_at:b], RULE, CONFIDENCE)
        if s.group("det"):
            ent.aliases.add(" ".join(text[a:b].split()))
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
    spans_of.extend(made)
    return [x[2] for x in made]
