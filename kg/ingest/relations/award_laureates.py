"""Award grants to the laureates an award's report lists, however its sentences word it (the
rules of :mod:`affiliations`, :mod:`award_passives` and :mod:`award_ranks` read fixed orders
right beside the award's name):

* a sentence, after the award is named (in it, or before it within ``_REACH`` characters),
  that says who won by a word of ``data/laureate-cues.txt``: a noun of the winners ("The
  laureates are A of X, for zinc electrowinning; B of Y, for tin refining"), a verb of receiving
  ("B was honoured for lead refining"), or of taking an award ("A received the medal for copper
  smelting", not "A received the guests"), a verb of giving an award ("X presented the prize
  to A and B": only the people after the verb), a citation ("A, for her work on nickel"): each
  person it names wins, except the givers ("presented by Vice Minister C and D");
* a sentence that ends in ":" with such a word ("This year's winners are:"), and then one winner
  a list line ("1. A, Y University - titanium alloys"): the line's person, else its
  organisation.

Each winner gets one ``nfo:AwardGrant`` (rule ``award:laureate``): the award, the recipient,
the award's giver (its ``nfo:conferredBy``, else an organisation printed inside its name: "the
X Award of the Y Society", else the organisation that is the subject of the giving verb or of "announced" in the sentence or in the award's first sentence), and the metals
and fields named in the winner's stretch (from the winner to the next winner or the end of the
sentence or line: the citation). Not a winner the draft already grants that award; not without
an award entity in the draft. One pass over the sentences after the first award: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.caseless import compile_lower, lowered
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.relations.affiliations import grant_node
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "award:laureate"
_REACH = 1500           # how far before a sentence the award it speaks of may be named
# a list line's marker: "1.", "1)", "(1)", "1\u3001", "a)", "(a)", a bullet or dash
_LIST_LINE = re.compile(r"[ \t]*(?:\d{1,2}[.)\u3001]|\(\d{1,2}\)|\(?[a-h]\)|"
                        r"[-*\u2022\u00b7\u2013\u25aa])[ \t]+")
# a line that goes on the item above it: indented, or after a line its item does not end
_INDENTED = re.compile(r"[ \t]+\S")
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,4}$")
_BY_WORD = re.compile(r"\bby\b")
# a capitalised award name the draft has no award for: its sentence speaks of that one
_OTHER_AWARD = re.compile(r"\b[A-Z][\w\-]*[ \t]+(?:Awards?|Prizes?|Medals?)\b")
# (a time between the giver and its verb: "X on Thursday handed out", "X, on 3 May, named")
_WHEN = r"(?:\s*,?\s+(?:on\s+(?:\w+\s+)?\w+|this\s+\w+|last\s+\w+|yesterday|today|" \
        r"earlier\s+this\s+\w+|in\s+(?:19|20)\d\d)\s*,?)?"
_ANNOUNCE = re.compile(_WHEN + r"\s+(?:has\s+|have\s+)?(?:announced|named|unveiled|released|"
                       r"published|presented|awarded|gave|conferred|handed|bestowed|granted|"
                       r"honou?red)\b")
_CONCEPTS = ("metal", "field")
# what a verb of taking must take for its subject to be a winner: "received the prize", "won
# a gold medal", "took home this year's award" (or the award's own name right after it)
_AWARD_OBJECT = re.compile(r"(?:\s+[\w'\u2019\-]+){0,5}?\s+(?:prizes?|awards?|medals?|honou?rs?|"
                           r"titles?|troph(?:y|ies)|accolades?|distinctions?|laurels|"
                           r"recognition|fellowships?)\b", re.I)
_TAKE_REACH = 60
_TOKEN = re.compile(r"[a-z]+(?:-[a-z]+)?")


@lru_cache(maxsize=1)
def _cues() -> re.Pattern:
    groups: dict = {}
    for line in lines("laureate-cues"):
        group, phrase = line.split(None, 1)
        groups.setdefault(phrase.lower(), group)
    alts = sorted(groups, key=lambda p: (-len(p), p))
    rx = compile_lower(r"\b(?:" + "|".join(r"\s+".join(map(re.escape, p.split())) for p in alts)
                       + r")\b")
    firsts = frozenset(p.split()[0] for p in alts)
    return rx, groups, firsts


def award_laureates(draft, spans_of, sents, kind, minter) -> None:
    text = draft.text
    award_cls = str(NFO.Award)
    awards = sorted((m.start, m.end, e) for e in draft.entities.values()
                    if str.__eq__(e.cls, award_cls) for m in e.mentions)
    if not awards:
        return
    rx, groups, firsts = _cues()
    low = lowered(text)         # (one case-sensitive pass over the lower-cased text)
    found = []
    windows = _windows(awards, sents, len(text))
    for wa, wb in windows:
        for w in _TOKEN.finditer(low, wa, wb):      # the cue is tried where its first word is
            if w.group(0) in firsts:
                m = rx.match(low, w.start())
                if m is not None:
                    found.append((m.start(), m.end(), groups[" ".join(m.group(0).split())]))
    if not found:
        return
    rows = _rows(spans_of, kind)
    starts = [x[0] for x in rows]
    aw_starts = [a[0] for a in awards]
    granted = set()
    for ent in draft.entities.values():
        if str(ent.cls).endswith("#AwardGrant"):
            aw = [o for p, o, _, _ in ent.statements if p == NFO.award]
            granted.update((o, a) for p, o, _, _ in ent.statements if p == NFO.recipient
                           for a in aw)
    named_in = None
    said_in = {}            # award -> the sentences that name it
    for s_, e_, award in awards:
        said_in.setdefault(award.iri, []).append(sents.bounds(s_))
    found_at = [c[0] for c in found]
    for a, b in (x for wa, wb in windows for x in _statements(
            text, sents.starts[bisect.bisect_left(sents.starts, wa):
                               bisect.bisect_left(sents.starts, wb)] + [wb])):
        cues = [c for c in found[bisect.bisect_left(found_at, a):bisect.bisect_left(found_at, b)]
                if c[1] <= b]
        cues = [c for c in cues if c[2] not in ("take", "give")
                or _takes_award(text, c[1], b, aw_starts)]
        cues = [c for c in cues if c[2] != "noun" or not _earlier(text, c[0])]
        if not cues:
            continue
        k = bisect.bisect_left(aw_starts, a)
        inside = [x for x in awards[k:] if x[0] < b]
        if inside:
            award = inside[0][2]
        else:
            j = bisect.bisect_left(aw_starts, a) - 1
            if j < 0 or a - awards[j][1] > _REACH or _OTHER_AWARD.search(text, a, b):
                continue
            award = awards[j][2]
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        here = [x for x in rows[lo:hi] if x[1] <= b]
        givers = [o for p, o, _, _ in award.statements if p == NFO.conferredBy]
        if text[a:b].rstrip().endswith(":"):
            winners = _listed(text, rows, starts, b, kind)
        else:
            winners = _named(text, here, cues, b, kind, givers, any(
                x[0] >= a and x[1] <= cues[0][0] for x in inside))
        if not winners:
            continue
        if not givers:
            if named_in is None:
                named_in = _named_in(spans_of, awards, kind)
            givers = named_in.get(award.iri) or _giver(text, here, kind) or next(
                (g for sa, sb in said_in[award.iri] if sa < b
                 for g in [_giver(text, _rows_in(rows, starts, sa, sb), kind)] if g), [])
        for rec, seg_end, span in winners:
            if (rec.iri, award.iri) in granted or rec.iri in givers:
                continue
            granted.add((rec.iri, award.iri))
            node = grant_node(minter, award.label, award.label, rec, RULE, 0.5, span)
            node.add(NFO.award, award.iri, span, RULE)
            node.add(NFO.recipient, rec.iri, span, RULE)
            for g in givers:
                node.add(NFO.conferredBy, g, span, RULE)
            lo2, hi2 = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, seg_end)
            for s2, e2, c in rows[lo2:hi2]:
                kc = c.kind
                if kc in _CONCEPTS and e2 <= seg_end:
                    node.add(NFO.concernsMetal if kc == "metal" else NFO.concernsField, c.iri,
                             Span(span.start, seg_end), RULE)
            draft.entities[node.iri] = node


_READ = ("person", "org", "metal", "field", "award")


def _rows(spans_of, kind):
    """The names this rule reads (people, organisations, metals, fields, awards) in text order,
    longest first at a start, less those printed inside the one before."""
    rows = [x for x in spans_by_start_longest(spans_of)
            if kind(x[2]) in _READ and x[2].cls not in RELATION_NODES]
    out, end = [], -1
    for x in rows:
        if x[1] <= end and out and x[0] >= out[-1][0] and (x[0], x[1]) != out[-1][:2]:
            continue            # "Central South University" inside a longer name
        out.append(x)
        end = max(end, x[1])
    return out


def _named_in(spans_of, awards, kind) -> dict:
    """award -> the organisations printed inside its name ("the Youth Science Award of the
    China Nonferrous Metals Society"): its giver. (A bisect per organisation.)"""
    out: dict = {}
    a_starts = [a[0] for a in awards]
    for s, e, ent in spans_of:
        k = bisect.bisect_left(a_starts, s) - 1       # the awards that start before it
        while k >= 0 and s - awards[k][0] < 200:
            a, b, award = awards[k]
            if e <= b and ent.kind == "org" and ent.iri not in out.get(award.iri, ()):
                out.setdefault(award.iri, []).append(ent.iri)
            k -= 1
    return out


def _windows(awards, sents, n):
    """The stretches a cue may be read in: from each award's sentence to ``_REACH``
    characters after it, to the end of that sentence; merged."""
    out = []
    for s, e, _ in awards:
        a = sents.bounds(s)[0]
        b = sents.bounds(min(n - 1, e + _REACH))[1]
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


@lru_cache(maxsize=1)
def _earlier_rx() -> re.Pattern:
    alts = sorted(lines("earlier-laureate-marks"), key=len, reverse=True)
    return re.compile(r"(?<![\w'])(?:" + "|".join(r"\s+".join(map(re.escape, a.split()))
                                                  for a in alts) + r")\s+(?:\w+\s+)?$", re.I)


def _earlier(text, at) -> bool:
    """Whether the noun of winners at ``at`` is an earlier edition's ("last year's winner",
    "former laureates", "the previous two winners": data/earlier-laureate-marks.txt)."""
    return _earlier_rx().search(text[max(0, at - 40):at].replace("\u2019", "'")) is not None


def _takes_award(text, at, end, aw_starts) -> bool:
    """Whether what the verb ending at ``at`` takes is an award: an award noun within a few
    words, or an award's name printed within ``_TAKE_REACH`` characters."""
    stop = min(end, at + _TAKE_REACH)
    if _AWARD_OBJECT.match(text, at, stop):
        return True
    k = bisect.bisect_right(aw_starts, at)
    return k < len(aw_starts) and aw_starts[k] < stop


def _statements(text, bounds):
    """The sentences from ``bounds``, those that a ";" ends joined to the next ("The
    laureates are A, for zinc; B, for tin; and C, for lead.")."""
    a = bounds[0]
    for b in bounds[1:]:
        if b < len(text) and text[a:b].rstrip().endswith(";") and b - a < 2000:
            continue
        yield a, b
        a = b


def _rows_in(rows, starts, a, b):
    lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
    return [x for x in rows[lo:hi] if x[1] <= b]


def _giver(text, here, kind) -> list:
    """The organisation right before a verb of giving or announcing in ``here``'s sentence."""
    for s, e, ent in here:
        if ent.kind == "org" and _ANNOUNCE.match(text, e):
            return [ent.iri]
    return []


def _named(text, here, cues, end, kind, givers, award_first=False):
    """(winner, end of its stretch, span) for each person of the sentence that wins
    (``award_first``: the award is named in the sentence before its first cue, its subject)."""
    people = [x for x in here if kind(x[2]) == "person"]
    first = cues[0]
    # "The prize went to A", "... was conferred on B": the winners follow the cue, as after a
    # verb of giving, and, when the award is the verb's subject, may be organisations, as
    # after a noun of the winners (not "The metal goes to X Motor")
    to = first[2] == "receive" and text[first[0]:first[1]].split()[-1].lower() in ("to", "on")
    if first[2] == "give" or to:        # "X presented the prize to A and B": after the verb
        people = [x for x in people if x[0] >= first[1]]
    people = [x for x in people if not _given_by(text, x[0], cues)]
    if not people and (first[2] == "noun" or to and award_first):  # "The winners are A and B"
        people = [x for x in here if kind(x[2]) == "org" and x[0] >= first[1]
                  and x[2].iri not in givers and not _given_by(text, x[0], cues)]
    out, seen = [], set()
    for i, (s, e, ent) in enumerate(people):
        if ent.iri in seen:
            continue
        seen.add(ent.iri)
        nxt = next((x[0] for x in people[i + 1:] if x[2].iri != ent.iri), end)
        out.append((ent, nxt, Span(s, e)))
    return out


def _given_by(text, at, cues) -> bool:
    """Whether the name at ``at`` follows "by" after a cue, before the next cue ("presented by
    A and B"; "awarded by A, went to C": C is no giver), or "by (the) A" right before it."""
    if _BY.search(text, max(0, at - 60), at):
        return True
    last = None
    for s, e, _ in cues:
        if s >= at:
            break
        last = e
    return last is not None and _BY_WORD.search(text, last, at) is not None


def _listed(text, rows, starts, pos, kind):
    """One winner a list item from ``pos`` on (the item's person, else its organisation), up
    to the first line that is neither a list line nor the hard-wrapped rest of an item (an
    indented line, or one after a line that ends in no "." or ";"); the item's stretch runs
    to the end of its last line (its citation: "(2) A, professor at X, for work on\n
    low-grade tungsten ore")."""
    out = []
    item = None                 # (winner row or None, its line start) of the open item
    last = ""                   # the last line read
    while pos < len(text):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        line = text[pos:le]
        if not line.strip():
            if out or item is not None:
                break
            pos = le + 1
            continue
        m = _LIST_LINE.match(text, pos)
        if m is None:
            if item is None or not (_INDENTED.match(line) or last.rstrip()[-1:] not in ".;"):
                break
            if out and out[-1][0] is item[0]:        # the item's stretch goes on
                out[-1] = (out[-1][0], le, out[-1][2])
        else:
            here = _rows_in(rows, starts, m.end(), le)
            who = [x for x in here if kind(x[2]) == "person"] or \
                [x for x in here if kind(x[2]) == "org"]
            item = (who[0][2] if who else None, pos)
            if who:
                s, e, ent = who[0]
                out.append((ent, le, Span(s, e)))
        last = line
        pos = le + 1
    return out
