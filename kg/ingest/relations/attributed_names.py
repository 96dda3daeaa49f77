"""People attributed to an organisation by a comma and no role, where a transcript, a list or a
bracket prints who is who:

* "Q: A, X Securities: When will ...", "Question from B, Y Capital:" (a briefing's questioner),
* "Panel: C, Z Institute; D, W Co., Ltd." and "- E, V Bank" (an item of a list),
* "(F, U Research)" after a quotation;

each a post of the person in the organisation (rule ``post:name-comma-org@0.4``). The person
opens a line, a list item or a bracket, or follows a "Label:" / ";" of such a line; the
organisation follows the comma at once and ends the item (":", ";", ")" or the line's end), so
that "signed by A, X Co., Ltd. and Y" (a list of parties) and "A, Beijing:" (a place) give none.
The role: "Analyst" for a firm of finance or research (``data/analyst-firm-words.txt``: words of
such firms' names), else "Representative". One look before and after each person's mention:
linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span

# what may stand before the person on the line: a bullet or number, a label and its colon
# ("Q:", "Question from", "Panel:", "Speakers:"), or an earlier item and its ";"
_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:[-*•·▪–—]|\d{1,2}[.)]|\(\d{1,2}\))?[ \t]*"
                     r"(?:[A-Z][^\n:;,.]{0,60}?[:：][ \t]*|"
                     r"(?:Question|Questions|Asked)[ \t]+(?:from|by)[ \t]+)?"
                     r"(?:[^\n;:]{0,160};[ \t]*(?:and[ \t]+)?)?$")
_BRACKET = re.compile(r"[(（][ \t]*$")
_COMMA = re.compile(r"[ \t]*,[ \t]*")
_ITEM_END = re.compile(r"[ \t]*(?:[:：;]|$|\n)")
_BRACKET_END = re.compile(r"[ \t]*[)）]")
RULE, CONFIDENCE = "post:name-comma-org@0.4", 0.4


@lru_cache(maxsize=1)
def _analyst_words() -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(lines("analyst-firm-words"), key=len,
                                                 reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.IGNORECASE)


def attributed_names(draft, minter, spans_of, kind) -> None:
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    if "," not in text:
        return
    # the people right before a comma (few), then the organisations right after it
    cands = [(s, e, p) for s, e, p in spans_of
             if text[e:e + 1] == "," or text[e:e + 2] in (" ,", "\t,")]
    cands = [x for x in cands if x[2].kind == "person"]
    if not cands:
        return
    after = {c.end() for c in (_COMMA.match(text, x[1]) for x in cands) if c is not None}
    org_at = {}
    for s, e, ent in spans_of:
        if s in after and not ent.role and ent.kind == "org":
            org_at.setdefault(s, (e, ent))
    posted = {p for p, _ in draft.__dict__.get("_posts", ())}
    analyst = _analyst_words()
    for s, e, person in sorted(cands, key=lambda x: x[0]):
        if person.iri in posted:
            continue
        c = _COMMA.match(text, e)
        if c is None or c.end() not in org_at:
            continue
        oe, org = org_at[c.end()]
        lo = text.rfind("\n", 0, s) + 1
        if _BRACKET.search(text, max(lo, s - 4), s) is not None:
            if _BRACKET_END.match(text, oe) is None:
                continue
        elif _BEFORE.search(text, max(0, lo - 1), s) is None or \
                _ITEM_END.match(text, oe) is None:
            continue
        role = "Analyst" if analyst.search(org.label) else "Representative"
        make_post(draft, minter, person, org, role, Span(s, oe), RULE, CONFIDENCE)
        posted.add(person.iri)
