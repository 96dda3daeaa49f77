"""The vocabulary :mod:`kg.ingest.events.future_steps` reads a step still to come by: the plan
words ("will", "is to", "planned for": ``data/plan-markers.txt``), the leads of a planned date
("by", "before", "no later than", "by the end of"), and what makes a clause no step of its own
(a figure's target, a day in force, a condition, a past form, an amount after the verb). Kept
apart from the reader so that each stays one piece a reader can hold."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words

BE = r"(?:is|are|'s|will\s+be|would\s+be|has\s+been|have\s+been)"
MAX = 170          # how far a plan word may stand before its date (characters)


@lru_cache(maxsize=None)
def markers() -> re.Pattern:
    alts = sorted((x.replace("BE", BE) for x in lines("plan-markers")), key=lambda x: (-len(x), x))
    return re.compile(r"(?<![\w'])(?:" + "|".join(alts) + r")(?![\w'])", re.I)


@lru_cache(maxsize=None)
def not_steps() -> frozenset:
    return words("plan-not-steps")


# a cheap test before any pattern runs: a text without one of these plans nothing
GATE = re.compile(r"\b(?:will|shall|would|to|must|should|could|might|may|due|planned|"
                   r"scheduled|expected|slated)\b|'ll", re.I)
# what leads a planned date: "by", "before", "in", "no later than", "by the end of", "in early",
# "next" (a weekday: "will publish the data next Monday"), "for" after "planned" / "scheduled";
# "in the week of 11 January", "in the dry season of early 2027": the day or year that week or
# season is in
LEAD = re.compile(r"(?<![\w-])(?:by|before|in|from|on|next|until|till|within|starting(?:\s+(?:in|from))?|"
                   r"(?:(?<=planned\s)|(?<=scheduled\s)|(?<=slated\s)|(?<=due\s)|(?<=set\s)|"
                   r"(?<=timetabled\s)|(?<=targeted\s)|(?<=earmarked\s))for|"
                   r"beginning(?:\s+(?:in|from))?|around|at|as\s+(?:of|from|early\s+as)|after|"
                   r"no\s+later\s+than|not\s+later\s+than|no\s+earlier\s+than|sometime\s+in|"
                   r"during)\s+(?:(?:[0-2]?\d[:.][0-5]\d|noon|midday|midnight)(?:\s*(?:a\.?m\.?|p\.?m\.?|"
                   r"hrs?|h))?\s+(?:on\s+)?)?"      # ("by 09:30 on", "before noon on")
                   r"(?:the\s+(?:end|start|beginning|middle|close|turn|first\s+half|"
                   r"second\s+half|spring|summer|autumn|fall|winter|week|(?:dry|rainy|wet|flood)"
                   r"\s+season)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?"
                   r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)
# a relative date that needs no preposition ("will move its head office next year")
BARE_DATE = re.compile(r"(?:next|this|later\s+this|early\s+next|late\s+next)\b", re.I)
# where a clause begins, before its plan word (not a time's colon: "a session (19:00-21:00) is
# planned for ...")
OPEN = re.compile(r";|(?<!\d):(?!\d)|\s--?\s|[\u2013\u2014]|,\s+(?:and|but|while|whereas|although|though|so)\s+|"
                   r"\b(?:said|says|told\s+\w+|added|stated|noted|announced|explained|confirmed|"
                   r"expects?|believes?|hopes?)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?=[a-zA-Z])|"
                   r"\b(?:when|where|after|once)\s+(?=[a-z])|\b(?:said|says|told|added|stated|noted|"
                   r"announced|explained|confirmed)\b[^,;.\n]{0,40}?\bthat\s+(?=\S)|\b[Aa]ccording\s+to\s[^,;]{2,60},\s*|"
                   # "X has cut its costs and plans to ...": the plan's own verb opens it
                   r"\s(?:and|but)\s+(?=(?:also\s+)?(?:will|would|shall|plans?|aims?|intends?|expects?|"
                   r"hopes?|seeks?|wants?|is|are|must|should|could|pledged|promised|vowed|agreed|"
                   r"decided)\b)")
# a list the clause brings in ("the Court will hear the following cases in the week of ..."):
# each item below is an event of its own, the clause none (round 56)
LIST_AHEAD = re.compile(r"\bthe\s+following\b", re.I)
# a document's day in force is the document's ("The rules will take effect on 1 May"), not a step
IN_FORCE = re.compile(r"\b(?:(?:take|come|enter|go)\s+(?:into\s+)?(?:effect|force|operation)|be\s+"
                       r"(?:implemented|enforced|effective|in\s+force|in\s+effect|valid|applied)|"
                       r"apply\s+(?:from|as\s+of|to\s+all)|expire|lapse|be\s+dated)\b", re.I)
# a condition or a hedge: the step is only possible ("may have to cut runs by October")
CONDITION = re.compile(r"\b(?:if|unless|whether|provided\s+that|in\s+case|subject\s+to|"
                        r"(?-i:may)|might|could|possibly|perhaps|maybe)\b", re.I)
# ... or right after its date: "The plant will stop on 22 June if the audit fails"
CONDITION_AFTER = re.compile(r"[ \t\n]*,?[ \t\n]*(?:(?:only|even|but)[ \t\n]+)?(?:if|unless|provided"
                              r"[ \t\n]+that|in[ \t\n]+case|subject[ \t\n]+to)\b", re.I)
# a plan told in the past ("was due to open in May, but ...")
PAST = re.compile(r"\b(?:was|were|had\s+been)\s+(?:\w+\s+)?$", re.I)
# words between the plan word and its verb
SKIP = frozenset("also now still then again soon first only likely probably gradually fully "
                  "formally officially eventually initially further jointly each both all not "
                  "be been being have get finally possibly hopefully thus therefore quickly "
                  "immediately shortly subsequently in turn".split())
# "be" + a state that is a step ("will be operational by 2028", "be in place before May")
STATE = re.compile(r"(?:operational|online|on\s+line|on\s+stream|ready|complete|in\s+place|"
                    r"in\s+operation|in\s+service|in\s+force|in\s+effect|up\s+and\s+running|"
                    r"on\s+(?:public\s+)?(?:display|show|view)|open\s+(?:to|for)\s|"
                    r"back\s+(?:online|in\s+operation|to\s+normal|on\s+stream))\b", re.I)
PARTICIPLE = re.compile(r"[a-z]+(?:ed|en|wn|un|ught|ult|ilt|ent|eld|old|ade|one|ost|ast|id|et|ut)$")
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
AMOUNT = re.compile(r"\s+(?:(?:to|by|up|down|about|around|over|nearly|almost|some|more\s+than|"
                     r"less\s+than|a\s+total\s+of|up\s+to|only|at\s+least|roughly)\s+)*"
                     r"[$\u00a5\u20ac\u00a3]?\d", re.I)
NOMINAL = re.compile(r"\bwith\s+(?P<np>(?:a|an|the|its|their|his|her)\s+(?:[A-Za-z][\w'-]*\s+){0,5}?"
                      r"[A-Za-z][\w'-]*)\s+(?:(?:due|planned|expected|scheduled|targeted|set)\s+)?"
                      r"(?:by|before)\s+(?:the\s+end\s+of\s+)?$")
BLOCKING = ("event", "agreement", "policy")
# a figure the step is measured by: a target or a forecast, not a step ("aims to cut emissions
# by 40%", "would raise output from 150,000 tonnes", "a scale of 110,000 tons")
FIGURE = re.compile(r"\d[\d,.]*\s*(?:%|per\s*cent|percent|million|billion|thousand|"
                     r"[a-z]*(?:tonnes?|tons?|yuan|dollars?|euros?|watts?|wh|hectares?|kilomet\w*|"
                     r"met(?:re|er)s?|barrels?|ounces?|lbs?|kg|mt|kt|gw|mw|kv)\b)", re.I)
# the step a verb of expectation takes as its object ("expects its final close by the end of
# March", "targets full output in the first half of 2027", "we expect first metal in May", "we aim
# for batch supply in the third quarter", "hopes for first product in 2028"), and a noun phrase after "with" and
# before "in" a date still to come ("with series production in the second quarter of 2027")
LEAD_WORDS = (r"\s+(?:(?:in|by|before|from)\s+(?:the\s+(?:end|start|beginning|middle|first\s+half|"
               r"second\s+half)\s+of\s+)?(?:(?:early|late|mid)[\s-]+)?)$")
NP_WORDS = r"(?:[a-z][\w'-]*\s+){0,4}?[a-z][\w'-]*"
EXPECTED = re.compile(r"(?<![\w'])(?:expects|expected|anticipates|anticipated|targets|targeted|eyes|"
                       r"plans|planned|schedules|scheduled|(?:(?<=\bwe\s)|(?<=\bthey\s)|(?<=\bWe\s)|(?<=\bI\s))"
                       r"(?:expect|anticipate|target)|(?:aims?|aimed|aiming|hopes?|hoped|hoping)\s+for)\s+(?P<np>(?:(?:a|an|the|its|their|his|"
                       rf"her)\s+)?{NP_WORDS}){LEAD_WORDS}|(?<!together\s)(?<!along\s)(?<![\w'])with\s+"
                       rf"(?P<bare>{NP_WORDS}){LEAD_WORDS}")
# (not a noun before the verb's form: "the planned restart" is the step, "its plans" no verb)
NOT_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|of)\s+)$", re.I)
NOT_FIRST = frozenset("of for to on at in from by with as that which who and or".split())


@lru_cache(maxsize=None)
def measures() -> frozenset:
    return words("plan-not-step-nouns")


@lru_cache(maxsize=None)
def made_step() -> re.Pattern:
    """The object of "make" that makes it a step ("will make a joint check of the sites"):
    ``data/made-step-nouns.txt``, after an article and up to three words."""
    alts = sorted((re.escape(x).replace(r"\ ", r"[ \t\n]+") for x in lines("made-step-nouns")),
                  key=lambda x: (-len(x), x))
    return re.compile(r"[ \t\n]+(?:a|an|the)[ \t\n]+(?:[\w-]+[ \t\n]+){0,3}?(?:"
                      + "|".join(alts) + r")s?(?![\w-])", re.I)


# a date that comes back ("by 31 January each year", "before 31 March of each year", "in the
# fourth quarter of every year"): a rule's standing day, no one step set ahead or asked for
# (round 46: 8 of the development sets' unrecorded milestones, future steps and deadlines,
# none of their recorded ones)
RECURRING = re.compile(r"[ \t\n]*(?:of[ \t\n]+)?(?:each|every)[ \t\n]+"
                       r"(?:year|month|quarter|week|half[- ]year)\b", re.I)
