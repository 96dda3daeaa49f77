"""What the clause of each proposed statement says of it (:mod:`kg.ingest.reading.mood`), read
once, after every rule has proposed its statements (the last step of the pipeline):

* a relation between two entities (not where a thing is or what it is about: ``_TIMELESS``)
  whose clause negates it ("A did not buy B", "the plant will
  not be built by A", "A denied it holds shares in B") or makes it conditional ("If approved, A
  would acquire B", "A could take over B") is dropped: the text does not state it, and a graph
  of what happened has no place for it (the reviewer is not asked to delete it by hand);
* one set ahead ("A will build", "A agreed to buy B", "A plans to set up a venture with B") is
  kept, the curated sets record announced deals and plans, and marked: its rule gets the
  suffix ``+planned``, which the draft lists among the node's ``nfo:proposedBy``; so is a
  post ("The board proposes to appoint A as general manager"), unless its clause says the
  holder keeps it ("A will stay on as / remain / continue as R": ``data/post-kept-cues.txt``);
* an event's ``nfo:startDate`` or an agreement's ``nfo:dateSigned`` read from a planned or
  conditional clause ("the expo will be held on June 5", "construction is expected to start
  in October", "will sign the contract on May 9") becomes its ``nfo:plannedDate``
  (a step still to come: the timeline shows it as planned), unless the day is before the
  document's date and the sentence does not say the step was delayed or did not take place
  (``data/step-delay-cues.txt``: "was scheduled to start in March but has been delayed" keeps
  March as the plan's day); so does one after the document's day, however it is worded ("The summit
  opens on January 20" in a text of January 9: the text cannot report it as held; but not a
  log's line past midnight of its sheet's day, ``events.log_rows.OVERNIGHT``); a negated
  one ("was not held on May 3", "have not yet signed the contract": also an end date) is
  dropped;
* a relation whose window ends where a quotation closes, when the words after it deny or only
  rumour what it quotes ('"A acquired B" is false, C said', '"A bought B," the rumour says':
  ``mood.told_unreal``), is dropped as a negated one.

The window read is the stretch from the subject's name to the object's (their mentions inside
the statement's span; a date: from the event's mention to the date printed), with the lead of
its clause. A statement whose names are not both found in a span longer than ``_SHORT`` (a
sentence-wide guess) is left as it is: its window is unknown. Linear: each statement looks
only at its own span's mentions and dates (bisected)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.log_rows import OVERNIGHT
from kg.ingest.lexicon import lines
from kg.ingest.reading.dates import date_literal, find_dates, roll_forward
from kg.ingest.reading.keyed_rows import keyed_rows
from kg.ingest.reading.mood import (CONDITIONAL, FACT, NEGATED, PLANNED, may_set_mood, mood,
                                   plan_leads, told_unreal)
from kg.ingest.reading.sentences import Sentences
from kg.ingest.terms import NFO, URIRef

PLANNED_SUFFIX = "+planned"
_AFTER = 40         # how far after a mention its verb is read (characters)
_CLAUSE_STOP = re.compile(r"[;:.!?\n\u2014]|,[ \t\n]+(?:and|but|while|whereas|yet)\b|"
                          r"\s(?:that|which|who|whose|where)\b")
_ORG = "http://www.w3.org/ns/org#"      # posts: "will stay on as general manager" is held now
_NAME = 60          # a longer mention is a clause, not a name: it is not blanked
_SHORT = 160        # a span this short is itself the window when a name is not found in it
# where a thing is and what it is about do not change with the mood of the clause that names
# them ("capacity will be moved from X County in Y City": X is in Y all the same)
# (not a document's scope: "the notice does not / no longer apply to X" states no scope)
_TIMELESS = {str(NFO[p]) for p in ("locatedIn", "contains", "concernsMetal", "concernsField",
                                   "about", "unitOf", "hasUnit", "partOfProject",
                                   "partOfEvent", "includes", "isPartOf", "hasPart")}
# an agreement or an event (a relation node, though a rule may not have marked it so)
_NODES = {str(NFO.Agreement)} | {str(NFO[c]) for c in (
    "Event", "Conference", "PressConference", "Forum", "Seminar", "Symposium", "Meeting",
    "AnnualMeeting", "Exhibition", "Milestone", "SigningCeremony", "Launch", "AwardCeremony")}
# the dates of a step (an event held, an agreement signed): what a clause negates is no date;
# what it sets ahead is a planned date (the day a notice takes effect is its own, left alone)
_STEP_DATES = (NFO.startDate, NFO.endDate, NFO.dateSigned)
_EVENTS = _NODES - {str(NFO.Agreement)}
# a project's start told in a planned clause ("X expects to start production at the Y mine in
# the fourth quarter") is its planned day too: a plan is not recorded as begun
_STEPPED = _EVENTS | {str(NFO.Project)}
# a post the clause says its holder leaves, with no other negation: held till now, a post
_FORMER = re.compile(r"\bno\s+longer\b(?![^.;]*\b(?:not|never|n['’]t)\b)", re.I)
_KEPT_BACK = 60     # how far before a post's window its clause's words are read (characters)


@lru_cache(maxsize=1)
def _kept() -> re.Pattern:
    """A post's clause that keeps it ("will stay on as", "will remain", "will continue to
    serve as": ``data/post-kept-cues.txt``): held now, whatever the plan word."""
    return re.compile(r"(?<![\w'’])(?:" + "|".join(lines("post-kept-cues")) + r")(?![\w'’])", re.I)

