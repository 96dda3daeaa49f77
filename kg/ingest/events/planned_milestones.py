"""Milestones a plan sets ahead: "the zinc line is due to be commissioned in December 2027 and
the germanium and indium line by the end of June 2028", "The mine is expected to produce its
first ore in June 2028 and the smelter to start up by the end of that year", "The plant will
be put into production in 2029".

A clause names a subject ("the zinc line", "The mine", "its second phase"), a plan ("is due
to", "is expected / scheduled / set / slated / planned to", "will"), a planned step
(``data/planned-milestone-verbs.txt``: commissioned, start up, completed, put into production,
its first ore ...) and a date after "in", "by", "by the end of", "before"; "and the Y (to
<step>) by <date>" right after it is a second milestone of the same sentence (its step the
first one's when it names none). Each is a ``nfo:Milestone`` (rule ``event:planned-milestone``,
0.4) labelled "<step> of <subject>" ("Commissioning of the zinc line"), with the words printed
from its subject to its step for an alias ("the zinc line is due to be commissioned": a
reviewer who keeps it has a name its evidence shows, and one no other milestone shares), its
evidence the clause, its ``nfo:plannedDate`` the date as precise as printed (a quarter or half: its year):
a step still to come, which the timeline shows as planned (not ``nfo:startDate``, a date
reached).
A clause without a plan ("was commissioned in May") is left to :mod:`kg.ingest.events.milestones`.

A timetable says the same with an obligation ("the new smelter must start trial production by
30 June 2028", "the company shall shut down the old kilns no later than the end of 2027", "X is
required to stop mining from 1 July") or in the present tense with a day still to come (after
the document's date: "the old site stops taking new orders from 1 March 2027 and shuts its
last furnaces by 31 December 2027"; "and <step> by <date>" after it is a second step of the
same subject). The steps are the same list, read in any person ("starts", "shuts", "stops").
A present-tense step with a past day, or with no document date to tell, is none."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.events.years import document_year
from kg.ingest.reading.dates import date_literal, find_dates, roll_forward
from kg.ingest.relations.house_subjects import RULE as HOUSE_SUBJECT
from kg.ingest.terms import NFO

RULE = "event:planned-milestone"
FUTURE = "event:future-step"     # (events/future_steps.py: a plan with any verb; kept alike)
FUTURE_ABOUT = "event:future-step-about"    # (its document, named in its clause)
HOLDER = "event:dated-meeting-holder"       # (events/holder_meetings.py)
PLANS = (RULE, FUTURE)
_KEPT = (NFO.plannedDate, NFO.about)
# what a future step is about when its own words say it (kept on a step future_steps read): its
# document named in its clause, the works its words name ("the overhaul of its smelter",
# relations/works_milestones.py), the name after its cue ("a review of the X Project",
# relations/head_objects.py), the thing its "the <noun>" points back at ("The fund will be
# registered", relations/step_referents.py)
_OWN_WORDS_ABOUT = frozenset((FUTURE_ABOUT, "topic:works-milestone", "topic:head-object",
                              "topic:step-referent@0.6"))


@lru_cache(maxsize=None)
def _steps() -> tuple[re.Pattern, list[str]]:
    """One pattern of every planned step (group ``s<i>`` for line i) and their nouns."""
    alts, nouns = [], []
    for i, line in enumerate(lines("planned-milestone-verbs")):
        pattern, noun = (x.strip() for x in line.split("=>", 1))
        alts.append(f"(?P<s{i}>{pattern.replace('(?P<what>', f'(?P<what{i}>')})")
        nouns.append(noun)
    return re.compile("|".join(alts)), nouns


# a subject: "the zinc line", "The mine", "its second phase", "the first 50,000-tonne line"
# (not across "said that": "The company said the line ..." is the line's)
_STOP = "said|says|that|which|is|are|was|were|will"


# a determiner after the first word: that one was a conjunction ("says that | the new screen")
_NO_DET = r"(?!(?:the|a|an|its|their|this|that|these|those|our|his|her)\s)"


def _subject(stop: str) -> str:
    word = rf"(?!(?:{stop})\b)"
    return (r"(?P<subj>\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+" + _NO_DET + r"(?:" + word
            + r"[\w'\u2019-]+(?:[,.]\d[\w-]*)*\s+){0,5}?" + word + r"[\w-]+)")


_PLAN = (r"\s+(?:(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:due|expected|scheduled|set|slated|planned|"
         r"going|likely)\s+to|will(?:\s+(?:now|also))?)\s+")
_PREP = (r"\s+(?:in|by|before|on|at|around)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?"
         r"(?:(?:early|late|mid)[\s-]+)?$")
# "... and the Y (to <step>) by <date>" (after "and", a subject may hold "and": "the germanium
# and indium line")
_CONJ = re.compile(r"\s*,?\s+and\s+" + _subject(_STOP) + r"(?:\s+(?:(?:is|are)\s+)?(?:(?:due|"
                   r"expected|scheduled|set)\s+)?to\s+(?P<step>[^,;.]{3,60}?))?" + _PREP)
_FIRST = re.compile(_subject(_STOP + "|and") + _PLAN + r"(?P<step>[^,;.]{3,60}?)" + _PREP)
# a step a noun names, the clause's subject ("Construction is to begin in October 2026", "the
# first metal is expected in December 2027"): the plan, then a verb of starting or none
_START = re.compile(r"(?:begin|start|commence|get\s+under\s*way|kick\s+off|resume)", re.I)
_PLAN_TO = (r"\s+(?:(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:(?:due|expected|scheduled|set|slated|"
            r"planned|going|likely)\s+)?to|will(?:\s+(?:now|also))?)\s+")
_PLAN_FOR = (r"\s+(?:is|are)\s+(?:(?:now|still|also)\s+)?(?:due|expected|scheduled|set|slated|"
             r"planned)(?:\s+for(?:\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?)?$|(?=\s+(?:in|by|"
             r"before|around)\s))")
_CUE = re.compile(r"\b(?:due|expected|scheduled|set|slated|planned|going|likely|will|must|shall|"
                  r"required|obliged|ordered|has\s+to|have\s+to|needs?\s+to|"
                  r"(?:starts?|begins?|commences?)\s+(?:in|by|on|before))\s")
# a timetable's obligation ("must", "shall", "is required to"), or none (the present tense of a
# step whose day is still to come); an aside between subject and verb (", with 50,000 tonnes a
# year of primary magnesium,") is skipped
_MUST = (r"(?:,\s[^;.]{1,100}?,)?\s+(?P<must>(?:must|shall|should|has\s+to|have\s+to|needs?\s+to|"
         r"(?:is|are)\s+(?:(?:also|now|still|further|then)\s+)?(?:required|obliged|obligated|ordered|"
         r"supposed|expected)\s+to)\s+)?")
_PREP_TT = (r"\s+(?:at\s+[0-2]?\d:[0-5]\d\s+)?(?:in|by|before|on|from|as\s+of|starting|effective|no\s+later\s+"
            r"than|not\s+later\s+than|at)\s+(?:the\s+(?:end|middle|start|beginning)\s+of\s+)?"
            r"(?:(?:early|late|mid)[\s-]+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday),?\s+)?$")


# the clause, its subject taken wide (up to six words; the step is found inside it below)
_TIMETABLE = re.compile(r"(?P<subj>\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+" + _NO_DET
                        + r"[^,;.]{1,80}?)" + _MUST
                        + r"(?P<step>[^,;.]{3,60}?)" + _PREP_TT)
_AND_STEP = re.compile(r"\s*,?\s+and\s+(?:(?:must|shall|will)\s+)?(?P<step>[^,;.]{3,60}?)" + _PREP_TT)
_MODAL = re.compile(r"\b(?:must|shall|should|has\s+to|have\s+to|needs?\s+to|required\s+to|obliged\s+to|"
                    r"obligated\s+to|ordered\s+to|supposed\s+to|expected\s+to)\s")
_SUBJ_STOP = re.compile(r"\b(?:said|says|that|which|is|are|was|were|will|and|must|shall|should|has|"
                        r"have|needs?)\b")

_LOOK = 240         # how far before a date its clause may begin (characters)


@lru_cache(maxsize=None)
def _bare() -> tuple[re.Pattern, list[str]]:
    """The pattern of a step named by its noun as a clause's subject, and the nouns."""
    alts, nouns = [], []
    for i, line in enumerate(lines("planned-step-nouns")):
        pattern, noun = (x.strip() for x in line.split("=>", 1))
        alts.append(f"(?P<n{i}>{pattern.replace('(?P<what>', f'(?P<nwhat{i}>')})")
        nouns.append(noun)
    subj = (r"(?P<subj>\b(?:(?:the|its|their)\s+)?(?:" + "|".join(alts) + r"))(?:\s+(?:of|on|at|for)"
            r"\s+(?P<of>(?:(?!(?:is|are|will|do|does|did|not|never)\b)[\w'\u2019-]+\s+){0,5}?"
            r"(?!(?:is|are|will|do|does|did|not|never)\b)"
            r"[\w'\u2019-]+))?")
    # (no verb nor its negation among the words after "of": "Construction of the mine does not
    # start in June" is no start of "construction of the mine does not")
    # (or, round 26, a start in the present tense, "Construction starts in May", "Trial runs
    # begin in the first half of next year": read only for a day still to come)
    rx = re.compile(subj + r"(?:" + _PLAN_TO + r"(?P<step>[^,;.]{3,60}?)" + _PREP + r"|"
                    + _PLAN_FOR + r"(?:" + _PREP + r")?|(?P<pres>\s+(?:starts?|begins?|"
                    r"commences?))" + _PREP + r")", re.I)
    return rx, nouns


