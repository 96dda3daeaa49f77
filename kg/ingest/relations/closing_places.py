"""Where a contract or a memorandum was signed, from its closing line: "Signed at Golmud on
Monday, 14 September 2026", "Signed at Wuchuan, Guizhou, on Wednesday, 22 July 2026", "Done at
Fugu County, in two originals", "Place of signing:  Xi'an, Shaanxi Province": the document's
agreement ``nfo:signedAt`` the place (rule ``agreement:closing-place``).

Curators record that place on the agreement itself (no signing event: the line names no
gathering). The line opens (after a table's bar or Markdown's stars) with a head of
``data/closing-place-heads.txt``; the place is the place (or site) the draft names right after
it (after "the"), the first of a chain ("Sanshawan Town, Fugu County": the town). The
agreement is the document's own: the new agreement the text names first (its title), when it
names it before the line and has no ``nfo:signedAt`` yet (an event rule's signing, or
agreement_places' "signed ... in X", comes first); a clause's heading the names read as an
agreement ("Article 7 Term This Agreement") is none. One line a document: the first.

Not: a line in running text ("... were signed at the fair": no line opens with it), a place
further on the line than its head ("Signed at 10:00 in Baoji"), a text with no agreement.
One pattern over the text's lines and a dictionary of the places' starts: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "agreement:closing-place"
# a clause's heading read as a name ("Article 7  Term. This Agreement ..."): not the document
_CLAUSE = re.compile(r"^(?:Article|Clause|Section)\s+\d", re.I)


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    heads = sorted(lines("closing-place-heads"), key=len, reverse=True)
    alt = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in heads)
    return re.compile(rf"^[ \t]*(?:\|[ \t]*)?(?:\*\*)?(?P<head>{alt})(?:\*\*)?[ \t]*"
                      r"(?P<the>the[ \t]+)?(?=[A-Z])", re.M)


def closing_places(draft, spans_of) -> None:
    """Add ``nfo:signedAt`` to the document's agreement as described above."""
    text = draft.text
    found = list(_pattern().finditer(text))
    if not found:
        return
    deals = [(min(s.start for s in e.mentions), e) for e in draft.entities.values()
             if kind(e) == "agreement" and not e.known and e.mentions
             and not _CLAUSE.match(e.label)]
    if not deals:
        return
    first, deal = min(deals, key=lambda x: (x[0], x[1].iri))
    if any(p == NFO.signedAt for p, *_ in deal.statements):
        return
    starts = {}
    for m in found:
        if m.start() > first:
            starts.setdefault(m.end(), m)
            if m.group("the"):
                starts.setdefault(m.start("the"), m)
    if not starts:
        return
    best = None             # (line start, place end, place) of the first line that names one
    for s, e, ent in spans_of:
        m = starts.get(s)
        if m is None or kind(ent) != "place" or ent.role:
            continue
        if best is None or m.start() < best[0] or (m.start() == best[0] and e > best[1]):
            best = (m.start(), e, ent, m.start("head"))
    if best is not None:
        deal.add(NFO.signedAt, best[2].iri, Span(best[3], best[1]), RULE)
