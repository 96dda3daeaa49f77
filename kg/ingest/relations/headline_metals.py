"""The metals of an article's lead event: "China sells 58,000 tonnes of copper, aluminium and
zinc from state reserves" over "China sold base metals ... in an online auction": the auction
the first paragraph names concerns the metals its headline names (each named in the body
too), when its own sentence names none ("base metals", "the red metal" are no metal names).
Rule ``context:headline-metal@0.6``. The lead event is the first new event the first body
paragraph names (no planned step, no clause that merely reports speech); a gathering there
(a meeting, a conference, a ceremony, a launch) takes no metal from the headline. One look at the
headline and the first paragraph: linear.

Wire leads often name what happened in a clause the relation rules have not read as an event
yet ("Customs officers ... have seized antimony and gallium ... The truck was stopped at the
port last Tuesday"; the clause events come later: events/verb_happenings.py):
:func:`late_headline_metals` looks again once those are minted."""
from __future__ import annotations

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind as _kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "context:headline-metal@0.6"
_LEAD = 600         # characters of the body read for its lead event


def headline_metals(draft, spans_of, kind) -> None:
    text = draft.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        return
    metals = [(s, e, x) for s, e, x in spans_of if x.kind == "metal"]
    named = {}
    for s, e, x in metals:
        if start <= s and e <= end:
            named.setdefault(x.iri, x)
    if not named:
        return
    in_body = {x.iri for s, e, x in metals if s > end}
    named = [x for iri, x in named.items() if iri in in_body]
    if not named:
        return
    body = end + 1
    par_end = text.find("\n\n", text.find("\n\n", body) + 2)   # (a dateline's paragraph too)
    lead = None
    for s, e, x in spans_by_start(spans_of):
        if s < body:
            continue
        if s > min(body + _LEAD, par_end if par_end > 0 else len(text)):
            break
        if x.kind == "event" and not x.known and str(x.cls).rsplit("#", 1)[-1] != "Milestone":
            lead = (s, e, x)
            break
    if lead is None:
        return
    s, e, ev = lead
    if str(ev.cls).rsplit("#", 1)[-1] != "Event":
        return      # a gathering (a board meeting, a press conference, an award ceremony, a
        # launch) has its own subject, and the headline's metal is its host's or its prize's:
        # dev sets 1-152, 2 right of 17 (a happening read as a plain event, 7 of 28)
    if any(st[0] == NFO.concernsMetal for st in ev.statements):
        return
    for m in named:
        ev.add(NFO.concernsMetal, m.iri, Span(s, e), RULE)


def late_headline_metals(draft, spans_of) -> None:
    """The same, after the clause events are minted (pipeline.py calls it then)."""
    headline_metals(draft, spans_of, _kind)
