"""The metals (and fields) a new entity's own words give:

* the metals the sentence that introduces a new policy, event, project or agreement names, not
  those printed inside a third entity's name (rule ``context:metal-in-sentence``); the items a
  catalogue or guide "includes" are what it is about ("which included magnesium alloy rolling
  mills": ``context:catalogue-items``);
* the metal printed inside a new organisation's, mine's, park's or project's name ("Magnesium
  Branch", "X Copper-Nickel Park", "Magnesium alloy wheel hubs": ``name:metal-in-name``), and the field inside an organisation's name
  ("X Medical Technology Co., Ltd.": ``name:field-in-name``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.knowledge.word_senses import in_alloy_name
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.names.nesting import containers, inside_ok
from kg.ingest.names.running_plans import RULE as PASSING_PLAN
from kg.ingest.names.invoked_laws import RULES as INVOKED_LAWS
from kg.ingest.names.words_of_names import concepts_in_names
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

_INCLUDES = re.compile(r"\b(?:includ(?:e|es|ed|ing)|list(?:s|ed|ing)|cover(?:s|ed|ing))\b", re.I)
_CLUB = re.compile(r"[ \t](?:FC|F\.C\.)$")
_METAL_NAMED_PLACES = {"Site"}     # a mine or an industrial park: "X Copper-Nickel Park"
# organisations whose name's metal is no trade of theirs: a company's trade union or party
# branch, a team, a committee, an office, a fund, a newspaper or website named after the metal
# ("Trade union of X Aluminium Co., Ltd.", "Titanium Committee", "China Aluminium Charity
# Fund", "Non-ferrous Metals Weekly"); dev sets 2-72: 3 of 28 such pairs right, and none of 2
# on the five sources (companies, associations, institutes and alliances keep theirs)
_NOT_TRADERS = frozenset({"Organization", "GovernmentBody", "PartyOrganization", "Fund",
                          "MediaOutlet"})


def metals_in_sentence(text, spans_of, sents, within) -> None:
    unpaired = containers(spans_of)
    for s, e, ent in spans_of:
        if ent.known or ent.kind not in ("event", "policy", "project", "agreement") or \
                ent.rule == PASSING_PLAN or ent.rule in INVOKED_LAWS:
            continue        # (a law cited: names/invoked_laws.py; a plan named in passing: its sentence's metals are not its own,
            #                 names/running_plans.py; dev sets 2-56: 1 of 6 right)
        ss, se = sents.bounds(s)
        ss, se = min(ss, s), max(se, e)
        for ms, me, metal in within(ss, se, {"metal"}):
            if (ms, me, id(metal)) in unpaired and not (s <= ms and me <= e) and not \
                    inside_ok(ent.kind, metal, unpaired[(ms, me, id(metal))], kind):
                # the metal in a third entity's name; but the items a catalogue or guide
                # "includes" are what it is about ("which included magnesium alloy rolling
                # mills")
                item = unpaired[(ms, me, id(metal))]
                if ent.kind == "policy" and item.kind in ("product", "technology") and \
                        ms > e and _INCLUDES.search(text, e, ms):
                    ent.add(NFO.concernsMetal, metal.iri, Span(ss, se),
                            "context:catalogue-items")
                continue
            ent.add(NFO.concernsMetal, metal.iri, Span(ss, se), "context:metal-in-sentence")


def metals_in_names(draft, spans_of) -> None:
    # the metals and fields mentioned, and those printed only inside new names (taken out of
    # the draft as mentions: names/words_of_names.py)
    concepts = {id(x): x for x in [x for _, _, x in spans_of] + concepts_in_names(draft)}
    metal_spans = [(0, 0, x) for x in concepts.values() if x.kind == "metal"]
    field_ents = [x for x in concepts.values() if x.kind == "field"
                  and len(normalise_name(x.label)) >= 4]
    for ent in list(draft.entities.values()):
        cls = str(ent.cls).rsplit("#", 1)[-1]
        site = cls in _METAL_NAMED_PLACES or ent.cls == NFO.Project
        if ent.known or not (ent.kind == "org" or site) or ent.cls in RELATION_NODES or \
                ent.rule == "site:facility-noun" or \
                ent.rule.startswith(("name:governing-body", "name:unit-noun")):
            # (their labels hold their owner's name)
            continue    # measured: only organisations, mines and parks are linked to the
            # metal their name gives (0 of 46 for products, events, technologies, policies
            # named so; and the field their name gives: 1 of 11 for products and technologies)
        if _CLUB.search(ent.label):
            continue    # "Yunnan Tin FC": a sports club named after its sponsor, no tin of its own
        low = normalise_name(ent.label)
        named = [m for _, _, m in metal_spans if re.search(_label_rx(m.label), low)
                 and not _only_in_place_names(_label_rx(m.label), low)
                 and not _only_other_sense(m.label, low)
                 and not _only_in_alloys(_label_rx(m.label), low)] \
            if cls not in _NOT_TRADERS else []
        for metal in named:
            if any(o is not metal and normalise_name(metal.label) in normalise_name(o.label)
                   for o in named):
                continue    # a plant's "Recycled Aluminium", a laboratory's "Magnesium Alloys":
                # that metal, not aluminium or magnesium too
            sp = ent.mentions[0]
            ent.add(NFO.concernsMetal, metal.iri, Span(sp.start, sp.end), "name:metal-in-name")
        # and the field its name names ("X Medical Technology Co., Ltd.", "Resource Recycling
        # Magazine", "Digital Transformation Promotion Center")
        for field in field_ents if not site else ():
            if re.search(rf"\b{re.escape(normalise_name(field.label))}\b", low) and ent.mentions:
                sp = ent.mentions[0]
                ent.add(NFO.concernsField, field.iri, Span(sp.start, sp.end), "name:field-in-name")
    subject_metals(draft)


def subject_metals(draft) -> None:
    """An agreement with no metal of its own concerns the metals of what it is about (the
    company whose shares it transfers, the project it covers: "the equity transfer agreement for
    X Indium Co., Ltd."): rule ``agreement:subject-metal@0.5``, on the span of its ``about``."""
    for ent in list(draft.entities.values()):
        if ent.known or ent.kind != "agreement" or \
                any(p == NFO.concernsMetal for p, *_ in ent.statements):
            continue
        got = set()
        for p, o, sp, _ in list(ent.statements):
            target = draft.entities.get(o) if p == NFO.about else None
            if target is None or (target.kind not in ("org", "project") and
                                  str(target.cls).rsplit("#", 1)[-1] != "Site"):
                continue
            for q, m, _, _ in list(target.statements):
                if q == NFO.concernsMetal and m not in got:
                    got.add(m)
                    ent.add(NFO.concernsMetal, m, sp, "agreement:subject-metal@0.5")


@lru_cache(maxsize=1)
def _landforms() -> str:
    """The head words of natural features (``data/feature-heads.txt``, class Region: River,
    Lake, Bay, Mountain ...), lower case, as an alternation."""
    return "|".join(sorted({line.split()[0].lower() for line in lines("feature-heads")
                            if line.split()[1:2] == ["Region"]}, key=len, reverse=True))


def _only_in_place_names(metal_rx: str, low: str) -> bool:
    """Whether every time a name prints the metal, a natural feature's head word follows it:
    "Silver Lake Capital", "Copper Mountain Partners", "Nickel Bay Resources Ltd" are named
    after a lake, a mountain or a bay, which says nothing of the metals they deal in."""
    return all(re.match(rf"[ \t]+(?:{_landforms()})\b", low[m.end():])
               for m in re.finditer(metal_rx, low))


def _only_other_sense(label: str, low: str) -> bool:
    """Whether a metal word that is also a common word (``data/ambiguous-concepts.txt``: lead,
    gold, silver) opens, every time the name prints it, a compound of another sense
    (``data/link-metal-not-heads.txt``): "X Lead Frame Co., Ltd." makes the frames of chip
    packages, not lead; "Gold Standard Y" is no gold trader. (The text's own mentions are read
    so by knowledge/word_senses.py; a name's words were not.)"""
    word = normalise_name(label)
    if word not in words("ambiguous-concepts"):
        return False
    heads = words("link-metal-not-heads")
    found = list(re.finditer(rf"\b{re.escape(word)}\b", low))
    return bool(found) and all(
        (nxt := re.match(r"[ \t-]+([a-z]+)", low[m.end():])) and nxt.group(1) in heads
        for m in found)


def _only_in_alloys(metal_rx: str, low: str) -> bool:
    """Whether every time a name prints the metal it ends an alloy's name ("Hallam Nickel
    Silver Works Ltd": nickel silver holds no silver; data/alloy-names.txt)."""
    found = list(re.finditer(metal_rx, low))
    return bool(found) and all(in_alloy_name(low, m.start()) for m in found)


def _label_rx(label: str) -> str:
    """A metal's label as a name prints it: a plural of two words or more also in the singular
    ("Rare Earths" in "China Rare Earth Group", "Rare Metals" in "X Rare Metal Co., Ltd.")."""
    low = normalise_name(label)
    if " " in low and low.endswith("s") and not low.endswith("ss"):
        return rf"\b{re.escape(low[:-1])}s?\b"
    if " " in low:      # "Magnesium Alloys" in "X Laboratory for Wrought Magnesium Alloys"
        return rf"\b{re.escape(low)}s?\b"
    return rf"\b{re.escape(low)}\b"
