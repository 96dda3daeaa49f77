"""Who organised, co-organised, supported, chaired, spoke at and took part in an event the
article reports (I-7): "X held its mid-year work meeting" (organiser), "co-organised by A and B"
(co-organisers; the list ends at "with support from"), "with support from C" (supporter),
"chaired by X" / "X chaired the session" (chair), "Speakers included A and B" / "X delivered the
keynote report" (speakers), "attended by", "A and B attended the forum", "A, B and C pressed the
start button" (participants). The cues are word lists (``data/event-roles.txt``, ``data/event-roles-reported.txt``: "X reported
on the ...", "X said at the ceremony").

The event is the one the sentence names, else the nearest event named before it that the
sentence's noun fits ("The two-day meeting": the meeting, not a forum named after it). Names of the wrong kind are left out: a
chair or speaker is a person, an organiser an organisation; a person's organisation named in
an apposition ("Chen Wei, chairman of Baowu") is not a speaker. The subject may follow its title
("Professor A", "X vice mayor A", "Y Group's party secretary A": a title or role of
``data/title-words.txt`` / ``data/roles.txt`` after at most three words) and be followed by its
organisation ("Professor A of X spoke") or an apposition holding a legal form ("Co., Ltd.").
Venues ("held ... at the X Center") and the places and companies an inspection went to are read
by event_venues.py and inspections.py, called at the end; events named inside the one just
reported ("The conference also held ...") by sub_events.py."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest import ahead
from kg.ingest.events.planned_milestones import FUTURE, HOLDER
from kg.ingest.reading.caseless import compile_lower, lower_source, lowered
from kg.ingest.reading.gates import any_of
from kg.ingest.reading.sentences import Sentences
from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.attended_gatherings import went_to
from kg.ingest.relations.company_meetings import company_meetings
from kg.ingest.relations.event_venues import event_venues
from kg.ingest.relations.head_subjects import head_subject
from kg.ingest.relations.organ_meetings import organ_meetings
from kg.ingest.relations.sub_events import EVENT_NOUN
from kg.ingest.relations.inspections import inspections
from kg.ingest.terms import NFO, local_name

_PRED = {"organiser": NFO.organizedBy, "co-organiser": NFO.coOrganizedBy,
         "chair": NFO.presidedBy, "speaker": NFO.speaker, "participant": NFO.participant,
         "witness": NFO.participant, "supporter": NFO.supportedBy}
_WHO = {"organiser": ("org",), "co-organiser": ("org",), "chair": ("person",),
        "speaker": ("person",), "participant": ("person", "org"), "witness": ("person",),
        "supporter": ("org",)}
# the roles said only of an event the sentence names or refers to ("the forum was supported by")
_EXPLICIT = {"supporter"}
# where the names of a role end: "co-organised by A and B, with support from C"
_OBJECTS_END = re.compile(r"\bwith\s+(?:the\s+)?support\b|\bsupported\s+by\b|"
                          r"\b(?:co-?)?(?:organi[sz]ed|hosted|sponsored)\s+by\b|;|"
                          # a clause of its own: "presided over by A, but B was not present"
                          r",\s*(?:but|while|whereas|yet|although|though)\b")
# who else was there, after the chair's names: "presided over by A, with B and C"
_WITH_OTHERS = re.compile(r",\s*(?:together\s+|along\s+)?with\b")
# the roles whose subject may be several coordinated names ("A and B witnessed the signing")
_MANY = {"participant", "witness", "speaker"}
# and those whose subject list opens the sentence ("A and B held the briefing")
_LISTED = {"organiser"}


@lru_cache(maxsize=1)
def _event_nouns() -> str:
    """The nouns of ``data/event-role-nouns.txt`` as one alternation (longest first; a plural
    in -s/-es read too): what ``{EVENT}`` stands for in a cue."""
    words = sorted({w.lower() for w in lines("event-role-nouns")}, key=lambda w: (-len(w), w))
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return rf"(?:{alts})(?:e?s)?\b"


@lru_cache(maxsize=1)
def _cue_lines() -> tuple:
    """(role, where, cue as written: ``{EVENT}`` in it) of each line of the cue lists."""
    return tuple(tuple(re.split(r"\s{2,}", line, maxsplit=2))
                 for line in lines("event-roles") + lines("event-roles-reported"))


@lru_cache(maxsize=1)
def _cues():
    """(role, where, pattern, explicit): ``where`` is "before" or "after", marked "!" when the
    cue holds only of an event its sentence names or refers to ("the forum was organised by")."""
    out = []
    for role, where, rx in _cue_lines():
        rx = rx.replace("{EVENT}", _event_nouns())
        out.append((role, where.rstrip("!"), re.compile(rx, re.IGNORECASE),
                    where.endswith("!") or role in _EXPLICIT))
    return out


# what ``{EVENT}`` stands for in the gate (_any_cue): any characters, so the gate matches
# wherever the cue may (and at a few places more, where no cue then matches: the cues are tried
# there and give nothing). Why: the hundred event nouns spelt out in each cue that names them,
# and again in each group of first letters (reading/gates.py), made the gate some 58,000
# characters, 120,000 words of compiled code (now half that): some 11 million instructions to
# compile on every run, 0.3% of the largest source text's
_ANY_EVENT = "(?s:.*?)"


@lru_cache(maxsize=1)
def _any_cue():
    """All the cues as one pattern: a sentence it finds nothing in holds none of them (one
    scan of the sentence instead of one per cue; most sentences hold none)."""
    # a cue opening with "\b" and a word (all but a few) is tried only where a word starts
    # (one look-behind instead of a "\b" per cue at every offset: a third of the time)
    # (those grouped by the letters they start with: reading/gates.py; a gate's match is read
    # only for where it starts)
    # (``{EVENT}`` read as any characters: _ANY_EVENT)
    cues = [rx.replace("{EVENT}", _ANY_EVENT) for _, _, rx in _cue_lines()]
    word = [lower_source(rx[2:]) for rx in cues if rx.startswith("\\b")]
    rest = [lower_source(rx) for rx in cues if not rx.startswith("\\b")]
    try:        # (case-blind, run on the sentence in lower case: reading/caseless.py)
        return re.compile("|".join([r"(?<!\w)(?:" + any_of(word) + ")"]
                                   + [f"(?:{x})" for x in rest]))
    except re.error:            # (a cue that cannot be joined: each sentence is scanned)
        return re.compile("")


@lru_cache(maxsize=1)
def _lower_cues() -> tuple:
    return tuple(compile_lower(rx.pattern) for _, _, rx, _ in _cues())


def _cue_matches(low_sentence, m) -> dict:
    """{cue index: (start, end) of its matches in the sentence (lower case)}, as each cue's
    finditer would give them: each cue is tried only where the joined pattern matches (from ``m`` on, one start
    after another), anchored there; a match inside the cue's previous one is skipped."""
    out: dict = {}
    ends: dict = {}
    cues = _lower_cues()
    gate = _any_cue()
    while m is not None:
        p = m.start()
        for i, rx in enumerate(cues):
            if ends.get(i, 0) > p:
                continue
            c = rx.match(low_sentence, p)
            if c is not None:
                out.setdefault(i, []).append((c.start(), c.end()))
                ends[i] = c.end() if c.end() > p else p + 1
        m = gate.search(low_sentence, p + 1)
    return out


