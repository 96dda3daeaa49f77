"""Ingestion: a new article's text to a sourced draft of its named graph, and a review page.

Beside ``kg.ask``: may import ``kg.model``, ``kg.stores``, ``kg.ask`` (names) and
``kg.render`` (for the review page's escaping rules)."""
