"""The date of each new event, policy, agreement and project of a draft, read from the text
around its mentions (after relations are proposed; it revises their "context:date" guesses).

The rules here revise one another's answers (a clause's date over a governing entry's, a
later mention's over a dateline's), so they share one list of dates and one pass over the
entities: why this module is long (over 500 lines since round 18's hostile fixes 5, 8 and 12
and the signature-day rule); they stay one piece because each reads the others' partial
answers in that one pass. Passes that add or revise dates on their own are modules called from
:func:`attach_dates`: weekdays (``weekday_dates``), a policy referred back to or released
with no date (``policy_dates``), when construction began (``project_start``), a year from the
name or the reviewed year (``year_fallbacks``), listed standards, founding days, days of an
event, releases at an event, headline events, planned milestones' dates, an agreement
referred back to ("We signed it on 15 October": ``signed_back``), a policy's period of
application (``applied_periods``), an agreement's term ("Term: 1 January 2027 to 31 December
2031": ``agreement_terms``), a project's completion (``project_end``); the cue words for a
day in force or a deadline are in ``date_cues``, a date printed as a name's modifier ("this
year's work report") in ``modifier_dates``.

* The date of the sentence's own clause: the nearest date before the name ("On May 30, X signed
  the "A", the "B" ..."), unless a date follows the name in the same clause ("Y was released on
  May 5"); a date after a later name of the same kind is that one's.
* A year printed inside the name ("the 2024 ... Symposium", "Plan for 2024-2025") or used as an
  adjective ("the 2024 key products", "ThinkBook 2024 laptop") does not date it when a real date
  is at hand; a sharper date of the same year does.
* A date after "implemented", "effective", "takes effect", "into force" is the day a policy or
  standard takes effect (``nfo:dateInForce``), not the day it was issued. A later sentence about
  "The Notice" / "That standard" ("... was published on D1 and came into force on D2") dates the
  nearest policy before it whose label or class holds that word.
* No date in the sentence: the date that governs the entry above it ("On May 14, ... . The
  conference also held the ... Symposium"; "January 9: ..."), within the same paragraph and
  numbered entry. A sub-event of a multi-day range ("From October 15 to 17, ... . The conference
  also hosted the ... Forum") takes what the days share (the month), not the first day.
* Relative and Chinese dates count ("this year's conference", "In January this year",
  "2024年3月5日"; see :func:`kg.ingest.reading.dates.find_dates`); a weekday ("on Tuesday") is
  the last such day before the document's date; the dateline and the publication line under a
  headline are the last resort.
"""
from __future__ import annotations

import bisect
import re

from kg.ingest.reading.dates import DateMention, date_literal, read_document_date, set_ahead
from kg.ingest.events.date_cues import (AFTER_IT, BEFORE_IT, DEADLINE as _DEADLINE, ELSEWHEN,
                                        IN_FORCE as _IN_FORCE, TERM_END,
                                        LATER, OTHER_TIME, WEEKDAY_COMMA, adjectival_day,
                                        cited_basis,
                                        dated_document,
                                        in_aside)
from kg.ingest.events.headline_events import date_headline_events
from kg.ingest.events.document_itself import date_document_itself
from kg.ingest.events.own_in_force import own_in_force
from kg.ingest.events.ended_states import ended_states
from kg.ingest.events.listed_agreements import date_listed
from kg.ingest.events.lead_dates import lead_dates
from kg.ingest.events.lead_happening import fold_lead_clause
from kg.ingest.events.modifier_dates import modifier_date
from kg.ingest.events.policy_dates import (in_force_by_reference, released_on_document_date,
                                           subject_policy_dates)
from kg.ingest.events.project_start import construction_began
from kg.ingest.events.weekday_dates import text_days
from kg.ingest.events.year_fallbacks import named_year, reviewed_year, year_in_name
from kg.ingest.events.listed_standards import date_listed_standards
from kg.ingest.events.member_lists import RULE as MEMBER_LIST
from kg.ingest.events.signed_document import signed_title
from kg.ingest.events.signed_back import signed_back
from kg.ingest.events.agreement_terms import agreement_terms
from kg.ingest.events.applied_periods import applied_periods
from kg.ingest.events.record_columns import record_column_dates
from kg.ingest.events.record_dates import record_field_dates
from kg.ingest.events.project_end import completed_projects
from kg.ingest.events.runs_until import runs_until
from kg.ingest.events.covered_years import covered_year
from kg.ingest.events.founding_days import founding_days
from kg.ingest.events.event_days import days_of_events, part_days
from kg.ingest.events.day_headings import heading_day
from kg.ingest.events.released_at import released_at_events
from kg.ingest.events.step_venues import step_venues
from kg.ingest.events.planned_milestones import (PLANS, keep_planned_date,
                                                 plan_step_before)
from kg.ingest.events.opens_closes import (closed_by_reference, ended_on,
                                           opening_and_closing_days)
from kg.ingest.events.standard_years import fit_standard_years
from kg.ingest.model import Span
from kg.ingest.reading.called_off import struck_row
from kg.ingest.reading.date_sentences import DateSafeSentences
from kg.ingest.terms import NFO

_KIND_PRED = {"event": NFO.startDate, "policy": NFO.dateIssued, "agreement": NFO.dateSigned,
              "project": NFO.startDate}
# a bare year that dates (after a preposition, or closing a clause) rather than naming a thing
_TEMPORAL = re.compile(r"(?:\b(?:in|on|since|by|from|until|till|before|after|during|of|end|"
                       r"beginning|start|early|late|mid|throughout|as of)\s*-?|[,(])\s*$", re.I)
_GOVERNS = re.compile(r"(?:^|[\s.;:\d])(?:At\s+\d{1,2}:\d\d\s+on|On|In|From|Since|By|As of|"
                      r"At the (?:end|beginning|start) of|Early|Late)\s+$")
# the day a state or a figure is given as of, a note ("status at 25 December", "as of 30 June")
_AS_OF = re.compile(r"\b(?:status\s+(?:as\s+)?(?:at|of)|as\s+(?:of|at))\s+$", re.I)
_NUMBERED = re.compile(r"\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|\(\d+\))\s+[A-Z]")
_ISSUED = re.compile(r"\b(?:issu|releas|publish|promulgat|announc|unveil|launch|introduc|"
                     r"approv|adopt|implement)\w*", re.I)
