"""A step a note, a ledger or a headline sets ahead with an infinitive and no verb of its own:
"State Grid branch to reply by 15 January", "EPC tender to close in January", "Shareholders to
vote at a general meeting on 21 January 2027", "Comments on the draft to be collected by the
Secretariat before 15 March", "Smelters to be regrouped under one platform by 2028" (minutes,
status tables, action lists and headlines drop the "will" or "is"). The clause opens with its
subject, a capital first (at a sentence's, a line's, a list item's or a semicolon's start:
reading/clause_opens), a few words with no finite verb or pronoun among them
(``data/telegraphic-subject-stops.txt``) and no preposition or conjunction first
(``data/telegraphic-subject-openers.txt``: "In a bid to ..."), then "to" (and "be") and a verb of a step, at most
twelve words before the date's lead: not a word whose own infinitive it is ("the decision to
close", "continues to operate": ``data/telegraphic-step-stops.txt``), not a verb of amount or
level (``data/plan-not-steps.txt``) or of a purpose ("to ensure", "to support":
``data/telegraphic-purpose-verbs.txt``), no figure and no finite verb between the verb and the
date ("sales to third parties are suspended until"). The date must be
still to come (future_steps reads only those); a negation or a condition governs none. The
milestone is made by future_steps (rule ``event:future-step``), labelled by the clause."""
from __future__ import annotations

import re

from kg.ingest.events.step_patterns import not_steps
from kg.ingest.lexicon import words
from kg.ingest.reading.clause_opens import CLAUSE_OPEN
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, may_set_mood, mood

# the subject (a capital first, up to eight words), "to", "be" perhaps, the verb, what follows
_STEP = re.compile(r"[ \t\n\"'(*\u2022-]*(?P<subject>[A-Z][\w'\u2019&/.-]*(?:[ \t\n]+[\w'\u2019&/()-]+)"
                   r"{0,7}?)[ \t\n]+to[ \t\n]+(?P<be>be[ \t\n]+)?(?P<verb>[a-z][a-z-]+)\b"
                   r"(?P<rest>(?:[ \t\n]+[\w'\u2019,()-]+){0,12}?)[ \t\n]*$")
_FIGURE = re.compile(r"\d")
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
# what may not follow "to" as a verb: a determiner, a pronoun, a count or an order, a date's
# word ("Visitors to the fair", "Sales to third parties", "up to date"); nor a word in a
# plural's, a participle's or a gerund's form ("Changes to rules", "Loans to listed firms",
# "Sales to mining companies": a verb after "to" is in its base form)
_NOT_VERB = frozenset("the a an its their his her our my your this that these those all each "
                      "every some any no date one two three four five first second third "
                      "fourth fifth next last other such both".split())
_NOT_BASE = re.compile(r"(?:[^s]s|[^e]ed|..ing)$")
# a finite verb after the infinitive's: the clause has a verb of its own ("Sales to third
# parties are suspended until 15 December")
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|shall|should|must|can|could|"
                     r"may|might|does|do|did)\b", re.I)
_NOT = re.compile(r"\b(?:if|unless|whether|not|never|no\s+longer)\b", re.I)
_TAIL = 200         # how far after the date the clause's mood is read


def telegraphic_step(text: str, d, at: int, lo: int):
    """(start of the clause, where its verb ends) of a step an infinitive with no finite verb
    sets ahead, before the date's lead at ``at`` (its clause not before ``lo``), else None."""
    start = lo
    for o in CLAUSE_OPEN.finditer(text, lo, at):
        start = o.end()
    m = _STEP.match(text, start, at)
    if m is None:
        return None
    subject = _WORD.findall(m.group("subject"))
    if not subject or any(w.lower() in words("telegraphic-subject-stops") for w in subject) or \
            subject[0].lower() in words("telegraphic-subject-openers") or \
            subject[-1].lower() in words("telegraphic-step-stops") or \
            any(w.endswith("ed") and w.islower() for w in subject):
        return None         # ("It has to pay", "In a bid to", "The decision to close")
    verb = m.group("verb")
    if verb in _NOT_VERB or not m.group("be") and _NOT_BASE.search(verb) and verb != "bring" or \
            verb in not_steps() or verb in words("telegraphic-purpose-verbs") or _FIGURE.search(m.group("rest")) or \
            _FINITE.search(m.group("rest")) or _NOT.search(text, m.start("subject"), at):
        return None         # ("Prices to rise in 2027", "Output to reach 5,000 t by May")
    hi = min(len(text), d.end + _TAIL)
    s = m.start("subject")
    if may_set_mood(text, s, hi) and mood(text, s, d.end, s, hi) in (NEGATED, CONDITIONAL):
        return None
    return s, m.end("verb")