# what may stand before a clause's subject: the sentence's start, a list number, "and", a
# clause break ("; ", ": ", ", and", "--"), a verb of saying ("said work on the mine will ...")
_OPENS = re.compile(r"(?:^|[.;:!?]|--|\d\.|\band|\bwhile|\bwhereas|\bsaid|\bsays|\bthat)"
                    r"[\s\"'\u201c]*$", re.I)


def _bare_step(text: str, ss: int, lo: int, at: int):
    """(match, noun) of a step named by its noun as the subject of the clause that ends at
    ``at`` ("Construction is to begin in"), in the sentence from ``ss``, or None."""
    rx, nouns = _bare()
    for m in rx.finditer(text, lo, at):
        if m.end() != at:
            continue
        if m.start() > ss and not _OPENS.search(text[max(ss, m.start() - 12):m.start()]):
            continue
        i = next(int(k[1:]) for k, v in m.groupdict().items()
                 if v is not None and k[0] == "n" and k[1:].isdigit())
        step = m.group("step")
        if step and not _START.fullmatch(" ".join(step.lower().split())):
            noun = _step_noun(step)         # "Construction is due to be completed by ..."
            if noun is None:
                continue
            noun = noun if noun != "Completion" else "Completion of construction"
        else:
            what = m.groupdict().get(f"nwhat{i}")
            noun = nouns[i].replace("{what}", what.lower() if what else "")
        return m, (_label(noun, m.group("of")) if m.group("of") else noun)
    return None


