"""Where a capitalised phrase that runs over a line break must end at the break: after a table
row's last cell, after a line that is one whole name above another (a signature block),
before a line that opens with a form's field label ("Port of loading:", "Client:"), and before
a line that is a company's whole name under a short line ending in a role ("Mr. A" /
"Chairman" / "X Co., Ltd.": a letter's address or signature stacks them), and before a line
that opens with a word the line before already holds ("About X Copper" over "X Copper Co.,
Ltd. was founded": a heading, then its paragraph), and before and after a line that is a
person's whole name (a signer's line: "By order of the Board" / "Thabo Nkosi" / "Company
Secretary").
Read by :mod:`kg.ingest.names.candidates`."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.coded_line_starts import before_coded_line
from kg.ingest.names.given_name_list import given_names
from kg.ingest.names.person_value_lines import after_person_value_line
from kg.ingest.names.signoff_lines import after_signoff
from kg.ingest.reading.dates import signature_date
from kg.ingest.reading.field_blocks import field_wraps
from kg.ingest.reading.keyed_rows import row_breaks
from kg.ingest.reading.sentences import TABLE_ROW as _TABLE_ROW
from kg.ingest.reading.table_positions import between_rows
from kg.ingest.reading.title_lines import FIELD_LINE as _FIELD_LINE


# a line a name runs on from, onto the next ("... of Industry and" over "Information
# Technology: ..."): its last word connects
RUNS_ON = re.compile(r"\s(?:and|of|for|the|&)[ \t\r]*$")


# a line that ends with a code: a document's or a lot's number with a dash or a slash between
# figures ("Announcement No. 2025-018", "Tender No. CHN-2025-0417", "Ref. 12/2025")
_CODE_END = re.compile(r"[ \t](?:No\.?[ \t]*)?[A-Z]{0,5}-?\d+(?:[-/]\d+)+[ \t\r]*$")


def after_code_line(text: str, s: int, e: int) -> int | None:
    """The first line break inside ``s:e`` after a line that ends with a code ("X Co., Ltd.
    Announcement No. 2025-018" over "X Co., Ltd. signed ...", a filing's running head over its
    body): no name runs on past a document's number; or None."""
    return _first_break(text, s, e, lambda nl: _CODE_END.search(text, max(s, nl - 40), nl))


def _first_break(text: str, s: int, e: int, ends_at) -> int | None:
    """The end (trailing blanks cut) of the text before the first line break ``nl`` inside
    ``s:e`` for which ``ends_at(nl)`` holds; None when none does."""
    nl = text.find("\n", s, e)
    while nl != -1:
        if ends_at(nl):
            end = nl
            while end > s and text[end - 1] in " \t\r":
                end -= 1
            return end
        nl = text.find("\n", nl + 1, e)
    return None


def before_field_line(text: str, s: int, e: int) -> int | None:
    """The first line break inside ``s:e`` whose next line opens with a field label ("Port
    Hedland, Australia" over "Port of loading: ..."; "... Institute of Metallurgy" over
    "Client: ..."): the phrase ends at the break, the label is no word of it; or None."""
    return _first_break(text, s, e, lambda nl: _FIELD_LINE.match(text, nl + 1))


def after_table_row(text: str, s: int, e: int) -> int | None:
    """The last line break inside ``s:e`` that ends a table row (cells apart by "|", a tab or
    three spaces) or a date-keyed row (``reading.keyed_rows``: not a break inside one, where a
    row goes on in the line it wraps onto, nor one inside a field's value wrapped over lines,
    ``reading.field_blocks``); else the first that stands between two rows of a
    table ``reading.tables`` reads ("Japan" over "X Co., Ltd.   21.4%": a group heading's row
    of one cell, then a company's); or None."""
    nl = text.rfind("\n", s, e)
    inside, bounds = row_breaks(text) if nl != -1 else ((), ())
    wraps = field_wraps(text) if nl != -1 else ()
    while nl != -1:
        if nl in inside or nl in wraps:
            pass        # "Experts from the X South China\n     Institute arrived": one name
            # ("Units:   X Institute; Fugu Xinghua" over "Magnesium Co., Ltd.": a field's
            # value wrapped, one name)
        elif nl in bounds:
            return nl   # a row's last line, or the line before a row
        else:
            line = text[text.rfind("\n", 0, nl) + 1:nl]
            if _TABLE_ROW.search(line) and not _cell_wraps(text, nl, line):
                return nl
        nl = text.rfind("\n", s, nl)
    nl = text.find("\n", s, e)
    while nl != -1:         # (the first: the caller reads on from the next line)
        if between_rows(text, nl):
            return nl
        nl = text.find("\n", nl + 1, e)
    return None


