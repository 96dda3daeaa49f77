"""The tables the rules build from their word lists, kept between runs of ``kg ingest``.

Why: some 350 functions of no arguments cached with ``@lru_cache`` (``_table()``, ``_cues()``,
``_heads()`` ...) build the rules' tables from the word lists of ``kg/ingest/data``: sets and
dicts of words, and the sources of the patterns made of them (split, lowered, sorted, escaped
and joined). On the largest source text that is some 160 million instructions of every run (4%;
more of a short article's), and the answer is the same from one run to the next while the code
and the lists are.

How: within the command's block (:func:`installed`, entered by :mod:`kg.ingest.command` before
the rules' modules are imported), ``functools.lru_cache`` decorates such a function of a module
of this package so that its first call in a run gives what an earlier run's call gave, read
from the cache folder, and works it out as before (noting it to be kept) when no run did. One
entry per version of the code and the lists: its name hashes the stamps (path, size and time)
of every module under ``kg/ingest`` and ``kg/model`` and every file of ``kg/ingest/data``
(:mod:`kg.ingest.knowledge.code_stamps`, which the ingest snapshot's name hashes too), so an
edited list or module makes another entry, and the tables are built afresh once. The entry is
a dict of each function's answer as a pickle of its own, unpickled only when the function is
first called. A pattern in an answer is kept as its source and flags and compiled again when
read (from the compiled patterns kept by :mod:`kg.ingest.regex_cache`). An answer that cannot be
pickled is worked out on every run; an entry or an answer that cannot be read (edited, cut
short, corrupt) is worked out again, and the entry rewritten. The second process of the command
(:mod:`kg.ingest.ahead`) sends the tables it built (:func:`notes`, :func:`absorb`), so those of
the readers it runs are kept too.

What qualifies: a plain function of no arguments and no enclosing function's variables (no
generator), in a module of ``kg.ingest`` imported within the block: its answer depends on the
package's code and data only (none reads the article, the graph or the environment). The
library, the evaluation and the tests, whose modules are imported outside the block, work
every table out as before; so does the command after the block."""
from __future__ import annotations

import contextlib
import functools
import hashlib
import io
import pickle
import re
import sys
import types

FORMAT = "1"
KEEP = 2                # entries kept (the newest; another version of the code or lists each)
_REAL = functools.lru_cache
# CO_GENERATOR | CO_COROUTINE | CO_ITERABLE_COROUTINE | CO_ASYNC_GENERATOR, CO_VARARGS | CO_VARKEYWORDS
_NOT_PLAIN = 0x20 | 0x80 | 0x100 | 0x200 | 0x04 | 0x08

# within installed(): "tables" (name -> pickled answer, from the entry; None until first
# asked), "new" (the answers worked out this run, pickled), "sent" (the names a second process
# has sent of them: kg.ingest.ahead)
_run: dict = {}


def _keepable(fn) -> bool:
    if type(fn) is not types.FunctionType or not str(fn.__module__).startswith("kg.ingest."):
        return False
    code = fn.__code__
    return (code.co_argcount == 0 and code.co_posonlyargcount == 0
            and code.co_kwonlyargcount == 0 and not code.co_freevars
            and not code.co_flags & _NOT_PLAIN and "<locals>" not in fn.__qualname__)


def lru_cache(maxsize=128, typed=False):
    """``functools.lru_cache`` within the block: the same, but a function that qualifies (see
    the module's doc) is asked through :func:`_answer`."""
    if callable(maxsize) and isinstance(typed, bool):        # (``@lru_cache`` bare)
        fn, maxsize = maxsize, 128
        return _decorated(_REAL(maxsize, typed), fn)
    real = _REAL(maxsize, typed)
    return lambda fn: _decorated(real, fn)


def _decorated(real, fn):
    if not _keepable(fn):
        return real(fn)

    def table():
        return _answer(fn)
    functools.update_wrapper(table, fn)
    return real(table)


def _name(fn) -> str:
    return f"{fn.__module__}:{fn.__qualname__}"


def _answer(fn):
    """``fn()``, or what an earlier run's ``fn()`` gave (within the block)."""
    run = _run
    if not run:
        return fn()
    name = _name(fn)
    raw = _tables().get(name)
    if raw is not None:
        _reading.append(raw)
        try:
            return _read_back()
        except Exception:          # noqa: BLE001 (not readable: worked out again, kept anew)
            pass
        finally:
            _reading.pop()
    value = fn()
    try:
        run["new"][name] = _dumps(value)
    except Exception:              # noqa: BLE001 (not picklable: worked out on every run)
        pass
    return value


