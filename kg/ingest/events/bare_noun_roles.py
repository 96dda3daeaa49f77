"""Who a common noun's event or agreement is done by (:mod:`kg.ingest.events.bare_nouns`): the
organisations its clause names as its subject, its "with" / "between" side or "the two
companies", what they are to it by its class (parties of an agreement, participants of talks,
organisers of an event they held, the issuer of a report, what an accident hit), and the court
named last before a judgment. Also the names the two modules share: the rule's name and
confidence, the event classes, the groups whose organisations are what they concern."""
from __future__ import annotations

import re

from kg.ingest.events.two_sides import two_sides
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:bare-noun", 0.5
BACK = 3000         # how far back a chain's first phrase may be (characters)
EVENT_CLASSES = {"Meeting", "Event", "Forum", "Seminar", "Conference", "PressConference",
                 "Exhibition", "Milestone", "Launch", "Symposium", "AnnualMeeting"}
# the groups whose subject's organisations are what it hit or concerns, not who held it
ABOUT_GROUPS = {"incident", "shutdown", "strike"}
_SUBJ_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?P<who>sides|parties|companies|firms|groups|"
                       r"enterprises|partners)\s+(?:[a-z]+\s+){0,2}$", re.I)
_WITH = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?")
COURT = re.compile(r"\b(?:Court|Tribunal|Arbitration|Commission)\b")
_CLAUSE = re.compile(r"[;:]|,\s+(?:and|but|while|which|who)\s|\.\s")


def court_before(within, kinds, at: int):
    """The court (tribunal, arbitration commission) named last before ``at``."""
    return next((x for x in sorted(within(max(0, at - BACK), at), key=lambda x: -x[0])
                 if x[1] <= at and kinds.get(id(x[2])) == "org" and COURT.search(x[2].label)),
                None)


def role(cls: str, group: str, trig_before, owner=None):
    """What the subject's organisations are to it: parties of an agreement, participants of
    talks or of an event they attended, the organisers of an event they held, the issuer of a
    report (a judgment's issuer is its court); what an accident, a shutdown or a strike hit is
    what it is about; who lists, sues or visits takes part."""
    if cls == "Agreement":
        return NFO.party
    if cls == "Report":
        return NFO.issuedBy
    if group in ABOUT_GROUPS:
        return NFO.about
    if group in ("listing", "application", "legal", "visit", "tender", "probe") and owner is None:
        return NFO.participant
    if cls in EVENT_CLASSES:
        attended = trig_before is not None and trig_before.group(0).lower().startswith("attend")
        return NFO.participant if group == "talks" or attended else NFO.organizedBy
    return None


def who(text, sents, within, kinds, orgs_in, ss, se, a, end, trig_before, pre):
    """The organisations the clause names as doing it (subject, "with"/"between" side, "the
    two companies"), and the rule name that found them."""
    by = RULE
    cs = ss
    for c in _CLAUSE.finditer(text, ss, a):
        cs = c.end()
    out = []
    if trig_before:
        verb_at = a - len(pre) + trig_before.start()
        # (a name may run across the sentence's start: "The X Stock\nExchange accepted", a
        # hard-wrapped line read as a break)
        out = [x for x in orgs_in(max(0, cs - 80), verb_at) if x[1] > cs
               if not re.search(r"\b(?:with|of|from|to|by|for)\s+(?:the\s+)?$",
                                text[max(cs, x[0] - 12):x[0]])]
        if not out and _SUBJ_TWO.search(text, cs, verb_at):
            out = two_sides(text, sents, within, lambda e: kinds.get(id(e)) == "org", cs,
                            verb_at) or _last_two(text, within, kinds, cs, verb_at)
            by = RULE + "-two-sides"
    w = _WITH.match(text, end)
    if w is not None:
        nxt = orgs_in(w.end(), min(se, w.end() + 200))
        if nxt and nxt[0][0] == w.end():
            out.append(nxt[0])
            j = re.match(r"\s*,?\s+and\s+(?:the\s+)?", text[nxt[0][1]:])
            if j and len(nxt) > 1 and nxt[1][0] == nxt[0][1] + j.end():
                out.append(nxt[1])
    seen, uniq = set(), []
    for x in out:
        if x[2].iri not in seen:
            seen.add(x[2].iri)
            uniq.append(x)
    return uniq, by


def _last_two(text, within, kinds, cs, at):
    """"The two companies signed": the two organisations (companies, for "companies") named
    last before, within 1500 characters."""
    m = _SUBJ_TWO.search(text, cs, at)
    companies = m.group("who").lower() in ("companies", "firms", "enterprises")
    found = []
    for x in sorted(within(max(0, cs - 1500), cs), key=lambda x: -x[0]):
        if x[1] > cs or kinds.get(id(x[2])) != "org":
            continue
        if companies and not str(x[2].cls).endswith("Company"):
            continue
        if all(x[2].iri != y[2].iri for y in found):
            found.append(x)
        if len(found) == 2:
            return found[::-1]
    return []
