"""Facilities named by a proper name of their own before a lower-case head: "the Jinyuan heat
exchange station", "the Chengxi boiler house", "the Zhashui outlet of X Co., Ltd.", "Xitonggou
tailings pond" or "Caotan outlet" in a table's cell or at a line's start. Translated Chinese
notices name works, yards, farms and outlets so: the place or the unit's own name in pinyin,
then what the works is in lower case.

The name: one to three capitalised words right after "the" (or at the start of a line, a list
item or a table's cell), each a run of pinyin syllables that is no ordinary English word
(:func:`kg.ingest.names.person_names.reads_as_pinyin`, ``data/named-facility-not-names.txt``)
or a word of a place another rule named; then up to three lower-case modifiers ("heat
exchange", "copper-nickel") and a head: one of ``data/facility-heads.txt`` (not "site") or of
``data/named-facility-heads.txt``, heads too common alone ("outlet", "farm", "boiler house")
that a proper name makes one facility. Each is one new ``nfo:Site`` (rule
``site:named-facility``, confidence 0.5) labelled by the words as printed ("Jinyuan heat
exchange station"); a place among its words is no mention of its own there (data/CURATION.md,
rule 7). It runs after :mod:`kg.ingest.names.facility_nouns`, which reads "the Huangsha
tailings pond" when no other name is among its words (and gives it the article's company).

What the phrase states: ``nfo:concernsMetal`` the metals among its words ("Dachang magnesium
slag yard"), ``nfo:ownedBy`` an organisation right after "of (the)" ("the Zhashui outlet of X
Co., Ltd."), ``nfo:locatedIn`` a place or site right after "in / at (the)" ("... station in the
Sanchuan Industrial Park"). A place inside the name gives no location (data/CURATION.md,
"Stated versus inferred").

None when another name covers or crosses the phrase (a known organisation's name, "the
Chinalco smelter", is facility_nouns.py's; a capitalised "X Copper Mine" is a name of its own;
a new organisation's short name among the words is the works' name: "the Chengxi boiler house"
after "Fugu Chengxi Heating Co., Ltd.", no owner stated), after a possessive or "its"
(facility_nouns.py's) unless the head is one of named-facility-heads.txt ("its Shangluo
transfer centre": a site, its owner left to the reviewer), for a plural, a head that modifies the next noun ("the Fugu plant
gate"), a head of kind "made" ("line", "shop"), or a cell's or a line's first word that the text
also prints in lower case ("Alumina unloading station": capitalised by its place). One scan for
the heads, a bounded look back from each: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.names.facility_nouns import COMPOUND, head_hits, head_kinds, head_stem
from kg.ingest.names.person_names import reads_as_pinyin
from kg.ingest.reading.headlines import present_verbs
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "site:named-facility", 0.5
_LOOK = 100
_REFER = 30         # how many sites back a place's "the Fugu smelter" may refer
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|whose|is|are|was|were|be|been|has|have|had|will|would|shall|may|can|as|"
         "than|not|no|every|each|all|any|other|such|per|about|into|over|under|after|before|"
         "one|two|three|said|says|new|old|former")
_COMPASS = {"North", "South", "East", "West", "Upper", "Lower", "Central"}
# the look back from a head: what opens the name ("the", a line's, an item's or a cell's
# start, a possessive), the name's capitalised words (none a possessive), the lower-case
# modifiers
_BACK = re.compile(
    r"(?:(?P<the>(?<![\w'\u2019-])[Tt]he\s+)|(?P<cell>(?m:^)[ \t]*(?:[-*\u2022][ \t]*|"
    r"\(?\d{1,2}[.)][ \t]*)?|\|[ \t]*|(?<=\S)[ \t]{2,}|\t)|"
    r"(?P<poss>(?:(?<=\w)['\u2019]s|(?<![\w'\u2019-])(?:[Ii]ts|[Oo]ur|[Tt]heir))[ \t]+))"
    r"(?P<name>(?:(?!The[ ])[A-Z][a-z][A-Za-z'\u2019-]*(?<!['\u2019]s)[ ]){1,3})"
    rf"(?P<mods>(?:(?!(?:{_STOP})\b)[a-z][a-z\-]*[ ]){{0,3}})$")
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_IN = re.compile(r"[ \t]+(?:in|at|inside|within)[ \t]+(?:the[ \t]+)?")
_NEXT = re.compile(r"[ \t]+([A-Za-z]+)")
_LOWER = re.compile(r"(?<![\w'\u2019-])[a-z][a-z\-]*")


@lru_cache(maxsize=None)
def _heads() -> tuple[re.Pattern, dict]:
    """The heads of ``data/named-facility-heads.txt`` as one pattern (by first letter, longest
    first), and every head's kind (those of ``data/facility-heads.txt`` too)."""
    kinds = dict(head_kinds())
    groups: dict[str, list[str]] = {}
    for h in sorted(lines("named-facility-heads"), key=lambda h: (-len(h), h)):
        kinds.setdefault(h, "named")
        groups.setdefault(h[0], []).append(re.escape(h[1:]).replace(r"\ ", r"[ \t]+"))
    alt = "|".join(f"{re.escape(c)}(?:{'|'.join(r)})" for c, r in sorted(groups.items()))
    return re.compile(rf"\b(?:{alt})(?![\w\-])"), kinds


