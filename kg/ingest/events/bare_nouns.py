"""Events, agreements and documents a text names only by a common noun, which no name rule and
no phrase rule read: "the talks were held in X from Monday to Wednesday", "A and B held talks",
"a supply agreement for 2027 was signed by ...", "the two companies signed a three-year supply
contract in March", "according to the first-instance judgment", "will publish a report on
costs", "launched an anti-dumping investigation into ...".

One mechanism for every such noun (``data/bare-nouns.txt``: a head noun, its class, and the
verbs that make it happen): the phrase is the head with its determiner and the modifiers before
it ("a five-year strategic cooperation framework agreement", "a third round of talks"), and it
counts when one of its verbs stands right before it ("signed a ... contract",
"held talks") or after it, with or without "was/were" ("the talks were held", "the contract was
signed", "the talks ended"), or when a preposition says it took place or is in force ("at the
talks", "under the deal", "according to the judgment"). The next word may not go on with a
noun ("the contract price", "the talks team": another thing). A phrase a name or another rule
already covers is left to it.

One entity per chain: a later "the <head>" (any head of the same group: "the deal" after "a
supply agreement") within ``_BACK`` characters is a mention of the same entity, unless it is
introduced anew ("a", or modifiers of its own). An event "the <head>" that another rule's event
may stand for is left to :mod:`kg.ingest.events.anaphora`.

Its label names it as a curator would: the phrase, then who (the parties of an agreement, the
participants of talks, the issuer of a document), else where ("in Shanghai"), else the
article's title. Parties and participants: the organisations of the subject ("A and B signed",
"A held talks with B"), those after "with"/"between", and for "the two companies/sides/parties"
the two organisations named last before it. A judgment is issued by the court named last
before it. Rule ``event:bare-noun`` (0.5); dates, venues and speakers are read later by the
rules that read any event's or agreement's clause."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.events.happening_checks import (NONE, before_agent, figurative, keep_lead,
                                               of_the_title, same_thing, unbuilt_collapse)
from kg.ingest.events.noun_table import DATED_AFTER, dated_after, rows as _rows
from kg.ingest.events.short_titles import short_title as _short_title
from kg.ingest.events.bare_noun_roles import (ABOUT_GROUPS as _ABOUT_GROUPS, BACK as _BACK,
                                              CONFIDENCE, EVENT_CLASSES as _EVENT_CLASSES,
                                              COURT as _COURT, RULE,
                                              court_before as _court_before,
                                              role as _role, who as _who)
from kg.ingest.lexicon import alternation, words
from kg.ingest.model import Entity, Span
from kg.ingest.events.factored_heads import factored
from kg.ingest.reading.caseless import lowered
from kg.ingest.reading.sentences import Sentences
from kg.ingest.terms import NFO
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, may_set_mood, mood
from kg.ingest.relations.referents import lead_company
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.span_order import spans_by_start

# words that end the modifiers going back from the head (they belong to the clause)
_FUNC = frozenset((
    "a an the this that these those its their his her our my your of for on in at to by with "
    "from and or but as into under over after before during between among about than which who "
    "whom whose was were is are be been being has have had will would shall should can could "
    "may might must not also then it they we he she there here such said same other another "
    "according following ahead per via where when while whereas if because although though "
    "until once so whether unless "
    # a verb of saying: "The union added talks with the owner broke down" (no "union added talks")
    "says told tells added adds noted notes stated states").split())
_DETS = {"a", "an", "the", "this", "that", "its", "their", "his", "her"}
# a modifier: a lower-case word, a figure, "three-year", "2027", "first-instance"
_MOD = re.compile(r"[a-z0-9][\w\-]*|\d[\d.,]*%?")
# words after the head that still end the phrase (anything else lower case goes on with a noun)
_FOLLOW = frozenset((
    "for on of with between in at by from to was were is are has have had will would could "
    "should may might must that which who and or worth under covering last this next earlier "
    "later on took takes also as after before since until when while where whose said reached "
    "expires runs ran the a an its their it they he she we into over against regarding "
    "concerning near amid outside inside across throughout along").split())
_WORD_AFTER = re.compile(r"\s*(?P<w>[A-Za-z][\w\-]*)?")
# a preposition that says it took place or is in force: "at the talks", "under the deal"
# (an event: "at / during / after the talks"; a document: "under / according to the deal",
# the leads of data/framework-leads.txt, or "in")
_PREP_EVENT = re.compile(r"\b(?:[Aa]t|[Dd]uring|[Aa]fter|[Ff]ollowing|[Bb]efore|[Aa]head\s+of|"
                         r"[Ss]ince|[Aa]mid|[Dd]espite|[Dd]ue\s+to|[Bb]ecause\s+of|[Ii]n\s+the\s+wake\s+"
                         r"of|[Ii]n)\s+$")
_PREP_DOCUMENT = re.compile(r"\b(?:(?i:" + alternation("framework-leads") + r")|[Ii]n)\s+$")
# the kind of entity (kinds.kind_of) another rule gives a thing of each class
_KIND = {**{c: "event" for c in _EVENT_CLASSES},
         "Agreement": "agreement", "PolicyDocument": "policy", "Report": "policy"}
# (possessive: "the talks also also ... in X" would else try every split between the two _ADV)
_ADV = r"(?:(?:also|jointly|formally|officially|successfully|finally|then|recently|already|" \
       r"eventually|first|later|earlier|previously|duly|originally)\s+)*+"
_AUX = r"(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|be|been|has|" \
       r"have|had)\s+)?"
# a short tail the phrase keeps for its label: "for 2027", "into X" (not past a cell's "|"; a
# company's legal form goes on with it: "talks between A Co., Ltd. and B Co., Ltd."; "between"
# and a day is no tail: "its meeting between 22 and 24 June")
_TAIL = re.compile(r"\s+(?P<tail>(?:for|on(?!\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                   r"Saturday|Sunday|January|February|March|April|May|June|July|August|September|"
                   r"October|November|December|the\s+\d|\d))|into|over|against|regarding|concerning|"
                   r"between(?!\s+(?:the\s+)?(?:\d|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|"
                   r"February|March|April|May|June|July|August|September|October|November|December)\b))|"
                   r"with)\s+(?:[^,.;:()\n|\t]|,(?=[ \t]*Ltd\b)|(?<=\bCo)\.|(?<=\bLtd)\.){2,80}?(?<!\sof)(?<!\sthe)(?<!\sa)(?<!\sand)(?<!\sto))(?=\s*[,.;:()\n|\t]|\s*$|\s+(?:was|were|is|are|has|have|had|"
                   r"will|would|that|which|who|at|last|this|next|from|by)\b|\s+on\s+(?:Monday|Tuesday|"
                   r"Wednesday|Thursday|Friday|Saturday|Sunday|the\s+\d|[0-3]?\d(?:st|nd|rd|th)?\b|[A-Z])|"
                   r"\s+in\s+(?:(?:19|20)\d\d|[A-Z]))")
_TAIL_EVENT = re.compile(_TAIL.pattern.replace("(?:for|on(?!", "(?:for|of|by(?!\\s+(?:the\\s+(?:end|middle|start)\\b|"  # "by X", "of X"
                                               "[A-Z][a-z]+\\s+\\d|\\d|(?:mid|early|late|then|now|next|this)\\b))|on(?!", 1))
# the court's own verb right after its name: "The X Court ruled / has ruled / found"
_RULED = re.compile(r"\s+(?:has\s+|had\s+)?(?:on\s+\w+\s+)?(?P<v>ruled|decided|sentenced|ordered|"
                    r"found|dismissed|rejected|upheld)\b")
_ROUND = re.compile(r"\b(?:rounds?|series|number|couple|set)\s+of\s+$")
# what may be named inside the phrase and stay a mention of its own ("alumina supply contract")
_INSIDE_OK = {"metal", "field", "product", "place", "org", "technology"}
# a place or site the verb may follow ("a fire at the Xinfeng plant broke out", "a launch
# event in Shanghai attended by ..."): at most five capitalised words, one comma
_PLACE = (r"(?:\s+(?:in|at|near|on|during)\s+(?:(?:the|a|an|its|their|one\s+of\s+(?:the|its|their))"
          r"\s+)?[\w'’\-]+(?:\s+(?!(?:was|were|is|are|has|had|have)\b)(?:(?:Ltd|Co|Corp|Inc)\.,?|[\w'’\-]+)){0,4}?"
          r"(?:,\s+[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3})?){0,2}")
# an apposition between the head and its verb: "The strike, the second this year, began"
_APPOSITION = r"(?:,\s+(?:the|a|an|its|their|with|including|led\s+by|chaired\s+by|worth)\s(?:[^,.;:()\n]|\n(?![ \t]*\n)){1,50},)?"
# an application's step, from its verb
_STEP = {"accepted": "Acceptance of", "approved": "Approval of", "registered": "Registration of",
         "rejected": "Rejection of", "filed": "Filing of", "submitted": "Filing of",
         "lodged": "Filing of", "withdrew": "Withdrawal of", "withdrawn": "Withdrawal of"}
# what makes an accident's noun a figure of speech: "a flood of imports", "a collapse in prices"
_FIGURE = re.compile(r"\s+(?:of\b|in\s+(?!(?:the|a|an|its|their|one|two|three|No)\b)[a-z])")
# a possessive before the phrase: "Andes Zinc's annual general meeting" (its owner, a name)
_POSS = re.compile(r"['’]s$")
# "... at / of / in X" right after a happening: the organisation it hit ("a fire at X's
# smelter", "a strike at X", "an explosion in a workshop of X")
_AT_STRETCH = re.compile(r"(?:\s+[^,.;:()\n]{0,40}?)?\s+((?:at|in|on)\s+(?:the|a|an|its|their|one\s+of\s+"
                         r"(?:the|its|their)|(?!(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday)\b)[A-Z][\w'’\-]+)\s+(?!\d)[^,.;:()\n]{2,50}?)"
                         r"(?=\s*[,.;:()\n]|\s+(?:on|in|was|were|is|are|has|had|have|and|that|"
                         r"which|who|killing|injuring|leaving|after|before|when|while|killed|injured|left|hit|"
                         r"struck|forced|caused|led|occurred|happened|broke|last|next|this|yesterday|today)\b)")
_AT_ORG = re.compile(r"\s+(?:at|of|in|on|hit|hitting|struck|affecting)\s+[^,.;:()\n]{0,80}$")


_SCAN = ("kg.ingest.events.bare_nouns", "noun_pattern")


def noun_pattern():
    """The bare nouns' pattern, read in lower case (kg/ingest/reading/scans_ahead.py)."""
    return _table()[0]


