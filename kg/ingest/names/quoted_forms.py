"""A company named by a legal form printed before its name in quotes, as companies of Russia,
Kazakhstan and their neighbours print it: 'LLP "Steppe Copper" signed a supply deal with JSC
"Aral Zinc"', 'OOO «Uralmet»' (the forms of data/company-prefixes-quoted.txt and
data/company-prefixes.txt). The name rules read a legal form after a name ("X Ltd") or before
unquoted capitalised words ("PJSC Norilsk Nickel", names/bracketed); before a quote they took
the form alone for a company ("JSC") and the name for none.

The label is the form and the name without the quotes ("JSC Aral Zinc", as names/bracketed
labels "PT Bumi Mineral"); the span runs from the form to the closing quote. The quoted name is
one to six words, the first capitalised, on one line. Rule ``name:legal-prefix-quoted``, a
company. Only the opening quotes of the text are visited, the form looked for just before
each: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate

RULE, CONFIDENCE = "name:legal-prefix-quoted", 0.5
_OPEN = re.compile("[\"\u201c\u00ab]")
_CLOSE = {'"': '"', "\u201c": "\u201d", "\u00ab": "\u00bb"}
# the quoted name: a capitalised word and up to five more, no quote nor line break inside
_NAME = re.compile(r"[A-Z0-9\u00c0-\u00de\u0400-\u042f][^\"\u201c\u201d\u00ab\u00bb\n]{0,60}?"
                   r"(?=[\"\u201d\u00bb])")


@lru_cache(maxsize=1)
def _form_before() -> re.Pattern:
    forms = set(lines("company-prefixes-quoted")) | set(lines("company-prefixes"))
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])({alts})[ \t]+$")


def quoted_form_names(text: str) -> list[Candidate]:
    if '"' not in text and "\u201c" not in text and "\u00ab" not in text:
        return []
    out = []
    before = _form_before()
    for q in _OPEN.finditer(text):
        i = q.start()
        f = before.search(text, max(0, i - 40), i)
        if f is None:
            continue
        n = _NAME.match(text, i + 1)
        if n is None or text[n.end()] != _CLOSE[q.group(0)]:
            continue
        name = " ".join(n.group(0).split())
        if not 1 <= len(name.split()) <= 6 or name.endswith((",", ".", ";", ":")):
            continue
        out.append(Candidate(f.start(1), n.end() + 1, f"{f.group(1)} {name}", "Company",
                             RULE, CONFIDENCE))
    return out
