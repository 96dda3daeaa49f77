"""Facilities listed after their owner, the way tables, rankings and lists print them: "Qilu
Copper Co., Ltd., Yantai smelter", "Zhongzhou Aluminum - Jiaozuo refinery", "Norvik Metals:
Harjavalta nickel smelter", "Andes Cobre (Atacama copper mine)". An organisation's name, then
", " / " - " / ": " / "(" and up to four modifier words (a place, a metal, "electrolytic") with
a facility head of ``data/facility-heads.txt``, then the end of the cell: the line's end, a run
of two or more spaces or a tab (a table's next column), ";", ")" or "|". Each is one new
``nfo:Site`` (rule ``site:listed-after-owner``, confidence 0.5) labelled the way curators name a
plant ("Yantai smelter of Qilu Copper"; the printed phrase an alias), ``nfo:ownedBy`` the
organisation, ``nfo:concernsMetal`` the metals among its words, ``nfo:locatedIn`` a place among
them, else the first place in the rest of its line when the line goes on in columns ("... Yantai
smelter    Yantai, Shandong   163 kgce/t").

Running prose does not end a phrase so ("X Co., Ltd., a smelter in Y, said": an article, and
the cell goes on): an apposition that says what a company is mints nothing. One pass over the
organisations' ends: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.model import Entity, Span
from kg.ingest.names.facility_nouns import head_pattern
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "site:listed-after-owner", 0.5
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|whose|is|are|was|were|be|been|has|have|had|will|would|as|than|not|no|"
         "every|each|all|any|other|such|per|about|said|says")
_SEP = re.compile(r"[ \t]*(?:,|:|\(|[-\u2013\u2014](?=[ \t]))[ \t]*")
_MOD = rf"(?!(?:{_STOP})\b)[A-Za-z][\w\-/]*[ \t]+"
# the end of a cell: the line's end, a table's next column, a list's separator
_CELL_END = re.compile(r"[ \t]*(?:$|\n|[;|)])|[ \t]{2,}|\t", re.M)
_COLUMNS = re.compile(r"[ \t]{2,}|\t")


@lru_cache(maxsize=None)
def _phrase() -> re.Pattern:
    """The separator, the modifiers and the head after an organisation's name."""
    return re.compile(rf"(?P<sep>{_SEP.pattern})(?P<mods>(?:{_MOD}){{0,4}}?)"
                      rf"(?P<head>{head_pattern().pattern})", re.I)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the facilities listed after their owners to the draft and to ``spans_of``."""
    text = draft.text
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    phrase_rx = _phrase()
    made: list[tuple[int, int, Entity]] = []
    by_label: dict[str, Entity] = {}
    for s, e, org in spans:
        if org.role or kind(org) != "org":
            continue
        m = phrase_rx.match(text, e)
        if m is None or not m.group("head").islower():
            continue
        a, b = m.start("mods"), m.end("head")
        if m.group("sep").strip() == "(" and not text.startswith(")", b):
            continue
        if _CELL_END.match(text, b) is None:
            continue
        inside = spans[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        if any(x[1] > b or kind(x[2]) not in ("place", "metal", "field") or x[2].cls == NFO.Site
               for x in inside):
            continue        # (a name of its own there: another rule's)
        words = text[a:b].split()
        if words[0][:1].islower() and len(words) == 1:
            continue        # ("X Co., Ltd., plant": a bare head names no one facility)
        phrase = " ".join(words)
        label = f"{phrase} of {without_suffix(org.label)}"
        label = label[:1].upper() + label[1:]
        key = normalise_name(label)
        ent = by_label.get(key)
        if ent is None:
            ent = Entity(minter.mint(label), NFO.Site, label, False, RULE, CONFIDENCE)
            ent.aliases.add(phrase)
            by_label[key] = ent
            draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
        span = Span(s, b)
        ent.add(NFO.ownedBy, org.iri, span, RULE)
        placed = False
        for _, _, x in inside:
            if x.cls == NFO.Metal:
                ent.add(NFO.concernsMetal, x.iri, span, RULE)
            elif kind(x) == "place":
                ent.add(NFO.locatedIn, x.iri, span, RULE)
                placed = True
        if not placed and _COLUMNS.match(text, b):
            line_end = text.find("\n", b)
            line_end = len(text) if line_end < 0 else line_end
            rest = spans[bisect.bisect_left(starts, b):bisect.bisect_left(starts, line_end)]
            place = next((x for x in rest if kind(x[2]) == "place" and x[1] <= line_end
                          and x[2].cls != NFO.Site), None)
            if place is not None:
                ent.add(NFO.locatedIn, place[2].iri, Span(s, place[1]), RULE)
    spans_of.extend(made)
    return [e for _, _, e in made]
