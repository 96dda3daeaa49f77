"""Building an Oxigraph store (``kg build``): files to quads, streamed to Oxigraph's bulk
loaders through named pipes, two cores side by side; the name table written beside it."""
from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path
from typing import Iterable

from rdflib import URIRef

from kg.model.errors import KGError
from kg.model.graph import (
    ONTOLOGY_GRAPH,
    data_files,
    default_data_dir,
    default_ontology_dir,
    graph_for_file,
)
from kg.stores.oxigraph import META, NAMES_DB, OX_DIR
from kg.stores.terms import ox_module

# --- building an Oxigraph store ------------------------------------------------------------
_FORMATS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS",
            ".trig": "TRIG", ".rdf": "RDF_XML", ".owl": "RDF_XML", ".xml": "RDF_XML",
            ".jsonld": "JSON_LD", ".n3": "N3"}
_QUAD_FORMATS = {"N_QUADS", "TRIG", "JSON_LD"}


def _format_of(f: Path):
    name = f.name.lower()
    for ext in (".gz",):
        if name.endswith(ext):
            raise KGError(f"{f}: compressed files are not supported; decompress it first")
    fmt = _FORMATS.get(f.suffix.lower())
    if fmt is None:
        raise KGError(f"{f}: unknown RDF format (use {', '.join(sorted(_FORMATS))})")
    return fmt


