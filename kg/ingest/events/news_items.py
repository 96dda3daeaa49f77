"""The news item a text is: a headline over (or under) a byline line that names the paper and the
day it ran the item ("Baoji Daily | Monday, 8 June 2026 | Reporter A", "Western Metals Daily,
Tuesday, 8 September 2026", "Monday, 27 July 2026    Chaidamu Daily    (Reporter: A)").

Curators record such an item as an ``nfo:Report`` labelled by its headline, issued by the paper
(``nfo:issuedBy``) on the day the byline line prints (``nfo:dateIssued``): the item's own date,
not its dateline's (the dateline "BAOJI, 6 June -" tells where and when the reporter filed).

* The byline line: one of the text's first lines (before its first paragraph of prose) holding
  a media outlet the draft reads (``nfo:MediaOutlet``) and one full day with its year; no other
  day on that line.
* The headline: the lines :func:`kg.ingest.reading.title_lines.headline_lines` finds, not the
  byline line, of at least three words and no sentence (a first line ending in a full stop is
  prose); a headline in capitals is labelled in title case, the capitals an alias.
* Not when the draft already has a document named in the headline ("Notice on ...": the
  headline rules read it) or a report of the printed page (``names.printed_pages``).

Rule ``document:news-item`` (0.5) for the report and its issuer, ``date:news-item`` for its
day. It is proposed last, when the relation rules have run: curators give the item its issuer,
day and what it is about, not the metals and places of its story (dev sets 144-152: 0 of 12
such pairs the relation rules gave it were right), and the names in its headline are no words
of its name (a report over them would hide them from the rules that read names in names). Only
the text's first lines are read: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.title_lines import headline_lines
from kg.ingest.terms import NFO

RULE, DATE_RULE, CONFIDENCE = "document:news-item", "date:news-item", 0.5
_TOP = 800          # the headline and the byline line stand within this
_LINES = 8          # ... and among the text's first lines
_SMALL = frozenset("a an and as at but by for from in of on or the to with via vs".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# the outlet set off on its line: by the line's edge, a bar, a comma, a wide gap or "Source:"
_BEFORE = re.compile(r"(?:^|\||,|[ \t]{2,}|:)[ \t]*$")
_AFTER = re.compile(r"[ \t]*(?:$|\||,|[ \t]{2,}|\(|--?[ \t]|\u2014)")


def _lines(text: str, top: int):
    out, pos = [], 0
    while pos < top and len(out) < _LINES:
        e = text.find("\n", pos, top)
        e = top if e < 0 else e
        out.append((pos, e))
        pos = e + 1
    return out


def _title_case(s: str) -> str:
    def one(m):
        w = m.group(0).lower()
        return w if w in _SMALL and m.start() > 0 else w[:1].upper() + w[1:]
    return _WORD.sub(one, s)


def propose(draft, spans_of, minter, kind_of):
    """Propose the report the text is (see the module's notes); returns it or None."""
    text = draft.text
    top = min(len(text), _TOP)
    outlets = [x for x in spans_of if x[1] <= top and x[2].cls == NFO.MediaOutlet
               and draft.entities.get(x[2].iri) is x[2]]
    if not outlets:
        return None
    byline = None
    for a, b in _lines(text, top):
        line = text[a:b]
        if len(line.strip()) > 160:
            break                           # (a paragraph of prose: the head has ended)
        outlet = next((x for x in outlets if a <= x[0] and x[1] <= b
                       and _BEFORE.search(text[a:x[0]]) and _AFTER.match(text[x[1]:b])), None)
        if outlet is None:
            continue
        days = [d for d in find_dates(line) if d.kind in ("date", "range")]
        if len(days) != 1 or days[0].kind != "date" or len(str(days[0].value)) != 10:
            continue
        byline = (a, b, outlet, days[0])
        break
    if byline is None:
        return None
    found = headline_lines(text, top)
    if not found:
        return None
    s, e = found[0][0], found[-1][1]
    if s < byline[1] and byline[0] < e:
        return None                         # (the byline line read as the headline)
    raw = " ".join(text[s:e].split())
    if len(raw.split()) < 3 or len(raw) > 250 or raw.endswith(".") or not raw[:1].isalnum():
        return None
    for ent in draft.entities.values():
        if kind_of(ent.cls) == "policy" and any(m.start < e and s < m.end for m in ent.mentions):
            return None                     # (a document the headline names, or the page's)
        if kind_of(ent.cls) == "org" and any(m.start == s and m.end == e for m in ent.mentions):
            return None                     # (an issuer's name over the title: no headline)
    letters = [c for c in raw if c.isalpha()]
    caps = letters and all(c.isupper() for c in letters)
    label = _title_case(raw) if caps else raw
    doc = Entity(minter.mint(label), NFO.Report, label, False, RULE, CONFIDENCE)
    if caps:
        doc.aliases.add(raw)
    doc.mentions.append(Span(s, e))
    draft.entities[doc.iri] = doc
    a, b, outlet, day = byline
    doc.add(NFO.issuedBy, outlet[2].iri, Span(outlet[0], outlet[1]), RULE)
    doc.add(NFO.dateIssued, date_literal(day.value), Span(a + day.start, a + day.end), DATE_RULE)
    return doc
