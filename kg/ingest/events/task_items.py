"""The tasks a plan lists in the imperative, each with a date still to come::

    6. Plans for next year
     - Add a cold store to the vegetable base before next summer.
     - Train six young villagers in online sales with X University in the spring of 2027.
    3. Complete the zone sewage plant hand-over by the end of June.

A work summary's "tasks for next year", a report's "plans", a guide's "next steps": each item
that opens with a verb of a step (``data/task-verbs.txt``: add, build, complete, hold, open,
train ...) and holds a date not before the document's (a month printed without its year falls
in the next year when its month has passed: the plan is for what comes) is a planned step
(rule ``event:dated-task``, 0.4; a date it sets itself, no other rule's): labelled by the
verb's noun and its object ("Addition of a cold store to the vegetable base"; "hold" and
"host" name the thing held), its ``nfo:plannedDate`` the date, about the sites and projects of
its object, the organisations after "with" taking part. An event the draft already names in
the item ("the hand-over") takes the date instead, when it has none but a guess from its
sentence (:func:`keep_task_dates` restores it after the dates are attached); an agreement is left to
the agreement rules, an item with no date to come to the reader. Linear: one anchored match
per line start, each item read within a bounded window."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates, roll_forward
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import AtLineStarts
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:dated-task", 0.4
_ITEM = re.compile(r"(?m)^[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]+"
                   r"(?P<verb>[A-Z][a-z]+)[ \t]+(?=[a-z0-9])")
_ITEM_LINES = AtLineStarts(_ITEM)       # (tried only where a line starts)
_END = re.compile(r"\.(?=\s)|;|\n[ \t]*\n|\n[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]")
_LONGEST = 400
# a date's lead ("before next summer", "by the end of June", "in the spring of 2027")
_LEAD = re.compile(r"[ \t\n,]+(?:(?:in|on|by|before|from|during|around|after|until|no\s+later\s+than)"
                   r"(?:[ \t\n]+the[ \t\n]+(?:end|beginning|start|middle|first\s+half|second\s+half)"
                   r"[ \t\n]+of)?(?:[ \t\n]+(?:the|early|late|mid-?))?)?[ \t\n]*$", re.I)
_ASIDE = re.compile(r",[ \t\n]+(?:which|who|that|when|where)\b")
_WITH = re.compile(r"\bwith\b")
_PREPOSITION = re.compile(r"(?:for|with|to|at|on|in|into|from|about)\b")
_ABOUT = ("project", "place")
_DATES = (NFO.startDate, NFO.plannedDate, NFO.endDate)
_GUESS = "context:date"


@lru_cache(maxsize=None)
def _verbs() -> dict:
    return {v: (noun, cls) for v, noun, cls in (line.split() for line in lines("task-verbs"))}


def step_verb(words: str) -> str | None:
    """The verb of a step a task opens with ("File the line project ..."), or None."""
    first = words.split(None, 1)[0] if words.strip() else ""
    return first if first[:1].isupper() and first.lower() in _verbs() else None


def step_label(verb: str, obj: str) -> tuple[str, str]:
    """(label, class) of the step ``verb`` ``obj``: "Addition of a cold store to the base";
    a thing held names itself ("Seed fair for the villagers")."""
    noun, cls = _verbs()[verb.lower()]
    if noun == "-":
        return obj[:1].upper() + obj[1:], cls
    # ("Register for X": "Registration for X", not "of for X")
    joint = " " if _PREPOSITION.match(obj) else " of "
    return f"{noun}{joint}{obj}", cls


def _ahead(value: str, doc_date: str) -> bool:
    n = min(len(value), len(doc_date))
    return value[:n] >= doc_date[:n]


def propose(draft, spans_of, minter, kind_of) -> list:
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    if doc_date is None:
        return []
    items = [m for m in _ITEM_LINES.finditer(text) if m.group("verb").lower() in _verbs()]
    if not items:
        return []
    dates = find_dates(text, doc_date[:4], extended=True, doc_date=doc_date)
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    out = []
    for m in items:
        a = m.start("verb")
        stop = _END.search(text, m.end(), min(len(text), a + _LONGEST))
        b = stop.start() if stop else min(len(text), a + _LONGEST)
        aside = _ASIDE.search(text, a, b)
        if aside is not None:
            b = aside.start()       # (", which chose it in September": another time)
        inside = [d for d in dates if a < d.start < b]      # ("in March." ends past it)
        if not inside:
            continue
        d = roll_forward(text, inside[-1], doc_date)
        value = d.value
        if d.kind == "gYearMonth" and not re.search(r"(?:19|20)\d\d", text[d.start:d.end]) \
                and value < doc_date[:7]:
            value = f"{int(value[:4]) + 1:04d}{value[4:]}"     # (a plan's June: the next one)
        if not _ahead(value, doc_date):
            continue
        names = [x for x in spans[bisect.bisect_left(starts, a):bisect.bisect_left(starts, d.end)]
                 if x[1] <= d.end]
        held = [e for _, _, e in names if not e.known and kind_of(e.cls) in ("event", "agreement")]
        span = Span(a, d.end)
        if held:
            for e in held:
                # (a date the relation rules guessed from the sentence gives way)
                if kind_of(e.cls) == "event" and not any(
                        p in _DATES and r != _GUESS for p, _, _, r in e.statements):
                    e.statements[:] = [st for st in e.statements if st[0] not in _DATES]
                    e.add(NFO.plannedDate, date_literal(value), span, RULE)
                    draft.__dict__.setdefault("_task_dates", []).append((e, value, span))
            continue
        lead = _LEAD.search(text, m.end(), d.start)
        obj = " ".join(text[m.end():lead.start() if lead else d.start].split()).rstrip(" ,")
        if not obj or len(obj.split()) > 16:
            continue
        w = _WITH.search(obj)
        core = obj[:w.start()].rstrip(" ,") if w else obj
        if not core.strip(".,;:-"):
            continue    # ("- Meet with X in May": no object, no label but "Meeting of ")
        label, cls = step_label(m.group("verb"), core)
        ent = Entity(minter.mint("event", value, " ".join(label.split()[:8])), NFO[cls], label,
                     False, RULE, CONFIDENCE, role=True)
        ent.mentions.append(span)
        ent.add(NFO.plannedDate, date_literal(value), span, RULE)
        with_at = text.find(" with ", a, d.start)
        for s, e, other in names:
            k = kind_of(other.cls)
            if k in _ABOUT and not other.role and (with_at == -1 or s < with_at):
                ent.add(NFO.about, other.iri, span, RULE)
            elif k == "org" and with_at != -1 and s > with_at:
                ent.add(NFO.participant, other.iri, span, RULE)
        draft.entities[ent.iri] = ent
        spans_of.append((a, d.end, ent))
        out.append(ent)
    return out


def keep_task_dates(draft) -> None:
    """After the dates are attached: an event a task names keeps the task's date (the clause's
    date the attaching rules read for it is the same date, read as past)."""
    for e, value, span in draft.__dict__.get("_task_dates", ()):
        e.statements[:] = [st for st in e.statements if st[0] not in _DATES or st[3] == RULE]
        e.add(NFO.plannedDate, date_literal(value), span, RULE)
