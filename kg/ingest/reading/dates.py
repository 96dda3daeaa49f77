"""Dates in running text, as precise as printed: a day (``2024-05-30``), a month (``2024-09``) or
a year (``2024``). A month-and-day without a year takes the year of the document's date.

With ``extended=True`` (what date attachment reads, :mod:`kg.ingest.events.date_attach`) a text's
periods and relative dates count too: year ranges ("2018-2019": 2018 until 2019), quarters and
halves ("the first quarter", "Q1 2025": 2025-01 until 2025-03), "this year" / "last year" / "In
January this year" (from the document's year), "on the 22nd" / "On the afternoon of the 26th" /
"from the 26th to the 28th" (the month of the date before it, not one set ahead), "on the same
day", "the day before", "the next day" (from the day named before it) and Chinese dates
("2024年3月5日", "3月5日", "2024年3月").

Why this module is long (about 1,300 lines at round 47; 630 at round 21): the patterns of a date and
the reading of the text's own date (header line, dateline, signature, source line closing the
report) share the same matches and their order, so they stay one piece; the relative days are
``relative_days``', the values of periods ``date_periods``', the order of numeric days and the
ends of ranges ``date_ranges``'."""
from __future__ import annotations

import bisect
import datetime
import re
from kg.ingest.records import replace
from functools import lru_cache

from kg.ingest import ahead
from kg.ingest.lexicon import words
from kg.ingest.reading.blank_runs import blank, blank_back
from kg.ingest.reading.counted import at_most
from kg.ingest.reading.happened import (acted, ahead_after, fronted, happened, happened_after,
                                          joined_step, past_aside, past_verb_next, when_past)
from kg.ingest.reading.footers import footer_start
from kg.ingest.reading.keyed_rows import keyed_rows
from kg.ingest.reading.text_memo import TextMemo
from kg.ingest.reading.table_positions import in_table
from kg.ingest.reading.day_lists import listed_start
from kg.ingest.reading.date_mention import DateMention, copies
from kg.ingest.reading.numeral_dates import numerals_as_digits
from kg.ingest.reading.delivered_day import delivered_on as _delivered_on
from kg.ingest.reading.digit_gaps import GAPPED as _GAPPED, gaps_moved as _gaps_moved
from kg.ingest.reading.weekday_years import fit_year
from kg.ingest.reading.date_ranges import full_year, numeric_order, range_days, weekday_order
from kg.ingest.reading.date_periods import extended as _extended, month as _month, relative_month
from kg.ingest.reading.year_context import set_years
from kg.ingest.reading.month_ahead import period_fronted, present_ahead
from kg.ingest.reading.column_years import column_years
from kg.ingest.reading.signature_cells import labelled_day, paired_day, signed_clause
from kg.ingest.reading.relative_days import resolve_days, set_ahead  # noqa: F401 (set_ahead: for callers)
from kg.ingest.terms import Literal, XSD
from kg.ingest.reading.windows import AtLineStarts, Near

# (also in capitals, as a programme's day headings and a policy's fields print them: "WEDNESDAY,
# 13 JANUARY", "19 DEC 2026")
_MON = (r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
        r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)\.?")

_MON2 = _MON.replace("?P<mon>", "?P<mon2>")
# the first month of a span of days across months told relative to the document's year ("1
# March to 30 April next year": ``mona``), the last one of the same printed month first
# ("March 1 to April 30 next year": ``monb``)
_MONA, _MONB = _MON.replace("?P<mon>", "?P<mona>"), _MON.replace("?P<mon>", "?P<monb>")
# a month's abbreviation just read, with its dot ("Oct."): the day may follow on the next line
_ABBREVIATED = "(?:" + "|".join(f"(?<={m}\\.)" for m in (
    "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec")) + ")"
# what joins the two days of a range ("May 12 to 15", "May 12-15", "May 12 through May 15")
_TO = r"(?P<to>to|through|till|until|-|\u2013|\u2014|and)"
# a year printed after a range's first day ("May 18, 2024 to May 20, 2024"): reading/date_ranges
_Y1 = r"(?:,?\s+(?P<y1>(?:19|20)\d\d),?)?"
# a weekday printed before a range's last day ("Thu 3 Dec to Sat 5 Dec", "May 4 to Friday, May 8")
_WD2 = r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s+)?"
# what parts a day's month from its year: a space or two, or a line break ("8-10 Dec 2026",
# "30 November\n    2026"); not a wide gap, which sets a column apart ("8-10 Dec    2026 China
# (Baoji) Titanium Expo": a schedule's day, then the event's name that opens with a year)
_YEAR_GAP = r"(?:[ \t]{1,2}|[ \t]*\n[ \t]*)"
# the same months grouped by first letter (same order): case-insensitive, the engine then tries
# 8 letters at each position instead of 12 names (a third faster)
_MON_BY_LETTER = (r"(?P<mon>J(?:an(?:uary)?|une?|uly?)|Feb(?:ruary)?|M(?:ar(?:ch)?|ay)|"
                  r"A(?:pr(?:il)?|ug(?:ust)?)|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|"
                  r"Dec(?:ember)?)\.?")
# what may not stand before a year's first two digits: a digit, a dash, a slash or a dot
# ("3-2026", "v1.2025"), nor a Latin letter ("Ferro1900 Mining"), but for the Y of "FY"/"CY"
# and a topic's tag closed after the year ("#LMEWeek2026#": the year of the posts under it)
_UNGLUED = (r"(?<![\d\-/.]\d\d)(?:(?<![A-XZa-z]\d\d)(?<![^FC]Y\d\d)(?<!y\d\d)|"
            r"(?=\d\d#))")
_PATTERNS = [
    # a span of two years-and-months, as career outlines, terms and tables print them
    # ("1961.09 - 1965.07   Student", "| 2027.01-2027.12 |", "2019/03 to 2021/08"): the first
    # month until the last (dots or slashes only: "2025-03-2026" is a number's); read first,
    # before each end is read as a line's key or a year alone
    ("ymrange", re.compile(r"(?P<y>(?:19|20)(?<![\d/.\-]\d\d)\d\d)(?P<sep>[./])(?P<m>0?[1-9]|1[0-2])"
                           r"[ \t]*(?:-|\u2013|\u2014|~|\uff5e|to|until|till)[ \t]*"
                           r"(?P<y2>(?:19|20)\d\d)(?P=sep)(?P<m2>0?[1-9]|1[0-2])(?!\d|[./]\d)")),
    # a year and a month keying a line, as a chronicle prints them ("2003.09   The plant is
    # completed", "2019-08  X buys a stake", "| 2016/3 | first export |"): only where a line (or
    # a table's cell) opens with it and a gap, a colon or a dash sets it off (in running text
    # "2019.08" may be a figure); read first, before a day
    # of the line above takes its year ("on 18 March.\n2026.07  ...")
    ("ymkey", re.compile(r"(?P<y>(?:19|20)(?<![\d/.\-]\d\d)\d\d)[./-](?P<m>0?[1-9]|1[0-2])"
                         r"(?=[ \t]{2,}|\t|[ \t]*[:|\uff1a]|[ \t]+(?:--?|\u2013|\u2014)[ \t]|[ \t]*$)", re.M)),
    # a month alone keying a line under a year's heading, as a chronicle by year prints it
    # ("2019\n  March     The line starts production\n  August    X buys a stake"): that
    # year's month (the document's year when no heading is above it)
    ("mkey", re.compile(_MON + r"(?=[ \t]{2,}(?![0-3]?\d\b)|\t|[ \t]*[:|\uff1a]|[ \t]+(?:--?|\u2013|\u2014)[ \t])")),
    ("range", re.compile(_MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?" + _Y1 + r"\s*" + _TO + r"\s*" + _WD2 +
                         r"(?:" + _MON2 + r"\s+)?(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?")),
    # day first: "12 to 15 May", "12-15 May 2026", "30 May to 2 June"
    ("range", re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:\s+(?:of\s+)?" + _MON + _Y1 + r")?\s*" + _TO
                         + r"\s*" + _WD2 + r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON2
                         + r"(?:,?" + _YEAR_GAP + r"(?P<y>(?:19|20)\d\d)\b)?")),
    # (a check of the character before a match comes after its first characters where the
    # match starts with a literal: the engine then skips to those; the same matches)
    # (not the head of a serial number: "Licence No. 2025-07-01-0033"; a range's second date
    # may follow, "2025-03-01-2025-03-05")
    ("iso", re.compile(r"(?P<y>(?:19|20)(?<!\w\d\d)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)\b"
                       r"(?!-(?!(?:19|20)\d\d-)\d{3})")),
    # (a year of two digits after an apostrophe, "1 April '98": reading/date_ranges.full_year)
    # (no space after the comma, "May 5,2025", as a full-width comma folded leaves it: four
    # digits after a comma are no thousands)
    ("mdy", re.compile(_MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>(?:19|20)\d\d|['\u2019]\d\d)\b")),
    ("dmy", re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"(?:,\s*|" + _YEAR_GAP + r")(?P<y>(?:19|20)\d\d|['\u2019]\d\d)\b")),
    # (joined by hyphens, as forms and ledgers print a day: "Issued: 04-Dec-2026 (Fri)")
    ("dmy", re.compile(r"(?<![\w/.-])(?P<d>[0-3]?\d)-" + _MON + r"-(?P<y>(?:19|20)\d\d)(?![\w-])")),
    ("ym", re.compile(_MON + r",?\s+(?:of\s+)?(?P<y>(?:19|20)\d\d)\b")),
    # (not a time's hour: "signed in August.\n12:25  First charge"; not the number of the next
    # line's item after a full stop: "from 14 October.\n3. Interview"; but "dated Oct.\n28":
    # an abbreviation's dot)
    # (nor a full name's full stop and the next sentence's number: "berth on 25 November. 4,960
    # wmt")
    ("md", re.compile(r"\b" + _MON + r"(?:(?<!\.)\s+|" + _ABBREVIATED + r"\s+|(?<![a-z]{4}\.)[ \t]+)(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,\s]*(?:19|20)\d\d)(?!:\d)")),
    ("dm", re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MON + r"\b(?![,\s]*(?:19|20)\d\d)")),
    # a month alone, after "in" ("in May", "in late December", "at the end of June": _MONTH_LEAD)
    ("m", re.compile(r"\b" + _MON + r"(?![\s,]*\d)(?=[\s,.;:])")),
    # numeric dates: "2025/03/18", "18/03/2025", "03/18/2025"; "03/04/2025" is ambiguous
    # (a full stop may end the sentence after one: "... on 18/03/2025."; not a fourth number)
    ("ynum", re.compile(r"(?P<y>(?:19|20)(?<![\d/.]\d\d)\d\d)[/.](?P<m>[01]?\d)[/.](?P<d>[0-3]?\d)(?!\d|[/.]\d)")),
    # a span of days of one month, day first as a dotted date prints it ("Appraisal mission
    # 09-20.11.2026", "3.-7.5.2027"): the first day until the last (read before "num", which
    # would take the last day alone); only where the text's numeric dates are not month first
    ("numrange", re.compile(r"(?<![\d/.\-])(?P<d>[0-3]?\d)\.?[ \t]*(?:-|\u2013)[ \t]*(?P<d2>[0-3]?\d)"
                            r"\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?!\d|[/.]\d)")),
    ("num", re.compile(r"(?<![\d/.])(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<y>(?:19|20)\d\d)(?!\d|[/.]\d)")),
    # (not a decade: "in the 2010s" names no year; "2010's output" is the year's)
    # (not a number glued to a word, "Ferro1900", "LMEWeek2026", "FG2026-G-011"; a fiscal year
    # "FY2026" is one)
    ("y", re.compile(r"(?P<y>(?:19|20)" + _UNGLUED + r"\d\d)(?![\d\-/]|(?<=0)s\b)")),
]
_NUM = next(rx for k, rx in _PATTERNS if k == "num")  # (the order of numeric days: "numrange")
# (or after a plan's "for": "the audit is planned for March", "scheduled for early June"; not
# "figures for January", a period of figures)
_MONTH_LEAD = re.compile(r"(?:\b[Ii]n(?:\s+(?:early|late|mid))?|\bthe\s+(?:end|beginning|start|"
                         r"middle)\s+of|\b[Ii]n\s+mid-|\b(?:[Ff]rom|[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|"
                         r"[Ss]tarting|[Tt]hrough|[Dd]uring|(?:planned|scheduled|set|slated|due|"
                         r"earmarked|pencil+ed\s+in|targeted|timed|fixed)\s+for)"
                         r"(?:\s+(?:early|late|mid-?))?)\s*$")   # ("planned for mid-January")
