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

A name with a telephone or a code read into it ("0371-65571230 X Department", a signature's
line above) is that name: the fuller one folds into it (its mentions start at the name), the
name alone keeping the label.

Only where the part lies inside exactly one fuller name of the same class in the draft (or,
with none of its class, of a class names/twin_classes.py allows: the plain organisation) (not
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
from kg.ingest.names.surgery import fold_twin, move_spans
from kg.ingest.names.twin_classes import compatible, family, prefer_same_class
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind

_ARTICLE = re.compile(r"^(?:the|a|an|its|their|this|our)\s+", re.I)
_GOES_ON = re.compile(r"[ \t]*\n?[ \t]*of\b")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_NUMBER = re.compile(r"[\d()+\-./:]*\d[\d()+\-./:]*")
_NUMBER_AHEAD = re.compile(_NUMBER.pattern + r"\s+")


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
        by_cls.setdefault(family(ent), []).append((_words(ent.label), ent))
    known: dict = {}
    for ent in draft.entities.values():
        if ent.known:
            known.setdefault(family(ent), []).extend(
                _words(n) for n in (ent.label, *ent.aliases))
    text = draft.text
    n = 0
    for cls, ents in by_cls.items():
        if len(ents) < 2:
            continue
        # (the class's names as their distinct word tuples, and by each word the tuples that
        # hold it: only those holding the part's rarest word may hold the part, and a thousand
        # names alike are one; a list of thousands of deals is not read through for each)
        members: dict = {}
        for k, (w, _) in enumerate(ents):
            members.setdefault(w, []).append(k)
        having: dict = {}
        for w in members:
            for word in dict.fromkeys(w):
                having.setdefault(word, []).append(w)
        for part, short in ents:
            if not part or suffix_rx().search(short.label) or short.iri not in draft.entities:
                continue
            rare = min((having[word] for word in part), key=len)
            held = sorted(k for w in rare if len(w) > len(part) and _inside(part, w) >= 0
                          for k in members[w])
            holders = [(w, e) for w, e in (ents[k] for k in held) if e is not short
                       and compatible(e, short)]
            holders = prefer_same_class(holders, short)
            if len(holders) != 1 or any(_inside(part, w) >= 0 for w in known.get(cls, ())):
                continue
            whole, into = holders[0]
            if into.iri not in draft.entities or not _twin(
                    part, whole, _inside(part, whole), into.label, kind(into) == "event"):
                continue
            if any(_GOES_ON.match(text, m.end) for m in short.mentions):
                continue
            if _glued(whole[:_inside(part, whole)]):    # "0371-65571230 X Bureau": X Bureau
                n += _unglue(draft, spans_of, into, short)
                continue
            n += fold_twin(draft, spans_of, short, into)
    return n


def _unglue(draft, spans_of: list, glued, name) -> bool:
    """``glued`` is ``name`` with a number read into it: its mentions lose the number (they
    start at the name), it folds into ``name``, its label is no alias."""
    text = draft.text
    moves = {}
    for m in glued.mentions:
        at = m.start
        while (g := _NUMBER_AHEAD.match(text, at, m.end)) is not None and g.end() < m.end:
            at = g.end()
        if at != m.start:
            moves[(m.start, m.end)] = (at, m.end)
    move_spans(glued, spans_of, moves)
    label = glued.label
    if not fold_twin(draft, spans_of, glued, name):
        return False
    name.aliases.discard(label)
    return True


def _glued(before: tuple) -> bool:
    """Whether the words before a name are a number glued to it (a telephone or a code read
    into the name: "0371-65571230", six digits or more, no year): the name alone is the better
    label, the fuller one folds into it."""
    return bool(before) and all(_NUMBER.fullmatch(w) and sum(c.isdigit() for c in w) >= 6
                                for w in before)
