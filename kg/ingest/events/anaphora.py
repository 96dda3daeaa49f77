"""Things news text names once and then refers to by a common noun ("the two-day forum", "the
contest", "the department": :mod:`kg.ingest.events.referring_nouns` finds which each phrase
stands for and makes it a span of that thing), or by "It" opening the sentence after an event's
("... Forum was held ... It was hosted by"); a headline's shorter name of an event or agreement
the text names in full. Events minted after this pass, from a clause ("The national final of
the X Contest came to a close on the 18th"), get the phrases left open by :func:`refer_late`
("The contest was organised by A together with B").

The roles news states about an event, named or referred to, that no other rule reads: "was
organized/hosted by A and B, and co-organized by C" (``event:organised-by-cue``), "was held
in/at PLACE" (``event:held-at``), "Participants included A, B and C" / "was attended by"
(``event:participants-cue``), and after the dates are read, "The summit was held ... on July 6
and 7" (``event:held-on``, :func:`kg.ingest.events.held_on.dates_of_referred`)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.names import surgery
from kg.ingest.model import Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.windows import Near, near
from kg.ingest.relations.document_descriptions import describe_documents
from kg.ingest.events.referring_nouns import noun_rows, refer_nouns
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds, spans_by_start


def _by_class(kind):
    """``kind`` (class -> kind name) remembered per class: it is asked once per span."""
    memo: dict = {}

    def k(cls):
        if cls not in memo:
            memo[cls] = kind(cls)
        return memo[cls]
    return k


def refer_back(draft, spans_of: list, kind) -> None:
    kind = _by_class(kind)
    _headline_twins(draft, spans_of, kind)
    _headline_names(draft, spans_of, kind)
    refer_nouns(draft, spans_of, kind)
    draft.__dict__["_refer_seen"] = {id(e) for e in draft.entities.values()}
    describe_documents(draft, spans_of, kind)     # "the cobalt tetroxide standard"
    _pronoun_subjects(draft, spans_of, kind)      # "... Forum was held ... It was hosted by"
    _organisers(draft, spans_of, kind)
    _venues(draft, spans_of, kind)
    _participants(draft, spans_of, kind)
    _speaking_at(draft, spans_of, kind)


def refer_late(draft, spans_of: list, kind) -> None:
    """The events minted after :func:`refer_back` (clause events: "The national final of the X
    Contest came to a close on the 18th"): the phrases that refer back to them ("The contest
    was organised by A") are their spans, and the cues of those phrases' sentences (organised
    by, held at, participants, speaking at) are read for them alone."""
    seen = draft.__dict__.get("_refer_seen")
    if seen is None:
        return
    kind = _by_class(kind)
    new = {id(e) for e in draft.entities.values() if id(e) not in seen and not e.known
           and kind(e.cls) == "event"}
    if not new:
        return
    if _TOOK_PART_GATE.search(draft.text):      # "A took part." after a clause event
        spans = spans_by_bounds(spans_of)
        _took_part(draft, spans, [x[0] for x in spans], kind, new)
    if not draft.__dict__.get("_refer_open"):
        return
    if not refer_nouns(draft, spans_of, kind, new):
        return
    keep = {id(e): len(e.statements) for e in draft.entities.values() if id(e) not in new}
    _organisers(draft, spans_of, kind)
    _venues(draft, spans_of, kind)
    _participants(draft, spans_of, kind)
    _speaking_at(draft, spans_of, kind)
    for e in draft.entities.values():       # (the things named before keep what they had)
        n = keep.get(id(e))
        if n is not None and len(e.statements) > n:
            del e.statements[n:]

def _headline_twins(draft, spans_of, kind) -> None:
    """"Rare earth forum in Ganzhou discusses ...": an event the headline names in lower case
    only, of the class of exactly one event the text names in full, is that event (the
    headline phrase refers to it; it is not a second event)."""
    text = draft.text
    first = re.search(r"\S[^\n]*", text)
    if first is None:
        return
    head_end = first.end()
    events = [e for e in draft.entities.values() if not e.known and not e.role and e.mentions
              and kind(e.cls) == "event"]
    body: dict = {}         # class -> the events named after the headline (built once: linear)
    for o in events:
        if any(sp.start > head_end for sp in o.mentions):
            body.setdefault(o.cls, []).append(o)
    for ent in events:
        if ent.label[:1].isupper() and ent.label[1:] == ent.label[1:].lower() and \
                all(sp.end <= head_end for sp in ent.mentions) and ent.rule in (
                    "lower-name", "event:noun-phrase"):
            same = [o for o in body.get(ent.cls, ()) if o is not ent]
            if len(same) != 1:
                continue
            spans_of[:] = [x for x in spans_of if x[2] is not ent]
            for sp in ent.mentions:
                surgery.add_mention(same[0], spans_of, sp.start, sp.end, evidence=False)
            surgery.redirect(draft, ent.iri, [same[0].iri])
            draft.entities.pop(ent.iri, None)


_ORDINAL = re.compile(r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|"
                      r"eighth|ninth|tenth|\d{4}|\d+)$")
_SMALL = {"and", "of", "the", "on", "for", "in", "at", "to", "a", "an"}


def _headline_names(draft, spans_of, kind) -> None:
    """"Third Leshan Crystalline Silicon Summit and Expo Opens": an event the headline names in
    a shorter form than the text ("the 3rd China (Leshan) Crystalline Silicon Photovoltaic
    Industry Summit and Expo") is that event when exactly one event the text names has the same
    last word and every word of the headline's name but its edition ("Third", "2026"): the
    headline's name is one of its names (an alias, its span evidence). An agreement the headline
    names ("Silicon Branch and Leshan Sign Memorandum") is the one agreement of the text whose
    label holds its head noun and every other word but the verb of signing ("Memorandum of
    understanding of Silicon Branch and Leshan Municipal People's Government")."""
    text = draft.text
    first = re.search(r"\S[^\n]*", text)
    if first is None:
        return
    head_end = first.end()
    if head_end - first.start() > 200 or re.search(r"[.!?]\s|[.!?]$", first.group(0)):
        return      # the first line is a paragraph, not a headline
    for what in ("event", "agreement"):
        _headline_twin_of(draft, spans_of, kind, what, head_end)


def _words_of(s: str) -> list:
    return [w.lower() for w in re.findall(r"[\w'’-]+", s)]


def _headline_twin_of(draft, spans_of, kind, what, head_end) -> None:
    text = draft.text
    things = [e for e in draft.entities.values() if not e.known and not e.role and e.mentions
              and kind(e.cls) == what]
    body = [e for e in things if any(sp.start > head_end for sp in e.mentions)]
    in_body = {id(e) for e in body}     # (not ``ent in body``: entities compare field by field)
    for ent in things:
        if id(ent) in in_body or not all(sp.end <= head_end for sp in ent.mentions):
            continue
        words = _words_of(ent.label)
        content = [w for w in words if w not in _SMALL and not _ORDINAL.match(w)
                   and not (what == "agreement" and w in _SIGN_VERBS)]
        if len(content) < (3 if what == "agreement" else 2):
            continue        # ("Zinc Expo": a modifier and the head noun)
        same = []
        for o in body:
            if what == "agreement":     # its label says whose it is
                theirs = set(_words_of(o.label))
                if content[-1] in theirs and all(w in theirs for w in content):
                    same.append(o)
                continue
            for sp in o.mentions:       # a name the text prints (not a label made of a clause)
                theirs = _words_of(text[sp.start:sp.end])
                if sp.start > head_end and theirs and theirs[-1] == words[-1] \
                        and all(w in theirs for w in content):
                    same.append(o)
                    break
        if len(same) != 1:
            continue
        twin = same[0]
        spans_of[:] = [x for x in spans_of if x[2] is not ent]
        for sp in ent.mentions:
            surgery.add_mention(twin, spans_of, sp.start, sp.end)
        twin.aliases.add(ent.label)
        for pred, obj, sp, rule in ent.statements:
            if obj != twin.iri and not (pred in _ONE_VALUED and any(
                    p == pred for p, *_ in twin.statements)):
                twin.add(pred, obj, sp, rule)
        surgery.redirect(draft, ent.iri, [twin.iri])
        draft.entities.pop(ent.iri, None)


_SIGN_VERBS = {"sign", "signs", "signed", "ink", "inks", "inked", "seal", "seals", "sealed"}
_ONE_VALUED = {NFO.startDate, NFO.endDate, NFO.dateSigned}


# "It was (jointly) hosted / organised / co-organised / sponsored / chaired by": the pronoun
# opens a sentence whose verb says who ran an event
_IT = re.compile(r"(?<![\w,] )\b(?:It|This)\s+(?:was|is|will\s+be|has\s+been|had\s+been)\s+"
                 r"(?:(?:also|jointly)\s+)?(?:co-?)?(?:hosted|organi[sz]ed|sponsored|convened|"
                 r"chaired|presided\s+over|supported|guided|undertaken)\s+(?:jointly\s+)?by\b")
_IT_NEAR = Near(_IT, ("It", "This"), stops=".,;")      # (none of them in a match)


_SUBJECT_VERB = re.compile(r"\s+(?:\([^()\n]{1,60}\)\s+)?(?:was|were|is|will\s+be|has\s+been|"
                           r"had\s+been|opened|closed|kicked\s+off|took\s+place|began|ended)\b")


def _pronoun_subjects(draft, spans_of, kind) -> None:
    """"The 2026 X Forum was held from 26 to 28 August at Y. It was hosted by A and B, and
    organised by C": a sentence that opens with "It" (or "This") and a verb of running an event
    speaks of the first event the sentence before names when that event is its subject (its
    verb follows its name; same paragraph): "It" is a span of that event for the rules that
    read a sentence."""
    text = draft.text
    if "It " not in text and "This " not in text:
        return
    sents = None
    events = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
              if kind(ent.cls) == "event" and not ent.known and not ent.role]
    starts = [s for s, _, _ in events]
    for m in _IT_NEAR.finditer(text):
        if sents is None:
            sents = Sentences(text)
        ss, _ = sents.bounds(m.start())
        if ss != m.start() or ss == 0:
            continue            # the pronoun must open its sentence
        ps, _ = sents.bounds(ss - 1)
        if "\n\n" in text[ps:ss].rstrip():
            continue            # another paragraph
        i = bisect.bisect_left(starts, ps)
        if i >= len(events) or events[i][0] >= ss:
            continue
        first = events[i]
        # the event is the subject of the sentence before ("The 2026 X Forum was held ...")
        if not _SUBJECT_VERB.match(text, first[1]):
            continue
        surgery.add_mention(first[2], spans_of, m.start(), m.start() + len(m.group(0).split()[0]),
                            evidence=False)


# "The two-day forum was organized by A and B, and co-organized by C": A and B organise it;
# "hosted by A, and organized by B": A hosts it, B organises it
_ORGANISED = re.compile(r"\b(?<!co-)(?<!co)(?P<v>organi[sz]ed|hosted|sponsored|convened)\s+"
                        r"(?:jointly\s+)?by\b")
_ORGANISED_NEAR = Near(_ORGANISED, ("organi", "hosted", "sponsored", "convened"), stops=".,;")
_PRED = {"hosted": NFO.hostedBy}
_STOP = re.compile(r"\b(?:co-?(?:organi[sz]ed|hosted|sponsored)|(?:organi[sz]ed|hosted|sponsored|"
                   r"convened)\s+(?:jointly\s+)?(?:by|with)|supported|undertaken|assisted|guided|"
                   r"with\s+(?:the\s+)?support|in\s+cooperation|in\s+partnership|and\s+(?:was|were|"
                   r"is|will)|which|where|attended|chaired|presided)\b|[;:]")


def _organisers(draft, spans_of, kind) -> None:
    """"The forum was organized by A (and B)": the organisers of the event the sentence names
    (by name or by a noun that refers back to it) are the organisations between the cue and the
    next cue of another role ("co-organized by", "supported by"), the first person named after
    it, or the clause's end (``event:organised-by-cue``; "hosted by": ``nfo:hostedBy``)."""
    text = draft.text
    sents = None
    spans = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of)]
    starts = [s for s, _, _ in spans]
    for m in _ORGANISED_NEAR.finditer(text):
        if sents is None:
            sents = Sentences(text)
        ss, se = sents.bounds(m.start())
        lo, hi = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
        events = [x for x in spans[lo:hi] if kind(x[2].cls) == "event" and x[1] <= m.start()
                  and not x[2].known]
        if not events:
            continue
        event = events[-1][2]
        stop = _STOP.search(text, m.end(), se)
        end = stop.start() if stop else se
        pred = _PRED.get(m.group("v").lower(), NFO.organizedBy)
        last = 0
        for s, e, org in sorted(spans[lo:hi], key=lambda x: (x[0], -x[1])):
            if s < m.end() or e > end or s < last:
                continue            # (a name inside another: "Branch of the X Association")
            if kind(org.cls) == "person":
                break               # "organized by X, Chen, Vice President of X, answered ..."
            if kind(org.cls) == "org" and org is not event:
                event.add(pred, org.iri, Span(ss, se), "event:organised-by-cue")
                last = e


