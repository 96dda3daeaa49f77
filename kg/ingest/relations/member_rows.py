"""The members a published list prints one a row: the text's own notice or catalogue (the one
its title block names: "Notice on Publishing the 2026 List of Leading Enterprises",
"Announcement on the Testing Institutions Granted Qualification Approval", "Publicity of the
Second Batch of Job-Stabilisation Refunds") ``nfo:includes`` the firm or body each row of a table
in its body is about ("No. | Enterprise | City | Pilot theme": the enterprise, its name perhaps
wrapped over two lines of its cell), as data/CURATION.md's "Published lists" records a list of
members. Rule ``document:listed-row-member@0.5``.

The row's subject is :mod:`row_reader`'s (the first column whose header names a thing), and it
must be the table's first column after those that only number or place the rows
(``data/list-number-headers.txt``: "No.", "Rank", "Booth"): "| Rank | Account | Enterprise |"
lists accounts, "| No. | City | Enterprise |" the findings of a city's check; that first column
may also be headed by the part its firms play in the list (``data/list-member-headers.txt``:
"| No. | Carrier | Permit No. |"), and a header's remark in brackets is left aside ("Enterprise
(name after change)"). The title block
names one such document, or one whose title opens the others' names ("Notice on Publishing the
List of X": the notice, the text itself, holds the rows), a number line of its own above the
title ("Announcement No. 27 [2026]") left aside. Nothing for a notice of funds, of a
gathering or of proposed entries (``data/member-list-refusals.txt``: its rows are recipients of
money, take part in the expo or the ceremony, or belong to the list they are proposed for), nor
out of a table with a column of the firms' works (``data/list-works-headers.txt``: "| Enterprise
| Factory |" lists factories). One pass over the text's tables, each row's subject looked up by
bisection."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.document_itself import title_end
from kg.ingest.lexicon import alternation, words
from kg.ingest.model import Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.table_model import header_words, headed
from kg.ingest.reading.tables import tables
from kg.ingest.relations.row_reader import lookups, row_subject, subject_columns
from kg.ingest.terms import NFO

RULE = "document:listed-row-member@0.5"
_LISTS = ("#Notice", "#Catalogue")


@lru_cache(maxsize=1)
def _refused():
    return re.compile(r"\b(?:" + alternation("member-list-refusals", r"\s+") + r")\b", re.I)


def member_rows(draft, spans_of, kind) -> int:
    """Add ``nfo:includes`` from the text's own list to the firms its tables' rows are about
    (see the module); returns how many."""
    text = draft.text
    tabs = tables(text)
    if not tabs:
        return 0
    end = title_end(text)
    doc = own_list(spans_of, end, _LISTS) or _titled_list(spans_of, end)
    if doc is None or _refused().search(doc.label):
        return 0
    numbering, works = words("list-number-headers"), words("list-works-headers")
    members = words("list-member-headers")
    within = lookups(draft, spans_of)[0]
    n = 0
    for t in tabs:
        if t.start < end:
            continue
        heads = [_REMARK.sub("", h) for _, _, h in t.header]     # "Enterprise (new name)"
        cols = subject_columns(heads)
        first = next((k for k, h in enumerate(heads) if not _numbers(h, numbering)), None)
        if first is not None and first not in cols and headed(heads[first], members):
            cols = [first] + cols   # "| No. | Carrier | Permit No. |": the carriers
        if not cols or any(headed(h, works) for h in heads):
            continue        # (a row about the firm's factory or project: the list holds that)
        # ("| No. | Name | Home unit |": a list of persons, each row's person a member)
        named = first is not None and header_words(heads[first])[-1:] == ["name"]
        for row in t.rows:
            if struck(text, row.start, row.end):
                continue
            subject, col = row_subject(text, row, cols, within)
            if subject is None or col != first or subject is doc \
                    or not (subject.kind == "org" or subject.kind == "person" and named) \
                    or doc.statements.has(NFO.includes, subject.iri):
                continue
            doc.add(NFO.includes, subject.iri, Span(row.start, row.end), RULE)
            n += 1
    return n


def _numbers(header: str, numbering) -> bool:
    """Whether a column headed so only numbers or places its rows ("No.", "#", "Member No.")."""
    ws = header_words(header)
    return not ws or ws[-1] in numbering or not any(c.isalnum() for c in header)


# a header's remark in brackets: "Enterprise (name after change)"
_REMARK = re.compile(r"\s*\([^()]*\)")
# a document named only by its number: "Announcement No. 27", "Notice No. 2026-07"
_NUMBER_ONLY = re.compile(r"(?:[A-Za-z]+\s+){1,2}No\.?\s*[\w-]+", re.I)


def _titled_list(spans_of, end: int):
    """The title block's list when it also names its number as a document of its own
    ("Announcement No. 27 [2026]" over "Announcement of the Results of ..."): the titled one."""
    own = [(s, e, ent) for s, e, ent in spans_of if s < end and not ent.known
           and str(ent.cls).endswith(_LISTS) and not _NUMBER_ONLY.fullmatch(ent.label)]
    return own_list(own, end, _LISTS) if own else None


def own_list(spans_of, end: int, classes: tuple):
    """The list (a new document of one of ``classes``) the title block (up to ``end``) names:
    its only one, or the one whose title opens the others' names ("Notice on Publishing the
    2026 List of X": the notice); else None."""
    own = [(s, e, ent) for s, e, ent in spans_of if s < end and not ent.known
           and str(ent.cls).endswith(classes)]
    if not own:
        return None
    if len({id(x[2]) for x in own}) == 1:
        return own[0][2]
    for s, e, ent in own:
        if all(any(y[2] is x[2] and s < y[0] < e for y in own)
               for x in own if x[2] is not ent):
            return ent
    return None
