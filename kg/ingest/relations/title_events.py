"""What a notice of a gathering is about: the gathering its title says it holds.

"Notice on Holding the Donation Ceremony of the 2026 Student Aid Campaign", "Announcement on
Holding a Public Hearing on the Adjustment of the Tiered Electricity Price", "Circular on
Convening the 2027 Annual Meeting": a document whose title (its first mention) reads "on" and a
verb of holding (``data/holding-title-verbs.txt``), or opens "Notice of" or "Announcement of"
and a determiner ("Announcement of a Public Hearing on Adjusting X", round 57), is about the
event the title names after it (``nfo:about``, rule ``topic:title-holding``).

The title's words after the verb and a determiner, up to "of", "on", "for", "in", "at", "to" or
a comma, must end with a gathering noun (``data/gathering-nouns.txt``: "hearing", "ceremony",
"meeting"...); the event is the one new event of the draft one of whose names (label, other
names, mentions outside the title) is those last two words, or holds them ("public hearing",
"Public hearing on it"). Refused: a title without such a verb ("Notice on the Results of the
Sampling"); a head that is no gathering ("on Holding the Funds"); two different events with
the name; the document itself.

A record's title names the gathering whole: "Resolution of the Second Session of the Fifth
Workers' Congress", "Minutes of the 9th Meeting of the Board" are about the one event whose
name holds those words (three or more, the first phrase ending in a gathering noun; rule
``topic:title-record``).

The steps of that gathering the notice names as events of their own ("5. Registration ...",
"Lots will be drawn on 4 December", "A rehearsal will be held at the hall":
``data/held-step-nouns.txt`` opening the step's name) are part of it (``nfo:partOfEvent``,
rule ``event:step-of-held@0.5``, a guess from the notice's layout), unless a rule placed them
in another event already. One pass over the documents of the draft, each name of each
event compared once: linear in the draft."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "topic:title-holding"
STEP_RULE = "event:step-of-held@0.5"
RECORD_RULE = "topic:title-record"
_TITLE_MAX = 400            # characters: a longer first mention is no title
_RX: dict = {}


def _patterns():
    if not _RX:
        verbs = sorted(lines("holding-title-verbs"), key=len, reverse=True)
        alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
        _RX["holding"] = re.compile(rf"\bon\s+(?:{alt})\s+(?:(?:the|a|an|its|our)\s+)?", re.I)
        # "Announcement of a Public Hearing on X", "Notice of the Annual Meeting": a notice of
        # a gathering, its title's first words
        _RX["of"] = re.compile(r"\s*(?:Public\s+)?(?:Notice|Announcement|Circular|Notification)"
                               r"\s+of\s+(?:the|a|an)\s+")
        _RX["record"] = re.compile(
            r"\b(?:resolutions?|minutes|communiqu[eé]|summary|decisions?)\s+(?:of|on|adopted\s+"
            r"(?:at|by))\s+(?:the\s+)?", re.I)
        _RX["end"] = re.compile(r"\s+(?:of|on|for|in|at|to|and|with|by)\s|[,:;(\"“]", re.I)
        _RX["heads"] = words("gathering-nouns") | words("holding-title-heads")
        steps = sorted(lines("held-step-nouns"), key=len, reverse=True)
        _RX["steps"] = tuple(_norm(x.replace("-", " ")) for x in steps)
    return _RX


def _norm(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s-]", " ", s.lower()).split())


def _topic(title: str, rx) -> str | None:
    """The last two words of what the title says is held, when they end with a gathering
    noun ("public hearing", "donation ceremony"); None otherwise."""
    m = rx["holding"].search(title) or rx["of"].match(title)
    if m is None:
        return None
    end = rx["end"].search(title, m.end())
    ws = _norm(title[m.end():end.start() if end else len(title)]).split()
    if not ws or len(ws) > 8:
        return None
    last = ws[-1]
    if last not in rx["heads"] and last.rstrip("s") not in rx["heads"] and \
            " ".join(ws[-2:]) not in rx["heads"]:
        return None
    return " ".join(ws[-2:])


def holds(title: str) -> bool:
    """Whether ``title`` says it holds a gathering ("Notice on Holding the X Ceremony")."""
    return _topic(title, _patterns()) is not None


def held_head(title: str) -> str | None:
    """The gathering noun of what ``title`` says it holds ("hearing" for "Announcement on
    Holding a Price Hearing on X"), None when it holds none."""
    key = _topic(title, _patterns())
    return key.split()[-1] if key else None


def _recorded(title: str, rx) -> str | None:
    """"Resolution of the Second Session of the Fifth Workers' Congress": the words of the
    gathering a record's title names (three words or more, the first phrase's last word a
    gathering noun: "second session of the fifth workers congress"); None otherwise."""
    m = rx["record"].search(title)
    if m is None:
        return None
    rest = _norm(title[m.end():].split("(")[0])
    ws = rest.split()
    head = rest.split(" of ")[0].split()
    if len(ws) < 3 or len(ws) > 16 or not head or head[-1] not in rx["heads"]:
        return None
    return rest


def _named(name: str, key: str) -> bool:
    n = _norm(name)
    return n == key or n.startswith(key + " ") or n.endswith(" " + key)


def _named_outside(draft, doc, m, events):
    """(event, its names) for each event other than ``doc`` that the text also names outside
    the title ``m``: its label, aliases and those mentions (an event read only from the title
    itself is not one the title holds)."""
    for ev in events:
        outside = [draft.text[x.start:x.end] for x in ev.mentions
                   if not (m.start <= x.start and x.end <= m.end)]
        if ev is not doc and outside:
            yield ev, [ev.label, *ev.aliases] + outside


def _record(draft, doc, m, words_, events) -> None:
    """The record is about the one event whose name (outside the title) holds its words."""
    if not words_:
        return
    hits = [ev for ev, names in _named_outside(draft, doc, m, events)
            if any(f" {words_} " in f" {_norm(n)} " for n in names)]
    if len(hits) == 1 and not doc.statements.has(NFO.about, hits[0].iri):
        doc.add(NFO.about, hits[0].iri, Span(m.start, m.end), RECORD_RULE)


def _is_step(ev, rx) -> bool:
    """The event's name opens with a step of a gathering ("Registration: ...", "Lots will be
    drawn", "Rehearsal at the hall")."""
    for name in (ev.label, *ev.aliases):
        n = _norm(name.replace("-", " "))
        if any(n == x or n.startswith(x + " ") for x in rx["steps"]):
            return True
    return False


def title_events(draft) -> None:
    rx = _patterns()
    docs = [e for e in draft.entities.values()
            if not e.known and e.mentions and e.kind == "policy"]
    if not docs:
        return
    events = None
    for doc in docs:
        m = doc.mentions[0]
        if m.end - m.start > _TITLE_MAX:
            continue
        title = draft.text[m.start:m.end]
        if events is None:
            events = [e for e in draft.entities.values()
                      if not e.known and e.mentions and e.kind == "event"]
        key = _topic(title, rx)
        if key is None:
            _record(draft, doc, m, _recorded(title, rx), events)
            continue
        hits, heads = [], []
        for ev, names in _named_outside(draft, doc, m, events):
            if any(_named(n, key) for n in names):
                hits.append(ev)
            elif any(_norm(n) == key.split()[-1] for n in names):
                heads.append(ev)        # "Course" for "the Second Training Course"
        hits = hits or heads
        if len(hits) != 1:
            continue
        held = hits[0]
        if not doc.statements.has(NFO.about, held.iri):
            doc.add(NFO.about, held.iri, Span(m.start, m.end), RULE)
        for ev in events:
            if ev is held or ev is doc or not ev.mentions or not _is_step(ev, rx) or \
                    any(st[0] == NFO.partOfEvent for st in ev.statements):
                continue
            at = ev.mentions[0]
            ev.add(NFO.partOfEvent, held.iri, Span(at.start, at.end), STEP_RULE)
