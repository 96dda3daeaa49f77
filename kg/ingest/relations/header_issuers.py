"""Who issued a document, said in the lines right under its title at the head of the text (the
header's twin of the signature document_issuers.py reads at the foot):

* a web page's information line: "Release date: 2026.12.14    Source: Talent Office of Hebi"
  (an organisation right after "Source:"; a media outlet there is the site that reprints it,
  not its issuer);
* "Published by the X Department, 2026-11-12", "Issued by X", "Released by X" (no colon: the
  labelled fields are document_fields.py's);
* an issuing unit printed alone at the start of a header line, over the issue date
  ("Information Centre, X Association" / "Issued: 30 November 2026"), or with the date at the
  end of its line after a wide gap.

The document is a new notice, report or other document whose name starts within the text's
first ``_TITLE_REACH`` characters; the header is the ``_HEADER_LINES`` lines after its name.
Rule ``document:header-issuer@0.6``; a document that has an issuer already is left alone. Only
the header is read, with patterns anchored at a few positions: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "document:header-issuer@0.6"
_TITLE_REACH = 300
_HEADER_LINES = 5
# "Source:" as a field of its own: opening its line, after a wide gap or a separator ("2026-
# 12-14    Source: X", "2025-09-23 | Source: X"); not "Data Source: X", "Photo source: Y",
# whose word before it says what X is the source of (the figures, a picture), not the page
_SOURCE = re.compile(r"(?:(?<![^\n])|(?<=\n[ \t])|(?<=[ \t]{2})|(?<=[|(/\u00b7\uff5c])|"
                     r"(?<=[|(/\u00b7\uff5c][ \t]))Source[ \t]*[:：][ \t]*(?:the[ \t]+)?")
_BY = re.compile(r"\b(?:Published|Issued|Released|Promulgated)[ \t]+by[ \t]+(?:the[ \t]+)?")
# what a "Source:" field names after an organisation when it names the figures' source, not
# the unit that put the page out: "Source: X Co., Ltd. annual report", "X Bureau data"
_FIGURES = re.compile(r"(?:['\u2019]s)?[ \t]+(?:[a-z]+[ \t]+){0,2}(?:reports?|data|statistics|figures|"
                      r"surveys?|estimates?|calculations?|database|yearbook|filings?|"
                      r"announcements?|disclosures?)\b")
# the issue date under or after the unit's line: a label, or a date
_DATE_NEXT = re.compile(r"[ \t]*(?:(?:Issued|Released|Published|Release[ \t]+date|Issue[ \t]+date|"
                        r"Date(?:[ \t]+of[ \t]+issue)?)[ \t]*[:：]|\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+"
                        r"\d{4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|[A-Z][a-z]+[ \t]+\d{1,2},[ \t]+\d{4})")
_WIDE_DATE = re.compile(r"[ \t]{3,}(?:\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}|\d{4}[-./]\d{1,2}"
                        r"[-./]\d{1,2})[ \t]*$", re.M)
# what may follow the unit on its line: its parent ("Information Centre, X Association")
_PARENT_GAP = re.compile(r"[ \t]*,[ \t]*")


def header_issuers(draft, spans_of, kind) -> None:
    text = draft.text
    lead = len(text) - len(text.lstrip())
    docs = [x for x in spans_of if x[2].kind == "policy" and not x[2].known
            and x[2].cls not in RELATION_NODES and x[0] - lead < _TITLE_REACH]
    if not docs:
        return
    s, e, doc = min(docs, key=lambda x: x[0])
    if any(st[0] == NFO.issuedBy for st in doc.statements) or \
            str(doc.cls).lower().endswith("standard"):
        return
    hs = text.find("\n", e)
    if hs < 0:
        return
    he = hs
    for _ in range(_HEADER_LINES):
        nxt = text.find("\n", he + 1)
        he = len(text) if nxt < 0 else nxt
        if nxt < 0:
            break
    orgs = {}
    for x in spans_of:
        if hs <= x[0] < he and x[2].kind == "org" and x[2].cls not in RELATION_NODES and \
                x[2] is not doc:
            orgs.setdefault(x[0], x)
    if not orgs:
        return
    hit = None
    for cue in (_SOURCE, _BY):
        for m in cue.finditer(text, hs, he):
            x = orgs.get(m.end())
            if x is not None and cue is _SOURCE and _FIGURES.match(text, x[1]):
                x = None    # ("Source: X Co., Ltd. annual report and customs data": a source
                # of the figures, not the unit that put the page out)
            if x is not None and x[2].cls != NFO.MediaOutlet:
                hit = x
                break
        if hit is not None:
            break
    if hit is None:
        hit = _unit_over_date(text, orgs, hs, he)
    if hit is not None:
        doc.add(NFO.issuedBy, hit[2].iri, Span(hit[0], hit[1]), RULE)


def _unit_over_date(text, orgs, hs, he):
    """The organisation that opens a header line (its parent after a comma at most), with the
    issue date at the end of that line or opening the next one; None when two lines or more
    read so (a list of units with their days under the title: "Notice on the Inspection
    Schedule" / "X Co., Ltd.      5 May 2026" / "Y Co., Ltd.      6 May 2026" names no issuer)."""
    found = None
    for start in sorted(orgs):
        s, e, org = orgs[start]
        ls = text.rfind("\n", 0, s) + 1
        if text[ls:s].strip() or org.cls == NFO.MediaOutlet:
            continue
        end = e
        g = _PARENT_GAP.match(text, end)
        if g is not None and g.end() in orgs:
            end = orgs[g.end()][1]
        le = text.find("\n", end, he + 1)
        le = he if le < 0 else le
        rest = text[end:le]
        if rest.strip() and not _WIDE_DATE.match(text, end, le):
            continue
        if rest.strip() or _DATE_NEXT.match(text, le + 1):
            if found is not None:
                return None
            found = s, e, org
    return found
