"""A parse cache for the loader: the parsed union graph, dataset and provenance, pickled.

Keyed by a hash of every input file's path and bytes plus the versions of rdflib and of this
package, so a changed file, a different data folder or an upgrade means a fresh parse. The
dataset is unpickled only when a command asks for it. A cache that cannot be read or written
is ignored (the graph is parsed as usual). The folder keeps the :data:`KEEP` most recently used
entries: writing a new one removes the oldest."""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

CACHE_ENV = "KG_CACHE_DIR"
_VERSION = "3"
KEEP = 8           # cache entries kept (each about 1 MB for the shipped graph)


def cache_dir() -> Path:
    env = os.environ.get(CACHE_ENV)
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "nonferrous-kg"


def _key(files: list[Path]) -> str:
    import rdflib

    h = hashlib.sha256(f"{_VERSION} rdflib {rdflib.__version__}".encode())
    for f in files:
        h.update(str(f.resolve()).encode())
        h.update(b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")
    return h.hexdigest()[:32]


def read(files: list[Path]):
    """(union, provenance, dataset loader) from the cache entry of ``files``, or None."""
    try:
        path = cache_dir() / f"{_key(files)}.pickle"
        with open(path, "rb") as fh:
            head_b, dataset_b = pickle.load(fh)
        union, provenance = pickle.loads(head_b)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError,
            ImportError):
        return None
    try:
        os.utime(path)            # most recently used: pruned last
    except OSError:
        pass
    return union, provenance, (lambda: pickle.loads(dataset_b))


def write(files: list[Path], union, provenance, dataset) -> None:
    """Keep the parsed graphs of ``files``; a cache that cannot be written is skipped."""
    try:
        path = cache_dir() / f"{_key(files)}.pickle"
        # union and provenance share their terms in one pickle; the dataset is separate so a
        # lookup never unpickles it
        blob = (pickle.dumps((union, provenance), protocol=5),
                pickle.dumps(dataset, protocol=5))
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(blob, fh, protocol=5)
        os.replace(tmp, path)
        prune(path.parent)
    except (OSError, pickle.PicklingError, RecursionError):
        pass


def prune(folder: Path, keep: int | None = None) -> None:
    """Remove all but the ``keep`` most recently used cache entries of ``folder``."""
    keep = KEEP if keep is None else keep
    entries = []
    for f in folder.glob("*.pickle"):
        try:
            entries.append((f.stat().st_mtime, f))
        except OSError:
            pass
    for _, f in sorted(entries, reverse=True)[keep:]:
        try:
            f.unlink()
        except OSError:
            pass
