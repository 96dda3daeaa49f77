"""Facilities an indefinite phrase introduces with the place they are in: "makes lithium
carbonate at a plant in Golmud", "dumped the slag in an abandoned brick kiln in Wen County", "a
bonded warehouse at Qinzhou Port", "ore from a copper mine near Kolwezi". The phrase "a / an",
up to four modifiers, a facility head of ``data/facility-heads.txt`` (singular), then "in / at /
near / outside" and a place (or a site) that another rule named is one new ``nfo:Site`` (rule
``site:placed-noun``, confidence 0.45), labelled by the phrase and the place ("Abandoned brick
kiln in Wen County"; the words before the head and the head are an alias):

* ``nfo:locatedIn`` the place, ``nfo:concernsMetal`` the metals among its modifiers;
* ``nfo:ownedBy`` the subject of its clause when a verb of having, running or making stands
  between them ("X runs ... a plant in Y", "X makes ... at a plant in Y": the first
  organisation of the sentence that no preposition governs, with no "said", "that" or ";"
  between; ``data/facility-have-verbs.txt``, ``data/site-making-verbs.txt``), confidence 0.4.

"X Co., Ltd., whose furnace in the Y cluster district": a site in that place too, owned
(confidence 0.4) by the organisation just before ("its smelter" is facility_nouns.py's).
A facility "run / operated / owned / managed by" an organisation instead of a place ("a bonded
warehouse run by X", "the tailings dam operated by X"; "the" too) is a site of that
organisation: "Bonded warehouse of X" (its legal form left out), ``nfo:ownedBy`` X.

After a verb of building or planning among the four words before it ("plans to build a",
"will help set up a": ``data/site-building-verbs.txt``) it is a project (``nfo:Project``, rule
``project:placed-noun``). A phrase another name covers or crosses, a plural ("plants in A and
B"), an apposition that says what a company is ("X Co., Ltd., a smelter in Y"), or one its
clause denies ("A will not build a smelter in X") mints nothing. Later "the plant", "the kiln" are left to :mod:`kg.ingest.names.facility_nouns`,
which finds the site by its head's stem. One search for the heads, a bounded look back from
each: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.names.facility_nouns import head_hits, placed_head
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.names.port_sites import propose as port_sites
from kg.ingest.reading.mood import denied, dropped_after
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, PROJECT_RULE = "site:placed-noun", "project:placed-noun"
CONFIDENCE, OWNER_CONFIDENCE = 0.45, 0.4
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|whose|is|are|was|were|be|been|has|have|had|will|would|as|than|not|no|"
         "every|each|all|any|other|such|per|about|into|over|under|after|before|one")
_MOD = rf"(?!(?:{_STOP})\b)[A-Za-z0-9](?:[\w\-/]|[.,](?=\d))*"
_BACK = re.compile(rf"\b(?P<det>[Aa]n?)\s+(?P<mods>(?:{_MOD}\s+){{0,4}})$")
# "whose <head> in <place>": a facility of the organisation before ("its smelter" is
# facility_nouns.py's: "X smelter")
_BACK_OWN = re.compile(rf"\b(?P<det>[Ww]hose)\s+(?P<mods>(?:{_MOD}\s+){{0,4}})$")
_WHOSE_GAP = re.compile(r"\s*(?:\([^()\n]{0,80}\)\s*|[^()\n,]{0,60}\)\s*)?,?\s*")
_BACK_THE = re.compile(rf"\b(?P<det>[Aa]n?|[Tt]he)\s+(?P<mods>(?:{_MOD}\s+){{0,4}})$")
# "a bonded warehouse run by X", "the tailings dam, operated by X,": the organisation that runs it
_RUN_BY = re.compile(r"\s*,?\s+(?:run|operated|owned|managed|leased|held)\s+(?:jointly\s+)?by\s+"
                     r"(?:the\s+)?")
# ("whose smelter is in Fugu County": the verb of being too)
_AFTER = re.compile(r"(?:\s+(?:is|lies|stands|sits)(?:\s+located|\s+situated)?)?"
                    r"\s+(?P<prep>in|at|near|outside|on\s+the\s+outskirts\s+of)\s+(?:the\s+)?")
_GOVERNED = re.compile(r"\b(?:of|with|from|to|by|for|than|as|and)\s+(?:the\s+)?$", re.I)
_APPOSITION = re.compile(r",\s*$")
_BREAK = re.compile(r"[;:]|\b(?:said|says|say|told|that|which|who|while|whereas|but)\b")


def _name_end(text: str, p: int) -> int:
    """Where the name before ", a ..." at ``p`` ends (the comma and spaces skipped back)."""
    j = p
    while j > 0 and text[j - 1] in " \t\n":
        j -= 1
    return j - 1 if j > 0 and text[j - 1] == "," else -1


def building_before(text: str, p: int) -> bool:
    """Whether one of the four words before ``p`` is a verb of building or planning
    (``data/site-building-verbs.txt``): "plans to build a", "will help set up a"."""
    return _cue().search(text, max(0, p - 48), p) is not None


@lru_cache(maxsize=None)
def _cue() -> re.Pattern:
    verbs = sorted(words("site-building-verbs"), key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in verbs)
    return re.compile(rf"\b(?:{alt})\s+(?:[\w-]+\s+){{0,3}}$", re.I)


@lru_cache(maxsize=None)
def _verbs() -> re.Pattern:
    """Verbs by which a clause's subject has, runs or makes things at a facility."""
    vs = set(words("facility-have-verbs")) | words("site-making-verbs")
    alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(vs, key=lambda v: (-len(v), v)))
    return re.compile(rf"\b(?:{alt})\b", re.I)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the facilities introduced as "a <head> in <place>" to the draft and ``spans_of``."""
    text = draft.text
    ports = port_sites(draft, spans_of, minter)     # "the port of Callao", "Ningbo port"
    if " a" not in text and "A " not in text:
        return ports
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    within = overlapping(spans, starts)
    where = {}
    for x in spans:
        if (kind(x[2]) == "place" or x[2].cls == NFO.Site) and not x[2].role:
            old = where.get(x[0])
            if old is None or x[1] > old[1]:
                where[x[0]] = x
    orgs = [x for x in spans if kind(x[2]) == "org" and not x[2].role]
    org_starts = [x[0] for x in orgs]
    sents = None
    made: list[tuple[int, int, Entity]] = []
    by_label: dict[str, Entity] = {}
    org_at = {x[0]: x for x in orgs}
    for h in head_hits(text):
        a_head, b = h.start(), h.end()
        if placed_head(h.group(0)):
            continue        # ("a site in X": facility_nouns.py reads "its site in X" only)
        tail = _AFTER.match(text, b)
        place = where.get(tail.end()) if tail is not None else None
        runner = None
        if place is None:
            # "a bonded warehouse run by X", "the tailings dam operated by X": X's site
            tail = _RUN_BY.match(text, b)
            runner = org_at.get(tail.end()) if tail is not None else None
            if runner is None:
                continue
        m = (_BACK_THE if runner else _BACK).search(text, max(0, a_head - 100), a_head)
        owned = m is None and runner is None
        if owned:
            # "its smelter in Heshan District", "whose furnace in the X cluster district"
            m = _BACK_OWN.search(text, max(0, a_head - 100), a_head)
        if m is None or "\n\n" in text[m.start():a_head]:
            continue
        a = m.start("mods") if m.group("mods") else a_head
        # a name covering or crossing the phrase (not a metal, a field or a place in it)
        if any(s < a or e > b or kind(x) not in ("metal", "field", "place") or x.cls == NFO.Site
               for s, e, x in within(a, b)):
            continue
        if not owned and _APPOSITION.search(text, max(0, m.start() - 3), m.start()) and \
                any(e == _name_end(text, m.start()) for s, e, x in within(
                    max(0, m.start() - 80), m.start()) if kind(x) in ("org", "place")):
            continue        # "X Co., Ltd., a smelter in Y": what X is, not a site of its own
        building = building_before(text, m.start())
        end = (place or runner)[1]
        if sents is None:
            sents = Sentences(text)
        if denied(text, sents, a, end) or dropped_after(text, end, sents.bounds(a)[1]):
            continue        # "A will not build a zinc smelter in X": no site, no project
        phrase = " ".join(text[a:b].split())
        if sents is None:
            sents = Sentences(text)
        whose = _possessor(text, sents.bounds(a_head)[0], m, orgs, org_starts) if owned \
            else None
        if runner is not None:
            label = f"{phrase} of {without_suffix(runner[2].label)}"
        else:
            label = f"{phrase} {' '.join(tail.group('prep').split())} {place[2].label}"
            if whose is not None:       # ("X, whose smelter is in Y": X's, one of many)
                label = f"{phrase} of {without_suffix(whose[2].label)} " + label[len(phrase) + 1:]
        label = label[:1].upper() + label[1:]
        key = normalise_name(label)
        ent = by_label.get(key)
        if ent is None:
            cls, rule = (NFO.Project, PROJECT_RULE) if building else (NFO.Site, RULE)
            ent = Entity(minter.mint(label), cls, label, False, rule, CONFIDENCE)
            by_label[key] = ent
            draft.entities[ent.iri] = ent
            if m.group("mods"):
                ent.aliases.add(phrase)
        ent.mentions.append(Span(a, end))
        made.append((a, end, ent))
        if runner is not None:
            ent.add(NFO.ownedBy, runner[2].iri, Span(a, end), ent.rule)
        elif place[2] is not ent:
            ent.add(NFO.locatedIn, place[2].iri, Span(a, end), ent.rule)
        for _, _, x in within(a, b):
            if x.cls == NFO.Metal:
                ent.add(NFO.concernsMetal, x.iri, Span(a, end), ent.rule)
        if sents is None:
            sents = Sentences(text)
        if runner is not None:
            owner = None
        elif owned:
            owner = whose
        else:
            owner = _subject(text, sents.bounds(a_head)[0], m.start("det"), orgs, org_starts)
        if owner is not None:
            ent.add(NFO.ownedBy, owner[2].iri, Span(owner[0], end),
                    f"{ent.rule}@{OWNER_CONFIDENCE}")
    spans_of.extend(made)
    return [e for _, _, e in made] + ports


def _subject(text, ss, p, orgs, org_starts):
    """The organisation that opens the clause before ``p`` (no preposition before it) when a
    verb of having, running or making stands between it and ``p``, and no break."""
    i, j = bisect.bisect_left(org_starts, ss), bisect.bisect_left(org_starts, p)
    for x in orgs[i:j]:
        if x[1] > p or _GOVERNED.search(text, max(0, x[0] - 12), x[0]):
            continue
        between = text[x[1]:p]
        if len(between) > 120 or _BREAK.search(between) or not _verbs().search(between):
            return None
        return x
    return None


def _possessor(text, ss, m, orgs, org_starts):
    """Whose facility "whose <head>" is: the organisation that ends right before ", whose"."""
    p = m.start("det")
    # (from the sentence's start, or a short way back: a quoted short form may have cut it)
    i, j = bisect.bisect_left(org_starts, min(ss, p - 200)), bisect.bisect_left(org_starts, p)
    for x in reversed(orgs[i:j]):
        # (a short form in brackets may stand between: 'X Co., Ltd. ("X"), whose smelter')
        # (or the name is the short form in those brackets: '("X" or "the company"), whose')
        return x if _WHOSE_GAP.fullmatch(text, x[1], p) else None
    return None
