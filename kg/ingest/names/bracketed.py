"""Organisations named without a head word, found by what frames them:

* a name spelled out before the acronym it defines in brackets, in any language ("Société
  Guinéenne des Bauxites de Kamsar (SGBK)", "Empresa Minera del Norte (EMN)"): the capitals of
  the acronym are, in order, the initials of the name's words (``acronyms.abbreviates``); rule
  ``name:defined-acronym``, an organisation, low confidence;
* a legal form printed before a company's name (``data/company-prefixes.txt``: "PT Bumi
  Mineral", "PJSC Norilsk Nickel"): rule ``name:legal-prefix``, a company; before a quoted
  name ('JSC "Aral Zinc"'), names/quoted_forms.

Names other rules find win (the pipeline takes the longest name first; these are ordinary
candidates of low confidence). One scan of the text per pattern, compiled once."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.acronyms import abbreviates
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.line_ends import before_field_line
from kg.ingest.names.person_names import wrapped_at
from kg.ingest.names.quoted_forms import quoted_form_names

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
    # (the prefix may end a hard-wrapped line: "our joint venture PT\nX Nickel Indonesia"; and so
    # may a word of the name, "output of PT Halmahera\nNikel Perkasa": checked to be a wrap)
    return re.compile(rf"(?<![\w-])(?:{alts})(?:[ \t]+|[ \t]*\n[ \t]*)(?:{_WORD}(?:[ \t]+|[ \t]*\n[ \t]*)){{0,4}}"
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
        wrap = _unwrapped_break(text, m)
        if wrap is not None:
            ws = ws[:wrap]      # "... from PT X\nHead Office": a line of its own, no word of X
        if len(ws) < 2:
            continue
        spans = [w.span() for w in re.finditer(r"\S+", m.group(0))]
        end = m.start() + spans[len(ws) - 1][1] - (stop == len(ws) - 1)
        owner = _POSSESSIVE.search(ws[-1])
        if owner is not None and stop != len(ws) - 1:
            ws[-1] = ws[-1][:owner.start()]     # "PT X Nikel's old mines": the company is X
            end -= len(owner.group(0))
        out.append(Candidate(m.start(), end, " ".join(ws), "Company",
                             PREFIX_RULE, PREFIX_CONFIDENCE))
    return out + quoted_form_names(text)


_POSSESSIVE = re.compile(r"['’]s?$")


def _unwrapped_break(text: str, m: re.Match) -> int | None:
    """The number of the prefix match's words before its first line break after a name's word
    when that break is no hard wrap of a prose line (:func:`wrapped_at`: the line holds 40
    characters or more before it), or is one before a form's field label ("... PT X" over
    "Organised by: ..."); None when the words run on (or no such break is in it)."""
    first = re.match(r"\S+\s+\S+", m.group(0))
    nl = m.group(0).find("\n", first.end()) if first else -1
    if nl == -1:
        return None
    field = before_field_line(text, m.start() + nl, m.end())
    if field is not None:
        return len(text[m.start():field].split())
    if wrapped_at(text, m.start() + nl):
        return None
    return len(m.group(0)[:nl].split())


def _initials_match(acro: str, caps: list[str]) -> bool:
    """Every capital word's initial, in order, is the acronym (one word may give two letters:
    "Bauxites" -> "B", "MinMetals" -> "MM")."""
    return abbreviates(acro, " ".join(caps)) and acro[0] == caps[0][0] and (
        sum(1 for c in acro if c.isalpha()) <= len("".join(c for w in caps for c in w
                                                           if c.isupper())))