@lru_cache(maxsize=1)
def _table():
    """(heads regex, per row: (group, class, head regex, verbs before, verbs after, flags))"""
    rows, heads = [], []
    for line in _rows():
        group, cls, head, verbs, *flags = re.split(r"\s{2,}", line)
        heads.append(head)
        before = re.compile(rf"\b(?:{verbs})\s+{_ADV}$", re.I)
        after = re.compile(rf"{_PLACE}{_APPOSITION}\s+{_ADV}{_AUX}{_ADV}(?:{verbs})\b", re.I)
        rows.append((group, cls, re.compile(rf"(?:{head})$", re.I), before, after,
                     frozenset(flags[0].split(",")) if flags else frozenset()))
    rx = re.compile(rf"(?<![\w\-]){factored(heads)}(?![\w\-])")     # (in lower case)
    return rx, tuple(rows)


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    """Any verb of the table: it ends the modifiers going back ("held talks")."""
    verbs = sorted({re.split(r"\s{2,}", line)[3] for line in _rows()})
    return re.compile("|".join(f"(?:{v})" for v in verbs))


def _phrase_start(text: str, h: int) -> tuple[int, str | None, bool]:
    """Where the phrase before the head at ``h`` starts, its determiner (lower case) or None,
    and whether it has modifiers of its own."""
    pos, mods = h, False
    for _ in range(6):
        m = re.search(r"(?:^|(?<=\s))(\S+)\s+$", text[max(0, pos - 40):pos])
        if m is None:
            break
        word = m.group(1)
        start = pos - len(text[max(0, pos - 40):pos]) + m.start(1)
        low = word.lower()
        if low in _DETS or low in NONE:
            return start, low, mods
        if low in _FUNC or not _MOD.fullmatch(word) or _verbs().fullmatch(low):
            break
        pos, mods = start, True
    return pos, None, mods