# when it is to be finished ("is due to be completed at the end of 2026", "scheduled for
# completion in 2027"): a plan's deadline, not the day it started
_DUE_DONE = re.compile(r"\b(?:due|scheduled|expected|set|planned|slated)\s+(?:to\s+be\s+"
                       r"(?:completed|finished)|for\s+completion)\s+(?:at|in|on|by|before)\s+"
                       r"(?:the\s+end\s+of\s+)?$", re.I)
# a date bounding a period ("from 2026", "starting in July", "through 2030"), not a signing day
_SPAN_BOUND = re.compile(r"\b(?:from|starting(?:\s+(?:in|from|on))?|beginning(?:\s+in)?|until|"
                         r"till|through|to)\s+(?:the\s+(?:end|start|beginning)\s+of\s+)?$", re.I)
_BACK = 1500        # how far back (characters) a governing date may be
# the rest of a dateline after its date: "Qujing, March 3, 2025 (reporter X) --"
_DATELINE_DATE = re.compile(r"[,\s]*(?:\([^()\n]{0,80}\))?\s*(?:--|—|–|-(?=[ \t]))|[ \t]*\([^()\n]{0,80}\)[ \t]+"
                            r"(?=[A-Z])")    # ("Lanzhou, June 9 (Reporter X) The ...")
# what joins two coordinated names: "X and the Y", "X, Y and Z"
_COORDINATED = re.compile(r"[\s\"'\u201d\u2019]*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", re.I)


def attach_dates(draft, spans_of, doc_year: str | None) -> int:
    """Revise the dates of the draft's new events, policies, agreements and projects; returns
    how many entities got a date they did not have or a different one."""
    from kg.ingest.relations.propose import kind
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    dates = text_days(text, doc_year, doc_date)
    if not dates:
        return 0
    # the date line at the top: the last resort, like a dateline (not the story's first day,
    # read as the text's date when it prints none: "The forum runs 16-19 July 2027 in X" is the
    # forum's day, not a line it was filed under)
    pub, guessed = read_document_date(text)
    pub_at = pub.start if pub is not None and not guessed else None
    starts = [d.start for d in dates]
    sents = DateSafeSentences(text, dates)     # ("on Sept. 14" is not cut after "Sept.")
    dated_kinds = [(s, e, ent) for s, e, ent in spans_of
                   if not ent.known and kind(ent) in _KIND_PRED]
    dated_kinds.sort(key=lambda x: x[0])
    kstarts = [x[0] for x in dated_kinds]
    changed = 0

    def others_between(a: int, b: int, ent) -> bool:
        """Another name of the same kind between ``a`` and ``b``, not one printed right after
        the first (""Primary Magnesium Ingot" GB/T 3499-2023" names one standard twice), nor
        one coordinated with it ("The X Meeting and the Y Forum opened ... on November 5": the
        clause's date is both's)."""
        lo, hi = bisect.bisect_left(kstarts, a), bisect.bisect_left(kstarts, b)
        at = a
        for i in range(lo, hi):
            other = dated_kinds[i][2]
            if other is ent or kind(other) != kind(ent):
                continue
            gap = text[at:dated_kinds[i][0]]
            if not (re.fullmatch(r"[\s\"'\u201d\u2019()]*", gap) or _COORDINATED.fullmatch(gap)):
                return True
            at = max(at, dated_kinds[i][1])
        return False

    doc_date = doc_date if doc_date is not None and len(doc_date) == 10 else None
    seen = set()
    for s, e, ent in dated_kinds:
        if id(ent) in seen or ent.rule.startswith("event:dated-"):
            continue
        if ent.rule in PLANS:
            continue        # (below)
        if ent.rule == MEMBER_LIST:
            # ("is on the list ... from 19 November": the day it was put on it, not issued)
            ent.statements[:] = [st for st in ent.statements if not (
                st[0] == NFO.dateIssued and st[3].startswith(("context:date", "date:")))]
            continue
        if any(st[3] == "date:planned-document" for st in ent.statements):
            # ("the next revision, planned for June 2027": not issued yet)
            ent.statements[:] = [st for st in ent.statements if not (
                st[0] == NFO.dateIssued and st[3].startswith(("context:date", "date:")))]
            continue
        seen.add(id(ent))
        if ent.rule == "project:phase":
            # "A second phase, which would add ...; X may file it next year": what a phase's
            # sentence dates is a plan's step (when work on it began is read below)
            ent.statements[:] = [st for st in ent.statements if not (
                st[0] in (NFO.startDate, NFO.endDate) and st[3].startswith(("context:date",
                                                                            "date:")))]
            continue
        k = kind(ent)
        main = force = None
        for m in sorted(ent.mentions, key=lambda m: m.start):
            got, got_force = _for_mention(text, dates, starts, sents, m.start, m.end, ent,
                                          others_between, kind, pub_at)
            if got is not None and (main is None or _refines(main[0].value, got[0].value)
                                    or main[1] == "date:dateline" != got[1]):
                main = got      # (the day the news was filed is only the last resort)
            if got_force is not None and force is None:
                force = got_force
        if main is not None and force is not None and main[1] in ("date:governing-entry",
                                                                  "date:dateline"):
            main = None     # "the restrictions ... came into force on": no day of issue stated
            # (nor is the day the news was filed: "Kunming, March 3 -- ... came into force on
            # March 1" was issued on March 3, after its day in force)
        if k == "policy" and (main is None or len(main[0].value) == 4):
            # the text itself, dated by its signature (also over a bare year its sentences
            # give, "(2026) Qian 01 Po No. 17-5" under the title: the day of that year)
            signed = signed_title(text, ent)
            if signed is not None and (main is None or signed[0].value.startswith(main[0].value)):
                main = signed
        if main is None and k == "policy":
            main = released_on_document_date(text, sents, ent, doc_date)
        if main is None:
            # no date of its own: a guess that took a deadline or an in-force date goes
            _drop_guesses(ent, _KIND_PRED[k], text, dates, sents, starts)
            if k == "event":
                changed += year_in_name(ent, text, doc_year, doc_date)
        if main is not None:
            (d, rule, span), pred = main, _KIND_PRED[k]
            value = d.value
            old = [st for st in ent.statements if st[0] == pred]
            if [str(st[1]) for st in old] != [value]:
                changed += 1
            ent.statements[:] = [st for st in ent.statements
                                 if not (st[0] in (pred, NFO.endDate) and
                                         st[3].startswith(("context:date", "date:")))]
            if not any(st[0] == pred for st in ent.statements):
                ent.add(pred, date_literal(value), span, rule)
                if d.until and k in ("event", "project"):
                    ent.add(NFO.endDate, date_literal(d.until), span, rule)
        if force is not None and k == "policy":
            d, rule, span = force
            if not any(st[0] == NFO.dateInForce for st in ent.statements):
                ent.add(NFO.dateInForce, date_literal(d.value), span, rule)
                changed += 1
    changed += in_force_by_reference(text, dates, dated_kinds, kind)
    changed += subject_policy_dates(text, dates, sents, dated_kinds, kind)
    changed += signed_back(text, dates, sents, dated_kinds, kind)  # "We signed it on 15 October"
    changed += applied_periods(text, dates, sents, dated_kinds, kind, doc_date)  # "apply X from"
    changed += agreement_terms(text, dates, sents, dated_kinds, kind, doc_date)  # "Term: A to B"
    changed += record_field_dates(text, dates, dated_kinds, kind)   # "Valid: 2026.12.15 - ..."
    changed += record_column_dates(text, dates, dated_kinds, doc_date)  # a "Validity" column
    changed += reviewed_year(draft, dated_kinds, doc_year, kind)
    changed += construction_began(text, dates, dated_kinds, kind)
    changed += opening_and_closing_days(text, dates, sents, dated_kinds, kind)
    changed += closed_by_reference(text, dates, dated_kinds, kind)  # "The meeting closed on"
    changed += ended_on(text, dates, dated_kinds, kind)     # "The strike at X ended on"
    changed += runs_until(text, dates, sents, dated_kinds, kind)    # "The fair runs until"
    changed += ended_states(text, dates, dated_kinds, kind)     # "the response was lifted at"
    changed += completed_projects(text, dates, dated_kinds, kind)   # "X was completed in May"
    changed += date_listed_standards(text, dates, sents, dated_kinds, kind)
    changed += founding_days(text, dates, dated_kinds, kind)    # "the founding assembly"
    changed += days_of_events(text, dates, sents, dated_kinds, kind)    # "on the first day"
    changed += part_days(dated_kinds, kind)     # "the closing ceremony" of a dated expo
    changed += released_at_events(text, sents, dated_kinds, kind)   # "released X at the forum"
    by_end: dict = {}
    for d in dates:
        by_end.setdefault(d.end, d)
    for ent in draft.entities.values():
        changed += keep_planned_date(ent, dates, text, by_end)  # the date a plan's clause ends with
    step_venues(draft, PLANS)       # "The Embassy will hold a safety training in Kolwezi"
    changed += fit_standard_years(text, sents, dated_kinds, kind)
    changed += date_document_itself(draft, dates, dated_kinds, kind)    # "MINUTES OF ..."
    changed += own_in_force(draft, dates, sents, dated_kinds, kind)     # "They take effect on"
    def filed(d) -> bool:
        return d.start == pub_at or bool(_DATELINE_DATE.match(text, d.end))
    changed += date_headline_events(text, dates, sents, dated_kinds, kind, filed)
    changed += fold_lead_clause(draft, spans_of, dated_kinds, kind)    # "... the accident"
    changed += lead_dates(text, dates, dated_kinds, kind, filed)    # the lead's one day
    changed += date_listed(draft, dates)    # "The largest agreements signed were: * X with Y"
    return changed




