"""Steps a clause sets ahead with any verb: "A second inspection lane is to open there by the end
of September", "The two unsold blocks will be offered again in the first quarter of 2027", "the
bureau should publish its guidelines before the end of November", "The scheme will be widened
to lead ores from October", "a second batch could follow in December", "with a pilot unit by
2028".

:mod:`kg.ingest.events.planned_milestones` reads a plan only when its step is one of a list
(commissioned, put into production, first ore ...); fresh articles plan openings, auctions,
relocations, applications, publications and pilots with verbs no list can hold. So here a date
still to come (not before the document's date; its year when no date is known) that a plan
preposition leads ("by", "before", "in", "from", "until", "no later than", "by the end of"
...; "next year" needs none) makes its clause a milestone when, before it in the same clause,
a plan word (``data/plan-markers.txt``: will, is to, is due to, plans to, aims to, must,
should, could ...) is followed by a verb of a step: not one of amount, level, forecast or saying
(``data/plan-not-steps.txt``: "output will reach ...", "prices should rise ..."), nor one
followed by a figure ("will lift output to 30,000 tonnes"); "is planned / scheduled / due by
<date>" is the step itself. A clause a negation or a condition ("if", "unless", before the date or right after it) governs, one
that another date splits, and one an event, agreement, policy or plan step of the draft
already holds, are none. A noun phrase after "with" and before "by <date>" ("with a pilot unit
by 2028") is a step too.

Round 22: the step a verb of expectation takes as its object, or a bare noun phrase after
"with", before a date still to come ("expects its final close by the end of March", "with
series production in the second quarter of 2027"; not a measure, ``data/plan-not-step-nouns.txt``:
"expects revenue in 2027"); a day after "by" is no amount ("shall arrive by 10 January"); "be on
display until"; a date in an aside that tells no happening (", covering 2026,") or naming a
noun's year ("the 2026 emissions") does not cut the step's subject off.

Round 27: a weekday set ahead ("will inspect the road on Friday", "next Monday": the next such
day, as ``weekday_dates`` reads it) and "planned for" / "scheduled for" lead a date; a subject
that is a noun phrase naming an event of its own ("The review meeting is planned for the
second quarter of 2027") is that event (its class, labelled by the noun phrase), planned, when
the plan word is the step itself ("planned", "scheduled", "due"; "will be held" is
``verb_happenings``'); no preposition in that noun phrase ("Members of the group").

Round 29 (:mod:`kg.ingest.events.step_parts`): a yearless day or month before the document's
that a plan word or a timetable's present tense sets ahead is the next year's; "will be ready
by"; "by 09:30 on 8 December"; a count after the verb is no amount; a release of a document is a
milestone, and a document the step is done to is what it is about; "X, which will ..." starts
at X.

Round 30: "in the spring of 2027" leads a date; "planned for" may break across a line; a verb
with a prefix's hyphen ("will re-check") and "be cast" are steps; a said clause's second "that"
is no word of the label; a step done under an agreement or document a phrase names first
("Under the memorandum, the two sides will ...") is about it, its words after the comma; a step
whose subject is a document "a" alone introduces ("A circular will follow in February") brings
out that document (``step_parts.planned_document``), not a milestone.

Round 39: a day a payment, a coupon or a report falls on ("the first payment falls due before
31 March 2027"; "The next coupon on the notes falls on 15 March 2027", "falls" before "on" only
with a noun of ``data/falling-due-nouns.txt`` in its sentence before it: not "The Spring Festival
falls on ..."); what a speaker expects or hopes for ("we expect first metal in May 2027", "we
hope for first product in 2028": ``step_patterns.EXPECTED``).

Each is a ``nfo:Milestone`` (rule ``event:future-step``, 0.35), kept as the planned milestones
are (the date its clause ends with is its ``nfo:plannedDate``, as precise as printed, a quarter or a half its
year, a span of months or days its first with its last as ``nfo:endDate``), labelled by its clause, its evidence the clause from its subject to its date; it
states nothing else (what its clause names is too loosely tied to a step still to come)."""
from __future__ import annotations

