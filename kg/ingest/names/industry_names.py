"""Listed companies named without their legal form in market and wire news (rule
``name:industry-company``, used by ``slots``): "Zijin Mining fell 2%", "shares of Tianqi
Lithium", "Shanghai-listed Jinchuan Nickel", "Western Mining said on Monday", "Yunnan Tin's
output". The name: one to three capitalised words, then a word of an industry
(``data/industry-name-heads.txt``: Mining, Copper, Resources, Rare Earth ...; and of any other
trade, ``data/company-trade-heads.txt``: Motors, Chemicals, Energy ...); what makes it a
company: a word after it that only an actor takes (a market or company verb, "shares",
"chairman": ``data/industry-name-cues.txt``), its possessive, or words before it ("shares of",
"-listed", "rivals"), a stock code in brackets after it; and the names a cued one is listed with ("Zijin Mining and Jiangxi Copper
fell"). Not a name that goes on ("Guangxi Aluminium Industry Association", "X Copper Co.,
Ltd."), nor one in lower case ("Guangxi aluminium output rose"), nor one that opens with a
market's word ("LME Copper", "Spot Nickel": ``data/industry-name-not-first.txt``). The heads
found by one scan, the words around each read only when a cue is near; linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.head_words import role_words
from kg.ingest.reading.tickers import TICKER_ASIDE
from kg.ingest.names.word_runs import ORG_WORD, before, phrase_at_end

RULE, CONFIDENCE = "name:industry-company", 0.45
_POSS = re.compile(r"['’]s?$")
_JOIN = frozenset({"and", "&", "or"})


@lru_cache(maxsize=1)
def _lexicon():
    # (the metals' words and the other trades' words: data/company-trade-heads.txt)
    heads = frozenset(lines("industry-name-heads")) | frozenset(lines("company-trade-heads"))
    after_cues, before_cues = set(), set()
    for line in lines("industry-name-cues"):
        kind, cue = re.split(r"\s{2,}", line, maxsplit=1)
        (after_cues if kind == "after" else before_cues).add(cue)
    not_first = frozenset(lines("industry-name-not-first"))
    return heads, max(len(h.split()) for h in heads), frozenset(after_cues), \
        frozenset(before_cues), not_first


@lru_cache(maxsize=1)
def _heads_rx() -> re.Pattern:
    """A head's last word after a space, a line break or a bracket (grouped by first letter:
    the engine skips to those characters)."""
    heads = {h.split()[-1] for h in _lexicon()[0]}
    groups: dict[str, list[str]] = {}
    for w in sorted(heads, key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile(r"[ \t\n(](?:" + "|".join(f"{c}(?:{'|'.join(r)})" for c, r in groups.items())
                      + r")(?![\w-])")


# what parts two words no name runs over: a blank line, a tab or a wide gap (a table's cells)
_APART = re.compile(r"\n[ \t\r]*\n|\t| {3,}")
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*([A-Za-z][\w-]*|[,&])")
# what a cue before the name prints (a cheap look before the words are read)
_BEFORE_HINTS = ("of", "in", "listed", "rival", "peer", "miner", "producer", "smelter", "refiner")


def industry_names(text: str) -> list[Candidate]:
    heads, longest, after_cues, before_cues, not_first = _lexicon()
    found = []          # (start, end, label, cued)
    for m in _heads_rx().finditer(text):
        he = m.end()
        poss = text.startswith(("'s", "’s"), he) or text[he:he + 1] in ("'", "’") \
            and text[he - 1:he] == "s"
        nm = None if poss else _NEXT_WORD.match(text, he)
        first_next = nm.group(1) if nm else ""
        if first_next[:1].isupper() or first_next in ("Co", "Ltd", "Inc", "Corp"):
            continue        # "X Copper Co., Ltd.", "Guangxi Aluminium Industry Association"
        # a stock code in brackets after it ("Zijin Mining (601899.SH) said"): a listed company
        ticker = not poss and TICKER_ASIDE.match(text, he) is not None
        if not (poss or ticker or first_next in after_cues or first_next in _JOIN or first_next == ","
                or any(h in text[max(0, he - 90):he] for h in _BEFORE_HINTS)):
            continue        # (no cue near: the words before are not read)
        toks = before(text, he, 120)        # (the last one ends at the head's end)
        k = phrase_at_end(toks, heads, longest)
        if not k:
            continue
        name = []
        for t in reversed(toks[:-k]):
            w = t.group(0)
            if len(name) == 4 or not ORG_WORD.fullmatch(w) or w in not_first and not name \
                    or w.endswith(("-listed", "-based", "-headquartered")) \
                    or _APART.search(text, t.end(), (name[0] if name else toks[-k]).start()):
                break       # (a blank line or a table's cell between: "Digest\n\nCopper rose")
            name.insert(0, t)
        while name and name[0].group(0) in not_first:
            name = name[1:]
        if not name or len(name) == 4:
            continue        # a metal alone ("Copper fell"); a longer name
        start = name[0].start()
        prev = before(text, start, 60)
        if prev and _titled(text, prev[-1], start) or len(name) >= 2 \
                and name[0].group(0).lower() in role_words()[0]:
            continue        # "race director Lin Nickel said", "Spokeswoman Anna Zinc declined":
            # a person after a job's title
        # (the run of words before it, from the last punctuation: "A Co., Ltd. (600362.SH) and
        # B Mining" runs into no title)
        cut = max(text.rfind(c, max(0, start - 60), start) for c in ".,;:)]")
        if sum(t.group(0)[:1].isupper() for t in prev[-5:] if t.start() > cut) >= 3:
            continue        # a title in title case runs into it ("... into Industry Development X")
        cued = poss or ticker or first_next in after_cues or _cued_before(prev, before_cues)
        label = " ".join([t.group(0) for t in name] + [text[toks[-k].start():he]])
        found.append((start, he, " ".join(label.split()), cued))
    return _with_lists(text, found)


def _titled(text: str, last, start: int) -> bool:
    """Whether the word right before a name (``last``, on its line) is a job's title in lower
    case ("race director", "chief engineer", "spokeswoman"): the name is a person's."""
    w = last.group(0)
    return w.islower() and w in role_words()[0] and "\n" not in text[last.end():start]


def _cued_before(prev: list, cues: frozenset) -> bool:
    if not prev:
        return False
    last = prev[-1].group(0)
    if last.endswith("-listed"):
        return True
    return last in cues or len(prev) > 1 and f"{prev[-2].group(0)} {last}" in cues


def _with_lists(text: str, found: list) -> list[Candidate]:
    """The cued names and those listed with one ("A Mining and B Copper fell")."""
    cued = [f[3] for f in found]
    # a cue reaches the whole list, whichever of its names it follows: one sweep each way
    # (not a pass per name it travels: a list of thousands was quadratic)
    joined = [text[found[i][1]:found[i + 1][0]].strip(" \t\n,") in _JOIN | {""}
              for i in range(len(found) - 1)]
    for i in range(len(found) - 1):
        if joined[i] and cued[i]:
            cued[i + 1] = True
    for i in range(len(found) - 2, -1, -1):
        if joined[i] and cued[i + 1]:
            cued[i] = True
    return [Candidate(s, e, label, "Company", RULE, CONFIDENCE)
            for (s, e, label, _), c in zip(found, cued) if c]
