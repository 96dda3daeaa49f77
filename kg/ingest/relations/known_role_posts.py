"""A person the graph knows, named with a role and no organisation ("Copies to: Zhang Jianye, Party
Secretary;", "signed: Li Ming, Chairman"): when exactly one of the person's known posts has that
role, and the post's organisation is named in the text, the text mentions that post (restated as
the graph's post, :func:`post_nodes.make_post`; rule ``post:known-role``). A role none or two of
their known posts have, an organisation the text does not name, a person with a post the text
states already: nothing. One look after each mention of a known person: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.post_nodes import make_post

RULE = "post:known-role"
# the role's end: a list's separator, a bracket, a line's or the text's end
_END = re.compile(r"[ \t]*(?:[;,.)]|\n|$)")
_COMMA = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*")


def known_role_posts(draft, minter, spans_of, roles, kind) -> None:
    known = draft.__dict__.get("_known_posts")
    if known is None:
        return
    text = draft.text
    held = {p for p, _ in draft.__dict__.get("_posts", ())}
    for s, e, person in spans_of:
        if not person.known or person.kind != "person" or person.iri in held \
                or not known.knows(person.iri):
            continue
        c = _COMMA.match(text, e)
        if c is None:
            continue
        r = roles.match(text, c.end())
        if r is None or not _END.match(text, r.end()):
            continue
        want = normalise_name(r.group(1))
        posts = [(post, org) for post, org, role in known.by_person.get(person.iri, ())
                 if role == want]
        if len(posts) != 1:
            continue
        org = draft.entities.get(posts[0][1])
        if org is None or not org.mentions:
            continue
        make_post(draft, minter, person, org, r.group(1), Span(s, r.end()), RULE, 0.6)
        held.add(person.iri)