def _hits(text: str, rx) -> list:
    """The heads in lower case, both lists' (the facility heads' scan is shared:
    facility_nouns.head_hits), in order; of two that overlap, the one that starts first, and
    of two that start together the longer ("boiler house", not "boiler")."""
    hits = sorted([(h.start(), h.end()) for h in head_hits(text)]
                  + [(h.start(), h.end()) for h in rx.finditer(text) if h.group(0).islower()],
                  key=lambda x: (x[0], -x[1]))
    out, end = [], -1
    for a, b in hits:
        if a >= end:
            out.append((a, b))
            end = b
    return out


@lru_cache(maxsize=None)
def _not_names() -> frozenset:
    return words("named-facility-not-names") | words("common-words")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the facilities named by a proper name before a lower-case head to the draft and to
    ``spans_of``."""
    text = draft.text
    rx, kinds = _heads()
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    longest = max((x[1] - x[0] for x in spans), default=0)
    made: list[tuple[int, int, Entity]] = []
    by_label: dict[str, Entity] = {}
    not_names = _not_names()
    # the sites named so far by their first word and their head's last ("the Huangsha tailings
    # pond" is the "Huangsha molybdenum tailings pond" named before)
    by_ends: dict[tuple[str, str], Entity] = {}
    for x in spans:
        if x[2].cls == NFO.Site and not x[2].known and not x[2].role and _ends(x[2].label):
            by_ends.setdefault(_ends(x[2].label), x[2])
    lower: list = []
    sites = [x for x in spans if x[2].cls == NFO.Site and not x[2].known and not x[2].role]
    site_starts = [x[0] for x in sites]
    gone: list = []     # (the places printed inside the names)
    for a_head, b in _hits(text, rx):
        head = " ".join(text[a_head:b].split())
        kind_ = kinds.get(head)
        if kind_ is None or kind_ in ("placed", "seat"):
            continue        # ("its site in Golmud", "the head office": facility_nouns.py's)
        lo = max(0, a_head - _LOOK)
        m = _BACK.search(text, lo, a_head)
        if m is None:
            continue
        if any(w in present_verbs() for w in m.group("mods").split()):
            continue        # ("Zhongjin Lingnan shuts mine in Guangdong": a headline's verb)
        if m.group("poss") and kind_ != "named":
            continue        # ("its Fugu smelter": facility_nouns.py's, which gives its owner)
        if kind_ == "made":
            continue        # ("the Fugu line", "the Qinling ecological red line": no works)
        nxt = _NEXT.match(text, b)
        if nxt and nxt.group(1).lower() in COMPOUND or text[b:b + 1] in ("-", "/", "'", "\u2019"):
            continue        # ("the Fugu plant gate", "the Fugu plant's")
        a = m.start("name")
        # the names over the phrase: places (and metals, fields) inside it only
        i = bisect.bisect_left(starts, a - longest)
        near = [x for x in spans[i:bisect.bisect_left(starts, b)] if x[1] > a]
        name_end = m.end("name")
        if any(x[0] < a or x[1] > b or x[2].cls == NFO.Site
               or kind(x[2]) not in ("place", "metal", "field") and not _short_name(x, name_end)
               for x in near):
            continue        # (a name of its own there, or across it: another rule's)
        places = [x for x in near if kind(x[2]) in ("place", "org")]
        if m.group("cell") is not None and not lower:
            lower.append(frozenset(_LOWER.findall(text)))
        own = _name_words(text, m, places, not_names, lower[0] if lower else frozenset())
        if own is None:
            continue
        if not own:
            # (named only by a place or a company: "the Fugu smelter" after "a 3,000-tonne
            # smelter" is that one)
            ref = _site_before(sites, site_starts, a, head)
            if ref is not None:
                ref.mentions.append(Span(a, b))
                made.append((a, b, ref))
                gone.extend(x for x in near if kind(x[2]) == "place")
                continue
        label = " ".join(text[a:b].split())
        key = normalise_name(label)
        ent = by_label.get(key) or by_ends.get(_ends(label))
        if ent is None:
            ent = Entity(minter.mint(label), NFO.Site, label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            by_ends.setdefault(_ends(label), ent)
        elif normalise_name(ent.label) != key:
            ent.aliases.add(label)
        by_label[key] = ent
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
        span = Span(a, b)
        for x in near:
            if x[2].cls == NFO.Metal:
                ent.add(NFO.concernsMetal, x[2].iri, span, RULE)
            elif kind(x[2]) == "place":
                gone.append(x)      # ("the Wenshan smelter": no mention of Wenshan there)
        _after(text, b, ent, spans, starts, a)
    if gone:
        draft.drop_mentions(list({(x[0], x[1], id(x[2])): x for x in gone}.values()), spans_of)
    spans_of.extend(made)
    return [e for _, _, e in made]


def _short_name(x, name_end) -> bool:
    """Whether ``x`` is a new organisation named among the name's words by a part of its name
    ("the Chengxi boiler house" after "Fugu Chengxi Heating Co., Ltd."): the works' name, no
    owner stated (the curators give none)."""
    return kind(x[2]) == "org" and not x[2].known and not x[2].role and x[1] <= name_end


def _ends(label: str) -> tuple[str, str] | None:
    """A site's label by its first word, when a capitalised one, and its last."""
    ws = label.split()
    return (ws[0].lower(), ws[-1].lower()) if len(ws) > 1 and ws[0][:1].isupper() else None


