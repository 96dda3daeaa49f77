"""Works done on a plant named by their noun: "will be shut down for its annual overhaul", "the
desulfurization upgrade of the smelting furnace", "inspected the smelter's acid plant
upgrade", "the relocation of the smelter" (nouns: ``data/works-project-heads.txt``). A
maintenance notice, an environmental report or a yearbook names such a job once and then
calls it "the overhaul"; curators read it as one ``nfo:Project``.

The phrase: "the / its / their / this" or a possessive ("the smelter's", "X's"), up to three
modifier words, the noun (singular), and "of (the) ..." up to the next punctuation or verb
(the object worked on). It must be a job on a plant: a word of maintenance or emission control
before the noun ("annual", "desulfurization": ``data/works-project-modifiers.txt``), a
facility head among its words or its object's ("the acid plant upgrade", "relining of the
reactors"), or a site as the object or the possessive ("the smelter's upgrade"); "the
industrial upgrading", "the overhaul of equipment" are none. A bare "the upgrade" is only a
mention of the one named before with that noun (none named: nothing). Each is one new ``nfo:Project`` (rule ``project:works-noun``, confidence 0.45)
labelled by the phrase ("Desulfurization upgrade of the smelting furnace"; the modifiers and
the noun are an alias):

* ``nfo:about`` the site or project the object or the possessive names ("the smelter's",
  "of the smelting furnace": when no rule read it, a new site of the works' owner, rule
  ``site:works-object``, when the object has a modifier and a facility head);
* ``nfo:ownedBy`` the organisation of a possessive, else the company the article is about
  when the determiner is "its" or "the" (confidence 0.4).

A plural ("upgrades of both lines"), an indefinite ("an upgrade would cost"), a noun that
modifies another ("the upgrade plan" is a plan, "the overhaul team") or a phrase inside or
across a name mints nothing. One search for the nouns, a bounded look back from each: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.names.facility_nouns import head_pattern
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, OBJECT_RULE, CONFIDENCE = "project:works-noun", "site:works-object", 0.45
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|whose|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|"
         "as|than|not|no|every|each|all|any|other|such|per|about|into|after|before|when|while|"
         "but|if|then|new|first|second|next|last|planned|proposed|possible|further")
_MOD = rf"(?!(?:{_STOP})\b)[a-z0-9][\w\-]*"
_BACK = re.compile(rf"(?:(?P<det>\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his))|(?P<poss>['\u2019]s))"
                   rf"\s+(?P<mods>(?:{_MOD}\s+){{0,3}})$")
# the object: "of (the) <up to five words>" up to punctuation, a verb or a preposition (the
# first of them: "the overhaul of the X plant ended on 9 May" is of "the X plant")
_OBJECT = re.compile(rf"[ \t]+of[ \t\n]+(?P<obj>(?:the[ \t\n]+)?(?:{_MOD}[ \t\n]+){{0,4}}?{_MOD})"
                     r"(?=[ \t]*(?:[,.;:)\n]|$|[ \t]+(?:was|is|were|are|will|has|had|have|"
                     r"approved|began|begins|started|starts|ended|ends|finished|finishes|"
                     r"completed|resumed|continued|lasted|lasts|stopped|took|takes|went|"
                     r"by|in|at|on|to|for|from|and|which|that|with)\b))", re.I)
# a noun right after the head that the head modifies ("the upgrade plan", "the overhaul team")
_COMPOUND = re.compile(r"[ \t]+(?:plan|plans|team|teams|headquarters|cost|costs|fee|fees|"
                       r"budget|fund|funds|scheme|programme|program|project|projects|period|"
                       r"work|works|notice|report|contract|contractor|contractors|company|"
                       r"department|office|schedule|season|standard|standards)\b", re.I)


def _object_site(draft, minter, text, obj, owner, oconf):
    """The unit an object with a modifier and a facility head names, when no rule named it:
    "(upgrade) of the smelting furnace" is a new site "Smelting furnace" (rule
    ``site:works-object``, confidence 0.45) of the works' owner; ``(start, end, site)`` or
    None ("of the plant" alone names too little)."""
    words = obj.group("obj").split()
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or words[-1].endswith("s") or not words[-1].islower() or \
            head_pattern().fullmatch(words[-1]) is None and \
            head_pattern().fullmatch(" ".join(words[-2:])) is None:
        return None
    label = " ".join(words)
    label = label[:1].upper() + label[1:]
    b = obj.end("obj")
    a = obj.start("obj") + re.match(r"(?:the\s+)?", obj.group("obj"), re.I).end()
    site = Entity(minter.mint(label), NFO.Site, label, False, OBJECT_RULE, CONFIDENCE)
    site.aliases.add(" ".join(words).lower())
    site.mentions.append(Span(a, b))
    draft.entities[site.iri] = site
    if owner is not None:
        site.add(NFO.ownedBy, owner.iri, Span(a, b), f"{OBJECT_RULE}@{oconf}")
    return a, b, site


def _on_a_plant(mods, objtext, obj, m, works_at, by_end) -> bool:
    """Whether the phrase is a job on a plant: a word of ``data/works-project-modifiers.txt``
    ("annual", "desulfurization"), a facility head among its words or its object's ("the acid
    plant upgrade", "relining of the reactors"), a site the object or the possessive names."""
    if any(w.lower() in _modifiers() for w in mods):
        return True
    singular = " ".join(w[:-1] if w.endswith("s") else w for w in (mods + objtext.split()))
    if head_pattern().search(singular):
        return True
    if obj is not None and (works_at.get(obj.start("obj")) is not None or
                            works_at.get(obj.start("obj") - 4) is not None):
        return True
    x = by_end.get(m.start("poss")) if m.group("poss") else None
    return x is not None and x[2].cls == NFO.Site


