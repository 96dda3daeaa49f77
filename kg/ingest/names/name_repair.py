"""Names the candidate stage ran together or left short, repaired once every name is known:

* "Professor Yang Shuqin of Kunming University of Science and Technology" proposed as one
  university is the university, the person (``person:title-of-org``) and the post
  (``post:title-of-org``, role the title);
* "A and B University" (or Group, Institute, Co., Ltd. ...) where A is a name the draft or the
  graph already has (an acronym it defined, a company's short name) is two organisations, not
  one (``name:split-and``): what pointed at the pair points at both; an acronym A nothing
  defines is an organisation of its own (``name:split-and-acronym``, 0.4); so is a company A
  when both halves open with a place or an acronym ("Ningbo Yunsheng and JL Mag Rare-Earth Co.,
  Ltd.": ``name:split-and-pair``, 0.4), and a person and a company when A reads as a Chinese
  person's name ("its chairman Dong Pengfei and X Co., Ltd.": ``name:split-and-person``); so is
  a body A named in full by its head word before a company that opens with a place or an
  acronym ("Nuclear Power Institute of Southwest China and Jiangsu X Co., Ltd.":
  ``name:split-and-head``, 0.4, of the head's class);
* a new name that is another new name's alias ("IMNMIA" found alone) is that entity; a name
  that starts with a day ("... on Friday for the 2025 X Conference") starts after it;
* a company's short name: "Dianhong Zinc" for "Dianhong Zinc Industry Co., Ltd." (the name's
  first two or more words, without its legal suffix, printed on its own and not followed by
  another capitalised word) is a mention of it, and an alias once used; so is its own word and
  its group word ("Guiyin Group" for "Guangxi Guiyin Aluminium Group Co., Ltd.");
* once the names are settled: a known place or field printed only as a word of new
  organisations' names ("Sichuan Yajiang Lithium Industry Co., Ltd.") is no mention
  (:mod:`kg.ingest.names.words_of_names`).

Word lists: ``data/company-suffixes.txt`` (legal suffixes), ``data/title-words.txt``
(academic titles printed before a name)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.knowledge.placeless import listed_places
from kg.ingest.names import surgery
from kg.ingest.names.head_words import heads
from kg.ingest.names.person_names import reads_as_person
from kg.ingest.names.short_names import short_names
from kg.ingest.names.unit_short_forms import fold_unit_short_forms
from kg.ingest.names.words_of_names import drop_words_of_names
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

_ORGS = {NFO.Organization, NFO.GovernmentBody, NFO.IndustryAssociation, NFO.AssociationBranch,
         NFO.Company, NFO.ResearchInstitute, NFO.University, NFO.Alliance, NFO.AdvisoryBody}
_PLACES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place}
_PERSON = r"[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)?"
_ACRO = re.compile(r"[A-Z][A-Z0-9&]{1,7}")


@lru_cache(maxsize=1)
def _title_rx():
    alts = "|".join(re.escape(s) for s in sorted(lines("title-words"), key=len, reverse=True))
    return re.compile(rf"^(?P<t>{alts})\s+(?P<p>{_PERSON})\s+(?:of|at|from)\s+(?:the\s+)?(?=[A-Z])")


def repair_names(draft, spans_of: list, minter, gaz) -> None:
    _titled(draft, spans_of, minter)
    _day_lead(draft, spans_of, minter)
    short_names(draft, spans_of, gaz)
    fold_unit_short_forms(draft, spans_of)
    _split_pairs(draft, spans_of, minter, gaz)
    _alias_twins(draft, spans_of)
    drop_words_of_names(draft, spans_of)


# "gathered in Baotou, Inner Mongolia on Friday for the 2025 X Conference": the name starts
# after the day ("on Friday for the")
_DAY_LEAD = re.compile(r"^.*?\b(?:on|this|last|next)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday|weekend|morning|afternoon|evening)\s+(?:for|at|to|of|in)\s+"
                       r"(?:the\s+)?(?=[A-Z0-9])")


def _day_lead(draft, spans_of, minter) -> None:
    for ent in list(draft.entities.values()):
        if ent.known or ent.role:
            continue
        m = _DAY_LEAD.match(ent.label)
        if m is None:
            continue
        surgery.cut_prefix(draft, spans_of, ent, m.end(), minter)


def _alias_twins(draft, spans_of) -> None:
    """A new entity whose name is another new entity's alias ("IMNMIA" proposed from the slot it
    fills, where "Inner Mongolia ... Association (IMNMIA)" defined it) is that entity."""
    aliases = {}
    for ent in draft.entities.values():
        if not ent.known and not ent.role:
            for a in ent.aliases:
                aliases.setdefault(normalise_name(a), ent)
    if not aliases:
        return
    for ent in list(draft.entities.values()):
        if ent.known or ent.role:
            continue
        twin = aliases.get(normalise_name(ent.label))
        if twin is not None and twin is not ent and twin.iri in draft.entities:
            surgery.fold(draft, spans_of, ent, twin)


def _titled(draft, spans_of, minter) -> None:
    from kg.ingest.relations.propose import _post
    people = {normalise_name(e.label): e for e in draft.entities.values() if e.cls == NFO.Person}
    names = None
    for ent in list(draft.entities.values()):
        if ent.known or ent.role or ent.cls not in _ORGS:
            continue
        m = _title_rx().match(ent.label)
        if m is None or m.group("p").split()[-1].lower() in heads():
            continue        # ("Academician Workstation of X": a body's name, no person's)
        cut, label = m.end(), ent.label[m.end():]
        posts = []
        moves = {(sp.start, sp.end): (sp.start + cut, sp.end) for sp in ent.mentions
                 if draft.text[sp.start:sp.start + cut] == ent.label[:cut]}
        surgery.move_spans(ent, spans_of, moves)
        for sp in (Span(a, b) for a, b in moves):
            ps = sp.start + m.start("p")
            pe = sp.start + m.end("p")
            person = people.get(normalise_name(m.group("p")))
            if person is None:
                person = Entity(minter.mint(m.group("p")), NFO.Person, m.group("p"), False,
                                "person:title-of-org", 0.6)
                draft.entities[person.iri] = person
                people[normalise_name(m.group("p"))] = person
            surgery.add_mention(person, spans_of, ps, pe)
            posts.append((person, sp))
        if names is None:
            names = surgery.by_name(draft)
        same = names.get(normalise_name(label))
        if same is not None and same is not ent:
            ent.label = label
            surgery.fold(draft, spans_of, ent, same)
            ent = same
        else:
            surgery.rename(draft, ent, label, minter)
            names[normalise_name(label)] = ent
        for person, sp in posts:
            _post(draft, minter, person, ent, m.group("t"), Span(sp.start, sp.end),
                  "post:title-of-org")


# a place's name without its administrative head ("Luanchuan" of "Luanchuan County"), so that
# "Luanchuan Jinyang Molybdenum Co., Ltd." opens with a place and is "Jinyang Molybdenum" later
def _split_pairs(draft, spans_of, minter, gaz) -> None:
    text = draft.text
    names = None
    gone: dict = {}     # the IRI of each pair split -> its halves' (redirected once, at the end)
    for ent in list(draft.entities.values()):
        if ent.known or ent.role or ent.cls not in _ORGS or " and " not in ent.label:
            continue
        if names is None:
            names = surgery.by_name(draft)
        for k, m in enumerate(re.finditer(r" and ", ent.label)):
            left, right = ent.label[:m.start()], ent.label[m.end():]
            if len(right.split()) < 2 or not right[:1].isupper():
                continue
            # the mentions printing the name (a line break may stand for a space), and where
            # this "and" is in each: none, no split (the halves would be names of nothing)
            cuts = _cuts(text, ent, k)
            if not cuts:
                continue
            a_ent = names.get(normalise_name(left))
            a_known = None if a_ent is not None else gaz.owner(normalise_name(left))
            made = None
            if a_ent is None and a_known is None and _ACRO.fullmatch(left):
                # "CATL and Tsinghua University": an acronym of its own is an organisation
                made = (NFO.Organization, "name:split-and-acronym", 0.4)
            headed = _headed_body(left) if ent.cls == NFO.Company and len(right.split()) >= 3 \
                else None
            if headed is not None and (gaz is None or not _opens_name(right.split()[0], gaz,
                                                                       names)):
                headed = None
            if a_ent is ent and left in ent.aliases and (_two_companies(left, right, gaz, names)
                                                         or reads_as_person(left) or headed):
                ent.aliases.discard(left)       # (taken as the pair's short name above)
                a_ent = None
            if made is None and a_ent is None and a_known is None and ent.cls == NFO.Company:
                if _two_companies(left, right, gaz, names):
                    # "Ningbo Yunsheng and JL Mag Rare-Earth Co., Ltd.": the second opens as a
                    # company's name does (a place, an acronym), the first is a name of its own
                    made = (NFO.Company, "name:split-and-pair", 0.4)
                elif reads_as_person(left) and _opens_name(right.split()[0], gaz, names):
                    # "its chairman Dong Pengfei and Zhejiang X Co., Ltd.": a person, a company
                    made = (NFO.Person, "name:split-and-person", 0.6)
                elif headed is not None:
                    # "the Nuclear Power Institute of Southwest China and Jiangsu X Materials
                    # Co., Ltd.": the first is a body named in full by its head word
                    made = (NFO[headed], "name:split-and-head", 0.4)
            if made is not None:
                a_ent = Entity(minter.mint(left), made[0], left, False, made[1], made[2])
                draft.entities[a_ent.iri] = a_ent
                names[normalise_name(left)] = a_ent
            if a_ent is None and a_known is None:
                continue
            if a_ent is ent:
                continue
            b_ent = names.get(normalise_name(right))
            if b_ent is None:
                b_ent = Entity(minter.mint(right), ent.cls, right, False, "name:split-and",
                               ent.confidence)
                draft.entities[b_ent.iri] = b_ent
                names[normalise_name(right)] = b_ent
            if a_ent is None:
                a_ent = draft.entities.get(a_known)
                if a_ent is None:
                    a_ent = Entity(a_known, gaz.classes.get(a_known) or NFO.Organization,
                                   left, True, "gazetteer:name", 0.9)
                    draft.entities[a_known] = a_ent
            for sp, (a_end, b_start) in cuts:
                surgery.add_mention(a_ent, spans_of, sp.start, a_end)
                surgery.add_mention(b_ent, spans_of, b_start, sp.end)
            for pred, obj, sp, rule in ent.statements:
                b_ent.add(pred, obj, sp, rule)
            gone[ent.iri] = [a_ent.iri, b_ent.iri]
            draft.entities.pop(ent.iri, None)
            break
    if gone:    # one pass for all pairs (a pass per pair: 4000 pairs in 320 kB took 15 s)
        spans_of[:] = [x for x in spans_of if x[2].iri not in gone]
        surgery.redirect_many(draft, gone)


_AND = re.compile(r"\s+and\s+")


def _cuts(text: str, ent, k: int) -> list:
    """(mention, (end of the left half, start of the right one)) for each mention of ``ent``
    that prints its label (white space aside), at the ``k``-th "and" of it."""
    out = []
    for sp in ent.mentions:
        printed = text[sp.start:sp.end]
        if " ".join(printed.split()) != ent.label:
            continue
        ands = list(_AND.finditer(printed))
        if k < len(ands):
            out.append((sp, (sp.start + ands[k].start(), sp.start + ands[k].end())))
    return out


def _two_companies(left: str, right: str, gaz, names) -> bool:
    """"A B and C D Co., Ltd." names two companies when both halves open with a place or an
    acronym and the first has a word of its own after it ("Ningbo Yunsheng and JL Mag ...",
    "Xiamen Tungsten and Jiangxi Copper ..."), not one whose "and" joins its trades ("Jiangsu
    Copper and Aluminium Co., Ltd.": "Aluminium" opens no name)."""
    lw, rw = left.split(), right.split()
    if len(lw) < 2 or not all(w[:1].isupper() for w in lw):
        return False
    return _opens_name(lw[0], gaz, names) and _opens_name(rw[0], gaz, names)


# the classes of a head word that names a body in full ("X Institute", "Y University of Z")
_BODY_HEADS = ("ResearchInstitute", "University", "IndustryAssociation", "GovernmentBody",
               "Alliance")


def _headed_body(left: str) -> str | None:
    """The class of ``left`` when it is a body's whole name by its head word: two capitalised
    words or more whose last is a head word of a body ("Nuclear Power Institute", "X Research
    Institute"), or one followed by "of" and capitalised words ("X Institute of Southwest
    China", "Y University of Science"); else None."""
    from kg.ingest.names.head_words import heads
    ws = left.split()
    if len(ws) < 2 or not all(w[:1].isupper() or w in ("of", "the") for w in ws) \
            or not ws[0][:1].isupper():
        return None
    table = heads()
    for i, w in enumerate(ws[1:], 1):
        got = table.get(w.lower())
        if got is None or got[0] not in _BODY_HEADS:
            continue
        rest = ws[i + 1:]
        if not rest or rest[0] == "of" and len(rest) >= 2 and rest[-1][:1].isupper():
            return got[0]
    return None


def _opens_name(word: str, gaz, names) -> bool:
    if _ACRO.fullmatch(word):
        return True
    key = normalise_name(word)
    iri = gaz.owner(key)
    if iri is not None:
        return gaz.classes.get(iri) in _PLACES
    ent = names.get(key)
    return (ent is not None and ent.cls in _PLACES) or word in listed_places()
