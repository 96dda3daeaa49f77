"""What `kg ingest` needs of ``kg.model`` and ``kg.stores`` before it knows whether its snapshot
is fresh, without importing them: ``kg.model.evidence``, ``kg.model.layout`` and
``kg.stores.spec`` import rdflib at their top, which the command's fast path avoids
(:mod:`kg.ingest.terms`). Each is the same answer as the original (a test checks that they
agree): the folder of the source texts, whether a store spec names the in-memory store, and the
names of the special data files."""
from __future__ import annotations

import os
from pathlib import Path

SOURCES_ENV = "KG_SOURCES"            # kg.model.evidence.SOURCES_ENV
STORE_ENV = "KG_STORE"                # kg.stores.spec.STORE_ENV
INFERRED = "inferred"                 # kg.model.layout.INFERRED
DRAFT = "draft"                       # kg.model.layout.DRAFT
SPECIAL_FILES = ("sources", "reference", "inferred", "names-zh")   # kg.model.layout's keys
_MODEL = Path(__file__).resolve().parents[2] / "model" / "evidence.py"


def find_sources_dir() -> Path | None:
    """:func:`kg.model.evidence.find_sources_dir` (looked for from the same place)."""
    env = os.environ.get(SOURCES_ENV)
    if env:
        p = Path(env)
        return p if p.is_dir() else None
    for parent in _MODEL.parents:
        cand = parent / "shared" / "sources"
        if cand.is_dir():
            return cand
    return None


def is_memory_store(store: str | None) -> bool:
    """True when ``store`` (None: ``$KG_STORE``) names the in-memory store, as
    :func:`kg.stores.spec.parse_spec` reads it."""
    if store is None:
        store = os.environ.get(STORE_ENV)
    return (store or "").strip() in ("", "memory")
