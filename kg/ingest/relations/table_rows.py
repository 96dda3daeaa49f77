"""The cells of a table's row relate as its header says (``reading.tables``): a company, a site
or a smaller place named in a row is located in the place the row names under a column headed
by a word of place (``data/table-place-headers.txt``: "Company ... County", "City | Province",
"Enterprise ... City", "User ... Site"; a name printed inside another's is not the cell's), rule ``table:row-place``. Of two place columns the smaller place is
taken ("City | Province": the city); a place no smaller than the column's ("Province" under
"City") is not placed in it; of a cell that names a site and its owner ("X Co., Ltd., Yantai
smelter") the site is placed, not its owner, and of a row that names a site or project
that is what is placed ("| Block | Winner | County |"). A row's site or project is owned by the
organisation the row names under a column of owners (``data/table-owner-headers.txt``: "| Block
| Winner |", "| Station | Run by |"; ``data/table-owner-name-headers.txt``: "| Works | Company |",
"Company (city)"), rule ``table:row-owner``. Each cell is looked up once among the draft's names, by bisection:
linear in the number of cells."""
from __future__ import annotations

import bisect
import re
from collections import Counter

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.names.cell_names import header_class
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.names.patent_rows import RULE as PATENT_RULE, patent_columns
from kg.ingest.names.product_columns import RULE as PRODUCT_RULE, product_columns
from kg.ingest.reading.table_model import header_words, headed
from kg.ingest.reading.tables import tables
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "table:row-place"
OWNER_RULE = "table:row-owner"
MAKER_RULE = "table:row-maker"
HOLDER_RULE = "table:row-patentee"
# how small a place is: a place is located only in a larger one
_RANK = {"Country": 0, "Province": 1, "City": 2, "County": 3}
# in a column of places, a district ("Region") is as large as a county, a zone or park a site
# smaller: only what no column of places names (a project, a company) is located in them
_PLACE_RANK = {**_RANK, "Region": 3, "Place": 4, "Site": 4}
_THINGS = ("org", "project")


def _is_place_column(header: str) -> bool:
    stops = words("table-place-header-stops")
    return headed(header, words("table-place-headers")) and not any(
        w.strip(".:()/").lower() in stops for w in header.split())


_BRACKET = re.compile(r"\([^()]*\)")


def _is_owner_column(header: str, alone: bool = True) -> bool:
    """A header whose first or last word names the owner ("Owner", "Operator"), that opens
    with a participle of running or owning and "by" ("Run by", "Operated by / supported by"), or
    that ends, a bracket aside, in "Company" or "Enterprise" ("Company (city)"), ``alone``: not
    one of two headers over one column ("Company / person met": a column of people met too)."""
    heads = words("table-owner-headers")
    if headed(header, heads) or " ".join(header_words(header)[:2]) in heads:
        return True
    bare = header_words(_BRACKET.sub(" ", header))
    return alone and bool(bare) and bare[-1] in words("table-owner-name-headers")


def _owners(text, row, owner_cols, place_cols, names_in, kind_of) -> None:
    """A row's site or project is owned by the organisation its row names under an owner's
    column ("| Block | Winner |"), or by each of two or three it joins by "and" ("A and B": a
    project built jointly); a site in a column of places is where the row's thing is, not a
    thing owned."""
    owners, owned = [], []
    for c in row.cells:
        found = _found(c, names_in, text)
        if c.col in owner_cols:
            owners += [e for e in found if kind_of(e.cls) == "org"]
        elif c.col not in place_cols:
            owned += [e for e in found if str(e.cls).endswith(("#Site", "#Project"))]
    if not owners or len(owners) > 3 or len(owners) > 1 and not _joined(text, row, owner_cols,
                                                                           names_in, kind_of):
        return
    for ent in owned:
        for owner in owners:
            ent.add(NFO.ownedBy, owner.iri, Span(row.start, row.end), OWNER_RULE)


def _makers(text, row, prod_cols, maker_cols, names_in, kind_of, minted=PRODUCT_RULE,
            pred=NFO.producedBy, rule=MAKER_RULE) -> None:
    """A row's product (minted from its cell under a column of products) is made by the organisations its row names
    under the makers' column ("| Product | Winner |", "| Exhibitor | Exhibits |"; up to three:
    "A; B" both make a product group), rule ``table:row-maker``
    (:mod:`kg.ingest.names.product_columns`). So is a patent (``minted`` by
    :mod:`kg.ingest.names.patent_rows`) held (``pred`` ``nfo:ownedBy``, ``rule``
    ``table:row-patentee``) by the organisations under its column of patentees."""
    makers, products = [], []
    for c in row.cells:
        found = _found(c, names_in, text)
        if c.col in maker_cols:
            makers += [e for e in found if kind_of(e.cls) == "org"]
        elif c.col in prod_cols:
            products += [e for e in found if e.rule == minted]
    if not makers or len(makers) > 3:
        return
    for ent in products:
        for maker in makers:
            ent.add(pred, maker.iri, Span(row.start, row.end), rule)


# a cell that says its row has no such thing, or had it once ("Not in X", "none", "formerly X")
_NO_VALUE = re.compile(r"[ \t]*(?:not|no(?![ \t]*\.|[ \t]*\d)|none|nil|n/a|excluding|except|"
                       r"formerly|former|previously)\b", re.I)