@lru_cache(maxsize=None)
def _modifiers() -> frozenset:
    return words("works-project-modifiers")


@lru_cache(maxsize=None)
def _heads() -> re.Pattern:
    alt = "|".join(sorted(lines("works-project-heads"), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?<![\w\-])(?:{alt})(?![\w\-])")


def propose(draft, spans_of, minter, kind_of=None) -> list:
    """Add the works projects of the text to the draft and to ``spans_of``."""
    text = draft.text
    hits = list(_heads().finditer(text))
    if not hits:
        return []
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    by_end = {}
    for s, e, x in spans:
        if not x.role and kind(x) in ("org", "place", "project"):
            by_end.setdefault(e, (s, e, x))
    # (every mention of a site or project: a later "the smelter" that refers back to one is
    # the entity's mention, not always a span of its own)
    works_at: dict[int, tuple] = {}
    for x in draft.entities.values():
        if not x.role and (x.cls == NFO.Site or kind(x) == "project"):
            for sp in x.mentions:
                old = works_at.get(sp.start)
                if old is None or sp.end > old[1]:
                    works_at[sp.start] = (sp.start, sp.end, x)
                by_end.setdefault(sp.end, (sp.start, sp.end, x))
    lead = None
    made: list[tuple[int, int, Entity]] = []
    by_key: dict[tuple, Entity] = {}
    last: dict[str, Entity] = {}
    for h in hits:
        head = h.group(0)
        m = _BACK.search(text, max(0, h.start() - 80), h.start())
        if m is None or _COMPOUND.match(text, h.end()):
            continue
        mods = m.group("mods").split()
        obj = _OBJECT.match(text, h.end())
        a = m.start("det") if m.group("det") else m.start("mods")
        b = obj.end() if obj is not None else h.end()
        if "\n\n" in text[a:b]:
            continue
        lo = bisect.bisect_right(starts, a) - 1
        near = spans[max(0, lo - 8):bisect.bisect_left(starts, b)]
        if any(s < h.end() and e > a and not x.role and kind(x) in ("org", "place", "project")
               for s, e, x in near if not (obj is not None and s >= obj.start("obj"))):
            continue        # (inside or across a name: "the Upgrade Project of X")
        if not mods and obj is None:
            ent = last.get(head)        # "the overhaul": the one named before
            if ent is not None:
                ent.mentions.append(Span(a, h.end()))
                made.append((a, h.end(), ent))
            continue
        objtext = " ".join(obj.group("obj").split()) if obj is not None else ""
        if not _on_a_plant(mods, objtext, obj, m, works_at, by_end):
            continue
        key = (head, " ".join(mods), objtext.lower())
        ent = by_key.get(key)
        if ent is None:
            phrase = " ".join(mods + [head])
            label = phrase + (f" of {objtext}" if objtext else "")
            # (an owner or a site the possessive names completes a label with no object)
            about = owner = None
            oconf = "0.6"
            if obj is not None:
                about = works_at.get(obj.start("obj"))
                if about is None and objtext.lower().startswith("the "):
                    about = works_at.get(obj.start("obj") + 4)
            if m.group("poss"):
                x = by_end.get(m.start("poss"))
                if x is not None and (x[2].cls == NFO.Site or kind(x[2]) == "project"):
                    about = about or x
                elif x is not None and kind(x[2]) == "org":
                    owner = x[2]
                elif x is None:
                    continue        # ("China's largest upgrade": whose, is not said)
            elif m.group("det").lower() in ("its", "the"):
                if lead is None:
                    lead = lead_company(text, spans, kind) or False
                owner, oconf = (lead or None), "0.4"
            if not objtext and about is not None:
                label += f" of {about[2].label}"
            elif not objtext and owner is not None:
                label += f" of {without_suffix(owner.label)}"
            label = label[:1].upper() + label[1:]
            ent = Entity(minter.mint(label), NFO.Project, label, False, RULE, CONFIDENCE)
            ent.aliases.add(phrase)
            draft.entities[ent.iri] = ent
            by_key[key] = ent
            if about is None and obj is not None:
                about = _object_site(draft, minter, text, obj, owner, oconf)
                if about is not None:
                    made.append(about)
            if about is not None and about[2] is not ent:
                ent.add(NFO.about, about[2].iri, Span(a, b), RULE)
            if owner is not None:
                ent.add(NFO.ownedBy, owner.iri, Span(a, b), f"{RULE}@{oconf}")
        last[head] = ent
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
    spans_of.extend(made)
    return [e for _, _, e in made]
