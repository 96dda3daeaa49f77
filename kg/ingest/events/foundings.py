"""When an organisation was founded, said with its date: "Anhui X Copper was set up in May 2025",
"X Co., Ltd. was incorporated on 3 March 2019", "The subcommittee was established in 2013" (a
noun naming an organisation named before), "A founded X Co., Ltd. in 2007", "A and B set up X in
2017" (not "After leaving B, A founded X": only "and" joins founders). Company profiles, obituaries and histories tell them in passing; each is a milestone
(``nfo:Milestone``, rule ``event:founded-in``, 0.5) labelled "Founding of <X>", ``nfo:about``
X, dated by the date (a year, a month or a day; ``nfo:startDate``), with the founders of the
active form (people or organisations before the verb) as participants.

The verbs: founded, established, set up, incorporated, formed, created, registered, launched
(of an organisation only: "the plant was set up in 2007" is no founding of a body). The
organisation is named right before "was" (after at most an apposition between commas) or
right after the active verb; nothing else stands between the verb and "in"/"on" and the date.
Round 55: the founding told in an aside right after the name ("X Co., Ltd., founded in 1965,
makes ...", "the Y Association (established in March 1988)"), not after a common noun ("The
association, founded in 1993, ...": which one is not sure).
A founding an event of the article already names ("the founding assembly", near the date: it
takes the date, events/founding_days.py) is left to it."""
from __future__ import annotations

import re

from kg.ingest.events.founding_days import _FOUNDING, _NEAR
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE = "event:founded-in"
_VERB = r"(?:founded|established|set\s+up|incorporated|formed|created|registered|launched|co-founded)"
# "... was (officially) set up in ", "... were jointly established on "
_PASSIVE = re.compile(r"\b(?:was|were|had\s+been|has\s+been)\s+(?:(?:officially|formally|jointly|"
                      r"first|originally|initially)\s+)?" + _VERB + r"\s+(?:in|on)\s+(?:the\s+)?"
                      r"(?:(?:early|late|mid-?|spring\s+of|autumn\s+of|summer\s+of|winter\s+of)\s*)?$",
                      re.I)
# "X Co., Ltd., founded in 1965, makes ...", "the Y Association (established in 2013)": an aside
# right after the organisation's name (its closing quote or bracket between)
_ASIDE = re.compile(r"(?:,|\()\s*(?:(?:officially|formally|jointly|first|originally|initially)\s+)?"
                    + _VERB + r"\s+(?:in|on)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$", re.I)
_COMMON = re.compile(r"(?:[Tt]he|[Tt]his|[Ii]ts|[Oo]ur)\s+[a-z]")
_CLOSE = re.compile(r"[\"'\u201d\u2019)]?[ \t]*")
# "A founded X in", the name of X between
_ACTIVE_VERB = re.compile(r"\b(?:(?:jointly|together|then|later)\s+)?" + _VERB + r"\s+(?:the\s+)?$",
                          re.I)
_VERB_TAIL = re.compile(_VERB + r"\s+(?:in|on)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$", re.I)
_IN = re.compile(r"\s+(?:in|on)\s+(?:the\s+)?(?:(?:early|late|mid-?)\s*)?$", re.I)
# between an organisation and "was": nothing, or an apposition between commas
_GAP = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?(?:,[^,.;]{1,100},\s*)?")
_THE_NOUN = re.compile(r"\b(?:The|the|This|this)\s+([a-z][\w-]+)\s+$")
_LOOK = 200


def foundings(draft, dates, sents, within, kind_of, minter) -> tuple[list, set]:
    """The milestones described above, and the ends of the dates they took."""
    text = draft.text
    made, used, seen = [], set(), set()
    founding = None     # the labels of the draft's founding events, one a line (read once)
    for d in dates:
        if d.kind not in ("date", "gYearMonth", "gYear") or d.until:
            continue
        # (cheap tests first: "in"/"on" right before the date, then the verb or a name before it)
        if not _IN.search(text, max(0, d.start - 12), d.start):
            continue
        ss, _ = sents.bounds(d.start)
        lo = max(ss, d.start - _LOOK)
        tail = _VERB_TAIL.search(text, max(lo, d.start - 45), d.start)
        found = (_passive(text, lo, d.start, within, kind_of) or _aside(text, lo, tail, within,
                                                                        kind_of)
                 if tail else None) or _active(text, lo, d.start, within, kind_of)
        if found is None:
            continue
        org, founders, at = found
        resp = _RESPECTIVELY.match(text, d.end)
        if resp is not None:
            # "A and B were founded in 1998 and 2003, respectively": each its own year, in order
            # (the other orgs of the list and their days are read on their own dates, below)
            listed = []
            for x in within(ss, d.start):
                if kind_of(x[2]) == "org" and x[2] not in founders and x[2] not in listed:
                    listed.append(x[2])
            later = [x for x in dates if d.start <= x.start and x.end <= resp.end()]
            if len(later) != len(listed) or not listed:
                continue
            for x, o in zip(later, listed):
                if id(o) not in seen:
                    seen.add(id(o))
                    made.append(_milestone(draft, minter, o, x, Span(at, resp.end()), ()))
                    used.add(x.end)
            continue
        if founding is None:
            founding = "\n".join(_founding_labels(draft))
        if id(org) in seen or org.label.lower() in founding or \
                _FOUNDING.search(text, max(0, d.start - _NEAR), d.start + _NEAR):
            continue
        seen.add(id(org))
        span = Span(at, d.end)
        ent = _milestone(draft, minter, org, d, span, founders)
        founding += "\n" + ent.label.lower()
        made.append(ent)
        used.add(d.end)
    return made, used


