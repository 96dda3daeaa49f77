"""The text's own document, issued by its house: a notice, bulletin, report or announcement
whose title (or number) heads the text comes from the organisation whose letterhead it is
printed under, or, with no letterhead, whose name stands alone on one of its last lines
(:func:`kg.ingest.relations.house_org.house`):

    ANHUI X BUREAU                                  X WATER SUPPLY CO., LTD.
                                                    Progress Bulletin No. 4
    Wan X Fa [2026] No. 12                           ...
    Notice on ...                                   X Water Supply Co., Ltd.

The letterhead and signature rules (:mod:`document_issuers`, :mod:`header_issuers`,
names/heading_documents.py) read these layouts when the title is the line right under the
letterhead, or when the signature is read as signing that title; a title set a few lines down
(under a number line, "Posted ...", a web page's section line), a number printed beside a date
("Posted 2026-12-29 (Tuesday)      Wan X Fa [2026] 12"), or a report signed by a firm at its
foot were left with no issuer at all. Here the first new document (not a standard, which its
drafting body or an approving authority issues) named on one of the text's first
``_HEAD_LINES`` non-blank lines, its name opening its line (past markup: "#", "*", "|") or a
document number or code, is issued by the house when no rule gave it an issuer (rule
``document:house-issuer@0.5``); the first such document with an issuer ends the search (the
text's own document has one already). A house read from the foot is left out when its line is
part of a distribution footer ("Distribution: ... ;" over "X Co., Ltd.": a recipient,
``data/distribution-labels.txt``). Measured on the development sets: 13 of 19 proposals right
(four of the wrong six a joint or unit's document the gold gives another body of the layout).
Reads the head and the foot once: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.title_lines import head_end
from kg.ingest.relations.house_org import house, letterhead
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "document:house-issuer@0.5"
_HEAD_LINES = 12        # the text's first non-blank lines, where its own title stands
_MARKUP = " \t#*|>=_-"  # what may stand before a title on its line (Markdown, a rule)
_NUMBERED = ("document:numbered", "document:coded")


@lru_cache(maxsize=1)
def _distribution() -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in
                   sorted(lines("distribution-labels"), key=len, reverse=True))
    return re.compile(rf"(?:^|\n)[ \t]*(?:{alt})[ \t]*:", re.I)


def house_documents(draft, spans_of, kind) -> int:
    """Add ``nfo:issuedBy`` from the text's own document, named in its head, to its house;
    returns how many were added (0 or 1)."""
    text = draft.text
    head_stop = head_end(text, _HEAD_LINES)
    if head_stop <= 0:
        return 0
    ordered = spans_by_start(spans_of)
    orgs = [x for x in ordered if x[2].kind == "org" and not x[2].role
            and x[2].cls not in RELATION_NODES and x[2].cls != NFO.MediaOutlet]
    if not orgs:
        return 0
    top = letterhead(text, orgs)
    if top is not None and _listed(text, top[1], orgs):
        return 0
    org = top[0] if top is not None else house(text, orgs)
    if org is None or (top is None and _in_distribution(text, orgs, org)):
        return 0
    seen = set()
    for s, e, doc in ordered:
        if s > head_stop:
            break
        if doc.known or doc.kind != "policy" or id(doc) in seen or doc.cls in RELATION_NODES:
            continue
        seen.add(id(doc))
        if min(m.start for m in doc.mentions) < s or str(doc.cls).endswith("Standard"):
            continue
        if any(st[0] == NFO.issuedBy for st in doc.statements):
            return 0        # (the text's own document has its issuer)
        ls = text.rfind("\n", 0, s) + 1
        if text[ls:s].strip(_MARKUP) and not doc.rule.startswith(_NUMBERED):
            continue        # (a document the first lines cite: "under the X Code")
        if doc is org:
            return 0
        doc.add(NFO.issuedBy, org.iri, Span(s, e), RULE)
        return 1
    return 0


def _listed(text: str, line_end: int, orgs) -> bool:
    """Whether the letterhead's line, an organisation with a cell beside it ("A Co., Ltd.
    5 May 2026"), has a line of the same shape under it: two such lines are rows of a list
    (of units and their days), not the house over its document."""
    ls = text.rfind("\n", 0, line_end) + 1
    nxt = line_end + 1
    return any(_CELLED.match(text, e) for s, e, _ in orgs if s == ls) and \
        any(_CELLED.match(text, e) for s, e, _ in orgs if s == nxt)


_CELLED = re.compile(r"[.,]?[ \t]{3,}\S")      # a wide gap, then a cell


def _in_distribution(text: str, orgs, org) -> bool:
    """Whether the house's last line at the foot belongs to a distribution footer: a label of
    ``data/distribution-labels.txt`` opens a line of its paragraph."""
    last = max((x for x in orgs if x[2] is org), key=lambda x: x[0], default=None)
    if last is None:
        return False
    para = text.rfind("\n\n", 0, last[0])
    return _distribution().search(text, max(0, para), last[0]) is not None