def plan_step_before(text: str, lo: int, at: int) -> bool:
    """A planned step ("is expected to be put into operation in") ends at ``at``: the date
    there is the plan's, not the day a project started."""
    m = _FIRST.search(text, lo, at)
    return m is not None and _step_noun(m.group("step")) is not None


def _step_noun(step: str | None) -> str | None:
    """The milestone's noun for the planned step ``step`` ("be commissioned": "Commissioning"),
    or None when it is no such step."""
    if not step:
        return None
    rx, nouns = _steps()
    m = rx.fullmatch(" ".join(step.lower().split()))
    if m is None:
        return None
    i = next(int(k[1:]) for k, v in m.groupdict().items() if v is not None and k[0] == "s")
    what = m.groupdict().get(f"what{i}")
    return nouns[i].replace("{what}", what or "")


def _label(noun: str, subj: str) -> str:
    subj = " ".join(subj.split())
    return f"{noun} of {subj[:1].lower()}{subj[1:]}"


# what a quarter or a half of a year prints ("the third quarter", "Q3 2027", "H2 2026", "1H27")
_YEAR_PART = re.compile(r"\b(?:quarter|half)\b|\b[QH][1-4]\b|\b[1-4][QH](?=[ \t]?\d)", re.I)


def year_part(d, text: str | None = None) -> bool:
    """``d`` is a quarter or a half of a year, not a span of months ("from October to
    December"): its words say so (with ``text``), else its months are a quarter's or a half's."""
    if not d.until or d.kind != "gYearMonth":
        return False
    if text is not None:
        return _YEAR_PART.search(text, d.start, d.end) is not None
    if d.until[:4] != d.value[:4] or len(d.until) != 7:
        return False
    first, last = int(d.value[5:7]), int(d.until[5:7])
    return first % 3 == 1 and last - first in (2, 5)


