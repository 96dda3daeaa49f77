"""Where an organisation's name found by its head word really starts: not at a one-word place
before a possessive ("Mongolia's Erdenet Mining Corporation" is Erdenet Mining Corporation; an
organisation's own unit keeps its owner: "SAIC's Innovation R&D Institute"), nor at a plural
noun for people before "of / from the" ("Leaders of the X Department": the X Department; nouns
in ``data/org-lead-nouns.txt``), nor at a person named before "of the" ("Chen Jie of the X
Department": a surname of ``data/surnames.txt`` and a given name), nor at a signature's role on the line above it ("Managing Director" over "X Ltd":
names/role_lines), nor at a compound of who
backs or owns it ("Ganfeng-backed X Co., Ltd.", "Chalco-controlled Y Group"); where it ends: before a date
clause ("X Department of Commerce on May 3", "in 2024"). Where an event's name starts: at the year and the place before
a place in brackets ("the 2026 China (Baotou) Rare Earth Forum" is all one name), at the words
before a quoted title ('the Hefei 2027 "Green Spring" Job Fair': all one name, from "Hefei"; no
article or preposition of ``data/phrase-stops.txt``); where it ends: after the year of its
edition ("the X Cooperation Forum 2026", "Y Expo 2027")."""
from __future__ import annotations

import re
from kg.ingest.records import replace

from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.given_name_list import given_names
from kg.ingest.names.role_lines import after_role_line

# organisations a possessive or a leading "Leaders of the" is not part of the name of
_TRIM_CLASSES = {"Company", "GovernmentBody", "University", "ResearchInstitute", "Organization",
                 "IndustryAssociation", "InternationalOrganization", "Alliance", "Fund"}
_POSSESSIVE_IN = re.compile(r"(?<![Pp]eople)(?<![Ww]omen)(?<![Ww]orkers)(?<![Cc]hildren)['’]s[ \t]+")
# "Ganfeng-backed X Co.", "Hong Kong-listed Y Ltd.": a compound that says who backs or owns it,
# or where it is listed
# ("State-owned Assets Supervision and Administration Commission" and "Qujing State-owned Capital
# Investment Group" are names of their own)
_BACKED = re.compile(r"(?!State-)(?:[A-Z][\w'’]*[ \t]+(?!State-))?[A-Z][\w'’]*-(?:backed|owned|controlled|led|funded|"
                     r"listed|run|invested|"
                     r"sponsored|affiliated)[ \t]+(?=[A-Z])")
# a roman numeral ending the cell or the phrase before ("phase II"): no word of the next name
_ROMAN = re.compile(r"(?:II|III|IV|VI|VII|VIII|IX|XI|XII)[ \t]+(?=[A-Z])")
_LEAD_OF = re.compile(r"([A-Z][a-z]+)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")
# what a wire story puts before a company's name ("Rival X Plc said", "Miner Y Ltd. cut",
# "State-owned Z Corp."): a description, not a word of the name
_DESCRIBED = re.compile(r"(?:Rival|Miner|Peer|Refiner|Competitor|State-owned|State-run|"
                        r"Family-owned|Privately-held|Privately-owned)[ \t]+(?=[A-Z])")
# (not before a word that opens no name of its own: "Miner Holdings Ltd." is a name)
_GENERIC_NEXT = re.compile(r"(?:Holdings?|Group|Mining|Resources|Metals|Company|Corporation|"
                           r"Limited|Ltd|Inc|Corp|Plc|Co)\b")


_EVENT_CLASSES = {"Conference", "Forum", "Seminar", "Symposium", "Meeting", "AnnualMeeting",
                  "Exhibition", "Event"}
# before an event's name: "[2026 ]China (Baotou) " (a name, then a place in brackets)
_BRACKET_LEAD = re.compile(r"(?:(?<![\w.,])(?:19|20)\d\d[ \t]+)?(?<![\w'’-])[A-Z][\w'’-]*"
                           r"(?:[ \t][A-Z][\w'’-]*)?[ \t]*\([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?\)"
                           r"[ \t]+$")
# before an event's name: a quoted title and the capitalised words and years before it on its
# line ('Hefei 2027 "Green Spring" ')
_QUOTED_LEAD = re.compile(r"(?:(?<![\w'’.,-])(?:(?:19|20)\d\d|[A-Z][\w'’-]*)[ \t]+)*"
                          r"[\"“][A-Z][^\"“”\n]{0,60}[\"”][ \t]+$")
_LEAD_WORD = re.compile(r"\S+[ \t]+")
# after an event's name: the year of its edition ("Forum 2026"; not a date's first part:
# "2026-12-17", "2026.12", "2026/27")
_YEAR_TAIL = re.compile(r"[ \t]+(?:19|20)\d\d(?![\w/–-]|[.:]\d)")


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# after a name: a date clause ("on May 3", "in 2024", "since March 2023")
# (from a run's first space only: each space of a long run began a search to its end)
_DATE_TAIL = re.compile(rf"(?<!\s)\s+(?:on|in|since|from|by|at|before|after|until)\s+(?:(?:{_MONTHS})\.?"
                        rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?|\d{{4}})\s*$")
_PERSON_OF = re.compile(r"([A-Z][a-z]+)[ \t]+[A-Z][a-z]+(?:-[a-z]+)?[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?"
                        r"(?=[A-Z])")


# "... Meeting of (the) ": a noun before "of", where a thing of an organisation ends
_THING_OF = re.compile(r"\b([A-Z][a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z0-9])")
# "Vice Minister Wang Jiang of the ": a title of data/roles.txt, a person's name, "of (the)"
_TITLED_OF = re.compile(r"((?:[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?[ \t]+){1,3})([A-Z][a-z]+)[ \t]+"
                        r"[A-Z][a-z]+(?:-[a-z]+)?[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?(?=[A-Z])")


