"""The holders a list of a status publishes: the text's own notice or catalogue (the one its
title block names: "Announcement on Filing the Second Batch of High-tech Enterprises
Recognised by X", "List of Certified Low-carbon Enterprises") ``nfo:includes`` each holder
its rows grant the status (rule ``document:listed-grant@0.5``), as the curated lists of
certified firms record it (data/CURATION.md, "Published lists": such a list both includes the
firms and grants them the status).

A status is an award whose label ends in a word of ``data/status-award-heads.txt``
("Enterprises", "Smelters", "... status"); its grants are the ones a list's row or line gave
(``_ROW_RULES``), stated after the title block. Nothing when the title block names no such
document or two of them (which one lists the holders is unclear), nor for a notice whose title
holds a word of ``data/grant-list-refusals.txt`` (a contest's results, the recipients of funds,
an obituary).

Not done: a list of prize winners including the grants themselves (the newest curated lists,
u585, u684, u686, do so; it helped six development sets, 47 of 48 new pairs right, but lowered
a kept-aside set's relation precision under its floor: the older curated lists leave the grants
out of the notice); the grant's giver copied from its award (the award's giver is often the
house's guess)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.document_itself import title_end
from kg.ingest.lexicon import alternation
from kg.ingest.terms import NFO

RULE = "document:listed-grant@0.5"
_LISTS = ("#Notice", "#Catalogue")
# the rules that read a grant off a list's row or line (a table's row, a column of holders, a
# numbered line under a list's heading); a grant a sentence of the body states is news the
# notice tells, not a row of it
_ROW_RULES = frozenset(("award:titled-row", "award:designation-row", "award:certificate-row",
                        "award:column-named", "award:column-row", "award:contest-row",
                        "award:heading-list", "award:list-heading", "award:titled-list"))


@lru_cache(maxsize=1)
def _status():
    return re.compile(r"\b(?:" + alternation("status-award-heads", r"\s+") + r")\W*$", re.I)


def _holders(draft, grant) -> list:
    """The recipients of ``grant`` when its award is a status, else nothing."""
    awards = [draft.entities.get(o) for p, o, _, _ in grant.statements if p == NFO.award]
    if not any(a is not None and _status().search(a.label) for a in awards):
        return []
    return [o for p, o, _, _ in grant.statements if p == NFO.recipient]


@lru_cache(maxsize=1)
def _refused():
    return re.compile(r"\b(?:" + alternation("grant-list-refusals", r"\s+") + r")\b", re.I)


def listed_grants(draft, spans_of) -> int:
    """Let the text's own list of a status include the holders its rows state; how many."""
    grants = [e for e in draft.new() if e.cls == NFO.AwardGrant and e.mentions
              and e.rule.split("@", 1)[0] in _ROW_RULES]
    if not grants:
        return 0
    end = title_end(draft.text)
    own = {id(ent): ent for s, _, ent in spans_of if s < end and not ent.known
           and str(ent.cls).endswith(_LISTS)}
    if len(own) != 1:
        return 0
    doc = next(iter(own.values()))
    if _refused().search(doc.label):
        return 0
    n = 0
    for g in grants:
        at = g.mentions[0]
        if at.start < end:
            continue
        for item in _holders(draft, g):
            if not doc.statements.has(NFO.includes, item):
                doc.add(NFO.includes, item, at, RULE)
                n += 1
    return n
