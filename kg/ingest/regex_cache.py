"""Compiled regular expressions kept between runs of ``kg ingest``, as Python keeps compiled
modules in ``.pyc`` files.

The ingest rules compile some 400 patterns per run, about 0.07 s of CPU spent in Python's own
parser and compiler (``re._parser``, ``re._compiler``); what they produce is a list of integers
(the ``_sre`` code) and the pattern's groups. :func:`installed` keeps that in the user's cache
folder as JSON and hands it straight to ``_sre.compile`` next time (which checks the code it is
given, as for any pattern). The code is kept as bytes per pattern (its words as machine
integers), turned into a list only for the patterns a run compiles. The entry is a pickle of
plain values only (lists, tuples, dicts, strings, numbers, bytes), read by an unpickler that
refuses any other object (:class:`_PlainUnpickler`): some 700 records (1 MB) read in about 1 ms,
where the same as JSON with base64 text took 9 ms.

Patterns built at run time (from the word lists, say: the listed cities' alternation) are kept
too, once two runs on different articles (``token``: the article's path, size and time) have
compiled them: a small side entry (``reseen-*.json``) notes the digest of each such pattern
with the article that first compiled it. A pattern made of one article's names is compiled
again when that article is, never kept for another.

Scope: only the ``kg ingest`` command installs it, for the time of the command; the library,
the leave-one-out evaluation and other commands compile as usual. Safe fallbacks: on a Python
whose ``re`` internals are not as expected (no ``re._compiler``), with no usable cache folder, or
an entry that is stale, not the user's own, edited or unreadable (the checks of
:mod:`kg.model.cache`), patterns are compiled as usual (an entry of the older JSON format is removed when a new one is
written). The entry's name hashes the Python
version, the ``_sre`` magic number and the source of ``re._parser`` and ``re._compiler``, so
another interpreter never reads it. A pattern compiled in ``DEBUG`` mode, or from bytes, is
never cached. Bounded: the entry is rewritten only when a run compiled a pattern it lacked that
is written in this package's code (a module's pattern, or a literal of the function compiling
it), so the
patterns built from one article's names do not pile up; past :data:`MAX_ENTRIES` patterns only
the ones the run used are kept."""
from __future__ import annotations

import contextlib
import hashlib
import io
import pickle
import re
import sys
from array import array
from pathlib import Path

from kg.ingest.regex_start import skipping
from kg.model import cache

FORMAT = "6"            # 5: forms compiled with regex_start (the first characters past assertions);
                        # 6: its categories in case-blind sets; the table pickled as a dict
MAX_ENTRIES = 4000      # (a run of the largest source text uses some 1,300; two versions of the code fit)
SEEN_MAX = 500         # digests of patterns built at run time, noted once (the newest kept)
_WORD = "I"            # array type code of one word of the code (``_sre.CODESIZE`` bytes)
# (a plain int: ``int & re.DEBUG`` calls the flag class's own ``__rand__``, Python code, once
# for each of the ~1,700 patterns a run compiles)
_DEBUG = int(re.DEBUG)


def _internals():
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return None
    if not (callable(getattr(_compiler, "compile", None)) and callable(getattr(_compiler, "_code", None))
            and callable(getattr(_parser, "parse", None)) and callable(getattr(_sre, "compile", None))):
        return None
    if array(_WORD).itemsize != getattr(_sre, "CODESIZE", None):
        return None             # (the code's words are kept as machine integers of that size)
    return _sre, _compiler, _parser


def entry_name(internals) -> str:
    _sre, _compiler, _parser = internals
    h = hashlib.sha256(f"re-cache {FORMAT} {sys.version} {getattr(_sre, 'MAGIC', '')} "
                       f"{getattr(_sre, 'CODESIZE', '')} {sys.byteorder}".encode())
    for mod in (_compiler, _parser):
        h.update(Path(mod.__file__).read_bytes())
    return f"re-{h.hexdigest()[:32]}.bin"


def _compiled_form(internals, pattern: str, flags: int):
    """What ``re._compiler.compile`` hands to ``_sre.compile`` for ``pattern`` (the code as a
    list of integers)."""
    _sre, _compiler, _parser = internals
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return [flags | parsed.state.flags, list(code), parsed.state.groups - 1, groupindex,
            indexgroup]


def _stored(form: list) -> tuple:
    """The form as kept: the code as bytes."""
    return (form[0], array(_WORD, form[1]).tobytes(), form[2], form[3], tuple(form[4]))


def _code(stored: bytes) -> list:
    """The code (a list of integers) of a kept form."""
    return array(_WORD, stored).tolist()


class _PlainUnpickler(pickle.Unpickler):
    """Reads plain values only: any class or function named in the data is refused."""

    def find_class(self, module, name):
        raise pickle.UnpicklingError(f"{module}.{name}: not a plain value")


def _in_code(pattern: str) -> bool:
    """Whether the code compiling ``pattern`` (the caller of ``re.compile``/``re.search``...)
    is one of this package's modules at its top level or holds the pattern as a literal."""
    try:
        frame = sys._getframe(1)
    except (AttributeError, ValueError):
        return False
    while frame is not None and frame.f_globals.get("__name__") in (__name__, "re", "re._compiler"):
        frame = frame.f_back          # up to the code that called re.compile / re.search ...
    if frame is None:
        return False
    if not str(frame.f_globals.get("__name__", "")).startswith("kg."):
        return False                  # (a library may build a pattern differently each run)
    code = frame.f_code
    return code.co_name == "<module>" or pattern in code.co_consts


