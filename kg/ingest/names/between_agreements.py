"""Agreements a text names by their kind and their parties with no verb of making them: a
signing programme's items ("(1) Lithium carbonate offtake agreement between A and B
(2027-2031)", "(2) Memorandum of cooperation between C and the D Chamber"), and a contract
spoken of by its counterpart ("checked the progress of the EPC contract with E Corporation").

The singular noun of an agreement (``data/agreement-heads.txt``, not a plural), with up to three
words of its kind before it ("lithium carbonate offtake", "EPC"; no determiner, count or "new"),
then "between" two organisations the draft names ("A and B", each right where the words go on)
or "with" one (only after a kind word: "the contract with X" says too little) is one
``nfo:Agreement`` (rule ``agreement:between``, confidence 0.5) labelled by the printed phrase
("Lithium carbonate offtake agreement between A and B"), its parties ``nfo:party``. A phrase
another rule named as an agreement, or that crosses a name, mints nothing. One search for the
nouns, a bounded look around each: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.mood import phrase_unreal
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "agreement:between", 0.5
_NOT_KIND = frozenset("a an the this that its their his her our new first second third latest "
                      "another such same said two three four five one any each every no".split())


@lru_cache(maxsize=1)
def _noun_rx() -> Near:
    singles = set()
    for line in lines("agreement-heads"):
        form, single, *more = (x.strip() for x in line.split("|"))
        if "plural" not in more:
            singles.add(form)
    # (forms of one length in a fixed order: the same pattern in every process, kept compiled
    # between runs, kg/ingest/regex_cache.py)
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+")
                   for f in sorted(singles, key=lambda f: (-len(f), f)))
    # (no full stop, comma or semicolon in one: read only between them around its preposition)
    return Near(re.compile(rf"(?<![\w\-])(?P<noun>(?i:{alt}))[ \t\n]+(?P<prep>between|with)[ \t\n]+"
                           rf"(?:the[ \t\n]+)?(?=[A-Z])"), ("between", "with"), stops=".,;")


@lru_cache(maxsize=1)
def _verb_before() -> re.Pattern:
    """A verb of making an agreement (``data/agreement-verbs.txt``) and its determiner and
    words, right before a phrase: "signs a supply agreement with X" is a signing the agreement
    rules read (and their tense and mood), no agreement named by its parties."""
    forms = set()
    for v in lines("agreement-verbs"):     # ("signed": "signs", "signing" too)
        first, *rest = v.split()
        stem = re.escape(first[:-2]) + r"\w*" if first.endswith("ed") else re.escape(first)
        forms.add(r"\s+".join([stem] + [re.escape(w) for w in rest]))
    verbs = "|".join(sorted(forms, key=lambda f: (-len(f), f)))     # (one order in every process)
    return re.compile(rf"\b(?:{verbs})\s+(?:[\w\-]+\s+){{0,3}}$", re.I)


# "no" (or "nor", "without") right before the phrase: "there is no supply agreement with X"
_NO_BEFORE = re.compile(r"(?<![\w'])(?:[Nn]o|[Nn]or|[Ww]ithout|[Nn]ever)[ \t\n]+$")
_KIND_WORD = re.compile(r"[A-Za-z][A-Za-z\-]*|(?:19|20)\d\d(?:-(?:19|20)\d\d)?")


def _kind_words(text: str, at: int) -> int:
    """Where the words of a deal's kind before ``at`` start (up to three, on its line, none
    a determiner, a count or "new"): ``at`` when none."""
    start = at
    for _ in range(3):
        j = start
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == start or j == 0:
            break
        k = j
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        word = text[k:j]
        if not _KIND_WORD.fullmatch(word) or word.lower() in _NOT_KIND:
            break
        start = k
    return start


def between_agreements(draft, spans_of, minter, kind_of) -> list:
    text = draft.text
    if " between " not in text and " with " not in text:
        return []
    rows = [x for x in spans_by_start(spans_of) if not x[2].role]
    starts = [x[0] for x in rows]
    orgs = {x[0]: x for x in rows if kind(x[2]) == "org"}
    made, sents = [], None
    for m in _noun_rx().finditer(text):
        start = _kind_words(text, m.start("noun"))
        words = text[start:m.start("noun")].split()
        if _verb_before().search(text, max(0, start - 60), start):
            continue            # (a verb of making it: the agreement rules' to read)
        if _NO_BEFORE.search(text, max(0, start - 12), start):
            continue            # "there is no supply agreement with X": none is named
        first = orgs.get(m.end())
        if first is None:
            continue
        parties = [first]
        end = first[1]
        if m.group("prep") == "between":
            join = re.match(r"[ \t\n]*(?:,[ \t\n]*)?and[ \t\n]+(?:the[ \t\n]+)?", text[end:end + 20])
            second = orgs.get(end + join.end()) if join else None
            if second is None or second[2] is first[2]:
                continue
            parties.append(second)
            end = second[1]
        elif not words:
            continue            # "the contract with X": which contract, is not said
        i = bisect.bisect_left(starts, start - 200)
        clash = False
        while i < len(rows) and rows[i][0] < end:
            s, e, x = rows[i]
            i += 1
            if e <= start or any(x is p[2] for p in parties):
                continue
            if x.cls == NFO.Agreement or kind(x) != "event" and (
                    s < start < e or s < m.end("noun") and e > end):
                clash = True    # named by another rule, or a name crosses the phrase
                break
        if clash:
            continue
        if sents is None:
            sents = Sentences(text)
        lo, hi = sents.bounds(start)
        if phrase_unreal(text, start, end, lo, hi):
            continue            # "talk of an offtake agreement between A and B was denied"
        label = " ".join(text[start:end].split())
        label = label[:1].upper() + label[1:]
        ent = Entity(minter.mint(label), NFO.Agreement, label, False, RULE, CONFIDENCE)
        ent.mentions.append(Span(start, end))
        for s, e, x in parties:
            ent.add(NFO.party, x.iri, Span(start, e), f"{RULE}@{CONFIDENCE}")
        draft.entities[ent.iri] = ent
        made.append((start, end, ent))
    spans_of.extend(made)
    return [x[2] for x in made]

