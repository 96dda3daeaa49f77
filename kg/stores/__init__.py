"""Where the graph lives: choosing a store (``spec``: ``open_kg``, ``--store``), the rdflib
adapter over a backend (``adapter``), one module per backend (``oxigraph`` with ``oxigraph_build``;
``remote`` for any SPARQL endpoint), term conversion and value injection, and the store-side
name index, stats and export.

May import ``kg.model`` only. The names below are loaded on first use, so importing the
package costs nothing."""
from importlib import import_module

_API = {
    "STORE_ENV": "spec", "parse_spec": "spec", "open_kg": "spec",
    "BackendStore": "adapter", "StoreKG": "adapter",
    "to_ox": "terms", "from_ox": "terms", "prefix_text": "terms",
    "inject_values": "values",
    "OxigraphBackend": "oxigraph", "open_oxigraph": "oxigraph",
    "build": "oxigraph_build", "files_for": "oxigraph_build", "default_build_files": "oxigraph_build",
    "SparqlBackend": "remote", "open_sparql": "remote",
}
__all__ = sorted(_API)


def __getattr__(name):
    if name in _API:
        return getattr(import_module(f"kg.stores.{_API[name]}"), name)
    raise AttributeError(f"module 'kg.stores' has no attribute {name!r}")
