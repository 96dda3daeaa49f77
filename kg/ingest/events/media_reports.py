"""A report a news outlet ran, told as a happening: "China Non-ferrous Metals News reported on
the base in July", "Xinhua ran a story on the mine's reopening on 3 May", "the plant was featured
by CCTV in March" is not read (a passive names no report). Curators record such a report as an
``nfo:Event`` with the outlet taking part and the thing reported on as what it is about; the
clause rules leave it (a verb of saying is no happening). Here a mention of a media outlet
followed by "reported on", "ran a story / report / feature on", "carried a report on" or
"featured" and a noun phrase, in a sentence holding a date, is such an event (rule
``event:media-report``, 0.5), labelled "<outlet> report on <phrase>"; its participant is the
outlet, a site, project, company or product named in the phrase what it is about; its date is
read later, as any named event's (``events.date_attach``). Linear: one anchored match at
each outlet's mention."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import find_dates
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:media-report", 0.5
_VERB = re.compile(r"[ \t\n]+(?:has[ \t\n]+|had[ \t\n]+)?(?:reported[ \t\n]+on|ran[ \t\n]+an?[ \t\n]+"
                   r"(?:story|report|feature|article)[ \t\n]+on|carried[ \t\n]+an?[ \t\n]+(?:story|"
                   r"report|feature|article)[ \t\n]+on|featured)[ \t\n]+")
# the phrase reported on: up to a date's preposition, a clause's end or eight words
_PHRASE = re.compile(r"(?P<np>(?:the|a|an|its|their|our)?[ \t\n]*[\w'\u2019-]+(?:[ \t\n]+(?!(?:in|on|"
                     r"last|this|earlier|and|after|when|as|which|that)\b)[\w'\u2019-]+){0,7})")
_ABOUT = ("project", "place", "org", "product")


def propose(draft, spans_of, minter, kind_of) -> list:
    text = draft.text
    if "report" not in text and "featured" not in text and "story" not in text:
        return []
    outlets = [(s, e, ent) for s, e, ent in spans_of if ent.cls == NFO.MediaOutlet]
    if not outlets:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    dates = [d.start for d in find_dates(text, doc_date[:4] if doc_date else None,
                                         extended=True, doc_date=doc_date)]
    by_start = spans_by_start(spans_of)
    starts = [x[0] for x in by_start]
    out = []
    for s, e, outlet in outlets:
        v = _VERB.match(text, e)
        if v is None:
            continue
        p = _PHRASE.match(text, v.end())
        if p is None or not p.group("np").strip():
            continue
        end = p.end("np")
        stop = min((i for i in (text.find(".", end), text.find("\n\n", end)) if i != -1),
                   default=len(text))
        i = bisect.bisect_left(dates, s - 200)
        if not (i < len(dates) and dates[i] < min(stop, end + 60)):
            continue        # (a report the text does not date is no happening it tells)
        phrase = " ".join(p.group("np").split())
        label = f"{outlet.label} report on {phrase}"
        ent = Entity(minter.mint("event", label), NFO.Event, label, False, RULE, CONFIDENCE,
                     role=True)
        span = Span(s, end)
        ent.mentions.append(span)
        ent.add(NFO.participant, outlet.iri, span, RULE)
        for a, b, other in by_start[bisect.bisect_left(starts, v.end()):
                                    bisect.bisect_left(starts, end)]:
            if b <= end and other is not outlet and not other.role \
                    and kind_of(other.cls) in _ABOUT:
                ent.add(NFO.about, other.iri, span, RULE)
        draft.entities[ent.iri] = ent
        spans_of.append((s, end, ent))
        out.append(ent)
    return out
