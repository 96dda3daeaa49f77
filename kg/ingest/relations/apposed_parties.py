"""Ends of an event's relations printed as another's, not as taking part: an employer, an owner,
an origin.

* An organisation printed only as the employer of a person who took part in an event did not
  take part itself: "Keynote: titanium alloys in airframes -- Professor A, X University", "B,
  chairman of Y Co., Ltd., chaired the session", "C (Z Institute) delivered a report". The
  person is the event's participant, speaker or chair; the organisation is the person's (a
  post, read by the post rules). A participant of a new event (or project) that is an
  organisation goes when every mention of it inside the span of its statement (the clause or
  line the rule read) stands right after the name of a person the event has as participant,
  speaker or chair, behind a comma and perhaps the person's title ("A, general manager of",
  "A, Chief Engineer,"), a link word of ``data/apposition-links.txt`` ("of", "from", "at") or
  an opening bracket. A mention of it anywhere else in that span ("Representatives of X
  attended; X's chairman A spoke") keeps it; so does a body of government, which takes part
  through its officials ("Vice Mayor A of the X People's Government attended").
* A participant only guessed from the sentence it shares with the event or project (rules
  ``cooccur:same-sentence``, ``context:project-org``) or read from the event's own clause
  (``event:clause-participant``) goes when every mention of it there is the owner of a thing
  the clause names: right after a noun of ``data/owned-thing-nouns.txt`` and "of" ("unveiled
  at the smelting plant of X", "a wholly owned subsidiary of X", "registered with the Shanghai
  branch of Y").
* A place only guessed to be where an event was held from what the curated texts link (rule
  ``prior:cooccur-sentence``) goes when every mention of it in the sentence follows "from" or
  a role of ``data/roles.txt`` and "of" ("imports from Japan", "X, vice mayor of Yuxi": an
  origin, a post's jurisdiction).

Run after the relation rules, before the moods: one pass over the new events and projects,
each one's statements and their ends' mentions."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, lines, words
from kg.ingest.terms import NFO

_PEOPLE = (NFO.participant, NFO.speaker, NFO.presidedBy)
# a body of government takes part through its officials ("Vice Mayor A of the X People's
# Government attended"): the apposition reading leaves it
_BODIES = (NFO.GovernmentBody, NFO.PartyOrganization)
_GAP = 90       # characters: how long the person's title between the two names may be
_GUESSES = ("cooccur:same-sentence", "context:project-org")
_CLAUSE = "event:clause-participant"
_PLACE_GUESS = "prior:cooccur-sentence"
_OF_FROM = re.compile(r"(?:\bfrom|\b([A-Za-z-]+)[ \t\n]+(of))[ \t\n]+(?:the[ \t\n]+)?$",
                      re.IGNORECASE)
_OWNER = re.compile(r"\b([A-Za-z][\w-]*)[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?$")


@lru_cache(maxsize=1)
def _link():
    """The gap between a person's name and an organisation named as theirs: a comma, then at
    most a title of words (no sentence or clause mark) ending with a comma or with a link word
    of ``data/apposition-links.txt``; or a link word or an opening bracket right away."""
    alts = alternation("apposition-links", space=r"\s+")
    return re.compile(
        rf"\s*(?:,\s*(?:[^,;:.()\n]{{0,{_GAP}}}?(?:,|\b(?:{alts}))\s+)?|\(\s*|(?:{alts})\s+)"
        r"(?:the\s+)?$", re.IGNORECASE)


def _apposed(text, start, people) -> bool:
    """The organisation's mention at ``start`` follows the name of one of ``people`` (their
    mentions' ends) across a link of :func:`_link`."""
    lo = max(0, start - _GAP - 40)
    for end in people:
        if lo <= end <= start and _link().fullmatch(text, end, start) is not None:
            return True
    return False


@lru_cache(maxsize=1)
def _role_words() -> frozenset:
    """The last word of every role of ``data/roles.txt`` ("vice mayor", "director")."""
    return frozenset(r.lower().split()[-1] for r in lines("roles") if r.split())


def _owner_only(text, start) -> bool:
    """The mention at ``start`` follows "<a thing owned> of (the)"."""
    m = _OWNER.search(text, max(0, start - 60), start)
    return m is not None and m.group(1).lower() in words("owned-thing-nouns")


def _not_venue(text, start) -> bool:
    """The place at ``start`` follows "from" or "<a role> of" ("vice mayor of")."""
    m = _OF_FROM.search(text, max(0, start - 60), start)
    return m is not None and (m.group(2) is None or m.group(1).lower() in _role_words())


def _rule(st) -> str:
    """The name of the rule that proposed a statement, without its confidence ("@0.5") and
    marks ("+planned")."""
    return st[3].split("@", 1)[0].split("+", 1)[0]


def _inside(by_start: dict, ent, a: int, b: int) -> list:
    """The mentions of ``ent`` within ``[a, b)``, in the order of its mentions: its mentions
    are sorted by start once per entity, and each look-up a bisection (a scan of all its
    mentions for each statement grew with the square of a long text that names it often)."""
    got = by_start.get(id(ent))
    if got is None or got[0] is not ent:
        order = sorted(range(len(ent.mentions)), key=lambda i: ent.mentions[i].start)
        got = by_start[id(ent)] = (ent, [ent.mentions[i].start for i in order], order)
    _, starts, order = got
    lo, hi = bisect.bisect_left(starts, a), bisect.bisect_right(starts, b)
    return [ent.mentions[i] for i in sorted(order[lo:hi]) if ent.mentions[i].end <= b]


def drop_apposed_parties(draft) -> None:
    text = draft.text
    ents = draft.entities
    by_start: dict = {}
    for ev in draft.entities.values():
        if ev.known or ev.kind not in ("event", "project"):
            continue
        people = [ents[st[1]] for st in ev.statements
                  if st[0] in _PEOPLE and st[1] in ents and ents[st[1]].kind == "person"]
        ends = sorted({m.end for p in people for m in p.mentions})
        drop = []
        for st in ev.statements:
            if st[0] == NFO.heldIn and st[2] is not None and _rule(st) == _PLACE_GUESS:
                place = ents.get(st[1])
                inside = _inside(by_start, place, st[2].start, st[2].end) \
                    if place is not None else []
                if inside and all(_not_venue(text, m.start) for m in inside):
                    drop.append(st)
                continue
            org = ents.get(st[1]) if st[0] == NFO.participant else None
            if org is None or org.kind != "org" or st[2] is None:
                continue
            a, b = st[2].start, st[2].end
            inside = _inside(by_start, org, a, b)
            if not inside:
                continue
            if ends and org.cls not in _BODIES and all(
                    _apposed(text, m.start, ends[:bisect.bisect_right(ends, m.start)])
                    for m in inside):
                drop.append(st)
                continue
            if (_rule(st) in _GUESSES or _rule(st) == _CLAUSE) and all(
                    _owner_only(text, m.start) for m in inside):
                drop.append(st)
        if drop:
            gone = {id(st) for st in drop}
            ev.statements[:] = [st for st in ev.statements if id(st) not in gone]
