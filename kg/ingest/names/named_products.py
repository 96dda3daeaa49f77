"""Products a text names with a naming verb: "a very large ore carrier named Ore Zhoushan", "a
7N gallium product branded GaPure", "billets sold under the brand EcoLite", "the index, called
the Ganzhou APT Price Index", "a bulker christened "Nickel Star"". A noun of made or traded
things (``data/named-product-nouns.txt``) within a few words before the cue, and a proper name
after it (capitalised words and numbers, or a quoted name): a new ``nfo:Product`` labelled by
the name (rule ``product:named``), unless the draft has an entity of that name. The
organisation that is the subject of the sentence (the first one named before the noun) is its
owner (a vessel: ``nfo:ownedBy``) or maker (``nfo:producedBy``), rule ``product:named-by``.
Names printed inside the product's name ("Ore Hebei": not the province) are dropped there.

Not: "a company named X", "X was named chairman", "a plant named a green factory" (no product
noun, or no proper name; "under the brand X" and "branded X" need no noun). Tried only where a cue is printed (``str.find``): linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

RULE = "product:named"
CONFIDENCE = 0.5
_CUES = ("named", "dubbed", "christened", "called", "branded", "under the brand", "under the trade",
         "under the name", "marketed as", "trade-named")
_CUE = re.compile(
    r"(?:named|dubbed|christened|called|branded|trade-?named|marketed[ \t]+as|"
    r"under[ \t]+the[ \t]+(?:brand(?:[ \t]+name)?|trade[ \t]*(?:name|mark)|name))[ \t\n]+"
    r"(?:the[ \t]+)?(?:[\"\u201c](?P<q>[A-Z0-9][^\"\u201d\n]{1,40})[\"\u201d]|"
    r"(?P<n>[A-Z0-9][\w\-']*(?:\.[\w\-']+)*(?:[ \t]+[A-Z0-9][\w\-']*(?:\.[\w\-']+)*){0,5}))")
# cues that name a product whatever noun comes before: "sold under the brand X", "branded X"
_STRONG = re.compile(r"under[ \t]+the[ \t]+(?:brand|trade)|branded|trade-?named")
_VESSELS = frozenset(("vessel", "vessels", "ship", "ships", "carrier", "carriers", "bulker",
                      "bulkers", "freighter", "freighters", "tanker", "tankers", "barge",
                      "barges", "tug", "dredger", "icebreaker"))


@lru_cache(maxsize=1)
def _before() -> re.Pattern:
    nouns = sorted({w.lower() for w in lines("named-product-nouns")}, key=lambda w: (-len(w), w))
    # the noun, then at most a comma, a relative "which is / that was", "sold" or "marketed"
    return re.compile(r"\b(" + "|".join(map(re.escape, nouns)) + r")\b,?[ \t\n]+(?:(?:which|"
                      r"that)[ \t]+)?(?:(?:is|was|are|were|has[ \t]+been|been|sold|marketed|"
                      r"to[ \t]+be)[ \t]+)*$")


def named_products(draft, spans_of, minter, kind_of) -> list:
    text = draft.text
    if not any(c in text for c in _CUES):
        return []
    before = _before()
    hits = sorted({i for c in _CUES for i in _finds(text, c)})
    known = {normalise_name(e.label) for e in draft.entities.values()}
    made, last = [], -1
    for i in hits:
        if i < last:
            continue
        m = _CUE.match(text, i)
        if m is None:
            continue
        noun = before.search(text, max(0, i - 40), i)
        if noun is None and not _STRONG.match(text, i):
            continue
        g = "q" if m.group("q") else "n"
        ns, ne = m.start(g), m.end(g)
        name = " ".join(text[ns:ne].split()).rstrip(",.;: ")
        ne = ns + len(text[ns:ne].rstrip(",.;: \t"))
        last = ne
        if len(name) < 2 or normalise_name(name) in known:
            continue
        ent = Entity(minter.mint(name), NFO.Product, name, False, RULE, CONFIDENCE)
        ent.mentions.append(Span(ns, ne))
        draft.entities[ent.iri] = ent
        known.add(normalise_name(name))
        made.append((ns, ne, ent))
        owner = _subject(text, spans_of, kind_of, noun.start(1) if noun else i)
        if owner is not None:
            pred = NFO.ownedBy if noun and noun.group(1).lower() in _VESSELS else NFO.producedBy
            ent.add(pred, owner[2].iri, Span(owner[0], ne), "product:named-by")
    if made:
        _drop_inside(draft, spans_of, made)
        spans_of.extend(made)
    return [x[2] for x in made]


def _finds(text, key):
    i = text.find(key)
    while i >= 0:
        yield i
        i = text.find(key, i + 1)


def _subject(text, spans_of, kind_of, at):
    """The first organisation named in the sentence before ``at``."""
    start = Sentences(text).bounds(at)[0]
    orgs = [x for x in spans_of if start <= x[0] and x[1] <= at and kind_of(x[2].cls) == "org"]
    return min(orgs, key=lambda x: x[0]) if orgs else None


def _drop_inside(draft, spans_of, made) -> None:
    """Names printed inside a product's name are no mentions of their own there."""
    inside = [(s, e) for s, e, _ in made]

    def within(x):
        return any(a <= x[0] and x[1] <= b and (x[0], x[1]) != (a, b) for a, b in inside)
    gone = [x for x in spans_of if within(x)]
    if gone:
        draft.drop_mentions(gone, spans_of)
