"""The package's own modules imported the short way, for the ``kg ingest`` command: some 430 of
them are imported by a run, and Python's import system, written in Python, spends about 300,000
instructions on each one before its code runs (asking four finders in turn, a directory's time
and a file's existence checked per module, the compiled file's name worked out, its header read
apart), about as much again as unpacking the module's compiled code.

:func:`installed` puts a finder first in ``sys.meta_path`` for the block: for a module of this
package that is one ``.py`` file in its package's folder (no folder, extension module or other
file of that name beside it), it gives the spec Python's own finder gives (the same loader class
behaviour, origin, cached file and parent), found in a listing of the folder read once per
block; its loader reads the compiled file Python keeps for the source (``cache_from_source``,
with ``sys.pycache_prefix``) and takes it only when Python would (its magic number, a timestamp
header matching the source's time and size); anything else (no compiled file yet, a stale or
hash-based one, a package, a name it does not know) goes to Python's own machinery, which
compiles and writes the file as usual. The modules are the same objects Python would make:
the same code, ``__file__``, ``__spec__``, ``__cached__`` and ``__loader__`` behaviour
(a :class:`importlib.machinery.SourceFileLoader`).

Scope: only within the command's block (:func:`kg.ingest.command.tuned`), on an interpreter
whose ``importlib`` has the pieces used here; otherwise nothing changes."""
from __future__ import annotations

import contextlib
import os
import sys

try:
    import _imp
    import marshal
    from io import open_code
    from types import CodeType, ModuleType
    from importlib.machinery import EXTENSION_SUFFIXES, SourceFileLoader
    from importlib.machinery import ModuleSpec
    from importlib.util import MAGIC_NUMBER, cache_from_source
except ImportError:             # (another interpreter: imports as usual)
    SourceFileLoader = None

_PREFIX = "kg."
_SUFFIX = f".{getattr(sys.implementation, 'cache_tag', None)}.pyc"    # (no optimisation level)


if SourceFileLoader is not None:
    class _Loader(SourceFileLoader):
        """Python's loader of a source file, reading the compiled file it would read without
        its general machinery (see the module's doc); anything else is its own way.
        ``cached``: the compiled file's path (``cache_from_source`` of the source's)."""

        def __init__(self, fullname, path, cached):
            super().__init__(fullname, path)
            self.cached = cached

        def get_code(self, fullname):
            path, cached = self.path, self.cached
            try:
                st = os.stat(path)
                with open_code(cached) as fh:
                    data = fh.read()
            except (OSError, ValueError):
                return super().get_code(fullname)
            if len(data) < 16 or data[:4] != MAGIC_NUMBER or data[4:8] != b"\0\0\0\0" \
                    or int.from_bytes(data[8:12], "little") != int(st.st_mtime) & 0xFFFFFFFF \
                    or int.from_bytes(data[12:16], "little") != st.st_size & 0xFFFFFFFF:
                return super().get_code(fullname)      # (stale, hash-based or another magic)
            try:
                code = marshal.loads(memoryview(data)[16:])
            except (EOFError, ValueError, TypeError):
                return super().get_code(fullname)
            if type(code) is not CodeType:
                return super().get_code(fullname)
            _imp._fix_co_filename(code, path)
            return code

        def create_module(self, spec):
            # (the module with the file names Python's import gives it, set before it asks for
            # them: ``getattr(module, "__file__", None)`` of a new module otherwise raises and
            # words two AttributeErrors, and so does ``__cached__``, some 3,000 a run)
            module = ModuleType(spec.name)
            module.__file__ = spec.origin
            module.__cached__ = spec.cached
            return module

        def exec_module(self, module):
            super().exec_module(module)
            # (once its code has run: a module of its own ``__getattr__`` keeps Python's)
            if _plain(module):
                module.__class__ = Module

    class Module(ModuleType):
        """A module of the package imported in the block: Python's module, its attributes
        looked up as any object's (no module ``__getattr__``). Why: every ``from x import y``
        asks the module ``x`` for a ``__path__`` (to tell a package), and Python 3.11's module
        answers a name it lacks by formatting two error messages, where an object's plain
        look-up is told to keep quiet: some 4,000 such questions a run of the largest source
        text, 17 million instructions (0.4%). A missing name still raises ``AttributeError``
        (worded for the object: "'module' object has no attribute ..."); reading a name is a
        little dearer than a module's (some 9,000 reads of the package's modules a run)."""
        __slots__ = ()
        __getattribute__ = object.__getattribute__

    Module.__name__ = Module.__qualname__ = "module"


