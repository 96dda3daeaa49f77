"""Projects a text names by their owner's name and what they make, in lower case: "the Yulin
Energy Group magnesium project", "Baotai Group's sponge titanium expansion", "X Co., Ltd.'s
copper foil programme". An organisation a rule named (its mention's end), an optional
possessive, one to four lower-case words (none a word of ``data/org-project-stops.txt``, none a
past participle: "X Group completed project" names nothing) and a head of
``data/org-project-heads.txt`` is one new ``nfo:Project`` (rule ``project:org-noun``,
confidence 0.45) labelled by the printed phrase, ``nfo:ownedBy`` the organisation. Refused:
a phrase another rule read (in part) as a project, agreement, policy or event, one that ends
inside a longer name, a head followed by a noun of ``data/org-project-followers.txt`` ("the X
Group magnesium project site": a site) or by a lower-case word that goes on the noun. One look
after each organisation's mention: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "project:org-noun", 0.45
_KINDS = ("project", "agreement", "policy", "event")
# what may follow the head: a stop, a bracket, a clause's next word (checked below)
_NEXT = re.compile(r"[ \t]*(?:[\n,.;:)(\"\u201d]|$|[ \t]*(?P<word>[a-z][a-z\-]*))")


@lru_cache(maxsize=None)
def _tail() -> re.Pattern:
    heads = alternation("org-project-heads", lower=True)
    return re.compile(rf"(?P<pos>['\u2019]s)?(?P<mods>(?:[ \t]+[a-z][a-z\-]*){{1,4}}?)"
                      rf"[ \t]+(?P<head>{heads})(?![\w\-])")


@lru_cache(maxsize=None)
def _lists() -> tuple[frozenset, frozenset]:
    return frozenset(words("org-project-stops")), frozenset(words("org-project-followers"))


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the projects named by their owner and product; returns them."""
    text = draft.text
    if not any(h in text for h in ("project", "expansion", "programme", "program", "scheme")):
        return []
    stops, followers = _lists()
    spans = spans_by_start(spans_of)
    within = overlapping(spans, [x[0] for x in spans])
    made, by_label = [], {}
    seen = set()
    for s, e, org in spans:
        if kind_of(org.cls) != "org" or org.role or (e, id(org)) in seen:
            continue
        seen.add((e, id(org)))
        m = _tail().match(text, e)
        if m is None:
            continue
        mods = m.group("mods").split()
        if any(w in stops or w.endswith("ed") for w in mods):
            continue
        nxt = _NEXT.match(text, m.end())
        if nxt is None or nxt.group("word") and (nxt.group("word") in followers
                                                 or nxt.group("word") not in stops):
            continue        # ("... magnesium project site": a site; "... project cost")
        b = m.end()
        if any(kind_of(x.cls) in _KINDS or x1 > b or x0 < s for x0, x1, x in within(s, b)):
            continue        # (another rule's project, or a name running on past the head)
        label = " ".join(text[s:b].split())
        key = normalise_name(label)
        ent = by_label.get(key)
        if ent is None:
            ent = Entity(minter.mint(label), NFO.Project, label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            by_label[key] = ent
        ent.mentions.append(Span(s, b))
        ent.add(NFO.ownedBy, org.iri, Span(s, b), RULE)
        made.append((s, b, ent))
    spans_of.extend(made)
    return [x[2] for x in made]