def _cell_wraps(text: str, nl: int, line: str) -> bool:
    """Whether the line break ``nl`` after ``line`` falls inside a cell of a row whose cells "|"
    sets apart and that wraps onto indented lines ("2 | X Gold Lead Co., Ltd. | Y Pahang
    Recycling Sdn." over "    Bhd. | Malaysia |"): the line runs on after its last "|", and the
    next line is indented and holds a "|" of its own."""
    if "|" not in line or line.rstrip().endswith("|"):
        return False
    end = text.find("\n", nl + 1)
    nxt = text[nl + 1:len(text) if end == -1 else end]
    return nxt[:1] in (" ", "\t") and "|" in nxt and nxt.lstrip()[:1] not in ("|", "")


def after_whole_name_line(text: str, s: int, e: int, heads, phrase_names) -> int | None:
    """The line break after a line that is one whole name when the phrase opens that line and
    the next line is a name too (a signature block, one issuer a line: "State Administration
    for Market Regulation\nStandardization Administration of China"), else None."""
    nl = text.find("\n", s, e)
    if text[text.rfind("\n", 0, s) + 1:s].strip():
        return None         # the phrase starts inside a line: a hard-wrapped name goes on
    if _over_signer(text, s, nl) or _person_over_company(text, s, nl):
        return nl
    first = phrase_names(text, s, nl, heads)
    if not any(c.start == s and c.end >= len(text[:nl].rstrip()) - 1 for c in first):
        return None
    nxt = re.compile(r"\S").search(text, nl, e)
    line_end = text.find("\n", nxt.start()) if nxt else -1
    stop = min(e, line_end) if line_end != -1 else e
    if nxt is None or not any(c.start == nxt.start() for c in phrase_names(text, nxt.start(),
                                                                           stop, heads)):
        return None
    return nl


def before_company_under_role(text: str, s: int, e: int, role_ends) -> int | None:
    """The last line break inside ``s:e`` before a line that is a company's whole name, when
    the line over it is short (six words at most) and ends in a role's last word
    (``role_ends``: "chairman", "manager"), else None."""
    nl = text.rfind("\n", s, e)
    while nl != -1:
        end = text.find("\n", nl + 1)
        end = len(text) if end == -1 else end
        if _COMPANY_LINE.fullmatch(text, nl + 1, end) or \
                _SIGNED_COMPANY_LINE.fullmatch(text, nl + 1, end):
            above = [w for w in text[max(s, text.rfind("\n", 0, nl) + 1):nl].split()
                     if w.strip(">")]
            line = [w for w in text[text.rfind("\n", 0, nl) + 1:nl].split() if w.strip(">")]
            if 0 < len(above) <= 6 and above[-1].rstrip(",.").lower() in role_ends or \
                    _role_then_unit(line, role_ends):
                cut = nl
                while cut > s and text[cut - 1] in " \t\r":
                    cut -= 1
                return cut
        nl = text.rfind("\n", s, nl)
    return None


def _role_then_unit(above: list, role_ends) -> bool:
    """Whether a signature's line is a role, a comma and the unit ("Senior Trader, Base Metals
    Concentrates"): eight words at most, the words before its first comma ending in a role's
    last word."""
    if not 2 < len(above) <= 8:
        return False
    cut = next((i for i, w in enumerate(above) if w.endswith(",")), None)
    return cut is not None and cut < len(above) - 1 and \
        above[cut].rstrip(",").lower() in role_ends


# a signature's line that is a company's name, in a quoted mail ("> ") or with its city after it
# ("X Resources Pte. Ltd., Singapore"), round 23
_SIGNED_COMPANY_LINE = re.compile(
    r"[ \t]*(?:>[ \t]*){0,4}[A-Z][^\n]{0,120}?\b(?:Co\.,?[ \t]*Ltd\.?|Pte\.?[ \t]+Ltd\.?|Ltd\.|"
    r"Limited|Corporation|Inc\.|LLC|LLP|GmbH|plc|PLC)"
    r"(?:,[ \t]*[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)?[ \t\r]*")