def _drop_guesses(ent, pred, text, dates, sents, starts) -> None:
    """Remove a guessed date (``context:date``) of ``pred`` that the entity's sentences give as
    a deadline or an entry into force, not as its own date. (``starts``: the dates' starts, in
    order: the dates of a stretch are found by bisection.)"""
    def between(a: int, b: int):
        return dates[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]

    bad = set()
    for m in ent.mentions:
        ss, se = sents.bounds(m.start)
        for d in between(ss, se):
            lead = text[max(ss, d.start - 60):d.start]
            if _IN_FORCE.search(lead) or _DEADLINE.search(lead[-30:]) or (
                    d.start >= m.end and _reported(text, ss, m.end, d.start)) or (
                    d.end <= m.start and _said_on(text, ss, d, m.start)) or (
                    d.end <= m.start and BEFORE_IT.search(text, max(ss, m.start - 30), m.start)):
                bad.add(d.value)    # (also "... on 4 December; ... 10 days before the hearing")
    # "Under the agreement, ... in October": the terms' dates, whatever value a guess read
    # (not "Under the agreement, signed on Tuesday by ...": its own day)
    under = [m for m in ent.mentions if pred in (NFO.dateSigned, NFO.dateIssued)
             and _UNDER.search(text, max(0, m.start - 40), m.start)]
    guesses = [st for st in ent.statements
               if st[0] == pred and st[3].startswith("context:date")] if under else ()
    for m in under if guesses else ():      # (the guesses once, not once per mention)
        ss, se = sents.bounds(m.start)
        if any(d.start >= m.end and _OWN_PARTICIPLE.fullmatch(text, m.end, d.start)
               for d in between(m.end, se)):
            continue
        for st in guesses:
            if st[2].start <= m.start < st[2].end:
                bad.add(str(st[1]))
    for st in ent.statements:
        if st[0] == pred and st[3].startswith("context:date") and _unread_day(
                text, st[2].start, st[2].end, between(st[2].start, st[2].end + 6)):
            bad.add(str(st[1]))     # "signed ... on 2025-02-30": not the day guessed elsewhere
        if st[0] == pred == NFO.startDate and st[3].startswith("context:date") and \
                _is_project(ent) and not _starts(text, st[2].start, st[2].end):
            bad.add(str(st[1]))     # (a project's day needs a verb of its start)
        # a guess read in a sentence that only refers to it ("X told the ceremony that prices
        # moved ... over 2025", "X, who presided over the ceremony, said the group had trained
        # ... since 2019"): a date of what was said is none of its own
        if st[0] == pred and st[3].startswith("context:date"):
            a, b = st[2].start, st[2].end
            if any(d.value == str(st[1]) and (_reported(text, a, a, d.start)
                                              or _said_without_it(text, ent, a, d.start))
                   for d in between(a, b)):
                bad.add(str(st[1]))
        # a bare year its sentence prints only as a word of another thing's name ("signed 2027
        # supply agreements", "the 2026 work report and the 2027 work plan"): no date of the
        # entity's own (a planned one neither), unless its own name holds that year ("the 2027
        # audit will check ...")
        if st[0] in (pred, NFO.plannedDate) and st[3].startswith("context:date") \
                and _only_naming_year(text, ent, st, between(st[2].start, st[2].end)):
            bad.add(str(st[1]))
    if bad:
        ent.statements[:] = [st for st in ent.statements
                             if not (st[0] in (pred, NFO.plannedDate)
                                     and st[3].startswith("context:date")
                                     and str(st[1]) in bad)]


