"""Sites named by a capitalised head and a code with a digit, the way auctions, permits, mine
plans and port notices print them: "Block TC-7", "Lot 14", "Licence PEL-87", "Shaft 3",
"Berth 12", "Potline 4" (heads: ``data/coded-site-heads.txt``), and lists of them under the
plural ("Blocks TC-2 and TC-6", "Lots 4, 5 and 9": one site each; under the singular, a list
whose last is joined by "and" or "or": "Level 3, 12 King St" is a floor and an address). Each
is one new ``nfo:Site`` (rule ``site:coded``, confidence 0.5) labelled "<Head> <code>"; the
code printed alone later ("TC-6 drew no bid") is a mention too when it holds a letter and a
digit. A list row that gives the site its holder after a colon ("Block TC-1 (8,200 hectares):
X Co., Ltd., ...") makes it ``nfo:ownedBy`` that organisation (rule ``site:coded-row-holder``,
confidence 0.4).

A code inside another name ("Hall 3 of the X Expo Center" is left to that name), a head in lower
case ("the block of shares"), a code with no digit or one with a year between its parts (a
file's number: "Claim No. CL-2029-0417") mints nothing. One pass of one pattern,
one more for the bare codes: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, OWNER_RULE, CONFIDENCE = "site:coded", "site:coded-row-holder@0.4", 0.5
# a code: "TC-7", "14", "PEL-87", "3B", "No. 3" (a digit in it)
_CODE = r"(?:No\.\s*)?(?=[A-Z0-9\-/]*\d)[A-Z0-9]+(?:[-/][A-Z0-9]+)*(?![\w-])"
_ROW_HOLDER = re.compile(r"[ \t]*(?:\([^()\n]{0,80}\))?[ \t]*[:\u2013\u2014-][ \t]*")


@lru_cache(maxsize=None)
def _pattern() -> tuple[re.Pattern, dict]:
    single = {}
    for ln in lines("coded-site-heads"):
        one, many = ln.split()
        single[one], single[many] = one, one
    alt = "|".join(sorted(single, key=lambda w: (-len(w), w)))
    rx = re.compile(rf"(?<![\w-])(?P<head>{alt})[ \t]+(?P<codes>{_CODE}"
                    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|,?[ \t]+and[ \t]+){_CODE})*)")
    return rx, single


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the coded sites to the draft and to ``spans_of``."""
    text = draft.text
    rx, single = _pattern()
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    made: list[tuple[int, int, Entity]] = []
    by_code: dict[str, Entity] = {}
    for m in rx.finditer(text):
        head = single[m.group("head")]
        lo = bisect.bisect_right(starts, m.start()) - 1
        near = spans[max(0, lo - 5):bisect.bisect_left(starts, m.end())]
        if any(s < m.end() and e > m.start() for s, e, _ in near):
            continue        # (inside or across another name)
        codes = list(re.finditer(_CODE, m.group("codes")))
        if any(_FILED.search(c.group(0)) for c in codes):
            continue        # ("Claim No. CL-2029-0417": an insurer's file, no mining claim)
        if len(codes) > 1 and m.group("head") == head and not _JOINED.search(m.group("codes")):
            codes = codes[:1]   # ("Level 3, 12 King St": a floor and a street's number)
        for i, c in enumerate(codes):
            code = " ".join(c.group(0).split())
            a = m.start() if i == 0 else m.start("codes") + c.start()
            b = m.start("codes") + c.end()
            key = f"{head} {code}"
            ent = by_code.get(key)
            if ent is None:
                ent = Entity(minter.mint(key), NFO.Site, key, False, RULE, CONFIDENCE)
                by_code[key] = ent
                draft.entities[ent.iri] = ent
                if len(codes) > 1 or _alone(code):
                    ent.aliases.add(code)
            ent.mentions.append(Span(a, b))
            made.append((a, b, ent))
        if len(codes) == 1:
            row = _ROW_HOLDER.match(text, m.end())
            if row is not None and row.group(0).strip():
                j = bisect.bisect_left(starts, row.end())
                if j < len(spans) and spans[j][0] == row.end() and kind(spans[j][2]) == "org" \
                        and not spans[j][2].role:
                    by_code[f"{head} {' '.join(codes[0].group(0).split())}"].add(
                        NFO.ownedBy, spans[j][2].iri, Span(m.start(), spans[j][1]), OWNER_RULE)
    alone = {code: ent for ent in by_code.values() for code in ent.aliases if _alone(code)}
    if alone:
        taken = {(a, b) for a, b, _ in made}
        alt = "|".join(re.escape(c) for c in sorted(alone, key=lambda c: (-len(c), c)))
        for m in re.finditer(rf"(?<![\w-])(?:{alt})(?![\w-])", text):
            if any(a <= m.start() and m.end() <= b for a, b in taken):
                continue
            j = bisect.bisect_right(starts, m.start()) - 1
            if j >= 0 and spans[j][1] > m.start():
                continue
            ent = alone[m.group(0)]
            ent.mentions.append(Span(m.start(), m.end()))
            made.append((m.start(), m.end(), ent))
    spans_of.extend(made)
    return [e for _, _, e in made]


# a code with a year between its parts ("CL-2029-0417", "2028/117"): a file's or a
# document's number, the year it was opened in, no site's
_FILED = re.compile(r"(?:^|[-/ ])(?:19|20)\d\d[-/][A-Z0-9]")
# a list of codes under a singular head joins its last with a word ("Block TC-2 and TC-6");
# with commas alone it is no list ("Level 3, 12 King St", an address)
_JOINED = re.compile(r"[ \t](?:and|or|&)[ \t]")


def _alone(code: str) -> bool:
    """A code distinctive enough to stand alone: letters and digits ("TC-6", "PEL-87")."""
    return bool(re.search(r"[A-Z]", code) and re.search(r"\d", code)) and not code.startswith("No")