import re

from kg.ingest.events.date_cues import in_aside
from kg.ingest.events.member_lists import RULE as MEMBER_LIST
from kg.ingest.events.event_labels import without_native_forms
from kg.ingest.events.planned_milestones import FUTURE as RULE, planned_value
from kg.ingest.lexicon import words
from kg.ingest.model import Entity, Span
from kg.ingest.events.years import document_year
from kg.ingest.events.weekday_dates import text_days
from kg.ingest.reading.dates import date_literal
from kg.ingest.events.present_steps import may_hold, present_step
from kg.ingest.events.telegraphic_steps import telegraphic_step
from kg.ingest.events.permission_steps import permission_step
from kg.ingest.events.step_parts import (ABOUT_RULE, after_that, after_under, between_commas,
                                         counted, noun_year, on_documents, planned_document,
                                         relative_head, rolled, step_class, under_named)
from kg.ingest.events.step_patterns import (MAX as _MAX, markers as _markers,
                                           not_steps as _not_steps, GATE as _GATE, LEAD as _LEAD,
                                           BARE_DATE as _BARE_DATE, OPEN as _OPEN,
                                           IN_FORCE as _IN_FORCE, CONDITION as _CONDITION,
                                           CONDITION_AFTER as _CONDITION_AFTER, PAST as _PAST,
                                           SKIP as _SKIP, STATE as _STATE,
                                           PARTICIPLE as _PARTICIPLE, WORD as _WORD,
                                           AMOUNT as _AMOUNT, NOMINAL as _NOMINAL,
                                           BLOCKING as _BLOCKING, FIGURE as _FIGURE,
                                           EXPECTED as _EXPECTED, NOT_BEFORE as _NOT_BEFORE,
                                           NOT_FIRST as _NOT_FIRST, measures as _measures,
                                           made_step, RECURRING as _RECURRING,
                                           LIST_AHEAD as _LIST_AHEAD)
from kg.ingest.reading.happened import fronted
from kg.ingest.reading.mood import NEGATED, asked, mood, told_unreal
from kg.ingest.terms import NFO

def _expected(text: str, a: int, b: int) -> re.Match | None:
    """A step an expectation or a "with" names before the date's lead (``_EXPECTED``), when it
    is no measure ("expects revenue in 2027", "with prices in 2027") and no figure."""
    m = _EXPECTED.search(text, a, b)
    if m is None:
        return None
    np = m.group("np") if m.group("np") is not None else m.group("bare")
    if _FIGURE.search(np) or np.split()[0].lower() in _NOT_FIRST or \
            _NOT_BEFORE.search(text, max(0, m.start() - 8), m.start()) or \
            any(w.lower() in _measures() for w in _WORD.findall(np)):
        return None
    return m


# the lead of a deadline's date ("shall submit their 2027 lists by 31 March")
_DEADLINE = re.compile(r"\b(?:by|before|no\s+later\s+than|not\s+later\s+than|within)\s+"
                       r"(?:the\s+end\s+of\s+)?$", re.I)
# a coordinator that joins the step's clause to the one before ("begin in May and first
# output is targeted for 2027"): no word of its label
_COORDINATOR = re.compile(r"^(?:and|but|while|whereas|then)[ \t]+(?=\w)", re.I)
_LATER = re.compile(r"[ \t]+(?:later|earlier)(?:[ \t]+in)?$")


def _label(words: str) -> str:
    """The clause as a label: one line, its first letter a capital, at most 100 characters; a
    quotation mark it does not pair is dropped ('the county "will inspect the road': the
    quotation goes on past the clause); a name's form in Chinese characters in brackets is
    left out."""
    out = " ".join(without_native_forms(words).split()).strip(" ,;:")
    out = _LATER.sub("", out)       # ("will start later this month": its day's word)
    out = _COORDINATOR.sub("", out, count=1)     # ("... in the third quarter and first output
    #                                                is targeted for 2027": the second clause's)
    if out.count('"') % 2 or out.count("\u201c") != out.count("\u201d"):
        out = " ".join(out.replace('"', "").replace("\u201c", "").replace("\u201d", "").split())
    if len(out) > 100:
        out = out[:100].rsplit(" ", 1)[0] + " ..."
    return out[:1].upper() + out[1:]


