"""The words just before a date that say what kind of day it is for a policy or a plan: the day
it takes effect ("implemented", "comes into force on") or a deadline ("by", "no later than"),
not the day it was issued; and a day said in an aside about something named before ("The X
Alliance, which was founded on April 20, held its council meeting": the alliance's day, not the
meeting's). Read by :mod:`kg.ingest.events.date_attach`, :mod:`kg.ingest.events.policy_dates`,
:mod:`kg.ingest.events.lead_dates` and :mod:`kg.ingest.relations.span_lookup`; a day in a
clause about what is to come (``ahead_in_clause``: also read by ``headline_events``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation

from kg.ingest.reading.relative_days import ahead_in_clause  # noqa: F401 (for the event rules)

IN_FORCE = re.compile(r"\b(?:implement(?:ed|ation)|enforced|effective|(?:take|takes|took|taken|"
                       r"taking|come|comes|came|coming|enter|enters|entered|entry)\s+(?:into\s+)?"
                       r"(?:effect|force))\b[^.;\d]{0,25}$", re.I)
# a weekday and its comma right before the day it names ("on Tuesday, 22 December", "on the
# evening of Friday, 8 January"): one date, no break of the clause
WEEKDAY_COMMA = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,(?=\s*\Z)")
# a deadline ("asking provinces to report by June 30", "before July 15") dates nothing's issue
DEADLINE = re.compile(r"\b(?:by|before|until|till|no later than|not later than|deadline(?: of)?|"
                       r"due(?: on| by)?)\s+(?:the\s+end\s+of\s+)?$", re.I)
# the day a deal's or a rule's term ends ("the agreement expires on 31 December", "will end on 1
# February", "lapses in June", "is valid through 2025"): not the day it was signed or issued
TERM_END = re.compile(r"\b(?:expir(?:e|es|ed|ing)|laps(?:e|es|ed|ing)|terminat(?:e|es|ed|ing)|"
                      r"end(?:s|ed|ing)?|run(?:s|ning)?\s+out|(?:valid|good|effective)\s+"
                      r"(?:through|thru|to))\s+(?:on\s+|in\s+|at\s+)?(?:the\s+end\s+of\s+)?$", re.I)
# an aside that opens with a relative pronoun or a participle of founding or holding, or a
# state a thing has been in since a time (", closed since March 2024,", ", idle since 2023,",
# ", in service since last June,": what it is, not what the clause reports)
_ASIDE_OPENS = re.compile(r",\s*(?:(?:which|who|whose|that)\b|(?:first\s+)?(?:founded|established|"
                          r"set\s+up|created|formed|incorporated|registered|listed|built|launched|"
                          r"held|opened)\b|(?:[a-z]+\s+){1,3}?since\b)", re.I)

_WHO_OPENS = re.compile(r",\s*(?:who|whose)\b")

# a clause that tells its time from another's day: "X closed on May 1, and the forum opened a
# week later / the next day / shortly afterwards" (read from a name's end, in its clause)
LATER = re.compile(r"(?:(?!\band\b)[^.;:!?,\n]){0,60}?\b(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|"
                   r"ten|several|a\s+few|\d{1,3})\s+(?:day|week|month|year)s?\s+(?:later|after|"
                   r"afterwards|earlier|before)|(?:days|weeks|months|years)\s+(?:later|earlier)|"
                   r"(?:the\s+)?(?:next|following|previous)\s+(?:day|week|month|morning|evening)|"
                   r"shortly\s+(?:after|afterwards|before)|later\s+that\s+(?:day|week|month))\b",
                   re.I)
# a time counted from the day of filing that is not that day: "held a forum last week", "will
# meet next month", "signed two days ago", "a week ago", "years ago", "in the 2010s" (a decade,
# which the date reader reads as no year): the dateline's day is none of these
ELSEWHEN = re.compile(r"\b(?:(?:last|next|past|previous|coming)\s+(?:week|weekend|month|quarter)|"
                      r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|"
                      r"\d{1,3})\s+(?:days?|weeks?|months?|years?|decades?)\s+ago|"
                      r"(?:19|20)\d0s)\b", re.I)
# a happening named as the object of "after" / "following" was over by the day of the clause
# around it: "reopened on Monday after a two-week shutdown", "restarted on March 2 following a
# three-day strike" (read back from the name's start)
AFTER_IT = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|the|its|their|this|that)\s+)?$", re.I)
# a thing named as the point a span of time is counted back from ("will receive the plan 10
# days before the hearing", "a week ahead of the fair"): the days the sentence printed before it
# are of another clause ("Lots will be drawn on 4 December; those selected ... 10 days before
# the hearing" is no hearing on 4 December)
BEFORE_IT = re.compile(r"\b(?:(?:days?|weeks?|months?|hours?)\s+(?:before|ahead\s+of|prior\s+to)|"
                       r"ahead\s+of|prior\s+to)\s+(?:(?:a|an|the|its|their|this|that)\s+)?$", re.I)
# a day in a fronted clause of another time (read from the sentence's start to the day):
# "After the fair closed on May 1, the forum opened" (not "Since March, X has been working":
# the day the main clause's own time runs from)
OTHER_TIME = re.compile(r"\s*[\"'\u201c]?(?:after|before|following|once|when)\s+"
                        r"[^,;]{1,120}$", re.I)


# the comma of a legal form inside a name ("X Co., Ltd.", "Y Holdings, Inc."): no clause's
# a day a document before it is dated, and the words that name what it is about after the day
# ("refers to its announcement dated 15 March 2025 on the acquisition of X"): the document's
# day, not one of what it is about (but "a reply dated May 19 (No. 1128)" is the reply's)
DATED = re.compile(r"\bdated[ \t\n]+$", re.I)
_ON_TOPIC = re.compile(r"[ \t\n]*,?[ \t\n]*(?:on|about|regarding|concerning|relating[ \t\n]+to|"
                       r"in[ \t\n]+respect[ \t\n]+of|announcing|disclosing)\b", re.I)


def dated_document(text: str, d, lo: int) -> bool:
    """The day ``d`` dates a document named before it and what follows is what the document is
    about (read back no further than ``lo``)."""
    return DATED.search(text, max(lo, d.start - 12), d.start) is not None and \
        _ON_TOPIC.match(text, d.end) is not None
_LEGAL_COMMA = re.compile(r",[ \t]*(?:Ltd|Limited|Inc|LLC|L\.L\.C|Corp|S\.A|AG|GmbH|PLC|plc)\b")


def in_aside(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    """The date at ``start:end`` is said in an aside set off by commas (opened after ``lo``,
    closed before ``hi``): ", which was founded on April 20,", ", set up in 2019,", ", which X
    Co., Ltd. bought in 2024," (the comma of a name's legal form opens nothing; a few looked
    past at most); or in a clause of a person's own opened by ", who" or ", whose" that runs
    to ``hi`` (", replacing B, who retired in February."); or one closed by the bracket it
    is in ("(... of X, which expired in 2021) lapse")."""
    c = text.rfind(",", lo, start)
    for _ in range(4):
        if c == -1 or not _LEGAL_COMMA.match(text, c):
            break
        c = text.rfind(",", lo, c)
    if c == -1 or _ASIDE_OPENS.match(text, c) is None:
        return False
    # (closed by a comma; or ", who ..." running to the sentence's end: a person's own story
    # told after the clause, "X named A chief executive, replacing B, who retired in February")
    return "," in text[end:hi] or _WHO_OPENS.match(text, c) is not None or _bracketed(
        text, lo, c, end, hi)


def _bracketed(text: str, lo: int, c: int, end: int, hi: int) -> bool:
    """The aside opened at the comma ``c`` is inside a bracket that closes after the date
    ("(including the licence of X, which expired in 2021) lapse ...": closed by the bracket)."""
    opened = text.rfind("(", lo, c)
    return opened != -1 and text.find(")", opened, c) == -1 and ")" in text[end:hi]


def aside_close(text: str, start: int, end: int, lo: int, hi: int) -> int:
    """Where the aside that holds ``text[start:end]`` closes (the comma after it, not a legal
    form's: ", who founded X Co., Ltd. in 1988, died on 27 February" closes before "died"),
    or ``hi`` when that stretch is in no aside opened after ``lo``."""
    if not in_aside(text, start, end, lo, hi):
        return hi
    c = text.find(",", end, hi)
    for _ in range(4):
        if c == -1 or not _LEGAL_COMMA.match(text, c):
            break
        c = text.find(",", c + 1, hi)
    return hi if c == -1 else c


def aside_opens(text: str, c: int) -> bool:
    """The comma at ``c`` opens an aside (", which ...", ", set up in 2019", ", closed since
    March 2024"): its verb is no verb of the clause around it."""
    return _ASIDE_OPENS.match(text, c) is not None


def adjectival_day(text: str, d) -> bool:
    """A day between an article and a noun names a thing, not the clause's day ("a week after
    the May 5 cabinet meeting", "missed the June 30 deadline"; not "on the May 5 anniversary")."""
    if d.kind != "date" or d.until:
        return False
    before = text[max(0, d.start - 16):d.start]
    return bool(re.search(r"\b(?:the|a|an|its|their)\s+$", before, re.I)
                and not re.search(r"\b(?:on|at|by|from|until|since)\s+the\s+$", before, re.I)
                and re.match(r"[ \t]+[a-z]", text[d.end:d.end + 2]))


# "Under the agreement, ..." (a document referred to by its noun)
_UNDER = re.compile(r"\b[Uu]nder\s+(?:the|this|that|its|their|these|those)\s+(?:[\w-]+\s+){0,3}$")


# the articles of a law cited before its name ("Under Article 70 of the X Law", "breaches
# Articles 3, 11 and 22 of the Y Measures", "violated Article 12(2) of the Z Law"): at most
# nine numbers, each with its paragraph
_ARTICLES = (r"(?:(?i:articles?|clauses?|paragraphs?|items?|sections?)[ \t\n]+\d{1,4}(?:\(\d{1,3}\))?"
             r"(?:(?:,|,?[ \t\n]+and)[ \t\n]+\d{1,4}(?:\(\d{1,3}\))?){0,8}[ \t\n]+of[ \t\n]+)?")


@lru_cache(maxsize=1)
def _basis() -> re.Pattern:
    """What cites a law, rules or a plan as the basis of an act, before its name, mid-sentence
    too ("In accordance with the X Regulations", "handled under the Y Law", "Under the
    Construction Law and the Z Measures", "under the prefecture's W Plan"), also before the
    second of two names joined by "and the" however long the first ("In accordance with the
    Lawyers Law of the People's Republic of China and the Y Measures": twelve words at most):
    ``data/legal-basis-cues.txt``, in any case."""
    return re.compile(r"\b(?i:" + alternation("legal-basis-cues", r"[ \t\n]+") + r")[ \t\n]+"
                      + _ARTICLES +
                      r"(?:the|this|that|its|their|these|those|[\w-]+['\u2019]s)[ \t\n]+"
                      r"(?:(?:[\w'\u2019-]+[ \t\n]+){1,12}and[ \t\n]+the[ \t\n]+)?"
                      r"(?:[\w'\u2019-]+[ \t\n]+){0,5}$")


@lru_cache(maxsize=1)
def _conformity() -> re.Pattern:
    """What measures an act against a law named after it ("complied with the X Law", "in
    breach of the Y Measures"): ``data/conformity-cues.txt``, in any case."""
    return re.compile(r"\b(?i:" + alternation("conformity-cues", r"[ \t\n]+") + r")[ \t\n]+"
                      + _ARTICLES + r"(?:the|this|that|its|their)[ \t\n]+(?:[\w'\u2019-]+[ \t\n]+){0,5}$")


def cited_basis(text: str, lo: int, s: int) -> bool:
    """The document or agreement named at ``s`` is cited as the basis of its sentence's act (the
    words from ``lo`` before it): the day of that act is not its own ("On 14 December, in
    accordance with the X Regulations, the bureau granted ..."; "The drawing of lots on 10
    June complied with the X Law")."""
    return _UNDER.search(text, max(lo, s - 40), s) is not None or \
        _basis().search(text, lo, s) is not None or \
        _conformity().search(text, max(lo, s - 80), s) is not None


# an aside of a time set off after a name: a relative clause ("X, who founded Y in 1988, died
# ..."), a participle and "in" ("The X smelter, commissioned in 2011, was shut on 2 March"): its
# verb is no verb of the clause the day dates
RELATIVE_ASIDE = re.compile(r",[ \t\n]+(?:(?:who|whose|whom|which)\b|(?:first[ \t]+)?(?:founded|"
                            r"established|built|commissioned|completed|acquired|opened|launched|"
                            r"listed)[ \t]+in\b)")


def relative_asides(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the asides of :data:`RELATIVE_ASIDE` inside ``text[lo:hi]``, each from its
    opening comma to the comma that closes it (not a legal form's)."""
    return _closed_asides(RELATIVE_ASIDE, text, lo, hi)


def _closed_asides(rx: re.Pattern, text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of ``rx``'s matches inside ``text[lo:hi]``, each from its opening comma to the
    comma that closes the aside (not a legal form's: ", Ltd."); one left unclosed is none."""
    out = []
    for m in rx.finditer(text, lo, hi):
        c = text.find(",", m.end(), hi)
        for _ in range(4):
            if c == -1 or not _LEGAL_COMMA.match(text, c):
                break
            c = text.find(",", c + 1, hi)
        if c != -1:
            out.append((m.start(), c))
    return out


# an aside that tells a person's own story: ", who spent forty years at X,", ", a metallurgist
# who ...," (a noun phrase of a few words before "who")
_PERSON_ASIDE = re.compile(r",[ \t\n]+(?:(?:a|an|the)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,4}?)?"
                           r"(?:who|whose|whom)\b")


def person_asides(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The spans of the asides inside ``text[lo:hi]`` that tell a person's story (", who ...,",
    ", a metallurgist who ...,"), each from its opening comma to the comma that closes it (not
    a legal form's); an aside that runs to ``hi`` unclosed is none."""
    if "who" not in text[lo:hi]:
        return []
    return _closed_asides(_PERSON_ASIDE, text, lo, hi)


def without_asides(text: str, lo: int, hi: int) -> str:
    """``text[lo:hi]`` with its :func:`relative_asides` made spaces (the same length)."""
    out = text[lo:hi]
    if "," not in out:
        return out
    for a, b in relative_asides(text, lo, hi):
        out = out[:a - lo] + " " * (b - a) + out[b - lo:]
    return out
