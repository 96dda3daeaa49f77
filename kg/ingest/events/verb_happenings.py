"""Happenings a dated clause reports with any verb, when no word list of events names them
(why this module is long: one piece, about 820 lines; the clause's bounds, its verb, its mood
and its parts are read together for each date, and the word-level readers live in
:mod:`kg.ingest.events.verb_forms`, :mod:`kg.ingest.events.lone_years` and
:mod:`kg.ingest.events.dateline_words`):
"Water burst into the lower level of the mine on Thursday", "The court accepted its case against
Y on the 19th", "Construction started in March", "the patent was granted in August 2023", and
the items of a dated list ("5 September 2026 - A buys B's foil through a notary").

The clause rules before this one (:mod:`kg.ingest.events.dated`, :mod:`kg.ingest.events.milestones`,
:mod:`kg.ingest.events.planned_milestones`) need an event word or a milestone verb from their
lists; fresh articles report rescues, power cuts, lawsuits, bond issues and patent grants with
verbs no list holds. So here a day or a month, in a sentence no event, agreement, policy or
project of the draft already dates, makes the sentence an event when a verb next to the date
(in the same comma-separated part, else the one before) says something was done or happened:

* a past form: a regular "-ed" word after a subject or an auxiliary ("was granted", "had
  held"), or an irregular one (``data/happening-verbs.txt``: began, broke, burst, held, took,
  won ...); an "-ed" word after an article or a possessive is an adjective ("the listed
  company") and is no verb;
* not a verb of saying, of amount or growth, or of state (``data/happening-not-verbs.txt``:
  said, rose, totalled, remained, planned, based ...), and not one followed by a figure
  ("exported 6.3 million tonnes", "closed at 9,000 yuan");
* a line or list item that opens with its date ("5 September 2026 - ...", "March 2021: ...")
  is an entry of a timeline: its clause is the event whatever the verb's tense;
* each part between semicolons of a row keyed by a date (``reading.keyed_rows``: "Oct 27   Response
  started; the plant was told to stop", the lines a row wraps onto its own) is dated by the
  row's key: its first part as an entry, a later part or a row keyed by a year alone when a
  verb tells what was done (a part holding a day of its own is that day's).

Round 19: a year alone after "in", for a verb right before it or a clause it opens, with no
quantity in its part (:mod:`kg.ingest.events.lone_years`); an announcement a sentence opens
with, "X said on Tuesday it would raise ..." (:mod:`kg.ingest.events.announcements`, the day
of "said on Tuesday" read for it alone); short verbs in their phrases and a discovery in the
passive (:mod:`kg.ingest.events.verb_forms`); "on Tuesday last week" (``weekday_dates``).

Round 22: a year dates the verb of a relative clause right before it ("led the line that went
into production in 2023": the line's start, told from the line), a name counts as one word
between a verb and its year (:mod:`kg.ingest.events.lone_years`), and a clause ends before "and
<verb>" when an agreement, event or policy named past it would take its day
(:mod:`kg.ingest.events.coordinated`).

Round 37: a day opening a sentence reaches past a group named by its noun and who led it
("On Tuesday, a 14-member delegation of X, led by its chairman Y, came to Z").

Not read: a date in a header line or a dateline, in an aside (", which was founded on ...,"),
a clause the mood reader calls negated or conditional (reported speech keeps its content: "X
said on Monday that it had completed ..." gives the completion), a day in a clause's subject
whose verb calls it off ("The Dec. 30 - Jan. 2 holiday shutdown was cancelled":
reading/called_off). A reporters' bracket before the clause ("(Reporter A, correspondent B) On
January 3, ...": names/bylines) is no word of it.

Why one module past 500 lines: the clause's bounds, its verb, its dateline and its entry are
read in one pass over the dates, each test using what the one before found (the part the
date is in, the verb of that part); the word-level readings live in the modules above.

Each is a relation node like the other clause events (rule ``event:verb-clause``, 0.4), its
class from the clause's words (:func:`kg.ingest.events.dated.event_class`, else the milestone
verbs, else ``nfo:Event``), labelled by its clause, dated by the date; the organisations and
people of the clause are its participants, a place after "in"/"at" where it happened, a
project, product, technology or site of the clause what it is about, and a metal the clause
names its metal."""
from __future__ import annotations

import bisect
from kg.ingest import records
import re
from functools import lru_cache

from kg.ingest.names.legal_forms import comma_opens_form
from kg.ingest.events.announcements import announced
from kg.ingest.events.clause_places import where_else
from kg.ingest.events.coordinated import next_clause, reported_part
from kg.ingest.events.step_patterns import LEAD as PLAN_LEAD
from kg.ingest.events.telegraphic_steps import telegraphic_step
from kg.ingest.events.date_cues import DATED, IN_FORCE as _IN_FORCE, aside_opens, in_aside
from kg.ingest.events.dated import event_class
from kg.ingest.events.document_acts import acted_on, opens_with_act
from kg.ingest.events.comma_clauses import comma_cut
from kg.ingest.events.dateline_words import after_dateline_at as _after_dateline, in_dateline as _in_dateline
from kg.ingest.events.foundings import RULE as FOUNDED
from kg.ingest.events.member_lists import RULE as MEMBER_LIST
from kg.ingest.names.running_plans import RULE as PLAN_PHRASE
from kg.ingest.events.framework_mentions import framework_opening, frameworks
from kg.ingest.events.entry_heads import entry_head
from kg.ingest.events.row_posts import post_change, post_row
from kg.ingest.events.namings import names_title, names_to_post
from kg.ingest.events.lone_years import lone_year, year_dates
from kg.ingest.events.milestones import clause_label, milestone_class
from kg.ingest.events.verb_forms import (added_deed, counted_object, passive_happening, short_phrase,
                                         short_phrases, sum_deed, thing_deed)
from kg.ingest.lexicon import alternation, lines, words
from kg.ingest.reading.called_off import called_off_after, marks
from kg.ingest.model import Entity, Span
from kg.ingest.names.bylines import byline_spans
from kg.ingest.events.weekday_dates import reported_weekdays, text_days, weekdays
from kg.ingest.events.years import document_year
from kg.ingest.reading.date_sentences import DateSafeSentences
from kg.ingest.reading.keyed_rows import keyed_rows, row_clauses
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, may_set_mood, mood
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:verb-clause", 0.4
_SEASON = re.compile(r"(?:last|this|next)\s+(?:spring|summer|autumn|fall|winter)", re.I)
# (and an apposition: "PT X, a joint venture of A Co., Ltd. and B, began a line": A and B did not)
# (and a place's province after its city inside it: ", a driver at X in Yulin, Guangxi, won")
_REL_ASIDE = re.compile(r",[ \t]+(?:who|whom|whose|which|a|an|(?:(?:soon|later|now|since|then)[ \t]+)?"
                        r"(?:to[ \t]+be|formerly|previously|once)[ \t]+(?:re)?(?:named|called|known))\b(?:[^,;.:()\n]|(?<=Co)\.|"
                        r"(?<=Ltd)\.|(?<=Inc)\.|(?<=Corp)\.|,(?=[ \t]+Ltd\.)|(?<=\d)[,.](?=\d)|"
                        r"(?<=[a-z]),(?=[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,)){0,160},(?!\d)")