# ties between organisations: one the clause puts in the past ("X, a former subsidiary of Y",
# "Y's former trading arm, X", "X was a subsidiary of Y until 2020", "in which A held a 35%
# stake until 2019") is no tie now (unlike a former post, which the curated posts keep)
_TIES = {str(NFO[p]) for p in ("subsidiaryOf", "unitOf", "shareholderOf", "ownedBy")}
_FORMER_TIE = re.compile(r"\b(?:former|formerly|erstwhile|one-time|onetime|ex-|previously|once)"
                         r"(?![\w-])(?!\s+(?:known|called|named)\b)", re.I)
_UNTIL_YEAR = re.compile(r"[^,.;:!?\n]{0,60}?\b(?:(?:until|till|up\s+to|before)\s+(?:(?:early|late|"
                         r"mid-?|the\s+end\s+of|[A-Z][a-z]+)\s+)?(?:19|20)\d\d|from\s+(?:19|20)\d\d\s*"
                         r"(?:to|until|till|-|\u2013)\s*(?:19|20)?\d\d|between\s+(?:19|20)\d\d\s+and\s+"
                         r"(?:19|20)\d\d)\b", re.I)


def _past_tie(text, a: int, b: int) -> bool:
    """The stretch ``a..b`` between two organisations' names calls the tie a former one (not in
    an aside set off by commas inside it: "X, once owned by A, is now owned by B"), or the rest
    of its clause ends it in a past year."""
    for f in _FORMER_TIE.finditer(text, a, b):
        if not (text.rfind(",", a, f.start()) >= 0 and text.find(",", f.end(), b) >= 0):
            return True
    return bool(_UNTIL_YEAR.match(text, b))


_SORTED: dict = {}      # id(mention list) -> (its starts in order, its spans): one sort each


def _inside(mentions, a: int, b: int) -> list:
    """The mentions within ``a``..``b`` (bisected: an entity named thousands of times is not
    read whole for each of its statements)."""
    got = _SORTED.get(id(mentions))
    if got is None or got[2] is not mentions:
        spans = sorted((m.start, m.end) for m in mentions)
        got = _SORTED[id(mentions)] = ([x[0] for x in spans], spans, mentions)
    starts, spans, _ = got
    out = []
    for i in range(bisect.bisect_left(starts, a), bisect.bisect_right(starts, b)):
        if spans[i][1] <= b:
            out.append(spans[i])
    return out


# where a clause after a statement's one name ends (its window, when the other is not named)
_CLAUSE_STOP_ONE = re.compile(r"[;!?\n\u2014]|\.(?=\s)|,[ \t\n]+(?:(?P<and>and)|but|while|whereas|"
                              r"yet|although|though)\b")
_QUOTE = re.compile("[\"\u201c\u201d]")
_VERB_ONE = re.compile(r"\b(?:[a-z]{2,}ed|was|were|is|are|has|had|have|did|does|spoke|met)\b")


