"""An event a schedule's field names by its label alone ("Course:  17-19 March 2027",
"Meeting:  7 January 2027") beside the event the text names in full ("the second training
course on the subject", "MINUTES OF THE EXPERT REVIEW MEETING"), two rules each drafting one,
is that event: the full name keeps the label, the field's mentions and statements (its days,
its venue, who organises it) move over, and what pointed at the field's event points at it.

Only where the field's label is of one or two words (rule ``event:schedule-line``), the other
event is named (not a clause: ``event:verb-clause``, ``event:future-step``,
``event:planned-milestone``), has the field's last word for its head ("course", "meeting"),
shares one of its days (start, planned or end), and is the only such event of the draft. The
head is the other's last word, or the one before its first linking word
(data/name-link-words.txt: "the training course on X"; "Booking form: 15 January" is not
"the deadline to return the booking form"). Runs last, after the relation and date rules.

Round 48, measured on the development sets: 2 folds (a training course, an expert review
meeting), both right; 4 more relations found. Events told by clauses that share a day with a
field ("Decisions will be sent" and "Review decisions") are left apart: a clause may tell
another step on the same day."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines
from kg.ingest.names.surgery import fold_twin
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

FIELD = "event:schedule-line"
_CLAUSES = frozenset(("event:verb-clause", "event:future-step", "event:planned-milestone"))
_DAYS = (NFO.startDate, NFO.plannedDate, NFO.endDate)
_WORD = re.compile(r"[a-z]+")


def _words(label: str) -> list:
    return [w[:-1] if w.endswith("s") and not w.endswith("ss") else w
            for w in _WORD.findall(label.lower())]


def _heads(words: list) -> set:
    """The words that may be the head of a name of these words: the last, and the one before
    the first word that links two things ("course" in "training course on X", not "form" in
    "Deadline to return the booking form")."""
    links = frozenset(lines("name-link-words"))
    first = next((i for i, w in enumerate(words) if w in links), 0)
    return {words[-1]} | ({words[first - 1]} if first else set())


def _days(ent) -> set:
    return {str(o) for p, o, _, _ in ent.statements if p in _DAYS}


def field_twins(draft, spans_of: list) -> int:
    """Fold each field's event into its one named twin; returns how many folded."""
    events = [e for e in draft.entities.values() if not e.known and e.mentions
              and kind(e) == "event"]
    fields = [e for e in events if e.rule == FIELD and 1 <= len(_words(e.label)) <= 2]
    n = 0
    for short in fields:
        days = _days(short)
        words = _words(short.label)
        if not days:
            continue
        twins = [e for e in events if e is not short and e.rule not in _CLAUSES
                 and len(_words(e.label)) > len(words) and words[-1] in _heads(_words(e.label))
                 and days & _days(e)]
        if len(twins) != 1:
            continue
        into = twins[0]
        n += fold_twin(draft, spans_of, short, into)
    return n
