"""Award grants listed in a table under a title that says whose list it is: a publicity, list or
roll of the (proposed) recipients, winners, awardees or selected persons of an award, a prize, a
title, a programme or a fund ("Publicity of the Proposed Selected Persons of the 2026 "X
Talents" Programme", "PUBLICITY OF THE PROPOSED RECIPIENTS OF THE 2026 REWARD AND SUBSIDY FUNDS
FOR ...", "List of Winners of the Y Science and Technology Award"), as Chinese public notices
print them. The award is what the title names after "of" (its bracketed round or batch left out):
the draft's award of that name, else a new ``nfo:Award`` (rule ``award:titled-list``). Each row of
the first table after the title gives one ``nfo:AwardGrant`` (rule ``award:titled-row@0.5``): the
person the row names, else the organisation that opens the row's first cell naming one; under a
column of names ("Name", "Winner") only what that column names (a row whose name the draft did
not read gives none, not the person's employer).

The title is looked for in the text's first lines only (``_HEAD_LINES``); each row's cells are
looked up once by bisection among the draft's names: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.reading.called_off import struck
from kg.ingest.model import Entity, Span
from kg.ingest.reading.tables import tables
from kg.ingest.relations.affiliations import grant_node
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:titled-row@0.5", 0.5
AWARD_RULE = "award:titled-list"
_HEAD_LINES = 12
# the title's opening: whose list it is, then "of (the)" and the award's name to the title's end
_TITLE = re.compile(
    r"\b(?:publicity|list|roll|register|announcement|notice)\s+(?:of|on)\s+(?:the\s+)?"
    r"(?:(?:proposed|intended|shortlisted|final|selected|approved)\s+)?"
    r"(?:recipients?|winners?|awardees?|laureates|honou?rees|beneficiaries|grantees|"
    r"selected\s+(?:persons|people|individuals|candidates|enterprises|units|teams|projects)|"
    r"candidates\s+selected)\s+(?:of|for)\s+(?:the\s+)?", re.I)
# the award's head word: what the title names is given to its recipients
_GIVEN = re.compile(r"\b(?:award|awards|prize|prizes|medal|medals|title|titles|honou?rs?|"
                    r"programme|program|plan|fund|funds|scholarships?|fellowships?|grants?|"
                    r"subsid(?:y|ies)|rewards?|talents?)\b", re.I)
_NAME_HEADERS = frozenset({"name", "names", "full name", "recipient", "recipients", "winner",
                           "winners", "awardee", "awardees", "candidate", "person", "laureate"})
_ROUND = re.compile(r"\s*\([^()]{0,80}\)\s*$")


def head_paragraphs(text: str, count: int = _HEAD_LINES):
    """(start, end, paragraph's end) of each of the text's first ``count`` non-blank lines: a
    title's paragraph is its line and the next two non-blank ones at most."""
    pos, n = 0, 0
    while pos < len(text) and n < count:
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if text[pos:le].strip():
            n += 1
            end, k = le, 0
            while k < 2 and end + 1 < len(text) and text[end + 1:end + 2] not in ("\n", ""):
                nxt = text.find("\n", end + 1)
                end = len(text) if nxt < 0 else nxt
                k += 1
            yield pos, le, end
        pos = le + 1


def winners_title(text: str):
    """(start, end) of the award's name in a title among the text's first lines, or None."""
    for pos, le, end in head_paragraphs(text):
        m = _TITLE.search(text, pos, le)
        if m is not None:
            name = text[m.end():min(end, m.end() + 300)]     # (a title, not a page)
            cut = _ROUND.search(name)
            stop = m.end() + (cut.start() if cut else len(name.rstrip()))
            if _GIVEN.search(text, m.end(), stop):
                return m.end(), stop
    return None


def award_label(raw: str) -> str:
    """A title's award name as a label: no quotes, single spaces, a title in capitals in title case."""
    label = " ".join(raw.replace('"', " ").replace("“", " ").replace("”", " ").split())
    if label.isupper():
        small = {"of", "and", "for", "the", "in", "on", "to", "a"}
        label = " ".join(w.lower() if i and w.lower() in small else w.capitalize()
                         for i, w in enumerate(label.split()))
    return label


def titled_grants(draft, spans_of, kind, minter) -> None:
    text = draft.text
    got = winners_title(text)
    if got is None:
        return
    a, b = got
    found = [t for t in tables(text) if t.start > b]
    if not found:
        return
    rows = table_recipients(text, found[0], spans_of, kind)
    if len(rows) < 2:
        return      # (a list of one is no list)
    award, _ = award_named(draft, minter, award_label(text[a:b]), Span(a, b), AWARD_RULE)
    grant_rows(draft, minter, award, rows, RULE, CONFIDENCE)


def award_named(draft, minter, label: str, span: Span, rule: str):
    """(the draft's award of ``label``, whatever its case, else a new ``nfo:Award`` of it with
    ``span`` as its mention entered in the draft; whether it is new)."""
    award = next((ent for ent in draft.entities.values() if ent.cls == NFO.Award
                  and ent.label.lower() == label.lower()), None)
    if award is not None:
        return award, False
    award = Entity(minter.mint(label), NFO.Award, label, False, rule, 0.5)
    award.mentions.append(span)
    draft.entities[award.iri] = award
    return award, True


def table_recipients(text: str, table, spans_of, kind) -> list:
    """[(row, (start, end, recipient))]: each row's recipient, not struck out: the person the row
    names, else the organisation that opens the row's first cell naming one; under a column of
    names ("Name", "Winner") only what that column names."""
    names = sorted((s, e, ent) for s, e, ent in spans_of
                   if not ent.role and kind(ent) in ("person", "org"))
    starts = [x[0] for x in names]
    # a column of the recipients' names ("Name", "Winner"): only what it names is a recipient
    named = {i for i, h in enumerate(table.header)
             if " ".join(h[2].lower().strip(" .:").split()) in _NAME_HEADERS}
    rows = []
    for row in table.rows:
        if struck(text, row.start, row.end):   # withdrawn, disqualified
            continue    # ("3   A   disqualified", "(withdrawn)": no winner)
        people, orgs = [], []
        for cell in sorted(row.cells, key=lambda c: c.col):
            if named and cell.col not in named:
                continue
            k = bisect.bisect_left(starts, cell.start)
            while k < len(names) and names[k][0] < cell.end:
                x = names[k]
                if kind(x[2]) == "person":
                    people.append(x)
                elif x[0] == cell.start and not orgs:
                    orgs.append(x)
                k += 1
        rec = people[0] if len({id(p[2]) for p in people}) == 1 else (
            orgs[0] if not people and orgs else None)
        if rec is not None:
            rows.append((row, rec))
    return rows


def grant_rows(draft, minter, award, rows, rule: str, conf: float) -> None:
    """One ``nfo:AwardGrant`` of ``award`` per row's recipient (``rows`` as
    :func:`table_recipients` gives them; the row is its evidence); not a recipient the draft
    already grants that award."""
    made = {(o, aw) for ent in draft.entities.values() if ent.cls == NFO.AwardGrant
            for p, o, *_ in ent.statements if p == NFO.recipient
            for q, aw, *_ in ent.statements if q == NFO.award}
    for row, (s, e, rec) in rows:
        if (rec.iri, award.iri) in made:
            continue
        made.add((rec.iri, award.iri))
        span = Span(row.start, row.end)
        node = grant_node(minter, award.label, award.label, rec, rule, conf, span)
        node.add(NFO.award, award.iri, span, rule)
        node.add(NFO.recipient, rec.iri, span, rule)
        draft.entities[node.iri] = node
