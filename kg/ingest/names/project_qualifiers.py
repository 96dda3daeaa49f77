"""A project's name goes on through the qualifier a tender, contract or plan prints after it:
"Slag Fuming Furnace Upgrading Project (EPC) of X Co., Ltd.", "Y Expansion Project (Phase II)
of Z Group", "Port Access Road Project (Lot 3)". A capitalised project name another rule read
(it ends with a project word: Project, Programme, Works ...), then a parenthesised contract
form, phase, stage, lot, section or package (``_QUALIFIER``), and optionally "of / for / by"
and an organisation: the name's first mention reaches over them, the whole is its label (the
name as read before is an alias), and the organisation owns it (``nfo:ownedBy``, rule
``project:qualified-name``). A contract form read before as the project's acronym ("EPC") is
no name of it. One look after each project name: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "project:qualified-name"
_ENDS = re.compile(r"(?:Project|Projects|Programme|Program|Works|Scheme|Plant|Line|Expansion|"
                   r"Upgrade|Upgrading|Renovation|Construction)$")
_QUALIFIER = re.compile(
    r"[ \t]*\((?:EPC|EP|PC|EPCM|PPP|BOT|BOO|BOOT|BT|DBO|O&M|Design[- ]Build|Turnkey|"
    r"(?:Phase|Stage|Period|Lot|Section|Bid\s+Section|Package|Tender|Batch|Block)[ \t]+"
    r"(?:[IVX]{1,5}|\d{1,3}|[A-Z]|One|Two|Three|Four|Five))"
    r"(?:[ \t]*[,/&][ \t]*[A-Za-z0-9 ]{1,20})?\)")
_OF = re.compile(r"[ \t]+(?:of|for|by)[ \t]+(?:the[ \t]+)?")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Lengthen the names of projects that a qualifier follows; returns the projects changed."""
    text = draft.text
    if "(" not in text:
        return []
    org_at = {}
    for s, e, x in spans_of:
        if kind(x) == "org" and not x.role and e > org_at.get(s, (0, -1))[1]:
            org_at[s] = (s, e, x)
    changed = []
    done: set = set()
    dropped: dict = {}      # the projects whose contract form was read as a name of theirs
    for i, (s, e, ent) in enumerate(list(spans_of)):
        if ent.known or id(ent) in done or kind(ent) != "project" or not _ENDS.search(
                text[s:e]):
            continue
        q = _QUALIFIER.match(text, e)
        if q is None:
            continue
        end, owner = q.end(), None
        of = _OF.match(text, end)
        if of is not None and of.end() in org_at:
            owner = org_at[of.end()]
            end = owner[1]
        done.add(id(ent))
        # ("(EPC)" read before as the project's acronym: a contract form, not its name)
        inner = text[q.start():q.end()].strip()[1:-1].strip()
        if inner in ent.aliases:
            ent.aliases.discard(inner)
            ent.mentions = [m for m in ent.mentions if text[m.start:m.end] != inner]
            dropped[id(ent)] = inner
        old = ent.label
        ent.label = " ".join(text[s:end].split())
        ent.aliases.add(old)
        ent.mentions = [Span(s, end) if (m.start, m.end) == (s, e) else m for m in ent.mentions]
        spans_of[i] = (s, end, ent)
        if owner is not None:
            ent.add(NFO.ownedBy, owner[2].iri, Span(s, end), RULE)
        changed.append(ent)
    if dropped:
        spans_of[:] = [x for x in spans_of if text[x[0]:x[1]] != dropped.get(id(x[2]))]
    return changed
