"""Standards a text lists by their plan numbers, or names as drafts, rather than by a standard's
number ("GB/T 2524-2019": :func:`kg.ingest.names.titles.standards`):

* a table's row whose cell holds a plan number ("2025-0918T-YS", "20230123-T-610") and whose
  next cell the standard's title, wrapped onto the lines under it in the same column
  ("Zirconium sponge for the nuclear" / "industry"): a standard (rule ``standard:plan-number``)
  labelled by the title, the plan number an alias, an industry standard when the number ends in
  an industry's letters ("-YS"), a national one when it ends in a committee's digits; an
  organisation named in a later cell of the row drafts it (``nfo:draftedBy``, rule
  ``standard:row-drafter``);
* an item of a numbered list that prints a title with "(draft for comments)" ("2. Hafnium bars
  and wires (draft for comments) and explanation"): that title's standard, a mention of the
  listed one with the same title, else a new standard (rule ``standard:draft-title``);
* each concerns the metals its title names (``nfo:concernsMetal``, rule
  ``standard:title-metal``), and the document the text is (a notice or letter its heading
  titles) includes each (``nfo:includes``, rule ``document:listed-standard``); so does the plan
  the text names before the table, for the standards listed by plan number (rule
  ``standard:plan-item``).

One regex pass over the text for each of the two forms; a row reads at most its next few lines:
linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import AtLineStarts
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_start

CONFIDENCE = 0.6
# the rules of standards still being drafted: a text that lists them releases none
DRAFT_RULES = ("standard:plan-number", "standard:draft-title")
_PLAN = re.compile(r"(?m)(?:^|(?<=[ \t]))(?:19|20)\d\d-?\d{3,5}-?[TZ]-?(?P<end>[A-Z]{2,3}|\d{3})"
                   r"(?=[ \t]{2,}|\t)")
_CELL = re.compile(r"[ \t]{2,}|\t|$", re.M)
_DRAFT = re.compile(r"(?m)^[ \t]*(?:[A-Z][a-z]+:[ \t]*)?\d{1,2}[.)][ \t]+"
                    r"(?P<t>[A-Z][^\n()]{3,160}?)"
                    r"[ \t]*\n?[ \t]*\((?:draft|drafts)[ \t]+for[ \t]+(?:comments?|approval|"
                    r"review|opinions?)\)", re.I)
_DRAFT_LINES = AtLineStarts(_DRAFT)     # (tried only where a line starts)
_WRAP_LINES = 3


def plan_standards(draft, spans_of, minter, kind_of) -> list:
    """Propose the listed standards (see the module's notes); returns them."""
    text = draft.text
    made, by_title = [], {}
    orgs = [x for x in spans_by_start(spans_of) if kind_of(x[2].cls) == "org"]
    metals = [x for x in spans_by_start(spans_of) if kind_of(x[2].cls) == "metal"]
    docs = [x for x in spans_by_start(spans_of) if kind_of(x[2].cls) == "policy"]
    for m in scans_ahead.finditer(_PLAN, text, (__name__, "_PLAN")):
        got = _row_title(text, m.end())
        if got is None:
            continue
        a, b, title, pieces, _ = got
        cls = "IndustryStandard" if m.group("end").isalpha() else "NationalStandard"
        ent = Entity(minter.mint(title), NFO[cls], title, False, "standard:plan-number",
                     CONFIDENCE)
        ent.aliases.add(m.group(0))
        ent.mentions.append(Span(a, b))
        draft.entities[ent.iri] = ent
        spans_of.append((a, b, ent))
        by_title[normalise_name(title)] = ent
        made.append(ent)
        first_line = text.find("\n", pieces[0][1])
        first_line = len(text) if first_line < 0 else first_line
        for s, e, x in _between(orgs, pieces[0][1], first_line):
            ent.add(NFO.draftedBy, x.iri, Span(s, e), "standard:row-drafter")
        _title_metals(metals, ent, pieces)
    for m in _DRAFT_LINES.finditer(text):
        title = " ".join(m.group("t").split())
        a, b = m.start("t"), m.end("t")
        ent = by_title.get(normalise_name(title))
        if ent is None:
            if any(x[1] > a for x in _between(docs, a - 300, b)):
                continue        # (a standard another rule named there)
            ent = Entity(minter.mint(title), NFO.Standard, title, False, "standard:draft-title",
                         CONFIDENCE)
            draft.entities[ent.iri] = ent
            by_title[normalise_name(title)] = ent
            made.append(ent)
            _title_metals(metals, ent, [(a, b)])
        ent.mentions.append(Span(a, b))
        spans_of.append((a, b, ent))
    if made:
        _included(draft, spans_of, made, kind_of)
        _planned(spans_of, [e for e in made if e.rule == "standard:plan-number"])
    return made


_PLAN_BACK = 1500       # how far before its first row the plan may be named


def _planned(spans_of, listed) -> None:
    """The plan the text names last before the first row ("Under the 2025 industry standard
    formulation and revision plan issued by ...") includes the standards listed by its plan
    numbers (rule ``standard:plan-item``)."""
    if not listed:
        return
    first = min(m.start for ent in listed for m in ent.mentions)
    plans = [x for x in spans_of if str(x[2].cls).endswith("#Plan") and not x[2].known
             and first - _PLAN_BACK <= x[0] < first]
    if not plans:
        return
    s, e, plan = max(plans, key=lambda x: x[0])
    for ent in listed:
        m = ent.mentions[0]
        plan.add(NFO.includes, ent.iri, Span(m.start, m.end), "standard:plan-item")


def _row_title(text: str, pos: int):
    """(start, end, title, pieces, row end) of the title cell after a plan number ending at
    ``pos``, with its wrapped lines; None when no title follows."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    a = pos
    while a < le and text[a] in " \t":
        a += 1
    if a >= le or not text[a].isalpha():
        return None
    cut = _CELL.search(text, a, le + 1)
    b = cut.start() if cut else le
    col = a - ls
    pieces = [(a, b)]
    row_end = le
    pos = le + 1
    for _ in range(_WRAP_LINES):
        if pos >= len(text):
            break
        nle = text.find("\n", pos)
        nle = len(text) if nle < 0 else nle
        line = text[pos:nle]
        if len(line) <= col or line[col - 1:col] not in (" ", "\t") or not line[col].strip() \
                or line[:col].strip() or _PLAN.search(text, pos, nle):
            break       # (a new row, a blank line, or nothing in the title's column)
        cut = _CELL.search(text, pos + col, nle + 1)
        pieces.append((pos + col, cut.start() if cut else nle))
        row_end = nle
        pos = nle + 1
    title = " ".join(" ".join(text[c:d].split()) for c, d in pieces)
    if len(title.split()) < 2:
        return None
    return pieces[0][0], pieces[-1][1], title[:1].upper() + title[1:], pieces, row_end


def _between(rows, lo: int, hi: int) -> list:
    """The rows (sorted by start) that start in [lo, hi): a bisect, not a scan."""
    i = bisect.bisect_left(rows, lo, key=lambda x: x[0])
    out = []
    while i < len(rows) and rows[i][0] < hi:
        out.append(rows[i])
        i += 1
    return out


def _title_metals(metals, ent, pieces) -> None:
    """``nfo:concernsMetal`` the metals named inside the title's pieces."""
    seen = set()
    for c, d in pieces:
        for s, e, x in _between(metals, c, d):
            if e <= d and x.iri not in seen:
                seen.add(x.iri)
                ent.add(NFO.concernsMetal, x.iri, Span(s, e), "standard:title-metal")


_OWN_RULES = ("document:headline", "document:heading")


def _included(draft, spans_of, made, kind_of) -> None:
    """The text's own notice or letter (titled by its headline or heading, or numbered under
    it) includes every listed standard."""
    first = min((m.start for ent in made for m in ent.mentions), default=0)
    own = [x for x in spans_of if kind_of(x[2].cls) == "policy" and not x[2].known
           and x[2] not in made and x[0] < first and x[0] < 600
           and not str(x[2].cls).endswith("Standard")]
    if not own:
        return
    doc = next((x[2] for x in own if x[2].rule in _OWN_RULES), min(own, key=lambda x: x[0])[2])
    for ent in made:
        m = ent.mentions[0]
        doc.add(NFO.includes, ent.iri, Span(m.start, m.end), "document:listed-standard")
