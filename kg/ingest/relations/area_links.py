"""What a new industry area (class ``nfo:Region``: "the titanium and new materials industry
cluster", "the core area of ... in Guanzhong") is made of and about:

* "an industry cluster composed of / covering / spanning X and Y": it ``nfo:contains`` those
  places (rule ``context:area-composed-of``);
* the metals and fields printed inside its name: ``nfo:concernsMetal`` / ``nfo:concernsField``
  (rule ``name:area-inner-name``; measured 5 of 9 on leave-one-out, the misses an area named
  twice in the draft).

One look at the sentence after each area's first mention; one sweep over the nested names."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.terms import NFO

_COMPOSED = re.compile(r"\b(?:composed\s+of|consisting\s+of|made\s+up\s+of|comprising|covering|"
                       r"spanning|formed\s+by)\s+(?:the\s+)?", re.I)
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _area(ent) -> bool:
    return not ent.known and str(ent.cls).endswith("#Region")


def area_links(draft, spans_of, sents, kind) -> None:
    text = draft.text
    by_start = {}
    for x in spans_of:
        by_start.setdefault(x[0], x)
    done = set()
    for s, e, ent in spans_of:
        if not _area(ent) or id(ent) in done:
            continue
        done.add(id(ent))
        _, se = sents.bounds(s)
        m = _COMPOSED.search(text, e, se)
        if m is None or text.count(",", e, m.start()) > 3:
            continue
        at = m.end()
        while True:
            hit = by_start.get(at)
            if hit is None or hit[2].kind != "place" or hit[2] is ent:
                break
            ent.add(NFO.contains, hit[2].iri, Span(s, hit[1]), "context:area-composed-of")
            g = _AND.match(text, hit[1])
            if g is None:
                break
            at = g.end()
    by_key = {(x[0], x[1], id(x[2])): x[2] for x in spans_of}
    for key, outer in plain_containers(spans_of).items():
        if not _area(outer) or not outer.mentions:
            continue
        ms, me, _ = key
        inner = by_key.get(key)
        if inner is not None and inner.kind in ("metal", "field"):
            pred = NFO.concernsMetal if inner.kind == "metal" else NFO.concernsField
            sp = next((m for m in outer.mentions if m.start <= ms and me <= m.end),
                      outer.mentions[0])
            outer.add(pred, inner.iri, Span(sp.start, sp.end), "name:area-inner-name")
