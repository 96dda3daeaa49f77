"""The IRIs a lookup needs, as plain strings: importing this costs nothing (no rdflib), so the
compact link index (:mod:`kg.model.linkindex`) and the linking rules (:mod:`kg.ask.links`) can
name classes and predicates without loading rdflib. ``kg.model.namespaces`` holds the same
namespaces as rdflib ``Namespace`` objects (a test checks that they agree)."""

NFO = "https://w3id.org/nfkg/ontology#"
NF = "https://w3id.org/nfkg/id/"
DOC = "https://w3id.org/nfkg/doc/"
ORG = "http://www.w3.org/ns/org#"
OWL_CLASS = "http://www.w3.org/2002/07/owl#Class"

INFERRED = "inferred"          # the source shown for a statement of the inferred graph
DRAFT = "draft"                # added to the sources of a statement only unreviewed drafts make

# Relation nodes (looked through by ``kg linked``) and the two ends of a post or membership.
RELATION_CLASSES = tuple(NFO + c for c in ("Event", "Post", "Agreement", "Project", "AwardGrant",
                                           "Membership"))
ROLE_NODES = {NFO + "Post": (ORG + "heldBy", ORG + "postIn"),
              NFO + "Membership": (ORG + "member", ORG + "organization")}
ROLE_NAME = NFO + "roleName"
PERSON, ORGANIZATION, PLACE = NFO + "Person", NFO + "Organization", NFO + "Place"
# Named only by their exact title or label, never by a word in it.
EXACT_ONLY_CLASSES = (NFO + "SourceDocument", NFO + "Observation")
