"""Memberships of the people a notice's contact line names without a post: "Contact: Price
Section, A, tel. 029-...", "Contact: B, Human Resources Department, 0834-...", "Enquiries:
Registration Section, X Bureau, C, tel. ..." (labels of ``data/contact-labels.txt``, the label
opening its line after a list marker at most). The person answers for the unit the line names:
an ``nfo:Membership`` (``org:member`` the person, ``org:organization`` the first organisation
of the line: the unit, printed before its parent), rule ``membership:contact-line@0.5``.

Not read: a person whose post some rule already states (a role on the line: "Contact: D,
Division Director" is a post, :mod:`org_label_posts`), a person followed on the line by a role
no rule read into a post ("Ms E, agent": a guess, left alone), a line with no organisation or
with two people or more (whose unit is whose is not said), a label inside running text
("(tel. ..., contact: F)"). The line goes on to the next one when it ends with a comma. One look
at each line a contact label opens: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Entity, Span
from kg.ingest.relations.table_posts import role_at
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO, ORG

RULE = "membership:contact-line@0.5"
_TO_ROLE = re.compile(r"[ \t]*(?:,|\()[ \t]*")


@lru_cache(maxsize=1)
def _label():
    return re.compile(r"^[ \t]*(?:[-*•][ \t]*)?(?:" + alternation("contact-labels", r"[ \t]+")
                      + r")[ \t]*[:：][ \t]*", re.I | re.M)


def contact_members(draft, minter, spans_of, roles) -> None:
    text = draft.text
    if "ontact" not in text and "nquir" not in text:
        return
    spans = [x for x in spans_by_start(spans_of) if not x[2].role]
    starts = [x[0] for x in spans]
    posted = draft.__dict__.setdefault("_posts", set())
    held = {p for p, _ in posted}
    for m in _label().finditer(text):
        end = text.find("\n", m.end())
        end = len(text) if end == -1 else end
        if text[:end].rstrip().endswith(","):
            nxt = text.find("\n", end + 1)
            end = len(text) if nxt == -1 else nxt
        k = bisect.bisect_left(starts, m.end())
        people, orgs = [], []
        while k < len(spans) and spans[k][0] < end:
            s, e, ent = spans[k]
            if e <= end:
                if ent.kind == "person" and all(p[2] is not ent for p in people):
                    people.append(spans[k])
                elif ent.kind == "org" and ent.cls != NFO.MediaOutlet:
                    orgs.append(spans[k])
            k += 1
        if len(people) != 1 or not orgs:
            continue
        ps, pe, person = people[0]
        if person.iri in held:
            continue
        r = _TO_ROLE.match(text, pe)
        if r is not None and r.end() < end and role_at(text[r.end():end], 0, roles) is not None:
            continue        # (a role after the name that no post rule read: left alone)
        os_, oe, org = orgs[0]
        if (person.iri, org.iri) in posted:
            continue
        posted.add((person.iri, org.iri))
        held.add(person.iri)
        span = Span(min(ps, os_), max(pe, oe))
        iri = minter.mint("membership", person.label, org.label if len(org.label) < 40
                          else org.iri.rsplit("/", 1)[-1])
        node = Entity(iri, NFO.Membership, f"{person.label}, contact, {org.label}", False, RULE,
                      0.5, role=True)
        node.mentions.append(span)
        node.add(ORG.member, person.iri, span, RULE)
        node.add(ORG.organization, org.iri, span, RULE)
        draft.entities[iri] = node
