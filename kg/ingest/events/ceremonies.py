"""Happenings a news text names only by a common noun, which no name rule and no phrase rule
reads (they need a name, or a modifier or a tail that says which one):

* a ceremony: "a ceremony was held in X to mark the start of production of Y", "was presented
  at a ceremony in Beijing on December 8", "attended the signing ceremony", "A trial production
  ceremony was held", "witnessed the signing", "At the same ceremony, C signed ..." after a
  signing no ceremony was named for. It is an event of its own
  (``event:bare-ceremony``, 0.5) when the text introduces it (an indefinite article, or a verb
  that says it took place, or that someone attended, held or witnessed it) and no event named
  before is one "the ceremony" could refer back to (that one is
  :mod:`kg.ingest.events.anaphora`'s). Its class comes from the words of its sentence
  (``data/ceremony-kinds.txt``: a signing, an award, a start of production...). What it marks
  ("to mark the start of production of Y") may be a milestone the phrase rules proposed already:
  the ceremony is that happening (one entity, relabelled, not two).
* a signing within an event: "three projects were signed at the summit" is a signing ceremony
  that is part of the summit named before (``nfo:partOfEvent``, ``event:signing-within``); its
  participants are the organisations that sign in the sentences right after it, in the same
  paragraph ("A signed a ... project; B signed ...": ``event:signing-signer``), and it is about
  what they sign (``event:signing-about``);
* a first output: "X produced its first alumina on September 20" is a milestone
  (``event:first-output``) when its sentence is dated, about the project the sentence opens with.

Nouns and verbs are found by a plain search, the patterns matched where they stand (a long text
is not tried character by character). Dates, places and the agreements signed at them are read later by the rules that read any
event's (:mod:`~kg.ingest.events.date_attach`, :mod:`~kg.ingest.events.signing`)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.terms import NFO

_FUNC = (r"of|the|a|an|and|or|for|to|in|at|on|by|with|was|were|is|are|its|their|which|that|"
         r"this|these|those|same|said|above|whole|aforementioned|previous|next|last|such")
# "a ceremony", "the signing ceremony", "a trial production ceremony", "the signing": found from
# the noun, then read back to its article (a scan of the text for every "a"/"the" costs more)
_NOUN = re.compile(r"(?<![\w\-])(?:signing\s+ceremony|ceremony|signing|briefing|press\s+conference|"
                   r"news\s+conference)(?![\w\-])")
# a briefing for the press is introduced by an indefinite article only ("said at a briefing",
# "At a briefing on the same day, X said"); "the briefing" is one named before
_PRESS = {"briefing", "press conference", "news conference"}
_NOT_EVENT = re.compile(r"\s+(?:papers?|notes?|documents?|books?|materials|rooms?|halls?|centre|center)\b")
_DET = re.compile(rf"\b(?P<det>[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<same>same\s+)?"
                  rf"(?P<mods>(?:(?!(?:{_FUNC})\s)[a-z][\w\-]*\s+){{0,3}})$")
# "the signing" is the event, not "the signing parties"
_SIGNING_NEXT = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:of|was|took|in|at|on|and|between|with|by|"
                           r"ceremony)\b")
# the text says it took place, or that someone was at it
_BEFORE = re.compile(r"\b(?:attended|attending|attend|witnessed|witnessing|witness|at|during|"
                     r"held|hosted|holding|hold|presided\s+over|chaired|addressed|joined|"
                     r"following|after|staged|organi[sz]ed|spoke\s+at|told|gave|giving|called|"
                     r"convened|co-hosted|co-organi[sz]ed)\s+$", re.I)
_AFTER = re.compile(r"(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,3}"
                    r"(?:,\s+[A-Z][\w\-]*)?)?\s+(?:was|were|will\s+be|(?:is|are)\s+to\s+be|shall\s+be)\s+(?:also\s+|then\s+|jointly\s+|grandly\s+)?(?:held|hosted|"
                    r"organi[sz]ed|staged|convened|presided\s+over|chaired|attended|addressed|"
                    r"witnessed)\b|\s+took\s+place\b")
# "X ... held its commissioning ceremony": X's
_HELD_ITS = re.compile(r"\b(?:held|hosted|staged|celebrated)\s+(?:its|their)\s+")
# "the opening ceremony of the X Forum": a part of a named event, left to it
_OF_NAME = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?[A-Z0-9]")
# what it marks: "to mark the start of production of ...", "marking the ...", "celebrating ..."
_PURPOSE = re.compile(r"\b(?:to\s+(?:mark|celebrate|launch|announce)|marking|celebrating)\s+"
                      r"(?P<p>(?:the|a|an|its|their)\s+)")
_STOP = re.compile(r"\s*,(?!(?<=\d,)\d)|\s*[;:!?()]|\s*\.(?!(?<=\d\.)\d)|\s+(?:which|where|while|and\s+(?:was|were|is|are|has|have|"
                   r"will)|attended|with\s+a\s+total)\b")
_DATE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)\s+\d{1,2}(?:,\s*(?:19|20)\d\d)?\b|\b(?:19|20)\d\d-\d\d-\d\d\b")
# pictographs and their joiners and selectors ("🎉🎉 Good news!"): no words of a label
_PICTOGRAPHS = re.compile("[\u2600-\u27bf\U0001F000-\U0001FAFF\ufe0f\u200d]+")


def _titled(phrase: str, title: str) -> str:
    """A ceremony's label from the text's title, when its sentence gives no better: the title
    without its pictographs, after the noun phrase ("Ceremony: X signs ..."), or the title alone
    when it opens with that phrase ("Award ceremony: Good news!", not "Award ceremony: Award
    ceremony: ...")."""
    title = " ".join(_PICTOGRAPHS.sub(" ", title).split())[:80]
    if title.lower().startswith(phrase.lower()):
        return title
    return f"{phrase}: {title}" if title else phrase
# "three projects were signed at the summit": found from "signed at the", read back to what
_SIGNED_AT = re.compile(r"\bsigned(?P<at>\s+(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the|this)\s+"
                        r"(?:[\w'\u2019-]+\s+){0,3}?(?P<noun>summit|forum|conference|expo|exhibition|"
                        r"fair|meeting|congress|convention|event|symposium|seminar)s?\b)", re.I)
_WHAT = re.compile(r"\b(?P<what>(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"\d{1,3}|several|many|dozens\s+of|a\s+number\s+of|a\s+batch\s+of|a\s+total\s+of\s+"
                   r"\d{1,3})\s+(?:[a-z][\w\-]*\s+){0,3}?(?:projects|agreements|contracts|deals|"
                   r"memorand(?:ums|a)))\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+|jointly\s+|"
                   r"then\s+)?$", re.I)
_SIGNED = re.compile(r"\bsigned\b")
# "X produced its first alumina on September 20": a milestone (found from "its first", the verb
# read back)
# (and a possessive: "produced the plant's first batch of X"; a chronicle's present tense:
# "the furnace taps its first crude magnesium")
_ITS_FIRST = re.compile(r"\b(?:its|their|the\s+[a-z][\w-]{1,20}['\u2019]s)\s+first\s+")
_OUTPUT_VERB = re.compile(r"\b(?:produce[sd]|pour(?:s|ed)|tap(?:s|ped)|casts?|ship(?:s|ped)|"
                          r"deliver(?:s|ed)|export(?:s|ed)|roll(?:s|ed)\s+out|turn(?:s|ed)\s+out)\s+$")
_FIRST_NP = re.compile(r"(?P<np>(?:(?:batch|tonnes?|tons?|heat|coil|shipment|cargo|lot|ingots?)\s+of\s+)?"
                       r"[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}?)(?=\s+(?:on|in|at|from|since|to|"
                       r"last|this|after|for)\b|\s*[,.;:()]|\s*$)")
# (or a year after "in", as a history tells it: "In 1967 engineers produced the first ...")
_DATED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)\s+\d|\d\s+(?:January|February|March|April|May|June|July|August|"
                    r"September|October|November|December)\b|\b(?:19|20)\d\d-\d\d|\b[Ii]n\s+(?:19|20)\d\d\b")
