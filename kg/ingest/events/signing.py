"""Agreements signed at an event: "At the ceremony, A signed a supply agreement with B", "During
the forum, ... signed ...", "A and B signed the agreement at the conference". The agreement was
signed at the event the noun refers back to (``nfo:signedAt``, rule
``agreement:signed-at-event``): the event named in the sentence after "at the", else the nearest
event named before whose label, class or clause holds the noun ("... held its commissioning
ceremony"). An agreement with no date of its own takes the event's day (``nfo:dateSigned``, rule
``date:signed-at-event``); a multi-day event gives what its days share (the month). A sentence
with no form of "sign" ("an agreement ... was announced during the forum") says nothing of where
it was signed; "B and C also signed ..." right after, in the same paragraph, was the same event.
"At the same ceremony" with no event node for it: the day of the agreements signed before
(``date:same-ceremony``). An opener that refers back to a gathering without naming it ("On the
sidelines, A and B signed ...", "On the first evening, ...": data/signing-occasion-openers.txt)
is the nearest gathering before (an event a gathering's noun names), on its first day, last day
or day as the opener says. A full stop of a number or of an abbreviation the clause goes on
after ("0.1 mm", "with X Co., Ltd. at the ceremony") does not end the signing's clause."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events import deal_agreements
from kg.ingest.events.listed_signings import listed_signings
from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.reading.occurrences import occurrences
from kg.ingest.reading.sentences import Sentences
from kg.ingest.terms import NFO, local_name
from kg.ingest.span_order import spans_by_start

_NOUN = (r"(?P<noun>ceremony|meeting|conference|forum|symposium|seminar|summit|expo|exhibition|"
         r"congress|session|event|fair|convention|briefing|launch)")
# "At the ceremony,", "During the two-day forum,", "At this year's summit,", "At the conference
# A and B also signed": opens the sentence
_OPENS = re.compile(r"\s*(?:[\"\u201c]\s*)?(?:At|During|On\s+the\s+sidelines\s+of|"
                    r"On\s+the\s+occasion\s+of)\s+(?:the|this|that|this\s+year's|"
                    r"this\s+year\u2019s)\s+(?:[\w'\u2019-]+\s+){0,3}?" + _NOUN
                    + r"\b(?:[^,.;]{0,80},|\s+(?=[A-Z]|(?:the|its|their|our)\s))")
# (or no comma: "At the forum X", "At the event the company signed")
# "On the sidelines, A and B signed", "On the first evening, ...": the gathering told of before
_OCCASION = re.compile(r"\s*(?:[\"\u201c]\s*)?(?P<opener>" + alternation(
    "signing-occasion-openers", lower=True) + r")\s*,", re.I)
_GATHERING = re.compile(_NOUN, re.I)
_FIRST_DAY = re.compile(r"\b(?:first|opening)\b", re.I)
_LAST_DAY = re.compile(r"\b(?:last|final|closing)\b", re.I)
# "... signed ... at the ceremony": after the verb, in the clause
# (a full stop inside the clause: of a number, "0.1 mm", or of an abbreviation that the clause
# goes on after, "with X Co., Ltd. at the ceremony")
_AT = re.compile(r"\bsigned\b(?:[^.;]|\.(?=\d|,|[ \t\n]+[a-z])){0,200}?\b(?:at|during)\s+"
                 r"(?:the|this|that)\s+"
                 r"(?:[\w'\u2019-]+\s+){0,3}?" + _NOUN + r"\b")
_ALSO = re.compile(r"\balso\s+signed\b")
_SAME = re.compile(r"\bsame\b")
_BACK = 3000        # how far back the event may be named (characters)


def signed_at(draft, spans_of, kind) -> int:
    """Add ``nfo:signedAt`` (and a missing ``nfo:dateSigned``) to the new agreements whose
    sentence says they were signed at an event; returns how many agreements got one."""
    text = draft.text
    deal_agreements.link(draft, kind)   # the parties and day of "the equity transfer agreement"
    agreements = [(s, e, ent) for s, e, ent in spans_of
                  if not ent.known and kind(ent.cls) == "agreement"]
    if not agreements:
        return 0
    # every mention of every event, those dated clauses made too (they are not in spans_of)
    events = sorted(((m.start, m.end, ent) for ent in draft.entities.values()
                     if kind(ent.cls) == "event" for m in ent.mentions), key=lambda x: x[0])
    ev_starts = [s for s, _, _ in events]
    sents = Sentences(text)
    breaks = occurrences(text, "\n\n")     # (one list: a text with none is scanned once)
    n = _signing_of(draft, text, agreements, Sentences(text), spans_of, kind)
    done = set()
    last = None     # (paragraph start, event, day) of the last "At the ceremony, ... signed"
    for s, e, ag in sorted(agreements, key=lambda x: x[0]):
        if id(ag) in done:
            continue
        ss, se = sents.bounds(s)
        if not re.search(r"\bsign(?:ed|s|ing)?\b", text[ss:se]):
            continue        # "announced during the forum": not said to be signed there
        par = breaks.last_before(ss)
        m = _OPENS.match(text, ss) or _AT.search(text, ss, se)
        occasion = _OCCASION.match(text, ss) if m is None else None
        if occasion is not None:
            # "On the sidelines, A and B signed ...": at the gathering told of before
            event = _event_for(text, events, ev_starts, ss, occasion, None, kind)
            day = None if event is None else _occasion_day(event, occasion.group("opener"))
            last = (par, event, day)
        elif m is None:
            # "... B and C also signed a memorandum": the same ceremony as the sentence before
            if last is None or last[0] != par or not _ALSO.search(text, ss, se):
                continue
            event, day = last[1], last[2]
        else:
            event = _event_for(text, events, ev_starts, ss, m, m.group("noun").lower(), kind)
            day = None
            if _SAME.search(m.group(0)) and (event is None
                                              or event.rule == "event:bare-ceremony"):
                # "At the same ceremony": the day of the agreements signed before it (also the
                # ceremony's, when only its noun names it)
                day = _day_signed_before(agreements, ag, ss)
                if day is not None and event is not None:
                    event.statements[:] = [st for st in event.statements if st[0] not in (
                        NFO.startDate, NFO.endDate)]
                    event.add(NFO.startDate, date_literal(day), Span(ss, se),
                              "date:same-ceremony")
            last = (par, event, day)
        if event is ag:
            continue
        done.add(id(ag))
        span = Span(ss, max(se, e))
        if event is not None:
            ag.add(NFO.signedAt, event.iri, span, "agreement:signed-at-event")
            n += 1
        own = [st for st in ag.statements if st[0] == NFO.dateSigned
               and not st[3].startswith("context:date")]
        if own:
            continue
        value = day or (_event_day(event) if event is not None else None)
        if value is None:
            continue
        ag.statements[:] = [st for st in ag.statements if st[0] != NFO.dateSigned]
        ag.add(NFO.dateSigned, date_literal(value), span,
               "date:same-ceremony" if day and occasion is None else "date:signed-at-event")
    _signers_not_guessed(draft, agreements)
    n += listed_signings(draft, kind)   # "Eight projects were signed at a ceremony. Among them:"
    _ceremony_during(draft, kind)
    n += _agreement_during(draft, agreements, kind)
    return n


def _agreement_during(draft, agreements, kind) -> int:
    """"The talks were held from Monday to Wednesday. ... A supply agreement was signed on
    Wednesday evening": an agreement signed on a day of the one multi-day event named before it
    whose days hold that day, and said to be signed at no other, was signed at it
    (``agreement:signed-during@0.5``)."""
    from kg.ingest.events.counted_signings import Hosts
    n = 0
    hosts = Hosts(draft, kind)      # (once: an agreement signed at a host adds no day to it)
    for ag in {id(x[2]): x[2] for x in agreements}.values():
        if any(p == NFO.signedAt for p, *_ in ag.statements) or not ag.mentions:
            continue
        days = {str(o) for p, o, _, _ in ag.statements if p == NFO.dateSigned}
        if len(days) != 1 or len(next(iter(days))) != 10:
            continue
        at = min(ag.mentions, key=lambda m: m.start)
        host = hosts.during(ag, next(iter(days)), at.start)
        if host is None or host.first(NFO.endDate) in (None, host.first(NFO.startDate)):
            continue        # (a one-day happening: a milestone, a ceremony of its own)
        ag.add(NFO.signedAt, host.iri, Span(at.start, at.end), "agreement:signed-during@0.5")
        n += 1
    return n


def _ceremony_during(draft, kind) -> None:
    """A signing ceremony the text names only by its noun, on a day of an event it reported
    before (the summit from the 26th to the 28th; "At the same ceremony" on the 26th), is part
    of that event (``event:signing-during@0.5``; the one event before whose days hold it)."""
    from kg.ingest.events.counted_signings import Hosts
    hosts = Hosts(draft, kind)      # (once: a ceremony made part of a host adds no day)
    for ev in list(draft.entities.values()):
        if ev.rule != "event:bare-ceremony" or not str(ev.cls).endswith("SigningCeremony") \
                or any(p == NFO.partOfEvent for p, *_ in ev.statements):
            continue
        days = [str(o) for p, o, _, _ in ev.statements if p == NFO.startDate]
        if len(days) != 1 or len(days[0]) != 10:
            continue
        at = min(ev.mentions, key=lambda m: m.start)
        host = hosts.during(ev, days[0], at.start)
        if host is not None:
            ev.add(NFO.partOfEvent, host.iri, Span(at.start, at.end), "event:signing-during@0.5")


def _signers_not_guessed(draft, agreements) -> None:
    """"At the ceremony, A signed X with B": the sentence states that A and B are X's parties
    and X was signed there, not more. A ceremony the text names only by its noun
    (``event:bare-ceremony``) keeps no participant guessed from that sentence alone
    (``cooccur:*``) for a party of an agreement signed at it: the reviewer sees the signing
    once, as the agreement's parties."""
    for _, _, ag in agreements:
        at = {o for p, o, _, _ in ag.statements if p == NFO.signedAt}
        parties = {o for p, o, _, r in ag.statements if p == NFO.party and r.startswith(
            "agreement:")}
        for iri in at:
            ev = draft.entities.get(iri)
            if ev is None or ev.rule != "event:bare-ceremony":
                continue
            ev.statements[:] = [st for st in ev.statements if not (
                st[0] == NFO.participant and st[1] in parties and st[3].startswith("cooccur:"))]


