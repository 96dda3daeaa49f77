"""Which patterns a run's time goes to: a measuring mode of the command's pattern cache
(:func:`kg.ingest.regex_cache.installed`), off unless the environment asks for it.

Why: the regular-expression engine is about a third of a run's instructions, spread over some
1,600 patterns, and no profiler ties its cost to one pattern (cProfile and callgrind both see
``Pattern.search`` as one function). With ``KG_REGEX_PROFILE`` set, every pattern compiled
within the block is handed out wrapped (:class:`Counted`, which answers
``isinstance(x, re.Pattern)`` as :class:`kg.ingest.regex_lazy.Lazy` does): each call of
``search``, ``match``, ``fullmatch``, ``finditer`` (each step of its iterator), ``findall``,
``split``, ``sub``, ``subn`` is counted and timed, with the characters it may read (``pos`` to
``endpos``), per pattern source, and by the function that called it; the time a ``sub``'s replacement function takes is
not the pattern's. At exit the patterns that took most are printed to standard error
(``KG_REGEX_PROFILE=1``: the top 30; a number: that many), or every row is written as
tab-separated values to a file (``KG_REGEX_PROFILE=/path/rows.tsv``). ``KG_REGEX_PROFILE_CLOCK=cpu``
times by the process's CPU clock (steadier on a loaded machine, dearer per call) instead of
``perf_counter``. What timing itself adds (two readings of the clock, measured at the start)
is taken off each timed stretch, each step of a ``finditer`` being one.

Unset (the default), :func:`wrapping` gives back the compile function it is given: nothing is
wrapped and nothing is timed. Set, the answers are the pattern's own (the wrapper only passes
calls through); the matches' ``m.re`` is the pattern behind it."""
from __future__ import annotations

import atexit
import os
import re
import sys
import time

ENV = "KG_REGEX_PROFILE"
CLOCK_ENV = "KG_REGEX_PROFILE_CLOCK"
_PATTERN = re.Pattern
_TIMED = frozenset({"search", "match", "fullmatch", "findall", "split"})
_SKIP_MODULES = ("re", "re._compiler", "kg.ingest.regex_cache", __name__)

_rows: dict = {}        # (pattern, flags) -> row (see _row)
_clock = time.perf_counter_ns
_overhead = [0]         # what one timed stretch costs with nothing in it (ns), taken off


def _calibrate() -> int:
    """The median time between two readings of the clock: what timing adds to a stretch."""
    got = []
    for _ in range(2001):
        t = _clock()
        got.append(_clock() - t)
    return sorted(got)[len(got) // 2]


def enabled() -> bool:
    return bool(os.environ.get(ENV, ""))


def _where(depth: int = 2) -> str:
    """The module and function of the first caller outside ``re`` and the pattern cache."""
    try:
        frame = sys._getframe(depth)
    except ValueError:
        return "?"
    while frame is not None and frame.f_globals.get("__name__") in _SKIP_MODULES:
        frame = frame.f_back
    if frame is None:
        return "?"
    return f"{frame.f_globals.get('__name__', '?')}.{frame.f_code.co_name}"


def _row(pattern, flags, compiled_in: str) -> dict:
    key = (pattern, flags)
    row = _rows.get(key)
    if row is None:
        row = _rows[key] = {"pattern": pattern, "flags": flags, "compiled_in": compiled_in,
                            "calls": 0, "ns": 0, "chars": 0, "first_use_ns": 0, "callers": {},
                            "steps": 0}
    return row


def _reach(n: int, args, kwargs) -> int:
    """How many characters a call with ``pos`` and ``endpos`` (given or not) may read."""
    pos = args[0] if args else (kwargs or {}).get("pos", 0)
    end = args[1] if len(args) > 1 else (kwargs or {}).get("endpos", n)
    try:
        return max(0, min(n, end) - min(max(pos, 0), n))
    except TypeError:
        return n


class Counted:
    """A compiled pattern (or :class:`~kg.ingest.regex_lazy.Lazy` stand-in) whose calls are
    counted and timed into ``row``."""

    def __init__(self, inner, row: dict):
        self.__dict__["_inner"] = inner
        self.__dict__["_row"] = row

    @property
    def __class__(self):            # (isinstance(x, re.Pattern))
        return _PATTERN

    @property
    def pattern(self):
        return self._inner.pattern

    @property
    def flags(self):
        return self._inner.flags

    def _method(self, name):
        """The inner pattern's method (a stand-in compiles now, timed apart)."""
        t = _clock()
        got = getattr(self._inner, name)
        self._row["first_use_ns"] += _clock() - t
        return got

    def _note(self, ns: int, text, steps: int = 1, args=(), kwargs=None) -> None:
        row = self._row
        row["calls"] += 1
        row["steps"] += steps
        row["ns"] += ns
        if isinstance(text, str):
            row["chars"] += _reach(len(text), args, kwargs)
        where = _where(3)
        row["callers"][where] = row["callers"].get(where, 0) + ns

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        if name in _TIMED:
            method = self._method(name)

            def timed(string, *args, **kwargs):
                t = _clock()
                try:
                    return method(string, *args, **kwargs)
                finally:
                    self._note(_clock() - t, string, 1, args, kwargs)
            self.__dict__[name] = timed
            return timed
        if name == "finditer":
            method = self._method(name)

            def finditer(string, *args, **kwargs):
                t = _clock()
                it = method(string, *args, **kwargs)
                spent = _clock() - t
                steps = 1
                while True:
                    t = _clock()
                    try:
                        m = next(it)
                    except StopIteration:
                        self._note(spent + _clock() - t, string, steps + 1, args, kwargs)
                        return
                    spent += _clock() - t
                    steps += 1
                    yield m
            self.__dict__[name] = finditer
            return finditer
        if name in ("sub", "subn"):
            method = self._method(name)

            def sub(repl, string, *args, **kwargs):
                inside = [0, 0]     # (the replacement function's time, its calls)
                if callable(repl):
                    own = repl

                    def repl(m):
                        t0 = _clock()
                        try:
                            return own(m)
                        finally:
                            inside[0] += _clock() - t0
                            inside[1] += 1
                t = _clock()
                try:
                    return method(repl, string, *args, **kwargs)
                finally:
                    self._note(_clock() - t - inside[0], string, 1 + inside[1])
            self.__dict__[name] = sub
            return sub
        return getattr(self._inner, name)

    def __eq__(self, other):
        if isinstance(other, Counted):
            other = other._inner
        return self._inner == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._inner)

    def __repr__(self):
        return repr(self._inner)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return self._inner.__reduce__()


