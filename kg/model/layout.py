"""Where the graph's files are and which named graph each goes to: the shipped data and ontology
folders (or ``--data`` / ``$KG_DATA``), a data folder's Turtle files, and the graph of a file
(``doc:<document-id>`` for a document's files, ``graph:<name>`` for the special ones)."""
from __future__ import annotations

import os
from pathlib import Path

from rdflib import URIRef

from kg.model.errors import KGError
from kg.model.namespaces import DOC, GRAPH

DATA_ENV = "KG_DATA"
ONTOLOGY_GRAPH = GRAPH.ontology
REFERENCE_GRAPH = GRAPH.reference
SOURCES_GRAPH = GRAPH.sources
INFERRED_GRAPH = GRAPH.inferred
INFERRED = "inferred"          # the source shown for a statement of the inferred graph
DRAFT = "draft"                # added to the sources of a statement only unreviewed drafts make
NAMES_ZH_GRAPH = GRAPH["names-zh"]
SPECIAL_FILES = {"sources": SOURCES_GRAPH, "reference": REFERENCE_GRAPH,
                 "inferred": INFERRED_GRAPH, "names-zh": NAMES_ZH_GRAPH}

_PKG = Path(__file__).resolve().parent.parent   # the kg package


def _first_existing(*candidates: Path) -> Path | None:
    return next((c for c in candidates if c.is_dir()), None)


def default_data_dir() -> Path:
    """The data folder: $KG_DATA, else the shipped one (installed copy or source checkout)."""
    env = os.environ.get(DATA_ENV)
    if env:
        return Path(env)
    found = _first_existing(_PKG / "_data" / "data", _PKG.parent / "data")
    if found is None:
        raise KGError("no shipped data found (looked in kg/_data/data and ./data); "
                      f"pass --data or set {DATA_ENV}")
    return found


def default_ontology_dir() -> Path:
    found = _first_existing(_PKG / "_data" / "ontology", _PKG.parent / "ontology")
    if found is None:
        raise KGError("no ontology folder found (looked in kg/_data/ontology and ./ontology)")
    return found


def document_id(path: Path) -> str:
    """``003-x.part2.ttl`` -> ``003-x``: every part of a document goes to its graph."""
    return path.name.split(".", 1)[0]


def graph_for_file(path: Path) -> URIRef:
    did = document_id(path)
    return SPECIAL_FILES.get(did, DOC[did])


def data_files(data_dir: Path) -> list[Path]:
    triples = data_dir / "triples"
    if not data_dir.is_dir():
        raise KGError(f"{data_dir}: data folder not found")
    if not triples.is_dir():
        raise KGError(f"{data_dir}: no triples/ folder inside (expected triples/*.ttl)")
    files = sorted(triples.glob("*.ttl"))
    if not files:
        raise KGError(f"{triples}: no .ttl files")
    return files


def ontology_files(ontology_dir: Path) -> list[Path]:
    return [f for f in sorted(ontology_dir.glob("*.ttl")) if f.name != "shapes.ttl"]
