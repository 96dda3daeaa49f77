"""Prize winners a contest's results print, and awards printed as a label over their winners.

* A title on the results of a contest ("Notice on the Results of the 4th X Workers' Skills
  Competition", or the contest's name on a title line of its own beside a "Results Bulletin"
  line) names the prizes of that contest. A table after it whose rows say the place or prize
  each winner took (a column headed "Rank", "Prize", "Place", "Pl") or that a heading naming a
  prize opens ("First prizes") lists its winners: each row's winner (the person the row names,
  else the organisation opening its first cell naming one: :func:`titled_grants.table_recipients`)
  gets one ``nfo:AwardGrant`` (rule ``award:contest-row@0.5``) of "Prizes of the <contest>"
  (or "First prize of the <contest>" under such a heading): the draft's award of that name,
  else a new ``nfo:Award`` (rule ``award:contest-prizes``) conferred by the document's issuers
  (its ``nfo:issuedBy``), else by its house.
* A line that prints an award as a label over its winners ("Excellent Organisation Award:
  A Co., Ltd.; B Group", "- Best organisation: C Group" under a heading "Team awards"): each
  organisation or person that opens a piece of the value (after the colon, a ";", a "," or
  "and") wins the award the label names (the draft's award printed there, else a new one
  labelled as printed; rule ``award:award-line@0.5``), given by the same givers. The label is
  an award's when it ends in an award's head word (award, prize, medal) and has a word before
  it ("Award:" alone is a field), or when the line is an item under a heading of awards
  (``data/contest-results.txt``); not a label opening with a rank ("Gold award: A":
  :mod:`award_ranks` reads those).
* A table whose "Award" column prints an award's name the draft did not read ("Best Partner"
  over a column of suppliers): :func:`named_column_grants`, with the metals of the row.

Not a winner the draft already grants that award, nor the award's giver. The words are data
(``data/contest-results.txt``). One pass over the first lines, the tables after the title and
the lines with a colon, each name looked up by bisection: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.tables import tables
from kg.ingest.relations.affiliations import grant_node
from kg.ingest.relations.titled_grants import (_given, _house, award_label, award_named,
                                               grant_rows, head_paragraphs, row_works,
                                               table_recipients)
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:contest-row@0.5", 0.5
AWARD_RULE = "award:contest-prizes"
LINE_RULE = "award:award-line@0.5"
_ALONE_LINES = 4


@lru_cache(maxsize=1)
def _families() -> dict:
    out: dict = {}
    for ln in lines("contest-results"):
        fam, _, words = ln.partition(" ")
        out.setdefault(fam, set()).add(" ".join(words.lower().split()))
    return out


@lru_cache(maxsize=1)
def _patterns():
    heads = "|".join(sorted((re.escape(w).replace(r"\ ", r"\s+") for w in _families()["contest"]),
                            key=len, reverse=True))
    results = re.compile(r"\bresults?\s+of\s+(?:the\s+)?(?=[A-Z0-9\"“])", re.I)
    name = re.compile(r"[^,;:()\[\]\n]{0,150}?\b(?:" + heads + r")\b", re.I)
    alone = re.compile(r"[ \t#*]*((?:the\s+)?[A-Z0-9][\w'’&. -]{2,120}?\b(?:" + heads
                       + r"))[ \t*]*$", re.I)
    return results, name, alone


def contest_title(text: str):
    """(start, end) of the contest's name in a title on its results among the text's first
    lines, or None."""
    results, name, alone = _patterns()
    paras = list(head_paragraphs(text))
    for pos, le, end in paras:
        m = results.search(text, pos, le)
        if m is None:
            continue
        flat = text[:end].replace("\n", " ")     # (the title over its line break)
        got = name.match(flat, m.end())
        if got is not None:
            return m.end(), got.end()
    # the contest's name alone on a title line, beside a line of its results ("Results
    # Bulletin No. 3") among the first few lines: not a document's title ("Notice on the X")
    if any(re.search(r"\bresults\b", text[p:le], re.I) for p, le, _ in paras[:_ALONE_LINES]):
        for p, le, _ in paras[:_ALONE_LINES]:
            got = alone.match(text, p, le)
            if got is not None and len(got.group(1).split()) <= 14 and \
                    not re.search(r"\b(?:on|results?)\b", got.group(1), re.I):
                a = got.start(1)
                if text[a:a + 4].lower() == "the ":
                    a += 4
                return a, got.end(1)
    return None


def _heading_above(text: str, pos: int, items: bool = False) -> tuple[int, int, str]:
    """(start, end, words in lower case) of the last non-blank line before ``pos`` (with
    ``items``: not a list item, so the items of one list share their heading), its marks ("#",
    "*", a section number) left out."""
    le = text.rfind("\n", 0, pos)
    while le > 0:
        ls = text.rfind("\n", 0, le) + 1
        line = text[ls:le]
        if line.strip() and not (items and _ITEM.match(line)):
            m = re.match(r"[ \t#*]*(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]*)?(.*?)[ \t*:：]*$", line)
            return ls + m.start(1), ls + m.end(1), " ".join(m.group(1).lower().split())
        le = ls - 1
    return 0, 0, ""


_PRIZES = re.compile(r"\bprizes?\b", re.I)


def _prizes_word(text: str, pos: int, found) -> Span | None:
    """The first "prize(s)" the text prints after ``pos`` outside its tables, or None."""
    for m in _PRIZES.finditer(text, pos):
        if not any(t.start <= m.start() < t.end for t in found):
            return Span(m.start(), m.end())
    return None


def _givers(draft, spans_of, kind) -> list:
    """Who gives the awards a document prints: the issuers (``nfo:issuedBy``) of the document
    its first lines title (a joint notice's bodies), else its house (:mod:`house_org`)."""
    text = draft.text
    heads = list(head_paragraphs(text))
    if heads:
        top = heads[-1][1]
        by_iri = {e.iri: e for e in draft.entities.values()}
        for ent in draft.entities.values():
            if ent.known or not any(m.start < top for m in ent.mentions):
                continue
            got = [by_iri[o] for p, o, *_ in ent.statements if p == NFO.issuedBy and o in by_iri]
            if got:
                return got
    home = _house(text, spans_of, kind)
    return [home] if home is not None else []


def _with_givers(draft, spans_of, kind, award, span, rule, giver):
    """Give an award that has no giver yet the document's givers (read once, kept in ``giver``);
    return them and the IRIs of the award's givers, whose rows win nothing."""
    if not _given(award):
        if giver is None:
            giver = _givers(draft, spans_of, kind)
        for g in giver:
            award.add(NFO.conferredBy, g.iri, span, rule)
    return giver, {o for p, o, *_ in award.statements if p == NFO.conferredBy}


def contest_grants(draft, spans_of, kind, minter) -> None:
    text = draft.text
    got = contest_title(text)
    if got is None:
        return
    a, b = got
    contest = award_label(text[a:b])
    fam = _families()
    giver = None
    works = row_works(spans_of, kind)
    found = tables(text)
    for t in found:
        if t.start <= b:
            continue
        ranks = [h for h in t.header if " ".join(h[2].lower().strip(" .:").split()) in fam["rank"]]
        hs, he, head = _heading_above(text, t.start)
        prize = head if head in fam["prize"] else None
        if not ranks and prize is None:
            continue
        rows = table_recipients(text, t, spans_of, kind)
        if len(rows) < (1 if prize else 2):
            continue
        if prize is not None:
            rank = prize.split()[0]
            label, span = f"{rank.capitalize()} prize of the {contest}", Span(hs, he)
        else:
            # "Individual results" over the table: the individual prizes
            first = head.split()[0] if head else ""
            kind_of = f"{first.capitalize()} prizes" if first in fam["qualifier"] else "Prizes"
            label = f"{kind_of} of the {contest}"
            # where the text speaks of the prizes ("presented the prizes"), else the column
            span = _prizes_word(text, b, found) or Span(ranks[0][0], ranks[0][1])
        award, _ = award_named(draft, minter, label, span, AWARD_RULE)
        giver, givers = _with_givers(draft, spans_of, kind, award, span, AWARD_RULE, giver)
        rows = [r for r in rows if r[1][2].iri not in givers]
        grant_rows(draft, minter, award, rows, RULE, CONFIDENCE, works)


_ITEM = re.compile(r"[ \t]*(?:[-*•·][ \t]+|\d{1,2}[.)][ \t]+|\(\d{1,2}\)[ \t]*)")
_LINE = re.compile(r"^[ \t]*(?:[-*•·][ \t]+|\d{1,2}[.)][ \t]+|\(\d{1,2}\)[ \t]*)?"
                   r"(?:\*\*)?([A-Z][\w'’ -]{2,80}?)(?:\*\*)?[ \t]*[:：](?:\*\*)?[ \t]*(?=\S)",
                   re.M)
_AWARD_END = re.compile(r"[\w'’-]+[ \t]+[\w'’ -]*\b(?:awards?|prizes?|medals?)$", re.I)
_JOIN = re.compile(r"[ \t\n]*(?:[;,；，]|\band\b)[ \t\n]*(?:and[ \t\n]+)?", re.I)


def award_lines(draft, spans_of, kind, minter) -> None:
    text = draft.text
    if ":" not in text and "：" not in text:
        return
    names = sorted((s, e, ent) for s, e, ent in spans_of
                   if not ent.role and ent.kind in ("person", "org"))
    if not names:
        return
    starts = [x[0] for x in names]
    awards = {(s, e): ent for s, e, ent in spans_of if ent.cls == NFO.Award}
    team, ranks = _families()["team"], _families()["rankcell"]
    giver = None
    for m in _LINE.finditer(text):
        label = " ".join(m.group(1).split())
        ls, le = m.start(1), m.end(1)
        if label.split()[0].lower() in ranks:
            continue        # ("Gold award: A": a rank of an award named elsewhere)
        if _AWARD_END.search(label) is None:
            if not _ITEM.match(text, m.start(), ls) or \
                    _heading_above(text, m.start(), items=True)[2] not in team:
                continue
        # the value, over its wrapped lines: to a blank line, the next item or the next label
        end = _line_end(text, m.end())
        while end < len(text) and end - m.end() <= 300:
            nxt = _line_end(text, end + 1)
            follow = text[end + 1:nxt]
            if not follow.strip() or _ITEM.match(follow) or _LINE.match(follow):
                break
            end = nxt
        wins, pos = [], m.end()
        k = bisect.bisect_left(starts, pos)
        while k < len(names) and names[k][0] == pos and names[k][1] <= end:
            wins.append(names[k])
            j = _JOIN.match(text, names[k][1])
            if j is None or j.end() == names[k][1]:
                break
            pos = j.end()
            k = bisect.bisect_left(starts, pos)
        if not wins:
            continue
        span = Span(m.start(1), end)
        award = awards.get((ls, le))
        if award is None:
            award, _ = award_named(draft, minter, label, Span(ls, le), LINE_RULE)
        giver, givers = _with_givers(draft, spans_of, kind, award, span, LINE_RULE, giver)
        rows = [(_Line(span), w) for w in wins if w[2].iri not in givers]
        grant_rows(draft, minter, award, rows, LINE_RULE, CONFIDENCE)


def _line_end(text: str, pos: int) -> int:
    got = text.find("\n", pos)
    return len(text) if got < 0 else got


class _Line:
    """A line read as one row for :func:`titled_grants.grant_rows` (its evidence)."""
    __slots__ = ("start", "end", "cells")

    def __init__(self, span: Span):
        self.start, self.end, self.cells = span.start, span.end, ()


COLUMN_RULE = "award:column-named@0.5"
_RANK_CELL = re.compile(r"(?:no\.?\s*)?\d{1,3}(?:st|nd|rd|th)?\.?$", re.I)


def named_column_grants(draft, spans_of, kind, minter) -> None:
    """Award grants of a table whose "Award" (or "Prize", "Honour") column prints, in a row, an
    award's name the draft did not read ("Best Partner", "Excellent Supplier" over a column of
    suppliers): the cell's words are the award (the draft's award of that name, else a new
    ``nfo:Award``, rule ``award:column-named@0.5``), given by the document's givers
    (:func:`_givers`), won by the row's recipient (:func:`titled_grants.table_recipients`). A
    cell of a rank ("Gold", "First", "1") names no award (a title or heading names it: other
    rules). The metals the row prints outside any name (what the winner supplied: "aluminium
    alloy crash boxes") are what the grant concerns (``nfo:concernsMetal``), unless the row
    names a work (a product: the metal is the work's). An award's name is two words or more
    ("Excellent" alone is a grade); a table with a column of givers ("Honour / conferred by":
    one person's honours) lists no winners."""
    text = draft.text
    fam = _families()
    heads = fam["column"]
    ranks = fam["rankcell"]
    found = None
    awards = None
    for t in tables(text):
        names = [" ".join(h[2].lower().strip(" .:/").split()) for h in t.header]
        cols = {i for i, h in enumerate(names) if h in heads}
        if not cols or any(h in fam["givercol"] for h in names):
            continue        # (one person's honours and who gave them: no list of winners)
        if awards is None:
            awards = [(s, e) for s, e, ent in spans_of if ent.cls == NFO.Award]
            found = _row_things(spans_of, kind)
        rows = table_recipients(text, t, spans_of, kind)
        for row, rec in rows:
            cell = next((c for c in row.cells if c.col in cols), None)
            if cell is None or any(cell.start <= s < cell.end for s, _ in awards):
                continue
            words = " ".join(text[a:b] for a, b in cell.spans).split()
            label = " ".join(words)
            if len(words) < 2 or not label[:1].isupper() or len(words) > 6 or \
                    label.lower() in ranks or _RANK_CELL.match(label) or \
                    words[0].lower() in ranks and len(words) <= 2:
                continue
            award, _ = award_named(draft, minter, label, Span(cell.start, cell.end),
                                   COLUMN_RULE)
            if not _given(award):
                for g in _givers(draft, spans_of, kind):
                    award.add(NFO.conferredBy, g.iri, Span(t.start, t.end), COLUMN_RULE)
            _grant(draft, minter, award, row, rec, found)


def _row_things(spans_of, kind):
    """(works, metals) of the article, each sorted (start, end, entity): the metals not printed
    inside another name."""
    from kg.ingest.relations.plain_nesting import plain_containers
    nested = plain_containers(spans_of)
    works = sorted((s, e, x) for s, e, x in spans_of
                   if not x.role and x.kind in ("product", "project", "technology"))
    metals = sorted((s, e, x) for s, e, x in spans_of
                    if x.kind == "metal" and (s, e, id(x)) not in nested)
    return works, metals


def _grant(draft, minter, award, row, rec, things) -> None:
    """One grant of ``award`` to the row's recipient (not one the draft holds, nor to the
    award's giver), with the row's metals when it names no work."""
    s, e, who = rec
    givers = {o for p, o, *_ in award.statements if p == NFO.conferredBy}
    if who.iri in givers:
        return
    for ent in draft.entities.values():
        if ent.cls == NFO.AwardGrant and ent.statements.has(NFO.recipient, who.iri) and \
                ent.statements.has(NFO.award, award.iri):
            return
    span = Span(row.start, row.end)
    node = grant_node(minter, award.label, award.label, who, COLUMN_RULE, CONFIDENCE, span)
    node.add(NFO.award, award.iri, span, COLUMN_RULE)
    node.add(NFO.recipient, who.iri, span, COLUMN_RULE)
    works, metals = things
    inside = [x for x in works if row.start <= x[0] < row.end]
    if not inside:
        got = set()
        for ms, me, m in metals:
            if row.start <= ms < row.end and not (s <= ms < e) and m.iri not in got:
                got.add(m.iri)
                node.add(NFO.concernsMetal, m.iri, span, COLUMN_RULE)
    draft.entities[node.iri] = node
