"""The head words of names, read from ``data/name-heads.txt``, ``data/org-name-heads.txt`` and
``data/feature-heads.txt`` (the word, the class it gives, and whether it ends a name or also
begins one: "Ministry of ..."), and the classes of documents by the word that heads their
title. Read by ``candidates`` and the rules that judge a name by its head word."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.name_tokens import PHRASE

TITLE_CLASSES = {"Plan": "Plan", "Notice": "Notice", "Opinions": "PolicyDocument",
                 "Measures": "Measures", "Catalogue": "Catalogue", "Guidelines": "Guide",
                 "Guide": "Guide", "Standard": "Standard", "Programme": "Plan", "Program": "Plan",
                 "Scheme": "Plan", "Regulations": "PolicyDocument", "Rules": "PolicyDocument",
                 "Report": "Report", "Initiative": "Initiative", "Law": "PolicyDocument",
                 "Strategy": "Plan", "Policy": "PolicyDocument", "Method": "PolicyDocument",
                 "Catalog": "Catalogue", "Policies": "Measures", "Requirements": "Standard",
                 "Limits": "Standard", "Specification": "Standard", "Specifications": "Standard",
                 "Agreement": "Agreement", "Project": "Project", "Award": "Award",
                 "Awards": "Award", "Announcement": "Notice", "Outline": "Plan",
                 "Roadmap": "Plan", "Provisions": "PolicyDocument",
                 # titles of rules and lists as Chinese authorities word them in English
                 # ("Standard Conditions for the X Industry", "Access Criteria", "Circular on")
                 "Conditions": "PolicyDocument", "Criteria": "Standard", "Norms": "Standard",
                 "Procedures": "PolicyDocument", "Directory": "Catalogue",
                 "Circular": "Notice", "Directive": "PolicyDocument", "Guidance": "Guide",
                 "Blueprint": "Plan", "Decision": "PolicyDocument"}


@lru_cache(maxsize=1)
def name_head_lines() -> tuple[tuple[str, str, str], ...]:
    """(word as printed, class, position: "end" or "head") of each line of data/name-heads.txt
    and org-name-heads.txt, in order: the words that end or open a name, and the class each
    gives."""
    return tuple(tuple(line.split()) for line in lines("name-heads") + lines("org-name-heads"))


@lru_cache(maxsize=None)     # (asked for each name phrase: made once; callers only read it)
def heads() -> dict[str, tuple[str, str]]:
    out = {}
    for word, cls, pos in name_head_lines() + tuple(tuple(ln.split()) for ln in lines("feature-heads")):
        out.setdefault(word.lower(), (cls, pos))
    for line in lines("native-org-heads"):
        word, cls = line.split()
        out.setdefault(word.lower(), (cls, "head"))
    return out


@lru_cache(maxsize=1)
def native_heads() -> frozenset[str]:
    """The head words that open an organisation's name in other languages of Latin script
    ("Université de Lorraine", "Empresa Metalúrgica Vinto"; ``data/native-org-heads.txt``),
    lower case."""
    return frozenset(line.split()[0].lower() for line in lines("native-org-heads"))


@lru_cache(maxsize=None)
def features() -> frozenset[str]:
    """The head words of natural features and transport sites (``data/feature-heads.txt``): a
    name's head only as its last capitalised word ("China Salt Lake Industry" is no lake)."""
    return frozenset(line.split()[0].lower() for line in lines("feature-heads"))


def opens_with_of(key: str, part: list, i: int) -> bool:
    """Whether the head word ``key`` that ends names opens this one, as the first word ``i`` of
    the name phrase ``part`` (or the one after "the") before "of" and a capitalised word ("Division of Enterprise
    Finance"; ``data/of-opening-heads.txt``): read there as a head that begins a name."""
    return (i == 0 or i == 1 and part[0][2].lower() == "the") and key in _of_openers() \
        and len(part) > i + 2 and part[i + 1][2] == "of" and part[i + 2][2][:1].isupper()


@lru_cache(maxsize=1)
def _of_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in lines("of-opening-heads"))


