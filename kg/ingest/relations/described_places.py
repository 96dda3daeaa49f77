"""Where a thing is, stated by a short description set off right after its name:

* with a verb of being placed, any description: "X Co., Ltd., a trading firm registered in
  Xiamen", "Y Pty Ltd, a miner headquartered in Perth", "Z, a futures company based in Dalian"
  (rule ``context:described-in-place``);
* without one, a description whose head says what the thing is (``data/described-heads.txt``:
  for an organisation "a copper smelter in Hunan", "a lithium producer in Salta"; for a project
  "an open-pit mine in Norrbotten County"): same rule, ``@0.5``. (A place or site so described,
  "X, a salt flat in the Y department", is named_in_place's: ``names/appositive_places``.)

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
from kg.ingest.terms import NFO

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


def described_places(text, spans_of, kind) -> None:
    if ", a" not in text and ",\na" not in text:
        return
    rows = sorted(((s, e, x) for s, e, x in spans_of if not x.role),
                  key=lambda r: (r[0], -r[1]))
    starts = [s for s, _, _ in rows]
    rx = _rx()
    heads = _heads()
    for s, e, ent in rows:
        k = kind(ent)
        if k not in ("org", "place", "project") or text[e:e + 1] != ",":
            continue
        m = rx.match(text, e, e + 160)
        if m is None:
            continue
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
            if kind(rows[j][2]) in ("org", "place"):
                break           # a name inside the description ("a unit of A based in Y")
            j += 1
        if j < len(rows) and rows[j][0] < m.end():
            continue
        place = None
        while j < len(rows) and rows[j][0] == m.end():
            if kind(rows[j][2]) == "place" and rows[j][2] is not ent:
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