_Y = r"(?P<y>(?:19|20)\d\d)"
_YY = r"(?P<y>(?:19|20)\d\d|['\u2019]\d\d(?!\d))"     # (or its last two digits: "Q3'26")
_ORD = r"(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)"
_REL = r"(?P<rel>this|last|next|the\s+same|the\s+current|the\s+previous)\s+year"
# read first, before the patterns above (each claims its characters)
_EXTENDED = [
    # a Chinese range of days: "2025年3月5日至7日", "3月5日-7日", "2024年12月30日至2025年1月3日"
    ("cnrange", re.compile(r"(?:" + _Y + r"\s*年\s*|(?<![\d年]))(?P<m>1[0-2]|0?[1-9])\s*月\s*"
                           r"(?P<d>[0-3]?\d)\s*[日号]?\s*(?:至|到|-|\u2013|\u2014|~|\uff5e|\u301c)\s*"
                           r"(?:(?P<y2>(?:19|20)\d\d)\s*年\s*)?(?:(?P<m2>1[0-2]|0?[1-9])\s*月\s*)?"
                           r"(?P<d2>[0-3]?\d)\s*[日号]")),
    ("cn", re.compile(_Y + r"\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*(?P<d>[0-3]?\d)\s*[日号])?")),
    ("cnmd", re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>[0-3]?\d)\s*[日号]")),
    ("cny", re.compile(r"(?<![\d\-/.])" + _Y + r"\s*年(?!\s*\d{1,2}\s*月)")),
    ("yrange", re.compile(r"(?P<y>(?:19|20)" + _UNGLUED + r"\d\d)\s*(?:-|\u2013|\u2014|to|through)\s*"
                          r"(?P<y2>(?:19|20)\d\d)(?![\d\-/])")),
    # a part of a month is that month: "in the second half of November", "the first week of
    # December 2026", "the last ten days of May" (not "the first half of 2027": a half-year)
    ("mpart", re.compile(r"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+(?:half|week|"
                         r"fortnight|ten\s+days|decade)\s+of\s+" + _MON + r"(?:,?\s+(?P<y>(?:19|20)\d\d))?\b",
                         re.I)),
    # ("the first half of next year", "Q3 last year": the year relative to the document's)
    ("quarter", re.compile(r"\b(?:the\s+)?" + _ORD + r"\s+(?P<unit>quarter|half)(?:\s+of)?"
                           r"(?:\s+(?:the\s+year\s+)?" + _Y + r"|\s+" + _REL + r")?\b", re.I)),
    # ("Q3'26", "Q3 ’26": a year's last two digits after an apostrophe)
    ("qn", re.compile(r"(?P<unit>Q(?<!\wQ))(?P<n>[1-4])\b(?:\s*(?:of\s+)?" + _YY + r"|\s+(?:of\s+)?"
                      + _REL + r"\b)?")),
    ("qn", re.compile(r"(?P<unit>H(?<!\wH))(?P<n>[12])\s*(?:of\s+)?" + _Y + r"\b")),  # not H2, hydrogen
    # the number first, as analysts print them ("in 3Q26", "by 1H27", "2H 2026", "4Q2025"): the
    # year's last two digits (``yy``) or all four; after a word that dates it (not a model's
    # code, "a 2H20 pump")
    ("qn", re.compile(r"(?:(?<=\b[Ii]n )|(?<=\b[Bb]y )|(?<=\b[Ff]or )|(?<=\b[Ff]rom )|"
                      r"(?<=\b[Uu]ntil )|(?<=\b[Bb]efore )|(?<=\b[Aa]fter )|(?<=\b[Ss]ince )|"
                      r"(?<=\b[Dd]uring )|(?<=\bof )|(?<=\bto )|(?<=\band )|(?<=\bthe )|(?<=\()|"
                      r"(?<=, ))(?:(?P<n>[1-4])(?P<unit>Q)|(?P<h>[12])(?P<hu>H))(?:[ \t]?"
                      r"(?P<y>(?:19|20)\d\d)|(?P<yy>\d\d))(?![\w/\-]|\.\d)")),
    # a span of months: "between April and June", "from November to February 2027"
    ("mrange", re.compile(r"\b(?:[Bb]etween|[Ff]rom)\s+(?:(?:early|late|mid)[\s-]+)?" + _MON
                          + r"(?![\s,]*[0-3]?\d(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>(?:19|20)\d\d))?\s+"
                          r"(?:and|to|through|until|till)\s+(?:(?:early|late|mid)[\s-]+)?" + _MON2
                          + r"(?![\s,]*[0-3]?\d(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y2>(?:19|20)\d\d))?\b")),
    # the same with no "from" ("April to July 2026 -- second phase", "November-February")
    ("mrange", re.compile(r"\b" + _MON + r"(?![\s,]*[0-3]?\d(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y>(?:19|20)"
                          r"\d\d))?\s*(?:to|through|until|till|-|\u2013|\u2014)\s*" + _MON2
                          + r"(?![\s,]*[0-3]?\d(?:st|nd|rd|th)?\b)(?:,?\s+(?P<y2>(?:19|20)\d\d))?\b")),
    # a span of months to the year's end: "from November to the end of this year"
    # (the month opens the match, its preposition left to the readers of a date's lead)
    ("mtoyend", re.compile(r"(?:(?<=\b[Ff]rom\s)|(?<=\b[Bb]etween\s))" + _MON
                           + r"(?![\s,]*[0-3]?\d(?:st|nd|rd|th)?\b)\s+(?:and|to|through|until|till)"
                           r"\s+(?:the\s+)?(?:end\s+of\s+(?:this|the)\s+year|year[-\s]end)\b")),
    # a day or a span of days of a month of a year told relative to the document's: "from 20
    # to 22 April next year", "on 5 March this year", "March 5-7 next year"
    # (or across months: "from 1 March to 30 April next year", "March 1 to April 30 next year")
    ("reldm", re.compile(r"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:[ \t]*(?:-|\u2013|to|until|till|"
                         r"and)[ \t]*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?|\s+(?:of\s+)?" + _MONA
                         + r"[ \t]*(?:-|\u2013|to|until|till)\s*(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
                         + _MON + r",?\s+(?:of\s+)?" + _REL + r"\b")),
    ("reldm", re.compile(r"\b" + _MON + r"\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?:[ \t]*(?:-|\u2013|"
                         r"to|until|till|and)[ \t]*(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?|[ \t]*(?:-|\u2013|"
                         r"to|until|till)\s*" + _MONB + r"\s+(?P<d3>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?"
                         + _REL + r"\b")),
    # (not across a sentence's end: "... in June. Last year output fell": a full name's stop)
    ("relm", re.compile(_MON_BY_LETTER + r"(?<!(?:may|une|uly|rch|ril|ary|ber|ust)\.),?\s+(?:of\s+)?"
                        + _REL + r"\b", re.I)),
    # a season told relative to the document's year: "before next summer", "last spring" (its
    # year; "in the spring" alone says no year)
    ("season", re.compile(r"\b(?P<rel>this|last|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b",
                          re.I)),
    # a month told relative to the document's: "construction will start next March", "in
    # service since last June" (not "last May 5": a day's; not "next May's": a name's)
    ("relmonth", re.compile(r"\b(?P<rel>[Nn]ext|[Ll]ast)\s+" + _MON[:-3] + r"(?![\w'\u2019-])"
                            r"(?![ \t]*,?[ \t]*[0-3]?\d\b)")),
    ("rel", re.compile(r"\b" + _REL + r"(?:'s)?\b", re.I)),
    # "by the end of the year", "before year-end": the document's year; "by mid-2027": its year
    ("yend", re.compile(r"\bthe\s+end\s+of\s+the\s+year\b|(?<![\w-])year[-\s]end\b(?![ \t]*[a-z])",
                        re.I)),
    ("yedge", re.compile(r"\b(?:end|mid|late|early)-(?P<y>(?:19|20)\d\d)\b", re.I)),
    # "On the same day", "that afternoon", "later that day": the day of the date before it
    # (resolved in _resolve_days)
    ("same", re.compile(r"\b(?:(?:the|that)\s+same\s+(?:day|morning|afternoon|evening|night)|"
                        r"that\s+(?:morning|afternoon|evening|night)|(?:(?<=\b[Oo]n\s)|(?<=\b[Ll]ater\s)|"
                        r"(?<=\b[Ee]arlier\s))that\s+day)\b(?!\s*['\u2019]s)", re.I)),
    # "by the end of that year": the year of the date before it
    ("thatyear", re.compile(r"\bthat\s+year\b", re.I)),
    ("nth", re.compile(r"(?<=\b[Oo]n[ \n]the[ \n])(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MON[:-3]
                       + r")")),
    # "On the afternoon of the 26th", "from the 26th to the 28th": the same, the whole phrase
    ("nth", re.compile(r"\b[Oo]n\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+the\s+"
                       r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MON[:-3] + r")")),
    ("nth", re.compile(r"\b[Ff]rom\s+the\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)\s+(?:to|until|till|through)"
                       r"\s+the\s+(?P<d2>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?" + _MON[:-3] + r")")),
    # "on the first day", "on its closing day": a day of the range (or the day) named before it
    ("nthday", re.compile(r"\b(?:[Oo]n|[Dd]uring)\s+(?:the|its)\s+(?P<which>first|opening|second|third|"
                          r"fourth|last|closing|final)\s+day\b(?!\s+of\s+(?:the|each|every|a)\s+"
                          r"(?:year|month|quarter|week))")),
    # "earlier this month", "late last month", "the same month": from the document's month
    ("relmon", re.compile(r"\b(?P<rel>this|last|next|the\s+previous|the\s+same)\s+month\b", re.I)),
    # "the day before", "the next day": a day from the day named before it (not "the day before
    # yesterday", a day before the document's: events/weekday_dates)
    # ("The next day the team went ...": the sentence's subject follows; "the day before the
    # conference": the day named last, the conference's; not "the day after the deadline")
    ("shift", re.compile(r"\b(?:(?P<back>the\s+(?:day\s+before|previous\s+day|preceding\s+day)|"
                         r"a\s+day\s+(?:earlier|before))|(?P<on>the\s+(?:next|following)\s+day|"
                         r"the\s+day\s+after|a\s+day\s+later))\b(?!\s+(?:yesterday|tomorrow)\b)(?:(?<=\bday)|(?<=previous\s"
                         r"day)|(?<=preceding\sday)|(?!\s+(?:the|its|a|an)\s+(?!(?:[\w-]+\s+){0,2}?"
                         r"(?:conference|meeting|forum|summit|ceremony|signing|opening|expo|exhibition|"
                         r"fair|auction|congress|symposium|seminar|talks|launch|visit|tour|event|"
                         r"festival|session|hearing|vote|race|match|final|show)s?\b)))", re.I)),
]
_EXTENDED_KINDS = frozenset(k for k, _ in _EXTENDED)     # (a date's kind told by one lookup)