def _event_day(event) -> str | None:
    """The day of a one-day event; what the days of a multi-day one share (the month)."""
    days = [str(st[1]) for st in event.statements if st[0] == NFO.startDate]
    ends = [str(st[1]) for st in event.statements if st[0] == NFO.endDate]
    if len(days) != 1 or len(ends) > 1:
        return None
    value = days[0]
    if ends and ends[0] != value:
        value = value[:7] if value[:7] == ends[0][:7] else value[:4]
        if value != ends[0][:len(value)]:
            return None
    return value


def _occasion_day(event, opener: str) -> str | None:
    """The day of ``event`` an opener names: its first day ("On the first evening"), its last
    ("On the closing day"), else its day or what its days share ("On the sidelines")."""
    days = [str(st[1]) for st in event.statements if st[0] == NFO.startDate]
    ends = [str(st[1]) for st in event.statements if st[0] == NFO.endDate]
    if _FIRST_DAY.search(opener) and len(days) == 1 and len(days[0]) == 10:
        return days[0]
    if _LAST_DAY.search(opener) and len(ends) == 1 and len(ends[0]) == 10:
        return ends[0]
    if _FIRST_DAY.search(opener) or _LAST_DAY.search(opener) or re.search(r"\bsecond\b", opener):
        return None if len(days) != 1 or ends and ends[0] != days[0] else days[0]
    return _event_day(event)