def _ahead(d, doc_date: str | None, year: str | None) -> bool:
    """The date is not before the document's (its day, month or year, as precise as both)."""
    value = d.until or d.value
    ref = doc_date or year
    if not ref:
        return True
    n = min(len(value), len(ref))
    return value[:n] >= ref[:n]


def _step_after(text: str, marker: re.Match, end: int) -> bool:
    """A verb of a step follows the plan word ``marker`` before ``end`` (the date's lead)."""
    phrase = marker.group(0).lower()
    if phrase in ("falls", "fall"):
        # ("The next coupon falls on 15 March": a day a payment falls on; not "prices fall in",
        # nor "The Spring Festival falls on 17 February")
        lo = max(0, marker.start() - 80)
        lo = max(lo, text.rfind(". ", lo, marker.start()) + 1, text.rfind("\n\n", lo,
                                                                     marker.start()) + 1)
        nouns = words("falling-due-nouns")
        return re.match(r"on\s", text[end:end + 3]) is not None and any(
            w.lower() in nouns for w in _WORD.findall(text, lo, marker.start()))
    if phrase.rstrip().endswith(("planned", "scheduled", "due", "expected", "slated",
                                 "timetabled", "earmarked", "set", "for", "targeted",
                                 "programmed", "envisaged", "proposed", "ready")) and \
            not text[marker.end():end].strip():
        return True         # "A second circuit is planned by the end of 2027"
    be = False
    for m in _WORD.finditer(text, marker.end(), end):
        w = m.group(0).lower()
        if w in ("be", "been", "being", "get", "got"):
            be = True
            if _STATE.match(text, m.end() + 1) is not None:
                return True
            continue
        if w in _SKIP:
            continue
        # (a figure before the date's lead: "arrive by 10 January" is no amount)
        if w in ("make", "made") and made_step().match(text, m.end(), end) is not None:
            return True     # ("will make a joint check of the sites": a step)
        if w in _not_steps() or _AMOUNT.match(text, m.end(), end) is not None and \
                not counted(text, m.end(), end):
            return False
        if be:
            return _PARTICIPLE.match(w) is not None
        # (a verb with a prefix's hyphen is a verb: "will re-check the products in March")
        return w.replace("-", "").isalpha() and w.islower() and len(w) > 1
    return False


# a plan word that is the step itself: "is planned", "is scheduled" (not "will": "The next forum
# will be held in X in May" is verb_happenings', with the place)
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|slated|due|timetabled|earmarked|targeted|"
                          r"envisaged|proposed|expected)\b", re.I)
# a subject that is only a noun phrase: "The review meeting", "the second council meeting"
_SUBJECT_NP = re.compile(r"(?:(?i:the|a|an|its|their|this|next|our)[ \t\n]+)?((?:[\w'-]+[ \t\n]+){0,5}?"
                         r"[\w'-]+)[ \t\n]*")
_NOT_NP = frozenset("will would shall is are was were be been to has have had should must "
                    "can could may might and or but that which who of for with on in at by "
                    "from".split())     # (not "Members of the review meeting": their step)


def _own_event(text: str, start: int, marker: int, cls: str, event_class):
    """The label of the event the subject ``text[start:marker]`` names, when it is a noun
    phrase of class ``cls`` alone ("The review meeting" before "is planned for"), else None."""
    m = _SUBJECT_NP.fullmatch(text, start, marker)
    if m is None:
        return None
    words = m.group(1).split()
    if any(w.lower() in _NOT_NP for w in words) or event_class(m.group(1)) != cls:
        return None
    return _label(m.group(1))