def propose(draft, spans_of, minter, kind_of, sents: Sentences | None = None) -> list:
    """Add the events, agreements and documents named only by a common noun to the draft and
    to ``spans_of``; returns the new entities."""
    text = draft.text
    sents = sents or Sentences(text)
    rx, rows = _table()
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    within = overlapping(spans, starts)
    kinds = {id(e): kind_of(e.cls) for _, _, e in spans}
    lead_co = lead_company(text, spans_of, lambda x: kinds.get(id(x)) or kind_of(x.cls))  # once

    def orgs_in(a: int, b: int):
        return sorted((x for x in within(a, b) if a <= x[0] and x[1] <= b
                       and kinds.get(id(x[2])) == "org"), key=lambda x: x[0])

    made: list = []
    reach = 0       # where the last new phrase ends ("the final of the skills contest": one)
    last: dict[str, tuple[int, Entity]] = {}    # group -> (where, entity) of its chain
    # (in lower case: reading/caseless.py; maybe read ahead: reading/scans_ahead.py)
    for m in scans_ahead.finditer(rx, text, _SCAN):
        hs, he = m.span()
        if hs < reach:
            continue
        if text[hs].isupper() and not re.search(r"(?:^|[.!?:;\n\u201c\"]|--)\s*$",
                                                text[max(0, hs - 4):hs]):
            continue        # "Smelter Starts Trial Production": a headline's or a name's word
        noun = m.group(0)      # (the row whose head it is: the first whose pattern matches)
        row = next((r for r in rows if r[2].search(noun)), None)
        if row is None:
            continue
        group, cls, _, before, after, flags = row
        w = _WORD_AFTER.match(text, he)
        nxt = w.group("w") if w else None
        tail = (_TAIL_EVENT if cls in _EVENT_CLASSES else _TAIL).match(text, he)
        end = tail.end("tail") if tail else he
        for x in within(end - 1, end) if tail is not None else ():
            end = max(end, x[1])   # "into X Co., Ltd.": the tail ends with the name it holds
        end = before_agent(text, tail.start("tail"), end) if tail else end  # (not "owned | by")
        trig_after = after.match(text, end) or after.match(text, he)
        if trig_after is None and tail is not None:
            # "talks between A and B broke down on Friday": the verb inside the tail ends it
            trig_after = after.search(text, he, end)
            if trig_after is not None:
                end = trig_after.start()
        if nxt and nxt[:1].islower() and nxt.lower() not in _FOLLOW and not nxt.endswith("ed") \
                and not trig_after:
            continue        # "the contract price", "talks team": a noun goes on
        if "literal" in flags and _FIGURE.match(text, he):
            continue        # "a flood of imports", "a collapse in prices": a figure of speech
        a, det, mods = _phrase_start(text, hs)
        if det in NONE or "indef" in flags and det not in ("a", "an", None):
            continue        # "held no talks", "signed any contract": none, or any one
        r = _ROUND.search(text, max(0, a - 20), a) if det is None else None
        if r is not None:
            # "held a third round of talks": the phrase runs back over "a third round of"
            a, det, mods = _phrase_start(text, r.start())
        owner = _owner(text, within, kinds, a) if det is None else None
        if any(s < a or e > he or s < he and hs < e and kinds.get(id(x)) not in _INSIDE_OK
               for s, e, x in within(a, he)):
            continue        # a name or another rule's phrase holds it (a metal inside stays)
        if owner is not None:
            det = "poss"    # "Andes Zinc's annual general meeting": its owner names it
        plural = m.group(0).lower().endswith("s") and not m.group(0).lower().endswith("ss")
        if det is None and not (plural and "plural" in flags or "mass" in flags and not plural
                                and (trig_after or before.search(text, max(0, a - 60), a))
                                or "dated" in flags and not plural and _bare_dated(
                                    text, a, hs, end, he, owner, before, sents)):
            continue        # "signed contract", "accidents occurred": a singular needs its
            # article, and a bare plural is a generic statement unless the noun is always plural
            # (a step named with its date: "on-site check on 24 November")
        pre = text[max(0, (owner[0] if owner else a) - 60):owner[0] if owner else a]
        trig_before = before.search(pre)
        preps = _PREP_EVENT if cls in _EVENT_CLASSES else _PREP_DOCUMENT
        prep = (det in ("the", "this", "its", "their", "his", "her", "poss") or det in ("a", "an")
                and cls in _EVENT_CLASSES) and "noprep" not in flags and preps.search(pre)
        key = group if "self" not in flags else group + " ".join(m.group(0).lower().split())
        chain = last.get(key)
        if "new" in flags and det in ("the", "this", "that") and not _own_mods(text, a, hs) \
                and tail is None \
                and any(kinds.get(id(x[2])) == "event" for x in within(max(0, a - _BACK), a)):
            continue        # "the two-day summit": the one named before (events/anaphora.py)
        if (det in ("the", "this", "that") or det is None and "mass" in flags) and not mods \
                and chain and hs - chain[0] <= _BACK and "nochain" not in flags \
                and same_thing(text[he:end] if tail else "", chain[1]):
            ent = chain[1]      # "the deal" after "a supply agreement": the same one
            at = a + len(det) + 1 if det else a
            ent.mentions.append(Span(at, he))
            made.append((at, he, ent))
            last[key] = (hs, ent)
            continue
        if not (trig_before or trig_after or prep or cls in _EVENT_CLASSES and dated_after(
                text, end, he, mods or tail or det not in ("the", "this", "that"), sents.bounds(hs)[0], a)):
            continue
        if "titled" in flags and of_the_title(getattr(draft, "title", None), text, a, hs, noun):
            continue        # "will hold a two-day course" under a headline of the course
        if _no_happening(text, sents, within, kinds, group, a, hs, he):
            continue        # "a great deal of", "made a judgment that", "a lunar probe"
        if det in ("the", "this", "that") and not mods and any(
                kinds.get(id(x[2])) == _KIND[cls] for x in within(max(0, a - _BACK), a)):
            continue        # "signed the agreement" after one is named: that one
        ss, se = sents.bounds(hs)
        if cls in _EVENT_CLASSES and any(kinds.get(id(x[2])) == "event" and not re.search(
                r"\b(?:said|says|told|announced|added)\b", text[x[1]:a]) for x in within(ss, a)):
            continue        # "attended the ceremony and held talks" (not what X "said" there)
        if cls in _EVENT_CLASSES and may_set_mood(text, ss, se) and mood(
                text, a, he, ss, se) in (NEGATED, CONDITIONAL):
            continue        # "X denied that an explosion happened", "if a strike goes ahead"
        who, by = _who(text, sents, within, kinds, orgs_in, ss, se, a, end, trig_before, pre)
        if owner is not None and all(owner[2].iri != x[2].iri for x in who):
            who.insert(0, owner)
        if group in _ABOUT_GROUPS and not who:
            who = _hit(text, within, kinds, end, se) or (
                _hit(text, within, kinds, trig_after.end(), se) if trig_after else [])
        if group == "board" and tail is not None and not who:
            who = orgs_in(he, end)[:1]      # "the board of directors of X approved"
        lead = None
        at = _AT_STRETCH.match(text, he) or (_AT_STRETCH.match(text, trig_after.end())
                                             if trig_after is not None else None)
        if (not who or group == "application") and group in _ABOUT_GROUPS | {
                "listing", "application", "board"} and not (
                at and re.match(r"\w+\s+(?:an?|one\s+of\s+the)\s", at.group(1))):
            # "Workers staged a protest outside the plant": the company the article is about
            lead = lead_co      # (found once above: a sort of every span)
            lead = keep_lead(lead, group, _ABOUT_GROUPS, at, kinds, within, ss, se)
        if lead is None and not who and det in ("its", "a", "an") and cls in _EVENT_CLASSES:
            named = sorted(within(ss, a), key=lambda x: x[1])
            if named and kinds.get(id(named[-1][2])) == "org" and named[-1][1] <= a \
                    and ((v := _VERB_OF_ITS.match(text, named[-1][1])) is not None
                         and v.end() == a and det == "its"
                         or det != "its" and _HOLDS_ONE.fullmatch(text, named[-1][1], a)):
                # ("X will hold a shareholders' meeting next Monday": X's too)
                lead = named[-1][2]     # "X will hold its shareholders meeting": X's (not the
                #                         article's title as its tail; not "Q: A, X: the DRC
                #                         lifted its export ban": the last name is the DRC)
        if lead is None and not who and det == "its" and cls in _EVENT_CLASSES \
                and a == ss and text[a:a + 3] == "Its" and ss > 1 \
                and "\n\n" not in text[max(0, ss - 3):ss]:
            # "X cut output. Its board meeting was rescheduled ...": a sentence-opening "Its" is
            # the subject of the sentence before (its first organisation, same paragraph)
            ps = sents.bounds(ss - 2)[0]
            first = min((x for x in within(ps, ss - 1) if ps <= x[0]
                         and kinds.get(id(x[2])) == "org"), key=lambda x: x[0], default=None)
            if first is not None and first[0] == ps:
                lead = first[2]
        if lead is None and not who and cls in _EVENT_CLASSES and lead_co is not None \
                and _COMPANY_HELD.search(text, max(ss, a - 60), a):
            lead = lead_co              # "the company held a safety meeting": the company the
            #                             article is about (its label only)
        phrase = " ".join(text[a:end].split())
        if det in _DETS and phrase.lower().startswith(det + " "):
            phrase = phrase[len(det) + 1:]
        phrase = phrase[:1].upper() + phrase[1:]
        label = _label(text, phrase, cls, who, within, kinds, ss, se, draft.title, hs,
                       " at " if group in _ABOUT_GROUPS else " of ", tail is not None, at, lead)
        if group == "board" and (who or lead or owner):
            # "its board approved ...": a meeting of the board of the company it names
            org = (owner or (who[0] if who else None) or (0, 0, lead))[2]
            label = f"Board meeting of {org.label}"
            if not who:
                who = [owner or (0, 0, org)]
        if group == "application":
            # "X accepted its application": "Acceptance of the application of Y by X" (no verb)
            step = (t := trig_before or trig_after) and _STEP.get(t.group(0).split()[-1].lower(), "Decision on")
            label = " ".join(filter(None, (
                step, "the" if step and det in _DETS | {"poss"} else "",
                phrase[:1].lower() + phrase[1:] if step else phrase, f"of {lead.label}" if lead
                and lead not in [x[2] for x in who] else "", "by " + " and ".join(
                    x[2].label for x in who[:2]) if who else "")))
        ent = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
        ent.aliases.add(" ".join(text[a:he].split()).removeprefix(det + " " if det else ""))
        ent.aliases.discard(label)
        draft.entities[ent.iri] = ent
        span_a = a if det in (None, "poss") else a + len(det) + 1
        ent.mentions.append(Span(span_a, he))
        made.append((span_a, he, ent))
        last[key], reach = (hs, ent), end
        clause = Span(min(ss, a), max(se, end))
        pred = _role(cls, group, trig_before, owner)
        for _, _, org in who:
            if pred is not None:
                ent.add(pred, org.iri, clause, by)
        if lead is not None and all(lead is not x[2] for x in who):
            # (its evidence: the phrase and its verb, so that the mood of that clause is read:
            # "X denied that an explosion happened at its smelter" states none)
            own = Span(span_a, max(end, trig_after.end() if trig_after is not None else end))
            ent.add(NFO.about if group in _ABOUT_GROUPS else NFO.participant, lead.iri, own,
                    RULE + "-lead@0.4")
        if cls == "PolicyDocument":
            court = _court_before(within, kinds, hs)
            if court is not None:
                ent.add(NFO.issuedBy, court[2].iri, Span(court[0], max(se, end)), RULE + "-court")
                ruled = _RULED.match(text, court[1])
                if ruled is not None:
                    # "The X Court ruled on the 12th that ...": the judgment (its clause's day)
                    ent.mentions.insert(0, Span(*ruled.span("v")))
                    made.append((*ruled.span("v"), ent))
    spans_of.extend(made)
    return [e for _, _, e in made]


