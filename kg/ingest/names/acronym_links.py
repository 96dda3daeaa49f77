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


# an acronym spelt out in brackets right after it, "SAIC (State Administration for Industry and
# Commerce)", or the name it abbreviates right before its bracket, "State Administration for
# Industry and Commerce (SAIC)"
_SPELT_AFTER = re.compile(r"[ \t]*\(([A-Z][^()\n]{2,150})\)")
_SPELT_BEFORE = re.compile(r"((?:[A-Z][\w&'’-]*)(?:[ \t\n]+(?:[A-Z][\w&'’-]*|of|and|for|the|on|in|"
                           r"&))*)[ \t]*\($")


def _spelt_otherwise(text: str, sp, ent) -> bool:
    """Is the acronym at ``sp`` spelt out, in brackets after it or as the name before its own
    bracket, as a name that is not the entity's ("SAIC (State Administration for Industry and
    Commerce)" is not the carmaker SAIC the graph knows)?"""
    surface = text[sp.start:sp.end]
    m = _SPELT_AFTER.match(text, sp.end)
    spelt, where = (m.group(1), m.span(1)) if m is not None else (None, None)
    if spelt is None and text[sp.end:sp.end + 1] == ")":
        b = _SPELT_BEFORE.search(text, max(0, sp.start - 160), sp.start)
        spelt, where = (b.group(1), b.span(1)) if b is not None else (None, None)
    if spelt is None or not abbreviates(surface, spelt):
        return False
    if any(where[0] <= x.start and x.end <= where[1] for x in ent.mentions):
        return False        # "London Metal Exchange (LME)": a name of it, linked there too
    names = {_key(x) for x in (ent.label, *ent.aliases)}
    spelt = _key(spelt)
    if spelt.startswith(_key(surface)):
        return False        # "SAIC (SAIC Motor)": its own longer name
    return not any(n == spelt or len(n) > 3 and n != _key(surface) and n in spelt for n in names)


def _key(name: str) -> str:
    """A name compared by its letters and digits ("Non-ferrous" = "Nonferrous"), "and" = "&"."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"\band\b|\bthe\b", "", name.lower().replace("&", " and ")))


def check_acronym_links(draft, spans_of: list) -> None:
    text = draft.text
    for ent in list(draft.entities.values()):
        if not ent.known or not ent.mentions:
            continue
        acro, other, money, spelt = [], False, [], []
        for sp in ent.mentions:
            surface = text[sp.start:sp.end]
            if _ACRONYM.fullmatch(surface) and _CURRENCY.match(text, sp.end) \
                    and ent.cls == NFO.Country:
                money.append(sp)
            elif _ACRONYM.fullmatch(surface) and _spelt_otherwise(text, sp, ent):
                acro.append(sp)     # "SAIC (State Administration for Industry and Commerce)"
                spelt.append(sp)
            elif _ACRONYM.fullmatch(surface) and not abbreviates(surface, ent.label):
                acro.append(sp)
            else:
                other = True
        if other:
            acro = spelt        # (another's acronym spelt out is no mention, whatever else is)
        if not acro and not money:
            continue
        drop = {(sp.start, sp.end) for sp in acro + money}
        ent.mentions[:] = [sp for sp in ent.mentions if (sp.start, sp.end) not in drop]
        spans_of[:] = [x for x in spans_of if not (x[2] is ent and (x[0], x[1]) in drop)]
        if not ent.mentions:
            draft.entities.pop(ent.iri, None)
