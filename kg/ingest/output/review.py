"""The review page: the article with every mention highlighted (known entities and new
candidates styled apart; hover shows class, IRI and rule) and the proposed statements as a table
pointing at their spans. One self-contained HTML file (template ``templates/review.html``,
Jinja2 with autoescape), no script and no network request.

A long article is shown in part: the first :data:`MAX_TEXT` characters with their highlights
and at most :data:`MAX_ROWS` statements (those pointing into the part shown first), with a note
saying how much is left out, so that a 10 MB text still gives a page a browser can open; the
draft file itself holds everything. Control characters are shown as their Unicode pictures
(U+2400 block), the C1 controls, bidirectional overrides and noncharacters as U+FFFD, one for
one, so the page is valid HTML, reads in the order the text is stored, and offsets stay as
they were."""
from __future__ import annotations

import bisect
from array import array
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from kg.ingest.stages import skipped   # (groups of rules a failing rule cut short: shown first)

_TEMPLATES = Path(__file__).resolve().parent / "templates"
MAX_TEXT = 200_000       # characters of the article shown with highlights
MAX_ROWS = 3_000         # proposed statements listed
_PICTURES = {c: chr(0x2400 + c) for c in range(0x20) if chr(c) not in "\n\t\r"}
_PICTURES[0x7F] = "\u2421"
# bidirectional embeddings, overrides and isolates would reorder what the reviewer reads (the
# text after them shown backwards): each is shown as U+FFFD, one for one
_PICTURES.update({c: "\ufffd" for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})
# the C1 controls (U+0080-U+009F: "\x9b" opens a terminal's escape sequence) are no characters
# of an HTML page either: each is shown as U+FFFD, one for one
_PICTURES.update({c: "\ufffd" for c in range(0x80, 0xA0)})
# and nor are the noncharacters (U+FDD0-U+FDEF, and the last two code points of each plane,
# U+FFFE, U+FFFF ...: a parse error of HTML wherever they stand)
_PICTURES.update({c: "\ufffd" for c in (*range(0xFDD0, 0xFDF0),
                                        *(p << 16 | 0xFFFE for p in range(17)),
                                        *(p << 16 | 0xFFFF for p in range(17)))})


def visible(value):
    """A string with its control characters as their pictures (other values as they are)."""
    return value.translate(_PICTURES) if isinstance(value, str) else value


def _env() -> Environment:
    return Environment(loader=FileSystemLoader(str(_TEMPLATES)), finalize=visible,
                       autoescape=select_autoescape(["html"], default=True))


def _name(kg, iri) -> str:
    return kg.compact(iri) if kg is not None else str(iri)


def _nested(marks, n):
    """The highlights shown: longest first, a mention is kept when it lies wholly inside or
    wholly outside every one kept before (an event's clause keeps the names in it highlighted
    inside it: "Meeting of X with Y" around X and Y); one crossing a kept one's edge, or on
    exactly a kept one's span, is not shown (it stays in the table). Sorted by start, outer
    first."""
    marks = sorted(marks, key=lambda m: (-(m[1] - m[0]), m[0]))
    inner = array("i", bytes(4 * (n + 1)))     # per character: 1 + index of its innermost mark
    spans, chosen = set(), []
    for s, e, ent in marks:
        if e <= s or (s, e) in spans:
            continue
        owner = inner[s]
        if inner[s:e].count(owner) != e - s:
            continue
        spans.add((s, e))
        chosen.append((s, e, ent))
        inner[s:e] = array("i", [len(chosen)]) * (e - s)
    chosen.sort(key=lambda m: (m[0], -m[1]))
    return chosen


def _mark_ids(chosen) -> dict:
    """The id of each highlight, by its span: "m-START", or "m-START-END" for one inside another
    that starts at the same character."""
    ids, starts = {}, set()
    for s, e, _ in chosen:
        ids[(s, e)] = f"m-{s}-{e}" if s in starts else f"m-{s}"
        starts.add(s)
    return ids


