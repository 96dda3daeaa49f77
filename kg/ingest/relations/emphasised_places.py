"""The places a document, plan or initiative is said to cover above the rest, listed right
after its name: "trade with the countries along the X Initiative, especially with regions such
as A, B and the C", "exports under the Y Programme, in particular to A and B" (``nfo:appliesTo``,
rule ``document:emphasised-place``). After the name (and a closing quote): a comma, a cue of
``data/emphasis-cues.txt``, a preposition, a group noun of ``data/place-group-nouns.txt`` with
"such as" / "like" / "including" or "of", and then only places, joined by commas and "and" /
"or", up to the first word that is not one of them. The list is the text's own statement of
where the document reaches; nothing is read from a name. One pass over the policies' mentions,
each reading a few dozen characters after it: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

RULE = "document:emphasised-place"
_COVERS = ("policy", "initiative")     # (the kinds of what covers places: a document, a plan, an
# initiative such as a trade programme)
_LEAD = None
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or)\s+)(?:the\s+)?")


def _lead():
    global _LEAD
    if _LEAD is None:
        cues = alternation("emphasis-cues", space=r"\s+")
        groups = alternation("place-group-nouns", space=r"\s+")
        _LEAD = re.compile(
            rf"[\"'”’]?\s*,\s*(?:{cues})\s+(?:(?:with|in|to|for|across|"
            rf"among|on)\s+)?(?:the\s+)?(?:(?:{groups})\s+(?:such\s+as|"
            rf"like|including|of)\s+(?:the\s+)?)?", re.I)
    return _LEAD


def emphasised_places(draft, spans_of, kind) -> int:
    """Add ``nfo:appliesTo`` from a document to the places its emphasis lists; how many."""
    text = draft.text
    if "," not in text:
        return 0
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if not x.role]
    starts = [s for s, _, _ in rows]
    lead = _lead()
    n = 0
    for s, e, doc in rows:
        if doc.kind not in _COVERS:
            continue
        m = lead.match(text, e)
        if m is None or m.end() == e:
            continue
        places, pos = [], m.end()
        while True:
            k = bisect.bisect_left(starts, pos)
            if k >= len(rows) or rows[k][0] != pos or rows[k][2].kind != "place":
                break
            places.append(rows[k])
            j = _JOIN.match(text, rows[k][1])
            if j is None:
                break
            pos = j.end()
        have = {o for p, o, _, _ in doc.statements if p == NFO.appliesTo}
        for a, b, place in places:
            if place.iri not in have and place is not doc:
                have.add(place.iri)
                doc.add(NFO.appliesTo, place.iri, Span(s, b), RULE)
                n += 1
    return n
