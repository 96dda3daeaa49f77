"""What a word that refers back stands for: each reference with its antecedent(s) and the reason.

News, announcements and contracts name a party once and then speak of it again by a noun:

* one organisation: "the company" / "the group" / "the Company" (and a term the text defines:
  'X Co., Ltd. (the "Company")'), read by :func:`kg.ingest.relations.referents.referents`
  (reason ``the-company``); "the owner", "the contractor" after a field "Owner:  X Co., Ltd."
  (:func:`kg.ingest.relations.field_terms.field_terms`, reason ``field-term``);
* several: "the two sides", "both parties", "the three smelters", "the parties" (nouns of
  ``data/party-set-nouns.txt``) stand for the organisations the text has just listed together
  ("A, B and C", "A and B", "A and the German foil maker B", joined by commas, "and", "as
  well as"; or items "1. A ...", "2. B ..." that each open with a name): the nearest such list
  before the words, in their paragraph or the one before, whose size is the count the words
  give ("both", "the two": two; "the parties" with no count: two or more), made of companies
  when the noun is a company's ("smelters"), reason ``listed-set``. A list of another size is
  passed over; none found: the words stand for nothing. A set so read is itself a list for the
  words after it ("the two partners ... the two shareholders").

Each reference is ``Ref(start, end, parties, reason)``, ``parties`` a tuple of entities. The
lists are read from the names in text order, once; each plural phrase looks back by bisection
over at most ``_LISTS_BACK`` lists: linear in the text."""
from __future__ import annotations

import bisect
import re
from collections import namedtuple
from functools import lru_cache

from kg.ingest.knowledge.prior import is_relation_node
from kg.ingest.lexicon import lines
from kg.ingest.names.nesting import containers
from kg.ingest.relations.field_terms import field_terms
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.referents import referents
from kg.ingest.span_order import spans_by_start

Ref = namedtuple("Ref", "start end parties reason")

_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_BACK = 2500            # characters: how far back the list may be printed
_LISTS_BACK = 12        # lists read back at most
# what joins two names of one list: a comma, "and", "as well as", "&", "with" not (another
# role); a short bracket after a name ("(CMOC)", "(Hong Kong)") is the name's
_JOIN = re.compile(r"(?:[ \t\n]*\([^()\n]{1,60}\))?[ \t\n]*(?:,|;|、)?[ \t\n]*"
                   r"(?:(?:and|as[ \t\n]+well[ \t\n]+as|&)[ \t\n]+"
                   r"(?:the[ \t\n]+(?:[A-Za-z][a-z-]+[ \t\n]+){0,3})?)?")
# a numbered or bulleted item line: "1. X Co., Ltd., based in ...", "(2) Y", "- Z"
_ITEM = re.compile(r"(?m)^[ \t]*(?:\d{1,2}[.)、]|\(\d{1,2}\)|[-*•·])[ \t]+")
_PARA = re.compile(r"\n[ \t]*\n")


@lru_cache(maxsize=1)
def _nouns() -> dict:
    """plural noun -> True when it stands only for companies."""
    out = {}
    for line in lines("party-set-nouns"):
        w = line.split()
        out[w[0].lower()] = len(w) > 1 and w[1].lower() == "company"
    return out


@lru_cache(maxsize=1)
def _set_rx() -> re.Pattern:
    nouns = "|".join(sorted(_nouns(), key=lambda w: (-len(w), w)))
    counts = "|".join(sorted((c for c in _COUNTS if c != "both"), key=len, reverse=True))
    return re.compile(
        r"\b(?:(?P<both>[Bb]oth)[ \t\n]+(?:of[ \t\n]+the[ \t\n]+)?|[Tt]he[ \t\n]+(?:(?P<n>" + counts
        + r")[ \t\n]+)?)(?:[a-z][a-z-]+[ \t\n]+)?(?P<noun>" + nouns + r")\b(?![ \t\n]+of\b)")


REASONS = ("the-company", "field-term", "listed-set")


