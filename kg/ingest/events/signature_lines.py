"""The signing of an agreement that a field of a summary or a form states, and an
announcement's "On <day>, the Company signed ...": "| Signed | Wednesday, 6 January 2027, in
Lanzhou |", "Contract signed ...... 8 January 2027, in Hami", "| Contract signed | 18 December
2026 |", "On 4 December 2026 the Company signed, in Shanghai, a Long-Term Purchase Agreement
... with X".

A field: a line that opens (after a table's bar or Markdown's stars) with a head of
``data/signing-line-heads.txt`` in its printed case ("Signed", "Contract signed"), then a
field's separator (a bar, a colon, a run of dots or of two spaces or more), and gives a day
("Signed: Fang Zhiyuan, General Manager" gives none: a signature). Curators record it as the
signing event of the agreement: its day (``nfo:startDate``), where it took place
(``nfo:heldIn``: the first place or site the draft names on the line), who took part (the
agreement's parties, else the organisations of the lines above it up to the first line of running
text or a clause's number: the summary's "Seller" and "Buyer"), and the agreement
``nfo:signedAt`` it. The agreement is the one the draft dates to that day, else the first one the
text names before the line, else the first one it names. One event a line (rule
``event:signing-line``, 0.45, an ``nfo:SigningCeremony``) labelled "Signing of <the agreement>"
(or "Signing in <place>"); its evidence runs from the head to the end of the day or place. A line
another event already covers is left to it.

Not the closing line of a contract's text, "Signed at Hebi on Wednesday, 9 December 2026" (round
45: on the development sets curators made it an event eight times in nine, but on the check sets
the event and its links lowered relation precision, 0.411 -> 0.401, with nothing found).

The announcement's clause (rule ``event:company-signed``): "On <day>[,] the Company signed" where
a sentence starts; the event is held in the place after "in" in that sentence, the company "the
Company" stands for, the organisations after "with" and the agreement's parties take part, and
the first agreement the sentence names after "signed" is signed at it. Linear: one pattern over
the text's lines, one over the clauses."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:signing-line", 0.45
COMPANY_RULE = "event:company-signed"


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    heads = sorted(lines("signing-line-heads"), key=len, reverse=True)
    alt = "|".join(re.escape(h).replace(r"\ ", r"[ \t]+") for h in heads)
    return re.compile(rf"^[ \t]*(?:\|[ \t]*)?(?:\*\*)?(?P<head>{alt})(?:\*\*)?"
                      r"(?P<sep>[ \t]*(?:[|:]|\.{2,})[ \t]*|[ \t]{2,})"
                      r"(?P<rest>[^\n]*)", re.M)


_TAIL = re.compile(r"[\s|.,;*]+$")
# a line of running text or a clause's number: the signature block above the line stops there
_PROSE = re.compile(r"\b[a-z]{2,}\.(?:\s|$)|^[ \t]*(?:Article|Clause|Section|\d{1,2}(?:\.\d{1,2})*\.?[ \t])")
_BLOCK_LINES, _BLOCK_CHARS = 14, 1200
_OF = re.compile(r"\bof[\s|]*$")


def _block_signers(text: str, at: int, named: list) -> list:
    """The parties the signature block above ``at`` names: the lines up to the first of running
    text (a lower-case word before a full stop: "Ltd." is none) or a clause's number (at most
    ``_BLOCK_LINES`` lines); its organisations (its people sign for them: curators record the
    organisations). Not an organisation after "of" ("a subsidiary of | X": its parent)."""
    lo = at
    for _ in range(_BLOCK_LINES):
        ls = text.rfind("\n", max(0, at - _BLOCK_CHARS), lo - 1)
        if ls < 0:
            break
        line = text[ls + 1:lo]
        if _PROSE.search(line.strip()) and not line.lstrip().startswith("|"):
            break
        lo = ls + 1
    inside = [(s, e, x) for s, e, x in named if lo <= s and e <= at]
    orgs = [x for s, e, x in inside if x.cls != NFO.Person
            and not _OF.search(text, max(0, s - 80), s)]
    out = []
    for x in orgs:
        if x.iri not in out:
            out.append(x.iri)
    return out[:4]


# an announcement's overview: "On 4 December 2026 the Company signed, in Shanghai, a Long-Term
# Purchase Agreement ... with X", "On Friday, 18 December 2026, the Company signed the Contract"
_COMPANY_SIGNED = re.compile(r"(?:^|(?<=\n)|(?<=[.:]\s))(?P<clause>On[ \t]+(?P<when>[^\n.;]{4,48}?),?"
                             r"[ \t\n]+the[ \t\n]+Company[ \t\n]+(?:has[ \t\n]+)?signed)\b")
_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z(]|\s*$)|\n[ \t]*\n")


def _keep(draft, spans_of, held, ent, deal, span, rule) -> None:
    """Put the signing ``ent`` (mentioned at ``span``) into the draft, sign ``deal`` (if any) at
    it, and mark its words as an event's so that no later line reads them again."""
    if deal is not None:
        deal.add(NFO.signedAt, ent.iri, span, rule)
    draft.entities[ent.iri] = ent
    spans_of.append((span.start, span.end, ent))
    held[span.start:span.end] = b"\x01" * (span.end - span.start)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each signing line described above; returns them."""
    text = draft.text
    if "igned" not in text:
        return []
    found = list(_pattern().finditer(text))
    out = _company_signed(draft, spans_of, minter, kind_of)
    if not found:
        return out
    held = draft.cover(lambda e: kind_of(e.cls) == "event")
    doc_year = str(draft.date)[:4] if draft.date is not None else None
    places = sorted((m.start, m.end, e) for e in draft.entities.values()
                    if kind_of(e.cls) == "place" for m in e.mentions)
    named = sorted((m.start, m.end, e) for e in draft.entities.values()
                   if kind_of(e.cls) in ("org", "person") for m in e.mentions)
    deals = sorted((min(m.start for m in e.mentions), e) for e in draft.entities.values()
                   if kind_of(e.cls) == "agreement" and e.mentions)
    for m in found:
        a, line_end = m.start("head"), m.end("rest")
        if any(held[a:line_end]):
            continue
        rest_at = m.start("rest")
        dates = [d for d in find_dates(text[rest_at:line_end], doc_year) if d.kind == "date"]
        day = dates[0] if dates else None
        place = next((p for p in places if rest_at <= p[0] and p[1] <= line_end), None)
        if day is None:
            continue        # ("Signed: Fang Zhiyuan, General Manager": a signature)
        b = max(rest_at + day.end, place[1] if place else a)
        b = a + len(_TAIL.sub("", text[a:b])) if _TAIL.search(text[a:b]) else b
        deal = None
        if deals:
            same = [e for _, e in deals if day and e.first(NFO.dateSigned) == day.value]
            before = [e for s, e in deals if s < a]
            deal = (same or before or [deals[0][1]])[0]
        label = f"Signing of {deal.label}" if deal is not None else \
            f"Signing in {place[2].label}" if place is not None else "Signing"
        ent = Entity(minter.mint(label), NFO.SigningCeremony, label, False, RULE,
                     CONFIDENCE)
        span = Span(a, b)
        ent.mentions.append(span)
        ent.aliases.add(" ".join(text[a:b].split()))
        ent.add(NFO.startDate, date_literal(day.value), span, RULE)
        if place is not None:
            ent.add(NFO.heldIn, place[2].iri, span, RULE)
        parties = [o for p, o, _, _ in deal.statements if p == NFO.party] if deal else []
        for o in parties or _block_signers(text, a, named):
            ent.add(NFO.participant, o, span, RULE)
        _keep(draft, spans_of, held, ent, deal, span, RULE)
        out.append(ent)
    return out


def _company_signed(draft, spans_of, minter, kind_of) -> list:
    """An announcement's "On <day>, the Company signed <agreement> with X (in Y)": the signing
    of that agreement, on that day (rule ``event:company-signed``), held in the place the
    sentence names after "in", with the company "the Company" stands for, the organisations
    after "with" and the agreement's parties as participants; the agreement is signed at it.
    The evidence is the clause up to "signed"."""
    text = draft.text
    if "the Company" not in text:
        return []
    held = draft.cover(lambda e: kind_of(e.cls) == "event")
    doc_year = str(draft.date)[:4] if draft.date is not None else None
    out = []
    for m in _COMPANY_SIGNED.finditer(text):
        a, b = m.span("clause")
        dates = [d for d in find_dates(m.group("when"), doc_year) if d.kind == "date"]
        if not dates or any(held[a:b]):
            continue
        stop = _SENTENCE_END.search(text, b, b + 400)
        end = stop.start() if stop else min(len(text), b + 400)
        inside = sorted((s, e, x) for s, e, x in spans_of if a <= s and e <= end)
        deal = next((x for s, e, x in inside if s >= b and kind_of(x.cls) == "agreement"), None)
        company = next((x for s, e, x in inside if s < b and kind_of(x.cls) == "org"), None)
        place = next((x for s, e, x in inside if s >= b and kind_of(x.cls) == "place"
                      and re.search(r"\bin[ \t\n]+(?:the[ \t\n]+)?$", text[max(b, s - 12):s])), None)
        withs = [x for s, e, x in inside if s >= b and kind_of(x.cls) == "org"
                 and re.search(r"\bwith[ \t\n]+(?:the[ \t\n]+)?$", text[max(b, s - 12):s])]
        label = f"Signing of {deal.label}" if deal is not None else "Signing by the Company"
        ent = Entity(minter.mint(label), NFO.SigningCeremony, label, False, COMPANY_RULE,
                     CONFIDENCE)
        span = Span(a, b)
        ent.mentions.append(span)
        ent.add(NFO.startDate, date_literal(dates[0].value), span, COMPANY_RULE)
        if place is not None:
            ent.add(NFO.heldIn, place.iri, span, COMPANY_RULE)
        parties = [company] if company is not None else []
        parties += withs
        if deal is not None:
            parties += [draft.entities[o] for p, o, _, _ in deal.statements
                        if p == NFO.party and o in draft.entities]
        for x in parties:
            if x.iri != ent.iri:
                ent.add(NFO.participant, x.iri, span, COMPANY_RULE)
        _keep(draft, spans_of, held, ent, deal, span, COMPANY_RULE)
        out.append(ent)
    return out
