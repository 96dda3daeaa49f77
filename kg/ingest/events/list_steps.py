"""Steps a plan lists in its telegraphic style, with no finite verb, each a planned milestone::

    PLAN FOR NEXT WEEK
       - refractory lining of furnace No. 1 to start on Wednesday, 28 October;
       - substation energising planned for Saturday, 31 October;
    The owner keeps its target of trial production in the second quarter of 2027.

:mod:`kg.ingest.events.future_steps` needs a plan word with its verb ("is to start", "will
begin"); a list of next steps drops them. Here a list item (after "-", "*", a bullet or a
number) that is a noun phrase, then "to <verb>" or "planned / scheduled / due / expected"
(perhaps "for" or "to <verb>"), then a preposition of time and a date still to come, is a
``nfo:Milestone`` with that date as its ``nfo:plannedDate`` (:mod:`kg.ingest.relations.stated_mood`
reads a day after the document's as planned); so is "target of <noun phrase> in / by
<date>" anywhere. Round 39: so is a part of a plan that is a step's noun phrase and its day alone, after a
semicolon, a colon or the line's start, its last word (or the one before "of") a noun of
``data/listed-step-nouns.txt``, nothing after the day but the part's end ("Next steps: ...; full
output in the third quarter of next year", "...; hiring in January next year"; not "production
in 2027 30,000 t"). The noun phrase holds no finite verb (else it is a clause, read by the clause
rules) and the date is not before the document's. The evidence runs from the item's first word
to the date; the label is the item's words before its preposition. Linear: one look at each
date's line, within a bounded window before it."""
from __future__ import annotations

import re

from kg.ingest.events.years import document_year
from kg.ingest.lexicon import words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.occurrences import line_start, occurrences
from kg.ingest.reading.weekday_years import WEEKDAY
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:list-step", 0.35
_WD = rf"(?:{WEEKDAY}\.?,?[ \t\n]+)"
_CUE = (r"(?:to[ \t\n]+(?:start|begin|commence|resume|restart|open|finish|end|be[ \t\n]+[a-z]+ed)"
        r"|(?:planned|scheduled|due|expected|set|targeted)(?:[ \t\n]+to[ \t\n]+[a-z]+)?)")
_LEAD = rf"[ \t\n]+(?:on|in|for|by|before|from|at|around|during)[ \t\n]+(?:the[ \t\n]+)?{_WD}?$"
_ITEM = re.compile(r"[ \t]*(?:[-*\u2022\u00b7]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]+"
                   rf"(?P<np>[A-Za-z](?:[^;:.!?\n]|(?<=No)\.){{2,100}}?(?:\n[ \t]+[^;:.!?\n]{{1,80}}?)?)"
                   rf"[ \t\n]+(?P<cue>{_CUE}){_LEAD}")
_TARGET = re.compile(rf"\btarget[ \t\n]+(?:of|for)[ \t\n]+(?P<np>[a-z][\w \t\n-]{{2,60}}?)"
                     r"[ \t\n]+(?:in|by|before)[ \t\n]+(?:the[ \t\n]+)?$")
# a part of a plan that is a step's noun phrase and its day alone, after a semicolon, a colon or
# the line's start ("...; full output in the third quarter of next year", "hiring in January")
_PART_OPEN = re.compile(r"(?:^|(?<=[;:])|(?<=\n))[ \t]*(?:[-*\u2022\u00b7][ \t]+)?"
                        r"(?P<np>(?!(?i:in|on|at|by|to|for|from|with|of|and|or)[ \t])"
                        r"[A-Za-z][a-z-]*(?:[ \t]+[a-z][a-z-]*){0,4}?)"
                        r"(?:[ \t]+of[ \t]+(?P<of>[^;:.\n\d]{1,50}?))?"
                        r"[ \t\n]+(?:in|by|before|from)[ \t\n]+(?:the[ \t\n]+(?:end|start|beginning|"
                        r"middle|first[ \t]+half|second[ \t]+half)[ \t\n]+of[ \t\n]+)?(?:(?:early|late|mid)"
                        r"[ \t-]+)?(?:the[ \t\n]+)?$")