def _no_happening(text, sents, within, kinds, group, a, hs, he) -> bool:
    """What the phrase's verb does not make happen: "reached a great deal of consensus" (a
    quantity), "made a judgment that" with no court named before it or in its sentence (an
    opinion), "launched a lunar probe" (a probe is opened into, against or over something)."""
    phrase = " ".join(text[a:he].lower().split())
    if group == "incident" and (unbuilt_collapse(text, sents, phrase, hs) or figurative(
            text, a, hs, he)):      # "a political earthquake", "an explosion in EV demand"
        return True         # "Prices suffered a collapse in 2015"
    if group == "agreement" and re.fullmatch(r"(?:an?\s+)?(?:great|good)\s+deal", phrase) \
            and re.match(r"\s+of\b", text[he:he + 5]):
        return True
    ss, se = sents.bounds(hs)
    if group == "judgment" and _court_before(within, kinds, hs) is None and not any(
            kinds.get(id(x[2])) == "org" and _COURT.search(x[2].label) for x in within(he, se)):
        return True
    return phrase.endswith("probe") and not re.search(r"\b(?:into|against|over)\b",
                                                      text[he:min(se, he + 80)])


def _owner(text, within, kinds, a: int):
    """The organisation whose name ends in "'s" right before ``a`` ("Andes Zinc's annual
    general meeting"), as (start, end, entity), or None."""
    m = _POSS.search(text, max(0, a - 3), a - 1) if a > 2 and text[a - 1] == " " else None
    if m is None:
        return None
    return next((x for x in within(m.start() - 1, m.start()) if x[1] == m.start()
                 and kinds.get(id(x[2])) == "org"), None)


