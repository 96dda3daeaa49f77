"""An acronym the article defines for itself wins over the graph's entity of that acronym within
the article: after "The China National Investment Agency (CNIA) approved ...", "CNIA" is that
agency, not the China Nonferrous Metals Industry Association the graph calls CNIA (I-21); but
where the graph knows an entity only by the acronym ("LME"), the name spelled out before it is
that entity's. A list of participants may define the short forms its tables use in square
brackets ("X Co., Ltd. (SPIC) [HHD]": HHD is X, an aside in brackets between)."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.names.acronym_spellings import other_kind
from kg.ingest.names.surgery import fold
from kg.ingest.reading.text import normalise_name


def take_over(draft, spans_of: list, acro: str, ent, other_iri) -> bool:
    """Moves the mentions printed exactly as ``acro`` from the known entity ``other_iri`` to
    ``ent`` (in the draft and in ``spans_of``); drops the known entity from the draft when it
    has no mention left. True when the article defines ``acro`` for ``ent`` (it is not a name
    of ``other_iri`` spelled out before the parenthesis)."""
    if other_iri == ent.iri or not abbreviates(acro, ent.label):
        return False        # "TMS Annual Meeting (USA)": a place in brackets, no definition
    other = draft.entities.get(other_iri)
    if other is not None and not ent.known and normalise_name(other.label) == normalise_name(acro) \
            and not other_kind(ent.label, str(other.cls).rsplit("#", 1)[-1]):
        # the graph knows it only by the acronym ("LME"): "London Metal Exchange (LME)" spells
        # that entity out, the new name is a mention of it
        fold(draft, spans_of, ent, other)
        return False
    moved = []
    if other is not None:
        key = normalise_name(acro)
        keep = []
        for sp in other.mentions:
            if normalise_name(draft.text[sp.start:sp.end]) == key:
                moved.append(sp)
            else:
                keep.append(sp)
        other.mentions[:] = keep
        if not keep:
            del draft.entities[other_iri]
        gone = {(sp.start, sp.end) for sp in moved}
        spans_of[:] = [x for x in spans_of
                       if not (x[2] is other and (x[0], x[1]) in gone)]
    for sp in moved:
        ent.mentions.append(Span(sp.start, sp.end))
        spans_of.append((sp.start, sp.end, ent))
    return True


def abbreviates(acro: str, name: str) -> bool:
    """The acronym's capitals are, in order, among the initials and capitals of the name's words
    (CNIA: China National Investment Agency; SAC/TC: Standardization Administration ...)."""
    letters = [c for c in acro if c.isupper()]
    pool = "".join(c for w in name.split() for c in w if c.isupper()).upper() or \
        "".join(w[0] for w in name.split()).upper()
    if not letters or not pool or letters[0] != pool[0]:
        return False
    it = iter(pool)
    return all(c in it for c in letters)


# "Long Name (LN)": the acronym in brackets after a name; "Long Name Co., Ltd. [LNC]" in square
# brackets, as a list of participants defines the short forms its tables use (round 25)
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9&\-]{1,11}(?:/[A-Z][A-Za-z0-9\-]{0,6})?(?: \d{1,4})?)\)"
                      r"|\[(?P<sq>[A-Z][A-Z0-9&\-]{1,7})\]")
_ASIDE_BEFORE = re.compile(r"\([^()\n]{1,40}\)[ \t]*$")


def acronyms(text: str, spans: list[tuple[int, int, object]]) -> list[tuple[str, object, int]]:
    """``Long Name (LN)``: the acronym and the thing the name just before it stands for: the
    longest name ending there ("Kunming Institute of Rare and Precious Metals (KIRPM)" is the
    institute, not the metals named at its end), unless the acronym abbreviates only a shorter
    one ("the council meeting of the China Tungsten Industry Association (CTIA)": the
    association, not the meeting)."""
    ending: dict = {}
    for s, e, thing in spans:
        ending.setdefault(e, []).append((s, thing))
    out = []
    for m in _ACRONYM.finditer(text):
        before = m.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        g = 1 if m.group(1) else "sq"
        if g == "sq":       # "X Co., Ltd. (SPIC) [HHD]": an aside in brackets comes between
            aside = _ASIDE_BEFORE.search(text, max(0, before - 48), before)
            if aside is not None:
                before = aside.start()
                while before > 0 and text[before - 1] in " \t":
                    before -= 1
        if before > 1 and text[before - 1] == "\n" and text[before - 2] != "\n":
            before -= 1     # "... Industry Association\n(CTIA)": a hard-wrapped line
            while before > 0 and text[before - 1] in " \t":
                before -= 1
        names = sorted(ending.get(before, ()), key=lambda x: x[0])     # the longest first
        if not names:
            continue
        s, thing = names[0]
        acro = m.group(g)
        if len(names) > 1 and not _abbreviates_name(acro, thing, text[s:before]):
            s, thing = next(((s2, t2) for s2, t2 in names[1:]
                             if _abbreviates_name(acro, t2, text[s2:before])), (s, thing))
        if _stands_for(acro, thing, text[s:before]):
            out.append((acro, thing, m.start(g)))
    return out


def _abbreviates_name(acro: str, thing, printed: str) -> bool:
    return any(abbreviates(acro, n) for n in (printed, getattr(thing, "label", "") or "") if n)


def _stands_for(acro: str, thing, printed: str) -> bool:
    """Whether the bracketed word can be a short name of the name before it: an acronym (two
    or more capitals: "GFEX", "CNIA"), a word of that name ("Haibo"), or the name's initials;
    not a place in brackets ("China (Jinzhou) Summit": Jinzhou is not China)."""
    if sum(c.isupper() for c in acro) >= 2:
        return True
    key = acro.lower()
    names = (printed, getattr(thing, "label", "") or "")
    return any(key in n.lower().split() for n in names) or any(
        abbreviates(acro, n) for n in names if n)
