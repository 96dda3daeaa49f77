"""The compiled code of the modules ``kg ingest`` imports, kept in one cache entry, so that the
command imports its some 400 modules from one file instead of looking each up on the path and
reading its ``.pyc`` (about 0.1 ms a module of the import system's own work: some 25 ms of the
0.7 s the largest source text takes).

:func:`bundled` puts a finder first on ``sys.meta_path`` for the block: a module of this package
the entry holds is made from the code kept for it when its source file still has the size and
time it had when the code was kept (one ``stat``; else it is imported as usual), with the
spec, ``__file__`` and loader a source module has (``SourceFileLoader``: its source is read
as usual by tracebacks and ``inspect``). When the block imported a module of the package the
entry lacked or held an older version of, the entry is written anew from the modules then
loaded (the code of each read from its ``.pyc``, as Python checks it; a module without one is
imported as usual).

Safety: the entry is read as the other large entries are (:mod:`kg.ingest.knowledge.entry_views`:
a folder and a file of the user's own that nobody else can write, the digest of its first line
matching the rest); its name hashes the Python version, the magic number of its compiled code
and the package's folder, so another interpreter or another checkout never reads it. Anything
unexpected (no usable cache folder, an entry unreadable or of another format) means the
modules are imported as usual. Only the ``kg ingest`` command uses it."""
from __future__ import annotations

import contextlib
import hashlib
import importlib.machinery
import importlib.util
import marshal
import os
import sys
from pathlib import Path

from kg.ingest.knowledge.entry_views import read_checked_view
from kg.model import cache

FORMAT = "1"
KEEP = 3                # entries kept (one a checkout and Python)
_PKG = str(Path(__file__).resolve().parent.parent)       # the kg package's folder
_PREFIX = "kg."


def entry_name() -> str:
    h = hashlib.sha256(f"modules {FORMAT} {sys.version} {importlib.util.MAGIC_NUMBER!r} "
                       f"{_PKG}".encode("utf-8", "surrogateescape"))
    return f"modules-{h.hexdigest()[:32]}.bin"


class _Loader(importlib.machinery.SourceFileLoader):
    """A source module's loader whose code is the one kept."""

    def __init__(self, fullname, path, code):
        super().__init__(fullname, path)
        self._kept = code

    def get_code(self, fullname):
        code, self._kept = self._kept, None
        if code is None or fullname != self.name:
            return super().get_code(fullname)
        return marshal.loads(code)


class _Finder:
    """Finds the package's modules the entry holds (see the module's doc)."""

    def __init__(self, table: dict):
        self.table = table
        self.missed = False
        self.asked: list[str] = []      # the package's modules imported in the block

    def find_spec(self, name, path=None, target=None):
        if not name.startswith(_PREFIX):
            return None
        self.asked.append(name)
        got = self.table.get(name, False)
        if not got:
            self.missed |= got is False     # (None: a module not kept, one not from a source)
            return None
        origin, is_pkg, mtime, size, code = got
        try:
            st = os.stat(origin)
        except OSError:
            self.missed = True
            return None
        if st.st_mtime_ns != mtime or st.st_size != size:
            self.missed = True
            return None
        if code is None:        # (no .pyc to keep it from when it was kept: imported as usual)
            return None
        loader = _Loader(name, origin, code)
        return importlib.util.spec_from_file_location(
            name, origin, loader=loader,
            submodule_search_locations=[os.path.dirname(origin)] if is_pkg else None)

    def invalidate_caches(self):
        pass


def _read() -> dict:
    raw = read_checked_view(entry_name())
    if raw is None:
        return {}
    try:
        stored = marshal.loads(raw)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(stored, dict) or stored.get("format") != FORMAT \
            or not isinstance(stored.get("modules"), dict):
        return {}
    return stored["modules"]


def _code_of(mod) -> tuple | None:
    """(origin, is a package, source time, source size, marshalled code or None) of a loaded
    module of the package, or None (not a source module of it, or its source changed since)."""
    origin = getattr(mod, "__file__", None)
    spec = getattr(mod, "__spec__", None)
    if not isinstance(origin, str) or not origin.endswith(".py") \
            or not origin.startswith(_PKG + os.sep) or spec is None:
        return None
    try:
        st = os.stat(origin)
        cached = getattr(mod, "__cached__", None)
        code = None
        if isinstance(cached, str):
            with contextlib.suppress(OSError):
                with open(cached, "rb") as fh:
                    data = fh.read()
                # (a .pyc checked by time and size, as Python checks it; none, when Python
                # writes none: PYTHONDONTWRITEBYTECODE, then the module is imported as usual)
                if data[:4] == importlib.util.MAGIC_NUMBER and data[4:8] == bytes(4) \
                        and int.from_bytes(data[8:12], "little") == int(st.st_mtime) & 0xFFFFFFFF \
                        and int.from_bytes(data[12:16], "little") == st.st_size & 0xFFFFFFFF:
                    code = data[16:]
        again = os.stat(origin)
    except (OSError, ValueError):
        return None
    if (again.st_mtime_ns, again.st_size) != (st.st_mtime_ns, st.st_size):
        return None             # (edited meanwhile)
    is_pkg = spec.submodule_search_locations is not None
    return origin, is_pkg, st.st_mtime_ns, st.st_size, code


def _write(names: list[str]) -> None:
    modules = {}
    for name in names:
        mod = sys.modules.get(name)
        # (None: a name asked for that is no module of ours, "from x import y" probing "x.y")
        modules[name] = _code_of(mod) if mod is not None else None
    if not modules:
        return
    try:
        body = marshal.dumps({"format": FORMAT, "modules": modules})
    except ValueError:
        return
    if cache.write_bytes(entry_name(), body, checked=True, digest="crc32"):
        cache.prune(cache.cache_dir(), KEEP, "modules-*.bin")


@contextlib.contextmanager
def bundled():
    """Within the block, the package's modules are imported from the entry (see the module's
    doc); the entry is written anew after it when the block imported one it lacked."""
    try:
        finder = _Finder(_read())
    except Exception:           # noqa: BLE001 (no entry: imported as usual)
        finder = _Finder({})
    sys.meta_path.insert(0, finder)
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(finder)
        if finder.missed:
            with contextlib.suppress(Exception):
                _write(finder.asked)
