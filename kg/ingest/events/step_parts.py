"""What a step's clause tells besides its plan word and its verb (read by
:mod:`kg.ingest.events.future_steps`, round 29): a day or month printed without its year that a
clause sets ahead (:func:`rolled`), the class a release or publication of a document gives
(:func:`step_class`), the documents a step is done to or named by (:func:`on_documents`, the
step then about them), the name a relative "which will ..." stands for (:func:`relative_head`),
and things a verb counts, which are no amount (:func:`counted`). Round 30: where a step's own
words start after a said clause's "that" (:func:`after_that`) or a phrase naming what it is
done under (:func:`under_named`, :func:`after_under`), a date set off by commas
(:func:`between_commas`), and the document a step brings out (:func:`planned_document`)."""
from __future__ import annotations

from kg.ingest import records
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, roll_forward
from kg.ingest.terms import NFO

def step_class(cls: str | None, text: str, a: int, b: int) -> str | None:
    """The class a step's clause ``text[a:b]`` gives: the release or publication of a document,
    a list or a standard a plan sets ahead ("will be released as a group standard in the first
    half of next year", "would release an action plan before the end of the year") is a
    milestone of it, as the curators record it; another launch ("a contract is to be launched
    in the second quarter") stays a launch event, read with its place by ``verb_happenings``."""
    if cls == "Launch" and _document_steps().search(text, a, b) is not None:
        return "Milestone"
    return cls


# a month printed in a date's own words (not a weekday's: "on Friday")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?![\w'-])", re.I)
# a year printed in a date's own words ("March 2027", "2027-03", "Q1 '27")
_PRINTED_YEAR = re.compile(r"(?:19|20)\d\d|['\u2019]\d\d\b|\byear\b", re.I)


def rolled(text: str, d, doc_date: str | None):
    """A day or month printed without its year that falls before the document's date, read as
    the next year's when its clause sets it ahead: by a plan word (``roll_forward``: "will pay
    in March", in a text of December), else (``present`` true) only if a timetable's present
    tense tells it ("The first round closes at the end of February"; checked by the caller).
    Returns the date and whether it needs that present tense, or None."""
    if doc_date is None or len(doc_date) != 10 or d.kind not in ("date", "gYearMonth") or \
            _PRINTED_YEAR.search(text, d.start, d.end) or not _MONTH.search(text, d.start, d.end):
        return None     # (a weekday is read as the nearest such day already: "on Friday")
    if d.weekday_year:
        return d, True      # ("Registration closes on Tuesday, 8 December": the year that
        #                     weekday fits, not the next one; a step if a timetable's present
        #                     tense tells it, see present_steps)
    r = roll_forward(text, d, doc_date)
    if r.value != d.value:
        return (r, False) if r.value[:len(doc_date)] >= doc_date[:len(r.value)] else None
    y = int(d.value[:4]) + 1
    if str(y) != str(int(doc_date[:4]) + 1):
        return None         # (a year more than one ahead: not a yearless date of this text)
    until = f"{int(d.until[:4]) + 1:04d}{d.until[4:]}" if d.until else None
    if d.value[4:] == "-02-29" or (until and until[4:] == "-02-29"):
        return None
    return records.replace(d, value=f"{y:04d}{d.value[4:]}", until=until), True


# a figure right after a verb that counts things, not a measure: "will inspect 60 underground
# mines", "will train 120 students" (a number, then a word that is no unit)
_COUNTED = re.compile(r"\s+(?:about|around|some|over|nearly|almost|more\s+than|up\s+to|at\s+least)?\s*"
                      r"\d{1,4}(?:,\d{3})?\s+(?:[a-z][a-z-]*\s+){0,2}?(?!(?:tonnes?|tons?|yuan|"
                      r"dollars?|euros?|per|percent|million|billion|thousand|mw|gw|kw|kv|mu|hectares?|"
                      r"kilomet\w*|met(?:re|er)s?|ounces?|barrels?|lots|%)\b)[a-z][a-z-]*s\b", re.I)


def counted(text: str, a: int, end: int) -> bool:
    """The figure right after the verb that ends at ``a`` counts things ("inspect 60
    underground mines"): no amount the verb states ("reach 30,000 tonnes", "rise by 5%")."""
    return _COUNTED.match(text, a, end) is not None


ABOUT_RULE = "event:future-step-about"
# "X, which will ...": the relative's comma, right before the plan word
_WHICH = re.compile(r",[\"\u201d']?[ \t\n]*(?:which|that)[ \t\n]+$")


