"""Who invests in what, and who developed or produced what, stated by the verb: "A, B and C are increasing strategic investments in
magnesium resource development", "X Continues to Increase Investment in the Magnesium
Industry", "Y has made equity investments in Z": each organisation named before the cue in its
clause (a list, or the one subject) ``nfo:investsIn`` the metal, place or company named right
after it (rule ``context:invests-in``).

One sentence at a time; the cue is ordinary English, not a list of names."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.relations.rows import starting_in
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_start_longest

_CUE = re.compile(r"\binvest(?:s|ed|ing|ment|ments)?\s+(?:heavily\s+|more\s+)?in\s+(?:the\s+)?",
                  re.I)
_OBJECTS = ("metal", "place", "org")
_NEAR = 12                  # characters between the cue and the first thing invested in
_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# measured: after a comma the participle lists where a group of companies went (12 of 12 not
# what the curated documents link); the finite verb and the noun state it
_PARTICIPLE = re.compile(r",\s*investing\b", re.I)
_CLAUSE = re.compile(r"[;:]|\bwhile\b|\bwhereas\b|,\s*(?:which|who)\b")


def investments(draft, spans_of, sents, kind) -> None:
    text = draft.text
    nested = plain_containers(spans_of)
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES
            and (s, e, id(ent)) not in nested]
    starts = [s for s, _, _ in rows]
    for m in scans_ahead.finditer(_CUE, text, (__name__, "_CUE")):
        if _PARTICIPLE.search(text, max(0, m.start() - 3), m.start() + 10):
            continue        # ", investing in A, B and C": an aside on the main clause
        ss, se = sents.bounds(m.start())
        row = starting_in(rows, starts, ss, se)
        # what is invested in: the name right after the cue, and those listed with it
        objects = []
        at = m.end()
        for x in row:
            if x[0] < at:
                continue
            gap = text[at:x[0]]
            if x[2].kind not in _OBJECTS or not (
                    (not objects and len(gap) <= _NEAR and "," not in gap)
                    or (objects and _LIST.fullmatch(gap))):
                break
            objects.append(x)
            at = x[1]
        if not objects:
            continue
        cut = max([c.end() for c in _CLAUSE.finditer(text, ss, m.start())], default=ss)
        subjects = [x for x in row if cut <= x[0] and x[1] <= m.start() and x[2].kind == "org"]
        for _, _, who in subjects:
            for _, _, what in objects:
                if what is not who:
                    who.add(NFO.investsIn, what.iri, Span(ss, se), "context:invests-in")


_BY = re.compile(r"[\"”’]?\s*,?\s*(?:(?:(?:which|that)\s+)?(?:was|were|is|are|has\s+been|have\s+been)\s+)?"
                 r"(?:(?:jointly|independently|successfully|innovatively)\s+)?(?P<verb>developed|produced|"
                 r"made|manufactured|built|designed|created|released|launched)\s+by\s+(?:the\s+)?", re.I)
_MADE = ("product", "technology")


def makers(draft, spans_of, sents, kind) -> None:
    """Who developed or produced a new product or technology, stated by a passive verb: "the
    trailers jointly developed by A and B", "a housing produced by X": the organisations (and
    research teams) listed right after "by" (rule ``context:developed-by``); ``nfo:producedBy``
    for "produced / manufactured / made / built", else ``nfo:developedBy``; the finite passive
    too ("the brackets were made by X"), and a product the graph knows (its maker only). (The
    active voice, "A and B released a lightweight alloy product—the X", was measured right 3
    times in 7: the first product after the verb is often not the one meant, so it is not
    proposed.)"""
    text = draft.text
    nested = plain_containers(spans_of)
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES
            and (s, e, id(ent)) not in nested]
    by_start = {}
    for x in rows:
        by_start.setdefault(x[0], x)

    def org_list(at, limit):
        out = []
        while at < limit:
            hit = by_start.get(at)
            if hit is None or hit[2].kind != "org":
                break
            out.append(hit)
            m = _LIST.match(text, hit[1])
            if m is None:
                break
            at = m.end()
            if text.startswith("the ", at):
                at += 4
        return out

    def pred(verb):
        return NFO.producedBy if verb.lower() in ("produced", "manufactured", "made", "built") \
            else NFO.developedBy

    for s, e, ent in rows:
        if ent.kind not in _MADE:
            continue
        m = _BY.match(text, e)
        if m is not None and not (ent.known and pred(m.group("verb")) != NFO.producedBy):
            _, se = sents.bounds(s)
            for os_, oe, org in org_list(m.end(), se):
                ent.add(pred(m.group("verb")), org.iri, Span(s, oe), "context:developed-by")
