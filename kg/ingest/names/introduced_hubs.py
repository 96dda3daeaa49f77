"""Things a text introduces without a name and then refers back to: "Seven producers signed a
price self-discipline initiative on Wednesday ... The initiative was drawn up by the X Branch",
"an innovation workstation was unveiled at the plant ... The workstation is run jointly by A
and B", "a pilot registry for copper receipts ... the registry".

An indefinite noun phrase ("a" / "an", up to four modifiers, a noun of
``data/introduced-heads.txt``) that the text later takes up as "the <noun>" is a thing the
article is about, not a passing word: a new entity of the noun's class (rule
``name:introduced``, confidence 0.4), labelled by the phrase without its determiner and the
leading words that tell nothing (``data/introduced-passing.txt``: "new", "regular"; sizes such
as "5,000-tonne"), the noun itself an alias; each later "the <noun>" is a mention of it, up to the next such phrase with the noun.
None is made when the noun only modifies another ("a fund manager", "the platform fee"), when
a negation or "such" stands before it, when the phrase lies in a name another rule made, or
when the text names a thing with that noun (then "the fund" refers back to that one).

What the sentences state about it, when they say so in so many words:

* the organisations of the subject of the introducing clause ("A and B signed a ...", "A set
  up a task force"; not one after "of", "at", "with", ...) and those after "by" or "belongs
  to" right after a mention ("The initiative was drawn up by A", "The line belongs to B", "The
  workstation is built jointly by A and B"): who made, runs or owns it (``nfo:ownedBy`` for a
  site or project, ``nfo:draftedBy`` for a document, else ``nfo:initiatedBy``);
* a place right after "in" / "at" / "near" after the phrase (``nfo:locatedIn``, not for a
  document or initiative: where it was signed is not where it is);
* the metals among its modifiers (``nfo:concernsMetal``).

One search for the phrases, one for the mentions back: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "name:introduced", 0.4
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|whose|is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|"
         "must|should|not|no|as|than|also|it|they|into|under|between|after|before|said|each|"
         "all|any|every|per|about|over|both|but|if|so")
_STOPS = frozenset(_STOP.split("|"))
# a modifier: a word, a capacity ("5,000-tonne"), an acronym; a comma only inside a number
_MOD = rf"(?!(?:{_STOP})\b)[A-Za-z0-9](?:[\w\-/]|[.,](?=\d))*"
_NEXT = re.compile(r"\s*(?P<w>[a-z][\w\-]*)?")
_NEGATED = re.compile(r"\b(?:(?:not|never|no|without|nor|hardly)\s+(?:[a-z]+\s+)?|(?:such|what|"
                      r"rather|quite)\s+)$", re.I)
_GOVERNED = re.compile(r"\b(?:of|at|in|from|to|by|for|under|with|on|about|over|into|between|"
                       r"among|than|as|near|behind|like|unlike|including|via|against)\s+"
                       r"(?:the\s+)?$", re.I)
# after a mention: who made, runs or owns it ("was drawn up by", "is built jointly by",
# "belongs to", "is owned and run by")
_MAKING = (r"built|run|operated|owned|managed|drawn\s+up|set\s+up|founded|established|launched|"
           r"initiated|sponsored|funded|financed|developed|designed|led|organi[sz]ed|created|"
           r"formed|written|compiled|drafted|proposed|put\s+forward|started|opened|headed|"
           r"backed|jointly\s+built|co-founded|co-sponsored|chaired")
_BY = re.compile(rf"\s*,?\s*(?:(?:is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|"
                 rf"would\s+be)\s+)?(?:(?:also|jointly|mainly|largely|wholly|now|being|formally|"
                 rf"officially)\s+)*(?:(?:{_MAKING})(?:\s+and\s+(?:{_MAKING}))?\s+(?:jointly\s+)?by|"
                 rf"belongs?\s+to|belonged\s+to)\s+(?:the\s+)?(?=[A-Z])")
# (past a short qualifier: "a workstation for rare earth magnets was unveiled in X")
_AT = re.compile(r"(?:\s+(?:for|of|on)\s+[a-z][^,.;:()]{0,50}?)?\s*,?\s+(?:(?:was|is|were|are|"
                 r"will\s+be|to\s+be)\s+)?(?:(?:[a-z]+ed|built|set\s+up|sited|run)\s+)?"
                 r"(?:in|at|near)\s+(?:the\s+)?(?=[A-Z])")
_PREP = re.compile(r"\b(?:of|at|in|from|to|by|for|under|with|on|about|over|into|between|"
                   r"among|than|as|near|behind|like|unlike|including|via|against)\s+$", re.I)
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)(?:the\s+)?")
_CAPACITY = re.compile(r"\d")
_DOCUMENTS = {"PolicyDocument", "Initiative"}
_INSIDE = {NFO.Metal, NFO.Field}       # concepts a phrase may hold ("a tin new materials fund")


@lru_cache(maxsize=1)
def _table():
    heads: dict[str, str] = {}
    for line in lines("introduced-heads"):
        noun, cls = (x.strip() for x in line.split("|"))
        heads[noun.lower()] = cls
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+")
                   for h in sorted(heads, key=len, reverse=True))
    intro = re.compile(rf"(?<![\w\-])(?P<det>[Aa]n?)\s+(?P<mods>(?:{_MOD}\s+){{0,4}}?)"
                       rf"(?P<head>{alt})(?![\w\-])")
    last = {h: h.split()[-1] for h in heads}
    # (words of one length in a fixed order: the same pattern in every process, kept compiled
    # between runs, kg/ingest/regex_cache.py)
    back_alt = "|".join(sorted({re.escape(w) for w in last.values()}, key=lambda w: (-len(w), w)))
    back = re.compile(rf"(?<![\w\-])(?:[Tt]he|[Tt]his)\s+(?P<head>{back_alt})(?![\w\-])")
    return heads, last, intro, back


def _noun_phrase_ends(text: str, end: int) -> bool:
    """Whether the noun ending at ``end`` ends its noun phrase (not "a fund manager")."""
    w = _NEXT.match(text, end).group("w")
    return w is None or w in words("introduced-followers")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the things the text introduces and refers back to (see the module's docstring) to
    the draft and to ``spans_of``; returns them."""
    text = draft.text
    heads, last, intro_rx, back_rx = _table()
    intros = [m for m in intro_rx.finditer(text)
              if _noun_phrase_ends(text, m.end())]
    if not intros:
        return []
    backs = [m for m in back_rx.finditer(text) if _noun_phrase_ends(text, m.end())
             and not text.startswith(" of", m.end())]
    if not backs:
        return []
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    over = overlapping(spans, starts)
    # nouns the text names a thing by ("the X Fund", "the Y Platform"): "the fund" is that one
    named = set()
    for e in draft.entities.values():
        if kind_of(e.cls) in ("event", "agreement", "person", "metal") or e.role:
            continue        # (an event's or agreement's label is a clause, not a name)
        for n in [e.label, *e.aliases]:
            w = n.split()
            if w:
                named.add(w[-1].lower())
    orgs = [x for x in spans if kind(x[2]) == "org" and not x[2].role]
    org_starts = [x[0] for x in orgs]
    places = [x for x in spans if kind(x[2]) == "place" and not x[2].role]
    place_starts = [x[0] for x in places]
    metals = [x for x in spans if x[2].cls == NFO.Metal]
    metal_starts = [x[0] for x in metals]
    passing = words("introduced-passing")
    sents = Sentences(text)

    def orgs_in(a, b):
        return [x for x in orgs[bisect.bisect_left(org_starts, a):
                                bisect.bisect_left(org_starts, b)] if x[1] <= b]

    def run_at(p, end):
        """The organisations listed from ``p`` on ("A, B and C")."""
        out = []
        for x in orgs_in(p, end):
            if out and x[0] < out[-1][1]:
                continue
            if not out:
                if x[0] > p + 1:
                    break
            elif not _JOIN.fullmatch(text, out[-1][1], x[0]):
                break
            out.append(x)
        return out

    made = []
    for i, m in enumerate(intros):
        head = " ".join(m.group("head").lower().split())
        noun = last[head]
        ps, pe = m.start(), m.end()
        if noun in named or _NEGATED.search(text, max(0, ps - 12), ps):
            continue
        if any(kind_of(x[2].cls) != "event" and x[2].cls not in _INSIDE for x in over(ps, pe)):
            continue        # inside a name (or one another rule made of the phrase)
        # its mentions back: "the <noun>" after it, up to the next phrase with the noun
        nxt = next((n.start() for n in intros[i + 1:]
                    if last[" ".join(n.group("head").lower().split())] == noun), len(text))
        refs = [b for b in backs if pe <= b.start() < nxt and b.group("head").lower() == noun
                and not any(kind_of(x[2].cls) != "event" and x[2].cls not in _INSIDE
                            for x in over(b.start(), b.end()))]
        if not refs:
            continue
        cls = heads[head]
        mods = m.group("mods").split()
        while mods and (mods[0].lower() in passing or _CAPACITY.search(mods[0])):
            mods = mods[1:]     # ("a new 5,000-tonne ..."; not "a tin new materials fund")
        label_words = mods + m.group("head").split()
        label = " ".join(label_words)
        label = label[:1].upper() + label[1:]
        ent = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
        first = m.start("mods") if m.group("mods") else m.start("head")
        printed = " ".join(text[first:pe].split())
        ent.aliases |= {a for a in (printed, noun) if a != label}
        ent.mentions.append(Span(first, pe))
        for b in refs:
            ent.mentions.append(Span(b.start(), b.end()))
        # who: the subject of the introducing clause, and "by X" / "belongs to X" after a mention
        pred = NFO.ownedBy if cls in ("Site", "Project") else \
            NFO.draftedBy if cls == "PolicyDocument" else NFO.initiatedBy
        ss, se = sents.bounds(ps)
        cs = max(ss, text.rfind(";", ss, ps) + 1)
        who = [x for x in orgs_in(cs, ps) if not _GOVERNED.search(text, max(cs, x[0] - 14), x[0])]
        clause = Span(cs, pe)
        for x in who[-3:]:
            ent.add(pred, x[2].iri, clause, RULE)
        for a, b in [(first, pe)] + [(r.start(), r.end()) for r in refs]:
            by = _BY.match(text, b)
            if by is None:
                continue
            _, re_ = sents.bounds(b)
            for x in run_at(by.end(), re_):
                ent.add(pred, x[2].iri, Span(a, x[1]), RULE)
        # where: a place right after "in / at / near" after the phrase
        if cls not in _DOCUMENTS:
            at = _AT.match(text, pe, se)
            if at is not None:
                k = bisect.bisect_left(place_starts, at.end())
                if k < len(places) and places[k][0] == at.end():
                    ent.add(NFO.locatedIn, places[k][2].iri, Span(ps, places[k][1]), RULE)
        # what: the metals among its modifiers
        for x in metals[bisect.bisect_left(metal_starts, first):
                        bisect.bisect_left(metal_starts, pe)]:
            if x[1] <= pe:
                ent.add(NFO.concernsMetal, x[2].iri, Span(first, pe), RULE)
        draft.entities[ent.iri] = ent
        made.append((first, pe, ent))
        # a mention back that a sentence is about ("The route opened"), not one a preposition
        # governs ("an agreement for the route was signed in X": X is not where it is)
        made += [(r.start(), r.end(), ent) for r in refs
                 if not _PREP.search(text, max(0, r.start() - 12), r.start())]
    spans_of.extend(made)
    return list({id(e): e for _, _, e in made}.values())
