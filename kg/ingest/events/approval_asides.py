"""Approvals a text tells in passing, by who gave them and when, with no subject of their own:
"As approved by the X Provincial Commission on 3 December, Y retires ...", "the league elected
a full committee, as approved by the Z Working Committee on 2 November", "With the approval of
the W Commission (SASAC) dated 19 June 2026, the board appointed ...", a table's cell "Approved
by the V Bureau on 20 November 2026". Decisions, appointments and transfers cite the approval
they rest on so; the curators make a milestone of each, by the body that gave it.

The phrase -- "approved by" (after "as", a comma, a bracket, a line's or a sentence's start:
not "The plan was approved by ...", a clause the verb-clause rules read) or "with the approval
of" -- is followed by an organisation's name (a bracketed short form after it may follow),
then "on", "in", "dated" or nothing, and a date; after "with the approval of" only "dated", the
day of the approving letter (round 56: the phrase with "on", "in" or nothing cost a kept-aside
set four wrong pairs and a right one; numbers only, the set unread). The milestone (rule
``event:approved-by``, 0.45) is labelled "Approval by <the body>", ``nfo:organizedBy`` the body,
dated by the day (``nfo:startDate``; as precise as printed), its evidence from the phrase to the
date.
Not read: a date that is a span, a body not named right after the phrase. Linear: the phrase is
looked for only around its words (:class:`kg.ingest.reading.windows.Near`), a bounded look
after each."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.reading.windows import Near
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:approved-by", 0.45
_PHRASE = Near(re.compile(r"(?:\b[Aa]s )?\b(?:[Aa]pproved|APPROVED) (?:by|BY) |"
                          r"\b[Ww]ith the approval of "), ("approved by", "approval of"),
               before=10, after=10, lower=True)
# what stands before "approved by" when it opens an aside or a line: not a subject and "was"
# (a line's start counts after a blank line only: "... report was\napproved by" is a clause's)
_OPENS = re.compile(r"(?:[,;(|:]|[.!?][\"'\u201d\u2019)]?|\n[ \t]*\n)\s*\Z")
# between the body's name and the date: a short form in brackets, a preposition
_GAP = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:,[ \t]*)?(?:(?:on|in|dated|of)[ \t\n]+)?"
                  r"(?:the[ \t]+)?")
_REACH = 200
_DATED = re.compile(r"\bdated\s")


def approval_asides(draft, dates, within, kind_of, minter) -> tuple[list, set]:
    """The milestones described above, and the ends of the dates they took."""
    text = draft.text
    made, used = [], set()
    starts = [d.start for d in dates]
    for m in _PHRASE.finditer(text):
        lead = m.group(0)[:3].lower()
        if lead != "as " and lead != "wit" and not _OPENS.search(
                text, max(0, m.start() - 40), m.start()) and (
                m.start() > 40 or text[:m.start()].strip()):
            continue
        at = m.end()
        names = [x for x in within(at, at + _REACH) if x[0] <= at + 4]
        orgs = [x for x in names if kind_of(x[2]) == "org"]
        if not orgs:
            continue
        s, e, org = min(orgs, key=lambda x: (x[0], -x[1]))
        if text[at:s].strip().lower() not in ("", "the"):
            continue
        gap = _GAP.match(text, e)
        if lead == "wit" and not _DATED.search(gap.group(0)):
            continue
        i = bisect.bisect_left(starts, gap.end())
        if i >= len(dates) or dates[i].start != gap.end():
            continue
        d = dates[i]
        if d.until or d.kind not in ("date", "gYearMonth", "gYear") or d.end in used:
            continue
        span = Span(m.start(), d.end)
        ent = Entity(minter.mint("event", d.value, "approval", org.label), NFO.Milestone,
                     f"Approval by {org.label}", False, RULE, CONFIDENCE)
        ent.mentions.append(span)
        ent.add(NFO.startDate, date_literal(d.value), span, RULE)
        ent.add(NFO.organizedBy, org.iri, span, RULE)
        draft.entities[ent.iri] = ent
        made.append(ent)
        used.add(d.end)
    return made, used
