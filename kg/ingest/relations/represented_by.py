"""Posts of the people who act for a party, told in running text: "Party A  X Co., Ltd., a
subsidiary of Y; represented by A, Deputy General Manager", "Z Team (contractor); represented
by B, Project Manager", "X, represented by its General Manager C": the person's role (after the
name, or between "its" and the name) is a post in the party named last before "represented by"
in its entry (back to a blank line or a sentence's end), not one named in a phrase of another ("a subsidiary of Y", "appointed by Y").
The label form ("Represented by: A, Director" under "Party A: X") is house_posts'.

The role is a job of :func:`house_posts.job_words` (a role of ``data/roles.txt``, or at most
four words ending in a job's head word), read across a line break. Rule
``post:represented-by@0.5``. One look back from each "represented by": linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.relations.house_posts import job_words
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "post:represented-by@0.5", 0.5
_BY = re.compile(r"\brepresented[ \t]*\n?[ \t]*by[ \t]*\n?[ \t]*(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?")
_ITS = re.compile(r"its[ \t]*\n?[ \t]*")
# the words after the name, up to the clause's end (a role wrapped onto the next line included)
_AFTER = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*([A-Z][A-Za-z'’ \t\n-]{1,60})")
# a party named inside another's phrase ("a subsidiary of Y", "entrusted by Y")
_IN_PHRASE = re.compile(r"\b(?:of|by|from|under|with|to|and)[ \t\n]+(?:the[ \t\n]+)?\Z")
# a sentence's end between the party and "represented by" (not "Co., Ltd. (contractor)")
_END = re.compile(r"(?<!\bLtd)(?<!\bCo)(?<!\bInc)(?<!\bNo)[.!?][\"”’)]?[ \t\n]+[A-Z\"“]")
_BACK = 400     # characters looked back for the party


def _job(words: str) -> str | None:
    """The longest run of the first words (at most five) that is a job, or None."""
    parts = words.split()[:5]
    for n in range(len(parts), 0, -1):
        role = " ".join(parts[:n])
        if job_words(role):
            return role
    return None


def represented_by(draft, minter, spans_of, sents, kind) -> None:
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    if "represented" not in text:
        return
    spans = [x for x in spans_by_start(spans_of) if x[2].kind in ("person", "org")
             and not x[2].role]
    starts = [x[0] for x in spans]
    for m in _BY.finditer(text):
        at = m.end()
        role = None
        its = _ITS.match(text, at)
        if its is not None:
            # "represented by its General Manager C"
            k = bisect.bisect_left(starts, its.end())
            if k >= len(spans) or spans[k][2].kind != "person":
                continue
            role = _job(text[its.end():spans[k][0]])
            if role is None or " ".join(role.split()) != " ".join(
                    text[its.end():spans[k][0]].split()):
                continue
        else:
            k = bisect.bisect_left(starts, at)
            if k >= len(spans) or spans[k][0] != at or spans[k][2].kind != "person":
                continue
            after = _AFTER.match(text, spans[k][1])
            if after is None:
                continue
            role = _job(re.split(r"\n[ \t]*\n", after.group(1))[0])
            if role is None:
                continue
        s, e, person = spans[k]
        # (a translated record prints a party's entry over lines the sentence reader splits:
        # the look goes back to a blank line, at most _BACK characters, and no sentence's end)
        ss = max(0, m.start() - _BACK)
        blank = text.rfind("\n\n", ss, m.start())
        if blank >= 0:
            ss = blank
        j = bisect.bisect_left(starts, m.start()) - 1
        party = None
        while j >= 0 and spans[j][0] >= ss:
            ps, pe, ent = spans[j]
            if ent.kind == "person":
                break       # another person between: their clause, not this party's
            if pe <= m.start() and not _IN_PHRASE.search(text, max(0, ps - 12), ps):
                if not _END.search(text, pe, m.start()):
                    party = ent
                break
            j -= 1
        if party is None:
            continue
        make_post(draft, minter, person, party, role, Span(min(s, m.start()), e), RULE,
                  CONFIDENCE)