# the rest of a list of dates that "respectively" closes: " and 2003, respectively"
# (a bounded stretch of words, commas and stops, then the word: no nested repeats)
_RESPECTIVELY = re.compile(r"[\w ,.\t\n-]{0,80}?\brespectively\b", re.I)


def _milestone(draft, minter, org, d, span, founders):
    """The milestone "Founding of <org>" on the date ``d``."""
    ent = Entity(minter.mint("event", d.value, "founding", org.label), NFO.Milestone,
                 f"Founding of {org.label}", False, RULE, 0.5)
    ent.mentions.append(span)
    ent.add(NFO.startDate, date_literal(d.value), span, RULE)
    ent.add(NFO.about, org.iri, span, RULE)
    for who in founders:
        if who is not org:
            ent.add(NFO.participant, who.iri, span, RULE)
    draft.entities[ent.iri] = ent
    return ent


def _passive(text, lo, at, within, kind_of):
    """"X was set up in": (X, [], where X is named), X an organisation or a noun naming one."""
    m = _PASSIVE.search(text, lo, at)
    if m is None:
        return None
    names = [x for x in within(lo, m.start()) if kind_of(x[2]) == "org"]
    for s, e, ent in reversed(names):
        if _GAP.fullmatch(text, e, m.start()):
            return ent, [], s
        break
    t = _THE_NOUN.search(text, lo, m.start())
    if t is None:
        return None
    noun = t.group(1).lower()
    back = [x for x in within(max(0, t.start() - 3000), t.start()) if kind_of(x[2]) == "org"
            and x[2].label.lower().split()[-1:] == [noun]]
    return (back[-1][2], [], t.start()) if back else None


def _aside(text, lo, tail, within, kind_of):
    """"X, founded in": (X, [], where X is named), the founding told in an aside after X's name."""
    m = _ASIDE.search(text, lo, tail.end())
    if m is None:
        return None
    for s, e, ent in reversed([x for x in within(lo, m.start()) if kind_of(x[2]) == "org"]):
        if not _CLOSE.fullmatch(text, e, m.start()) or _COMMON.match(text, s, e):
            return None     # (not "The association, founded in 1993,": which one is not sure)
        return ent, [], s
    return None


def _active(text, lo, at, within, kind_of):
    """"A founded X in": (X, [A and the names joined to it], where A is named)."""
    m = _IN.search(text, lo, at)
    if m is None:
        return None
    names = within(lo, m.start())
    orgs = [x for x in names if kind_of(x[2]) == "org" and x[1] == m.start()]
    if not orgs:
        return None
    s, e, org = min(orgs, key=lambda x: x[0])
    v = _ACTIVE_VERB.search(text, lo, s)
    if v is None:
        return None
    founders = [x for x in names if x[1] <= v.start() and kind_of(x[2]) in ("org", "person")]
    # the subject: the name right before the verb (or its apposition), and one joined by "and"
    out = []
    end = v.start()
    for fs, fe, who in reversed(founders):
        if not re.fullmatch(r"\s*(?:,[^,.;]{1,100},\s*)?", text[fe:end]) and not (
                out and re.fullmatch(r"\s+and\s+(?:the\s+)?", text[fe:end])):
            break
        out.append(who)
        end = fs
    return org, out[::-1], (end if out else v.start())


def _founding_labels(draft) -> list[str]:
    """The labels (lower case) of the draft's new events named as a founding: an organisation
    a label holds is already founded there (one look at the draft per text, not per date)."""
    out = []
    for e in draft.entities.values():
        if e.known or not str(e.cls).endswith(("Event", "Meeting", "Milestone")):
            continue
        low = e.label.lower()
        if "founding" in low or "establishment" in low:
            out.append(low)
    return out
