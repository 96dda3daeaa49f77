"""Bodies set up for one task and printed in lower case: "a rescue headquarters was set up at the
mine", "an accident investigation team headed by X", "the nine-member expert panel of the
index", "a joint working group of the two ministries" (the words that end such a name:
``data/team-heads.txt``, each naming the task; up to two lower-case words before it; a noun of
``data/team-bare-heads.txt`` with a word naming the task before it: "the nomination committee"). An
organisation of its own (rule ``name:lower-team``, low confidence: a reviewer gives it its full
name), labelled by its words without a count ("nine-member") and with the capitalised name of
what it serves when one follows "of/for (the)" ("expert panel of the X Index"). One scan."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate

RULE = "name:lower-team"
CONFIDENCE = 0.4
_STOP = frozenset({
    "the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those",
    "and", "or", "of", "for", "to", "in", "on", "at", "by", "with", "from", "was", "were", "is",
    "are", "be", "been", "has", "have", "had", "will", "would", "said", "says", "set", "new",
    "sent", "formed", "led", "up", "as", "which", "who", "also", "then", "when", "where"})
_COUNT = re.compile(r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                    r"fifteen|twenty|thirty)-(?:member|person|strong|man)")
_OWNER = re.compile(r"[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?((?:[A-Z][A-Za-z0-9'\u2019&\-]*[ \t]+)"
                    r"{0,5}[A-Z][A-Za-z0-9'\u2019&\-]*)")

# what may follow the body's name: an end of clause, a preposition or conjunction, a verb
_AFTER = re.compile(r"\s*(?:[.,;:)\"\u201d]|$)|\s+(?:of|for|to|in|at|on|under|from|with|and|or|"
                    r"was|were|is|are|has|have|had|will|would|said|says|led|headed|chaired|"
                    r"set|made|found|sent|took|reported|issued|concluded|met|began|started|"
                    r"arrived|visited|that|which|who|comprising|consisting|including|"
                    r"composed|formed|established|organi[sz]ed|appointed|announced|"
                    r"completed|submitted|released|drained|pumped|rescued|worked|"
                    # (any verb in the past: "the standing committee decided", "our marketing
                    # team attended")
                    r"[a-z]{2,}ed)\b")


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    heads = sorted({" ".join(h.split()) for h in lines("team-heads") + lines("team-bare-heads")},
                   key=lambda h: (-len(h), h))
    alts = "|".join(r"\s+".join(re.escape(w) for w in h.split()) for h in heads)
    return re.compile(rf"(?<![\w-])({alts})(?![\w-])")


# a body said not to be there: "no working group was set up", "there is not yet an expert panel",
# "without a rescue headquarters" (up to two modifiers between)
_DENIED = re.compile(r"\b(?:no|not[ \t\n]+(?:yet[ \t\n]+)?(?:a|an|any)|without[ \t\n]+(?:a|an|any)|"
                     r"nor[ \t\n]+(?:a|an|any))[ \t\n]+(?:[a-z0-9-]+[ \t\n]+){0,2}$", re.I)

# up to two lower-case words just before the head ("accident investigation team")
_MODS = re.compile(r"(?<![\w'\u2019-])((?:[a-z0-9][a-z0-9-]*\s+){0,2})$")


def lower_teams(text: str) -> list[Candidate]:
    out = []
    for h in _pattern().finditer(text):
        m = _Match(h, _MODS.search(text, max(0, h.start() - 60), h.start()))
        mods = m.group(1).split()
        while mods and mods[0] in _STOP:
            mods = mods[1:]
        keep = [w for w in mods if not _COUNT.fullmatch(w)]
        if keep and keep[0] in words("team-vague-words"):
            keep, mods = [], []     # "the relevant committee": no word of its name
        if any(w in _STOP or w.endswith("ed") and w not in ("joint",) for w in keep):
            keep = []       # "rescuers sent the rescue team": no modifier of the body
            mods = []
        start = text.rfind(mods[0], m.start(1), m.start(2)) if mods else m.start(2)
        if _DENIED.search(text, max(0, m.start(2) - 60), m.start(2)):
            continue        # "no working group was set up": none named
        if not _AFTER.match(text, m.end(2)):
            continue        # "the rescue team members", "the working group's report": a modifier
        end = m.end(2)
        label = " ".join(keep + m.group(2).split())
        own = _OWNER.match(text, end)
        if own is None and not keep and " " not in m.group(2).strip():
            continue        # a bare "the secretariat": whose, the text says elsewhere
        if own is not None:
            end = own.end()
            label += " " + " ".join(text[m.end(2):end].split())
        out.append(Candidate(start, end, label[:1].upper() + label[1:], "Organization", RULE,
                             CONFIDENCE))
    return out


class _Match:
    """The head's match and the modifiers' before it, read as one match of two groups."""

    def __init__(self, head, mods):
        self._g = {1: mods.group(1) if mods else "", 2: head.group(1)}
        self._s = {1: mods.start(1) if mods else head.start(), 2: head.start()}
        self._e = {1: mods.end(1) if mods else head.start(), 2: head.end()}

    def group(self, i):
        return self._g[i]

    def start(self, i):
        return self._s[i]

    def end(self, i):
        return self._e[i]
