"""A meeting a text tells by "met" / "meets" with the people met as its object: "Zhao Hongyu,
Party Secretary of the Hebi Municipal Party Committee, met the main investors before the
signing", "On Thursday evening, Vice Governor Li Wenping of the Shaanxi Provincial People's
Government meets the delegation in Xi'an" (an itinerary's present), "X met with representatives
of the strikers". An ``nfo:Meeting`` (rule ``event:met-clause``, 0.5) labelled "Meeting of
<subject> with <object>", named from the subject to the object, its participants the subject
and the people and organisations the object names; dated by its clause like any event
(:mod:`kg.ingest.events.date_attach`, called after).

The subject is the person or organisation named right before the verb, with nothing between
but an apposition in commas ("X, Party Secretary of Y, met"), "of" and its organisation ("X of
the Z Government meets"), or "also" / "then" / "later". The object opens within a few words
of the verb: a person or organisation named there, or a noun of people
(``data/met-counterparts.txt``: delegation, investors, guests, representatives ...); "met the
requirements", "met the limit", "the committee met on the 18th" (no object) make none. A clause
another event already names (the dated clause :mod:`kg.ingest.events.verb_happenings` read) is
left to it. "The talks" / "the meeting" the text names next (within two paragraphs, no event
between) are this meeting: that noun's event is folded into it."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.names.surgery import fold
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds

RULE, CONFIDENCE = "event:met-clause", 0.5
_VERB = re.compile(r"\b(?:met|meets)(?:\s+with)?\s+")
# between the subject's name and the verb
_GAP = re.compile(r"(?:\s*,[^;.,]{2,120}(?:,[^;.,]{2,60})?,|\s+of\s+(?:the\s+)?[^;.,]{2,100})?"
                  r"\s*(?:also\s+|then\s+|later\s+|separately\s+|first\s+)?$")
# the object's opening words before its noun or name: "the main", "a 16-member", "representatives of"
_OPEN = re.compile(r"(?:(?:the|a|an|its|their|his|her|visiting|all|some|several|\d+|[\w-]+-member)\s+)?"
                   r"(?P<words>(?:[a-z][\w'’-]*\s+){0,3}[a-z]+)\b", re.I)


# between the verb and the object's name: a few plain words ("the visiting chairman of")
_OBJ_GAP = re.compile(r"(?:[\w'’‘“”\"-]+\s+){0,5}")


@lru_cache(maxsize=None)
def _nouns() -> frozenset:
    return frozenset(lines("met-counterparts"))


def _people(word: str) -> bool:
    w = word.lower()
    ns = _nouns()
    return w in ns or (w.endswith("s") and w[:-1] in ns) or (w.endswith("es") and w[:-2] in ns) \
        or w in ("people", "businesspeople", "staff")


def propose(draft, spans_of, minter) -> list:
    text = draft.text
    if " met " not in text and " meets " not in text and "\nmet " not in text:
        return []
    named = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of)
             if kind(ent) in ("person", "org")]
    ends = sorted((e, s, ent) for s, e, ent in named)
    end_keys = [e for e, _, _ in ends]
    starts = [s for s, _, _ in named]
    events = [(s, e) for s, e, ent in spans_of if kind(ent) == "event"]
    made = []
    for v in _VERB.finditer(text):
        # the subject: the nearest name ending before the verb with only an apposition between
        # (a person before an organisation: "Vice Governor X of the Y Government meets")
        k = bisect.bisect_right(end_keys, v.start())
        fits = []
        for e, s, ent in reversed(ends[max(0, k - 12):k]):
            if v.start() - e > 240:
                break
            gap = text[e:v.start()]
            if "\n\n" not in gap and _GAP.fullmatch(gap):
                fits.append((s, e, ent))
        subj = next((x for x in fits if kind(x[2]) == "person"), fits[0] if fits else None)
        if subj is None:
            continue
        # the object: a name within the object's opening words, else a noun of people
        o = v.end()
        j = bisect.bisect_left(starts, o)
        obj_names = []
        while j < len(named) and named[j][0] <= o + 40:
            s, e, ent = named[j]
            if _OBJ_GAP.fullmatch(text[o:s]):
                obj_names.append((s, e, ent))
            j += 1
        m = _OPEN.match(text, o)
        noun = None
        if m is not None:       # the first noun of people among the opening words
            noun = next((w for w in re.finditer(r"[\w'’-]+", m.group("words"))
                         if _people(w.group())), None)
        if obj_names:
            b = max(e for _, e, _ in obj_names[:1])
        elif noun is not None:
            b = m.start("words") + noun.end()
            # "representatives of the strikers": the whole phrase up to the next stop
            tail = re.match(r"\s+of\s+(?:the\s+)?[\w'’ -]{2,60}?(?=[,;.]|\s+(?:on|in|at|before|"
                            r"after|to|and)\b)", text[b:b + 80])
            if tail:
                b += tail.end()
        else:
            continue
        a = subj[0]
        if any(s < b and a < e for s, e in events):
            continue        # a clause another event names already
        obj = " ".join(text[o:b].split())
        label = f"Meeting of {subj[2].label} with {obj}"
        ent = Entity(minter.mint(label), NFO.Meeting, label, False, RULE, CONFIDENCE)
        ent.mentions.append(Span(a, b))
        span = Span(a, b)
        ent.add(NFO.participant, subj[2].iri, span, RULE)
        for _, _, x in obj_names[:1]:
            if x is not subj[2]:
                ent.add(NFO.participant, x.iri, span, RULE)
        draft.entities[ent.iri] = ent
        made.append((a, b, ent))
        events.append((a, b))
    spans_of.extend(made)
    for a, b, ent in made:
        _fold_back(draft, spans_of, ent, b)
    return [e for _, _, e in made]


def _fold_back(draft, spans_of, ent, b: int) -> None:
    """"... met the guests at the centre. ... After the talks the two sides agreed": the talks
    (or the meeting) the text names next, with "the", within the next two paragraphs and no
    other event named between, are this meeting: folded into it."""
    text = draft.text
    end = b
    for _ in range(3):
        nxt = text.find("\n\n", end + 2)
        end = len(text) if nxt < 0 else nxt
    later = sorted((s, e, x) for s, e, x in spans_of
                   if b <= s < end and kind(x) == "event" and x is not ent)
    if not later:
        return
    s, e, x = later[0]
    if x.known or x.rule not in _NOUN_RULES or len(x.mentions) != 1:
        return
    if not _BACK.fullmatch(text[max(0, s - 4):e]) and not (
            _BACK_NOUN.fullmatch(text[s:e]) and text[max(0, s - 4):s].lower().endswith("the ")):
        return
    fold(draft, spans_of, x, ent)


_NOUN_RULES = {"event:bare-noun", "event:noun-phrase"}
_BACK = re.compile(r"(?i:the )(?i:the\s+)?(?:talks|meeting|discussions?|consultations?)")
_BACK_NOUN = re.compile(r"(?i:(?:the\s+)?(?:talks|meeting|discussions?|consultations?))")
