"""Where a thing is, stated by a short description set off right after its name:

* with a verb of being placed, any description: "X Co., Ltd., a trading firm registered in
  Xiamen", "Y Pty Ltd, a miner headquartered in Perth", "Z, a futures company based in Dalian"
  (rule ``context:described-in-place``);
* without one, a description whose head says what the thing is (``data/described-heads.txt``:
  for an organisation "a copper smelter in Hunan", "a lithium producer in Salta"; for a project
  "an open-pit mine in Norrbotten County"): same rule, ``@0.5``. (A place or site so described,
  "X, a salt flat in the Y department", is named_in_place's: ``names/appositive_places``.)

The seat stated around the name says it too (rule ``context:seat-in-place``): "X, with
headquarters in Y,", "X (headquartered in Y)", a site's or project's "X is located / situated in Y", "X lies
in Y", a sentence that opens "Headquartered in Y, X
..." or "Founded in 2003 and based in Y, X ...", and "It is based in Y." right after a
sentence that opens with the thing's name (``@0.5``).

The place must be named right after "in" / "at" ("the"); its name ends the phrase or goes on
with a comma or a place of its own ("in Gejiu, Honghe Prefecture": Gejiu). Not: a description
that names another organisation or place before the place ("a unit of A based in Y": A's
place, perhaps), one that ranks the thing ("the largest smelter in China", "the only refinery
in Peru": a superlative or rank says where it leads, not where it is), one that joins two
things ("a joint venture of A and B in Z"), nor a place followed by "'s" ("in Hunan's X
County": the larger place; named_in_place reads the pair). One anchored match per name that a
comma follows: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

_VERBS = ("based", "registered", "headquartered", "located", "situated", "incorporated",
          "domiciled", "sited", "seated")
_RANKS = re.compile(r"(?:\w+est|leading|top|first|second|third|only|sole|main|No\.?|number|"
                    r"largest|biggest|major|chief|principal|premier|dominant|key)$", re.I)
_JOINS = frozenset(("of", "and", "or", "to", "for", "with", "from", "by", "on", "between",
                    "among", "under", "owned", "run", "operated", "controlled", "whose", "which",
                    "that", "its", "their", "his", "her"))


@lru_cache(maxsize=1)
def _heads() -> dict:
    out: dict = {}
    for line in lines("described-heads"):
        what, *nouns = re.split(r"\s{2,}", line)
        for n in nouns:
            out[n.lower()] = what
    return out


@lru_cache(maxsize=1)
def _rx():
    verbs = "|".join(sorted(_VERBS, key=lambda v: (-len(v), v)))
    return re.compile(
        r",\s*(?:a|an)\s+(?P<desc>(?:[\w'’&./-]+\s+){0,7}?)"
        rf"(?:(?P<verb>{verbs})\s+)?(?:in|at)\s+(?:the\s+)?", re.I)


_SEAT_AFTER = re.compile(r"\s*(?:,\s*with\s+(?:its\s+)?(?:headquarters|head\s+office|"
                         r"registered\s+office|seat|base)|\(\s*(?:headquartered|based|registered|"
                         r"located))\s+in\s+(?:the\s+)?")
# a site, project or place: "The X Mine is located in Y", "X lies in Y", "the plant is in Y
# Town" (a company's "is based in" is ownership.py's org:based-in)
_SEAT_VERB = re.compile(r"\s+(?:(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:located|situated|"
                        r"sited)|lies|lay|sits|stands|is|are)\s+in\s+(?:the\s+)?")
_SEAT_BEFORE = re.compile(r"(?:(?:Founded|Established|Set\s+up|Incorporated|Formed)\s+in\s+"
                          r"\d{4}\s+and\s+(?:is\s+)?(?:headquartered|based|registered|located)|"
                          r"(?:Headquartered|Based|Registered|Located|Situated))\s+in\s+(?:the\s+)?")
_SEAT_IT = re.compile(r"It\s+(?:is|was|has\s+been|remains)\s+(?:also\s+|still\s+)?"
                      r"(?:based|headquartered|located|registered|situated)\s+in\s+(?:the\s+)?")
_BEFORE_CUES = ("Headquartered in", "Based in", "Registered in", "Located in", "Situated in",
                "and based in", "and headquartered in", "and registered in", "and located in",
                "and is based in", "and is headquartered in")
_CHAIN = re.compile(r",\s*")


def described_places(text, spans_of, kind) -> None:
    seats = "quartered" in text or "ased in" in text or "egistered in" in text or \
        "ocated in" in text or "ituated in" in text or "head office" in text or \
        "lies in" in text or "sits in" in text or "stands in" in text or "sited in" in text or \
        " is in " in text or " are in " in text
    if ", a" not in text and ",\na" not in text and not seats:
        return
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if not x.role]
    starts = [s for s, _, _ in rows]
    if seats:
        _seats(text, rows, starts, kind)
    rx = _rx()
    heads = _heads()
    for s, e, ent in rows:
        if text[e:e + 1] != ",":
            continue
        m = rx.match(text, e, e + 160)
        if m is None:
            continue
        k = ent.kind
        if k not in ("org", "place", "project") or ent.cls == NFO.Country:
            continue    # (a country is based nowhere: "the X of Australia, a charity based in Y")
        words = m.group("desc").split()
        if any(w.lower() in _JOINS or _RANKS.match(w) for w in words):
            continue
        if m.group("verb") is None:
            if k == "place" or not words or _head(words, heads) != ("org" if k == "org" else "place"):
                continue
            rule = "context:described-in-place@0.5"
        else:
            rule = "context:described-in-place"
        # the place: the name that starts where the phrase ends, and no name before it
        j = bisect.bisect_left(starts, e + 1)
        while j < len(rows) and rows[j][0] < m.end():
            if rows[j][2].kind in ("org", "place"):
                break           # a name inside the description ("a unit of A based in Y")
            j += 1
        if j < len(rows) and rows[j][0] < m.end():
            continue
        place = None
        while j < len(rows) and rows[j][0] == m.end():
            if rows[j][2].kind == "place" and rows[j][2] is not ent:
                place = rows[j]
                break
            j += 1
        if place is None or text[place[1]:place[1] + 2] in ("'s", "’s"):
            continue
        ent.add(NFO.locatedIn, place[2].iri, Span(s, place[1]), rule)


def _head(words, heads):
    """What the description's last one or two words name ("salt flat", "smelter"), or None."""
    two = " ".join(words[-2:]).lower().strip(",")
    one = words[-1].lower().strip(",")
    return heads.get(two) or heads.get(one)


