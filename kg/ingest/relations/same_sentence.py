"""Candidates of low confidence for what else the sentence that introduces a new event,
policy, project, agreement, product or technology names (rule ``cooccur:same-sentence``): the
metals, fields, organisations, places and documents the kind of the pair makes likely (the
table below), for the reviewer to keep or drop. A pair a rule has linked already is not
guessed again, a name printed inside a third entity's name is skipped, and an organisation an
event is "held at" is its venue (``context:held-at-venue``), not a participant."""
from __future__ import annotations

import re

from kg.ingest.events.signing_lines import second_verb_parties
from kg.ingest.relations.cited_rules import cited_rule
from kg.ingest.relations.clause_joints import Joints
from kg.ingest.model import Span
from kg.ingest.names.naming import names_in
from kg.ingest.names.nesting import containers, datelines, inside_ok
from kg.ingest.names.running_plans import RULE as PASSING_PLAN
from kg.ingest.names.invoked_laws import RULES as INVOKED_LAWS
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.node_context import gathering_place
from kg.ingest.terms import NFO

# (kind of the new entity, kind of the other) -> predicate
_COOCCUR = {
    ("event", "metal"): NFO.concernsMetal, ("event", "field"): NFO.concernsField,
    ("event", "org"): NFO.participant, ("event", "person"): NFO.participant,
    ("event", "policy"): NFO.about,
    ("event", "project"): NFO.about, ("event", "product"): NFO.about,
    ("event", "technology"): NFO.about, ("event", "agreement"): NFO.about,
    ("policy", "metal"): NFO.concernsMetal, ("policy", "field"): NFO.concernsField,
    ("policy", "place"): NFO.appliesTo, ("initiative", "metal"): NFO.concernsMetal,
    ("initiative", "field"): NFO.concernsField, ("initiative", "place"): NFO.appliesTo,
    ("project", "metal"): NFO.concernsMetal, ("project", "field"): NFO.concernsField,
    ("project", "place"): NFO.locatedIn, ("project", "org"): NFO.participant,
    ("agreement", "metal"): NFO.concernsMetal, ("agreement", "field"): NFO.concernsField,
    ("agreement", "org"): NFO.party, ("agreement", "project"): NFO.about,
    ("product", "metal"): NFO.concernsMetal,
    ("product", "org"): NFO.producedBy,
    ("technology", "metal"): NFO.concernsMetal,
    ("technology", "org"): NFO.developedBy,
}
_AT_VENUE = re.compile(r"\b(?:at|in)\s+(?:the\s+)?$", re.I)
_HELD_AT = re.compile(r"\b(?:held|hosted|staged|opened|took\s+place)\s+(?:\w+\s+){0,2}?(?:at|in)\s+"
                      r"(?:the\s+)?$", re.I)
_ONE = {NFO.heldIn, NFO.locatedIn}     # a single venue or location: the first place named
# events whose own rule reads who took part from their clause: "a press conference held by X"
# (its organiser), "Y was set up in 2022" (what was founded), "the plant poured its first
# alumina", "fourteen projects were signed", "Publicity period: ..." (the notice's), "as approved
# by X on 2 November" (X gave it): the other organisations and people of their sentence are no
# participants (dev sets 2-72: 0 of 29 right; round 56's approvals: 0 of 3)
OWN_ACTORS = frozenset(("event:held-by-passive", "event:founded-in", "event:first-output",
                         "event:counted-signing", "event:open-period", "event:approved-by"))
# documents the text names in passing, by a noun or a lower-case phrase ("the penalty decision",
# "a filing", "its report", "the restructuring plan"), by a standard's number or a regulation's
# name, or as a court's judgment: the places of their sentence are where their issuer or party
# is ("published the capacity replacement plan of X in Y Province", "the Kunming Intermediate
# People's Court handed down the judgment"), not where they apply (dev sets 2-76: 0 of 50 right)
NO_SCOPE = frozenset(("document:issued-noun", "lower-name", "standard-number",
                      "name:regulations-of", "event:bare-noun"))
