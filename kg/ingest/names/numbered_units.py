"""Units of a works named by a number, the way logs, weekly reports and port papers print them:
"No. 1 Submerged Arc Furnace", "No. 12 ore berth of X Co., Ltd.", "furnace No. 1", "melting
furnace No. 3" (a head of ``data/facility-heads.txt``, in any case, before or after "No. N").
A number picks out one unit, so no determiner is needed (unlike "the furnace", which
:mod:`kg.ingest.names.facility_nouns` reads): each head and number is one new ``nfo:Site``
(rule ``site:numbered-unit``, confidence 0.5), however the text prints it ("No. 1 Submerged
Arc Furnace" in a title and "furnace No. 1" in a note are one furnace; so is a "Furnace No. 2"
that :mod:`kg.ingest.names.coded_sites` read with "No. 2 furnace"). Labelled as first printed,
every printed form and "<head> No. N" are aliases.

Its owner: the organisation right after "of" (``nfo:ownedBy``, confidence 0.6), or before "'s";
else the company the article is about (0.4: a log or a report on its own works). A phrase
inside or across a name (an organisation, a place, a site, a project), a plural ("Nos. 1 and
2 furnaces", "furnaces No. 1-4") or a number with no facility head ("Notice No. 58",
"electrode holder No. 2") mints nothing. A grid unit named by its voltage ("110 kV
substation", "the 110 kV Shimen substation of X"; not "a 110 kV substation", "two 35 kV
lines") is one site per voltage, name and head the same way. Two searches of one pattern each: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.names.coded_sites import RULE as CODED_RULE
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "site:numbered-unit", 0.5
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|is|are|was|were|be|been|has|have|had|will|would|as|than|not|no|nos|every|"
         "each|all|any|other|such|per|about|into|after|before|when|while|but|if|then")
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_POSS = re.compile(r"['\u2019]s[ \t]+$")
# up to three lower-case words before "furnace No. 1": "melting furnace No. 1"
_MODS_BACK = re.compile(rf"(?<![\w\-])(?:(?!(?:{_STOP})\b)[a-z][a-z\-]*[ \t]+){{1,3}}$")
_PLURAL_AFTER = re.compile(r"[ \t]*(?:,|and|&|-|to|\u2013)[ \t]*(?:No\.[ \t]*)?\d", re.I)


@lru_cache(maxsize=None)
def _heads() -> frozenset:
    """The facility heads, lower case, one space between words."""
    return frozenset(" ".join(re.split(r"\s{2,}", ln)[0].lower().split())
                     for ln in lines("facility-heads"))


# a grid unit named by its voltage: "110 kV substation", "110 kV Shimen substation"
_RATED = re.compile(r"(?<![\w.,])\d{2,4}[ \t]*kV[ \t]+(?:(?P<name>[A-Z][a-z]+)\s+)?"
                    r"(?P<head>substation|switching[ \t]+station|switchyard|transmission[ \t]+line)"
                    r"(?![\w\-])")
_COUNTED = re.compile(r"\b(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Nn]ew|"
                      r"[Ee]ach|[Ee]very|[Aa]ny|\d+)[ \t]+$")
# every "No. N" of the text, and the words around it: heads are looked up in a set, so each
# "No." costs the same however long the list (a long text with none is one scan for "No.")
_NO = re.compile(r"(?<![\w.])No\.[ \t]*(?P<n>\d{1,4}[A-Z]?)(?![\w\-])")
_WORDS_AFTER = re.compile(r"(?:[ \t]+[A-Za-z][A-Za-z\-]*){1,5}")
_WORDS_BEFORE = re.compile(r"(?<![\w\-])(?:[A-Za-z][A-Za-z\-]*[ \t]+){1,3}$")
_STOPS = frozenset(_STOP.split("|"))


def _unit_after(text: str, at: int):
    """(end, head) of "Submerged Arc Furnace" after "No. 1 ": up to three modifiers, then the
    longest head of the list; None."""
    m = _WORDS_AFTER.match(text, at)
    if m is None:
        return None
    ws = list(re.finditer(r"[A-Za-z][A-Za-z\-]*", m.group(0)))
    heads = _heads()
    for i in range(min(4, len(ws))):
        if ws[i].group(0).lower() in _STOPS and i < len(ws) - 1:
            return None
        for n in (3, 2, 1):
            if i + n <= len(ws):
                words = " ".join(w.group(0).lower() for w in ws[i:i + n])
                if words in heads:
                    return at + ws[i + n - 1].end(), " ".join(w.group(0) for w in ws[i:i + n])
    return None


def _unit_before(text: str, at: int):
    """(start, head) of "furnace " right before "No. 1" (the longest head of the list that
    ends there); None."""
    m = _WORDS_BEFORE.search(text, max(0, at - 40), at)
    if m is None:
        return None
    ws = list(re.finditer(r"[A-Za-z][A-Za-z\-]*", m.group(0)))
    for n in (3, 2, 1):
        if n <= len(ws) and " ".join(w.group(0).lower() for w in ws[-n:]) in _heads():
            return m.start() + ws[-n].start(), " ".join(w.group(0) for w in ws[-n:])
    return None


def _key(head: str, n: str) -> tuple[str, str]:
    return head.split()[-1].lower(), n if "kV" in n else n.upper()


def propose(draft, spans_of, minter, kind_of=None) -> list:
    """Add the numbered units of the text to the draft and to ``spans_of``."""
    text = draft.text
    if "No." not in text and "kV" not in text:
        return []
    hits = []
    for r in _RATED.finditer(text):
        # "110 kV Shimen substation", "the 35 kV line": a grid unit the rating picks out (not
        # "a 110 kV substation", "two 35 kV lines")
        if _COUNTED.search(text, max(0, r.start() - 12), r.start()) is None:
            hits.append((r.start(), r.end(), r.group("head"),
                         " ".join(text[r.start():r.end("name") if r.group("name")
                                       else r.start("head")].split())))
    for no in _NO.finditer(text):
        got = _unit_after(text, no.end())
        if got is not None:
            hits.append((no.start(), got[0], got[1], no.group("n")))
            continue
        got = _unit_before(text, no.start())
        if got is None:
            continue
        a, head = got
        back = _MODS_BACK.search(text, max(0, a - 60), a)
        if back is not None and head[:1].islower():
            a = back.start()
        hits.append((a, no.end(), head, no.group("n")))
    if not hits:
        return []
    hits.sort()
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    by_start = {}
    for s, e, x in spans:
        if kind(x) == "org" and not x.role:
            by_start.setdefault(s, x)
    by_end = {e: x for s, e, x in spans if kind(x) == "org" and not x.role}
    units: dict[tuple[str, str], Entity] = {}
    for s, e, x in spans:
        if x.rule == CODED_RULE and " No. " in x.label:
            head, _, n = x.label.partition(" No. ")
            units.setdefault(_key(head, n), x)
    lead = None
    made: list[tuple[int, int, Entity]] = []
    last_end = -1
    for a, b, head, n in hits:
        if a < last_end or "\n\n" in text[a:b]:
            continue
        if _PLURAL_AFTER.match(text, b) or text[max(0, a - 5):a].lower().startswith("nos"):
            continue
        lo = bisect.bisect_right(starts, a) - 1
        near = spans[max(0, lo - 8):bisect.bisect_left(starts, b)]
        # (inside or across a name; a rated unit's own name may hold a short name: "110 kV
        # Shimen substation" beside "Hami Shimen Silicon Co., Ltd.")
        if any(s < b and e > a and kind(x) in ("org", "place", "project") and
               not ("kV" in n and a < s and e < b) for s, e, x in near):
            continue
        key = _key(head, n)
        printed = " ".join(text[a:b].split())
        ent = units.get(key)
        if ent is None:
            label = printed[:1].upper() + printed[1:]
            ent = Entity(minter.mint(label), NFO.Site, label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            units[key] = ent
        if ent.rule == RULE:
            ent.aliases.add(printed)
            if "kV" not in n:
                ent.aliases.add(f"{head.split()[-1].lower()} No. {n}")
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
        last_end = b
        if ent.rule != RULE or any(p == NFO.ownedBy for p, *_ in ent.statements):
            continue
        of = _OF.match(text, b)
        owner = by_start.get(of.end()) if of is not None else None
        if owner is not None:
            ent.add(NFO.ownedBy, owner.iri, Span(a, b), f"{RULE}@0.6")
            continue
        poss = _POSS.search(text, max(0, a - 4), a)
        owner = by_end.get(poss.start()) if poss is not None else None
        if owner is not None:
            ent.add(NFO.ownedBy, owner.iri, Span(a, b), f"{RULE}@0.6")
            continue
        if lead is None:
            lead = lead_company(text, spans, kind) or False
        if lead:
            ent.add(NFO.ownedBy, lead.iri, Span(a, b), f"{RULE}@0.4")
    spans_of.extend(made)
    return [e for _, _, e in made]
