"""Who took part in a contest the article reports (``nfo:participant``): the buyers, bidders and
winners of an auction, a tender or a reserve sale ("X won three lots", "X bought two lots of
copper", "The biggest buyer was X", "lots went to A and B", "Winning bidders included A and
B"), the sides heard at a hearing or met in talks ("A and B said imports had grown" in the list
of points argued, "The Chinese side was X"), and the ones a selection names ("the committee
selected a consortium of A and B as investor"). The cues are word lists
(``data/contest-parties.txt``: the contests' nouns, then the cues of each family).

* the contest: a new event whose label or mention holds a noun of the cue's family (a sale's
  cue for an auction or a tender, a dispute's for a hearing or talks), named in the cue's
  sentence, else the last one named before it (within a few paragraphs), else the one the
  article's first paragraphs name; a selection's cue ("selected X as investor") goes to any
  event its sentence names first;
* the party: an organisation that opens the sentence or list item (after a list mark, a short
  heading, "On Monday," or "The"), with the ones coordinated with it ("A and B"), then at most
  an apposition (", a subsidiary of Y,", " of Japan") before the cue; or the organisations the
  cue is followed by, up to "as", a semicolon or the end of the sentence (not those inside an
  apposition: "X, a unit of Y");
* not the event's organiser, nor a news outlet (one that reports what was said).

Rule ``event:contest-party@0.6``."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.caseless import compile_lower, lowered, small
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import CLASS_NAMES, class_name, kind as kind_of_entity
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds

RULE = "event:contest-party@0.6"
_BACK = 3000        # how far back (characters) the contest a sentence is about may be named
_NOT_PARTY = {"MediaOutlet"}
# every contest noun of the list holds one of these (an event without any is no contest; speed)
_NOUN_KEYS = ("auction", "tender", "bid", "sale", "release", "listing", "round", "hearing",
              "talks", "negotiat", "arbitrat", "mediat", "trial", "lawsuit", "litigation",
              "court", "tribunal", "consultation", "dialogue", "dispute", "appeal", "bargaining")


@lru_cache(maxsize=1)
def _table():
    """({family: noun pattern}, [(family, where, cue pattern)])."""
    nouns, cues = {}, []
    for line in lines("contest-parties"):
        family, where, rx = line.split(None, 2)
        # (run on the text in lower case: reading/caseless.py)
        rx = compile_lower(r"\s+".join(rx.strip().split(" ")))
        if where == "noun":
            nouns[family] = rx
        else:
            cues.append((family, where, rx))
    return nouns, cues


@lru_cache(maxsize=8)
def _any_cue(families: frozenset):
    """One pattern for the cues of ``families``: a sentence it finds nothing in is passed."""
    # (tried only where a word starts: one test at the other places, not one a cue)
    return re.compile(r"\b(?=\w)(?:" + "|".join(f"(?:{rx.pattern})" for f, _, rx in _table()[1]
                                              if f in families) + ")")


# what may stand before the party that opens a sentence or list item: a list mark, a short
# heading ("Injury. "), a lead phrase ("On Monday, ", "For its part, "), "The"
_LEAD = re.compile(r"\s*(?:(?:\d{1,2}[.)]|[*\u2022-])\s+)?(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3}\.\s+)?"
                   r"(?:[A-Z][^,;:.\n]{0,40},\s*)?(?:[Tt]he\s+)?")
# a clause opening inside a sentence: ", and X", "; X", ", while X"
_CLAUSE = re.compile(r"(?:,\s*(?:and|while|whereas|but)|;|\bwhile|\bwhereas)\s+")
_SHORT_LEAD = re.compile(r"\s*(?:(?:\d{1,2}[.)]|[*\u2022-])\s+)?(?:[Tt]he\s+)?")
# between two coordinated parties
_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?")
# between the (last) party and the cue: nothing, " of Japan", an apposition between commas
_TO_CUE = re.compile(r"(?:\s+(?:of|from)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
                     r"(?:\s*\([^()\n]{1,40}\))?(?:\s*,[^.;,]{1,100},)?\s*"
                     r"(?:also\s+|then\s+|later\s+|jointly\s+|together\s+)?")
# where the parties after a cue end
_OBJECTS_END = re.compile(r"\bas\b|;|\bwhile\b|\bwhereas\b|\bbut\b")


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def contest_parties(draft, spans_of, kind=kind_of_entity) -> None:
    text = draft.text
    nouns, cues = _table()
    events = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of) if ent.kind == "event"
              and not ent.known]
    if not events:
        return
    family_of = {}
    for _, _, ent in events:
        if id(ent) in family_of:
            continue
        said = " ".join([ent.label] + [text[m.start:m.start + 200] for m in ent.mentions[:3]])
        low = small(said)
        family_of[id(ent)] = {f for f, rx in nouns.items() if rx.search(low)} \
            if any(k in low for k in _NOUN_KEYS) else set()
    # the families of cue to read: those of the contests named, and "any" (a selection)
    families = frozenset({"any"}.union(*family_of.values()))
    cues = [c for c in cues if c[0] in families]
    orgs = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of) if ent.kind == "org"
            and not ent.role and _cls(ent) not in _NOT_PARTY]
    if not orgs:
        return
    o_starts = [s for s, _, _ in orgs]
    ev_starts = [s for s, _, _ in events]
    sents = Sentences(text)
    lead_end = _lead_end(text)
    have = {(id(ent), o) for _, _, ent in events for p, o, _, _ in ent.statements
            if p in (NFO.participant, NFO.organizedBy)}
    low = lowered(text)
    for ss in _sentences(text, sents, events, family_of, lead_end):
        _, se = sents.bounds(ss)
        if _any_cue(families).search(low, ss, se) is None:
            continue
        for family, where, rx in cues:
            for m in rx.finditer(low, ss, se):
                _add(text, events, ev_starts, family_of, family, where, orgs, o_starts, have,
                     ss, se, m, lead_end)


def _sentences(text, sents, events, family_of, lead_end) -> list:
    """The starts of the sentences a party may be named in: those that name an event, those
    up to a few paragraphs after a contest is named, and all of them when the article's first
    paragraphs name a contest (read in text order, once each)."""
    starts = sents.starts
    if any(s < lead_end and family_of[id(ent)] for s, _, ent in events):
        return starts
    out = set()
    for s, e, ent in events:
        i = bisect.bisect_right(starts, s) - 1
        if not family_of[id(ent)]:
            out.add(starts[max(0, i)])
            continue
        j = bisect.bisect_left(starts, e + _BACK)
        out.update(starts[max(0, i):j])
    return sorted(out)


def _add(text, events, ev_starts, family_of, family, where, orgs, o_starts, have, ss, se, m,
         lead_end) -> None:
    """The parties of the cue ``m`` (of ``family``, read ``where``) in the sentence [ss, se)."""
    event = _event(events, ev_starts, family_of, family, ss, se, m.start(), lead_end)
    if event is None:
        return
    if where == "speech" and not _about(text, ss, se, _table()[0][family]):
        return      # (a commentator's "X said": not in the contest's sentence or list)
    if where in ("before", "speech"):
        # the subject opens the sentence, or the clause the cue is in (", and X bought")
        opens = [c.end() for c in _CLAUSE.finditer(text, ss, m.start())]
        who = _subjects(text, orgs, o_starts, opens[-1], m.start()) if opens else []
        who = who or _subjects(text, orgs, o_starts, ss, m.start())
    else:
        who = _objects(text, orgs, o_starts, m.end(), se)
    if not who:
        return
    # the span: the parties and the cue (the mood of what they said is not theirs)
    span = Span(min(who[0][0], m.start()), max(who[-1][1], m.end()))
    for s, e, org in who:
        if org is event or (id(event), org.iri) in have:
            continue
        have.add((id(event), org.iri))
        event.add(NFO.participant, org.iri, span, RULE)


def _about(text, ss, se, noun) -> bool:
    """The sentence [ss, se) names the contest's noun, or is an item of a list (its paragraphs
    open with a list mark) whose heading, a line ending with a colon, names it."""
    low = lowered(text)
    if noun.search(low, ss, se):
        return True
    head = text.rfind(":\n", max(0, ss - _LIST_BACK), ss)
    if head < 0:
        return False
    ls = text.rfind("\n", 0, head) + 1
    if not noun.search(low, ls, head):
        return False
    # between the heading and the sentence: list items only (each paragraph opens with a mark)
    return all(_ITEM.match(par) for par in re.split(r"\n[ \t]*\n", text[head + 2:ss].strip("\n"))
               if par.strip())


_BLANK = re.compile(r"\n[ \t]*\n\s*")
_LIST_BACK = 2000   # how far back (characters) the heading of a list of points may be
_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[*\u2022-]|\([a-z\d]\))\s")


def _lead_end(text) -> int:
    """Where the article's first three paragraphs end: blocks between blank lines when the
    text has at least four, else lines (as speakers.paragraph_starts reads them; found by
    string search, not a pattern over the whole text)."""
    for blank in (True, False):
        at, n = 0, 0
        while n < 3:
            k = _BLANK.search(text, at) if blank else text.find("\n", at)
            if k is None or k == -1:
                break
            at = k.end() if blank else k + 1
            if blank or text[at:at + 1].strip():
                n += 1
        if n == 3:
            return at
    return len(text)


def _event(events, ev_starts, family_of, family, ss, se, at, lead_end):
    """The contest of ``family`` the cue at ``at`` is about (see the module's doc)."""
    lo = bisect.bisect_left(ev_starts, ss)
    hi = bisect.bisect_left(ev_starts, se)
    here = events[lo:hi]
    if family == "any":
        if here:
            return min(here, key=lambda x: abs(x[0] - at))[2]
        fits = lambda ent: bool(family_of[id(ent)])     # noqa: E731
    else:
        fits = lambda ent: family in family_of[id(ent)]     # noqa: E731
    named = [x for x in here if fits(x[2])]
    if named:
        return min(named, key=lambda x: abs(x[0] - at))[2]
    for s, _, ent in reversed(events[:lo]):
        if s < ss - _BACK:
            break
        if fits(ent):
            return ent
    return next((ent for s, _, ent in events if s < lead_end and fits(ent)), None)


def _subjects(text, orgs, o_starts, ss, at):
    """The organisations that open the sentence from ``ss`` and are the subject of the cue at
    ``at``: the first, after the lead of :data:`_LEAD` (or only a list mark and "The": a name
    may hold a full stop), and those coordinated with it."""
    for lead in (_LEAD, _SHORT_LEAD):
        m = lead.match(text, ss, at)
        i = bisect.bisect_left(o_starts, m.end())
        if i < len(orgs) and orgs[i][0] == m.end() and orgs[i][1] <= at:
            break
    else:
        return []
    out = [orgs[i]]
    while i + 1 < len(orgs) and orgs[i + 1][1] <= at and \
            _AND.fullmatch(text, orgs[i][1], orgs[i + 1][0]):
        i += 1
        out.append(orgs[i])
    return out if _TO_CUE.fullmatch(text, out[-1][1], at) else []


def _objects(text, orgs, o_starts, at, se):
    """The organisations after the cue at ``at``: the first (after at most an article and a
    few describing words: "the Chilean miner X") and those coordinated with it."""
    stop = _OBJECTS_END.search(text, at, se)
    end = stop.start() if stop else se
    i = bisect.bisect_left(o_starts, at)
    if i >= len(orgs) or orgs[i][1] > end or \
            not re.fullmatch(r"\s*(?:(?:a|an|the)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:of|by)\s+)?"
                             r"(?:[a-z][\w-]*\s+){0,3}?", text[at:orgs[i][0]]):
        return []
    out = [orgs[i]]
    while i + 1 < len(orgs) and orgs[i + 1][1] <= end and \
            _AND.fullmatch(text, orgs[i][1], orgs[i + 1][0]):
        i += 1
        out.append(orgs[i])
    return out