# a participle's aside of a time ("X, commissioned in 2011, was shut on 2 March")
_TIME_ASIDE = re.compile(r",[ \t]+(?:first[ \t]+)?(?:founded|established|built|commissioned|completed|"
                         r"acquired|opened|launched|listed)[ \t]+in[ \t]+(?:(?:early|late|mid-?)[ \t]*)?"
                         r"(?:[A-Z][a-z]+[ \t]+)?\d{4},(?!\d)")
# a short name defined in brackets after a name ('(hereinafter "the Bureau")', '(the "Buyer")',
# '("NBGM")'): no word of what the clause tells
_DEFINED_ASIDE = re.compile(r"[ \t]*\((?:(?:hereinafter|hereafter)(?:[ \t]+(?:referred[ \t]+to"
                            r"[ \t]+as|called))?[ \t,:]*)?(?:the[ \t]+)?[\"\u201c][^\"\u201d()\n]"
                            r"{1,60}[\"\u201d]\)", re.I)
_BLOCKING = ("event", "agreement", "policy")
_LONGEST = 600      # a longer "sentence" is a list or a table without full stops
_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)?")
# the word before an "-ed" form that makes it an adjective or a noun's modifier
_ADJ_BEFORE = frozenset((
    "a an the its their his her our my your this that these those such newly recently fully "
    "partly jointly wholly highly well so of for with by from in on at to into onto per "
    "as than any every each no some several many few most more less other another").split())
# a comma part that opens a clause of its own
_COORD_OPEN = re.compile(r"\s*(?:and|but|while|whereas)\s+(?=\S)")
# a word that makes a stretch a clause of its own
# a colon ending the line right after a verb of writing or saying ("A wrote:", "B said:")
_INTRO_COLON = re.compile(r"[ \t]*:[ \t\r]*(?:\n|$)")


def _intro_verbs() -> frozenset:
    return words("quote-intro-verbs")


@lru_cache(maxsize=1)
def _called_off() -> re.Pattern:
    """A bracket holding only a word of ``data/called-off-marks.txt``: "(cancelled)"; or a
    table's cell holding only such a word ("| 1 April 2026 | cancelled |", a last cell after a
    gap of two spaces or more)."""
    alt = marks(r"\s+")
    return re.compile(rf"[(\[][ \t]*(?:{alt})[ \t]*[)\]]|(?:\||  |\t)[ \t]*(?:{alt})"
                      rf"[ \t]*(?:\||[ \t]*$)", re.I | re.M)


# a day that opens its clause as the clause's time ("On 3 May", "In the early hours of")
_OPENING_DAY = re.compile(r"[ \t\n]*(?:(?:[Oo]n|[Ii]n|[Aa]t|[Bb]y|[Ss]ince)\b[^,;]{0,30})?")
_FINITE = re.compile(r"\b(?:is|are|was|were|will|has|have|had|be|been)\b|\b[a-z]{3,}ed\b")
# after a date: a clause of its own that tells what is still to come ("... and will build")
_AND_FUTURE = re.compile(r",?[ \t\n]+(?:and|but)[ \t\n]+(?:(?:it|they|he|she|we)[ \t\n]+)?(?:also[ \t\n]+)?"
                         r"(?:will|shall|plans?[ \t\n]+to|(?:is|are)[ \t\n]+to|intends?[ \t\n]+to)\b")
_PAST = re.compile(r"\b(?:was|were|had|did)\b|\b[a-z]{3,}ed\b")
_COORDINATE = re.compile(r",\s+(?:and|while|but|whereas|before|after)\s+|\s+(?:and|while|but)\s+"
                         r"(?=(?:the\s+|its\s+|their\s+)?[a-z])")
# a plan told in the past: it says nothing of whether the step was taken ("the line was
# originally due to be commissioned in December 2025, but ...")
_PAST_PLAN = re.compile(r"\b(?:was|were|had\s+been)\s+(?:(?:originally|initially|first|once|"
                        r"previously|also)\s+)?(?:due|expected|scheduled|set|slated|supposed|meant|"
                        r"planned|intended|poised)\s+to\s+(?:\w+\s+){0,3}$", re.I)
# what says a thing may or must be done, not that it was
_MODAL = frozenset("may might could can should must shall would".split())
# auxiliaries that make the next participle a finite verb ("was granted", "had held")
_AUX = frozenset("was were is are be been being had has have got gets".split())
# the short irregular past forms that report a happening ("met", "won", "ran"; not "set",
# "cut", "hit", "led", "put", "got": a noun, a market's move or an aside's participle as often)
_SHORT = frozenset(("met", "won", "ran"))
# the auxiliaries of a passive that make a short past form a verb ("the furnace was lit on 3
# December", "Power was cut at two plants on Tuesday", "the line was hit by a flood"); not
# "was set to start" (a plan), "was set at 5%", "was led by X" (a leader named), "were put
# on the market" (a phrase of its own, short_phrases')
_PASSIVE_AUX = frozenset(("was", "were", "been"))
_NOT_PASSIVE = frozenset(("set", "led", "got", "put"))
_PLAN_AFTER = re.compile(r"[ \t\n]+(?:to|for)\b")
# "led" with what was led after it ("led a research team to X", "led the talks"); not "led to",
# "led by" (a cause, a leader named)
_LED_WHAT = re.compile(r"\s+(?:a|an|the|his|her|its|their|two|three|four|five|six|several)\s+[a-z]")
# a figure after the verb: it states an amount ("sold 20,000 tonnes", "closed at 9,000 yuan")
_AMOUNT = re.compile(r"\s+(?:(?:at|to|by|up|down|out|off|about|around|over|nearly|almost|some|"
                     r"more\s+than|less\s+than|a\s+total\s+of|up\s+to|only|higher|lower)\s+)*"
                     r"(?:[$\u00a5\u20ac\u00a3]?\d[\d,.]*|one|two|three|four|five|six|seven|"
                     r"eight|nine|ten|hundreds|thousands|millions)\b", re.I)