def _sentence_cues(low: str, ss: int, se: int) -> dict | None:
    """The cues of the sentence from ``ss`` to ``se`` of the text in lower case ``low``
    (:func:`_cue_matches`), None when the gate finds none."""
    low_sentence = low[ss:se]
    first = _any_cue().search(low_sentence)
    # (a sentence where the gate matched but no cue did: as one it found nothing in)
    return None if first is None else _cue_matches(low_sentence, first) or None


_AHEAD = (__name__, "sentence_cues")


def sentence_cues(text: str, date=None) -> tuple[list[int], dict]:
    """(the sentences' starts, {(start, end) of a sentence: its cues}) for every sentence of
    ``text`` whose gate finds one: what :func:`read_cues` reads of the text alone, worked out
    ahead by the second process of ``kg ingest`` (kg/ingest/ahead.py LATER)."""
    sents = Sentences(text)
    low = lowered(text)
    out = {}
    for ss in sents.starts:
        _, se = sents.bounds(ss)
        found = _sentence_cues(low, ss, se)
        if found is not None:
            out[(ss, se)] = found
    return sents.starts, out


_REFER_BACK = 3000      # how far back an event a noun refers to may be named (characters)


def event_roles(draft, spans_of, sents, within, kind) -> None:
    # (a step a plan sets ahead, "the alliance will hold ... in 2027", is no cue's event, nor
    # a meeting named only as its holder's date, "as X had asked at its plenary session in July")
    events = sorted((s, e, ent) for s, e, ent in spans_of
                    if ent.kind == "event" and not ent.known and ent.rule not in (FUTURE, HOLDER))
    # (the events read here: clause_roles.py reads the cues again for those minted later)
    draft.__dict__["_roles_read"] = {id(ent) for _, _, ent in events}
    if events:
        read_cues(draft, events, sents, within, kind)
    text = draft.text
    event_venues(text, spans_of, sents, kind)       # "held ... at the X Center"
    inspections(text, spans_of, sents, kind)        # "inspected smelters in A, B and C"
    company_meetings(draft, spans_of, kind)         # "the first meeting of the ninth board"
    organ_meetings(draft, spans_of, kind)           # "an executive meeting of the city government"


