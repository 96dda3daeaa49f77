"""Rooms and buildings where a meeting is held, the way notices, minutes and tenders print a
venue: "Venue: Room 306, Light Alloy Building, Huxi Campus", "Place: Meeting Room 3, X Office
Building, Y Zone", "opened in Opening Room 2 of the X Center".

* A room: up to two capitalised words, "Room" and a number ("Room 306", "Meeting Room 3",
  "Bid Opening Room 2"); after it a comma and a building's name (capitalised words ending in
  "Building": "Light Alloy Building") make one site "Room 306, Light Alloy Building", else the
  room alone is the site. A new ``nfo:Site`` (rule ``site:room``, confidence 0.5).
* A building: its name right after a room and a comma, or after a venue's field label
  ("Venue:", "Place:", "Address:", "Location:") and at most one name and a comma ("Place:
  Metallurgy Hall, X Office Building"); a new ``nfo:Site`` (rule ``site:building``,
  confidence 0.5), the room ``nfo:locatedIn`` it, and it ``nfo:locatedIn`` the place the text
  prints right after it and a comma ("..., Huxi Campus"), when the draft read one there.

"Building" alone is no venue's head ("Party Building", "capacity building"): only a room before
it or a venue's label makes it one. A new organisation read inside the building's name ("X
Office" of "X Office Building") was the building misread, and goes. A room inside a longer name
of the draft mints nothing. One pass of one pattern, bounded: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.windows import near as near_words
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

ROOM_RULE, BUILDING_RULE, CONFIDENCE = "site:room", "site:building", 0.5
_CAP = r"[A-Z][A-Za-z'\u2019-]*"
_BUILDING = rf"(?:{_CAP}[ \t]+){{1,4}}Building(?![\w-])"
_ROOM = re.compile(
    rf"(?<![\w-])(?P<room>(?:{_CAP}[ \t]+){{0,2}}Room[ \t]+(?:No\.[ \t]*)?[A-Z]?\d{{1,4}}[A-Z]?)"
    rf"(?![\w-])(?:,[ \t]*\n?[ \t]*(?P<bld>{_BUILDING}))?"
    rf"|(?<![\w-])(?i:Venue|Place|Address|Location)[ \t]*:[ \t]*"
    rf"(?:(?:{_CAP}[ \t]+){{0,4}}{_CAP},[ \t]*)?(?P<vbld>{_BUILDING})")
_NEXT = re.compile(r",[ \t]*\n?[ \t]*")
_THE = re.compile(r"(?:The|THE)[ \t]+")
_COMMA_SPACE = re.compile(r",(?! )")        # ("Room 306,Light Alloy Building": a full-width comma)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the rooms and buildings to the draft and to ``spans_of``."""
    text = draft.text
    if "Room" not in text and "Building" not in text:
        return []
    made: list = []
    seen: dict[str, Entity] = {}
    gone: set = set()
    rows = spans_by_start(spans_of)
    starts = [x[0] for x in rows]

    def near(a, b):         # (the names that start from a little before a up to b)
        lo = bisect.bisect_right(starts, a)
        return rows[max(0, lo - 5):bisect.bisect_left(starts, b + 1)]
    for m in near_words(_ROOM, text, ("Room", "Building"), before=300, after=300):
        r0, r1 = m.span("room") if m.group("room") else m.span("vbld")[:1] * 2
        bld = "bld" if m.group("bld") else "vbld"
        if r1 > r0 and _THE.match(text, r0, r1):
            r0 = _THE.match(text, r0, r1).end()     # ("The Living Room 2": no word of its name)
        if r1 > r0:
            held = _misread_holder(text, near(r0, r1), r0, r1, kind_of)
            gone |= held
            if _inside_other([x for x in near(r0, r1) if (x[0], x[1], id(x[2])) not in held],
                             r0, r1):
                continue
        building = None
        if m.group(bld):
            b0, b1 = m.span(bld)
            if _inside_other(near(b0, b1), b0, b1):
                continue
            gone |= _inner(near(b0, b1), b0, b1)
            label = " ".join(m.group(bld).split())
            building = _site(draft, minter, seen, label, BUILDING_RULE, b0, b1, made)
            nxt = _NEXT.match(text, b1)
            if nxt is not None:
                place = next((x for s, e, x in near(nxt.end(), nxt.end()) if s == nxt.end()
                              and kind_of(x.cls) == "place" and x is not building), None)
                if place is not None:
                    p1 = _end_of(near(nxt.end(), nxt.end()), place, nxt.end())
                    building.add(NFO.locatedIn, place.iri, Span(b0, p1), BUILDING_RULE)
        if r1 > r0:
            end = b1 if building is not None else r1
            label = _COMMA_SPACE.sub(", ", " ".join(text[r0:end].split()))
            room = _site(draft, minter, seen, label, ROOM_RULE, r0, end, made)
            if building is not None:
                room.add(NFO.locatedIn, building.iri, Span(r0, end), ROOM_RULE)
    if gone:
        _drop(draft, spans_of, gone)
    spans_of.extend(made)
    return [x for _, _, x in made]


def _site(draft, minter, seen, label, rule, a, b, made) -> Entity:
    ent = seen.get(label.lower())
    if ent is None:
        ent = Entity(minter.mint(label), NFO.Site, label, False, rule, CONFIDENCE)
        seen[label.lower()] = ent
        draft.entities[ent.iri] = ent
    ent.mentions.append(Span(a, b))
    made.append((a, b, ent))
    return ent


def _end_of(spans_of, ent, at) -> int:
    """Where the mention of ``ent`` that starts at ``at`` ends."""
    return max((e for s, e, x in spans_of if x is ent and s == at), default=at)


def _inside_other(spans_of, a, b) -> bool:
    """Whether a name of the draft holds [a, b) and more, or crosses its edge."""
    return any((s <= a and b <= e and (s, e) != (a, b)) or (s < a < e < b) or (a < s < b < e)
               for s, e, x in spans_of)


def _inner(around, a, b) -> set:
    """The names read inside a building's name: "X Office" of "X Office Building" (the building
    misread), "Rare Metals" of "Rare Metals Building" (a word of its name, not a mention)."""
    return {(s, e, id(x)) for s, e, x in around if a <= s and e <= b and (s, e) != (a, b)}


def _misread_holder(text, around, a, b, kind_of) -> set:
    """A new organisation read from the room on ("Conference Room 2 of the Graduate School" for
    its last word): the room and the body it is of, misread as one name."""
    if not text.startswith(" of ", b):
        return set()
    return {(s, e, id(x)) for s, e, x in around if s == a and e > b + 4 and not x.known
            and kind_of(x.cls) == "org"}


def _drop(draft, spans_of, gone) -> None:
    """The misread names' mentions go, and a name with none left."""
    ents = {id(x[2]): x[2] for x in spans_of if (x[0], x[1], id(x[2])) in gone}
    spans_of[:] = [x for x in spans_of if (x[0], x[1], id(x[2])) not in gone]
    for key, x in ents.items():
        x.mentions[:] = [mm for mm in x.mentions if (mm.start, mm.end, key) not in gone]
        if not x.mentions:
            draft.entities.pop(x.iri, None)