def _segments(text, chosen, ids, name) -> list:
    """The text as a run of pieces: plain text, a highlight opening (kind, id, IRI, tip) and a
    highlight closing, nested as :func:`_nested` chose them."""
    out, stack, pos = [], [], 0

    def close_to(limit):
        nonlocal pos
        while stack and stack[-1] <= limit:
            end = stack.pop()
            if end > pos:
                out.append({"text": text[pos:end]})
                pos = end
            out.append({"close": True})

    for s, e, ent in chosen:
        close_to(s)
        if s > pos:
            out.append({"text": text[pos:s]})
            pos = s
        cls = str(ent.cls).rsplit("#", 1)[-1]
        tip = f"{cls} \u00b7 {'' if ent.known else 'proposed '}{name(ent.iri)} \u00b7 {ent.rule}"
        out.append({"open": True, "kind": "known" if ent.known else "new", "id": ids[(s, e)],
                    "iri": str(ent.iri), "tip": tip})
        stack.append(e)
    close_to(len(text) + 1)
    out.append({"text": text[pos:]})
    return out


def render_review(kg, draft) -> str:
    full = draft.stored
    text = full[:MAX_TEXT]
    marks = []
    for ent in draft.entities.values():
        if ent.role:
            continue
        for sp in ent.mentions:
            if sp.end <= len(text):
                marks.append((sp.start, sp.end, ent))
    chosen = _nested(marks, len(text))
    exact = _mark_ids(chosen)
    segments = _segments(text, chosen, exact, lambda iri: _name(kg, iri))
    starts = [m[0] for m in chosen]
    ends = [m[1] for m in chosen]

    def anchor(a, b):
        """The highlight a span points at: the one on exactly that span, else the first one
        starting inside it, else the one it starts in; None when no highlight is there (an event
        told by a clause that names no entity: a link to it would point at nothing)."""
        if (a, b) in exact:
            return exact[(a, b)]
        i = bisect.bisect_left(starts, a)
        if i < len(starts) and starts[i] < b:
            return exact[(starts[i], ends[i])]
        for j in range(i - 1, max(-1, i - 50), -1):
            if ends[j] > a:
                return exact[(starts[j], ends[j])]
        return None

    rows = []
    for ent in draft.entities.values():
        cls = str(ent.cls).rsplit("#", 1)[-1]
        kind = "known" if ent.known else "new"
        if not ent.known:
            sp = ent.mentions[0] if ent.mentions else None
            if sp is not None:
                rows.append({"kind": kind, "subject": _name(kg, ent.iri), "label": ent.label,
                             "cls": cls, "pred": "a (new entity)", "value": cls, "rule": ent.rule,
                             "confidence": ent.confidence, "start": sp.start, "end": sp.end,
                             "anchor": anchor(sp.start, sp.end), "snippet": full[sp.start:sp.end][:160]})
        for pred, obj, sp, rule in ent.statements:
            value = draft.entities[obj].label if obj in draft.entities else (
                _name(kg, obj) if not hasattr(obj, "datatype") else str(obj))
            rows.append({"kind": kind, "subject": _name(kg, ent.iri), "label": ent.label,
                         "cls": cls, "pred": _name(kg, pred), "value": value, "rule": rule,
                         "confidence": ent.confidence, "start": sp.start, "end": sp.end,
                         "anchor": anchor(sp.start, sp.end), "snippet": full[sp.start:sp.end][:160]})
    n_rows = len(rows)
    if n_rows > MAX_ROWS:       # those pointing into the part shown first, in their order
        rows = sorted(rows, key=lambda r: r["start"] >= len(text))[:MAX_ROWS]
    for r in rows:
        if r["start"] >= len(text):
            r["anchor"] = None
    return _env().get_template("review.html").render(
        doc_id=draft.doc_id, title=draft.title, date=str(draft.date) if draft.date else "",
        n_known=len(draft.known()), n_new=len(draft.new()),
        n_statements=sum(len(e.statements) for e in draft.entities.values()),
        segments=segments, rows=rows, n_rows=n_rows, shown_chars=len(text),
        total_chars=len(full), skipped=skipped(draft))