def read_cues(draft, events, sents, within, kind, only=None, reach_back=_REFER_BACK) -> None:
    """The cues of every sentence for the events ``events`` (unknown ones, sorted by start);
    ``only``: the ids of the events the cues may give roles to (the others still count as the
    event a cue is about), and the sentences read are those that open at most ``reach_back``
    characters after one of them is named."""
    ev_starts = [s for s, _, _ in events]
    text = draft.text
    done: set = set()
    low = lowered(text)
    reach = sorted(s for s, _, ent in events if id(ent) in only) if only is not None else None
    # the cues found in each sentence, kept for a later reading of the same text (clause_roles)
    # (made by a reading of every sentence: the first, event_roles)
    seen = draft.__dict__.get("_cues_found")
    if seen is None or seen[0] != len(text):
        seen = None
    keep: dict = {}
    if reach is None:
        ready = ahead.answer(_AHEAD, text) if seen is None else None
        if ready is not None and ready[0] == sents.starts:
            # (every sentence's, worked out ahead by the command's second process)
            seen = draft.__dict__["_cues_found"] = (len(text), ready[1])
        else:
            draft.__dict__["_cues_found"] = (len(text), keep)
    for ss in sents.starts:
        _, se = sents.bounds(ss)
        if reach is not None:
            r = bisect.bisect_left(reach, ss - reach_back)
            if r == len(reach) or reach[r] >= se:
                continue
        if seen is not None:
            found = seen[1].get((ss, se))
            if found is None:
                continue
        else:
            found = _sentence_cues(low, ss, se)
            if found is None:
                continue
            keep[(ss, se)] = found
        sentence = text[ss:se]
        for ci, (role, where, rx, explicit) in enumerate(_cues()):
            for ms, me in found.get(ci, ()):
                a, b = ss + ms, ss + me
                named = events[bisect.bisect_left(ev_starts, ss):
                               bisect.bisect_left(ev_starts, se)]
                if explicit and not named and not _EVENT_NP.search(sentence):
                    continue
                if named:
                    # the event the cue is about: named after "held its", else the nearest
                    event = min(named, key=lambda x: abs(x[0] - b))[2]
                else:
                    i = bisect.bisect_right(ev_starts, ss) - 1
                    if i < 0:
                        continue
                    # the sentence before it is about the event it opens with ("A forum ...
                    # was held alongside the expo. Speakers included ..."): that one
                    ps = sents.bounds(ss - 1)[0] if ss > 0 else ss
                    k = bisect.bisect_left(ev_starts, ps)
                    if k < i and events[k][0] < ss and _opens(text, ps, events[k][0]):
                        i = k
                    event = events[i][2]
                    # "The two-day meeting was organised by": the nearest event before that
                    # the noun fits (the meeting, not the forum named after it)
                    j = i
                    while j >= 0 and events[j][0] >= ss - _REFER_BACK and \
                            not _refers_to(text, sentence, events[j][2]):
                        j -= 1
                    went = role in _MANY and went_to(events, i, text[a:b], _EVENT_NP.search(sentence))
                    if went:    # ("Representatives of A attended.": attended_gatherings.py)
                        event = went
                    elif j >= 0 and events[j][0] >= ss - _REFER_BACK:
                        event = events[j][2]
                    elif role in _MANY - {"speaker"}:
                        continue    # "The signing ceremony was attended by": another event
                if only is not None and id(event) not in only:
                    continue
                rule = f"event:{role}-cue"
                who = _subjects(text, within, _joined(text, sents, ss), a, role, kind) \
                    if where == "before" \
                    else _objects(text, within, b, se, role, kind)
                if not who and where == "before" and role in _LISTED and only is not None \
                        and (named or _EVENT_NP.search(sentence)
                             and _refers_to(text, sentence, event)):
                    # "The Bureau started its response": the body named before by its head
                    # noun, for an event minted after house_subjects.py read the issuer's
                    # clauses (clause_roles.py), of an event the sentence names or refers to
                    who, rule = head_subject(draft, _lead_ok, _joined(text, sents, ss), a), \
                        "event:organiser-cue-head"
                for s, e, ent in who:
                    if ent is event or (event.iri, role, ent.iri) in done:
                        continue
                    done.add((event.iri, role, ent.iri))
                    event.add(_PRED[role], ent.iri, Span(ss, se), rule)