def _after_thing_of(text: str, start: int, end: int) -> int:
    """Where the name starts after the last "Minutes of the", "Report of", "Meeting of" inside
    ``start:end`` (``data/org-lead-things.txt``), two words or more left; else ``start``."""
    last = None
    for m in _THING_OF.finditer(text, start, end):
        if m.group(1).lower() in words("org-lead-things") and len(text[m.end():end].split()) >= 2:
            last = m
    return start if last is None else last.end()


def _after_titled_person(text: str, start: int, end: int) -> int:
    """Where the name starts after a titled person and "of (the)" opening ``start:end`` ("Vice
    Minister Wang Jiang of the Ministry of Commerce": the Ministry of Commerce): the title's
    words are those of a role of ``data/roles.txt``, the name's first word a Chinese surname or
    a common given name."""
    m = _TITLED_OF.match(text, start, end)
    if m is None or len(text[m.end():end].split()) < 2:
        return start
    title = set(m.group(1).lower().replace("-", " ").split())
    if not title <= _role_words():
        return start
    if m.group(2).lower() not in words("surnames") and m.group(2) not in given_names():
        return start
    return m.end()


@lru_cache(maxsize=1)
def _role_words() -> frozenset:
    return frozenset(w for r in lines("roles") for w in r.lower().replace("-", " ").split())


# a state's bank of issue is a government body, not a company: "Central Bank of Chile", "the
# Chilean Central Bank", "Reserve Bank of Australia", "Peru's Central Reserve Bank"
_CENTRAL_BANK = re.compile(r"\b(?:Central|Reserve|Central\s+Reserve)\s+Bank\b")


def _event_edges(text: str, c):
    """An event's name with the quoted title and the words before it ('Hefei 2027 "Green
    Spring" Job Fair') and the year of its edition after it ("X Forum 2026")."""
    start, end = c.start, c.end
    m = _QUOTED_LEAD.search(text, max(0, c.start - 120), c.start) \
        if text[c.start - 2:c.start - 1] in '"”' else None
    if m is not None:
        start = m.start()
        while (w := _LEAD_WORD.match(text, start, c.start)) is not None \
                and w.group().split()[0].lower() in words("phrase-stops"):
            start = w.end()     # ('The "Green Spring" Job Fair': from the quote)
    y = _YEAR_TAIL.match(text, end)
    if y is not None and not re.match(r"[ \t]*(?:to|and|[-–])\b", text[y.end():y.end() + 4]):
        end = y.end()           # (not "Forum 2026 to 2028")
    if (start, end) == (c.start, c.end):
        return c
    return replace(c, start=start, end=end, label=" ".join(text[start:end].split()),
                   aliases=set(c.aliases))


def trimmed(text: str, c):
    """"Mongolia's Erdenet Mining Corporation": Erdenet Mining Corporation (the place before the
    possessive is a name of its own); "Leaders of the X Department": the X Department; "2026
    China (Baotou) Rare Earth Forum": the whole name, not "Rare Earth Forum"."""
    if c.cls in _EVENT_CLASSES:
        c = _event_edges(text, c)
    if c.cls in _EVENT_CLASSES and text[c.start - 2:c.start - 1] == ")":
        m = _BRACKET_LEAD.search(text, max(0, c.start - 60), c.start)
        if m is not None:
            label = " ".join(text[m.start():c.end].split())
            return replace(c, start=m.start(), label=label, aliases=set(c.aliases))
    if c.cls == "Company" and _CENTRAL_BANK.search(c.label):
        c = replace(c, cls="GovernmentBody", aliases=set(c.aliases))   # a state's bank of issue
    if c.cls not in _TRIM_CLASSES:
        return c
    start, end = c.start, c.end
    if " " in text[c.start:c.end] and _DATE_TAIL.search(text, c.start, c.end):
        end = _DATE_TAIL.search(text, c.start, c.end).start()
        c = replace(c, end=end, label=" ".join(text[start:end].split()), aliases=set(c.aliases))
    m = _PERSON_OF.match(text, start, c.end)
    if m is not None and m.group(1).lower() in words("surnames"):
        start = m.end()
    m = _BACKED.match(text, start, c.end)
    if m is not None and len(text[m.end():c.end].split()) >= 2:
        start = m.end()
    m = _DESCRIBED.match(text, start, c.end) if c.cls == "Company" else None
    if m is not None and len(text[m.end():c.end].split()) >= 2 \
            and not _GENERIC_NEXT.match(text, m.end()):
        start = m.end()
    m = _LEAD_OF.match(text, start, c.end)
    if m is not None and m.group(1).lower() in words("org-lead-nouns"):
        start = m.end()
    start = _after_thing_of(text, start, c.end)
    start = _after_titled_person(text, start, c.end)
    start = after_role_line(text, start, c.end)
    m = _ROMAN.match(text, start, c.end)
    if m is not None and len(text[m.end():c.end].split()) >= 2:
        start = m.end()     # "... park, phase II  Jinchuan Group Co., Ltd." (a table's row)
    for m in _POSSESSIVE_IN.finditer(text, start, c.end):
        # one word before it, not an acronym: a place ("Guinea's"); an organisation's own unit
        # keeps its owner in its name ("SAIC's Innovation R&D Institute")
        owner = text[start:m.start()].split()
        if len(owner) == 1 and not owner[0].isupper() and len(text[m.end():c.end].split()) >= 2:
            start = m.end()
    if start == c.start:
        return c
    label = " ".join(text[start:c.end].split())
    return replace(c, start=start, label=label, aliases=set(c.aliases))
