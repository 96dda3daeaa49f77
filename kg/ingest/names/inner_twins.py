"""A new organisation, site, project or document the text names in full once and elsewhere by
part of that name, two rules each drafting one, is one entity: the full name keeps the label,
the part's mentions, aliases and statements (relations and dates, whatever rule read them) move
over, and what pointed at the part points at the full name. Two shapes:

* the head with its qualifiers left off: "Fugu County People's Congress Standing Committee" and
  "the Standing Committee", "Great Wall Motor Technical Center" and "the Technical Center",
  "Shaanxi Provincial Department of Finance" and "the Provincial Department of Finance": the
  part (two words or more) ends the full name, and the words before it hold no word that links
  two things (data/name-link-words.txt: "Office of X", "a plant in X", "Signing at X") and no
  ordinal ("6th X Conference" is one session of the conference);
* a company's name without its first words or its legal form: "Baoji Ruijin" or "Tianyu" and
  "Fugu Tianyu Magnesium Co., Ltd.": the full name ends in a legal form
  (data/company-suffixes.txt), the part does not, and no linking word follows the part there.

Only where the part lies inside exactly one fuller name of the same class in the draft (not
inside a known entity's name too), and the part's mentions are never followed by "of" (a name
the text goes on with: "the People's Government / of X Region"). Of events, a year before the
head tells one edition of a series ("2026 X Conference" and "X Conference" stay apart). Runs
last, after the relation and date rules (they read two entities; the curators record one).

Round 48, measured on the development sets: 41 folds, 30 joining what the curators record as one
(committees, bureaus, departments, offices, centres, companies' short names, a plan, a
project), 5 a name's fragment into its name ("Day Labour Medal"), 6 neither recorded; none
joins two things the curators keep apart. Relations 23 more found, 8 fewer pairs proposed."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines
from kg.ingest.names.legal_forms import suffix_rx
from kg.ingest.names.surgery import fold_twin
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind

_ARTICLE = re.compile(r"^(?:the|a|an|its|their|this|our)\s+", re.I)
_GOES_ON = re.compile(r"[ \t]*\n?[ \t]*of\b")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _words(name: str) -> tuple:
    return tuple(normalise_name(_ARTICLE.sub("", name)).split())


def _inside(part: tuple, whole: tuple) -> int:
    """Where ``part`` starts among the words of ``whole`` (the last place), else -1."""
    n = len(part)
    for i in range(len(whole) - n, -1, -1):
        if whole[i:i + n] == part:
            return i
    return -1


def _twin(part: tuple, whole: tuple, at: int, whole_label: str, event: bool) -> bool:
    """Whether ``part`` (at word ``at`` of ``whole``) names what ``whole`` names (``event``:
    they are events, whose year before the name tells one edition of a series)."""
    links = frozenset(lines("name-link-words"))
    if at + len(part) == len(whole):                    # the head, qualifiers left off
        ordinals = frozenset(lines("ordinal-words"))
        return len(part) >= 2 and not any(
            w in links or w in ordinals or "," in w or _ORDINAL.fullmatch(w)
            or event and _YEAR.fullmatch(w) for w in whole[:at])
    return suffix_rx().search(whole_label) is not None and whole[at + len(part)] not in links


def inner_twins(draft, spans_of: list) -> int:
    """Fold each part into its one fuller name; returns how many folded."""
    new = [e for e in draft.entities.values() if not e.known and not e.role and e.mentions]
    by_cls: dict = {}
    for ent in new:
        by_cls.setdefault(ent.cls, []).append((_words(ent.label), ent))
    known: dict = {}
    for ent in draft.entities.values():
        if ent.known:
            known.setdefault(ent.cls, []).extend(
                _words(n) for n in (ent.label, *ent.aliases))
    text = draft.text
    n = 0
    for cls, ents in by_cls.items():
        if len(ents) < 2:
            continue
        for part, short in ents:
            if not part or suffix_rx().search(short.label) or short.iri not in draft.entities:
                continue
            holders = [(w, e) for w, e in ents if e is not short and len(w) > len(part)
                       and _inside(part, w) >= 0]
            if len(holders) != 1 or any(_inside(part, w) >= 0 for w in known.get(cls, ())):
                continue
            whole, into = holders[0]
            if into.iri not in draft.entities or not _twin(
                    part, whole, _inside(part, whole), into.label, kind(into) == "event"):
                continue
            if any(_GOES_ON.match(text, m.end) for m in short.mentions):
                continue
            n += fold_twin(draft, spans_of, short, into)
    return n