# a day of a month (after "by", "to" or "until" perhaps), a date in figures after one of them,
# or a time of day before its day, after the verb: when the deed was done, no amount ("its
# furnaces were dismantled by 25 December", "Documents received 11 Dec. 2026", "was put off to
# 12.01.2027", "was restored at 09:50 on Monday"); not a bare date in figures, a record's field
# ("asked 2026-12-01 09:12")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?![\w-])"
_DAY_AFTER = re.compile(rf"\s+(?:(?:(?:by|to|until|till)\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}|"
                        rf"(?:by|to|until|till)\s+(?:{_MONTH}\s+\d{{1,2}}\b|"
                        rf"\d{{1,4}}[./-]\d{{1,2}}[./-]\d{{1,4}}\b)|"
                        r"at\s+[0-2]?\d[:.][0-5]\d(?:\s*(?:hrs?|h|a\.?m\.?|p\.?m\.?))?\s+"
                        r"(?:on|this|today|yesterday|that)\b)", re.I)
# a market's move after the verb ("shares closed higher", "futures ended lower", "opened
# flat"), and what says nothing changed or the text itself is meant ("kept the quota
# unchanged", "This article was updated", a photo's caption): no happening
_MOVE = re.compile(r"\s+(?:(?:sharply|slightly|marginally|broadly|little)\s+)?(?:higher|lower|"
                   r"up|down|flat|firmer|weaker|stronger|mixed|steady|unchanged)\b"
                   r"(?!\s+(?:its|their|the|his|her|our|a|an)\b)", re.I)
# (not a particle with its object: "had topped up its margin account", "shut down the line")
_NO_CHANGE = re.compile(r"\b(?:unchanged|steady|intact|on\s+hold)\b|^\W*(?:(?:File\s+)?(?:photo|"
                        r"picture|image)s?|this\s+(?:article|story|page|post)|an\s+earlier\s+"
                        r"version)\b", re.I)
# a clause whose subject is a market's measure: its verb tells a move, not a happening
_MARKET = re.compile(r"\W*(?:(?:the|its|their|[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}?(?:prices?|demand|"
                     r"supply|shares|stocks?|futures|indexe?s?|indices|markets?|yields?|premiums?|"
                     r"spreads?|sentiment|volumes?|currency|rupiah|dollar|yuan|renminbi|rand|peso|"
                     r"euro|yen|rupee|ringgit|profits?|revenues?|earnings|sales|margins?|valuations?)"
                     r"\s+(?:(?:also|then|briefly|sharply|suddenly)\s+)?[a-z]+(?:ed|ank|ell|ose|ew)\b",
                     re.I)
# a day that belongs to a noun of a happening the clause names after "of" ("marked the 10th
# anniversary of its founding on May 5, 2016 with a ceremony")
_OF_A_NOUN = re.compile(r"\bof\s+(?:its|their|the|his|her)\s+(?:founding|establishment|birth|"
                        r"death|inception|listing|creation|incorporation)\s+(?:on|in)\s+(?:the\s+)?$",
                        re.I)
# a period the clause's figures or plans cover, not when it happened ("reviewed output for July
# to September", "set a quota for 2027")
_FOR_PERIOD = re.compile(r"\bfor\s+(?:the\s+(?:months?|period|year|quarter)\s+(?:of\s+)?)?$")
# a day counted from an event named right after it ("The day before the symposium, the delegates
# visited ..."): that event does not take the clause's day
_COUNTED_FROM = re.compile(r"(?i:the|a)\s+day\s+(?:before|after)\s+(?:the|its|their)\s+")
_LAST_WORD = re.compile(r"([A-Za-z]+)[^A-Za-z]*$")
_BY = re.compile(r"\s+by\b")
# a part that is an apposition of a name before it: a title, a post ("Vice Minister of Natural
# Resources", "deputy director of the bureau", "a unit of X"), no verb
_APPOSITION = re.compile(r"\s*(?:(?:a|an|the|its|their)\s+)?(?:[A-Za-z][\w'\u2019&.-]*\s+){0,8}?"
                         r"(?:of|at|for|with|from)\s+[^,;]{2,80}|\s*(?:[A-Z][\w'\u2019&.-]*\s*){1,8}")
_NAME_PART = re.compile(r"\s*(?:[A-Z][\w'\u2019&.-]*\s*){1,8}")
# a group named by its noun as the subject after an opening date ("On Tuesday, a 14-member
# delegation of the X Chamber of Mines, led by ..., came to ...") and who led it
_GROUP_PART = re.compile(r"\s*(?:a|an|the|its|their)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:delegation|team|"
                         r"group|mission|panel|party)\s+(?:of|from)\s+[^,;:]{2,80}")
_LED_PART = re.compile(r"\s*(?:led|headed)\s+by\s+[^,;:]{2,80}")
# who the subject acted with, set off by commas after it (", with police of two provinces,")
_WITH_PART = re.compile(r"\s*(?:(?:together|along|jointly)\s+)?with\s+[^,;:]{2,80}")
# a line or list item that opens with its date: "5 September 2026 - ", "March 2021: "
# (any bullet: "-", "*", ">", "+", "\u2022", "\u25cf" ...; "> On the 3rd -- ...": its preposition)
_BULLETS = "-*>+\u00b7\u2022\u2023\u2043\u25aa\u25ab\u25a0\u25a1\u25b6\u25ba\u25c6\u25c7\u25cb\u25cf\u2013\u2014"
_ENTRY = re.compile(rf"[ \t]*(?:[{_BULLETS}]\s*|\d{{1,2}}[.)]\s+)?(?:(?:On|In|From|Since)\s+"
                    r"(?:the\s+)?)?$")
_ENTRY_AFTER = re.compile(r"\s*(?:--|[-:\u2013\u2014])\s*(?=\S)")      # ("--" whole)
# the next item of a list, or a blank line
_NEXT_ITEM = re.compile(rf"\n[ \t]*(?:\n|(?:[{_BULLETS}]|\d{{1,2}}[.)])\s)")
# a header line: "Published: 28 November 2026", "Date: ...", "Updated ..."
_HEADER_WORDS = r"(?:published|posted|updated|date|time|source|released|issued|dated|editor|by|sent)"
_HEADER = re.compile(_HEADER_WORDS + r"\b[^\n]{0,40}$", re.I)
# a header line opens with its label ("Published: 28 November 2026", a mail's "Sent: Friday,
# 30 May 2025 09:01"; ``$`` of _HEADER is the end of the text, not of a line)
_HEADER_OPEN = re.compile(r"[ \t]*" + _HEADER_WORDS + r"\b", re.I)
# what ends a clause's part: a comma (not the one inside a legal form, "Co., Ltd."), a
# semicolon, a colon, a dash
_PART = re.compile(r"[;:]|,(?![ \t]*\n?[ \t]*(?:Ltd|Limited|Inc|LLC|Corp|Co)\b|\d{3}\b)|"
                   r"\s[-\u2013\u2014]\s|--")       # (nor "41,000": a number's)


