"""Choosing a store: ``--store`` / ``$KG_STORE`` specs and :func:`open_kg`, the one way in."""
from __future__ import annotations

import os

from kg.model.errors import KGError
from kg.model.graph import KG, load

STORE_ENV = "KG_STORE"



# --- store specs ---------------------------------------------------------------------------
def parse_spec(spec: str | None) -> tuple[str, str]:
    """``None``/``memory`` -> ("memory", ""); ``oxigraph:PATH``; ``sparql:URL``."""
    spec = (spec or "").strip() or "memory"
    if spec == "memory":
        return "memory", ""
    kind, sep, arg = spec.partition(":")
    if sep and kind == "oxigraph" and arg:
        return "oxigraph", arg
    if sep and kind == "sparql" and arg.startswith(("http://", "https://")):
        return "sparql", arg
    raise KGError(f"bad store {spec!r}: use memory, oxigraph:PATH or sparql:http(s)://HOST/PATH")


def open_kg(store: str | None = None, data_dir=None) -> KG:
    """The KG over the store named by ``store`` (default ``$KG_STORE``, else memory)."""
    if store is None:
        store = os.environ.get(STORE_ENV)
    kind, arg = parse_spec(store)
    if kind == "memory":
        return load(data_dir)
    if kind == "oxigraph":
        from kg.stores.oxigraph import open_oxigraph
        return open_oxigraph(arg)
    from kg.stores.remote import open_sparql
    return open_sparql(arg)


