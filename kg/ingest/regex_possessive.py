"""Greedy repeats of one character that cannot give back, made possessive as Python parses
them, for ``kg ingest``'s compiled patterns (with :mod:`kg.ingest.regex_cache`).

Why: Python's engine backs a greedy repeat off one character at a time when what follows it
fails (``[A-Z][a-z]+\\s+of``: at "Magnesium," ``[a-z]+`` takes "agnesium", ``\\s`` fails on
the comma, and the engine tries again after "agnesiu", "agnesi", ... each time testing the
class of what follows), and it skips those tries only when what follows is one literal
character. When the character after the repeat must be one of a set that shares no character
with the repeated one (``\\w+`` before ``\\s``, ``[a-z]+`` before ``[ ,.]``, ``\\d+`` before
``%``), every shorter take leaves a character of the repeated set where one of the other set
must stand: none of those tries can match. A possessive repeat (``\\w++\\s``, Python 3.11) takes
its longest run and never gives back; the matches, their groups and which match is found
first are the same, and the hopeless tries are not made.

What is rewritten: a greedy repeat (``*``, ``+``, ``{m,n}``, not a fixed count) of one
character (a literal, a class, a negated literal) directly followed by an item that must
consume one character of a known set (a literal, a class, or a repeat of one character at
least once), the two sets disjoint: in the same sequence, or, for a repeat that ends a group
or an alternative, the item after the group (``(?P<name>[A-Z][a-z]+)\\s``, ``(?:\\w+|\\d+)\\s``;
not out of a repeated group, a look-ahead or an atomic group, whose end is followed by
something else); inside groups, alternatives, repeats and look-aheads too, never inside a
look-behind. The sets are told exactly (:func:`_disjoint`:
literals, ranges of at most :data:`_RANGE_MAX` characters and the classes ``\\d \\s \\w`` and their
negations, with the engine's own Unicode tests); anything else (case-blind, ``re.ASCII`` and
``re.LOCALE`` parts, other categories) is left as it is.

:func:`rewrite` is called by :func:`kg.ingest.regex_branches.parse` (within
:func:`kg.ingest.regex_cache.installed` only); on a Python without possessive repeats nothing
changes."""
from __future__ import annotations

import re

try:
    from re import _constants as _c
except ImportError:             # (another Python: patterns compile as usual)
    _c = None

_POSSESSIVE = getattr(_c, "POSSESSIVE_REPEAT", None) if _c is not None else None
_SKIP = int(re.IGNORECASE) | int(re.LOCALE) | int(re.ASCII)
_RANGE_MAX = 0x3000     # characters of a range tested one by one, at most (else: not told)

if _POSSESSIVE is not None:
    _ONE_CHAR = frozenset((_c.LITERAL, _c.NOT_LITERAL, _c.IN))
    _ASSERTS = frozenset((_c.ASSERT, _c.ASSERT_NOT))
    _ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
    _WORD, _NOT_WORD = _c.CATEGORY_WORD, _c.CATEGORY_NOT_WORD
    _DIGIT, _NOT_DIGIT = _c.CATEGORY_DIGIT, _c.CATEGORY_NOT_DIGIT
    _SPACE, _NOT_SPACE = _c.CATEGORY_SPACE, _c.CATEGORY_NOT_SPACE
    # the engine's Unicode tests of a character (Modules/_sre: Py_UNICODE_ISDECIMAL, ISSPACE,
    # ISALNUM or "_"), as str's methods make them
    _TESTS = {
        _DIGIT: str.isdecimal, _NOT_DIGIT: lambda c: not c.isdecimal(),
        _SPACE: str.isspace, _NOT_SPACE: lambda c: not c.isspace(),
        _WORD: lambda c: c.isalnum() or c == "_", _NOT_WORD: lambda c: not (c.isalnum() or c == "_"),
    }
    # pairs of classes with no character in common (a space is no letter, digit or "_":
    # tests/test_ingest_round52_speed.py checks it over every character)
    _APART = {frozenset(p) for p in ((_WORD, _SPACE), (_DIGIT, _SPACE), (_WORD, _NOT_WORD),
                                     (_DIGIT, _NOT_DIGIT), (_SPACE, _NOT_SPACE),
                                     (_DIGIT, _NOT_WORD))}
    # a class holding all of another (X holds Y: (X, Y))
    _HOLDS = {(_WORD, _DIGIT), (_NOT_WORD, _SPACE), (_NOT_DIGIT, _SPACE), (_NOT_SPACE, _WORD),
              (_NOT_SPACE, _DIGIT)}


def rewrite(pattern, flags: int) -> None:
    """Makes the repeats of the parsed ``pattern`` (a ``re._parser.SubPattern``, ``flags`` its
    own and global flags) that cannot give back possessive, in place (see the module's doc)."""
    if _POSSESSIVE is None:
        return
    _walk(pattern.data, flags, None)


