"""Events and agreements that running text names in lower case, so no name rule sees them.

Why this module is long (one piece, about 700 lines): the noun phrases, milestones, signed
agreements, released titles, works and tariffs below share one record of what is already taken
(``used``) and one ``add`` that merges a phrase with a name another rule proposed; each is a
short loop over its own pattern.

* a noun phrase headed by an event word (``data/event-nouns.txt``): "a signing ceremony for
  cooperation agreements", "the single-machine debugging ceremony for the X section", "a
  discussion with Y", "a "232" investigation on copper", "an additional 20% tariff on ...";
  "leaders of ... held a symposium" is the "Symposium of leaders of ..."; "a press conference
  held by the X Office on the 8th" is the "Press conference of the X Office" (its day, its date);
  "The X Association held a press conference" is the "Press conference of X Association";
* a milestone noun before "of" (``data/milestone-nouns.txt``) after a verb that says it happened
  or in a dated clause: "completed the acquisition of X", "following the launch of the ... trial";
* an agreement a clause signs: "X and Y signed a strategic cooperation agreement", "X signed a
  supply contract with Z" (its parties: the organisations before "signed" and after "with").

Each is a new entity (not a relation node) whose mention is the phrase itself; its date is read
later by :mod:`kg.ingest.events.date_attach` like any named event's (the clause's date, else the entry
that governs it). Confidence 0.5 (0.4 for tariffs and investigations): a reviewer keeps or
drops each. A phrase inside or across a name the draft already has is left to that name.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.reading.dates import date_literal
from kg.ingest.lexicon import lines
from kg.ingest.events.factored_heads import factored
from kg.ingest.events import ceremonies
from kg.ingest.events.listed_agreements import listed_agreements
from kg.ingest.events.plural_agreements import plural_agreements
from kg.ingest.events.two_sides import two_sides
from kg.ingest.events.signing_lines import clause_break as _clause_break, subject_parties
from kg.ingest.events.signing_lines import bare_sign as _bare_sign
from kg.ingest.events.signing_lines import timeline_entry as _timeline_entry
from kg.ingest.model import Entity, Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.mood import phrase_unreal
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.reading.windows import Near
from kg.ingest.reading.opening_scans import OrAfter
from kg.ingest.span_order import spans_by_start

_FUNCTION = (r"a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|his|her|this|that|"
             r"these|those|which|who|was|were|is|are|be|been|has|have|had|will|would|also|"
             r"held|hosted|featured|included|includes|organized|organised|convened|attended|"
             r"launched|signed|started|opened|completed|witnessed|saw|hold|holds|host|hosts|"
             r"during|after|before|following|between|as|it|they|we|our|such")
# (nor a quantifier that says none or any: "held no talks", "held fewer talks with X")
_NAMED_EVENTS = {NFO.Conference, NFO.Forum, NFO.Symposium, NFO.Seminar, NFO.Meeting,
                 NFO.AnnualMeeting, NFO.Exhibition, NFO.Event}
_NONE = r"no|any|every|each|neither|either|few|fewer|zero"
# (nor a verb of saying: "The union said talks with the company broke down" names no "union
# said talks"; "the said meeting" is the one named before)
_SAYING = r"says|told|tells|added|adds|noted|notes|stated|states|reported|reports"
_WORD = rf"(?!(?:{_FUNCTION}|{_NONE}|{_SAYING})\s)(?!(?<![Tt]he\s)said\s)[^\s,.;:()!?\[\]]+"
# words that point back to an event already named, or say nothing of which one it is
_EMPTY = {"first", "second", "third", "same", "next", "last", "above", "said", "other",
          "relevant", "related", "new", "recent", "previous", "current", "further", "another",
          "one", "two", "several", "many", "various", "subsequent", "upcoming", "special",
          "annual", "yearly", "monthly", "weekly", "international", "national", "online",
          "regular", "major", "important", "big", "large", "small", "successful"}
# "a two-day forum", "a half-day seminar": how long, not which
_DURATION = re.compile(r"(?:\w+|half)-(?:day|week|month|year|hour)s?$", re.I)
# (a blank line ends the phrase: "Notice on the review meeting for X" over "To all members:")
_STOP = (r"(?=[ \t]*\n[ \t]*\n|\s*,(?!(?<=\d,)\d)|\s*[;:()!?\u201d]|\s*\.(?!(?<=\bNo\.)\s?\d|(?<=\d\.)\d)|\s*$|\s+(?:and|or|which|that|who|was|were|is|are|has|have|"
         r"had|will|would|to|at|during|since|held|laying|marking|including|focusing|through|"
         # (a verb of the clause: "the export controls on X came into force on ...")
         r"came|comes|took|takes|entered|enters|went|goes|became|becomes|"
         r"followed|follows|began|begins|ended|ends|started|starts|continued|continues|"
         r"opens|opened|closes|closed|runs|ran|expires|expired|"
         r"showed|shows|found|finds|revealed|reveals|"
         # (a decision of a meeting: "the third meeting of the board approved a plant")
         r"approved|approves|adopted|adopts|elected|elects|passed|passes|reviewed|reviews|"
         r"decided|decides|resolved|resolves|deliberated|voted|appointed|appoints|"
         # (its day: "a briefing on the new rules on Monday / on the 8th / on May 3")
         r"on\s+(?:the\s+\d{1,2}(?:st|nd|rd|th)|Monday|Tuesday|Wednesday|Thursday|Friday|"
         r"Saturday|Sunday|(?:January|February|March|April|May|June|July|August|September|"
         r"October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.)\s+\d)|"
         r"(?:next|this|last|the\s+same)\s+(?:year|month|week)|"
         # (its days: "a training course on X from 9 to 11 July", "from 3 March to ...")
         r"from\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:to|until|till)\s+\d+|"
         r"from\s+(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|"
         r"September|October|November|December)\b|"
         r"after|before|as|where|while|in\s+(?:(?:early|late|mid|the\s+end\s+of)\s+)?"
         r"(?:(?:19|20)\d\d|January|February|March|April|May|June|July|August|September|"
         r"October|November|December))\b)")
# the words of a phrase: no clause punctuation, but "No. 2" and "3.5" are words
_CHARS = r"(?:(?![ \t]*\n[ \t]*\n)[^,.;:()!?]|(?<=\d)[.,](?=\d)|(?<=\bNo)\.(?=\s?\d))"
# (never a date: "the annual meeting on January 20", "a briefing on the same day")
_NOT_A_DAY = (r"(?!(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d)|(?:January|February|March|April|May|June|July|August|September|"
              r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
              r"Sunday)\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|same\s+day|next\s+day|"
              r"following\s+day|day\b|sidelines?\b|margins?\b|fringes?\b|eve\b|occasion\b|"
              r"behalf\b))")     # (nor "on the sidelines / eve of the X Expo": where, not what)
# ("between" too: "its shareholders' meeting between March 10 and 12" is a span of days)
_TAIL = (rf"(?P<tail>\s+(?:for|on(?=\s+{_NOT_A_DAY})|of|into|between(?=\s+{_NOT_A_DAY})|with|"
         rf"regarding|concerning)\s+"
         rf"{_CHARS}{{2,120}}?){_STOP}")
# "and a lease, respectively": the second of the agreements one verb signed, whatever its noun
_AND_RESPECTIVE = re.compile(r"\s+and\s+(?:a|an|another)\s+(?P<np>(?:[a-z][\w\-]*\s+){0,3}?"
                             r"[a-z][\w\-]*)(?=\s*,?\s*respectively\b)")
# ", respectively," after a list of agreements one verb signed
_RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b,?")
# "and" between the two sides of a "between" tail
_AND = re.compile(r"[ \t]+(?:and|&)[ \t]+")
# the place a tail ends in, and the rest of a list of names the comma after it opens
_LIST_PLACE = re.compile(r"\s+(?:in|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*$")
_LIST_GOES_ON = re.compile(r",\s*(?:[A-Z][\w'’-]*\s*,\s*)*[A-Z][\w'’-]*\s+and\s+[A-Z]")
_HOLD = re.compile(r"(?:^|[,;:]\s*|\.\s+)(?P<subj>[^,;:.]{3,120}?)\s+(?:also\s+)?"
                   r"(?:held|convened|hosted|organi[sz]ed)\s+$")
_INTENT = re.compile(r"\b(?:promot\w*|accelerat\w*|support\w*|advanc\w*|encourag\w*|push\w*|"
                     r"facilitat\w*|driv\w*|realiz\w*|realis\w*|achiev\w*|to|will|shall|plan\w*|"
                     r"expect\w*|aim\w*|strive|for|guid\w*|boost\w*|speed\w*)\s+$", re.I)
_HAPPENED = re.compile(r"\b(?:completed|finished|announced|marked|marking|marks|following|"
                       r"after|celebrated|witnessed|saw|began|started|initiated|officially|"
                       r"successfully)\s+$", re.I)
# ("signed" checked for a word before it after the word itself, not before: the engine then
# looks for "signed" alone; the same matches)
# (its words may pair with "and" or list with commas: "a molten aluminium and technical service
# agreement", "an engineering, procurement and construction contract")
# the heads of a signed document: "a memorandum (of understanding)", "a letter of intent"
# (and, round 26, "a supply framework", "a cooperation letter": not the first words of "a framework
# agreement", "a cooperation letter of intent")
_AGREEMENT_HEAD = (r"(?:agreement|memorandum(?:\s+of\s+understanding)?|contract|letter\s+of\s+"
                   r"intent|MoU|framework(?!\s+(?:agreement|contract))|"
                   r"(?<=cooperation\s)letter(?!\s+of))")
_SIGNED = re.compile(r"(?P<verb>sign(?:ed(?<!\wsigned)|s(?<!\wsigns)|(?<!\wsign)))\s+"
                     r"(?P<det>(?:a|an|the)\s+)?(?P<np>(?:(?!(?:with|and|"
                     rf"on|for|the|{_NONE})\s)[\"\u201c]?[a-z][\w\-]*[\"\u201d]?(?:,\s+(?=[a-z])|\s+and\s+(?=[a-z])|\s+)){{0,6}}?"
                     rf"{_AGREEMENT_HEAD})(?![\w\-])")
_WITH = re.compile(r"\s+with\s+(?:the\s+)?(?P<w>(?:(?!(?:again|to|on|for|in|at|and|which|"
                   r"that)\b)[^\s,.;:()]+\s*){1,4}?)(?=\s*[,.;:()]|\s+(?:again|to|on|for|in|"
                   r"at|and|which|that)\b|\s*$)")
# "... attended the ceremony and held talks": a clause ending in a conjunction, or opening with
# a verb, is no subject
_NOT_SUBJECT = re.compile(r"(?:\b(?:and|or|but|then)$|^\w+ed\b)")
# "X held the A ceremony ... and the B ceremony": X holds both; "X held its annual meeting"
_HELD_BY = re.compile(r"[\s,]*(?:also\s+)?(?:held|hosted|organi[sz]ed|convened)\s+(?:the|a|an|its|"
                      r"their)\s+(?:(?:[^\s,.;]+\s+){0,6}|[^.;]{0,200}\s+and\s+(?:the|a|an)\s+)")
# "a press conference held by the X": the organiser after the head (its name starts at "org")
_HELD_BY_AFTER = re.compile(r"\s+(?:jointly\s+)?(?:held|hosted|organi[sz]ed|convened)\s+by\s+"
                            r"(?P<org>(?:the\s+)?)")
# what may stand before the organisation that opens the clause: a dateline's dash, "The"
_ORG_SUBJECT = re.compile(r"(?:[^\n]*?(?:--|\u2014|\u2013)\s*)?(?:[Tt]he\s+)?")
_DAY_END = re.compile(r"\s+on\s+the(?:\s+\d{1,2}(?:st|nd|rd|th))?$")
# "released the top ten "X"": a quoted title no name rule read as a policy (its head is not
# a policy word); after "top N" / "list of" / "catalogue of" it is a catalogue
_RELEASED = re.compile(r"\b(?:released|issued|published|unveiled|announced)\s+(?:the\s+|a\s+|its\s+)?"
                       r"(?P<pre>(?:(?:first|second|third|new|latest|annual|(?:19|20)\d\d)\s+)?"
                       r"(?:(?:top\s+\w+|list\s+of(?:\s+the)?|catalogue\s+of|catalog\s+of|"
                       r"batch\s+of)\s+)?)[\"\u201c](?P<title>[A-Z][^\"\u201c\u201d\n]{8,200}?)"
                       r"[,.]?[\"\u201d]")
# "has been working on the development of the industry standard "X"": a project
_WORK = re.compile(r"\b(?:working\s+on|worked\s+on|work\s+on|began|started|launched|initiated|"
                   r"completed|finished|undertook|undertaken|carried\s+out|led|leading|"
                   r"participated\s+in|responsible\s+for)\s+the\s+(?P<head>development|"
                   r"formulation|drafting|compilation|revision|preparation)\s+of\s+"
                   r"(?P<np>(?:the|a|an)\s+[^.;:()!?\n]{3,200}?)(?=[,.;:]\s|[.;:]?$|\s+(?:and|which|"
                   r"that|to|with|in|since|by)\s)")
# "increasing the "301" and "232" tariffs on aluminum products from 10% to 25%"
_TARIFF = re.compile(r"\b(?P<verb>rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|"
                     r"cut(?:s|ting)?|lower(?:ed|s|ing)?|reduc(?:e|ed|es|ing))\s+"
                     r"(?P<np>(?:the\s+|its\s+)?[^,.;:\n]{0,80}?\b(?:tariffs?|duties|duty|levies|"
                     r"levy)\s+on\s+[^,.;:\n]{2,80}?)(?:\s+from\s+[\d.]+\s*%)?\s+to\s+"
                     r"(?P<to>[\d.]+\s*%)")
# (no comma, semicolon or colon in one: read only in the stretches between them with a tariff word)
_TARIFF_NEAR = Near(_TARIFF, ("tariff", "duties", "duty", "levies", "levy"), stops=",;:")
# ", and a strategic cooperation agreement" right after "signed A with X"
_AND_AGREEMENT = re.compile(r"\s*,?\s+and\s+(?:also\s+)?(?:a|an|another)\s+(?P<np>(?:(?!(?:with|and|"
                            rf"on|for|the)\s)[a-z][\w\-]*\s+){{0,4}}?{_AGREEMENT_HEAD})(?![\w\-])")
# a verb of its own between two agreement phrases: the second is another clause's
_VERB_BETWEEN = re.compile(r"\b(?:signed|sign|signs|agreed|will|would|which|who|that|said|"
                           r"announced|reached|inked)\b")
# "a cooperation agreement between A and B" (lower case: no name rule reads it)
# (found from its head, "agreement between", then read back to the article: a scan of the text
# for every "a"/"the" costs more)
_BETWEEN = re.compile(rf"(?P<head>{_AGREEMENT_HEAD})\s+between\s+"
                      r"(?:the\s+)?")
_BETWEEN_NEAR = Near(_BETWEEN, ("between",), stops=".,;")      # (none of them in one)
_BETWEEN_NP = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<np>(?:(?!(?:with|and|on|for|the|this|that)\s)"
                         r"[a-z][\w\-]*\s+){0,4}?)$")
_HEADS = ("agreement", "memorandum", "understanding", "contract", "MoU", "letter of intent")


_SCAN = ("kg.ingest.events.happenings", "noun_pattern")


def noun_pattern():
    """The event nouns' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _nouns()[0]


