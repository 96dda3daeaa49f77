"""An alliance's units by the role a sentence gives them ("with A as the guiding unit, B as the
chairman unit, and C, D and E as vice-chairman units"; "the secretariat is located at X"), read
by cue phrases (no statistics). Moved out of ``affiliations`` (round 17)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.relations.rows import starting_in
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.relations.kinds import CLASS_NAMES, class_name


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


_AS_UNIT = re.compile(r"\s+as\s+(?:the\s+|its\s+)?((?:[\w-]+\s+){0,2}?)(?:units?|members?)\b", re.I)
_SECRETARIAT = re.compile(r"\b(?:secretariat|secretary[- ]general\s+unit)\s+(?:is|will\s+be|was)\s+"
                          r"(?:located|based|set\s+up|housed)\s+(?:at|in)\s+(?:the\s+)?", re.I)
_BODY_BACK = 1500


def unit_roles(draft, spans_of, sents, kind) -> None:
    """An alliance's units by the role the sentence gives them: "with A as the guiding unit, B
    as the chairman unit, and C, D and E as vice-chairman units": the guiding unit
    ``nfo:guidedBy``, the others ``nfo:member`` (rule ``alliance:unit-roles``); "the secretariat
    is located at X": ``nfo:secretariatAt`` (rule ``alliance:secretariat``). The alliance is the
    one the sentence names, else the one named last before it (within its paragraph)."""
    text = draft.text
    nested = plain_containers(spans_of)
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES
            and (s, e, id(ent)) not in nested]
    bodies = [(s, ent) for s, e, ent in rows if _cls(ent) == "Alliance" and not ent.known]
    if not bodies:
        return
    starts = [s for s, _, _ in rows]
    body_starts = [s for s, _ in bodies]
    for ss in sents.starts:
        _, se = sents.bounds(ss)
        cues = list(_AS_UNIT.finditer(text, ss, se))
        sec = _SECRETARIAT.search(text, ss, se)
        if not cues and sec is None:
            continue
        row = starting_in(rows, starts, ss, se)
        here = [x for x in row if _cls(x[2]) == "Alliance" and not x[2].known]
        if here:
            body = here[0][2]
        else:
            i = bisect.bisect_left(body_starts, ss) - 1
            par = text.rfind("\n", 0, ss)
            if i < 0 or bodies[i][0] < max(par, ss - _BODY_BACK):
                continue
            body = bodies[i][1]
        span = Span(ss, se)
        prev = ss
        for m in cues:
            role = m.group(1).strip().lower()
            named = [x for x in row if prev <= x[0] and x[1] <= m.start() and x[2].kind == "org"
                     and x[2] is not body]
            # the names of this cue: after the last comma-"with"/"and" boundary of the list
            pred = NFO.guidedBy if role.startswith(("guid", "supervis", "competent")) \
                else NFO.member
            for _, _, org in named:
                body.add(pred, org.iri, span, "alliance:unit-roles")
            prev = m.end()
        if sec is not None:
            hit = next((x for x in row if x[0] >= sec.end() and x[2].kind == "org"), None)
            if hit is not None and hit[0] - sec.end() <= 3 and hit[2] is not body:
                body.add(NFO.secretariatAt, hit[2].iri, span, "alliance:secretariat")