def _own_mods(text: str, a: int, hs: int) -> bool:
    """Whether the modifiers before the head say which one it is ("the 2026 summit", "the
    next summit": one still to come, never the one told of before), not how long or which of
    a series ("the two-day summit", "the annual meeting")."""
    return any(not re.fullmatch(r"(?:\w+|half)-(?:day|week|month)|first|second|third|last|"
                                r"same|annual|recent|latest|upcoming|main|whole", w, re.I)
               for w in text[a:hs].split()[1:])


def _hit(text, within, kinds, end: int, se: int) -> list:
    """The organisation right after "at / of / in" that follows an accident, a shutdown or a
    strike, in its clause: what it hit."""
    for x in sorted(within(end, min(se, end + 100)), key=lambda x: x[0]):
        if x[0] >= end and kinds.get(id(x[2])) == "org":
            return [x] if _AT_ORG.match(text[end:x[0]]) else []
    return []


# what stands between an organisation and "its" when the organisation is the subject of the
# verb: a few lower-case words ("X will hold its", "X plans to convene its")
# "X will hold a", "X held an", "X on Monday convened a": the subject that holds the event
_HOLDS_ONE = re.compile(r"[ \t\n]+(?:(?:will|also|plans[ \t\n]+to|is[ \t\n]+to|on[ \t\n]+[A-Z][a-z]+day)"
                        r"[ \t\n]+)*(?:held|convened|hosted|hold|convene|host)[ \t\n]+")
