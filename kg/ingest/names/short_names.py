"""A company named in full once is often named by a shorter form afterwards: "Nanling Zinc" for
"Guangxi Nanling Zinc Industry Co., Ltd.", "Tengda Smelting" for "Kunming Tengda Smelting Co.,
Ltd.", "Guiyin Group", "Jinchuan International", "Zijin" alone. Each short form a company's
name yields (:func:`_short_forms`, :func:`_skip_forms`, :func:`_group_forms`, one-word forms)
becomes that company's alias and each of its occurrences a mention; a short form that two
companies of the draft yield ("Baiyun Tin" for both "Xiangtan Baiyun Tin Co., Ltd." and
"Ganzhou Baiyun Tin Co., Ltd.") names neither (the text does not say which), and a short name
proposed apart as a company of its own is folded into the full one. Called by
``name_repair.repair_names``."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import ahocorasick

from kg.ingest.knowledge.placeless import listed_places
from kg.ingest.names import surgery
from kg.ingest.names.candidates import _heads
from kg.ingest.names.legal_forms import suffix_rx
from kg.ingest.names.person_names import reads_as_person
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

_PLACES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place}
_INSIDE_OK = {NFO.Metal, NFO.Field} | _PLACES


_ADMIN_HEAD = re.compile(r"\s+(?:County|City|District|Prefecture|Province|Region|Township|Town|"
                         r"Banner|League|Municipality)$")


def short_names(draft, spans_of, gaz=None) -> None:
    """Later mentions of a company by a short form of its name (see the module's docstring)."""
    text = draft.text
    # a metal or field named inside ("Dianhong Zinc") stays a mention of its own, and so does
    # the place a short name opens with ("Kunming Tengda Smelting")
    covered, _ = surgery.coverage(text, [x for x in spans_of
                                         if x[2].cls not in _INSIDE_OK])
    places = {normalise_name(w) for e in draft.entities.values() if e.cls in _PLACES
              for n in (e.label, *e.aliases, *(text[sp.start:sp.end] for sp in e.mentions[:20]))
              for w in (n, _ADMIN_HEAD.sub("", n))}
    shorts: dict[str, Entity] = {}
    short_keys: set[str] = set()
    named = surgery.by_name(draft)
    twins: list[tuple[Entity, Entity]] = []
    owners: dict[str, list[Entity]] = {}
    skips: dict[str, int] = {}      # "Jinchuan International": how many companies it could be
    companies = []                  # (company, words of its name, its legal suffix)
    for ent in list(draft.entities.values()):
        if not ent.known and not ent.role and ent.cls == NFO.Company:
            m = suffix_rx().search(ent.label)
            if m is not None:
                ws = ent.label[:m.start()].split()
                companies.append((ent, ws, ent.label[m.start():]))
                for f in set(_skip_forms(ws, False) + _skip_forms(ws, True)):
                    skips[f] = skips.get(f, 0) + 1
    plans = []
    yielded: Counter = Counter()      # how many companies each short form could be
    for ent, ws, suffix in companies:
        # the place it opens with, named in the text or not ("Guangxi Nanling Zinc Industry
        # Co., Ltd." is "Nanling Zinc" later, though Guangxi is named only in the name)
        place_first = normalise_name(ws[0]) in places or ws[0] in listed_places() or (
            gaz is not None and place_word(ws[0], gaz))
        forms = _short_forms(ws, place_first) + [f for f in _skip_forms(ws, place_first)
                                                 if skips.get(f) == 1]
        forms += _group_forms(ws, suffix, place_first, text)
        plans.append((ent, ws, place_first, forms))
        if " and " not in ent.label:      # (a pair the split reads as two is none of them)
            yielded.update({normalise_name(f) for f in forms})
    for ent, ws, place_first, forms in plans:
        for short in forms:
            key = normalise_name(short)
            if key in short_keys or reads_as_person(short):     # ("Dong Pengfei and X Co.")
                continue
            other = named.get(key)
            if yielded[key] > 1 and other is None:
                continue        # "Baiyun Tin" of two Baiyun Tin companies: neither's
            if other is ent:
                other = None        # its own alias ('(600893.SH, "Nanling Zinc")'): find it
            if other is not None:
                # the short name proposed apart ("Jinzhou Titanium Industry" by the slot it
                # fills, after "Jinzhou Titanium Industry Co., Ltd."): one company
                if other is not ent and not other.known and not other.role \
                        and other.cls in (NFO.Company, NFO.Organization) \
                        and " and " not in ent.label and normalise_name(other.label) == key:
                    short_keys.add(key)
                    twins.append((other, ent))
                    shorts[short] = ent      # and wherever else it is printed
                continue
            short_keys.add(key)
            shorts[short] = ent
        own = _own_word(ws, place_first)
        if own is not None:
            owners.setdefault(own, []).append(ent)
    for own, ent in _one_word_forms(draft, owners, named, short_keys, gaz):
        short_keys.add(normalise_name(own))
        shorts[own] = ent
        if named.get(normalise_name(own)) is not None:   # "Xikuangshan, a unit of Y,": one
            twins.append((named[normalise_name(own)], ent))
    twins += _suffix_twins(draft)
    for other, ent in twins:
        if other.iri in draft.entities and ent.iri in draft.entities:
            surgery.fold(draft, spans_of, other, ent)
    shorts = {k: v for k, v in shorts.items() if len(k) <= LONGEST_KEY}
    if not shorts:
        return
    # a new name that joins two with "and" starting here: the split repairs it
    pair_starts = {s for s, _, e in spans_of if not e.known and " and " in e.label}
    for a, b in _occurrences(text, shorts):
        if any(covered[a:b]) and a not in pair_starts:
            continue
        ent = shorts[text[a:b].replace("\n", " ")]
        surgery.add_mention(ent, spans_of, a, b)
        ent.aliases.add(text[a:b].replace("\n", " "))


# a short form longer than this is no name's (a "word" of thousands of letters a broken file
# holds, "AAAA...A Jiangxi Copper"): pyahocorasick's matching walks a key's chain of failure
# links at each character, so a key of one letter's long run cost its length at each character
# of such a run in the text (64,000 letters: 8 s); a name's short form is far shorter
LONGEST_KEY = 120


_SHORT_BEFORE = re.compile(r"[\w'’-]")
_SHORT_AFTER = re.compile(r"[\w-]|\s+(?:[A-Z]|&)|['’](?![s\s])")


def _occurrences(text: str, shorts) -> list[tuple[int, int]]:
    """Where the short names occur as a name ends (no word, hyphen or capitalised word right
    after), left to right without overlap, the longest at a start (a line break inside one as
    a space): one Aho-Corasick pass over
    the text (a regular expression alternating thousands of short names tried every one of
    them at every position of the text)."""
    auto = ahocorasick.Automaton()
    for s in shorts:
        auto.add_word(s, len(s))
    auto.make_automaton()
    at: dict[int, list[int]] = {}
    # (a short name a hard-wrapped line breaks, "Chengdu Xinrui\nLithium Materials", is one:
    # looked up in the text with its line breaks as spaces, the same length)
    for end, n in auto.iter(text.replace("\n", " ")):
        at.setdefault(end + 1 - n, []).append(n)
    out, pos = [], 0
    for a in sorted(at):
        if a < pos or (a > 0 and _SHORT_BEFORE.match(text, a - 1)):
            continue
        for n in sorted(at[a], reverse=True):
            if not _SHORT_AFTER.match(text, a + n):
                out.append((a, a + n))
                pos = a + n
                break
    return out


def _suffix_twins(draft) -> list[tuple[Entity, Entity]]:
    """New companies whose names differ only in their legal suffix ("Hengxing Motor Company"
    and "Hengxing Motor Company Limited"): (each shorter one, the longest)."""
    by_base: dict[str, list[Entity]] = {}
    for ent in draft.entities.values():
        if ent.known or ent.role or ent.cls != NFO.Company or " and " in ent.label:
            continue
        m = suffix_rx().search(ent.label)
        if m is not None and len(ent.label[:m.start()].split()) >= 2:
            by_base.setdefault(normalise_name(ent.label[:m.start()]), []).append(ent)
    out = []
    for group in by_base.values():
        if len(group) > 1:
            longest = max(group, key=lambda e: (len(e.label), e.label))
            out += [(e, longest) for e in group if e is not longest]
    return out


_GROUP_WORDS = ("Group", "Holdings")


_RUNS: list = [None, frozenset()]     # the last text read and its runs of word characters


def _printed_lower(word: str, text: str) -> bool:
    """``word`` (lower case) is printed as a whole word in ``text``: one set of the text's runs
    of word characters and hyphens, made once a text (a search a company made 115 kB of
    capitalised names quadratic)."""
    if not re.fullmatch(r"[\w-]+", word):
        return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
    if _RUNS[0] is not text:
        _RUNS[:] = [text, frozenset(re.findall(r"[\w-]+", text))]
    return word in _RUNS[1]


def _group_forms(ws: list[str], suffix: str, place_first: bool, text: str) -> list[str]:
    """"Guiyin Group" for "Guangxi Guiyin Aluminium Group Co., Ltd.": the name's own word (its
    first, or its second after a place, known or not) and the group word, when that word is
    no ordinary one (printed in lower case in the text: "Aluminium Group" names no one)."""
    words_ = ws + suffix.replace(",", " ").split()
    group = next((w for w in words_ if w in _GROUP_WORDS), None)
    if group is None:
        return []
    owns = ws[1:2] if place_first else ws[:2] if len(ws) > 2 else ws[:1]
    out = [f"{own} {group}" for own in owns
           if own not in _GROUP_WORDS and own[:1].isupper()
           and not _printed_lower(own.lower(), text)
           and " ".join(ws[:2]) != f"{own} {group}"]
    if group not in ws and len(ws) >= 2:
        # "Baise Mining Group" for "Baise Mining Group Co., Ltd." (the suffix list takes
        # "Group Co., Ltd." whole): the name without its "Co., Ltd."
        out.append(" ".join(ws + [group]))
    return out


def _own_word(ws: list[str], place_first: bool) -> str | None:
    """The word a company's name is its own by ("Zijin" in "Zijin Mining Group", "Nanling" in
    "Guangxi Nanling Zinc Industry"): the first word after its place, when more words follow
    it, or the one word before its legal form ("Vale" in "Vale S.A."); a brand-like word
    (capitalised, then lower case, four letters or more)."""
    rest = ws[1:] if place_first else ws
    if len(rest) < 2 and not (len(ws) == 1 and not place_first):
        return None     # ("Vale S.A.", "Glencore plc": the one word before the legal form)
    w = rest[0]
    return w if len(w) >= 4 and w.isalpha() and w[0].isupper() and w[1:].islower() else None


_TWIN_CLASSES = (NFO.Company, NFO.Organization)     # what a one-word short form may be
_PHRASE_LABELLED = frozenset({NFO.Agreement, NFO.Event, NFO.Milestone, NFO.Meeting,
                              NFO.SigningCeremony, NFO.Conference, NFO.Forum, NFO.Notice,
                              NFO.Report, NFO.PolicyDocument})


def _one_word_forms(draft, owners: dict, named: dict, short_keys: set, gaz) -> list:
    """(word, company) for the companies a text may call by their own word alone ("Zijin said
    ..."): the word is one company's only, in no other name of the draft, no name the graph
    knows, no place, surname, ordinary word or head word, and never printed in lower case."""
    text_lower = set(re.findall(r"(?<![A-Za-z])[a-z]{4,}", draft.text))
    # (the names of things, not the labels an event or a deal is given from a clause or a
    # headline: "Chalco and Vale Sign Supply Memorandum" names no second Vale)
    in_names = Counter(w for e in draft.entities.values() if e.cls not in _PHRASE_LABELLED
                       for w in set(e.label.split()))
    out = []
    for own, ents in owners.items():
        key, low = normalise_name(own), own.lower()
        twin = named.get(key)       # the word alone, proposed apart as an organisation
        if twin is not None and (twin.known or twin.role or twin.cls not in _TWIN_CLASSES
                                 or normalise_name(twin.label) != key):
            continue
        if len(ents) != 1 or in_names[own] > 2 or in_names[own] > 1 and twin is None \
                or key in short_keys or low in text_lower or own in listed_places() \
                or low in _ordinary() or low in _heads() \
                or (gaz is not None and gaz.owner(key) is not None):
            continue
        out.append((own, ents[0]))
    return out


@lru_cache(maxsize=1)
def _ordinary() -> frozenset:
    """Words no company is called by alone: ordinary words and surnames."""
    return frozenset(words("common-words") | {w.lower() for w in lines("surnames")})


_LONGEST = 16      # words of the longest company name (without its suffix) given short forms


def _short_forms(ws: list[str], place_first: bool) -> list[str]:
    """The short names of a company whose name (without its legal suffix) is the words ``ws``,
    longest first: its first two or more words; when it opens with a place ("Kunming Tengda
    Smelting"), only three or more ("Hunan Xiangneng" is too loose), and the name without
    the place, two or more words ("Tengda Smelting"). A name of more than ``_LONGEST`` words
    (a run of capitalised words, no company's) has none: its prefixes, each looked up at every
    place of the text, made the look-up quadratic in its length."""
    if len(ws) > _LONGEST:
        return []
    if not place_first:
        return [" ".join(ws[:n]) for n in range(len(ws), 1, -1)]
    # (the whole name without its legal form always: "Xiamen Tungsten" for "Xiamen Tungsten
    # Co., Ltd.")
    return [" ".join(ws[:n]) for n in range(len(ws), 2 if len(ws) > 2 else 1, -1)] + [
        " ".join(ws[1:n]) for n in range(len(ws), 2, -1)]


_GENERIC_WORDS = frozenset({"Group", "Holdings", "Holding", "Company", "Corporation", "Co.", "Ltd.",
                            "Limited", "Industry", "Industrial", "Mining", "Metals", "Materials",
                            "Technology", "Development", "Investment", "New", "China", "Chinese"})


def _skip_forms(ws: list[str], place_first: bool) -> list[str]:
    """"Jinchuan International" for "Jinchuan Group International Resources": the name's own
    word (its first, or its second after a place) and one later word that is no generic one
    ("Group", "Industry", "Mining" ...: data of many names), skipping one or more words (the
    first words in a row are :func:`_short_forms`'). Used only when one company of the draft
    has it."""
    if len(ws) > _LONGEST or len(ws) < 3:
        return []
    i = 1 if place_first else 0
    own = ws[i]
    if not own[:1].isupper() or own in _GENERIC_WORDS:
        return []
    return [f"{own} {w}" for w in ws[i + 2:]
            if w[:1].isupper() and len(w) > 3 and w not in _GENERIC_WORDS and w.isalpha()]


def place_word(word: str, gaz) -> bool:
    """``word`` is a place the graph knows."""
    iri = gaz.owner(normalise_name(word))
    return iri is not None and gaz.classes.get(iri) in _PLACES
