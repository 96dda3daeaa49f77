"""Alternations grouped by their first letter as Python parses them, for ``kg ingest``'s compiled
patterns (with :mod:`kg.ingest.regex_cache`).

Python's engine tries the alternatives of ``(?:Secretary of ...|Chairman of ...|...)`` one after
the other at each place it looks: it skips one whose first character differs, but it still
visits every one (a list of 1,000 titles: 1,000 visits a place). :func:`parse` regroups the
parsed alternatives that open with a literal character by that character, within each run of
such alternatives (``S(?:ecretary of ...|...)|C(?:hairman of ...|...)``), and the tails again
the same way, so that a place is tried against one group.

The matches are the same: at a given place, an alternative opening with another character than
the text's fails at once and changes nothing, so of the alternatives of one run only those of
one group can go on, and they keep their order; an alternative that does not open with a
literal (a class, a repeat, a group, an empty one) stays where it was and ends the run, so the
order of every alternative that can go on is the order written. The literal characters every
member of a group prints after its first stay outside the group's branch
(``S(?:ecretary (?:General|of ...))``: the engine enters a branch as a new frame, and a branch of
one alternative a character made the shared part costly). Case-blind parts (``re.IGNORECASE``,
``(?i:...)``) group by the lower case of an ASCII first character (there ``S`` and ``s`` compile
to the same test, and a character that fails one fails the other); an alternative opening with
any other character ends a run there, as a class does. ``re.LOCALE`` parts are left as they are.
Group numbers, names and widths do not change (no group is added).

:func:`parse` stands in for ``re._parser.parse`` (:data:`ORIGINAL`) within :func:`kg.ingest.regex_cache.installed`
only; on a Python whose ``re`` has no such parser, nothing changes."""
from __future__ import annotations

import re

from kg.ingest.regex_possessive import rewrite

try:
    from re import _constants as _c, _parser
except ImportError:             # (another Python: patterns compile as usual)
    _c = _parser = None

_CASE_BLIND = int(re.IGNORECASE) | int(re.LOCALE)
_LOCALE = int(re.LOCALE)
_MIN_RUN = 3            # alternatives a run needs to be worth regrouping


def _same(c: int) -> int:
    return c


def _folded(c: int) -> int | None:
    """An ASCII character's key in a case-blind part: the code of its lower case (``S`` and
    ``s`` compile to the same test there); None for any other character (a run ends)."""
    return ord(chr(c).lower()) if c < 128 else None


def _regroup(alts: list, state, key=_same) -> list | None:
    """The alternatives regrouped (see the module's doc), or None when nothing was grouped.
    ``key``: a literal's group (:func:`_folded` in a case-blind part; None: not grouped)."""
    out: list = []
    run: list = []

    def flush() -> None:
        if len(run) < _MIN_RUN:
            out.extend(run)
            run.clear()
            return
        groups: dict = {}
        for a in run:
            groups.setdefault(key(a.data[0][1]), []).append(a)
        for c, members in groups.items():
            if len(members) == 1:
                out.append(members[0])
                continue
            # the literal characters every member prints after ``c`` stay outside the branch
            # ("S" + "ecretary " + (?:General|of ...)), not a branch of one alternative a
            # character, which the engine enters as a new frame each time
            shared = _shared_literals([a.data for a in members], key)
            tails = [_parser.SubPattern(state, a.data[1 + len(shared):]) for a in members]
            tails = _regroup(tails, state, key) or tails
            out.append(_parser.SubPattern(state, [(_c.LITERAL, c)] + shared
                                          + [(_c.BRANCH, (None, tails))]))
        run.clear()

    for a in alts:
        if a.data and a.data[0][0] is _c.LITERAL and key(a.data[0][1]) is not None:
            run.append(a)
        else:
            flush()
            out.append(a)
    flush()
    return out if len(out) < len(alts) else None