def _own_clause(text, ent, obj, span):
    """(start, end, names) of the clause of the one name of the two found inside the short
    ``span`` (from it to its clause's end), or None: "X presided, but Y was not present" for X's
    part, whose span is the sentence (the other, the event, named before it)."""
    mine = _inside(ent.mentions, span.start, span.end)
    theirs = _inside(obj.mentions, span.start, span.end) if obj is not None else []
    found = mine or theirs
    if not found or (mine and theirs) or _QUOTE.search(text, span.start, span.end):
        return None     # (a quote's clauses are all what it is said by: '"A presided, and B
        #                 attended," a rumour said')
    a, b = min(x[0] for x in found), max(x[1] for x in found)
    end = span.end
    for stop in _CLAUSE_STOP_ONE.finditer(text, b, span.end):
        if stop.group("and") is None or _VERB_ONE.search(text, b, stop.start()):
            end = stop.start()  # (", and" after a verb only: "A, B, and C did not attend" is
            break               # one clause)
    return a, end, tuple(found)


def _window(ent, obj, span, clause=False):
    """(start, end, names) of the stretch between the two names inside ``span``, or None."""
    mine = _inside(ent.mentions, span.start, span.end)
    theirs = _inside(obj.mentions, span.start, span.end) if obj is not None else []
    if mine and theirs:
        best = min(((x, y) for x in mine for y in theirs if x != y),
                   key=lambda p: max(p[0][1], p[1][1]) - min(p[0][0], p[1][0]), default=None)
        if best is not None:
            # a mention that holds the other's is the clause that states it ("A has never won
            # the gold award" for A's grant), not a name: its words are read, not blanked (not
            # for a post: "will no longer serve as chairman of X" is a former post, still one)
            names = tuple(x for x in best if not clause or not any(
                y != x and x[0] <= y[0] and y[1] <= x[1] for y in best))
            return (min(best[0][0], best[1][0]), max(best[0][1], best[1][1]), names)
    if span.end - span.start <= _SHORT:
        return span.start, span.end, tuple(mine + theirs)
    return None