# digits of other widths and scripts ("June \uff13, \uff12\uff10\uff12\uff15", typed with a Chinese input
# method): read as the ASCII digits they are (the patterns spell years "19"/"20" and a date
# value must be ASCII to be an xsd:date), one character for one
_ASCII_DIGITS = {c: ord("0") + (c - b) for b in (0xFF10, 0x0660, 0x06F0, 0x0966)
                 for c in range(b, b + 10)}
_OTHER_DIGIT = re.compile("[\uff10-\uff19\u0660-\u0669\u06f0-\u06f9\u0966-\u096f]")


def _ascii(text: str) -> str:
    """``text`` with its digits of other widths and scripts as ASCII ones."""
    return text if text.isascii() else text.translate(_ASCII_DIGITS)


_AHEAD = ("kg.ingest.events.article_date", "date_readings")
_FOUND: dict = {}      # the last few answers of find_dates (one article is read by several rules)


def find_dates(text: str, doc_year: str | None = None, extended: bool = False,
               doc_date: str | None = None) -> list[DateMention]:
    """Every date in ``text``, the most precise reading winning where readings overlap;
    ``extended`` adds periods and relative dates (see the module's doc). Answers for a long
    text are remembered (a few, as copies), since several rules ask the same; the article's
    are worked out ahead by the second process of ``kg ingest`` (events/article_date.py)."""
    if len(text) >= 2000:
        ready = ahead.answer(_AHEAD, text)
        got = ready.get((doc_year, extended, doc_date)) if ready is not None else None
        if got is not None:
            return copies(got)
    ends = None
    if not text.isascii():
        text, ends = _as_read(text)
    if ends:
        # (a date that ends where a number's moved gaps start ends after them: the evidence
        # is the number as printed)
        return [replace(d, end=ends.get(d.end, d.end))
                for d in find_dates(text, doc_year, extended, doc_date)]
    if len(text) < 2000:
        return _find_dates(text, doc_year, extended, doc_date)
    key = (text, doc_year, extended, doc_date)
    got = _FOUND.get(key)
    if got is None:
        got = _find_dates(text, doc_year, extended, doc_date)
        while len(_FOUND) >= 4:
            del _FOUND[next(iter(_FOUND))]
        _FOUND[key] = got
    return copies(got)


_READ: dict = {}        # the last few long texts' readings by _as_read


def _as_read(text: str) -> tuple[str, dict | None]:
    """``text`` (not ASCII) with its other digits as ASCII ones and the gaps inside its
    numbers moved (the map of :func:`_gaps_moved`, None when there are none). A long text's
    reading is kept (a few): the rules ask find_dates about the same article a dozen times,
    and each asking scanned it twice before the answers kept."""
    if len(text) >= 2000:
        got = _READ.get(text)
        if got is None:
            got = _as_read_now(text)
            while len(_READ) >= 4:
                del _READ[next(iter(_READ))]
            _READ[text] = got
        return got
    return _as_read_now(text)


def _as_read_now(text: str) -> tuple[str, dict | None]:
    if _OTHER_DIGIT.search(text):
        text = _ascii(text)         # one character for one: offsets stay
    # (a date in Chinese numerals under a seal, "二〇二六年十二月七日": reading/numeral_dates)
    text, signed = numerals_as_digits(text)
    if _GAPPED.search(text):
        text, moved = _gaps_moved(text)
        return text, {**signed, **{k: signed.get(v, v) for k, v in moved.items()}}
    return text, signed or None


_SCANNED: list = [None, {}]     # the last long text read, and each pattern's matches in it
# what a pattern needs printed to match at all (a text without it is not scanned)
_NEEDS = {"cnrange": ("\u6708",), "cn": ("\u5e74", "\u6708"), "cnmd": ("\u6708",), "cny": ("\u5e74",)}


# a pattern whose every match holds one of another's ("March of this year" holds "this year"):
# a text with none of the second's has none of the first's (its scan is skipped)
_SCREENS = {"relm": "rel", "reldm": "rel"}
# a long text's scan for "the same day" and "the day before", "this year", "last month", "next
# spring", "the end of the year", "the first half", "next March" (one pattern each), read only
# in the stretches between the stop characters around its words (in lower case): no match of
# the pattern reads a stop character, nor looks at one past its end ("next March" looks for a
# comma and a day after it: no comma among its stops); a text without the words is not scanned
_NEAR_WORDS = (("same", ("that", "same"), ".,;"), ("shift", ("day",), ".,;"),
               ("rel", ("year",), ".,;"), ("relmon", ("month",), ".,;"),
               ("season", ("spring", "summer", "autumn", "fall", "winter"), ".,;"),
               ("yend", ("year",), ".,;"), ("quarter", ("quarter", "half"), ".,;"),
               ("relmonth", ("next", "last"), ".;"))
_NEARS = {kind: Near(rx, words, lower=True, stops=stops) for kind, rx in _PATTERNS + _EXTENDED
          for k, words, stops in _NEAR_WORDS if kind == k}


def relative_days(text: str) -> list[tuple[int, int, int]]:
    """(start, end, days) of each "the same day" (0), "the next day" (1) and "the day before"
    (-1) of ``text``: days counted from the day named before them, which
    :func:`resolve_days` reads from printed dates only; a rule that knows more days (the
    weekdays of :mod:`kg.ingest.events.weekday_dates`) counts them again."""
    out = [(m.start(), m.end(), 0) for m in _NEARS["same"].finditer(text)]
    out += [(m.start(), m.end(), -1 if m.group("back") else 1)
            for m in _NEARS["shift"].finditer(text)]
    return sorted(out)


def _has(kind: str, text: str) -> bool:
    rx = next(r for k, r in _EXTENDED if k == kind)
    if len(text) < 2000:
        return rx.search(text) is not None
    return bool(_matches(rx, text, kind))


def _matches(rx: re.Pattern, text: str, kind: str):
    """``rx``'s matches in ``text``. A long text's are kept: its plain and its extended reading
    (several rules ask for both) scan it with the same patterns."""
    if any(c not in text for c in _NEEDS.get(kind, ())):
        return ()
    if kind in _SCREENS and not _has(_SCREENS[kind], text):
        return ()
    if len(text) < 2000:
        return rx.finditer(text)
    if _SCANNED[0] is not text:
        _SCANNED[0], _SCANNED[1] = text, {}
    got = _SCANNED[1].get(rx)
    if got is None:
        near = _NEARS.get(kind)
        got = _SCANNED[1][rx] = list(near.finditer(text) if near is not None and near.rx is rx
                                     else rx.finditer(text))
    return got


def _find_dates(text: str, doc_year: str | None, extended: bool,
                doc_date: str | None) -> list[DateMention]:
    taken = bytearray(len(text) + 1)
    out = []
    order = None        # day first or month first, as the text's own numeric dates show it
    headings = None     # the lines that are a year alone ("2019", "Year 2019:"), read once
    for kind, rx in (_EXTENDED if extended else []) + _PATTERNS:
        for m in _matches(rx, text, kind):
            if any(taken[m.start():m.end()]):
                continue
            g = m.groupdict()
            if g.get("y") and not g["y"][0].isdigit():
                g["y"] = full_year(g["y"][1:], doc_year)      # "'98": 1998
            if g.get("yy"):
                g["y"] = full_year(g["yy"], doc_year)         # "3Q26": 2026
            if g.get("h"):
                g["n"], g["unit"] = g["h"], g["hu"]           # "1H27": the first half
            try:
                y = g.get("y") or g.get("y1") or doc_year     # (a range's first year)
                if kind == "nth":
                    for i in range(m.start(), m.end()):
                        taken[i] = 1
                    out.append(DateMention(m.start(), m.end(), g["d"], "nth", g.get("d2")))
                    continue
                elif kind in ("same", "thatyear"):
                    value, dt = "", kind
                elif kind == "shift":
                    value, dt = ("-1" if g["back"] else "1"), "shift"
                elif kind in ("nthday", "relmon"):
                    value, dt = (g.get("which") or g["rel"]).lower().split()[-1], kind
                elif kind in _EXTENDED_KINDS:
                    got = _season(g, doc_year, doc_date) if kind == "season" else \
                        relative_month(g, doc_date) if kind == "relmonth" else \
                        _extended(kind, g, doc_year)
                    if got is None:
                        continue
                    for i in range(m.start(), m.end()):
                        taken[i] = 1
                    out.append(DateMention(m.start(), m.end(), got[0], got[1], got[2]))
                    continue
                elif kind == "numrange":
                    mon, d, d2 = int(g["m"]), int(g["d"]), int(g["d2"])
                    if order is None:
                        order = numeric_order(_NUM, text)
                    if order == "md" or not (1 <= mon <= 12 and 1 <= d < d2 <= 31) or re.search(
                            r"No\.?\s*$", text[max(0, m.start() - 6):m.start()]):
                        continue
                    for i in range(m.start(), m.end()):
                        taken[i] = 1
                    y4 = int(g["y"])
                    out.append(DateMention(m.start(), m.end(), f"{y4:04d}-{mon:02d}-{d:02d}", "date",
                                           f"{y4:04d}-{mon:02d}-{d2:02d}"))
                    continue
                elif kind == "num":
                    a, b = int(g["a"]), int(g["b"])
                    if order is None:
                        order = numeric_order(m.re, text)
                    if max(a, b) <= 12 and a != b and not order:
                        here = weekday_order(text, m.start(), m.end(), a, b, int(g["y"])) or \
                            ("dm" if "." in m.group(0) else "")
                    else:
                        here = order
                    if a > 12 >= b or a == b or here == "dm" and max(a, b) <= 12:
                        mon, d = b, a                   # day first ("18/03/2025")
                    elif b > 12 >= a or here == "md" and max(a, b) <= 12:
                        mon, d = a, b                   # month first ("03/18/2025")
                    else:
                        # "03/04/2025": the year is sure, the day and month are not
                        for i in range(m.start(), m.end()):
                            taken[i] = 1
                        out.append(DateMention(m.start(), m.end(), g["y"], "gYear",
                                               ambiguous=True))
                        continue
                    if not (1 <= mon <= 12 and 1 <= d <= 31):
                        continue
                    value, dt = f"{int(g['y']):04d}-{mon:02d}-{d:02d}", "date"
                elif kind == "y":
                    # a bare year right after "No." or inside a standard number is not a date
                    before = text[max(0, m.start() - 8):m.start()]
                    if re.search(r"(?:No\.|GB|/T|YS)\s*$", before):
                        continue
                    # a document number's year: "Fa [2026] No. 12", "〔2025〕3号", "(2024) No. 5"
                    if re.search(r"[\[\u3014\uff3b]\s*$", before) or re.match(
                            r"\s*[\)\uff09]\s*No\.?\s*\d", text[m.end():m.end() + 12]):
                        continue
                    value, dt = g["y"], "gYear"
                elif kind == "m":
                    if y is None or not _MONTH_LEAD.search(text, max(0, m.start() - 24),
                                                           m.start()):
                        continue
                    value, dt = f"{int(y):04d}-{_month(g['mon']):02d}", "gYearMonth"
                elif kind == "ynum":
                    mon, d = int(g["m"]), int(g["d"])
                    if not (1 <= mon <= 12 and 1 <= d <= 31):
                        continue
                    value, dt = f"{int(g['y']):04d}-{mon:02d}-{d:02d}", "date"
                elif kind == "mkey":
                    if not _KEY_LEAD.search(text, max(0, m.start() - 12), m.start()):
                        continue
                    if headings is None:
                        headings = [(h.start(), h.group(1)) for h in _YEAR_HEADING.finditer(text)]
                    i = bisect.bisect_left(headings, (m.start(), ""))
                    hy = headings[i - 1][1] if i else y
                    if hy is None:
                        continue
                    value, dt = f"{int(hy):04d}-{_month(g['mon']):02d}", "gYearMonth"
                elif kind == "ymrange":
                    first, last = (int(g["y"]), int(g["m"])), (int(g["y2"]), int(g["m2"]))
                    if last <= first or re.search(r"No\.\s*$", text[max(0, m.start() - 6):m.start()]):
                        continue
                    value, dt = f"{first[0]:04d}-{first[1]:02d}", "gYearMonth"
                elif kind == "ymkey":
                    if not _KEY_LEAD.search(text, max(0, m.start() - 12), m.start()):
                        continue
                    value, dt = f"{int(g['y']):04d}-{int(g['m']):02d}", "gYearMonth"
                elif kind == "ym":
                    value, dt = f"{int(y):04d}-{_month(g['mon']):02d}", "gYearMonth"
                else:
                    if y is None:
                        continue
                    mon = int(g["m"]) if g.get("m") else _month(g["mon"] or g["mon2"])
                    d = int(g["d"])
                    if not (1 <= mon <= 12 and 1 <= d <= 31):
                        continue
                    value, dt = f"{int(y):04d}-{mon:02d}-{d:02d}", "date"
            except (KeyError, ValueError):
                continue
            until = None
            begin = m.start()
            if kind == "ymrange":
                until = f"{int(g['y2']):04d}-{int(g['m2']):02d}"
            if kind == "range":
                mon2 = _month(g["mon2"]) if g.get("mon2") else mon
                days = range_days(g, mon, d, mon2, int(g["d2"]), doc_year, re.search(
                    r"\bbetween\s+$", text[max(0, m.start() - 9):m.start()], re.I) is not None)
                if days is None:
                    continue
                value, until = days
                listed = listed_start(text, m.start(), int(value[8:10])) \
                    if (g.get("to") or "").lower() == "and" and len(value) == 10 else None
                if listed is not None:
                    # ("met on 10, 19 and 26 November": from the list's first day)
                    first = f"{value[:8]}{listed[1]:02d}"
                    value, begin = first, listed[0]
            if kind in ("md", "dm") and g["mon"].lower() == "may" and not re.match(r"May\s+\d", m.group(0)):
                pass
            for i in range(m.start(), m.end()):
                taken[i] = 1
            if dt == "date" and until is None and _PERIOD_END.search(
                    text, max(0, m.start() - 40), m.start()):
                continue    # "for the year ended June 30, 2024": a period's last day, no day
                # anything happened on (its year is not read apart either: the characters are taken)
            out.append(DateMention(begin, m.end(), value, dt, until))
    out = sorted((fit_year(text, d, doc_year) for d in out), key=lambda d: d.start)
    if extended:
        set_years(text, out, doc_year)      # "Last year ... in November": the year before's
        column_years(text, out, doc_year)   # "Dates (2027)" over "9-12 March"
        resolve_days(text, out, doc_date)
    # "February 30": a day its month does not have is no date (nor an invalid xsd:date)
    return [d for d in out if _real_day(d.value) and _real_day(d.until)]


