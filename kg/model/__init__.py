"""The graph as data: where its files are (``layout``), loading them into one rdflib dataset
with a named graph per document (``graph``), the parse cache, namespaces, names and their
index, evidence spans in the source texts, atomic file writes, a fast Turtle writer for drafts (``turtle_out``) and validation; the compact link
index a lookup reads without rdflib (``linkindex``) and the plain-string IRIs it names (``iris``).

The lowest wing: imports nothing else of ``kg``."""