def stated_mood(draft, doc_year=None) -> dict:
    """Drop, mark and re-date the draft's statements as described above; returns the counts
    (``dropped``, ``planned``, ``planned_dates``, ``dropped_nodes``)."""
    text = draft.text
    sents = Sentences(text)
    _SORTED.clear()
    doc_date = str(draft.date) if draft.date is not None else None
    guessed = draft.__dict__.get("date_guessed", False)
    dates = None
    counts = {"dropped": 0, "planned": 0, "planned_dates": 0}
    emptied = []
    lost = set()        # role nodes (posts, grants) that lost a relation to a negated clause
    held = set()        # events and agreements a clause states the day of as a fact

    cued: dict[int, bool] = {}      # sentence start -> may a clause of it set a mood?

    def read(a, b, names) -> str:
        lo, hi = sents.bounds(a)
        if lo not in cued:
            cued[lo] = may_set_mood(text, lo, hi)
        if not cued[lo]:
            return FACT
        return mood(_blanked(text, names, lo, hi), a - lo, b - lo)

    for ent in list(draft.entities.values()):
        kept = []
        for st in ent.statements:
            pred, obj, span, rule = st
            if isinstance(obj, URIRef) and str(pred) not in _TIMELESS:
                other = draft.entities.get(obj)
                w = _window(ent, other, span, not str(pred).startswith(_ORG))
                got = read(*w) if w is not None and other is not ent else FACT
                if got in (NEGATED, CONDITIONAL) and other is not ent and \
                        span.end - span.start <= _SHORT:
                    # (only one of the names in the span: its own clause says, not another's)
                    own = _own_clause(text, ent, other, span)
                    if own is not None:
                        got = read(*own)
                if got == NEGATED and str(pred).startswith(_ORG) and w is not None and                         _FORMER.search(text, max(0, w[0] - 80), w[1]):
                    got = FACT      # "A will no longer serve as / stepped down as R": a post held
                if got == FACT and w is not None and other is not ent and told_unreal(text, w[1]):
                    got = NEGATED   # '"A acquired B" is false, C said': the tag denies the quote
                if got == FACT and str(pred) in _TIES and w is not None and \
                        _past_tie(text, w[0], w[1]):
                    got = NEGATED   # "X, a former subsidiary of Y", "A held a stake until 2019"
                if got in (NEGATED, CONDITIONAL):
                    counts["dropped"] += 1
                    if ent.role:
                        lost.add(ent.iri)
                    continue
                if got == FACT and str(pred).startswith(_ORG) and w is not None and \
                        plan_leads(text, w[0], sents.bounds(w[0])[0]):
                    got = PLANNED   # "The board proposes to | appoint A as R"
                if got == PLANNED and not rule.endswith(PLANNED_SUFFIX) and not (
                        str(pred).startswith(_ORG) and _kept().search(
                            text, max(sents.bounds(w[0])[0], w[0] - _KEPT_BACK), w[1])):
                    # (a post "the board proposes to appoint A as R": planned; "A will stay on
                    # as R": held now)
                    st = (pred, obj, span, rule + PLANNED_SUFFIX)
                    counts["planned"] += 1
            elif pred in _STEP_DATES and (pred == NFO.dateSigned or str(ent.cls) in _STEPPED) \
                    or pred == NFO.dateIssued and rule.startswith(("date:", "context:date")) \
                    and rule != "date:signature":
                if dates is None:
                    dates = find_dates(text, doc_year, extended=True, doc_date=doc_date)
                    starts = [d.start for d in dates]
                    # (and each as the date rules read it, rolled on or back a year: an
                    # agreement "due to be signed in September" is found whichever year its
                    # day of signing took)
                    signing = sorted(dates + [r for r, d in ((roll_forward(text, d, doc_date), d)
                                                             for d in dates)
                                              if r.value != d.value], key=lambda d: d.start)
                    signing_starts = [d.start for d in signing]
                if rule.startswith("date:dateline") and _own_mood(text, ent, span, read) in (
                        (NEGATED, CONDITIONAL) if pred == NFO.dateIssued else
                        (NEGATED, PLANNED, CONDITIONAL)):
                    # the dateline's day is the report's, not the day of a step still to come
                    # ("A will sign a contract", "the X Forum is expected to be held")
                    counts["dropped"] += 1
                    continue
                got = _date_mood(text, ent, str(obj), span, dates, starts, read) \
                    if pred != NFO.dateSigned else \
                    _date_mood(text, ent, str(obj), span, signing, signing_starts, read)
                if got == FACT and pred == NFO.startDate and _after(str(obj), doc_date) \
                        and not (guessed and (_told_in_past(text, span) or len(str(obj)) <= 7
                                              and _row_of_timeline(text, span))) \
                        and rule != OVERNIGHT:
                    got = PLANNED       # "The summit opens on January 20": still to come
                    # (but not "Delegates visited the mine on 24 April" in a text whose only
                    # date is the first day it tells of, nor "1999.07  The line reaches full
                    # output" in a chronicle whose first row gave that day: its rows keyed by
                    # months or years, not a schedule's days)
                if got == NEGATED:
                    counts["dropped"] += 1
                    continue
                if got == PLANNED and pred != NFO.dateIssued and _before(str(obj), doc_date) \
                        and _delayed(text, sents, span) \
                        and not any(p == NFO.plannedDate for p, *_ in ent.statements):
                    # "was scheduled to start in March but has been delayed": the plan's day
                    kept.append((NFO.plannedDate, date_literal(str(obj)), span,
                                 rule + PLANNED_SUFFIX))
                    counts["planned_dates"] += 1
                    continue
                if got == FACT and pred in _STEP_DATES:
                    held.add(ent.iri)
                if got == CONDITIONAL and _asked(text, sents, span.start):
                    counts["dropped"] += 1      # "Will the X Expo be held next year?": asked
                    continue
                if got == CONDITIONAL and pred != NFO.dateIssued and _before(str(obj), doc_date):
                    counts["dropped"] += 1      # "A is rumoured to have signed it on 3 May":
                    continue                    # a day gone by that the text does not vouch for
                if pred == NFO.dateIssued and got == CONDITIONAL and not _before(str(obj),
                                                                                 doc_date):
                    counts["dropped"] += 1      # "Regulation No. 7 may be issued next year"
                    continue
                if pred == NFO.dateIssued:
                    kept.append(st)     # (a title's own words, "the Planned Shutdown", set no
                    continue            # mood: no planned day of issue)
                if got in (PLANNED, CONDITIONAL) and rule.startswith("date:dateline"):
                    counts["dropped"] += 1      # "A will open the X Expo", "plans to hold the
                    continue                    # Y Forum": the report's day is no planned day
                if got in (PLANNED, CONDITIONAL) and pred != NFO.endDate \
                        and not _before(str(obj), doc_date) \
                        and not any(p == NFO.plannedDate for p, *_ in ent.statements):
                    st = (NFO.plannedDate, date_literal(str(obj)), span, rule + PLANNED_SUFFIX)
                    counts["planned_dates"] += 1
            kept.append(st)
        if len(kept) < len(ent.statements):
            emptied.append(ent)
        ent.statements[:] = kept
    _SORTED.clear()
    # a relation node every statement of which a negated or conditional clause gave ("never
    # signed the supply agreement with B") is not there at all; but an event or an agreement
    # whose day a clause states is there, whoever the text says took no part ("The plant
    # opened a line on 3 May. ... B never attended")
    gone = {e.iri for e in emptied if not e.known and (not e.statements or e.iri in lost and not (
                str(e.cls) in _NODES and e.iri in held))
            and (e.role or str(e.cls) in _NODES)}
    for iri in gone:
        del draft.entities[iri]
    if gone:
        for ent in draft.entities.values():
            ent.statements[:] = [st for st in ent.statements if st[1] not in gone]
    counts["dropped_nodes"] = len(gone)
    return counts