def _load(name: str) -> dict:
    raw = cache.read_checked_bytes(name)
    table: dict = {}
    if raw is None:
        return table
    try:
        stored = _PlainUnpickler(io.BytesIO(raw)).load()
    except Exception:          # noqa: BLE001 (an unreadable entry is ignored, whatever it raises)
        return table
    if not isinstance(stored, dict) or stored.get("format") != FORMAT \
            or not isinstance(stored.get("table"), dict):
        return table
    # (pattern, flags) -> form, as written: a form that is not what _sre.compile takes is
    # found out when it is used (compiled as usual then), not checked here one by one
    return stored["table"]


def _write(name: str, table: dict, used: set, new: dict) -> None:
    if len(table) + len(new) > MAX_ENTRIES:
        table = {k: v for k, v in table.items() if k in used}
    table = {**table, **new}
    try:
        body = pickle.dumps({"format": FORMAT, "table": table}, protocol=5)
    except (pickle.PicklingError, TypeError, RecursionError):
        return
    if cache.write_bytes(name, body, checked=True, digest="crc32"):
        cache.prune(cache.cache_dir(), 2, "re-*.bin")
        cache.prune(cache.cache_dir(), 0, "re-*.json")      # (the older format's entries)


def _pattern_digest(key: tuple) -> str:
    pattern, flags = key
    return hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8")).hexdigest()[:24]


def _seen_again(name: str, new: dict, token: str) -> dict:
    """Of the patterns built at run time (``new``), those a run on another article compiled
    too (to keep); notes the others in the side entry."""
    seen_name = "reseen-" + name[len("re-"):].rsplit(".", 1)[0] + ".json"
    stored = cache.read_json(seen_name, checked=True)
    seen: dict[str, str] = {}
    if isinstance(stored, dict) and stored.get("format") == FORMAT \
            and isinstance(stored.get("seen"), list):
        for item in stored["seen"]:
            if isinstance(item, list) and len(item) == 2 and all(isinstance(x, str) for x in item):
                seen[item[0]] = item[1]
    run = hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    again: dict = {}
    changed = False
    for key, form in new.items():
        d = _pattern_digest(key)
        first = seen.get(d)
        if first is None:
            seen[d] = run
            changed = True
        elif first != run:
            again[key] = form
            del seen[d]
            changed = True
    if changed:
        kept = [[d, r] for d, r in seen.items()][-SEEN_MAX:]
        if cache.write_json(seen_name, {"format": FORMAT, "seen": kept}, checked=True):
            cache.prune(cache.cache_dir(), 2, "reseen-*.json")
    return again


@contextlib.contextmanager
def installed(token: str | None = None):
    """Within the block, patterns compile from the cache when it has them (and are noted for
    it when it does not). ``token`` names the run's article (see the module's doc)."""
    internals = _internals()
    try:
        name = entry_name(internals) if internals is not None else None
    except (OSError, AttributeError, TypeError):
        name = None
    if name is None:
        with skipping():
            yield
        return
    _sre, _compiler, _parser = internals
    table = _load(name)
    used: set = set()
    new: dict = {}
    static = [False]           # a pattern written in the code was missing: worth rewriting
    original = _compiler.compile

    def compile(p, flags=0):
        if not isinstance(p, str) or type(flags) is not int or flags & _DEBUG:
            return original(p, flags)
        form = table.get((p, flags))
        if form is not None:
            try:
                result = _sre.compile(p, form[0], _code(form[1]), form[2], form[3], form[4])
                used.add((p, flags))
                return result
            except Exception:          # noqa: BLE001 (not what this interpreter takes: compile)
                table.pop((p, flags), None)
        result = original(p, flags)
        try:
            p.encode("utf-8")           # (a lone surrogate cannot be kept as JSON text)
        except UnicodeEncodeError:
            return result
        if not static[0]:
            static[0] = _in_code(p)
        # (its form is worked out only if it is to be kept; what it is checked against is kept
        # meanwhile, not the pattern: a long text compiles thousands of its own)
        new[(p, flags)] = (result.flags, dict(result.groupindex), result.groups)
        return result

    with skipping():            # (the forms kept are worked out with it too)
        _compiler.compile = compile
        try:
            yield
        finally:
            _compiler.compile = original
            if new and static[0]:
                _write(name, table, used, _forms(internals, new))
            elif new and token is not None:
                again = _seen_again(name, new, token)
                if again:
                    _write(name, table, used, _forms(internals, again))


def _forms(internals, compiled: dict) -> dict:
    """The kept forms of the patterns a run compiled (``(pattern, flags)`` -> the compiled
    pattern's flags, group index and number of groups): parsed again here, once it is known
    they are to be kept (a pattern built of one article's names, compiled once, is not parsed
    twice), and kept only when the form agrees with what ``re`` compiled."""
    out = {}
    for (p, flags), (got_flags, groupindex, groups) in compiled.items():
        try:
            form = _compiled_form(internals, p, flags)
            if form[0] == got_flags and form[3] == groupindex and form[2] == groups:
                out[(p, flags)] = _stored(form)
        except Exception:              # noqa: BLE001 (not cached: compiled as usual)
            pass
    return out
