"""Short forms a text defines for a name: 'the "Implementation Plan for X" (hereinafter referred to
as the "Implementation Plan")'. The short form is an alias of the named entity, and each later
occurrence of it is a mention of that entity: a new entity the draft proposed for the short form
alone is merged into it (its mentions, aliases and statements move over), so that the relation
rules read every sentence about the plan ("the Implementation Plan requires ...") as about the
one plan.

A name may also define its short form in brackets with no "hereinafter": 'X International
Resources (Hong Kong) Co., Limited ("X HK")', 'Y Co., Ltd. ("the Company" or "Y Cobalt")'. Such a
quoted form is taken only when it shares a word with the name or abbreviates it ("the Company"
is no name), and before the place rules run (``bracketed_short_forms``), so "X HK" is not read
as the place X.

One pass over the definitions (a handful per article; at most ``MAX_DEFINITIONS``, each short
form once) and one regular-expression scan per short form; no work per mention."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.names.acronyms import abbreviates
from kg.ingest.terms import NFO
from kg.ingest.reading.text import normalise_name

_DEFINED = re.compile(r"[\"”’》]?[ \t]*[(（][ \t]*(?:hereinafter|hereafter|below)[ \t]*,?[ \t]*"
                      r"(?:(?:referred[ \t]+to|known)[ \t]+as|called|abbreviated[ \t]+as)?[ \t]*"
                      r"(?:the[ \t]+)?[\"“'‘]([^\"”'’()（）\n]{2,80})[\"”'’][ \t]*[)）]", re.I)
# '("X HK")', '("the Company" or "X Cobalt")': quoted forms in brackets right after a name
_QUOTED_SHORT = re.compile(r"[ \t]*[(（][ \t]*(?:the[ \t]+)?[\"“]([^\"”()（）\n]{2,40})[\"”]"
                           r"(?:[ \t]+or[ \t]+(?:the[ \t]+)?[\"“]([^\"”()（）\n]{2,40})[\"”])?"
                           r"[ \t]*[)）]")
# '(Yunnan Tin)', '(Haibo Group)': an unquoted bracket of capitalised words right after a name
# (not a bracket inside the name: "X Group (Holding) Co., Ltd.")
_PLAIN_SHORT = re.compile(r"[ \t]*[(（][ \t]*([A-Z][\w'’&.-]*(?:[ \t]+[A-Z][\w'’&.-]*){0,3})"
                          r"[ \t]*[)）](?![ \t]*(?:Co\b|Ltd\b|Limited\b|Corp|Inc\b|LLC\b))")
_GENERIC = {"the", "company", "group", "corporation", "co", "ltd", "limited", "inc", "plan",
            "party", "issuer", "buyer", "seller", "target", "parties", "we", "us"}
_ORGS = {NFO.Company, NFO.Organization, NFO.Fund, NFO.ResearchInstitute, NFO.University,
         NFO.IndustryAssociation, NFO.Alliance, NFO.MediaOutlet}
_PLACES = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region}
MAX_MENTIONS = 500          # occurrences of one short form taken as mentions
MAX_DEFINITIONS = 50        # short forms defined per article (each is one scan of the text)


def merge_short_forms(draft, spans_of: list) -> None:
    """``spans_of``: the pipeline's (start, end, entity) list, updated in place."""
    text = draft.text
    firsts = {}
    for s, e, ent in spans_of:
        if not ent.known and not ent.role:
            firsts.setdefault((e, id(ent)), (s, e, ent))
    defined = []
    shorts = set()
    for (e, _), (s, _, ent) in sorted(firsts.items(), key=lambda x: x[0][0]):
        m = _DEFINED.match(text, e)
        if m is not None and len(defined) < MAX_DEFINITIONS:
            short = m.group(1).strip()
            if normalise_name(short) in shorts:
                continue        # one short form, one entity: the first definition holds
            shorts.add(normalise_name(short))
            defined.append((ent, short, m.end()))
    if not defined:
        return
    covered = None
    for ent, short, after in defined:
        key = normalise_name(short)
        if not key or key == normalise_name(ent.label):
            continue
        others = [o for o in draft.entities.values()
                  if o is not ent and not o.known and not o.role
                  and normalise_name(o.label) == key]
        for other in others:
            _merge(draft, spans_of, other, ent)
        ent.aliases.add(short)
        if covered is None:
            covered = bytearray(len(text) + 1)
            for s, e, _ in spans_of:
                covered[s:e] = b"\x01" * (e - s)
        _take_mentions(text, ent, short, after, covered, spans_of)


