"""One pattern that matches wherever one of many patterns does, for a rule that asks only *where*
any of its cues may start (a gate: "is there a cue in this sentence, and from where on?").

Python's engine tries the alternatives of ``(?:cue 1)|(?:cue 2)|...`` one after the other at each
place it looks. When each cue opens with a group or a class ("(?:held|hosted) ...", "[a-z]+ing
..."), no alternative can be skipped by its first character (kg/ingest/regex_branches.py groups
only alternatives that open with a literal), and a table of some seventy event-role cues costs
about 18 ms over the largest source text. :func:`any_of` groups the cues by the characters they
can start with (kg/ingest/regex_start.py tells them), each group opening with its characters'
class: ``[ab](?<=(?=cue 1|cue 4)[ab])|[c](?<=(?=...)[c])``, so that at a place the engine goes
on only into the cues that can start with the character there, and passes over the other
groups by their first class alone (an alternative opening with a class or a literal is skipped
by the engine's first test; one opening with a look-ahead, ``(?=[ab])(?:cue 1|cue 4)`` as the
groups were written until round 43, is entered and its look-ahead run: on the largest source
text's sentences the gate is some 15% faster this way). The class takes the group's first
character; the look-behind then steps back over it and runs the cues from there.

The places where the pattern matches are exactly the places where one of the cues matches (a
cue matches only where a character of its set stands, and a group holds every cue that can
start with that character); the match's end is not the cue's (a group's match is its first
character; for a cue kept as it is, which cue may differ): a gate's caller reads ``m.start()``
only. A cue whose first characters cannot be told (one that may match
nothing, a negated class) is kept as it is, after the groups."""
from __future__ import annotations

import re

from kg.ingest.regex_kept import kept
from kg.ingest.regex_start import first_chars

try:
    from re import _constants as _c, _parser
except ImportError:             # (another Python: the cues joined as they are)
    _c = _parser = None


def _starts(src: str, flags: int) -> frozenset | None:
    """The characters a match of ``src`` can start with, or None when they cannot be told."""
    if _parser is None:
        return None
    try:
        items = first_chars(_parser.parse(src, flags), flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if not items:
        return None
    out = set()
    for op, av in items:
        if op is _c.LITERAL:
            out.add(av)
        elif op is _c.RANGE and av[1] - av[0] < 256:
            out.update(range(av[0], av[1] + 1))
        else:               # (a category, a negated set, a wide range: not told)
            return None
    return frozenset(out)


def any_of(sources: list[str], flags: int = 0) -> str:
    """A pattern (source) matching at the places where one of ``sources`` (compiled with
    ``flags``, case-sensitive) matches (see the module's notes). What a run of ``kg ingest``
    works out is kept for the next (kg/ingest/regex_kept.py: the cues' parsing, some 25 ms)."""
    return kept("gates.any_of", (flags, len(sources), *sources), lambda: _any_of(sources, flags),
                code=(__name__, "kg.ingest.regex_start", "kg.ingest.regex_branches"))


def _any_of(sources: list[str], flags: int) -> str:
    groups: dict[tuple, list[int]] = {}
    by_char: dict[int, list[int]] = {}
    rest: list[int] = []
    for i, src in enumerate(sources):
        chars = None if flags & re.IGNORECASE else _starts(src, flags)
        if chars is None:
            rest.append(i)
            continue
        for ch in chars:
            by_char.setdefault(ch, []).append(i)
    # the characters that open the same cues share one group
    for ch, idx in by_char.items():
        groups.setdefault(tuple(idx), []).append(ch)
    parts = []
    for idx, chars in sorted(groups.items(), key=lambda g: min(g[1])):
        cls = "".join(re.escape(chr(c)) for c in sorted(chars))
        parts.append(f"[{cls}](?<=(?=" + "|".join(f"(?:{sources[i]})" for i in idx)
                     + f")[{cls}])")
    parts += [f"(?:{sources[i]})" for i in rest]
    return "|".join(parts)
