"""The metals and fields an industry association, chamber or branch covers, stated by a sentence
whose subject it is: "The Chamber is a non-profit body of firms that trade and recycle copper,
aluminium and zinc", "The X Nonferrous Metals Industry Association, with 200 member units,
reported that its output statistics on titanium and magnesium were used ...", "the Association
would help its members turn primary magnesium and silicon metal into alloys". A trade body has
no works of its own: the metals its own sentences name are the trades it serves
(``nfo:concernsMetal``, ``nfo:concernsField``; rule ``org:association-metal@0.5``, a guess a
reviewer confirms). Known bodies are left alone (their trades are the graph's already), and so
are bodies that serve members rather than a trade (``data/association-not-trade-bodies.txt``:
"Federation of Trade Unions", "Youth League").

The subject is the body's name or a word that refers back to it ("the Association", "the
Chamber": ``data/association-back-heads.txt``; of the bodies named before it whose label holds
the word, the one named most often), opening its sentence (after an item's marker, "(3)",
"Article 2", or a clause of speech, "X said"); a sentence that goes on with "It" or "Its" is
read too. The sentence is read to its end (or a table's cell); a metal printed inside another
name ("X Magnesium Co., Ltd.") is not one, nor one the body's own name says ("the Magnesium
Branch ... primary magnesium").

Measured on the dev sets (round 53): 18 of 21 new pairs right (the wrong ones a telecom
company's branch drafted as an association's, a magnesium alloy its members trade beside
magnesium, a field of a company's branch). A ``str.find`` pass over the text per head word when
the draft has such a body, and one over its names: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE = "org:association-metal@0.5"
_BODIES = frozenset((NFO.IndustryAssociation, NFO.AssociationBranch))
_OWN_KINDS = ("metal", "field")     # a metal inside a metal's name is still printed as a metal
# a sentence's end, a paragraph's, or a table's cell: a "|" or a gap of columns
_END = re.compile(r"[.!?](?=[\s\"”’)]|$)|\n[ \t]*\n|\||(?<=\S)[ \t]{3,}(?=\S)")
_LONGEST = 400          # characters a sentence runs at most
_GOES_ON = 2            # sentences read after the one the body opens, when they open with "It"
_SPEECH = frozenset(("said", "says", "added", "stated", "noted"))
_STOPS = (". ", ".\n", "; ", ";\n", ": ", ":\n", "? ", "! ", "\n\n")
_MARKER = re.compile(r"\(\d{1,2}\)|\d{1,2}[.)]|[-*\u2022]")


@lru_cache(maxsize=1)
def _heads() -> tuple[str, ...]:
    return tuple(w.lower() for w in lines("association-back-heads"))


def _back(text: str, heads) -> list[tuple[int, int, str]]:
    """(start, end, head) of each "the Association", "the chamber" ... in ``text`` (not "the
    Association of ...": a name), for the head words ``heads``; found by ``str.find``."""
    out = []
    for head in heads:
        for word in (head[:1].upper() + head[1:], head):
            i = text.find(word)
            while i >= 0:
                j = i + len(word)
                k = i
                while k > 0 and text[k - 1] in " \t\n":
                    k -= 1
                if k < i and text[k - 3:k] in ("the", "The") \
                        and not (k > 3 and text[k - 4].isalnum()) \
                        and not text[j:j + 1].isalnum() \
                        and text[j:j + 4].split()[:1] != ["of"] \
                        and text[j:j + 5].split()[:1] != ["for"]:
                    out.append((k - 3, j, head))
                i = text.find(word, j)
    return sorted(out)


def association_metals(draft, spans_of, kind) -> int:
    """Add the metals and fields of the sentences trade bodies open; returns how many."""
    bodies = {id(x): x for s, e, x in spans_of if x.cls in _BODIES and not x.known}
    if not bodies:
        return 0
    # (a known body's trades are the graph's already; a union's or a league's are no trades)
    nots = lines("association-not-trade-bodies")
    bodies = {k: x for k, x in bodies.items() if not any(w in x.label.lower() for w in nots)}
    if not bodies:
        return 0
    text = draft.text
    named = sorted(((s, e, x) for s, e, x in spans_of if id(x) in bodies), key=lambda t: t[0])
    subjects = [(s, e, x) for s, e, x in named]
    count: dict = {}
    first: dict = {}
    for s, _, x in named:
        count[id(x)] = count.get(id(x), 0) + 1
        first.setdefault(id(x), (s, x))
    by_head: dict = {}      # head word -> (first mention, body) of the bodies it may stand for
    for s, x in sorted(first.values(), key=lambda t: t[0]):
        for w in set(x.label.lower().split()):
            by_head.setdefault(w, []).append((s, x))
    # the body a head word stands for at a point: of those named before it (else of all), the
    # one named most often, the article's own; of two as often, the one named last
    best: dict = {}
    for w, cands in by_head.items():
        run, top = [], None
        for _, x in cands:
            if top is None or count[id(x)] >= count[id(top)]:
                top = x
            run.append(top)
        best[w] = ([s for s, _ in cands], run)
    for ms, me, head in _back(text, [h for h in _heads() if h in by_head]):
        starts, run = best[head]
        k = bisect.bisect_left(starts, ms)
        subjects.append((ms, me, run[k - 1] if k else run[-1]))
    # (a body's name followed by a title or a name is no subject: "CNIA President A said")
    subjects = [(s, e, x) for s, e, x in subjects if _opens(text, s)
                and not (text[e:e + 1] in " \t" and text[e + 1:e + 2].isupper())]
    if not subjects:
        return 0
    inside = plain_containers(spans_of)
    things = [(s, e, x) for s, e, x in spans_by_start(spans_of) if x.kind in _OWN_KINDS
              and not ((s, e, id(x)) in inside and inside[(s, e, id(x))].kind not in _OWN_KINDS)]
    starts = [s for s, _, _ in things]
    n = 0
    for s, e, body in sorted(subjects, key=lambda t: t[0]):
        own = _words(body.label)
        at = e
        for _ in range(1 + _GOES_ON):
            end_m = _END.search(text, at, at + _LONGEST)
            end = end_m.start() if end_m else min(len(text), at + _LONGEST)
            for ts, te, x in things[bisect.bisect_left(starts, at):
                                    bisect.bisect_left(starts, end)]:
                if own & _words(x.label):
                    continue        # (a metal its name says: "the Magnesium Branch")
                pred = NFO.concernsMetal if x.kind == "metal" else NFO.concernsField
                if not body.statements.has(pred, x.iri):
                    body.add(pred, x.iri, Span(s, end), RULE)
                    n += 1
            # the next sentence goes on about the body when it opens with "It" or "Its"
            if end_m is None or text[end] not in ".!?":
                break
            nxt = text[end + 1:end + 8].lstrip(" \t\n\"”’)")
            if not (nxt.startswith("It ") or nxt.startswith("Its ")):
                break
            at = text.index(nxt[:3], end + 1) + 3
    return n


def _words(label: str) -> set[str]:
    return {w.strip("().,'\"-") for w in label.lower().split() if len(w) > 2}


def _opens(text: str, at: int) -> bool:
    """Whether the name at ``at`` opens its sentence (after an item's marker or a clause of
    speech, "X said that")."""
    lo = max(0, at - 120)
    stop = max(text.rfind(t, lo, at) for t in _STOPS)
    if stop >= 0:
        start = stop + 1
    elif lo == 0:
        start = 0
    else:
        return False
    words = text[start:at].split()
    if words and words[-1] in ("the", "The"):
        words.pop()
    if words and words[0] == "Article" and len(words) > 1 and words[1].isdigit():
        words = words[2:]
    elif words and _MARKER.fullmatch(words[0]):
        words = words[1:]
    if not words:
        return True
    if words[-1] == "that":
        words.pop()
    return bool(words) and len(words) <= 15 and words[0][:1].isupper() and words[-1] in _SPEECH
