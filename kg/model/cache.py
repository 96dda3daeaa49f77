"""A parse cache for the loader: the parsed union graph, dataset and provenance, pickled.

Keyed by a hash of every input file's path and bytes plus the versions of rdflib and of this
package, so a changed file, a different data folder or an upgrade means a fresh parse. The
dataset is unpickled only when a command asks for it. A cache that cannot be read or written
is ignored (the graph is parsed as usual). The folder keeps the :data:`KEEP` most recently used
entries: writing a new one removes the oldest.

Safety: the entries are pickles (the fastest form rdflib graphs load from; a text format such as
N-Quads re-parses in seconds), and unpickling runs code, so an entry is only read from a folder
that is the user's own and that nobody else can write (owner = the current user, no group or
other write bit, not a link), and only when the file itself is a regular file owned by the user
and not writable by group or others -- checked on the open file before it is read. A folder
that fails the check (``KG_CACHE_DIR=/tmp``, a shared folder) means no cache: the graph is
parsed as usual. A new folder is made with mode 0700.

Small derived tables are kept beside the pickles as JSON (:func:`read_json`, under the same
checks): generated pinyin, and the compact link index of :mod:`kg.model.linkindex`, which
answers ``kg linked`` without rdflib or unpickling."""
from __future__ import annotations

import hashlib
import json
import os
import stat
import zlib
from pathlib import Path

CACHE_ENV = "KG_CACHE_DIR"
_VERSION = "4"
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
    hash_files(h, files)
    return h.hexdigest()[:32]


def hash_files(h, files: list[Path]) -> None:
    """Feed each input file's path and bytes to the hash ``h`` (the key of a cache entry)."""
    for f in files:
        h.update(str(f.resolve()).encode())
        h.update(b"\0")
        h.update(f.read_bytes())
        h.update(b"\0")


def _ours(st) -> bool:
    """Owned by the current user and not writable by group or others."""
    uid = os.getuid() if hasattr(os, "getuid") else None
    return (uid is None or st.st_uid == uid) and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def safe_dir(folder: Path, create: bool = False) -> bool:
    """True when ``folder`` is a real folder of the current user that nobody else can write
    (made, mode 0700, when missing and ``create``)."""
    try:
        st = os.lstat(folder)
    except FileNotFoundError:
        if not create:
            return False
        try:
            folder.mkdir(parents=True, mode=0o700)
            st = os.lstat(folder)
        except OSError:
            return False
    except OSError:
        return False
    return stat.S_ISDIR(st.st_mode) and _ours(st)