_reading: list = []     # the answer being read back (see _read_back)


def _read_back():
    """The answer of ``_reading[-1]``. A function of no arguments, as the functions whose
    answers it reads are: a pattern it compiles (the pattern cache not yet holding it) is kept
    as theirs are, once two runs compiled it (kg/ingest/regex_cache.py, ``_constant_builder``)."""
    return pickle.loads(_reading[-1])


class _Pickler(pickle.Pickler):
    """Pickles a compiled pattern (or the stand-in of kg/ingest/regex_lazy.py) as its source
    and flags, without compiling it: compiled with them it is the same pattern (its flags hold
    the ones its source sets and the one ``re`` adds, ``re.UNICODE``, left out)."""

    def reducer_override(self, obj):
        if isinstance(obj, re.Pattern) and type(obj.pattern) is str:
            return re.compile, (obj.pattern, obj.flags & ~re.UNICODE)
        return NotImplemented


def _dumps(value) -> bytes:
    out = io.BytesIO()
    _Pickler(out, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
    return out.getvalue()


def _stamps() -> str:
    # (worked out once a run: the snapshot's name hashes them too, or the second process
    # worked them out first, kg/ingest/knowledge/snapshot.py)
    from kg.ingest.knowledge.code_stamps import code_stamps

    return code_stamps()


def entry_name(stamps: str) -> str:
    h = hashlib.sha256(f"kept-tables {FORMAT} {sys.version}\0".encode())
    h.update(stamps.encode("utf-8", "surrogateescape"))
    return f"tables-{h.hexdigest()[:32]}.bin"


def _tables() -> dict:
    """The entry's answers (read when first asked in a run)."""
    got = _run.get("tables")
    if got is None:
        try:
            _run["name"] = entry_name(_stamps())
        except (OSError, UnicodeError):
            _run["name"] = None
        got = _run["tables"] = _read(_run["name"]) if _run["name"] else {}
    return got


def _read(name: str) -> dict:
    from kg.ingest.knowledge.entry_views import read_checked_view
    from kg.ingest.regex_cache import _PlainUnpickler

    raw = read_checked_view(name, stamped=True)
    if raw is None:
        return {}
    try:
        stored = _PlainUnpickler(io.BytesIO(raw)).load()
    except Exception:              # noqa: BLE001 (an unreadable entry is ignored)
        return {}
    tables = stored.get("tables") if isinstance(stored, dict) \
        and stored.get("format") == FORMAT else None
    if not isinstance(tables, dict) or not all(
            type(k) is str and type(v) is bytes for k, v in tables.items()):
        return {}
    return tables


def _write() -> None:
    from kg.model import cache

    tables = _run.get("tables")
    name = _run.get("name")
    if tables is None:          # (nothing read: the stamps not yet worked out)
        _tables()
        tables, name = _run["tables"], _run["name"]
    if not name:
        return
    body = pickle.dumps({"format": FORMAT, "tables": {**tables, **_run["new"]}},
                        protocol=pickle.HIGHEST_PROTOCOL)
    if cache.write_bytes(name, body, checked=True, digest="crc32"):
        cache.prune(cache.cache_dir(), KEEP, "tables-*.bin")


def notes() -> dict:
    """The answers worked out in this process since the last call (pickled), for a second
    process working for the run (:mod:`kg.ingest.ahead`) to send back; empty outside a run."""
    if not _run:
        return {}
    sent = _run["sent"]
    out = {k: v for k, v in _run["new"].items() if k not in sent}
    sent.update(out)
    return out


def absorb(noted) -> None:
    """Adds what :func:`notes` gave in another process to this run's answers to keep."""
    if _run and isinstance(noted, dict):
        for k, v in noted.items():
            if type(k) is str and type(v) is bytes:
                _run["new"].setdefault(k, v)


@contextlib.contextmanager
def installed():
    """Within the block, the functions that qualify (see the module's doc) of the modules
    imported in it give the kept answers; the entry is rewritten at its end when some answer
    was worked out afresh (here or in a second process)."""
    if _run:                    # (a block within the block: the outer one keeps)
        yield
        return
    from kg.ingest.knowledge import code_stamps

    _run.update(tables=None, name=None, new={}, sent=set())
    code_stamps.remember(True)
    functools.lru_cache = lru_cache
    try:
        yield
    finally:
        functools.lru_cache = _REAL
        try:
            if _run["new"]:
                with contextlib.suppress(Exception):
                    _write()
        finally:
            _run.clear()
            code_stamps.remember(False)
