"""What a clause event is about: the thing its clause's subject names or refers back to.

News states what happens to a thing in a clause whose subject is the thing, named or referred
back to by a noun: "The scheme will be widened to lead concentrate", "the four projects above
are expected to start construction", "The merger was cleared by the regulator", "The company
has been shut since November", "the smelter was ordered to halt production". The events minted
from such clauses (rules ``event:verb-clause``, ``event:future-step``,
``event:planned-milestone``) are about that thing (rule ``topic:clause-subject@0.6``):

* the subject is the first words of the event's first mention; when the mention opens with a
  verb ("will move its headquarters", the clause's second verb after "and"), the subject of
  its sentence;
* a name there (a project, works, agreement, document, product, other event; a company when
  the event is a step planned for it or the verb is passive: "X Co., Ltd. was fined") is the
  thing;
* else "the/this/its <words> <noun>" with a noun of ``data/subject-nouns.txt`` refers back:
  a works noun to the last project or works named before (one whose name ends with the noun,
  for a specific noun: "the smelter"), a company noun to the last company, a deal noun to the
  last agreement or deal event; a plural with a count ("the four projects above", "both
  smelters") to the last that many of them, all different.

A step of works with no subject of its own ("... which built and will operate the line.
Construction began in May") is about the works the last "the <works noun>" of the sentence
before refers back to (rule ``topic:clause-subject-before@0.6``).

Nothing is proposed when the event already has what it is about from a rule of as high a
confidence (but "the works named last before it", works_milestones.py's guess, gives way). One pass over the events; each looks its subject up by bisect in the sorted
spans and walks back at most ``_BACK`` characters: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.rule_confidence import rule_confidence
from kg.ingest.relations.works_milestones import _is_works
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "topic:clause-subject@0.6"
HUB_RULE = "topic:clause-subject-before@0.6"
_CLAUSE_RULES = frozenset(("event:verb-clause", "event:future-step", "event:planned-milestone"))
_BACK = 2500            # characters: how far back the referent may be named
_THINGS = {"project", "agreement", "policy", "product", "technology", "event", "award"}
_COUNTS = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10}
# a verb group that opens the mention: the clause's subject stands before it
_VERB_FIRST = re.compile(r"(?:will|would|shall|should|must|may|might|can|could|is|are|was|"
                         r"were|has|have|had|plans|planned|aims|aimed|expects|expected|intends|"
                         r"intended|hopes|hoped)\b")
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+$")
# a passive or a state: "was fined", "has been shut", "is to be closed"
_PASSIVE = re.compile(r"[ \t\n]*(?:,(?:[^,.;]|(?<=\d)[,.](?=\d)){1,160},[ \t\n]*)?(?:(?:will|would|shall|must|may|"
                      r"is\s+to|are\s+to|was\s+to)\s+)?(?:be|been|is|are|was|were|has\s+been|"
                      r"have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|shut|run|built|"
                      r"sold|struck|taken|given|held|made|set|put|hit|cut|bought|paid|found|"
                      r"brought|frozen|withdrawn|overturned)\b")
# "the X", "its X", "the mine's X": the name after the determiner (a possessive noun's thing)
_DET = re.compile(r"(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][a-z-]*['’]s\s+)?")
# a step of works with no subject of its own: "Construction began in March", "Trial production
# is due to start in June": the works the article is about
_WORK_STEP = re.compile(r"(?:Construction|Building|Installation|Commissioning|Trial\s+production|"
                        r"Trial\s+operation|Production|Operation|Operations|Work|Groundbreaking|"
                        r"Excavation|Drilling|Output|Mining|Stripping)\s+(?:on\s+it\s+|there\s+)?"
                        r"(?:began|begins|started|starts|resumed|stopped|halted|ended|finished|is|"
                        r"was|will|has|had|are|were|would|should|must)\b")
_OPEN = re.compile(r"[\s*•·\-–—(]*")


@lru_cache(maxsize=1)
def _nouns() -> tuple:
    """noun (lower case, words joined by one space) -> (what, must the name end with it);
    and the pattern of a referring phrase."""
    table = {}
    for line in lines("subject-nouns"):
        what, noun, *flag = re.split(r"\s{2,}", line)
        table[noun.lower()] = (what, bool(flag and flag[0] == "head"))
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                    for n in sorted(table, key=lambda n: (-len(n), n)))
    rx = re.compile(
        rf"(?<![\w-])(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Bb]oth|[Aa]ll)\s+"
        rf"(?:(?:the\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+)?"
        rf"(?P<mods>(?:[a-z][a-z-]*\s+){{0,3}}?)(?P<n>{alts})(?P<pl>s|es)?\b(?![\w-]|['’]s\b)"
        rf"(?!\s+(?:of|for|at|in|on)\s)")
    return table, rx


def clause_subjects(draft, spans_of) -> None:
    events = [e for e in draft.entities.values()
              if not e.known and e.rule in _CLAUSE_RULES and e.mentions and e.kind == "event"]
    if not events:
        return
    text = draft.text
    spans = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
             if not ent.role or ent.kind in (
        "event", "agreement")]
    starts = [s for s, _, _ in spans]
    table, rx = _nouns()
    from kg.ingest.reading.sentences import Sentences
    sents = Sentences(text)
    refs = _Refs(text, spans_of, sents)
    for ev in events:
        if any(st[0] == NFO.about and rule_confidence(st[3]) >= 0.6 and not _guess(st[3])
               for st in ev.statements):
            continue
        m = min(ev.mentions, key=lambda x: x.start)
        at = _OPEN.match(text, m.start, m.end).end()
        if _VERB_FIRST.match(text, at):
            ss, _ = sents.bounds(at)
            if not _AND_BEFORE.search(text, max(ss, at - 8), at):
                continue
            at = _OPEN.match(text, ss, at).end()
        targets = _named(text, ev, at, spans, starts) or \
            _referred(text, ev, at, spans, starts, table, rx, refs)
        rule = RULE
        if not targets and _WORK_STEP.match(text, at):
            targets, rule = _works_before(text, ev, at, sents, spans, starts, table, rx, refs), \
                HUB_RULE
        if not targets:
            continue
        for t, end in targets:
            ev.statements[:] = [st for st in ev.statements if not (
                st[0] == NFO.about and (rule_confidence(st[3]) < 0.6 or _guess(st[3])))]
            ev.add(NFO.about, t.iri, Span(at, max(end, m.end)), rule)


def _works_before(text, ev, at, sents, spans, starts, table, rx, refs) -> list:
    """"... which will operate the line. Construction began in March": the works the last
    "the <works noun>" of the sentence before (same paragraph) refers back to."""
    ss, _ = sents.bounds(at)
    if ss == 0 or "\n\n" in text[max(0, ss - 3):ss] or at - ss > 3:
        return []
    ps, _ = sents.bounds(ss - 1)
    last = None
    pos = ps
    while True:
        g = rx.search(text, pos, ss)
        if g is None:
            break
        if table[" ".join(g.group("n").lower().split())][0] == "works":
            last = g
        pos = g.end()
    if last is None:
        return []
    found = _referred(text, ev, last.start(), spans, starts, table, rx, refs)
    return [(t, at) for t, _ in found]


def _guess(rule: str) -> bool:
    """"the works named last before it" (works_milestones.py): a guess a subject overrides."""
    return rule.endswith("-before@0.6")


def _eligible(ev, ent, text, end) -> bool:
    if ent is ev:
        return False
    k = ent.kind
    if k in _THINGS or k == "place" and _is_works(ent):
        return True
    if k == "org" and str(ent.cls).endswith("#Company"):
        # a company is what a step planned for it, or a passive, is about ("X was fined")
        return str(ev.cls).endswith("#Milestone") or bool(_PASSIVE.match(text, end))
    return False


def _named(text, ev, at, spans, starts) -> list:
    """A name (or a phrase another rule read as one) right at the subject's start."""
    d = _DET.match(text, at)
    for a in (at, d.end() if d else None):
        if a is None:
            continue
        i = bisect.bisect_left(starts, a)
        while i < len(spans) and spans[i][0] == a:
            s, e, ent = spans[i]
            i += 1
            if ent.kind != "event" and _eligible(ev, ent, text, e):
                return [(ent, e)]   # (an event there is the same step named twice: "trial
                # production is planned" and the step "Trial production")
    return []


