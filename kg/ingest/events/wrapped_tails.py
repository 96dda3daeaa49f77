"""A phrase's tail that runs on past a hard line break (:mod:`kg.ingest.events.bare_nouns`):
"gave a lecture on building a modern" + newline + "energy system" is one title, so the tail
("on building a modern energy system") goes on when the next line carries the phrase on: it
starts in lower case, with no blank line between (a new field, a list item, a heading or a new
paragraph starts otherwise). The plain tail, cut at the line's end, stays the fallback when the
phrase does not end within the tail's reach."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation

# a line break the phrase runs across: the next line goes on in lower case ("building a modern
# / energy system"), not after a blank line, not a bullet or a field ("- item", "Venue: X")
_STOPS = alternation("run-on-stops", r"[ \t]+")
# (not a time or a new clause the sentence goes on with: "... for all directors" / "before
# the end of January", data/run-on-stops.txt)
_RUN_ON = r"\n(?=[ \t]*(?!(?:" + _STOPS + r")\b)[a-z])"
# a line break that starts something new: a blank line, a list item ("- X", "2. X", "b) X") or
# a field ("Venue: X", "Time of the meeting: ...") (for a tail that crosses any other break)
NEW_LINE_ITEM = (r"[ \t]*\n[ \t]*(?:\n|[-*\u2022\u00b7\u25cf]|\d{1,2}[.)]|[a-z][.)][ \t]|"
                 r"[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,3}[ \t]*[:\uff1a])")


@lru_cache(maxsize=None)
def run_on(rx: re.Pattern) -> re.Pattern:
    """``rx`` (a tail whose characters and ends exclude a newline) with a running-on line break
    allowed inside it, and no longer read as where it ends."""
    p = rx.pattern
    # inside the tail: a character class without a newline also takes a run-on break
    p = p.replace(r"(?:[^,.;:()\n|\t]|", r"(?:[^,.;:()\n|\t]|" + _RUN_ON + "|", 1)
    # where it ends: a line break only when the next line does not carry the phrase on
    p = p.replace(r"(?=\s*[,.;:()\n|\t]|", r"(?=[ \t]*(?:[,.;:()|\t]|(?!" + _RUN_ON + r")\n)|", 1)
    return re.compile(p, rx.flags)


def tail_match(rx: re.Pattern, text: str, at: int):
    """The tail after ``at``: across a wrapped line when the phrase runs on, else ``rx``'s."""
    if text.find("\n", at, at + 100) < 0:
        return rx.match(text, at)
    return run_on(rx).match(text, at) or rx.match(text, at)
