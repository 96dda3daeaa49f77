"""Posts printed in a table's row (``reading.tables``: header, rows, cells wrapped over lines),
the person's name filling one cell of the row and the post read from the cells its header names:

* a column of posts (``data/table-post-headers.txt``: "Post", "Position", "Title", "Appointed
  to", "Removed from", or one of them qualified after it: "Post during the posting"): its cell opens with a role (``data/roles.txt``, or at most four words
  ending in a job's head word, :func:`house_posts.job_words`); the organisation is the one named
  after it in the cell ("Director, No. 2 Refinery", "Professor of X University": a site whose
  name ends in a workplace's word, ``data/employer-site-heads.txt``, is one), else the one
  filling the row's column of employers, else, for a role of a whole company (``data/company-
  head-roles.txt``: "Deputy General Manager"), the document's house (:mod:`house_org`) when
  that is a company (not a bureau reporting on one);
* a column of employers (``data/table-employer-headers.txt``: "Unit", "Affiliation", "Work
  unit", "Employer") whose cell opens with an organisation and gives the role in brackets after
  it ("X Co., Ltd. (general manager)", "Y University (professor; part-time at the Z Institute)":
  a second post in the organisation after "at" / "of" / "in" in the brackets);
* a person's cell that gives the role after the name ("A, mine manager", "Ms. B, Export Sales
  Manager", "C (safety engineer)" in brackets that close the cell, the role perhaps wrapped
  onto the cell's next line), under any header: the
  organisation is the one the cell names after the role ("C, Head of Purchasing, X Co.,
  Ltd."), else the one that opens the cell before the name ("Y Group; Mr. D, Sales Director"),
  else the one organisation that opens another cell of the same row (its "Company" cell); a
  row with two such organisations, or a role followed by words that name none ("head of the
  town safety office"), gives none (:func:`_named_role`).

The organisation of a cell is the draft's organisation named at the cell's place (a mention
starting there), or else whose name the cell's words (its lines joined) open with: a name
wrapped over two lines of its cell is still read. A row of two people or none, a cell of "(none)",
a role of the stop lists (an editor, a chair), a row struck from the list (a word of
``data/called-off-marks.txt``: "withdrawn", "revoked") give no post; nor does a person in a
column of someone else (``data/table-other-person-headers.txt``: "Contact", "Referee"). Rule ``post:table-row@0.5``. Each row's
cells are looked up once, by bisection among the draft's names: linear in the table's size."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, phrases, words
from kg.ingest.model import Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.tables import tables
from kg.ingest.relations.house_org import house
from kg.ingest.relations.house_posts import job_words
from kg.ingest.relations.post_nodes import make_post, role_rx
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "post:table-row@0.5"

# after a role in its cell: the organisation's link (", ", " of the ", " at ")
_LINK = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?|[ \t]+(?:of|at|in)[ \t]+(?:the[ \t]+)?")
# a role the roles list lacks: up to four words before ",", ";", "(", ")", " of ", " at " or the end
_JOB = re.compile(r"[A-Za-z][A-Za-z&/-]*(?:[ \t][A-Za-z&/-]+){0,3}?"
                  r"(?=[ \t]*(?:[,;()]|$)|[ \t]+(?:of|at|in)[ \t])")
# a second post in the brackets: "part-time at the X Institute", "also adviser to Y"
_ALSO_AT = re.compile(r"[;,][ \t]*(?P<role>(?:[A-Za-z-]+[ \t]){0,3}?[A-Za-z-]+)[ \t]+"
                      r"(?:at|of|in|to)[ \t]+(?:the[ \t]+)?")
_NONE = re.compile(r"\(?(?:none|n/?a|-+|—|–)\)?\.?\Z", re.I)


@lru_cache(maxsize=1)
def _heads():
    post = phrases("table-post-headers")
    employer = phrases("table-employer-headers")
    return post, employer, phrases("table-other-person-headers")


@lru_cache(maxsize=1)
def _company_roles() -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(lines("company-head-roles"), key=len, reverse=True))
    return re.compile(rf"(?:(?:executive|first|deputy|vice)[ -])*(?:{alts})", re.I)


def _header(h: str) -> str:
    return " ".join(h.lower().strip(" :.").split())


# a post column's header with a qualifier after its head: "Post during the posting", "Position
# in the company", "Title after appointment"
_QUALIFIED = re.compile(r"(?P<head>[a-z]+(?: [a-z]+)?) (?:during|in|at|after|upon|on|from|"
                        r"since|while)\b.*")


def _post_header(h: str, heads) -> bool:
    """Whether ``h`` heads a column of posts: one of ``heads``, or one qualified after it."""
    h = _header(h)
    if h in heads:
        return True
    m = _QUALIFIED.fullmatch(h)
    return m is not None and m.group("head") in heads


class _Cell:
    """A cell's lines joined by one space, and where each joined character is in the text."""

    def __init__(self, text, cell):
        parts, at = [], []
        for s, e in cell.spans:
            if parts:
                parts.append(" ")
                at.append(s)
            parts.append(text[s:e])
            at.extend(range(s, e))
        self.words = "".join(parts)
        self.at = at
        self.start, self.end = cell.start, cell.end

    def pos(self, i: int) -> int:
        return self.at[i] if i < len(self.at) else self.end