@lru_cache(maxsize=None)
def _nouns() -> tuple[OrAfter, list[tuple[re.Pattern, str, str]]]:
    rows = []
    # a space in a head may be a line break in a hard-wrapped text ("annual\nmeeting")
    pats = []
    for line in lines("event-nouns"):
        pattern, cls, need = line.rsplit(None, 2)
        pattern = pattern.replace(" ", r"\s+")
        pats.append(pattern)
        rows.append((re.compile(rf"(?:{pattern})$"), cls, need))
    heads = factored(pats, lower=False)     # (the same matches, scanned faster)
    # the words before the head may pair two with "and" ("the lithium and nickel market briefing")
    # (each opening is looked for only where its first letter or the space before it stands)
    rest = (rf"(?P<mods>(?:{_WORD}\s+(?:and\s+(?={_WORD}\s))?){{0,5}}?)(?P<head>{heads})(?![\w\-])"
            rf"(?:{_TAIL})?")
    rx = re.compile(rf"(?:(?=[AaTtIi])\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+|(?<=\s)(?:(?<=\bheld\s)|"
                    rf"(?<=\bhold\s)|(?<=\bholds\s))){rest}")
    # (a match opens after a determiner, which the engine finds by its first letter, or right
    # after "held"/"hold"/"holds" and a space, found by str.find: reading/opening_scans.py)
    lead = re.compile(rf"(?=[AaTtIi])\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+{rest}")
    return OrAfter(rx, lead, ("held", "hold", "holds"), after=1), rows


