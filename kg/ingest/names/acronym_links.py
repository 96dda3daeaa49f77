"""A known entity linked only by an acronym that does not abbreviate its name is doubtful in a
fresh article: "CCB" (a bank, in most news) is not the graph's "magnesium alloy semi-solid
instrument panel crossbeam brackets" even though the graph records that alias for one text.
An acronym abbreviates a name when its first letter starts a word of the name and its other
letters follow in order ("NDRC", "MIIT", "FDA" for the US Food and Drug Administration, "PV"
for photovoltaics); the
graph's other acronyms ("CCB", "RMB" for yuan) link only when the article also names the
entity another way (its label or a longer alias). Otherwise those mentions are dropped (and the
entity, if nothing else names it). A country's acronym before "dollars" or "$" ("US dollars")
names the currency, not the country: that mention is dropped too."""
from __future__ import annotations

import re

from kg.ingest.terms import NFO

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&]{1,9}s?")


def abbreviates(acronym: str, name: str) -> bool:
    letters = [c for c in acronym.lower().rstrip("s") if c.isalnum()]
    name = name.lower()
    if not letters:
        return False
    for w in re.finditer(r"[a-z0-9]+", name):       # from the word it starts with
        if w.group()[0] != letters[0]:
            continue
        i = w.start() + 1
        for c in letters[1:]:
            i = name.find(c, i)
            if i < 0:
                break
            i += 1
        else:
            return True
    return False


# "410 million US dollars", "HK$": the currency, not the country
_CURRENCY = re.compile(r"\s*(?:\$|dollars?\b|cents?\b)")


def check_acronym_links(draft, spans_of: list) -> None:
    text = draft.text
    for ent in list(draft.entities.values()):
        if not ent.known or not ent.mentions:
            continue
        acro, other, money = [], False, []
        for sp in ent.mentions:
            surface = text[sp.start:sp.end]
            if _ACRONYM.fullmatch(surface) and _CURRENCY.match(text, sp.end) \
                    and ent.cls == NFO.Country:
                money.append(sp)
            elif _ACRONYM.fullmatch(surface) and not abbreviates(surface, ent.label):
                acro.append(sp)
            else:
                other = True
        if other:
            acro = []
        if not acro and not money:
            continue
        drop = {(sp.start, sp.end) for sp in acro + money}
        ent.mentions[:] = [sp for sp in ent.mentions if (sp.start, sp.end) not in drop]
        spans_of[:] = [x for x in spans_of if not (x[2] is ent and (x[0], x[1]) in drop)]
        if not ent.mentions:
            draft.entities.pop(ent.iri, None)