class _Refs:
    """The organisation "the company" / "the group" stands for (referents.py), read once."""

    def __init__(self, text, spans_of, sents):
        self.args, self.by_end = (text, spans_of, sents), None

    def at(self, end):
        if self.by_end is None:
            from kg.ingest.relations.referents import referents
            self.by_end = {b: ent for a, b, ent in referents(*self.args, kind, with_its=False)}
        return self.by_end.get(end)


def _referred(text, ev, at, spans, starts, table, rx, refs) -> list:
    """"the scheme", "the four projects above", "the merger": the things named before."""
    g = rx.match(text, at)
    if g is None:
        return []
    noun = " ".join(g.group("n").lower().split())
    what, head = table[noun]
    count = g.group("count")
    det = g.group(0).split()[0].lower()
    n = (int(count) if count.isdigit() else _COUNTS[count]) if count else \
        (2 if det == "both" else 1)
    if what == "works" and noun in ("bid", "tender"):
        n = 1               # "The bids were opened": the bids for one tender
    elif (g.group("pl") or det in ("these", "those", "both", "all")) and n == 1 or \
            what == "company" and n > 1:
        return []           # "the projects": how many is not said
    if what == "company" and noun in ("company", "group"):
        ent = refs.at(g.end("n"))
        if ent is not None and _fits(ent, what, noun, head):
            return [(ent, g.end())] if _eligible(ev, ent, text, g.end()) else []
    found, seen = [], set()
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0 and spans[i][0] >= at - _BACK:
        s, e, ent = spans[i]
        i -= 1
        if e > at or ent is ev or id(ent) in seen or not _fits(ent, what, noun, head):
            continue
        seen.add(id(ent))
        found.append((ent, s))
        if n == 1 and (what != "deal" or _says(ent, noun)):
            break
    if what == "deal" and n == 1 and found:
        # "The merger was cleared" after a merger agreement and then a supply agreement: the
        # nearest deal that says what the noun says, else the nearest deal
        found = [next((x for x in found if _says(x[0], noun)), found[0])]
    if n > 1:
        found = _group(text, found, n)
    if len(found) != n:
        return []
    found = [(ent, g.end()) for ent, _ in found]
    if what == "company" and not _eligible(ev, found[0][0], text, g.end()):
        return []
    return found