def references_back(draft, spans_of, sents, reasons=REASONS) -> list:
    """Every reference back the text makes plain for the ``reasons`` asked, as ``Ref``s in text
    order."""
    text = draft.text
    out = []
    if "the-company" in reasons:
        out += [Ref(s, e, (ent,), "the-company")
                for s, e, ent in referents(text, spans_of, sents, kind, with_its=False)]
    if "field-term" in reasons:
        out += [Ref(s, e, (ent,), "field-term")
                for s, e, ent in field_terms(text, spans_of, kind)]
    if "listed-set" in reasons:
        out += _sets(text, spans_of)
    out.sort(key=lambda r: (r.start, r.end))
    return out


def _lists(text, spans_of) -> list:
    """``(start, end, [entities])`` for each run of organisations' names joined as a list, in
    text order (a name printed inside another's is the other's)."""
    nested = containers([x for x in spans_of if not x[2].role])
    orgs = [x for x in spans_by_start(spans_of) if kind(x[2]) == "org" and not x[2].role
            and not is_relation_node(x[2]) and (x[0], x[1], id(x[2])) not in nested]
    out = []
    run: list = []
    end = -1
    for s, e, ent in orgs:
        if s < end:
            continue
        if run and _JOIN.fullmatch(text, end, s):
            run.append(ent)
        else:
            if run:
                out.append((start, end, run))
            run, start = [ent], s
        end = e
    if run:
        out.append((start, end, run))
    out += _item_lists(text, orgs)
    out.sort(key=lambda x: (x[1], x[0]))
    return out


def _item_lists(text, orgs) -> list:
    """``(start, end, [entities])`` for each run of item lines ("1. X Co., Ltd., based in
    ...", "2. Y ...") that each open with an organisation's name: the items of one list, led
    by markers with no other marker between."""
    marks = [m.end() for m in _ITEM.finditer(text)]
    if len(marks) < 2:
        return []
    at = {s: (s, e, ent) for s, e, ent in orgs}
    out, run, last = [], [], -2
    for i, p in enumerate(marks):
        x = at.get(p)
        if x is None:
            continue
        if run and i == last + 1:
            run.append(x)
        else:
            if len(run) > 1:
                out.append((run[0][0], run[-1][1], [y[2] for y in run]))
            run = [x]
        last = i
    if len(run) > 1:
        out.append((run[0][0], run[-1][1], [y[2] for y in run]))
    return out


def _sets(text, spans_of) -> list:
    rx = _set_rx()
    found = list(rx.finditer(text))
    if not found:
        return []
    lists = _lists(text, spans_of)
    ends = [x[1] for x in lists]
    nouns = _nouns()
    out = []
    for m in found:
        n = _COUNTS[m.group("n").lower()] if m.group("n") else 2 if m.group("both") else None
        noun = m.group("noun").lower()
        if n is None and noun not in ("parties", "sides"):
            continue            # ("the companies": which of them, the text does not say)
        only_companies = nouns[noun]
        i = bisect.bisect_right(ends, m.start()) - 1
        floor = _floor(text, m.start())
        for _ in range(_LISTS_BACK):
            if i < 0 or lists[i][0] < floor:
                break
            ents = list({x.iri: x for x in lists[i][2]}.values())
            i -= 1
            if (len(ents) == n or n is None and len(ents) >= 2) and \
                    (not only_companies or all(str(x.cls).endswith("#Company") for x in ents)):
                out.append(Ref(m.start(), m.end(), tuple(ents), "listed-set"))
                # (the set is itself a list from here: "the two partners ... the two
                # shareholders")
                k = bisect.bisect_right(ends, m.end())
                ends.insert(k, m.end())
                lists.insert(k, (m.start(), m.end(), ents))
                break
    return out


def _floor(text, at) -> int:
    """Where the look-back stops: the start of the paragraph before ``at``'s, at most _BACK
    characters back."""
    lo = max(0, at - _BACK)
    paras = [m.end() for m in _PARA.finditer(text, lo, at)]
    return paras[-2] if len(paras) >= 2 else lo