def _only_naming_year(text: str, ent, st, dates) -> bool:
    """The guess ``st`` is a bare year whose every printing in the guess's span names a thing
    ("the 2027 work plan") and no name of the entity holds it."""
    value = str(st[1])
    if len(value) != 4 or any(value in n for n in (ent.label, *ent.aliases)):
        return False
    years = [d for d in dates if d.value == value and d.kind == "gYear"]
    return bool(years) and all(_adjectival(text, d, st[2].start) for d in years)



# what an agreement's or policy's terms follow: "Under the agreement, ...", "Under this
# notice": the dates after it are its terms', not the day it was signed or issued
_UNDER = re.compile(r"\b[Uu]nder\s+(?:the|this|that|its|their|these|those)\s+(?:[\w-]+\s+){0,3}$")
# a participle of its own day, in one clause up to the date: "Under the agreement, signed by
# the two sides on"
_OWN_PARTICIPLE = re.compile(r"[\s,]*(?:signed|issued|dated|approved|released|published|adopted|"
                             r"concluded|reached)\b[^,;:.]{0,120}")
# a verb of saying right before what was said, without "that" ("X, who presided over the
# ceremony, said the group had trained ... since 2019"): not "said on Monday"
_SAID_BARE = re.compile(r"\b(?:said|says|added|noted|stressed|explained|recalled)\s+"
                        r"(?!(?:on|in|at|last|this|that|yesterday|today|earlier|later)\b)[a-z]")


def _said_without_it(text: str, ent, a: int, at: int) -> bool:
    """The date at ``at`` follows a bare verb of saying in its sentence (from ``a``) and the
    entity is not named in what was said: a date of what was said, not of it."""
    verb = _SAID_BARE.search(text, max(a, at - 300), at)
    return verb is not None and not any(verb.end() <= m.start < at for m in ent.mentions)


# a verb that moves a day: a range after it is the old day and the new one
_MOVED = re.compile(r"\b(?:postponed|delayed|moved|rescheduled|pushed\s+back|brought\s+forward|"
                    r"put\s+off|deferred|adjourned|shifted)\s+(?:from\s+)?$", re.I)


# what opens a list's entry before its date: a bullet and a weekday ("  * Wed 2 Dec -- ...")
_BULLET = re.compile(r"[ \t]*[*\u2022\u00b7\u25cf-][ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}"
                     r"\.?,?[ \t]+)?")


def _list_key(text: str, d: DateMention) -> bool:
    """``d`` is the key of a list's entry ("* Wed 2 Dec -- MIIT holds a symposium", "* Thu 3
    Dec to Sat 5 Dec -- the X Summit"), or a range of days: the day of what its entry tells,
    not a dateline's day of filing."""
    return d.until is not None or bool(_BULLET.fullmatch(text, text.rfind("\n", 0, d.start) + 1,
                                                          d.start))


def _refines(old: str, new: str) -> bool:
    """``new`` says the same as ``old``, more precisely."""
    return len(new) > len(old) and new.startswith(old)


# the comma of a legal form ("signed it with X Co., Ltd. on July 5") cuts no clause
_LEGAL_COMMA = re.compile(r"\b(?:Co|Corp|Inc|Company|Group|Holdings)\.?,(?=\s+(?:Ltd|Limited|Inc|LLC|PLC|"
                          r"S\.?A|Pte|Pty|Corp)\b)")
# a meeting that reports on the year its name holds: it meets in that year or the next
# (also a year's annual gathering, "The 2026 ... Annual Conference took place on 8-9 January",
# held early in the next year)
_ACCOUNTS = re.compile(r"\b(?:(?:general|shareholders['\u2019]?|annual\s+results)\s+meeting|"
                       r"annual\s+(?:conference|meeting|summit|congress|convention|assembly))\b",
                       re.I)




def _stop_end(text: str, e: int) -> int:
    """Past the full stop right after ``e``, if one (else ``e``)."""
    return e + 1 if text[e:e + 1] == "." else e


# the abbreviation "No." ending a sentence the reader cut there
_NUMBER_STOP = re.compile(r"\b(?:No|NO)\.[ \t]*\Z")


