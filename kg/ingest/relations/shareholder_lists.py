"""Shareholders given as a list with their stakes, the way prospectuses, placing announcements and
company profiles print them (:mod:`kg.ingest.relations.shareholders` reads one shareholder named by
the word, :mod:`kg.ingest.relations.holdings` "A holds 60% of X"):

* a heading line that names shareholders or the shareholding, then one holder a line: bullets
  ("* A, 41.3%;", "- A: 20%"), numbers ("1. A  45.20%", "(2) A 8 per cent"), or table rows
  ("A | 3,200 | 45.2%"), an item's line wrapped onto the next;
* the same in running text after the cue: "Shareholders after the placing: A (41.3%), B (12%)",
  "The top three shareholders are A, with 45.2%, B, 20% and C, 8.1%".

Each name (an organisation or a person) that opens an item, or follows a separator inside a
running list, and has a percentage of its own before the next name, holds the company: the one
the heading names ("Shareholders of X", "X's shareholders"), else the one "its" / "the company"
stands for, else the company the article is about (``lead``; a guess, ``@0.5``). Rule
``org:shareholder-table``. A table whose header row, or a heading line right above it, says
its rows are the company's subsidiaries or investees ("Principal Subsidiaries" over "Name of
company | Shareholding": ``data/held-list-heads.txt``) lists what the company holds: the
company is each row's shareholder (rule ``org:holdings-table``). A list ends at the first line
that is neither an item nor wraps one; each line is read once: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.lexicon import lines
from kg.ingest.relations.kinds import kind
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.relations.rows import starting_in
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near
from kg.ingest.reading.caseless import lower_text
from kg.ingest.span_order import spans_by_start_longest

# the cue of a heading or a running list: "shareholders", "shareholding (structure)", "holders of
# the shares", "equity structure", "ownership structure", "cap table"
_CUE = re.compile(r"\b(?:share-?holders?|share-?holdings?|stockholders?|equity\s+structure|"
                  r"ownership\s+structure|cap(?:italisation|italization)?\s+table|"
                  r"holders\s+of\s+(?:the\s+|its\s+)?shares)\b", re.I)
# (no full stop, comma, semicolon or colon in one: read only between them around its words)
_CUE_NEAR = Near(_CUE, ("holder", "holding", "structure", "table"), lower=True, stops=".,;:")
# words after the cue that make it no list of holders ("shareholders' meeting", "shareholder
# approval", "shareholders approved", "returns to shareholders")
_NOT_LIST = re.compile(r"(?:['’]s?)?\s*(?:meetings?|approv\w*|vote[sd]?|voting|agm|egm|"
                       r"general\s+meeting|returns?|dividends?|loans?|letters?|rights|value|"
                       r"agreements?|resolutions?|votes?|equity\s+attributable|will\s+vote)\b",
                       re.I)
# a running list opens after the cue: "are", "include", "were", ":", "is"
_OPENS = re.compile(r"[^\n.;:]{0,80}?(?:\b(?:are|were|include[sd]?|including|is|was|"
                    r"comprise[sd]?|as\s+follows)\b\s*:?|:)[ \t]*", re.I)
_PCT = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b|pct\b)", re.I)
# what opens an item line: a bullet, a number, a bracketed number, a bar
_ITEM = re.compile(r"[ \t]*(?:[*\-•·–—▪◦]|\(?\d{1,2}[.)、]|\(\d{1,2}\)|[a-z][.)]|\|)?[ \t]*")
# between two names of a running list
_SEP = re.compile(r"[^\n;]{0,60}?(?:;|,|\band\b|\n)", re.I)
_MAX_ITEMS = 40
# "former / previous / past shareholders": holders no more
_FORMER = re.compile(r"\b(?:former|previous|past|ex-|original|exiting|departing)\s*(?:[\w-]+\s+){0,2}$",
                     re.I)
# "of its subsidiary X", "of the joint venture X": the company named after the relation noun
_OF = re.compile(r"\s+(?:of|in)\s+(?:(?:the|its|their)\s+(?:(?:wholly[- ]owned|listed|new|"
                 r"main|key|operating|holding)\s+)?(?P<rel>subsidiary|unit|parent|affiliate|"
                 r"joint\s+venture|associate|arm)\s+|the\s+)?", re.I)
_WHOSE = re.compile(r"[ \t]*,\s*whose\s+(?:[\w-]+\s+){0,3}$", re.I)
_COLUMNS = re.compile(r"\||\t|\S {3,}\S")


def shareholder_lists(draft, spans_of, sents, kind, refs=(), lead=None) -> None:
    text = draft.text
    low = lower_text(text)
    if "%" not in text and "per cent" not in low and "percent" not in low and "pct" not in low:
        return
    if not _CUE_NEAR.search(text):
        return
    nested = plain_containers(spans_of)
    names = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of)
             if x.kind in ("org", "person")
             and x.cls not in RELATION_NODES and (s, e, id(x)) not in nested]
    if not names:
        return
    starts = [x[0] for x in names]
    by_start: dict = {}
    for x in names:
        by_start.setdefault(x[0], x)
    refs = sorted(refs, key=lambda r: r[0])
    ref_starts = [r[0] for r in refs]
    done = -1
    for m in _CUE_NEAR.finditer(text):
        if m.start() < done or _NOT_LIST.match(text, m.end()):
            continue
        if _FORMER.search(text, max(0, m.start() - 40), m.start()):
            continue        # "Former shareholders:": holders no more
        ls = text.rfind("\n", 0, m.start()) + 1
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        line = text[ls:le]
        owner, guess, owner_end = _owner(text, names, starts, refs, ref_starts, kind, ls, le, m,
                                         lead)
        if owner is None:
            continue
        rule = "org:shareholder-table" + ("@0.5" if guess else "")
        if len(line.strip()) <= 100 and not _PCT.search(line) and (
                line.rstrip().endswith(":") or text[m.end():le].strip() in ("", ":")
                or _COLUMNS.search(line)):          # (a table's header row: "Holder | Stake")
            # (not "Shareholders of its subsidiary X:": X's holders, X named after "of")
            held = owner_end is None and _held_list(text, ls, le)
            done = _block(text, le, owner, by_start, HELD_RULE + ("@0.5" if guess else "")
                          if held else rule, held)     # a heading: items follow
            continue
        o = _OPENS.match(text, m.end())
        if o is None and owner_end is not None:
            o = _OPENS.match(text, owner_end)       # "of X Co., Ltd. are A, with 52.3%, ..."
        if o is not None and _PCT.search(text, o.end(), sents.bounds(o.end())[1] + 1):
            done = _running(text, o.end(), sents.bounds(o.end())[1], owner, by_start, names,
                            starts, rule)


def _owner(text, names, starts, refs, ref_starts, kind, ls, le, m, lead):
    """The company whose shareholders the cue at ``m`` (line ``[ls, le)``) lists: (entity,
    guessed, where its name ends after "of" or None)."""
    at = m.end()
    of = _OF.match(text, at)
    if of is not None:
        x = _org_at(names, starts, kind, of.end())
        if x is not None:
            return x[2], False, x[1]
        if of.group("rel"):
            return None, True, None     # "of its subsidiary" with no name: whose, unknown
        r = _ref_at(refs, ref_starts, of.end())
        if r is not None:
            return r[2], True, None
    # "X's shareholders", "Its largest shareholders": the possessive before the cue
    before = text[max(ls, m.start() - 40):m.start()]
    # "X, whose largest shareholder is A with 35%": X (relative_holders.py reads it)
    whose = _WHOSE.search(before)
    if whose is not None:
        end = max(ls, m.start() - 40) + whose.start()
        x = next((y for y in starting_in(names, starts, ls, end) if y[1] == end
                  and kind(y[2]) == "org"), None)
        return (x[2], False, None) if x is not None else (None, True, None)
    poss = re.search(r"['’]s?\s+(?:[\w-]+\s+){0,3}$", before)
    if poss is not None:
        end = max(ls, m.start() - 40) + poss.start()
        x = next((y for y in starting_in(names, starts, ls, end) if y[1] == end
                  and kind(y[2]) == "org"), None)
        if x is not None:
            return x[2], False, None
    for r in refs[bisect.bisect_left(ref_starts, ls):bisect.bisect_left(ref_starts, m.start())]:
        return r[2], True, None
    return (lead, True, None) if lead is not None else (None, True, None)


def _org_at(names, starts, kind, pos):
    i = bisect.bisect_left(starts, pos)
    if i < len(names) and names[i][0] == pos and kind(names[i][2]) == "org":
        return names[i]
    return None


def _ref_at(refs, ref_starts, pos):
    i = bisect.bisect_left(ref_starts, pos)
    return refs[i] if i < len(refs) and refs[i][0] == pos else None


HELD_RULE = "org:holdings-table"
_HEADS_BACK = 3         # heading lines above a header row read for what its rows are


@lru_cache(maxsize=1)
def _held_rx() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(lines("held-list-heads")) + r")\b", re.I)


def _held_list(text: str, ls: int, le: int) -> bool:
    """The header row ``text[ls:le]``, or one of the short heading lines right above it (no
    full stop at its end), says its rows are companies the company holds ("Principal
    Subsidiaries" over "Name of company | Shareholding": ``data/held-list-heads.txt``)."""
    if _held_rx().search(text, ls, le):
        return True
    end = ls - 1
    for _ in range(_HEADS_BACK):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line:
            if len(line) > 80 or line.endswith("."):
                break
            if _held_rx().search(line):
                return True
        end = start - 1
    return False


def _block(text, pos, owner, by_start, rule, held=False) -> int:
    """The item lines from ``pos`` (the end of the heading line) on; returns where they end.
    ``held``: the rows are companies the owner holds (each an organisation), not its holders."""
    n = len(text)
    p = pos + 1
    blank_ok = True          # one blank line may stand between the heading and the list
    items = 0
    while p < n and items < _MAX_ITEMS:
        le = text.find("\n", p)
        le = n if le < 0 else le
        line = text[p:le]
        if not line.strip():
            if not blank_ok:
                break
            blank_ok = False
            p = le + 1
            continue
        blank_ok = False
        it = _ITEM.match(text, p)
        # an item's wrapped lines: indented, or not opening with a bullet or number
        end = le
        while end < n:
            nl = text.find("\n", end + 1)
            nl = n if nl < 0 else nl
            nxt = text[end + 1:nl]
            if not nxt.strip() or not nxt[:1].isspace() or _ITEM.match(nxt).end() > len(
                    nxt) - len(nxt.lstrip()):
                break
            end = nl
        if not _PCT.search(text, p, end):
            if items:
                break
            p = end + 1
            continue        # (a table's header row: "Shareholder | Shares | Stake")
        x = by_start.get(it.end())
        if x is not None and x[2] is not owner:
            pct = _PCT.search(text, x[1], end)     # (one holder an item; names after describe it)
            if pct is not None and _pct_ok(pct) and held:
                if x[2].kind == "org":
                    owner.add(NFO.shareholderOf, x[2].iri, Span(x[0], pct.end()), rule)
            elif pct is not None and _pct_ok(pct):
                x[2].add(NFO.shareholderOf, owner.iri, Span(x[0], pct.end()), rule)
        items += 1
        p = end + 1
    return p


def _running(text, pos, se, owner, by_start, names, starts, rule) -> int:
    """The names of a running list from ``pos`` to the sentence end ``se``, each with its own
    percentage before the next name."""
    row = [x for x in starting_in(names, starts, pos, se) if x[2] is not owner]
    prev_end = pos
    for i, x in enumerate(row[:_MAX_ITEMS]):
        gap = text[prev_end:x[0]]
        if i and not re.search(r"[,;\n]|\band\b", gap):
            break           # (a name inside an item: "A, the founder and chairman, 12.6%")
        if i == 0 and gap.strip(" \t\n*-•:"):
            break
        nxt = row[i + 1][0] if i + 1 < len(row) else se
        pct = _PCT.search(text, x[1], nxt)
        if pct is None or not _pct_ok(pct) or re.search(r"[.;](?:\s|$)", text[x[1]:pct.start()]):
            break
        x[2].add(NFO.shareholderOf, owner.iri, Span(x[0], pct.end()), rule)
        prev_end = pct.end()
    return se


def _pct_ok(pct) -> bool:
    return float(re.match(r"\d+(?:\.\d+)?", pct.group(0)).group(0)) <= 100
