"""Units of an organisation printed with a lower-case head (rule ``name:org-unit``, low
confidence; ``relations/unit_names.py`` makes each ``nfo:unitOf`` its organisation):

* a branch or office named by its place: "the Guangzhou branch of X Bank", "the Qinghai branch
  of Chalco", "the Perth office of X Ltd", and "X Bank's Guangzhou branch" (labelled "Guangzhou
  branch of X Bank"; spanned "Guangzhou branch": the owner's name stays a mention of its own);
* a government body's unit named by its field: "the anti-smuggling bureau of Kunming
  Customs", "the raw materials department of the Ministry of X". The body after "of" is a
  capitalised name that holds a word of a government body's (Customs, Ministry, Bureau,
  Administration ...: ``data/org-unit-owners.txt``); the field is one to three lower-case
  words, none a word of ``data/org-unit-not-fields.txt`` ("the head office of", "the same
  department of"). A company's or an association's department ("the sales department of X
  Co., Ltd.") is none: curated drafts place its people in the company.

The unit's words are those of ``data/org-unit-heads.txt``. One pattern a form, run only around
those words (reading/windows.py); linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.word_runs import (CAP, CONNECT, LEGAL, ORG_WORD, after, before, clean_end,
                                       occurrences, org_after, phrase_at_end)

RULE, CONFIDENCE = "name:org-unit", 0.45
# words that open a sentence or a clause, not a place's name
_NOT_PLACE = frozenset({
    "The", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our", "Head", "Main",
    "Regional", "Local", "Overseas", "Foreign", "Domestic", "New", "Former", "Same", "Other",
    "Each", "Every", "Both", "First", "Second", "Third", "Last", "Next", "Registered",
    # "the Party branch of X": a Party body (names/company_bodies), no branch in a place
    "Party", "League"})
_THE = frozenset({"the", "The", "its", "Its"})
_FIELD = re.compile(r"[a-z][a-z-]+")


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, bool, bool]]:
    """unit word -> (class, named by a place, named by a field)."""
    out = {}
    for line in lines("org-unit-heads"):
        word, cls, *flags = re.split(r"\s{2,}", line)
        flags = " ".join(flags).split()
        out[word] = (cls, "place" in flags, "field" in flags)
    return out


@lru_cache(maxsize=1)
def _owners() -> frozenset[str]:
    return frozenset(lines("org-unit-owners"))


def org_units(text: str) -> list[Candidate]:
    heads = _heads()
    phrases = frozenset(heads)
    longest = max(len(h.split()) for h in heads)
    stops = words("org-unit-not-fields")
    out: list[Candidate] = []
    for hs, he, _ in occurrences(text, {h.split()[-1] for h in heads}):
        toks = before(text, he, 220)
        k = phrase_at_end(toks, phrases, longest)
        if not k:
            continue
        unit = " ".join(t.group(0) for t in toks[-k:])
        cls, placed, fielded = heads[unit]
        rest = toks[:-k]
        nx = list(after(text, he, 200))
        if nx and nx[0].group(0) == "of" and nx[0].start() - he < 3:
            org = org_after(nx[2:] if len(nx) > 2 and nx[1].group(0) == "the" else nx[1:])
            if not org:
                continue
            end = clean_end(org)
            name = " ".join(text[org[0].start():end].split())
            lead = _lead(rest, placed)
            if lead is None:
                continue
            words_, is_place = lead
            if not is_place and not (fielded and _owned(name)):
                continue
            if not is_place and any(w.group(0) in stops for w in words_):
                continue
            start = words_[0].start()
            label = f"{' '.join(w.group(0) for w in words_)} {unit} of {name}"
            # (its span the unit's own words: the organisation after "of" stays a mention)
            out.append(Candidate(start, he, label[0].upper() + label[1:], cls, RULE,
                                 CONFIDENCE))
        elif placed:
            # "X Bank's Guangzhou branch"
            place = _caps_back(rest)
            if not place or len(place) == len(rest):
                continue
            owner = _org_back(rest[:len(rest) - len(place)])
            if not owner:
                continue
            start = place[0].start()        # (the owner before "'s" stays a mention)
            name = " ".join(t.group(0) for t in owner)
            name = re.sub(r"(?:['’]s|['’])$", "", name)
            label = f"{' '.join(t.group(0) for t in place)} {unit} of {name}"
            out.append(Candidate(start, he, label, cls, RULE, CONFIDENCE))
    return out


def _owned(name: str) -> bool:
    """A government body's name (a unit named by its field is one's): a word of
    ``data/org-unit-owners.txt`` in it ("Kunming Customs", "Ministry of Commerce")."""
    return any(w in _owners() for w in name.split())


def _lead(rest: list, placed: bool):
    """The words before the unit's head after "the": a place's capitalised words (when the unit
    is named by one) or one to three lower-case field words; (words, named by a place) or None."""
    caps = _caps_back(rest) if placed else []
    if caps and len(rest) > len(caps) and rest[-len(caps) - 1].group(0) in _THE:
        return caps, True
    field: list = []
    for t in reversed(rest):
        if len(field) == 3 or not _FIELD.fullmatch(t.group(0)) or t.group(0) in _THE:
            break
        field.insert(0, t)
    if field and len(rest) > len(field) and rest[-len(field) - 1].group(0) in _THE \
            and not field[0].group(0).endswith("ly"):
        return field, False
    return None


def _caps_back(rest: list) -> list:
    """The one to three capitalised words that end ``rest``, no sentence's opening word."""
    caps: list = []
    for t in reversed(rest):
        if len(caps) == 3 or not CAP.fullmatch(t.group(0)):
            break
        caps.insert(0, t)
    while caps and caps[0].group(0) in _NOT_PLACE:
        caps = caps[1:]
    return caps


def _org_back(rest: list) -> list:
    """An organisation's name that ends ``rest`` with a possessive ("X Group's", "X
    Resources'"), read backwards over capitalised words and "of", "and" between them."""
    if not rest or not re.search(r"(?:['’]s|s['’])$", rest[-1].group(0)):
        return []
    out: list = []
    for i, t in enumerate(reversed(rest)):
        w = t.group(0)
        if i == 0:
            w = re.sub(r"(?:['’]s|['’])$", "", w)
        if len(out) == 9 or not (ORG_WORD.fullmatch(w) or w in CONNECT or
                                 w.rstrip(".,") in LEGAL):
            break
        if i and w[-1:] in ",.;:" and w.rstrip(".,") not in LEGAL:
            break
        out.insert(0, t)
    while out and (out[0].group(0) in CONNECT or out[0].group(0) in _NOT_PLACE):
        out = out[1:]
    return out
