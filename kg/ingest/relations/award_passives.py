"""Award grants stated with the award first (:mod:`affiliations` reads "A won the X Award",
:mod:`award_ranks` "Gold award: A", :mod:`granted_awards` "X handed A a certificate"):

* "The X Prize was given / presented / awarded / granted / handed to A (and B)", "the X Award
  went to A", "the X Medal, won by A," (passive or "go to");
* "(The) winners of the X Award were / are / include A, B and C", "Winners of the X Award:"
  then one winner a list line ("1. A Co., Ltd.", "- B").

Each winner (an organisation or a person; on a list line with a person, the person: the
company after it is where the person works) gets an ``nfo:AwardGrant`` of the award
(``nfo:award``, ``nfo:recipient``, and the award's ``nfo:conferredBy``, or the "by X" after
the winners; rule ``award:given-to``). Not: "... will be given to the winners", a place,
"given to A's employees" (a possessive), a winner the draft already grants that award.

One pattern match after each award's mention: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.affiliations import award_rows, grant_node
from kg.ingest.terms import NFO

RULE = "award:given-to"
_GIVEN = re.compile(r"(?:\s*,)?\s+(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+)?"
                    r"(?:also\s+|jointly\s+)?(?:(?:given|presented|awarded|granted|handed|"
                    r"conferred|bestowed)\s+to|(?:went|goes|go|has\s+gone)\s+to|won\s+by|"
                    r"shared\s+by)\s+(?:the\s+)?", re.I)
_WINNERS_BEFORE = re.compile(r"\b(?:winners?|recipients?|laureates?)\s+of\s+(?:the\s+|this\s+"
                             r"year['\u2019]s\s+)?$", re.I)
_WINNERS_AFTER = re.compile(r"\s*(?:(?:were|are|was|is|include|includes|included)\b\s*:?|:)"
                            r"\s*(?:the\s+)?", re.I)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|;\s*(?:and\s+)?)(?:the\s+)?", re.I)
_LIST_LINE = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[-*\u2022\u00b7])[ \t]+")
_BY = re.compile(r"\s*,?\s+by\s+(?:the\s+)?", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s?\b")
_WINNERS = ("org", "person")


def award_passives(draft, spans_of, sents, kind, minter) -> None:
    text = draft.text
    award_cls = str(NFO.Award)
    if not any(str.__eq__(e.cls, award_cls) for e in draft.entities.values()):
        return
    rows, awards = award_rows(spans_of)
    if not awards:
        return
    by_start: dict = {}
    for x in rows:
        by_start.setdefault(x[0], x)
    granted = set()
    for ent in draft.entities.values():
        if str(ent.cls).endswith("#AwardGrant"):
            aw = [o for p, o, _, _ in ent.statements if p == NFO.award]
            granted.update((o, a) for p, o, _, _ in ent.statements if p == NFO.recipient
                           for a in aw)
    for s, e, award in awards:
        winners, end = [], e
        m = _GIVEN.match(text, e)
        if m is not None:
            winners, end = _chain(text, by_start, m.end(), kind)
        elif _WINNERS_BEFORE.search(text, max(0, s - 40), s):
            m = _WINNERS_AFTER.match(text, e)
            if m is not None:
                if "\n" in text[e:m.end()]:
                    winners, end = _listed(text, by_start, text.find("\n", e), kind)
                else:
                    winners, end = _chain(text, by_start, m.end(), kind)
        if not winners:
            continue
        givers = [o for p, o, _, _ in award.statements if p == NFO.conferredBy]
        b = _BY.match(text, end)
        if b is not None and b.end() in by_start and kind(by_start[b.end()][2]) == "org":
            givers = givers or [by_start[b.end()][2].iri]
        span = Span(s, end)
        for rec in winners:
            if (rec.iri, award.iri) in granted or rec is award or rec.iri in givers:
                continue
            granted.add((rec.iri, award.iri))
            node = grant_node(minter, award.label, award.label, rec, RULE, 0.5, span)
            node.add(NFO.award, award.iri, span, RULE)
            node.add(NFO.recipient, rec.iri, span, RULE)
            for g in givers:
                node.add(NFO.conferredBy, g, span, RULE)
            draft.entities[node.iri] = node


def _chain(text, by_start, at, kind):
    """The winners named one after another from ``at`` ("A, B and C"), and where they end."""
    out, end = [], at
    x = by_start.get(at)
    while x is not None and x[2].kind in _WINNERS and len(out) < 12:
        if _POSSESSIVE.match(text, x[1]):
            break               # "given to A's employees"
        out.append(x[2])
        end = x[1]
        j = _JOIN.match(text, x[1])
        x = by_start.get(j.end()) if j is not None else None
    return out, end


def _listed(text, by_start, pos, kind):
    """One winner a list line from the line break at ``pos`` (the line's first name: a person
    before the company the person works at), up to the first line that is no list line."""
    out, end = [], pos
    while pos >= 0:
        m = _LIST_LINE.match(text, pos)
        if m is None:
            break
        x = by_start.get(m.end())
        if x is not None and kind(x[2]) in _WINNERS:
            out.append(x[2])
            end = x[1]
        pos = text.find("\n", m.end())
    return out, end
