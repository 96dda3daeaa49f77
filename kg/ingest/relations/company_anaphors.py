"""Which company "the miner", "the operator", "the mining company" or "the listed firm" stands
for, so that the ownership rules read "A owns 70% of the operator" and "The mining company is
60% owned by A and 40% by B" (:mod:`kg.ingest.relations.referents` reads "the company", "the
group" and "its").

A phrase is "the" + up to three describing words + a noun of ``data/company-anaphor-nouns.txt``
("the copper miner", "the joint venture"), or + a describing word of
``data/company-anaphor-modifiers.txt`` or a capitalised one before "company", "firm", "group" or
"corporation" ("the listed company", "the Kazakh firm"). It is not a referent when a name or
"of" follows ("the operator Kokzhar Copper LLP", "the operator of the mine"). It stands for, in
this order, the company named before it (within ``_BACK`` characters):

1. whose name or description shares a word with the phrase ("the refiner" after "X Nickel
   Refining Pty Ltd", "the copper miner" after "Y Copper Mining", "the joint venture" after
   "Z Co., Ltd., a joint venture of ..."), the nearest such;
2. for an operator: the company a site was said to be operated or run by ("The mine is run by
   A. ... the operator");
3. else the first company of the sentence before (of the paragraph before, for a paragraph's
   first sentence): the subject the text goes on about. (Not the company named last in its own
   sentence: "A, a subsidiary of B, owns 70% of the operator" is not of B.)

A phrase is looked for only where an ownership rule's cue needs a company (a pattern match
in a short window there), and its company found by bisect over the names: linear in the
text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.terms import NFO

_BACK = 1500                # characters: how far back the company may be named
_WINDOW, _AFTER = 80, 40    # characters: a phrase's start before its noun; what may follow it
_GENERIC = ("company", "firm", "group", "corporation")
_WORD = re.compile(r"[a-z]{4,}")
# a description set off after a name: "X Co., Ltd., a joint venture of ...", "Y (a copper miner)"
_DESCRIBED = re.compile(r"\s*(?:,|\()\s*(?:a|an|the)\s+([^,.;()]{1,60})")
_STOP = frozenset(("company", "companies", "firm", "group", "corporation", "limited", "holding",
                   "holdings", "state", "owned", "listed", "local", "foreign", "private",
                   "china", "chinese", "national", "international", "industry", "industrial"))
# what "the operator" may follow: "is run by A", "operated by A", "A, which operates"
_RUN_BY = re.compile(r"\b(?:operated|run|managed|worked)\s+by\s+(?:the\s+)?$", re.I)
_RUN_BY_ANY = re.compile(r"\b(?:operated|run|managed|worked)\s+by\s", re.I)
# a company's name set off right after the phrase: "70% of the operator, X Ltd" names X itself
_APPOSED = re.compile(r"[ \t\n]*[,(][ \t\n]*")
_STEMS = {"miner": "min", "mining": "min", "refiner": "refin", "refining": "refin",
          "smelting": "smelt", "smelter": "smelt", "trader": "trad", "trading": "trad",
          "recycler": "recycl", "processor": "process", "manufacturer": "manufactur",
          "explorer": "explor", "developer": "develop", "fabricator": "fabricat",
          "investor": "invest", "investment": "invest", "venture": "ventur", "jv": "ventur",
          "holding": "holding", "resources": "resourc", "metals": "metal", "metal": "metal",
          "mine": "min", "mines": "min", "mineral": "min", "minerals": "min"}


@lru_cache(maxsize=1)
def _phrase_rx() -> re.Pattern:
    nouns = sorted(lines("company-anaphor-nouns"), key=lambda w: (-len(w), w))
    mods = sorted(lines("company-anaphor-modifiers"), key=lambda w: (-len(w), w))
    noun = "|".join(re.escape(n).replace(r"\ ", r"[ \t\n]+") for n in nouns)
    mod = "|".join(re.escape(m).replace(r"\ ", r"[ \t\n]+") for m in mods)
    desc = r"(?:(?:" + mod + r"|[A-Z][a-z]{2,}|[a-z]+-(?:owned|based|listed|controlled))[ \t\n]+)"
    return re.compile(
        r"\b[Tt]he[ \t\n]+(?P<np>" + desc + r"{0,3}(?:" + noun + r")|" + desc + r"{1,3}(?:"
        + "|".join(_GENERIC) + r"))\b(?![ \t\n]+of\b)(?![ \t\n]+[A-Z])(?!-)")


@lru_cache(maxsize=1)
def _np_rx() -> re.Pattern:
    """The phrase without its "the", matched where a rule's cue says a company is named."""
    rx = _phrase_rx().pattern
    return re.compile(rx[rx.index("(?P<np>"):])