# "The X Park opened last Tuesday", "was officially inaugurated" (not "opened up", "opened a")
_OPENED = re.compile(r"(?<=[\w.)] )(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:officially\s+|"
                     r"formally\s+)?(?P<v>opened|inaugurated)\b(?!\s+(?:up|a|an|the|its|their)\b)")
_BACK = 3000        # how far back an event "the ceremony" could refer to may be named
# how it is held, not which one: "a short / brief / simple / grand opening ceremony"
_HOW = re.compile(r"(?:(?:short|brief|simple|small|grand|solemn|formal|official|modest|lavish)"
                  r"\s+)*")


def _at(text: str, word: str):
    """Where ``word`` stands in ``text`` (a plain search: the patterns are matched there, not
    tried at every character of a long text)."""
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)


@lru_cache(maxsize=1)
def _kinds() -> tuple[tuple[re.Pattern, str], ...]:
    out = []
    for line in lines("ceremony-kinds"):
        pattern, cls = line.rsplit(None, 1)
        out.append((re.compile(pattern), cls))
    return tuple(out)


def _class_of(sentence: str, noun: str) -> str:
    if noun.startswith("signing"):
        return "SigningCeremony"
    if noun in _PRESS:
        return "PressConference"
    low = sentence.lower()
    return next((cls for rx, cls in _kinds() if rx.search(low)), "Event")


