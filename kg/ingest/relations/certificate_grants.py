"""A certificate a row or a record prints for its holder is an award grant, not a document of its
own: "| 1 | A Co., Ltd. | Chaohu | GR2026... | 2026.11.20 |" under a title of high-tech
enterprises recognised, "1  B Co., Ltd.   165IP...  2026-12-22 - 2029-12-21" under "Notice on
Certificates of X Certification Issued to ...", or a block "Certificate holder:  C Co., Ltd." /
"Certificate No.:  ASI-PS-..." under "Announcement on the Y Certification of ...". The curated
lists record each such certificate as the holder's ``nfo:AwardGrant`` carrying the number as its
alias and the certificate's days as its own.

The certificates are the new documents another rule read for a number under a "Certificate"
heading or label (rule ``document:coded``, labelled "Certificate <number>"); each lies in one
row of a table (:mod:`kg.ingest.reading.tables`) or in one block of fields
(:mod:`kg.ingest.reading.field_blocks`). The row's holder is its recipient
(:func:`titled_grants.table_recipients`); the block's is the organisation that opens the value of
its holder's field ("Certificate holder", "Enterprise", "Company", "Name", "Unit"). The grant is
the draft's grant to that holder whose evidence covers the row (a designation list's), else a new
grant (rule ``award:certificate-row@0.5``) of the certification the title names: in the text's
first lines, a title-cased phrase ending in "Certification" that is no part of a name ("X
Certification Center Co., Ltd."), without the document's head words before it ("Notice on
Certificates of", "Announcement on the"). With no grant and no such
title, the certificate is left as it is. The grant takes the number as an alias, the
certificate's first day (issued or in force) as its start and its last day as its end; the
certificate goes, and what pointed at it with it. One pass over the certificates, each looked
up in the rows and blocks by bisection: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.names.surgery import redirect
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.reading.tables import tables
from kg.ingest.relations.titled_grants import award_named, grant_rows, head_paragraphs, \
    table_recipients
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:certificate-row@0.5", 0.5
AWARD_RULE = "award:certificate-title"
_CODED = "document:coded"
_CERT = re.compile(r"certificate\s+(?P<no>\S.*)$", re.I)
_HOLDER_FIELD = re.compile(r"\b(?:holder|enterprise|company|name|unit|licensee)\b", re.I)
# a title-cased phrase ending in "Certification" (its small words in lower case)
_TITLE = re.compile(r"(?:[A-Z][\w&/+-]*[ \t]+(?:(?:of|and|for|the|on|in)[ \t]+)*){1,10}"
                    r"Certification\b")
# the document's head words before the certification's name
_FRONT = re.compile(r"(?:(?:Notice|Announcement|Circular|Publicity|Bulletin|Certificates?|List|"
                    r"on|of|the|for|regarding|about)[ \t]+)+")
_DAYS_FROM = (NFO.dateIssued, NFO.dateInForce, NFO.startDate)


def certificate_grants(draft, spans_of, kind, minter) -> int:
    """Fold the certificates rows and records print into their holders' grants (see the
    module); returns how many."""
    text = draft.text
    certs = [(min(m.start for m in e.mentions), e) for e in draft.new()
             if e.mentions and e.rule.startswith(_CODED) and _CERT.match(e.label)
             and e.kind == "policy"]
    if not certs:
        return 0
    holders = _holders(text, spans_of, kind)
    if not holders:
        return 0
    starts = [h[0] for h in holders]
    title = None
    n = 0
    for at, cert in sorted(certs, key=lambda x: x[0]):
        i = bisect.bisect_right(starts, at) - 1
        if i < 0 or at >= holders[i][1]:
            continue
        a, b, rec = holders[i]
        node = _grant_over(draft, rec, a, b)
        if node is None:
            if title is None:
                title = _certification(text, [(s, e) for s, e, x in spans_of
                                              if not x.role and s < 2000 and x.kind == "org"]) or ()
            if not title:
                continue
            award, _ = award_named(draft, minter, title[2], Span(title[0], title[1]),
                                   AWARD_RULE)
            grant_rows(draft, minter, award, [(Span(a, b), (a, b, rec))], RULE, CONFIDENCE)
            node = _grant_over(draft, rec, a, b)
            if node is None:
                continue
        _fold(draft, spans_of, cert, node)
        n += 1
    return n


def _holders(text, spans_of, kind) -> list:
    """[(start, end, holder)] of the text's table rows and blocks of fields, by start."""
    out = []
    for t in tables(text):
        for row, (_, _, rec) in table_recipients(text, t, spans_of, kind):
            out.append((row.start, row.end, rec))
    blocks = field_blocks(text)
    if blocks:
        orgs = {s: ent for s, _, ent in spans_of if not ent.role and ent.kind == "org"}
        for bl in blocks:
            rec = next((orgs[f.spans[0][0]] for f in bl.fields
                        if _HOLDER_FIELD.search(f.label) and f.spans[0][0] in orgs), None)
            if rec is not None:
                out.append((bl.start, bl.end, rec))
    out.sort(key=lambda x: x[0])
    return out


def _grant_over(draft, rec, a: int, b: int):
    """The draft's grant to ``rec`` whose evidence lies within a..b (or holds it), or None."""
    for ent in draft.entities.values():
        if ent.cls != NFO.AwardGrant or not ent.statements.has(NFO.recipient, rec.iri):
            continue
        if any(a <= m.start < b or m.start <= a < m.end for m in ent.mentions):
            return ent
    return None


def _certification(text: str, names: list):
    """(start, end, name) of the certification a title among the text's first lines names (not
    inside a name the draft read: "X Certification Center Co., Ltd."), or None."""
    for pos, le, _ in head_paragraphs(text):
        for m in _TITLE.finditer(text, pos, le):
            if not any(s < m.end() and m.start() < e for s, e in names):
                break
        else:
            continue
        front = _FRONT.match(text, m.start(), m.end())
        a = front.end() if front else m.start()
        if len(text[a:m.end()].split()) >= 2:
            return a, m.end(), " ".join(text[a:m.end()].split())
    return None


def _fold(draft, spans_of, cert, node) -> None:
    """The certificate's number and days onto the grant ``node``; the certificate goes."""
    number = _CERT.match(cert.label).group("no").strip()
    node.aliases.add(number)
    span = min(cert.mentions, key=lambda m: m.start)
    has = {p for p, *_ in node.statements}
    first = next((o for pred in _DAYS_FROM for p, o, *_ in cert.statements if p == pred), None)
    if first is not None and NFO.startDate not in has:
        node.add(NFO.startDate, first, span, RULE)
    last = next((o for p, o, *_ in cert.statements if p == NFO.endDate), None)
    if last is not None and NFO.endDate not in has:
        node.add(NFO.endDate, last, span, RULE)
    draft.entities.pop(cert.iri, None)
    redirect(draft, cert.iri, [])       # (what pointed at the certificate points nowhere)
    spans_of[:] = [x for x in spans_of if x[2] is not cert]
