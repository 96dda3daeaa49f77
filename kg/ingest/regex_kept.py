"""Pattern sources worked out from other patterns, kept between runs of ``kg ingest`` beside its
compiled patterns (:mod:`kg.ingest.regex_cache`), so that a run compiles the pattern without
working its source out again.

Why: a rule that joins many patterns into one it can skip by (:func:`kg.ingest.reading.gates.any_of`:
the seventy event-role cues grouped by the characters they can start with) parses each of them
to tell those characters: some 25 ms of every run, for the same answer each time (the cues are
the package's own word lists). :func:`kept` gives what an earlier run worked out for the same
inputs, and works it out (and notes it to be kept) when none did.

What is kept is keyed by the inputs and by the code that works it out: ``kind`` (a name), the
``parts`` given (strings and numbers) and the bytes of the modules named in ``code`` (an edited
module makes another key), within an entry whose name already tells the Python version and its
``re`` internals. Only within :func:`kg.ingest.regex_cache.installed` (the command's run):
elsewhere (the library, the tests, the evaluation) :func:`kept` works the value out each time.
Only strings are kept."""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

MAX_KEPT = 64           # values kept (past it, those the run used)

_kept: dict | None = None       # within a run: key -> value (read from the entry, and new ones)
_new: dict = {}
_used: set = set()
_code_digests: dict = {}


def _code_digest(modules: tuple) -> str:
    got = _code_digests.get(modules)
    if got is None:
        h = hashlib.sha256()
        for name in modules:
            mod = sys.modules.get(name)
            path = getattr(mod, "__file__", None)
            h.update(Path(path).read_bytes() if path else b"?")
            h.update(b"\0")
        got = _code_digests[modules] = h.hexdigest()
    return got


def kept(kind: str, parts: tuple, build, code: tuple = ()):
    """``build()``, or the string an earlier run's ``build()`` gave for the same ``kind``,
    ``parts`` and ``code`` (names of the modules whose code works it out)."""
    table = _kept
    if table is None:
        return build()
    try:
        h = hashlib.sha256(f"{kind}\0{_code_digest(code)}".encode())
        for p in parts:
            h.update(b"\0" + str(p).encode("utf-8", "surrogatepass"))
        key = h.hexdigest()[:32]
    except (OSError, TypeError, ValueError):
        return build()
    got = table.get(key)
    if isinstance(got, str):
        _used.add(key)
        return got
    value = build()
    if isinstance(value, str):
        table[key] = value
        _new[key] = value
        _used.add(key)
    return value


def start(stored) -> None:
    """A run begins with the values ``stored`` in the entry (a dict of strings, or anything
    else: none)."""
    global _kept
    _kept = {k: v for k, v in stored.items() if isinstance(k, str) and isinstance(v, str)} \
        if isinstance(stored, dict) else {}
    _new.clear()
    _used.clear()


def stop() -> tuple[dict, bool]:
    """The run ends: (the values to keep, whether any is new)."""
    global _kept
    table, changed = _kept or {}, bool(_new)
    _kept = None
    if len(table) > MAX_KEPT:
        table = {k: v for k, v in table.items() if k in _used}
    _new.clear()
    _used.clear()
    return table, changed


def notes() -> tuple[dict, set] | None:
    """The values worked out and used so far in this run (for :func:`kg.ingest.regex_cache.notes`)."""
    if _kept is None:
        return None
    return dict(_new), set(_used)


def absorb(noted) -> None:
    """Adds another process's :func:`notes` to this run's."""
    if _kept is None or not isinstance(noted, tuple) or len(noted) != 2:
        return
    new, used = noted
    for key, value in new.items():
        if isinstance(key, str) and isinstance(value, str):
            _kept.setdefault(key, value)
            _new.setdefault(key, value)
    _used.update(used)
