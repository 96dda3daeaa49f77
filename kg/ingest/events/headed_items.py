"""List items whose run-in heading names an occurrence, the item's sentence telling when ::

    (1) Open day. From 14 to 19 September, member plants open their halls to the public.
    3. Joint checks. From 1 March to 30 April 2027, the bureau and the town will check ...
    - **Evacuation drill**: on 22 June every smelter empties its furnace halls.

A notice sets out its activities one an item: a marker ("(1)", "3.", "3)", "II.", "(a)", "-",
"*", a bullet) at a line's start, a heading of one to five words (perhaps in bold) closed by a
full stop or a colon, then the item's text. When the heading's last word is a noun of an
occurrence (``data/item-heading-heads.txt``: day, drill, check, review, declaration,
registration, hearing ...; its plural too) and the item's first sentence prints a day or a
month, the heading is an event (rule ``event:item-heading``, 0.4): labelled by the heading as
printed, dated by that day (``nfo:startDate``, a range's last day ``nfo:endDate``;
``relations.stated_mood`` makes it planned when still to come), its evidence from the heading
to the end of that sentence, the organisations and people of the sentence taking part and its
place where it says "in"/"at" (``verb_happenings``' reading). Two such items or more are stages
of the process the text names first (:mod:`kg.ingest.relations.schedule_wholes`). An item whose
span an event proposed before already overlaps (a clause event of its sentence, a schedule
line) is left alone; so is a heading that names no occurrence ("Background.", "Contact:"), and
an item whose sentence prints no date ("Air defence drills. Smelters shall ..."). An item that
opens with such a noun phrase and its day, no heading and no verb ("- Rehearsal at 16:00 on
Friday, 20 November; ...", "- Seminar on cast alloys (15 April), with ..."), is read the same
way: the phrase (its head the word before its first preposition, else its last) is the label.
Linear: one pass over the item markers, each reading at most ``_SPAN`` characters."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.dated import event_class
from kg.ingest.events.verb_happenings import clause_roles
from kg.ingest.events.years import document_year
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:item-heading", 0.4
_SPAN = 400         # at most so many characters of an item's first sentence
_ITEM = re.compile(r"(?m)^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[IVX]{1,4}\.|\([a-z]\)|[a-z]\)|"
                   r"[-*\u2022\u25cf\u25aa])[ \t]+(?P<bold>\*\*)?"
                   r"(?!(?:The|A|An)[ \t])(?P<head>[A-Z][a-z'\u2019-]+"
                   r"(?:[ \t]+(?:[a-z][a-z'\u2019-]*|[A-Z][a-z'\u2019-]+)){0,4})"
                   r"(?<!\bNo)(?<!\bCo)(?<!\bLtd)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bArt)"
                   r"(?:[.:](?(bold)\*\*)|(?(bold)\*\*)[.:])[ \t]+(?=\S)")
# an item that opens with a noun phrase and its day: "- Rehearsal at 16:00 on Friday, 20 ..."
_OPENER = re.compile(r"(?m)^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|\([a-z]\)|[a-z]\)|"
                     r"[-*\u2022\u25cf\u25aa])[ \t]+"
                     r"(?P<head>[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,8}?)"
                     r"[ \t]*(?:\(|,|\u2013|-)?[ \t]*(?:(?:at|on|from|in|between|during)[ \t]+)?"
                     r"(?:\d{1,2}[:.]\d\d[ \t]+(?:on[ \t]+)?)?"
                     r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+)?"
                     r"(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b)")
_PREPOSITIONS = frozenset(("of", "on", "for", "with", "at", "in", "to", "by", "from", "about",
                           "around", "before", "after", "during", "until", "since", "between"))
_VERB = re.compile(r"\b(?:is|are|was|were|will|shall|has|have|had|be|been|may|can|must|should|"
                   r"would)\b|\b[a-z]{3,}ed\b")
# a name the item's step goes through, no party to it ("declare through the X Platform")
_THROUGH = re.compile(r"\b(?:through|via)[ \t\n]+(?:the[ \t\n]+)?\Z", re.I)
_ARTICLE = re.compile(r"^(?:A|An|The)[ \t]+")
_OPENER_GAP = 40    # at most so many characters between the phrase and its day
# the end of the item's first sentence: a full stop before a space or a line's end (not "No.",
# "Co.", "Ltd." inside a name), or a blank line
_END = re.compile(r"(?<!\bNo)(?<!\bCo)(?<!\bLtd)\.(?=\s|$)|\n[ \t]*\n")
_DAY_KINDS = ("date", "gYearMonth")
# a document's own day, not the item's ("issued under the Notice ..., dated 9 October 2026")
_DATED = re.compile(r"\b(?:dated|issued[ \t\n]+on)[ \t\n]+\Z", re.I)
# a bare month joined to the date's month: "May and June 2027" starts in May
_MONTH_BEFORE = re.compile(r"\b(?P<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
                           r"[ \t\n]+(?:and|to|-|\u2013)[ \t\n]+\Z")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
# a year printed in the date's words; a sentence that sets its step ahead
_PRINTED_YEAR = re.compile(r"(?:19|20)\d\d|['\u2019]\d\d\b|\byear\b", re.I)
_AHEAD = re.compile(r"\b(?:will|shall|may|is[ \t\n]+to|are[ \t\n]+to)\b", re.I)


@lru_cache(maxsize=None)
def _heads() -> frozenset:
    return frozenset(w.strip().lower() for w in lines("item-heading-heads") if w.strip())


def _noun(word: str) -> bool:
    last = word.lower().rsplit("-", 1)[-1]     # ("Self-inspection", "Re-checks")
    return any(w in _heads() for w in (last, last[:-1] if last.endswith("s") else "",
                                       last[:-2] if last.endswith("es") else ""))


def _phrase(head: str) -> bool:
    """A noun phrase of an occurrence: no verb, its head (the word before its first
    preposition, else its last) a noun of one ("Seminar on cast alloys", "Launch and signing")."""
    words = head.split()
    if _VERB.search(head) or words[0].lower() in _PREPOSITIONS:
        return False    # (a clause; "Around Lei Feng Day on 5 March": a time, not a thing)
    for i, w in enumerate(words[1:], 1):
        if w.lower() in _PREPOSITIONS:
            return _noun(words[i - 1])
    return _noun(words[-1])


def _covered(draft, kind_of, size: int) -> bytearray:
    """One byte a character: 1 where an event proposed before has a mention."""
    covered = bytearray(size + 1)
    for e in draft.entities.values():
        if kind_of(e.cls) == "event":
            for x in e.mentions:
                covered[x.start:x.end] = b"\x01" * (x.end - x.start)
    return covered


def _when(sentence: str, d, doc_date: str | None) -> tuple:
    """The item's first and last day: "May and June 2027" runs from May; a day printed without
    its year that falls before the document's, in a sentence that sets it ahead ("On 19 May
    delegates may visit ...", in a circular of December), is the next year's."""
    start, until = d.value, d.until
    before = _MONTH_BEFORE.search(sentence, max(0, d.start - 16), d.start)
    if before and d.kind == "gYearMonth" and not until:
        month = _MONTHS.index(before.group("month")[:3].lower()) + 1
        if f"{month:02d}" < d.value[5:7]:
            start, until = f"{d.value[:4]}-{month:02d}", d.value
    if doc_date and len(doc_date) == 10 and start[:len(doc_date)] < doc_date[:len(start)] \
            and not _PRINTED_YEAR.search(sentence, d.start, d.end) and _AHEAD.search(sentence) \
            and "-02-29" not in (start + (until or "")):
        start = f"{int(start[:4]) + 1:04d}{start[4:]}"
        until = f"{int(until[:4]) + 1:04d}{until[4:]}" if until else None
    return start, until


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each such item heading; returns them."""
    text = draft.text
    items = [(m, True) for m in _ITEM.finditer(text) if _phrase(m.group("head"))]
    items += [(m, False) for m in _OPENER.finditer(text) if _phrase(m.group("head"))]
    if not items:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    year = document_year(text, doc_date)
    covered = _covered(draft, kind_of, len(text))
    spans = spans_by_start(spans_of)
    within = names_within(spans, [None] * len(spans))
    out = []
    for m, headed in sorted(items, key=lambda x: x[0].start()):
        a = m.start("head")
        end = _END.search(text, m.end(), min(len(text), m.end() + _SPAN))
        if end is None:
            continue
        b = end.start()
        if headed and any(covered[a:b]):
            continue    # (a clause event of its sentence, or one named in it)
        sentence = text[m.end():b]
        got = [d for d in find_dates(sentence, year, extended=True, doc_date=doc_date)
               if d.kind in _DAY_KINDS and not _DATED.search(sentence, max(0, d.start - 30),
                                                              d.start)]
        if not got or not headed and got[0].start > _OPENER_GAP:
            continue
        if not headed:      # (its evidence: the phrase and its day, no event of them before)
            b = m.end() + got[0].end
            sentence = sentence[:got[0].end]
            if any(covered[a:b]):
                continue
        le = text.find("\n", m.end() + got[0].end)
        if struck(text, m.end() + got[0].end, len(text) if le < 0 else min(le, b + 40)):
            continue    # ("1. Registration: 18 May 2026 (withdrawn)": a step called off)
        start, until = _when(sentence, got[0], doc_date)
        label = _ARTICLE.sub("", " ".join(m.group("head").split()))
        label = label[:1].upper() + label[1:]
        span = Span(a, b)
        cls = event_class(label) or "Event"
        ent = Entity(minter.mint("event", start, label), NFO[cls], label, False, RULE,
                     CONFIDENCE, role=True)
        ent.mentions.append(span)
        ent.add(NFO.startDate, date_literal(start), span, RULE)
        if until:
            ent.add(NFO.endDate, date_literal(until), span, RULE)
        names = [x for x in within(a, b) if not x[2].role
                 and not _THROUGH.search(text, max(0, x[0] - 16), x[0])]
        clause_roles(ent, text, names, a, span, kind_of)
        draft.entities[ent.iri] = ent
        spans_of.append((a, b, ent))
        covered[a:b] = b"\x01" * (b - a)
        out.append(ent)
    return out