def planned_value(d, text: str | None = None) -> str:
    """A planned date as precise as printed; a quarter or a half: its year."""
    return d.value[:4] if year_part(d, text) else d.value


_value = planned_value


def keep_planned_date(ent, dates, text: str | None = None, by_end: dict | None = None) -> int:
    """After the relation rules: a planned milestone's date is the one its clause ends with (a
    guess from the sentence, "June 2028" for "the smelter to start up by the end of that year",
    goes), and what it is about (the project) is all it states: the people, places and metals
    of its sentence took no part in a step still to come (their guesses go), unless the step's
    clause has the notice's own issuer for its subject ("The Commission will re-check them in
    March": its organiser, relations/house_subjects.py). Returns 1 when its date was restored.
    ``by_end``: the first of ``dates`` at each end, made once by a caller that asks for every
    entity (a scan of the dates per entity grew with the square of the text)."""
    if ent.rule == HOLDER:
        # (a meeting named only as a date's holder, "at its meeting on 15 December": its own
        # date alone; who attended, chaired or what it discussed its clause does not say)
        ent.statements[:] = [st for st in ent.statements if st[3] == HOLDER]
        return 0
    if ent.rule not in PLANS or not ent.mentions:
        return 0
    # (a step future_steps read with any verb keeps its date and what its own words say it is
    # about alone: what else its clause names is too loosely tied to it)
    # (and the end of a planned span of days or months, "closed from 1 to 7 October", its own)
    ent.statements[:] = [st for st in ent.statements
                         if (st[0] in _KEPT and (ent.rule != FUTURE or st[0] == NFO.plannedDate
                                                 or st[3] in _OWN_WORDS_ABOUT))
                         # ("The Commission will re-check Nos. 1 to 4": the notice's own
                         # issuer, the subject of the step's clause, organises it)
                         or st[3] == HOUSE_SUBJECT
                         or (st[0] == NFO.endDate and st[3] == ent.rule)]
    end = ent.mentions[0].end
    own = by_end.get(end) if by_end is not None else next(
        (d for d in dates if d.end == end), None)
    if own is None:
        return 0
    value = _value(own, text)
    current = [str(st[1]) for st in ent.statements if st[0] == NFO.plannedDate]
    if current == [value] or len(current) == 1 and current[0][4:] == value[4:] and \
            current[0][:4].isdigit() and int(current[0][:4]) == int(value[:4]) + 1:
        return 0        # (or a yearless date its reader set a year ahead: "closes at the end
        #                 of February", in a text of December, is next February)
    span = ent.mentions[0]
    ent.statements[:] = [st for st in ent.statements if st[0] not in (NFO.plannedDate,
                                                                      NFO.endDate)]
    ent.add(NFO.plannedDate, date_literal(value), Span(span.start, span.end), ent.rule)
    if own.until and value == own.value:
        ent.add(NFO.endDate, date_literal(own.until), Span(span.start, span.end), ent.rule)
    return 1