def _for_mention(text, dates, starts, sents, s, e, ent, others_between, kind, pub_at=None):
    """((date, rule, span) for the entity's own date, (date, rule, span) for its entry into
    force), either None, from one mention at ``s:e``."""
    if struck_row(text, s, e):
        return None, None   # ("| X Forum | 12 July 2026 | cancelled |": a row struck off)
    ss, se = sents.bounds(s)
    if se < e and _NUMBER_STOP.search(text, ss, se):
        # a name cut by the stop of "No." ("CONTRACT NO.   PMNS-JC-2026-11 (signed last
        # month)"): the sentence its end is in
        se = max(se, sents.bounds(e - 1)[1])
    ss, se = min(ss, s), max(se, e)
    lo, hi = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
    inside = [d for d in dates[lo:hi] if d.end <= se and not (d.start < e and s < d.end)]
    named = named_year(text[s:e])
    # "postponed from April 10 to May 20": the new day, not a span of days
    inside = [DateMention(d.start, d.end, d.until, "date" if len(d.until) == 10 else d.kind)
              if d.until and _MOVED.search(text, max(ss, d.start - 40), d.start) else d
              for d in inside]
    cands = [d for d in inside if not _adjectival(text, d, ss)]
    force = [d for d in cands if _IN_FORCE.search(text[max(ss, d.start - 60):d.start])]
    plain = [d for d in cands if d not in force
             and not _DEADLINE.search(text[max(ss, d.start - 30):d.start])
             and not _DUE_DONE.search(text[max(ss, d.start - 60):d.start])
             and not (kind(ent) == "project" and plan_step_before(text, max(ss, d.start - 240),
                                                                  d.start))]
    if kind(ent) in ("agreement", "policy"):
        # "will supply ... from 2026", "runs until 2030": when something else starts or ends
        plain = [d for d in plain if not _SPAN_BOUND.search(text[max(ss, d.start - 25):d.start])
                 and not TERM_END.search(text[max(ss, d.start - 40):d.start])]
        # "the X Action Plan (2027-2030)": a span of years a policy covers, not a day it has
        plain = [d for d in plain if not (d.kind == "gYear" and d.until)]
    if named and kind(ent) == "event":
        # "the 2024 ... Symposium": a date of another year is not this one's (a policy's
        # "(2025 Edition)" or "GB/T 3499-2023" says nothing of the day it was issued)
        # ("the 2025 annual general meeting" reports on 2025 and is held the year after)
        years = {named} | ({str(int(named) + 1)} if _ACCOUNTS.search(text[s:e]) else set())
        plain = [d for d in plain if d.value[:4] in years or (d.until or "")[:4] in years]
    span = Span(ss, se)
    main = None
    if kind(ent) == "event":
        # ("carried out an audit of X for 2024 and 2025": the years it covers, no day of it)
        plain = [d for d in plain if d.start < e or not covered_year(text, d, ss)]
    after = [d for d in plain if d.start >= e and not others_between(e, d.start, ent)
             and not _reported(text, ss, e, d.start) and not _said_without_it(text, ent, e, d.start)]
    at = _bracketed_after(text, ent, s)     # (the name a number in brackets follows: its sentence)
    cited = kind(ent) in ("agreement", "policy") and cited_basis(text, max(min(ss, at), at - 160), at)
    if cited:
        # "Under the agreement, the schools are to be built by September" (but "Under the
        # agreement, signed by the two sides on Tuesday": its own day)
        # ("Under the X rules, which the Y Committee issued in 2024, ...": its own day too)
        after = [d for d in after if _OWN_PARTICIPLE.fullmatch(text, e, d.start)
                 or _WHICH_ISSUED.fullmatch(_strip_dates(text, e, d.start, inside))
                 or _DATED.search(text, max(e, d.start - 12), d.start)]
        # ("issued under the Notice X (No. 57) of the Y Association, dated 9 October 2026":
        # the day its own "dated" gives, past the issuer named after it)
    before = [d for d in plain if d.end <= s and not in_aside(text, d.start, d.end, ss, s)
              and not _said_on(text, ss, d, s) and not OTHER_TIME.match(text, ss, d.start)
              and not dated_document(text, d, ss)] if not cited else []
    # ("On 14 December, in accordance with the X Regulations, the bureau granted ...": the
    # day of what was done under a law or a plan, not the day it was issued)
    # a day printed inside an event's own words ("an executive meeting of the city government
    # last Tuesday chaired by the mayor", "the cadre meeting on Friday"): its day, when the
    # clause gives none around it (a year inside a name, "the 2024 Symposium", is no day)
    # (a day that ends the mention and the sentence may hold its full stop: "the meeting of
    # 14-16 December.", read as "Dec.")
    # (a weekday still to come named with its own "next", "a farewell meeting for Ms A next
    # Tuesday": that day is the meeting's, a planned one; only another word setting it ahead,
    # "to be held by next Friday", makes it no day of the event)
    own_day = next((d for d in dates[lo:hi] if s <= d.start and d.end <= max(e, _stop_end(text, e))
                    and d.kind == "date" and kind(ent) == "event"
                    and not set_ahead(text, _past_next(text, d))), None)
    dateline = None
    if before and (_DATELINE_DATE.match(text, before[-1].end) and not _list_key(text, before[-1])
                   or before[-1].start == pub_at):
        # the dateline's filing date is not the clause's ("... on Nov. 6"): the last resort
        dateline, before = before[-1], before[:-1]
    if LATER.match(text, e, se):
        before = []     # "X closed on May 1, and Y opened a week later": not May 1
    if AFTER_IT.search(text, max(ss, s - 24), s):
        before, dateline = [], None     # "reopened on Monday after a two-week shutdown"
    if BEFORE_IT.search(text, max(ss, s - 30), s):
        before, dateline = [], None     # "..., 10 days before the hearing": not its day
    if after and after[0].start == pub_at:
        # a headline's event and the publication line under it ("Source: X | June 13, 2026")
        dateline, after = after[0], after[1:]
    if own_day is not None:
        main = (own_day, "date:inside-mention", span)
    elif after and kind(ent) in ("policy", "agreement") and _PARTICIPLE.fullmatch(
            _strip_dates(text, e, after[0].start, inside)):
        # "the prospectus, dated April 28, was posted on Monday", "the notice (issued on May 5)"
        main = (after[0], "date:participle-after", span)
    elif after and kind(ent) in ("policy", "agreement") and _WHICH_ISSUED.fullmatch(
            _strip_dates(text, e, after[0].start, inside)) and not _OF_BEFORE.search(
                text, max(ss, s - 20), s):
        # (not a name that completes another's, 'the rules of the "X" programme, which ...':
        # the clause may be of the first)
        # "the implementing rules of the X programme, which the city's party committee issued
        # in 2024": its own day, told in a relative clause with a subject of its own
        main = (after[0], "date:which-issued", span)
    elif after and not re.search(r"[;,]", WEEKDAY_COMMA.sub("", _LEGAL_COMMA.sub(
            "", _strip_dates(text, e, after[0].start, inside)))):
        # ("will hold a course in X on Tuesday, 22 December": the weekday's comma splits nothing)
        main = (after[0], "date:same-clause-after", span)
        if len(after) > 1 and _refines(after[0].value, after[1].value) and (
                _SHARPER_DAY.fullmatch(text, after[0].end, after[1].start)
                or after[0].kind == "gYear" and not after[0].until and not re.search(
                    r"[;,]", _LEGAL_COMMA.sub("", _strip_dates(text, e, after[1].start,
                                                               inside)))):
            # "the general meeting of 2026 on 8 December 2026", "The first tender of 2027 of
            # X Co., Ltd. was opened on 9 February 2027": the day, not the year (of its name)
            main = (after[1], "date:same-clause-after", span)
    elif before:
        main = (before[-1], "date:nearest-before", span)
    elif after and not _AS_OF.search(text, max(e, after[0].start - 24), after[0].start):
        # (not the day a state is given as of: "Ledger of X (status at 25 December 2026)")
        # "The X Forum, first held on May 3, 2019, opened on June 3": the day after a clause
        # set off by commas is the one of the mention's own verb
        # (not a day the news came out: "The X Forum, which will open on May 5, was announced
        # on March 2" opens on May 5)
        own = next((d for d in after[1:3] if _INSERTED.match(_strip_dates(text, e, d.start,
                                                                         inside))
                    and not _NEWS_CAME_OUT.search(text, max(e, d.start - 40), d.start)), None)
        main = (own or after[0], "date:after-in-sentence", span)
    elif dateline is not None and not ELSEWHEN.search(text, ss, se) and not _unread_day(
            text, ss, se, dates[lo:bisect.bisect_left(starts, se + 6)]):
        # (not "held a forum last week", "will meet next week", "two days ago")
        main = (dateline, "date:dateline", span)
    elif (kind(ent) != "policy" or _ISSUED.search(text[ss:se])) and not any(
            d not in force and d.start < e for d in cands):
        # a policy only named in a dated entry ("presentations on the "X"") was not issued then
        # (nor a sentence with a day of its own before the mention that is no day of the
        # thing, a deadline: "In March we expect X. By December the smelter is to have
        # finished its overhaul": the overhaul is not of March)
        gov = _governing(text, dates, starts, ss, held=ent.cls in _AT_GATHERING)
        if gov is not None and (named is None or gov.value[:4] == named):
            d = gov
            if d.until:
                # a sub-event of a multi-day range: what the first and last days share
                common = d.value[:7] if d.value[:7] == d.until[:7] else d.value[:4]
                d = DateMention(d.start, d.end, common, "gYearMonth" if len(common) == 7
                                else "gYear")
            ds, de = sents.bounds(gov.start)
            main = (d, "date:governing-entry", Span(min(ds, gov.start), se))
    mod = modifier_date(text, dates[lo:hi], s, e) if kind(ent) != "project" else None
    if mod is not None and (named is None or mod.value[:4] == named) and (
            main is None or not _refines(mod.value, main[0].value)):
        # "this year's government work report", "last year's conference": its own date
        main = (mod, "date:modifier", span)
    if main is not None and kind(ent) == "project" and (not _starts(text, ss, se) or (
            (_AT_SITE.search(text, max(ss, s - 30), s) or _SOURCE.search(text, max(ss, s - 30), s))
            and not _RUNS.search(text, ss, se)) or (
            _ENDS.search(text, ss, se) and not _BEGINS.search(text, ss, se)) or
            _PART_OF.search(text, max(ss, s - 40), s)):
        main = None     # "Water burst into a tunnel at the X mine on Tuesday": not its start;
        # "the second phase of the X mine reached full production": the phase's day, not X's;
        # "Police set up a roadblock near the X mine": what was set up there, not the mine;
        # "Construction of the X Project was finished on Monday": its end, not its start;
        # "signed a deal on Tuesday for ore from its X project": what was signed, not X
    forced = None
    if force:
        after_f = [d for d in force if d.start >= e]
        forced = (after_f[0] if after_f else force[-1], "date:in-force", span)
    return main, forced


