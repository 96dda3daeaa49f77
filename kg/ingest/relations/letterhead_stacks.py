"""Joint documents: bodies printed one a line over a notice's title, as its letterhead:

    Henan Provincial Department of Natural Resources
    Henan Provincial Department of Emergency Management
    Henan Provincial Department of Industry and Information Technology

    Yu Zi Ran Fa [2026] No. 217

    Notice on ...

The letterhead rules (names/heading_documents.py, names/title_blocks.py,
relations/document_issuers.py) give the document the one organisation nearest its title; each
organisation alone on the lines right above and below that one, with no blank line between,
issued it too (rule ``document:letterhead-stack``). A line that is a unit of another line's
body ("MINISTRY OF X" over "High Technology Research Center" the draft makes its unit) is that
body's office, not a second issuer: both are left as the letterhead rule read them. Only the
head of the text is read (``_TOP``): one look at each new document's issuers."""
from __future__ import annotations

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "document:letterhead-stack"
_TOP = 1500         # characters: a letterhead stands at the head of the text
_MOST = 5           # lines of a stack, at most
_OWNED = (NFO.unitOf, NFO.subsidiaryOf, NFO.ownedBy, NFO.hasUnit)
_ASIDES = ("(seal)", "(stamp)", "(chop)")


def _line(text: str, pos: int) -> tuple[int, int]:
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return ls, len(text) if le < 0 else le


def _org_alone(text, orgs, ls, le):
    """The organisation that fills the line ``text[ls:le]`` (an aside like "(seal)" after it at
    most), or None."""
    line = text[ls:le].strip()
    if not line:
        return None
    for s, e, ent in orgs.get(ls, ()):
        rest = text[e:le].strip()
        for a in _ASIDES:
            rest = rest.replace(a, "").strip()
        if not text[ls:s].strip() and not rest and "\n" not in text[s:e]:
            return s, e, ent
    return None


def _tied(a, b) -> bool:
    """One of the two is the other's unit, subsidiary or owner in the draft."""
    return any(st[0] in _OWNED and st[1] == b.iri for st in a.statements) or \
        any(st[0] in _OWNED and st[1] == a.iri for st in b.statements)


def letterhead_stacks(draft, spans_of, kind) -> None:
    text = draft.text
    top = min(len(text), _TOP)
    orgs: dict = {}             # line start -> the organisations named on that line
    for s, e, ent in spans_by_start(spans_of):
        if s >= top:
            break
        if ent.kind == "org" and not ent.role:
            orgs.setdefault(_line(text, s)[0], []).append((s, e, ent))
    if len(orgs) < 2:
        return
    for doc in list(draft.entities.values()):
        if doc.known or doc.kind != "policy":
            continue
        heads = [st for st in doc.statements if st[0] == NFO.issuedBy
                 and str(st[3]).startswith("document:letterhead")
                 and not str(st[3]).startswith("document:letterhead-stack")]
        if not heads:
            continue
        ent = draft.entities.get(heads[0][1])
        if ent is None or not doc.mentions:
            continue
        title = min(m.start for m in doc.mentions)
        # the issuer's line: the nearest line above the title that it fills
        first = None
        for m in sorted(ent.mentions, key=lambda m: -m.start):
            if m.start < title and m.start < top:
                ls, le = _line(text, m.start)
                first = _org_alone(text, orgs, ls, le)
                if first is not None and first[2] is ent:
                    break
                first = None
        if first is None:
            continue
        stack = [first]
        # the lines right above, then right below, each one organisation alone
        for step in (-1, 1):
            a, b = ls, le
            for _ in range(_MOST - 1):
                if step < 0:
                    if a == 0:
                        break
                    a, b = _line(text, a - 1)
                else:
                    if b >= len(text):
                        break
                    a, b = _line(text, b + 1)
                got = _org_alone(text, orgs, a, b)
                if got is None:
                    break
                stack.append(got)
        if len(stack) < 2 or any(_tied(x[2], y[2]) for i, x in enumerate(stack)
                                 for y in stack[i + 1:]):
            continue
        if any(x[1] > title for x in stack):
            continue        # (the stack runs into the title: no letterhead)
        for s, e, org in stack[1:]:
            if org is not doc and not doc.statements.has(NFO.issuedBy, org.iri):
                doc.add(NFO.issuedBy, org.iri, Span(s, e), RULE)
