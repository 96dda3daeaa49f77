"""Several works of one owner named together by a plural common noun: "its refineries in
Shandong", "the titanium processing materials plants of the Group in the Guanzhong region",
"X's semi-coke plants", "the sponge titanium and ingot lines of the group". Curators record
such a group of works as one ``nfo:Site`` ("Refineries of Xinfa Group in Shandong Province").

A plural facility head (the singular heads of ``data/facility-heads.txt`` that name a works,
a store or a line, made plural) after "the", "its" / "their" or a possessive, with up to four
modifiers between ("titanium processing materials", "sponge titanium and ingot"), is one new
site (rule ``site:plural-noun``, confidence 0.45) when

* its owner is plain: the organisation of the possessive ("X's"), the one named right after
  "of" ("of X", "of the Group" read as the group), or, for "its" / "their", the subject of the
  clause (:func:`kg.ingest.names.facility_nouns.phrase_owner`, without the guess of the
  article's company); and
* it says what or where they are: a metal or product among the modifiers, or a place right
  after "in" ("its plants in Germany", "the smelters of X in Yunnan").

What the phrase gives it: ``nfo:ownedBy`` the owner, ``nfo:concernsMetal`` the metals among the
modifiers, ``nfo:locatedIn`` the place after "in". Its label is built the way curators write
it ("Refineries of Xinfa Group in Shandong Province"; the modifiers and the head, "refineries",
an alias). "The plants" with nothing else, "smelters in China" (no owner), "all / other / its
two plants" (a number or a word in passing among the modifiers) and a head that modifies
another noun ("the plants' managers", "refineries project") mint nothing. One search for the
plural heads, a bounded look back from each: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.names.facility_nouns import COMPOUND, PASSING, phrase_owner
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.referents import referents
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "site:plural-noun", 0.45
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|whose|is|are|was|were|be|been|has|have|had|will|would|as|than|not|no|all|"
         "each|every|any|other|such|some|many|most|several|both|our|your|his|her")
_MOD = rf"(?!(?:{_STOP})\b)[A-Za-z][\w\-/]*"
# "X runs four smelters in Y": a count after a verb of having (data/facility-have-verbs.txt)
_HAVE = "|".join(sorted(lines("facility-have-verbs"), key=len, reverse=True)).replace(" ", r"\s+")
_COUNTS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[2-9]|1[0-9]"
# a clause's subject is no organisation a preposition governs ("Y ships ore to X, which runs")
_GOVERNED = re.compile(r"\b(?:of|with|from|to|by|for|than|as)\s+(?:the\s+)?$", re.I)
# the next place of a list after the first ("in Shenzhen and Ningbo", "in A, B and C")
_NEXT_PLACE = re.compile(r",?\s+and\s+|,\s+")
# the phrase before a plural head: "the" / "its" / "their" / a possessive, up to four modifiers
# (two joined by "and": "sponge titanium and ingot lines")
_BACK = re.compile(rf"(?:(?P<det>\b(?:[Tt]he|[Ii]ts|[Tt]heir))|"
                   rf"(?P<poss>['\u2019]s|(?<=[a-z]s)['\u2019](?=[ \t]))|"
                   rf"(?P<have>\b(?:{_HAVE})\s+(?P<count>{_COUNTS})\b))"
                   rf"\s+(?P<mods>(?:{_MOD}\s+(?:and\s+(?={_MOD}\s))?){{0,4}})$")
_KINDS = {"specific", "modified", "made", "generic"}
_NOT_PLURAL = {"works", "brickworks", "steelworks", "ironworks", "waterworks", "complex",
               "head office", "site office", "shop", "block", "deposit", "concession",
               "licence area", "license area", "mining area", "reservoir", "dump", "pit",
               "station", "block", "shaft", "crusher", "converter", "boiler", "reactor",
               "laboratory", "dam", "dock", "yard", "port", "terminal"}
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_OF_ITS = re.compile(r"(?:its|their|his|her|our)\b", re.I)
_IN = re.compile(r"\s+in\s+(?:the\s+)?")
_NUMBER = re.compile(r"\d|^(?:two|three|four|five|six|seven|eight|nine|ten|new|main|major)$",
                     re.I)


def _plural(head: str) -> str:
    if head.endswith("y") and not head.endswith(("ay", "ey", "oy")):
        return head[:-1] + "ies"
    if head.endswith(("s", "x", "ch", "sh")):
        return head + "es"
    return head + "s"


@lru_cache(maxsize=None)
def _heads() -> tuple:
    """(the plural heads as one pattern, the plurals of "made" heads: "lines", "shops")"""
    heads, made = set(), set()
    for ln in lines("facility-heads"):
        parts = re.split(r"\s{2,}", ln)
        if parts[1] in _KINDS and parts[0] not in _NOT_PLURAL:
            heads.add(_plural(parts[0]))
            if parts[1] == "made":
                made.add(_plural(parts[0]))
    # (longest first, those of one length in a fixed order: the same pattern in every process,
    # kept compiled between runs, kg/ingest/regex_cache.py)
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+")
                   for h in sorted(heads, key=lambda h: (-len(h), h)))
    return re.compile(rf"(?<![\w\-])(?:{alt})(?![\w\-'\u2019])"), frozenset(made)


_SCAN = ("kg.ingest.names.plural_sites", "head_pattern")


def head_pattern():
    """The plural heads' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _heads()[0]


