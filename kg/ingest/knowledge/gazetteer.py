"""Known names to IRIs: every label and alias of the loaded graph in one Aho-Corasick automaton
(pyahocorasick) run over the article's normalised text; matches map back to raw code-point
offsets. Whole words only, longest match wins, and a one-word name that is also an ordinary word
(or printed in lower case where the name is a proper noun) is not linked. Double quotes do not
count ('"single champion" enterprises'), and a name of several words is also found with a plural
head (not the plural of an alias made of class words only, "implementation plans": several of
that kind, not the one the graph knows).

Why this module is long (one piece, about 770 lines): every test a match must pass (whole
words, longest match, ordinary words, lower case, a known one-off named only by its kind, a
place followed by another level of administration) reads the one automaton and the one table of
owners, aliases and name words built in :class:`Gazetteer`; split, each part would need that
state passed in or rebuilt. Whatever does not need it lives elsewhere: variants (variants.py),
other romanisations (spellings.py), product titles' uses (title_uses.py), whether an
ordinary-word concept ("lead", "gold") is the concept where it is printed (word_senses.py)."""
from __future__ import annotations

import re
from functools import lru_cache

import ahocorasick

from kg.ingest.knowledge.abroad import set_abroad
from kg.ingest.knowledge.acronym_forms import AcronymForms, printed_as_acronym
from kg.ingest.knowledge.concept_compounds import named_as_absent
from kg.ingest.knowledge.counted_things import counted_things
from kg.ingest.knowledge.job_fields import keyed_holder
from kg.ingest.knowledge.editions import event_years, other_edition
from kg.ingest.knowledge.honours import names_honour
from kg.ingest.knowledge.placeless import (in_other_province, listed_places, named_elsewhere,
                                           placeless_company)
from kg.ingest.knowledge.light_graph import light_kg
from kg.ingest.knowledge.spellings import Spellings
from kg.ingest.knowledge.title_uses import uses_in_titles
from kg.ingest.knowledge.unit_names import unit_names
from kg.ingest.knowledge.variants import variants
from kg.ingest.knowledge.word_senses import (NEXT_WORD, SENTENCE_END, WORD_BEFORE, kept_senses,
                                             opens_street)
from kg.ingest.lexicon import labelled_kinds, lines, words
from kg.ingest.names.countries import in_longer_country, of_country_end
from kg.ingest.names.given_name_list import given_names
from kg.ingest.reading.text import normalise_name, normalise_with_map
from kg.ingest.records import Record
from kg.ingest.terms import Literal, NF, NFO, RDF, RDFS, SKOS, URIRef

# Classes whose members are not linked as mentions (relation nodes, figures, bookkeeping).
_SKIP_CLASSES = {NFO.Observation, NFO.Post, NFO.AwardGrant, NFO.Membership, NFO.Inference,
                 NFO.SourceDocument}
# Concepts: a metal or field is named in lower case in running text ("magnesium alloys").
_CONCEPT_CLASSES = {NFO.Metal, NFO.Field}
_MASS_ENDINGS = tuple(lines("concept-mass-endings"))    # "robotics" has no singular "robotic"
_PLACE_CLASSES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place,
                  NFO.Site}
# a capitalised word right after a name, on the same line ("China Hongqiao"; not after a tab or
# a wider gap: a table's next cell, "Chinalco\tHongtu Alumina Co., Ltd.")
_SMALL = r"(?:of|and|the|in|on|to|for|with|into|at|by|a|an|&)"
_RUN_WORD = rf"(?:[A-Z0-9][\w'’.-]*|{_SMALL})"
_RUN_BACK = re.compile(rf"(?:{_RUN_WORD}[ \t]+)+$")
_RUN_ON = re.compile(rf"(?:[ \t]+{_RUN_WORD}\b)+")
_ACTION_NOUN = re.compile(r"[ \t]+[a-z]+(?:tion|sion|ment|ance|ence)s?\b")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_CURRENCY = set("$¥€£")
_INDEFINITE = re.compile(r"\b(?:[Aa]n?|[Nn]ew)\s+$")
_OF_AFTER = re.compile(r"\s+of\s")
# a word of direction in capitals right before a place ("West Africa", "South China")
_COMPASS = re.compile(r"(?<![\w-])(?:" + "|".join(lines("link-compass-words")) + r")[ \t]+$")
# a feature's or a clock's word right after or before a known place ("Chaohu Lake", "Lake
# Chaohu", "Beijing time"): another thing of that name (data/link-place-features.txt)
_FEATURES = [x.split(None, 1) for x in lines("link-place-features")]
_FEATURE_AFTER = re.compile(r"[ \t]+(?:" + "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]+") for k, w in _FEATURES if k == "after") + r")(?![\w-])")
_FEATURE_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(
    re.escape(w) for k, w in _FEATURES if k == "before") + r")[ \t]+$")
_ORG_CLASSES = {NFO.Company, NFO.Organization, NFO.Fund}
_COMPANY_CLASSES = {NFO.Company}    # (a company's name without its province: companies only)
# things that happen once (an agreement signed, an event held): another article's "equity
# transfer agreement" or "signing ceremony" printed in lower case is that article's own one
_ONE_OFF_CLASSES = {NFO[c] for c in (
    "Agreement", "Event", "Conference", "AnnualMeeting", "Seminar", "Symposium", "Forum",
    "PressConference", "Meeting", "SigningCeremony", "Launch", "Exhibition", "Milestone",
    "AwardCeremony")}
