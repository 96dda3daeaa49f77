"""Organisations named without a head word, found by what frames them:

* a name spelled out before the acronym it defines in brackets, in any language ("Société
  Guinéenne des Bauxites de Kamsar (SGBK)", "Empresa Minera del Norte (EMN)"): the capitals of
  the acronym are, in order, the initials of the name's words (``acronyms.abbreviates``); rule
  ``name:defined-acronym``, an organisation, low confidence;
* a legal form printed before a company's name (``data/company-prefixes.txt``: "PT Bumi
  Mineral", "PJSC Norilsk Nickel"): rule ``name:legal-prefix``, a company.

Names other rules find win (the pipeline takes the longest name first; these are ordinary
candidates of low confidence). One scan of the text per pattern, compiled once."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.acronyms import abbreviates
from kg.ingest.names.candidates import Candidate

_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’&.-]*"
_SMALL = r"(?:de|des|du|del|della|di|da|do|dos|la|le|les|el|of|and|for|the|et|y|e)"
# up to eight words (small words allowed between capitalised ones) just before "(ACRO)"
_BEFORE = re.compile(rf"((?:{_WORD}[ \t]+(?:{_SMALL}[ \t]+)*){{1,7}}{_WORD})[ \t]*$")
_ACRO = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")
RULE, CONFIDENCE = "name:defined-acronym", 0.5
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|(?:Tbk|Co|Ltd|Inc|Corp|Bhd|Ltda|Cia|Cie)\.")
PREFIX_RULE, PREFIX_CONFIDENCE = "name:legal-prefix", 0.5


@lru_cache(maxsize=1)
def _prefix_rx() -> re.Pattern:
    alts = "|".join(re.escape(p) for p in sorted(lines("company-prefixes"), key=len, reverse=True))
    # (the prefix may end a hard-wrapped line: "our joint venture PT\nX Nickel Indonesia")
    return re.compile(rf"(?<![\w-])(?:{alts})(?:[ \t]+|[ \t]*\n[ \t]*)(?:{_WORD}[ \t]+){{0,4}}"
                      rf"{_WORD}")


def acronym_names(text: str) -> list[Candidate]:
    out = []
    for m in _ACRO.finditer(text):
        acro = m.group(1)
        b = m.start()
        n = _BEFORE.search(text, max(0, b - 120), b)
        if n is None:
            continue
        ws = n.group(1).split()
        # the name starts at the word whose initial is the acronym's first capital
        while ws and ws[0][0] != acro[0]:
            ws = ws[1:]
        caps = [w for w in ws if w[:1].isupper()]
        if len(caps) < 2 or len(caps) < len([c for c in acro if c.isalpha()]) - 1 \
                or not _initials_match(acro, caps):
            continue
        label = " ".join(ws)
        start = text.rfind(ws[0], n.start(1), b)
        end = n.end(1)
        out.append(Candidate(start, end, label, "Organization", RULE, CONFIDENCE, {acro}))
    for m in _prefix_rx().finditer(text):
        ws = m.group(0).split()
        # "PT Sulawesi Nikel Utama. Chief executive ...": a sentence ends the name
        stop = next((i for i, w in enumerate(ws[1:], 1) if w.endswith(".") and len(w) > 4
                     and not _ABBREVIATION.fullmatch(w)), None)
        if stop is not None:
            ws = ws[:stop] + [ws[stop][:-1]]
        while len(ws) > 2 and ws[-1].lower() in ("to", "the", "and"):
            ws = ws[:-1]
        if len(ws) < 2:
            continue
        spans = [w.span() for w in re.finditer(r"\S+", m.group(0))]
        end = m.start() + spans[len(ws) - 1][1] - (stop == len(ws) - 1)
        out.append(Candidate(m.start(), end, " ".join(ws), "Company",
                             PREFIX_RULE, PREFIX_CONFIDENCE))
    return out


def _initials_match(acro: str, caps: list[str]) -> bool:
    """Every capital word's initial, in order, is the acronym (one word may give two letters:
    "Bauxites" -> "B", "MinMetals" -> "MM")."""
    return abbreviates(acro, " ".join(caps)) and acro[0] == caps[0][0] and (
        sum(1 for c in acro if c.isalpha()) <= len("".join(c for w in caps for c in w
                                                           if c.isupper())))