# "The forum was held at the Ganzhou International Convention Center", "The ceremony took place
# in Luliang": the venue right after the verb
_HELD = re.compile(r"\s+(?:was|were|will\s+be|is)\s+(?:(?:also|jointly|grandly|successfully|"
                   r"officially)\s+)?(?:held|staged|convened|opened|hosted|took\s+place)\s+"
                   r"(?:(?:on|from)\s+[^,.;]{3,30}?\s+)?(?:in|at)\s+(?:the\s+)?")
_VENUE_CLASSES = {"place", "site"}


def _venues(draft, spans_of, kind) -> None:
    """An event named (or referred to: "the two-day forum") as the subject of "was held in/at
    X", X a place or site, is held there (``event:held-at``), unless a venue is already
    proposed from its own name's sentence."""
    text = draft.text
    at = {}
    for s, e, ent in spans_of:
        if kind(ent.cls) in _VENUE_CLASSES:
            at.setdefault(s, ent)
    if not at:
        return
    for s, e, ent in spans_by_bounds(spans_of):
        if ent.known or kind(ent.cls) != "event":
            continue
        m = _HELD.match(text, e)
        if m is None or m.end() not in at:
            continue
        venue = at[m.end()]
        if venue is not ent and not any(p == NFO.heldIn for p, *_ in ent.statements):
            ent.add(NFO.heldIn, venue.iri, Span(s, m.end() + len(venue.label)), "event:held-at")


