"""Figures a body released on a day: "according to data released by the National Bureau of
Statistics (NBS) on the 15th", "according to figures the General Administration of Customs
published on November 20", "statistics issued by X on Monday show ...": a ``nfo:Report`` of
that body (rule ``report:data-released``, 0.4), labelled "<Data> released by <body>", its
evidence the phrase, ``nfo:issuedBy`` the body and ``nfo:dateIssued`` the day. The body is an
organisation the draft names right there (a known one or a new one); a phrase with no such
body, or none dated, is no report."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.events.years import document_year
from kg.ingest.terms import NFO

RULE = "report:data-released"
_WHAT = r"(?P<what>(?:(?:latest|new|monthly|quarterly|annual|preliminary|official)\s+)?(?:data|figures|statistics))"
_VERB = r"(?:released|published|issued|put\s+out|made\s+public)"
# "data released by X (ACR) on", "figures (that) X published on"
_RELEASED = re.compile(r"\b" + _WHAT + r"\s+(?:" + _VERB + r"\s+by\s+(?P<by>[^.;]{3,120}?)|(?:that\s+|which\s+)?"
                       r"(?P<by2>[^.;]{3,120}?)\s+" + _VERB + r")\s+(?:on|in)\s+(?:the\s+)?$", re.I)
_LOOK = 220


def data_releases(draft, within, kind_of, minter) -> list:
    """Add the reports described above; returns them."""
    text = draft.text
    if not re.search(r"\b(?:data|figures|statistics)\b", text):
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    dates = find_dates(text, document_year(text, doc_date), extended=True, doc_date=doc_date)
    made = []
    for d in dates:
        if d.kind not in ("date", "gYearMonth") or d.until:
            continue
        m = _RELEASED.search(text, max(0, d.start - _LOOK), d.start)
        if m is None:
            continue
        g = "by" if m.group("by") is not None else "by2"
        a, b = m.start(g), m.end(g)
        orgs = [x for x in within(a, b) if kind_of(x[2]) == "org"]
        if not orgs:
            continue
        # the body: the first organisation of the phrase, named where the phrase names it
        s0, e0, org = min(orgs, key=lambda x: x[0])
        if text[a:s0].strip(" ,") not in ("", "the", "The"):
            continue
        what = m.group("what")
        label = f"{what[:1].upper()}{what[1:]} released by {org.label}"
        span = Span(m.start("what"), d.end)
        ent = Entity(minter.mint("report", d.value, " ".join(label.split()[:8])), NFO.Report,
                     label, False, RULE, 0.4)
        ent.mentions.append(Span(span.start, span.end))
        ent.add(NFO.issuedBy, org.iri, Span(span.start, span.end), RULE)
        ent.add(NFO.dateIssued, date_literal(d.value), Span(span.start, span.end), RULE)
        draft.entities[ent.iri] = ent
        made.append(ent)
    return made
