"""Where a place, site or organisation is, when an apposition or a clause states it:

* "Fugu County, a northern Shaanxi county", "Walvis Bay, a small Namibian port town": X, then
  an apposition naming a larger place before what X is (a feature noun of
  ``data/place-feature-nouns.txt``): X is in that place (rule ``place:appositive-rank``);
* "Luonan, a county in southern Shaanxi", "Kolwezi, the mining town in the south of Congo": the
  apposition says what X is, then "in" / "of" / "under" (compass words allowed) the place
  (``place:appositive-rank``);
* "Nexa Cerro S.A., Peru's second-largest zinc miner, said": an organisation in the place whose
  possessive opens its apposition (a description in lower case; rule
  ``place:appositive-possessive``);
* "Yichun (Jiangxi)", "Tianqi Lithium Corp. (Chengdu)", "X Co., Ltd. (Xinyu, Jiangxi)": a place
  or organisation with the place in brackets after its name (rule ``place:bracketed``), also
  when a form or a fixed-width table wrapped the bracket onto the next line, in the name's
  column;
* "The smelter, which makes 80,000 tonnes a year, is in the Xixia District of Yinchuan", "The
  mine lies in Salta province", "Its refinery is located in Sohar": the sentence's subject (a
  site, an organisation, a project or a place) and the place after "is (located|situated|based)
  in", "lies in", "sits in" (rule ``place:stated-in``).

The inner thing must not be a country and, when both have a rank, must rank below the place;
something the draft already places is left alone. One pass over the names in order; the
clause rule looks only at the few characters before each place's mention."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.model import Span
from kg.ingest.names.appositive_places import features
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

_RANK = {"Place": 0, "Site": 0, "County": 1, "City": 2, "Region": 2.5, "Province": 4,
         "Country": 5}
_OUTER = {"City", "Region", "Province", "Country"}
_PREFECTURE = re.compile(r"\s(?:Prefecture|League)$")
_COMPASS = (r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|"
            r"far|upper|lower|inland|coastal|remote|rural|mountainous|the\s+(?:north|south|east|"
            r"west|centre|center|heart)\s+of)")
# ", a northern ": the apposition's opening, up to the place named in it
_OPEN = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*(?:an?|the|one\s+of\s+the)\s+(?:[a-z][\w-]*\s+){0,3}")
# "X, a county in southern ", "X, a county-level city under ": what X is, then where
_WORD = r"[a-z][\w-]*"
# "is in the", "lies in", "is located in": the verb before the place (a match ends at it)
_IS_IN = re.compile(r"\s(?:is|are|was|were|lies|lie|lay|sits|sit|stands|stand)\s+(?:(?:also\s+)?"
                    r"(?:located|situated|based|sited|headquartered)\s+)?in\s+(?:the\s+)?$")
# between the subject and the verb: nothing, a comma clause ("which makes 100,000 tonnes a
# year," - a comma inside a number is no clause's end), or brackets
_GAP = re.compile(r"\s*(?:,(?:[^,;:()\n]|,(?=\d)){1,200},|\([^()\n]{1,100}\))?\s*")
# ", Peru's second-largest zinc miner,": the possessive, then words in lower case up to the
# apposition's end
_ADMIN = {"City", "Province", "Country"}
_COMMA_THE = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*(?:the[ \t]+)?")
_POSSESSIVE_DESCRIPTION = re.compile(r"['’]s\s+(?:[a-z0-9][\w-]*\s+){0,4}[a-z][\w-]*"
                                     r"(?=\s*[,.;)]|\s+(?:said|says|has|had|is|was|which|that)\b)")
_OPEN_BRACKET = re.compile(r"[ \t]*\([ \t]*")
# the bracket closes after the place, or an address goes on ("(Xinyu, Jiangxi)") and closes
_CLOSE_BRACKET = re.compile(r"[ \t]*(?:\)|,[ \t]*[A-Z][\w'’ -]{1,40}\))")
_SUBJECT_OPEN = re.compile(r"\s*(?:(?:the|its|their|our|this|that)\s+)?", re.I)
_SUBJECT_KINDS = ("place", "org", "project")
# after the place: what makes "is in X" a stay, not where the thing is ("to attend a forum",
# "for talks", "this week", "last month", "on a visit", "until Friday")
_VISIT = re.compile(r"[ \t]+(?:to|for|this|last|next|on|since|until|till|during|from|with|as|"
                    r"today|tonight|yesterday|tomorrow|earlier|later|recently|now|again)\b", re.I)
# "was in" / "were in" with no "located", "based" ...: where an organisation was, once
_PAST_BARE = re.compile(r"^\s(?:was|were)\s+in\b")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                     for n in sorted(features(), key=lambda n: (-len(n), n)))
    # after the place named in the apposition: "'s" or nothing, at most two more words, the noun
    tail = re.compile(rf"(?:['’]s)?\s+(?:{_WORD}\s+){{0,2}}?(?:{nouns})\b")
    # the whole gap between X and the place: ", a county in southern "
    what_where = re.compile(rf"[ \t]*,[ \t]*\n?[ \t]*(?:an?|the|one\s+of\s+the)\s+"
                            rf"(?:{_WORD}\s+){{0,3}}?(?:{nouns})\s+(?:in|of|under|within)\s+"
                            rf"(?:the\s+)?(?:{_COMPASS}\s+)?(?:(?:the\s+)?part\s+of\s+)?"
                            rf"(?:the\s+)?")
    return tail, what_where


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def _rank(ent) -> float | None:
    r = _RANK.get(_cls(ent))
    if _cls(ent) == "City" and _PREFECTURE.search(ent.label):
        return 3
    return r


def _inside(inner, outer) -> bool:
    """May ``inner`` lie in ``outer`` (an administrative place or region above it)?"""
    if inner is outer or _cls(outer) not in _OUTER or _cls(inner) == "Country":
        return False
    ri, ro = _rank(inner), _rank(outer)
    return ri is None or ri < ro


def _placed(ent) -> bool:
    return any(st[0] == NFO.locatedIn for st in ent.statements)


# after a name: the end of its line, or of its cell (two spaces, then the next cell)
_CELL_ENDS = re.compile(r"[ \t]*(?:\n|$)|[ \t]{2,}\S")
_ROW = 400


def _wrapped_bracket(text, s, e):
    """Where "(" opens under a name that ends its line or its table cell, in the name's own
    column: the bracket a form or a fixed-width table wrapped onto the next line ("X Co., Ltd."
    over "(Xi'an)"); else None. Looks at two lines only."""
    if not _CELL_ENDS.match(text, e) or "\n" in text[s:e]:
        return None         # (a name wrapped itself: its last line's column is no cell's)
    # (a row of a form or table is short: the line is looked for within _ROW characters)
    ls = text.rfind("\n", max(0, s - _ROW), s) + 1
    nl = text.find("\n", e, e + _ROW)
    if nl < 0 or ls == 0 and s > _ROW:
        return None
    col = s - ls
    at = nl + 1 + col
    if "\n" in text[nl + 1:at + 1] or text[at:at + 1] != "(" or \
            not (text[nl + 1:at].strip(" \t") == "" or text[at - 1:at] == "\t"
                 or text[at - 2:at] == "  "):
        return None     # the wrapped cell starts at the name's column: a form's value indented
        # under the name's start, or the cell of the row's next line after a gap of two spaces
    return at


def stated_places(draft, spans_of, sents, kind) -> None:
    text = draft.text
    kinds = {}
    for _, _, ent in spans_of:
        if id(ent) not in kinds:
            kinds[id(ent)] = ent.kind
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of) if not ent.role]
    tail, what_where = _patterns()
    # 1. appositions: "X, a northern Y county", "X, a county in southern Y"
    for (s, e, a), (s2, e2, b) in zip(rows, rows[1:]):
        if a is b or s2 - e > 90 or text[e:e + 3].lstrip()[:1] != "," or \
                kinds[id(a)] != "place" or kinds[id(b)] != "place" or _placed(a) or \
                not _inside(a, b):
            continue
        m = _OPEN.match(text, e)
        if m is not None and m.end() == s2 and tail.match(text, e2):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:appositive-rank")
        elif what_where.fullmatch(text, e, s2):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:appositive-rank")
    # 1b. "Nexa Cerro S.A., Peru's second-largest zinc miner, ...": an organisation, then the
    # possessive of a country, province or city and a description in lower case
    for (s, e, a), (s2, e2, b) in zip(rows, rows[1:]):
        if a is b or s2 - e > 8 or kinds[id(a)] != "org" or kinds[id(b)] != "place" or \
                _cls(b) not in _ADMIN or _placed(a) or not _COMMA_THE.fullmatch(text, e, s2):
            continue
        if _POSSESSIVE_DESCRIPTION.match(text, e2):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:appositive-possessive")
    # 1c. "Yichun (Jiangxi)", "Tianqi Lithium Corp. (Chengdu)", "X Co., Ltd. (Xinyu, Jiangxi)":
    # the place in brackets right after a name, alone or first of a bracketed address
    starts = [r[0] for r in rows]
    for s, e, a in rows:
        at = e if text[e:e + 3].lstrip(" \t")[:1] == "(" else _wrapped_bracket(text, s, e)
        if at is None:
            continue
        i = bisect.bisect_left(starts, at)      # (the next name after it, not one inside it)
        if i >= len(rows):
            continue
        s2, e2, b = rows[i]
        if a is b or s2 - at > 4 or kinds[id(b)] != "place" or _placed(a) or \
                not _OPEN_BRACKET.fullmatch(text, at, s2) or \
                not _CLOSE_BRACKET.match(text, e2):
            continue
        ka = kinds[id(a)]
        if ka == "place" and _inside(a, b) or ka in ("org", "project") and _cls(b) in _ADMIN:
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:bracketed")
    # 2. "The smelter, which ..., is in the X District": the sentence's subject
    for s2, e2, b in rows:
        if s2 < 8 or kinds[id(b)] != "place" or _cls(b) not in _OUTER:
            continue
        v = _IS_IN.search(text, max(0, s2 - 30), s2)
        if v is None:
            continue
        lo = sents.bounds(s2)[0]
        lo += len(text[lo:lo + 4]) - len(text[lo:lo + 4].lstrip())
        i = bisect.bisect_left(starts, lo)          # (a mention "The smelter" or "smelter")
        if i >= len(rows) or rows[i][0] != lo:
            o = _SUBJECT_OPEN.match(text, lo).end()
            i = bisect.bisect_left(starts, o)
            if i >= len(rows) or rows[i][0] != o:
                continue
        s, e, a = rows[i]
        if a is b or e > v.start() or kinds[id(a)] not in _SUBJECT_KINDS or _placed(a) or \
                not _inside(a, b) or not _GAP.fullmatch(text, e, v.start()):
            continue
        if _VISIT.match(text, e2) or kinds[id(a)] == "org" and _PAST_BARE.search(v.group(0)):
            continue        # "X is in Santiago to attend a forum", "Y was in Peru last month":
            # a visit, not where X is
        a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:stated-in")
