"""Whether a step of a visit that :mod:`kg.ingest.events.visit_clauses` reads from a verb is
one the draft already holds, or no visit at all.

* Its own things: an organisation that "inspected its furnaces" or "toured their new line"
  looks after what it owns (the object opens with "its", "their" or "our" and no person is
  the subject): no visit.
* A twin: another rule's event told in the same sentence or the sentence right before or
  after, whose words hold the same verb or noun ("inspect", "inspection"; "visit", "tour") and a
  word of the same object ("the inspection team ... . The team inspected the Baiyin smelter"
  next to "Inspection of the Baiyin smelter"): the clause retells it and is left to it.

The sentences are found by a bounded look around the clause (at most 600 characters each way)
and the events by bisection: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_OWN = re.compile(r"(?:its|their|our)\b", re.I)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_REACH = 600


@lru_cache(maxsize=1)
def _empty() -> frozenset:
    """The words of an object that say nothing of which site it is (``data/visit-twin-stopwords.txt``)."""
    return frozenset(lines("visit-twin-stopwords"))


def own_things(what: str, subject_is_person: bool) -> bool:
    """The object ``what`` is the subject's own ("its furnaces") and no person is the subject."""
    return not subject_is_person and _OWN.match(what) is not None


_STOP = re.compile(r"(?<!\b(?:Co|No|Mr|Dr|St|Jr|Sr|Ms))(?<!\bLtd|\bInc|\bMrs)\.[ \t]+(?=[A-Z0-9\"“])"
                   r"|\.?\n\s*\n|\.\n")


def _sentence_start(text: str, at: int, floor: int) -> int:
    """Where the sentence holding ``at`` starts: after the last stop before it (not an
    abbreviation's: "Co., Ltd. in"), no earlier than ``floor``."""
    last = floor
    for m in _STOP.finditer(text, floor, at):
        last = m.end()
    return last


def _sentence_end(text: str, at: int, ceiling: int) -> int:
    m = _STOP.search(text, at, ceiling)
    return m.start() + 1 if m else ceiling


def around(text: str, a: int, b: int) -> tuple[int, int]:
    """From the start of the sentence before the clause ``a``..``b`` to the end of the one after."""
    lo = max(0, a - _REACH)
    s = _sentence_start(text, a, lo)
    s = _sentence_start(text, max(lo, s - 2), lo) if s > lo else s
    hi = min(len(text), b + _REACH)
    e = _sentence_end(text, b, hi)
    e = _sentence_end(text, min(hi, e + 1), hi) if e < hi else e
    return s, e


def stems(verb: str, noun: str) -> tuple:
    """The lower-case stems a retelling of the step holds: the verb's and the label noun's."""
    if len(verb.split()) > 1:
        return (noun.lower()[:5],)      # "held talks with", "called on": the noun says it
    v = verb.lower()
    for suffix in ("ed", "es", "s"):
        if v.endswith(suffix) and len(v) - len(suffix) >= 4:
            v = v[:-len(suffix)]
            break
    return tuple({v[:5], noun.lower()[:5]})


def twin(text: str, a: int, b: int, what: str, keys: tuple, others: list, other_starts: list,
         labels: dict) -> bool:
    """Whether an event of ``others`` ((start, end) sorted, starts ``other_starts``, labels by
    span ``labels``) told around the clause ``a``..``b`` retells it: one of the stems ``keys``
    and a word of the object ``what`` in its words."""
    words = {w.lower() for w in _WORD.findall(what)} - _empty()
    if not words:
        return False
    s, e = around(text, a, b)
    i = bisect.bisect_left(other_starts, s - _REACH)
    for j in range(i, min(len(others), i + 64)):
        os_, oe = others[j]
        if os_ >= e:
            break
        if oe <= s or os_ <= a < b <= oe:
            continue            # (before the sentence; the clause itself, or one holding it)
        said = (text[os_:oe] + " " + labels.get((os_, oe), "")).lower()
        if not any(k in said for k in keys):
            continue
        if words & {w.lower() for w in _WORD.findall(said)}:
            return True
    return False