# "A, deputy director of the X Department, said": X is where a person works, not a participant
# of the event the sentence names (dev sets 2-72: 3 of 41 such organisations right)
_AFFILIATION = re.compile(r",\s+(?:[A-Za-z][\w'\u2019-]*\s+){1,5}(?:of|at)\s+(?:the\s+)?$")
# organisations that make no product nor develop a technology: a government body (a ministry
# that regulates it, supports it or counts its exports)
_NO_MAKER = frozenset(("GovernmentBody",))
# Left out, measured on leave-one-out (right 0-1 times in 45): an event's venue by co-occurrence
# (the venue comes from "in/at PLACE"), a product's or technology's field (from "used in").
# Measured on dev sets 2-64: an agreement's project ("A and B signed a deal to put up a new
# rolling mill") right 5 of 7; its product (what a supply contract trades, which the curators
# leave out) 1 of 4; a mine, plant or park in an event's or agreement's sentence 20 of 62:
# left out.


def same_sentence(draft, spans_of, sents, within):
    inside = containers(spans_of)
    nested = set(inside) | datelines(draft.text, spans_of, kind)
    voiced = draft.__dict__.get("_voice_spans", ())     # "we", "our": no guess (voice.py)
    joints = Joints(draft.text)
    for s, e, ent in list(spans_of):
        k = ent.kind
        if ent.known or k == "person" or not any(a == k for a, _ in _COOCCUR):
            continue
        if ent.rule == PASSING_PLAN or ent.rule in INVOKED_LAWS:
            continue        # ("under the Civil Code": a law cited, names/invoked_laws.py)
            # "returned for correction of its self-monitoring plan": a plan
            #                 named in passing; its sentence is about something else (dev sets
            #                 2-56: 0 of 11 such guesses right)
        if ent.mentions and (s, e) != (ent.mentions[0].start, ent.mentions[0].end) \
                and k != "event":
            continue        # the sentence that introduces it
        ss, se = sents.bounds(s)
        ss, se = min(ss, s), max(se, e)
        if asked(draft.text, ss, se):
            continue        # "Q: A (X Securities): Did B attend the Y Week?": asked, not stated
        have = {p for p, *_ in ent.statements}
        linked = {o for _, o, _, r in ent.statements if not r.startswith("cooccur:")}
        names = within(ss, se)
        if k == "agreement":        # ("A bought 3% of B, and signed an agreement": not B)
            names = second_verb_parties(draft.text, ss, s, names)
        for os_, oe, other in names:
            if (os_, oe) in voiced:
                continue
            if (os_, oe, id(other)) in nested and not (s <= os_ and oe <= e) and not \
                    inside_ok(k, other, inside.get((os_, oe, id(other))), kind):
                continue        # printed inside a third entity's name
            pred = _COOCCUR.get((k, other.kind))
            if pred is None or other is ent or (pred in _ONE and pred in have) or \
                    other.iri in linked or _links(other, ent):
                continue        # (a pair a rule has linked already, either way, is not
                # guessed again: "the notice is about the check" is no "check about the notice")
            if pred == NFO.party and (sum(1 for st in ent.statements if st[0] == NFO.party
                                          and not st[3].startswith("cooccur:")) >= 2
                                      or ent.rule == "agreement:between"):
                continue        # "the agreement between A and B", "with A": its parties, read
            if k == "event" and other.kind == "org" and \
                    _HELD_AT.search(draft.text, max(ss, os_ - 40), os_):
                # "held at the X Exhibition Center": the venue, not a participant
                ent.add(NFO.heldIn, other.iri, Span(ss, se), "context:held-at-venue")
                continue
            if k == "event" and other.kind == "org" and \
                    _AT_VENUE.search(draft.text, max(ss, os_ - 12), os_):
                continue        # "at the X Center": a place, not a participant
            if pred == NFO.locatedIn and joints.between(ss, se, min(e, oe), max(s, os_)):
                continue        # "its X mine was flooded and that the Y plant restarted"
            if pred == NFO.locatedIn and os_ < s and gathering_place(draft.text, ss, os_):
                continue        # "told the meeting in X that it plans a plant": the meeting's
            if pred in (NFO.producedBy, NFO.developedBy) and \
                    str(other.cls).rsplit("#", 1)[-1] in _NO_MAKER:
                continue        # "The department said it would support the company's new
                # copper foil project": a ministry makes no product (dev sets: 2 such, both wrong)
            if k in ("product", "technology") and other.kind == "metal" and not (
                    s <= os_ and oe <= e) and not names_in(other, ent.label, draft.text):
                continue        # measured: the metal of its own name 35 of 76, another 5 of 64
            if k in ("project", "agreement") and other.kind == "org" and \
                    _rival(draft.text, ss, os_):
                continue        # "won the tender for the X mine, beating A and B": A and B lost
            if k == "event" and any(o == other.iri for _, o, _, _ in ent.statements):
                continue        # already its organiser, chair or speaker: not a second role
            if pred == NFO.appliesTo and ent.rule in NO_SCOPE:
                continue        # (a document named in passing: see NO_SCOPE)
            if (pred == NFO.appliesTo and cited_rule(ent, draft.text)) or \
                    (pred == NFO.about and cited_rule(other, draft.text)):
                continue        # a law or body of rules the sentence cites: its places are
                # not its scope, its event not about it (cited_rules.py; dev sets 100-148:
                # 0 of 43 and 0 of 16 right)
            if pred == NFO.participant and ent.rule in OWN_ACTORS:
                continue        # (its own rule read who took part)
            if pred == NFO.participant and other.kind == "org" and \
                    _affiliation(draft.text, names, os_):
                continue        # "A, deputy director of the X Department": A's employer
            if k == "event" and (os_ >= s and oe <= e) and pred == NFO.participant:
                pass
            ent.add(pred, other.iri, Span(ss, se), "cooccur:same-sentence")
            have.add(pred)