# a line that is a year alone: a chronicle's heading over its months
_YEAR_HEADING = re.compile(r"(?m)^[ \t]*(?:Year[ \t]+)?((?:19|20)\d\d)[ \t]*(?::|\u5e74)?[ \t]*$")
# what may stand before a line's key: the line's start, its indentation, a list marker or a
# table's bar
_KEY_LEAD = re.compile(r"(?:^|\n)[ \t]*(?:(?:[-*\u2022\u00b7|]|\d{1,2}[.)])[ \t]*)?$")

# the months each season starts and ends with (winter runs into the next year)
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
            "winter": (12, 14)}


def _season(g: dict, doc_year: str | None, doc_date: str | None):
    """(year, "gYear", None) of "last / this / next <season>": the last one that ended before
    the document's month, the one to come after it (a document of December says "last summer"
    of its own year, one of January "last spring" of the year before)."""
    if doc_year is None:
        return None
    rel = g["rel"].lower()
    y = int(doc_year)
    if rel == "this" or not doc_date or len(doc_date) < 7:
        return _extended("rel", g, doc_year)
    first, last = _SEASONS[g["season"].lower()]
    mon = int(doc_date[5:7])
    if rel == "last":
        year = y if last < mon else y - 1
    else:
        year = y if first > mon else y + 1
    return f"{year:04d}", "gYear", None


# what a reporting period's last day follows: "the year ended", "the quarter ending", "the six
# months to", "the fiscal year through", "fiscal 2026 ended on", "FY2026 ends on"
_PERIOD_END = re.compile(r"\b(?:year|quarter|half|half-year|months|weeks|period|"
                         r"(?:fiscal|financial)(?:[ \t\n]+year)?[ \t\n]+(?:19|20)\d\d|"
                         r"FY[ \t]?(?:19|20)?\d\d)[ \t\n]+"
                         r"(?:ended|ends|ending|will[ \t\n]+end|to|through)(?:[ \t\n]+on)?[ \t\n]+$",
                         re.I)


def _real_day(value: str | None) -> bool:
    if not value or len(value) != 10:
        return True
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


# what ends the clause of a future cue before a month ("will restart after it was shut in May")
_CLAUSE_CUT = re.compile(r"[,;]|\b(?:which|who|whom|after|when|since|because|as|but)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|shall|is\s+(?:to|due|set|scheduled|expected|planned)|"
                     r"are\s+(?:to|due|set|scheduled|expected|planned)|scheduled|plans?\s+to|"
                     r"(?:decided|resolved|intends?)\s+to\s+(?:hold|convene|host|organi[sz]e)|"
                     # (an aside with no verb of its own: "X, due to be signed in September,";
                     # not a past plan, "was due to be signed in May")
                     r"(?<!\bwas\s)(?<!\bwere\s)(?:due|slated)\s+to\s+be|"
                     r"next|upcoming|forthcoming|should|must|please|"
                     r"(?:is|are)\s+(?:reminded|asked|requested|required|invited|urged|advised|"
                     r"encouraged)\s+to|"
                     # ("will be added to the next list, expected in January": what is expected
                     # by a day, set off after the clause's verb; not "as expected in March")
                     r"(?<!\bas\s)(?<!\bthan\s)expected(?=\s+(?:in|on|by|around|before|for)\s))\b", re.I)
# a field of a schedule or a form whose value is the day ("Check-in: January 5 (all day)",
# "Meeting: January 6-7", "Deadline for receipts: 10 January"): a label of a few words and a colon
# opening the line
# (the day may follow a preposition: "Registration: on 13 January from 14:00")
_FIELD_DAY = re.compile(r"[ \t]*(?:[-*\u2022]\s*)?[A-Z][A-Za-z'\u2019()/ -]{0,40}[:\uff1a][ \t]*"
                        r"(?:(?:on|from)[ \t]+)?\Z")


_ROLLED = TextMemo()        # each roll's answer for the last text whose dates were rolled


def roll_forward(text: str, d: DateMention, doc_date: str | None) -> DateMention:
    """:func:`_roll_forward`, its answer for the last text kept by the date's fields (several rules
    roll the dates of one article: some 660 rolls of 100 dates on the largest source text): the
    date given back itself when the roll leaves it, else a new date of the fields rolled to."""
    memo = _ROLLED.of(text)
    key = (d.start, d.end, d.value, d.kind, d.until, d.ambiguous, d.weekday_year, doc_date)
    if key in memo:
        got = memo[key]
        return d if got is None else DateMention(*got)
    rolled = _roll_forward(text, d, doc_date)
    memo[key] = None if rolled is d else (rolled.start, rolled.end, rolled.value, rolled.kind,
                                              rolled.until, rolled.ambiguous, rolled.weekday_year)
    return rolled


