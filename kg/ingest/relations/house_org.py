"""The organisation a document comes from, its "house": the organisation printed alone on one of
the text's first lines (its letterhead: "HAMI X SILICON INDUSTRY CO., LTD." over "No. 1 Furnace --
Hot Commissioning Log"), else the one printed alone on one of its last lines (its signature, over
the date), else the one a "Compiled by:" / "Issued by:" field of its first lines names (the last
of "X Office, Y Branch"); a short cell printed beside it after a wide gap ("INTERNAL USE ONLY"), or a web
page's section and title after a bar or an arrow ("X Co., Ltd. | Campus Recruitment", "X Co.,
Ltd.  >  Company News  >  date"), does not make it less alone. Records, logs, forms and internal notices name the jobs and units of that
organisation without naming it again (:mod:`house_posts`, :mod:`house_units`). Reads the first
and last few lines once."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.reading.blank_runs import blank, only
from kg.ingest.reading.occurrences import line_end, line_start, occurrences
from kg.ingest.reading.windows import AtLineStarts

_HEAD_LINES = 5         # non-blank lines at the top that may print the letterhead
_TAIL_LINES = 6         # non-blank lines at the bottom that may print the signature


def house(text: str, orgs) -> object | None:
    """The organisation printed alone on one of the text's first lines, else on one of its
    last lines (``orgs``: sorted ``(start, end, entity)``)."""
    alone = _alone(text, orgs)
    top = _top(text, alone)
    if top is not None:
        return top[0]
    found = {id(alone[ls]): alone[ls] for ls in _line_starts(text, _TAIL_LINES, top=False)
             if ls in alone}
    if len(found) == 1:
        return next(iter(found.values()))
    return _compiler(text, orgs)


# a field of the text's first lines that names who made it: "Compiled by:  X Office, Y Branch"
_MADE_BY = re.compile(r"^[ \t]*(?:compiled|prepared|issued|published|released|edited)[ \t]+by"
                      r"[ \t]*[:：][ \t]*", re.I | re.M)
_MADE_BY_LINES = AtLineStarts(_MADE_BY)      # (tried only where a line starts)
_FIELD = re.compile(r"\n[ \t]*[A-Z][\w()'’/ -]{0,30}[:：]|\n[ \t]*\n")


def _compiler(text: str, orgs):
    """The organisation a "Compiled by:" / "Issued by:" field among the text's first lines names
    (of "X Office, Y Branch", the body the unit is of: the last one of the value), or None."""
    starts = _line_starts(text, _HEAD_LINES * 2, top=True)
    if not starts:
        return None
    head_end = text.find("\n", starts[-1])
    m = _MADE_BY_LINES.search(text, 0, len(text) if head_end < 0 else head_end)
    if m is None:
        return None
    f = _FIELD.search(text, m.end(), m.end() + 300)
    end = f.start() if f else min(len(text), m.end() + 300)
    inside = [x for x in orgs if m.end() <= x[0] < end]
    return inside[-1][2] if inside else None


def letterhead(text: str, orgs):
    """(organisation, where its line ends) for the organisation printed alone on one of the
    text's first lines, or None."""
    return _top(text, _alone(text, orgs, 2000))


def _alone(text: str, orgs, limit: int | None = None) -> dict:
    """{line start: organisation} for the organisations printed alone on their line, not on a
    line a sentence runs onto (those starting before ``limit``)."""
    alone = {}
    breaks = occurrences(text, "\n")
    for s, e, ent in orgs:
        if limit is not None and s > limit:
            break
        ls = line_start(breaks, s)
        le = line_end(breaks, e, len(text))
        if blank(text, ls, s) and (only(text, e, le, " \t.,")
                                       or _SIDE_CELL.fullmatch(text, e, le)
                                       and not _FIGURE_CELL.fullmatch(text, e, le)
                                       or _NAV_CELL.fullmatch(text, e, le)
                                       or _seal_or_seat().fullmatch(text, e, le)) \
                and not _runs_on(text, ls):
            alone.setdefault(ls, ent)
    return alone


def _top(text: str, alone: dict):
    for ls in _line_starts(text, _HEAD_LINES, top=True):
        if ls in alone:
            le = text.find("\n", ls)
            return alone[ls], len(text) if le < 0 else le
    return None


# a cell printed beside the letterhead after a wide gap ("X CO., LTD.      INTERNAL USE ONLY",
# "... Co., Ltd.      Confidential"): a few words, not a sentence going on
_SIDE_CELL = re.compile(r"[.,]?[ \t]{3,}[^\s,;][^\n]{0,40}")
# (not figures: "Trafigura Pte Ltd      1,240" at a text's foot is a table's row, a bidder and
# its price, not a signature; nor at its head a letterhead; a date beside a signature is no
# figure: "X Co., Ltd.     2026.05.05", "X Co., Ltd.     2026")
_FIGURE_CELL = re.compile(r"[.,]?[ \t]{3,}(?!(?:19|20)\d\d(?:[./]\d|[ \t]*$))"
                          r"[-+\u2212(]?\d[\d.,]*%?\)?(?:[ \t]+[-+\u2212(]?\d[\d.,]*%?\)?)*[ \t]*")


# the seal a signature is stamped with, or the province or city a body's name is printed with
# ("X Co., Ltd. (seal)", "JINCHANG INTERMEDIATE PEOPLE'S COURT, GANSU PROVINCE", "Y Court of
# Gansu Province", "Z District People's Government, Baoji City"): the body is still alone
@lru_cache(maxsize=1)
def _seal_or_seat() -> re.Pattern:
    return re.compile(r"[ \t]*(?:\((?:official[ \t]+)?(?:seal|stamp|chop)\)"
                      r"|(?:,[ \t]*|[ \t]+of[ \t]+)(?:[A-Z][A-Za-z'’-]*[ \t]+){1,3}"
                      r"(?:Province|PROVINCE|City|CITY|Autonomous[ \t]+Region"
                      r"|AUTONOMOUS[ \t]+REGION))[ \t.,]*")


# a web page's header line: the organisation first, then after a bar or an arrow the page's
# section or title ("X Co., Ltd. | 2027 Campus Recruitment", "X Co., Ltd.  >  Company News  >
# 2026-12-30 17:05")
_NAV_CELL = re.compile(r"[ \t]*[|>»][ \t]*[^\s|>»][^\n]{0,60}")


# a line that ends inside a sentence: a lower-case word or a comma last ("... will be done in
# December by" over "X Testing Technology."), and not every word capitalised ("Board of
# Directors" over a signature's company is a line of its own)
_OPEN_END = re.compile(r"(?:[a-z]+|,)[ \t]*$")
_SMALL = frozenset({"of", "and", "the", "for", "on", "in", "&"})


def _runs_on(text: str, ls: int) -> bool:
    """Whether the line at ``ls`` goes on a sentence from the line above."""
    if ls == 0:
        return False
    above = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1]
    return _OPEN_END.search(above) is not None and any(
        w[:1].islower() and w not in _SMALL for w in above.split())


def _line_starts(text: str, n: int, top: bool) -> list[int]:
    """Where the first (or last) ``n`` non-blank lines of ``text`` start."""
    out = []
    if top:
        pos = 0
        while pos < len(text) and len(out) < n:
            le = text.find("\n", pos)
            le = len(text) if le < 0 else le
            if not blank(text, pos, le):
                out.append(pos)
            pos = le + 1
        return out
    end = len(text)
    while end > 0 and len(out) < n:
        ls = text.rfind("\n", 0, end - 1) + 1
        if not blank(text, ls, end):
            out.append(ls)
        end = ls
    return out
