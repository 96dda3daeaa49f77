"""People whose names are no Chinese ones, found by their given name wherever they stand: a
word of ``data/given-names.txt`` (common given names of the countries this trade's news names)
followed by one or two capitalised family-name words ("Anna Berg of the KTH ...", "1. Ivan
Petrov, Ural Federal University - ...", "Maria da Silva"). The frames of
:mod:`kg.ingest.names.role_people` need a role next to the name; a list of laureates or a
delegation gives none. Not a name: a word of it ordinary, a role word or one that ends an
organisation's name ("Jean Monnet Foundation", "Thomas Cook Group": the longer name wins), the
name running on into another capitalised word, or a Chinese surname before the last word.
Low confidence (``person:given-name``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate, _heads
from kg.ingest.names.given_name_list import given_names
from kg.ingest.names.person_names import wrapped_at
from kg.ingest.names.role_people import _PARTICLE, _W, _not_name

RULE, CONFIDENCE = "person:given-name", 0.5
_PLACE_BEFORE = re.compile(r"(?:\bSan|\bSanta|\bSão|\bSaint|\bSt\.|\bPort|\bFort|\bMount|\bLake|"
                           r"\bCape|\bPrince|\bPrincess|\bQueen|\bKing)[ \t]+$")
_LEGAL = {"co", "corp", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "spa"}


# a capitalised word that may be a given name (looked up in the list), and what must follow it:
# one or two family-name words (a particle may stand before the last), and no capitalised word
# right after (a longer name: a firm, a place), nor a bracket of capitals ("Thomas Cook (India)";
# a note in lower case is no name's part: "Jorge Quispe (first candidate)")
_CAPS = re.compile(r"[A-Z][a-zà-ÿ]+")       # (a quick gate: which given names the text has)
# (a nickname in quotation marks between the given and the family name, no word of the
# person's name: 'Kwame "KB" Boateng' is the person "Kwame Boateng")
_NICKNAME = r"(?:[ \t]+[\"\u201c][^\"\u201c\u201d\n]{1,30}[\"\u201d])"
# (or after a second given name: 'João Carlos "Joca" Pereira' is "João Carlos Pereira")
# (a Portuguese or Spanish name goes on after its particle's family name: by a second family name
# joined by "e" / "y", "Ana Sofia da Costa e Silva", or, after a particle, by one more family
# name, "José Maria dos Santos Pereira")
# (a prose line's hard wrap may fall between any two of its words: "Dr. Maria de" over "Lourdes
# Fonseca said", "Maria de Lourdes" over "Fonseca, chief executive"; the wrap is checked after)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_WRAPPED_PARTICLE = _PARTICLE.replace(r"[ \t]+", _GAP)
_REST = re.compile(rf"(?P<nick>{_NICKNAME})?{_GAP}(?:{_W}(?P<nick2>{_NICKNAME})?{_GAP})?"
                   rf"(?P<part>{_WRAPPED_PARTICLE})?{_W}"
                   rf"(?:[ \t]+(?:e|y)[ \t]+{_PARTICLE}?{_W}|(?P<more>{_GAP}{_W}))?"
                   rf"(?![\w'’&-]|[ \t]+[A-Z&]|[ \t]+\((?![a-z])|[ \t]*\n[ \t]*[A-Z])")


# the name alone on its line (after a courtesy title at most): a signature's or a contact card's
# line ("Best regards," / "Tom Reyes" / "Sales Manager" / "X Ltd"); the capital opening the line
# under it is no word of the name (no wrap leaves a name alone on its line) unless that line
# opens with a head word that ends a name ("Thomas Cook" / "Group Ltd")
_LINE_START = re.compile(r"(?:^|\n)[ \t>]*(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?[ \t]+)?\Z")
_BLANK = r"[ \t]+"
_REST_LINE = re.compile(rf"(?P<nick>{_NICKNAME})?{_BLANK}(?:{_W}(?P<nick2>{_NICKNAME})?{_BLANK})?"
                        rf"(?P<part>{_PARTICLE})?{_W}(?P<more>)(?=[ \t\r]*\n[ \t]*"
                        rf"(?P<next>[A-Z][\w'’&-]*))")


def _alone_on_line(text: str, s: int, e: int):
    """The rest of a given name's person printed alone on a line over another line (the match
    of its family name, ``more`` empty), or None."""
    if not _LINE_START.search(text, max(0, s - 12), s):
        return None
    m = _REST_LINE.match(text, e)
    if m is None or m.group("next").rstrip(".,").lower() in _lists()[2]:
        return None
    return m


@lru_cache(maxsize=1)
def _lists():
    """Chinese surnames, ordinary words, head words and role words: what a family name is not."""
    return (frozenset(lines("surnames")), words("common-words") | words("not-given-names"),
            _heads(), frozenset(w.lower() for r in lines("roles") for w in r.split()))


# a capitalised word right before a nickname in quotation marks: a given name, listed or not
# ('Thandiwe "TK" Khumalo': a nickname stands only inside a person's name)
_NICKED = re.compile(rf"(?<![\w'’&.\-])({_W})(?={_NICKNAME}[ \t])")


def given_name_people(text: str) -> list[Candidate]:
    out = _nicknamed(text) if ('"' in text or "\u201c" in text) else []
    found = given_names().intersection(_CAPS.findall(text))
    if not found:
        return out
    alts = "|".join(sorted(found, key=lambda x: (-len(x), x)))
    for w in re.finditer(rf"(?:{alts})(?=[ \t\n])", text):     # (literal first: a fast scan)
        if w.start() and (text[w.start() - 1].isalnum() or text[w.start() - 1] in "_'’&.-"):
            continue
        m = _REST.match(text, w.end())
        if m is None or m.group("more") or "\n" in text[w.start():m.end()]:
            m = _alone_on_line(text, w.start(), w.end()) or m
        if m is not None and m.group("more") and not m.group("part"):
            continue        # (a third capitalised word only after a particle's family name)
        if m is None or _PLACE_BEFORE.search(text, max(0, w.start() - 8), w.start()):
            continue        # ("San Diego", "Port Elizabeth", "Lake Albert": places)
        name = text[w.start():m.end()]
        if m.group("nick"):
            name = text[w.start():m.start("nick")] + text[m.end("nick"):m.end()]
        elif m.group("nick2"):
            name = text[w.start():m.start("nick2")] + text[m.end("nick2"):m.end()]
        ws = name.split()
        last = ws[-1].lower()
        surnames, common, heads, role_words = _lists()
        if _not_name(ws[1:], surnames, common, heads, role_words) or ws[-1].isupper() \
                or last in heads or f"{last}." in heads or last in _LEGAL:
            continue
        if "\n" in name and not wrapped_at(text, w.start() + name.index("\n")):
            continue
        out.append(Candidate(w.start(), m.end(), " ".join(ws), "Person", RULE, CONFIDENCE))
    return out


@lru_cache(maxsize=1)
def _agreement_words() -> frozenset:
    """The one-word nouns of an agreement (``data/agreement-heads.txt``: "accord", "pact")."""
    return frozenset(w for line in lines("agreement-heads")
                     for w in line.split("|")[0].lower().split()[-1:])


def _nicknamed(text: str) -> list[Candidate]:
    """People named with a nickname between a given name no list holds and the family name
    ('Thandiwe "TK" Khumalo'): neither word ordinary, a role's, a head word or a legal form."""
    out = []
    listed = given_names()
    surnames, common, heads, role_words = _lists()
    for w in _NICKED.finditer(text):
        if w.group(1) in listed or _PLACE_BEFORE.search(text, max(0, w.start() - 8), w.start()):
            continue        # (a listed given name: read above)
        m = _REST.match(text, w.end())
        if m is None or not m.group("nick") or "\n" in text[w.start():m.end()]:
            continue
        ws = (w.group(1) + text[m.end("nick"):m.end()]).split()
        last = ws[-1].lower()
        if _not_name(ws, surnames, common, heads, role_words) or ws[-1].isupper() \
                or last in heads or f"{last}." in heads or last in _LEGAL \
                or last in _agreement_words():
            continue        # ('the Kafue "Green Copper" Accord': a title, no person)
        out.append(Candidate(w.start(), m.end(), " ".join(ws), "Person", RULE, CONFIDENCE))
    return out