def default_build_files(data_dir=None, ontology_dir=None) -> list[tuple[Path, URIRef | None]]:
    """(file, graph) pairs: the ontology (shapes excluded) and a data folder's files."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    ontology_dir = Path(ontology_dir) if ontology_dir else default_ontology_dir()
    out = [(f, ONTOLOGY_GRAPH) for f in sorted(ontology_dir.glob("*.ttl")) if f.name != "shapes.ttl"]
    out += [(f, graph_for_file(f)) for f in data_files(data_dir)]
    return out


def files_for(paths: Iterable[Path]) -> list[tuple[Path, URIRef | None]]:
    """A user's files (and data folders): triples go to the graph of their document
    (``doc:<file stem>``, as in data/), quads keep their graphs; the ontology is added."""
    out = [(f, ONTOLOGY_GRAPH) for f in sorted(default_ontology_dir().glob("*.ttl"))
           if f.name != "shapes.ttl"]
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += [(f, graph_for_file(f)) for f in data_files(p)]
            continue
        if not p.is_file():
            raise KGError(f"{p}: file not found")
        fmt = _format_of(p)
        out.append((p, None if fmt in _QUAD_FORMATS else graph_for_file(p)))
    return out


BIG_FILE = 8 << 20      # a file this large is bulk-loaded by Oxigraph itself, not through Python
NAMED_STREAMS = 2       # N-Quads streams the small files are dealt out to, each with its loader


def _parse(ox, f):
    """The quads of ``f``, blank nodes renamed so that two files never share one."""
    return ox.parse(path=str(f), format=getattr(ox.RdfFormat, _format_of(Path(f))),
                    rename_blank_nodes=True)


def _cannot_load(f, exc) -> KGError:
    where = f"{f}: " if f else ""
    return KGError(f"{where}cannot load: {' '.join(str(exc).split())[:300]}")


def _release(pipes: list[Path], readers: list) -> None:
    """Let loaders still waiting to open a named pipe see its end (after an error or an
    interrupt here), so that no thread is left blocked."""
    while not all(r.done() for r in readers):
        for f in pipes:
            try:
                os.close(os.open(f, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:       # no reader waiting on this one
                pass
        time.sleep(0.02)


def _load_quads(ox, store, files, work: Path, then=None) -> None:
    """Every file into its graph, and the union of all graphs (a set) into the default graph;
    then ``then()`` (given the union, while named graphs may still be loading).

    Python stays off the hot path and the two cores work side by side (Oxigraph's bulk
    loader releases the GIL):

    * big files are bulk-loaded into their graphs by Oxigraph's own loader, in a thread;
    * every file is parsed once here: the small files are rewritten as N-Quads streams
      (:data:`NAMED_STREAMS`, files dealt out in turn: one loader is slower than this
      thread; each triple in its graph, and a triple with a blank node also in the default
      graph: one loader call renames a blank node the same way throughout its input), and
      every triple without blank nodes goes, as N-Triples, to the union stream. Each stream
      is a named pipe read by a loader in a thread as it is written (a plain file where
      there are no pipes). One loader call per small file would cost ~30 ms of SST writing.
    * the loader keeps the default graph a set.

    A big file with blank nodes has them renamed by the loader, so its blank-node triples
    are copied into the default graph from the store afterwards."""
    from concurrent.futures import ThreadPoolExecutor
    from contextlib import ExitStack

    B, default = ox.BlankNode, ox.DefaultGraph()
    NQ, NT = ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES
    big, small = [], []
    for f, g in files:
        (big if Path(f).stat().st_size >= BIG_FILE else small).append((f, g))
    named_files = [work / f"named-{i}.nq" for i in range(NAMED_STREAMS if small else 0)]
    union_file = work / "union.nt"
    piped = hasattr(os, "mkfifo")
    if piped:
        try:
            for f in named_files + [union_file]:
                os.mkfifo(f)
        except OSError:          # a file system without named pipes: plain files instead
            piped = False
            for f in named_files + [union_file]:
                f.unlink(missing_ok=True)

    def load(f, fmt, to_graph=None):
        try:
            store.bulk_load(path=str(f), format=fmt, to_graph=to_graph)
        except (SyntaxError, ValueError, OSError, MemoryError) as exc:
            raise _cannot_load(f, exc) from None

    def load_big():
        for f, g in big:
            load(f, getattr(ox.RdfFormat, _format_of(Path(f))),
                 ox.NamedNode(str(g)) if g is not None else None)

    def write_streams():
        blank_in_big = False
        with ExitStack() as opened:
            named = [opened.enter_context(open(f, "wb")) for f in named_files]
            union = opened.enter_context(open(union_file, "wb"))
            for i, (f, g) in enumerate(small):
                current[0] = f
                graph = ox.NamedNode(str(g)) if g is not None else None
                plain = []

                def quads(f=f, graph=graph, plain=plain):
                    for q in _parse(ox, f):
                        s_, p_, o_ = q.subject, q.predicate, q.object
                        yield q if graph is None else ox.Quad(s_, p_, o_, graph)
                        if isinstance(s_, B) or isinstance(o_, B):
                            yield ox.Quad(s_, p_, o_, default)
                        else:
                            plain.append(q.triple)
                ox.serialize(quads(), named[i % len(named)], format=NQ)
                ox.serialize(plain, union, format=NT)
            for f, _g in big:
                current[0] = f
                blank = [False]

                def triples(f=f, blank=blank):
                    for q in _parse(ox, f):
                        if isinstance(q.subject, B) or isinstance(q.object, B):
                            blank[0] = True
                        else:
                            yield q.triple
                ox.serialize(triples(), union, format=NT)
                blank_in_big |= blank[0]
        current[0] = None
        return blank_in_big

    current = [None]
    with ThreadPoolExecutor(max_workers=2 + len(named_files)) as pool:
        jobs = [pool.submit(load_big)] if big else []
        if piped:
            named_jobs = [pool.submit(load, f, NQ) for f in named_files]
            union_job = pool.submit(load, union_file, NT, default)
        try:
            try:
                blank_in_big = write_streams()
            except BrokenPipeError:
                # a loader stopped reading: its own error says why
                for job in named_jobs + [union_job]:
                    job.result()
                raise
            except (SyntaxError, ValueError, OSError, MemoryError) as exc:
                raise _cannot_load(current[0], exc) from None
            if not piped:
                named_jobs = [pool.submit(load, f, NQ) for f in named_files]
                union_job = pool.submit(load, union_file, NT, default)
            union_job.result()
            if then is not None:
                then()
            for job in jobs + named_jobs:
                job.result()
        except BaseException:
            for job in jobs:
                job.cancel()
            if piped:
                _release(named_files + [union_file], named_jobs + [union_job])
            raise
    if blank_in_big:
        rows = store.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                           "FILTER(isBlank(?s) || isBlank(?o)) }")
        store.bulk_extend(ox.Quad(r["s"], r["p"], r["o"], default) for r in rows)
    for f in named_files + [union_file]:
        f.unlink()


STORE_MARKER = "nonferrous-kg oxigraph store"


def foreign_entries(path: Path) -> list[str]:
    """What a store folder holds besides what ``kg build`` writes (sorted names)."""
    ours = {META, OX_DIR, NAMES_DB} | {NAMES_DB + x for x in ("-journal", "-wal", "-shm")}
    return sorted(p.name for p in path.iterdir() if p.name not in ours)


def is_our_store(path: Path) -> bool:
    """True when ``path`` holds a store ``kg build`` made: its kg-store.json carries our marker
    (or, from before the marker, our fields beside the Oxigraph folder) and nothing else is
    there but what a build writes."""
    meta_file = path / META
    try:
        if meta_file.is_symlink() or not meta_file.is_file():
            return False
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(meta, dict):
        return False
    if foreign_entries(path):
        return False
    if meta.get("marker") == STORE_MARKER:
        return True
    return {"quads", "triples", "union_in_default_graph"} <= set(meta) and (path / OX_DIR).is_dir()


def build(path, files: list[tuple[Path, URIRef | None]] | None = None, force: bool = False,
          data_dir=None) -> dict:
    """Build an Oxigraph store folder at ``path`` with the bulk loader, then its name index.

    Built in a temporary folder beside ``path`` and renamed into place, so a failed build
    leaves nothing half-written. Refuses to replace a non-empty folder unless ``force``, and even
    then only a store ``kg build`` made (:func:`is_our_store`); missing parent folders are made."""
    ox = ox_module()
    path = Path(path)
    if path.exists() or path.is_symlink():
        if not path.is_dir() or path.is_symlink():
            raise KGError(f"{path}: exists and is not a folder; not replacing it")
        if any(path.iterdir()):
            if not force:
                raise KGError(f"{path}: already exists and is not empty (use --force to replace it)")
            others = foreign_entries(path)
            if others:
                raise KGError(f"{path}: holds files that are not part of a store ({', '.join(others[:3])}"
                              f"{', ...' if len(others) > 3 else ''}); not deleting it, even with --force")
            if not is_our_store(path):
                raise KGError(f"{path}: not a store built by `kg build` (no {META} of ours); "
                              "not deleting it, even with --force")
    parent = path.parent if str(path.parent) else Path(".")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KGError(f"{path}: cannot make folder {parent}: {exc.strerror or exc}") from None
    files = files if files is not None else default_build_files(data_dir)
    for f, _ in files:
        if not Path(f).is_file():
            raise KGError(f"{f}: file not found")
    tmp = parent / f".{path.name}.building-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    t0 = time.perf_counter()
    try:
        tmp.mkdir()
        store = ox.Store(str(tmp / OX_DIR))
        from kg.stores.names import build_name_index
        names = []            # the name index is written once the union is in
        _load_quads(ox, store, files, tmp, then=lambda: names.append(
            build_name_index(store, tmp / NAMES_DB, union_in_default_graph=True)))
        store.flush()
        t_load = time.perf_counter() - t0
        n_names = names[0]
        n_quads = len(store)
        n_triples = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
        store = None          # closes the database before it is moved into place
        meta = {"marker": STORE_MARKER, "built": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "quads": n_quads, "triples": n_triples, "names": n_names,
                "union_in_default_graph": True,
                "files": [[str(f), str(g) if g is not None else None] for f, g in files],
                "load_seconds": round(t_load, 3),
                "seconds": round(time.perf_counter() - t0, 3)}
        (tmp / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        old = None
        if path.exists():
            old = parent / f".{path.name}.old-{os.getpid()}"
            os.replace(path, old)
        os.replace(tmp, path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        meta["seconds"] = round(time.perf_counter() - t0, 3)
        return meta
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