# a line that is a company's whole name, legal form and all
_COMPANY_LINE = re.compile(r"[ \t]*[A-Z][^\n]*?\b(?:Co\.,?[ \t]*Ltd\.?|CO\.,?[ \t]*LTD\.?|Limited|LIMITED|"
                           r"Corporation|CORPORATION|Inc\.|plc|PLC)[ \t]*$")
_SIGNER_REACH = 300     # how far over the closing date the signers' lines stand


# a line of two or three capitalised words, a person's name (a mail's or a letter's signature)
_PERSON_LINE = re.compile(r"[ \t]*([A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+){1,2}[ \t\r]*")
# the line before a signature: none, a blank one, or one ending with a comma ("Best regards,")
_BEFORE_SIGNATURE = re.compile(r"(?:\A|\n[ \t\r]*|,[ \t\r]*)\Z")


def _person_over_company(text: str, s: int, nl: int) -> bool:
    """A line that is a person's name (a given name of ``data/given-names.txt`` or a Chinese
    surname first), after a blank line or a closing "Best regards," and over a line that is a
    company's whole name ("Sarah Klein" over "Glencore plc"), is the signer's line, no first
    words of the company's name."""
    m = _PERSON_LINE.fullmatch(text, s, nl)
    if m is None or (m.group(1) not in given_names() and m.group(1) not in _surnames()):
        return False
    end = text.find("\n", nl + 1)
    end = len(text) if end == -1 else end
    if not _COMPANY_LINE.fullmatch(text, nl + 1, end):
        return False
    ls = text.rfind("\n", 0, s) + 1
    return _BEFORE_SIGNATURE.search(text[max(0, ls - 80):ls]) is not None


@lru_cache(maxsize=1)
def _surnames() -> frozenset:
    return frozenset(lines("surnames"))


def _signature_start(text: str) -> int:
    sig = signature_date(text)
    return -1 if sig is None else sig.start


def _over_signer(text: str, s: int, nl: int) -> bool:
    """In the lines that sign a text over its closing date, a whole line ("Board of Directors")
    over a line that is a company's whole name ("X Aluminium Co., Ltd.") is the signing body's
    line, no first words of the company's name: a signature stacks its lines, a wrap would
    have filled the first one."""
    if _COMPANY_LINE.match(text[s:nl]):
        return False
    end = text.find("\n", nl + 1)
    end = len(text) if end == -1 else end
    if not _COMPANY_LINE.fullmatch(text, nl + 1, end):
        return False
    sig = _signature_start(text)
    return sig != -1 and sig - _SIGNER_REACH <= s and end <= sig


_FIRST_WORD = re.compile(r"[ \t]*([A-Z][\w'\u2019&-]*)")


def before_repeated_word(text: str, s: int, e: int) -> int | None:
    """The first line break inside ``s:e`` whose next line opens with a word the line before
    already holds, when that line is the phrase's whole line, under a blank line ("About Hengtai Copper"
    over "Hengtai Copper Co., Ltd. was founded ...": a heading that names the company, then its
    paragraph naming it in full; not a hard-wrapped paragraph's lines, which may repeat a
    word of a long name: "... State-owned" over "Assets Supervision ..."; nor a paragraph's
    first line that ends in a word in lower case, "Under ... the Measures for the Administration
    of" over "Construction Permits for Construction Projects, ...", where a heading would end in
    a name's word). None when no break is so."""
    def heading_over(nl: int) -> bool:
        ls = text.rfind("\n", 0, nl) + 1        # (the line before: a heading of its own, a
        before = text[ls:nl].split()            # blank line or the text's start above it)
        m = _FIRST_WORD.match(text, nl + 1)
        return m is not None and len(before) >= 2 and m.group(1) in before and s <= ls and \
            not before[-1][:1].islower() and \
            (ls == 0 or not text[text.rfind("\n", 0, ls - 1) + 1:ls - 1].strip())
    return _first_break(text, s, e, heading_over)


_CAPS_LINE = re.compile(r"[ \t]*[^a-z\n]*[A-Z][^a-z\n]*[A-Z][^a-z\n]*")
_MIXED_WORD = re.compile(r"[ \t]*[A-Z][^\s]*[a-z]")