def future_steps(draft, sents, within, kind_of, minter, event_class) -> list:
    """Add the milestones described above (``within``: the names of a stretch; ``kind_of``: an
    entity's kind; ``event_class``: the class of event a clause's words name, or None);
    returns them."""
    text = draft.text
    if not _GATE.search(text) and not may_hold(text):
        return []       # (no plan word, and no verb of a timetable's present tense)
    doc_date = str(draft.date) if draft.date is not None else None
    year = document_year(text, doc_date)
    # (a month or day before the document's date in a clause about the future: the next year's)
    # (and the weekdays a clause sets ahead: "will inspect the road on Friday", "next Monday")
    dates = text_days(text, year, doc_date)
    covered = bytearray(len(text) + 1)      # the clauses events already hold
    for e in draft.entities.values():
        # (and the periods an announcement opens: "The publicity runs from 9 to 15 December",
        # events/open_periods.py, no step of its own)
        if (e.role or e.rule == "event:open-period") and kind_of(e) == "event":
            for m in e.mentions:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    starts = [d.start for d in dates]
    markers = _markers()
    made = []
    for i, d in enumerate(dates):
        if d.kind not in ("date", "gYearMonth", "gYear") or not d.value[:4].isdigit() \
                or covered[d.start]:
            continue
        if not _ahead(d, doc_date, year):
            # (a day or month printed without its year, before the document's, in a clause
            # that sets it ahead: "will pay in March", "closes at the end of February" in a
            # text of December, the next year's)
            got = rolled(text, d, doc_date)
            if got is None:
                continue
            d, present_only = got
        else:
            present_only = False
        ss, se = sents.bounds(d.start)
        if _RECURRING.match(text, d.end):
            continue        # "report by 31 January each year": a day every year, no one step
        if text.find("?", d.end, se) >= 0 and asked(text, d.start, ss, se):
            continue        # "Will you build the new line next year?": asked, not set ahead
        # (a noun's year before it is no date of a clause: "will review a sample of the 2026
        # refunds in March 2027"; a deadline's clause is left to events/deadlines.py)
        j = i - 1
        while j >= 0 and dates[j].end <= d.start and noun_year(text, dates[j]) and \
                not _DEADLINE.search(text, max(0, d.start - 30), d.start):
            j -= 1
        lo = max(ss, d.start - _MAX, starts[j] if j >= 0 and dates[j].end <= d.start else 0)
        lead = _LEAD.search(text, max(lo, d.start - 40), d.start)
        nominal = None
        if lead is None:
            if not _BARE_DATE.match(text, d.start):
                continue
            at = d.start
        else:
            at = lead.start()
            nominal = _NOMINAL.search(text, max(lo, at - 120), d.start) or \
                _expected(text, max(lo, at - 80), d.start)
        if in_aside(text, d.start, d.end, ss, se):
            continue
        found = [m for m in markers.finditer(text, lo, at)]
        if not found and nominal is None:
            # "From 20 January to 28 February 2027, volunteers will staff a desk at X", "Next
            # month we will break ground on a line": the date opens the clause of the step
            span = None if present_only else \
                fronted_step(text, d, at, ss, se, starts[i + 1] if i + 1 < len(starts) else se)
            body = None if span is None else text[d.end:span[1]]
            if span is None and i and ss <= dates[i - 1].start and not present_only:
                # "The park will open its zone in March 2027 and hold its investment week in
                # Shenzhen in the second quarter": the plan word of the clause before
                span = coordinated_step(text, dates[i - 1], d, at, ss)
                body = None if span is None else text[span[0]:at]
            if span is None and lead is not None:
                # "construction starts in May" (in a text of January): present_steps
                span = present_step(text, d, at, lo, doc_date)
                if span is None:
                    # "State Grid branch to reply by 15 January": a note's infinitive
                    span = telegraphic_step(text, d, at, lo)
                body = None if span is None else text[span[0]:at]
                span = None if span is None else (span[0], d.end)
            if span is None and lead is not None:
                # "Warrants may be registered from 18 December", "From 1 July 2027, scrap
                # may be imported freely": a window a notice opens (permission_steps)
                got = permission_step(text, d, at, lo)
                if got is not None:
                    span, body = got[:2], text[got[2]:got[3]]
            if span is not None and not covered[span[0]:span[1]].count(1):
                made += _add_step(draft, minter, d, text, span, body, event_class, within,
                                  kind_of, covered)
            continue
        if present_only:
            continue        # (a yearless date gone by, with no present tense to set it ahead)
        start = None
        if found:
            marker = found[-1]
            opens = [m.end() for m in _OPEN.finditer(text, max(ss, marker.start() - _MAX),
                                                      marker.end()) if m.end() <= marker.start()]
            start = opens[-1] if opens else max(ss, marker.start() - _MAX)
            if start > ss and text[start - 1].isalnum():
                start = marker.start() if " " not in text[start:marker.start()] else \
                    text.index(" ", start, marker.start()) + 1      # (a word's start)
            if i and ss <= dates[i - 1].end <= marker.start() and not between_commas(
                    text, dates[i - 1], start, marker.start()):
                start = max(start, dates[i - 1].end)    # "issued on May 5 and will ..."
            start = relative_head(text, start, marker.start(), within)
            if any(x > start for x in (text.rfind(";", start, at),)) or \
                    _PAST.search(text, max(ss, marker.start() - 20), marker.start()) \
                    or not _step_after(text, marker, at) or _FIGURE.search(text, marker.end(), at) \
                    or _IN_FORCE.search(text, marker.start(), at) \
                    or _LIST_AHEAD.search(text, marker.end(), at):
                start = None
            elif _CONDITION.search(text, ss, at) or _CONDITION_AFTER.match(text, d.end) or mood(
                    text, marker.start(), d.end, ss, se) == NEGATED:
                start = None
        if start is None and nominal is not None:
            start = nominal.start("np") if nominal.group("np") is not None else \
                nominal.start("bare")
        if start is None or told_unreal(text, d.end):
            continue        # ('"The plant will restart in June," the rumour says': not set)
        while start < d.start and text[start] in " \t\n,\"'\u201c(*-\u2022\u2013\u2014>":
            start += 1
        start = after_that(text, start, d.start) if found else start
        named = [(ps, pe, e) for ps, pe, e in within(start, d.end)
                 if not e.known and not e.role and kind_of(e) in _BLOCKING
                 and e.rule != MEMBER_LIST]     # (not a list a thing is put on)
        blockers = [(ps, e) for ps, _, e in named]
        under = found and under_named(text, named, found[-1].start(), kind_of)
        if blockers and not under and not on_documents(text, blockers, found, at, kind_of, bool(
                found and _PLANNED_FOR.search(found[-1].group(0)))):
            continue        # a named event, agreement or policy takes the date itself
        start = after_under(text, named, d.start) if under else start
        end = d.end - 1 if text[d.end - 1] == "." else d.end     # ("in May." ends a sentence)
        if found and start == found[-1].start() and _event_subject(text, ss, start, within,
                                                                   kind_of):
            continue        # "The X Summit opened on 2 March and will close on 5 March": the
            # summit's own last day (the date rules'), no step of a subject left unsaid
        label = _label(text[start:at])
        cls = step_class(event_class(label), text, start, at)
        if cls not in (None, "Event", "Milestone"):
            # "The review meeting is planned for the second quarter of 2027": the meeting its
            # subject names (a noun phrase of that class alone before the plan word), planned
            own = _own_event(text, start, found[-1].start(), cls, event_class) if found and \
                _PLANNED_FOR.search(found[-1].group(0)) else None
            if own is None:
                continue    # "The next forum will be held in X in May": the forum (verb_happenings)
            label, cls = own, cls
        else:
            cls = "Milestone"
        if len(label) < 8:
            continue
        # (a quarter or a half: its year; a span of months or days: its first, and its last
        # as the end, "will be closed from 1 to 7 October")
        value = planned_value(d, text)
        doc = planned_document(draft, minter, start, found[-1].start(), end, value) \
            if found and cls == "Milestone" else None
        if doc is not None:
            covered[start:d.end] = b"\x01" * (d.end - start)
            made.append(doc)
            continue        # ("A circular will follow in February": the circular, to come)
        ent = Entity(minter.mint("event", value, " ".join(label.split()[:8])), NFO[cls],
                     label, False, RULE, 0.35, role=True)
        span = Span(start, end)
        ent.mentions.append(span)
        ent.aliases.add(" ".join(text[start:at].split()))
        ent.add(NFO.plannedDate, date_literal(value), Span(start, end), RULE)
        if d.until and value == d.value and d.until[:len(value)] > value:
            ent.add(NFO.endDate, date_literal(d.until), Span(start, end), RULE)
        for iri in dict.fromkeys(e.iri for _, e in blockers):
            ent.add(NFO.about, iri, Span(start, end), ABOUT_RULE)
        draft.entities[ent.iri] = ent
        covered[start:d.end] = b"\x01" * (d.end - start)
        made.append(ent)
    return made


