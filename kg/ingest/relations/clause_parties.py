"""Who takes part in an event its own clause names: "The bureau will publish a quarterly price
reference with the X Association", "the direct supply plan is due from Y by the end of
February", "Units on the list will be recommended to the Z Ministry": the event minted from the
clause has each organisation and person printed in that clause as a participant
(``nfo:participant``, rule ``event:party-in-clause@0.4``, a guess the reviewer confirms:
right in 15 of the 22 pairs on dev sets' events the gold records).

The relation rules give the events they see the parties of their clause; the events minted
from clauses after them (a step still to come, a clause with a verb of what happened) have
none, and a planned step keeps only its date and topic from its sentence (its other clauses
are loosely tied to it). Here each such event with no party yet gets the organisations and
people printed by name inside its own mention, the clause itself; not one printed inside
another name there, nor a word that refers back ("the bureau", "It", "our plant": what it stands
for is a guess of its own). When its mention names none and stops before the clause does ("Lots
will be drawn" + "on 4 December under notarisation by the X Notary Office"), the event gets the
organisations and people the rest of its clause prints right after a preposition
(data/clause-party-prepositions.txt: by, to, from, with, at, under; rule
``event:party-after-clause@0.4``), up to the clause's stop, the next event's mention, or a comma,
colon, bracket, quotation mark or ruled line before the name (", and Y will host a visit" is
another clause's): right in 5 of 6 proposals on dev sets (the sixth across a table's ruled
line, which now stops it). Run after the dates are revised, with
:mod:`clause_metals`. Linear: the spans are sorted once, each mention looked up by bisection."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.mention_names import outer_names
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "event:party-in-clause@0.4"
RULE_AFTER = "event:party-after-clause@0.4"
_BREAK = re.compile(r"[,()\[\]|\"“”]|:(?=\s)|[-=_*]{3,}|\n[ \t]*\n")
_REACH = 200            # how far a clause runs on after its event's mention (characters)
_STOP = re.compile(r"[.;!?](?=\s|$)|:(?=\s)|\n[ \t]*\n")
_PARTY_KINDS = ("org", "person")
_DETERMINER = re.compile(r"^(?:the|its|our|their|this|that|these|those|his|her|we|it|they)\b\s*",
                         re.I)
_PARTIES = (NFO.participant, NFO.organizedBy, NFO.coOrganizedBy, NFO.hostedBy, NFO.presidedBy,
            NFO.speaker)
# the rules that mint an event from a clause after the relation rules have run
_CLAUSE_RULES = ("event:future-step", "event:planned-milestone", "event:verb-clause")


def _named(words: str) -> bool:
    """Is ``words`` a name rather than a word that refers back ("the bureau", "It", "our
    plant")? Two words or more after a leading determiner or possessive."""
    rest = _DETERMINER.sub("", words.strip())
    return len(rest.split()) >= 2


def clause_parties(draft, spans_of) -> int:
    """Add ``nfo:participant`` from the clause events with no party to the organisations and
    people printed in their own mention; returns how many."""
    spans = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of)]
    starts = [s for s, _, _ in spans]
    n = 0
    for ent in list(draft.entities.values()):
        if ent.known or not ent.mentions or ent.kind != "event" or \
                not ent.rule.startswith(_CLAUSE_RULES) or \
                any(st[0] in _PARTIES for st in ent.statements):
            continue
        got = {}
        for m, _, a, b, x in outer_names(ent, spans, starts):
            if x.kind in _PARTY_KINDS and not x.role and _named(draft.text[a:b]):
                got.setdefault(x.iri, Span(m.start, m.end))
        if not got:
            got = _after_mention(draft.text, ent, spans, starts)
            rule = RULE_AFTER
        else:
            rule = RULE
        for iri, span in got.items():
            ent.add(NFO.participant, iri, span, rule)
        n += len(got)
    return n


def _clause_end(text, at, spans, starts) -> int:
    """Where the clause running on at ``at`` ends: its first stop not inside a name ("Co.,
    Ltd."), at most _REACH characters on."""
    cap = min(len(text), at + _REACH)
    for m in _STOP.finditer(text, at, cap):
        i = bisect.bisect_right(starts, m.start()) - 1
        inside = False
        while i >= 0 and starts[i] > m.start() - 120:
            if spans[i][0] <= m.start() < spans[i][1]:
                inside = True
                break
            i -= 1
        if not inside:
            return m.start()
    return cap


def _led_in(text, lo, a) -> bool:
    """Is the name at ``a`` the object of a preposition of the clause that runs on from ``lo``
    ("... in December by the X Institute"), with no comma, colon or line of its own between
    (", and Y said": another clause)?"""
    between = text[lo:a]
    if _BREAK.search(between):
        return False
    last = _DETERMINER.sub("", " ".join(between.split()[-2:][::-1])).split()
    return bool(last) and last[0].lower() in words("clause-party-prepositions")


def _after_mention(text, ent, spans, starts) -> dict:
    """The organisations and people printed after the event's mention in the rest of its own
    clause ("... will run a test of 30 cups with X University in January"), up to the clause's
    stop or the next other event's mention."""
    got = {}
    for m in ent.mentions:
        end = _clause_end(text, m.end, spans, starts)
        lo = bisect.bisect_left(starts, m.end)
        outer_end = m.end
        for a, b, x in spans[lo:]:
            if a >= end:
                break
            if x is ent or a < outer_end:
                continue
            if x.kind == "event":
                break                       # (another happening's clause)
            outer_end = max(outer_end, b)
            if b <= end and x.kind in _PARTY_KINDS and not x.role and _named(text[a:b]) and \
                    _led_in(text, m.end, a):
                got.setdefault(x.iri, Span(m.start, b))
    return got
