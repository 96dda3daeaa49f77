"""Who did what a clause event reports when the clause's subject is no name but words that
point back to one: "In June it set up a joint task force", "The ministry will publish its
guidelines before the end of November", "In December 2024 the company reported the work
finished", "this bureau organised an acceptance inspection", "The parties will begin talks in
October", "Xin chaired a symposium" (a person named in full before, by the surname alone).

The clause rules (``event:verb-clause``, ``event:future-step``, ``event:planned-milestone``,
``event:dated-milestone``, ``event:dated-clause``, ``event:bare-noun``) make an event of a
clause and take the names printed in it as its participants (a step still to come states
none: too loosely tied); news names the actor once and then refers to it, so the actor of
most later clauses is printed nowhere in them. Here the subject of the event's first mention
is read (its first words, after an opening date or adverbial, "In June", "Last year",
"On 27 November 2026,"; the subject of its sentence when the mention opens with its verb
after "and") and, when it is

* "it" (not "it is/was" + a word that is no participle: "It is expected that"): the first
  organisation of its own sentence before it ("X said it would ...") else the subject of the
  sentence before, in the same paragraph (an organisation its sentence opens with, after at
  most an adverbial and a comma: "Since January, X has handled ...");
* "the company" / "the group" (:mod:`kg.ingest.relations.referents`), another company noun of
  ``data/subject-nouns.txt`` ("the miner", "the producer"): the company named last before;
* "the"/"this" + a noun of ``data/actor-nouns.txt`` ("the ministry", "the court", "this
  bureau", "the municipal bureau"; other words before the noun than those of
  ``data/actor-modifiers.txt`` must be in the name): the organisation named last before (within
  ``_BACK`` characters) whose name holds the noun;
* "the" + a part a record's field names ("Respondent:  X Co., Ltd." ... "The Respondent will
  resume deliveries"; the parts of ``data/field-party-terms.txt``, read by
  :mod:`kg.ingest.relations.field_terms`): that organisation;
* "the two sides" / "both parties" (:mod:`kg.ingest.events.two_sides`), else "the parties" /
  "the two companies": the parties of the agreement named last before (two or more);
* a capitalised word that is the surname of one person of the draft named in full before
  ("Xin Guopeng ... Xin chaired"; a Chinese name, surname first);
* a name, for a step still to come (``event:future-step``, ``event:planned-milestone``: their
  rules state no participant): the organisation or person named at the subject, when a verb
  group follows it ("Tianyu will apply", "X said it would ...": "it" again),

the organisation(s) or person is a participant of the event (rule ``event:subject-actor``).
A possessive ("the company's plant"), "of" after the noun or a name after it ("the company
X Co., Ltd.") starts another phrase: no subject. One pass over the events, each subject read
by a few anchored patterns and a bisection over the sorted names: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.two_sides import two_sides
from kg.ingest.knowledge.prior import is_relation_node
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.relations.clause_subjects import _VERB_FIRST   # (the same verb groups)
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "event:subject-actor"
_RULES = frozenset(("event:verb-clause", "event:future-step", "event:planned-milestone",
                    "event:dated-milestone", "event:dated-clause", "event:bare-noun",
                    "event:founded-in"))
# the rules whose events state no participant of their own: a name at the subject is read too
_NAMELESS = frozenset(("event:future-step", "event:planned-milestone", "event:founded-in"))
# a mention that is its clause's verb or object ("founded X in 2007", "symposium"): the
# subject opens its sentence, a verb group and at most a few words before it ("Tang founded
# X", "Xin chaired a symposium", "The parties will begin talks")
_UP_TO = re.compile(r"[ \t\n]+(?:[a-z][a-z-]*[ \t\n]+){0,4}[a-z][a-z-]*[ \t\n]+$|"
                    r"[ \t\n]+$")
_BACK = 3000            # characters: how far back a referent may be named
_SURNAME_BACK = 6000
# what opens a mention before its subject: bullets, brackets, quotes
_OPEN = re.compile(r"[\s*•·\-–—(\"“]*")
# an adverbial the subject follows: "In June", "Last year", "On 27 November 2026,", "Earlier
# this month,", "Since January,": a time word leads it; it ends at a comma, or without one
# right before the subject when it holds a digit, a month or a time noun
_ADVERBIAL = re.compile(
    r"(?:(?:In|On|Since|By|From|During|Last|Earlier|Later|This|Next|Early|Late|Then|Also|"
    r"Meanwhile|Separately|Previously|Afterwards|Subsequently|Until|Before|After|At)\b"
    r"(?P<words>(?:[^,;:.!?\n]|\n(?![ \t]*\n)){1,40}?)[ \t\n]+(?=(?:it|the|this|both)\b(?![ \t\n]+\d)|(?!"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b"
    r")[A-Z])"
    # or any opening phrase up to a comma, a time clause too ("When prices fell in 2024, it")
    r"|(?:In|On|Since|By|From|During|Last|Earlier|Later|This|Next|Early|Late|Then|Also|"
    r"Meanwhile|Separately|Previously|Afterwards|Subsequently|Until|Before|After|At|When|"
    r"While|Because|As|Once|Although|Though|Under|Following|According)\b"
    r"(?:[^,;:.!?\n]|\n(?![ \t]*\n)){1,90}?,[ \t\n]*)")
_TIME = re.compile(r"\d|\b(?:January|February|March|April|May|June|July|August|September|"
                   r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                   r"year|month|week|day|quarter|half|morning|afternoon|evening|night|"
                   r"spring|summer|autumn|winter|time|today|yesterday)\b", re.I)
_AND_BEFORE = re.compile(r"(?:,\s*|\s)and\s+(?:also\s+)?$")
# "it" as a subject; not "It is expected that", "it was the first", "it's"
_IT = re.compile(r"[Ii]t\b(?!['’])(?![ \t\n]+(?:is|was|has\s+been|had\s+been)[ \t\n]+"
                 r"(?![a-z]+ed\b(?![ \t\n]+that\b)))")
# what may follow a subject: a verb group, an adverb, a comma'd aside; not a possessive, "of",
# another capitalised word, a figure
_THEN_VERB = re.compile(r"[ \t\n]+(?:[a-z]+ly[ \t\n]+)?(?:also[ \t\n]+)?"
                        r"(?!of\b|and\b|or\b|in\b|on\b|at\b|for\b|with\b|to\b|from\b|by\b|"
                        r"the\b|a\b|an\b|its\b|their\b|which\b|that\b|who\b)[a-z]{2,}\b")
# the nouns any company goes by
_GENERIC = frozenset(("company", "firm", "group", "corporation", "enterprise", "listed company"))
# a subject that says, finds or suspects what it reports ("Guo said that the line, commissioned
# in May, ...", "The regulator suspects that managers met in March"): no actor of it
_SAYS = re.compile(r"(?:[Ii]t|(?:[Tt]he|[Tt]his)[ \t\n]+(?:[a-z-]+[ \t\n]+){0,3}?[a-z-]+|"
                   r"[A-Z][\w.'’&-]*(?:[ \t\n]+(?:[A-Z][\w.'’&-]*|of|and|for|the))*)[ \t\n]+"
                   r"(?:also[ \t\n]+)?(?:said|says|told|added|noted|stated|explained|recalled|"
                   r"replied|stressed|argued|warned|believes|thinks|wrote|suspects|suspected|alleges|"
                   r"alleged|claims|claimed|found|finds|estimates|learned)\b")
# where a dateline ends: "KUNMING, Aug. 14 (Xinhua) -- "
_DATELINE_END = re.compile(r"[ \t](?:--|\u2014|\u2013)[ \t]+")
_THE = re.compile(r"[Tt]he[ \t\n]+")
_TWO = re.compile(r"(?:[Tt]he\s+(?:two\s+)?|[Bb]oth\s+(?:the\s+)?)(?:sides|parties|companies|"
                  r"firms|partners)\b")


@lru_cache(maxsize=1)
def _patterns():
    """The phrase of a company noun and that of an organisation noun; the organisation nouns'
    words a name must hold; the modifiers that tell nothing apart."""
    company = sorted((re.split(r"\s{2,}", x)[1] for x in lines("subject-nouns")
                      if re.split(r"\s{2,}", x)[0] == "company"), key=lambda n: (-len(n), n))
    org: dict = {}
    for line in lines("actor-nouns"):
        noun, *held = line.split()
        org[noun.lower()] = tuple(w.lower() for w in held) or (noun.lower(),)

    def rx(nouns):
        alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in nouns)
        return re.compile(rf"(?:[Tt]he|[Tt]his)\s+(?P<mods>(?:[a-z][a-z-]*\s+){{0,2}}?)"
                          rf"(?P<n>{alts})\b(?!['’]|-|\s+of\b|\s+[A-Z])")
    return rx(company), rx(sorted(org, key=lambda n: (-len(n), n))), org, \
        words("actor-modifiers")


def clause_actors(draft, spans_of) -> None:
    events = [e for e in draft.entities.values()
              if not e.known and e.rule in _RULES and e.mentions and kind(e) == "event"]
    if not events:
        return
    text = draft.text
    from kg.ingest.reading.sentences import Sentences
    sents = Sentences(text)
    names = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
             if kind(ent) in ("org", "person") and not is_relation_node(ent)]
    starts = [s for s, _, _ in names]
    reader = _Reader(text, sents, names, starts, spans_of, draft)
    for ev in events:
        m = min(ev.mentions, key=lambda x: x.start)
        at = _subject_at(text, sents, m.start, m.end)
        if at is None:
            continue
        if text[at:at + 1].islower() and not _IT.match(text, at) and \
                not re.match(r"(?:the|this|both)\b", text[at:at + 5]):
            at = _opening_subject(text, sents, at)
            if at is None:
                continue
        found = reader.actors(ev, at)
        for ent in found:
            if ent is ev or ent.iri == ev.iri or any(st[1] == ent.iri for st in ev.statements):
                continue    # (what the event already states of it: "Founding of X", about X)
            ev.add(NFO.participant, ent.iri, Span(min(at, m.start), m.end), RULE)


def _subject_at(text, sents, start, end):
    """Where the subject of the clause ``[start, end)`` begins, or None."""
    at = _OPEN.match(text, start, end).end()
    if _VERB_FIRST.match(text, at):
        ss, _ = sents.bounds(at)
        if not _AND_BEFORE.search(text, max(ss, at - 14), at):
            return None
        at = _OPEN.match(text, ss, at).end()
    a = _ADVERBIAL.match(text, at, end)
    if a is not None and (a.group("words") is None or _TIME.search(a.group("words"))):
        at = a.end()
    return at


def _opening_subject(text, sents, at):
    """The start of the sentence's subject when a verb group and a few words lead from it to
    ``at`` (its object or its verb), else None: the subject is read up to its first word that
    is no name word, so the words between hold its verb."""
    ss, _ = sents.bounds(at)
    a = _OPEN.match(text, ss, at).end()
    g = _ADVERBIAL.match(text, a, at)
    if g is not None and (g.group("words") is None or _TIME.search(g.group("words"))):
        a = g.end()
    if a >= at or at - a > 120:
        return None
    # the subject: a name's words (capitalised, "of", "and"), "it", or "the ... noun"
    subj = re.match(r"(?:[Ii]t|(?:[Tt]he|[Tt]his|[Bb]oth)(?:[ \t\n]+[a-z][a-z-]*){1,3}|"
                    r"[A-Z][\w.'’&-]*(?:[ \t\n]+(?:[A-Z][\w.'’&-]*|of|and|for|the|,))*)",
                    text[a:at])
    if subj is None or not _UP_TO.fullmatch(text, a + subj.end(), at):
        return None
    return a


class _Reader:
    """The referents of subjects, over one draft's sorted names."""

    def __init__(self, text, sents, names, starts, spans_of, draft):
        self.text, self.sents, self.names, self.starts = text, sents, names, starts
        self.spans_of, self.draft = spans_of, draft
        self._refs = None
        self._terms = None
        self._surnames = None
        self._agreements = None

    def actors(self, ev, at) -> list:
        text = self.text
        if _SAYS.match(text, at):
            return []       # "X said that ...": the speaker, not the actor
        here = self._named_at(at)
        if here is not None:
            if ev.rule in _NAMELESS and _THEN_VERB.match(text, here[1]):
                return [here[2]]
            return []       # a name's own statements are the clause rules'
        if _IT.match(text, at) and _THEN_VERB.match(text, at + 2):
            got = self._it(at)
            return [got] if got is not None else []
        got = self._field_term(at)
        if got is not None:
            return [got]
        company, org_rx, org, neutral = _patterns()
        g = company.match(text, at)
        if g is not None and _THEN_VERB.match(text, g.end()):
            got = self._company(g)
            return [got] if got is not None else []
        g = org_rx.match(text, at)
        if g is not None and _THEN_VERB.match(text, g.end()):
            got = self._org(g, org, neutral)
            return [got] if got is not None else []
        if _TWO.match(text, at):
            return self._parties(at)
        return self._surname(at)

    def _field_term(self, at):
        """The organisation a record's field names by the part "the <part>" at ``at`` plays
        ("Respondent:  X Co., Ltd." ... "The respondent shall supply"), when a verb follows."""
        if self._terms is None:
            from kg.ingest.relations.field_terms import field_terms
            self._terms = {a: (b, ent) for a, b, ent in field_terms(self.text, self.spans_of, kind)}
        g = _THE.match(self.text, at)
        got = self._terms.get(g.end()) if g is not None else None
        if got is None or not _THEN_VERB.match(self.text, got[0]):
            return None
        return got[1]

    def _named_at(self, at):
        i = bisect.bisect_left(self.starts, at)
        return self.names[i] if i < len(self.names) and self.names[i][0] == at else None

    def _orgs_in(self, a, b) -> list:
        lo, hi = bisect.bisect_left(self.starts, a), bisect.bisect_left(self.starts, b)
        return [x for x in self.names[lo:hi] if kind(x[2]) == "org" and x[1] <= b]

    def _it(self, at):
        """The first organisation of the sentence before ``at``, else the subject of the
        sentence before (same paragraph)."""
        text, sents = self.text, self.sents
        ss, _ = sents.bounds(at)
        own = self._orgs_in(ss, at)
        if own:
            return own[0][2]
        if ss == 0 or "\n\n" in text[max(0, ss - 3):ss]:
            return None
        ps, _ = sents.bounds(ss - 1)
        before = self._orgs_in(ps, ss)
        if not before:
            return None
        s, e, ent = before[0]
        lead = _DATELINE_END.split(text[ps:s])[-1]     # (after "XI'AN, May 3 --")
        opened = _OPEN.match(lead).end()
        a = _ADVERBIAL.match(lead, opened)
        if opened != len(lead) and not (a is not None and a.end() == len(lead)):
            return None     # not the sentence's subject ("The plant is owned by X")
        return ent if _THEN_VERB.match(text, e) else None

    def _company(self, g):
        noun = " ".join(g.group("n").lower().split())
        # a noun that says what the company does ("the insurer", "the refiner") is the one whose
        # name says so ("X Insurance", "Y Refining"): not any company named last
        stem = None if noun in _GENERIC else noun[:5] if len(noun) > 5 else noun[:4]
        if noun in ("company", "group"):
            if self._refs is None:
                from kg.ingest.relations.referents import referents
                self._refs = {b: ent for a, b, ent in referents(
                    self.text, self.spans_of, self.sents, kind, with_its=False)}
            got = self._refs.get(g.end("n"))
            if got is not None:
                return got
        i = bisect.bisect_left(self.starts, g.start()) - 1
        while i >= 0 and self.names[i][0] >= g.start() - _BACK:
            ent = self.names[i][2]
            if str(ent.cls).endswith("#Company") and self.names[i][1] <= g.start() and \
                    (stem is None or stem in ent.label.lower()):
                return ent
            i -= 1
        return None

    def _org(self, g, org, neutral):
        noun = " ".join(g.group("n").lower().split())
        held = org[noun]
        mods = [w for w in g.group("mods").lower().split() if w not in neutral]
        i = bisect.bisect_left(self.starts, g.start()) - 1
        while i >= 0 and self.names[i][0] >= g.start() - _BACK:
            ent = self.names[i][2]
            i -= 1
            if kind(ent) != "org":
                continue
            label = ent.label.lower()
            if any(w in label for w in held) and all(w in label for w in mods):
                return ent
        return None

    def _parties(self, at) -> list:
        """"the two sides": the pair the sentence before joins; else the parties of the
        agreement named last before."""
        ss, _ = self.sents.bounds(at)
        pair = two_sides(self.text, self.sents, lambda a, b: [
            x for x in self.names[bisect.bisect_left(self.starts, a):
                                  bisect.bisect_left(self.starts, b)] if x[1] <= b],
            lambda e: kind(e) == "org", ss, _TWO.match(self.text, at).end() + 1)
        if pair:
            return [x[2] for x in pair]
        best = self._agreement_before(at)
        if best is None:
            return []
        parties = [o for p, o, *_ in best.statements if p == NFO.party]
        ents = [self.draft.entities.get(o) for o in parties]
        ents = [x for x in ents if x is not None and kind(x) == "org"]
        return ents if len(ents) >= 2 else []

    def _agreement_before(self, at):
        """The agreement named last (nearest start) within ``_BACK`` characters before ``at``;
        of two named at one start, the first of the spans. The agreements are sorted once per
        draft, and each look-up is a bisection (a scan of all spans per "the two sides" grew
        with the square of the text)."""
        if self._agreements is None:
            got = sorted((s, i, ent) for i, (s, _, ent) in enumerate(self.spans_of)
                         if kind(ent) == "agreement")
            self._agreements = ([s for s, _, _ in got], got)
        starts, got = self._agreements
        i = bisect.bisect_left(starts, at) - 1
        if i < 0 or starts[i] < at - _BACK:
            return None
        i = bisect.bisect_left(starts, starts[i])      # the first span at that start
        return got[i][2]

    def _surname(self, at) -> list:
        w = re.match(r"(?!He\b|You\b)[A-Z][a-z]{1,9}\b", self.text[at:at + 12])
        if w is None or not _THEN_VERB.match(self.text, at + w.end()):
            return []
        if self._surnames is None:
            by: dict = {}
            for s, e, ent in self.names:
                if kind(ent) != "person" or ent.known:
                    continue
                parts = ent.label.split()
                if len(parts) in (2, 3) and ent.rule.startswith("person:surname"):
                    by.setdefault(parts[0], {})
                    by[parts[0]].setdefault(ent.iri, (s, ent))
            self._surnames = by
        people = self._surnames.get(w.group(0))
        if not people or len(people) != 1:
            return []
        s, ent = next(iter(people.values()))
        return [ent] if at - _SURNAME_BACK <= s < at else []