def _day_signed_before(agreements, ag, ss) -> str | None:
    """The day the nearest agreement named before ``ss`` was signed, stated by the text."""
    best = None
    for s, _, other in agreements:
        if s >= ss or other is ag:
            continue
        days = [str(st[1]) for st in other.statements if st[0] == NFO.dateSigned
                and not st[3].startswith("context:date") and len(str(st[1])) == 10]
        if days and (best is None or s > best[0]):
            best = (s, days[0])
    return best[1] if best else None


def _event_for(text, events, ev_starts, ss, m, noun, kind):
    """The event "the <noun>" refers to: one named inside the cue ("at the X Forum"), else the
    nearest event before the sentence whose label, class or clause holds the noun."""
    lo, hi = bisect.bisect_left(ev_starts, m.start()), bisect.bisect_left(ev_starts, m.end())
    for s, e, ent in events[lo:hi]:
        if s >= m.start() and e <= m.end() + 40:
            return ent
    i = bisect.bisect_left(ev_starts, ss) - 1
    while i >= 0 and events[i][0] >= ss - _BACK:
        ent = events[i][2]
        cls = local_name(ent.cls).lower()
        if noun is None:
            # (an opener that names no noun: the nearest gathering, named by one)
            if _GATHERING.search(ent.label) or cls != "event" and _GATHERING.search(cls) or any(
                    _GATHERING.search(text, x.start, x.end) for x in ent.mentions):
                return ent
        elif noun in ent.label.lower() or noun in cls or any(
                re.search(rf"\b{noun}", text[x.start:x.end], re.I) for x in ent.mentions):
            return ent
        i -= 1
    return None


_SIGNED_THE = re.compile(r"\bsigned\s+the\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|memorandum|"
                         r"deal|documents?)\b", re.I)
_SIGNED_VERB = re.compile(r"\bsigned\b")
_SIGNING_BACK = 1500     # how far back the agreement may be named (characters)


