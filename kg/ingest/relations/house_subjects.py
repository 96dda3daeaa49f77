"""What a notice's own issuer does, by the noun the text names it with: "The Department will
re-check them in March 2027", "our Center will hold a two-day course in January", "the bureau
plans an on-site check of all five holders", "From 7 to 11 December the station sent three
inspection teams". A bureau's, commission's or centre's notice, circular or bulletin calls its
issuer "the Department" / "our bureau" / "this Commission" (the head noun of the issuer's
name, ``data/house-subject-nouns.txt``: the last word, or the word before "of" in "Provincial
Department of Finance"); an event its text names in a clause whose subject is that phrase is
organised by the issuer (``nfo:organizedBy``, rule ``event:house-subject@0.5``).

The issuers: the organisations the draft's documents named on the text's first lines are
issued by (the article's own notice: letterhead, signature, "Source:"), else the house
(:mod:`house_org`). The phrase is the clause's subject: it opens its sentence or follows a
comma or an opening phrase ("On 14 October", "Entrusted by X,"; not after "of": "the
Commercial Office of the Embassy held"), and is followed by a verb
("will", "shall", "plans", "has", a past tense: "-ed" or an irregular one of
``data/happening-verbs.txt``, "the Bureau set up a task force"), perhaps after "and the Y" ("the Department and
the Communications Administration checked"); not by "of" or a capital ("the Department of
Finance", "the Bureau Chief": another's name). The event is the first new event named from
the phrase to the end of its sentence (or one whose own name opens with the phrase), when no
rule gave it an organiser. A notice of two, three or four issuers (a joint letterhead) names
them all as "the two bodies", "both departments", "the three bureaus" (a count that is theirs
before the plural of a head noun, "bodies", "units" or "authorities"): the event such a subject
states is organised by each of them ("After the two bodies reviewed 21 applications in
October"). One scan of the text for the nouns: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.relations.house_org import house
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "event:house-subject@0.5"
_TITLE_END = 800        # characters: a document named this early is the article's own
_VERB_HEAD = (r"(?:[ \t\n]+and[ \t\n]+(?:the[ \t\n]+)?[^,.;:\n]{1,80}?)?"
              r"(?:[ \t\n]*,[^,.;:]{1,60},)?[ \t\n]+(?:(?:also|then|jointly|together|again|"
              r"first|now|further)[ \t\n]+)?")


@lru_cache(maxsize=1)
def _verb() -> re.Pattern:
    """What follows the subject: a verb of the future or a plan, "has", a past tense ("-ed", or
    an irregular one of ``data/happening-verbs.txt``: "set up", "held", "sent")."""
    irregular = "|".join(re.escape(w) for w in sorted(words("happening-verbs"), key=len,
                                                       reverse=True))
    return re.compile(_VERB_HEAD + r"(?:will|shall|would|plans?|planned|intends?|is[ \t\n]+to|"
                      r"has|had|have|[a-z]+ed|" + irregular + r")\b")


_OF_BEFORE = re.compile(r"\bof[ \t\n]+$")
# what may come before the subject in its clause: nothing, a comma, "and", an opening phrase
_OPENER = re.compile(r"(?:^|[,;:]|\band|\bthen)[ \t\n]*$|^[ \t\n]*(?:on|in|from|by|at|during|"
                     r"since|after|before|between|within)\b[^,;:.]{0,60}$", re.I)


@lru_cache(maxsize=1)
def _nouns() -> frozenset:
    return words("house-subject-nouns")


def head_noun(label: str) -> str | None:
    """The noun a text calls the organisation ``label`` by: the word before its first "of",
    "for" or "on" ("Center for Disease Control"), else its last word; None unless it is one of ``data/house-subject-nouns.txt``."""
    ws = label.split()
    low = [w.lower().strip(".,()") for w in ws]
    cut = next((i for i, w in enumerate(low) if i and w in ("of", "for", "on")), None)
    head = low[cut - 1] if cut is not None else (low[-1] if low else "")
    return head if head in _nouns() else None


def _issuers(draft, spans_of, kind) -> list:
    by_iri = {}
    for _, _, ent in spans_of:
        by_iri.setdefault(ent.iri, ent)
    out = []
    for ent in by_iri.values():
        if ent.kind != "policy" or ent.known or not any(m.start < _TITLE_END
                                                           for m in ent.mentions):
            continue
        for p, o, *_ in ent.statements:
            if p == NFO.issuedBy and o in by_iri and by_iri[o] not in out:
                out.append(by_iri[o])
    if not out:
        orgs = [x for x in spans_by_start(spans_of) if x[2].kind == "org" and not x[2].role]
        h = house(draft.text, orgs)
        if h is not None:
            out.append(h)
    return out


def house_subjects(draft, spans_of, sents, kind) -> None:
    text = draft.text
    issuers = _issuers(draft, spans_of, kind)
    by_noun: dict = {}
    for org in issuers:
        n = head_noun(org.label)
        if n is not None:
            by_noun.setdefault(n, []).append(org)
    # a noun two issuers share ("Department" of two departments) names neither
    by_noun = {n: orgs[0] for n, orgs in by_noun.items() if len(orgs) == 1}
    plural = _plural(len(issuers))
    if not by_noun and plural is None:
        return
    events = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
              if ent.kind == "event" and not ent.known]
    if not events:
        return
    starts = [s for s, _, _ in events]
    found = []          # (the subject phrase, the issuers it names)
    if by_noun:
        phrase = re.compile(r"\b(?:[Tt]he|[Oo]ur|[Tt]his)[ \t\n]+((?i:" + "|".join(
            sorted(by_noun, key=len, reverse=True)) + r"))\b(?![ \t\n]+of\b)(?![ \t\n]+[A-Z])")
        found += [(m, [by_noun[m.group(1).lower()]]) for m in phrase.finditer(text)]
    if plural is not None:
        found += [(m, issuers) for m in plural.finditer(text)]
    for m, orgs in found:
        ss, se = sents.bounds(m.start())
        if not _OPENER.search(text[ss:m.start()]) or not _verb().match(text, m.end(), se) \
                or _OF_BEFORE.search(text, max(ss, m.start() - 8), m.start()):
            continue        # ("the X Office of the Embassy held": the Office's, not the Embassy's)
        # the event named from the phrase on in its sentence, or one whose name holds it
        i = bisect.bisect_left(starts, ss)
        event = None
        while i < len(events) and events[i][0] < se:
            s, e, ent = events[i]
            if s >= m.start() or e > m.end():
                event, end = ent, max(e, m.end())
                break
            i += 1
        if event is None or any(p in (NFO.organizedBy, NFO.coOrganizedBy) or o == orgs[0].iri
                                for p, o, *_ in event.statements):
            continue
        for org in orgs:
            event.add(NFO.organizedBy, org.iri, Span(m.start(), end), RULE)


_COUNTS = {2: "two|both", 3: "three", 4: "four"}


@lru_cache(maxsize=4)
def _plural(n: int) -> re.Pattern | None:
    """The phrase a notice of ``n`` issuers names them all by ("the two bodies", "both
    departments", "the three bureaus"), or None for one issuer."""
    if n not in _COUNTS:
        return None
    nouns = sorted({w + ("es" if w.endswith("s") else "s") for w in _nouns()
                    if not w.endswith("y")} | {w[:-1] + "ies" for w in _nouns() if w.endswith("y")}
                   | {"bodies", "units", "issuers", "authorities", "organisations",
                      "organizations"}, key=len, reverse=True)
    return re.compile(r"\b(?:[Tt]he[ \t\n]+(?:" + _COUNTS[n] + r")|[Bb]oth)[ \t\n]+(?i:(?:"
                      + "|".join(nouns) + r"))\b" if n == 2 else
                      r"\b[Tt]he[ \t\n]+" + _COUNTS[n] + r"[ \t\n]+(?i:(?:" + "|".join(nouns)
                      + r"))\b")