def _group(text, found, n) -> list:
    """"the four projects above": the nearest paragraph (or list) that names exactly ``n`` of
    them; else the last ``n`` named, when one paragraph holds them all."""
    paras: dict = {}
    for ent, s in found:
        paras.setdefault(text.rfind("\n\n", 0, s), []).append((ent, s))
    for key in sorted(paras, reverse=True):
        if len(paras[key]) == n:
            return paras[key]
    last = found[:n]
    if len(last) == n and len({text.rfind("\n\n", 0, s) for _, s in last}) == 1:
        return last
    return []


_DEAL_WORDS = re.compile(r"merg|acqui|takeover|buyout|restructur|reorgani|consolidat|tie-up|"
                         r"deal|transaction|transfer", re.I)


def _says(ent, noun: str) -> bool:
    """The deal's label says the noun ("Merger agreement of A and B" says "merger"; the stem,
    so that "acquisition" finds "acquire" and "merger" finds "merge")."""
    return noun.split()[0][:5] in ent.label.lower()


def _fits(ent, what, noun, head) -> bool:
    k = ent.kind
    if what == "works":
        if not (k == "project" or head and k == "place" and _is_works(ent)) or ent.known:
            return False    # ("the project": a project; "the smelter": a works of any kind)
        return not head or ent.label.lower().rstrip(" .").endswith(noun.split()[-1])
    if what == "company":
        return k == "org" and str(ent.cls).endswith("#Company")
    if what == "deal":
        return k == "agreement" and not ent.known or \
            k == "event" and not ent.known and bool(_DEAL_WORDS.search(ent.label))
    return False