@lru_cache(maxsize=1)
def _role_part() -> re.Pattern:
    """A part set off after an event's date that tells who held it (", presided over by A,",
    ", chaired by B"): ``data/role-participles.txt``; its participle is no happening."""
    return re.compile(rf"\s*(?:{alternation('role-participles')})[ \t\n]+by\b", re.I)


@lru_cache(maxsize=None)
def _verbs() -> tuple[frozenset, frozenset]:
    return words("happening-verbs"), words("happening-not-verbs")


@lru_cache(maxsize=None)
def _referent() -> re.Pattern:
    """A clause about a document referred back to ("The measures are dated ...", "This decision
    was made on ..."): its day is the document's (data/document-referents.txt)."""
    nouns = sorted((line.split()[0] for line in lines("document-referents")), key=len,
                   reverse=True)
    return re.compile(r"(?:The|This|These|That|Those|Its|Their|Both|Each)\s+(?:[\w\-]+\s+){0,2}?"
                      rf"(?:{'|'.join(map(re.escape, nouns))})\b(?!\s+(?:of|for|on)\b)")


_HAD = re.compile(r"\bhad[ \t\n]+(?:been[ \t\n]+|already[ \t\n]+|just[ \t\n]+)?$")
_THAT = re.compile(r"\s(?:that|which)\s+$")     # a relative clause's opening, right before its verb
# a figure a row with no verb gives: an amount with its unit, a share ("3.2 billion yuan", "12%")
_FIGURE = re.compile(r"\d[\d,.]*[ \t]*(?:%|per[ \t]?cent\b|(?:tonnes?|tons?|t|kt|mt|yuan|"
                     r"dollars?|billion|million|thousand|hectares?|kWh|MW|GWh)\b)", re.I)
# a row that is a label and a figure alone ("Staff: 1,200", "Output = about 9,000 t")
_LABEL_FIGURE = re.compile(r"[A-Za-z][\w'\u2019 -]{0,40}?[ \t]*[:\uff1a=][ \t]*(?:(?:about|over|"
                           r"nearly|some|around)[ \t]+)?\d[\d,.]*[ \t]*(?:%|[A-Za-z]{1,12})?[ \t.]*")
_MAY = re.compile(r"\b(?:may|might|could|would|will|shall|should|must|can)\b")
# a clause that opens with a relative pronoun ("which was launched in 2024")
_RELATIVE = re.compile(r"\s*(?:which|who|whom|whose)\b")
# a coordinator before a clause's part: its verb shares the subject before it ("X held
# hearings in July and closed the proceedings last month")
_SHARED = frozenset(("and", "but", "then"))
# (not inside a relative clause: "the conference, which opened on the 15th and closed on the
# 17th": the conference's days)
_IN_RELATIVE = re.compile(r",[ \t\n]+(?:which|who)\b[^.;]*$")


def _short_passive(text: str, m, low: str, prev, yes) -> bool:
    """``m`` is a short irregular past form in the passive: "was lit", "were cut" (``_PASSIVE_AUX``)."""
    return len(low) < 4 and prev in _PASSIVE_AUX and low in yes and low not in _NOT_PASSIVE \
        and not _PLAN_AFTER.match(text, m.end())


def _lead_at(text: str, d, lo: int) -> int:
    """Where the preposition that leads the date ``d`` starts ("by", "before", "on" ...), else
    the date's start."""
    lead = PLAN_LEAD.search(text, max(lo, d.start - 40), d.start)
    return d.start if lead is None else lead.start()


def _verb(text: str, a: int, b: int) -> list[re.Match]:
    """The verbs of ``text[a:b]`` that report a happening, in their order."""
    yes, no = _verbs()
    found = []
    prev = prev2 = None
    before = _LAST_WORD.search(text, max(0, a - 30), a)
    if before is not None and ("," in text[before.end(1):a] or before.group(1) in _SHARED
                               and not _IN_RELATIVE.search(text, max(0, a - 160), a)):
        prev = before.group(1).lower()      # ("X, governor of Y, inspected ...": a subject before)
    for m in _WORD.finditer(text, a, b):
        w = m.group(0)
        low = w.lower()
        if w[0].isupper() and prev is not None or prev in _MODAL or prev2 in _MODAL \
                and prev in ("be", "have"):
            prev2, prev = prev, low
            continue        # a name's word ("United", "Limited"); "may be inspected"
        is_verb, after = False, m.end()
        if low in no and not passive_happening(text, m, prev) and not names_title(text, m) \
                and not names_to_post(text, m) \
                and not added_deed(low, text, m.end()) and not thing_deed(low, text, m.end()) \
                or len(low) < 4 and low not in _SHORT and low not in short_phrases() and not (
                low == "led" and _LED_WHAT.match(text, m.end())) and not _short_passive(
                text, m, low, prev, yes):
            pass
        elif _short_passive(text, m, low, prev, yes):
            is_verb = True      # ("Power was cut at the hall": what was cut stands before it)
        elif low in short_phrases():
            after = short_phrase(text, m, prev in _ADJ_BEFORE and prev not in _AUX)
            is_verb = after is not None
        elif low in yes or low in no:       # (no: a passive of a discovery, "was found";
            # "added 14 entities to its list", a deed)
            # ("the line that went into production": an irregular past after "that")
            is_verb = prev not in _ADJ_BEFORE or prev in _AUX or prev == "that" and low in yes
        elif low.endswith("ed") and not low.endswith("eed"):
            is_verb = prev is not None and (prev in _AUX or prev not in _ADJ_BEFORE)
        if is_verb and m.start() - a < 3 and prev is not None and _BY.match(text, m.end()):
            is_verb = False     # ", issued by the NDRC in March,": a participle's aside
        if is_verb and (_AMOUNT.match(text, after) is None or counted_object(text, after)
                        or sum_deed(low) or _DAY_AFTER.match(text, after)) \
                and _MOVE.match(text, after) is None:     # ("sampled 120 batches": counted)
            found.append(m)
        prev2, prev = prev, low
    return found


# a sum paid for what the clause tells of, opening it: "3.2 million yuan for", "$5m over"
_SUM_FOR = re.compile(r"(?P<cur>[$\u00a5\u20ac\u00a3]|(?:RMB|CNY|USD|US\$|HK\$)[ \t]*)?\d[\d,.]*[ \t]*"
                      r"(?:million|billion|bn|m|thousand)?[ \t]*(?P<unit>yuan|dollars?|euros?|"
                      r"RMB|CNY|USD)?[ \t]+(?:in[ \t]+(?:compensation|damages)[ \t]+)?"
                      r"(?:for|over)[ \t]+", re.I)


