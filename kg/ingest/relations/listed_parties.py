"""The parties an agreement's lead line lists under it: "The following companies signed the
cooperation agreement:" / "The agreement was signed by:" over a list of organisations, one an
item ("- A Co., Ltd.", "1. B Group", or a bare line). The lead line names the agreement, holds a
verb that makes it one made (``data/agreement-verbs.txt``) and ends in a colon; each item that is
one organisation alone (a stop, a comma, a semicolon or "and" after it at most) is a party of it
(``nfo:party``, rule ``agreement:listed-party@0.5``). The list ends at its first line that is no
such item, or at a blank line after an item. Each agreement's lead line is read once, and at
most ``_MAX_ITEMS`` lines under it: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "agreement:listed-party@0.5"
_MAX_ITEMS = 40
_MARK = re.compile(r"[ \t]*(?:[-*\u2022\u25cf\u25aa\u2013\u2014]|\(?\d{1,2}[.)]|\(?[a-z][.)])?"
                   r"[ \t]*")
_TAIL = re.compile(r"[ \t]*(?:[.,;]|[,;]?[ \t]+and)?[ \t]*$")


@lru_cache(maxsize=1)
def _made() -> re.Pattern:
    verbs = sorted((v for v in lines("agreement-verbs") if " of" not in v), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, v.split())) for v in verbs)
                      + r")\b", re.I)


def listed_parties(draft, spans_of, kind) -> int:
    """Add the parties listed under an agreement's lead line (see the module); returns how
    many."""
    text = draft.text
    orgs = {}
    for s, e, ent in spans_of:
        if kind(ent) == "org" and not ent.role:
            orgs.setdefault(s, (e, ent))
    if not orgs:
        return 0
    n = 0
    seen = set()
    for s, e, ent in spans_of:
        if ent.known or kind(ent) != "agreement":
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if (ls, id(ent)) in seen:
            continue
        seen.add((ls, id(ent)))
        lead = text[ls:le].rstrip()
        if not lead.endswith((":", "\uff1a")) or not _made().search(text, ls, le):
            continue
        for item_s, org_e, org in _items(text, le + 1, orgs):
            if org is ent or ent.statements.has(NFO.party, org.iri):
                continue
            ent.add(NFO.party, org.iri, Span(ls, org_e), RULE)
            n += 1
    return n


def _items(text: str, pos: int, orgs: dict):
    """(start, end, organisation) of the list's items from ``pos``: one organisation a line."""
    got = 0
    blank = 0
    while pos < len(text) and got < _MAX_ITEMS:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if not text[pos:end].strip():
            if got or blank:
                return
            blank += 1
            pos = end + 1
            continue
        at = _MARK.match(text, pos, end).end()
        hit = orgs.get(at)
        if hit is None or _TAIL.match(text, hit[0], end) is None:
            return
        yield at, hit[0], hit[1]
        got += 1
        pos = end + 1