ORG_END_CLASSES = {"Company", "University", "ResearchInstitute", "GovernmentBody",
                   "IndustryAssociation", "Alliance", "MediaOutlet", "PartyOrganization"}


@lru_cache(maxsize=None)         # asked once per name phrase: made once
def role_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the roles (data/roles.txt), and the last two of a role that ends in a
    body's head word ("Member of the Standing Committee": "standing committee"): that word
    alone is no role ("the Management Committee of X Zone" is a name)."""
    bodies = {w for w, (cls, pos) in heads().items()
              if pos == "head" and cls in ORG_END_CLASSES | {"PartyOrganization"}}
    ends = [r.lower().split() for r in lines("roles")]
    # a role "<head> of <field>" ends in its field ("Head of Metals", "Director of Mines",
    # "Minister of State"): its head is the word before "of", not "metals", a word of names
    return (frozenset((r[:r.index("of")] if "of" in r[1:] else r)[-1] for r in ends
                      if r[-1] not in bodies),
            frozenset(" ".join(r[-2:]) for r in ends if r[-1] in bodies and len(r) >= 2))


# after a native head word: a capitalised word, or a particle and one ("de Lorraine")
_NATIVE_NEXT = re.compile(r"[ \t]+(?:(?:d[aeiou]l?|d[ao]s|della|des)[ \t]+)?[A-ZÀ-ÞĀ-Ž]")
# the joints of Portuguese and Spanish names no English phrase runs through ("do", "e", "y")
_NATIVE_JOINT = re.compile(r"[ \t]+(?:do|da|dos|das|e|y)[ \t]+(?=[A-ZÀ-Þ])")


# the English words a phrase runs through that no native name's part after its joint holds:
# "Companhia X do Norte on Thursday", "... e Cobalto in May" end before them
_ENGLISH_JOINTS = {"of", "and", "for", "the", "on", "in", "to"}


def _joined_end(text: str, start: int, end: int, abbrev) -> tuple[int, bool]:
    """Where the part of a native name after its joint ("do Norte", "e Cobalto"), the phrase
    ``text[start:end]``, ends, and whether it is the phrase's whole: before an English word
    that joins phrases ("on Thursday") and after a word whose period ends its sentence
    ("Norte. Minister X": not a dotted legal form's, "S.A.")."""
    last = start
    for w in re.finditer(r"\S+", text[start:end]):
        word = w.group()
        if word in _ENGLISH_JOINTS:
            return last, False
        last = start + w.end()
        if word.endswith(".") and word not in abbrev and not re.search(r"[A-Za-z]\.[A-Za-z]", word):
            return last, last == end
    return end, True


def native_opening(text: str, part: list, i: int, key: str, pe: int, heads, abbrev):
    """(class, end, rule, start) of a name opened by the native head word ``key``, the word
    ``i`` of the phrase ``part`` that ends at ``pe`` ("Empresa Metalúrgica Vinto", "Université
    de Lorraine", :func:`native_heads`), when it is the phrase's first capitalised word (after
    "the" at most) and a capitalised word follows it (after a particle at most); else None. The
    name runs to the phrase's end, on through "do" / "da" / "e" / "y" and the capitalised words
    after them ("Companhia Mineira do Vale Verde", "Banco Nacional de Desenvolvimento Econômico
    e Social"), and stops before the period that ends its sentence (not a dotted form's:
    "S.A.A.", ``abbrev``)."""
    if key not in native_heads() or i > 0 and part[i - 1][2] not in ("The", "the") \
            and part[i - 1][2][:1].isupper() or not _NATIVE_NEXT.match(text, part[i][1]):
        return None
    end = pe
    for _ in range(4):
        m = _NATIVE_JOINT.match(text, end)
        more = PHRASE.match(text, m.end()) if m else None
        if more is None:
            break
        end, whole = _joined_end(text, m.end(), more.end(), abbrev)
        if not whole:
            break
    last = text[:end].rsplit(None, 1)[-1]
    if last.endswith(".") and last not in abbrev and not re.search(r"[A-Za-z]\.[A-Za-z]", last):
        end -= 1
    return heads[key][0], end, f"name:{key}-opens", part[i][0]
