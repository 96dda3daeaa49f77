"""A document a clause names as the framework its deed was done under: "Under the zone's
Measures for X, enterprises applied from 8 to 30 September", "According to the judgment, the
company hired hauliers between March and August 2025", "The roof PV was donated by X under its
pairing programme and was connected to the grid on 2 December". The measures, the judgment and
the programme are what the deed followed; the day is the deed's (the applications, the hauling,
the connection), so such a document does not take the clause's date from the clause event of
:mod:`kg.ingest.events.verb_happenings` (which otherwise yields the whole clause to a policy
named in it).

Read: a lead of ``data/framework-leads.txt`` right before the document's mention, with at most
a determiner or possessive and a few words between ("under the approved land reclamation
plan", "under the zone's Measures"); not when the words between the mention and the date say
the date is the document's own ("Under the plan approved on 3 March, ...": its day of
approval; ``_OWN_DAY`` with no comma before the date), nor when the date comes before the lead ("On 3 March, under the
plan, ..." is still the deed's: the lead is checked, not the order)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation

# (the words a lead may stand before the mention with: a determiner, a possessive, modifiers;
# no clause punctuation)
_GAP = r"(?:[ \t\n]+(?:[A-Za-z][\w\u2019'-]*))*?[ \t\n]+$"
# words between the document and the date that make the date the document's own
_OWN_DAY = re.compile(r"\b(?:approved|issued|adopted|dated|released|published|signed|"
                      r"promulgated|revised|amended|announced|effective|in\s+force|took\s+effect|"
                      r"takes\s+effect|came\s+into)\b", re.I)


@lru_cache(maxsize=1)
def _lead() -> re.Pattern:
    return re.compile(r"\b(?:" + alternation("framework-leads") + r")" + _GAP, re.I)


_CHEAP = ("nder", "ccord", "line", "ursuant", "equired")
_MOST_WORDS = 8     # the lead's words and the words between it and the mention


def under_framework(text: str, start: int, end: int, lo: int, date_start: int) -> bool:
    """Is the document mentioned at ``text[start:end]`` (in the clause from ``lo``) named as the
    framework of the clause's deed, whose date is at ``date_start``?"""
    head = text[max(lo, start - 60):start]
    if not any(w in head for w in _CHEAP):
        return False        # (the cheap test: no lead word near)
    m = _lead().search(head)
    if m is None or len(head[m.start():].split()) > _MOST_WORDS:
        return False
    if date_start > end and any("," not in text[m.end():date_start]
                                for m in _OWN_DAY.finditer(text, end, date_start)):
        return False        # "Under the plan approved on 3 March": the plan's day (not
        #                     "Under the X issued by Y, the bureau accepted ... in March")
    return True


def frameworks(text: str, names, lo: int, date_start: int, kind_of) -> set:
    """The ids of the documents among ``names`` ((start, end, entity) spans in the clause from
    ``lo``) that one of their mentions there names as the deed's framework (its other mentions
    there, "(Yu Fa [2025] No. 12)" after the title, go with it)."""
    return {id(e) for ps, pe, e in names if kind_of(e.cls) == "policy"
            and under_framework(text, ps, pe, lo, date_start)}


_OPENS = re.compile(r"[ \t\n]*")


def framework_opening(text: str, start: int, names, date_start: int, verb_start: int,
                      kind_of) -> int | None:
    """Where the clause's own words begin when it opens with its framework ("Under the X
    Measures issued by Y, the department accepted ..."): past the comma that closes the
    phrase of a framework document opening the clause (``names``: the spans between the
    clause's start and its verb), when that comma comes before the verb; else None. The
    issuer named in the phrase is the document's, not the deed's."""
    at = _OPENS.match(text, start).end()
    if not text.startswith(("Under", "According", "In line", "In accordance", "Pursuant",
                            "As required"), at):
        return None
    ids = frameworks(text, names, start, date_start, kind_of)
    ends = [pe for _, pe, e in names if id(e) in ids]
    if not ends:
        return None
    comma = text.find(",", min(ends), verb_start)
    if comma == -1:
        return None
    return _OPENS.match(text, comma + 1).end()
