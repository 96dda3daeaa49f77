"""Where a dated clause ends when "and" adds a clause with a verb of its own after the date
(read by :mod:`kg.ingest.events.verb_happenings`): "A delegation visited the town on 19
November and signed a memorandum with its council" tells two happenings, the visit dated by
the day, and the signing, whose agreement the agreement readers date. When an agreement, event
or policy is named past "and signed", the visit's clause ends before it, so that agreement does
not take the visit's day away (a clause naming none keeps its whole: "the committee met on the
18th and selected a consortium" is one happening)."""
from __future__ import annotations

import re

# "and" (or "but", "then") with a past verb right after it, or after "also"/"then"
_AND_VERB = re.compile(r"[ \t\n]+(?:and|but|then)[ \t\n]+(?:(?:also|then|later|jointly)[ \t\n]+)?"
                       r"(?P<v>[a-z]{3,}ed|signed|held|met|made|took|gave|won|saw|sent|set|"
                       r"agreed|began|went|became|wrote|chose|drew|led)\b")
_WINDOW = 160


def next_clause(text: str, d, verb, end: int) -> int:
    """The end of the clause ``verb`` tells with the date ``d`` (``end`` the clause's end as
    read): before an "and <past verb>" after the date, when the verb stands before the date."""
    if verb is None or verb.end() > d.start:
        return end
    m = _AND_VERB.search(text, d.end, min(end, d.end + _WINDOW))
    if m is None or text.find(",", d.end, m.start()) != -1:
        return end
    return m.start()


# two reported clauses joined: "X said that its A mine was flooded in May and that the B plant
# restarted in June": each is a happening of its own, the date's clause the one that holds it
_AND_THAT = re.compile(r",?[ \t\n]+and[ \t\n]+that[ \t\n]+")
_THAT = re.compile(r"\bthat[ \t\n]")
_THAT_OPENS = re.compile(r"that[ \t\n]+(?=\S)")
_AND_BEFORE = re.compile(r"\band[ \t\n]+\Z")


def reported_part(text: str, start: int, end: int, d) -> tuple[int, int]:
    """``(start, end)`` narrowed to the reported clause that holds the date ``d`` when "and
    that" joins a second one to a first "that" clause ("said that A ... and that B ...")."""
    opening = _THAT_OPENS.match(text, start)
    if opening is not None and _AND_BEFORE.search(text, max(0, start - 8), start):
        return opening.end(), end     # (cut after "and" already: "that" opens no happening)
    if text.find("and that", start, end) == -1:
        return start, end
    for m in _AND_THAT.finditer(text, start, end):
        if not _THAT.search(text, start, m.start()):
            continue        # (no "that" clause before it: not two reported clauses)
        if m.start() >= d.end:
            return start, m.start()
        if m.end() <= d.start:
            start = m.end()
    return start, end