def _clause(text: str, ss: int, se: int, d, starts: list) -> tuple[int, int]:
    semi = text.rfind(";", ss, d.start)
    start = semi + 1 if semi != -1 else ss
    semi = text.find(";", d.end, se)
    end = semi if semi != -1 else se
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end)
    others = [x for x in starts[i:j] if x != d.start]
    if others:
        for m in _COORDINATE.finditer(text, start, end):
            if not m.group(0).startswith(",") and not (
                    _finite(text, start, m.start()) and _finite(text, m.end(), end)):
                continue    # "a tin and zinc mine": no clause of its own on either side
            if m.end() <= d.start and any(start <= x < m.start() for x in others):
                start = m.end()
            elif m.start() >= d.end and any(x >= m.end() for x in others):
                end = m.start()
                break
        start, end = comma_cut(text, start, end, d, others, _finite)
    start, end = reported_part(text, start, end, d)    # "said that A ... and that B ..."
    fut = _AND_FUTURE.search(text, d.end, end)
    if fut is not None and (_PAST.search(text, start, fut.start()) or any(
            w.group(0) in _verbs()[0] for w in _WORD.finditer(text, start, fut.start()))):
        end = fut.start()   # ("started its line in May 2026 and will build its third": the
        #                     plan after "and will" is a clause of its own, not the deed's; not
        #                     "Bids are due by 8 May, and will be opened": no deed before it)
    return start, end


