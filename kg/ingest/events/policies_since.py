"""A rule in force since a date, told with "since": "the export licence system in force since
2023", "Export controls on some tungsten items since February 2025 have cut the flow of
material abroad", "a solid waste whose import China has banned since 1 January 2021", "metals
whose exports China has controlled since 2023". Curators record the rule as an ``nfo:Policy``
whose ``nfo:dateInForce`` is the date (rule ``policy:in-force-since``, 0.4).

Two forms, both right before "since <date>":
* a noun phrase headed by a rule's noun (``data/policy-since-heads.txt``: controls, ban, licence
  system, quotas, tariffs ...), with a tail "on/for/of ..." of at most six words, then "in
  force", "in effect", "in place" or nothing: the rule is the phrase ("Export controls on some
  tungsten items");
* a government's verb on a trade (``data/policy-since-verbs.txt``: "has banned", "has
  controlled"): "<Name> has banned ... since", with "whose import(s)/export(s)" before it:
  "China's ban on imports".

A phrase a policy of the draft already covers gives it the day in force when it has none, and
no new policy. Not read: a state of running ("in operation since 2004":
:mod:`kg.ingest.events.since_states`), an amount ("exports have fallen since 2023"), a date still
to come. Each "since <date>" is looked at once, in a window of at most 160 characters before it:
linear in the text's length."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.weekday_dates import text_days
from kg.ingest.events.years import document_year
from kg.ingest.lexicon import alternation, lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "policy:in-force-since", 0.4
_BACK = 160
_SINCE = re.compile(r"\b[Ss]ince[ \t\n]+$")
_W = r"[A-Za-z][\w'\u2019-]*"
_DETS = re.compile(r"^(?:the|a|an|its|their|our|this|these|those)\s+", re.I)
# words that end a noun phrase going back (a clause's verb or preposition is no modifier)
_STOPS = frozenset((
    "the a an and or of on for to in at by with from under as that which who whose is are was "
    "were be been has have had will would under since than into after before while when where "
    "said says also its their our this these those").split())


def _fields(name: str) -> list[list[str]]:
    return [ln.split("  ", 1) for ln in lines(name)]


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, dict]:
    head = alternation("policy-since-heads")
    # "<head> [on|for|of <up to six words>] [in force|in effect|in place]" closing before "since"
    noun = re.compile(r"(?<![\w'\u2019-])(?P<head>" + head + r")(?P<tail>[ \t\n]+(?:on|for|of)"
                      r"(?:[ \t\n]+" + _W + r"){1,6})?(?:[ \t\n]+in[ \t\n]+(?:force|effect|place))?"
                      r"[ \t\n]+$", re.I)
    nouns = {f[0].strip(): f[1].strip() for f in _fields("policy-since-verbs") if len(f) == 2}
    verb = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    # "[whose import(s)/export(s)] <Name> has (been) banned [<object>]" closing before "since"
    did = re.compile(r"(?:\b(?P<whose>whose)[ \t\n]+(?P<trade>imports?|exports?)[ \t\n]+)?"
                     r"(?P<subj>[A-Z][\w'\u2019-]*(?:[ \t\n]+[A-Z][\w'\u2019-]*){0,3})[ \t\n]+"
                     r"(?:has|have)[ \t\n]+(?:been[ \t\n]+)?(?P<verb>" + verb + r")"
                     r"(?P<obj>(?:[ \t\n]+[a-z][\w-]*){0,4})[ \t\n]+$")
    return noun, did, nouns


def _modifiers(text: str, lo: int, at: int) -> int:
    """Where the noun phrase ending at ``at`` starts: back over at most four words that are no
    clause's small words (and its determiner), not before ``lo``."""
    start = at
    words = list(re.finditer(_W, text[lo:at]))
    for k, m in enumerate(reversed(words)):
        if k >= 4 or m.group(0).lower() in _STOPS or text[lo + m.end():start].strip(" \t\n"):
            break
        start = lo + m.start()
    return start


def policies_since(draft, spans_of, minter, kind_of) -> list:
    """Propose the policies described above (or date the draft's own); returns the new ones."""
    text = draft.text
    if "ince" not in text:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    year = document_year(text, doc_date)
    noun, did, nouns = _patterns()
    owner: dict = {}
    for a, b, e in spans_of:
        if not e.known and kind_of(e.cls) == "policy":
            for i in range(a, b):
                owner.setdefault(i, e)
    made = []
    for d in text_days(text, year, doc_date):
        if d.until or not d.value[:4].isdigit():
            continue
        ref = doc_date or year
        if ref and d.value[:len(ref)] > ref[:len(d.value)]:
            continue        # (a rule in force only later is a plan's, not this one)
        lead = _SINCE.search(text, max(0, d.start - 10), d.start)
        if lead is None:
            continue
        lo = max(0, lead.start() - _BACK)
        m = noun.search(text, lo, lead.start())
        label = span = None
        if m is not None:
            start = _modifiers(text, lo, m.start())
            words = _DETS.sub("", " ".join(text[start:m.end("tail") if m.group("tail")
                                                 else m.end("head")].split()))
            label, span = words[:1].upper() + words[1:], (start, d.end)
        else:
            m = did.search(text, lo, lead.start())
            if m is not None:
                what = nouns[m.group("verb")]
                obj = (m.group("trade") or "").lower() or m.group("obj").strip()
                obj = obj + "s" if obj in ("import", "export") else obj
                subj = " ".join(m.group("subj").split())
                label = f"{subj}'s {what}" + (f" on {obj}" if obj else "")
                span = (m.start(), d.end)
        if label is None or len(label) < 4:
            continue
        a, b = span
        mine = next((owner[i] for i in range(a, b) if i in owner), None)
        if mine is not None:
            if not any(st[0] == NFO.dateInForce for st in mine.statements):
                mine.add(NFO.dateInForce, date_literal(d.value), Span(a, b), RULE)
            continue
        ent = Entity(minter.mint("policy", label[:60]), NFO.Policy, label, False, RULE, CONFIDENCE)
        ent.mentions.append(Span(a, b))
        ent.add(NFO.dateInForce, date_literal(d.value), Span(a, b), RULE)
        draft.entities[ent.iri] = ent
        spans_of.append((a, b, ent))
        for i in range(a, b):
            owner.setdefault(i, ent)
        made.append(ent)
    return made
