"""Bodies inside an organisation named by their common noun and the organisation: "the trade
union of X Co., Ltd.", "X's party committee", "the trade union committee of Y University"
(nouns and classes: ``data/company-bodies.txt``).

Each (noun, organisation) is one new entity (rule ``name:company-body``, confidence 0.45),
labelled "Trade union of X" and ``nfo:unitOf`` the organisation; its mention is the noun (the
organisation's name stays a mention of its own). Later in the text, the noun after "the"
or after "the company's" / "its" ("chairman of the company's trade union") and the short word
alone ("the union") are mentions of the one body the text named with that noun, when it named
one; a body the text names with two organisations ("the trade union of A ... the trade union
of B") is left to those full forms. One scan for the nouns: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.reading.caseless import lower_text
from kg.ingest.reading.windows import Near

RULE, CONFIDENCE = "name:company-body", 0.45
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_POSS = re.compile(r"['\u2019]s\s+$")
_PLACE_GAP = re.compile(r"[ \t]+$")
_LEVEL = re.compile(r"\b[Tt]he\s+([a-z]+)\s+$")
_BACK = re.compile(r"(?:\b[Tt]he\s+(?:(?:company|group|corporation|university|bank|"
                   r"college|firm)['\u2019]s\s+)?|\b[Ii]ts\s+)$")


@lru_cache(maxsize=1)
def _table():
    rows = {}
    for line in lines("company-bodies"):
        noun, cls, short, *by = (x.strip() for x in line.split("|"))
        rows[noun] = (cls, None if short == "-" else short, by == ["site"])
    nouns = sorted(rows, key=len, reverse=True)
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
    shorts = sorted({s for _, s, _ in rows.values() if s}, key=len, reverse=True)
    ends = tuple(sorted({n.split()[-1] for n in rows}))     # (a text with none: nothing to do)
    # (tried only in the sentences that print a noun's last word: reading/windows.py; no noun
    # reads a full stop)
    rx = Near(re.compile(rf"(?<![\w\-])(?:{alt})(?![\w\-])", re.I),
              sorted({w.lower() for w in ends}), lower=True, stops=".")
    short_rx = re.compile(rf"(?<![\w\-])(?:{'|'.join(map(re.escape, shorts))})(?![\w\-])") \
        if shorts else None
    return rows, rx, short_rx, ends


@lru_cache(maxsize=1)
def _place_words() -> frozenset:
    """The last words of places a text then calls by that word ("the village", "the town")."""
    return words("host-place-words")


def _named_by(text, a, b, of, sites, places, by_level, printed):
    """The label of a body named by a works or a place, not an organisation: "Party branch of
    the X semi-coke plant" (a site another rule read right after "of the"), "X Village Party
    branch" (a place right before the noun, on its line). None when neither."""
    if of is not None and of.end() in sites and "\n\n" not in text[b:of.end()]:
        s, e, x = sites[of.end()]
        if x.label.lower() == " ".join(text[s:e].split()).lower() and x.label[:1].isupper():
            the = " the " if text[b:of.end()].rstrip().endswith("the") else " "
            return f"{printed[:1].upper()}{printed[1:]} of{the}{x.label}"
    gap = _PLACE_GAP.search(text, max(0, a - 4), a)
    if gap is not None and gap.start() in places:
        s, e, x = places[gap.start()]
        if x.label[:1].isupper() and "\n" not in text[s:a]:
            return f"{' '.join(text[s:e].split())} {printed}"
    level = _LEVEL.search(text, max(0, a - 16), a)
    if level is not None:
        # "the town Party committee": the one town the text names ("Laogaochuan Town")
        one = by_level.get(level.group(1).lower(), {})
        if len(one) == 1:
            return f"{next(iter(one.values()))} {printed}"
    return None