_ITEM = re.compile(r"\(\d{1,2}\)[ \t]")      # "(1) ": a list item's number


def _joined(text, sents, ss):
    """Where the sentence really opens: "... Co., Ltd. (X Information) held ..." is split after
    "Ltd."; a sentence opening in lower case or with a bracket goes on the one before, unless
    the bracket numbers an item that opens its line ("(1) On 14 October our bureau held")."""
    n = 0
    while ss > 0 and n < 3 and (text[ss:ss + 1] == "(" or text[ss:ss + 1].islower()):
        if _ITEM.match(text, ss) and text[:ss].rstrip(" \t").endswith("\n"):
            break
        ss = sents.bounds(ss - 1)[0]
        n += 1
    return ss


def _opens(text, ss, at) -> bool:
    """The event named at ``at`` is the subject its sentence (from ``ss``) opens with: only a
    time or place phrase and an article before it ("On the first day, a forum ...")."""
    lead = text[ss:at]
    lead = re.sub(r"^\s*(?:(?:On|In|At|During|Also|Meanwhile|Later)\b[^,]{0,60},\s*)?", "", lead)
    return bool(re.fullmatch(r"(?:[Aa]n?|[Tt]he)?\s*", lead))


def _refers_to(text, sentence, event) -> bool:
    """A sentence that names no event may still say which one it is about ("the ceremony"):
    then the event's label, class or clause must hold that noun."""
    m = _EVENT_NP.search(sentence)
    if m is None:
        return True
    noun = m.group(1).lower()
    cls = local_name(event.cls).lower()
    return noun in event.label.lower() or noun in cls or any(
        re.search(rf"\b{noun}", text[x.start:x.end], re.I) for x in event.mentions)