def propose(draft, sents, within, kinds, minter, used, made) -> list:
    """Ceremonies and signings named by a common noun; returns the new ``(start, end, entity)``
    spans (``made`` holds what the other phrase rules made: a milestone a ceremony marks is
    taken over)."""
    text = draft.text
    out: list = []
    if "ceremon" in text or "signing" in text or "briefing" in text or " conference" in text:
        out += _ceremonies(draft, text, sents, within, kinds, minter, used, made)
    if "signed" in text:
        out += _signings_within(draft, text, sents, within, kinds, minter, used, made + out)
    if "first" in text:
        out += _first_output(draft, text, sents, within, kinds, minter, used)
    return out


def _first_output(draft, text, sents, within, kinds, minter, used) -> list:
    """"The first phase of X ... produced its first alumina on September 20": the first output
    of something is a milestone (``event:first-output``, 0.5) when its sentence is dated; it is
    about the project its sentence opens with (labelled by it, else by the organisation)."""
    out: list = []
    for i in _at(text, " first"):
        if text[i + 6:i + 7] not in (" ", "\n", "\t"):
            continue        # (the noun may be on the next line: "the plant's first\n  batch")
        m = _ITS_FIRST.search(text, max(0, i - 32), i + 7)
        if m is None:
            continue
        v = _OUTPUT_VERB.search(text, max(0, m.start() - 20), m.start())
        j = m.end()
        while j < len(text) and text[j] in " \t\n":
            j += 1
        n = _FIRST_NP.match(text, j)
        if v is None or n is None:
            continue
        ss, se = sents.bounds(m.start())
        a, b = v.start(), n.end("np")
        inner = [x for x in within(a, b) if kinds.get(id(x[2])) not in ("metal", "field",
                                                                          "product")]
        if any(used[a:b]) or inner or not _DATED.search(text, ss, se):
            continue        # (a metal named inside stays its mention: "its first alumina")
        # (or a site: "engineers at the No. 902 Factory produced the plant's first batch")
        subj = sorted((x for x in within(ss, v.start()) if x[1] <= v.start()
                       and (kinds.get(id(x[2])) in ("project", "org") or _site(x[2]))),
                      key=lambda x: x[0])
        proj = [x for x in subj if kinds.get(id(x[2])) == "project" or _site(x[2])]
        first = (proj or subj or [None])[0]
        label = "First " + " ".join(n.group("np").split())
        if first is not None:
            label += f" of {first[2].label}"
        ent = Entity(minter.mint(label), NFO.Milestone, label, False, "event:first-output", 0.5)
        draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        used[a:b] = b"\x01" * (b - a)
        out.append((a, b, ent))
        if proj:
            ent.add(NFO.about, proj[0][2].iri, Span(ss, se), "event:first-output")
    return out