def planned_milestones(draft, sents, minter) -> list:
    """Add the planned milestones described above; returns them."""
    text = draft.text
    if not _CUE.search(text):
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    # (a month or day before the document's date in a clause about the future: the next year's)
    dates = [roll_forward(text, d, doc_date) for d in find_dates(
        text, document_year(text, doc_date), extended=True, doc_date=doc_date)]
    made = []
    prev = None         # (sentence start, end of the last milestone's date, its noun)
    for d in dates:
        if d.kind not in ("date", "gYearMonth", "gYear") or not d.value[:4].isdigit():
            continue
        ss, _ = sents.bounds(d.start)
        lo = max(ss, d.start - _LOOK)
        m = noun = None
        if prev is not None and prev[0] == ss and prev[1] <= d.start:
            m = _CONJ.fullmatch(text, prev[1], d.start)
            if m is not None:
                noun = _step_noun(m.group("step")) if m.group("step") else prev[2]
        if noun is None:
            m = _FIRST.search(text, lo, d.start)
            noun = _step_noun(m.group("step")) if m is not None else None
        label = alias = None
        if noun is None:
            got = _timetable_step(text, lo, d, doc_date, prev)
            if got is not None:
                at, alias, noun, label = got
        bare = False
        if noun is None:
            got = _bare_step(text, ss, lo, d.start)     # "Construction is to begin in"
            if got is not None and got[0].group("pres") and doc_date is not None and \
                    d.value[:len(doc_date)] <= doc_date[:len(d.value)]:
                got = None      # ("Construction starts in May" of a day gone: a timeline's)
            if got is not None:
                (m, noun), bare = got, True
        if noun is None:
            continue
        value = _value(d, text)
        if label is None:
            label = noun if bare else _label(noun, m.group("subj"))
            at = m.start("subj")
            alias = text[at:m.end("step") if m.group("step") else m.end("subj")]
        span = Span(at, d.end)
        ent = Entity(minter.mint("event", value, " ".join(label.split()[:8])), NFO.Milestone,
                     label, False, RULE, 0.4, role=True)
        ent.mentions.append(Span(span.start, span.end))
        ent.aliases.add(" ".join(alias.split()))
        ent.add(NFO.plannedDate, date_literal(value), Span(span.start, span.end), RULE)
        draft.entities[ent.iri] = ent
        made.append(ent)
        prev = (ss, d.end, noun, label)
    return made


def _timetable_step(text: str, lo: int, d, doc_date: str | None, prev):
    """(start, alias, noun, label) of a timetable's step ending at the date ``d`` (see the
    module's doc), or None: an obligation, or the present tense with a day after ``doc_date``.
    (Only a day still to come or an obligation word before it is read further: cheap.)"""
    ahead = doc_date is not None and d.value[:len(doc_date)] > doc_date[:len(d.value)]
    if not ahead and not _MODAL.search(text, lo, d.start):
        return None
    if ahead and prev is not None and lo <= prev[1] <= d.start and prev[3]:
        m = _AND_STEP.fullmatch(text, prev[1], d.start)
        noun = _step_noun(m.group("step")) if m is not None else None
        if noun is not None:    # "... and shuts its last furnaces by <date>": the same subject
            return (m.start("step"), m.group("step"), noun,
                    prev[3].replace(prev[2], noun, 1))
    m = _TIMETABLE.search(text, lo, d.start)
    if m is None or not (m.group("must") or ahead):
        return None
    a = m.start("subj")
    if m.group("must"):
        subj, noun = m.group("subj"), _step_noun(m.group("step"))
        # (the alias without an aside between the subject and its verb: "the plant must start")
        alias = subj + " " + text[m.start("must"):m.end("step")]
    else:
        # "the old site stops taking new orders": the step starts at a word after the subject
        words = list(re.finditer(r"\S+", text[a:m.end("step")]))
        subj = noun = None
        for k in range(2, min(len(words), 7)):
            head = text[a:a + words[k - 1].end()]
            if _SUBJ_STOP.search(head):
                break
            noun = _step_noun(text[a + words[k].start():m.end("step")])
            if noun is not None:
                subj = head
                break
        alias = text[a:m.end("step")]
    if noun is None or subj is None or _SUBJ_STOP.search(subj) or len(subj.split()) > 7:
        return None
    return a, alias, noun, _label(noun, subj)