# "Participants included A, B and C", "Guests at the forum included ...", "The ceremony was
# attended by A and B"
_PARTICIPANTS = re.compile(r"\b(?:(?:participants|attendees|guests|delegates|exhibitors)(?:\s+"
                           r"(?:at|of)\s+[^,.;]{2,60}?)?\s+(?:included|include|were\s+from|"
                           r"came\s+from)|(?:was|were)\s+(?:also\s+)?attended\s+by)\b", re.I)
_APPOSED = re.compile(r",\s+(?:the\s+)?[A-Za-z][\w\s-]{0,40}?\b(?:of|at)\s+(?:the\s+)?$")
# "Also present were A and B", "Among those attending were ...", "Present at the signing were
# ...", "Attending the ceremony were ...": the people after the cue (a sentence's opening words)
_INVERTED = re.compile(r"(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=\n)|^)(?:(?:Also|Among\s+those)\s+"
                       r"(?:present|attending|in\s+attendance)|Present|Attending|Those\s+"
                       r"(?:present|attending))(?:\s+(?:at|were|was)?\s*(?:the\s+)?[^,.;\n]{2,60}?)?"
                       r"\s+(?:were|was|included)\b", re.M)
# (neither reads a full stop, comma or semicolon: read only between them around a cue word)
_PARTICIPANTS_NEAR = Near(_PARTICIPANTS, ("participants", "attendees", "guests", "delegates",
                                          "exhibitors", "attended"), lower=True, stops=".,;")
