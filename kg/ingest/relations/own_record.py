"""A company's own record (a chronicle, a log of its events, a report it issues under its name
on the first line: "X CO., LTD." over "Chronicle of Major Events") names its own works by their
size without saying whose they are: "A 600,000-tonne semi-coke plant is completed beside the
smelter", "the board approves a 50,000-tonne magnesium alloy project". A project or site named
by its capacity (``project:capacity``, ``site:capacity``) that no rule gave an owner, in a
sentence that names no other organisation, is the company's (``nfo:ownedBy``, rule
``project:own-record@0.4``: a guess the reviewer checks). Only when the first line of the text
is the company's name alone; one pass over the new projects and sites."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.names.capacities import RULE as CAPACITY_RULE, SITE_RULE
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "project:own-record@0.4"
_FIRST_LINE = re.compile(r"\s*([^\n]+)")     # (its spaces stripped after: linear)


def own_record(draft, spans_of, sents, kind) -> None:
    text = draft.text
    m = _FIRST_LINE.match(text)
    if m is None:
        return
    head = (m.start(1), m.start(1) + len(m.group(1).rstrip()))
    orgs = [x for x in spans_by_start(spans_of)
            if x[2].kind == "org" and x[2].cls not in RELATION_NODES]
    issuer = next((x[2] for x in orgs if x[0] == head[0]
                   and not text[x[1]:head[1]].strip(" \t.")), None)
    if issuer is None or not str(issuer.cls).endswith("#Company"):
        return
    starts = [x[0] for x in orgs]
    for s, e, ent in spans_of:
        if ent.known or ent.rule not in (CAPACITY_RULE, SITE_RULE) or \
                any(p == NFO.ownedBy for p, *_ in ent.statements):
            continue
        ss, se = sents.bounds(s)
        here = orgs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, se)]
        if any(x[2] is not issuer for x in here):
            continue        # ("... supplies X Co., Ltd. from its 3,000-tonne line": whose?)
        ent.add(NFO.ownedBy, issuer.iri, Span(s, e), RULE)