@lru_cache(maxsize=1)
def _gathering_words() -> frozenset:
    return frozenset(lines("workshop-gatherings"))


_TOPIC = re.compile(r"\s+(?:on|about|regarding|concerning)\s")


def _works_shop(head: str, content: list, tail) -> bool:
    """Whether "<words> workshop" is a shop of a works, not a gathering: no word before it
    makes it one (``data/workshop-gatherings.txt``: "training", "technical") and no topic
    follows it ("on / about X"); "a die-casting workshop for X housings" is a shop."""
    if head.lower().rstrip("s") != "workshop":
        return False
    if tail and _TOPIC.match(tail):
        return False
    return not any(w.lower().strip("\"\u201c\u201d,") in _gathering_words() or _DURATION.match(w)
                   for w in content)


@lru_cache(maxsize=None)
def _milestones() -> tuple[re.Pattern, dict[str, str]]:
    table = dict(line.split() for line in lines("milestone-nouns"))
    alts = "|".join(sorted(table, key=len, reverse=True))
    rx = re.compile(rf"\bthe\s+(?P<head>{alts})\s+of\s+(?!(?:this|that|these|those|its|their|"
                    rf"such|it|them)\b)(?P<np>(?:(?:the|a|an)\s+)?"
                    rf"{_CHARS}{{3,120}}?){_STOP}")
    return rx, table