def _found(c, names_in, text=None) -> list:
    """The names in cell ``c``: each inside one of its lines, or, in a cell of the last
    column, from one line into the next ("Baoji Qinling Titanium" over "Co., Ltd."). None
    (with ``text``) in a cell that denies its value ("Not in X", "none (A withdrew)"), nor in a
    bracket after the value ("B (A withdrew)": a note)."""
    if text is not None and c.spans:
        if _NO_VALUE.match(text, c.spans[0][0]):
            return []
        out, depth, last = [], 0, c.spans[0][0]
        for a, b in c.spans:
            for at, ent in names_in(a, b, at=True):
                if at > last:       # (each stretch of the cell counted once: linear)
                    depth += text.count("(", last, at) - text.count(")", last, at)
                    last = at
                if depth <= 0:
                    out.append(ent)
    else:
        out = [ent for a, b in c.spans for ent in names_in(a, b)]
    if len(c.spans) > 1:
        seen = {id(e) for e in out}
        out += [ent for ent in names_in(c.spans[0][0], c.spans[-1][1], across=True)
                if id(ent) not in seen]
    return out


def _joined(text, row, owner_cols, names_in, kind_of) -> bool:
    """Whether the owners' cell holds nothing but their names joined by "and", "&" or
    commas."""
    for c in row.cells:
        if c.col not in owner_cols:
            continue
        rest = " ".join(text[a:b] for a, b in c.spans)
        pieces = [" ".join(text[m.start:m.end].split()) for ent in _found(c, names_in)
                  if kind_of(ent.cls) == "org" for m in ent.mentions
                  if c.start <= m.start and m.end <= c.end]
        for piece in sorted(pieces, key=len, reverse=True):
            rest = rest.replace(piece, " ", 1)
        if rest.replace(",", " ").replace("&", " ").replace(" and ", " ").strip():
            return False
    return True


def place_columns(t) -> set:
    """The columns of places: headed by a word of ``data/table-place-headers.txt``, or, in a
    table of projects, by "Site" ("| Project | Site | Owner |": where each is built)."""
    cols = {k for k, (_, _, h) in enumerate(t.header) if _is_place_column(h)}
    if any(header_class(h) == "Project" for _, _, h in t.header):
        cols |= {k for k, (_, _, h) in enumerate(t.header)
                 if headed(h, frozenset(("site", "sites")))}
    return cols


def table_rows(draft, spans_of, kind_of) -> None:
    text = draft.text
    tabs = tables(text)
    if not tabs:
        return
    # (a name printed inside another's name is no cell's name of its own: "Yulin Energy Group"
    # in "Yulin Energy Group Jinjie Magnesium Alloy Co., Ltd.")
    nested = plain_containers(spans_of)
    spans = [(a, b, e) for a, b, e in spans_by_start_longest(spans_of)
             if (a, b, id(e)) not in nested]
    starts = [a for a, _, _ in spans]

    def names_in(s: int, e: int, across: bool = False, at: bool = False) -> list:
        """The names inside ``s``..``e`` (``at``: with where each starts)."""
        i = bisect.bisect_left(starts, s)
        out = []
        while i < len(spans) and spans[i][0] < e:
            if spans[i][1] <= e and (not across or "\n" in text[spans[i][0]:spans[i][1]]):
                out.append((spans[i][0], spans[i][2]) if at else spans[i][2])
            i += 1
        return out

    for t in tabs:
        prod_cols, maker_cols = product_columns(t)
        for row in t.rows if maker_cols else ():
            _makers(text, row, prod_cols, maker_cols, names_in, kind_of)
        _, title_col, holder_cols = patent_columns(t)
        for row in t.rows if holder_cols else ():
            _makers(text, row, {title_col}, holder_cols, names_in, kind_of,
                    PATENT_RULE, NFO.ownedBy, HOLDER_RULE)
        over = Counter((a, b) for a, b, _ in t.header)     # (headers sharing one column)
        owner_cols = {k for k, (a, b, h) in enumerate(t.header)
                      if _is_owner_column(h, over[(a, b)] == 1)}
        place_cols = place_columns(t)
        if owner_cols:
            for row in t.rows:
                _owners(text, row, owner_cols, place_cols, names_in, kind_of)
        if not place_cols:
            continue
        for row in t.rows:
            places, things = [], []
            for c in row.cells:
                found = _found(c, names_in, text)
                if any(str(ent.cls).endswith("#Site") for ent in found):
                    # "X Co., Ltd., Yantai smelter": the site is where the row says, its owner
                    # may be anywhere
                    found = [ent for ent in found if str(ent.cls).endswith("#Site")]
                for ent in found:
                    cls = str(ent.cls).rsplit("#", 1)[-1]
                    if c.col in place_cols and cls in _PLACE_RANK:
                        places.append(ent)
                    if c.col not in place_cols or cls in _RANK:
                        things.append(ent)
            if not places:
                continue
            sites = [e for e in things if str(e.cls).endswith(("#Site", "#Project"))]
            if sites:
                things = sites      # "| Block | Winner | County |": the block is there
            for ent in things:
                cls = str(ent.cls).rsplit("#", 1)[-1]
                rank = _RANK.get(cls)
                if rank is None and kind_of(ent.cls) not in _THINGS and cls != "Site":
                    continue
                fits = [p for p in places if p is not ent and (rank is None or _PLACE_RANK[
                    str(p.cls).rsplit("#", 1)[-1]] < rank)]
                if not fits:
                    continue
                where = max(fits, key=lambda p: _PLACE_RANK[str(p.cls).rsplit("#", 1)[-1]])
                if any(p == NFO.locatedIn and o == where.iri for p, o, *_ in ent.statements):
                    continue
                ent.add(NFO.locatedIn, where.iri, Span(row.start, row.end), RULE)
