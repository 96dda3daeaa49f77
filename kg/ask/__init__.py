"""The questions asked of a graph: names (resolve, search), links, paths, the timeline, entity
cards, stats, SPARQL and the named queries (``queries/*.rq``), figures; ``lookup``: the compact
link index (answers ``kg linked`` without rdflib) or the loaded graph.

Each function takes a KG (from ``kg.stores.open_kg`` or ``kg.model.graph.load``) and returns
plain rows. May import ``kg.model`` and ``kg.stores``."""
