"""Verb forms :mod:`kg.ingest.events.verb_happenings` reads beyond its word lists: short past
forms in their phrases ("SHFE cut the position limit", "In June the province set up a task
force": ``data/happening-short-verbs.txt``; alone, "a rate cut" is a noun) and a discovery
told in the passive by a verb that is otherwise a verb of reporting ("the spill was found on
Tuesday"; not "was found guilty", "a study found that": ``data/happening-passive-verbs.txt``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words

# what makes a passive a judgement or a state ("was found to contain", "found guilty")
_JUDGED = re.compile(r"[ \t\n]+(?:to|that|guilty|liable|responsible|innocent|not|in\s+breach|in\s+"
                     r"violation)\b")
# a subject right before a short verb: a name ("SHFE", "Indonesia"), a pronoun, or an auxiliary
_SHORT_SUBJECT = re.compile(r"(?:\b[A-Z][\w&.'\u2019-]*|\b(?:it|they|we|he|she|It|They|We|He|She|"
                            r"was|were|been|be|had|has|have))[ \t\n]+(?:(?:also|then|jointly|"
                            r"further|later)[ \t\n]+)?$")
# what may follow a short verb read without a particle: not a preposition, a conjunction or an
# auxiliary ("cut export permits", not "cut in half", "cut and polished")
_OBJECT = (r"(?=[ \t\n]+(?!(?:in|on|at|by|to|from|of|off|back|down|short|and|or|for|into|with|as|"
           r"was|were|is|are|would|will|has|had|have)\b)[a-z])")


@lru_cache(maxsize=None)
def short_phrases() -> dict:
    """data/happening-short-verbs.txt: each short verb, the patterns of what follows it and
    whether that is a particle (else a subject must come before the verb)."""
    out: dict = {}
    for line in lines("happening-short-verbs"):
        verb, *after = line.lower().split()
        follow = _OBJECT if after == ["*"] else \
            "".join(r"[ \t\n]+" + re.escape(w) + r"\b" for w in after)
        out.setdefault(verb, []).append((re.compile(follow), after != ["*"]))
    return out


def short_phrase(text: str, m: re.Match, adjective: bool) -> int | None:
    """Where the phrase ends when ``m`` (a short verb of data/happening-short-verbs.txt) is the
    clause's verb: its phrase's words after it, and a verb read without its particle ("cut
    export permits") with its subject or auxiliary right before it (not "the rate cut in
    March"); else None. ``adjective``: the word before makes ``m`` a noun's ("a rate cut")."""
    if adjective:
        return None
    subject = _SHORT_SUBJECT.search(text, max(0, m.start() - 40), m.start()) is not None
    for p, particle in short_phrases()[m.group(0).lower()]:
        follow = p.match(text, m.end())
        if follow is not None and (particle or subject):
            return follow.end()     # (past "set up": "set up in May" is no market's move)
    return None


def passive_happening(text: str, m: re.Match, prev: str | None) -> bool:
    """``m`` is a verb of data/happening-passive-verbs.txt in the passive that tells of a
    discovery ("the spill was found on Tuesday"), not a judgement (``_JUDGED``)."""
    return prev in ("was", "were", "been") and m.group(0).lower() in _passives() and \
        _JUDGED.match(text, m.end()) is None


@lru_cache(maxsize=None)
def _passives() -> frozenset:
    return words("happening-passive-verbs")
