"""Where a gathering is held, from the line that dates it in a schedule or a title block:

* a schedule's line that names the event, then its day (a year closes it, perhaps a time after
  it), then the venue: "Award ceremony ...... 20 Mar 2027, Fugu County Grand Theatre",
  "- Training of county technicians: 12-14 January 2027, Xi'an", "Bid opening:   10:00,
  Tuesday 1 December 2026, Xi'an" (rule ``event:dated-line-venue@0.5``);
* a title block: the event's name on one of the text's first lines, and right under it (at most
  two lines down, no blank line between) a line of only its place and its days, in either order:
  "The 5th X Conference" over "Guiyang, Guizhou Province, 16-19 July 2027", "(Zhengzhou, 23-25
  April 2027)", "**Shanghai, 22-24 June 2027**", "13-14 January 2027, Shanghai" (rule
  ``event:title-block-venue@0.5``).

The venue is a place, site or organisation the draft names right after the day and a comma or a
bar (the first of a chain: "Xi'an, Shaanxi"), or opening the title's line. An
event that a rule already places (not a guess) is left alone: a "Venue:" field or a "held at"
says more than a city. One look at each event mention's line: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

LINE_RULE = "event:dated-line-venue@0.5"
TITLE_RULE = "event:title-block-venue@0.5"
_VENUES = frozenset(("org", "place"))
_GUESSES = ("cooccur:", "prior:", "context:")
_HEAD = 1500            # characters: a title block is among the text's first lines
_SHORT = 90             # characters: the event's name and its day on its line
# between the event's name and its venue: a short run with no sentence in it ending in a year
# (and perhaps a time of day), then a comma or a bar (not a bracket: "1 December 2026 (X
# Procurement Network)" names where a notice was published)
_DAY_THEN = re.compile(r"(?:[^\n.;!?]|\.(?=\.)|(?<=\.)\.|(?<=[A-Z][a-z][a-z])\.){0,%d}?"
                       r"\b(?:19|20)\d\d\)?(?:,?[ \t]+\d{1,2}[:.]\d\d"
                       r"(?:[ \t]*[-\u2013][ \t]*\d{1,2}[:.]\d\d)?)?[ \t]*[,|][ \t]*"
                       r"(?:the[ \t]+)?$" % (_SHORT + 60))
# a title's place line: decorations, the place (and larger places), a comma or a bar, the days
_TITLE_REST = re.compile(r"(?:,[ \t]*[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,3})*"
                         r"[ \t]*(?:,|\||[ \t]{2,})[ \t]*[^\n.;!?]{0,40}?\b(?:19|20)\d\d"
                         r"[ \t*_)]*$")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SEP = re.compile(r"[,|][ \t]*(?:the[ \t]+)?")
_COMMA = re.compile(r",[ \t]*")
_TITLE_LEAD = re.compile(r"[ \t]*[(*_]*[ \t]*")
# a title's place line with the days first: "13-14 January 2027, Shanghai"
_DAYS_FIRST = re.compile(r"[ \t]*[(*_]*[ \t]*[^\n.;!?]{0,40}?\b(?:19|20)\d\d[ \t]*,[ \t]*$")


def _placed(event) -> bool:
    return any(p == NFO.heldIn and not r.startswith(_GUESSES) for p, _, _, r in event.statements)


def dated_venues(draft, spans_of) -> None:
    text = draft.text
    events = [x for x in draft.entities.values()
              if not x.known and x.kind == "event" and x.mentions]
    if not events:
        return
    starts: dict = {}
    for s, e, x in spans_by_start_longest(spans_of):
        if x.kind in _VENUES and not x.role:
            starts.setdefault(s, (e, x))
    for event in events:
        if _placed(event):
            continue
        for m in event.mentions:
            got = _on_line(text, m.start, m.end, starts) or (
                m.start < _HEAD and _under_title(text, m.end, starts))
            if got:
                venue, rule, span = got
                if venue is not event:
                    event.add(NFO.heldIn, venue.iri, span, rule)
                break


def _on_line(text, start, at, starts):
    """The venue after the day on the event's line (the event's mention from ``start`` to
    ``at`` may hold the day): (venue, rule, span) or None."""
    if at - start > _SHORT:
        return None
    eol = text.find("\n", at, at + _SHORT + 40)
    eol = min(len(text), at + _SHORT + 40) if eol < 0 else eol
    if _YEAR.search(text, start, eol) is None:
        return None
    for sep in _SEP.finditer(text, at, eol):
        j = sep.end()
        hit = starts.get(j)
        if hit is not None and _DAY_THEN.fullmatch(text, start, j):
            return hit[1], LINE_RULE, Span(start, hit[0])
    return None


def _under_title(text, at, starts):
    """The place opening one of the two lines under the title's line, with the days after it
    (or before it): (venue, rule, span) or None."""
    eol = text.find("\n", at, at + 400)
    for _ in range(2):
        if eol < 0:
            return None
        nxt = text.find("\n", eol + 1, eol + 200)
        if nxt < 0:
            return None                     # (no title's line is so long)
        line_start = eol + 1
        if not text[line_start:nxt].strip():
            return None                     # a blank line ends the title block
        lead = _TITLE_LEAD.match(text, line_start, nxt).end()
        hit = starts.get(lead)
        if hit is not None and _TITLE_REST.match(text, hit[0], nxt):
            return hit[1], TITLE_RULE, Span(lead, nxt)
        for sep in _COMMA.finditer(text, line_start, nxt):
            hit = starts.get(sep.end())
            if hit is not None and _DAYS_FIRST.fullmatch(text, line_start, sep.start() + 1) \
                    and re.fullmatch(r"[ \t*_)]*(?:\|.*)?", text[hit[0]:nxt]):
                return hit[1], TITLE_RULE, Span(line_start, nxt)
        eol = nxt
    return None
