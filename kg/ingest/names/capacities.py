"""Projects named by their capacity, in lower case: a capacity ("200,000-tonne-per-year",
"50,000 t/a", "1.2 million tonnes a year", "300 MW") then up to six ordinary words and a head
of ``data/org-capacity-heads.txt`` ("the 200,000-tonne-per-year copper smelting project", "its
50,000 t/a recycled aluminium project", "a 20-tonne-per-year 7N indium pilot line"). The words
between never run past a word of ``data/phrase-stops.txt`` ("200,000 tonnes of copper in the
plant" names no project), except an "and" between two of them before the head ("the
300,000-tonne-per-year recycled aluminium and aluminium alloy project"). Rule ``project:capacity``; the capacity itself is kept on the
candidate (``nfo:capacity`` when the draft is written is left to the reviewer's note).

One compiled pattern, one pass over the text (linear)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate

RULE = "project:capacity"
# a number not inside another ("1,500", "1.2", "20"); it opens with its first digit so that the
# engine only tries the pattern where a digit is
_NUM = r"\d(?<![\w,.]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
_MAG = r"(?:[ -](?:million|thousand|billion|hundred))?"
_PER = r"(?:(?:[ -]per[ -]|[ -]an?[ -]|[ -]|/)(?:year|annum|yr)\b|/a\b|/y\b)?"


@lru_cache(maxsize=None)
def _pattern() -> tuple[re.Pattern, dict[str, str]]:
    heads = {h.replace("_", " "): c for h, c in (ln.split() for ln in lines("org-capacity-heads"))}
    units = sorted(lines("org-capacity-units"), key=len, reverse=True)
    stops = sorted(words("phrase-stops") | {"per", "year", "years", "annum"},
                   key=lambda w: (-len(w), w))      # (ties by text: one pattern every run)
    head_alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(heads, key=len,
                                                                             reverse=True))
    stop_alt = "|".join(re.escape(w) for w in stops)
    unit_alt = "|".join(re.escape(u) for u in units)
    rx = re.compile(
        rf"(?P<cap>{_NUM}{_MAG}[ -]?(?:{unit_alt})(?![A-Za-z]){_PER})"
        rf"(?P<words>(?:\s+(?:and\s+(?=[a-z]))?(?!(?:{stop_alt}|{head_alt})(?![\w-]))"
        rf"[A-Za-z0-9][\w\-/]*){{0,6}}?)"
        rf"\s+(?P<head>{head_alt})(?![\w-])", re.I)
    return rx, heads


def capacity_projects(text: str) -> list[Candidate]:
    rx, heads = _pattern()
    out = []
    for m in rx.finditer(text):
        if not m.group("words").strip() and m.group("head").lower() in ("base", "line", "lines",
                                                                       "mill", "upgrade"):
            continue        # "a 10-tonne base", "the 3 t line": too little to name a project
        if not m.group("head").islower():
            continue        # "Chifeng Jinhe Copper's 200,000-Tonne Smelter": a headline's words
        label = " ".join(text[m.start():m.end()].split())
        cls = heads.get(" ".join(m.group("head").lower().split()), "Project")
        out.append(Candidate(m.start(), m.end(), label, cls, RULE, 0.6))
    return out
