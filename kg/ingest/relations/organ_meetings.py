"""Who holds the meeting of a body's own organ: "an executive meeting of the city government" is
organised by that government, "the fourth council had held its last meeting" by the association
whose council it is, "the company's cadre meeting" by the company, "a meeting of the Party
committee of X" by X (``data/organ-meetings.txt``: the organ's words and the kind of body it
belongs to). Read for a new event with no organiser yet, from its own words (its mentions and
label):

* a body of the organ's kind named inside them ("the Hebi Municipal People's Government's
  executive meeting", "a meeting of the council of the X Association");
* else, for a government's organ, the government of the level the words give ("the city
  government": the one body whose name says "Municipal" or "City"; "the provincial
  government": "Provincial"), or with no level the one people's government the article names;
* else the body of the organ's kind the article is about: the first association it names, the
  company it is about (:func:`kg.ingest.relations.referents.lead_company`).

Nothing is read when the article names two bodies that fit equally (two city governments) or
none. Rule ``event:organ-meeting@0.5`` (the reviewer confirms)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.caseless import compile_lower, small
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import CLASS_NAMES, class_name, kind as kind_of_entity
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds

RULE = "event:organ-meeting@0.5"
_GOVERNMENT = {"GovernmentBody"}
_ASSOCIATION = {"IndustryAssociation", "AssociationBranch"}
_KIND_CLASSES = {"government": _GOVERNMENT, "association": _ASSOCIATION,
                 "company": {"Company"}, "party": _GOVERNMENT | {"Company"} | _ASSOCIATION}
# the level of a government the organ's words give, and the words of its name at that level
_LEVELS = (("city", r"\b(?:Municipal|City)\b"), ("municipal", r"\b(?:Municipal|City)\b"),
           ("provincial", r"\bProvincial\b"), ("county", r"\bCounty\b"),
           ("district", r"\bDistrict\b"), ("prefectural", r"\bPrefectur"),
           ("regional", r"\b(?:Regional|Autonomous\s+Region)\b"), ("town", r"\bTown(?:ship)?\b"),
           ("state", r"\bState\b"), ("federal", r"\bFederal\b"))
_LEVEL = re.compile(r"\b(" + "|".join(w for w, _ in _LEVELS) + r")\s+government\b", re.I)
# a people's government, a cabinet: a whole government, not one of its departments
_WHOLE = re.compile(r"\b(?:Government|State\s+Council|Cabinet|Council\s+of\s+Ministers)\b")


@lru_cache(maxsize=1)
def _organs() -> tuple:
    """(kind of body, the organ's pattern) for each line of ``data/organ-meetings.txt``."""
    out = []
    for line in lines("organ-meetings"):
        kind, rx = line.split(None, 1)
        out.append((kind, re.compile(r"\s+".join(rx.strip().split(" ")), re.I)))
    return tuple(out)


@lru_cache(maxsize=1)
def _any_organ():
    # (tried only where a word starts: one test at the other places, not one a line; run on
    # the text in lower case, case-sensitive: reading/caseless.py)
    return compile_lower(r"(?<![\w'’-])(?:" + "|".join(f"(?:{rx.pattern})" for _, rx in _organs())
                         + ")")


# every organ's line holds one of these (a mention without any is passed unread)
# (an industry's "Annual Conference" is no organ's: only the conferences of the lines)
_KEYWORDS = ("meeting", "session", "congress", "assembly", "plenary", "council", "presidium",
             "secretariat", "work conference", "government conference", "member conference",
             "members' conference", "members’ conference", "cadre conference",
             "staff conference", "representatives' conference", "delegates' conference",
             "workers' conference")
_LONGEST = 200      # characters of a mention read (the organ's words are in its name)


def _has_keyword(low: str) -> bool:
    return any(k in low for k in _KEYWORDS)


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def organ_meetings(draft, spans_of, kind=kind_of_entity, clauses_only=False) -> None:
    """``clauses_only``: read only the events dated clauses tell ("role" entities; the call
    after verb_happenings: the others were read before)."""
    text = draft.text
    events = [e for e in draft.entities.values() if not e.known and e.mentions
              and (e.role or not clauses_only) and e.kind == "event"]
    if not events:
        return
    orgs = None
    lead = None
    sents = Sentences(text)
    for ev in events:
        if any(p == NFO.organizedBy for p, *_ in ev.statements):
            continue
        # (a name-sized piece of each mention; the pattern only where a keyword is: speed)
        # (no further than the mention's sentence: "The X Forum, planned for 5 June, was
        # cancelled. The board meeting of Y was ..." is no organ's meeting)
        words = [w for w in dict.fromkeys([ev.label] + [
                     text[m.start:min(m.start + _LONGEST, max(m.end, sents.bounds(m.start)[1]))]
                     for m in ev.mentions])
                 if _has_keyword(w.lower())]
        hit = next(((w, m) for w in words for m in [_any_organ().search(small(w))] if m), None)
        if hit is None:
            continue
        said, _ = hit
        if orgs is None:
            orgs = [(s, e, x) for s, e, x in spans_by_bounds(spans_of)
                    if x.kind == "org" and not x.role]
            starts = [s for s, _, _ in orgs]
            whole = {None: _whole_governments(orgs)}    # level -> its whole governments
            first_association = next((x for _, _, x in orgs if _cls(x) in _ASSOCIATION), None)
        body_kind = next(k for k, rx in _organs() if rx.search(said))
        owner = _named_inside(ev, orgs, starts, _KIND_CLASSES[body_kind])
        if owner is None and body_kind in ("government", "party"):
            owner = _government(said, whole)
        if owner is None and body_kind == "association":
            owner = first_association
        if owner is None and body_kind == "company":
            if lead is None:
                lead = lead_company(text, spans_of, kind) or False
            owner = lead or None
        if owner is None or owner is ev:
            continue
        at = min(ev.mentions, key=lambda m: m.start)
        ev.add(NFO.organizedBy, owner.iri, Span(at.start, at.end), RULE)


def _named_inside(ev, orgs, starts, classes):
    """A body of one of ``classes`` named inside one of the event's mentions (``starts``: the
    starts of ``orgs``)."""
    for m in ev.mentions:
        for s, e, x in orgs[bisect.bisect_left(starts, m.start):bisect.bisect_left(starts, m.end)]:
            if e <= m.end and _cls(x) in classes:
                return x
    return None


def _whole_governments(orgs) -> list:
    """The whole governments of ``orgs``, each once, in the order they are first named (read
    once for all the events)."""
    whole: dict = {}
    for _, _, x in orgs:
        if id(x) not in whole and _cls(x) in _GOVERNMENT and _WHOLE.search(x.label):
            whole[id(x)] = x
    return list(whole.values())


def _government(said: str, whole: dict):
    """The government the organ's words refer to: of the level they give ("the city
    government"), else the only whole government the article names (``whole``: level -> the
    whole governments of that level, the article's all under None, filled as asked)."""
    m = _LEVEL.search(said)
    level = m.group(1).lower() if m is not None else None
    if level not in whole:
        pat = dict(_LEVELS)[level]
        whole[level] = [x for x in whole[None] if re.search(pat, x.label)]
    got = whole[level]
    return got[0] if len(got) == 1 else None
