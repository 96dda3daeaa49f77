"""Compiled regular expressions kept between runs of ``kg ingest``, as Python keeps compiled
modules in ``.pyc`` files.

The ingest rules compile some 400 patterns per run, about 0.07 s of CPU spent in Python's own
parser and compiler (``re._parser``, ``re._compiler``); what they produce is a list of integers
(the ``_sre`` code) and the pattern's groups. :func:`installed` keeps that in the user's cache
folder as JSON and hands it straight to ``_sre.compile`` next time (which checks the code it is
given, as for any pattern). The code is kept as bytes per pattern (its words as machine
integers), turned into a list only for the patterns a run compiles. The entry is a pickle of
plain values only (lists, tuples, dicts, strings, numbers), read by an unpickler that refuses
any other object (:class:`_PlainUnpickler`), then the code of every pattern in one block: the
table gives each pattern's offset and length in it, and a pattern's code is read from there
when it is compiled (a view of the bytes read, no copy: some 2,000 patterns, 5 MB of code,
whose unpickling as one bytes object each, then a copy into an array each, cost a fresh
process about 7 ms).

Python's ``re._compile`` (behind ``re.compile``, ``re.search``...) tests a pattern it has not
cached against two flags (``re.TEMPLATE``, ``re.DEBUG``) with ``&``, which calls the flag
class's ``__rand__`` (Python code, about 1 microsecond each, some 4,000 times a run); within
the block, on Python 3.11, :func:`_fast_compile` does the same with plain integers. And
``re.escape``, which the rules call some 8,000 times a run (the same words of their lists,
escaped by several rules, each word a dictionary lookup per character: 1-6 microseconds), gives
within the block what it gave before for each string, from a table of the strings escaped
(:func:`_fast_escape`).

Patterns compiled afresh within the block are parsed with their alternations grouped by first
letter (:mod:`kg.ingest.regex_branches`: the same matches, fewer alternatives tried).

Patterns built at run time (from the word lists, say: the listed cities' alternation) are kept
too, once two runs on different articles (``token``: the article's path, size and time) have
compiled them: a small side entry (``reseen-*.json``) notes the digest of each such pattern
with the article that first compiled it. A pattern made of one article's names is compiled
again when that article is, never kept for another.

Pattern sources that rules work out from other patterns (a gate joining many cues) are kept in
the entry too (:mod:`kg.ingest.regex_kept`), and the entry rewritten when a run worked out a new
one.

Scope: only the ``kg ingest`` command installs it, for the time of the command; the library,
the leave-one-out evaluation and other commands compile as usual. Safe fallbacks: on a Python
whose ``re`` internals are not as expected (no ``re._compiler``), with no usable cache folder, or
an entry that is stale, not the user's own, edited or unreadable (the checks of
:mod:`kg.model.cache`), patterns are compiled as usual (an entry of the older JSON format is removed when a new one is
written). The entry's name hashes the Python
version, the ``_sre`` magic number and the source of ``re._parser`` and ``re._compiler``, so
another interpreter never reads it. A pattern compiled in ``DEBUG`` mode, or from bytes, is
never cached. Bounded: the entry is rewritten only when a run compiled a pattern it lacked that
is written in this package's code (a module's pattern, a literal of the function compiling
it; what a function of no arguments builds from the word lists once two runs compiled it), so the
patterns built from one article's names do not pile up; past :data:`MAX_ENTRIES` patterns only
the ones the run used are kept."""
from __future__ import annotations

import contextlib
import hashlib
import io
import pickle
import re
import struct
import sys
from array import array
from pathlib import Path

from kg.ingest import regex_branches, regex_kept, regex_profile
from kg.ingest.regex_lazy import Lazy
from kg.ingest.knowledge.entry_views import read_checked_view
from kg.ingest.regex_start import skipping
from kg.model import cache

FORMAT = "13"           # 5: forms compiled with regex_start (the first characters past assertions);
                        # 6: its categories in case-blind sets; the table pickled as a dict;
                        # 7: the code in one block after the table (offset, length per pattern);
                        # 8: alternations grouped by first letter (regex_branches);
                        # 9: literal prefixes past assertions (regex_start.literal_prefix);
                        # 10: the literals a group of alternatives shares kept out of its branch;
                        # 11: first-character sets as bitmaps (regex_start.widened_filter), and
                        # "\b" for a leading look-behind of a word character (word_start);
                        # 12: repeats that cannot give back made possessive (regex_possessive);
                        # 13: plain groups of alternatives spelt out in the branch around them
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


