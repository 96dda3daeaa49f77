"""Companies named once in full and later by a clipped name, read after the names are settled
(:mod:`kg.ingest.names.name_repair` gives the short names of the companies it knows then; a
company split out of a pair, or one whose name opens with a place no list holds, has none):

* "Honghe Xinglong Lead Industry Co., Ltd." ... "B, general manager of Xinglong Lead": the name
  without its first word (a place, or a word like one) and without its legal form, two or more
  words from its own word on ("Xinglong Lead", "Xinglong Lead Industry");
* "A and Lao Northern Hydropower Company" ... "managing director of Lao Northern Hydropower":
  the name's first two or more words, without its legal form (for a company split out of a
  pair after the short names were given, or one whose legal form the common list lacks:
  "Altyn Metall JSC", ``data/clipped-legal-forms.txt``).

Each clipped name printed on its own (no word, hyphen or capitalised word right before or after
it) and not inside another name (a known product's or technology's name inside it is a word of
it, no mention: "Green Aluminium" in "Hongyuan Green Aluminium") is a mention and an alias of
the company, so that the post and
ownership rules read it. Not a clipped name: one two companies of the draft share, one another
entity of the draft or the graph is named by, one whose own word is an ordinary or generic word
("Northern", "Green", "Industry": ``data/clipped-name-stops.txt`` and the common words), a place
or a surname, or one that reads as a person's name. One look-up pass over the text (an
Aho-Corasick automaton of the few clipped names)."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from kg.ingest.knowledge.placeless import listed_places
from kg.ingest.lexicon import lines, words
from kg.ingest.names import surgery
from kg.ingest.names.legal_forms import suffix_rx
from kg.ingest.names.person_names import reads_as_person
from kg.ingest.names.short_names import LONGEST_KEY
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

_PLACES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place}
_INSIDE_OK = {NFO.Metal, NFO.Field} | _PLACES
# known things whose name a clipped name may hold as its words, and which then lose that
# mention ("Hongyuan Green Aluminium" for "Yunnan Hongyuan Green Aluminium Co., Ltd.": no
# mention of the known product "Green Aluminium")
_YIELDING = {NFO.Product, NFO.Technology}
_OWN = re.compile(r"[A-Z][a-z]{3,}")
_LONGEST = 10       # words of the longest name given clipped forms (longer: no company's)
_BEFORE = re.compile(r"[\w'’&-]")
_AFTER = re.compile(r"[\w-]|[ \t]+(?:[A-Z]|&)|['’](?![s\s])")


@lru_cache(maxsize=1)
def _stops() -> frozenset:
    return frozenset({w.lower() for ln in lines("clipped-name-stops") for w in ln.split()}
                     | words("common-words")
                     | {w.lower() for w in lines("surnames")})


@lru_cache(maxsize=1)
def _other_forms() -> re.Pattern:
    """The legal forms of ``data/clipped-legal-forms.txt`` at a name's end ("Altyn Metall
    JSC", "Bumi Nikel Tbk")."""
    alts = "|".join(re.escape(f) for f in sorted(lines("clipped-legal-forms"), key=len,
                                                 reverse=True))
    return re.compile(rf"[\s,]+(?:{alts})$")


def _forms(ws: list[str]) -> list[str]:
    """The clipped names of a company whose name without its legal form is ``ws``."""
    if len(ws) > _LONGEST or len(ws) < 2:
        return []
    out = [" ".join(ws[:n]) for n in range(len(ws), 1, -1)] if len(ws) >= 3 else [" ".join(ws)]
    if len(ws) >= 3:
        out += [" ".join(ws[1:n]) for n in range(len(ws), 2, -1)]
    return out


def _own_word_ok(word: str, gaz) -> bool:
    if not _OWN.fullmatch(word) or word.lower() in _stops() or word in listed_places():
        return False
    return gaz is None or gaz.owner(normalise_name(word)) is None


def clipped_names(draft, spans_of, gaz=None) -> None:
    text = draft.text
    owners: dict[str, set] = {}
    for ent in draft.entities.values():
        if ent.known or ent.role or ent.cls != NFO.Company:
            continue
        m = suffix_rx().search(ent.label) or _other_forms().search(ent.label)
        if m is None:
            continue
        ws = ent.label[:m.start()].split()
        for form in _forms(ws):
            first = form.split()[0]
            if first == ws[0] and len(form.split()) == 2 and not _own_word_ok(ws[1], gaz):
                continue        # ("Mengla Green": a place and an ordinary word)
            if first != ws[0] and not _own_word_ok(first, gaz):
                continue        # ("Green Aluminium", "Northern Hydropower")
            owners.setdefault(form, set()).add(ent.iri)
    if not owners:
        return
    named = surgery.by_name(draft)
    shorts = {}
    for form, iris in owners.items():
        if len(iris) != 1 or form not in text or reads_as_person(form):
            continue
        iri = next(iter(iris))
        other = named.get(normalise_name(form))
        if other is not None and other.iri != iri:
            continue        # another entity's name
        if gaz is not None and gaz.owner(normalise_name(form)) is not None:
            continue        # a name the graph knows
        shorts[form] = draft.entities[iri]
    shorts = {k: v for k, v in shorts.items() if len(k) <= LONGEST_KEY}
    if not shorts:
        return
    covered, _ = surgery.coverage(text, [x for x in spans_of if x[2].cls not in _INSIDE_OK
                                         and not (x[2].known and x[2].cls in _YIELDING)])
    auto = ahocorasick.Automaton()
    for s in shorts:
        auto.add_word(s, len(s))
    auto.make_automaton()
    at: dict[int, list] = {}
    for end, n in auto.iter(text):
        at.setdefault(end + 1 - n, []).append(n)
    pos = 0
    for a in sorted(at):
        if a < pos or (a > 0 and _BEFORE.match(text, a - 1)):
            continue
        for n in sorted(at[a], reverse=True):
            b = a + n
            if _AFTER.match(text, b) or any(covered[a:b]):
                continue
            ent = shorts[text[a:b]]
            _yield_inside(draft, spans_of, a, b)
            surgery.add_mention(ent, spans_of, a, b)
            ent.aliases.add(text[a:b])
            pos = b
            break


def _yield_inside(draft, spans_of, a: int, b: int) -> None:
    """The mentions of known products and technologies strictly inside ``a:b`` (a company's
    clipped name) are words of that name: dropped, and the entity with them when it has no
    other mention."""
    for x in [x for x in spans_of if x[2].known and x[2].cls in _YIELDING
              and a <= x[0] and x[1] <= b and (x[0], x[1]) != (a, b)]:
        ent = x[2]
        ent.mentions[:] = [m for m in ent.mentions if (m.start, m.end) != (x[0], x[1])]
        spans_of.remove(x)
        if not ent.mentions:
            draft.entities.pop(ent.iri, None)
