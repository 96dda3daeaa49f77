"""Who speaks at the event an article reports, read from its reported speech: in the report of a
meeting, forum or conference, a person who opens a sentence and "said", "told", "noted",
"called for", "presented" ... spoke at it ("Li Ming, chairman of X, said ...", "Chairman Li Ming
told shareholders ...", "Speaking at the opening, Vice Mayor Li Ming of Y said ...", "The
group's president, Li Ming, presented the plan").

* the event is a meeting, forum, conference or briefing named in the article's first three
  paragraphs (:func:`kg.ingest.relations.speakers.lead_events`; an inspection, a milestone or
  an award ceremony is left alone), and the last event named before the sentence (a later
  "next forum", "a press conference" is another event: nothing is read then);
* the person opens the sentence, after at most a short lead-in that ends with a comma or a
  title ("Speaking at the opening,", "Chairman"), and the verb follows the name or its
  apposition (", chief engineer of X Co., Ltd.,", " of Y"); one that says what the person is
  ("X, an analyst at Y, said", "a trader in Z") marks a commentator the reporter asked;
* a person the event already has in another role (the chair) is left as it is;
* "At a press conference held by X on the 8th, A said": the meeting the lead-in opens with,
  wherever it is named in the article;
* "Speaking at the founding, A said", "At the opening ceremony, A ...": the lead-in names the
  event: the last event named before whose name holds its noun ("founding": the founding
  assembly, even one named after the first paragraphs), or for "the opening", "the event",
  "the ceremony" that no event's name holds, the last meeting of the first paragraphs;
* "Vice President Zhao Wei and Deputy Secretary-General Qian Hong presented": names joined by
  "and", each after its title, share the verb;
* "A told shareholders that ...", "A told the forum": the last meeting named before whose name
  holds the audience's word (a shareholders' meeting), even when another event was named since;
  "A told reporters" is speech at a press conference only;
* "Feng said ...": a surname (or a one-word name) of one person named before in full stands for
  that person (the last word of the name, or the first: a Chinese name opens with it).

``nfo:speaker``, rule ``event:reported-speech@0.5`` (a guess the reviewer confirms: reported
speech is usually, not always, said at the event)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.speakers import lead_events
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

@lru_cache(maxsize=1)
def _stems() -> tuple:
    """The first word of each verb of speech: a text with none of them reports no speech."""
    return tuple(sorted({f.split()[0] for f in lines("speech-verbs")}))


@lru_cache(maxsize=1)
def _verb():
    """The verbs of speech (``data/speech-verbs.txt``), after "also", "then" ... or after
    "attended and" ("A, deputy director of X, attended and spoke")."""
    forms = sorted(lines("speech-verbs"), key=lambda w: (-len(w), w))
    alts = "|".join(r"\s+".join(re.escape(p) for p in f.split()) for f in forms)
    return re.compile(r"(?:(?:attended|was\s+present|were\s+present)(?:\s+(?:the|this)\s+"
                      r"[\w'’-]+(?:\s+[\w'’-]+)?)?\s+and\s+)?"
                      r"(?:also\s+|further\s+|then\s+|later\s+)?(?:" + alts + r")\b")


_APPOSITION = re.compile(r"\s*,\s[^;:\"“”]{2,200}?,\s*(?:who\s+)?$|\s+of\s+[A-Z][^,;:.]{1,60}?\s+$|\s*,?\s+$")
# "X, an analyst at Y, said": a commentator asked by the reporter, not a speaker
_COMMENTATOR = re.compile(r"\s*,\s+(?:a|an)\s")
_LEAD_IN = re.compile(r"(?:[^,;:\"“”]{1,160},\s*)?(?:(?:Guests|Speakers|Attendees|Participants|"
                      r"Those\s+present|Those\s+attending)\s+(?:also\s+)?(?:included|were)\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|of)\s+)?){0,4}$")
# "Speaking at the founding,", "At the opening ceremony,", "In his speech at the forum,": the
# event the lead-in names, by its noun
_SPEAKING_AT = re.compile(r"\s*(?:Speaking|Addressing|Presenting|In\s+(?:his|her|their)\s+"
                          r"(?:opening\s+|closing\s+|keynote\s+)?(?:speech|address|remarks|"
                          r"report)|At|During)\s+(?:at\s+|to\s+|during\s+)?(?:the|this|that)\s+"
                          r"(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s*,")
# a lead-in that opens with the event it names: "At a press conference held by X on the 8th,"
_AT_EVENT = re.compile(r"\s*(?:At|During|Speaking\s+at|Addressing)\s+(?:a|an|the|this)?\s*"
                       r"(?:[\w'’-]+\s+){0,4}?$")
# nouns of a lead-in that name the main meeting itself, not one of its parts
_MAIN = {"opening", "event", "ceremony", "meeting", "opening ceremony", "opening session",
         "plenary", "plenary session", "main forum", "conference", "gathering"}
# between two names that share the verb: "A and Deputy Secretary-General B"
_AND_TITLED = re.compile(r"\s*(?:,\s*)?and\s+(?:(?:[A-Z][\w'’.-]*|and|of)\s+){0,6}")
# "told shareholders", "told the forum": the audience names the meeting
_TOLD = re.compile(r"\s+(?:the\s+)?(?P<who>shareholders|forum|conference|meeting|symposium|"
                   r"seminar|summit|congress|assembly)\b", re.I)
_TOLD_PRESS = re.compile(r"\s+(?:the\s+)?(?:reporters|journalists|media|press|a\s+reporter|"
                         r"[A-Z][\w ]{0,30}(?:News|Daily|Times|Reuters|Xinhua))\b")
# a sentence that opens (after a short lead-in) with one capitalised word and a verb: "Feng said"
_ONE_WORD = re.compile(r"(?:[^,;:\"“”\n]{1,80},\s*)?(?P<w>[A-Z][a-z]+)\s+(?=\S)")
# the events people speak at (an inspection, a milestone, an award ceremony: reported speech
# there is said elsewhere, as often as not)
_MEETINGS = {"Conference", "AnnualMeeting", "Seminar", "Symposium", "Forum", "PressConference",
             "Exhibition",
             "Meeting"}
# what a clause reports happening (a plain event, a step of a project)
_HAPPENINGS = {"Event", "Milestone"}


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def event_speech(draft, spans_of, sents, kind) -> None:
    text = draft.text
    if not any(w in text for w in _stems()):    # (str search: the pattern's scan is slow)
        return
    leads = [x for x in lead_events(text, spans_of, kind) if _cls(x) in _MEETINGS]
    events = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of) if ent.kind == "event"]
    if not leads and not any(_cls(x[2]) in _MEETINGS for x in events):
        return
    ev_starts = [s for s, _, _ in events]
    firsts = {id(x) for x in leads} or {id(x[2]) for x in events}     # (made once)
    first = min((s for s, _, ent in events if id(ent) in firsts), default=0)
    have = {(id(x[2]), o) for x in events for _, o, _, _ in x[2].statements}
    # a person a cue made the speaker of one event ("Speakers included A") spoke there
    cued = {o for x in events for p, o, _, _ in x[2].statements if p == NFO.speaker}
    people = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of) if ent.kind == "person"]
    p_starts = [s for s, _, _ in people]

    def event_of(ss, at):
        """The event the sentence from ``ss`` reports speech at (the speaker named at ``at``)."""
        i = bisect.bisect_left(ev_starts, at) - 1
        if i >= 0 and events[i][0] >= ss and _cls(events[i][2]) in _MEETINGS and \
                _AT_EVENT.match(text, ss, events[i][0]):
            return events[i][2]     # "At a press conference held by X on the 8th, A said"
        m = _SPEAKING_AT.match(text, ss, at)
        if m is not None:
            np = m.group("np").lower()
            head = np.rsplit(None, 1)[-1]
            main = np in _MAIN or head in _MAIN
            for j in range(i, max(-1, i - 40), -1):
                ent = events[j][2]
                if events[j][0] < ss and _cls(ent) in _MEETINGS and (
                        head in ent.label.lower() or main and any(ent is x for x in leads)):
                    return ent
            return None
        # (a happening a clause reports since, "analysts reviewed prices", is not where the
        # speech was made: the last meeting before it is)
        while i > 0 and _cls(events[i][2]) in _HAPPENINGS and events[i][0] > first:
            i -= 1
        lead = events[i][2] if i >= 0 else None
        if lead is not None and not any(lead is x for x in leads):
            # a part of the lead event ("the first meeting of the new council" during the
            # congress): speech after it is still at the event it is part of
            parent = next((o for p, o, _, _ in lead.statements if p == NFO.partOfEvent), None)
            lead = next((x for x in leads if x.iri == parent), None)
        return lead

    def told_at(v, at, event):
        """The event of a sentence whose verb is ``v`` (``event``: the one read so far).
        "A told shareholders that ...": the last meeting named before ``at`` whose name holds
        the audience's word (shareholders: a shareholders' meeting; "the forum": a forum);
        "A told reporters": said to the press, at no meeting but a press conference."""
        if not v.group(0).endswith("told"):
            return event
        if _TOLD_PRESS.match(text, v.end()):
            return event if event is not None and _cls(event) == "PressConference" else None
        m = _TOLD.match(text, v.end())
        if m is None:
            return event
        word = m.group("who").lower().rstrip("s")[:11]
        i = bisect.bisect_left(ev_starts, at) - 1
        for j in range(i, max(-1, i - 40), -1):
            ent = events[j][2]
            if _cls(ent) in _MEETINGS and word in ent.label.lower():
                return ent
        return event

    def speak(event, group, v, rule="event:reported-speech@0.5"):
        for gs, _, who in group:
            if (id(event), who.iri) not in have and who.iri not in cued:
                event.add(NFO.speaker, who.iri, Span(gs, v.end()), rule)
                have.add((id(event), who.iri))

    for k, (s, e, person) in enumerate(people):
        if s <= first:
            continue
        ss, se = sents.bounds(s)
        if not _LEAD_IN.fullmatch(text, ss, s):
            continue
        event = event_of(ss, s)
        if event is not None and (id(event), person.iri) in have:
            continue
        # the names that share the verb ("A and Deputy Director B presented"), then the verb
        # after the last name or its apposition, no other person between
        group, end, j = [(s, e, person)], e, k + 1
        while j < len(people) and people[j][0] < se and \
                _AND_TITLED.fullmatch(text, end, people[j][0]):
            group.append(people[j])
            end = people[j][1]
            j += 1
        j = bisect.bisect_right(p_starts, group[-1][0])
        stop = people[j][0] if j < len(people) and people[j][0] < se else se
        for v in _verb().finditer(text, end, stop):
            if _APPOSITION.fullmatch(text, end, v.start()) and not _COMMENTATOR.match(text, end):
                told = told_at(v, s, event)
                if told is not None:    # (none: the last event named before is another one)
                    speak(told, group, v)
            break
    _by_surname(text, people, sents, first, event_of, speak, told_at)


_PRONOUNS = {"He", "She", "It", "They", "We", "I", "You", "This", "That", "There"}


def _by_surname(text, people, sents, first, event_of, speak, told_at) -> None:
    """"Feng said ...": a sentence opening with one word of exactly one person's name (its first
    or last word), named in full before, and a verb of speech."""
    owners: dict = {}
    first_at: dict = {}
    for s, e, person in people:
        words = person.label.split()
        if len(words) < 2:
            continue
        first_at.setdefault(id(person), s)
        for w in {words[0], words[-1]}:
            owners.setdefault(w, {})[id(person)] = (s, e, person)
    if not owners:
        return
    for ss in sents.starts:
        if ss <= first:
            continue
        m = _ONE_WORD.match(text, ss)
        if m is None or m.group("w") in _PRONOUNS:
            continue
        who = owners.get(m.group("w"), {})
        if len(who) != 1:
            continue
        s, e, person = next(iter(who.values()))
        v = _verb().match(text, m.end())
        if v is None or first_at[id(person)] >= ss:
            continue
        event = told_at(v, m.start("w"), event_of(ss, m.start("w")))
        if event is not None:
            speak(event, [(m.start("w"), m.end("w"), person)], v)
