"""The article a text is, copied from a printed page of a newspaper or magazine: a masthead line
of parts set off by bars that names the paper, the issue's number and the page ("X NEWS | No.
1482 | Tuesday, 8 December 2026 | Page 3"), a section label at most, the headline (one line or
two: :func:`kg.ingest.reading.title_lines.headline_lines`) and a byline ("By staff reporter A").

* The article is a new report (rule ``document:printed-page``) labelled by its headline (the
  part before a colon an alias), issued by the paper the masthead opens with (an organisation
  the draft reads there), on the masthead's day (rule ``date:masthead``), and drafted by the
  person the byline names (``nfo:draftedBy``).
* Only such a masthead (a number part "No. 1482" / "Issue 24" and a page part "Page 3" / "P. 3")
  makes a news text an article of its own here: a wire story's dateline does not. (A headline
  with a byline line that names the paper and its day, "X Daily | 8 June 2026 | Reporter A", is
  read by :mod:`kg.ingest.events.news_items`.)

Only the text's first lines are read: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.title_lines import headline_lines
from kg.ingest.terms import NFO

RULE = "document:printed-page"
CONFIDENCE = 0.5
_TOP = 1200
_NUMBER_PART = re.compile(r"(?:No\.|Issue|Vol\.)[ \t]*\d{1,6}\b")
_PAGE_PART = re.compile(r"(?:Page|P\.)[ \t]*[A-Z]?\d{1,3}\b")
_BYLINE = re.compile(r"^[ \t]*By[ \t]+(?:(?:our|staff|special)[ \t]+)*(?:reporters?|correspondents?|"
                     r"writers?)?[ \t]*", re.M)


def propose(draft, spans_of, minter, kind_of):
    text = draft.text
    lead = len(text) - len(text.lstrip())
    le = text.find("\n", lead)
    if le < 0:
        return None
    mast = text[lead:le]
    parts = [p.strip() for p in mast.split("|")]
    if len(parts) < 3 or not any(_NUMBER_PART.fullmatch(p) for p in parts) or \
            not any(_PAGE_PART.fullmatch(p) for p in parts):
        return None
    paper = next((x for x in spans_of if x[0] == lead and kind_of(x[2].cls) == "org"
                  and not x[2].role), None)
    found = headline_lines(text, _TOP)
    if paper is None or not found or found[0][0] <= le:
        return None
    s, e = found[0][0], found[-1][1]
    label = " ".join(text[s:e].split())
    if len(label.split()) < 3 or len(label) > 250:
        return None
    doc = Entity(minter.mint(label), NFO.Report, label, False, RULE, CONFIDENCE)
    if ": " in label:
        doc.aliases.add(label.split(": ", 1)[0])
    doc.mentions.append(Span(s, e))
    draft.entities[doc.iri] = doc
    spans_of.append((s, e, doc))
    doc.add(NFO.issuedBy, paper[2].iri, Span(paper[0], paper[1]), RULE)
    got = [d for d in find_dates(mast) if d.kind == "date"]
    if len(got) == 1:
        doc.add(NFO.dateIssued, date_literal(got[0].value),
                Span(lead + got[0].start, lead + got[0].end), "date:masthead")
    by = _BYLINE.search(text, e, e + 200)
    if by is not None:
        who = next((x for x in draft.entities.values() if kind_of(x.cls) == "person"
                    for m in x.mentions if m.start == by.end()), None)
        if who is not None:
            doc.add(NFO.draftedBy, who.iri, Span(by.start(), by.end()), RULE)
    return doc
