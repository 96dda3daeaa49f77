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
block; outside it, and on a Python whose compiler has no such function, nothing changes.

A pattern whose every match opens, past its leading assertions, with the same literal text
(``\\bsigned\\b``, ``(?<![\\w-])Package[ \\t]+...``, ``(?m)^        ``) gets that text as
its literal prefix (:func:`literal_prefix`, standing in for ``re._compiler._get_literal_prefix``
within the block): the engine then skips from one place the text is printed to the next with
its quick literal scan (a few instructions a character) instead of testing each character
against a set (some 45), and matches the whole pattern, assertions first, where the text stands
(the prefix marked as consumed by nothing, ``prefix_skip`` 0). The places tried are the places
where the text stands, and every match opens with it: the same matches."""
from __future__ import annotations

import contextlib
import functools

try:
    from re import _compiler, _constants as _c, _parser
except ImportError:             # (another Python: patterns compile as usual)
    _compiler = _c = _parser = None

_ZERO_WIDTH = frozenset((_c.AT, _c.ASSERT, _c.ASSERT_NOT)) if _c is not None else frozenset()
_REPEATS = frozenset((_c.MAX_REPEAT, _c.MIN_REPEAT)) if _c is not None else frozenset()


_STEPS = 2000              # items looked at per pattern, at most (else: no set; a table of
                           # 1,000 titles looks at some 1,100: paid once, the form is cached)


def first_chars(pattern, flags: int):
    """The charset (a list of ``(op, arg)`` items, as ``re._compiler`` takes) every match of the
    parsed ``pattern`` starts with, or None when it cannot be told."""
    budget = [_STEPS]
    got = _first(((list(pattern.data), flags),), budget)
    if got is None:
        return None
    items, any_non_ascii = got
    if not items and not any_non_ascii:
        return None
    if not any_non_ascii:
        return items
    # a case-insensitive letter: its two ASCII forms, and any character beyond ASCII (a few
    # match an ASCII letter case-insensitively: the Kelvin sign, a long s), written as "none of
    # the ASCII characters the set leaves out"
    covered = set()
    for op, av in items:
        if op is _c.LITERAL:
            covered.add(av)
        elif op is _c.RANGE:
            covered.update(range(av[0], min(av[1], 127) + 1))
        elif op is _c.CATEGORY and av in _category_ascii():
            covered.update(_category_ascii()[av])   # ("\\d", "\\s": its ASCII members)
        else:
            return None             # (a negated set: no set)
    return [(_c.NEGATE, None)] + [(_c.LITERAL, x) for x in range(128) if x not in covered]


@functools.lru_cache(maxsize=1)
def _category_ascii() -> dict:
    """Category -> the ASCII characters its escape matches in either mode (Unicode or ASCII):
    a superset of what it matches in the pattern's own."""
    import re

    out = {}
    for name, escape in (("CATEGORY_DIGIT", r"\d"), ("CATEGORY_NOT_DIGIT", r"\D"),
                         ("CATEGORY_SPACE", r"\s"), ("CATEGORY_NOT_SPACE", r"\S"),
                         ("CATEGORY_WORD", r"\w"), ("CATEGORY_NOT_WORD", r"\W")):
        if hasattr(_c, name):
            wide, narrow = re.compile(escape), re.compile(escape, re.ASCII)
            out[getattr(_c, name)] = frozenset(
                x for x in range(128) if wide.match(chr(x)) or narrow.match(chr(x)))
    return out


def _first(seqs: tuple, budget: list):
    """(items, any non-ASCII) of the first character the sequences ``seqs`` (each with its flags;
    the first read first, the next once it is done: what follows a group) consume, or None."""
    for k, (seq, flags) in enumerate(seqs):
        i = 0
        while i < len(seq) and seq[i][0] in _ZERO_WIDTH:
            i += 1              # (an assertion consumes nothing: the next item starts the match)
        if i == len(seq):
            continue            # (nothing consumed here: what follows starts it)
        budget[0] -= 1
        if budget[0] < 0:
            return None
        op, av = seq[i]
        after = ((seq[i + 1:], flags),) + seqs[k + 1:]
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            inner = _compiler._combine_flags(flags, add_flags, del_flags)
            if inner & _c.SRE_FLAG_IGNORECASE and inner & _c.SRE_FLAG_LOCALE:
                return None
            return _first(((list(sub.data), inner),) + after, budget)
        if op is _c.BRANCH:
            return _union([_first(((list(b.data), flags),) + after, budget) for b in av[1]])
        if op in _REPEATS:
            lo, _hi, item = av
            got = _first(((list(item.data), flags),) + after, budget)
            return got if lo >= 1 else _union([got, _first(after, budget)])
        return _one(op, av, flags)
    return None                 # (the pattern may end here: a match could start anywhere)


