"""Export: the dataset in standard RDF formats, the networkx projection for Gephi/Cytoscape
(GraphML, GEXF) and spreadsheets (CSV of nodes and edges). Files are written atomically."""
from __future__ import annotations

import csv
import os
import tempfile
import zipfile
from pathlib import Path

from kg.errors import KGError

RDF_FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld", "nt": "nt"}
GRAPH_FORMATS = ("graphml", "gexf", "csv")
FORMATS = tuple(RDF_FORMATS) + GRAPH_FORMATS
_QUADS = {"trig", "nq", "jsonld"}


def atomic_write(path: Path, write) -> Path:
    """Call ``write(tmp_path)`` then move the file into place; nothing half-written remains."""
    path = Path(path)
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise KGError(f"{path}: folder {parent} does not exist")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)
    except OSError as exc:
        raise KGError(f"{path}: cannot write here ({exc.strerror})") from None
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise KGError(f"{path}: cannot write ({exc.strerror})") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def export(kg, fmt: str, output: Path, collapse: bool = False) -> Path:
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in RDF_FORMATS:
        if fmt in _QUADS:
            target = kg.dataset
        else:
            target = kg.union
        return atomic_write(output, lambda p: target.serialize(destination=str(p),
                                                               format=RDF_FORMATS[fmt],
                                                               encoding="utf-8"))
    from kg.network import to_networkx
    import networkx as nx

    g = to_networkx(kg, collapse=collapse)
    if fmt == "graphml":
        return atomic_write(output, lambda p: nx.write_graphml(_simple_attrs(g), p))
    if fmt == "gexf":
        return atomic_write(output, lambda p: nx.write_gexf(_simple_attrs(g), p))
    output = Path(output)
    if output.suffix.lower() == ".zip":
        return atomic_write(output, lambda p: _write_csv_zip(g, p))
    # a folder: nodes.csv and edges.csv side by side
    if output.exists() and not output.is_dir():
        raise KGError(f"{output}: for --format csv give a folder (or a .zip file)")
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KGError(f"{output}: cannot create folder ({exc.strerror})") from None
    nodes, edges = _csv_texts(g)
    atomic_write(output / "nodes.csv", lambda p: p.write_text(nodes, encoding="utf-8"))
    atomic_write(output / "edges.csv", lambda p: p.write_text(edges, encoding="utf-8"))
    return output


def _simple_attrs(g):
    """GraphML/GEXF need scalar attributes: drop None values."""
    h = g.copy()
    for _, d in h.nodes(data=True):
        for k in [k for k, v in d.items() if v is None]:
            del d[k]
    for *_, d in h.edges(keys=True, data=True):
        for k in [k for k, v in d.items() if v is None]:
            del d[k]
    return h


def _write_csv_zip(g, path: Path) -> None:
    """CSV export as one file: a zip with nodes.csv and edges.csv."""
    nodes, edges = _csv_texts(g)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("nodes.csv", nodes)
        z.writestr("edges.csv", edges)


def _csv_texts(g) -> tuple[str, str]:
    import io

    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["id", "label", "class", "aliases", "sources"])
    for n, d in g.nodes(data=True):
        w.writerow([n, d.get("label", ""), d.get("class", ""), d.get("aliases", ""), d.get("sources", "")])
    edges = io.StringIO()
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(["source", "target", "predicate", "label", "sources", "via"])
    for a, b, d in g.edges(data=True):
        w.writerow([a, b, d.get("predicate", ""), d.get("label", ""), d.get("sources", ""), d.get("via", "")])
    return nodes.getvalue(), edges.getvalue()
