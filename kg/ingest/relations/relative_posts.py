"""Posts a relative clause after an organisation's name states:

* "the team went on to X, where the director, Professor A, showed ...", "at X, where chief
  engineer B runs the furnaces": the role in X (``post:where-role-name@0.5``);
* "X, whose chairman C said ...", "Y Co., Ltd., whose general manager, D, was detained": the
  role in X (``post:whose-role-name@0.6``).

The role is one of ``data/roles.txt`` right after "where (the)" / "whose" (a "former" or "new"
before it kept), then the person's name, a comma or an academic title (``data/title-words.txt``)
between them at most. One look after each organisation's mention that "where" or "whose"
follows: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading import scans_ahead
from kg.ingest.reading.windows import Near

_REL = re.compile(r"[ \t]*,[ \t\n]+(?P<w>where|whose)[ \t\n]+(?:the[ \t\n]+)?"
                  r"(?:(?:former|new|current|acting)[ \t\n]+)?")


# (run only in the stretches between full stops and semicolons that print the words: no match
# reads one)
_OPENS = Near(re.compile(r"(?<![ \t])[ \t]*,[ \t\n]+(?:where|whose)\b"), ("where", "whose"),
              stops=".;")


def opens_after(text: str) -> set[int]:
    """Where a relative clause ", where" / ", whose" opens (few): a name's mention that ends
    there is what the clause speaks of (relative_holders.py reads the same opening)."""
    return {m.start() for m in scans_ahead.finditer(_OPENS, text, (__name__, "_OPENS"))}


@lru_cache(maxsize=1)
def _title_gap() -> re.Pattern:
    titles = "|".join(re.escape(t).replace(r"\ ", r"[ \t\n]+")
                      for t in sorted(lines("title-words"), key=len, reverse=True))
    return re.compile(rf"[ \t\n]*,?[ \t\n]*(?:(?:{titles})[ \t\n]+)?")


def relative_posts(draft, minter, spans_of, roles, kind) -> None:
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    if "where" not in text and "whose" not in text:
        return
    # where a clause opens (few): the organisation's mention must end there
    opens = opens_after(text)
    if not opens:
        return
    hits = [(s, e, org) for s, e, org in spans_of if e in opens and not org.role
            and org.kind == "org"]
    if not hits:
        return
    people_at = {s: (e, p) for s, e, p in spans_of if p.kind == "person"}
    gap = _title_gap()
    for s, e, org in hits:
        m = _REL.match(text, e)
        if m is None:
            continue
        role = roles.match(text, m.end())
        if role is None:
            continue
        g = gap.match(text, role.end())
        hit = people_at.get(g.end())
        if hit is None:
            continue
        pe, person = hit
        rule, conf = (("post:where-role-name@0.5", 0.5) if m.group("w") == "where"
                      else ("post:whose-role-name@0.6", 0.6))
        make_post(draft, minter, person, org, role.group(1), Span(s, pe), rule, conf)
