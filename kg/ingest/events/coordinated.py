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