def role_at(s: str, i: int, roles):
    """(role, end) of the role that opens ``s`` at ``i``, or None."""
    r = roles.match(s, i)
    if r is not None and not (r.end() < len(s) and s[r.end()].isalpha()):
        end = r.end()
        # "Deputy Director" in the list, "Deputy Director General" read whole as a job
        j = _JOB.match(s, i)
        if j is not None and j.end() > end and job_words(j.group(0)):
            return j.group(0), j.end()
        if job_words(r.group(1)) or r.group(1).lower() in _listed():
            return r.group(1), end
    j = _JOB.match(s, i)
    if j is not None and job_words(j.group(0)):
        return j.group(0), j.end()
    return None


def _listed() -> frozenset:
    return phrases("roles")


_ABBREV = re.compile(r"\bdept\b\.?")


def _norm(s: str) -> str:
    """Lower case, spaces single, "Dept." as "department" (a cell's short form of a name)."""
    return _ABBREV.sub("department", " ".join(s.lower().replace("’", "'").split()))


def _workplace(ent) -> bool:
    """A site people hold posts in: its name ends in a workplace's word ("No. 2 Refinery")."""
    return ent.cls == NFO.Site and (ent.label.split() or [""])[-1].lower() in words("employer-site-heads")


def _raw_length(raw: str, name: str) -> int:
    """How many characters of ``raw`` print the normalised ``name`` it opens with."""
    for j in range(max(1, len(name) - 8), min(len(raw), len(name) + 40) + 1):
        if _norm(raw[:j]) == name and (j == len(raw) or not raw[j].isalnum()):
            return j
    return len(name)