# a verb or noun of a project's start: its sentence's date may be the day it started (not
# "signed" nor "approved": the day a deal for it was signed or a permit given is no start of
# the works; the dev sets' gold dates no project so)
_STARTS = re.compile(r"\b(?:began|begun|begins|start(?:s|ed)?|commenc\w*|broke\s+ground|"
                     r"groundbreaking|ground-breaking|kick(?:s|ed)?\s+off|launch\w*|"
                     r"commission\w*|inaugurat\w*|open(?:s|ed|ing)?|construction|built|"
                     r"into\s+(?:operation|production|service)|operational|went\s+live|"
                     r"put\s+into|complet\w*|finish\w*|foundation\s+stone|"
                     r"first\s+(?:ore|metal|ingot|batch|production|shipment)|trial\s+production|"
                     r"output\s+began|produc(?:e|ed|es|tion)|since|from|working\s+on|"
                     r"set\s+up|established|founded|launched)\b", re.I)


# an amount made ("produced 30,000 tonnes of cobalt in 2024"): output of a year, not its start
_AMOUNT = re.compile(r"\s+(?:(?:about|around|some|nearly|almost|over|roughly|more\s+than|less\s+"
                     r"than|a\s+record)\s+)?[\d.,]*\d")


def _starts(text: str, ss: int, se: int) -> bool:
    """The sentence ``ss:se`` says the project started (a verb of making only with no amount
    after it)."""
    return any(not (m.group(0)[:6].lower() == "produc" and _AMOUNT.match(text, m.end()))
               for m in _STARTS.finditer(text, ss, se))


# a project's end ("was completed", "construction was finished") told with no start in the same
# sentence ("completed and put into operation" is still a start: of its operation)
_ENDS = re.compile(r"\b(?:complet(?:ed|es|ion)|finish(?:ed|es)|wrapped\s+up|concluded|ended|"
                   r"closed|shut\s+down|suspended|halted|abandoned|cancell?ed|scrapped)\b", re.I)
_BEGINS = re.compile(r"\b(?:began|begun|begins|start(?:s|ed)?|commenc\w*|broke\s+ground|"
                     r"groundbreaking|ground-breaking|kick(?:s|ed)?\s+off|launch\w*|"
                     r"commission\w*|inaugurat\w*|open(?:s|ed)|into\s+(?:operation|production|"
                     r"service)|went\s+live|put\s+into|first\s+(?:ore|metal|ingot|batch|"
                     r"production|shipment)|trial\s+production)\b", re.I)


# a site named as where something happened ("a canteen opened at the X mine") ...
_AT_SITE = re.compile(r"\b(?:at|near|outside|around|beside|inside|close\s+to|next\s+to)\s+"
                      r"(?:the\s+|its\s+|their\s+)?$", re.I)
# ... or as where something comes from ("signed a deal on Tuesday for ore from its X project",
# "showing tools from the old Y mine": what was signed or shown is dated, not the project)
_SOURCE = re.compile(r"\b(?:from|out\s+of)\s+(?:the\s+|its\s+|their\s+)?(?:old\s+|former\s+)?$",
                     re.I)
# a part of the project named before it: "the second phase of the X mine", "the expansion of
# the Y smelter", "Phase II of Z", "line 3 of" (what the clause dates is the part)
_PART_OF = re.compile(r"\b(?:phase|phases|stage|stages|expansion|extension|section|line|unit|"
                      r"(?:phase|stage|line|unit)\s+(?:[IVX]+|\d+))\s+of\s+(?:the\s+|its\s+)?$",
                      re.I)