def propose(draft, spans_of, minter, kind_of, sents: Sentences | None = None,
            doc_year: str | None = None) -> list:
    """Add the lower-case events and signed agreements of ``draft.text`` to the draft and to
    ``spans_of``, and this year's edition of a known recurring event; returns the new
    entities."""
    text = draft.text
    sents = sents or Sentences(text)
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    within = overlapping(spans, starts)
    kinds = {id(e): kind_of(e.cls) for _, _, e in spans}


    def taken(a: int, b: int, hs: int, he: int) -> bool:
        """A name the draft already has covers the phrase's head word (``hs:he``) as an event,
        policy, agreement or project of its own, or runs across the phrase's ends; names inside
        the phrase ("... ceremony for the X Project") stay mentions of themselves."""
        return any(s < a or e > b or kinds.get(id(ent)) in ("event", "policy", "agreement",
                                                             "project") and s < he and hs < e
                   for s, e, ent in within(a, b))

    def to_name_end(a: int, b: int) -> int:
        """``b``, moved to the end of a name that starts before it and runs past it ("Shunfu
        Precision Technology Co., Ltd.")."""
        for s, e, _ in within(a, b):
            if s < b < e:
                b = e
        return b

    made: list[tuple[int, int, Entity]] = []
    by_label: dict[str, Entity] = {}
    used = bytearray(len(text) + 1)       # what a phrase of this module already holds
    # a new name another rule proposed is the same entity when a phrase gives its label
    named_new = {normalise_name(e.label): e for e in draft.entities.values() if not e.known}

    def add(a: int, b: int, label: str, cls: str, rule: str, conf: float,
            head: tuple[int, int]) -> Entity | None:
        if taken(a, b, *head) or any(used[a:b]):
            return None
        used[a:b] = b"\x01" * (b - a)
        label = " ".join(label.split())
        label = label[:1].upper() + label[1:]
        key = normalise_name(label)
        ent = by_label.get(key) or named_new.get(key)
        if ent is None:
            ent = Entity(minter.mint(label), NFO[cls], label, False, rule, conf)
            by_label[key] = ent
            draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
        return ent

    rx, rows = _nouns()
    for m in scans_ahead.finditer(rx, text, _SCAN):    # (rx.finditer(text), maybe done ahead)
        head = m.group("head")
        cls, need = next(((c, n) for p, c, n in rows if p.search(head)), (None, None))
        if cls is None:
            continue
        mods = m.group("mods").split()
        content = [w for w in mods if w.lower().strip('"\u201c\u201d') not in _EMPTY
                   and not _DURATION.match(w)]
        tail = m.group("tail")
        a = m.start("mods") if mods else m.start("head")
        b = m.end("tail") if tail else m.end("head")
        if tail:    # "... in Yulin, Baoji and Tongchuan": no one place of the list is its own
            cut = _LIST_PLACE.search(text, m.start("tail"), b)
            if cut is not None and _LIST_GOES_ON.match(text, b):
                b = cut.start()
        label = text[a:b]
        ok = {"mods": bool(content), "tail": bool(tail), "either": bool(content or tail),
              "number": any(re.search(r"\d|[\"\u201c]", w) for w in mods), "none": True}[need]
        if content and _works_shop(head, content, tail):
            continue    # "the copper cathode workshop", "a yam-processing workshop": a works'
            # shop (names/facility_nouns.py), no seminar
        rule, conf = "event:noun-phrase", 0.5
        if not ok and not mods and not tail and need in ("either", "tail"):
            ss = max(sents.bounds(m.start())[0], m.start() - 300)
            h = _HOLD.search(text[ss:m.start()])
            subj = h.group("subj").strip() if h else ""
            subj = re.sub(r"^(?:[Tt]he|[Dd]uring[^,]*,)\s+", "", subj)
            if h and 2 <= len(subj.split()) <= 10 and subj[:1].islower() \
                    and not _NOT_SUBJECT.search(subj):
                label, ok, rule = f"{head} of {subj}", True, "event:held-by-subject"
                a = ss + h.start("subj") + (len(h.group("subj")) - len(h.group("subj").lstrip()))
                b = m.end("head")
            elif h:
                # "The China Tungsten Industry Association held a press conference": the
                # organisation the clause opens with names it (its mention: the phrase)
                se_ = ss + h.end("subj")
                org = [x for x in within(se_ - 1, se_) if x[1] == se_ and kinds.get(id(x[2]))
                       == "org" and _ORG_SUBJECT.fullmatch(text, ss + h.start("subj"), x[0])]
                if org:
                    label, ok, rule = f"{head} of {org[0][2].label}", True, "event:held-by-org"
        if not ok and not mods and not tail and need in ("either", "tail"):
            # "at a press conference held by the X Office on the 8th": its organiser names it
            hb = _HELD_BY_AFTER.match(text, m.end("head"))
            orgs = [x for x in within(hb.end(), hb.end() + 200) if x[0] in hb.span("org")
                    and kinds.get(id(x[2])) == "org"] if hb else []
            if orgs:
                b = max(x[1] for x in orgs)
                org = _DAY_END.sub("", text[hb.start("org"):b])  # a name read on into "on the 8th"
                label = f"{head} of {org}"
                ok, rule, cut = True, "event:held-by-passive", hb.start("org") + len(org)
        if not ok:
            continue
        if not tail and _named_edition(draft, mods, head, a, b, made):
            continue    # "The 6th conference will ...": the "6th China Conference on X" named
        if tail:
            b = to_name_end(a, b)
            if tail.lstrip().startswith("between") and (k := _AND.match(text, b)) is not None:
                # "talks between A Co., Ltd. and B Co., Ltd.": the tail stopped at "and"; the
                # other side is the name right after it
                b = max([b] + [e for s, e, _ in within(k.end(), k.end() + 200) if s == k.end()])
            label = text[a:b] if rule == "event:noun-phrase" else label
        if cls in ("Policy", "Event") and need == "number":
            conf = 0.4
        ent = add(a, b, label, cls, rule, conf, m.span("head"))
        if ent is not None and rule == "event:held-by-passive" and cut < b:
            ent.mentions[-1] = Span(a, cut)     # "on the 8th" is its date, not its name
        if ent is not None:
            _roles(ent, text, sents, a, b, within, kinds)

    mrx, table = _milestones()
    for m in mrx.finditer(text):
        before = text[max(0, m.start() - 40):m.start()]
        if _INTENT.search(before):
            continue
        ss, se = sents.bounds(m.start())
        ss, se = max(ss, m.start() - 600), min(se, m.end() + 600)
        b = to_name_end(m.start("np"), m.end("np"))
        inner = [x for x in within(m.start("np"), b) if x[0] <= m.start("np") + 4
                 and x[1] >= b - 1 and kinds.get(id(x[2])) in ("policy", "event")]
        if inner:
            continue    # "the launch of the 14th Five-Year Plan": the plan's own date
        np_words = re.sub(r"^(?:the|a|an)\s+", "", text[m.start("np"):b]).split()
        if len(np_words) < 2 and not within(m.start("np"), b):
            continue    # "the start of construction": which construction, the text says elsewhere
        dated = re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:January|February|March|April|May|"
                          r"June|July|August|September|October|November|December)\b",
                          text[ss:se])
        if not (_HAPPENED.search(before) or dated):
            continue
        a = m.start("head")
        ent = add(a, b, text[a:b], table[m.group("head")], "event:milestone-noun", 0.5,
                  m.span("head"))
        if ent is not None:
            for s, e, other in within(ss, se):
                if kinds.get(id(other)) in ("org", "person") and (
                        a <= s and e <= b or e <= a and _subject_of(text, e, a)):
                    ent.add(NFO.participant, other.iri, Span(min(ss, s), max(se, e)),
                            "event:milestone-party")

    signed = []     # (where "signed" stands, the agreement phrase's start and end)
    for m in _SIGNED.finditer(text):
        if text.startswith("signs", m.start()) and not _timeline_entry(text, m.start()):
            continue    # (a present tense tells a past signing in a timeline's entry only)
        if m.group("verb").lower() == "sign" and not _bare_sign(text, m.start()):
            continue    # ("sign" after a modal or in a dated line's present only)
        signed.append((m.start(), m.start("np"), m.end("np")))
        # "signed a supply agreement with A, and a cooperation agreement with B on ...": the
        # second agreement of the same verb
        w = _WITH.match(text, m.end("np"))
        more = _AND_AGREEMENT.match(text, w.end() if w is not None else m.end("np")) or \
            _AND_RESPECTIVE.match(text, m.end("np"))     # ("... and a lease, respectively,")
        if more is None:
            # "... with B Co., Ltd., a subsidiary of C, for 600,000 tonnes a year, and a port
            # services agreement with D": later in the sentence, no verb between
            se = sents.bounds(m.start())[1]
            more = _AND_AGREEMENT.search(text, m.end("np"), min(se, m.end("np") + 250))
            if more is not None and _VERB_BETWEEN.search(text, m.end("np"), more.start()):
                more = None
        if more is not None:
            signed.append((m.start(), more.start("np"), more.end("np")))
    agreed = [x for x in spans if kinds.get(id(x[2])) == "agreement"]
    by_signing: dict = {}       # the agreements one verb signed, in order
    for at, a, b in signed:
        by_signing.setdefault(at, []).append((a, b))
    for at, a, b in signed:
        np_ = " ".join(text[a:b].split())
        if taken(a, b, a, b):
            continue
        if text[max(0, a - 4):a].lower().endswith("the ") and np_ in _HEADS + (
                "memorandum of understanding",) and _named_before(a, agreed, made):
            continue        # "signed the agreement": the one named before, not another
        ss, se = sents.bounds(at)
        ss, se = max(ss, at - 600), min(se, b + 600)
        cs = max(ss, _clause_break(text, ss, at) + 1)
        # the subject's organisations, not the other side of an earlier "signed ... with X"
        parties = [x for x in within(cs, at) if kinds.get(id(x[2])) == "org"
                   and x[1] <= at
                   and not re.search(r"\bwith\s+(?:the\s+)?$", text[max(cs, x[0] - 12):x[0]])]
        parties = subject_parties(text, cs, at, parties)
        if len(parties) > 1:
            # "A, the Guangxi unit of B, and C signed": B is named in A's apposition
            parties = _outside_appositions(text, parties)
        group = by_signing[at]
        resp = _RESPECTIVELY.match(text, group[-1][1]) if len(group) > 1 else None
        after = b
        if resp is not None and len(parties) == len(group):
            # "A and B signed a supply agreement and a lease, respectively, with C": each its
            # own, with the other side named after "respectively"
            parties = [parties[group.index((a, b))]]
            after = resp.end()
        w = _WITH.match(text, after)
        if w is None and (adj := _ADJUNCT.match(text, after)) is not None and adj.end() > after:
            # "signed a share purchase agreement in Singapore with X", "an investment agreement
            # (the "Agreement") with X", "the agreement on the 10th with X"
            w = _WITH.match(text, adj.end())
            if w is not None or _org_after_with(text, adj.end(), within, kinds):
                b_with = adj.end()
            else:
                b_with = after
        else:
            b_with = after
        others = []
        if w is not None:
            others = [x for x in within(w.start("w"), w.end("w"))
                      if kinds.get(id(x[2])) == "org"]
        if not others:
            # "with Chinalco's Guangxi Pingguo Aluminium Co., Ltd." (a name longer than the
            # words "with" reads): the organisation named right after "with", the one after
            # a possessive
            others = _org_after_with(text, b_with, within, kinds)
            w = None if others else w
        if others:
            others += [x for x in _listed_on(text, max(others, key=lambda x: x[1]), within, kinds)
                       if x not in others]
        by = "agreement:signed-by"
        if not parties and not others:
            # "A and B unveiled ... The two sides signed a cooperation agreement"
            parties = two_sides(text, sents, within, lambda ent: kinds.get(id(ent)) == "org",
                                cs, at)
            by = "agreement:two-sides" if parties else by
        names = []
        for _, _, ent in parties + others:
            if ent.label not in names:
                names.append(ent.label)
        label = re.sub(r"[\"\u201c\u201d]", "", np_)     # ("an "order class" agreement")
        if 1 <= len(names) <= 3:
            label += " of " + " and ".join(names)
        if w is not None and not others:
            label += " with " + " ".join(w.group("w").split())
        if label == re.sub(r"[\"\u201c\u201d]", "", np_):
            continue        # "signed a cooperation agreement": which one, the text does not say
        ent = add(a, b, label, "Agreement", "agreement:signed-clause", 0.5, (a, b))
        if ent is not None:
            for s, e, org in parties + others:
                ent.add(NFO.party, org.iri, Span(min(cs, s), max(se, e)), by)
    for m in _BETWEEN_NEAR.finditer(text):
        # "a strategic cooperation agreement between A and B on slag utilisation"
        lo = max(0, m.start() - 80)
        np_m = _BETWEEN_NP.search(text, lo, m.start())
        if np_m is None:
            continue
        a, b = np_m.start("np") if np_m.group("np") else m.start(), m.end("head")
        if taken(a, b, a, b) or any(used[a:b]):
            continue
        se = sents.bounds(m.start())[1]
        # the two names right after "between", joined by "and"
        orgs = sorted((x for x in within(m.end(), se) if kinds.get(id(x[2])) == "org"),
                      key=lambda x: x[0])[:2]
        if len(orgs) < 2 or orgs[0][0] > m.end() + 1 or not re.fullmatch(
                r"\s*(?:,\s*)?and\s+(?:the\s+)?", text[orgs[0][1]:orgs[1][0]]):
            continue
        ss = sents.bounds(m.start())[0]
        if phrase_unreal(text, a, orgs[1][1], ss, se):
            continue    # "talk of an offtake agreement between A and B was denied": none is
        np_ = " ".join(text[a:b].split())
        label = f"{np_} between {orgs[0][2].label} and {orgs[1][2].label}"
        ent = add(a, b, label, "Agreement", "agreement:between", 0.5, (a, b))
        if ent is not None:
            for s, e, org in orgs[:2]:
                ent.add(NFO.party, org.iri, Span(m.start(), max(se, e)), "agreement:between")
    for m in _RELEASED.finditer(text):
        a, b = m.span("title")
        label = m.group("title").strip().rstrip(",.")
        cls = "Catalogue" if re.search(r"top|list|catalog|batch", m.group("pre")) else \
            "PolicyDocument"
        add(a, a + len(label), label, cls, "policy:released-title", 0.4, (a, b))

    for m in _WORK.finditer(text):
        a, b = m.start("head"), to_name_end(m.start("np"), m.end("np"))
        named = [x for x in within(m.start("np"), b) if kinds.get(id(x[2])) == "policy"]
        if not named and not re.search(r"[\"\u201c]", text[m.start("np"):b]):
            continue        # "the development of the industry": no project the text names
        ent = add(a, b, text[a:b], "Project", "project:work-on", 0.5, m.span("head"))
        if ent is not None:
            ss = max(sents.bounds(m.start())[0], m.start() - 600)
            for s, e, org in within(ss, m.start()):
                if kinds.get(id(org)) == "org" and e <= m.start():
                    ent.add(NFO.participant, org.iri, Span(min(ss, s), b), "project:work-on")

    for m in _TARIFF_NEAR.finditer(text):
        word = "Cut" if re.match(r"cut|lower|reduc", m.group("verb")) else "Increase"
        np_ = " ".join(m.group("np").split())
        label = f"{word} of {np_} to {m.group('to').replace(' ', '')}"
        add(m.start(), m.end(), label, "Event", "event:tariff-change", 0.4, m.span("verb"))

    made += plural_agreements(draft, sents, within, kinds, minter, used)
    made += listed_agreements(draft, sents, within, kinds, minter, used)   # "signed were: * A with B"
    made += ceremonies.propose(draft, sents, within, kinds, minter, used, made)
    if doc_year is not None:
        _editions(draft, spans, kinds, minter, doc_year, made)
    spans_of.extend(made)
    return [e for _, _, e in made]