def _site(ent) -> bool:
    return not ent.known and str(ent.cls).endswith("#Site")


def _events_before(within, kinds, made, a: int):
    """Events named before ``a`` (within ``_BACK``), the last first."""
    found = [x for x in within(max(0, a - _BACK), a) if kinds.get(id(x[2])) == "event"
             and x[1] <= a]
    found += [x for x in made if a - _BACK <= x[0] and x[1] <= a
              and str(x[2].cls).rsplit("#", 1)[-1] != "Milestone"]
    return sorted(found, key=lambda x: x[0], reverse=True)


def _refers_back(text, noun: str, before) -> bool:
    """An event named before is one "the <noun>" may refer to: its name, class or words hold
    the noun ("the signing" after a ceremony: the signing held at it)."""
    words = ("sign", "ceremon") if noun == "signing" else ("sign",) if noun.startswith(
        "signing") else ("ceremon",)
    for s, e, ent in before:
        name = f"{ent.label} {str(ent.cls).rsplit('#', 1)[-1]} {text[s:e]}".lower()
        if any(w in name for w in words):
            return True
    return False


def _said_before(text: str, noun: str, a: int) -> bool:
    """The noun was printed before ``a`` (within ``_BACK``): "the X Award ceremony was held ...
    said at the ceremony" refers to that one, whatever rule names it later."""
    words = ("signing", "ceremon") if noun == "signing" else ("signing",) if noun.startswith(
        "signing") else ("ceremon",)
    before = text[max(0, a - _BACK):a].lower()
    return any(w in before for w in words)


def _phrase_end(text: str, a: int, limit: int, within) -> int:
    """Where a phrase starting at ``a`` ends: the first clause stop not inside a name."""
    pos = a
    while pos < limit:
        m = _STOP.search(text, pos, limit)
        if m is None:
            return limit
        inside = [x for x in within(m.start(), m.start() + 1) if x[0] < m.start() < x[1]]
        if not inside:
            return m.start()
        pos = max(x[1] for x in inside)
    return limit


