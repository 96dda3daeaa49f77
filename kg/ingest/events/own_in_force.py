"""The day the text's own documents take effect, said with no name of theirs: "They take effect
on 1 April 2027." under an announcement that releases four standards, "Article 8  This Plan
comes into force on 1 January 2027.", "In force from 1 January 2027." under a plan's title, a
standard's cover "Issued: 2026-12-28    Implemented: 2027-04-01" or "2027-04-01 implemented".

A sentence that names no document of its own before the day, and whose subject is a pronoun, a
"This / These / The ..." phrase or nothing at all, speaks of what the text itself issues: the
standards it releases (``document:releases-standards``) when it releases any, else the new
policies, standards and plans its title block names or that are dated as the text itself
(``date:document-itself``). Each without a day in force takes that day
(``date:own-in-force``), but not a standard whose number's year does not fit it (one the text
replaces or cites); when the text gives two different such days, it is unclear which is whose,
and none is taken, nor is a day another rule already gave the standards the text lists. Called by :func:`kg.ingest.events.date_attach.attach_dates`."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.date_cues import IN_FORCE
from kg.ingest.events.document_itself import title_end
from kg.ingest.events.standard_years import _fits, number_year
from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE = "date:own-in-force"
_RELEASED = ("document:releases-standards",)
_ITSELF = ("date:document-itself",)


@lru_cache(maxsize=1)
def _subject() -> re.Pattern:
    """What may stand before the cue: an article's number, then a pronoun or a "This/These/The
    ... <document noun>" phrase (the nouns in ``data/own-document-nouns.txt``), or nothing;
    "shall / will (be)" may follow."""
    nouns = "|".join(lines("own-document-nouns"))
    return re.compile(
        r"[ \t\n*#]*(?:(?:Article|Art\.)[ \t]+\w+[.:]?[ \t\n]+)?"
        r"(?:(?:They|It|These|This|Both|All|The)(?:[ \t\n]+(?:above|present|said|new|revised|"
        r"(?:\w+[ \t\n]+){0,3}?(?:" + nouns + r")))?\b)?"
        r"[ \t\n]*(?:(?:shall|will|are\s+to|is\s+to)[ \t\n]+)?(?:be[ \t\n]+)?"
        r"(?:(?:formally|officially)[ \t\n]+)?$", re.I)


# "In force from 1 January 2027." (no verb: under a title)
_IN_FORCE_FROM = re.compile(r"\bin[ \t\n]+force[ \t\n]+(?:from|on|as[ \t\n]+of)[ \t\n]+$", re.I)
_HEAD_DAYS = 1200   # how far a subject-less day in force may be printed: the text's head
# a cover's date followed by its kind: "2027-04-01 implemented"
_AFTER = re.compile(r"[ \t]{1,2}(?:implemented|implementation|effective|in\s+force)\b", re.I)
# a cue that speaks of no day in force of the text's own: a negation or a condition before it
_NOT = re.compile(r"\b(?:not|no\s+longer|if|unless|until|once)\b", re.I)
# the day (or the first day of the period) from which the text's own documents apply: "They
# apply from 1 January 2027 to 31 December 2027", "These rules shall apply as of 1 March"
_APPLY_FROM = re.compile(r"\b(?:apply|applies|applied)[ \t\n]+(?:from|as[ \t\n]+of|"
                         r"with[ \t\n]+effect[ \t\n]+from|starting(?:[ \t\n]+(?:from|on))?)"
                         r"[ \t\n]+$", re.I)
# a clause of another step of the same subject before the cue: "It is published on 28 December
# 2026 and takes effect on ...", "The Plan was adopted on 11 December and comes into force on"
_FIRST_STEP = re.compile(r"[ \t\n]+(?:is|are|was|were|has[ \t\n]+been|have[ \t\n]+been)[ \t\n]+"
                         r"(?:[a-z]+ly[ \t\n]+)?[a-z]+(?:ed|en|ne)\b[^,;:()]{0,60}?,?[ \t\n]+and[ \t\n]+$")
# what may open a line that gives the day with no subject, under a title: "(effective 15
# December 2026)", "[In force from 1 March 2027]"
_ASIDE_OPEN = re.compile(r"[ \t]*[(\[][ \t]*")


def _own_days(text: str, dates, sents) -> set:
    subject = _subject()
    found = {}
    for d in dates:
        if d.kind not in ("date", "gYearMonth"):
            continue
        lo = sents.bounds(d.start)[0]
        ls = text.rfind("\n", 0, d.start) + 1
        applies = _APPLY_FROM.search(text, max(lo, d.start - 40), d.start)
        if d.until and applies is None:
            continue        # (a period: "in force from X to Y" is no one day in force)
        m = applies or IN_FORCE.search(text, max(lo, d.start - 60), d.start) or \
            _IN_FORCE_FROM.search(text, max(lo, d.start - 40), d.start)
        if m is not None:
            if d.start < _HEAD_DAYS and _ASIDE_OPEN.fullmatch(text, ls, m.start()):
                # ("(effective 15 December 2026)" on a line of its own under the title)
                found.setdefault(d.value, d)
                continue
            # (a keyed cover row: "Issued: 2026-12-28    Implemented: "; the lead is the row's)
            lead = re.split(r"\d[ \t]{2,}|\t", text[lo:m.start()])[-1]
            # ("It is published on 28 December 2026 and takes effect on": the subject's)
            step = _FIRST_STEP.search(lead)
            if step is not None and lead[:step.start()].strip():
                lead = lead[:step.start()]
            if not subject.match(lead) or _NOT.search(lead):
                continue
            # (a row or a sentence with no subject, "Effective:  2026.12.11", "In force from
            # 1 January 2027.": the text's own only in its head; further on, a record's)
            if lead.strip() or d.start < _HEAD_DAYS:
                found.setdefault(d.value, d)
            continue
        if _AFTER.match(text, d.end) and d.start - ls < 120 and d.start < _HEAD_DAYS:
            found.setdefault(d.value, d)
    return found


def _rules_of(policies):
    """``by_rule(ent, prefix)``: whether a statement of ``ent`` was proposed by a rule whose
    name starts with ``prefix``; worked out once per entity and prefix (a document named a
    thousand times is one entity on a thousand rows)."""
    seen: dict = {}

    def by_rule(ent, prefix) -> bool:
        key = (id(ent), prefix)
        if key not in seen:
            seen[key] = any(st[3].startswith(prefix) for st in ent.statements)
        return seen[key]
    return by_rule


def own_in_force(draft, dates, sents, dated_kinds, kind) -> int:
    """Give the text's own documents the day in force a subject-less sentence states (see the
    module); returns how many got one."""
    text = draft.text
    policies = [(s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "policy"]
    if not policies:
        return 0
    by_rule = _rules_of(policies)
    released = {id(ent): ent for _, _, ent in policies if "Standard" in str(ent.cls)
                and by_rule(ent, _RELEASED)}
    head = title_end(text)
    own = released or {id(ent): ent for s, _, ent in policies
                       if s < head or by_rule(ent, _ITSELF)}
    if not own:
        return 0
    days = _own_days(text, dates, sents)
    if len(days) != 1:
        return 0
    d = next(iter(days.values()))
    if any(str(st[1]) == d.value for _, _, ent in policies if id(ent) not in own
           and "Standard" in str(ent.cls) for st in ent.statements if st[0] == NFO.dateInForce):
        return 0        # (the day is already that of the standards the text lists)
    n = 0
    for ent in own.values():
        if any(st[0] == NFO.dateInForce for st in ent.statements):
            continue
        year = number_year(ent.label)
        if year is not None and not _fits(NFO.dateInForce, d.value, year):
            continue        # (a standard of another year: one it replaces or cites)
        if any(st[0] == NFO.dateIssued and str(st[1]) > d.value for st in ent.statements):
            continue        # (in force before it was issued: another day)
        ent.add(NFO.dateInForce, date_literal(d.value), Span(d.start, d.end), RULE)
        n += 1
    return n