def _union(parts: list):
    items, wide = [], False
    for got in parts:
        if got is None or any(item[0] is _c.NEGATE for item in got[0]) and len(parts) > 1:
            return None         # (a negated set is not joined to others by listing them)
        items.extend(got[0])
        wide = wide or got[1]
    return items, wide


def _one(op, av, flags: int):
    """The first character of one item that consumes one: (items, any non-ASCII) or None."""
    iscased = _compiler._get_iscased(flags)
    if op is _c.LITERAL:
        if not (iscased and iscased(av)):
            return [(op, av)], False
        return (_ascii_cases([av]), True) if av < 128 else None
    if op is not _c.IN:
        return None
    if not iscased:
        return list(av), False
    out, wide = [], False
    for item_op, item_av in av:
        if item_op is _c.NEGATE:
            return None         # (a negated set, case-insensitive: no set)
        if item_op is _c.RANGE and item_av[1] > 0xffff:
            return None         # (as Python's rule)
        if item_op is _c.LITERAL and iscased(item_av) or item_op is _c.RANGE and any(
                map(iscased, range(item_av[0], item_av[1] + 1))):
            if (item_av if item_op is _c.LITERAL else item_av[1]) >= 128:
                return None     # (a cased letter beyond ASCII: no set)
            codes = [item_av] if item_op is _c.LITERAL else range(item_av[0], item_av[1] + 1)
            out.extend(_ascii_cases(codes))
            wide = True
        else:
            out.append((item_op, item_av))
    return out, wide


def _ascii_cases(codes: list) -> list:
    """Both ASCII cases of each code (all below 128)."""
    out = set()
    for c in codes:
        ch = chr(c)
        out.update((ord(ch.lower()), ord(ch.upper()), c))
    return [(_c.LITERAL, c) for c in sorted(out)]


# the assertions a literal prefix is looked for past, and "^" under re.M (not "^" or "\\A"
# without it: Python's engine tries such a pattern at the text's start alone, faster than a scan)
_PAST = frozenset((_c.ASSERT, _c.ASSERT_NOT)) if _c is not None else frozenset()
_PAST_AT = frozenset((_c.AT_BOUNDARY, _c.AT_NON_BOUNDARY)) if _c is not None else frozenset()


def literal_prefix(own, pattern, flags):
    """What ``re._compiler._get_literal_prefix`` (``own``) answers for the parsed ``pattern``
    ((prefix, prefix_skip, got_all)); for a pattern that opens with assertions (look-arounds,
    ``\\b``, ``\\B``, ``^`` under ``re.M``) and gets no prefix from it, the literal prefix of
    what follows them, matched from the pattern's start (``prefix_skip`` 0, never "all of it")."""
    got = own(pattern, flags)
    if got[0]:
        return got
    data = pattern.data
    i = 0
    multiline = bool(flags & _c.SRE_FLAG_MULTILINE)
    while i < len(data) and (data[i][0] in _PAST or data[i][0] is _c.AT and (
            data[i][1] in _PAST_AT or multiline and data[i][1] is _c.AT_BEGINNING)):
        i += 1
    if i == 0 or i == len(data):
        return got
    rest = _parser.SubPattern(pattern.state, list(data[i:]))
    prefix = own(rest, flags)[0]
    return (prefix, 0, False) if prefix else got


@contextlib.contextmanager
def skipping():
    """Within the block, patterns compiled get the set :func:`first_chars` finds when Python's
    own rule finds none, and the literal prefix :func:`literal_prefix` finds past their
    assertions."""
    own = getattr(_compiler, "_get_charset_prefix", None) if _compiler is not None else None
    own_prefix = getattr(_compiler, "_get_literal_prefix", None) if _compiler is not None else None
    if own is None or own_prefix is None or not hasattr(_compiler, "_get_iscased") \
            or not hasattr(_compiler, "_combine_flags") or not hasattr(_parser, "SubPattern"):
        yield
        return
    top = [True]        # (the pattern's own level only: the compiler asks again for each group)

    def prefix_of(pattern, flags):
        if not top[0]:
            return own_prefix(pattern, flags)
        top[0] = False
        try:
            return literal_prefix(own_prefix, pattern, flags)
        except Exception:          # noqa: BLE001 (a form it does not know: Python's own answer)
            return own_prefix(pattern, flags)
        finally:
            top[0] = True

    def charset_prefix(pattern, flags):
        got = own(pattern, flags)
        if got is not None:
            return got
        try:
            return first_chars(pattern, flags)
        except Exception:          # noqa: BLE001 (a form it does not know: no set, as Python)
            return None

    _compiler._get_charset_prefix = charset_prefix
    _compiler._get_literal_prefix = prefix_of
    try:
        yield
    finally:
        _compiler._get_charset_prefix = own
        _compiler._get_literal_prefix = own_prefix