# a level of Chinese administration printed after a place's name: "Guiyang County" is not the
# city of Guiyang, "Jilin Province" not the city of Jilin ("Chongqing City" is the
# municipality the graph calls a province: "City" after a province is no other place)
# (data/link-place-levels.txt)
_OTHER_LEVEL = {level.strip(): {NFO[c] for c in classes.split()}
                for level, classes in (x.split("|", 1) for x in lines("link-place-levels"))}
_LEVEL_AFTER = re.compile(r"[ \t]+(" + "|".join(map(re.escape, sorted(_OTHER_LEVEL))) + r")\b")
# organisations whose names translators spell more than one way (knowledge/spellings.py)
_SPELT_CLASSES = _ORG_CLASSES | {NFO.GovernmentBody, NFO.IndustryAssociation,
                                 NFO.AssociationBranch, NFO.ResearchInstitute, NFO.University,
                                 NFO.Alliance, NFO.MediaOutlet}
# whose names' plurals name others of their kind, not them (a person's, a body's)
_PLURAL_NOT = _SPELT_CLASSES | {NFO.Person}
# a legal suffix that ends a company's name, normalised ("co., ltd.", "corp.", "limited")
# a national body's name, which its official form follows with the country ("... of the
# People's Republic of China"; data/national-body-countries.txt)
_NATIONAL_BODY = re.compile(r"(?:ministry|state|national|general administration|people's bank)\b")
_LEGAL_SUFFIX = re.compile(r",?\s(?:" + "|".join(
    re.escape(x.lower()) for x in sorted(lines("company-suffixes"), key=len, reverse=True))
    + r")$")
_HONORIFIC = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|Prof|Miss)\.?\s+$")
# "Shaanxi Provincial SASAC", "Ningbo Municipal Bureau of Commerce": a body of a province or a
# city named after the national one, not the national one
_LOCAL_LEVEL = re.compile(r"(?<![\w-])[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]+"
                          r"(?:Provincial|Municipal|Prefectural)(?:[ \t]+|[ \t]*\n[ \t]*)$")

# "the provincial SASAC", "a city DRC": a body of that kind below the nation's, unnamed
_LOWER_LEVEL = re.compile(r"(?<![\w-])(?:[Pp]rovincial|[Mm]unicipal|[Pp]refectural|city|county|"
                          r"district|local|regional)(?:[ \t]+|[ \t]*\n[ \t]*)$")
# "the Guangxi SASAC", "Hunan's NDRC", "the Weifang municipal SASAC": a province's or a city's own
_PLACE_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)(?:'s|’s)?[ \t]+"
                           r"(?:(?:provincial|municipal|prefectural|city|county|district)[ \t]+)?$")
_SUBNATIONAL = {NFO.Province, NFO.City, NFO.County, NFO.Region}


class Mention(Record):
    """start, end (raw code-point offsets, end exclusive), surface, iri, rule, confidence."""
    _fields = __match_args__ = ("start", "end", "surface", "iri", "rule", "confidence")

    def __init__(self, start: int, end: int, surface: str, iri: URIRef, rule: str,
                 confidence: float):
        self.start = start
        self.end = end
        self.surface = surface
        self.iri = iri
        self.rule = rule
        self.confidence = confidence


def _unquote(key: str) -> str:
    """A name with its double quotes dropped: '"little giant" enterprises' is matched as
    'little giant enterprises', in the text and in the graph alike."""
    return " ".join(key.replace('"', " ").split()) if '"' in key else key


_QUOTE_RUN = re.compile(r'"[ "]*')


def _unquote_with_map(norm: str, offsets: list[int]) -> tuple[str, list[int]]:
    """:func:`_unquote` over normalised text, keeping the map to raw offsets (a quote and the
    spaces around it count as one space); slices, not a loop over characters. (Each run of
    quotes and spaces found from its quote, with the one space before it: the same spans as
    ``' ?"[ "]*'``, whose first character, a space, is tried all through the text.)"""
    if '"' not in norm:
        return norm, offsets
    parts: list[str] = []
    offs: list[int] = []
    prev = 0
    for m in _QUOTE_RUN.finditer(norm):
        start = m.start() - 1 if m.start() > prev and norm[m.start() - 1] == " " else m.start()
        parts.append(norm[prev:start])
        offs.extend(offsets[prev:start])
        if start > 0 and m.end() < len(norm):
            parts.append(" ")
            offs.append(offsets[start])
        prev = m.end()
    parts.append(norm[prev:])
    offs.extend(offsets[prev:])     # the final entry (the end) included
    return "".join(parts), offs


def _has_upper(surface: str) -> bool:
    """Whether any character of ``surface`` is a capital (for ASCII, told without a loop
    over its characters: asked some 3,000 times per article)."""
    if surface.isascii():
        return surface.lower() != surface
    return any(c.isupper() for c in surface)


_LOWER_WORD = re.compile(rf"(?<![\w'’-])(?!{_SMALL}\b)[a-z]")


def _capitalised(surface: str) -> bool:
    """Every word of ``surface`` but the small ones ("of", "and") begins with a capital: a
    short name printed as a name ("Salt Lake"), not a phrase a sentence opens with ("Salt lake
    brine is cheap")."""
    return _LOWER_WORD.search(surface) is None


