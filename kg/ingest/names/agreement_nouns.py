"""Agreements a text names by a common noun that the other agreement rules leave, above all
plurals and abbreviations: "A and B signed three memoranda of understanding on Wednesday: on
X, on Y and on Z", "Two MoUs were signed between A and B: one on X and one on Y", "A signed
letters of intent with B and C", "An MoU was inked between A and B on X", "Under a memorandum
of understanding signed on Tuesday, A and B will ...".

One search for the nouns (``data/agreement-heads.txt``: each form and its singular), then per
noun a bounded look around it in its sentence:

* it counts only when a verb of making it (``data/agreement-verbs.txt``: "signed", "inked",
  "entered into", ...) stands before it ("A signed a ... memorandum") or after it, in the
  passive or as a participle ("the memoranda were signed", "an MoU inked on Monday", "the
  offtake agreement behind the mine was signed in X by A and B"), or in a relative clause
  whose subject is only the parties ("a contract of affreightment that A and B signed", one
  :mod:`kg.ingest.events.signed_relative` leaves: a qualifier between noun and clause); a noun
  that goes on as a modifier ("contract price", "agreement period"), one under a negation or
  still to come ("has yet to be signed"), and one another rule already named are left alone;
* its parties: the organisations of the clause's subject before the verb (not those after
  "of", "at", ...), "the two sides" (:mod:`kg.ingest.events.two_sides`), and the lists after
  "with", "between" or "by"; after "Under / Through a memorandum signed ...," the subject of
  the main clause. No party named: no agreement;
* what it is about: a list of topics after it ("on X, on Y and on Z", ": one on X and one on
  Y", "covering X and Y") makes one agreement per topic (a plural noun, or a count, needs two
  or more); a singular noun's one topic ("a memorandum on X") goes into its label; a plural
  noun with no topics but two or more counterparts after "with" makes one per counterpart.

Each is an ``nfo:Agreement`` (rule ``agreement:noun``, 0.5) labelled as a curator would, with
the words of its kind ("Memorandum of understanding between A and B on X", "Power purchase
agreement between A and B", "Contract of affreightment between A and B"; the phrase as printed,
"15-year power purchase agreement", an alias), with its parties; its day and what its
topic names are read later by the rules that read any agreement's clause. One pass over the
nouns, a bounded window around each: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.two_sides import two_sides
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.caseless import lowered
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.referents import lead_company
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "agreement:noun", 0.5
_WINDOW = 160       # how far before a noun its verb and subject are read (characters)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "several": 0, "multiple": 0, "separate": 0}
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|is|are|was|were|be|been|has|have|had|will|would|not|also|it|they|as|into|"
         "under|between|after|before|said|than|both|each|all|any|no|few|fewer|neither|nor|"
         "none|without|zero")
# a quantifier that says none or any was made: "signed no contract", "signed any deal it liked"
_NONE = frozenset("no any few fewer neither nor none without zero".split())
# a modifier between the determiner and the noun: "five-year", "strategic", "2027", "US$1.2bn"
_MOD = rf"(?!(?:{_STOP})\b)[A-Za-z0-9$](?:[\w\-/$]|[.,](?=\d))*"
_DETS = r"a|an|the|this|that|these|those|its|their|two|three|four|five|six|seven|eight|nine|" \
        r"ten|several|multiple|separate|\d{1,2}"
_NOT = re.compile(r"\b(?:not|never|n't|yet\s+to|no\s+longer|to\s+be|to\s+have\s+been|"
                  r"expected|planned|plans?|set\s+to|due\s+to|intends?|aims?|hopes?|seeks?|"
                  r"would|will|may|might|could|should|if|unless)\s+(?:\w+\s+){0,2}$", re.I)
# words after the noun that may follow a whole noun phrase (anything else in lower case makes
# the noun a modifier: "the contract price", "agreement terms")
_FOLLOW = frozenset((
    "for on of with between in at by from to was were is are has have had will would could "
    "should may might must that which who and or worth under covering last this next earlier "
    "later took also as after before since until when while where whose said signed inked "
    "sealed concluded executed struck reached entered the a an its their it into over against "
    "regarding concerning about valid running lasting each respectively behind across through "
    "via among within").split())
_NEXT = re.compile(r"\s*(?P<w>[a-z][\w\-]*)?")
_AUX = r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|being|got|get|gets)\s+)?"
_ADV = r"(?:(?:also|formally|officially|jointly|successfully|finally|then|recently|already|" \
       r"later|earlier|duly|separately|subsequently|eventually|all)\s+)?"
# a topic: "on X", "covering X", "for X" (not a day: "on Monday", "on May 3", "on the 16th")
_DAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|" \
        r"March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|" \
        r"Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|the\s+(?:\d|same|sidelines|afternoon|" \
        r"morning|evening|eve|day|occasion|first\s+day|second\s+day|last\s+day)|behalf|\d)"
_ORDINAL = r"(?:one|another|the\s+other|the\s+(?:first|second|third|fourth|fifth|last)|" \
           r"a\s+(?:second|third|fourth|fifth)|(?:the\s+)?(?:first|second|third|fourth|fifth|" \
           r"last))"
_TOPIC_WORD = rf"(?:on(?!\s+{_DAYS})|covering|concerning|regarding|about|for(?!\s+(?:the\s+)?" \
              rf"(?:\d|years?|months?|a\s+term|a\s+period|five|ten|three|two)\b))"
_TOPIC = re.compile(rf"(?:\s*:\s*|\s*,\s*|\s+)(?:{_ORDINAL}\s+)?(?P<w>{_TOPIC_WORD})\s+")
_ITEM_SPLIT = re.compile(rf"\s*(?:[,;]\s*(?:and\s+)?|\s+and\s+)(?=(?:{_ORDINAL}\s+)?"
                         rf"{_TOPIC_WORD}\s)")
_ITEM_LEAD = re.compile(rf"(?:{_ORDINAL}\s+)?")
# what ends the last topic: a clause after a comma, the counterparts, a day
_ITEM_END = re.compile(rf"\s*[,;(]|\s+(?:with|between|by|at|which|that|and\s+(?:will|would|"
                       rf"plans?|said|also|is|are|was|were))\b|\s+on\s+{_DAYS}|\s+in\s+(?:19|20)"
                       r"\d\d\b|\.(?:\s|$)|\s*$")
_WORD = re.compile(r"[A-Za-z0-9$][\w\-/$.,]*[\w$]|[A-Za-z0-9]")
_DET_WORD = re.compile(_DETS)
_STOPS = frozenset(_STOP.split("|"))
_BY = re.compile(rf"(?:\s+(?:on|in|at|last|this|earlier)\s+[^,;:.]{{1,40}}?)?\s+(?:by|between)\s+"
                 r"(?:the\s+)?[A-Z]")
_HARD = re.compile(r"[;:]\s|\n\s*\n")
_GOVERNED = re.compile(r"\b(?:of|at|in|from|to|by|for|under|with|on|about|over|into|between|"
                       r"among|than|as|near|behind|like|unlike|including|via)\s+(?:the\s+)?$",
                       re.I)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")
_EACH_SIDE = re.compile(r"(?:\s*,?\s+and\s+|\s+)(?:with|between)\s+(?:the\s+)?", re.I)
_SIDES = re.compile(r"\b(?:with|between|by|among)\s+(?:the\s+)?")
# words of a deal's kind before its noun ("power purchase", "strategic cooperation", "long-term
# offtake"), not counts, sizes, ages or years ("15-year", "2027", "new", "first")
_KIND_WORD = re.compile(r"(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"fifteen|twenty|thirty|forty|fifty|hundred|multi|half)\b|[\w-]*-(?:"
                        r"years?|months?|weeks?|days?|tonnes?|tons?)\b)[A-Za-z][a-z]*(?:-[a-z]+)*",
                        re.I)
_NOT_KIND = frozenset("new first second third fourth fifth latest another further fresh formal "
                      "separate such similar same earlier later previous original final "
                      "landmark historic major big huge key important".split())
# "of X" after the noun that says its kind: "contract of affreightment", "memorandum of
# cooperation" (lower-case words, up to three, then the clause goes on)
_QUALIFIER = re.compile(r"\s+of\s+(?P<q>(?!the\b|a\b|an\b|its\b|their\b)[a-z][a-z\-]*"
                        r"(?:\s+(?!that\b|which\b|was\b|were\b|is\b|with\b|between\b|signed\b)"
                        r"[a-z][a-z\-]*){0,2})(?=\s+(?:that|which|was|were|is|are|with|between|"
                        r"signed|inked|by|on|in|for)\b|[,.;:]|\s*$)")
_UNDER = re.compile(r"\b(?:[Uu]nder|[Tt]hrough|[Vv]ia|[Bb]y|[Ii]n|[Ww]ith)\s+$")


@lru_cache(maxsize=1)
def _table():
    forms: dict[str, tuple[str, bool]] = {}
    for line in lines("agreement-heads"):
        form, single, *more = (x.strip() for x in line.split("|"))
        forms[form] = (form if single in ("", "-") else single, "plural" in more)
    lower = sorted((f for f in forms if f == f.lower()), key=len, reverse=True)
    upper = sorted((f for f in forms if f != f.lower()), key=len, reverse=True)

    def alt(fs):
        return "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in fs)
    # lower-case forms also in title case inside a sentence ("signed a Memorandum of
    # Understanding": matched in the lower-case copy, found by the first word's stem, as a
    # literal, fast), abbreviations as printed (the word boundary before one checked after)
    low_rx = re.compile(rf"(?:{alt(lower)})(?![\w\-])")
    stems = sorted({f.split()[0][:5] for f in lower})
    stems = [s for s in stems if not any(o != s and s.startswith(o) for o in stems)]
    up_rx = re.compile(rf"(?:{alt(upper)})(?![\w\-])")
    verbs = "|".join(v.replace(" ", r"\s+") for v in sorted(
        lines("agreement-verbs"), key=len, reverse=True))
    back = re.compile(rf"\b(?P<v>{verbs})\s+(?:(?P<det>{_DETS})\s+)?"
                      rf"(?P<mods>(?:{_MOD}\s+){{0,5}})$", re.I)
    after = re.compile(rf"(?P<gap>(?:\s+(?:between|with|by|on|for|covering|concerning|"
                       rf"regarding|behind|of|over|under|across|through|at|in|to)\b"
                       rf"[^.;:]{{0,150}}?)?),?\s+(?:(?:which|that)\s+(?=was|were|had|has|have))?"
                       rf"{_AUX}{_ADV}(?P<v>{verbs})\b", re.I)
    # a relative clause that names who made it: "a contract (of X) that A and B signed",
    # "the accord which A had signed with B"
    rel = re.compile(rf"(?P<gap>(?:\s+(?:of|on|for|covering|concerning|regarding|behind|over)"
                     rf"\b[^.;:,]{{0,80}}?)?),?\s+(?:that|which)\s+(?P<subj>[^;:]{{2,160}}?)"
                     rf"\s+(?:(?:had|has|have|jointly|formally|officially|also)\s+){{0,2}}"
                     rf"(?P<v>{verbs})\b", re.I)
    return forms, (low_rx, stems, up_rx), back, (after, rel)


def _hits(text: str, heads) -> list[tuple[int, int]]:
    """Where the text names an agreement noun, in order: (start, end)."""
    low_rx, stems, up_rx = heads
    low = lowered(text)
    at = set()
    for s in stems:
        i = low.find(s)
        while i >= 0:
            at.add(i)
            i = low.find(s, i + 1)
    out = []
    for i in sorted(at):
        m = low_rx.match(low, i)
        if m is not None and not (i and (low[i - 1].isalnum() or low[i - 1] in "-_")):
            out.append((i, m.end()))
    for m in up_rx.finditer(text):
        i = m.start()
        if not (i and (text[i - 1].isalnum() or text[i - 1] in "-_")):
            out.append((i, m.end()))
    out.sort()
    return out


def _phrase_start(text: str, lo: int, hs: int) -> tuple[int, str]:
    """Where the noun phrase ending at ``hs`` opens (its determiner or count, else its first
    modifier, up to five; not before ``lo``) and its determiner in lower case ("" if none)."""
    words = list(_WORD.finditer(text, lo, hs))
    start, det = hs, ""
    for w in reversed(words[-6:]):
        if text[w.end():start].strip():
            break                       # a comma or other mark between: the phrase ended
        low = w.group(0).lower()
        if _DET_WORD.fullmatch(low):
            return w.start(), low
        if low in _STOPS or hs - w.start() > 80:
            break
        start = w.start()
    return start, det


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the agreements named by a common noun to the draft and to ``spans_of``."""
    text = draft.text
    forms, heads, back_rx, (after_rx, rel_rx) = _table()
    hits = _hits(text, heads)
    if not hits:
        return []
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    over = overlapping(spans, starts)
    orgs = [x for x in spans if kind(x[2]) == "org" and not x[2].role]
    org_starts = [x[0] for x in orgs]
    sents = Sentences(text)
    low_forms = {k.lower(): v for k, v in forms.items()}

    def orgs_in(a, b):
        return [x for x in orgs[bisect.bisect_left(org_starts, a):
                                bisect.bisect_left(org_starts, b)] if x[1] <= b]

    def run_at(p, end):
        """The organisations listed from ``p`` on ("A, B and C"), the first within a few
        characters of ``p``."""
        out = []
        for x in orgs_in(p, end):
            if out and x[0] < out[-1][1]:
                continue
            if not out:
                if x[0] > p + 4:
                    break
            elif not _JOIN.fullmatch(text, out[-1][1], x[0]):
                break
            out.append(x)
        return out

    made: list[tuple[int, int, Entity]] = []
    taken = bytearray(len(text) + 1)
    agreements = sorted((m.start, e.label.lower()) for e in draft.entities.values()
                        if e.cls == NFO.Agreement for m in e.mentions[:1])
    for hs, he in hits:
        if taken[hs] or any(not kind_of(x[2].cls) == "event" for x in over(hs, he)):
            continue        # named by another rule (a counted signing is an event: goes on)
        nxt = _NEXT.match(text, he).group("w")
        if nxt is not None and nxt not in _FOLLOW:
            continue        # "the contract price": a modifier of another noun
        form = text[hs:he]
        single, plural = forms.get(form) or low_forms.get(" ".join(form.lower().split()),
                                                          (form, False))
        ss, se = sents.bounds(hs)
        lo = max(ss, hs - _WINDOW)
        cs = max(lo, text.rfind(";", lo, hs) + 1)
        b = back_rx.search(text, cs, hs)
        makers = []         # who made it, named in a relative clause after it
        if b is not None and b.end() == hs:
            active, verb_at, verb_end = True, b.start("v"), b.end("v")
            det = (b.group("det") or "").lower()
            phrase = b.start("det") if b.group("det") else b.start("mods")
        else:
            a = rel_rx.match(text, he, se)          # "a contract (of X) that A and B signed"
            makers = _makers(text, a, run_at) if a is not None else []
            if not makers:
                a = after_rx.match(text, he, se)
                if a is None:
                    continue
            active, verb_at, verb_end = False, a.start("v"), a.end("v")
            phrase, det = _phrase_start(text, cs, hs)
            if makers:
                if det in ("the", "this", "that", "these", "those", "its", "their") and \
                        _named_before(agreements, single, hs):
                    continue    # "the contract that A signed": one named before
            elif det in ("the", "this", "that", "these", "those", "its", "their") and \
                    "between" not in a.group("gap") and not (
                        _BY.match(text, a.end()) and not _named_before(agreements, single, hs)):
                continue    # a mention of one named before (unless "the X signed by A and
                # B" names its parties and no X was named before)
        if _NOT.search(text, cs, verb_at if active else verb_at) or \
                _NOT.search(text, cs, phrase) or _quantified(text, cs, phrase):
            continue
        count = _COUNTS.get(det) if not det.isdigit() else int(det)
        # parties
        parties = list(makers)
        if active and not text[verb_at:verb_end].lower().endswith("of"):
            subj = [x for x in orgs_in(cs, verb_at)
                    if not _GOVERNED.search(text, max(cs, x[0] - 14), x[0])]
            parties += subj or two_sides(text, sents, orgs_in, lambda e: True, cs, verb_at)
            if not parties and _WE.search(text, cs, verb_at):
                parties += _lead(text, spans_of)    # "We signed a framework agreement with B"
        tail_from = he
        m = _SIDES.search(text, tail_from, min(se, tail_from + 200))
        while m is not None:
            run = run_at(m.end(), se)
            if run:
                parties += [x for x in run if all(x[2] is not y[2] for y in parties)]
                break
            m = _SIDES.search(text, m.end(), min(se, tail_from + 200))
        if not active and not parties and _UNDER.search(text, max(ss, phrase - 12), phrase):
            comma = text.find(",", verb_end, se)
            if comma > 0:
                first = orgs_in(comma, se)
                if first:
                    parties = run_at(first[0][0], se)
        parties = list({id(x[2]): x for x in parties}.values())
        if not parties:
            continue
        # topics
        items = _items(text, he if active else max(he, verb_end), se)
        if plural or (count or 0) >= 2:
            counterparts = []
            if len(items) < 2:
                items = []
                w = _SIDES.search(text, he, min(se, he + 200))
                if w is not None and text[w.start():w.end()].lower().startswith("with"):
                    counterparts = run_at(w.end(), se)
                if len(counterparts) >= 2 and all(x in counterparts for x in parties):
                    continue    # (one per counterpart needs the one who signed with each:
                    #             '"We signed letters of intent with A and B," said ...')
                if len(counterparts) < 2:
                    groups = _side_groups(text, he, se, run_at, parties if active else [])
                    if len(groups) < 2:
                        continue
            if items:
                groups = [(parties, it) for it in items]
            elif len(counterparts) >= 2:
                groups = [([x for x in parties if x not in counterparts] + [c], None)
                          for c in counterparts]
        else:
            groups = [(parties, items[0] if len(items) == 1 else None)]
        kind_words, printed = _kind_of_deal(text, phrase, hs, he, single)
        for group, item in groups:
            if not group:
                continue
            names = [x[2].label for x in group]
            who = names[0] if len(names) == 1 else \
                f"{', '.join(names[:-1])} and {names[-1]}"
            label = f"{kind_words} {'signed by' if len(names) == 1 else 'between'} {who}"
            if item is not None:
                label += " " + " ".join(text[item[0]:item[1]].split())
            label = label[:1].upper() + label[1:]
            ent = Entity(minter.mint(label), NFO.Agreement, label, False, RULE, CONFIDENCE)
            span = Span(item[0], item[1]) if item is not None and len(groups) > 1 \
                else Span(phrase, he)
            if item is not None and len(groups) > 1:
                ent.aliases.add(f"{single} {' '.join(text[item[0]:item[1]].split())}")
            if printed and len(groups) == 1:
                ent.aliases.add(printed)    # "power purchase agreement", "10-year contract"
            ent.mentions.append(span)
            clause = Span(min(cs, phrase), se)
            for x in group:
                ent.add(NFO.party, x[2].iri, clause, RULE)
            if item is not None:        # the project or site its topic names
                for x in over(item[0], item[1]):
                    if x[0] >= item[0] and x[1] <= item[1] and not x[2].role and (
                            kind_of(x[2].cls) == "project" or x[2].cls == NFO.Site):
                        ent.add(NFO.about, x[2].iri, Span(item[0], item[1]), RULE)
            draft.entities[ent.iri] = ent
            made.append((span.start, span.end, ent))
        taken[hs:he] = b"\x01" * (he - hs)
    spans_of.extend(made)
    return [e for _, _, e in made]


