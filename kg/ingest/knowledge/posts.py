"""Posts the graph already knows, to link rather than mint again: "Wang Jian, chairman of Baotai
Group" where the graph has a post held by Wang Jian in Baotai Group with the role Chairman is a
mention of that post (I-2). Also what a person's known posts say about a new mention of their
name: a known person named with an organisation where the graph knows none of their posts, or
with a description ("a local farmer") that no known post gives, may be a namesake (I-21)."""
from __future__ import annotations

from kg.ingest.knowledge.light_graph import light_kg
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO, ORG, RDF, RDFS, SKOS, URIRef


class KnownPosts:
    """person IRI -> [(post IRI, organisation IRI, normalised role)], from the graph passed to
    ``ingest()`` (built once per gazetteer)."""

    def __init__(self, kg):
        self.by_person: dict[URIRef, list[tuple[URIRef, URIRef, str]]] = {}
        union = light_kg(kg).union     # in the rules' terms (kg.ingest.terms)
        for post in set(union.subjects(RDF.type, NFO.Post)):
            holder = union.value(post, ORG.heldBy)
            org = union.value(post, ORG.postIn)
            role = union.value(post, NFO.roleName)
            if holder is None or org is None:
                continue
            self.by_person.setdefault(holder, []).append(
                (post, org, normalise_name(str(role)) if role is not None else ""))
        # the names (labels, then alternative labels) of the posts' organisations, so that a
        # run from the ingest snapshot asks no graph for them (relations/namesakes.py)
        self.org_names: dict[URIRef, tuple[str, ...]] = {}
        for held in self.by_person.values():
            for _, org, _ in held:
                if org not in self.org_names:
                    self.org_names[org] = tuple(str(name) for p in (RDFS.label, SKOS.altLabel)
                                                for name in union.objects(org, p))

    def find(self, person: URIRef, org: URIRef, role: str) -> URIRef | None:
        """The known post of that person, organisation and role (role compared without case)."""
        want = normalise_name(role)
        for post, o, r in self.by_person.get(person, ()):
            if o == org and r == want:
                return post
        return None

    def knows(self, person: URIRef) -> bool:
        return bool(self.by_person.get(person))

    def at(self, person: URIRef, org: URIRef) -> bool:
        return any(o == org for _, o, _ in self.by_person.get(person, ()))

    def names_of(self, org: URIRef) -> tuple[str, ...]:
        """The labels, then the alternative labels, of an organisation of a known post."""
        return self.org_names.get(org, ())

    def roles(self, person: URIRef) -> set[str]:
        return {r for _, _, r in self.by_person.get(person, ())}


def for_gazetteer(gaz) -> KnownPosts:
    kp = gaz.__dict__.get("_known_posts")
    if kp is None:
        kp = gaz.__dict__["_known_posts"] = KnownPosts(gaz.kg)
    return kp