def propose(draft, spans_of, minter, kind_of=None) -> list:
    text = draft.text
    pattern, made_heads = _heads()
    hits = [h for h in scans_ahead.finditer(pattern, text, _SCAN)   # (maybe read ahead)
            if h.group(0).islower()]
    if not hits:
        return []
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    within = overlapping(spans, starts)
    sents = Sentences(text)
    refs = referents(text, spans, sents, kind)
    ref_at = {x[0]: x for x in refs}
    ref_end = {x[1]: x for x in refs}
    org_end = {x[1]: x for x in spans if kind(x[2]) == "org" and not x[2].role}
    any_at: dict = {}
    for x in spans:
        if kind(x[2]) in ("org", "place") and not x[2].role:
            old = any_at.get(x[0])
            if old is None or x[1] > old[1]:
                any_at[x[0]] = x
    org_rows = [x for x in spans if kind(x[2]) == "org" and not x[2].role]
    org_starts = [x[0] for x in org_rows]

    def orgs_before(p):
        lo = sents.bounds(p)[0]
        return org_rows[bisect.bisect_left(org_starts, lo):bisect.bisect_left(org_starts, p)]
    made, minted = [], {}
    for h in hits:
        a_head, end = h.start(), h.end()
        m = _BACK.search(text, max(0, a_head - 100), a_head)
        if m is None or "\n\n" in text[m.start():a_head]:
            continue
        mods = m.group("mods").split()
        if any(w.lower() in PASSING or _NUMBER.search(w) for w in mods):
            continue
        nxt = re.match(r"\s+([A-Za-z]+)", text[end:end + 30])
        if nxt and nxt.group(1).lower() in COMPOUND:
            continue
        a = m.start("det") if m.group("det") else m.start("count") if m.group("have") \
            else m.start("mods")
        cover = [x for x in within(a_head, end) if x[0] < end and x[1] > a_head]
        named = cover[0][2] if len(cover) == 1 and cover[0][1] == end and \
            cover[0][0] >= m.start("mods") and cover[0][2].cls == NFO.Site and \
            not cover[0][2].known and not _owned(cover[0][2]) else None
        if cover and named is None:
            continue        # (a name covers the head: "Yunnan Tin Smelters")
        of = _OF.match(text, end)
        if (m.group("det") or "").lower() == "the" and (
                of is None or _OF_ITS.match(text, of.end())):
            continue        # ("the plants" with no owner after it; "of its parent": whose?)
        if m.group("have"):
            # the verb's subject: the last organisation of the sentence before it that no
            # preposition governs
            subj = [x for x in orgs_before(m.start("have"))
                    if not _GOVERNED.search(text, max(0, x[0] - 12), x[0])]
            owner, oconf, ospan = (subj[-1][2], 0.5, subj[-1][:2]) if subj else (None, 0, (a, end))
        else:
            owner, oconf, ospan = phrase_owner(m, text, a, end, org_end, ref_at, ref_end,
                                               any_at, None, orgs_before)
        if owner is None or kind(owner) != "org" or oconf < 0.5:
            continue
        inside = [x for x in within(m.start("mods"), end) if x[2] is not named]
        metals = [x for x in inside if x[2].cls == NFO.Metal]
        if any(x[2].cls != NFO.Metal and kind(x[2]) in ("org", "place") for x in inside):
            continue        # ("its Guixi smelters": a name among the words, another rule's)
        tail = max(end, ospan[1]) if ospan[0] >= end else end
        where = _IN.match(text, tail)
        place = any_at.get(where.end()) if where else None
        if place is not None and kind(place[2]) != "place":
            place = None
        if not metals and (place is None or " ".join(h.group(0).split()) in made_heads):
            continue        # ("its lines in Henan": lines of what?)
        head = " ".join(h.group(0).split())
        places = [place] + _more_places(text, place, any_at) if place is not None else [None]
        if len(places) > 1:
            named = None        # (one works in each place: "its plants in A and B")
            head = _singulars().get(head.lower(), head)
        words = mods + [head]
        for place in places:
            key = (owner.iri, " ".join(words).lower(), place[2].iri if place else None)
            ent = minted.get(key) or named      # (a name another rule read: "copper rod plants")
            if ent is None:
                phrase = " ".join(words)
                label = f"{phrase[:1].upper()}{phrase[1:]} of {without_suffix(owner.label)}"
                if place is not None:
                    label += f" in {place[2].label}"
                ent = Entity(minter.mint(label), NFO.Site, label, False, RULE, CONFIDENCE)
                ent.aliases.add(phrase)
                draft.entities[ent.iri] = ent
                minted[key] = ent
            ent.add(NFO.ownedBy, owner.iri, Span(min(a, ospan[0]), max(end, ospan[1])),
                    f"{RULE}@{oconf}")
            for x in metals:
                ent.add(NFO.concernsMetal, x[2].iri, Span(a, end), RULE)
            stop = place[1] if place is not None else end
            if place is not None:
                ent.add(NFO.locatedIn, place[2].iri, Span(a, stop), RULE)
            if ent is not named:
                ent.mentions.append(Span(a, stop))
                made.append((a, stop, ent))
    spans_of.extend(made)
    return [e for _, _, e in made]


def _more_places(text: str, place, any_at) -> list:
    """The places listed after ``place`` ("in Shenzhen and Ningbo", "in A, B and C")."""
    out = []
    while True:
        m = _NEXT_PLACE.match(text, place[1])
        nxt = any_at.get(m.end()) if m is not None else None
        if nxt is None or kind(nxt[2]) != "place":
            return out
        out.append(nxt)
        place = nxt


@lru_cache(maxsize=None)
def _singulars() -> dict:
    """plural head -> its singular ("refineries" -> "refinery")."""
    return {_plural(ln.split()[0]): ln.split()[0] for ln in lines("facility-heads")
            if len(re.split(r"\s{2,}", ln)) > 1 and " " not in re.split(r"\s{2,}", ln)[0]}


def _owned(ent) -> bool:
    return any(p == NFO.ownedBy for p, *_ in ent.statements)
