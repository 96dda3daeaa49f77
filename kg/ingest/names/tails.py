"""Organisations named at the end of another name, after its last "of (the)": "Engineering
Research Center of Xi'an Jiaotong University" names the university, "National Congress of the
Communist Party of China" the party. The tail is proposed when it ends in a word that ends an
organisation's name (``data/name-heads.txt``: University, Group, Association...) or is a
"... Party (of X)"; and the organisation whose possessive opens another's name ("Tsinghua
University's Institute of X": the university). It is a name of its own inside the longer one (rule ``name:inner-org``, as
for the organiser that opens an event's name), low confidence.

A bare "Party Committee" is named by the organisation the same clause gives it ("Secretary of
the Party Committee and President of the X Association" -> "Party Committee of the X
Association", "Party Committee" an alias): every organisation has one, so the bare words would
make one entity of them all (and one IRI across articles)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate, _heads
from kg.ingest.names.inner_orgs import inner_orgs

RULE = "name:inner-org"     # the pipeline lets a name inside a new name stand beside it
CONFIDENCE = 0.5
_ORG_CLASSES = {"Company", "University", "ResearchInstitute", "IndustryAssociation",
                "AssociationBranch", "Alliance", "GovernmentBody", "MediaOutlet"}
# (a hard-wrapped name breaks its line anywhere: "... of the Hunan Tin Industry\nAssociation")
_TAIL = re.compile(r"\sof\s+(?:the\s+)?((?:[A-Z][A-Za-z'\u2019\-]*\s+){0,6}"
                   r"[A-Z][A-Za-z'\u2019\-]*(?:\s+of\s+[A-Z][a-z]+)?)$")
_PARTY = re.compile(r"(?:[A-Z][a-z]+[ \t]+)*Party(?:[ \t]+of[ \t]+[A-Z][a-z]+)?")


# an organisation's possessive that opens another's name: "Tsinghua University's Institute ..."
_OWNED_BY = re.compile(r"((?:[A-Z][A-Za-z\-]*[ \t]+){1,5}[A-Z][A-Za-z\-]*)['\u2019]s[ \t]+[A-Z]")
_BARE_PARTY = {"party committee", "party group", "party branch"}
_OWNER = re.compile(r"\bof[ \t]+(the[ \t]+)?((?:[A-Z][A-Za-z'\u2019&\-]*|of|and)(?:[ \t]+(?:[A-Z][A-Za-z'\u2019&\-]*"
                    r"|of|and))*)")


def _owned_party(text: str, c: Candidate) -> None:
    """Relabels a bare "Party Committee" by the first organisation named after "of" in the rest
    of its clause (up to 160 characters, not past a sentence end)."""
    rest = text[c.end:c.end + 160]
    rest = re.split(r"[.;:!?\n]|,[ \t]+(?:said|says|noted|pointed)", rest)[0]
    m = _OWNER.search(rest)
    if not m:
        return
    words_ = m.group(2).split()
    while words_ and words_[-1] in ("of", "and"):
        words_ = words_[:-1]
    if not words_ or words_[0] in ("of", "and") or words_[0] in ("Party", "Standing"):
        return
    bare = c.label
    c.label = f"{bare} of {'the ' if m.group(1) else ''}{' '.join(words_)}"
    c.aliases.add(bare)


@lru_cache(maxsize=1)
def _legal_forms() -> frozenset[str]:
    """The one-word legal forms of ``data/company-suffixes.txt`` ("Limited", "Ltd.", "PLC")."""
    return frozenset(x for x in lines("company-suffixes") if " " not in x)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """The countries an organisation's name may end in before its branch's place
    (data/place-countries.txt, data/branch-tail-countries.txt)."""
    from kg.ingest.names.countries import countries
    return frozenset(countries()) | frozenset(lines("branch-tail-countries"))


def tail_orgs(text: str, cands: list[Candidate]) -> list[Candidate]:
    for c in cands:
        if c.cls == "PartyOrganization" and c.label.lower() in _BARE_PARTY:
            _owned_party(text, c)
    heads = _heads()
    out = []
    seen = set()
    for c in cands:
        if c.rule.startswith(("company", "name:inner")):
            continue
        raw = text[c.start:c.end]
        own = _OWNED_BY.match(raw) if "s " in raw else None
        if own is not None and c.cls in _ORG_CLASSES:
            # "Tsinghua University's Institute of X": the university is named too
            h = heads.get(own.group(1).split()[-1].lower())
            if h and h[0] in _ORG_CLASSES and (c.start, c.start + own.end(1)) not in seen:
                seen.add((c.start, c.start + own.end(1)))
                out.append(Candidate(c.start, c.start + own.end(1),
                                     " ".join(own.group(1).split()), h[0], RULE, CONFIDENCE))
        if " of " not in c.label:
            continue
        m = _TAIL.search(raw)
        if not m:
            continue
        tail = m.group(1)
        words_ = tail.split()
        cls = None
        if _PARTY.fullmatch(" ".join(words_)):
            cls = "PartyOrganization"
        else:
            h = heads.get(words_[-1].lower())
            if (h is None or h[0] not in _ORG_CLASSES) and "of" in words_[1:]:
                # "... Brigade of the Jiangxi Bureau of Geology": the bureau, by its head word
                # ("Measures ... of the Ministry of Commerce": the ministry)
                h = heads.get(words_[words_.index("of") - 1].lower())
                h = h if h and h[1] == "head" else None
            if h and h[0] in _ORG_CLASSES and h[1] in ("end", "head") and len(words_) >= 2:
                cls = h[0]
        s = c.start + m.start(1)
        e = s + len(tail)
        if cls is None or (s, e) in seen or (s, e) == (c.start, c.end):
            continue
        if c.cls in _ORG_CLASSES and len(words_) == 2 and words_[-1] in _legal_forms():
            continue    # "Aluminum Corporation of China Limited", "Bank of China Limited": the
                        # legal form ends the outer company's name; "China Limited" is none
        if cls == "AssociationBranch" and len(words_) >= 3 and words_[0] in _countries() \
                and not any((heads.get(w.lower()) or ("",))[0] in _ORG_CLASSES
                            for w in words_[:-1]):
            continue    # "Red Cross Society of China Shaanxi Branch", "Bank of China Hunan
            #             Branch": the outer's own branch, its place after the country its
            #             name ends in; "China Shaanxi Branch" names no body of its own (one
            #             naming its whole, "X Association Tin Branch", or a place's, "the
            #             Mianchi Bauxite Mining Branch", does)
        if c.cls == "GovernmentBody" and words_[-1] == "Government":
            continue    # "General Office of the X Provincial People's Government": a working
                        # body's full name; the government itself is not named as an actor
        seen.add((s, e))
        out.append(Candidate(s, e, " ".join(words_), cls, RULE, CONFIDENCE))
    # inside an event's or a document's name, before its subject or a possessive
    return out + inner_orgs(text, cands, heads, seen)