def table_posts(draft, minter, spans_of, kind) -> None:
    text = draft.text
    if "  " not in text and "|" not in text:
        return
    found = tables(text)
    if not found:
        return
    post_heads, employer_heads, other_heads = _heads()
    plain = [x for x in spans_by_start(spans_of) if not x[2].role]
    starts = [x[0] for x in plain]
    orgs = [x for x in plain if x[2].kind == "org"]
    by_name = {}
    for ent in {id(x[2]): x[2] for x in plain}.values():
        if ent.kind == "org" or _workplace(ent):
            for n in [ent.label, *getattr(ent, "aliases", ())]:
                if n and len(n) > 3:
                    n = _norm(n)
                    by_name.setdefault(n.split()[0], {}).setdefault(n, ent)
    roles = role_rx()
    home = [False, None]

    def the_house():
        if not home[0]:
            home[:] = [True, house(text, orgs)]
        return home[1]

    def at(c: _Cell, i: int, places=False):
        """The organisation named in the cell at joined offset ``i``."""
        p = c.pos(i)
        k = bisect.bisect_left(starts, p)
        best = None
        while k < len(plain) and plain[k][0] == p:
            ent = plain[k][2]
            if ent.kind == "org" or (places and _workplace(ent)):
                if best is None or plain[k][1] > best[1]:
                    best = plain[k]
            k += 1
        rest = _norm(c.words[i:i + 160])
        named = None
        for n, ent in by_name.get(rest.split()[0] if rest.split() else "", {}).items():
            if rest.startswith(n) and (len(rest) == len(n) or not rest[len(n)].isalnum()) \
                    and (ent.kind == "org" or places) \
                    and (named is None or len(n) > len(named[0])):
                named = (n, ent)
        if named is not None and (best is None or len(named[0]) > best[1] - best[0]):
            return named[1], _raw_length(c.words[i:i + 160], named[0])
        if best is not None:
            return best[2], best[1] - best[0]
        return None

    org_starts = [x[0] for x in orgs]

    def orgs_within(a, b):
        """The organisations named within text[a:b]."""
        k = bisect.bisect_left(org_starts, a)
        while k < len(orgs) and orgs[k][0] < b:
            if orgs[k][1] <= b + 40:        # (a name wrapped onto the cell's next line)
                yield orgs[k]
            k += 1

    for table in found:
        post_cols = {i for i, h in enumerate(table.header) if _post_header(h[2], post_heads)}
        employer_cols = {i for i, h in enumerate(table.header) if _header(h[2]) in employer_heads}
        # (a column of someone else: "Contact", "Referee": not the row's person)
        others = {i for i, h in enumerate(table.header) if _header(h[2]) in other_heads}
        for row in table.rows:
            if struck(text, row.start, row.end):
                continue    # ("appointment withdrawn", "(revoked)": a row struck from the list)
            people = []
            for cell in row.cells:
                if cell.col in others:
                    continue
                for a, b in cell.spans:     # (a wrapped cell's lines, not the cells between)
                    k = bisect.bisect_left(starts, a)
                    while k < len(plain) and plain[k][0] < b:
                        if plain[k][2].kind == "person":
                            people.append((cell, plain[k]))
                        k += 1
            if len({id(p[1][2]) for p in people}) != 1:
                continue
            name_cell, (ps, pe, person) = people[0]
            if name_cell.col not in post_cols:
                _named_role(text, row, name_cell, ps, pe, person, at, orgs_within, roles,
                            lambda org, role, end: make_post(draft, minter, person, org, role,
                                                             Span(ps, end), RULE, 0.5))
            if not post_cols and not employer_cols:
                continue
            if name_cell.col in post_cols or name_cell.col in employer_cols \
                    or ps != name_cell.start:
                continue
            employer = None
            for cell in row.cells:
                if cell.col in employer_cols:
                    c = _Cell(text, cell)
                    got = at(c, 0)
                    if got is not None:
                        employer = (c, got)
                        break
            for cell in row.cells:
                if cell.col not in post_cols:
                    continue
                c = _Cell(text, cell)
                if _NONE.match(c.words.strip()):
                    continue
                r = role_at(c.words, 0, roles)
                if r is None:
                    continue
                role, end = r
                org = None
                link = _LINK.match(c.words, end)
                if link is not None:
                    got = at(c, link.end(), places=True)
                    org = got[0] if got else None
                if org is None and employer is not None:
                    org = employer[1][0]
                if org is None and _company_roles().fullmatch(" ".join(role.split())):
                    org = the_house()   # (a company's: not a bureau reporting on one)
                    org = org if org is not None and org.cls == NFO.Company else None
                if org is not None and org is not person:
                    make_post(draft, minter, person, org, role, Span(ps, c.end), RULE, 0.5)
            if employer is None or post_cols:
                continue
            c, (org, n) = employer
            rest = c.words[n:]
            lead = len(rest) - len(rest.lstrip())
            if rest[lead:lead + 1] not in ("(", ","):
                continue        # (the role in brackets, or after a comma: "X Co., Ltd., engineer")
            i = n + lead + 1
            r = role_at(c.words, i, roles)
            if r is None:
                continue
            make_post(draft, minter, person, org, r[0], Span(ps, c.pos(r[1])), RULE, 0.5)
            close = c.words.find(")", r[1])
            also = _ALSO_AT.match(c.words, r[1], close if close > 0 else len(c.words))
            if also is not None:
                got = at(c, also.end())
                if got is not None and got[0] is not org:
                    make_post(draft, minter, person, got[0], also.group("role"),
                              Span(ps, c.pos(also.end() + got[1])), RULE, 0.5)