def _roll_forward(text: str, d: DateMention, doc_date: str | None) -> DateMention:
    """A month-and-day printed without a year, in a clause about the future ("will hold its
    next meeting on January 12"), that would fall before the document's date: the next year's;
    so is one a schedule's field line gives ("Check-in: January 5") that would fall more than
    half a year before it.
    One in a clause not about the future that would fall more than half a year after the
    document's date ("signed a framework agreement on Dec. 28", in a text of January 8): the
    year before's."""
    # ("in May", in a text of April: this May or last? "will start in January", in a text of
    # November: the next January)
    month = d.kind == "gYearMonth" and not d.until and doc_date is not None \
        and d.value != doc_date[:7]
    # (a quarter or a half printed without its year, all of it before the document's month:
    # "will hold its investment week in the second quarter", in a text of December, is next
    # year's; one that holds the document's month stays)
    month = month or d.kind == "gYearMonth" and d.until is not None and doc_date is not None \
        and len(d.until) == 7 and d.value[:4] == d.until[:4] and d.until < doc_date[:7] \
        and "year" not in text[d.start:d.end].lower()     # ("... of this year": printed)
    if d.weekday_year or d.kind != "date" and not month or doc_date is None or len(doc_date) != 10 \
            or d.value == doc_date or re.search(r"(?:19|20)\d\d|['\u2019]\d\d\b",
                                                     _ascii(text[d.start:d.end])) \
            or _told_from_now(text[d.start:d.end]):
        return d
    w = max(0, d.start - 200)           # (no further back: a one-line text stays linear)
    # (a line break alone ends no clause: hard-wrapped lines go on "... by\nApril")
    # (nor a legal form's or a title's full stop: "A Co., Ltd. signed it in May")
    lo = max(_last_stop(text, w, d.start), text.rfind("\n\n", w, d.start), d.start - 200)
    # (the cue nearest the date: "X will hear a report on 15 December, and Y will issue its
    # bulletin in January" sets January ahead by the second "will", past the first one's comma)
    future = None
    for future in _FUTURE.finditer(text[lo + 1:d.start]):
        pass
    if future is None and d.value < doc_date:
        # ("the association said it would hold a workshop in March", in a text of December:
        # the next March; only forward, see data/reported-ahead-words.txt)
        for future in _reported_ahead().finditer(text[lo + 1:d.start]):
            pass
    if future is None:
        # (from the clause's start, or from its last line's: a list's item under a heading
        # with no stop, "Sign-up" over "- Register online by 9 January")
        clause = text[lo + 1:d.start]
        line = clause.rfind("\n") + 1
        future = _imperative(clause) or (_imperative(clause, line) if line else None)
    # ("By the end of January, the federation will ...": a period's stretch opens it too)
    opens = fronted(text, lo + 1, d.start) or month and period_fronted(text, lo + 1, d.start)
    marked = _MARKED_AHEAD.match(text, d.end) is not None
    if future is None and d.value < doc_date and (marked or opens and ahead_after(text, d.end)):
        # "from January the city will reward ...", a table's "from 8 to 26 January (planned)",
        # in a text of December: the next January
        shift = 1
    elif marked:
        return d
    elif future is None and month and not d.until and d.value[:4] == doc_date[:4] \
            and _half_a_year_after(doc_date, d.value + "-28") \
            and present_ahead(text, lo + 1, d.start, d.end):
        # "registration opens in April", "visas are handled in late January", in a text of
        # December: an arrangement in the present tense, the coming month; only a month whose
        # year is the document's (a chronology's "August  A line starts production" under
        # its heading "2019" keeps the heading's year)
        shift = 1
    elif future is None and d.value < doc_date and not month \
            and _FIELD_DAY.match(text, text.rfind("\n", 0, d.start) + 1, d.start) is not None \
            and _half_a_year_after(doc_date, d.value) and not happened_after(text, d.end):
        # "Check-in: January 5" in a notice of 18 December: a schedule's day ahead, the next
        # January (not the one eleven months gone)
        shift = 1
    elif d.value > doc_date:
        if (_MOVED_TO.search(text, max(0, d.start - 60), d.start) is not None
                or _PLANNED_FOR.search(text, max(0, d.start - 40), d.start) is not None) \
                and not _half_a_year_after(d.value, doc_date):
            return d        # ("The meeting was postponed to 28 November", in a text of 15
            #                 November: the day it was moved to, ahead; not last November's)
        # (one that happened: "an explosion occurred at the smelter on May 12 / in May", "On
        # 22 June the bureau ordered it to stop", in a
        # text of April is last year's)
        if future or not (not month and _half_a_year_after(d.value, doc_date)
                          # ("the first call in December drew only two bids", in a text
                          # of February: last December)
                          or month and _half_a_year_after(d.value[:7] + "-01", doc_date)
                          and (happened_after(text, d.end) or past_verb_next(text, d.end))
                          or happened(text, lo + 1, d.start)
                          or acted(text, lo + 1, d.start) and _a_month_after(d.value, doc_date)
                          or opens and happened_after(text, d.end)
                          or when_past(text, d.end)):
            return d
        if not _half_a_year_after(d.value, doc_date) and _first_day_only(text, doc_date):
            return d        # ("restarted it on 2 August 2027. A ceremony was held on 6 August",
            #                 no date line: the text's date is only its story's first day, a
            #                 bound a later day it tells of may pass in the same year)
        shift = -1
    elif not future or month and any(
            not (c.group() == "," and joined_step(text, c.start()))
            for c in _CLAUSE_CUT.finditer(text, future.end() + lo + 1, d.start)):
        return d        # ("will apply the standard, which X published in May": that May; but
        #                 "will finish X, hold Y in February": one more step of the future)
    elif future.group().lower() == "scheduled" and happened_after(text, d.end):
        return d        # ("The hearing scheduled for 2 November was adjourned", in a text of 5
        #                 November: the plan of a day gone by, not the next year's)
    elif past_aside(text, future.end() + lo + 1, d.start):
        return d        # ("will be calibrated at the laboratory, which passed its acceptance on
        #                 20 November", in a text of 2 December: that November)
    else:
        shift = 1
    y = int(d.value[:4]) + shift
    until = f"{int(d.until[:4]) + shift:04d}{d.until[4:]}" if d.until else None
    if not _real_day(f"{y:04d}{d.value[4:]}") or not _real_day(until):
        return d        # (February 29 of a year that has none)
    return DateMention(d.start, d.end, f"{y:04d}{d.value[4:]}", d.kind, until)


@lru_cache(maxsize=1)
def _reported_ahead() -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t\n]+")
                   for w in sorted(words("reported-ahead-words"), key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b(?![ \t\n]+(?:have|be[ \t\n]+able)\b)", re.I)


@lru_cache(maxsize=1)
def _relative_words() -> re.Pattern:
    return re.compile(r"\b(?:year|" + "|".join(sorted(words("relative-period-words"))) + r")\b",
                      re.I)


def _told_from_now(printed: str) -> bool:
    """A date whose own words place it from the text's day ("last November", "March next
    year", "next March", "October this year": ``data/relative-period-words.txt``, or a year
    word): its year is read, no clause's mood moves it ("will be bought under the agreement
    signed last November", in a text of January, is the November before, not the next one)."""
    return _relative_words().search(printed) is not None


# a clause that opens with a verb in the imperative (``data/imperative-ahead-verbs.txt``), after
# a list's mark ("- Register online by", "(4) Give the workers ... in"), and goes on with its
# object, not a preposition (a noun: "Visit to the plant on", "Check of the seals in")
_ITEM_MARK = re.compile(r"[\s\"'\u201c]*(?:(?:[-*\u2022\u00b7]|\(?(?:\d{1,2}|[a-z])[.)])[ \t]+)?")
_OPENING_VERB = re.compile(r"([A-Z][a-z]+)[ \t\n]+(?=\S)")
_NOT_OBJECT = re.compile(r"(?:of|to|on|in|at|for|from|by|with|and|or|is|are|was|were|date|day)\b|[^\w\s]")


@lru_cache(maxsize=1)
def _imperative_verbs() -> frozenset[str]:
    return words("imperative-ahead-verbs")


def _imperative(clause: str, at: int = 0):
    """The verb in the imperative that opens ``clause`` (the clause before a date) from ``at``,
    as a match in it (it sets the clause ahead, as "will" does), else None."""
    m = _ITEM_MARK.match(clause, at)
    verb = _OPENING_VERB.match(clause, m.end())
    if verb is None or verb.group(1).lower() not in _imperative_verbs() \
            or _NOT_OBJECT.match(clause, verb.end()) is not None:
        return None
    return verb


_FIRST_DAY: list = [None, None]     # [the last text asked, the story's first day it reads]


def _first_day_only(text: str, doc_date: str) -> bool:
    """``doc_date`` is only the first day the running text names (no header, dateline or
    signature shows the text's own date: :func:`read_document_date`); the last text's answer
    is kept, as the days of one text ask it in turn."""
    if _FIRST_DAY[0] is not text:
        shown, guessed = read_document_date(text)
        _FIRST_DAY[:] = [text, shown.value if shown is not None and guessed else None]
    return _FIRST_DAY[1] == doc_date


# a verb that moves a step to another day right before that day ("was postponed to", "has
# been pushed back until", "was rescheduled for"): the day it was moved to is still ahead
_MOVED_TO = re.compile(r"\b(?:postponed|delayed|moved|rescheduled|pushed[ \t\n]+back|put[ \t\n]+"
                       r"(?:off|back)|deferred|adjourned|shifted|brought[ \t\n]+forward)[ \t\n]+"
                       r"(?:to|until|till|for)[ \t\n]+(?:(?:the|on)[ \t\n]+)?\Z", re.I)


# the day a thing was planned for ("The X Forum, planned for 5 June, was cancelled", in a text of
# 12 May): a day ahead when it was planned, whatever became of it (not last June)
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|slated|set|due|earmarked)[ \t\n]+for[ \t\n]+"
                          r"(?:the[ \t\n]+)?\Z", re.I)


# a mark of what is still to come printed right after a date: "from 8 to 26 January (planned)"
_MARKED_AHEAD = re.compile(r"[ \t\n]*\((?:planned|scheduled|expected|tentative|provisional|"
                           r"to[ \t\n]+be[ \t\n]+confirmed)\)", re.I)


# a full stop that ends a clause: not one of a legal form or a title ("Co.", "Ltd.", "Dr.")
# (the stop first, the words before it looked back at from past it: the engine skips from one
# full stop to the next instead of trying eleven look-behinds at every character)
_CLAUSE_STOP = re.compile(r"\.(?<!\bCo\.)(?<!\bLtd\.)(?<!\bInc\.)(?<!\bCorp\.)(?<!\bPty\.)"
                          r"(?<!\bPLC\.)(?<!\bNo\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)")


def _last_stop(text: str, lo: int, hi: int) -> int:
    """Where the last match of :data:`_CLAUSE_STOP` in ``text[lo:hi]`` starts (-1: none): its
    full stops tried from the right (a match is one full stop, its look-behinds reading the
    text before ``lo`` as a scan from ``lo`` does), not a scan of the whole stretch."""
    at = text.rfind(".", lo, hi)
    while at >= 0 and _CLAUSE_STOP.match(text, at) is None:
        at = text.rfind(".", lo, at)
    return at


def _a_month_after(value: str, doc_date: str) -> bool:
    """A day more than a month after the document's, or a month after its month: a day a few
    days after it may be the text's own (a reply dated after the post it answers), not last
    year's."""
    if len(value) == 7:
        return value > doc_date[:7]
    try:
        gap = datetime.date.fromisoformat(value) - datetime.date.fromisoformat(doc_date)
    except ValueError:
        return False
    return gap.days > 31


def _half_a_year_after(value: str, doc_date: str) -> bool:
    try:
        gap = datetime.date.fromisoformat(value) - datetime.date.fromisoformat(doc_date)
    except ValueError:
        return False
    return gap.days > 183


def date_literal(value: str) -> Literal:
    dt = XSD.date if len(value) == 10 else XSD.gYearMonth if len(value) == 7 else XSD.gYear
    return Literal(value, datatype=dt)


def headline_year(text: str) -> str | None:
    """A year the first lines (the headline) name: "Major Events in the Magnesium Industry in
    2024" dates its month-and-day events in 2024, whenever the article was published."""
    lead = text.lstrip()      # blank lines before the headline do not count
    for line in [ln for ln in lead[:400].splitlines() if ln.strip()][:4]:
        if any(d.kind == "date" for d in find_dates(line)):
            continue            # the publication line ("Apr 9, 2025"), not the headline
        if len(line.split()) > 25 or line.rstrip()[-1:] in ".;:!?":
            continue            # running text ("This year ... Plan (2026-2030)."), not a headline
        years = [y for y in re.findall(r"(?<![\d\-/])((?:19|20)\d\d)(?![\d\-/])", line)
                 if not re.search(_HEADLINE_DEADLINE + y + r"(?!\d)", line)]
        if years:
            return years[-1]
    return None


# a year a headline sets as a deadline ("... to be regrouped under one platform by 2028",
# "output to double before 2030"): a year ahead, not the year the text covers
_HEADLINE_DEADLINE = (r"\b(?:[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Tt]hrough)\s+(?:the\s+(?:end|middle)"
                      r"\s+of\s+)?")


def document_date(text: str) -> DateMention | None:
    """The date a text shows as its own: a full date on a header line near the top (a date line,
    a source or byline line, a dateline: :func:`_header_date`), else a date line among the last
    lines (an announcement's signature: "Board of Directors of X / September 26, 2026"; a source
    line closing a report: "Henan Legal Daily, 22 September 2026"), else,
    when a dateline shows a month and day with no year ("Beijing, Oct. 29 (Xinhua) --"), None
    (its year is read from the body: :mod:`kg.ingest.events.years`; a full date in the running
    text after it, "will take effect on January 1, 2027", is not the text's), else the first
    full date of the first 600 characters, else the first month there (neither one the text
    sets ahead: "They will be implemented from May 1, 2027"), else None."""
    return read_document_date(text)[0]