_THIS_YEARS = re.compile(r"\b(?P<rel>this|last|next)\s+year['\u2019]s\s+(?:the\s+)?$", re.I)


def _editions(draft, spans, kinds, minter, doc_year: str, made) -> None:
    """"this year's China X Conference" names a recurring event (known or new): this year's
    edition is an event of its own ("2025 China X Conference", part of the
    series), dated by the document's year (``event:edition``, 0.5)."""
    text = draft.text
    by_label: dict[str, Entity] = {}
    for s, e, ent in spans:
        if kinds.get(id(ent)) != "event" or ent.role or re.match(r"(?:19|20)\d\d\b", ent.label):
            continue
        m = _THIS_YEARS.search(text[max(0, s - 20):s])
        if m is None:
            continue
        shift = {"last": -1, "next": 1}.get(m.group("rel").lower(), 0)
        year = f"{int(doc_year) + shift:04d}"
        label = f"{year} {ent.label}"
        a = s - (len(text[max(0, s - 20):s]) - m.start())
        new = by_label.get(label)
        if new is None:
            new = Entity(minter.mint(label), ent.cls, label, False, "event:edition", 0.5)
            by_label[label] = new
            draft.entities[new.iri] = new
        span = Span(a, e)
        new.mentions.append(span)
        new.add(NFO.partOfEvent, ent.iri, span, "event:edition")
        new.add(NFO.startDate, date_literal(year), span, "date:this-years-edition")
        made.append((a, e, new))