# before the name in its cell: a courtesy title ("Ms. A, ..."); after it, the role's comma
_COURTESY = re.compile(r"(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor)\.?[ \t]+)?\Z")
_ROLE_COMMA = re.compile(r"[ \t]*(?:,|(?P<br>\())[ \t]*")
# a role in brackets after the name closes its cell: "A (safety engineer)"
_BRACKET_END = re.compile(r"[ \t]*\)[ \t.;]*\Z")
# what may end a cell after its role: nothing, or a full stop
_CELL_END = re.compile(r"[ \t.;]*\Z")
# between the organisation that opens a cell and the person it names next
_ORG_SEMI = re.compile(r"[ \t]*[;:][ \t]*")


def _named_role(text, row, name_cell, ps, pe, person, at, orgs_within, roles, post) -> None:
    """The post a person's cell gives after the name ("A, mine manager"), in the organisation
    the cell or its row ties to it (see the module's note): ``post(org, role, end)``."""
    c = _Cell(text, name_cell)
    i = bisect.bisect_left(c.at, ps)
    j = bisect.bisect_left(c.at, pe)
    if i >= len(c.at) or c.at[i] != ps:
        return
    before = c.words[:i]
    lead = None
    if before.strip():
        got = at(c, len(before) - len(before.lstrip()))
        if got is None:
            return
        k = len(before) - len(before.lstrip()) + got[1]
        semi = _ORG_SEMI.match(c.words, k)
        if semi is None or not _COURTESY.match(c.words[semi.end():i]):
            return
        lead = got[0]
    elif not _COURTESY.match(before.lstrip()):
        return
    comma = _ROLE_COMMA.match(c.words, j)
    if comma is None:
        return
    r = role_at(c.words, comma.end(), roles)
    if r is None:
        return
    role, end = r
    org = None
    if comma.group("br"):
        # ("A (safety engineer)", the bracket perhaps wrapped onto the cell's next line: the
        # organisation is the row's, never one inside the brackets)
        if not _BRACKET_END.match(c.words, end):
            return
    elif not _CELL_END.match(c.words, end):
        link = _LINK.match(c.words, end)
        got = at(c, link.end()) if link is not None else None
        if got is None or not _CELL_END.match(c.words, link.end() + got[1]):
            return      # ("head of the town safety office": a unit the draft does not name)
        org = got[0]
    if org is None:
        org = lead
    if org is None:
        found, opening = [], []
        for cell in row.cells:
            if cell is name_cell:
                continue
            got = at(_Cell(text, cell), 0)
            named = [got[0]] if got is not None else []
            if got is not None:
                opening.append(got[0])
            for a, b in cell.spans:
                named += [x[2] for x in orgs_within(a, b)]
            for x in named:
                if all(x is not y for y in found):
                    found.append(x)
        if len(found) != 1 or not opening:
            return      # (no organisation filling a cell of the row, or two: which is unclear)
        org = found[0]
    if org is not person:
        post(org, role, c.pos(end))
