"""Where an event minted from its own clause happens, when that clause prints the place: "The
first briefing takes place in Xi'an on Monday", "The committee will inspect the smelters in Y
County in March", "Training will be given at the X Centre". The events of a clause made after
the relation rules (a step still to come, a task with its day, a clause with a verb of what
happened: ``event:future-step``, ``event:planned-milestone``, ``event:dated-task``,
``event:verb-clause``) get no place from them; here each such event that no rule places yet
(a guess of the co-occurrence rules does not count) is held in the venue printed inside its own
mention right after "at" (a site or an organisation whose name ends with a venue's word,
data/venue-heads.txt: "opening of the bids at the X Trading Center"), or in the place printed
after a verb of holding and "in"/"at" ("takes place in Xi'an", "the board met in Y"). A bare
"in X" is not enough: "deliver the trays to carmakers in Hefei", "schools in Z will reopen"
name where something else is (on the dev sets such places were the event's about one time in
five).
Not a place that locates another name of the clause ("the line of X Co., Ltd. in Y": Y is the
company's town; events/clause_places.where_else) nor one printed inside a longer name.
``nfo:heldIn``, rule ``event:clause-venue@0.4``. Linear: the spans are sorted once, each
mention looked up by bisection."""
from __future__ import annotations

import re

from kg.ingest.events.clause_places import where_else
from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.mention_names import outer_names
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

RULE = "event:clause-venue@0.4"
_CLAUSE_RULES = ("event:future-step", "event:planned-milestone", "event:verb-clause",
                 "event:dated-task")
_GUESSES = ("cooccur:", "prior:", "context:")
# "takes place in X", "will be held at the Y", "the board met in Z": a verb of holding, at most
# 40 characters of its own clause, then "in"/"at"
_HELD = re.compile(r"\b(?:held|hold|holds|take[sn]?\s+place|took\s+place|taking\s+place|"
                   r"convened?|convenes|meets?|met|staged?|hosted)\b[^,.;:()\n]{0,40}?"
                   r"\b(?:in|at)\s+(?:the\s+)?$", re.I)
_AT = re.compile(r"\bat\s+(?:the\s+)?$")


def _heads() -> tuple:
    return tuple(h.lower() for h in lines("venue-heads"))


def clause_venues(draft, spans_of) -> int:
    """Add ``nfo:heldIn`` from the clause events no rule places to the place their own mention
    prints after "in"/"at"; returns how many."""
    events = [x for x in draft.entities.values()
              if not x.known and x.mentions and kind(x) == "event" and
              x.rule.startswith(_CLAUSE_RULES) and
              not any(p == NFO.heldIn and not r.startswith(_GUESSES)
                      for p, _, _, r in x.statements)]
    if not events:
        return 0
    text = draft.text
    spans = list(spans_by_start_longest(spans_of))
    starts = [s for s, _, _ in spans]
    heads = None
    n = 0
    for ent in events:
        got = None
        for m, inner, a, b, x in outer_names(ent, spans, starts):
            k = kind(x)
            if x.role or k not in ("org", "place"):
                continue
            if heads is None:
                heads = _heads()
            if text[a:b].lower().rstrip(" .").endswith(heads):
                if not _AT.search(text, max(m.start, a - 8), a):
                    continue        # "... at the X Center": a venue's name
            elif k != "place" or not _HELD.search(text, max(m.start, a - 70), a):
                continue            # "takes place in Xi'an": a verb of holding
            if where_else(text, inner, a, b):
                continue            # ("X Co., Ltd. in Y": X's town)
            got = (x, Span(m.start, m.end))
            break
        if got is not None:
            ent.add(NFO.heldIn, got[0].iri, got[1], RULE)
            n += 1
    return n
