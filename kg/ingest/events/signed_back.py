"""The day an agreement was signed, told in a later sentence that refers back to it: "A
five-year framework agreement with X. We signed it in Toulouse on 15 October.", "The
memorandum was signed on 23 July by ...", "It was signed in Astana on 3 August." The sentence
names no agreement of its own and opens (after a subject of at most four words) with "signed
it" or "It / The <head> was signed"; the nearest new agreement named before it, within
``_BACK`` characters and with no other between, takes its first day or month
(``date:signed-back``), unless it has a day of its own that is no guess. Not when the words
before "signed" deny it ("We have not signed it") or put it as a condition ("Had we signed it
..."), nor a day after a ";" (another clause's).
"""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.date_cues import DEADLINE
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

_BACK = 400     # how far back (characters) the agreement referred to may be named
_HEADS = (r"agreement|contract|memorandum|MoU|MOU|NDA|deal|accord|treaty|protocol|"
          r"framework|letter\s+of\s+intent")
# "We signed it", "The two sides signed it", "It was signed", "The memorandum was signed",
# "That contract was formally signed"
_SIGNED_BACK = re.compile(r"[ \t\n\"'\u201c]*(?:(?:[A-Z][\w'\u2019-]*)(?:[ \t\n]+[\w'\u2019-]+){0,3}?"
                          r"[ \t\n]+(?:signed|initialled|initialed|concluded)[ \t\n]+it\b|"
                          r"(?:It|(?:The|That|This)[ \t\n]+(?:[\w-]+[ \t\n]+){0,2}?(?:" + _HEADS +
                          r"))[ \t\n]+(?:was|had[ \t\n]+been)[ \t\n]+(?:formally[ \t\n]+|"
                          r"officially[ \t\n]+)?(?:signed|initialled|initialed|concluded)\b)")
_NOT = re.compile(r"\b(?:not|never|no[ \t\n]+longer|yet[ \t\n]+to|refused[ \t\n]+to|declined[ \t\n]+to|"
                  r"failed[ \t\n]+to)\b|n[\'\u2019]t\b", re.I)
# a sentence that opens with a condition or an inversion of one ("If we signed it ...", "Had
# they signed it ...")
_UNREAL = re.compile(r"[ \t\n\"'\u201c]*(?:If|Unless|Whether|Had|Should|Were|Suppose|Supposing|"
                     r"Even[ \t\n]+if)\b")
_WEAK = ("context:date", "date:dateline", "date:document-date")


def signed_back(text, dates, sents, dated_kinds, kind) -> int:
    """Date the agreements later sentences refer back to (see the module); how many changed."""
    deals = [(s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "agreement" and not ent.known]
    if not deals:
        return 0
    dstarts = [s for s, _, _ in deals]
    starts = [d.start for d in dates]
    changed = 0
    done = set()
    for s, e, ent in deals:
        if id(ent) in done:
            continue
        ss, se = sents.bounds(max(s, e - 1))
        # the next sentence (blank space between)
        ns = se
        while ns < len(text) and text[ns] in " \t\n":
            ns += 1
        if ns - se > 4 or ns >= len(text):
            continue
        m = _SIGNED_BACK.match(text, ns)
        if m is None or _NOT.search(text, ns, m.end()) or _UNREAL.match(text, ns):
            continue        # ("We have not signed it", "It was never signed", "Had we signed
            # it on 2 November, ...": a signing supposed, not told)
        nss, nse = sents.bounds(ns)
        semi = text.find(";", m.end(), nse)
        nse = semi if semi != -1 else nse   # ("...; talks resume on 15 December": not its day)
        i = bisect.bisect_left(dstarts, e)
        if i < len(deals) and deals[i][0] < nse and deals[i][2] is not ent:
            continue        # (another agreement named in between or in the sentence itself)
        if ns - e > _BACK:
            continue
        got = next((d for d in dates[bisect.bisect_left(starts, m.end()):
                                     bisect.bisect_left(starts, nse)]
                    if d.kind in ("date", "gYearMonth") and not d.until
                    and not DEADLINE.search(text, max(nss, d.start - 30), d.start)), None)
        if got is None:
            continue
        if any(st[0] == NFO.dateSigned and not st[3].startswith(_WEAK) for st in ent.statements):
            continue
        ent.statements[:] = [st for st in ent.statements
                             if not (st[0] == NFO.dateSigned and st[3].startswith(_WEAK))]
        ent.add(NFO.dateSigned, date_literal(got.value), Span(ss, nse), "date:signed-back")
        done.add(id(ent))
        changed += 1
    return changed
