"""A thing that has run since a date, told with "since": "The smelter, which has been in
operation since 2004, ...", "a pilot line at X's smelter has run since May 2025", "the county's
110 kV substation, in service since last June", "Full output has been back since May 2025",
"Since 2022 we have run a joint laboratory with Y". The date is the start of its running: a
``nfo:Milestone`` "Start of operation of <thing>" (rule ``event:running-since``, 0.35), its
``nfo:startDate`` the date, its evidence the clause from the thing's words to the date (or from
"Since" to the verb's object). A relative clause names the thing before its "which": "X
operates the Y mine, which (it) has run since 1968" is Y mine's start, not "X operates the Y
mine"'s (round 50: the label held the clause before, and under a dateline's dash the dateline).

The states are a word list (``data/since-states.txt``: in operation, in service, run, back
...); a change of amount ("output has risen since May"), a rule in force ("exports have been
controlled since 2023") and a stop are none. A date after the document's is none; a clause an
event, agreement or policy of the draft already holds is left to it. Each date is read once,
its clause looked at in a window of at most 160 characters: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.weekday_dates import text_days
from kg.ingest.events.years import document_year
from kg.ingest.lexicon import alternation, words as words_of
from kg.ingest.reading.clause_opens import CLAUSE_OPEN
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:running-since", 0.35
_BACK = 160         # how far back a clause's subject is looked for (characters)
_SINCE = re.compile(r"\b[Ss]ince[ \t\n]+(?:(?:the|last)[ \t\n]+)?$")
# where a clause starts before its subject: a sentence's or a clause's end, a list item's mark
_OPEN = CLAUSE_OPEN     # (reading/clause_opens.py)
_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*")
_SMALL = frozenset("the a an its their our his her this that these those which who".split())
# a relative clause with a subject of its own before the verb: ", which it has run since"
_OWN_SUBJECT = re.compile(r",?[ \t]+(?:which|that)[ \t]+(?:it|they|we|he|she)$")
_LAST_DET = re.compile(r".*\b(?:the|its|their|our|his|her|this|these|those|a|an)[ \t]+")
# a lower-case word and an article in the words before the relative clause ("The company
# operates the", "X bought the"): unless the word is a joint of one noun phrase ("the smelter
# of the X site", data/noun-phrase-joints.txt), a verb, whose object is the thing
_BEFORE_ARTICLE = re.compile(r"\b([a-z]+)[ \t]+(?:the|its|their|our|his|her|a|an)[ \t]+")


def _verb_object(words: str, cut: int):
    """The last match of a verb and its object's article in ``words[:cut]`` (a few words), or
    None."""
    joints = words_of("noun-phrase-joints")
    last = None
    for m in _BEFORE_ARTICLE.finditer(words, 0, cut):
        if m.group(1) not in joints:
            last = m
    return last


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    alt = alternation("since-states")
    # "X has been in operation since", "X, which has run since", "X, in service since"
    before = re.compile(r"(?:[ \t\n]+(?:has|have|had)(?:[ \t\n]+been)?|,[ \t\n]+(?:which|that)[ \t\n]+"
                        r"(?:has|have|had)(?:[ \t\n]+been)?|,)[ \t\n]+(?:" + alt + r")[ \t\n]+$")
    # "Since 2022 we have run a joint laboratory with Y", "Since May the line has been in use"
    after = re.compile(r",?[ \t\n]+(?P<subj>(?:[\w'\u2019-]+[ \t\n]+){1,6}?)(?:has|have)"
                       r"(?:[ \t\n]+been)?[ \t\n]+(?:" + alt + r")\b(?P<obj>[^.;:\n]{0,80})")
    return before, after


def _subject(text: str, lo: int, hi: int) -> tuple[int, str] | None:
    """Where the clause's subject starts in ``text[lo:hi]`` (after its opening) and its words,
    when it is a short noun phrase (at most eight words, a word that is no small one)."""
    last = None
    for m in _OPEN.finditer(text, lo, hi):
        last = m
    start = last.end() if last is not None else lo
    words = _WORD.findall(text, start, hi)
    if not words or len(words) > 10 or all(w.lower() in _SMALL for w in words):
        return None
    while start < hi and text[start] in " \t\n\"'(":
        start += 1
    return start, " ".join(text[start:hi].split())


def running_since(draft, spans_of, minter, kind_of) -> list:
    """Propose the milestones described above; returns them."""
    text = draft.text
    if "ince" not in text:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    year = document_year(text, doc_date)
    before, after = _patterns()
    covered = bytearray(len(text) + 1)
    for a, b, e in spans_of:
        if not e.known and kind_of(e.cls) in ("event", "agreement", "policy"):
            covered[a:b] = b"\x01" * (b - a)
    made = []
    for d in text_days(text, year, doc_date):
        if d.until or covered[d.start] or not d.value[:4].isdigit():
            continue
        ref = doc_date or year
        if ref and d.value[:len(ref)] > ref[:len(d.value)]:
            continue        # (a date still to come starts no running)
        lead = _SINCE.search(text, max(0, d.start - 12), d.start)
        if lead is None:
            continue
        span = label = None
        m = before.search(text, max(0, lead.start() - 60), lead.start())
        if m is not None:
            subj = _subject(text, max(0, m.start() - _BACK), m.start())
            if subj is not None:
                start, words = subj
                own = _OWN_SUBJECT.search(words)
                if own is not None or m.group(0).lstrip(" \t\n").startswith(","):
                    # "X operates the Y mine, which (it) has run since 1968": the thing is
                    # the noun phrase before "which", the object of the clause before (after
                    # its verb's article or possessive)
                    cut = own.start() if own is not None else len(words)
                    # (with a subject of its own, "which it has", the thing is an object:
                    # after the last article, "X bought the Y smelter, which it has run")
                    verb = _verb_object(words, cut) or (
                        _LAST_DET.match(words, 0, cut) if own is not None else None)
                    words = words[verb.end() if verb is not None else 0:cut]
                words = re.sub(r",[ \t]*(?:which|that)$", "", words).rstrip(", ")
                span, label = (start, d.end), words
        elif text[lead.start():lead.start() + 1] == "S" or lead.start() == 0:
            m = after.match(text, d.end)
            if m is not None and m.group("obj").strip():
                obj = m.group("obj").strip()
                span = (lead.start(), m.end("obj"))
                label = " ".join(obj.split()[:10])
        if span is None or not label or any(covered[span[0]:span[1]]):
            continue
        label = re.sub(r"^(?:The|the|A|a|An|an)\s+", "", label)
        if len(label) < 4:
            continue
        ent = Entity(minter.mint("event", d.value, "start of operation " + " ".join(label.split()[:6])),
                     NFO.Milestone, f"Start of operation of {label}", False, RULE, CONFIDENCE,
                     role=True)
        ent.mentions.append(Span(*span))
        ent.add(NFO.startDate, date_literal(d.value), Span(*span), RULE)
        draft.entities[ent.iri] = ent     # (not a span of spans_of: the relation readers
        # after it would take it for the clause's event, its chair or its signing)
        covered[span[0]:span[1]] = b"\x01" * (span[1] - span[0])
        made.append(ent)
    return made
