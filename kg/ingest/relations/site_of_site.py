"""A site named as a part of another: "Niutoushan Port Area of Chizhou Port", "Berth 5 of
Longkou Port", "Hall 3 of the Western China Exhibition Center". A new site whose name is "A of
B", where B is the name (or an alias) of another site of the draft, is in B (``nfo:locatedIn``,
rule ``site:part-of-site``); and the place such a name is said to be in ("A of B in C District":
``context:name-in-place``) is where B is, when no rule placed B (rule ``site:host-of-part-place``). One look-up per site: linear
in the number of names.

"Chisha Terminal, Fangchenggang Port", "Berth 5, Longkou Port": a site followed, after a comma,
by a port, park or zone (a name whose last word is in ``data/host-site-words.txt``) is in it
(rule ``site:listed-in-site``), unless a list goes on after it ("A Port, B Port and C Port").
One pass over the names in text order."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "site:part-of-site"
HOST_PLACE_RULE = "site:host-of-part-place"
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_IN_PLACE = "context:name-in-place"
LISTED_RULE = "site:listed-in-site"
_COMMA = re.compile(r"[ \t]*,[ \t]*(?:\n[ \t]*(?:[a-z.]{1,5}[ \t]+)?)?")
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?:and|or)\s+[A-Z]|\s*,\s*[A-Z][\w-]*\s+(?:Port|Park|Zone)\b")


def sites_of_sites(draft) -> None:
    sites = [e for e in draft.entities.values() if e.cls == NFO.Site and not e.role]
    by_name: dict = {}
    for e in sites:
        for n in (e.label, *e.aliases):
            by_name.setdefault(normalise_name(n), e)
    for e in sites:
        if e.known or " of " not in e.label:
            continue
        parts = _OF.split(e.label, maxsplit=1)
        host = by_name.get(normalise_name(parts[-1])) if len(parts) == 2 and parts[0] else None
        if host is None or host is e or not parts[0][:1].isupper():
            continue
        if any(p == NFO.locatedIn and o == host.iri for p, o, *_ in e.statements):
            continue
        m = e.mentions[0] if e.mentions else Span(0, 0)
        e.add(NFO.locatedIn, host.iri, Span(m.start, m.end), RULE)
        placed = [st for st in e.statements if st[0] == NFO.locatedIn and st[3] == _IN_PLACE]
        if placed and not host.known and not any(p == NFO.locatedIn for p, *_ in
                                                 host.statements):
            host.add(NFO.locatedIn, placed[0][1], placed[0][2], HOST_PLACE_RULE)


def listed_in_sites(text, spans_of) -> None:
    """"A Terminal, B Port": A is in B (see the module's text)."""
    hosts = words("host-site-words")
    rows = [x for x in spans_by_start(spans_of) if x[2].cls == NFO.Site and not x[2].role]
    for (s, e, a), (s2, e2, b) in zip(rows, rows[1:]):
        if a is b or a.known or not b.label.split() or b.label.split()[-1].lower() not in hosts:
            continue
        if a.label.split()[-1:] == b.label.split()[-1:]:
            continue        # ("A Port, B Port": a list of peers)
        if not _COMMA.fullmatch(text, e, s2) or _LIST_GOES_ON.match(text, e2):
            continue
        if not any(p == NFO.locatedIn and o == b.iri for p, o, *_ in a.statements):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), LISTED_RULE)