def relative_head(text: str, start: int, marker: int, within) -> int:
    """Where the step's subject starts when the plan word opens a relative clause ("... to
    draft the "Technical Specification for Grading Titanium Scrap", which will be released
    ..."): the name the draft reads right before the comma (with its opening quotation mark),
    else ``start``."""
    rel = _WHICH.search(text, max(start, marker - 16), marker)
    if rel is None:
        return start
    comma = rel.start()
    names = [(ps, pe) for ps, pe, _ in within(start, comma) if comma - 2 <= pe <= comma + 1]
    if names:
        ps = min(p for p, _ in names)
        if ps > start and text[ps - 1] in "\"\u201c'":
            ps -= 1
        return max(start, ps)
    return start        # (no name there: "until planting of the last 12 hectares is
    #                     finished, which is due by ...": the clause as it stands)
_PLANNED_DOC = "date:planned-document"      # (names/running_documents.py)
# a document as the object of its own issue: "will issue Bulletin No. 12", "to publish the list"
_OWN_ISSUE = re.compile(r"\b(?:issue|publish|release|announce|unveil|print|put\s+out)[ \t\n]+"
                        r"(?:(?:the|its|their|a|an|our)[ \t\n]+)?(?-i:[A-Z][\w'-]*[ \t\n]+){0,3}$", re.I)
# a preposition right before a document the step's subject names it by ("the first list
# under the new edition")
_OF_DOC = re.compile(r"\b(?:of|under|for|on|in|to|from)[ \t\n]+(?:the[ \t\n]+)?$", re.I)


@lru_cache(maxsize=None)
def _document_steps() -> re.Pattern:
    alts = sorted(words("document-step-verbs"), key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w'-])(?:" + "|".join(map(re.escape, alts)) + r")(?![\w'-])", re.I)


# a said clause's "that" after the comma or the "and" that joins it to the one before
# (its "and" already left out of the clause: "... a record, and | that it will publish ...")
_THAT = re.compile(r"(?:(?<=,\s)|(?<=\band\s)|(?<=\bbut\s)|(?:and|but)[ \t\n]+)that[ \t\n]+"
                   r"(?=[a-z])")


def after_that(text: str, start: int, end: int) -> int:
    """Where a step's clause ``text[start:end]`` has its own words: after the "that" of a second
    said clause ("said the drawdown is expected this month, that construction will start next
    March and that the first copper ..."), else ``start``."""
    m = _THAT.match(text, start, end)
    return m.end() if m is not None else start


def after_under(text: str, named, end: int) -> int:
    """Where the step's own words start after the phrase that names what it is done under
    (:func:`under_named`): after the comma that ends it."""
    start = text.index(",", max(pe for _, pe, _ in named)) + 1
    while start < end and text[start] in " \t\n":
        start += 1
    return start


@lru_cache(maxsize=1)
def _document_heads() -> dict[str, str]:
    return dict(line.split() for line in lines("running-document-heads"))


# a subject that is a document introduced by "a" alone: "A circular will follow in February", "A
# transcript will be posted on our website by 31 December"
_DOC_SUBJECT = re.compile(r"[Aa]n?[ \t\n]+(?P<head>[a-z]+)[ \t\n]*")
DOCUMENT_RULE = "document:step-subject"


def planned_document(draft, minter, start: int, marker: int, end: int, value: str):
    """The document a step still to come brings out when its subject is a document of
    ``data/running-document-heads.txt`` named by "a" alone before the plan word at ``marker``
    ("A circular will follow in February"): a new document of that class (not a milestone),
    its evidence the clause ``start:end``, its ``nfo:plannedDate`` ``value`` (rule
    ``document:step-subject``, 0.35); else None."""
    text = draft.text
    m = _DOC_SUBJECT.fullmatch(text, start, marker)
    cls = _document_heads().get(m.group("head")) if m is not None else None
    if cls is None:
        return None
    label = m.group("head")[:1].upper() + m.group("head")[1:]
    ent = Entity(minter.mint(f"{label} {value}"), NFO[cls], label, False, DOCUMENT_RULE, 0.35)
    ent.mentions.append(Span(start, end))
    ent.aliases.add(" ".join(text[start:marker].split()))
    ent.add(NFO.plannedDate, date_literal(value), Span(start, end), DOCUMENT_RULE)
    draft.entities[ent.iri] = ent
    return ent


# what opens a phrase that sets the clause under an agreement or a rule ("Under the memorandum,
# the two sides will ...", "Pursuant to the plan, ...")
# (the leads are data/framework-leads.txt, read by events/framework_mentions.py too)
_UNDER = re.compile(r"(?:^|[.;:(\n]|\s)(?i:" + alternation("framework-leads") + r")[ \t\n]+"
                    r"(?:(?:the|this|that|its|their|our)[ \t\n]+)?$")


