"""A table of head nouns as one pattern the engine scans fast: the alternatives grouped by their
first letter ("a(?:ccident|greement|...)|b(?:last|oard...)"), so that at each place of the text
one branch is tried, not two hundred (Python's engine skips a branch by its first literal, but
still visits every branch). The matches are the same as those of the plain alternation: a
leading group of words ("(?:board|general)\\s+meeting") is spread over its words first, in
order, and within a letter the alternatives keep their order (leftmost-first). A table whose
alternatives do not all open with a letter is left as it was."""
from __future__ import annotations

from kg.ingest.reading.caseless import lower_source
from kg.ingest.regex_kept import kept


def _top(src: str) -> list[str]:
    """The alternatives of ``src`` at its top level."""
    out, depth, cur, i = [], 0, [], 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            cur.append(src[i:i + 2])
            i += 2
            continue
        depth += (c == "(") - (c == ")")
        if c == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append("".join(cur))
    return out


def _close(src: str) -> int:
    """Where the group opening ``src`` closes, or -1."""
    depth, i = 0, 0
    while i < len(src):
        if src[i] == "\\":
            i += 2
            continue
        depth += (src[i] == "(") - (src[i] == ")")
        if depth == 0:
            return i
        i += 1
    return -1


def _spread(alt: str) -> list[str]:
    """"(?:a|b)X" as "aX", "bX" (the same matches, in the same order)."""
    if alt.startswith("(?:"):
        j = _close(alt)
        if j > 0 and alt[j + 1:j + 2] not in ("?", "*", "+", "{"):
            return [x for w in _top(alt[3:j]) for x in _spread(w + alt[j + 1:])]
    return [alt]


def factored(heads: list[str], lower: bool = True) -> str:
    """One group matching what ``(?:h1|h2|...)`` matches; with ``lower``, each head is written
    for ``re.IGNORECASE`` and the group is run on the text in lower case (reading/caseless.py).
    Within ``kg ingest``, the group an earlier run worked out for the same heads is taken
    (:mod:`kg.ingest.regex_kept`): walking the tables' 5,000 characters one by one took about
    1.5 ms a table, in each process, on every run."""
    heads = list(heads)
    return kept("factored_heads", (lower, *heads), lambda: _factored(heads, lower), code=_CODE)


_CODE = (__name__, "kg.ingest.reading.caseless")


def _factored(heads: list[str], lower: bool) -> str:
    heads = [lower_source(h) if lower else h for h in heads]
    alts = [x for h in heads for a in _top(h) for x in _spread(a)]
    groups: dict[str, list[str]] = {}
    for a in alts:
        if not a[:1].isalpha() or a[1:2] in ("?", "*", "+", "{"):
            return "(?:" + "|".join(f"(?:{h})" for h in heads) + ")"
        groups.setdefault(a[0], []).append(a[1:])
    return "(?:" + "|".join(f"{k}(?:{'|'.join(v)})" for k, v in groups.items()) + ")"
