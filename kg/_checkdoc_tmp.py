import sys; sys.path.insert(0, '/work/main')
from rdflib import Graph
from kg.evidence import check_spans, find_sources_dir
g = Graph()
for f in ['data/triples/sources.ttl', 'ontology/nfkg.ttl'] + sys.argv[1:]:
    g.parse(f, format='turtle')
probs = check_spans(g, find_sources_dir())
for p in probs: print(p.span.entity, p.message)
print(len(g), 'triples;', len(probs), 'span problems')