def _subjects(text, within, ss, at, role, kind):
    """The subject before the cue: the first name of the right kind in the sentence, when only
    an apposition (commas) or nothing stands between it and the cue. For the roles in
    ``_MANY`` the subject may also open a later clause (", and X, mayor of Y, delivered a
    speech") and be several names joined by "and" or commas ("A and B witnessed the signing")."""
    names = within(ss, at, _WHO[role])
    if not names:
        return []
    s, e, ent = names[0]
    if _gap_ok(text, within, e, at) and _lead_ok(text[ss:s]):
        return [(s, e, ent)]
    if role not in _MANY and role not in _LISTED:
        return []
    # the last name before the cue, then the names coordinated with it (a name printed inside
    # another is not one of them; a short form in brackets is its name's)
    names = [x for j, x in enumerate(names)
             if not any(y[0] <= x[0] and x[1] <= y[1] and y[:2] != x[:2] for y in names[:j + 1])]
    i = len(names) - 1
    # ("A, chairman of X, and two former directors attended": X is A's apposition, not a subject)
    while i > 0 and names[i][2].kind == "org" and names[i - 1][2].kind == "person" and \
            _APPOS_ORG.fullmatch(text, names[i - 1][1], names[i][0]) and \
            not _gap_ok(text, within, names[i][1], at) and \
            not re.fullmatch(r"\s*,\s*", text[names[i][1]:at]):
        i -= 1
    if not _gap_ok(text, within, names[i][1], at) and not (
            re.fullmatch(r"\s*,\s*", text[names[i][1]:at])       # "X's manager, A, said"
            and re.search(r",\s*$", text[max(ss, names[i][0] - 3):names[i][0]])):
        return []
    if i > 0 and names[i - 1][2] is names[i][2] and \
            re.fullmatch(r"\s*\(\s*", text[names[i - 1][1]:names[i][0]]):
        i -= 1
    out = [names[i]]
    last = i
    while i > 0 and _coordinated(_ACRONYM.sub("", text[names[i - 1][1]:names[i][0]], count=1)):
        i -= 1
        out.append(names[i])
    if _lead_ok(text[ss:names[i][0]]) or (role in _MANY and
                                           _CLAUSE_OPEN.search(text, ss, names[i][0])):
        return out[::-1]
    if role in _MANY and last != i and _CLAUSE_OPEN.search(text, ss, names[last][0]):
        # "A, ..., presided, and B, chairman of X, attended": the clause B opens
        return [names[last]]
    return []


# a company's legal form inside an apposition is not the end of it ("A, chairman of X Co., Ltd.,
# gave a keynote speech")
_LEGAL = re.compile(r"\b(?:Co|Ltd|Corp|Inc|Plc)\.(?:,(?=\s*(?:Ltd|Inc)\b))?")
# the short name a name is followed by: "Shanghai X Co., Ltd. (X Information) held"
_ACRONYM = re.compile(r"^\s*\([^()]{1,40}\)")
# "A of X spoke": the person's organisation right after the name
_OF_ORG = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")


def _gap_ok(text, within, e, at) -> bool:
    """What stands between a subject and the cue: nothing, an apposition between commas
    ("A, chairman of X Co., Ltd.,") or the subject's organisation ("Professor A of X spoke")."""
    gap = _ACRONYM.sub("", text[e:at], count=1)
    if _APPOS_GAP.fullmatch(_LEGAL.sub("Co", gap)):
        return True
    m = _OF_ORG.match(gap)
    if m is None:
        return False
    orgs = within(e + m.end(), at, ("org",))
    return bool(orgs) and orgs[0][0] == e + m.end() and \
        _APPOS_GAP.fullmatch(_LEGAL.sub("Co", text[orgs[0][1]:at])) is not None