def _code(stored) -> list:
    """The code (a list of integers) of a kept form's bytes (or a view of them). (Through an
    array: its ``tolist`` reads each word by its own type where a view's goes through the
    struct format of each item, some 15% more instructions over the 1,600 patterns a run on
    the largest source text compiles from the cache.)"""
    words = array(_WORD)
    words.frombytes(stored)
    return words.tolist()


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


def _built_constant() -> bool:
    """Whether the code compiling a pattern (as for :func:`_in_code`) is one of this package's
    functions of no arguments (:func:`_constant_builder`)."""
    try:
        frame = sys._getframe(1)
    except (AttributeError, ValueError):
        return False
    while frame is not None and frame.f_globals.get("__name__") in (__name__, "re", "re._compiler"):
        frame = frame.f_back
    return frame is not None and str(frame.f_globals.get("__name__", "")).startswith("kg.") \
        and _constant_builder(frame.f_code)


_TAKES_MORE = 0x04 | 0x08       # CO_VARARGS, CO_VARKEYWORDS


def _constant_builder(code) -> bool:
    """A function of no arguments and no enclosing function's variables (the builders of the
    word lists' patterns, ``@lru_cache`` functions such as ``_table()``): what it compiles is
    made of the package's code and data, the same for every article, so it is kept as a
    module's pattern is (it was compiled afresh on each run whose article was the first to
    need it). Such a pattern is kept once two runs compiled it, of one article or two (a
    builder whose words come in a set's order, which changes from one process to the next, makes
    another pattern each run: never kept, the entry not rewritten on every run)."""
    return (code.co_argcount == 0 and code.co_kwonlyargcount == 0 and not code.co_freevars
            and not code.co_flags & _TAKES_MORE)


def _load(name: str) -> dict:
    """The table of the entry ``name``: (pattern, flags) -> (flags, (offset, length) of the
    code in the block, groups, group index, index group); empty when unreadable."""
    return _entry(name)[0]


_EMPTY = memoryview(b"")


def _entry(name: str) -> tuple[dict, memoryview]:
    """The table and the block of code it points into (see :func:`_load`)."""
    return _read(name)[:2]


def _read(name: str) -> tuple[dict, memoryview, dict]:
    """The table, the block of code it points into, and the sources kept by
    :mod:`kg.ingest.regex_kept`."""
    # (mapped: the code is read from the page cache; its digest checked once per version)
    raw = read_checked_view(name, stamped=True)
    if raw is None or len(raw) < 8:
        return {}, _EMPTY, {}
    try:
        (n,) = struct.unpack_from("<Q", raw, 0)
        stored = _PlainUnpickler(io.BytesIO(raw[8:8 + n])).load()
    except Exception:          # noqa: BLE001 (an unreadable entry is ignored, whatever it raises)
        return {}, _EMPTY, {}
    if not isinstance(stored, dict) or stored.get("format") != FORMAT \
            or not isinstance(stored.get("table"), dict):
        return {}, _EMPTY, {}
    # a form that is not what _sre.compile takes is found out when it is used (compiled as
    # usual then), not checked here one by one
    start = 8 + n + (-(8 + n)) % 8
    return stored["table"], raw[start:], stored.get("kept") or {}


def _write(name: str, table: dict, block: memoryview, used: set, new: dict,
           kept: dict) -> None:
    """Keep ``table`` (forms pointing into ``block``) and ``new`` (forms holding their code as
    bytes), as one table and one block of code, and the sources ``kept`` (regex_kept)."""
    if len(table) + len(new) > MAX_ENTRIES:
        table = {k: v for k, v in table.items() if k in used}
    forms = {k: (v[0], block[v[1][0]:v[1][0] + v[1][1]], v[2], v[3], v[4])
             for k, v in table.items()}
    forms.update(new)
    out: dict = {}
    parts: list = []
    at = 0
    for key, (flags, code, groups, groupindex, indexgroup) in forms.items():
        out[key] = (flags, (at, len(code)), groups, groupindex, indexgroup)
        parts.append(code)
        at += len(code)
    try:
        head = pickle.dumps({"format": FORMAT, "table": out, "kept": kept}, protocol=5)
    except (pickle.PicklingError, TypeError, RecursionError):
        return
    body = b"".join([struct.pack("<Q", len(head)), head, bytes((-(8 + len(head))) % 8)] + parts)
    if cache.write_bytes(name, body, checked=True, digest="crc32"):
        cache.prune(cache.cache_dir(), 2, "re-*.bin")
        cache.prune(cache.cache_dir(), 0, "re-*.json")      # (the older format's entries)