def read_document_date(text: str) -> tuple[DateMention | None, bool]:
    """:func:`_read_document_date`, the last text's answer kept (a copy of its date handed out
    each time, as the dates found are)."""
    memo = _OWN_DATE.of(text)
    if "own" not in memo:
        memo["own"] = _read_document_date(text)
    day, guessed = memo["own"]
    return (copies([day])[0] if day is not None else None), guessed


_OWN_DATE = TextMemo()      # the last text read's (date, guessed)


def _read_document_date(text: str) -> tuple[DateMention | None, bool]:
    """:func:`document_date`, and whether it is only the first date the running text names
    (no header line, dateline or signature shows the text's own date): a story's first day, not
    the day it was written, so a later day it tells of in the past ("Delegates visited the mine
    on 24 April") is no day still to come."""
    head = _head_dates(text[:600])
    keys = {r.key_start for r in keyed_rows(text) if r.key_start < 600} if head else ()
    shown = [d for d in head
             # (a row's key dates its row: "| 2026-03-30 | Line 2 restarted |" is no header)
             if d.kind == "date" and d.start not in keys and _header_date(text, d)
             and not d.until and not _OPENS_PERIOD.match(text, d.end)
             and not _CLOSES_PERIOD.search(text, max(0, d.start - 30), d.start)
             and not other_day_key(text, d.start) and not _item_row(text, d.start)
             and not (_below_section(text, d.start) and not _closing_signature(text, d))]
    if shown:
        # a day the head says the text was released on ("Time: 26 November 2026" of a
        # session, then "Record: ... released 2 December 2026"): the text's own
        return next((d for d in shown if _RELEASED.search(text, max(0, d.start - 30), d.start)),
                    shown[0]), False
    delivered = _delivered_on(text, head)
    if delivered is not None:
        return delivered, False
    filed = _filed_row(text)
    if filed is not None:
        return filed, False
    signed = _signature_date(text, sources=True)
    if signed is not None:
        return signed, False
    if yearless_dateline(text) is not None:
        return None, False
    # "Published 03/04/2025": the day and month could be swapped, the year is sure; printed
    # before the first date of the running text ("Issued 03/04/2026" over "Delivery: mid-May
    # to late June 2026"), it is the text's (the running text's June is no day it was written)
    amb = next((d for d in head if d.ambiguous), None)
    as_of = next((d for d in head if d.kind == "date" and not d.until and not d.ambiguous
                  and _AS_OF_HEAD.search(text, max(0, d.start - 40), d.start)), None)
    if as_of is not None:
        # ("FORUM PROGRAMME (as of Monday, 14 December 2026; subject to change)" over the days
        # of the forum: the day the text gives its state on, a better guess of the day it was
        # written than the first day it tells of; still a guess, no day it was posted)
        return as_of, True
    month = _month_line(text, head, keys)
    if month is not None:
        return month, False
    for kind in ("date", "gYearMonth"):
        for d in head:
            # (not a day the text sets ahead: "They will be implemented from May 1, 2027"; nor
            # a cell of a table, a lot's deadline or a row's day: no day of the running text;
            # nor a timeline's row keyed by its month, "2025-11: The mine is closed.")
            if d.kind == kind and not _AHEAD_OF_TEXT.search(text, max(0, d.start - 60), d.start) \
                    and not in_table(text, d.start) and d.start not in keys:
                return (amb if amb is not None and amb.start < d.start else d), True
    return amb, amb is not None


# a line of a month and its year alone ("June 2029", "2029\u5e746\u6708"), its place before it
# at most ("Xi'an, June 2029")
_MONTH_LINE = re.compile(r"[ \t]*(?:[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2},[ \t]*)?$")
_MONTH_LINE_HEAD = 6        # how many of the text's first lines a month alone dates it from


def _month_line(text: str, head: list, keys) -> DateMention | None:
    """A month and its year printed alone on one of the text's first lines, above every full
    day of its head (a report's or a plan's cover: its title, its issuer, "June 2029"): the
    month the text was written, not the first day its body tells of ("on 17 August 2028 a crane
    dropped its load")."""
    for d in head:
        if d.kind == "date":
            return None         # (a day above it: the fallbacks below read it)
        if d.kind != "gYearMonth" or d.until or d.start in keys:
            continue
        ls = text.rfind("\n", 0, d.start) + 1
        if sum(1 for x in text[:ls].split("\n") if x.strip()) > _MONTH_LINE_HEAD:
            return None
        le = text.find("\n", d.end)
        le = len(text) if le < 0 else le
        if _MONTH_LINE.fullmatch(text, ls, d.start) and not text[d.end:le].strip(" \t.)") \
                and ls > 0:
            return d
    return None