_VERB_OF_ITS = re.compile(r"[ \t\n]+(?:[a-z]+[ \t\n]+){1,4}(?=its[ \t\n])")
# before a bare phrase: a word of its own noun phrase ("the SMM imported lead concentrate
# assessment"), not a bracket or a clause's start
_NP_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|their)|[A-Z][\w\-]*|\d[\w.\-]*)[ \t]+$")


def _bare_dated(text: str, a: int, hs: int, end: int, he: int, owner, before, sents) -> bool:
    """A bare singular of a family flagged "dated" is a step when a date follows it on its line
    ("(on-site check on 24 November)", "re-acceptance in the second quarter of 2027"): in
    lower case, with no owner, no verb of its family before it ("passed acceptance on ...":
    the verb's rule), and no word of a longer noun phrase before it."""
    if owner is not None or not text[hs].islower() or _NP_BEFORE.search(text, max(0, a - 30), a) \
            or before.search(text, max(0, a - 60), a):
        return False
    nl = text.find("\n", end, end + 60)
    m = DATED_AFTER.match(text, end)
    return m is not None and (nl == -1 or nl >= m.end()) and \
        dated_after(text, end, he, True, sents.bounds(hs)[0], a)


# "the company held a", "The Company will convene its": the company the article is about as the
# subject of the verb that holds an event named by its noun
# ("it will hold a board meeting" too: "it" in an article about one company is the company)
_COMPANY_HELD = re.compile(r"(?<![\w-])(?:[Tt]he[ \t\n]+(?:[Cc]ompany|[Gg]roup)|[Ii]t)[ \t\n]+(?:also[ \t\n]+)?"
                           r"(?:held|convened|hosted|organi[sz]ed|will[ \t\n]+(?:hold|convene|host)|"
                           r"plans[ \t\n]+to[ \t\n]+(?:hold|convene|host))[ \t\n]+"
                           r"(?:(?:a|an|its|the)[ \t\n]+)?\Z")


