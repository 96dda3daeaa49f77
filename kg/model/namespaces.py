"""The namespaces of the project and of the vocabularies it reuses."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD


class _Namespace(Namespace):
    """rdflib's Namespace, each ``NS.name`` term made once (rdflib makes and checks a new
    URIRef on every access: ~2.5 us, thousands of times per ingested article)."""

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        term = self.term(name)
        object.__setattr__(self, name, term)
        return term


NFO = _Namespace("https://w3id.org/nfkg/ontology#")
NF = _Namespace("https://w3id.org/nfkg/id/")
DOC = _Namespace("https://w3id.org/nfkg/doc/")
GRAPH = _Namespace("https://w3id.org/nfkg/graph/")
OA = _Namespace("http://www.w3.org/ns/oa#")
SCHEMA = _Namespace("https://schema.org/")

PREFIXES = {
    "nfo": NFO, "nf": NF, "doc": DOC, "oa": OA, "schema": SCHEMA, "rdf": RDF, "rdfs": RDFS,
    "skos": SKOS, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "foaf": FOAF, "owl": OWL,
    "xsd": XSD,
}

__all__ = ["NFO", "NF", "DOC", "GRAPH", "OA", "SCHEMA", "PREFIXES", "DCTERMS", "FOAF", "ORG",
           "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD"]

# Predicates that are not links between entities (names, types, schemes, evidence, schema).
SKIP = {RDF.type, RDFS.label, SKOS.altLabel, SKOS.inScheme, SKOS.topConceptOf,
        SKOS.hasTopConcept, NFO.evidence, PROV.wasDerivedFrom, NFO.distinctFrom,
        RDFS.subClassOf, RDFS.subPropertyOf, OWL.inverseOf, RDFS.domain, RDFS.range,
        RDF.subject, RDF.predicate, RDF.object}
