"""Grants of one award to each recipient of a list, shared by the readers of decisions that
announce awards (:mod:`kg.ingest.relations.announced_grants`,
:mod:`kg.ingest.relations.sectioned_grants`): one award grant node per recipient not yet
granted that award, not a giver of it and not the award itself, with the award, the recipient
and every giver, stated at the recipient's row; the givers are the award's own, else the text's
house (:func:`givers_of`)."""
from __future__ import annotations

from kg.ingest.model import Span
from kg.ingest.relations.affiliations import grant_node
from kg.ingest.terms import NFO


def grant_each(draft, minter, award, items, givers, granted: set, rule: str, conf: float) -> int:
    """Grant ``award`` to each ``((start, end), recipient)`` of ``items`` as described above;
    ``granted`` (recipient, award) pairs are read and added to. Returns the end of the last row
    granted (0 when none)."""
    done = 0
    for (s, e), rec in items:
        if (rec.iri, award.iri) in granted or rec.iri in givers or rec is award:
            continue
        granted.add((rec.iri, award.iri))
        draft.entities.setdefault(award.iri, award)
        span = Span(s, e)
        node = grant_node(minter, award.label, award.label, rec, rule, conf, span)
        node.add(NFO.award, award.iri, span, rule)
        node.add(NFO.recipient, rec.iri, span, rule)
        for g in givers:
            node.add(NFO.conferredBy, g, span, rule)
        draft.entities[node.iri] = node
        done = max(done, e)
    return done


def givers_of(award, home) -> list:
    """The IRIs of who gives ``award``: its own ``conferredBy``, else the text's house, asked of
    ``home`` (a memoised call: the house is worked out once a text, and only when needed)."""
    got = [o for p, o, _, _ in award.statements if p == NFO.conferredBy]
    if got:
        return got
    h = home()
    return [h.iri] if h else []