def _finite(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` holds a finite verb: an auxiliary, an "-ed" form or an irregular past of
    data/happening-verbs.txt ("held hearings in X from 7 to 9 July and closed ...": two
    clauses)."""
    return _FINITE.search(text, a, b) is not None or \
        any(w.group(0) in _verbs()[0] for w in _WORD.finditer(text, a, b))


def _entry_verb(text: str, a: int, b: int, after_first: bool = True) -> re.Match | None:
    """The verb of a timeline entry ("the court accepts the case", "Jinrun files ..."): the
    first lower-case word after its first word (``after_first``; else any) that reads as a verb
    in any tense."""
    yes, no = _verbs()
    for i, m in enumerate(_WORD.finditer(text, a, b)):
        low = m.group(0)
        if (i or not after_first) and low.islower() and low not in _ADJ_BEFORE and low not in no and (
                low in yes or low.endswith(("ed", "es", "s")) and not low.endswith("ss")):
            return m
    return None


def _with_row_parts(text: str, dates):
    """Each date, with None; the key of a date-keyed row (``reading.keyed_rows``; a year too:
    "2019 - X starts a line") once for each part of its row instead, with the part's bounds and
    where its words start, a part that holds a day of its own left to that day."""
    rows = {r.key_start: r for r in keyed_rows(text)}
    if not rows:
        return [(d, None) for d in dates]
    days = [d.start for d in dates if d.kind != "gYear"]
    # a day of its own in a part keys the part in the row's stead, its entry still ("2023.10
    # On 17 October A and B sign an agreement": the 17th, whatever the verb's tense)
    own: dict = {}
    for d in dates:
        row = rows.get(d.start)
        if row is None:
            continue
        for a, b in row_clauses(text, row):
            words = row.body if a == row.key_start else a
            i = bisect.bisect_left(days, words)
            if i < len(days) and days[i] < b:
                own[days[i]] = (a, b, words)
    out = []
    for d in dates:
        row = rows.get(d.start)
        if row is None:
            out.append((d, own.get(d.start) if d.kind != "gYear" else None))
            continue
        for a, b in row_clauses(text, row):
            words = row.body if a == row.key_start else a
            i = bisect.bisect_left(days, words)
            if i < len(days) and days[i] < b:
                continue        # ("the patent is granted in August 2023": its own day)
            out.append((d, (a, b, words)))
    return out


def _entry_start(text: str, d, part) -> int:
    """Where an entry's own words start: after the dash or colon past its date ("March 2021 -
    A files ..."), or where a keyed row's part has them ("Oct 27   Response started")."""
    if part is not None:
        return part[2]
    return _ENTRY_AFTER.match(text, d.end).end()


def _bracketed(text: str, spans: list) -> list[tuple[int, int]]:
    """The bylines of names/bylines.py that a bracket holds ("(Reporter A, correspondent B)"),
    bracket and all."""
    out = []
    for a, b in spans:
        o = text.rfind("(", max(0, a - 40), a)
        if o >= 0 and "\n" not in text[o:a] and text[b:b + 1] == ")":
            out.append((o, b + 1))
    return out


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the clause events described above to the draft and to ``spans_of`` (after the
    relation rules: the roles they read by cue words stay with the events named before);
    the clauses other events hold are taken. Returns the new event nodes."""
    text = draft.text
    spans = spans_by_start(spans_of)
    post_ends = None        # (where the posts' evidence ends: a row a post was read from)
    within = names_within(spans, [None] * len(spans))
    made = [e for e in draft.entities.values() if e.role and kind_of(e.cls) == "event"]
    # (and a founding's milestone, "X was set up in May 2025": events/foundings.py)
    made += [e for e in draft.entities.values() if not e.role and e.rule == FOUNDED]
    doc_date = str(draft.date) if draft.date is not None else None
    year = document_year(text, doc_date)
    dates = text_days(text, year, doc_date)
    undated: set[int] = set()
    if year is None:
        # no year anywhere ("NANJING, Sept. 14 (Xinhua) -- ... on Thursday"): the happenings
        # are still told; their days are left for the reviewer (the command warns)
        where = {d.start for d in dates}
        stand_in = find_dates(text, "2000", extended=True, doc_date=None)
        stand_in += weekdays(text, "2000-12-31", stand_in)
        extra = [d for d in stand_in if d.start not in where and d.kind != "gYear"]
        undated = {d.start for d in extra}
        dates = sorted(dates + extra, key=lambda d: d.start)
    # ("X said on Tuesday it would ...": the day of an announcement, for that rule alone)
    reported = reported_weekdays(text, doc_date) if year is not None else []
    said_days = {d.start for d in reported}
    sents = DateSafeSentences(text, dates)
    taken = set()          # the clauses (their starts) that are events already
    covered = bytearray(len(text) + 1)      # the clauses events already hold
    for e in made:
        for m in e.mentions:
            covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    by_start = {d.start: d for d in dates}
    first = min((d.start for d in dates), default=-1)
    bylines = _bracketed(text, byline_spans(text))
    # (and a season told from the document's date: "opened its museum last spring")
    years = {d.start for d in dates if d.kind == "gYear" and (
        lone_year(text, d) or _SEASON.fullmatch(text, d.start, d.end))}
    starts = [d.start for d in dates if (d.kind != "gYear" or d.start in years)
              and not _in_dateline(text, d, first)]
    dates = sorted(dates + reported, key=lambda d: d.start)
    same: dict = {}         # (day, verb) -> the event told by it
    out: list = []
    for d, part in _with_row_parts(text, dates):
        if d.kind == "gYear" and part is None and d.start not in years:
            continue
        ss, se = sents.bounds(d.start)
        if se - ss > _LONGEST:
            continue
        ls = text.rfind("\n", 0, d.start) + 1
        if _HEADER_OPEN.match(text, ls) and _HEADER.search(text[ls:d.start]):
            continue        # "Published: 28 November 2026"
        if in_aside(text, d.start, d.end, ss, se) or _OF_A_NOUN.search(
                text, max(ss, d.start - 60), d.start) or _FOR_PERIOD.search(
                text, max(ss, d.start - 40), d.start) or DATED.search(
                text, max(ss, d.start - 12), d.start):
            continue        # ", which was founded on April 20,"; "the anniversary of its
            # founding on May 5, 2016" (the day of the noun, not of the clause's verb); "In
            # reply to the letter of X dated 2 November, Y said ..." (the letter's day)
        if _in_dateline(text, d, first):
            continue        # the dateline's day: the report's, read by date_attach
        entry = part is not None or _ENTRY.fullmatch(text, ls, d.start) is not None and \
            _ENTRY_AFTER.match(text, d.end) is not None
        if part is not None:
            ss, se = part[:2]   # a part of a date-keyed row: the row's key dates it
        elif entry:
            # the item runs to the next item or blank line ("2. June 2024 - ...\n   Guangdong")
            nxt = _NEXT_ITEM.search(text, d.end, se)
            ss, se = max(ss, ls), nxt.start() if nxt else se
        # the clause: the sentence's part between semicolons that holds the date, cut again
        # at ", and" / ", while" / ", but" between two dates ("... on Saturday, and X
        # suspended haulage on Sunday": two happenings)
        start, end = _clause(text, ss, se, d, starts) if part is None else part[:2]
        while start < end and text[start] in " \t\n":
            start += 1
        while end > start and text[end - 1] in " \t\n.":
            end -= 1
        start = _after_dateline(text, start, by_start, first)
        for a, b in bylines:
            if a <= start < b <= d.start:
                start = b + len(text[b:d.start]) - len(text[b:d.start].lstrip())
                # "(Reporter A, correspondent B) On January 3, X held ...": the writers'
                # bracket is no word of the clause
        if entry and part is None:
            start = d.start     # "March 2021 - Jinrun files ...": the date opens the entry
        if start in taken or covered[d.start if part is None else start] or \
                _IN_FORCE.search(text, start, d.start) \
                or _referent().match(text, start) and not opens_with_act(text, start, end, d):
            continue        # (a day a policy takes effect, or is dated, is the policy's; not
            #                 "The plan was approved by X on ...": the approval's, document_acts)
        verb = said = None
        if not entry:
            # the verb of the date's part of the clause, else of the part after it, else the
            # nearest one before it; the happening is told from the verb's part to the date's
            cut = [m.end() for m in _PART.finditer(text, start, d.start)
                   if not comma_opens_form(text, m.start())]     # (not "X, S.A.": a name's)
            lo = cut[-1] if cut else start
            parts_after = [m for m in _PART.finditer(text, d.end, end)
                           if not comma_opens_form(text, m.start())][:4]
            hi = parts_after[0].start() if parts_after else end
            verbs = _verb(text, lo, hi) if d.start not in said_days else []
            k = 0 if d.start not in said_days else len(parts_after)
            role = None
            while not verbs and k < len(parts_after):
                hi2 = parts_after[k + 1].start() if len(parts_after) > k + 1 else end
                verbs = _verb(text, parts_after[k].end(), hi2)
                if verbs and _role_part().match(text, parts_after[k].end()) and not role:
                    role = verbs, hi2   # (", presided over by A, Chair of B": who held the
                    verbs = []          #  event before the date, no happening of its own,
                    k += 1              #  unless the clause tells no other verb)
                    continue
                if verbs:
                    hi = hi2
                elif k and not (_APPOSITION.fullmatch(text, parts_after[k].end(), hi2)
                                or _LED_PART.fullmatch(text, parts_after[k].end(), hi2)) or \
                        k == 0 and not (_NAME_PART.fullmatch(text, parts_after[k].end(), hi2)
                                        or _WITH_PART.fullmatch(text, parts_after[k].end(), hi2)
                                        or _GROUP_PART.fullmatch(text, parts_after[k].end(), hi2)):
                    break
                # "From 20 to 22 March, X, vice minister of Y, led a team ...": past the
                # subject's name and its apposition; "On the night of 29 December the bureau,
                # with police of two provinces, searched ...": past who it acted with
                k += 1
            if not verbs and d.start not in said_days and not _MAY.search(text, lo, d.start):
                # (not when the date's part tells what may come: ", which may tighten supply
                # in the first half of next year" dates no verb before it)
                verbs = _verb(text, start, lo)[-1:]
                if verbs and aside_opens(text, max(start, text.rfind(",", start, verbs[0].start()))):
                    verbs = []  # ("its smelter, closed since March 2024, restarts in July":
                    #             the aside's verb is not the clause's)
                if verbs:
                    lo = max([c for c in cut if c <= verbs[0].start()], default=start)
            if not verbs and role:
                verbs, hi = role
            said = None if verbs else announced(text, start, d)
            if said is not None:
                verbs, hi = [said], end     # "X said on Tuesday it would raise ...": all of it
            elif not verbs and d.start in said_days:
                # "X said on Thursday that it had received a licence": the step it reports
                # done, dated by the saying's day (the whole clause its words)
                verbs = [v for v in _verb(text, d.end, min(end, d.end + 80))
                         if _HAD.search(text, max(d.end, v.start() - 16), v.start())][:1]
                hi = end
            if not verbs:
                continue
            verb = verbs[0]
            if d.kind == "gYear":   # (the verb the year dates: "led the line that went into
                # production in 2023" dates "went")
                dated_verb = next((v for v in reversed(verbs) if v.end() <= d.start
                                   and year_dates(text, start, end, v, d)), verb)
                if dated_verb is not verb and _THAT.search(text, verb.end(), dated_verb.start()) \
                        and verb.start() >= start:
                    start = verb.end() + len(text[verb.end():dated_verb.start()]) - len(
                        text[verb.end():dated_verb.start()].lstrip())   # (what "led" governs)
                    verb = dated_verb
            if may_set_mood(text, ss, se) and mood(text, verb.start(), verb.end(),
                                                   ss, se) in (NEGATED, CONDITIONAL):
                continue    # "did not resume", "if power is cut"
            if _INTRO_COLON.match(text, verb.end()) and verb.group(0).lower() in _intro_verbs():
                continue    # "On Monday, 2 June 2025, A wrote:": a mail's quote, introduced
            if d.kind == "gYear" and not year_dates(text, start, end, verb, d):
                continue    # "made 46,000 tonnes of foil in 2025", "a rule adopted ... in 2024"
            if _PAST_PLAN.search(text, max(ss, verb.start() - 80), verb.start()):
                continue    # "was due to be commissioned in December 2025": a plan, not done
            if telegraphic_step(text, d, _lead_at(text, d, ss), ss) is not None:
                continue    # "Comments to be collected before 15 March": a note's step to come
            # ("X completed the issue of Y on Wednesday, raising ..., according to a filing":
            # the filing is not what the day dates)
            coord = _COORD_OPEN.match(text, lo) if lo > start else None
            if coord is not None:
                start = coord.end()     # "X designed the plant, and construction began in May"
            elif lo > start and text[start:lo].count(",") == 1 and all(
                    id(e) in frameworks(text, within(start, lo), start, d.start, kind_of)
                    for _, _, e in within(start, lo)):
                start = lo      # (also past "Under the X Measures,": the deed's framework)
                while start < d.start and text[start] in " \t\n":
                    start += 1
            else:               # ("Under the X Measures issued by Y, the department ...")
                start = framework_opening(text, start, within(start, verb.start()), d.start,
                                          verb.start(), kind_of) or start
            end = hi
            while end > start and text[end - 1] in " \t\n.":
                end -= 1
        else:
            if part is not None and post_change(text, start, end):
                continue    # "2008.06  Liu becomes Chairman": the post's date (row_posts)
            verb = _entry_verb(text, _entry_start(text, d, part), end)
            if verb is None and post_row(text, _entry_start(text, d, part), end):
                if post_ends is None:
                    post_ends = sorted(m.end for e in draft.entities.values()
                                       if e.cls == NFO.Post for m in e.mentions)
                k = bisect.bisect_left(post_ends, _entry_start(text, d, part))
                if k < len(post_ends) and post_ends[k] <= end + 1:  # (its stop: "Co., Ltd.")
                    continue    # "1979.01 - 1988.06   Deputy director, X Plant": a post a rule
                    #             read there (the career list's), no event
            # (a row's first part keyed by a day of its own: "2023.10  On 17 October A and B
            # sign ...", its words after the key)
            first = start == d.start or part is not None and part[2] != part[0] == start
            if verb is None and not (first and d.kind != "gYear"
                                     and _WORD.search(text, _entry_start(text, d, part), end)):
                continue    # an entry is its row's first part, dated by a day or a month; a
                # later part ("; the plant was told to stop") tells what was done, and so does a
                # row keyed by a year alone ("1961-1978: engineer of X", "2023    6,420    388")
            es = _entry_start(text, d, part)
            if may_set_mood(text, es, end) and mood(text, es, end, es, end) in (NEGATED,
                                                                               CONDITIONAL):
                continue    # "2005.02  If approved, the line will start", '"...," a rumour said'
            fig = _FIGURE.search(text, es, end)
            if fig is not None and verb is not None and fig.start() <= verb.start() < fig.end():
                verb = _entry_verb(text, fig.end(), end, False)     # (a unit is no verb:
                #                     "Output: 12,000 tonnes", "... : 80 tonnes shipped to X")
            if verb is None and (fig is not None or _LABEL_FIGURE.fullmatch(text, es, end)) \
                    and entry_head(text, es, end) is None:
                continue    # "2009.05  Sales of 3.2 billion yuan, up 12%", "2015.10  Staff:
                #             1,200": a figure, no happening
        paid = _SUM_FOR.match(text, start)
        if paid is not None and (paid.group("cur") or paid.group("unit")) and paid.end() < d.start:
            start = paid.end()  # ("ordered A to pay B 3.2 million yuan for ingots lost in
            #                     transit in August": the ingots were lost, not the sum)
        if _RELATIVE.match(text, start):
            continue        # "which was launched in 2024 and which ...": no subject of its own
            # (one after its noun, "notes of the company, which were issued in March 2025",
            # is told as the clause: the curators record such happenings, 3 of 4 on dev sets)
        if _called_off().search(text, start, min(se, end + 40)):
            continue        # "Trial production in March 2026 (cancelled)": it did not happen
        if d.end <= end and not _OPENING_DAY.fullmatch(text, start, d.start) \
                and called_off_after(text, d.end, end):
            continue        # "The Dec. 30 - Jan. 2 holiday shutdown was cancelled": not then
            #                 (but "On 3 May the contract was cancelled": cancelled that day)
        if _NO_CHANGE.search(text[start:end]) or _NO_CHANGE.search(text[ss:start]):
            continue        # "kept the quota unchanged", "Photo taken on May 5 shows"
        if _MARKET.match(text, start, end):
            continue        # "Nickel prices crashed on Monday", "Demand exploded on May 15"
        # ("visited Kabwe on 19 November and signed a memorandum ...": the signing is a clause
        # of its own, its agreement no blocker of the visit)
        names = within(start, end)
        cut_at = next_clause(text, d, verb, end) if not entry else end
        if cut_at < end and any(ps >= cut_at and not e.known and not e.role and
                                kind_of(e.cls) in _BLOCKING for ps, _, e in names):
            end = cut_at
            names = within(start, end)
        after = _COUNTED_FROM.match(text, d.start, d.end + 40) if d.kind == "date" else None
        frames = frameworks(text, names, ss, d.start, kind_of)
        if any(not e.known and not e.role and kind_of(e.cls) in _BLOCKING
               and not (after is not None and d.end <= ps <= after.end())
               and id(e) not in frames and e.rule not in (MEMBER_LIST, PLAN_PHRASE)
               and not (kind_of(e.cls) != "event" and acted_on(text, verb, e, ps, start, d))
               for ps, _, e in names):
            continue        # a named event, agreement, policy or project takes the date (not
            #                 a document the deed was done under: events/framework_mentions;
            #                 nor a list a thing was put on: events/member_lists; nor a plan
            #                 named in lower case, "returned for correction of its
            #                 self-monitoring plan": names/running_plans; nor a document
            #                 another party approved, reviewed or delivered: document_acts)
        # "accepted its case ... on the 19th" and "19 October - the court accepts the case":
        # one happening, told twice (the same day, the same verb)
        key = (d.value, verb.group(0).lower()[:5]) if verb is not None and d.kind == "date" \
            else None
        twin = same.get(key) if key else None
        if twin is not None:
            taken.add(start)
            twin.mentions.append(Span(start, end))
            clause_roles(twin, text, within(start, end), start, Span(start, end), kind_of)
            continue
        taken.add(start)
        # a relative clause or an apposition set off by commas ("Wang, who led the X Institute
        # for two decades, died in Beijing"; "X, a joint venture of A and B, began ...") tells of
        # another time or thing: its words are no part of the label nor of what the clause is
        # ("The X smelter, commissioned in 2011, was shut on 2 March": no commissioning), its
        # names no participants (the date was never read inside it)
        asides = []
        for a, b in sorted((m.start(), m.end()) for rx in (_REL_ASIDE, _DEFINED_ASIDE, _TIME_ASIDE)
                           for m in rx.finditer(text, start, end)):
            if asides and a < asides[-1][1]:        # (one inside another: the outer)
                asides[-1] = (asides[-1][0], max(b, asides[-1][1]))
            else:
                asides.append((a, b))
        plain = text[start:d.start] + " " + text[d.end:end]
        for a, b in asides:
            if b <= d.start:
                plain = plain[:a - start] + " " * (b - a) + plain[b - start:]
        cut = text.find(",", after.end(), end) if after is not None else -1
        if cut != -1:
            plain = text[cut + 1:end]       # (not "the symposium" the day is counted from)
        cls = "Event" if said is not None else \
            event_class(plain) or milestone_class(plain) or "Event"
        label = clause_label(text, _entry_start(text, d, part), end, [d] if part is not None else []) if entry \
            else clause_label(text, cut + 1, end, []) if cut != -1 \
            else clause_label(text, start, end, [d])
        head = entry_head(text, _entry_start(text, d, part), end) if entry else None
        if head is not None:    # "2016.03  First export of X: 800 tonnes shipped to Y"
            label, cls = head[0], head[1] or cls
        if said is not None:    # (who said it: "The X Exchange said it would raise ...")
            told = label[:1].lower() + label[1:] if label[:2] in ("It", "Th") else label
            sayer = " ".join(text[start:said.start()].split())
            if not told.startswith(sayer + " "):    # (not "X said X said that ...")
                label = sayer + " said " + told
        if asides:
            label = _label_without(text, start, end, asides, label, entry, cut, d)
            names = [x for x in names if not any(a <= x[0] < b for a, b in asides)]
        if not any(c.isalpha() for c in label):
            continue        # (the clause was its date and marks alone: nothing to call it)
        if " " not in label and (np := _NOUN_BEFORE.search(text, max(0, start - 60), start)):
            # "the approval, given on 28 May, ignored ...": a participle set off after its
            # noun is said of the noun ("Approval given"), not a happening called "Given"
            label = f"{np.group(1)[:1].upper()}{np.group(1)[1:]} {label.lower()}"
        bare = _HAN_RUN.sub("", label).rstrip(". ").lower()
        if any(bare == e.label.rstrip(". ").lower()
               for _, _, e in (within(start, end + 1) if text[end:end + 1] == "." else names)):
            continue        # ("| A | B Co., Ltd. | 40% | 3 November |": a name, no happening;
            #                 the name's stop may be past the clause: "| 5 May | B Co., Ltd. |";
            #                 nor "| 1 July | Wang Haitao \u738b\u6d77\u6d9b |", a name and its
            #                 Chinese characters, as a bilingual roster prints it)
        # (an announcement's day and who made it: the saying's words, "X said on Tuesday",
        # not what it said is to come, "it would raise ...")
        told = Span(start, d.end) if said is not None else Span(start, end)
        ent = _event(draft, minter, d, d.start in undated, start, end, cls, label, told)
        clause_roles(ent, text, names, start, told, kind_of)
        if key:
            same[key] = ent
        spans_of.append((start, end, ent))
        out.append(ent)
    return out


# a run of Chinese characters (its brackets with it) after a name in a bilingual text: the name
# as printed in Chinese, no word of what happened
_HAN_RUN = re.compile(r"[ \t]*[(\uff08]?[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+[)\uff09]?")


def _event(draft, minter, d, undated: bool, start: int, end: int, cls: str, label: str,
           span: Span):
    """A clause event of ``draft.text[start:end]`` dated by ``d`` (not when ``undated``), its
    date stated by ``span``."""
    ent = Entity(minter.mint("event", d.value if not undated else "",
                             " ".join(label.split()[:8])), NFO[cls],
                 label, False, RULE, CONFIDENCE, role=True)
    ent.mentions.append(Span(start, end))
    if not undated:
        ent.add(NFO.startDate, date_literal(d.value), span, RULE)
        if d.until:
            ent.add(NFO.endDate, date_literal(d.until), span, RULE)
    draft.entities[ent.iri] = ent
    return ent


def _label_without(text: str, start: int, end: int, asides, label: str, entry, cut: int, d) -> str:
    """The clause's label with its asides (``asides``: their spans, commas and all) cut out;
    ``label`` when the label was read from another part of the clause."""
    if entry or cut != -1:
        return label
    parts, at = [], start
    for a, b in asides:
        parts.append(text[at:a])
        at = b
    parts.append(text[at:end])
    cut_text = "".join(parts)
    shift = sum(b - a for a, b in asides if b <= d.start)
    if any(a <= d.start < b for a, b in asides):
        return label
    day = records.replace(d, start=d.start - start - shift, end=d.end - start - shift)
    return clause_label(cut_text, 0, len(cut_text), [day])


# a noun phrase and the comma that sets off a participle after it ("the approval, given ...")
_NOUN_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+((?:[a-z][a-z-]*\s+){0,2}"
                          r"[a-z][a-z-]*),\s*$")
# a person's possessive pronoun a rule read as the person it stands for ("Her predecessor"
# is another person; an organisation's "our staff", "its team" act for it and stay its part)
_POSSESSIVES = frozenset(("her", "his"))


def clause_roles(ent, text: str, names, start: int, span: Span, kind_of) -> None:
    """Who and what the clause ``names`` (its spans) involves: participants, place, subject,
    metal. A metal inside another name of the clause ("construction of the copper foil
    project", "Fugu X Magnesium Co., Ltd. paid ...") is that thing's, not the event's; a place,
    a person or an event (the clause's own: "A copper smelter in X restarted") holds none. The
    owner of a person's possessive pronoun takes no part ("Her predecessor, A, retired": not
    hers; an organisation's, "our staff sorted ...", does)."""
    holders = [(a, b) for a, b, o in names
               if kind_of(o.cls) not in ("metal", "field", "place", "person", "event")]
    for ps, pe, other in names:
        k = kind_of(other.cls)
        if k in ("org", "person") and text[ps:pe].lower() in _POSSESSIVES:
            continue        # ("Her predecessor ... retired": whose predecessor takes no part)
        if k in ("org", "person"):
            ent.add(NFO.participant, other.iri, span, "event:clause-participant")
        elif k == "place" and re.search(r"\b(?:in|at|near)\s+(?:the\s+)?$",
                                        text[max(start, ps - 12):ps]):
            if not where_else(text, names, ps, pe):     # ("X Co., Ltd. in Y": X's town)
                ent.add(NFO.heldIn, other.iri, span, "event:clause-place")
        elif k in ("project", "product", "technology") or other.cls == NFO.Site:
            ent.add(NFO.about, other.iri, span, "event:clause-about")
        elif k == "metal" and not any(a <= ps and pe <= b and (a, b) != (ps, pe)
                                      for a, b in holders):
            ent.add(NFO.concernsMetal, other.iri, span, "event:clause-metal")
