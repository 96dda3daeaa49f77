"""A compiled pattern that is made when it is first used, for the patterns ``kg ingest`` takes
from its cache (:mod:`kg.ingest.regex_cache`).

Why: a run of the largest source text compiles some 2,600 patterns from the cache, about 6 MB
of ``_sre`` code turned into lists of integers and handed to ``_sre.compile`` (some 100 ms),
and never runs about 1,200 of them (2 MB of that code): rules whose word or layout the article
lacks, gates that turn them away first. :class:`Lazy` stands in for such a pattern: the pattern
is compiled when an attribute other than ``pattern`` and ``flags`` is first asked for, and the
method asked for is kept on the stand-in, so later calls cost what they cost on the pattern.

It answers ``isinstance(x, re.Pattern)`` (its ``__class__`` is ``re.Pattern``, as
``unittest.mock`` does for a spec), so ``re.sub(x, ...)``, ``re.compile(x)`` and the rules'
own type tests take it as a pattern; it compares and hashes as the pattern, copies as itself
and pickles as the pattern does. What it cannot be is the object a match's ``m.re`` gives (the
pattern compiled behind it): a rule tells which of its patterns matched by keeping that, never
by the identity of ``m.re`` (tests/test_ingest_round26_speed.py checks the package for it)."""
from __future__ import annotations

import copyreg
import re

_PATTERN = re.Pattern
# the methods kept on the stand-in once compiled (other attributes are read from the pattern)
_METHODS = frozenset({"search", "match", "fullmatch", "finditer", "findall", "split", "sub",
                      "subn", "scanner", "groups", "groupindex"})


class _Method:
    """A method of the pattern, read on the stand-in: the pattern compiled and its method kept
    in the stand-in's own attributes, which later reads find first (a look-up the stand-in's
    class answers raises no AttributeError, which Python 3.11 words as a message each time:
    some 1,800 first uses a run)."""

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = getattr(obj._compiled(), self.name)
        return value


class Lazy:
    """``make()`` compiles the pattern (source ``pattern``, ``flags`` its compiled flags)."""

    search, match, fullmatch, finditer = _Method(), _Method(), _Method(), _Method()
    findall, split, sub, subn, scanner = _Method(), _Method(), _Method(), _Method(), _Method()
    groups, groupindex = _Method(), _Method()

    def __init__(self, pattern: str, flags: int, make):
        self.pattern = pattern
        self.flags = flags
        self._make = make

    @property
    def __class__(self):           # (isinstance(x, re.Pattern), as for a spec'd mock)
        return _PATTERN

    def _compiled(self):
        got = self.__dict__.get("_real")
        if got is None:
            got = self.__dict__["_real"] = self._make()
            self._make = None
        return got

    def __getattr__(self, name):
        # (called only for what the stand-in and its class lack: the pattern's other attributes)
        if name.startswith("__") or name in ("_real", "_make"):
            raise AttributeError(name)
        value = getattr(self._compiled(), name)
        if name in _METHODS:
            self.__dict__[name] = value
        return value

    def __eq__(self, other):
        if isinstance(other, Lazy):
            other = other._compiled()
        return self._compiled() == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._compiled())

    def __repr__(self):
        return repr(self._compiled())

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        real = self._compiled()
        return copyreg.dispatch_table[type(real)](real)
