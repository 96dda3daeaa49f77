"""Who speaks at the event an article reports: in a transcript ("➤ Xinhua News Agency: ...",
"Li Yusheng: ..."), each line or sentence that opens with a known or new organisation or person
followed by a colon names a participant of the article's lead event (the first event named in its first three
paragraphs). At least two such lines make a transcript; ``nfo:participant``, rule
``context:speaker-line``."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

_BULLET = re.compile(r"[ \t]*(?:[➤•▶►\-\*·■□◆◇]+[ \t]*)?")


def speaker_lines(text, spans_of, kind, sents=None) -> None:
    by_start = {}
    for s, e, ent in spans_of:
        by_start.setdefault(s, (s, e, ent))
    speakers = []
    # a turn opens a line, or (a transcript run together) a sentence: "... industry. Economic
    # Daily: The report ..."
    opens = [_BULLET.match(text, m.start()).end() for m in re.finditer(r"^", text, re.M)]
    if sents is not None:
        opens += sents.starts
    seen = set()
    for b in sorted(set(opens)):
        hit = by_start.get(b)
        if hit is None or kind(hit[2]) not in ("org", "person") or hit[:2] in seen:
            continue
        if re.match(r"[ \t]*[:：][ \t]*(?:[A-Z\"“]|$)", text[hit[1]:hit[1] + 4]):
            seen.add(hit[:2])
            speakers.append(hit)
    if len({id(x[2]) for x in speakers}) < 2:
        return
    lead = lead_event(text, spans_of, kind)
    if lead is None:
        return
    have = {o for p, o, *_ in lead.statements if p == NFO.participant}
    for s, e, who in speakers:
        if who.iri not in have and who is not lead:
            have.add(who.iri)
            lead.add(NFO.participant, who.iri, Span(s, e), "context:speaker-line")


def lead_event(text, spans_of, kind):
    """The event an article reports: the first event named in its first three paragraphs."""
    events = lead_events(text, spans_of, kind)
    return events[0] if events else None


def lead_events(text, spans_of, kind) -> list:
    """The events named in an article's first three paragraphs, first named first. A
    paragraph is a block between blank lines when the text has enough of them (a hard-wrapped
    article: its lines are not paragraphs), else a line."""
    paras = paragraph_starts(text)[:4]
    limit = paras[3] if len(paras) > 3 else len(text)
    out, seen = [], set()
    for s, e, ent in sorted(((s, e, ent) for s, e, ent in spans_of
                             if kind(ent) == "event" and s < limit), key=lambda x: x[:2]):
        if id(ent) not in seen:         # (a set: a text of one paragraph has every event here)
            seen.add(id(ent))
            out.append(ent)
    return out


_BLOCK = re.compile(r"(?:\A|\n[ \t]*\n)\s*(?=\S)")


def paragraph_starts(text) -> list:
    """Where the paragraphs open: after blank lines when the text has at least four blocks so
    separated, else at each non-empty line."""
    blocks = [m.end() for m in _BLOCK.finditer(text)]
    if len(blocks) >= 4:
        return blocks
    return [m.start() for m in re.finditer(r"\S[^\n]*", text)]
