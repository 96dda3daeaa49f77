"""A meeting named only as the holder of a date: "The town Party committee will hear a report on
all five projects at its meeting on 15 December", "as the Municipal Party Committee had asked
at its plenary session in July", "The town people's congress will review this report at its
session in mid-January".

After "at its" or "at their" (the meeting of the clause's own subject), at most three words and
a meeting's noun (``data/holder-meeting-nouns.txt``: meeting, session, sitting, plenary), then
"on" or "in" and a date of the text (its weekday before it: "on Tuesday, 12 January"); "in" or
"at" and where it meets may come between ("at its annual work meeting in Brackley on ..."): a
place the draft names there is where it is held (``nfo:heldIn``). Who holds it is the clause's
subject: the organisation the draft names last before "its" in the clause, else the words from the clause's start to its
first verb (a noun phrase of two to eight words opening with a determiner or a capital: "The
town Party committee"); the organisation named there holds it (``nfo:organizedBy``). Each is a ``nfo:Meeting`` (rule ``event:dated-meeting-holder``, 0.4)
labelled "<the meeting's words> of <the holder>" ("Meeting of the town Party committee",
"Plenary session of the Hebi Municipal Party Committee"), its evidence the clause from the
holder to the date; the date is its ``nfo:plannedDate`` when still to come (after the
document's date, or a month or day without its year in a clause a plan word sets ahead: the
next year's), else its ``nfo:startDate``.

Not read: a date an event of the draft already holds, a clause that is negated or
conditional ("if the committee approves it at its meeting on ..."), "at the meeting" (a meeting
named before, which :mod:`kg.ingest.events.anaphora` reads back), a holder that is no noun
phrase. Linear: each date is looked back from once, over at most ``_BACK`` characters."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, roll_forward
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, may_set_mood, mood
from kg.ingest.reading.weekday_years import WEEKDAY
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:dated-meeting-holder", 0.4   # (planned_milestones.HOLDER)
_GATE = re.compile(r"\bat[ \t\n]+(?:its|their)[ \t\n]")
_BACK = 240         # how far back from the date the clause's subject may start (characters)


@lru_cache(maxsize=None)
def _at_its() -> re.Pattern:
    nouns = "|".join(sorted(map(re.escape, words("holder-meeting-nouns")),
                            key=lambda w: (-len(w), w)))     # (one pattern in every process: kept)
    return re.compile(r"\bat[ \t\n]+(?:its|their)[ \t\n]+(?P<m>(?:[a-z][\w-]*[ \t\n]+){0,3}?"
                      r"(?:" + nouns + r")(?:[ \t\n]+(?:meeting|session))?)"
                      # (where it meets, before its day: "at its annual work meeting in
                      # Brackley on Tuesday, 12 January")
                      r"(?:[ \t\n]+(?:in|at)[ \t\n]+(?:the[ \t\n]+)?(?P<where>[A-Z][\w'\u2019-]*"
                      r"(?:[ \t\n]+[A-Z][\w'\u2019-]*){0,3})(?=[ \t\n]+on[ \t\n]))?"
                      r"[ \t\n]+(?:on|in)[ \t\n]+"
                      r"(?:the[ \t\n]+)?(?:(?:early|mid|late)[ \t\n-]+)?"
                      # (the day's weekday: "on Tuesday, 12 January")
                      r"(?:" + WEEKDAY + r"\.?,?[ \t\n]+)?$")


# where the clause opens before the holder: a sentence's or clause's end, a blank line, "as"
_OPEN = re.compile(r"[.;:!?](?=[ \t\n])|\n[ \t]*\n|,[ \t\n]+(?:and|but|while|as|after|when)[ \t\n]+|"
                   r"\b(?:as|after|when|since|because)[ \t\n]+(?=[A-Za-z])|\A")
# the subject's end: its verb or a plan word ("will", "had asked", "reviewed")
_VERB = re.compile(r"[ \t\n]+(?:will|would|shall|must|should|is|are|was|were|has|have|had|plans?|"
                   r"[a-z]+(?:ed|es))\b")
_NP = re.compile(r"(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his)[ \t\n]+)?[A-Za-z][\w'\u2019-]*"
                 r"(?:[ \t\n]+[\w'\u2019-]+){1,7}")
# a plan word in the clause: a yearless month before the document's is next year's
_AHEAD = re.compile(r"\b(?:will|shall|is[ \t\n]+to|are[ \t\n]+to|plans?[ \t\n]+to|due|scheduled|next)\b",
                    re.I)


def holder_meetings(draft, dates, sents, within, kind_of, minter) -> list:
    """Add the meetings described above (``dates``: the text's dates; ``within``: the names of
    a stretch); returns them."""
    text = draft.text
    if _GATE.search(text) is None:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    held = draft.cover(lambda e: kind_of(e) == "event")
    made = []
    for d in dates:
        if held[d.start] or not d.value[:4].isdigit() or d.kind == "gYear":
            continue
        m = _at_its().search(text, max(0, d.start - 80), d.start)
        if m is None:
            continue
        ss, _ = sents.bounds(d.start)
        lo = max(ss, m.start() - _BACK)
        opens = [o.end() for o in _OPEN.finditer(text, lo, m.start())]
        start = opens[-1] if opens else lo
        while start < m.start() and text[start] in " \t\n\"'(":
            start += 1
        holder = _holder(text, start, m.start(), within, kind_of)
        if holder is None:
            continue
        hs, label_of, body = holder
        if may_set_mood(text, hs, d.end) and mood(text, hs, d.end, ss, min(len(text), d.end + 120)) \
                in (NEGATED, CONDITIONAL):
            continue
        value, planned = _when(text, d, hs, doc_date)
        words_ = " ".join(m.group("m").split())
        label = f"{words_[:1].upper()}{words_[1:]} of {label_of}"
        ent = Entity(minter.mint("event", value, label), NFO.Meeting, label, False, RULE,
                     CONFIDENCE, role=True)
        span = Span(hs, d.end)
        ent.mentions.append(span)
        ent.add(NFO.plannedDate if planned else NFO.startDate, date_literal(value), span, RULE)
        if body is not None:        # "The X Party Committee ... at its plenary session": its
            ent.add(NFO.organizedBy, body.iri, span, RULE)    # meeting, held by it
        if m.group("where"):        # (where it meets: a place the draft names there)
            for ps, pe, e in within(m.start("where"), m.end("where")):
                if kind_of(e) == "place":
                    ent.add(NFO.heldIn, e.iri, span, RULE)
                    break
        draft.entities[ent.iri] = ent
        held[hs:d.end] = b"\x01" * (d.end - hs)
        made.append(ent)
    return made


def _holder(text: str, start: int, at: int, within, kind_of):
    """(where the holder's words start, its words for the label, the organisation that holds
    it or None) of the clause ``text[start:at]``: the organisation the draft names last there,
    else the noun phrase before the clause's first verb (the organisation is then the last one
    named inside that phrase: "The town Party committee"); None when there is neither."""
    orgs = [(ps, pe, e) for ps, pe, e in within(start, at) if kind_of(e) == "org"]
    v = _VERB.search(text, start, at)
    np = _NP.fullmatch(text, start, v.start()) if v is not None else None
    if np is not None and (text[start].isupper() or text[start:start + 4].lower() in ("the ", "its ")) \
            and all(ps < np.end() for ps, _, _ in orgs):
        # (the subject's words, a name the draft reads inside them included: "The town Party
        # committee", not its "Party committee")
        words_ = " ".join(np.group(0).split())
        if words_.split()[0] in ("The", "Its", "Their", "This"):
            words_ = words_[:1].lower() + words_[1:]
        inside = [e for ps, pe, e in orgs if pe <= np.end()]
        return start, words_, (inside[-1] if inside else None)
    if orgs:
        ps, pe, e = orgs[-1]
        words_ = " ".join(text[ps:pe].split())
        det = re.search(r"\b(the)[ \t\n]+$", text[max(start, ps - 5):ps], re.I)
        return (ps - len(det.group(0)) if det else ps), ("the " if det else "") + words_, e
    return None


def _when(text: str, d, start: int, doc_date: str | None) -> tuple[str, bool]:
    """The meeting's date and whether it is still to come (see the module's doc)."""
    ahead = _AHEAD.search(text, start, d.start) is not None
    r = roll_forward(text, d, doc_date) if ahead else d
    value = r.value
    if doc_date is None:
        return value, ahead
    n = min(len(value), len(doc_date))
    return value, value[:n] > doc_date[:n] or ahead and value[:n] >= doc_date[:n]