_WITH_AT = re.compile(r"\s+with\s+(?:the\s+)?")
# what may stand between an agreement's noun and "with" its other side: its defined short form,
# where and when it was signed ("in Singapore", "on the 10th", "on Thursday", "last week")
_ADJUNCT = re.compile(r"(?:[ \t\n]*\((?:the[ \t\n]+)?[\"\u201c][^()\n]{1,30}[\"\u201d]\))?"
                      r"(?:[ \t\n]+(?:in|at)[ \t\n]+[A-Z][\w'\u2019-]*"
                      r"(?:[ \t\n]+[A-Z][\w'\u2019-]*){0,2}"
                      r"|[ \t\n]+on[ \t\n]+(?:the[ \t\n]+\d{1,2}(?:st|nd|rd|th)|[A-Z][a-z]+day"
                      r"|\d{1,2}[ \t\n]+[A-Z][a-z]+|[A-Z][a-z]+[ \t\n]+\d{1,2})"
                      r"|[ \t\n]+last[ \t\n]+(?:week|month|[A-Z][a-z]+day))*")
_POSSESSIVE = re.compile(r"['\u2019]s\s+")


def _org_after_with(text: str, b: int, within, kinds) -> list:
    """The organisation whose name starts right after "with (the)" at ``b`` (after "A's": the
    one A owns, named next), as a one-item list; else empty."""
    m = _WITH_AT.match(text, b)
    if m is None:
        return []

    def org_at(p: int):
        return next((x for x in within(p, p + 1) if x[0] == p
                     and kinds.get(id(x[2])) == "org"), None)
    first = org_at(m.end())
    if first is None:
        return []
    pos = _POSSESSIVE.match(text, first[1])
    if pos is not None:
        first = org_at(pos.end()) or first
    return [first]