def _place_at(rows, starts, pos, ent, kind):
    """The place whose name starts at ``pos`` (not ``ent`` itself), or None."""
    j = bisect.bisect_left(starts, pos)
    while j < len(rows) and rows[j][0] == pos:
        if rows[j][2].kind == "place" and rows[j][2] is not ent:
            return rows[j]
        j += 1
    return None


def _seats(text, rows, starts, kind) -> None:
    """"X, with headquarters in Y", "X (based in Y)", "Headquartered in Y, X ...", "It is
    based in Y." after a sentence that opens with X's name."""
    after = "with head" in text or "with its head" in text or "(head" in text or \
        "(based" in text or "(registered" in text or "(located" in text or "with registered" in \
        text or "with its registered" in text or "with its seat" in text or "with its base" in \
        text or "located in" in text or "situated in" in text or "lies in" in text or \
        "sits in" in text or "stands in" in text or "lay in" in text or "sited in" in text or \
        " is in " in text or " are in " in text
    for s, e, ent in rows if after else ():
        if text[e:e + 1] not in (",", " ", "(") or ent.kind not in ("org", "project", "place"):
            continue
        m = _SEAT_AFTER.match(text, e, e + 60) if ent.kind == "org" else \
            _SEAT_AFTER.match(text, e, e + 60) or _SEAT_VERB.match(text, e, e + 40)
        place = _place_at(rows, starts, m.end(), ent, kind) if m else None
        if place is not None and text[place[1]:place[1] + 2] not in ("'s", "’s"):
            ent.add(NFO.locatedIn, place[2].iri, Span(s, place[1]), "context:seat-in-place")
    before = any(w in text for w in _BEFORE_CUES)
    for m in _SEAT_BEFORE.finditer(text) if before else ():
        if not _opens_sentence(text, m.start()):
            continue
        place = _place_at(rows, starts, m.end(), None, kind)
        if place is None:
            continue
        end = place[1]
        while True:             # "Based in Ganzhou, Jiangxi Province, X ...": the chain
            c = _CHAIN.match(text, end)
            nxt = _place_at(rows, starts, c.end(), None, kind) if c else None
            if nxt is None:
                break
            end = nxt[1]
        c = _CHAIN.match(text, end)
        if c is None:
            continue
        j = bisect.bisect_left(starts, c.end())
        if j < len(rows) and rows[j][0] == c.end() and rows[j][2].kind == "org":
            rows[j][2].add(NFO.locatedIn, place[2].iri, Span(m.start(), rows[j][1]),
                           "context:seat-in-place")
    sents = None
    for m in _SEAT_IT.finditer(text):
        if not _opens_sentence(text, m.start()):
            continue
        place = _place_at(rows, starts, m.end(), None, kind)
        if place is None:
            continue
        # the sentence before, and the name that opens it
        if sents is None:
            sents = Sentences(text)
        prev, _ = sents.bounds(max(0, sents.bounds(m.start())[0] - 1))
        prev += len(text[prev:m.start()]) - len(text[prev:m.start()].lstrip())
        j = bisect.bisect_left(starts, prev)
        if j >= len(rows) or rows[j][0] >= m.start():
            continue
        s0, e0, ent = rows[j]
        lead = text[prev:s0]
        if lead.strip() not in ("", "The", "the") or ent.kind not in ("org", "project", "place") \
                or (ent.kind == "place" and not str(ent.cls).endswith("#Site")):
            continue
        ent.add(NFO.locatedIn, place[2].iri, Span(s0, place[1]), "context:seat-in-place@0.5")


def _opens_sentence(text, pos) -> bool:
    """Whether ``pos`` opens a sentence: the text's start, a line's, or after ". "."""
    before = text[max(0, pos - 3):pos]
    return pos == 0 or before.endswith("\n") or before.rstrip(" \t")[-1:] in (".", "!", "?", "\n") \
        or text[:pos].strip() == ""