def _affiliation(text: str, names, at: int) -> bool:
    """The organisation at ``at`` is printed as a person's employer: a person's name, a comma
    and a post of a few words with "of"/"at" before it ("Li Na, general manager of X")."""
    m = _AFFILIATION.search(text, max(0, at - 80), at)
    return m is not None and any(pe == m.start() and p.kind == "person" for _, pe, p in names)


# the rivals a winner beat, listed right after the cue ("beating A, B and C", "ahead of A"):
# no party to what was won; a list of names between (capitalised words, commas, "and")
_RIVAL_CUE = re.compile(r"\b(?:beating|beat|outbidding|outbid|defeating|ahead\s+of|rivals?|"
                        r"competitors?|competing\s+with)\s+(?:(?:such\s+as|including)\s+)?", re.I)
_LISTED = re.compile(r"(?:[\s,]|and\b|or\b|the\b|[A-Z][\w'\u2019&.-]*(?![\w'\u2019&.-])|"
                     r"\([^()\n]{0,40}\))*")


def _rival(text: str, ss: int, at: int) -> bool:
    """The name at ``at`` is in the list of rivals a cue opens before it in its sentence (from
    ``ss``; at most 200 characters back)."""
    cue = None
    for cue in _RIVAL_CUE.finditer(text, max(ss, at - 200), at):
        pass
    return cue is not None and _LISTED.fullmatch(text, cue.end(), at) is not None


_QUESTION_END = re.compile(r"\?[\s\"'”’)]*$")


def asked(text: str, ss: int, se: int) -> bool:
    """The sentence ``text[ss:se]`` is a question (it ends with "?"): what it names together is
    asked about, not stated."""
    return _QUESTION_END.search(text, max(ss, se - 8), se) is not None


def _links(other, ent) -> bool:
    """``other`` (new) has a statement of a rule (no guess) whose object is ``ent``."""
    return not other.known and any(o == ent.iri and not r.startswith("cooccur:")
                                   for _, o, _, r in other.statements)