def _open_entry(path: Path):
    """The open entry file, or None when it is not a regular file of ours."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
    fd = os.open(path, flags)
    st = os.fstat(fd)
    if not (stat.S_ISREG(st.st_mode) and _ours(st)):
        os.close(fd)
        return None
    return os.fdopen(fd, "rb")


def read(files: list[Path]):
    """(union, provenance, dataset loader) from the cache entry of ``files``, or None."""
    import pickle

    try:
        folder = cache_dir()
        if not safe_dir(folder):
            return None
        path = folder / f"{_key(files)}.pickle"
        fh = _open_entry(path)
        if fh is None:
            return None
        with fh:
            head_b, dataset_b = pickle.load(fh)
        union, provenance = pickle.loads(head_b)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError,
            ImportError):
        return None
    mark_used(path)
    return union, provenance, (lambda: pickle.loads(dataset_b))


def mark_used(path: Path) -> None:
    """Mark a cache entry as the most recently used, so pruning removes it last."""
    try:
        os.utime(path)
    except OSError:
        pass


def write(files: list[Path], union, provenance, dataset) -> None:
    """Keep the parsed graphs of ``files``; a cache that cannot be written is skipped."""
    import pickle
    import tempfile

    try:
        folder = cache_dir()
        if not safe_dir(folder, create=True):
            return
        path = folder / f"{_key(files)}.pickle"
        # union and provenance share their terms in one pickle; the dataset is separate so a
        # lookup never unpickles it
        blob = (pickle.dumps((union, provenance), protocol=5),
                pickle.dumps(dataset, protocol=5))
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(blob, fh, protocol=5)
        os.replace(tmp, path)
        prune(path.parent)
    except (OSError, pickle.PicklingError, RecursionError):
        pass


def prune(folder: Path, keep: int | None = None, pattern: str = "*.pickle") -> None:
    """Remove all but the ``keep`` most recently used cache entries of ``folder`` (the files
    matching ``pattern``)."""
    keep = KEEP if keep is None else keep
    entries = []
    for f in folder.glob(pattern):
        try:
            entries.append((f.stat().st_mtime, f))
        except OSError:
            pass
    for _, f in sorted(entries, reverse=True)[keep:]:
        try:
            f.unlink()
        except OSError:
            pass


def _read_bytes(name: str) -> bytes | None:
    """The bytes of the entry ``name`` when the folder and the file pass the checks."""
    try:
        folder = cache_dir()
        if not safe_dir(folder):
            return None
        fh = _open_entry(folder / name)
        if fh is None:
            return None
        with fh:
            return fh.read()
    except OSError:
        return None


def read_json(name: str, checked: bool = False):
    """A small derived table kept beside the graphs (e.g. generated pinyin), or None. JSON
    cannot run code; the same ownership checks as the graph entries apply. ``checked``: the
    entry was written with ``checked`` and its content still has the digest written with it
    (an entry edited or cut short since is not read)."""
    raw = _read_bytes(name) if not checked else read_checked_bytes(name)
    if raw is None:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None


def _digest(body: bytes, kind: str = "sha256") -> bytes:
    if kind == "crc32":
        return b"crc32:%08x:%d" % (zlib.crc32(body), len(body))
    return b"sha256:" + hashlib.sha256(body).hexdigest().encode()


def write_json(name: str, value, checked: bool = False) -> bool:
    """Keep ``value`` as ``name`` in the cache folder (atomically: a temporary file renamed
    into place, removed when writing fails); False when it cannot. ``checked``: a first line
    holds the digest of the rest, for :func:`read_json`."""
    try:
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    except (TypeError, ValueError, RecursionError):
        return False
    return write_bytes(name, body, checked)


def read_checked_bytes(name: str) -> bytes | None:
    """The content of the entry ``name`` written by :func:`write_bytes` with ``checked``, or
    None: missing, failing the checks, or edited or cut short since (its first line, the digest
    of the rest, no longer matches; either kind of digest, see :func:`write_bytes`)."""
    raw = _read_bytes(name)
    if raw is None:
        return None
    head, sep, raw = raw.partition(b"\n")
    kind = "crc32" if head.startswith(b"crc32:") else "sha256"
    return raw if sep and head == _digest(raw, kind) else None


STAMPS = "checked-stamps.json"    # entries whose digest was found to match, by file stamp
STAMP_AGE_NS = 1_000_000_000       # an entry changed more recently is always checked in full
_STAMPS_KEPT = 16


def _stamp(st) -> list:
    """What changes whenever a file's content does: its inode, size, and times (the change
    time is set by the system on every write, rename or chmod; no one can set it back)."""
    return [st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns]


def _read_stamps() -> dict:
    raw = _read_bytes(STAMPS)
    if raw is None:
        return {}
    try:
        stamps = json.loads(raw.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return {}
    return stamps if isinstance(stamps, dict) else {}


def checked_before(name: str, st) -> bool:
    """Whether the file of the entry ``name`` (``st``: its ``os.fstat``) is, unchanged, one
    whose digest a run found matching (:func:`note_checked`): its content is then the one
    checked, and need not be read through once more."""
    return _read_stamps().get(name) == _stamp(st)


def note_checked(name: str, st) -> None:
    """Note that the entry ``name``'s file (``st``) matched its digest, unless it changed less
    than :data:`STAMP_AGE_NS` ago (the system's clock for file times is coarse, some
    milliseconds: a file changed twice within one of its ticks keeps its times, so only an
    entry left alone since is noted). The newest :data:`_STAMPS_KEPT` entries noted are kept."""
    import time

    if time.time_ns() - st.st_ctime_ns < STAMP_AGE_NS:
        return
    stamps = _read_stamps()
    stamps.pop(name, None)
    stamps[name] = _stamp(st)
    write_json(STAMPS, dict(list(stamps.items())[-_STAMPS_KEPT:]))


def write_bytes(name: str, body: bytes, checked: bool = False, digest: str = "sha256") -> bool:
    """Keep ``body`` as ``name`` in the cache folder (atomically: a temporary file renamed
    into place, removed when writing fails); False when it cannot. ``checked``: a first line
    holds the digest of the rest, for :func:`read_checked_bytes`: ``digest`` "sha256", or
    "crc32" (with the length) for a large entry read on every run of a command (3 MB: 1 ms to
    check instead of 4-7 ms). Either tells an entry edited or cut short by accident; neither
    stands in for the ownership checks, which are what keeps others' edits out."""
    import tempfile

    try:
        folder = cache_dir()
        if not safe_dir(folder, create=True):
            return False
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
    except OSError:
        return False
    try:
        with os.fdopen(fd, "wb") as fh:
            if checked:
                fh.write(_digest(body, digest) + b"\n")
            fh.write(body)
        os.replace(tmp, folder / name)
        return True
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        return False
