"""Common nouns that refer back to a thing the text named before ("the two-day forum", "the
contest", "the online auction", "the department", "the exchange"): which phrase may refer back,
and to what.

* the phrase: "the"/"this"/"that", up to two lower-case modifiers, a noun of
  ``data/anaphor-nouns.txt``, and no noun after it ("the contest was", "the exchange said"; not
  "the mine operator", "the auction house": another thing). Each modifier is a word of the
  referent's name ("the online auction": an auction named "online") or one that tells nothing
  apart ("the same", "the three-day": ``_NEUTRAL``);
* the referent: an event is the event last named before it (within ``_BACK`` characters) whose
  kind the noun fits: a specific noun ("forum", "contest", "hearing") needs an event whose name
  or class says so, a general one ("event", "meeting", "session") takes the last event (not a
  milestone such as "the start of production"), or one named just before it whose name holds
  the noun ("The X Meeting and the Y Forum opened ... The two-day meeting": the meeting); an
  organisation is the one last named whose name (or class) holds the noun ("the department",
  "the exchange"; "the company" is left alone: too often another company than the last one).

Each such phrase becomes a span of the thing (``spans_of``; not evidence: the draft's mentions
stay names), so the sentence rules apply to it as to the name. A phrase inside a name, or
followed by "of"/"on"/"for" (a new description: "the meeting of the Standing Committee"), is
left alone. The phrases no referent was found for are kept (``draft._refer_open``) for a later
pass over things minted after (:func:`kg.ingest.events.anaphora.refer_late`): one scan of the
text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.lexicon import lines
from kg.ingest.names import surgery
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds

_BACK = 3000        # how far back the name may be (characters)
_NEAR = 300         # a general noun's own event may be named this much before the last event


@lru_cache(maxsize=1)
def noun_rows():
    """(noun, what: event/org, general: bool, words its referent's name or class must hold)"""
    out = []
    for line in lines("anaphor-nouns"):
        what, general, noun, *fits = re.split(r"\s{2,}", line)
        out.append((noun, what, general == "general", tuple(f.lower() for f in fits) or
                    (noun.lower(),)))
    return tuple(out)


_SCAN = ("kg.ingest.events.referring_nouns", "noun_pattern")


def noun_pattern():
    """The referring nouns' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _rx()


@lru_cache(maxsize=1)
def _rx():
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                    for n, *_ in sorted(noun_rows(), key=lambda x: (-len(x[0]), x[0])))
    # up to two modifiers ("the online auction", "the three-day contest", "the Hunan
    # department"): each one a word of the referent's name, or one that tells nothing (_NEUTRAL)
    return re.compile(
        rf"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<mods>(?:[A-Za-z][a-z'’-]*\s+){{0,2}}?)(?P<n>{alts})\b"
        rf"(?![\w-]|\s+(?:of|on|for|in\s+[A-Z])\b|\s+[A-Z])")


# modifiers that say nothing of which thing is meant ("the same forum", "the two-day meeting")
_NEUTRAL = re.compile(r"(?:same|above|said|whole|opening|entire|recent|latest|annual|"
                      r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:day|year)|"
                      r"day-long|week-long|month-long|"
                      r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)-(?:month|week))$")
# the word after the noun: a noun goes on the phrase ("the city government", "the mine
# operator": another thing); a verb, a function word or punctuation ends it
_NEXT = re.compile(r"[ \t]*\n?[ \t]*(?P<w>[a-z]+)?")
_ENDS = frozenset((
    "a an the this that its their of for on in at to by with from and or but as into under over "
    "after before during between among about than which who whom whose was were is are be been "
    "being has have had will would shall should can could may might must not also then it they "
    "there here such last next this earlier later since until when while where so yet still "
    "now already again once itself jointly formally officially said says say told added noted "
    "announced expects expected plans planned aims wants agreed began begins opened opens "
    "closed closes ended ends took takes made makes set sets held holds drew draws brought "
    "brings attracted attracts featured features focused focuses covered covers heard hears "
    "received receives called calls reached reaches saw sees ran runs produced produces "
    "operates operated employs employed owns owned lies lay stands stood remains remained "
    "became becomes went goes came comes got gets gave gives found finds started starts "
    "decided decides approved approves signed signs issued issues launched launches "
    "completed completes continued continues showed shows included includes").split())


def _ends_phrase(text, b) -> bool:
    """The noun at ``..b`` ends its noun phrase: what follows is punctuation, the end, or a
    word that is no noun ("was", "said", "in", a past tense in -ed)."""
    m = _NEXT.match(text, b)
    w = m.group("w")
    return w is None or w in _ENDS or (w.endswith("ed") and len(w) > 4) or \
        (w.endswith("ly") and len(w) > 4)


def refer_nouns(draft, spans_of: list, kind, only=None) -> list:
    """Each "the <noun>" (``data/anaphor-nouns.txt``) that refers back to a thing named before
    it is a span of that thing (``spans_of``; not evidence); with ``only`` (ids of entities),
    only the phrases whose referent is one of them. The ``(start, end, entity)`` added."""
    text = draft.text
    added = []
    nouns = {n: (what, general, fits) for n, what, general, fits in noun_rows()}
    whats = {what for what, _, _ in nouns.values()}
    if only is None:
        phrases = _phrases(text)
        covered, _ = surgery.coverage(text, spans_of)
    else:               # (the phrases left open, less those a name now covers: no text scan)
        phrases = _uncovered(draft.__dict__.get("_refer_open", ()), spans_of)
        covered = bytearray(len(text))
    named = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of) if kind(ent.cls) in whats and (
        not ent.role or only is not None and id(ent) in only)]
    starts = [s for s, _, _ in named]
    left = []           # the phrases no thing was found for (a later pass may find one)
    for a, b, noun, mods, ns in phrases:
        if any(covered[ns:b]):
            continue
        what, general, fits = nouns[noun]
        m_noun, noun = noun, noun.lower()
        i = bisect.bisect_left(starts, a) - 1
        found = None
        while i >= 0 and named[i][0] >= a - _BACK:
            ent, at = named[i][2], named[i][0]
            i -= 1
            if kind(ent.cls) != what:
                continue
            name = f"{_own_name(ent)} {str(ent.cls).rsplit('#', 1)[-1]}".lower()
            if mods and not all(re.search(rf"\b{re.escape(w)}", name) for w in mods):
                continue            # "the online auction": an auction named "online"
            if what == "event":
                if ent.rule == "event:milestone-noun":
                    continue        # "the start of production" is not "the event"
                if ent.rule == "event:signing-within" and "sign" not in noun \
                        and "ceremon" not in noun:
                    continue        # "signed at the summit ... the summit": the summit
                if not general and not any(f in name for f in fits):
                    continue
                if general and noun not in name:
                    # "The X Meeting and the Y Forum opened ... The two-day meeting": the
                    # meeting named just before the forum, else the last event
                    if found is None:
                        found = (ent, at)
                    continue
            elif not any(re.search(rf"\b{re.escape(f)}\b", name) for f in fits):
                continue            # (its name or its class: "the county" for a County)
            if found is None or at >= found[1] - _NEAR:
                found = (ent, at)
            break
        if found is not None and what != "event":
            found = _talked_about(text, named, starts, a, found, fits, kind, what)
        if found is None or only is not None and id(found[0]) not in only:
            left.append((a, b, m_noun, mods, ns))
        else:
            ent = found[0]
            added.append((a, b, ent))
            surgery.add_mention(ent, spans_of, a, b, evidence=False)
            draft.__dict__.setdefault("_refers", []).append((a, b, ent))
            covered[a:b] = b"\x01" * (b - a)
            # the thing last talked about: "The two-day meeting ... The opening session"
            k = bisect.bisect_left(starts, a)
            starts.insert(k, a)
            named.insert(k, (a, b, ent))
    if only is None:
        draft.__dict__["_refer_open"] = left
    return added


def _talked_about(text, named, starts, a, found, fits, kind, what):
    """The organisation a phrase at ``a`` refers to: the last one named whose name fits
    (``found``), unless that one was named once only, outside the phrase's paragraph, and
    another that fits was named at least twice before it: "The X Association held its congress
    ... [the national association named once, in passing] ... [new paragraph] The association
    was founded in 1993" is the X Association."""
    para = text.rfind("\n\n", 0, a)
    counts: dict = {}
    for s, _, ent in named[bisect.bisect_left(starts, a - _BACK):bisect.bisect_left(starts, a)]:
        if kind(ent.cls) != what:
            continue
        name = f"{_own_name(ent)} {str(ent.cls).rsplit('#', 1)[-1]}".lower()
        if any(re.search(rf"\b{re.escape(f)}\b", name) for f in fits):
            n, _ = counts.get(id(ent), (0, None))
            counts[id(ent)] = (n + 1, (ent, s))
    last, at = found
    if counts.get(id(last), (0,))[0] != 1 or at > para:
        return found
    n, best = max(counts.values(), key=lambda v: (v[0], v[1][1]))
    return best if n >= 2 else found


def _uncovered(phrases, spans_of) -> list:
    """The phrases (sorted, apart) that no span of ``spans_of`` overlaps (from the noun on
    when a modifier is a name: "the Hunan department")."""
    starts = [x[4] for x in phrases]
    hit = set()
    for s, e, _ in spans_of:
        j = bisect.bisect_left(starts, e) - 1
        while j >= 0 and phrases[j][1] > s:
            hit.add(j)
            j -= 1
    return [x for j, x in enumerate(phrases) if j not in hit]


def _phrases(text) -> list:
    """``(start, end, noun, modifiers, from)`` of each "the <noun>" that ends its noun phrase;
    ``from``: where a name may not cover it (the noun, when a modifier is capitalised: "the
    Hunan department", whose "Hunan" is a place's name; else the whole phrase)."""
    out = []
    for m in scans_ahead.finditer(_rx(), text, _SCAN):      # (maybe read ahead)
        if _ends_phrase(text, m.end()):
            mods = m.group("mods")
            out.append((m.start(), m.end(), " ".join(m.group("n").split()),
                        [w for w in mods.lower().split() if not _NEUTRAL.match(w)],
                        m.start("n") if any(w[:1].isupper() for w in mods.split())
                        else m.start()))
    return out


def _own_name(ent) -> str:
    """The label, but of a part of an event only its own words ("Closing ceremony of the X
    Expo" is no "expo": "the expo" after it is the X Expo)."""
    if any(p == NFO.partOfEvent for p, *_ in ent.statements):
        return ent.label.split(" of ", 1)[0]
    return ent.label
