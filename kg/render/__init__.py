"""What is drawn or written from answers: terminal tables and JSON/CSV (``output``; a table
drawn without rich when its characters are sure to be rich's own: ``plain_table``), the
networkx projection (``network``), the pyvis views and their template (``view``), and RDF /
graph exports (``export``).

May import ``kg.model``, ``kg.stores`` and ``kg.ask``."""