def propose(draft, spans_of, minter) -> list:
    """Add the bodies (see the module's docstring) to the draft and to ``spans_of``."""
    text = draft.text
    rows, rx, short_rx, ends = _table()
    low = lower_text(text)
    if not any(w in low for w in ends):
        return []
    hits = [m for m in rx.finditer(text)]
    if not hits:
        return []
    orgs = sorted((s, e, x) for s, e, x in spans_of if kind(x) == "org" and not x.role)
    by_start = {s: (s, e, x) for s, e, x in orgs}
    by_end = {e: (s, e, x) for s, e, x in orgs}
    # a works or a village a body may be named by ("the Party branch of the X plant", "the X
    # Village Party branch"): the body of its people, no unit of an organisation
    sites = {s: (s, e, x) for s, e, x in spans_of if x.cls == NFO.Site and not x.known
             and not x.role}
    places = {e: (s, e, x) for s, e, x in spans_of if kind(x) == "place" and not x.role
              and x.cls != NFO.Site}
    by_level: dict = {}         # "town" -> {label of each place named "X Town"}
    for _, _, x in places.values():
        if x.label.split() and x.label.split()[-1].lower() in _place_words():
            label = x.label.title() if x.label.isupper() else x.label   # (a heading's)
            by_level.setdefault(x.label.split()[-1].lower(), {})[x.label.lower()] = label
    covered = sorted((s, e) for s, e, _ in spans_of)
    cov_starts = [s for s, _ in covered]

    def inside_name(a, b):
        i = bisect.bisect_right(cov_starts, a) - 1
        while i >= 0 and i > bisect.bisect_right(cov_starts, a) - 8:
            s, e = covered[i]
            if s <= a and b <= e and (s, e) != (a, b):
                return True
            i -= 1
        return False

    made: dict = {}             # (noun, owner IRI) -> entity
    firsts: list = []           # (position, noun, entity) of the full forms
    mentions = []
    for m in hits:
        a, b = m.start(), m.end()
        if inside_name(a, b):
            continue
        noun = " ".join(text[a:b].lower().split())
        owner = None
        of = _OF.match(text, b)
        if of is not None and of.end() in by_start:
            owner = by_start[of.end()]
        else:
            p = _POSS.search(text, max(0, a - 4), a)
            if p is not None and p.start() in by_end:
                owner = by_end[p.start()]
        printed = " ".join(text[a:b].split())
        label = None
        if owner is None and rows[noun][2]:
            label = _named_by(text, a, b, of, sites, places, by_level, printed)
        if owner is None and label is None:
            mentions.append((a, b, noun))
            continue
        x = owner[2] if owner is not None else None
        key = (noun, x.iri if x is not None else label.lower())
        ent = made.get(key)
        if ent is None:
            cls, _, _ = rows[noun]
            if label is None:
                label = f"{noun[:1].upper()}{noun[1:]} of {x.label}"
            ent = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
            ent.aliases.add(noun)
            if x is not None:
                ent.add(NFO.unitOf, x.iri, Span(min(a, owner[0]), max(b, owner[1])), RULE)
            draft.entities[ent.iri] = ent
            made[key] = ent
            firsts.append((a, noun, ent))
        ent.mentions.append(Span(a, b))
    if not made:
        return []
    out = [(m.start, m.end, e) for e in made.values() for m in e.mentions]
    # later mentions: "the company's trade union", "its trade union", "the union"
    one = {}
    for _, noun, ent in firsts:
        one.setdefault(noun, set()).add(ent.iri)
    first_at = {noun: min(p for p, n, _ in firsts if n == noun) for noun in one}
    ents = {e.iri: e for e in made.values()}
    later = list(mentions)
    if short_rx is not None:
        later += [(s.start(), s.end(), s.group(0)) for s in short_rx.finditer(text)
                  if not any(s.start() >= a and s.end() <= b for a, b, _ in mentions)
                  and not any(s.start() >= m.start and s.end() <= m.end
                              for e in made.values() for m in e.mentions)]
    for a, b, word in later:
        nouns = [n for n in one if n == word or rows[n][1] == word]
        if len(nouns) != 1 or len(one[nouns[0]]) != 1 or a < first_at[nouns[0]]:
            continue
        if _BACK.search(text, max(0, a - 24), a) is None or inside_name(a, b):
            continue
        ent = ents[next(iter(one[nouns[0]]))]
        ent.mentions.append(Span(a, b))
        out.append((a, b, ent))
    spans_of.extend(out)
    return list(made.values())