def wrapping(compile_function):
    """``compile_function`` (pattern, flags) -> pattern, as given when the mode is off; when
    it is on, the same with every pattern it gives counted (and the report noted for exit)."""
    if not enabled():
        return compile_function
    global _clock
    if os.environ.get(CLOCK_ENV, "") == "cpu":
        _clock = time.process_time_ns
    _overhead[0] = _calibrate()
    _report_at_exit()

    def counted_compile(p, flags=0):
        got = compile_function(p, flags)
        if isinstance(got, Counted) or not isinstance(p, str):
            return got
        return Counted(got, _row(p, flags, _where(2)))
    return counted_compile


_registered = [False]


def _report_at_exit() -> None:
    if not _registered[0]:
        _registered[0] = True
        atexit.register(report)


def rows() -> list[dict]:
    """The patterns counted so far, the dearest first (``ns``: the time of the calls less
    what timing them added, ``steps`` stretches of :data:`_overhead`)."""
    for r in _rows.values():
        r["net_ns"] = max(0, r["ns"] - r["steps"] * _overhead[0])
    return sorted(_rows.values(), key=lambda r: -(r["net_ns"] + r["first_use_ns"]))


def report(out=None) -> None:
    """Prints (or writes, see the module's doc) the patterns that took most."""
    setting = os.environ.get(ENV, "")
    got = rows()
    if not got or not setting:
        return
    if setting and not setting.isdigit():
        with open(setting, "w", encoding="utf-8") as f:
            f.write("ms\tfirst_use_ms\tcalls\tchars\tcompiled_in\tcallers\tpattern\n")
            for r in got:
                f.write(_line(r, None) + "\n")
        return
    top = int(setting) if setting.isdigit() and int(setting) > 1 else 30
    out = out or sys.stderr
    total = sum(r["net_ns"] for r in got)
    print(f"regex profile: {len(got)} patterns, {sum(r['calls'] for r in got)} calls, "
          f"{total / 1e6:.1f} ms in calls (timing's own {_overhead[0]} ns a stretch taken off), "
          f"{sum(r['first_use_ns'] for r in got) / 1e6:.1f} ms compiling on first use", file=out)
    print("ms\tfirst_use_ms\tcalls\tchars\tcompiled_in\tcallers\tpattern", file=out)
    for r in got[:top]:
        print(_line(r, 100), file=out)


def _line(r: dict, width) -> str:
    callers = sorted(r["callers"].items(), key=lambda kv: -kv[1])
    named = ",".join(f"{k}:{v / 1e6:.2f}" for k, v in callers[:3])
    source = repr(r["pattern"])
    if width and len(source) > width:
        source = source[:width] + "..."
    return (f"{r['net_ns'] / 1e6:.2f}\t{r['first_use_ns'] / 1e6:.2f}\t{r['calls']}\t{r['chars']}\t"
            f"{r['compiled_in']}\t{named}\t{source}")