def _signing_of(draft, text, agreements, sents, spans_of=(), kind=None) -> int:
    """"A and B signed the agreement. C ... witnessed the signing", "X signed agreements with A
    and B. C and D attended the signing ceremony": the signing a common noun names
    (``event:bare-ceremony``) is that of the agreements signed in its sentence or the one
    before (same paragraph): they were signed at it (``agreement:signed-at-event``); one such
    agreement, "signed the agreement": the signing is about it (``event:signing-of``); the
    people who signed ("F, chairman of A, and G ... signed the agreement") took part
    (``event:signing-signer``); with no day of its own, it took place the day they were signed
    (``date:signing-of``)."""
    n = 0
    for ev in list(draft.entities.values()):
        if ev.known or ev.rule != "event:bare-ceremony" or not str(ev.cls).endswith(
                "SigningCeremony"):
            continue
        at = min(m.start for m in ev.mentions)
        ss, se = sents.bounds(at)
        ps = sents.bounds(ss - 1)[0] if ss > 0 else ss
        if "\n\n" in text[ps:ss].strip("\n"):
            ps = ss
        verbs = [v for v in _SIGNED_VERB.finditer(text, ps, at)]
        if not verbs:
            continue
        signed = sorted((x for x in agreements if ps <= x[0] and x[1] <= at),
                        key=lambda x: x[0])
        the = _SIGNED_THE.search(text, ps, se)
        if not signed and the is not None:
            # "signed the agreement": the one named last before
            before = [x for x in agreements if x[1] <= at and x[0] >= at - _SIGNING_BACK]
            signed = [max(before, key=lambda x: x[0])] if before else []
        if not signed:
            continue
        span = Span(ps, se)
        ags = []
        for _, _, ag in signed:
            if ag in ags:
                continue
            ags.append(ag)
            if not any(st[0] == NFO.signedAt for st in ag.statements):
                ag.add(NFO.signedAt, ev.iri, span, "agreement:signed-at-event")
                n += 1
        # a label that says which signing: "Signing ceremony of the X agreement of A and B"
        noun = min(ev.aliases, key=len, default="signing")
        noun = "Signing" if noun.lower() == "signing" else noun[:1].upper() + noun[1:]
        more = f" and {len(ags) - 1} more" if len(ags) > 1 else ""
        ev.label = f"{noun} of the {ags[0].label[:1].lower()}{ags[0].label[1:]}{more}"
        if len(ags) == 1 and the is not None:
            ag = ags[0]
            ev.add(NFO.about, ag.iri, span, "event:signing-of")
            # the people who signed it (the organisations are its parties)
            v = verbs[-1]
            cs = max(sents.bounds(v.start())[0], text.rfind(";", 0, v.start()) + 1)
            for s, e, who in spans_of:
                if cs <= s and e <= v.start() and kind is not None and kind(who.cls) == "person":
                    ev.add(NFO.participant, who.iri, Span(cs, v.end()), "event:signing-signer")
        _signing_place(text, sents, ev, signed, spans_of, kind)
        if any(st[0] == NFO.startDate for st in ev.statements):
            continue
        days = {str(st[1]) for ag in ags for st in ag.statements if st[0] == NFO.dateSigned
                and len(str(st[1])) == 10}
        if len(days) == 1:
            ev.add(NFO.startDate, date_literal(days.pop()), span, "date:signing-of")
    return n


_IN = re.compile(r"\bin\s+(?:the\s+)?$")
_CLAUSE_END = re.compile(r"\s+to\s+[a-z]+|,\s+(?:which|under|where|who|so)\b|;")


def _signing_place(text, sents, ev, signed, spans_of, kind) -> None:
    """Where the signing took place: the place after "in" in the clause that signs the
    agreements ("signed ... with B in Nanning"), else the dateline's place when that clause
    opens the article's dateline ("Jakarta, April 22 -- A signed ... today")
    (``event:signing-place``); it replaces a venue only guessed from co-occurrence."""
    if kind is None or not signed:
        return
    s0 = signed[0][0]
    ss, se = sents.bounds(s0)
    places = [x for x in spans_by_start(spans_of) if ss <= x[0] < se and kind(x[2].cls) == "place"]
    v = _SIGNED_VERB.search(text, ss, se)
    found = None
    if v is not None:
        # the signing clause ends where its purpose or a relative clause begins ("... to
        # build a plant in X", ", under which ...")
        cut = _CLAUSE_END.search(text, v.end(), se)
        ce = cut.start() if cut else se
        found = next((x for x in places if v.end() < x[0] < ce
                      and _IN.search(text, max(ss, x[0] - 8), x[0])), None)
    if found is None:
        found = next((x for x in places if x[2].rule == "place:dateline"
                      and not text[ss:x[0]].strip()), None)
    if found is None:
        return
    ev.statements[:] = [st for st in ev.statements if not (
        st[0] == NFO.heldIn and st[3].startswith(("prior:", "cooccur:", "context:")))]
    if not any(st[0] == NFO.heldIn for st in ev.statements):
        ev.add(NFO.heldIn, found[2].iri, Span(ss, se), "event:signing-place")
