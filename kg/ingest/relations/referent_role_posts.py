"""Posts of people a text names with an organisation it has named before and now calls by a
referent ("the company", "the plant", "its", "the Bureau"), in the two shapes the other post
rules leave:

* "The company's general manager, A, attended", "the plant's energy manager, B, will report",
  "Its Secretary-General, C, urged members": a referent of relations/referents.py ("the
  company", "the group", "its") or of definite_posts.definite_refs ("the plant", "the bureau")
  with its possessive, a role of ``data/roles.txt`` (one lower-case word before it allowed, a
  describing word of the job: "logistics manager", not one of
  ``data/referent-role-modifier-stops.txt``), then the person, a comma or a courtesy title
  between at most (rule ``post:referent-poss-role-name@0.5``); definite_posts reads the shape
  with a listed role alone for its own referents;
* "Director D of the Bureau said", "the host, Deputy Director E of the Office": a role right
  before the name and "of the <head>" / "of this <head>" right after it, the head one of
  definite_refs' (``post:role-name-of-the-head@0.5``).

One look after each referent and after each person's mention that "of the" / "of this"
follows: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.relations.post_nodes import make_post

_POSS = re.compile(r"['’]s[ \t\n]+")
_ITS = re.compile(r"[ \t\n]+")
_TIME = re.compile(r"(?:(?:new|current|acting|former|incoming)[ \t\n]+)?")
_MOD = re.compile(r"(?P<m>[a-z][a-z-]{2,})[ \t\n]+")
_TO_NAME = re.compile(r"[ \t]*,?[ \t\n]*(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?")
_POSS_NAME = re.compile(r"['’]s[ \t\n]+[A-Z]")
_OF_THE = re.compile(r"[ \t\n]*,?[ \t\n]+of[ \t\n]+(?:the|this)[ \t\n]+")


@lru_cache(maxsize=1)
def _role_before(roles_pattern: str):
    """A role right before a name, its words capitalised as a title is ("Deputy Director ")."""
    body = roles_pattern[len(r"\b("):-len(r")\b")]
    return re.compile(rf"(?<![\w-])(?P<r>(?i:{body}))[ \t]+"
                      r"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?[ \t]+)?$")


def referent_role_posts(draft, minter, people, refs, mine, the_at, roles, bodies) -> None:
    """``people``: sorted ``(start, end, person)``; ``refs``: relations/referents.py's spans;
    ``mine``: definite_refs' spans; ``the_at``: {start of a definite head: its span};
    ``roles``: post_nodes.role_rx(); ``bodies``: sorted ``(start, end, organisation)``."""
    text = draft.text
    by_start = {s: (s, e, p) for s, e, p in people}
    stops = words("referent-role-modifier-stops")
    own = {id(r) for r in mine}
    body_starts = [b[0] for b in bodies]
    for r in list(refs) + list(mine):
        s, e, org = r[0], r[1], r[2]
        if org is None or getattr(org, "kind", None) != "org":
            continue
        its = text[s:e].lower() == "its"
        if text[s:e] == "Its":
            continue            # (a sentence's "Its" may stand for any body the one before named)
        if its:
            k = bisect.bisect_left(body_starts, s) - 1
            if k >= 0 and bodies[k][2] is not org and not any(
                    c in text[bodies[k][1]:s] for c in ".,;:"):
                continue        # ("X was represented by its president, A, and Y by its general
                # manager, B": another body named in the same stretch before "its" may be the
                # one it means; not past a comma: "X took a stake in Y in 2024, and its
                # chairman B" is X's)
        p = (_ITS if its else _POSS).match(text, e)
        if p is None:
            continue
        at = _TIME.match(text, p.end()).end()
        role = roles.match(text, at)
        if role is not None and id(r) in own:
            continue            # definite_posts' own shape ("the branch's secretary general A")
        if role is None:
            m = _MOD.match(text, at)
            if m is None or m.group("m") in stops:
                continue
            role = roles.match(text, m.end())
            if role is None:
                continue
            name = text[m.start():role.end()]
        else:
            name = role.group(1)
        c = _TO_NAME.match(text, role.end())
        hit = by_start.get(c.end())
        if hit is not None:
            make_post(draft, minter, hit[2], org, name, Span(s, hit[1]),
                      "post:referent-poss-role-name@0.5", 0.5)
    if not the_at:
        return
    before = _role_before(roles.pattern)
    for s, e, person in people:
        o = _OF_THE.match(text, e)
        hit = the_at.get(o.end()) if o is not None else None
        if hit is None or _POSS_NAME.match(text, hit[1]):
            continue            # "Professor A of the university's College of X": the college's
        b = before.search(text, max(0, s - 60), s)
        if b is None:
            continue
        make_post(draft, minter, person, hit[2], b.group("r"), Span(b.start("r"), hit[1]),
                  "post:role-name-of-the-head@0.5", 0.5)
