"""Organisations named inside the name of an event or a document, where they do not end it:

* after "of (the)" and before the words that give the title's subject ("Notice of the Sichuan
  Provincial Economic and Information Bureau on Strengthening ...", "Opinions of the X People's
  Government on ...", "Report of the Y Commission for 2026"); two issuers joined by "and the"
  are two names;
* before a possessive that opens the name ("the Lanzhou Nickel Association's 2026 Spring
  Forum", "the X Bureau's Notice on ...").

The inner name is proposed as a name of its own on its own span (rule ``name:inner-org``, low
confidence, as ``tails`` does for a name that ends another): the relation the outer name states
(its organiser, its issuer) is proposed by ``relations/inner_names``. A name that only ends the
outer one is left to ``tails``."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate

RULE = "name:inner-org"
CONFIDENCE = 0.5
_ORG_CLASSES = {"Company", "University", "ResearchInstitute", "IndustryAssociation",
                "AssociationBranch", "Alliance", "GovernmentBody", "MediaOutlet",
                "PartyOrganization", "Organization"}
# the outer names: events, documents, sites and projects ("Jiangxi Copper Corporation's Guixi
# Smelter": the company named inside; relations/members then makes the smelter its own)
_OUTER = {"Conference", "Forum", "Seminar", "Symposium", "Meeting", "AnnualMeeting",
          "Exhibition", "PressConference", "Notice", "PolicyDocument", "Measures", "Plan",
          "Guide", "Report", "Catalogue", "Policy", "Standard", "Award", "Site", "Project"}
# where the issuer's or organiser's name ends and the title's subject begins
_SUBJECT = re.compile(r"\s+(?:on|for|regarding|concerning|about|to|in|at|with)\s")
_OF = re.compile(r"\sof\s+(?:the\s+)?")
_AND_THE = re.compile(r",?\s+and\s+the\s+|,\s+the\s+")
_AND = re.compile(r"\s+and\s+")
_WORD = re.compile(r"[A-Z][A-Za-z'\u2019\-&.]*")
_CONNECT = {"of", "and", "for", "the", "&"}
_POSSESSIVE = re.compile(r"((?:[A-Z][A-Za-z\-&]*\s+(?:of\s+(?:the\s+)?)?){0,7}[A-Z][A-Za-z\-&]*)"
                         r"['\u2019]s\s+(?=[A-Z0-9])")


def _org_class(words_: list[str], heads) -> str | None:
    """The class of the organisation these words name, by the head word that ends them or, for
    "X Bureau of Geology" / "Ministry of Commerce", by the head word before the last "of"."""
    if len(words_) < 2 or not all(_WORD.fullmatch(w) or w in _CONNECT for w in words_) \
            or words_[0] in _CONNECT or words_[-1] in _CONNECT:
        return None
    h = heads.get(words_[-1].lower())
    if h is not None and h[0] in _ORG_CLASSES and h[1] in ("end", "head"):
        return h[0]
    if "of" in words_[1:-1]:
        j = len(words_) - 1 - words_[::-1].index("of")
        h = heads.get(words_[j - 1].lower())
        if h is not None and h[0] in _ORG_CLASSES and h[1] == "head" and all(
                w[:1].isupper() for w in words_[j + 1:]):
            return h[0]
    return None


def _pieces(raw: str, a: int, b: int, heads):
    """(start, end) of the names joined by "and the" / ", the" in ``raw[a:b]``, and by a bare
    "and" where the words on both sides are names ("Ministry of Commerce and General
    Administration of Customs"; not "Economic and Information Bureau")."""
    pos = a
    ends = [(m.start(), m.end()) for m in _AND_THE.finditer(raw, a, b)] + [(b, b)]
    for stop, nxt in ends:
        split = None
        for m in _AND.finditer(raw, pos, stop):
            if _org_class(raw[pos:m.start()].split(), heads) and \
                    _org_class(raw[m.end():stop].split(), heads):
                split = m
                break
        if split is not None:
            yield pos, split.start()
            yield split.end(), stop
        else:
            yield pos, stop
        pos = nxt


def inner_orgs(text: str, cands: list[Candidate], heads, seen: set) -> list[Candidate]:
    out = []
    for c in cands:
        if c.cls not in _OUTER or c.rule.startswith("name:inner"):
            continue
        raw = text[c.start:c.end]
        found = []
        own = _POSSESSIVE.match(raw)
        if own is not None:
            found.append((own.start(1), own.end(1)))
        done = 0
        for m in _OF.finditer(raw):
            if m.start() < done:
                continue            # an "of" inside the names read already
            stop = _SUBJECT.search(raw, m.end())
            if stop is None:
                break               # the name ends the outer one: ``tails``
            found.extend(_pieces(raw, m.end(), stop.start(), heads))
            done = stop.start()
        named: list[tuple[int, int]] = []
        for a, b in found:
            words_ = raw[a:b].split()
            cls = _org_class(words_, heads)
            s, e = c.start + a, c.start + b
            if cls is None or (s, e) in seen or (s, e) == (c.start, c.end) or any(
                    x <= a and b <= y for x, y in named):
                continue    # (nor the body that ends an issuer's name: "General Office of the
                            # State Council" names no State Council of its own; see ``tails``)
            named.append((a, b))
            seen.add((s, e))
            out.append(Candidate(s, e, " ".join(words_), cls, RULE, CONFIDENCE))
    return out
