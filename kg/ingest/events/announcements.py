"""An announcement a sentence opens with: "The X Exchange said on Tuesday it would raise trading
margins ...", "X announced on Monday that it will start ...". The saying is the happening the
day dates when what is said is still to come (a plan, a change to be made); when it reports a
step already taken ("X said on Monday it had completed the sale") the step is the happening and
:mod:`kg.ingest.events.verb_happenings` reads its verb instead.

Only a sentence whose subject is a name and whose verb of saying comes right after it and right
before its day: a closing attribution (", the department said on Wednesday.") tells where the
news came from, not a happening of its own (dev sets: the curators recorded 2 of 2 opening
announcements, 1 of 6 closing attributions)."""
from __future__ import annotations

import re

# the sentence's subject, a name printed in capitals ("The Shanghai Futures Exchange",
# "Jiangxi Copper Co., Ltd.", "Yunnan's Department of Ecology"), then its verb of saying
# and the preposition of its day
_OPENS = re.compile(r"(?:The[ \t]+)?[A-Z][\w'\u2019&.-]*(?:[ \t\n]+(?:[A-Z][\w'\u2019&.-]*|of|and|for|"
                    r"the|de|on|Co\.,|&))*[ \t\n]+(?P<verb>said|announced|confirmed|stated)"
                    r"[ \t\n]+(?:on[ \t]+|last[ \t]+|in[ \t]+)?(?:the[ \t]+)?$")
_SAYING = re.compile(r"[a-z]+")
# what it said is still to come: "it would raise", "that it will start", "the two mills plan to"
_TO_COME = re.compile(r"[ \t\n]*(?:\([^()\n]{0,40}\)[ \t]*)?,?[ \t\n]*(?:that[ \t\n]+)?"
                      r"(?:[\w'\u2019.-]+[ \t\n]+){1,4}?(?:would|will|plans?|intends?|"
                      r"is[ \t\n]+to|are[ \t\n]+to|aims?)\b")


def announced(text: str, start: int, d) -> re.Match | None:
    """The verb of saying of an announcement ``text[start:]`` opens with, dated by the date
    ``d`` right after it; None when the sentence is not one (see the module's docstring)."""
    m = _OPENS.fullmatch(text, start, d.start)
    if m is None or _TO_COME.match(text, d.end) is None:
        return None
    return _SAYING.match(text, m.start("verb"))