@lru_cache(maxsize=1)
def _titled():
    """A sentence's lead before its subject may end with the subject's title ("Professor A",
    "Jinzhou vice mayor A", "X Group's party secretary A"): up to three words before a title
    or role of the word lists ``data/title-words.txt`` and ``data/roles.txt``."""
    words = sorted(set(lines("title-words")) | set(lines("roles")), key=lambda w: (-len(w), w))
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?:[A-Za-z][\w.-]*(?:['’]s)?\s+){{0,3}}?(?:{alts}),?\s+", re.I)


def _lead_ok(lead: str) -> bool:
    """The lead of :data:`_LEAD`, then possibly the subject's title."""
    if _LEAD.fullmatch(lead):
        return True
    m = _LEAD.match(lead)
    return any(_titled().fullmatch(lead, k) for k in {0, m.end() if m else 0})


_APPOS_GAP = re.compile(r"\s*(?:,[^.;,]{0,120}(?:,[^.;,]{0,60})?,)?\s*"
                        # "A, chairman of X, and three former directors attended": others the
                        # sentence does not name, after the subject ("and about 60 other firms")
                        r"(?:and\s+(?:(?:two|three|four|five|six|several|other|many|some|the|about|"
                        r"his|her|their|its|of|[a-z]+['’]s|former|senior|leading|local|around|"
                        r"nearly|over|more\s+than|\d+)\s+){1,5}"
                        r"[a-z]+s\s+(?:and\s+[a-z]+s\s+)?)?"
                        r"(?:also\s+|then\s+|jointly\s+|together\s+)?")
# an organisation in a person's apposition: "A, chairman of X"
_APPOS_ORG = re.compile(r"\s*,\s*[^.;,]{0,60}?\b(?:of|at|from|with)\s+(?:the\s+)?")
# between two coordinated subjects: "A and B", "A, B and C", "A, chairman of X, and B", "A,
# minister of X, B, ..."
_AND_GAP = re.compile(r"(?:\s*,[^.;,]{0,120},\s*(?:and\s+)?|\s*(?:,\s*and|,|and)\s+)(?:the\s+)?")
# "A, general manager B and board secretary C": the next name after its title
_AND_TITLE = re.compile(r"\s*(?:,\s*and|,|and)\s+")


def _coordinated(gap: str) -> bool:
    """Two names joined by "and" or a comma, the second maybe after its title."""
    if _AND_GAP.fullmatch(gap):
        return True
    m = _AND_TITLE.match(gap)
    return m is not None and _titled().fullmatch(gap, m.end()) is not None


# a clause opening inside the sentence: ", and X", "; X", "while X", "; officials of X"
_CLAUSE_OPEN = re.compile(r"(?:[,;]\s*(?:and|while|whereas)?|\bwhile|\bwhereas)\s+(?:the\s+)?(?:(?:"
                          r"representatives|officials|delegates|executives|experts|staff)\s+(?:of|from)\s+(?:the\s+)?)?$")


# what may open a sentence before its subject: a dateline ("Beijing, July 9, 2025 — "), "The",
# a date ("On July 8, ")
# (a list item's number, then the time or place the sentence opens with: a phrase and its
# comma, "In March, X held", "At the forum, A delivered"; a day without a comma, "(2) On 9
# December our bureau held a talk")
_LEAD = re.compile(r"(?:[^—–\n]{0,40}(?:—|–|--)\s*)?(?:\s*\(?\d{1,2}[.)]\s+)?"
                   r"(?:(?:On|In|At|During|Earlier|Later|Last|This|Since|After|Before)\s+"
                   r"[^,.;:\n]{3,40},\s*|(?:On|In)\s+(?:the\s+(?:morning|afternoon|evening)\s+"
                   r"of\s+)?(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}|[A-Z][a-z]+day)"
                   r"(?:,?\s+\d{4})?\s+)?(?:The\s+|the\s+)?"
                   # "Representatives of A, B and C attended": the people of the organisations
                   r"(?:(?:[A-Z][a-z]+\s+)?(?:[Rr]epresentatives|[Oo]fficials|[Dd]elegates|"
                   r"[Dd]elegations|[Ee]xecutives|[Ee]xperts|[Ll]eaders|[Mm]anagers|[Hh]eads|"
                   r"[Ll]awyers|[Ss]taff)\s+(?:of|from)\s+(?:the\s+)?)?"
                   r"[\"“]?")


def _objects(text, within, at, se, role, kind):
    """The names after the cue, in a list ("A, chairman of X, and B"): names of the right kind;
    an organisation inside a person's apposition is skipped by kind."""
    out = []
    prev = last = at
    stop = _OBJECTS_END.search(text, at, se)
    se = stop.start() if stop else se
    if role == "chair":
        aside = _WITH_OTHERS.search(text, at, se)
        se = aside.start() if aside else se     # (", with mediator B and C": not chairs)
    orgs_only = "person" not in _WHO[role]
    for s, e, ent in sorted(within(at, se, ("person", "org")), key=lambda x: (x[0], -x[1])):
        if s < last:
            continue        # a name inside another ("Branch of the X Association")
        k = ent.kind
        if k == "person" and orgs_only:
            break           # "organised by X, Chen, a vice president of X, ...": X's people
        if k in _WHO[role] and not (k == "org" and out and _APPOSED.search(text, prev, s)):
            out.append((s, e, ent))
        prev = last = e
    return out


# an organisation in a person's apposition: "A, chairman of X", "B, general manager at Y"
_APPOSED = re.compile(r",\s+(?:the\s+)?[a-z][\w\s-]{0,40}?\b(?:of|at)\s+(?:the\s+)?$")
# a sentence's noun phrase of an event ("the two-day forum"): what it refers back to
_EVENT_NP = re.compile(rf"\b(?:the|this|that)\s+(?:[\w'-]+\s+){{0,3}}?({EVENT_NOUN})\b", re.I)