# ... may still start there: "production began at the X mine", "first ore at the Y project"
_RUNS = re.compile(r"\b(?:production|output|operation|operational|commission\w*|"
                   r"first\s+(?:ore|metal|ingot|batch|shipment)|construction|broke\s+ground|"
                   r"groundbreaking|ground-breaking|foundation\s+stone)\b", re.I)


# a day printed in a clause ("on 2025-02-30", "on 31/02/2025", "on Feb. 29" of a year that has
# none, "on the 0th of March"): when the date reader read none there, it is a day no calendar
# has, and still the clause's own day, not the dateline's
_DAYLIKE = re.compile(r"\b(?:on|dated)\s+(?:the\s+)?(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}/\d{1,2}/\d{2,4}|"
                      r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                      r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
                      r"Oct|Nov|Dec)[a-z]*\b)")


# a day given as a document's own by "dated" right before it
_DATED = re.compile(r"\bdated[ \t\n]+\Z")
# an opening bracket right after a name ("the X Measures (Y Fa [2023] No. 4)")
_OPEN_BRACKET = re.compile(r"[ \t\n]*\([ \t\n]*\Z")


def _bracketed_after(text: str, ent, s: int) -> int:
    """Where the name is that the mention at ``s`` stands in brackets right after, when it is
    another mention of the same entity ("Under the X Measures (Y Fa [2023] No. 4), the office
    received ...": the number is cited as the name is), else ``s``."""
    m = _OPEN_BRACKET.search(text, max(0, s - 4), s)
    if m is None:
        return s
    return next((o.start for o in ent.mentions if o.end == m.start()), s)


# the "next" a weekday's phrase opens with ("next Tuesday": the date read starts at the day)
_OWN_NEXT = re.compile(r"\b[Nn]ext[ \t\n]+\Z")


def _past_next(text: str, d: DateMention) -> DateMention:
    """``d`` read from before the "next" of its own phrase, when it has one (so that the word
    that names the day is not taken for a cue that sets the day ahead of the event)."""
    m = _OWN_NEXT.search(text, max(0, d.start - 8), d.start)
    return d if m is None else DateMention(m.start(), d.end, d.value, d.kind)


def _unread_day(text: str, ss: int, se: int, inside) -> bool:
    """The clause ``ss:se`` prints a day the date reader did not read (``inside``: the days it
    read there, and any later)."""
    # (a month's full stop may end the "sentence": "on Feb. 29" runs past ``se``)
    return any(m.start() < se and not any(d.start < m.end() and m.start() < d.end
                                          for d in inside)
               for m in _DAYLIKE.finditer(text, ss, se + 6))


def _is_project(ent) -> bool:
    return str(ent.cls).endswith("#Project")


# what joins a bare year of a name to the day that follows it ("of 2026 on 8 December")
_SHARPER_DAY = re.compile(r"\s+(?:on|from)\s+(?:the\s+)?")
_INSERTED = re.compile(r"\s*,[^,;]*,[^,;]*\Z")
# a participle set off after a document's or agreement's name: ", dated", "(issued on", ", which
# was signed on"
_PARTICIPLE = re.compile(r"[\s\"'\u201d\u2019]*[,(]\s*(?:(?:which|that)\s+(?:was|were|had\s+been|has\s+been)"
                         r"\s+)?(?:(?:first|officially|formally|jointly)\s+)?(?:dated|issued|released|"
                         r"published|announced|promulgated|adopted|approved|signed|filed|unveiled)"
                         r"(?:\s+(?:on|in|as\s+of))?\s*", re.I)
_OF_BEFORE = re.compile(r"\bof[ \t\n]+(?:the[ \t\n]+|its[ \t\n]+|their[ \t\n]+)?[\"'\u201c]?$")
# a relative clause of its issue with a subject of its own, after the name and at most a short
# complement: ' of the "X" programme, which the Y Committee issued in', ', which both sides
# signed on'
_WHICH_ISSUED = re.compile(r"(?:[ \t\n]+of[ \t\n]+[^,;.()]{1,60}?)?[ \t\n\"'\u201d\u2019]*,[ \t\n]*which[ \t\n]+"
                           r"(?:(?:the|both|its|their|our)[ \t\n]+)?(?:(?!(?:not|never)\b|[\w'\u2019-]*"
                           r"n['\u2019]t\b)[\w'\u2019-]+[ \t\n]+){1,8}?"     # (not "never issued")
                           r"(?:issued|released|published|adopted|promulgated|signed|approved)"
                           r"[ \t\n]+(?:on|in)[ \t\n]*")
# the verb of a day the news of something came out, not a day of the thing
_NEWS_CAME_OUT = re.compile(r"\b(?:was|were|has\s+been|had\s+been)\s+(?:first\s+|officially\s+)?"
                          r"(?:announced|reported|disclosed|revealed|confirmed|made\s+public)"
                          r"\s+(?:on|in)\s+\Z", re.I)


# a verb of saying before "that": what follows is what was said, with dates of its own ("X told
# the ceremony that prices moved by 40% over 2025")
_SAYING = re.compile(r"\b(?:said|says|told|tells|noted|notes|added|adds|stressed|stresses|"
                     r"pointed\s+out|warned|warns|stated|states|explained|explains|recalled|"
                     r"recalls|reported|reports)\b")
_THAT = re.compile(r"\bthat\b")


def _reported(text: str, ss: int, e: int, at: int) -> bool:
    """The date at ``at`` is in a clause of reported speech that starts between the mention's
    end ``e`` and it ("... told the ceremony that prices moved ... over 2025")."""
    m = _THAT.search(text, e, at)
    return m is not None and bool(_SAYING.search(text, ss, m.start()))


_SAID_ON = re.compile(r"\b(?:announced|announces|disclosed|discloses|confirmed|confirms|"
                      r"revealed|reveals|" + _SAYING.pattern[5:] + r"(?:\s+[\w'\u2019]+){0,2}?\s+(?:on|in)\s+$", re.I)


def _said_on(text: str, ss: int, d, s: int) -> bool:
    """The date at ``d`` is the day something was said, and the mention at ``s`` is in what
    was said ("X said on May 28 that it would hold a press conference", "announced on May 28
    that it had signed an agreement"): the day of the saying, not of the thing."""
    return bool(_SAID_ON.search(text[max(ss, d.start - 40):d.start])) and \
        _THAT.search(text, d.end, s) is not None


