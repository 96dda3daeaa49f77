"""Post nodes (person - role - organisation, ``nfo:Post``) as the relation rules make them: one
per person and organisation, a post the graph already records restated rather than minted
again, and a known person named with an organisation none of their known posts gives marked
as a doubtful link (perhaps a namesake). Roles the rules look for: ``data/roles.txt``."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity
from kg.ingest.terms import Literal, NFO, ORG


_ROLE_RX: dict = {}     # the roles list as read -> its pattern (one entry)


def role_rx():
    """The roles of ``data/roles.txt`` as one pattern, longest first: built once for the list as
    read (some six rules ask for it in a run; a compiled pattern is only read)."""
    listed = lines("roles")
    got = _ROLE_RX.get(listed)
    if got is None:
        roles = sorted(listed, key=len, reverse=True)
        # (a role broken over two lines of a hard-wrapped text is still the role; the frames
        # of data/role-frames.txt first: "chief purchasing officer", not "chief")
        got = re.compile(r"\b(" + "|".join([*lines("role-frames"), *(
            re.escape(r).replace(r"\ ", r"\s+") for r in roles)]) + r")\b", re.IGNORECASE)
        _ROLE_RX.clear()
        _ROLE_RX[listed] = got
    return got


def doubt(person, why: str) -> None:
    """A known person named with an organisation or description none of their known posts
    gives: perhaps a namesake (common names are not unique), so the link is a guess."""
    person.confidence = min(person.confidence, 0.5)
    person.rule = f"{person.rule} (doubted: {why})"


_KINDS: list = []      # data/post-home-bodies.txt: (role pattern, head words of its body's name)


def _role_kinds() -> list:
    if not _KINDS:
        for line in lines("post-home-bodies"):
            rx, heads = re.split(r"\s{2,}", line, maxsplit=1)
            _KINDS.append((re.compile(rx, re.IGNORECASE),
                           tuple(h.strip().lower() for h in heads.split(","))))
    return _KINDS


def home_body(draft, org, role: str, at: int):
    """The body a post of ``role`` is in: ``org``, unless the role names the kind of body that
    holds it (``data/post-home-bodies.txt``: a judge's court, an arbitrator's tribunal, an
    ambassador's embassy) and ``org`` is of another kind ("Presiding judge: A" under a record
    whose party is a company; "the panel was led by judge B" after a sentence about a firm):
    then the last body of that kind the text names before ``at``, else the first after, else
    None (no post: a judge is no company's)."""
    low = role.lower()
    heads = next((h for rx, h in _role_kinds() if rx.fullmatch(low)), None)
    if heads is None or any(h in org.label.lower() for h in heads):
        return org
    best = None
    for ent in draft.entities.values():
        if ent.role or not ent.mentions or ent.kind != "org" \
                or not any(h in ent.label.lower() for h in heads):
            continue
        starts = [m.start for m in ent.mentions]
        before = [x for x in starts if x < at]
        key = (1, max(before)) if before else (0, -min(starts))
        if best is None or key > best[0]:
            best = (key, ent)
    return best[1] if best else None


_OF_BOARD = re.compile(r"(\bof the )(board(?: of (?:directors|supervisors))?)\b")


def make_post(draft, minter, person, org, role, span, rule, confidence=0.6):
    role = " ".join(role.split())       # (a role read across a line break)
    role = role[:1].upper() + role[1:]
    # "secretary of the board" as the roles list prints it: the board is the company's organ
    role = _OF_BOARD.sub(lambda m: m.group(1) + m.group(2).title(), role)
    org = home_body(draft, org, role, span.start)
    if org is None:
        return
    seen = draft.__dict__.setdefault("_posts", set())
    if (person.iri, org.iri) in seen:
        return
    seen.add((person.iri, org.iri))
    known = draft.__dict__.get("_known_posts")
    if known is not None and person.known and org.known:
        iri = known.find(person.iri, org.iri, role)
        if iri is not None:         # the graph has this post: a mention of it, restated
            post = draft.entities.get(iri)
            if post is None:
                post = Entity(iri, NFO.Post, f"{person.label}, {role}, {org.label}", True,
                              "post:known-post", max(confidence, 0.9), role=True)
                draft.entities[iri] = post
            post.mentions.append(span)
            post.add(ORG.heldBy, person.iri, span, "post:known-post")
            post.add(ORG.postIn, org.iri, span, "post:known-post")
            return
    if known is not None and person.known and known.knows(person.iri) \
            and not known.at(person.iri, org.iri):
        doubt(person, "post:other-organisation")
    iri = minter.mint("post", person.label, org.label if len(org.label) < 40 else org.iri.rsplit("/", 1)[-1], role)
    post = Entity(iri, NFO.Post, f"{person.label}, {role}, {org.label}", False, rule, confidence,
                  role=True)
    post.mentions.append(span)
    post.add(ORG.heldBy, person.iri, span, rule)
    post.add(ORG.postIn, org.iri, span, rule)
    post.add(NFO.roleName, Literal(role), span, rule)
    draft.entities[iri] = post


def prior_post(draft, minter, roles):
    """The post maker the learned prior's proposals use (cooccur.propose_from_prior): none for a
    person whose post the text states, none for two names far apart in their sentence, and the
    role the nearest role word gives when the prior names none."""
    text = draft.text

    def post(person, org, role, span, rule):
        if any(p == person.iri for p, _ in draft.__dict__.get("_posts", ())):
            return False    # the text states their post: no guess at another one
        p_at = [m for m in person.mentions if span.start <= m.start < span.end]
        o_at = [m for m in org.mentions if span.start <= m.start < span.end]
        if p_at and o_at and min(max(0, b.start - a.end, a.start - b.end)
                                 for a in p_at for b in o_at) > 50:
            return False    # far apart in the sentence: not "X, role of Y" nor "Y's role X"
        if role is None:
            found = [m for m in roles.finditer(text, span.start, span.end)]
            at = person.mentions[0].start if person.mentions else span.start
            near = [m for m in found if abs(m.start() - at) < 80]
            if not near:
                return False
            role = min(near, key=lambda m: abs(m.start() - at)).group(1)
        before = len(draft.entities)
        make_post(draft, minter, person, org, role, span, rule,
                  float(rule.rsplit("@", 1)[-1]))
        return len(draft.entities) > before
    return post
