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
where the text stands, and every match opens with it: the same matches.

Two more forms (round 48), within the same block: a set of first characters that tests a
character class (``\\w``, ``\\d``, ``\\s``) or lists two runs of characters is tested as one bitmap
(:func:`widened_filter`: the info block is only the search's filter, so a class's set may let
every character from 256 on through), and a pattern opening with a look-behind that refuses a
word character before a word character opens with ``\\b`` (:func:`word_start`), which the engine
tells in place where a look-behind is a sub-match set up at every place tried."""
from __future__ import annotations

import contextlib
import functools

try:
    from re import _compiler, _constants as _c, _parser
except ImportError:             # (another Python: patterns compile as usual)
    _compiler = _c = _parser = None

_ZERO_WIDTH = frozenset((_c.AT, _c.ASSERT, _c.ASSERT_NOT)) if _c is not None else frozenset()
# (a possessive repeat, kg/ingest/regex_possessive.py, starts with its item as a greedy one)
_REPEATS = frozenset(getattr(_c, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                     if hasattr(_c, n)) if _c is not None else frozenset()
_CODESIZE = 4              # (bytes of one word of the code: _sre.CODESIZE, checked in use)


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


_TOP = 0x10FFFF


def widened_filter(code: list, at: int, flags: int) -> None:
    """The info block written at ``code[at]``, its set of first characters rewritten in place
    as a bitmap the engine tests at once, when the set tests a character class (``\\w``,
    ``\\d``, ``\\s``, ``[^\\s]``...: the bitmap of its members below 256 and every character
    from 256 on) or lists two runs of characters below 256 (``[ \\t]``, ``(?:to|by)``: the
    bitmap of its members).

    Why: the engine's search tests each character of the text against the set before it tries
    the pattern there, item after item: a class is told by Python's Unicode tables (``\\w``
    asks up to four of them of every space and stop), about 45 instructions a character where
    one bitmap's test is a few. The info block is only that filter (the engine tries the whole
    pattern where a character passes it, its first item testing the character again), so a
    wider set finds the same matches: a character from 256 on (rare in the articles) is tried
    as before the filter was known."""
    if code[at] != _c.INFO or not code[at + 2] & _c.SRE_INFO_CHARSET \
            or code[at + 2] & _c.SRE_INFO_PREFIX or flags & _c.SRE_FLAG_LOCALE:
        return
    end = at + 1 + code[at + 1]
    ops = code[at + 5:end]
    kinds = _op_codes(ops)
    if _c.CATEGORY in kinds:
        beyond = [_c.RANGE, 256, _TOP]
    elif len(kinds) > 2 and all(k == _c.LITERAL or k == _c.RANGE for k in kinds[:-1]) \
            and max(ops[:-1]) < 256:
        beyond = []         # (its members all below 256: the bitmap alone, the same set)
    else:
        return
    import _sre
    if getattr(_sre, "CODESIZE", None) != _CODESIZE:
        return
    # (the set's members below 256, told by the engine: the set run as a class)
    probe = _sre.compile("", flags & _c.SRE_FLAG_UNICODE,
                         [_c.INFO, 4, 0, 1, 1, _c.IN, len(ops) + 1, *ops, _c.SUCCESS], 0, {}, ())
    chars = bytearray(256)
    for c in range(256):
        if probe.match(chr(c)) is not None:
            chars[c] = 1
    wide = [_c.CHARSET, *_compiler._mk_bitmap(chars), *beyond, _c.FAILURE]
    code[at + 5:end] = wide
    code[at + 1] = 4 + len(wide)


def _op_codes(ops: list) -> list:
    """The operators of a compiled set (``ops``, up to its closing FAILURE)."""
    out, i = [], 0
    width = {_c.LITERAL: 2, _c.CATEGORY: 2, _c.RANGE: 3, _c.RANGE_UNI_IGNORE: 3, _c.NEGATE: 1,
             _c.CHARSET: 1 + 256 // (8 * _CODESIZE)}
    while i < len(ops):
        op = ops[i]
        out.append(op)
        if op == _c.FAILURE:
            break
        if op == _c.BIGCHARSET:
            i += 2 + 256 // _CODESIZE + ops[i + 1] * (256 // (8 * _CODESIZE))
        else:
            i += width[op]
    return out


_WIDE_RANGE = 0x3000         # (a range of first characters checked one by one, at most)


def word_start(pattern, flags: int):
    """``pattern`` (parsed) opening with a look-behind of one character that refuses a word
    character (``(?<!\\w)``, ``(?<![\\w'’-])``) before a first character that is always one:
    the same pattern opening with ``\\b`` and the look-behind of the other characters left
    (``\\b(?<!['’-])``, or ``\\b`` alone); else ``pattern`` itself.

    Why: where the first character is a word character, "no word character before" is what
    ``\\b`` tells, and the engine tells it in place, where a look-behind is a sub-match it sets
    up and runs at every place tried (inside a word, most of them): some 9% of such a scan.
    The same places pass both: ``\\b`` holds there exactly when the character before is no
    word character (or there is none), the rest of the look-behind is asked as before."""
    data = pattern.data
    if not data or data[0][0] is not _c.ASSERT_NOT or flags & _c.SRE_FLAG_LOCALE:
        return pattern
    direction, inner = data[0][1]
    if direction != -1 or len(inner.data) != 1 or inner.data[0][0] is not _c.IN:
        return pattern
    items = inner.data[0][1]
    word = (_c.CATEGORY, _c.CATEGORY_WORD)
    if word not in items or any(op is _c.NEGATE or op is _c.CATEGORY and av is not _c.CATEGORY_WORD
                                for op, av in items):
        return pattern
    # (case-blind, an ASCII letter also matches the few letters beyond ASCII Python takes for
    # it, "\u212a" for "k": letters too)
    first = _first(((list(data[1:]), flags),), [_STEPS])
    if not first or not first[0] or not all(_is_word(op, av, flags) for op, av in first[0]):
        return pattern
    others = [x for x in items if x != word]
    head = [(_c.AT, _c.AT_BOUNDARY)]
    if others:
        head.append((_c.ASSERT_NOT, (-1, _parser.SubPattern(inner.state, [(_c.IN, others)]))))
    return _parser.SubPattern(pattern.state, head + list(data[1:]))


def _is_word(op, av, flags: int) -> bool:
    """Whether every character of a first-character item is a word character (``\\w``)."""
    # (ASCII's word characters for a bytes pattern or re.ASCII, Unicode's for a text's)
    ascii_only = bool(flags & _c.SRE_FLAG_ASCII or not flags & _c.SRE_FLAG_UNICODE)

    def word(c: int) -> bool:
        return c == 95 or (c < 128 or not ascii_only) and chr(c).isalnum()
    if op is _c.LITERAL:
        return word(av)
    if op is _c.RANGE:
        return av[1] - av[0] <= _WIDE_RANGE and all(map(word, range(av[0], av[1] + 1)))
    return op is _c.CATEGORY and av in (_c.CATEGORY_WORD, _c.CATEGORY_DIGIT)


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

    own_info = getattr(_compiler, "_compile_info", None)
    own_code = getattr(_compiler, "_code", None)

    def code_of(pattern, flags):
        try:
            pattern = word_start(pattern, pattern.state.flags | flags)
        except Exception:          # noqa: BLE001 (a form it does not know: the pattern as parsed)
            pass
        return own_code(pattern, flags)

    def info(code, pattern, flags):
        at = len(code)
        own_info(code, pattern, flags)
        try:
            widened_filter(code, at, flags)
        except Exception:          # noqa: BLE001 (a form it does not know: the block as made)
            pass

    _compiler._get_charset_prefix = charset_prefix
    _compiler._get_literal_prefix = prefix_of
    if own_info is not None and own_code is not None:
        _compiler._compile_info = info
        _compiler._code = code_of
    try:
        yield
    finally:
        _compiler._get_charset_prefix = own
        _compiler._get_literal_prefix = own_prefix
        if own_info is not None and own_code is not None:
            _compiler._compile_info = own_info
            _compiler._code = own_code