_NAME_ENDS = re.compile(r"[ \t]*(?:,|[a-z]|\Z)")

def _person_after_place(text: str, e: int) -> bool:
    """The one capitalised word after a known place's name (at ``e``) is a Chinese family name,
    and the name ends there before a comma or a lower-case word ("Yulin Zhang, the new
    chairman", "Xian Feng said"): a person's name, not the place."""
    m = NEXT_WORD.match(text, e)
    return m is not None and m.group(1) in _surnames() and \
        _NAME_ENDS.match(text, m.end()) is not None


def _surnames() -> frozenset:
    return frozenset(lines("surnames"))


def _narrowed_group(text: str, key: str, start: int) -> bool:
    """A concept that names a group ("new materials", "non-ferrous metals":
    data/link-group-heads.txt) after a hyphenated modifier that narrows it ("magnesium-based
    new materials", "Magnesium-Based\\nNew Materials Industry": data/link-group-narrowers.txt):
    another, smaller group, not a mention of the concept."""
    if key.rsplit(" ", 1)[-1] not in words("link-group-heads"):
        return False
    before = _HYPHEN_BEFORE.search(text, max(0, start - 40), start)
    return bool(before and before.group(1).lower() in words("link-group-narrowers"))


_HYPHEN_BEFORE = re.compile(r"\w-([A-Za-z]+)\s+$")


_CAPS_WORD_BEFORE = re.compile(r"\b([A-Z]+)[ \t]+$")


@lru_cache(maxsize=1)
def _caps_pronouns() -> frozenset:
    """The aliases ``data/caps-pronoun-cues.txt`` reads as pronouns ("us")."""
    return frozenset(labelled_kinds("caps-pronoun-cues").values())


def _caps_pronoun(text: str, key: str, s: int) -> bool:
    """An alias in capitals that is also a pronoun ("US"), after a word in capitals that takes
    the pronoun as its object ("CONTACT US", "ABOUT US", "MINERS TELL US":
    ``data/caps-pronoun-cues.txt``): the pronoun of a headline or a page's links, not the
    country."""
    if key not in _caps_pronouns():
        return False
    cues = labelled_kinds("caps-pronoun-cues")
    m = _CAPS_WORD_BEFORE.search(text, max(0, s - 16), s)
    return m is not None and cues.get(m.group(1).lower()) == key


# a given name right before a word, one space between ("Helen Zinc")
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")
# the noun of a published work right before its title ("the journal Rare Metals")
_WORK_BEFORE = re.compile(r"(?<![\w-])([a-z]+)[ \t]+$")


def _work_title(text: str, s: int, surface: str) -> bool:
    """Whether a concept's name printed with a capital on each word ("Rare Metals") stands
    right after the noun of a published work ("the journal", "the magazine"): the work's
    title (data/publication-nouns.txt)."""
    if not all(w[:1].isupper() for w in surface.split()):
        return False
    m = _WORK_BEFORE.search(text, max(0, s - 16), s)
    return m is not None and m.group(1) in words("publication-nouns")


