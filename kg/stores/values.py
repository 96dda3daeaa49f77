"""Value injection: a query's parameters as a ``VALUES`` block first in its WHERE clause
(what rdflib's ``initBindings`` does in memory), for engines that take no bindings."""
from __future__ import annotations

import re

from kg.model.errors import KGError

_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_FORMS = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.IGNORECASE)


def _braces(text: str):
    """(position, depth, char) of each ``{``/``}`` outside strings, IRIs and comments."""
    i, n, depth = 0, len(text), 0
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if c == "<":
            m = _IRIREF.match(text, i)
            if m:
                i = m.end()
                continue
        if c in "'\"":
            q = text[i:i + 3] if text[i:i + 3] in ("'''", '"""') else c
            j = i + len(q)
            while j < n and text[j:j + len(q)] != q:
                j += 2 if text[j] == "\\" else 1
            i = j + len(q)
            continue
        if c == "{":
            yield i, depth, c
            depth += 1
        elif c == "}":
            depth -= 1
            yield i, depth, c
        i += 1


def inject_values(text: str, bindings: dict) -> str:
    """``text`` with ``VALUES (?a ...) { (...) }`` first in its WHERE block: the bindings as
    the query's starting solution, like rdflib's ``initBindings``."""
    if not bindings:
        return text
    names = list(bindings)
    values = (" VALUES (" + " ".join(f"?{n}" for n in names) + ") { ("
              + " ".join(bindings[n].n3() for n in names) + ") } ")
    opens = [i for i, d, c in _braces(text) if d == 0 and c == "{"]
    if not opens:
        raise KGError("cannot bind parameters: the query has no WHERE block")
    target = opens[0]
    m = _FORMS.search(text[:opens[0]])
    if m and m.group(1).upper() == "CONSTRUCT" and len(opens) > 1 \
            and "WHERE" not in text[m.end():opens[0]].upper():
        target = opens[1]                     # CONSTRUCT {template} WHERE {...}
    return text[:target + 1] + values + text[target + 1:]


