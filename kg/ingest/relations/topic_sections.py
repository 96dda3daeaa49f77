"""The metals of a topics section: a call or an announcement of a gathering that lists what it is
about under a heading of its own ("2. Topics", "### Conference topics", "4) Topics
(unchanged):", headings of ``data/topic-section-heads.txt``) is about each metal printed under
that heading, up to the next heading ("3. Important dates", "FEES", "## 4. ..."), not one
printed inside the name of an organisation, person or place. Whose topics they are: the first
new gathering (conference, seminar, forum, exhibition ...) the text names before the section and
within its head (the announced gathering), else the article's own document (a call for
projects). ``nfo:concernsMetal``, rule ``document:topic-section@0.6``.

Measured on the dev sets while writing it (round 47): 17 of 18 such guesses right (the wrong one
a process's metal: "magnesium reduction" under a sponge titanium topic); the readings of the
sentences around a gathering or a document (its sentence, its paragraph, the article's metals)
are right 1 time in 10 to 1 in 4. One pass of a pattern over the text, and one over the draft's
names for each section: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.kinds import GATHERINGS, kind
from kg.ingest.relations.lead_metals import OWN_RULES
from kg.ingest.terms import NFO

RULE = "document:topic-section@0.6"
_HEAD = 600             # characters of the text that name the announced gathering
_LONGEST = 1500         # characters a topics section runs at most
_HOLDERS = ("org", "person", "place")
# the next heading: a numbered one ("3. Important dates", "V. FEES"), a line in capitals, a
# Markdown heading
_NEXT = re.compile(r"(?m)^[ \t#*]*(?:(?:[IVX]+|\d{1,2})[.、)][ \t]*[A-Z][^\n]{0,60}$"
                   r"|[A-Z][A-Z ,&-]{3,60}$|#+[ \t])")


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    return re.compile(r"(?im)^[ \t#*]*(?:(?:[IVX]+|\d{1,2}|[A-Z])[.、)][ \t]*|\(\d{1,2}\)[ \t]*)?"
                      r"(?:" + alternation("topic-section-heads", space=r"[ \t]+") + r")"
                      r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*[:：]?[ \t*]*$")


def topic_sections(draft, spans_of) -> int:
    """Give the gathering or document each topics section announces the metals under it;
    returns how many statements were added."""
    text = draft.text
    heads = list(_heading().finditer(text))
    if not heads:
        return 0
    metals, holders, gatherings, own = [], [], [], []
    for s, e, x in spans_of:
        k = x.kind
        if k == "metal":
            metals.append((s, e, x))
        elif k in _HOLDERS:
            holders.append((s, e))
        elif not x.known and k == "event" and str(x.cls).rsplit("#", 1)[-1] in GATHERINGS:
            gatherings.append((s, x))
        elif not x.known and k == "policy" and x.rule.split("@", 1)[0] in OWN_RULES:
            own.append((s, x))
    gatherings.sort(key=lambda g: g[0])
    own.sort(key=lambda g: g[0])
    n = 0
    for h in heads:
        a = h.end()
        nxt = _NEXT.search(text, a + 1)
        b = min(nxt.start() if nxt else len(text), a + _LONGEST)
        before = min(h.start(), _HEAD)
        who = next((x for s, x in gatherings if s < before), None)
        if who is None and own:
            who = own[0][1]
        if who is None:
            continue
        for s, e, m in metals:
            if not a <= s < b or any(p <= s and e <= q for p, q in holders):
                continue
            if not who.statements.has(NFO.concernsMetal, m.iri):
                who.add(NFO.concernsMetal, m.iri, Span(h.start(), b), RULE)
                n += 1
    return n