# what opens the day a text's head gives its state on: "(as of Monday, 14 December 2026",
# "Status as at 30 November 2026", "updated as of"
_AS_OF_HEAD = re.compile(r"\b(?:[Aa]s[ \t]+(?:of|at)|AS[ \t]+(?:OF|AT))[ \t]+"
                         r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?$")


# a numbered heading of the body's sections ("II. First meeting of creditors", "2. Arrangements")
_SECTION_HEAD = re.compile(r"^[ \t]*(?:[IVX]{1,5}|\d{1,2})[.)][ \t]+[A-Z][^\n]{0,80}$", re.M)


def _below_section(text: str, start: int) -> bool:
    """The day at ``start`` is under a numbered section heading of the body ("II. First meeting
    of creditors" over "Time: 10:00, Tuesday, 19 January 2027"): a day of what the section
    tells, not a header's (a header is above the body's sections)."""
    return _SECTION_HEAD.search(text, 0, text.rfind("\n", 0, start) + 1) is not None


# a numbered list's item that prints words before its day ("1. Wang Wei, 100 yuan, 1 July
# 2026", "(3) Zhou Min: 2 July 2026"), or a table's row numbered in its first cell ("| 2 | X
# Bureau | Failure to act | 9 June 2026 |")
_ITEM_WORDS = re.compile(r"[ \t]*(?:(?:\d{1,3}[.)]|\(\d{1,3}\))[ \t]+[A-Za-z]|"
                         r"\|[ \t]*\d{1,3}\.?[ \t]*\|[ \t]*[A-Za-z])[^\n]*$")


def _item_row(text: str, start: int) -> bool:
    """The day at ``start`` closes a numbered list's item (or a table's numbered row) that names
    something before it: a row of the list (a donor and the day of the gift, a respondent and
    the day of the matter), not a header's day; the list may begin in the text's head, its
    signature at the end dates the text."""
    return _ITEM_WORDS.fullmatch(text, text.rfind("\n", 0, start) + 1, start) is not None


# what a signature's date line may print before its day: nothing, or its place and a comma
# ("Shangluo, 28 May 2029")
_SIGNED_PLACE = re.compile(r"[ \t]*(?:[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2},[ \t]*)?")


def _closing_signature(text: str, d: DateMention) -> bool:
    """``d`` is a short text's signature date: alone on the text's last line (its place before
    it at most), under a line that is no numbered item (the signer's: "Shangluo Flood Control
    Headquarters Office" over "May 28, 2029"). Numbered items above it ("1. Duty period: 1 June
    to 30 September") are the notice's points, not sections it is a day of."""
    le = text.find("\n", d.end)
    le = len(text) if le < 0 else le
    if text[le:].strip() or text[d.end:le].strip(" \t.") or d.until:
        return False
    ls = text.rfind("\n", 0, d.start) + 1
    if not _SIGNED_PLACE.fullmatch(text, ls, d.start) or ls < 2:
        return False
    above_s = text.rfind("\n", 0, ls - 1) + 1
    above = text[above_s:ls - 1]
    return bool(above.strip()) and _SECTION_HEAD.fullmatch(above) is None and \
        not find_dates(above)


# a verb of the text's release right before a head's day ("released 2 December 2026",
# "Published on: ...")
_RELEASED = re.compile(r"\b(?:[Rr]eleased|[Pp]ublished|[Ii]ssued|[Pp]osted)(?:[ \t]+on)?[ \t]*:?[ \t]*$")


# a head's keyed row of another day than the text's own: a deadline, an expiry, the next
# meeting, the opening of bids ("Deadline: 1 May 2026" under a report's title, "Opening of
# bids: 16 March" under a tender's, is not the day it was written)
_OTHER_DAY_KEY = re.compile(r"(?i)\b(?:deadline|due|expir\w*|valid\w*|effective|closing|opening|next|"
                            r"until|till|no\s+(?:later|earlier)\s+than)\b[^:\n]{0,30}:[ \t]*$")


def other_day_key(text: str, start: int) -> bool:
    """The date at ``start`` is the value of a keyed row of another day than the text's own
    ("Deadline: 1 May 2026", "Next meeting: ...")."""
    return _OTHER_DAY_KEY.search(text, max(0, start - 40), start) is not None


# a keyed row of a form's head that gives the day it was written or submitted ("Submitted:
# 14 July 2026", "Date of report: ...", "Issue date: ..."), past the head's first lines
_FILED_KEY = re.compile(r"^[ \t]*[*_]{0,3}(?:Submitted(?:\s+on)?|Date\s+(?:of\s+)?(?:issue|report|"
                        r"submission|filing)|Issue\s+date|Report\s+date|Prepared\s+on|"
                        r"Date)[ \t]*:[*_]{0,3}[ \t]*(?=\S)", re.M | re.I)
_FORM_HEAD = 1500       # how far a form's keyed head may run


def _filed_row(text: str) -> DateMention | None:
    """The day of a form's keyed row of its writing ("Submitted:   14 July 2026") in the
    text's head, the row holding that one day and nothing more."""
    for m in _FILED_KEY.finditer(text, 0, _FORM_HEAD):
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        got = find_dates(text[m.end():le])
        if len(got) == 1 and got[0].kind == "date" and not got[0].until and got[0].start == 0 \
                and len(_WORD.findall(text, m.end() + got[0].end, le)) <= 2:
            d = got[0]
            return replace(d, start=d.start + m.end(), end=d.end + m.end())
    return None


# a period's first day, its last printed whole after it ("Period: 19 October 2026 (Mon) - 25
# October 2026 (Sun)"): the days a report covers, not the day it was written
_OPENS_PERIOD = re.compile(r"[ \t]*(?:\([A-Za-z]{2,9}\.?\))?[ \t]*(?:-|\u2013|\u2014|to|until|"
                           r"through)[ \t]+\d{1,2}[ \t]+[A-Z]", re.I)
_CLOSES_PERIOD = re.compile(r"\d[ \t]*(?:\([A-Za-z]{2,9}\.?\))?[ \t]*(?:-|\u2013|\u2014|to|until|"
                            r"through)[ \t]*$", re.I)


def _head_dates(head: str) -> list[DateMention]:
    """The dates of a text's head, a day printed the Chinese way among them ("Date of decision:
    2025年3月5日" is the day, not the year 2025 alone: the plain reading knows no "年")."""
    got = find_dates(head)
    if "\u5e74" not in head:
        return got
    cn = [d for d in find_dates(head, extended=True) if d.kind in ("date", "gYearMonth")
          and "\u5e74" in head[d.start:d.end]]
    if not cn:
        return got
    return sorted([d for d in got if not any(c.start < d.end and d.start < c.end for c in cn)]
                  + cn, key=lambda d: d.start)


# a weekday's name, as header lines, masthead lines and signature lines print it before a day
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# a date the text sets ahead of itself: what will be, what takes effect, what is due
_AHEAD_OF_TEXT = re.compile(r"\b(?:will|shall|implement\w*|effect|force|effective|valid|expir\w*|"
                            r"due|scheduled|expected|deadline)\b[^.;\n\d]{0,30}$", re.I)
# what a header's date follows on its line: nothing, a comma or bar or colon after a name
# ("Hunan Daily, ", "Source: X | ", "Published: "), or a publishing verb ("Published on ")
# (also the version a programme or a draft prints: "Version of 10 December 2026", "Draft of")
# (a weekday may stand between a comma and the day: "Released in Golmud, Friday 24 April 2026")
_HEADER_LEAD = re.compile(r"(?:^|[,|:\u2014\u2013\u00b7-](?:[ \t]*" + _WEEKDAY + r",?)?|"
                          r"\b(?:[Pp]ublished|[Pp]osted|[Uu]pdated|[Rr]eleased|"
                          r"[Dd]ated?|[Ii]ssued)(?:\s+(?:on|at))?(?:[ \t]+" + _WEEKDAY + r",?)?|\b(?:[Vv]ersion|[Dd]raft|[Rr]evision|"
                          r"[Ee]dition)\s+(?:of|dated))\s*$")
# the emphasis marks a page's markup prints around a key, a line or a day ("**Date:**",
# "*Posted Monday 21 December 2026*", "__Released:__"): no word of the header's
_EMPHASIS = re.compile(r"\*{1,3}|(?<![A-Za-z0-9])_{1,3}|_{1,3}(?![A-Za-z0-9])")
# a name of three words or more set apart from the date by a wide gap, its last word a name's
# ("Wuhu Municipal Emergency Management Bureau          2026-12-04"), not a column's label
# ("Received         21 September 2026")
# (or a number's: "No. 12, 2026 (Total No. 215)     25 December 2026", "Drafting group of YS/T
# xxxx-20xx     20 November 2026")
_GAP_LEAD = re.compile(r"[A-Z][\w.&'()-]*[ \t]+(?:[A-Z][\w.)]*|[^\s\d]{0,12}\d[^\s]{0,12})[ \t]{3,}$")
# a periodical's masthead line: its issue number, then the day set apart by a wide gap ("No.
# 12, 2026 (No. 88 overall)            2026-12-21"); or the day's weekday opening the line or
# set apart ("Wednesday  2027.01.06        Internal", "X DAILY     Friday  18 December 2026")
# (an issue's number and its year: "No. 1   Lanping Lead smelter        12 June 2026" is a
# numbered row of a list, its day the row's)
_MASTHEAD_LEAD = re.compile(r"(?:\bNo\.[ \t]*\d{1,4}[ \t]*,[ \t]*(?:19|20)\d\d\b(?:[ \t]*\([^()\n]{0,40}\))?"
                            r"[ \t]{3,}|(?:^|[ \t]{3,}|[|])"
                            r"[ \t]*" + _WEEKDAY + r"\.?[ \t]+)$")
# what a dateline's date is followed by: "(Reporter X) --", " -- ", "(Reuters) - ", "(Xinhua) The"
_DATELINE_TAIL = re.compile(r"[,\s]*(?:\([^()\n]{0,80}\))?\s*(?:--|\u2014|\u2013|:|-(?=[ \t]))|[ \t]*\([^()\n]{0,80}\)"
                            r"[ \t]+(?=[A-Z])")
# (a name with an apostrophe is one word: "31 December 2026, Xi'an" is a date and a place)
_WORD = re.compile(r"[A-Za-z]{2,}(?:['\u2019][A-Za-z]+)*")


def _header_date(text: str, d: DateMention) -> bool:
    """``d`` is on a header line rather than in running text: what precedes it on its line is
    at most ten words ending in a comma, bar, colon or a publishing verb (or nothing), and what
    follows is at most eight words or a dateline's tail ("(Reporter X) --")."""
    ls = text.rfind("\n", 0, d.start) + 1
    le = text.find("\n", d.end)
    le = len(text) if le < 0 else le
    # (a page's emphasis marks around a key or a line: "**Date:** 10 December 2026")
    before, after = _EMPHASIS.sub("", text[ls:d.start]), _EMPHASIS.sub("", text[d.end:le])
    if at_most(_WORD, before, 11) > 10 or not (_HEADER_LEAD.search(before) or (
            _GAP_LEAD.search(before) and at_most(_WORD, before, 3) >= 3)
            or _MASTHEAD_LEAD.search(before)):
        return False
    if _SENTENCE_OPENS.match(before):
        return False    # "On the evening of Sunday, 15 November 2026, the hotline received":
        #                 a sentence's first line, hard-wrapped, not a header's
    if before.count("(") > before.count(")") and not _SUBTITLE_ASIDE.match(before):
        return False    # "Loading port: Kamsar (B/L dated 24 September 2026)": another's day
    if not before.strip() and ls > 0 and _RUNS_ON.search(text, max(0, ls - 40), ls):
        return False    # "... died in Nanchang on\n18 October 2026 after": a sentence wrapped
    return at_most(_WORD, after, 9) <= 8 or bool(_DATELINE_TAIL.match(text, d.end))


# the time preposition a sentence opens with before its day ("On the evening of Sunday,",
# "In the early hours of Monday,"): running text, whatever follows on the line
# (or the time of day it opens with: "At 22:41 on Friday, 5 March 2027 a tremor shook ...")
_SENTENCE_OPENS = re.compile(r"[ \t]*(?:(?:On|In|At|During|Since|From|By)[ \t]+(?:the[ \t]+)?"
                             r"(?:morning|afternoon|evening|night|early|small|eve|hours)\b|"
                             r"(?:At|From|Around|About)[ \t]+(?:about[ \t]+|around[ \t]+)?"
                             r"[0-2]?\d[:.][0-5]\d(?:[ \t]*[ap]\.?m\.?)?[ \t]+(?:on|of)\b)")


# a line that is one aside under a title, the day in it ("(Batch 12 of 2026 · posted Thursday
# 17 Dec 2026 · Section)"): the text's own, not another's inside a line of words
# (a publishing verb in it: not "(as of Monday, 14 December 2026; subject to change)", a
# programme's state on a day)
_SUBTITLE_ASIDE = re.compile(r"[ \t*_]*\([^()]*\b(?:[Pp]osted|[Pp]ublished|[Rr]eleased|[Ii]ssued)\b[^()]*$")


# a line that a date on the next line continues: it ends with a preposition of time
_RUNS_ON = re.compile(r"[a-z,]\s(?:on|in|of|since|from|by|until|till|to|at|before|after|dated|"
                      r"between|and)[ \t]*\n$")


_SIGNED_READ: list = [None, None]     # the last text asked for its signature's date, and that date


def signature_date(text: str) -> DateMention | None:
    """The date a text is signed with at its end (:func:`_signature_date`), or None. Some six
    rules ask it of one article: read once (the last text's answer kept), each given its own
    copy."""
    if _SIGNED_READ[0] is not text:
        _SIGNED_READ[0], _SIGNED_READ[1] = None, _signature_date(text)
        _SIGNED_READ[0] = text
    got = _SIGNED_READ[1]
    return None if got is None else replace(got)


# a source line that closes a text with its date: a name of capitalised words and a comma
# before the date ("Henan Legal Daily, 22 September 2026", "(China Metals Weekly, May 4, 2026)")
_SOURCE_LINE = re.compile(r"\s*\(?(?:Source:\s*)?[A-Z][\w'\u2019&.-]*(?:\s+(?:[A-Z][\w'\u2019&.-]*|of|and|the|"
                          r"for|on))*\s*,\s*$")


# the dashed line a slip is cut off along ("- - - - cut here - - - -", "------ tear off ------")
# (one run of dashes and spaces on each side: "[ \t]*" before a class holding the space and
# the tab tried every split of a line of spaces, a quoted mail's marks read as spaces)
_CUT_LINE = re.compile(r"^[-\u2013\u2014.=_ \t]*\(?(?:cut|tear|detach)(?:[ \t]+(?:here|off|along"
                       r"[ \t]+this[ \t]+line))?\)?[-\u2013\u2014.=_ \t]{3,}$", re.M | re.I)
_CUT_LINES = AtLineStarts(_CUT_LINE)    # (tried only where a line starts)
# (also "Place and date of issue: Lanzhou, 15 December 2026": the place before the date)
_DATE_LABEL = re.compile(r"\s*(?:Place\s+and\s+)?(?:Date(?:\s+of\s+(?:issue|signing|signature|report))?|"
                         r"Dated|Issue\s+date|Issued(?:\s+on)?|Signed(?:\s+on)?)\s*:?", re.I)
_LABELLED_PLACE = re.compile(r"[ \t]*[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2},[ \t]*")
_ASIDE = re.compile(r"\([^()\n]{0,40}\)")
# how far up from the end a labelled date line is read ("Date of issue: ..." above an address)
_LABELLED_REACH = 6


_CUT_READ: list = [None, None]      # the last text read for its cut lines, and where its last one starts


def _last_cut_line(text: str) -> int | None:
    """Where the last cut line of ``text`` starts (None: none). The rules ask it of one article
    several times (its signature's date, with and without source lines): read once."""
    if _CUT_READ[0] is not text:
        cut = None
        for cut in _CUT_LINES.finditer(text):
            pass
        _CUT_READ[0], _CUT_READ[1] = text, cut.start() if cut is not None else None
    return _CUT_READ[1]


def _signature_date(text: str, sources: bool = False) -> DateMention | None:
    """A full date alone on one of the last three lines, after 300 characters of text or more
    (a notice or an announcement signed and dated at its end; a "Date:" label and a seal's
    aside are no words of it, and a date set right after a wide gap counts too), or labelled
    on one of the last six ("Date of issue: 7 December 2026" above the address lines); with ``sources``, also one
    closing a source line ("Henan Legal Daily, 22 September 2026": a report with its paper's
    name and day, which dates the text but is signed by no one)."""
    pos = len(text)
    cut = _last_cut_line(text)
    if cut is not None:
        pos = cut           # a slip to cut off and return is no part of the signed text
    got = _signed_above(text, pos, sources)
    footer = footer_start(text, pos) if got is None else None
    if footer is not None:
        # ("Copy to: ..." under the signature: who receives it; the signature is above it)
        got = _signed_above(text, footer, sources)
    annex = _ANNEX_LINES.search(text, 300, pos) if got is None else None
    if annex is not None:
        # (an annex, a table or a list printed after the signed text under its own heading:
        # the signature is above the first one)
        got = _signed_above(text, annex.start(), sources)
    rule = _RULE_LINES.search(text, 300, pos) if got is None else None
    if rule is not None:
        # (a notice that issues a plan or a list printed after it under a ruled line, with no
        # "Annex" heading: "... please carry it out. / Bureau X / 24 December 2026 / ------ /
        # 2027 Work Plan for ...": the notice is signed above the rule)
        got = _signed_above(text, rule.start(), sources)
    if got is None:
        got = _signed_line(text, pos)
    if got is None:
        got = _lone_date_line(text, pos)
    return got


def _signed_line(text: str, pos: int) -> DateMention | None:
    """The day of the closing line that says where and when the text was signed, among the
    text's last ``_LONE_REACH`` lines above ``pos``, after 300 characters ("Signed in X on
    Friday, 14 May 2027, in two copies ..." above the parties' signature block, which takes
    more lines than :func:`_signed_above` reads)."""
    end = blank_back(text, pos)
    for _ in range(_LONE_REACH):
        if end <= 300:
            return None
        ls = text.rfind("\n", 0, end) + 1
        # (the line is copied only when it opens with a signing word: a body printed as one
        # line of 40,000 characters above the signature is not copied to be looked at)
        if _SIGNING_START.match(text, ls, end) and not _wordy(line := text[ls:end]):
            got = [d for d in find_dates(line) if d.kind == "date"]
            if got and not got[0].until and signed_clause(line, got[0]):
                return DateMention(ls + got[0].start, ls + got[0].end, got[0].value, "date")
        end = ls - 1
    return None


_SIGNING_START = re.compile(r"\s*(?:Signed|Done|Made|Executed)")


# a ruled line alone on its line (ten or more dashes, equals signs or underscores) under a blank
# line (not the rule that closes a form's head: "Submitted: 9 March 2027 / Approved by: X / ====")
_RULE_LINE = re.compile(r"(?<=\n)[ \t]*\n[ \t]*(?:-{10,}|={10,}|_{10,}|\u2014{5,}|\u2500{5,})[ \t]*"
                        r"(?=\n)")
_RULE_LINES = AtLineStarts(_RULE_LINE)


# a line that holds a day alone, or with its place ("Hong Kong, 7 December 2026") or a seal's
# aside ("(Seal)        2026.11.26"), as a signature dates a text
_LONE_DATE_LINE = re.compile(r"[ \t]*(?:\([A-Za-z ]{1,20}\)[ \t]*)?"
                             r"(?:[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2},[ \t]*)?"
                             r"(?P<date>[^\n]{6,30}?)[ \t.]*")
_LONE_REACH = 14        # how many lines up from the end a lone date line is looked for


def _lone_date_line(text: str, pos: int) -> DateMention | None:
    """The date of the last line among the text's last ``_LONE_REACH`` above ``pos`` that
    holds a full date alone (its place or a seal's aside besides), set off by a blank line
    above or below it, after 300 characters: a signature's date that a closing note follows ("Hong
    Kong, 7 December 2026" over the board's list of directors; "(Seal)   2026.11.26" over an
    opinion still to be filled in)."""
    lines_ = []
    end = blank_back(text, pos)         # (from the last line that holds something)
    while len(lines_) < _LONE_REACH and end > 300:
        ls = text.rfind("\n", 0, end) + 1
        lines_.append((ls, end))
        end = ls - 1
    for k, (ls, le) in enumerate(lines_):
        m = _LONE_DATE_LINE.fullmatch(text, ls, le)
        above = k + 1 < len(lines_) and blank(text, *lines_[k + 1])
        below = k > 0 and blank(text, *lines_[k - 1])
        if m is None or not (above or below):
            continue
        got = _head_dates(m.group("date"))      # (a day printed the Chinese way too)
        if len(got) == 1 and got[0].kind == "date" and not got[0].until \
                and got[0].start == 0 and got[0].end == len(m.group("date")):
            return DateMention(m.start("date"), m.start("date") + got[0].end, got[0].value,
                               "date")
    return None


# the heading of an annex after the signed text: the word alone on its line, perhaps numbered
# ("Annex", "Attachment 2:", "APPENDIX", "Annex (excerpt)"), under a rule or a blank line
_ANNEX_HEAD = re.compile(r"(?<=\n)(?:[ \t]*(?:[-=_]{3,}[ \t]*)?\n)[ \t]*(?:Annex|Annexes|Attachment|"
                         r"Attachments|Appendix|Enclosure|ANNEX|ANNEXES|ATTACHMENT|ATTACHMENTS|"
                         r"APPENDIX|ENCLOSURE)(?:[ \t]+\d{1,2})?[ \t]*:?"
                         r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?=\n)")     # ("Annex (excerpt)")
_ANNEX_LINES = AtLineStarts(_ANNEX_HEAD)        # (tried only where a line starts)


# more words than a dated signature's line can print besides its asides: the date (a few), a
# label and a place ("Place and date of issue: Lanzhou,") and a word, or a signer's cell
# (_SIGNED_CELL: at most 121 characters, some 40 words) and the date
_SIGNED_WORDS = 100


def _wordy(line: str) -> bool:
    """Whether ``line`` prints more than :data:`_SIGNED_WORDS` words outside its asides, so that
    no date on it passes :func:`_signed_above`'s tests (a long line only: a body printed as one
    line of 45,000 characters is not read for its dates, some 20 ms)."""
    if len(line) < 1000:
        return False
    n = 0
    for _ in _WORD.finditer(_ASIDE.sub("", line)):
        n += 1
        if n > _SIGNED_WORDS:
            return True
    return False


def _signed_above(text: str, pos: int, sources: bool) -> DateMention | None:
    """:func:`_signature_date` of the text's lines above ``pos``."""
    lines_ = []
    while len(lines_) < _LABELLED_REACH and pos > 0:
        ls = text.rfind("\n", 0, pos) + 1
        if not blank(text, ls, pos):
            lines_.append((ls, pos))
        pos = ls - 1
    pos = lines_[2][0] - 1 if len(lines_) > 3 else pos
    if sources and lines_ and lines_[0][0] >= 300:
        # the last line, a source line after 300 characters of text
        ls, le = lines_[0]
        line = text[ls:le]
        got = [d for d in _head_dates(line) if d.kind == "date"]
        if len(got) == 1 and _SOURCE_LINE.fullmatch(line[:got[0].start]) \
                and re.fullmatch(r"[\s).]*", line[got[0].end:]):
            return DateMention(ls + got[0].start, ls + got[0].end, got[0].value, "date")
    if pos < 300:
        return None     # (a short text's date line is its header, read above)
    for k, (ls, le) in enumerate(lines_):
        line = text[ls:le]
        if _wordy(line):
            continue        # (a paragraph, no signature's line: not read for its dates)
        # (a signature's day printed the Chinese way, "2029年3月5日" under the signer, is a
        # day: the plain reading sees the year alone)
        got = [d for d in _head_dates(line) if d.kind == "date"]
        if k < 3 and (paired_day(line, got) or len(got) == 1 and (
                labelled_day(line, got[0]) or signed_clause(line, got[0]))):
            # ("Date: 28 December 2026     Date: 2026-12-28" of both parties, "Filing date:
            # 15 December 2026", "Signed in X on 18 December 2026, in four copies")
            return DateMention(ls + got[0].start, ls + got[0].end, got[0].value, "date")
        if len(got) != 1:
            continue
        # (a "Date:" label is no word of it: "Date: 07.11.2026, Rizhao"; nor a seal's aside)
        label = _DATE_LABEL.match(line, 0, got[0].start)
        before = line[label.end() if label else 0:got[0].start]
        if label and label.group(0).lower().lstrip().startswith("place") \
                and _LABELLED_PLACE.fullmatch(before):
            before = ""     # ("Place and date of issue: Lanzhou, ...": the place is no word)
        if label and _SIGNED_AT.fullmatch(before):
            before = ""     # ("Signed at Muzhen Town, 2026.12.18": where it was signed)
        if k == 0 and _ISSUED_CLOSE.search(line, 0, got[0].start) \
                and re.fullmatch(r"[ \t.]*", line[got[0].end:]):
            # (a closing sentence that says when the text was issued, after the last words of
            # its body: "... at the end of February. Issued on 18 December 2026.")
            return DateMention(ls + got[0].start, ls + got[0].end, got[0].value, "date")
        after = _ASIDE.sub("", line[got[0].end:])
        if k >= 3 and not (label and not before.strip() and len(_WORD.findall(after)) <= 1):
            continue    # (further up, a labelled date line only: "Date of issue: 7 December")
        if len(_WORD.findall(before + after)) <= 1 or _SIGNED_CELL.fullmatch(
                line[:got[0].start]) and not after.strip(" \t.)"):
            return DateMention(ls + got[0].start, ls + got[0].end, got[0].value, "date")
    return None


# where a text was signed, between "Signed" and its date ("Signed at Muzhen Town, ", "Signed
# at Hebi on Wednesday, ")
_SIGNED_AT = re.compile(r"[ \t]*(?:at|in)[ \t]+[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3},?"
                        r"(?:[ \t]+on)?(?:[ \t]+" + _WEEKDAY + r",?)?[ \t]*")
# a closing sentence of the text's issue right before its date, at the end of the last line
_ISSUED_CLOSE = re.compile(r"(?:^|[.!?][ \t]+)(?:Issued|Signed|Dated|Adopted)(?:[ \t]+on)?[ \t]+$")


# a signer's cell and a wide gap before the date at a line's end: "Chief engineer: A     26
# October 2026" (a label with a colon: a table's row has none)
_SIGNED_CELL = re.compile(r"[^\n:]{0,60}:[^\n:]{1,60}?(?:[ ]{3,}|\t)[ \t]*")


# a dateline: a place name (one to four words, capitals; and its province or country) and a
# month and day with no year, opening one of the first lines ("Leshan, Aug. 27 (Reporter X)",
# "BEIJING, Oct. 28 --", "LUANCHUAN, Henan, Jan. 8 (Reuters) -"), or the day first ("SALTA,
# Argentina, 21 September --")
_YEARLESS_DATELINE = re.compile(r"[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3},[ \t]+"
                                r"(?:[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2},[ \t]+)?"
                                r"(?:" + _MON + r"[ \t]+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b|"
                                r"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?"
                                + _MON2 + r")(?![,\s]*(?:19|20)\d\d)")


def yearless_dateline(text: str) -> re.Match | None:
    """The dateline that opens one of the first four blocks of non-empty lines (a line right
    under another is of its block: a subheadline wrapped onto two lines), at most the first
    six such lines, with a month and day and no year, followed by its tail ("(Reporter X)",
    "--"), or None."""
    pos, seen, lines_seen, blank = 0, 0, 0, True
    while seen <= 4 and lines_seen < 6 and pos < min(len(text), 2000):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        line = text[pos:le]
        if not line.strip():
            blank = True
        else:
            seen += blank
            lines_seen += 1
            blank = False
            if seen > 4:
                break
            lead = len(line) - len(line.lstrip())
            m = _YEARLESS_DATELINE.match(text, pos + lead, le)
            if m is not None and _DATELINE_TAIL.match(text, m.end()):
                return m
        pos = le + 1
    return None


_STATED = re.compile(r"\b[Tt]his\s+year\s+(?:marks|is|will\s+be|has\s+been)\s+the\s+"
                     r"(?P<which>concluding|final|last|closing|first|opening|starting|initial|"
                     r"inaugural)\s+year\s+of\s+[^.\n]{0,100}?\(\s*(?P<a>(?:19|20)\d\d)\s*"
                     r"(?:-|\u2013|\u2014|to)\s*(?P<b>(?:19|20)\d\d)\s*\)")


def stated_year(text: str) -> str | None:
    """The year a text without a date says it is written in: "This year marks the concluding
    year of the 14th Five-Year Plan (2021-2025)" is 2025 (the first year of a span: its start).
    Only the opening of the text (3,000 characters) is read; no such sentence, None."""
    m = _STATED.search(text[:3000])
    if m is None or m.group("b") <= m.group("a"):
        return None
    return m.group("a") if m.group("which") in ("first", "opening", "starting", "initial",
                                                "inaugural") else m.group("b")
