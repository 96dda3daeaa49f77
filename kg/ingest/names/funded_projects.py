"""Research projects a paper's funding note names by their grant number: "Foundation item:
Project (2024YFB3709800) supported by the X Program", "supported by the National Natural
Science Foundation of China (Grant No. 52371109)", "funded by X (Nos. 51904012 and
52004021)". Each number is one new ``nfo:Project`` (rule ``project:funded-code``, confidence
0.5) labelled "Project <number>" (the number an alias), ``nfo:supportedBy`` the funder when a
rule named it (an organisation, a programme, a plan) right after "supported / funded /
sponsored / financed by" or right before the bracket.

A number is a run of capitals, digits and hyphens of five or more with a digit in it ("No. 3"
and "(2026)" are none); a bracket that is no grant ("(Zhengzhou)", "(the Fund)") makes nothing.
Two passes of two patterns: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds

RULE, CONFIDENCE = "project:funded-code", 0.5
_CODE = r"(?=[A-Z0-9\-]{0,30}\d)[A-Z0-9][A-Z0-9\-]{4,30}(?![\w\-])"
_CODES = rf"{_CODE}(?:[ \t]*[,;][ \t]*{_CODE}|[ \t]+and[ \t]+{_CODE})*"
_BY = r"(?:supported|funded|sponsored|financed)\s+by\s+(?:the\s+)?"
# "Project (CODE) supported by X"
_PROJECT_FIRST = re.compile(rf"\b[Pp]roject\s*\(\s*(?:No\.?\s*)?(?P<codes>{_CODES})\s*\)"
                            rf"(?:\s+(?P<by>{_BY}))?")
# "... by X (Grant No. CODE)", "X (Nos. A and B)", "X (project CODE)"
_BRACKET_AFTER = re.compile(rf"\s*\(\s*(?:(?:[Gg]rant|[Pp]roject|[Cc]ontract)\s+)?(?:(?:Nos?|"
                            rf"[Nn]umbers?)\.?\s*:?\s*)?(?P<codes>{_CODES})\s*\)")
_BY_BEFORE = re.compile(rf"{_BY}$", re.I)


def propose(draft, spans_of, minter, kind_of=None) -> list:
    """Add the funded research projects of the text to the draft and to ``spans_of``."""
    text = draft.text
    if not re.search(r"(?:supported|funded|sponsored|financed)\s+by|[Pp]roject\s*\(", text):
        return []
    funders = [(s, e, x) for s, e, x in spans_by_bounds(spans_of) if not x.role
               and kind(x) in ("org", "policy")]
    at = {}
    for s, e, x in funders:
        if s not in at or e > at[s][1]:
            at[s] = (s, e, x)
    made: list[tuple[int, int, Entity]] = []
    by_code: dict[str, Entity] = {}

    def mint(code, a, b, funder, fspan):
        ent = by_code.get(code)
        if ent is None:
            label = f"Project {code}"
            ent = Entity(minter.mint(label), NFO.Project, label, False, RULE, CONFIDENCE)
            ent.aliases.add(code)
            draft.entities[ent.iri] = ent
            by_code[code] = ent
        if funder is not None:
            ent.add(NFO.supportedBy, funder.iri, Span(min(a, fspan[0]), max(b, fspan[1])),
                    RULE)
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))

    for m in _PROJECT_FIRST.finditer(text):
        funder = at.get(m.end()) if m.group("by") else None
        close = text.index(")", m.end("codes")) + 1       # "Project (2024YFB3709800)"
        for c in re.finditer(_CODE, m.group("codes")):
            mint(c.group(0), m.start(), close, funder[2] if funder else None,
                 funder[:2] if funder else (m.start(), close))
    taken = {(a, b) for a, b, _ in made}
    for s, e, x in funders:
        m = _BRACKET_AFTER.match(text, e)
        if m is None or not _BY_BEFORE.search(text, max(0, s - 40), s):
            continue
        if any(a <= m.start("codes") < b for a, b in taken):
            continue
        for c in re.finditer(_CODE, m.group("codes")):
            mint(c.group(0), m.start("codes") + c.start(), m.start("codes") + c.end(), x, (s, e))
    spans_of.extend(made)
    return [e for _, _, e in made]