_INVERTED_NEAR = Near(_INVERTED, ("present", "attend"), lower=True, stops=".,;")


@lru_cache(maxsize=1)
def _event_np():
    """"the signing ceremony", "this year's forum": a noun phrase headed by an event noun."""
    alts = "|".join(re.escape(n) for n, what, *_ in sorted(noun_rows(), key=lambda x: -len(x[0]))
                    if what == "event")
    return re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{alts})\b")


def _participants(draft, spans_of, kind) -> None:
    """The people and organisations a sentence lists after "participants included", "was
    attended by" or "Also present were" took part in the event the sentence names (by name or a
    noun referring back), else the event named last in the three sentences before
    (``event:participants-cue``); an organisation inside a person's apposition ("A, chairman of
    X") is left out. So do those a sentence names before "took part", "were present" or
    "accompanied the delegation" (:func:`_took_part`)."""
    text = draft.text
    sents = None
    spans = spans_by_bounds(spans_of)
    starts = [s for s, _, _ in spans]
    cues = list(_PARTICIPANTS_NEAR.finditer(text))
    if "resent" in text or "ttend" in text:
        cues = sorted(cues + list(_INVERTED_NEAR.finditer(text)), key=lambda m: m.start())
    for m in cues:
        if sents is None:
            sents = Sentences(text)
        ss, se = sents.bounds(m.start())
        lo, hi = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
        # (an event inside the cue: "Present at the signing ceremony were")
        here = [x for x in spans[lo:hi] if kind(x[2].cls) == "event" and x[1] <= m.end()]
        event = here[-1][2] if here else None
        if event is None and _event_np().search(text, ss, m.end()):
            continue        # "The signing ceremony was attended by": an event no name is for
        if event is None:
            event = _event_before(spans, starts, sents, ss, kind)
        if event is None or event.known:
            continue
        _add_participants(text, event, spans[lo:hi], m.end(), se, Span(ss, se), kind)
    if _TOOK_PART_GATE.search(text):
        _took_part(draft, spans, starts, kind)


