"""Who leads a group sent by a body: "A delegation from the X Ministry, led by Vice Minister A,
visited ...", "an inspection team of the Y Bureau headed by its deputy director B", "a trade
mission from Z, which was led by C, chief executive of W". The leader named after "led /
headed / chaired / directed by" (up to 80 characters on, in the same sentence) holds a post in
the sending body when a role stands between the cue and the name and no other organisation is
named there (rule ``post:delegation-led-by``; C's own post in W is the post rules' of
:mod:`stated_posts`); and the event the group's sentence names (a visit, an inspection, talks),
when it names exactly one (or, of several, only one's clause holds the group), is ``nfo:ledBy``
the leader (rule ``event:delegation-led-by``).
A group of no named body ("a group of investors led by A") gives no post. One keyword test,
then the group nouns found by str.find: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import finds
from kg.ingest.reading.caseless import lower_text

POST_RULE = "post:delegation-led-by"
EVENT_RULE = "event:delegation-led-by"

# the groups a body sends (plural too): delegations, missions, teams, panels, task forces
_NOUNS = ("delegation", "mission", "team", "group", "panel", "task", "crew", "squad", "contingent",
          "envoy", "visitors")
_GROUP = re.compile(r"(?:delegations?|missions?|teams?|groups?|panels?|"
                    r"task[ \t\n]+forces?|crews?|squads?|contingents?|envoys?|visitors)"
                    r"[ \t\n]+(?:from|of|representing|sent[ \t\n]+by|dispatched[ \t\n]+by)"
                    r"[ \t\n]+(?:the[ \t\n]+)?", re.I)
_LED = re.compile(r"[ \t\n]*,?[ \t\n]*(?:(?:which|that|who)[ \t\n]+(?:was|were|is|are)[ \t\n]+|"
                  r"(?:was|were|is|are)[ \t\n]+)?(?:led|headed|chaired|directed|commanded)"
                  r"[ \t\n]+by[ \t\n]+", re.I)
_KEYS = ("led by", "headed by", "chaired by", "directed by", "commanded by")
_STOP = re.compile(r"[.;!?](?:\s|$)|\n[ \t]*\n")


def group_phrases(text, low):
    """The group phrases ("delegation from the", "team of") followed by a cue of a leader, found
    where a group noun is (str.find on the lower-case text) at a word's start; none when the
    text prints no such cue."""
    return _cues(text, low) if any(k in low for k in _KEYS) else []


def leader_after(text, body_end, people, starts):
    """(start, end, person) of the leader named after "led / headed by" right after the sending
    body that ends at ``body_end`` (within 80 characters, in the same sentence), else None."""
    led = _LED.match(text, body_end)
    if led is None:
        return None
    stop = _STOP.search(text, led.end(), led.end() + 120)
    end = min(stop.start() if stop else led.end() + 120, led.end() + 80)
    i = bisect.bisect_left(starts, led.end())
    if i >= len(people) or people[i][0] >= end:
        return None
    return people[i]


def _cues(text, low):
    """The group phrases ("delegation from the", "team of"), found where a group noun is
    (str.find on the lower-case text) at a word's start."""
    out, last = [], 0
    for i in sorted({i for k in _NOUNS for i in finds(low, k)}):
        if i < last or i and (low[i - 1].isalnum() or low[i - 1] in "-_"):
            continue
        g = _GROUP.match(text, i)
        if g is not None and any(k in low[g.end():g.end() + 200] for k in _KEYS):
            out.append(g)
            last = g.end()
    return out



def delegation_leaders(draft, minter, spans_of, sents, roles, kind, post) -> None:
    text = draft.text
    low = lower_text(text)
    if not any(k in low for k in _KEYS):
        return
    cues = _cues(text, low)
    if not cues:
        return
    orgs_at, people, events = {}, [], []
    for s, e, ent in spans_of:
        k = ent.kind
        if k == "org" and not ent.role:
            orgs_at.setdefault(s, (s, e, ent))
        elif k == "person":
            people.append((s, e, ent))
        elif k == "event" and not ent.known:
            events.append((s, e, ent))
    people.sort(key=lambda x: x[0])
    starts = [p[0] for p in people]
    events.sort(key=lambda x: x[0])
    ev_starts = [x[0] for x in events]
    org_starts = sorted(orgs_at)
    for g in cues:
        body = orgs_at.get(g.end())
        if body is None:
            continue
        led = _LED.match(text, body[1])
        if led is None:
            continue
        stop = _STOP.search(text, led.end(), led.end() + 120)
        end = min(stop.start() if stop else led.end() + 120, led.end() + 80)
        i = bisect.bisect_left(starts, led.end())
        if i >= len(people) or people[i][0] >= end:
            continue
        ps, pe, person = people[i]
        between = text[led.end():ps]
        j = bisect.bisect_left(org_starts, led.end())
        other_org = j < len(org_starts) and org_starts[j] < ps
        role = roles.search(between)
        if role is not None and not other_org:
            post(person, body[2], role.group(1), Span(g.start(), pe), POST_RULE)
        ss, se = sents.bounds(g.start())
        told = events[bisect.bisect_left(ev_starts, ss):bisect.bisect_left(ev_starts, se)]
        named = {id(ev): ev for s, e, ev in told}
        if len(named) > 1:      # several: the one whose clause holds the group ("A delegation
            #                     of X led by A visited K and signed ..."), if only one does
            named = {id(ev): ev for s, e, ev in told if s <= g.start() < e}
        if len(named) == 1:
            ev = next(iter(named.values()))
            if not any(p == NFO.ledBy for p, *_ in ev.statements):
                ev.add(NFO.ledBy, person.iri, Span(g.start(), pe), EVENT_RULE)
