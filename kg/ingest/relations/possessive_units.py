"""A unit named after "the <noun>'s", the noun standing for an organisation the text named
before: "the university's College of Materials Science and Engineering", "the ministry's
Department of Climate Change", "the association's Titanium Committee", "the company's Technology
Center"; the noun capitalised as the text's short name of the body, "the Group's Trade Union",
"the Company's Staff Hospital" (a unit whose name ends in a unit's head word,
``data/unit-parent-heads.txt``, "the Bureau's Criminal Investigation Brigade", is
:mod:`referred_units`' to read). The unit is ``nfo:unitOf`` the nearest organisation named
before the possessive (within ``_BACK`` characters) whose name holds the noun as a word
("Chongqing University", "Ministry of Ecology and Environment", "Shaanxi Nonferrous Metals
Industry Association"; after a capitalised noun, a word of its name before any "of"), or, for
"the company's", "the firm's", the nearest company (nouns: ``data/possessive-owner-nouns.txt``; rule
``org:possessive-unit@0.5``).

The unit is a new organisation printed right after the possessive, not a company ("the group's X
Co., Ltd." is a subsidiary: members.py), with no parent stated yet; a capitalised name only (a
unit in lower case, "the university's technology transfer office", is names/unit_nouns.py's).
The possessive is looked for once in the text and each owner by bisect over the names: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

RULE = "org:possessive-unit@0.5"
_BACK = 3000            # characters: how far back the owner may be named
_TIES = (NFO.unitOf, NFO.subsidiaryOf)
_WORDS = re.compile(r"[a-z]+")
_OF = re.compile(r"\s+of\s+", re.I)


@lru_cache(maxsize=1)
def _nouns() -> tuple[dict[str, tuple[str, ...]], re.Pattern]:
    """{noun: the words (or "@Class") of its owner}, and the pattern of "the <noun>'s "."""
    out = {}
    for line in lines("possessive-owner-nouns"):
        noun, owner = re.split(r"\s{2,}", line.strip(), maxsplit=1)
        out[noun] = tuple(owner.split("|"))
    # the noun in lower case or capitalised as a short name ("the Group's Trade Union", "the
    # Company's Safety Department": the text's own short name of the body it named in full)
    forms = set(out) | {n[:1].upper() + n[1:] for n in out}
    alt = "|".join(sorted(map(re.escape, forms), key=lambda n: (-len(n), n)))
    rx = re.compile(rf"\b[Tt]he[ \t\n]+(?P<noun>{alt})['’]s[ \t\n]+(?=[A-Z])")
    return out, rx


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def _owns(ent, owner: tuple[str, ...], head: bool = False) -> bool:
    """Whether ``ent`` is a body the noun stands for; with ``head`` (the noun capitalised, the
    text's short name of a body) its words before any "of" hold the noun ("Jinchuan Group Co.,
    Ltd.", not "Nickel Smelting Plant of Jinchuan Group": a unit of the group)."""
    if owner[0].startswith("@"):
        return _cls(ent) == owner[0][1:]
    return any(w in owner for n in (ent.label, *ent.aliases)
               for w in _WORDS.findall((_OF.split(n, 1)[0] if head else n).lower()))


def possessive_units(draft, spans_of, kind) -> None:
    text = draft.text
    if "'s" not in text and "’s" not in text:
        return
    nouns, rx = _nouns()
    rows = sorted((s, e, x) for s, e, x in spans_of if not x.role and x.kind == "org")
    starts = [r[0] for r in rows]
    longest: dict = {}
    for s, e, x in rows:
        if e > longest.get(s, (0, None))[0]:
            longest[s] = (e, x)
    for m in rx.finditer(text):
        e, unit = longest.get(m.end(), (0, None))
        if unit is None or unit.known or _cls(unit) == "Company" or \
                any(st[0] in _TIES for st in unit.statements):
            continue
        head = m.group("noun")[:1].isupper()
        last = _WORDS.findall(unit.label.lower())[-1:]
        if head and last and last[0] in words("unit-parent-heads"):
            continue            # "the Bureau's Criminal Investigation Brigade": referred_units
            #                     reads a unit so named (the house first, then the bodies)
        owner = nouns[m.group("noun").lower()]
        i = bisect.bisect_left(starts, m.start()) - 1
        while i >= 0 and rows[i][0] >= m.start() - _BACK:
            s, _, x = rows[i]
            if x is not unit and rows[i][1] <= m.start() and _owns(x, owner, head):
                unit.add(NFO.unitOf, x.iri, Span(m.start(), e), RULE)
                break
            i -= 1
