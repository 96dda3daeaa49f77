"""Posts of the people an article credits at its top or bottom: "Source: Shaanxi Daily  Photos:
A, B", "(Reporter: C)", "(Editor: D)", "(Compiled by E; prices are for reference only.)",
"Outlet | 9 Nov 2026 | Reporter: F". Each person named after a credit word holds the credit's
role (``data/credit-roles.txt``) in the outlet that publishes the article: the one media outlet
the masthead or source line names (or the one it is signed with at its end), rule
``post:credit-outlet``. :mod:`kg.ingest.names.bylines` reads a byline that names its outlet
itself ("By X, Securities Times"); this reads the credits that do not, wherever they stand in
the first or last lines, several to a line or bracket. No outlet named, no post.

Linear: two bounded windows of the text are scanned once each."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.names.bylines import HEAD, masthead_outlet, signed_outlet
from kg.ingest.relations.kinds import kind

_TAIL = 300
# where the names a credit gives end: a bracket, a semicolon, a bar, a line's end, a wide gap
_STOP = re.compile(r"[()\n;|]|[ \t]{3,}|\t")
# what may stand between the names of a credit: "A, B and C" (a caption, "Photo: A inspects
# the furnace", is no credit)
_BETWEEN = re.compile(r"(?:[\s,/&、]|and\b)*")


@lru_cache(maxsize=1)
def _credits():
    pairs = [re.split(r"\s{2,}", line, maxsplit=1) for line in lines("credit-roles")]
    alts = "|".join(f"(?P<c{i}>{rx})" for i, (rx, _) in enumerate(pairs))
    return re.compile(rf"(?<![\w'’-])(?:{alts})[ \t]*", re.IGNORECASE), [r for _, r in pairs]


def credit_posts(draft, minter, post) -> None:
    """``post(draft, minter, person, org, role, span, rule, confidence)`` (post_nodes.make_post)
    for each person a credit names, in the article's one outlet."""
    text = draft.text
    rx, roles = _credits()
    tail = max(HEAD, len(text) - _TAIL)
    found = [m for a, b in ((0, min(HEAD, len(text))), (tail, len(text)))
             for m in rx.finditer(text, a, b)]
    if not found:
        return
    rows = sorted(((m.start, m.end, e) for e in draft.entities.values() if not e.role
                   for m in e.mentions if m.start < HEAD + 200 or m.end > tail),
                  key=lambda x: x[0])
    outlet = masthead_outlet(text, rows, HEAD) or signed_outlet(text, rows, tail)
    if outlet is None:
        return
    for i, m in enumerate(found):
        stop = _STOP.search(text, m.end())
        end = stop.start() if stop else len(text)
        if i + 1 < len(found) and found[i + 1].start() < end:
            end = found[i + 1].start()         # "Text: A    Photos: B    Editor: C"
        role = roles[int(m.lastgroup[1:])]
        people = [(s, e, p) for s, e, p in rows
                  if m.end() <= s and e <= end and p.kind == "person"]
        gaps = zip([m.end()] + [e for _, e, _ in people], [s for s, _, _ in people] + [end])
        if not people or not all(_BETWEEN.fullmatch(text, a, max(a, b)) for a, b in gaps):
            continue
        for s, e, person in people:
            post(draft, minter, person, outlet[2], role, Span(s, e), "post:credit-outlet", 0.6)
