"""An interview a text records: a heading of its own at the top ("INTERVIEW", "INTERVIEW
TRANSCRIPT", "Interview | <headline>") and who took part, either in labelled fields
("Interviewee: A, Chairman, X Co., Ltd." / "Interviewer: B, reporter, Y Magazine" / "Place:" /
"Recorded: 2027-01-08"; ``data/interview-fields.txt``) or in the headline ("a conversation with
A") and a byline field ("Y News | 9 Nov 2026 | Reporter: B").

The interview is an ``nfo:Event`` (rule ``event:interview-record``) labelled "Interview of Y
with A" (the outlet when the interviewer's line names an organisation), its alias the heading's
word as printed; the interviewee and the interviewer take part (``nfo:participant``), the
outlet organises it (``nfo:organizedBy``), the place field's site or place is where it was held
(``nfo:heldIn``) and the date field its day (``nfo:startDate``). A heading that says the text
is a transcript or record ("INTERVIEW TRANSCRIPT") makes the text an ``nfo:Report`` about the
interview, drafted by the interviewer. A heading with no interviewee named is left alone: a field whose value does
not open with the name ("Interviewee: none (A declined)"), a headline that denies the talk ("why
A refused a conversation with B").

Only the top of the text is read (a bounded stretch); each field is one regex pass: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.lexicon import field_patterns
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.mood import phrase_unreal
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:interview-record", 0.6
_TOP = 1500         # the heading, the fields and the headline stand within this
_HEADING = re.compile(r"(?m)^[ \t]*(?P<h>(?:(?:EXCLUSIVE|Exclusive)[ \t]+)?(?P<w>INTERVIEW|"
                      r"Interview)(?:[ \t]+(?P<t>TRANSCRIPT|Transcript|RECORD|Record))?)"
                      r"[ \t]*(?:\||$)")
# what a person's field holds before the name: at most two capitalised words ("Mr", "Prof.",
# "Chairman"), no word in lower case ("none (A declined)", "to be confirmed")
_VALUE_LEAD = re.compile(r"[ \t]*(?:[A-Z][\w.'\u2019-]*[ \t]+){0,2}")
_OPENING = ("interviewee", "interviewer")
_WITH = re.compile(r"\b(?:a|an|our|exclusive)[ \t]+(?:exclusive[ \t]+)?(?:conversation|interview|"
                   r"talk|dialogue)[ \t]+with[ \t]+", re.I)


def _fields() -> dict[str, re.Pattern]:
    return field_patterns("interview-fields", after_bar=True)


def _line_end(text: str, i: int, top: int) -> int:
    e = text.find("\n", i, top)
    return top if e < 0 else e


def propose(draft, spans_of, minter, kind_of):
    """Propose the interview the text records (see the module's notes); returns it or None."""
    text = draft.text
    top = min(len(text), _TOP)
    head = None
    h = _HEADING.search(text, 0, top)
    if h is not None and text.count("\n", 0, h.start()) < 4:     # (among the first lines)
        head = h
    if head is None:
        return None
    near = [x for x in spans_by_start(spans_of) if x[0] < top]

    def on_line(kind, pred):
        m = _fields()[kind].search(text, 0, top) if kind in _fields() else None
        if m is None:
            return None, None
        e = _line_end(text, m.end(), top)
        s = text.rfind("\n", 0, m.start()) + 1
        got = next((x for x in near if m.end() <= x[0] and x[1] <= e and pred(x[2])), None)
        if got is not None and kind in _OPENING and not _VALUE_LEAD.fullmatch(text, m.end(), got[0]):
            got = None      # ("Interviewee: none (A declined)": the field names no one)
        return got, (s, e)

    person = lambda ent: kind_of(ent.cls) == "person"
    guest, _ = on_line("interviewee", person)
    if guest is None:
        w = _WITH.search(text, head.end(), top)
        if w is not None:
            guest = next((x for x in near if x[0] == w.end() and person(x[2])), None)
            if guest is not None:       # ("... refused a conversation with A"): none held
                lo = text.rfind("\n", 0, w.start()) + 1
                if phrase_unreal(text, w.start(), guest[1], lo, _line_end(text, guest[1], top)):
                    guest = None
    if guest is None:
        return None
    asker, asker_line = on_line("interviewer", person)
    outlet = None
    if asker_line is not None:
        outlet = next((x for x in near if asker_line[0] <= x[0] and x[1] <= asker_line[1]
                       and kind_of(x[2].cls) == "org"), None)
    label = (f"Interview of {outlet[2].label} with {guest[2].label}" if outlet is not None
             else f"Interview with {guest[2].label}")
    event = Entity(minter.mint(label), NFO.Event, label, False, RULE, CONFIDENCE)
    event.aliases.add(head.group("w"))
    wa, wb = head.start("w"), head.end("w")
    event.mentions.append(Span(wa, wb))
    draft.entities[event.iri] = event
    spans_of.append((wa, wb, event))
    event.add(NFO.participant, guest[2].iri, Span(guest[0], guest[1]), RULE)
    if asker is not None:
        event.add(NFO.participant, asker[2].iri, Span(asker[0], asker[1]), RULE)
    if outlet is not None:
        event.add(NFO.organizedBy, outlet[2].iri, Span(outlet[0], outlet[1]), RULE)
    _place_and_day(text, top, near, kind_of, event)
    if head.group("t"):
        ha, hb = head.start("h"), head.end("h")
        rlabel = f"Interview transcript of {guest[2].label}"
        record = Entity(minter.mint(rlabel), NFO.Report, rlabel, False, RULE, CONFIDENCE)
        record.aliases.add(head.group("h"))
        record.mentions.append(Span(ha, hb))
        draft.entities[record.iri] = record
        spans_of.append((ha, hb, record))
        record.add(NFO.about, event.iri, Span(ha, hb), RULE)
        if asker is not None:
            record.add(NFO.draftedBy, asker[2].iri, Span(asker[0], asker[1]), RULE)
    return event


def _place_and_day(text, top, near, kind_of, event) -> None:
    f = _fields()
    m = f["place"].search(text, 0, top)
    if m is not None:
        e = _line_end(text, m.end(), top)
        places = [x for x in near if m.end() <= x[0] and x[1] <= e and kind_of(x[2].cls) == "place"]
        site = next((x for x in places if str(x[2].cls).endswith("#Site")), None)
        place = site or (places[0] if places else None)
        if place is not None:
            event.add(NFO.heldIn, place[2].iri, Span(place[0], place[1]),
                      RULE + ("@0.5" if site else "@0.4"))
    m = f["date"].search(text, 0, top)
    if m is not None:
        e = _line_end(text, m.end(), top)
        got = [d for d in find_dates(text[m.end():e]) if d.kind == "date"]
        if got:
            event.add(NFO.startDate, date_literal(got[0].value),
                      Span(m.end() + got[0].start, m.end() + got[0].end), RULE)