def after_caps_line(text: str, s: int, e: int) -> int | None:
    """The first line break inside ``s:e`` after a line printed in capitals, before a line
    whose first word is not ("WHERE TO STAY" over "Kuangshan Hotel, ...", "PRODUCT RECALL
    NOTICE" over "X Technology Co., Ltd."): a heading, then a name of the text under it; a
    name printed in capitals that wraps goes on in capitals. None when none is so."""
    def at(nl: int) -> bool:
        ls = text.rfind("\n", 0, nl) + 1
        return _CAPS_LINE.fullmatch(text, ls, nl) is not None and \
            _MIXED_WORD.match(text, nl + 1) is not None
    return _first_break(text, s, e, at)


def around_person_line(text: str, s: int, e: int) -> int | None:
    """The first line break inside ``s:e`` before or after a line that is a person's whole
    name (two or three capitalised words, the first a given name of ``data/given-names.txt``):
    a signature block stacks the signer's name on a line of its own ("By order of the Board" /
    "Thabo Nkosi" / "Company Secretary"), and no wrap leaves a name alone on its line; not
    after a line that ends in a word that joins ("... of Industry and"). None when none is so."""
    def alone(ls: int, le: int) -> bool:
        m = _PERSON_LINE.fullmatch(text, ls, le)
        return m is not None and m.group(1) in given_names()

    def at(nl: int) -> bool:
        ls = text.rfind("\n", 0, nl) + 1
        if RUNS_ON.search(text, ls, nl):
            return False
        ne = text.find("\n", nl + 1)
        ne = len(text) if ne == -1 else ne
        return alone(nl + 1, ne) or alone(ls, nl)
    return _first_break(text, s, e, at)


# a numbered item's heading line: its number ("2.", "6)", "(3)", "IV.", "2.1") and one to three
# capitalised words, no more ("2. Organiser", "6. Contacts", "IV. Contact Person")
_NUMBERED_HEAD = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|\(\d{1,2}\)|[IVX]{1,5}[.)])[ \t]+"
    r"[A-Z][\w'\u2019&-]*(?:[ \t]+[A-Z][\w'\u2019&-]*){0,2}[ \t\r]*")


def after_numbered_heading(text: str, s: int, e: int) -> int | None:
    """The first line break inside ``s:e`` after a line that is a numbered item's short
    heading, when the phrase opens at its words ("2. Organiser" over "   Henan Provincial
    Development and Reform Commission (Price Department)."): the heading's words are no words
    of the name under it; a name wrapped at a line's width leaves more than a few words on a
    line of its own. None when none is so."""
    def at(nl: int) -> bool:
        ls = text.rfind("\n", 0, nl) + 1
        return s >= ls and _NUMBERED_HEAD.fullmatch(text, ls, nl) is not None and \
            not RUNS_ON.search(text, ls, nl)
    return _first_break(text, s, e, at)


def line_end(text: str, s: int, e: int, heads, phrase_names, role_words) -> int | None:
    """Where a capitalised phrase ``s:e`` running over a line break must end at one: after a
    table row, a line that is one whole name over another, a line ending with a code, before a
    field's line, a company's line under a role or an entry's line opening with its code, or
    before a short label's line ("X Bureau\nReplied:"); None when it runs on. (``phrase_names``,
    ``heads``, ``role_words``: the name rules' own, :mod:`kg.ingest.names.candidates`.)"""
    row_end = after_table_row(text, s, e)
    if row_end is None and "\n" in text[s:e]:     # (or "... Australia\nPort of loading:")
        row_end = after_whole_name_line(text, s, e, heads, phrase_names) or \
            before_field_line(text, s, e) or after_code_line(text, s, e) or \
            before_company_under_role(text, s, e, role_words) or \
            before_repeated_word(text, s, e) or around_person_line(text, s, e) or \
            after_caps_line(text, s, e) or after_numbered_heading(text, s, e) or \
            after_signoff(text, s, e) or \
            before_coded_line(text, s, e) or after_person_value_line(text, s, e)
        # (after_signoff: "Best regards," / ... "Head of Marketing" / "X Ltd"; before_coded_line:
        # "Alumina" over "B202  X Logistics Ltd.  Freight", a catalogue's entries;
        # after_person_value_line: "Supervisor: Li Baotou" over "Central South University")
    if row_end is None and text[e:e + 1] in (":", "\uff1a") and "\n" in text[s:e] \
            and len(text[text.rfind("\n", s, e):e].split()) <= 3 and not RUNS_ON.search(
                text, s, text.rfind("\n", s, e)):     # (not "... of Industry and\nInformation
        row_end = text.rfind("\n", s, e)   # Technology:"; "X Bureau\nReplied:": a label)
    return row_end
