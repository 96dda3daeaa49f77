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


# a figure after a verb that counts the things it was done to ("sampled 120 batches", "inspected
# 60 underground mines", "trained six young villagers"), not an amount ("exported 6.3 million
# tonnes", "closed at 9,000 yuan", "rose 5%", "ran 45 days"): a plural noun, no unit, right after
_COUNT = re.compile(r"[ \t\n]+(?:(?:about|around|some|nearly|almost|over)[ \t\n]+)?(?:\d{1,3}(?:,\d{3})*|"
                    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                    r"forty|fifty|dozens[ \t\n]+of|hundreds[ \t\n]+of)(?![\d.,%])"
                    r"(?P<words>(?:[ \t\n]+[A-Za-z][a-z-]*){1,3})\b")  # ("14 Chinese entities")
_UNITS = frozenset((
    "tonnes tons tonne ton kilotonnes kilograms grams ounces barrels pounds dollars euros cents "
    "yuan rmb percent points hectares acres metres meters kilometres kilometers miles litres "
    "liters cubic square kilowatts megawatts gigawatts watts kwh mwh gwh volts amperes hours days "
    "weeks months years times minutes seconds units shares lots million billion thousand hundred "
    "per fold degrees mm cm km kg mt kt").split())


_PREPOSITIONS = frozenset("of in at from for on to with by into across under".split())


def counted_object(text: str, at: int) -> bool:
    """The figure right after ``at`` counts things a verb was done to: plural nouns (at most
    three words, the last a plural), none of them a unit or a multiplier."""
    m = _COUNT.match(text, at)
    if m is None:
        return False
    words = m.group("words").lower().split()
    cut = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))
    words = words[:cut]         # ("120 batches of aluminium profiles": batches)
    return bool(words) and words[-1].endswith("s") and not words[-1].endswith("ss") \
        and not any(w in _UNITS for w in words)


@lru_cache(maxsize=None)
def _sum_deeds() -> frozenset:
    return words("happening-sum-verbs")


def sum_deed(low: str) -> bool:
    """A past form whose object is a sum and is still a happening ("was fined 450,000 yuan on
    16 September", "compensated the villagers 2 million yuan": ``data/happening-sum-verbs.txt``):
    a figure after it is the penalty's or the payment's, not an amount the verb reports."""
    return low in _sum_deeds()


# "added" telling a deed, not speech: things put into something ("added 14 entities to its
# Entity List", "added a second line to the plant"), not "added that", "he added."
_ADDED_TO = re.compile(r"[ \t\n]+(?!that\b|it\b|he\b|she\b|they\b)(?:[\w$\u00a5\u20ac\u00a3][\w,.'\u2019-]*"
                       r"[ \t\n]+){1,6}?to[ \t\n]+(?:its|their|the|his|her|a|an)[ \t\n]")


@lru_cache(maxsize=None)
def _thing_verbs() -> frozenset:
    return words("happening-object-verbs")


# the object of a growth verb that is a thing: a determiner or possessive, then words with no
# figure of amount or share up to the clause's next stop ("the second reward from X on 27
# November"; not "its output by 12% in May", "its exports of 4,000 tonnes", "a 5% rise")
_THING = re.compile(r"[ \t\n]+(?:the|its|their|his|her|a|an|this|these)[ \t\n]+(?!\d)")
_FIGURE_AHEAD = re.compile(r"[^.;:\n]{0,80}?(?:\d[\d,.]*[ \t]*(?:%|per[ \t]?cent\b|(?:[a-z]+[ \t]+)?"
                           r"(?:tonnes?|tons?|t|kt|yuan|dollars?|billion|million|thousand)\b)|"
                           r"\bby[ \t]+(?:about[ \t]+|nearly[ \t]+|over[ \t]+|some[ \t]+)?\d|"
                           r"\bto[ \t]+(?:about[ \t]+|nearly[ \t]+|over[ \t]+|some[ \t]+)?\d)", re.I)


def thing_deed(low: str, text: str, at: int) -> bool:
    """``low`` is a verb of growth that takes a thing as its object here (``_THING``, no figure
    ahead in its clause): "recovered the second reward from X", a deed, not an amount."""
    return low in _thing_verbs() and _THING.match(text, at) is not None and \
        _FIGURE_AHEAD.match(text, at) is None


def added_deed(low: str, text: str, at: int) -> bool:
    """``low`` is "added" and what follows it puts something into something (``_ADDED_TO``)."""
    return low == "added" and _ADDED_TO.match(text, at) is not None