def _side_groups(text, at, end, run_at, subject) -> list:
    """"... MoUs with B on X and with C on Y", "were signed between A and B and between C and
    D": one (parties, topic) per "with" / "between" phrase after ``at``, each with its own
    topic ("on X") when one follows it; [] unless there are two or more."""
    out = []
    for m in _EACH_SIDE.finditer(text, at, min(end, at + 400)):
        run = run_at(m.end(), end)
        if not run:
            continue
        who = run if m.group(0).strip().lower().startswith("between") else \
            [x for x in subject if x[1] <= at] + run     # (the subject: named before the noun)
        item = None
        t = _TOPIC.match(text, run[-1][1])
        if t is not None and t.end() - run[-1][1] <= 6:
            stop = _ITEM_END.search(text, t.start("w") + 3, end)
            nxt = _EACH_SIDE.search(text, t.start("w"), end)
            last = min(x for x in (stop.start() if stop else end,
                                   nxt.start() if nxt else end))
            item = (t.start("w"), last)
        out.append((who, item))
    return out if len(out) >= 2 and all(len(g[0]) >= 2 for g in out) else []


def _kind_of_deal(text: str, phrase: int, hs: int, he: int, single: str) -> tuple[str, str]:
    """What kind of deal the noun phrase says, for its label, and the phrase as printed (no
    determiner), for an alias; ("", "") parts when it says no more than its noun: "a 15-year
    power purchase agreement" -> ("power purchase agreement", "15-year power purchase
    agreement"), "a contract of affreightment" -> ("contract of affreightment", same)."""
    words = [w.group(0) for w in _WORD.finditer(text, phrase, hs)]
    if words and _DET_WORD.fullmatch(words[0].lower()):
        words = words[1:]
    kind_words = [w for w in words if _KIND_WORD.fullmatch(w) and w.lower() not in _NOT_KIND]
    q = _QUALIFIER.match(text, he)
    tail = "of " + " ".join(q.group("q").split()) if q is not None else ""
    head = " ".join(text[hs:he].split())
    if not head.islower():
        head = single                   # "MoU": the label spells it out
    name = " ".join(kind_words + [single] + ([tail] if tail else []))
    printed = " ".join(words + [head] + ([tail] if tail else [])) \
        if (words or tail) and (kind_words or tail) else ""
    return name, printed


