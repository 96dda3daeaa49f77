"""The namespaces of the project and of the vocabularies it reuses."""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

NFO = Namespace("https://w3id.org/nfkg/ontology#")
NF = Namespace("https://w3id.org/nfkg/id/")
DOC = Namespace("https://w3id.org/nfkg/doc/")
GRAPH = Namespace("https://w3id.org/nfkg/graph/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

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