_AND_BEFORE = re.compile(r"(?:,[ \t\n]*)?\band[ \t\n]*$")


def _event_subject(text: str, ss: int, at: int, within, kind_of) -> bool:
    """Whether the plan word at ``at`` has no subject of its own after "and", the sentence's
    subject being a named event (its first words, after a dateline's dash and "the"; no
    organisation or person named between it and "and"): the event's own day, not a step."""
    if not _AND_BEFORE.search(text, max(ss, at - 12), at):
        return False
    names = sorted(within(ss, at), key=lambda x: x[0])
    events = [x for x in names if not x[2].known and not x[2].role and kind_of(x[2]) == "event"]
    if not events or any(x[0] >= events[0][1] and kind_of(x[2]) in ("org", "person")
                         for x in names):
        return False
    lead = re.split(r"--|\u2014|\u2013", text[ss:events[0][0]])[-1]
    return _SUBJECT_LEAD.fullmatch(lead) is not None


_SUBJECT_LEAD = re.compile(r"[\s\"'\u201c]*(?:[Tt]he[ \t\n]+|[Tt]his[ \t\n]+(?:year's[ \t\n]+)?)?")


# where the clause a fronted date opens ends: a full stop and a space, a semicolon, a colon, a
# blank line, ", and" / ", but" before another clause
_CLAUSE_END = re.compile(r"[.!?](?=[\s\"'\u201d)]|$)|[;:]|\n[ \t]*\n|,[ \t\n]+(?:and|but|while|so)\b")
# what may stand between the fronted date and the plan word: a comma, the subject (a few words,
# no verb of its own: not "From May, output rose and will ...")
_SUBJECT = re.compile(r"[ \t\n]*,?[ \t\n]+(?:[\w'\u2019\"\u201c\u201d()&.-]+[ \t\n]+){1,8}")