def _ceremonies(draft, text, sents, within, kinds, minter, used, made) -> list:
    out: list = []
    found, end = [], -1
    for i in sorted(set(_at(text, "ceremony")) | set(_at(text, "signing"))
                    | set(_at(text, "briefing")) | set(_at(text, "press conference"))
                    | set(_at(text, "news conference"))):
        n = _NOUN.match(text, i) if i >= end else None
        if n is not None:
            found.append(n)
            end = n.end()
    for n in found:
        lo = max(0, n.start() - 80)
        m = _DET.search(text, lo, n.start())
        if m is None:
            continue
        noun = " ".join(n.group(0).split()).lower()
        if noun == "signing" and not _SIGNING_NEXT.match(text, n.end()):
            continue
        a = m.start("mods") if m.group("mods") else n.start()
        a += len(_HOW.match(text, a, n.start()).group(0))  # ("a short opening ceremony")
        b = n.end()
        if any(used[a:b]) or within(a, b) or _OF_NAME.match(text, b):
            continue
        ss, se = sents.bounds(m.start())
        pre = text[max(ss, m.start() - 40):m.start()]
        indefinite = m.group("det").lower() in ("a", "an")
        if noun in _PRESS and (not indefinite or _NOT_EVENT.match(text, b)):
            continue        # ("a briefing paper", "a press conference room": no event)
        if m.group("same") and not (m.group("det") in ("the", "The") and noun == "ceremony"
                                    and _SIGNED.search(text, max(0, ss - 400,
                                                                 text.rfind("\n\n", 0, ss)), se)):
            continue        # "at the same ceremony" where its paragraph signed something
        if not (_BEFORE.search(pre) or _AFTER.match(text, b)):
            continue
        if not indefinite and (_said_before(text, noun, m.start()) or _refers_back(
                text, noun, _events_before(within, kinds, made + out, m.start()))):
            continue        # "the ceremony": the one named before (anaphora links it)
        phrase = " ".join(text[a:b].split())
        phrase = phrase[:1].upper() + phrase[1:]
        cls = _class_of(text[ss:se], noun)
        ent, label, parent, opened = None, None, None, None
        ends = set(m.group("mods").lower().split()) & {"opening", "closing"}
        if ends:
            # "the opening ceremony" after an expo is named: a part of it ("Closing ceremony
            # of X"); with no event before, the opening of what the text is about (a milestone)
            before = _events_before(within, kinds, made + out, m.start())
            if before:
                parent = before[0][2]
                label = f"{phrase} of {parent.label}"
            elif cls == "Event" and "opening" in ends:
                cls = "Milestone"
                opened = _last_opened(text, m.start())
        elif noun == "ceremony" and not m.group("mods") and cls == "Event":
            # "the first phase of X was opened on 18 December. ... The ceremony was presided
            # over by Y": the opening's ceremony, named by what was opened
            opened = _last_opened(text, m.start())
            what = _opened_what(text, within, kinds, opened) if opened else None
            if what is not None and text.rfind("\n\n", opened[1], m.start()) == -1:
                cls, label = "Milestone", f"Opening ceremony of {what.label}"
            else:
                opened = None
        p = _PURPOSE.search(text, b, se)
        if p is not None:
            pe = _phrase_end(text, p.end(), min(se, p.end() + 250), within)
            purpose = " ".join(text[p.start("p"):pe].split())
            label = f"{phrase} marking {purpose}" if len(purpose.split()) >= 3 else None
            # the milestone the purpose names ("the start of production of ..."): the same
            # happening
            for x in made:
                if p.start("p") <= x[0] < pe and x[2].rule == "event:milestone-noun" \
                        and not x[2].known:
                    ent = x[2]
                    break
        if label is None and m.group("det").lower() in ("its", "their"):
            # "the X project of Y held its commissioning ceremony": X's ceremony
            own = sorted((x for x in within(ss, m.start()) if x[1] <= m.start()
                          and (kinds.get(id(x[2])) in ("project", "org")
                               or str(x[2].cls).endswith("#Site"))), key=lambda x: x[0])
            if own and _HELD_ITS.search(text, own[0][1], a):
                name = own[0][2].label
                label = f"{phrase} of {'the ' if not name[:1].isupper() else ''}{name}"
        if label is None and noun in _PRESS:
            # a briefing is known by who gives it: the first organisation its sentence names
            org = next((x[2] for x in sorted(within(ss, se), key=lambda x: x[0])
                        if kinds.get(id(x[2])) == "org"), None)
            label = f"{phrase} of {org.label}" if org is not None else None
        mourned = _mourned(text, within, kinds, phrase) if label is None else None
        if mourned is not None:
            label = f"{phrase} for {mourned.label}"     # an obituary's farewell ceremony
        if label is None:
            d = _DATE.search(text, ss, se)
            label = f"{phrase} on {d.group(0)}" if d else _titled(phrase, draft.title)
        used[a:b] = b"\x01" * (b - a)
        if ent is not None:
            old = ent.iri
            del draft.entities[old]
            ent.iri = minter.mint(label)
            ent.label, ent.cls = label, NFO[cls]
            ent.rule = "event:bare-ceremony"
            draft.entities[ent.iri] = ent
        else:
            ent = Entity(minter.mint(label), NFO[cls], label, False, "event:bare-ceremony", 0.5)
            draft.entities[ent.iri] = ent
        ent.aliases.add(" ".join(text[a:b].split()))
        ent.mentions.append(Span(a, b))
        out.append((a, b, ent))
        if parent is not None:
            ent.add(NFO.partOfEvent, parent.iri, Span(ss, se), "event:bare-ceremony-part")
        if mourned is not None:
            ent.add(NFO.about, mourned.iri, Span(a, b), "event:mourned@0.5")
        if opened is not None and not any(used[opened[0]:opened[1]]):
            # "The X Park opened last Tuesday. ... The opening ceremony": the same opening (a
            # mention: its clause gives the day)
            ent.mentions.insert(0, Span(*opened))
            out.append((*opened, ent))
    return out


_HEAD = 600
_MOURNING = re.compile(r"\b(?:farewell|memorial|funeral|mourning|condolence)\b", re.I)