_PART_SPAN = 140
_PART_END = re.compile(r"[ \t]*(?:[.;]|\n|$)")


def _listed_part(text: str, d, lo: int):
    """The match of a part that is a step's noun phrase and ``d`` alone (``_PART_OPEN``), its
    last word (or the one before "of") a noun of ``data/listed-step-nouns.txt``, and nothing
    after the day but the part's end; else None."""
    if _PART_END.match(text, d.end) is None:
        return None
    lo = max(lo, d.start - _PART_SPAN)
    cut = max(text.rfind(";", lo, d.start), text.rfind(":", lo, d.start), text.rfind("\n", lo, d.start))
    if cut < 0 and lo > 0:
        return None
    m = _PART_OPEN.match(text, cut + 1 if cut >= 0 else lo, d.start)
    if m is None or m.end() != d.start:
        return None
    head = m.group("np").split()[-1].lower()
    nouns = words("listed-step-nouns")
    if not (head in nouns or head.endswith("s") and head[:-1] in nouns
            or head.endswith("ies") and head[:-3] + "y" in nouns):
        return None
    return m


_ITEM_SPAN = 400       # the longest item _ITEM reads before its date (marker, 180, cue, lead)
_TARGET_SPAN = 120     # the longest "target of ... in" before its date
_FINITE = re.compile(r"\b(?:is|are|was|were|will|shall|has|have|had|be|been|would|should)\b")


def _ahead(value: str, doc_date: str | None) -> bool:
    if not doc_date:
        return True
    n = min(len(value), len(doc_date))
    return value[:n] >= doc_date[:n]


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add a planned milestone for each listed step described above; returns them."""
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    year = document_year(text, doc_date)
    held = draft.cover(lambda e: kind_of(e.cls) == "event")
    out = []
    breaks = occurrences(text, "\n")
    for d in find_dates(text, year, extended=True, doc_date=doc_date):
        if d.kind not in ("date", "gYearMonth", "gYear") or not _ahead(d.value, doc_date):
            continue
        # the item's line: up to two lines back (an item wrapped onto the date's line)
        ls = line_start(breaks, d.start)
        prev = line_start(breaks, max(0, ls - 1)) if ls else 0
        m = None
        item = part = False     # (which pattern matched: an item's, a target's or a part's)
        for lo in (ls, prev):
            # (an item is at most a few hundred characters: a line that starts further back, a
            # long one-line text, holds none that ends here, and is not scanned again per date)
            m = _ITEM.fullmatch(text, lo, d.start) if d.start - lo <= _ITEM_SPAN else None
            item = m is not None
            if m is None:
                m = _TARGET.search(text, max(lo, d.start - _TARGET_SPAN), d.start)
            if m is None and lo == ls:
                m = _listed_part(text, d, ls)
                part = m is not None
            if m is not None:
                break
        if m is None or _FINITE.search(m.group("np")):
            continue
        start = m.start("np") if item or part else m.start()
        if any(held[start:d.end]):
            continue
        end_words = m.end("cue") if item else (m.end("of") if part and m.group("of") else
                                                m.end("np"))
        label = " ".join(text[start:end_words].split())
        label = label[:1].upper() + label[1:]
        ent = Entity(minter.mint("event", d.value, " ".join(label.split()[:8])), NFO.Milestone,
                     label, False, RULE, CONFIDENCE, role=True)
        span = Span(start, d.end)
        ent.mentions.append(span)
        # (a day still to come: relations/stated_mood makes it the plannedDate)
        ent.add(NFO.startDate, date_literal(d.value), span, RULE)
        draft.entities[ent.iri] = ent
        spans_of.append((start, d.end, ent))
        held[start:d.end] = b"\x01" * (d.end - start)
        out.append(ent)
    return out
