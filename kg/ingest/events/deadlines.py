"""Deadlines a notice sets for what it asks to be handed in, raised or signed by a day:

    Participants may raise objections in writing until 17:00 on 28 December.
    Each group submits a research report on the lead, zinc and copper sectors by 20 January.
    ... the electronic contracts shall be signed on the platform before 31 December.

A clause (from its sentence's start, a list marker or a ";" to the day) whose day follows
"until", "by", "before" or "no later than" (a time of day between), that holds a thing of
``data/deadline-nouns.txt`` (objections, a report, contracts, bids ...) and a verb that asks or
says it is done (a modal "may / shall / must / should / is to", a request "Please ...", or the
present tense of a verb in -s after the subject: "submits", "sends"), is a milestone: "Deadline for objections",
"Deadline for a research report on the lead, zinc and copper sectors". A duty or a request
with no such thing is the step it asks for (round 33, ``_ASKED``): "Each holder shall pay its
surface fees before 31 January 2027", "Facilities ... are reminded to book an audit firm before
31 January", "Send a CV ... to the office before 31 January 2027" (an imperative of
``data/task-verbs.txt`` opening the clause) give "Deadline to pay its surface fees", "Deadline
to book an audit firm", "Deadline to send a CV ..." (two to ``_ASKED_WORDS`` words; "shall be
...", "must not ..." and a verb alone, "the investigation should end by ...", are none, nor is
an amount, "shall pay 30% of the value by ..."). A day printed without its year that would fall before the
document's date in such a clause is the next one's (:func:`kg.ingest.reading.dates.roll_forward`).
An imperative may open a line under a heading with no stop ("How to apply" over "Return the
form to the office by 31 January"), and hands in a thing of the list as a step asked for
(round 37). None is read in a clause that says
"if", "unless", "not" or "nobody", or opens with a condition ("Should the sale fail, ..."), nor
for a day that comes back ("by 31 January each year": ``step_patterns.RECURRING``, round 46).
Its evidence runs from the clause's start to the day; the day is its
``nfo:startDate`` (:mod:`kg.ingest.relations.stated_mood` makes it a planned date when still to
come); the clause's names and metals are its roles as for a clause event. Rule
``event:deadline`` (0.45). Linear: one look back from each such day, over at most
``_REACH`` characters. A deadline for "the contracts" or "the agreements" (a plural) is about
the agreements the text set out before it (``event:deadline-deals``, 0.4: at most ``_DEALS``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.step_patterns import RECURRING
from kg.ingest.events.task_items import step_verb
from kg.ingest.events.verb_happenings import clause_roles
from kg.ingest.events.years import document_year
from kg.ingest.lexicon import alternation
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates, roll_forward
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:deadline", 0.45
ABOUT_RULE = "event:deadline-deals@0.4"
_DEALS = 12     # at most so many agreements a plural "the contracts" stands for
_REACH = 240
# the cue right before the day: "until 17:00 on", "by", "before", "no later than"
_CUE = re.compile(r"\b(?:until|till|by|before|no[ \t\n]+later[ \t\n]+than|not[ \t\n]+later[ \t\n]+"
                  r"than)[ \t\n]+(?:(?:[0-2]?\d:[0-5]\d(?:[ \t\n]*(?:hrs?|h))?|noon|midday)[ \t\n]+"
                  r"(?:on[ \t\n]+)?)?"
                  r"(?:the[ \t\n]+)?$", re.I)
# where the clause starts: a sentence's end, a ";" or ":", a list marker at a line's start
_START = re.compile(r"(?:[.;:!?](?=\s)|\n[ \t]*(?:\(?[0-9a-z]{1,2}[.)][ \t]+|[-*\u2022][ \t]+)|\n[ \t]*\n)")
# (or a request: "Please return this notice by 11 December")
_MODAL = re.compile(r"\b(?:may|shall|must|should|can|(?:is|are)[ \t\n]+to|will|please)\b", re.I)
# the present tense after a subject: "Each group submits", "The bidder sends"
_PRESENT = re.compile(r"^[ \t\n]*[A-Z][a-z]+(?:[ \t\n]+[A-Za-z]+){0,2}[ \t\n]+(?:submits|sends|returns|files|lodges|"
                      r"signs|pays|hands[ \t\n]+in|delivers|completes|registers)\b")
_NOT = re.compile(r"\b(?:if|unless|not|no|never|whether|nobody|none|neither|nor|cannot)\b|n[\'\u2019]t\b",
                  re.I)
# a request that asks a step by a day with no deadline noun ("Facilities due for re-audit are
# reminded to book an audit firm before 31 January"): the step is the words after it
# (or a duty, "Each holder shall pay its surface fees before 31 January 2027", or a request,
# "Please return the form by ...": a verb after it, not "shall be", "must not")
_ASKED = re.compile(r"\b(?:(?:is|are)[ \t\n]+(?:reminded|asked|requested|required|invited|urged|"
                    r"advised|encouraged|obliged)[ \t\n]+to|(?:shall|must|should)(?:[ \t\n]+also)?|"
                    r"[Pp]lease)[ \t\n]+(?!(?:be|have|not|no|never)\b)(?=[a-z])")
_WHOLE = re.compile(r"")      # (an empty match at a clause's start)
_SUM = re.compile(r"\S+[ \t\n]+(?:(?:about|up[ \t\n]+to|at[ \t\n]+least)[ \t\n]+)?"
                  r"(?!(?:19|20)\d\d\b)[\d$\u00a5\u20ac\u00a3]")     # (not "send 2026 output")
_ASKED_WORDS = 14   # at most so many words from the request's verb to the day's cue
# a condition put first by inversion: "Should the auction fail, bids may be lodged by ..."
_INVERTED = re.compile(r"(?:Should|Were|Had)[ \t\n]+[^,;:\n]{1,80},")


@lru_cache(maxsize=None)
def _nouns() -> re.Pattern:
    alts = alternation("deadline-nouns", lower=True)
    return re.compile(rf"\b(?:{alts})(?:e?s)?\b", re.I)


# the noun's phrase: at most three lower-case words before it that are no function word, verb
# or modal, and "on / for X" after it
_STOPS = frozenset("a an the their its his her any each all your our and or of to in on for by "
                   "with may shall must should can will be is are raise submit submits sign send "
                   "file lodge return pay register hand signed submitted sent filed lodged "
                   "returned paid surrender surrendered".split())
_AFTER = re.compile(r"[ \t\n]+(?:on|for|to|about|against)[ \t\n]+(?:the[ \t\n]+)?"
                    r"[^.;:()]{1,80}?(?=[ \t\n]+(?:by|before|until|till|no[ \t\n]+later|"
                    r"in[ \t\n]+writing|on[ \t\n]+the[ \t\n]+platform)\b|[.;:()]|\n[ \t]*\n|$)")


def _phrase(text: str, m) -> tuple[int, int]:
    a = m.start()
    for w in reversed(list(re.finditer(r"\S+", text[max(0, m.start() - 60):m.start()]))[-3:]):
        word = w.group(0)
        if not re.fullmatch(r"[a-z][\w-]*", word) or word in _STOPS:
            break
        a = max(0, m.start() - 60) + w.start()
    t = _AFTER.match(text, m.end())
    return a, t.end() if t else m.end()


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add a milestone for each deadline described above; returns them."""
    text = draft.text
    if not re.search(r"\b(?:until|till|by|before|later than)\b", text):
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    # (a day printed without its year in a clause set ahead falls after the document's date:
    # "are reminded to book ... before 31 January" in a text of December is next January's)
    dates = [roll_forward(text, d, doc_date) for d in find_dates(
        text, document_year(text, doc_date), extended=True, doc_date=doc_date) if d.kind == "date"]
    if not dates:
        return []
    held = draft.cover(lambda e: kind_of(e.cls) == "event")
    spans = spans_by_start(spans_of)
    within = names_within(spans, [None] * len(spans))
    out = []
    for d in dates:
        cue = _CUE.search(text, max(0, d.start - 30), d.start)
        if cue is None or RECURRING.match(text, d.end):
            continue    # ("report by 31 January each year": a standing day, no one deadline)
        lo = max(0, cue.start() - _REACH)
        starts = list(_START.finditer(text, lo, cue.start()))
        a = starts[-1].end() if starts else lo
        a += len(text[a:cue.start()]) - len(text[a:cue.start()].lstrip())
        nl = text.rfind("\n", a, cue.start())
        if nl != -1 and not step_verb(text[a:cue.start()]) and step_verb(
                text[nl + 1:cue.start()].lstrip()):
            # (an imperative opening a line under a heading that has no stop: "How to apply" over
            # "Return the application form to the office by 31 January")
            a = nl + 1 + len(text[nl + 1:cue.start()]) - len(text[nl + 1:cue.start()].lstrip())
        clause = text[a:cue.start()]
        nouns = list(_nouns().finditer(text, a, cue.start()))
        noun = nouns[-1] if nouns else None     # (the last: "Without objection, the
        # contracts shall be signed ...": the contracts')
        # (a thing handed in and a modal name the deadline first: "Each bidder shall file
        # its bid by ...", "Deadline for bids"; a request names it by its step)
        asked = None if noun is not None and (_MODAL.search(clause) or _PRESENT.match(clause)) \
            else _ASKED.search(clause)
        if asked is None and step_verb(clause) and (noun is None or not (
                _MODAL.search(clause) or _PRESENT.match(clause))):
            asked = _WHOLE.match(clause)    # ("Send a CV ... before 31 January 2027": an
            #                                 imperative, its whole clause the step, whatever
            #                                 thing it hands in: "Return the form by ...")
        if noun is None and asked is None or _NOT.search(clause) or _INVERTED.match(clause) \
                or any(held[a + asked.start() if asked is not None else a:d.end]):
            continue    # (a request's subject may hold an event of its own: "Facilities due
            #            for re-audit in the first quarter are reminded to ...")
        if asked is None and not (_MODAL.search(clause) or _PRESENT.match(clause)):
            continue
        if asked is None:
            pa, pb = _phrase(text, noun)
            what = " ".join(text[pa:pb].split())
            label = f"Deadline for {what}"
        else:
            # ("are reminded to book an audit firm before 31 January": the step asked for)
            what = " ".join(text[a + asked.end():cue.start()].split())
            if not 2 <= len(what.split()) <= _ASKED_WORDS or _SUM.match(what):
                continue    # ("the investigation should end by 20 April": no step asked;
                #            "shall pay 30% of the value by ...": an amount, no step)
            if step_verb(what):
                what = what[:1].lower() + what[1:]      # ("Send a CV": "to send a CV")
            label = f"Deadline to {what}"
        ent = Entity(minter.mint("event", d.value, label), NFO.Milestone, label, False, RULE,
                     CONFIDENCE, role=True)
        span = Span(a, d.end)
        ent.mentions.append(span)
        ent.aliases.add(what)
        ent.add(NFO.startDate, date_literal(d.value), span, RULE)
        draft.entities[ent.iri] = ent
        clause_roles(ent, text, within(a, d.end), a, span, kind_of)
        if asked is None and re.fullmatch(r"(?:contracts|agreements)", noun.group(0).lower()):
            # "the contracts shall be signed before 31 December": those the text set out before
            deals = [x[2] for x in spans if x[1] <= a and not x[2].known
                     and kind_of(x[2].cls) == "agreement"]
            for iri in list(dict.fromkeys(x.iri for x in deals))[:_DEALS]:
                ent.add(NFO.about, iri, span, ABOUT_RULE)
        spans_of.append((a, d.end, ent))
        held[a:d.end] = b"\x01" * (d.end - a)
        out.append(ent)
    return out
