"""The characters a pattern's match can start with, looked for past its leading assertions, so
that Python's regular-expression engine skips to them (for ``kg ingest``'s compiled patterns,
with :mod:`kg.ingest.regex_cache`).

Python's compiler gives a pattern an "info" block naming the characters every match starts
with when it can tell them (``[A-Z]...``, ``(?:was|is)...``); the engine's search then jumps from
one such character to the next and tries the pattern only there. It cannot tell them when the
pattern opens with a zero-width assertion, which most of the rules' patterns do (``\\b``, a
look-behind such as ``(?<![A-Za-z])``, a look-ahead), and the search then tries the whole
pattern at every position of the text: a scan of the largest source text costs about 2 ms per
such pattern, a few dozen of them per run.

:func:`first_chars` looks past those assertions (they consume nothing, so the first character a
match consumes is still the one the rest of the pattern starts with), into groups, the branches
of an alternation and a repeat of at least one; it answers only when every way of matching
starts with a character of a known set, else None (as Python's own answer: no info, the
search as usual). Case-insensitive parts give no set unless none of its characters has
another case (Python's rule). The matches are the same; only where the engine tries differs.

:func:`skipping` makes Python's compiler use it (``re._compiler._get_charset_prefix``) within the
block; outside it, and on a Python whose compiler has no such function, nothing changes."""
from __future__ import annotations

import contextlib

try:
    from re import _compiler, _constants as _c, _parser
except ImportError:             # (another Python: patterns compile as usual)
    _compiler = _c = _parser = None

_ZERO_WIDTH = frozenset((_c.AT, _c.ASSERT, _c.ASSERT_NOT)) if _c is not None else frozenset()
_REPEATS = frozenset((_c.MAX_REPEAT, _c.MIN_REPEAT)) if _c is not None else frozenset()


def first_chars(pattern, flags: int):
    """The charset (a list of ``(op, arg)`` items, as ``re._compiler`` takes) every match of the
    parsed ``pattern`` starts with, or None when it cannot be told."""
    got = _first(list(pattern.data), flags, 0)
    return got or None


def _first(seq: list, flags: int, depth: int):
    if depth > 50:
        return None
    i = 0
    while i < len(seq) and seq[i][0] in _ZERO_WIDTH:
        i += 1                  # (an assertion consumes nothing: the next item starts the match)
    if i == len(seq):
        return None             # (nothing consumed here: the start is outside this part)
    op, av = seq[i]
    if op is _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        flags = _compiler._combine_flags(flags, add_flags, del_flags)
        if flags & _c.SRE_FLAG_IGNORECASE and flags & _c.SRE_FLAG_LOCALE:
            return None
        return _first(list(sub.data), flags, depth + 1)
    if op is _c.BRANCH:
        out = []
        for branch in av[1]:
            got = _first(list(branch.data), flags, depth + 1)
            if not got or any(item[0] is _c.NEGATE for item in got):
                return None     # (a branch that may start anywhere, or match nothing; a
            out.extend(got)     # negated set is not joined to others by listing them)
        return out
    if op in _REPEATS:
        lo, _hi, item = av
        return _first(list(item.data), flags, depth + 1) if lo >= 1 else None
    iscased = _compiler._get_iscased(flags)
    if op is _c.LITERAL:
        return None if iscased and iscased(av) else [(op, av)]
    if op is _c.IN:
        if iscased:
            for item_op, item_av in av:
                if item_op is _c.LITERAL and iscased(item_av):
                    return None
                if item_op is _c.RANGE and (item_av[1] > 0xffff or any(
                        map(iscased, range(item_av[0], item_av[1] + 1)))):
                    return None
        return list(av)
    return None


@contextlib.contextmanager
def skipping():
    """Within the block, patterns compiled get the set :func:`first_chars` finds when Python's
    own rule finds none."""
    own = getattr(_compiler, "_get_charset_prefix", None) if _compiler is not None else None
    if own is None or not hasattr(_compiler, "_get_iscased") \
            or not hasattr(_compiler, "_combine_flags"):
        yield
        return

    def charset_prefix(pattern, flags):
        got = own(pattern, flags)
        if got is not None:
            return got
        try:
            return first_chars(pattern, flags)
        except Exception:          # noqa: BLE001 (a form it does not know: no set, as Python)
            return None

    _compiler._get_charset_prefix = charset_prefix
    try:
        yield
    finally:
        _compiler._get_charset_prefix = own