def _walk(data: list, flags: int, follow) -> None:
    """``follow``: the set the character after the sequence ``data`` must be of (what comes
    after the group it is the body or an alternative of), or None."""
    for i, (op, av) in enumerate(data):
        if i + 1 < len(data):
            after = _first_set(data[i + 1]) if not flags & _SKIP else None
        else:
            after = follow
        if op is _c.MAX_REPEAT:
            lo, hi, sub = av
            _walk(sub.data, flags, None)
            if lo != hi and not flags & _SKIP and after is not None:
                mine = _one_set(sub.data)
                if mine is not None and _disjoint(mine, after):
                    data[i] = (_POSSESSIVE, av)
        elif op is _c.MIN_REPEAT or op is _POSSESSIVE:
            _walk(av[2].data, flags, None)
        elif op is _c.SUBPATTERN:
            _group, add, remove, sub = av
            inner = (flags | add) & ~remove
            # (the body's end is followed by what follows the group, told in the group's
            # scope: not across a change of case-blindness)
            _walk(sub.data, inner, after if (inner & _SKIP) == (flags & _SKIP) else None)
        elif op is _c.BRANCH:
            for alt in av[1]:
                _walk(alt.data, flags, after)
        elif op in _ASSERTS:
            direction, sub = av
            if direction == 1:          # (a look-ahead; a look-behind is left as it is)
                _walk(sub.data, flags, None)
        elif _ATOMIC is not None and op is _ATOMIC:
            _walk(av.data, flags, None)
        elif op is _c.GROUPREF_EXISTS:
            _walk(av[1].data, flags, None)
            if av[2] is not None:
                _walk(av[2].data, flags, None)


def _one_set(data: list):
    """The set of a one-character item (``data``: a repeat's body) as (negated, items), or
    None."""
    if len(data) != 1:
        return None
    return _set_of(*data[0])


def _set_of(op, av):
    if op is _c.LITERAL:
        return False, ((_c.LITERAL, av),)
    if op is _c.NOT_LITERAL:
        return True, ((_c.LITERAL, av),)
    if op is _c.IN:
        items = tuple(av)
        negated = bool(items) and items[0][0] is _c.NEGATE
        if negated:
            items = items[1:]
        if not items or any(o not in (_c.LITERAL, _c.RANGE, _c.CATEGORY) for o, _ in items):
            return None
        if any(o is _c.CATEGORY and a not in _TESTS for o, a in items):
            return None
        return negated, items
    return None


def _first_set(item):
    """The set the item must consume its first character from, or None (it may consume none,
    or it is not one character's item)."""
    op, av = item
    if op in _ONE_CHAR:
        return _set_of(op, av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _POSSESSIVE) and av[0] >= 1:
        return _one_set(av[2].data)
    return None


def _disjoint(a, b) -> bool:
    """Whether the sets ``a`` and ``b`` (negated, items) share no character (False when it
    cannot be told)."""
    (neg_a, items_a), (neg_b, items_b) = a, b
    if neg_a and neg_b:
        return False
    if neg_a:
        items_a, items_b = items_b, items_a
    if neg_a or neg_b:          # a set and the complement of another: the first inside the other
        return all(_inside(x, items_b) for x in items_a)
    return all(_apart(x, y) for x in items_a for y in items_b)


def _chars(item):
    """The codes of a literal or a range (None when too many to test)."""
    op, av = item
    if op is _c.LITERAL:
        return (av,)
    lo, hi = av
    return range(lo, hi + 1) if hi - lo <= _RANGE_MAX else None


def _has(code: int, items) -> bool:
    for op, av in items:
        if op is _c.LITERAL:
            if code == av:
                return True
        elif op is _c.RANGE:
            if av[0] <= code <= av[1]:
                return True
        elif _TESTS[av](chr(code)):
            return True
    return False


def _inside(item, items) -> bool:
    """Whether every character of ``item`` is in the set ``items`` (not negated)."""
    if item[0] is _c.CATEGORY:
        return any(o is _c.CATEGORY and (a == item[1] or (a, item[1]) in _HOLDS) for o, a in items)
    codes = _chars(item)
    return codes is not None and all(_has(c, items) for c in codes)


def _apart(x, y) -> bool:
    """Whether the items ``x`` and ``y`` (literal, range or class) share no character."""
    if x[0] is _c.CATEGORY and y[0] is _c.CATEGORY:
        return frozenset((x[1], y[1])) in _APART
    if x[0] is _c.CATEGORY:
        x, y = y, x
    codes = _chars(x)
    if codes is None:
        return False
    if y[0] is _c.CATEGORY:
        test = _TESTS[y[1]]
        return not any(test(chr(c)) for c in codes)
    lo, hi = (y[1], y[1]) if y[0] is _c.LITERAL else y[1]
    return not any(lo <= c <= hi for c in codes)