def bracketed_short_forms(draft, spans_of: list) -> None:
    """'X Co., Limited ("X HK")': the quoted short form is an alias of the new organisation
    named right before the bracket, and each later occurrence a mention of it (when it shares
    a word with the name, not a generic one, or abbreviates it)."""
    text = draft.text
    firsts = {}
    for s, e, ent in spans_of:
        if not ent.known and not ent.role:
            firsts.setdefault(id(ent), (s, e, ent))
    found = []
    for s, e, ent in sorted(firsts.values(), key=lambda x: x[0]):
        if len(found) >= MAX_DEFINITIONS:
            continue
        m = _QUOTED_SHORT.match(text, e)
        if m is not None:
            for short in filter(None, (m.group(1), m.group(2))):
                short = " ".join(short.split())
                if _names_it(short, ent.label):
                    found.append((ent, short, e))     # (the bracket's own form too)
            continue
        m = _PLAIN_SHORT.match(text, e)
        if m is not None and ent.cls in _ORGS and _words_of(m.group(1), ent.label):
            # the name and its bracket are one mention ("X Co., Ltd. (X Research) and the Y
            # Society held ...": a list of two organisers, the bracket's words no third name)
            _widen(ent, spans_of, s, e, m.end())
            found.append((ent, " ".join(m.group(1).split()), m.end()))
    if not found:
        return
    for ent, short, _ in found:     # a name found for the short form alone is the same one
        key = normalise_name(short)
        for other in [o for o in draft.entities.values() if o is not ent and not o.known
                      and not o.role and normalise_name(o.label) == key]:
            _merge(draft, spans_of, other, ent)
    covered = bytearray(len(text) + 1)
    for s, e, x in spans_of:
        # a metal or a known place printed inside the short form ("Yunnan Tin") is a word of
        # it (names/words_of_names.py then decides whether it is still a mention)
        if x.cls not in (NFO.Metal, NFO.Field) and not (x.known and x.cls in _PLACES):
            covered[s:e] = b"\x01" * (e - s)
    for ent, short, after in found:
        ent.aliases.add(short)
        _take_mentions(text, ent, short, after, covered, spans_of)


def _take_mentions(text, ent, short: str, after: int, covered: bytearray, spans_of) -> None:
    """Each occurrence of ``short`` after ``after`` not yet covered is a mention of ``ent``."""
    rx = re.compile(rf"(?<![A-Za-z0-9]){re.escape(short)}(?![A-Za-z0-9])")
    for n, m in enumerate(rx.finditer(text, after)):
        if n >= MAX_MENTIONS:
            break
        if any(covered[m.start():m.end()]):
            continue
        covered[m.start():m.end()] = b"\x01" * (m.end() - m.start())
        ent.mentions.append(Span(m.start(), m.end()))
        spans_of.append((m.start(), m.end(), ent))


def _names_it(short: str, label: str) -> bool:
    """A short form of ``label``: a word of it (not a generic one) or its initials."""
    if not short[:1].isupper() or normalise_name(short) == normalise_name(label):
        return False
    own = set(normalise_name(label).split()) - _GENERIC
    words_ = set(normalise_name(short).split())
    if words_ <= _GENERIC:
        return False
    return bool(words_ & own) or (short.isupper() and abbreviates(short, label))


def _widen(ent, spans_of: list, s: int, e: int, to: int) -> None:
    """The mention ``s:e`` of ``ent`` made to end at ``to`` (in the entity and ``spans_of``)."""
    for i, sp in enumerate(ent.mentions):
        if (sp.start, sp.end) == (s, e):
            ent.mentions[i] = Span(s, to)
    for i, (a, b, x) in enumerate(spans_of):
        if x is ent and (a, b) == (s, e):
            spans_of[i] = (a, to, x)


def _words_of(short: str, label: str) -> bool:
    """An unquoted short form: two to four words, each a word of ``label``, or one word of it
    that is not its first (the first is mostly a place: "Yunnan"); no generic word alone, no
    acronym (names/acronyms.py reads those)."""
    if short.isupper():
        return False
    words_ = normalise_name(short).split()
    own = normalise_name(label).split()
    if not set(words_) <= set(own) or set(words_) <= _GENERIC | {"holding", "holdings"}:
        return False
    return len(words_) >= 2 or words_[0] != own[0]


def _merge(draft, spans_of, other, into) -> None:
    for m in other.mentions:
        into.mentions.append(m)
    into.aliases |= other.aliases
    for p, o, span, rule in other.statements:
        if o != into.iri:
            into.add(p, o, span, rule)
    for i, (s, e, ent) in enumerate(spans_of):
        if ent is other:
            spans_of[i] = (s, e, into)
    draft.entities.pop(other.iri, None)
    for ent in draft.entities.values():
        if any(o == other.iri for _, o, _, _ in ent.statements):
            ent.statements[:] = [(p, into.iri if o == other.iri else o, sp, r)
                                 for p, o, sp, r in ent.statements]