def _label(text, phrase, cls, who, within, kinds, ss, se, title, hs, of=" of ",
           has_tail=False, at=None, lead=None) -> str:
    """How a curator names it: the phrase, then who, else where, else the article's title (not
    when the phrase says it is another of its kind: "Previous forum")."""
    names = []
    for _, _, org in who:
        if org.label not in names:
            names.append(org.label)
    if cls == "PolicyDocument":
        court = _court_before(within, kinds, hs)
        if court is not None:
            return f"{phrase} of {court[2].label}"
    if names:
        joiner = " between " if cls == "Meeting" and len(names) > 1 else of
        return phrase + joiner + " and ".join(names[:3])
    place = next((x for x in sorted(within(ss, se), key=lambda x: x[0])
                  if kinds.get(id(x[2])) == "place" and x[0] > hs), None)
    if place and cls in _EVENT_CLASSES and (at is None or place[0] < at.end(1)) \
            and place[2].label.lower() not in phrase.lower():
        return f"{phrase} in {place[2].label}"  # (not "Overhaul of its No. 2 roaster in No. 2
        #                                          roaster": the phrase names it already)
    if has_tail:
        return phrase       # "Talks between the union and X": it says which
    if at is not None and cls in _EVENT_CLASSES:
        b = max([at.end(1)] + [x[1] for x in within(at.end(1) - 1, at.end(1))])
        # "Fire at the plant's roaster", "... of X Co., Ltd." (to the end of the name it holds)
        return phrase + " " + " ".join(text[at.start(1):b].split())
    if lead is not None:
        return phrase + of + lead.label     # ("Strike at X" in an article about X)
    if phrase.split()[0].lower() in words("other-instance-words"):
        return phrase       # "the previous forum": another than the title's
    return f"{phrase}: {_short_title(title)}"       # (else the title's first sentence)