def _shared_literals(datas: list, key=_same) -> list:
    """The literal items every one of ``datas`` (parsed alternatives of one group) holds after
    its first, as long as all hold the same (by ``key``; none left out: a member that ends
    there keeps an empty alternative in the branch after them)."""
    first = datas[0]
    out = []
    k = 1
    while all(len(d) > k and d[k][0] is _c.LITERAL for d in datas):
        c = key(first[k][1])
        if c is None or any(key(d[k][1]) != c for d in datas):
            break
        out.append((_c.LITERAL, c))
        k += 1
    return out


def _plain_group(item) -> bool:
    """Whether ``item`` is a group that captures nothing and sets no flag (``(?:...)``), which
    Python compiles as its content alone."""
    return item[0] is _c.SUBPATTERN and item[1][0] is None and not item[1][1] and not item[1][2]


def _opened(alt):
    """The alternative ``alt`` with the plain groups it opens with (:func:`_plain_group`)
    spelt out in its sequence: the same code (``(?:ab)c`` is ``abc`` to the compiler), and an
    alternative that opens with a literal can join a group of :func:`_regroup`."""
    data = alt.data
    if not data or not _plain_group(data[0]):
        return alt
    while data and _plain_group(data[0]):
        data = list(data[0][1][3].data) + list(data[1:])
    return _parser.SubPattern(alt.state, data)


def _flattened(alts: list) -> list:
    """The alternatives with each one that is a plain group of alternatives alone
    (``x|(?:a|b)|y``) replaced by those (``x|a|b|y``), and plain groups opening the others
    spelt out (:func:`_opened`): the engine tries the same alternatives in the same order (a
    nested one failing goes on to the next outer one, as the flat list does), without entering
    the nested branch as a new frame at each place, and the alternatives of a word list
    written ``(?:cue)|(?:cue)`` can be grouped by their first letter."""
    out: list = []
    for a in alts:
        a = _opened(a)
        if len(a.data) == 1 and a.data[0][0] is _c.BRANCH:
            out.extend(_flattened(a.data[0][1][1]))
        else:
            out.append(a)
    return out


def _walk(sub, flags: int) -> None:
    data = sub.data
    for i, (op, av) in enumerate(data):
        if op is _c.BRANCH:
            for a in av[1]:
                _walk(a, flags)
            alts = av[1] if flags & _LOCALE else _flattened(av[1])
            if not flags & _CASE_BLIND:
                grouped = _regroup(alts, sub.state)
            elif not flags & _LOCALE:
                grouped = _regroup(alts, sub.state, _folded)
            else:
                grouped = None
            if grouped is not None:
                data[i] = (_c.BRANCH, (None, grouped))
            elif alts is not av[1] and alts != av[1]:
                data[i] = (_c.BRANCH, (None, alts))
        elif op is _c.SUBPATTERN:
            _group, add, remove, p = av
            _walk(p, (flags | add) & ~remove)
        elif op in _REPEATS:
            _walk(av[2], flags)
        elif op in _ASSERTS:
            _walk(av[1], flags)
        elif op is _ATOMIC:
            _walk(av, flags)
        elif op is _c.GROUPREF_EXISTS:
            _walk(av[1], flags)
            if av[2] is not None:
                _walk(av[2], flags)


if _c is not None:
    _REPEATS = frozenset(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                         if hasattr(_c, n))
    _ASSERTS = frozenset((_c.ASSERT, _c.ASSERT_NOT))
    _ATOMIC = getattr(_c, "ATOMIC_GROUP", None)
    ORIGINAL = _parser.parse

    def parse(pattern, flags=0, state=None):
        """``re._parser.parse``, the alternations regrouped (for ``str`` patterns)."""
        p = ORIGINAL(pattern, flags, state)
        if isinstance(pattern, str):
            _walk(p, int(flags) | int(p.state.flags))
            # (and the repeats that cannot give back made possessive: regex_possessive.py)
            rewrite(p, int(flags) | int(p.state.flags))
        return p
else:
    _REPEATS = _ASSERTS = frozenset()
    _ATOMIC = ORIGINAL = parse = None