def _event_before(spans, starts, sents, ss, kind):
    """The event named last in the three sentences before the one at ``ss``."""
    back = ss
    for _ in range(3):
        if back <= 0:
            break
        back = sents.bounds(back - 1)[0]
    i = bisect.bisect_left(starts, ss) - 1
    while i >= 0 and spans[i][0] >= back:
        if kind(spans[i][2].cls) == "event":
            return spans[i][2]
        i -= 1
    return None


def _add_participants(text, event, rows, a, b, span, kind) -> None:
    """The people and organisations of ``rows`` between ``a`` and ``b`` (not an organisation
    inside a person's apposition) take part in ``event``."""
    prev = a
    for s, e, who in rows:
        if s < a or e > b or who is event:
            continue
        k = kind(who.cls)
        if k == "person" or (k == "org" and not _APPOSED.search(text, prev, s)):
            event.add(NFO.participant, who.iri, span, "event:participants-cue")
        if k in ("person", "org"):
            prev = e


# "A and B took part", "C was also present", "D, vice mayor of X, accompanied the delegation":
# those named before the verb (which has no object of its own but the event) took part
_TOOK_PART_GATE = re.compile(r"\b(?:part|present|attendance|accompanied)\b")
_TOOK_PART = re.compile(
    r"(?<=[\w.)])(?:,)?\s+(?:(?:also|too|all)\s+)?(?:(?:took|have\s+taken|has\s+taken|had\s+taken)"
    r"\s+part|(?:was|were)\s+(?:also\s+)?(?:present|in\s+attendance)|(?:also\s+)?accompanied\s+"
    r"(?:him|her|them|the\s+(?:[a-z-]+\s+){0,2}?(?:team|delegation|group|visit|tour|trip|"
    r"inspection|minister|mayor|governor|secretary|chairman|president|director)))"
    r"(?:\s+(?:in|at)\s+(?:the|this|that)\s+[^,.;]{2,60}?)?(?=\s*[,.;]|\s+(?:as|too|on|in|at|"
    r"and|with|from)\b)")


def _took_part(draft, spans, starts, kind, only=None) -> None:
    """"Ouyang Jinsong, director of X, took part.": the people and organisations named in the
    sentence before the verb took part in the event the sentence names, else in the event named
    last in the three sentences before (``event:participants-cue``)."""
    text = draft.text
    sents = Sentences(text)
    for m in near(_TOOK_PART, text, ("part", "present", "attendance", "accompanied"),
                  before=200, after=400):
        ss, se = sents.bounds(m.start())
        lo, hi = bisect.bisect_left(starts, ss), bisect.bisect_left(starts, se)
        rows = spans[lo:hi]
        first = next((x for x in rows if kind(x[2].cls) in ("person", "org")), None)
        if first is None or first[1] > m.start() or text[ss:first[0]].strip(" \t\n\"“(-*•"):
            continue        # a name must open the sentence ("Ten companies took part": who?)
        here = [x for x in rows if kind(x[2].cls) == "event" and x[0] >= m.start()] or \
            [x for x in rows if kind(x[2].cls) == "event" and x[1] <= m.start()]
        event = here[0][2] if here else _event_before(spans, starts, sents, ss, kind)
        if event is None or event.known or only is not None and id(event) not in only:
            continue
        _add_participants(text, event, rows, ss, m.start(), Span(ss, se), kind)


# "Speaking at the event, Chen Hao said ...", "Addressing the forum, X noted ..."
_SPEAKING = re.compile(r"\b(?:Speaking|Addressing|Speaking\s+to\s+delegates)\s+(?:at|to)?\s*")
_SPEAKING_NEAR = Near(_SPEAKING, ("Speaking", "Addressing"), stops=".,;")


def _speaking_at(draft, spans_of, kind) -> None:
    """"Speaking at the event, X said": X spoke at the event named or referred to after the
    cue (``event:speaking-at``)."""
    text = draft.text
    spans = spans_by_bounds(spans_of)
    starts = [s for s, _, _ in spans]
    for m in _SPEAKING_NEAR.finditer(text):
        i = bisect.bisect_left(starts, m.end())
        event = None
        while i < len(spans) and spans[i][0] <= m.end() + 8:
            if kind(spans[i][2].cls) == "event":
                event, ev_end = spans[i][2], spans[i][1]
                break
            i += 1
        if event is None or event.known:
            continue
        comma = text.find(",", ev_end, ev_end + 3)
        if comma < 0:
            continue
        j = bisect.bisect_left(starts, comma)
        if j < len(spans) and kind(spans[j][2].cls) == "person" and \
                not text[comma + 1:spans[j][0]].strip():
            event.add(NFO.speaker, spans[j][2].iri, Span(m.start(), spans[j][1]),
                      "event:speaking-at")
