"""The steps of a licence's life that a record of licences states in its "Matter:" field::

    [2]
      Licensee:      X Co., Ltd.
      Licence No.:   Wan Huan Fu Zheng [A0388]
      Matter:        change (scope extended)
      Issued:        18 Dec. 2026

A publicity list of licences handled (approved, changed, renewed, cancelled) gives each licence
a record of fields; the curators make a milestone of a change or a cancellation (a new issue or
a renewal is the licence's own issue). A field "Matter:" whose value opens with a word of
``data/licence-matters.txt`` in a block of field lines (no blank line between) that mentions a
licence or permit the draft holds (a policy document, e.g. its "Licence No.:" field) is one
``nfo:Milestone`` labelled "Change of licence X" (the value's bracket after it: "(scope
extended)"), the value as printed its alias, about the licence, started on the day a field of
the block dates it ("Issued:", "Cancelled:", "Effective:": the one date of the first such
field after the matter). Rule ``event:licence-matter`` (0.45). One pass over the field lines."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:licence-matter", 0.45
_MATTER = re.compile(r"^[ \t]*Matter[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$", re.M)
# a field of the record that dates the step
_DAY_FIELD = re.compile(r"^[ \t]*(?:Issued|Cancelled|Canceled|Effective|Changed|Revoked|"
                        r"Withdrawn|Suspended|Date)[ \t]*:[ \t]*(?P<value>\S[^\n]*?)[ \t]*$", re.M)
_BRACKET = re.compile(r"\([^()\n]{1,60}\)")
_DOCS = {NFO.PolicyDocument}
_FIELD_RULE = "event:schedule-line"


@lru_cache(maxsize=1)
def _matters() -> dict[str, str]:
    return dict(re.split(r"\s{2,}", ln.strip(), maxsplit=1) for ln in lines("licence-matters"))


def _block(text: str, at: int) -> tuple[int, int]:
    """The block of lines around ``at`` that no blank line breaks."""
    a = text.rfind("\n\n", 0, at)
    a = 0 if a < 0 else a + 2
    b = text.find("\n\n", at)
    return a, len(text) if b < 0 else b


def _fold_field_event(draft, spans_of, a: int, b: int) -> None:
    """Drop the event a schedule's reading made of the day field itself ("Cancelled: 14 Dec.
    2026" read as an event "Cancelled"): the milestone is that step."""
    gone = {e.iri for e in draft.entities.values()
            if not e.known and e.rule == _FIELD_RULE and e.mentions
            and all(a <= x.start and x.end <= b for x in e.mentions)}
    if not gone:
        return
    for iri in gone:
        del draft.entities[iri]
    for e in draft.entities.values():
        if any(o in gone for _, o, _, _ in e.statements):
            e.statements = [st for st in e.statements if st[1] not in gone]
    spans_of[:] = [x for x in spans_of if x[2].iri not in gone]


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add a milestone for each such matter; returns them."""
    text = draft.text
    if "Matter" not in text:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    year = doc_date[:4] if doc_date else None
    out = []
    for m in _MATTER.finditer(text):
        value = m.group("value")
        noun = _matters().get(value.split()[0].lower().rstrip(",;:"))
        if noun is None:
            continue
        a, b = _block(text, m.start())
        docs = [(s, ent) for s, e, ent in spans_of
                if a <= s and e <= b and ent.cls in _DOCS and not ent.known]
        if len({id(ent) for _, ent in docs}) != 1:
            continue                # no licence in the record, or several: whose step is unsaid
        doc = docs[0][1]
        label = f"{noun} of {doc.label[:1].lower()}{doc.label[1:]}"
        bracket = _BRACKET.search(value)
        if bracket is not None:
            label += " " + bracket.group(0)
        span = Span(m.start("value"), m.end("value"))
        day = None
        for f in _DAY_FIELD.finditer(text, m.end(), b):
            got = [d for d in find_dates(f.group("value"), year, doc_date=doc_date)
                   if d.kind == "date"]
            if len(got) == 1:
                day = got[0]
                _fold_field_event(draft, spans_of, f.start(), f.end())
            break
        ent = Entity(minter.mint("event", day.value if day else "", label), NFO.Milestone,
                     label, False, RULE, CONFIDENCE, role=True)
        ent.mentions.append(span)
        ent.aliases.add(" ".join(value.split()))
        ent.add(NFO.about, doc.iri, span, RULE)
        if day is not None:
            ent.add(NFO.startDate, date_literal(day.value), span, RULE)
        draft.entities[ent.iri] = ent
        spans_of.append((span.start, span.end, ent))
        out.append(ent)
    return out
