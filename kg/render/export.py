"""Export: the dataset in standard RDF formats, the networkx projection for Gephi/Cytoscape
(GraphML, GEXF) and spreadsheets (CSV of nodes and edges). Files are written atomically.

The memory store is serialized by rdflib; the Oxigraph and SPARQL stores write RDF themselves
(:mod:`kg.stores.export`).

An existing file is replaced only with ``force`` (the CLI passes its --force, a library caller
replaces by default; :func:`check_output`; for a csv folder, its
``nodes.csv`` and ``edges.csv``); a device or FIFO (``/dev/null``, ``/dev/stdout``) is written
into without it."""
from __future__ import annotations

import csv
import os
import stat
import zipfile
from pathlib import Path

from kg.model.errors import KGError
from kg.model.atomic import atomic_write, atomic_write_text

RDF_FORMATS = {"ttl": "turtle", "trig": "trig", "nq": "nquads", "jsonld": "json-ld", "nt": "nt"}
GRAPH_FORMATS = ("graphml", "gexf", "csv")
FORMATS = tuple(RDF_FORMATS) + GRAPH_FORMATS
_QUADS = {"trig", "nq", "jsonld"}


def refuse_existing(path: Path, force: bool = False) -> None:
    """KGError when ``path`` is an existing file (or a link, even a dangling one) and not
    ``force``; a character device or a FIFO is written into, never replaced, so it passes."""
    if force:
        return
    try:
        st = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        return
    except OSError as exc:
        raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None
    if stat.S_ISLNK(st.st_mode):
        try:
            st = os.stat(path)
        except OSError:
            raise KGError(f"{path} is a link (to a missing file): pass --force to write through it") from None
    if stat.S_ISCHR(st.st_mode) or stat.S_ISFIFO(st.st_mode) or stat.S_ISDIR(st.st_mode):
        return      # written into directly / refused by atomic_write with its own message
    raise KGError(f"{path} exists: pass --force to replace it")


def csv_folder(fmt: str, output: Path) -> bool:
    return fmt == "csv" and Path(output).suffix.lower() != ".zip"


def check_output(fmt: str, output: Path, force: bool = False) -> None:
    """Refuse, before any work, to replace what is already at ``output`` without ``force``."""
    output = Path(output)
    if csv_folder(fmt, output):
        if output.is_dir():
            for name in ("nodes.csv", "edges.csv"):
                refuse_existing(output / name, force)
        return
    refuse_existing(output, force)


def export(kg, fmt: str, output: Path, collapse: bool = False, force: bool = True) -> Path:
    if fmt not in FORMATS:
        raise KGError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    check_output(fmt, output, force)
    if fmt in RDF_FORMATS:
        from kg.stores.export import writer
        by_store = writer(kg, fmt)      # Oxigraph / SPARQL: streamed by the backend
        if by_store is not None:
            return atomic_write(output, by_store)
        if fmt in _QUADS:
            target = kg.dataset
        else:
            target = kg.union
        return atomic_write(output, lambda p: target.serialize(destination=str(p),
                                                               format=RDF_FORMATS[fmt],
                                                               encoding="utf-8"))
    from kg.render.network import to_networkx
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
    atomic_write_text(output / "nodes.csv", nodes)
    atomic_write_text(output / "edges.csv", edges)
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
    from kg.render.output import csv_safe      # a cell a spreadsheet would run gets a quote

    def row(cells):
        return [csv_safe(str(c)) for c in cells]

    nodes = io.StringIO()
    w = csv.writer(nodes, lineterminator="\n")
    w.writerow(["id", "label", "class", "aliases", "sources"])
    # rows sorted: the projection lists nodes and edges in the store's order, which varies
    # from one run to the next (set iteration), and a spreadsheet diff should not
    for cells in sorted(row([n, d.get("label", ""), d.get("class", ""), d.get("aliases", ""),
                             d.get("sources", "")]) for n, d in g.nodes(data=True)):
        w.writerow(cells)
    edges = io.StringIO()
    w = csv.writer(edges, lineterminator="\n")
    w.writerow(["source", "target", "predicate", "label", "sources", "via"])
    for cells in sorted(row([a, b, d.get("predicate", ""), d.get("label", ""), d.get("sources", ""),
                             d.get("via", "")]) for a, b, d in g.edges(data=True)):
        w.writerow(cells)
    return nodes.getvalue(), edges.getvalue()