def _asked(text, sents, pos) -> bool:
    """Is the sentence at ``pos`` a question? (Its day is asked about, not planned.)"""
    ss, se = sents.bounds(pos)
    return text[ss:se].rstrip()[-1:] == "?"


def _own_mood(text, ent, span, read) -> str:
    """The mood of the clause of the entity's first mention inside ``span``: its lead and the
    few words after it, up to the clause's end ("The X Forum is expected to be held", "A will
    sign a contract"; not a relative clause after it, "a contract that will run to 2030")."""
    own = _inside(ent.mentions, span.start, span.end)
    if not own:
        return FACT
    a, b = own[0]
    end = min(span.end, b + _AFTER)
    stop = _CLAUSE_STOP.search(text, b, end)
    return read(a, stop.start() if stop else end, (own[0],))


def _date_mood(text, ent, value, span, dates, starts, read) -> str:
    """The mood of the clause that gives an event's date ``value`` inside ``span``: from the
    entity's mention nearest the date printed to the date ("On May 3, A and B did not sign a
    contract"), or the clause of its mention when the date is not printed there (the
    dateline's)."""
    i = bisect.bisect_left(starts, span.start)
    printed = [d for d in dates[i:bisect.bisect_left(starts, span.end)]
               if d.end <= span.end and (d.value == value or d.value.startswith(value)
                                         or d.until == value)]    # (a range's last day too)
    own = _inside(ent.mentions, span.start, span.end) or [
        (m.start, m.end) for m in ent.mentions[:1] if m.end - m.start <= _SHORT]
    if not printed:
        if own:
            m = own[-1]
            lead = _SIGN_LEAD.search(text, max(0, m[0] - 60), m[0]) \
                if ent.cls == NFO.Agreement else None
            if lead is not None:    # "were due to sign a contract on Monday" (a day not printed
                return read(lead.start(), m[1], (m,))   # as it was read): the verb's mood
            return read(m[0], m[1], ())
        return read(span.start, span.end, ()) if span.end - span.start <= _SHORT else FACT
    d = printed[0]
    if own:
        m = min(own, key=lambda x: min(abs(x[0] - d.end), abs(d.start - x[1])))
        # (a mention that holds the date is the clause that tells the step, not a name: its
        # words are read, "The bulletin will never be released in March")
        held = m[0] <= d.start and d.end <= m[1]
        lead = _SIGN_LEAD.search(text, max(0, m[0] - 60), m[0]) if ent.cls == NFO.Agreement \
            else None
        if lead is not None and d.start >= m[1]:
            # "will sign a cooperation agreement with X in June": the verb before the mention
            # sets the mood of the day after it (round 30)
            return read(lead.start(), d.end, (m,))
        end = max(m[1], d.end)
        if held:
            # (a clause told whole: a clause it governs after its day gives a reason or a
            # circumstance, not its mood: "On 26 October A applied for restructuring on the
            # ground that it cannot pay its debts" was done; read as the rest of the clause, a
            # condition there still counts)
            sub = _SUBORDINATE.search(text, d.end, end)
            if sub is not None and _VERB_ONE.search(text, m[0], sub.start()):
                end = sub.start()   # (once the clause's verb is read: "Graduates of 2027
                #                     who ... may apply" is told by "may apply")
        return read(min(m[0], d.start), end, () if held else (m,))
    if d.start - span.start <= _SHORT:
        return read(span.start, d.end, ())
    return FACT