# "we" right before the verb: the company speaking (a briefing's answer, a company's statement)
_WE = re.compile(r"\b[Ww]e\s+(?:(?:have|had|also|just|recently|then|jointly|formally)\s+)?$")


def _lead(text, spans_of) -> list:
    """The company the article is about, as the one "we" stands for: [(start, end, it)]."""
    ent = lead_company(text, spans_of, kind)
    if ent is None or not ent.mentions:
        return []
    m = ent.mentions[0]
    return [(m.start, m.end, ent)]


def _makers(text: str, m, run_at) -> list:
    """The organisations a relative clause's subject lists ("that A and B signed", "which A
    had signed"): all of its words are the names and their joiners, else []."""
    a, b = m.start("subj"), m.end("subj")
    run = run_at(a, b)
    if not run or text[run[-1][1]:b].strip():
        return []
    return run


def _quantified(text: str, lo: int, at: int) -> bool:
    """Whether the word before ``at`` says none or any ("no contract", "few deals")."""
    w = list(_WORD.finditer(text, max(lo, at - 12), at))
    return bool(w) and not text[w[-1].end():at].strip() and w[-1].group(0).lower() in _NONE


def _named_before(agreements, single: str, at: int) -> bool:
    """Whether an agreement whose label holds ``single`` ("memorandum") is named before ``at``."""
    single = single.lower()
    return any(s < at and single in label for s, label in agreements)


def _items(text: str, at: int, end: int) -> list[tuple[int, int]]:
    """The topics listed after ``at`` in ``[at, end)``: spans of "on X" ("one on X" loses its
    "one"); [] when none opens the list."""
    m = _TOPIC.search(text, at, min(end, at + 120))
    if m is None:
        return []
    gap = text[at:m.start()]
    if ";" in gap or len(gap) > 100:
        return []
    out = []
    p = m.start("w")
    while True:
        nxt = _ITEM_SPLIT.search(text, p, min(end, p + 200))
        if nxt is not None and not _HARD.search(text, p, nxt.start()):
            out.append((p, nxt.start()))
            p = nxt.end()
            p += _ITEM_LEAD.match(text, p).end() - p
            continue
        stop = _ITEM_END.search(text, p + 3, end)
        out.append((p, stop.start() if stop is not None else end))
        break
    return [(a, b) for a, b in out if b - a > 3]