class Gazetteer:
    def __init__(self, kg):
        self.kg = kg = light_kg(kg)     # the graph in the rules' terms (kg.ingest.terms)
        union = kg.union
        self.owners: dict[str, set[URIRef]] = {}
        self.is_label: set[tuple[str, URIRef]] = set()
        self.plurals: dict[str, str] = {}   # a name's plural key -> the name's key
        self.classes: dict[URIRef, URIRef] = {}
        self.concept: set[URIRef] = set()
        self.common = words("common-words")
        self.cased: set[str] = set()        # keys linked only where printed in capitals
        titled: set[str] = set()            # keys the graph prints in title case only
        untitled: set[str] = set()
        for s, cls in union.subject_objects(RDF.type):
            if not isinstance(s, URIRef) or not str(s).startswith(str(NF)):
                continue
            if cls in _SKIP_CLASSES or str(s).startswith(str(NF) + "fig-") \
                    or not str(cls).startswith(str(NFO)):      # units, schemes: not mentions
                self.classes[s] = None
                continue
            if self.classes.get(s, 0) is None:
                continue
            self.classes.setdefault(s, cls)
            if cls in _CONCEPT_CLASSES:
                self.concept.add(s)
        aliased: set[URIRef] = set()
        acronyms = AcronymForms()       # one-word names printed only as acronyms ("AI")
        for pred in (RDFS.label, SKOS.altLabel):
            for s, o in union.subject_objects(pred):
                if not (isinstance(o, Literal) and self.classes.get(s)):
                    continue
                if o.language and o.language.lower().startswith("zh"):
                    self.add_chinese(str(o), s, is_label=pred == RDFS.label)
                    continue
                if o.language and o.language != "en":
                    continue
                self.add_name(str(o), s, is_label=pred == RDFS.label)
                acronyms.add(_unquote(normalise_name(str(o))), str(o))
                if s not in self.concept:
                    (titled if _capitalised(str(o)) else untitled).add(
                        _unquote(normalise_name(str(o))))
                if pred == SKOS.altLabel:
                    aliased.add(s)
                words_ = str(o).split()
                if s in self.concept and len(str(o)) > 4:       # "alloy"/"alloys", "metal(s)"
                    base = str(o)
                    if not base.lower().endswith(_MASS_ENDINGS):    # not "robotic(s)"
                        self.add_name(base[:-1] if base.endswith("s") else base + "s", s)
                if s in self.concept and len(words_) == 2:     # "green (and) low-carbon"
                    self.add_name(f"{words_[0]} and {words_[1]}", s)
                    if re.fullmatch(r"(?=\w*\d)[0-9A-Z]{2,5}|[A-Z]{2,5}", words_[0]):
                        # a field printed by its leading acronym ("3C electronics": "3C");
                        # linked only where printed so (see _accept)
                        self.add_name(words_[0], s)
                        self.cased.add(normalise_name(words_[0]))
        # a name of several words the graph prints only in title case ("Four Batches") is a
        # proper name: printed all in lower case ("delivered in four batches") its words are
        # ordinary words, as a one-word name in lower case is (see _accept)
        self.title_only = frozenset(k for k in titled - untitled if " " in k)
        self.caps_only = acronyms.keys()
        # the entities an aliased entity is linked to in the graph ("titanium alloy materials"
        # producedBy Baotai Group): the context that makes its ordinary-word alias its name
        self.related: dict[URIRef, frozenset] = {}
        for s in aliased:
            near = {o for _, o in union.predicate_objects(s)} | set(union.subjects(None, s))
            near = frozenset(x for x in near if isinstance(x, URIRef) and self.classes.get(x)
                             and x not in self.concept and x != s)
            if near:
                self.related[s] = near
        # "CNIA Magnesium Branch": a unit's name with another name of its parent
        for name, units in unit_names(self.owners, union.subject_objects(NFO.unitOf)).items():
            self.owners.setdefault(name, set()).update(units)
        self.event_years = event_years(union, (s for s, c in self.classes.items()
                                               if c in _ONE_OFF_CLASSES))
        self._build()

    def add_chinese(self, name: str, iri: URIRef, is_label: bool = False) -> None:
        """A Chinese name (names-zh: labels and altLabels @zh): matched on characters, since
        Chinese has no spaces between words; two characters at least."""
        key = normalise_name(name)
        if len(key) < 2 or not _CJK.search(key):
            return
        self.owners.setdefault(key, set()).add(iri)
        if is_label:
            self.is_label.add((key, iri))

    def add_name(self, name: str, iri: URIRef, is_label: bool = False) -> None:
        key = _unquote(normalise_name(name))
        if len(key) < 2 or not re.search(r"[a-z]", key):
            return
        self.owners.setdefault(key, set()).add(iri)
        if is_label:
            self.is_label.add((key, iri))
        # the plural of a name of several words whose head is a common noun ("single champion
        # enterprise" -> "single champion enterprises"); never for a person's name, nor for one
        # body's ("science and technology departments" are many, not the association's one)
        words_ = key.split()
        if len(words_) >= 2 and self.classes.get(iri) not in _PLURAL_NOT \
                and re.fullmatch(r"[a-z]{4,}", words_[-1]) and not key.endswith("s"):
            head = words_[-1]
            plural = head[:-1] + "ies" if re.search(r"[^aeiou]y$", head) else \
                head + "es" if re.search(r"(?:x|ch|sh)$", head) else head + "s"
            self.owners.setdefault(" ".join(words_[:-1] + [plural]), set()).add(iri)
            self.plurals.setdefault(" ".join(words_[:-1] + [plural]), key)

    def _build(self) -> None:
        # spelling variants ("Non Ferrous", "&", "Corp.", "aluminum") of the names, where no
        # name of the graph is spelt so; a variant two entities share links neither
        self.variant_keys: set[str] = set()
        self.placeless: dict[str, str] = {}     # a company's name without its province
        extra: dict[str, set[URIRef]] = {}
        labels: set[tuple[str, URIRef]] = set()
        for key, owners in self.owners.items():
            if _CJK.search(key):
                continue
            forms = variants(key)
            short = _LEGAL_SUFFIX.search(key)       # "X Magnesium Co., Ltd." is "X Magnesium"
            if short and short.start() and " " in key[:short.start()].rstrip(" ,") and all(
                    self.classes.get(o) in _ORG_CLASSES for o in owners):
                forms.add(key[:short.start()].rstrip(" ,"))
                self.cased.add(key[:short.start()].rstrip(" ,"))    # not "salt lake"
            cut = placeless_company(key[:short.start()].rstrip(" ,") if short and short.start()
                                    else key)
            if cut is not None and all(self.classes.get(o) in _COMPANY_CLASSES for o in owners) \
                    and cut[0] not in self.owners:
                forms.add(cut[0])           # "Yuguang Gold Lead", where Henan is named too
                self.cased.add(cut[0])
                self.placeless[cut[0]] = cut[1]
            if _NATIONAL_BODY.match(key) and all(self.classes.get(o) == NFO.GovernmentBody
                                                 for o in owners):
                # "Ministry of Industry and Information Technology of the People's Republic
                # of China": a national body's official name, the country after it
                forms |= {f"{key} of {c}" for c in words("national-body-countries")}
            for v in forms:
                if v not in self.owners:
                    extra.setdefault(v, set()).update(owners)
                    labels.update((v, o) for o in owners if (key, o) in self.is_label)
        for v, owners in extra.items():
            self.owners[v] = owners
            self.variant_keys.add(v)
        self.is_label |= labels
        self.automaton = ahocorasick.Automaton()
        for key in self.owners:
            self.automaton.add_word(key, key)
        self.automaton.make_automaton()

    def owner(self, key: str) -> URIRef | None:
        key = _unquote(key)
        owners = self.owners.get(key, set())
        if not owners and " " in key:
            return self._owner_without_suffix(key) or self.spelling_owner(key)
        if len(owners) == 1:
            return next(iter(owners))
        labelled = [o for o in owners if (key, o) in self.is_label]
        return labelled[0] if len(labelled) == 1 else None

    def link(self, text: str) -> list[Mention]:
        """The known names in ``text``; ``self.longer`` is left holding the (start, end) of the
        longer unknown names that a known name only begins ("China Hongqiao"), ``self.parts``
        those of the parts of a known place named by a direction ("West Africa"),
        ``self.local_bodies`` those of a national body's name after a place and "Provincial" or
        "Municipal" ("Shaanxi Provincial SASAC": the province's body, not the national one)."""
        self.longer: list[tuple[int, int]] = []
        self.parts: list[tuple[int, int]] = []       # "West Africa": (start, end)
        self.local_bodies: list[tuple[int, int]] = []    # "Shaanxi Provincial SASAC"
        self.namesakes: list[tuple[int, int, str]] = []   # "Yulin, Guangxi": (s, e, class)
        norm, offsets = _unquote_with_map(*normalise_with_map(text))
        found = []
        for end_idx, key in self.automaton.iter(norm):
            start_idx = end_idx - len(key) + 1
            if not key.isascii() and _CJK.match(key):
                # Chinese: no word bounds; a short name (three characters or fewer) inside a
                # longer run of Chinese characters is likely a piece of another name ("中国"
                # in "中国恩菲...") and is left out; longest match wins below
                if len(key) <= 3 and ((start_idx > 0 and _CJK.match(norm[start_idx - 1])) or (
                        end_idx + 1 < len(norm) and _CJK.match(norm[end_idx + 1]))):
                    continue
                found.append((start_idx, end_idx + 1, key))
                continue
            if start_idx > 0 and norm[start_idx - 1].isalnum():
                continue
            if end_idx + 1 < len(norm) and norm[end_idx + 1].isalnum():
                continue
            found.append((start_idx, end_idx + 1, key))
        # longest first, then leftmost; a chosen match blocks any overlapping one
        found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
        taken = bytearray(len(norm) + 1)
        out = []
        for s, e, key in found:
            if any(taken[s:e]):
                continue
            iri = self.owner(key)
            raw_s, raw_e = offsets[s], offsets[e - 1] + 1
            surface = text[raw_s:raw_e]
            if iri is None and surface.islower():
                # printed in lower case: the one concept (metal, field) of that name, if any
                concepts = [o for o in self.owners.get(key, ()) if o in self.concept]
                iri = concepts[0] if len(concepts) == 1 else None
            if iri is None:
                continue
            if self._described_one_off(iri, surface) or \
                    other_edition(self.event_years.get(iri), text, raw_s):
                continue        # "the 2027 X Conference": another edition than the known one
            ok, rule, conf = self._accept(key, iri, surface)
            if not ok:
                continue
            if named_elsewhere(self, key, iri, text):
                continue        # "provincial department of X" in an article on another province
            if iri in self.concept and surface.islower() and " " in key \
                    and key.split()[0] in words("modifier-words") \
                    and _ACTION_NOUN.match(text, raw_e):
                continue        # "new energy consumption limits": new (energy consumption)
            if iri in self.concept and _narrowed_group(text, key, raw_s):
                continue        # "magnesium-based new materials": a smaller group, no field
            if iri in self.concept and named_as_absent(text, raw_e):
                continue        # "lead-free solder": a thing without the metal
            if text[raw_e:raw_e + 1] in _CURRENCY and surface.isupper():
                continue        # "US$5 million": a currency, not the country
            if surface.isupper() and _caps_pronoun(text, key, raw_s):
                continue        # "CONTACT US", "MINERS TELL US": the pronoun in capitals
            if key in self.plurals and iri not in self.concept \
                    and (self.plurals[key], iri) not in self.is_label \
                    and self._generic(self.plurals[key]):
                continue        # "the three implementation plans": several of a kind, not it
            if (key, iri) not in self.is_label and self._generic(key):
                # an alias made of class words only ("Implementation Plan", "Magnesium
                # Branch"): not after "a/an/new" nor before "of" (another owner), else weak
                if _INDEFINITE.search(text, max(0, raw_s - 8), raw_s) or \
                        _OF_AFTER.match(text, raw_e) or \
                        not self._named_near(iri, text, raw_s, raw_e, surface):
                    continue
                rule, conf = "gazetteer:generic-alias", 0.5
            if self.classes.get(iri) in _PLACE_CLASSES:
                if _person_after_place(text, raw_e):
                    continue        # "Yulin Zhang, the new chairman": a person's name
                if in_other_province(self, iri, text, raw_e):
                    self.namesakes.append((raw_s, raw_e, str(self.classes[iri]).rsplit("#")[-1]))
                    continue        # "Yulin, Guangxi": not the Yulin in Shaanxi
                level = _LEVEL_AFTER.match(text, raw_e)
                if level and self.classes.get(iri) in _OTHER_LEVEL[level.group(1)]:
                    continue        # "Guiyang County": a place of another level, unknown
                if _FEATURE_AFTER.match(text, raw_e) or \
                        _FEATURE_BEFORE.search(text, max(0, raw_s - 8), raw_s):
                    continue        # "Chaohu Lake", "Lake Chaohu", "Beijing time": not the place
                compass = _COMPASS.search(text, max(0, raw_s - 12), raw_s)
                if compass:         # "West Africa": a part of Africa, another place
                    self.parts.append((compass.start(), raw_e))
                    continue
                if in_longer_country(text, raw_s, raw_e):
                    continue        # "Papua New Guinea", "Guinea-Bissau": not Guinea
            if self.classes.get(iri) == NFO.GovernmentBody:
                local = _LOCAL_LEVEL.search(text, max(0, raw_s - 50), raw_s)
                if local:           # the province's (or city's) own body of that kind
                    self.local_bodies.append((local.start(), raw_e))
                    continue
                place = _PLACE_BEFORE.search(text, max(0, raw_s - 56), raw_s)
                if place and place.group(1).startswith(("The ", "the ")):
                    place = _PLACE_BEFORE.search(text, place.start(1) + 4, raw_s)
                if place and (place.group(1) in listed_places() or self.classes.get(
                        self.owner(normalise_name(place.group(1)))) in _SUBNATIONAL):
                    self.local_bodies.append((place.start(1), raw_e))
                    continue        # "the Guangxi SASAC", "the Weifang municipal SASAC"
                lower = _LOWER_LEVEL.search(text, max(0, raw_s - 16), raw_s)
                if lower:           # "the provincial SASAC": not the national one
                    if text[lower.start()].isupper():   # "Provincial SASAC": a body's name
                        self.local_bodies.append((lower.start(), raw_e))
                    continue
            if iri in self.concept and surface[:1].isupper() and _work_title(text, raw_s, surface):
                continue        # "a paper in the journal Rare Metals": the journal's title
            if iri in self.concept and surface[:1].isupper() and " " not in surface:
                given = _GIVEN_BEFORE.search(text, max(0, raw_s - 24), raw_s)
                if given is not None and given.group(1) in given_names():
                    continue        # "Dr Helen Zinc", "Tom Lead": a family name, not the metal
            if iri in self.concept and surface[:1].isupper() and opens_street(text, raw_e):
                continue        # "the Gold Fields Road smelter": a road's name, not the metal
            if self.classes.get(iri) in _PLACE_CLASSES and opens_street(text, raw_e):
                continue        # "36 Chaoyang Street, Linwei District": a street named after
                #                 the place, in another place's address
            if iri not in self.concept:
                longer = self._longer_name(text, raw_s, raw_e, iri)
                if longer > raw_e and self.classes.get(iri) in _PLACE_CLASSES and \
                        text[raw_s:longer].split()[-1].lower() in words("street-words"):
                    continue        # "Fugu Street in Beiliu": a street named after the place
                if longer:
                    if longer > raw_e:
                        self.longer.append((raw_s, longer))
                    if self.classes.get(iri) not in _PLACE_CLASSES or longer == raw_e:
                        continue
                    # a place that starts a longer name ("Anhui Conch") is what the name
                    # concerns, no more: a weak mention; the longer name is proposed apart
                    rule, conf = "gazetteer:place-in-longer-name", 0.6
            for i in range(s, e):
                taken[i] = 1
            out.append(Mention(raw_s, raw_e, surface, iri, rule, conf))
        out.sort(key=lambda m: m.start)
        # "Nickel Sulfate for Lithium-Ion Battery ...": the use a product's title names
        metals = {o for o in self.concept if self.classes.get(o) == NFO.Metal}
        uses = uses_in_titles(text, out, self.concept, metals)
        if uses:
            out = [m for i, m in enumerate(out) if i not in uses]
        # "Gold award", "silver medal": the rank of an honour, not the metal (honours.py)
        # ("Researcher: Mark Tin": a surname, the holder of the key's job)
        out = [m for m in out if self.classes.get(m.iri) != NFO.Metal
               or not names_honour(text, m.start, m.end) and not keyed_holder(text, m)]
        # "the Ministry of Finance" in a report from Lusaka that names nothing of China's: Zambia's
        self._abroad_seen = (text, self._set_abroad(text, out))
        if self._abroad_seen[1]:
            out = [m for m in out if not self.chinese_body_abroad(m.iri, text)]
        return counted_things(text, kept_senses(text, out, self.concept), self.concept)

    def chinese_body_abroad(self, iri, text: str) -> bool:
        """Is ``iri`` a government body of China's (one the graph also names in Chinese) in an
        article set abroad (abroad.py), where its name is the other country's body's?"""
        return self.classes.get(iri) == NFO.GovernmentBody and iri in self._chinese_named() \
            and self._abroad(text)

    def _abroad(self, text: str) -> bool:
        """Is the article set outside China (as :meth:`link` found it for the text it read
        last)?"""
        seen = self.__dict__.get("_abroad_seen")
        if seen is None or seen[0] is not text:
            seen = self.__dict__["_abroad_seen"] = (text, set_abroad(text))
        return seen[1]

    def _set_abroad(self, text: str, out: list) -> bool:
        """A dateline abroad and no Chinese place named (abroad.py), and none of the known
        mentions ``out`` is of anything but a body, a concept or a country (the graph's
        companies, associations and places are China's: "the Fugu County Magnesium Industry
        Association" sets the text in China). Asked only where a body of China's is printed."""
        zh = self._chinese_named()
        if not any(self.classes.get(m.iri) == NFO.GovernmentBody and m.iri in zh for m in out):
            return False
        return set_abroad(text) and all(
            self.classes.get(m.iri) in (NFO.GovernmentBody, NFO.Country, NFO.Region)
            or m.iri in self.concept for m in out)

    def _chinese_named(self) -> frozenset:
        """The entities the graph also names in Chinese (its names-zh labels): China's own."""
        got = self.__dict__.get("_zh_named")
        if got is None:
            got = self.__dict__["_zh_named"] = frozenset(
                o for k, owners in self.owners.items()
                if not k.isascii() and _CJK.search(k) for o in owners)   # (no pattern per ASCII key)
        return got

    def spelling_owner(self, key: str) -> URIRef | None:
        """The known organisation a name of two or more words spells another way ("Baoti Group"
        for "Baotai Group": knowledge/spellings.py), or None."""
        sp = self.__dict__.get("_spellings")
        if sp is None:
            sp = self.__dict__["_spellings"] = Spellings(
                self.owners, self.classes, _SPELT_CLASSES, _PLACE_CLASSES)
        return sp.owner(key)

    def _owner_without_suffix(self, key: str) -> URIRef | None:
        """A known organisation named with a legal suffix the graph does not record ("Baotai
        Group Co., Ltd.", "X Corp." for "X"): that organisation; anything else is no owner.
        The longest legal form first ("X" of "X Group Co., Ltd."), then the shorter ones it
        ends in ("Nanshan Group" of "Nanshan Group Co., Ltd." when the graph knows no "Nanshan")."""
        at = 0
        while (m := _LEGAL_SUFFIX.search(key, at)) is not None and m.start() > 0:
            iri = self.owner(key[:m.start()].rstrip(" ,"))
            if iri is not None and self.classes.get(iri) in _ORG_CLASSES:
                return iri
            at = m.start() + 1
        return None

    def candidate_owner(self, key: str, text: str, s: int, e: int):
        """The known entity a new name found by another rule is a name of, as (IRI, rule,
        confidence), or None: a generic alias ("Implementation Plan") after "a/an/new" or
        before "of" is none, elsewhere a weak link."""
        iri = self.owner(key)
        if iri is None or self._described_one_off(iri, text[s:e]) or \
                other_edition(self.event_years.get(iri), text, s) or \
                named_elsewhere(self, _unquote(key), iri, text) or \
                self.classes.get(iri) in _PLACE_CLASSES and in_other_province(self, iri, text, e):
            return None
        if self.classes.get(iri) not in _PLACE_CLASSES and of_country_end(text, e):
            return None     # "the State Council of Vietnam": another country's body
        if _unquote(key) not in self.owners and iri == self.spelling_owner(_unquote(key)):
            return iri, "gazetteer:spelling-variant", 0.7
        if (_unquote(key), iri) not in self.is_label and self._generic(_unquote(key)):
            if _INDEFINITE.search(text, max(0, s - 8), s) or _OF_AFTER.match(text, e) or \
                    not self._named_near(iri, text, s, e, text[s:e]):
                return None
            return iri, "gazetteer:generic-alias", 0.5
        return iri, "gazetteer:candidate-name", 0.9

    def _described_one_off(self, iri: URIRef, surface: str) -> bool:
        """A known agreement or event named only by what kind of thing it is, in lower case
        and without a figure ("an equity transfer agreement", "the signing ceremony"): a
        description another article's own agreement or event fits as well, not a link."""
        return self.classes.get(iri) in _ONE_OFF_CLASSES and not _has_upper(surface) \
            and not any(c.isdigit() for c in surface)

    def _named_near(self, iri: URIRef, text: str, s: int, e: int, surface: str) -> bool:
        """Whether an ordinary-word alias of ``iri`` printed at ``s:e`` is its name there: in
        capitals, or for a concept, always; in lower case ("titanium alloy materials", an alias
        of Baotai Group's product) only in a sentence that names an entity the graph links
        ``iri`` to (elsewhere the words are any maker's)."""
        if iri in self.concept or _has_upper(surface):
            return True
        near = self.related.get(iri)
        if not near:
            return False
        keys = self.__dict__.get("_keys_of")
        if keys is None:
            keys = self.__dict__["_keys_of"] = {}
            for k, owners in self.owners.items():
                for o in owners:
                    keys.setdefault(o, []).append(k)
        a = max((m.end() for m in SENTENCE_END.finditer(text, max(0, s - 300), s)),
                default=max(0, s - 300))
        m = SENTENCE_END.search(text, e, e + 300)
        sentence = normalise_name(text[a:m.start() if m else e + 300])
        return any(f" {k} " in f" {sentence} " for o in near for k in keys.get(o, ()))

    def _generic(self, key: str) -> bool:
        """A name of two or more words, each a head word or a word that at least three entities
        of the graph have in their names (learned from the graph passed to ``ingest()``)."""
        words_ = key.split()
        if len(words_) < 2:
            return False
        if len(words_) >= 3 and any(self.classes.get(o) in _PLACE_CLASSES
                                    for o in self.owners.get(words_[0], ())):
            return False    # "China Nonferrous Metals News": a place's name opens a proper name
        freq = self.__dict__.get("_word_freq")
        if freq is None:
            per_word: dict[str, set] = {}
            for k, owners in self.owners.items():
                if k in self.variant_keys:
                    continue
                for w in set(k.split()):
                    per_word.setdefault(w, set()).update(owners)
            freq = self.__dict__["_word_freq"] = {w: len(o) for w, o in per_word.items()}
        heads = self._name_words()
        return all(w in heads or freq.get(w, 0) >= 3 for w in words_) and words_[-1] in heads

    def _name_words(self) -> frozenset[str]:
        """Words that may follow a known name without making it another name: roles, the heads
        and kinds of names, event words, ordinary words ("Baotai Group Chairman", "Fugu County",
        "Shaanxi Province")."""
        got = self.__dict__.get("_after_ok")
        if got is None:
            ok = set(self.common) | set(words("roles")) | set(words("event-words"))
            for name in ("name-heads", "concept-heads", "lower-heads", "phrase-heads",
                         "unit-heads", "quoted-heads"):
                ok |= {w.split()[0].lower() for w in lines(name)}
            ok |= {w.split()[0].lower().rstrip(".") for w in lines("name-heads")}
            got = self.__dict__["_after_ok"] = frozenset(ok)
        return got

    def _longer_name(self, text: str, s: int, e: int, iri: URIRef) -> int:
        """A known name that is only the start of a longer name the graph does not know ("China
        Hongqiao", "Anhui Conch", "Minmetals Securities": a capitalised word that is no role,
        head or ordinary word follows it on the same line), or a person's title before a place
        ("Mr. Fugu"): not a mention of the known entity. The end of the longer name (the
        name itself after a title), or 0."""
        if self.classes.get(iri) != NFO.Person and _HONORIFIC.search(text, max(0, s - 6), s):
            return e
        if self.classes.get(iri) == NFO.Person:
            return 0        # "Xi Jinping Thought": a person's name is a name; namesakes: posts.py
        if self.classes.get(iri) not in _PLACE_CLASSES:
            abroad = of_country_end(text, e)
            if abroad:      # "the State Council of Vietnam": another country's body
                return abroad
        if self.classes.get(iri) not in _PLACE_CLASSES and " " not in text[s:e].strip():
            given = WORD_BEFORE.search(text, max(0, s - 24), s)
            if given is not None and given.group(1) in given_names():
                return e    # "Henry Ford's museum": a person's name, not the company Ford
        m = NEXT_WORD.match(text, e)
        if m is None:
            return 0
        # in a headline every word is capitalised: the rule reads running text only (a run of
        # five or more capitalised words around the name, small words allowed, is a headline)
        before = _RUN_BACK.search(text, max(0, s - 80), s)
        after = _RUN_ON.match(text, e, e + 80)
        run = (before.group(0) if before else "") + (after.group(0) if after else "")
        if len(re.findall(r"\b[A-Z0-9][\w'’-]*", run)) + 1 >= 5:
            return 0
        word = m.group(1)
        if word.lower() in self._name_words() or word.rstrip("s").lower() in self._name_words():
            return 0
        # the next word starts a known name ("Shaanxi Baoji"): two names side by side
        if self._opens_a_name(word.lower()):
            return 0
        end = m.end()
        for more in NEXT_WORD.finditer(text, end, end + 40):     # "China Hongqiao Group"
            if more.start() != end or more.group(1).lower() in words("roles"):
                break
            end = more.end()
        return end

    def _opens_a_name(self, word: str) -> bool:
        """Whether a name of the graph opens with the word ``word`` (its first word, as
        :meth:`_starts_with` indexes them), asked of the automaton, which holds every name: a
        name that is the word, or one that goes on after it and a space. (Building the index
        of first words, some 3,500 names split, answered the three questions of a run.)"""
        automaton = self.__dict__.get("automaton")
        if automaton is None or not word or " " in word:
            return bool(self._starts_with(word))
        return bool(automaton.exists(word) or automaton.match(word + " "))

    def _starts_with(self, word: str):
        idx = self.__dict__.get("_first_words")
        if idx is None:
            idx = {}
            for k in self.owners:
                idx.setdefault(k.split(" ", 1)[0], []).append(k)
            self.__dict__["_first_words"] = idx
        return idx.get(word, ())

    def _accept(self, key: str, iri: URIRef, surface: str) -> tuple[bool, str, float]:
        if not key.isascii() and _CJK.match(key):
            return True, "gazetteer:chinese-name", 0.9 if len(key) >= 4 else 0.8
        one_word = " " not in key
        if one_word and key in self.caps_only and not printed_as_acronym(surface):
            return False, "", 0.0   # "Ms Ai": the graph's "AI" is printed only in capitals
        if key in self.cased and not (_capitalised(surface) if " " in key else _has_upper(surface)):
            return False, "", 0.0   # (a short name of several words: a capital on each word)
        if iri in self.concept:
            return True, "gazetteer:concept", 0.9
        if one_word:
            letters = [c for c in surface if c.isalpha()]
            if surface.isupper() or (letters and all(c.isupper() for c in letters)):
                return True, "gazetteer:acronym", 0.95
            if not surface[:1].isupper():
                return False, "", 0.0
            if key in self.common:
                return False, "", 0.0
            return True, "gazetteer:name", 0.9
        if not _has_upper(surface):
            if key in self.title_only:
                return False, "", 0.0
            return True, "gazetteer:lower-case", 0.7
        return True, "gazetteer:name", 0.97