def _strip_dates(text: str, a: int, b: int, dates) -> str:
    """The text between ``a`` and ``b`` with the dates in it blanked (their commas do not
    split a clause)."""
    out = text[a:b]
    for d in dates:
        if a <= d.start and d.end <= b:
            out = out[:d.start - a] + " " * (d.end - d.start) + out[d.end - a:]
    return out


# a year's possessive before a noun or a name ("this year's special round", "last year's
# Qiandong Copper Forum": its edition, dated by events.happenings)
_POSSESSIVE = re.compile(r"['\u2019]s[ \t\n]+[A-Za-z\"\u201c]")


# a preposition of time before a thing named by a year's possessive: "During this year's X",
# "at last year's Y", "ahead of next year's Z"
_AT_THING = re.compile(r"\b(?:during|at|in|throughout|before|after|ahead\s+of|since|until|till|"
                       r"on\s+the\s+(?:sidelines|eve|margins)\s+of)\s+(?:the\s+)?$", re.I)


# a document's number and the year it is counted in: "Announcement No. 24 of 2026"
_NUMBER_OF = re.compile(r"\b(?:No|NO)\.?[ \t\n]*\d{1,5}[ \t\n]+of[ \t\n]+$")


def _adjectival(text: str, d: DateMention, ss: int) -> bool:
    """A bare year naming a thing ("the 2024 key products", "this year's special round") rather
    than dating a clause; a day between an article and a noun names one too ("a week after the May 5 cabinet meeting",
    "missed the June 30 deadline")."""
    if d.kind == "date":
        return adjectival_day(text, d)
    if d.kind == "gYear" and (_POSSESSIVE.match(text, d.end) or _POSSESSIVE.match(
            text, max(d.start, d.end - 2))):
        # "this year's special round", "2025's output": a thing it names (but "During this
        # year's conference, we will convene ...": the time of the clause, through the thing)
        return not _AT_THING.search(text, max(ss, d.start - 30), d.start)
    if d.kind != "gYear" or d.until or not text[d.start:d.start + 1].isdigit():
        return False
    if _NUMBER_OF.search(text, max(ss, d.start - 20), d.start):
        return True     # ("issued Announcement No. 24 of 2026 and opened X": the number's year)
    before = text[max(ss, d.start - 25):d.start]
    if _TEMPORAL.search(before):
        return False
    return bool(re.match(r"\s+[A-Za-z\"\u201c]", text[d.end:d.end + 3]))


# a line that is a day's heading: the day alone, after its weekday ("MON 4 JAN", "Tuesday,
# 12 January"), and at most a colon or a full stop after it
_WEEKDAY_LEAD = re.compile(r"[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[A-Za-z]{0,6}\.?,?[ \t]+)?\Z", re.I)
_HEADING_TAIL = re.compile(r"[ \t]*[:.]?[ \t]*(?:\n|\Z)")


def _day_heading(text: str, d: DateMention) -> bool:
    """``d`` is a line of its own, at most after its weekday ("MON 4 JAN" over a timeline's
    entries of that day): it dates the entries under it."""
    ls = text.rfind("\n", max(0, d.start - 40), d.start)
    return ls >= 0 and _WEEKDAY_LEAD.fullmatch(text, ls + 1, d.start) is not None and \
        _HEADING_TAIL.match(text, d.end) is not None


# a paragraph that opens with the day its gathering was held ("The conference took place on
# Thursday, 26 November 2026 at ...", "The forum was held in Baotou on 12 May"): what else its
# sentences tell with no day of their own ("X met the main investors before the signing",
# "Eight projects were signed on the spot") happened at it, on that day: a signing or a
# meeting, not another gathering ("A rival forum organised by Y was cancelled")
_AT_GATHERING = {NFO.SigningCeremony, NFO.Meeting}
_HELD_ON = re.compile(r"\b(?:took[ \t\n]+place|(?:was|were)[ \t\n]+(?:held|convened|staged))"
                      r"(?:[ \t\n]+(?:in|at)[ \t\n]+[A-Z][\w'\u2019-]*(?:[ \t\n]+[A-Z][\w'\u2019-]*){0,3})?"
                      r"[ \t\n]+on[ \t\n]+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t\n]+)?$")


def _held_lead(text: str, lo: int, d: DateMention) -> bool:
    """``d`` is the day the paragraph's first sentence says its gathering was held (the
    paragraph starts at ``lo`` or later, no sentence ends before the day)."""
    par = text.rfind("\n\n", lo, d.start)
    start = max(lo, par + 2 if par >= 0 else lo)
    return _HELD_ON.search(text, max(start, d.start - 80), d.start) is not None and \
        re.search(r"[.!?;](?:[\s\"'\u201d]|$)", text[start:d.start]) is None


def _governing(text: str, dates, starts, ss: int, held: bool = False) -> DateMention | None:
    """The nearest date before ``ss`` that opens a clause ("On May 14, ...", "In June, ...",
    "January 9: ...") in the same paragraph and numbered entry; with ``held``, also the day the
    paragraph's first sentence says its gathering was held (:func:`_held_lead`)."""
    par = text.rfind("\n\n", max(0, ss - _BACK - 1), ss)   # (no further back: linear)
    lo = max(par + 1, ss - _BACK)
    # the numbered entry this sentence belongs to: no date before its number counts
    base = lo
    for m in re.finditer(r"(?:^|(?<=[.!?;:])\s|\n)" + _NUMBERED.pattern, text[base:ss]):
        lo = base + m.start()
    i = bisect.bisect_left(starts, ss) - 1
    while i >= 0 and dates[i].start >= lo:
        d = dates[i]
        if (d.kind != "gYear" or d.until) and not set_ahead(text, d):
            # (a day set ahead, "comes into force on January 1", governs nothing after it)
            lead = text[max(lo, d.start - 30):d.start]
            if _GOVERNS.search(lead) or text[d.end:d.end + 2].lstrip().startswith(":") \
                    or lead.strip() == "" or re.fullmatch(r".*[.;]\s*", lead, re.S) \
                    or _day_heading(text, d) or held and _held_lead(text, lo, d):
                return d
        i -= 1
    return heading_day(text, dates, starts, ss)     # "Day 2 (Tuesday, 9 May)" paragraphs above
