"""A transcript titled by the occasion it records: "Transcript | Press Conference of the X
Office on Y" (a bar headline, wrapped over lines), "Transcript of the Z Forum", "Full Text of
the Dialogue at W", with a "Source:" line under it naming who posted it and when.

The transcript is an ``nfo:Report`` (rule ``event:transcript-title``) labelled "Transcript of
<occasion>", its title word ("Transcript") an alias, ``nfo:about`` the occasion: the event
another rule read inside the title, else the first event of the draft of the class the
occasion's head gives (``data/event-nouns.txt``: the press conference the text says was held;
an event of another kind read in the title is folded into it), which takes the title's words as an alias and a mention, else a new event labelled by them. The
organisation on the "Source:" line issued the transcript (``nfo:issuedBy``), and the line's day
is its ``nfo:dateIssued``. The turns of the transcript name the occasion's roles: the person in
brackets after "Host" / "Moderator" presided (``nfo:presidedBy``: "Host (A, Deputy Director of
the Office):"), the outlet in brackets after "Reporter" took part (``nfo:participant``:
"Reporter (X Daily):").

Only the first paragraph is read as the title, and the few lines under it; the turns are one
regex pass over the text: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.speech_titles import occasion_head, titled
from kg.ingest.model import Entity, Span
from kg.ingest.names.surgery import fold
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:transcript-title", 0.6
_TITLE_MAX = 400
_TITLE = re.compile(r"(?P<word>(?:Full[ \t]+)?(?:Transcript|Text[ \t]+Record|Verbatim[ \t]+Record|"
                    r"Full[ \t]+Text))[ \t]*(?:\||:|\uff5c|[ \t]of[ \t]+(?:the[ \t]+)?)\s*"
                    r"(?P<occ>[A-Z][^\n]{3,300}?)\s*", re.I)
# a turn's label with who speaks in brackets: "Host (A, Deputy Director ...):", "Reporter (X Daily):"
_TURN = re.compile(r"(?m)^[ \t]*(?:(?P<host>Host|Moderator|Chair|Presenter)|(?:Reporter|Journalist|"
                   r"Correspondent))[ \t]*\((?P<who>[^()\n]{2,160})\)[ \t]*[:\uff1a]")
_SOURCE = re.compile(r"(?m)^[ \t]*(?:Source|Posted by|Released by)[ \t]*[:\uff1a][^\n]{0,200}")


def propose(draft, spans_of, minter, kind_of):
    """Propose the transcript a title names and tie it to its occasion (see the module's
    notes); returns the transcript or None."""
    text = draft.text
    a = len(text) - len(text.lstrip())
    end = re.search(r"\n[ \t]*\n", text[a:a + _TITLE_MAX + 2])
    if end is None:
        return None
    b = a + end.start()
    flat = text[a:b].replace("\n", " ")     # (one character for one: offsets kept)
    m = _TITLE.fullmatch(flat)
    if m is None or m.group("word")[0].islower():
        return None
    occ_a, occ_b = a + m.start("occ"), a + m.end("occ")
    occ_text = re.sub(r"\s+", " ", text[occ_a:occ_b])
    got = occasion_head(occ_text) if titled(occ_text) else None
    if got is None:
        return None
    cls = NFO[got[1]]
    events = [x for x in spans_by_start(spans_of) if not x[2].known
              and kind_of(x[2].cls) == "event"]
    inside = next((x[2] for x in events if occ_a <= x[0] and x[1] <= occ_b), None)
    same = next((x[2] for x in events if x[2].cls == cls), None)
    if inside is not None and same is not None and same is not inside and inside.cls != cls:
        fold(draft, spans_of, inside, same)     # (a name rule read the title as another kind)
        inside = None
    event = inside or same
    if event is None:
        event = Entity(minter.mint(occ_text), cls, occ_text, False, RULE, CONFIDENCE)
        draft.entities[event.iri] = event
    elif event.label != occ_text:
        event.aliases.add(occ_text)
    if event is not inside:
        event.mentions.append(Span(occ_a, occ_b))
        spans_of.append((occ_a, occ_b, event))
    word = " ".join(m.group("word").split())
    label = f"{word} of {occ_text}"
    record = Entity(minter.mint(label), NFO.Report, label, False, RULE, CONFIDENCE)
    record.aliases.add(word)
    record.mentions.append(Span(a, b))
    draft.entities[record.iri] = record
    spans_of.append((a, b, record))
    record.add(NFO.about, event.iri, Span(a, b), RULE)
    src = _SOURCE.search(text, b, min(len(text), b + 300))
    if src is not None:
        org = next((x for x in spans_by_start(spans_of)
                    if src.start() <= x[0] and x[1] <= src.end() and kind_of(x[2].cls) == "org"),
                   None)
        if org is not None:
            record.add(NFO.issuedBy, org[2].iri, Span(org[0], org[1]), RULE)
        got = [d for d in find_dates(src.group(0)) if d.kind == "date"]
        if got:
            record.add(NFO.dateIssued, date_literal(got[0].value),
                       Span(src.start() + got[0].start, src.start() + got[0].end), RULE)
    _turns(text, draft, kind_of, event)
    return record


def _turns(text, draft, kind_of, event) -> None:
    # (the entities' own mentions: a byline's person, hidden from the rules' spans, is still
    # named in a turn's brackets)
    spans = sorted((m.start, m.end, e) for e in draft.entities.values() for m in e.mentions)
    starts = [x[0] for x in spans]
    for t in _TURN.finditer(text):
        a, b = t.start("who"), t.end("who")
        want = "person" if t.group("host") else "org"
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        hit = next((spans[i] for i in range(lo, hi) if spans[i][1] <= b
                    and kind_of(spans[i][2].cls) == want), None)
        if hit is not None:
            pred = NFO.presidedBy if want == "person" else NFO.participant
            event.add(pred, hit[2].iri, Span(hit[0], hit[1]), RULE + "@0.5")