def _pattern_digest(key: tuple) -> str:
    pattern, flags = key
    return hashlib.sha256(f"{flags}\0{pattern}".encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _seen_again(name: str, new: dict, token: str, constant=frozenset()) -> dict:
    """Of the patterns built at run time (``new``), those a run on another article compiled
    too, or any earlier run for those in ``constant`` (built by a function of no arguments),
    to keep; notes the others in the side entry."""
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
        elif first != run or key in constant:
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
    table, block, stored_kept = _read(name)
    used: set = set()
    new: dict = {}
    static = [False]           # a pattern written in the code was missing: worth rewriting
    constant: set = set()      # patterns built by functions of no arguments (_constant_builder)
    original = _compiler.compile

    def compile(p, flags=0):
        if not isinstance(p, str) or type(flags) is not int or flags & _DEBUG:
            return original(p, flags)
        form = table.get((p, flags))
        if form is not None:
            used.add((p, flags))
            # (compiled when first used: regex_lazy.py)
            return Lazy(p, form[0], lambda: kept_form(p, flags, form))
        return compiled(p, flags)

    def kept_form(p, flags, form):
        try:
            at, n = form[1]
            return _sre.compile(p, form[0], _code(block[at:at + n]), form[2], form[3], form[4])
        except Exception:          # noqa: BLE001 (not what this interpreter takes: compile)
            table.pop((p, flags), None)
            used.discard((p, flags))
            return compiled(p, flags)

    def compiled(p, flags):
        result = original(p, flags)
        # (a pattern naming lone surrogates is kept too: the entry is a pickle, which writes
        # them as they are)
        if not static[0]:
            static[0] = _in_code(p)
            if not static[0] and _built_constant():
                constant.add((p, flags))
        # (its form is worked out only if it is to be kept; what it is checked against is kept
        # meanwhile, not the pattern: a long text compiles thousands of its own)
        new[(p, flags)] = (result.flags, dict(result.groupindex), result.groups)
        return result

    _run.update(used=used, new=new, static=static, constant=constant, table=table,
                used_there=set())
    re_compile, re_escape = re._compile, re.escape
    fast, escape = _fast_compile(re_compile, _compiler), _fast_escape(re_escape)
    parse = _parser.parse
    with skipping():            # (the forms kept are worked out with it and regex_branches too)
        if regex_branches.parse is not None and parse is regex_branches.ORIGINAL:
            _parser.parse = regex_branches.parse
        _compiler.compile = regex_profile.wrapping(compile)     # (as given, unless measuring)
        if fast is not None:
            re._compile = fast
        if escape is not None:
            re.escape = escape
        regex_kept.start(stored_kept)
        try:
            yield
        finally:
            if _run["used_there"] and len(table) + len(new) > MAX_ENTRIES:
                keys = list(table)
                used.update(keys[i] for i in _run["used_there"] if 0 <= i < len(keys))
            _run.clear()
            _compiler.compile = original
            re._compile, re.escape = re_compile, re_escape
            kept, kept_new = regex_kept.stop()
            if new and static[0]:
                _write(name, table, block, used, _forms(internals, new), kept)
            elif new and token is not None:
                again = _seen_again(name, new, token, constant)
                if again or kept_new:
                    _write(name, table, block, used, _forms(internals, again), kept)
            elif kept_new:
                _write(name, table, block, used, {}, kept)
            _parser.parse = parse


_run: dict = {}     # within installed(): what the run notes (used, new, static, constant, table)


def notes(sent: dict | None = None):
    """What the run has noted (the patterns it took from the entry, by their place in it; those
    it compiled afresh; and the same of :mod:`kg.ingest.regex_kept`), as plain values, for a
    second process working for the run (:mod:`kg.ingest.ahead`) to send back; with ``sent``
    (a dict the caller keeps between calls), only what is new since the last call. None
    outside a run."""
    if not _run:
        return None
    if sent is None:
        sent = {}
    order = sent.get("order")
    if order is None:
        order = sent["order"] = {k: i for i, k in enumerate(_run["table"])}
    had_used, had_new = sent.setdefault("used", set()), sent.setdefault("new", set())
    used = {order[k] for k in _run["used"] if k in order} - had_used
    had_used |= used
    new = {k: v for k, v in _run["new"].items() if k not in had_new}
    had_new.update(new)
    return (used, new, bool(_run["static"][0]), set(_run["constant"]), regex_kept.notes())


def absorb(noted) -> None:
    """Adds what :func:`notes` gave in another process (forked within the same run, so its
    entry is this run's) to this run's notes: a pattern first compiled there is kept as if
    compiled here."""
    if not _run or not isinstance(noted, tuple) or len(noted) != 5:
        return
    used, new, static, constant, kept = noted
    # (the entry's patterns used there, by their place in it: named only if the entry is to be
    # cut to the patterns used, see installed(); reading them here would copy the pages of the
    # table the two processes share, some 15 ms)
    _run["used_there"].update(used)
    for key, form in new.items():
        if key not in _run["table"]:
            _run["new"].setdefault(key, form)
    if static:
        _run["static"][0] = True
    _run["constant"].update(constant)
    regex_kept.absorb(kept)


def _fast_compile(original, compiler):
    """``re._compile`` of Python 3.11 with its flag tests made on plain integers (see the
    module's doc), or None on another Python. The same cache (``re._cache``, first in first
    out past ``re._MAXCACHE``) and the same answers; anything but a ``str`` pattern with
    integer or ``RegexFlag`` flags goes to the original."""
    cached = getattr(re, "_cache", None)
    if sys.version_info[:2] != (3, 11) or not isinstance(cached, dict) \
            or not isinstance(getattr(re, "_MAXCACHE", None), int):
        return None
    flag_class = re.RegexFlag
    skip = int(getattr(re, "TEMPLATE", 0)) | _DEBUG     # (the flags the original acts on)

    def _compile(pattern, flags):
        if type(flags) is not int:
            if not isinstance(flags, flag_class):
                return original(pattern, flags)
            flags = flags.value
        if type(pattern) is not str or flags & skip:
            return original(pattern, flags)
        key = (str, pattern, flags)
        got = cached.get(key)
        if got is not None:
            return got
        p = compiler.compile(pattern, flags)
        if len(cached) >= re._MAXCACHE:
            try:                        # (the oldest out, as the original)
                del cached[next(iter(cached))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        cached[key] = p
        return p
    # named as the function it stands in for: a pickled pattern names ``re._compile`` (what
    # ``re`` gives ``copyreg`` for patterns), read back as whatever ``re._compile`` is then
    _compile.__module__, _compile.__qualname__ = original.__module__, original.__qualname__
    return _compile


ESCAPED_MAX = 50_000       # strings whose escaped form is kept (a long text's own names too)


def _fast_escape(original):
    """``re.escape`` for strings as ``re`` writes it (each special character of
    ``re._special_chars_map`` after a backslash), the answer kept per string; a string with
    none of them is its own answer, told by one scan. None on a Python whose ``re`` has no such
    table; bytes and anything else go to the original."""
    specials = getattr(re, "_special_chars_map", None)
    if not isinstance(specials, dict) or not specials \
            or not all(isinstance(c, int) and v == "\\" + chr(c) for c, v in specials.items()):
        return None
    special = re.compile("[" + "".join("\\" + chr(c) for c in specials) + "]")
    done: dict = {}

    def escape(pattern):
        if type(pattern) is not str:
            return original(pattern)
        got = done.get(pattern)
        if got is None:
            got = pattern if special.search(pattern) is None else pattern.translate(specials)
            if len(done) < ESCAPED_MAX:
                done[pattern] = got
        return got
    escape.__module__, escape.__qualname__ = original.__module__, original.__qualname__
    return escape


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