def under_named(text: str, named, marker: int, kind_of) -> bool:
    """The agreements and documents the step's clause names (``named``: (start, end, entity))
    are each named in a phrase that opens the clause and ends with a comma before the plan
    word ``marker`` ("Under the memorandum, the two sides will finish a feasibility study by
    June 2027"): the step is done under them, an event of its own about them, not their date."""
    return bool(named) and all(
        kind_of(e) in ("agreement", "policy") and _UNDER.search(text, max(0, ps - 24), ps)
        and re.match(r"[^,;.\n]{0,40},", text[pe:marker]) is not None
        for ps, pe, e in named)


def on_documents(text: str, blockers, found, at: int, kind_of, planned_for) -> bool:
    """The new names of the step's clause (``blockers``: (start, entity)) are all documents
    (policies, standards, lists, reports) the step is done to or named by, so the step is an
    event of its own about them, not their date: the plan word is followed by a verb that
    acts on a document (``data/document-step-verbs.txt``: "which will be released as a group
    standard in the first half of next year", "will be recommended for the national list next
    year"), or the plan word is the step itself and each document follows a preposition in
    its subject ("the first list under the new edition is planned for the second half of
    2027"). Not an event or agreement (they take the date), nor a document that is the
    subject of "is planned for" (its own date). ``planned_for``: the plan word is the step
    itself ("is planned for", "is due")."""
    if not found or any(kind_of(e) != "policy" for _, e in blockers):
        return False
    if any(not _OF_DOC.search(text, max(0, ps - 12), ps) and any(
            st[3] == _PLANNED_DOC for st in e.statements) for ps, e in blockers):
        return False    # ("The full-year bulletin will be released in March": the bulletin
        #                 is still to come, its own date)
    if any(_OWN_ISSUE.search(text, max(0, ps - 30), ps) for ps, _ in blockers):
        return False    # ("the office will issue Bulletin No. 12 in the first week of January":
        #                 the bulletin's own issue, its planned date)
    marker = found[-1]
    if _document_steps().search(text, marker.start(), at) is not None:
        return True
    return planned_for and \
        not text[marker.end():at].strip() and \
        all(ps < marker.start() and _OF_DOC.search(text, max(0, ps - 12), ps) for ps, _ in blockers)


# a year alone that names a noun's year ("review a sample of the 2026 refunds", "when they
# review 2027 project applications"): a determiner or a verb before it, a noun after it
_NOUN_YEAR_BEFORE = re.compile(r"(?<![\w-])(?!(?:in|by|before|from|on|since|until|till|to|for|"
                               r"within|after|during|of|at|through|between|and|or|than|end|"
                               r"start|beginning|middle|close|early|late|mid)\s+$)[a-z]+[ \t]+$")
_NOUN_YEAR_AFTER = re.compile(r"[ \t]+(?!(?:was|were|is|are|will|would|saw|has|had|have|and|or|"
                              r"to|as|when|while|with|than|onwards|onward)\b)[a-z][a-z\-]{2,}\b")


def noun_year(text: str, d) -> bool:
    """The date ``d`` is a year alone that names a noun's year ("the 2026 refunds", "review 2027
    project applications"): no plan's date, so it does not cut off the clause of a date after
    it in :mod:`kg.ingest.events.future_steps`."""
    return d.kind == "gYear" and d.end - d.start == 4 and \
        _NOUN_YEAR_BEFORE.search(text, max(0, d.start - 24), d.start) is not None and \
        _NOUN_YEAR_AFTER.match(text, d.end) is not None


def between_commas(text: str, d, a: int, b: int) -> bool:
    """The date ``d`` stands in a stretch set off by commas inside ``text[a:b]`` that tells no
    happening ("The first declaration, covering 2026, is due by ...") or names a noun's year
    ("the 2026 emissions"): it does not open the clause after it."""
    if re.search(r"\b(?:the|its|their|a|an)\s+$", text[max(a, d.start - 8):d.start]) and \
            re.match(r"[ \t]+[a-z]", text[d.end:d.end + 2]):
        return True         # ("Allowances for the 2026 emissions must be ...": a noun's year)
    c = text.rfind(",", a, d.start)
    # (an aside that tells a happening of its own keeps its day: "The upgrade, approved by the
    # bureau in June, is to be completed ...": the step is what follows it)
    return c != -1 and "," in text[d.end:b] and ";" not in text[c:b] and \
        d.start - c <= 40 and text.find(",", d.end, b) - d.end <= 40 and \
        not re.search(r"[a-z]{3,}ed\b", text[c:d.start])
