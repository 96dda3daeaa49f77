"""A company described before it is named, as wire and court news open: "A recycled lead
producer in Jiaozuo, Henan Province, has been fined ... According to the judgment, X Co., Ltd.,
which ...", "Three zinc mining companies in Hezhang County received ... : (1) A Co., Ltd., ...;
(2) B ...; (3) C ...". The description's metals and its place ("in Y") are the named company's (rules
``context:described-ahead-metal@0.5`` and ``context:described-ahead-place@0.5``).

The description: "A" / "An" / a number up to ten at a sentence's start (or after a byline or
dateline), up to five words, a head of ``_HEADS`` ("producer", "smelter", "miner", "companies"),
then "in" / "from" / "based in" a place, a comma, or a verb; no name of an organisation inside
it, and no company named in its own sentence before it. The company: for "A" / "An" the first
company named after it, in the next two sentences, unless a preposition takes it as its
object ("Analysts at X said"); for a number N, N companies listed right
after one another (one per list item, or "A, B and C"), the first such run after it. Only the
first ``_LEAD`` characters of the body are read (the lead): one bounded pass."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

_LEAD = 3000
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_HEADS = ("producer", "producers", "smelter", "smelters", "refiner", "refiners", "miner",
          "miners", "maker", "makers", "manufacturer", "manufacturers", "processor",
          "processors", "trader", "traders", "company", "companies", "firm", "firms", "recycler",
          "recyclers", "supplier", "suppliers", "exporter", "exporters", "importer", "importers",
          "enterprise", "enterprises", "operator", "operators", "fabricator", "fabricators")
_RX = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.!?)] )|(?<=-- )|(?<=—)|(?<=[.!?)]  ))"
    r"(?P<n>A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\s+"
    r"(?P<desc>(?:[\w'’-]+\s+){0,5}?)"
    rf"(?P<head>{'|'.join(sorted(_HEADS, key=lambda h: (-len(h), h)))})\b"
    r"(?P<after>\s+(?:in|from|based\s+in)\s+(?:the\s+)?|\s*,|\s+(?:has|have|had|was|were|is|are|"
    r"will|would|said|says|paid|received|agreed|reported|announced|posted|plans|planned|"
    r"won|lost|faces|faced|got|gets|must|could|may|became|sold|bought|signed)\b)", re.M)
_DESC_STOPS = frozenset(("of", "for", "with", "to", "by", "the", "its", "their", "his", "her",
                         "whose", "which", "that", "who"))
_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# a name that is the object of a preposition ("analysts at X", "a unit of X", "data from X")
_OBJECT = re.compile(r"\b(?:at|of|from|for|with|by|to|under|than|between|and|or)\s+(?:the\s+)?$",
                     re.I)
_ITEM = re.compile(r"\n[ \t]*(?:\(?\d{1,2}[.)]|[*•-])[ \t]*")


def described_ahead(draft, spans_of, sents, kind) -> None:
    text = draft.text
    head = text[:_LEAD]
    if not any(f" {h}" in head for h in ("producer", "smelter", "refiner", "miner", "maker",
                                         "compan", "firm", "recycler", "supplier", "trader",
                                         "processor", "exporter", "importer", "enterprise",
                                         "operator", "fabricator")):
        return
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if not x.role]
    starts = [s for s, _, _ in rows]
    for m in _RX.finditer(head):
        words = m.group("desc").split()
        if any(w.lower() in _DESC_STOPS for w in words):
            continue
        n = _NUMBERS[m.group("n").lower()]
        if (n == 1) != (m.group("head")[-1] != "s" or m.group("head").endswith("ss")):
            continue            # "A ... producers", "Three ... company": no description
        a, b = m.start(), m.end("head")
        inside = rows[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
        if any(x.kind == "org" for _, _, x in inside):
            continue            # "A unit of X Co., Ltd.": named already
        metals = [x for _, _, x in inside if x.kind == "metal"]
        places = []         # (a place word inside, "A Jiangsu foil maker", is too loose)
        after = m.end("after")
        j = bisect.bisect_left(starts, after)
        if m.group("after").strip().startswith(("in", "from", "based")) and j < len(rows) and \
                rows[j][0] == after and rows[j][2].kind == "place" and not _site(rows[j][2]):
            places.append(rows[j][2])
        if not metals and not places:
            continue
        ss, se = sents.bounds(a)
        if any(x.kind == "org" and str(x.cls).endswith("#Company")
               for _, _, x in rows[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, a)]):
            continue            # a company named before it in its sentence: another reading
        named = _named(text, rows, starts, sents, se, n, kind)
        for ent in named:
            for metal in metals:
                ent.add(NFO.concernsMetal, metal.iri, Span(a, b),
                        "context:described-ahead-metal@0.5")
            for place in places:
                if place is not ent:
                    ent.add(NFO.locatedIn, place.iri, Span(a, b),
                            "context:described-ahead-place@0.5")


def _item_at(text, s) -> bool:
    """Whether the name at ``s`` opens a list item ("(2) B Co., Ltd., 2,800 tonnes")."""
    line = text.rfind("\n", max(0, s - 12), s)
    m = _ITEM.match(text, line) if line >= 0 else None
    return m is not None and m.end() == s


def _site(ent) -> bool:
    return str(ent.cls).endswith("#Site")


def _companies(rows, starts, a, b, kind):
    """The companies named in ``[a, b)`` (outermost names only), in text order."""
    out = []
    for s, e, x in rows[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
        if out and s < out[-1][1]:
            continue
        if kind(x) == "org" and str(x.cls).endswith("#Company"):
            out.append((s, e, x))
    return out


def _named(text, rows, starts, sents, se, n, kind) -> list:
    """The company (n == 1) or the n companies listed together that the description stands for."""
    end = se
    for _ in range(2):          # the next two sentences
        if end >= len(text):
            break
        end = sents.bounds(min(len(text) - 1, end + 1))[1]
    if n == 1:
        got = _companies(rows, starts, se, end, kind)
        if not got or _OBJECT.search(text, max(0, got[0][0] - 14), got[0][0]):
            return []       # "Analysts at X said": X is no subject the lead described
        return [got[0][2]]
    # a run of n companies, one per list item or joined by commas and "and"
    got = _companies(rows, starts, se, min(len(text), se + 2500), kind)
    for i in range(len(got) - n + 1):
        run = got[i:i + n]
        ok = True
        for (s1, e1, x1), (s2, e2, x2) in zip(run, run[1:]):
            if x1 is x2:
                ok = False
                break
            if _GAP.fullmatch(text, e1, s2) is None and not (
                    _item_at(text, s1) and _item_at(text, s2)
                    and text.count("\n", e1, s2) == 1):
                ok = False      # neither "A, B and C" nor one list item a line
                break
        if ok and (i + n == len(got) or not _GAP.fullmatch(text, run[-1][1], got[i + n][0])):
            return [x for _, _, x in run]
    return []