def _listed_on(text: str, first, within, kinds) -> list:
    """The organisations listed after ``first`` (a span and entity: "with A and B", "with A, B
    and C"): the list's others, when it ends in "and" and one more name, not a possessive's
    (a comma alone may open an apposition: "with A, the unit of B"); else empty."""
    def org_at(p: int):
        return next((x for x in within(p, p + 1) if x[0] == p
                     and kinds.get(id(x[2])) == "org"), None)
    more, at = [], first[1]
    while (j := _LIST_JOINT.match(text, at)) is not None and (nxt := org_at(j.end())) is not None:
        more.append((nxt, (j.group(1) or j.group(2)) is not None))
        at = nxt[1]
        if more[-1][1]:
            break
    if more and more[-1][1] and _POSSESSIVE.match(text, at) is None:
        return [x for x, _ in more]
    return []


# a joint of a list of names: ", ", " and ", ", and " (group 1: the "and")
_LIST_JOINT = re.compile(r"[ \t]*(?:,[ \t]*(and[ \t]+)?|[ \t]+(and)[ \t]+)(?:the[ \t]+)?")


def _named_edition(draft, mods, head, a, b, made) -> bool:
    """A numbered edition ("6th conference") of an event the draft names with that number
    ("6th China Conference on X") is that event: the phrase is its mention."""
    nums = [w.lower() for w in mods if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th)", w, re.I)]
    if len(nums) != 1:
        return False
    for ent in draft.entities.values():
        low = ent.label.lower()
        if not ent.known and ent.cls in _NAMED_EVENTS and low.startswith(nums[0] + " ") \
                and head.lower() in low:
            ent.mentions.append(Span(a, b))
            made.append((a, b, ent))
            return True
    return False


