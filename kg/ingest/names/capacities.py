"""Projects named by their capacity, in lower case: a capacity ("200,000-tonne-per-year",
"50,000 t/a", "1.2 million tonnes a year", "300 MW") then up to six ordinary words and a head
of ``data/org-capacity-heads.txt`` ("the 200,000-tonne-per-year copper smelting project", "its
50,000 t/a recycled aluminium project", "a 20-tonne-per-year 7N indium pilot line"). The words
between never run past a word of ``data/phrase-stops.txt`` ("200,000 tonnes of copper in the
plant" names no project), except an "and" between two of them before the head ("the
300,000-tonne-per-year recycled aluminium and aluminium alloy project"). Rule ``project:capacity``; the capacity itself is kept on the
candidate (``nfo:capacity`` when the draft is written is left to the reviewer's note).

A facility's head (class ``Works`` in the list: smelter, plant, line, mine ...) names a project
while the facility is planned, built or changed, and a site at work otherwise: it is an
``nfo:Site`` when a verb of running or having stands right before it ("runs a 200,000-tonne
zinc smelter", ``data/capacity-running-verbs.txt``) or a definite determiner does ("what the
400,000-tonne smelter uses"), and its sentence has no word of planning, building, money or the
future (``data/capacity-works-cues.txt``: "will build a 20,000-tonne magnet plant", "a
350,000-tonne smelter with an investment of ...", "studying a 1-million-tonne refinery").

One compiled pattern, one pass over the text (linear)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate

RULE = "project:capacity"
SITE_RULE = "site:capacity"
# a number not inside another ("1,500", "1.2", "20"); it opens with its first digit so that the
# engine only tries the pattern where a digit is
_NUM = r"\d(?<![\w,.]\d)(?:\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?)"
_MAG = r"(?:[ -](?:million|thousand|billion|hundred))?"
# (a power line named by its voltage needs no other word: "a 230-kilovolt line")
_VOLTS = re.compile(r"kV|kilovolt", re.I)
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
    keys = []
    for m in rx.finditer(text):
        if not m.group("words").strip() and m.group("head").lower() in (
                "base", "line", "lines", "mill", "upgrade") and not _VOLTS.search(m.group("cap")):
            continue        # "a 10-tonne base", "the 3 t line": too little to name a project
        if not m.group("head").islower():
            continue        # "Chifeng Jinhe Copper's 200,000-Tonne Smelter": a headline's words
        label = " ".join(text[m.start():m.end()].split())
        cls = heads.get(" ".join(m.group("head").lower().split()), "Project")
        if cls == "Works":
            cls = "Site" if _at_work(text, m.start(), m.end()) else "Project"
        # ("600,000-tonne semi-coke plant" is "the semi-coke plant" too)
        bare = " ".join(text[m.start("words"):m.end()].split())
        out.append(Candidate(m.start(), m.end(), label, cls,
                             SITE_RULE if cls == "Site" else RULE, 0.6,
                             {bare} if len(bare.split()) > 1 else set()))
        keys.append((m.group("cap").lower(), " ".join(m.group("head").lower().split()),
                     frozenset(m.group("words").lower().split())))
    _same_works(text, out, keys)
    return out


_BACK_LOOK = 8      # how many works of one capacity and head a shorter mention is matched to
_DEFINITE_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]his|[Tt]heir)[ \t\n]+\Z")


def _same_works(text: str, out: list, keys: list) -> None:
    """A works named again with fewer words, the same capacity and head, is the one named in
    full: the headline's "100,000-tonne cathode plant" over the body's "a 100,000-tonne copper
    cathode plant", and "the 100,000-tonne plant" after it (a definite mention, after the full
    one). Its label is the full one's (the pipeline merges them); what it printed, an alias.
    Only the last ``_BACK_LOOK`` of each capacity and head are matched (linear)."""
    title_end = text.find("\n", len(text) - len(text.lstrip()))
    title_end = len(text) if title_end < 0 else title_end
    groups: dict = {}
    for c, (cap, head, ws) in zip(out, keys):
        groups.setdefault((cap, head), []).append((c, ws))
    for items in groups.values():
        if len(items) < 2:
            continue
        for i, (c, ws) in enumerate(items):
            if c.start < title_end:
                fuller = [d for d, dws in items[i + 1:i + 1 + _BACK_LOOK]
                          if d.start >= title_end and ws < dws]
            elif _DEFINITE_BEFORE.search(text, max(0, c.start - 8), c.start):
                fuller = [d for d, dws in items[max(0, i - _BACK_LOOK):i] if ws < dws][-1:]
            else:
                continue
            if fuller and fuller[0].cls == c.cls:
                c.aliases.add(c.label)
                c.label = fuller[0].label


# the two words before the capacity: "runs a", "operates its", "what the", "Yunlu's"
_BEFORE = re.compile(r"(?:\b(?P<w0>[a-z]+)\s+)?(?:\b(?P<w1>[A-Za-z]+)|(?P<poss>['\u2019]s))\s+$")
_DEFINITE = {"the", "its", "their", "our"}
_INDEFINITE = {"a", "an"}
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n\s*\n")


@lru_cache(maxsize=None)
def _cues() -> tuple[re.Pattern, frozenset]:
    cues = sorted(words("capacity-works-cues"), key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(w).replace(r"\ ", r"[\s\-]+") for w in cues)
    return re.compile(rf"\b(?:{alt})\b", re.I), words("capacity-running-verbs")


def _at_work(text: str, a: int, b: int) -> bool:
    """Whether the facility named at ``a:b`` is at work: a verb of running or a definite
    determiner right before it, and no word of planning or building in its sentence (read back
    and forth to the sentence's end, 400 characters at most each way)."""
    cue, running = _cues()
    before = _BEFORE.search(text, max(0, a - 40), a)
    if before is None:
        return False
    w0, w1 = before.group("w0"), (before.group("w1") or "").lower()
    if not (before.group("poss") or w1 in _DEFINITE or w1 in running
            or w1 in _INDEFINITE and w0 in running):
        return False
    lo = max(0, a - 400)
    ends = list(_CLAUSE_END.finditer(text, lo, a))
    lo = ends[-1].end() if ends else lo
    nxt = _CLAUSE_END.search(text, b, b + 400)
    hi = nxt.start() if nxt else min(len(text), b + 400)
    return cue.search(text, lo, a) is None and cue.search(text, b, hi) is None and \
        cue.search(text, a, b) is None