def _stem(w: str) -> str:
    return _STEMS.get(w, w[:6] if len(w) > 6 else w)


_STOP_STEMS = frozenset(_stem(w) for w in _STOP)


def _stems(words) -> set:
    return {_stem(w.lower()) for w in words} - _STOP_STEMS


class Anaphors:
    """The phrases of a text, looked up only where an ownership rule's cue needs a company
    ("... owns 70% of the operator", "The miner is 55% owned by"): a match in a short window,
    so the cost is that of the cues, not of the text."""

    def __init__(self, text, spans_of, sents):
        self.text, self.spans_of, self.sents = text, spans_of, sents
        self._orgs = None

    def _rows(self):
        if self._orgs is None:
            company = str(NFO.Company)
            orgs = sorted((x for x in self.spans_of if str.__eq__(x[2].cls, company)),
                          key=lambda x: x[0])
            self._orgs = (orgs, [x[0] for x in orgs])
        return self._orgs

    def ending_at(self, pos):
        """``(start, end, company)`` of a phrase ending at ``pos`` ("The miner| is 55% owned
        by"), or None."""
        for m in _phrase_rx().finditer(self.text, max(0, pos - _WINDOW), pos):
            if m.end("np") == pos:
                return self._resolved(m)
        return None

    def starting_at(self, pos):
        """``(start, end, company)`` of a phrase whose noun phrase starts at ``pos``, after
        "the" ("70% of the |operator"), or None."""
        if not self.text[max(0, pos - 4):pos].lower().startswith("the"):
            return None
        m = _phrase_rx().match(self.text, max(0, pos - 4))
        if m is None or m.start("np") != pos:
            return None
        return self._resolved(m)

    def _resolved(self, m):
        orgs, starts = self._rows()
        company = _company(self.text, m, orgs, starts, self.sents) if orgs else None
        return None if company is None else (m.start("np"), m.end("np"), company)


def company_anaphors(text, spans_of, sents, kind=None) -> list:
    """``(start, end, company)`` for each phrase of the text whose company it makes plain, in
    text order (a whole scan: for tests and tools; the rules use :class:`Anaphors`)."""
    ana = Anaphors(text, spans_of, sents)
    out = []
    for m in _phrase_rx().finditer(text):
        got = ana._resolved(m)
        if got is not None:
            out.append(got)
    return out


def for_draft(draft, spans_of, sents) -> Anaphors:
    """The draft's :class:`Anaphors`, made once for the rules that use them."""
    got = draft.__dict__.get("_company_anaphors")
    if got is None:
        got = draft.__dict__["_company_anaphors"] = Anaphors(draft.text, spans_of, sents)
    return got


def _company(text, m, orgs, starts, sents):
    pos = m.start()
    a = _APPOSED.match(text, m.end())
    k = bisect.bisect_left(starts, a.end()) if a is not None else len(starts)
    if k < len(starts) and starts[k] == a.end():
        return None             # "the operator, X Ltd": the name follows, no referent
    i = bisect.bisect_left(starts, pos) - 1
    lo = bisect.bisect_left(starts, pos - _BACK)
    if i < lo:
        return None
    words = _WORD.findall(m.group("np").lower())
    want = _stems(words)
    for j in range(i, lo - 1, -1):          # 1. a word of the name or description
        s, e, ent = orgs[j]
        if e > pos:
            continue
        said = _WORD.findall(ent.label.lower())
        d = _DESCRIBED.match(text, e, pos)
        if d is not None:
            said += _WORD.findall(d.group(1).lower())
        if want & _stems(said):
            return ent
    if words and words[-1] == "operator":   # 2. the company a site is run by (none if what
        for j in range(i, lo - 1, -1):      #    it is run by is not a company the draft has)
            s, e, ent = orgs[j]
            if _RUN_BY.search(text, max(0, s - 30), s):
                return ent
        if _RUN_BY_ANY.search(text, max(0, pos - _BACK), pos):
            return None
    ss, _ = sents.bounds(pos)               # 3. the subject of the sentence before (of the
    if ss > 0:                              #    paragraph before, at a paragraph's start)
        ps, _ = sents.bounds(ss - 1)
        if "\n\n" in text[ps:ss]:
            cut = text.rfind("\n\n", 0, ps)
            ps = 0 if cut < 0 else cut + 2
        k = bisect.bisect_left(starts, ps)
        if k < len(orgs) and orgs[k][0] < ss:
            return orgs[k][2]
    return None
