"""Lists a text names by what is on them, in lower case: "All three projects are on the county
government's 2026 list of key industrial projects", "the company stays on the list of
seriously dishonest statistical enterprises for one year", "both are on the X Center's
supplier list", "added 14 entities to its Entity List". A list a thing is put on, kept on or
taken off (``data/list-membership-cues.txt`` right before its phrase) is a catalogue of its
own (``nfo:Catalogue``, rule ``document:member-list``, 0.45), when its phrase says which list:
a word before "list" that is not an empty one ("the new list", "this list"), or an "of" phrase
after it ("list of key industrial projects"). Its owner before "'s" (an organisation of the
draft) issued it (``nfo:issuedBy``) and names it in the label ("Supplier list of the X
Center"); the phrase is an alias. The heads: list, catalogue, directory, white list, black
list. One regex pass: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "document:member-list", 0.45
# words before the head that say nothing of which list it is
_EMPTY = frozenset(("new latest same above following said current updated full complete entire "
                    "whole final draft first second third earlier previous relevant official "
                    "such that this these its their our".split()))
# words of level that say no more than whose list it is ("the provincial list")
_LEVEL = frozenset("provincial national municipal county city local central state regional "
                   "district prefectural".split())
_ADV = r"(?:(?:also|already|still|now|again|both|all|newly|each|then|later|formally|officially)\s+)*"
_MOD = r"(?:\d{4}|[a-z][a-z\-]*|\"[^\"\n]{1,30}\"|\u201c[^\u201d\n]{1,30}\u201d)"
_CAP = r"(?:[A-Z][A-Za-z\-]*)"
# the "of" phrase after the head: lower-case words (and a year, a quoted word), up to eight,
# to the first word of another phrase
_STOP = frozenset(("for from in on by with since until at to as which that who whose where when "
                   "and or but than under after before during over into within between is are "
                   "was were will would shall should has have had be been being of its their "
                   "the a an this these those".split()))


@lru_cache(maxsize=None)
def _rx() -> re.Pattern:
    cues = "|".join(f"(?:{c})" for c in lines("list-membership-cues"))
    cues = cues.replace(" ", r"\s+" + _ADV)
    return re.compile(
        rf"\b(?:{cues})\s+(?:the\s+|its\s+|their\s+|(?P<owner>(?:the\s+)?[\w'’\-. \t\n]{{1,80}}?['’]s\s+))?"
        rf"(?P<mods>(?:{_MOD}\s+){{0,4}})(?P<caps>(?:{_CAP}\s+){{0,4}})"
        rf"(?P<head>lists?|catalogues?|catalogs?|directory|directories|white\s+list|black\s+list|"
        rf"whitelist|blacklist|List|Catalogue|Directory)(?![\w\-])")


_OF = re.compile(r"[ \t\n]+of[ \t\n]+")
_WORD = re.compile(r"[ \t\n]*(\d{4}|[a-z][a-z\-]*|\"[^\"\n]{1,30}\"|\u201c[^\u201d\n]{1,30}\u201d)")


def _of_phrase(text: str, at: int) -> int:
    """The end of the "of" phrase after the head at ``at`` (``at`` when there is none)."""
    m = _OF.match(text, at)
    if m is None:
        return at
    end, n, p = at, 0, m.end()
    while n < 8:
        w = _WORD.match(text, p)
        if w is None or w.group(1).lower() in _STOP:
            break
        end, p, n = w.end(), w.end(), n + 1
    return end if n else at


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the lists described above to the draft and to ``spans_of``; returns them."""
    text = draft.text
    if "list" not in text and "List" not in text and "catalog" not in text and \
            "director" not in text:
        return []
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    ends = sorted((e, s, x) for s, e, x in spans)
    end_at = [x[0] for x in ends]
    made, out = [], []
    for m in _rx().finditer(text):
        head = m.group("head")
        caps = m.group("caps").split()
        if head[0].isupper() != bool(caps) or (caps and m.group("mods").strip()):
            continue        # ("its Entity List": a name in capitals; no lower-case word before)
        mods = [w for w in m.group("mods").split()]
        end = _of_phrase(text, m.end("head"))
        content = [w for w in mods if w.lower().strip('"\u201c\u201d') not in _EMPTY | _LEVEL]
        of_words = len(text[m.end("head"):end].split()) - 1
        if not caps and not content and of_words < 2:
            continue        # ("on the list", "to this list", "the provincial list", "the list
            #                 of metals whose ...": which list, not said)
        a = m.start("mods") if mods else (m.start("caps") if caps else m.start("head"))
        if any(s < end and a < e and not (m.end("head") < s and e <= end)
               for s, e, _ in spans_of):
            continue        # a name holds it, or it holds a name (not one of what it lists)
        owner = None
        if m.group("owner"):
            o_end = m.end("owner") - len(m.group("owner")) + len(m.group("owner").rstrip())
            o_end -= 2      # ("'s")
            i = bisect.bisect_left(end_at, o_end)
            while i < len(ends) and ends[i][0] == o_end:
                if kind_of(ends[i][2].cls) == "org":
                    owner = (ends[i][1], ends[i][0], ends[i][2])    # (start, end, entity)
                    break
                i += 1
            if owner is None and not re.fullmatch(
                    r"(?:the\s+)?(?:city|county|province|region|state|country|government|"
                    r"ministry|department|bureau|commission|autonomous\s+region)['’]s\s+",
                    m.group("owner")):
                continue    # ("Bob's list", "the company's list of contractors": no public
                #             body's)
        phrase = " ".join(text[a:end].split())
        label = phrase[:1].upper() + phrase[1:]
        if owner is not None and end == m.end("head"):
            label = f"{label} of {owner[2].label}"
        elif owner is not None:
            label = " ".join(text[owner[0]:end].split())
        ent = Entity(minter.mint(label), NFO.Catalogue, label, False, RULE, CONFIDENCE)
        if phrase.lower() != label.lower():
            ent.aliases.add(phrase)
        span = Span(a, end)
        ent.mentions.append(span)
        if owner is not None:
            ent.add(NFO.issuedBy, owner[2].iri, Span(owner[0], end), RULE)
        draft.entities[ent.iri] = ent
        made.append((a, end, ent))
        out.append(ent)
    spans_of.extend(made)
    return out