def _site_before(sites, site_starts, a, head):
    """The last of the ``_REFER`` sites named before ``a`` whose label has ``head``'s stem."""
    stem = head_stem(head) or re.compile(r"\b" + re.escape(head.split()[-1]) + r"\b")
    i = bisect.bisect_left(site_starts, a) - 1
    for j in range(i, max(-1, i - _REFER), -1):
        if sites[j][1] <= a and stem.search(normalise_name(sites[j][2].label)):
            return sites[j][2]
    return None


def _name_words(text, m, places, not_names, lower) -> bool | None:
    """Whether the look back's name is one: None when a capitalised word of it is neither a
    place's or a new organisation's (another rule named them) nor a pinyin word that is no
    ordinary word, nor a compass word beside them (a possessive, "the Park's", names none);
    else whether a word of its own is among them (not only a place's or a company's)."""
    at = m.start("name")
    pinyin = own = False
    for w in re.finditer(r"\S+", m.group("name")):
        s, e = at + w.start(), at + w.end()
        word = w.group(0)
        if word.endswith(("'s", "\u2019s")):
            return None
        if any(x[0] <= s and e <= x[1] for x in places):
            pinyin = True
            continue
        if s == at and word.lower() in lower:
            return None     # (a cell's or a line's first word: "Alumina unloading station")
        if word in _COMPASS:
            continue
        if word.lower() in not_names or not reads_as_pinyin(word):
            return None
        pinyin = own = True
    return own if pinyin else None


def _after(text, b, ent, spans, starts, a) -> None:
    """The owner after "of" and the place after "in / at" the phrase is followed by."""
    for rx, pred, kinds in ((_OF, NFO.ownedBy, ("org",)), (_IN, NFO.locatedIn, ("place",))):
        m = rx.match(text, b)
        if m is None:
            continue
        j = bisect.bisect_left(starts, m.end())
        while j < len(spans) and spans[j][0] == m.end():
            x = spans[j]
            if kind(x[2]) in kinds and not x[2].role and x[2] is not ent:
                ent.add(pred, x[2].iri, Span(a, x[1]), RULE)
                break
            j += 1