# a list item's mark before the date that opens it ("  * From 20 January ...", "2. In March")
_ITEM_OPEN = re.compile(r"[ \t]*(?:[-*>+\u2022\u25cf\u25aa\u2013\u2014]|\(?\d{1,2}[.)])?[ \t]*")


def fronted_step(text: str, d, at: int, ss: int, se: int, next_date: int):
    """(start, end) of the clause a date still to come opens when it tells a step with a plan
    word after its subject ("From 20 January to 28 February 2027, volunteers will staff a
    service desk at the station"; "Next month we will break ground on a precursor line"): from
    the date's lead to the clause's end, else None. Not a figure's target ("In 2027 output will
    reach 30,000 tonnes"), a day in force ("From 1 May the rules will take effect"), a condition
    or a negation."""
    ls = max(ss, text.rfind("\n", ss, at) + 1)
    if not (fronted(text, ss, at) or _ITEM_OPEN.fullmatch(text, ls, at)):
        return None
    hi = min(se, d.end + _MAX, next_date if next_date > d.end else se)
    stop = _CLAUSE_END.search(text, d.end, hi)
    end = stop.start() if stop is not None else hi
    if text[d.end:d.end + 1] not in (",", " ", "\t", "\n"):
        return None
    marker = _markers().search(text, d.end, min(end, d.end + 80))
    if marker is None or not _SUBJECT.fullmatch(text, d.end, marker.start()) \
            or not _step_after(text, marker, end):
        return None
    if _FIGURE.search(text, marker.end(), end) or _IN_FORCE.search(text, marker.start(), end) \
            or _CONDITION.search(text, ss, end) or _CONDITION_AFTER.search(text, marker.end(), end) \
            or mood(text, marker.start(), end, ss, se) == NEGATED:
        return None
    if next_date <= hi and next_date < se:
        # ("In March the park will open its zone and hold its week in May": the second step
        # is the next date's)
        cut = max(text.rfind(" and ", marker.end(), next_date), text.rfind("\nand ", marker.end(), next_date))
        if cut > marker.end():
            end = min(end, cut)
    while end > marker.end() and text[end - 1] in " \t\n,":
        end -= 1
    return at, end


