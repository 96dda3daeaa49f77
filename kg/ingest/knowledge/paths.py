"""What `kg ingest` needs of ``kg.model`` and ``kg.stores`` before it knows whether its snapshot
is fresh, without importing them: ``kg.model.evidence``, ``kg.model.layout`` and
``kg.stores.spec`` import rdflib at their top, which the command's fast path avoids
(:mod:`kg.ingest.terms`). The folder of the source texts comes from :mod:`kg.model.corpus`,
which both sides share; the rest is the same answer as the original (a test checks that they
agree): whether a store spec names the in-memory store, and the names of the special data files."""
from __future__ import annotations

import os

from kg.model.corpus import SOURCES_ENV, find_sources_dir  # noqa: F401  (rdflib-free; re-exported)

STORE_ENV = "KG_STORE"                # kg.stores.spec.STORE_ENV
INFERRED = "inferred"                 # kg.model.layout.INFERRED
DRAFT = "draft"                       # kg.model.layout.DRAFT
SPECIAL_FILES = ("sources", "reference", "inferred", "names-zh")   # kg.model.layout's keys


def is_memory_store(store: str | None) -> bool:
    """True when ``store`` (None: ``$KG_STORE``) names the in-memory store, as
    :func:`kg.stores.spec.parse_spec` reads it."""
    if store is None:
        store = os.environ.get(STORE_ENV)
    return (store or "").strip() in ("", "memory")
