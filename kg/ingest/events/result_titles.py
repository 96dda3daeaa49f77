"""The event a results notice's title names: "Announcement on the Results of the 2026 Municipal
Supervision Spot-Check of X", "Notice on the Results of the 2026 Y Skills Competition", "Result
Notice of Proficiency Testing Programme Z", "Announcement on the Results of the Issuance of A
Shares". What the results are of is a happening of its own (a check, a contest, a programme,
an issue), and the notice is about it.

For each new document of the draft whose label reads "Result(s) (Notice) of/on (the) X" (one
of the words of ``data/result-title-heads.txt`` opening it, any case), X is that event:

* an event of the draft already named X, or one with a mention (outside the title) holding a
  word of X's head's stem ("the Sampling of ..." and "we sampled 62 batches"; "the Acceptance
  Inspection of ..." and "the acceptance inspection"), is that one: the notice is about it;
* else a new ``nfo:Event`` labelled X (rule ``event:result-title``, 0.5), named where the title
  prints X and at the first use of the head's stem after it outside any other name ("our
  administration spot-checked ...", "The Company issued ..."), the clause that dates it
  (:mod:`kg.ingest.events.date_attach`). After the clause events are read
  (:func:`fold_clauses`), the first one after the title holding the stem (a name had taken
  the word: "Our administration spot-checked ... from D1 to D2") is folded into it (its
  mention, days and parties move over), else, with no mention but the title's, the first use
  of the stem outside the names read since.

The notice is about it (``nfo:about``, rule ``topic:title-results``). The head is the last word
of X before "of", "for", "on" or "at" (else X's last word before a code or a year)."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.names.surgery import fold
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:result-title", 0.5
ABOUT_RULE = "topic:title-results"
_CLAUSE = "event:verb-clause"
_TITLE = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:on|of)\s+the\s+(?:Final\s+)?Results?\s+(?:of|on)\s+"
                    r"(?:the\s+)?(?P<x>.+)$|^Results?\s+(?:Notice|Announcement)\s+(?:of|on)\s+"
                    r"(?:the\s+)?(?P<y>.+)$", re.I)
_HEAD = re.compile(r"^(?P<head>.+?)\s+(?:of|for|on|at|in)\s", re.I)
_SUFFIX = re.compile(r"(?:ations?|ances?|ing|ions?|es|s|e)$")


def _stem(x: str) -> str | None:
    """The stem of X's head word, lower case ("sampl", "inspect", "spot-check", "issu"), or None
    when the head is no word of ``data/result-title-heads.txt``."""
    m = _HEAD.match(x)
    words = (m.group("head") if m else x).split()
    words = [w for w in words if not re.search(r"\d", w)] or words
    head = words[-1].lower()
    if head not in _heads():
        return None
    stem = _SUFFIX.sub("", head)
    return stem if len(stem) >= 4 else head


_HEADS: set | None = None


def _heads() -> set:
    global _HEADS
    if _HEADS is None:
        _HEADS = {w.lower() for w in lines("result-title-heads")}
    return _HEADS


def _flexible(x: str) -> re.Pattern:
    return re.compile(r"\s+".join(re.escape(w) for w in x.split()), re.I)


def propose(draft, spans_of, minter) -> list:
    """Add the events results notices' titles name (and the notices' ``nfo:about``)."""
    text = draft.text
    if "esult" not in text:
        return []
    made = []
    docs = [e for e in draft.entities.values()
            if not e.known and e.mentions and kind(e) == "policy" and "esult" in e.label]
    for doc in docs:
        t = _TITLE.match(doc.label)
        if t is None:
            continue
        x = (t.group("x") or t.group("y")).strip()
        stem = _stem(x)
        if stem is None or len(x.split()) < 2:
            continue
        m0 = doc.mentions[0]
        at = _flexible(x).search(text, m0.start, min(len(text), m0.end + 400))
        if at is None:
            continue
        title = Span(at.start(), at.end())
        word = re.compile(rf"\b{re.escape(stem)}[\w-]*", re.I)
        held = _held(draft, x, word, doc, m0)
        if held is None:
            held = Entity(minter.mint(x), NFO.Event, x, False, RULE, CONFIDENCE)
            held.mentions.append(title)
            body = _body_word(text, word, max(m0.end, title.end), spans_of)
            if body is not None:
                held.mentions.append(body)
            draft.entities[held.iri] = held
            made.extend((s.start, s.end, held) for s in held.mentions)
        if not doc.statements.has(NFO.about, held.iri):
            doc.add(NFO.about, held.iri, title, ABOUT_RULE)
    spans_of.extend(made)
    return [e for _, _, e in made]


def _held(draft, x: str, word: re.Pattern, doc, m0):
    """The one event of the draft named X, else the one whose mention outside the title holds
    the head's stem, else None."""
    name = normalise_name(x)
    events = [e for e in draft.entities.values()
              if e is not doc and not e.known and e.mentions and kind(e) == "event"]
    named = [e for e in events if normalise_name(e.label) == name
             or name in {normalise_name(a) for a in e.aliases}]
    if len(named) == 1:
        return named[0]
    worded = [e for e in events if any(
        not (m0.start <= m.start and m.end <= m0.end + 400)
        and word.search(draft.text, m.start, m.end) for m in e.mentions)]
    return worded[0] if len(worded) == 1 else None


def fold_clauses(draft, spans_of) -> int:
    """Give each event of :func:`propose` the clause after the title that tells it: the first
    clause event (``event:verb-clause``) holding its head's stem is folded into it (its
    mention, day, participants and place move over; the title's name stays), else the first use
    of the stem outside every name is a mention of it. Returns how many were folded."""
    text = draft.text
    mine = [e for e in draft.entities.values() if e.rule == RULE]
    n = 0
    for ent in mine:
        stem = _stem(ent.label)
        if stem is None:
            continue
        word = re.compile(rf"\b{re.escape(stem)}[\w-]*", re.I)
        after = ent.mentions[0].end
        clauses = sorted((min(m.start for m in e.mentions), e) for e in draft.entities.values()
                         if e.rule == _CLAUSE and e.mentions and not e.known
                         and min(m.start for m in e.mentions) >= after
                         and any(word.search(text, m.start, m.end) for m in e.mentions))
        if clauses:
            fold(draft, spans_of, clauses[0][1], ent)
            n += 1
            continue
        body = _body_word(text, word, after, spans_of) if len(ent.mentions) == 1 else None
        if body is not None:
            ent.mentions.append(body)
            spans_of.append((body.start, body.end, ent))
    return n


def _body_word(text: str, word: re.Pattern, after: int, spans_of):
    """The first use of the head's stem after the title, outside every name the draft holds: a
    past form first ("spot-checked", "issued": the clause that tells it), else any."""
    free = [m for m in word.finditer(text, after)
            if not any(s < m.end() and m.start() < e for s, e, _ in spans_of)]
    m = next((m for m in free if m.group().lower().endswith("ed")), free[0] if free else None)
    return Span(m.start(), m.end()) if m is not None else None