def _listing(folder: str) -> tuple[frozenset, str | None]:
    """The names in ``folder`` and the folder of their compiled files (None: not told)."""
    try:
        names = frozenset(os.listdir(folder))
        probe = os.path.join(folder, "__init__.py")
        compiled = os.path.dirname(cache_from_source(probe))
    except (OSError, NotImplementedError, ValueError):
        return frozenset(), None
    # (a module's compiled file is the probe's, bar the name: checked once, else Python's way)
    if cache_from_source(os.path.join(folder, "x.py")) != os.path.join(compiled, "x" + _SUFFIX):
        return frozenset(), None
    return names, compiled


class Finder:
    """The finder of :func:`installed`, for the modules under ``prefix`` (``listings``: a
    folder's names, read once)."""

    def __init__(self, prefix: str = _PREFIX):
        self.prefix = prefix
        self.listings: dict[str, tuple] = {}

    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith(self.prefix) or path is None or len(path) != 1:
            return None
        folder = path[0]
        if type(folder) is not str or not os.path.isabs(folder):
            return None
        got = self.listings.get(folder)
        if got is None:
            got = self.listings[folder] = _listing(folder)
        names, compiled = got
        tail = fullname.rpartition(".")[2]
        if compiled is None or tail + ".py" not in names or tail in names \
                or any(tail + s in names for s in EXTENSION_SUFFIXES):
            return None         # (a package, an extension module, a name not there: Python's way)
        full = os.path.join(folder, tail + ".py")
        cached = os.path.join(compiled, tail + _SUFFIX)
        spec = ModuleSpec(fullname, _Loader(fullname, full, cached), origin=full)
        spec.has_location = True        # (what spec_from_file_location gives a module's file)
        spec.cached = cached
        return spec

    def invalidate_caches(self):
        self.listings.clear()


def _usable() -> bool:
    return SourceFileLoader is not None and sys.platform.startswith("linux") \
        and not sys.flags.optimize and getattr(sys.implementation, "cache_tag", None) is not None


@contextlib.contextmanager
def installed():
    """Within the block, the package's modules are imported through :class:`Finder`."""
    if not _usable():
        yield
        return
    finder = Finder()
    sys.meta_path.insert(0, finder)
    # (the package's modules imported before the block are asked too, and ``__future__`` by
    # every module's ``from __future__ import annotations``: theirs is Python's class again
    # after the block. Not the rest of the standard library: its modules' attributes, read
    # some 100,000 times a run, are read faster as a module's)
    switched = [m for name, m in list(sys.modules.items())
                if (name.startswith(_PREFIX) or name == "__future__") and _plain(m)]
    for module in switched:
        module.__class__ = Module
    _initialized()
    try:
        yield
    finally:
        with contextlib.suppress(ValueError):
            sys.meta_path.remove(finder)
        for module in switched:
            if type(module) is Module:
                module.__class__ = ModuleType


def _initialized() -> None:
    """Marks the modules Python set up before its import system (``sys``, ``builtins``, ``_imp``
    ...) as not being imported, as the import system marks every module it loads
    (``__spec__._initializing``): Python 3.11 reads that mark on each ``import sys`` and each
    failed look-up of a module's attribute (``from os import path`` asks ``os`` for a
    ``__path__``), and words an AttributeError when it is missing, some 2,500 a run."""
    for module in list(sys.modules.values()):
        spec = getattr(module, "__spec__", None)
        if type(spec) is ModuleSpec and "_initializing" not in spec.__dict__:
            spec._initializing = False


def _plain(module) -> bool:
    """A module of Python's own class that has no ``__getattr__`` of its own."""
    return type(module) is ModuleType and "__getattr__" not in module.__dict__