# a clause governed by another, or one joined to it, after a clause event's day ("... on the
# ground that it cannot pay", "... because no buyer came forward", "..., which had not ...",
# "... from 16 to 20 November and no objection was received")
_SUBORDINATE = re.compile(r"\b(?:(?:on|upon)[ \t\n]+the[ \t\n]+grounds?[ \t\n]+that|so[ \t\n]+that|"
                          r"that|because|since|as|after|before|when|while|although|though|"
                          r"whereas|which|who|whose|and|but)\b")


# a modal and "sign" right before an agreement's mention ("will sign a", "is to sign the")
# (and the two words before it, which may set the mood: "had planned to sign a", "is rumoured
# to have signed a")
_SIGN_LEAD = re.compile(r"(?:\b[A-Za-z]+[ \t\n]+){0,2}?\b(?:will|shall|must|would|should|may|to|"
                        r"could)[ \t\n]+(?:[a-z]+[ \t\n]+)?(?:have[ \t\n]+)?sign(?:ed)?[ \t\n]+"
                        r"(?:(?:a|an|the)[ \t\n]+)?$")


_DELAY_AFTER = 160      # how far past a step's span its sentence is read for a delay


@lru_cache(maxsize=1)
def _delay_rx() -> re.Pattern:
    return re.compile(r"(?<![\w'’])(?:" + "|".join(lines("step-delay-cues")) + r")(?![\w'’])", re.I)


def _delayed(text, sents, span) -> bool:
    """The sentence of a step set ahead to a day now past says it did not take place then
    ("... was scheduled to start in March but has been delayed": data/step-delay-cues.txt)."""
    lo, hi = sents.bounds(span.start)
    return _delay_rx().search(text, max(lo, span.start), min(hi, span.end + _DELAY_AFTER)) \
        is not None


def _before(value: str, doc_date: str | None) -> bool:
    """Is the date ``value`` (a day, month or year) wholly before the document's day?"""
    if not doc_date or len(doc_date) < 4:
        return False
    n = min(len(value), len(doc_date))
    return value[:n] < doc_date[:n]


_PAST_VERB = re.compile(r"\b(?:was|were|had|did|[a-z]{3,}ed)\b")
_AHEAD = re.compile(r"\b(?:will|shall|would|to\s+be|is\s+to|are\s+to|plans?|planned|scheduled|"
                    r"slated|expected|due|set\s+to|aims?|intends?|intended)\b", re.I)


def _told_in_past(text: str, span) -> bool:
    """The clause of ``span`` tells of its step in the past tense ("visited", "was held")."""
    return _PAST_VERB.search(text, span.start, span.end) is not None and \
        _AHEAD.search(text, span.start, span.end) is None


_ROW_STARTS: list = [None, []]     # (the rows last read, their starts)


def _row_of_timeline(text: str, span) -> bool:
    """Is ``span`` inside a row of a list of date-keyed rows (a chronicle, a resume) and says no
    word of a time ahead? (A text whose own day is only its first row's tells its later rows as
    what happened, in the present or with no verb: "2004.01 - 2010.12   deputy director of X".)"""
    rows = keyed_rows(text)
    if _ROW_STARTS[0] is not rows:
        _ROW_STARTS[:] = [rows, [r.start for r in rows]]    # (once a text: bisected after)
    i = bisect.bisect_right(_ROW_STARTS[1], span.start) - 1 if rows else -1
    return i >= 0 and span.start < rows[i].end and _AHEAD.search(text, span.start, span.end) is None


def _after(value: str, doc_date: str | None) -> bool:
    """Is the date ``value`` wholly after the document's day (a day: later than it; a month or
    year: later than its month or year)?"""
    if not doc_date or len(doc_date) < 4:
        return False
    n = min(len(value), len(doc_date))
    return value[:n] > doc_date[:n]


def _blanked(text: str, names, lo: int, hi: int) -> str:
    """The sentence ``text[lo:hi]`` with the names at the window's ends blanked (a cue word in
    a name, "Talks on a Possible Merger", sets no mood)."""
    part = list(text[lo:hi])
    for a, b in names:
        if b - a > _NAME:
            continue        # (an event named by its whole clause: the clause is the window)
        for k in range(max(a, lo), min(b, hi)):
            part[k - lo] = " "
    return "".join(part)
