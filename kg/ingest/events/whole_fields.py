"""The event a document's title names, when a field under it dates the event itself:

    Training Class for Young and Middle-aged Cadres of Member Enterprises
    (First Session of 2027)
    ...
    Dates:      11 to 22 January 2027 (check-in on Sunday, 10 January)

A handbook, a notice or a programme of a class, a forum or a fair prints its dates as a field
("Dates:", ``data/whole-date-labels.txt``) under a title that names the event (a line of the
title block, the first lines before a blank one, holding a head of
``data/titled-event-heads.txt``, with the parenthesised lines under it: "(First Session of
2027)"). The field's event is that one, named by the title: :mod:`schedule_lines` asks
:func:`title_event` for its label and evidence instead of naming an event "Dates". Reads the
title block once: a few lines."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words


@lru_cache(maxsize=None)
def _heads() -> re.Pattern:
    heads = "|".join(sorted((re.escape(w) for w in words("titled-event-heads")),
                            key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{heads})(?:e?s)?\b", re.I)


@lru_cache(maxsize=None)
def _labels() -> frozenset:
    return words("whole-date-labels")


def whole_label(label: str) -> bool:
    """Whether a field's label dates the whole event the title names ("Dates"; a head of a
    titled event before "dates": "Fair dates", "Expo dates")."""
    low = " ".join(label.lower().split())
    if low in _labels():
        return True
    head, _, last = low.rpartition(" ")
    return last == "dates" and " " not in head and bool(_heads().fullmatch(head))


_LINE = re.compile(r"[^\n]*")
# the parts of a title line set off by a spaced dash or bar ("Metals Fair 2029 - Exhibitor
# Catalogue")
_TITLE_PARTS = re.compile(r"(?:(?![ \t][-\u2013\u2014|][ \t])[^\n])+")


def title_event(text: str, before: int) -> tuple[int, int, str] | None:
    """(start, end, label) of the title-block line naming an event, with the parenthesised
    lines under it, above ``before``; None when the title block names none. The title block:
    the text's first lines up to the first blank one (at most six)."""
    pos, lines = 0, []
    while pos < min(before, len(text)) and len(lines) < 6:
        m = _LINE.match(text, pos)
        if not m.group(0).strip():
            if lines:
                break
            pos = m.end() + 1
            continue
        lines.append((m.start(), m.end()))
        pos = m.end() + 1
    for i, (a, b) in enumerate(lines):
        line = text[a:b].strip()
        if ":" in line or len(line) > 120 or not line[:1].isupper() or not _heads().search(line):
            continue
        if line.isupper():
            continue        # (a masthead: "TRAINING CENTRE OF X")
        end = b
        for c, e in lines[i + 1:]:
            if not text[c:e].strip().startswith("("):
                break
            end = e
        s = a + len(text[a:b]) - len(text[a:b].lstrip())
        if end == b:
            # (a title of two parts: "Metals Fair 2029 - Exhibitor Catalogue": the part that
            # names the event)
            for part in _TITLE_PARTS.finditer(text, s, b):
                if part.group(0).strip() and _heads().search(part.group(0)):
                    s = part.start() + len(part.group(0)) - len(part.group(0).lstrip())
                    end = part.start() + len(part.group(0).rstrip())
                    break
        return s, end, " ".join(text[s:end].split())
    return None


def absorb_title_parts(draft, spans_of, ent, a: int, b: int, kind_of) -> None:
    """An event another rule read inside the title ("First Session of 2027") is the titled
    event's name, not an event of its own: its label an alias of ``ent``, when nothing else
    points to it."""
    inside = [x for x in spans_of if x[2] is not ent and not x[2].known and not x[2].role
              and kind_of(x[2].cls) == "event" and a <= x[0] and x[1] <= b
              and all(a <= m.start and m.end <= b for m in x[2].mentions)]
    if not inside:
        return
    gone = {x[2].iri for x in inside}
    if any(o in gone for e in draft.entities.values() for _, o, _, _ in e.statements):
        return
    for x in inside:
        ent.aliases.add(x[2].label)
        draft.entities.pop(x[2].iri, None)
    spans_of[:] = [x for x in spans_of if x[2].iri not in gone]


# "(check-in on Sunday, 10 January)" after a field's dates: a part of its event, on its own day
_ASIDE = re.compile(r"[ \t]*\([ \t]*(?P<what>[a-z][a-z-]*(?:[ \t][a-z-]+){0,3})[ \t]+"
                    r"(?:on|from|at)[ \t]+(?:[A-Z][a-z]+day,?[ \t]+)?")


def aside_part(text: str, at: int, line_end: int, dates, k: int):
    """(what, start, end, date) of a parenthesised "(<noun> on <date>)" right after a field's
    value (at ``at``), the date the ``k``-th of ``dates``; else None."""
    m = _ASIDE.match(text, at, line_end)
    if m is None or k >= len(dates) or dates[k].start != m.end():
        return None
    d = dates[k]
    if not re.match(r"[ \t]*\)", text[d.end:line_end]):
        return None
    what = m.group("what")
    return what[:1].upper() + what[1:], m.start("what"), d.end, d


@lru_cache(maxsize=None)
def _section_heads() -> re.Pattern:
    heads = "|".join(sorted((re.escape(w) for w in words("section-event-heads")),
                            key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:{heads})(?:e?s)?\b", re.I)


def section_label(label: str) -> bool:
    """Whether a field's label gives the time of the event a section heading names ("Time")."""
    return " ".join(label.lower().split()) in words("section-time-labels")


# a numbered heading of a body's section: "II. First meeting of creditors", "3) Opening ceremony"
_SECTION = re.compile(r"[ \t]*(?:[IVX]{1,5}|\d{1,2}|\(\d{1,2}\))[.)]?[ \t]+"
                      r"(?P<head>[A-Z][^\n:;.]{2,80}?)[ \t]*")
# a field line above the time row ("Place:  Court No. 3"), or a blank one
_FIELD = re.compile(r"[ \t]*(?:[A-Z][\w '/&-]{0,30}:[^\n]*)?")


def section_event(text: str, before: int) -> tuple[int, int, str] | None:
    """(start, end, label) of the numbered section heading naming an event right above the
    field line holding ``before``: at most six lines up, past blank lines and other fields;
    None when there is none."""
    end = text.rfind("\n", 0, before)
    for _ in range(6):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        m = _SECTION.fullmatch(text, start, end)
        if m is not None:
            head = m.group("head")
            if len(head.split()) > 10 or not _section_heads().search(head):
                return None
            return m.start("head"), m.end("head"), " ".join(head.split())
        if not _FIELD.fullmatch(text, start, end):
            return None
        end = start - 1
    return None