# "and" (or "then") opening a second step of the same plan word, its verb next
_AND_STEP = re.compile(r"[ \t\n]*,?[ \t\n]*(?:and|then)[ \t\n]+(?:also[ \t\n]+|then[ \t\n]+)?(?=[a-z])")


def coordinated_step(text: str, prev, d, at: int, ss: int):
    """(start, end) of a second step after "and" that shares the plan word of the step before
    it, dated by a date of its own ("will open its zone in March 2027 and hold its investment
    week in Shenzhen in the second quarter"), else None."""
    m = _AND_STEP.match(text, prev.end, at)
    if m is None or at - m.end() > _MAX:
        return None
    found = list(_markers().finditer(text, max(ss, prev.start - _MAX), prev.start))
    if not found or _PAST.search(text, max(ss, found[-1].start() - 20), found[-1].start()):
        return None
    verb = _WORD.match(text, m.end())
    if verb is None or not verb.group(0).islower() or verb.group(0).lower() in _not_steps() \
            or verb.group(0).lower() in _SKIP or _AMOUNT.match(text, verb.end(), at) is not None \
            or _FIGURE.search(text, m.end(), at) or _IN_FORCE.search(text, m.end(), at) \
            or _CONDITION.search(text, ss, at) or _CONDITION_AFTER.match(text, d.end):
        return None
    if any(c in text[m.end():at] for c in ",;:") or mood(text, found[-1].start(), d.end, ss,
                                                         d.end) == NEGATED:
        return None
    end = d.end - 1 if text[d.end - 1] == "." else d.end
    return m.end(), end


def _add_step(draft, minter, d, text, span, body, event_class, within, kind_of, covered) -> list:
    """The milestone of a fronted or a coordinated step (see :func:`fronted_step` and
    :func:`coordinated_step`; ``body``: the words of its label), as the others are made."""
    start, end = span
    if any(not e.known and not e.role and kind_of(e) in _BLOCKING and e.rule != MEMBER_LIST
           for _, _, e in within(start, end)):
        return []
    label = _label(body.lstrip(" \t\n,"))
    if len(label) < 8 or step_class(event_class(label), text, start, end) not in (
            None, "Event", "Milestone"):
        return []
    value = planned_value(d, text)
    ent = Entity(minter.mint("event", value, " ".join(label.split()[:8])), NFO.Milestone,
                 label, False, RULE, 0.35, role=True)
    ent.mentions.append(Span(start, end))
    ent.add(NFO.plannedDate, date_literal(value), Span(start, end), RULE)
    if d.until and value == d.value and d.until[:len(value)] > value:
        ent.add(NFO.endDate, date_literal(d.until), Span(start, end), RULE)
    draft.entities[ent.iri] = ent
    covered[start:end] = b"\x01" * (end - start)
    return [ent]