def _mourned(text: str, within, kinds, phrase: str):
    """The person a farewell or memorial ceremony is for: the first person the text's head (its
    first ``_HEAD`` characters: an obituary's title and first sentence) names."""
    if not _MOURNING.search(phrase):
        return None
    end = min(len(text), _HEAD)
    people = sorted((x for x in within(0, end) if x[1] <= end
                     and kinds.get(id(x[2])) == "person"), key=lambda x: x[0])
    return people[0][2] if people else None


def _opened_what(text: str, within, kinds, opened):
    """The site, project or organisation named last before the verb "opened" in its sentence."""
    start = max(text.rfind(". ", 0, opened[0]), text.rfind("\n\n", 0, opened[0]), 0)
    named = sorted((x for x in within(start, opened[0]) if x[1] <= opened[0]
                    and kinds.get(id(x[2])) in ("place", "project", "org")), key=lambda x: x[0])
    return named[-1][2] if named else None


def _last_opened(text: str, a: int):
    """Where the verb of the last "X opened / was opened / was inaugurated" before ``a`` (within
    ``_BACK``) stands, or None."""
    found = None
    for m in _OPENED.finditer(text, max(0, a - _BACK), a):
        found = m.span("v")
    return found


def _signings_within(draft, text, sents, within, kinds, minter, used, made) -> list:
    out: list = []
    for i in _at(text, "signed"):
        m = _SIGNED_AT.match(text, i)
        if m is None:
            continue
        w = _WHAT.search(text, max(0, m.start() - 120), m.start())
        if w is None:
            continue
        # (its mention stops before "at the summit": that phrase is the summit's, for the rules
        # that read the summit's clause)
        a, b = w.start(), m.start("at")
        if any(used[a:b]):
            continue
        noun = m.group("noun").lower()
        parent = None
        for s, e, ent in _events_before(within, kinds, made, a):
            name = f"{ent.label} {str(ent.cls).rsplit('#', 1)[-1]} {text[s:e]}".lower()
            if noun in name:
                parent = ent
                break
        what = " ".join(w.group("what").split())
        where = parent.label if parent is not None else f"the {noun}"
        label = f"Signing of {what} at {where}"
        ent = Entity(minter.mint(label), NFO.SigningCeremony, label, False,
                     "event:signing-within", 0.5)
        ent.aliases.add(" ".join(text[a:b].split()))
        draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        used[a:b] = b"\x01" * (b - a)
        out.append((a, b, ent))
        ss, se = sents.bounds(a)
        if parent is not None:
            ent.add(NFO.partOfEvent, parent.iri, Span(ss, se), "event:signing-within")
        # who signed what, in the sentences right after it (same paragraph)
        par_end = text.find("\n", b)
        par_end = len(text) if par_end < 0 else par_end
        pos = se
        for _ in range(3):
            if pos >= par_end:
                break
            ts, te = sents.bounds(pos)
            te = min(te, par_end)
            if not _SIGNED.search(text, ts, te):
                break
            cs = ts
            for clause_end in [i for i, ch in enumerate(text[ts:te], ts) if ch == ";"] + [te]:
                v = _SIGNED.search(text, cs, clause_end)
                if v is not None:
                    names = within(cs, clause_end)
                    subj = [x for x in names if kinds.get(id(x[2])) == "org" and x[1] <= v.start()]
                    if subj:
                        s, e, org = max(subj, key=lambda x: x[0])
                        ent.add(NFO.participant, org.iri, Span(s, clause_end),
                                "event:signing-signer")
                    for s, e, thing in sorted(names + [x for x in made if cs <= x[0] < clause_end],
                                              key=lambda x: x[0]):
                        if s >= v.end() and kinds.get(id(thing), _kind(thing)) in (
                                "project", "agreement"):
                            ent.add(NFO.about, thing.iri, Span(v.start(), e),
                                    "event:signing-about")
                cs = clause_end + 1
            pos = te + 1
    return out


def _kind(ent) -> str | None:
    name = str(ent.cls).rsplit("#", 1)[-1]
    return {"Project": "project", "Agreement": "agreement"}.get(name)