def _named_before(a: int, agreed, made) -> bool:
    """An agreement is named before ``a`` (by a name rule or by a phrase of this module)."""
    return any(s < a for s, _, _ in agreed) or any(
        s < a and str(ent.cls).endswith("Agreement") for s, _, ent in made)


def _subject_of(text: str, e: int, a: int) -> bool:
    """The name ending at ``e`` is the subject of the verb right before the phrase at ``a``
    ("X completed the acquisition of")."""
    return bool(re.fullmatch(r"\s*(?:has\s+|have\s+|had\s+)?(?:officially\s+|successfully\s+)?"
                             r"[a-z]+ed\s+the\s+", text[e:a]))


def _roles(ent, text, sents, a, b, within, kinds) -> None:
    """Who held the event ("X held the ... ceremony": organiser) and who met ("a discussion
    with Y": participants), from the clause around the phrase."""
    ss, se = sents.bounds(a)
    ss, se = max(ss, a - 600), min(se, b + 600)
    span = Span(ss, max(se, b))
    cls = str(ent.cls).rsplit("#", 1)[-1]
    for s, e, other in within(ss, a):
        k = kinds.get(id(other))
        if k not in ("org", "person") or e > a:
            continue
        if _HELD_BY.fullmatch(text, e, a):
            pred = NFO.participant if cls == "Meeting" else NFO.organizedBy
            ent.add(pred, other.iri, span, "event:noun-held-by")
        elif cls == "Meeting" and not re.search(r"[.;]", text[e:a]):
            ent.add(NFO.participant, other.iri, span, "event:noun-participant")
    for s, e, other in within(a, b):
        k = kinds.get(id(other))
        if cls == "Meeting" and k in ("org", "person"):
            ent.add(NFO.participant, other.iri, span, "event:noun-participant")
        elif k in ("project", "product", "technology") and a <= s and e <= b:
            ent.add(NFO.about, other.iri, span, "event:noun-about")


def _outside_appositions(text: str, names: list) -> list:
    """The names of a list that are not inside an apposition of the one before ("A, the Guangxi
    unit of B, and C": A and C): an apposition opens with ", the/a/an" and closes at "and"."""
    out, inside = names[:1], False
    for prev, x in zip(names, names[1:]):
        gap = text[prev[1]:x[0]]
        if re.search(r"\band\b", gap):
            inside = False
        elif re.match(r",\s+(?:the|a|an)\s+", gap):
            inside = True
        if not inside:
            out.append(x)
    return out

