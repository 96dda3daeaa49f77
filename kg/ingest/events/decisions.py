"""Documents a text names by their kind, in lower case: "X issued the penalty decision on May
28", "an administrative penalty decision issued by X against Y", "In a preliminary ruling
announced on 28 August, the ministry found ...", "the prospectus, dated April 28, was posted
...", "according to its annual report", "MOFCOM issues preliminary ruling".

One mechanism for every kind (``data/document-nouns.txt``: the head noun, its class, and whether
the noun alone names one document, or names a company's filing). The phrase is the head with
the lower-case words before it ("preliminary ruling", "2025 annual report") and its determiner
or owner ("its", "X's"). It counts when a verb of issuing stands right before it ("issued a
..."), or right after it as a participle ("a ruling announced on", "the notice, issued by X",
"the prospectus, dated April 28"), or a preposition says it is in force or quoted ("in a ruling
...", "according to its annual report", "under the decision"). Words joined
by "and" qualify the head ("the 2025 standard formulation and revision plan"). A phrase with no
word that says which document (only "a notice", "the plan") needs a verb and an issuer; a verb
of applying ("our company will apply the orderly power use plan below", "shall implement the
X rules") says a document that exists, whatever its tense (round 25); "the
<head>" with no such word after a document the text named before is that one, not a new one; a
phrase a name covers is left to the name; a future ("will issue a notice") is no document yet.

Its issuer: the organisation after "by" ("issued by X", "a report by X"), else its owner ("X's
prospectus"; "its": the first organisation of the sentence), else the subject right before the
verb ("The X Bureau issued"), else the subject after an opening phrase ("In a ruling announced
on May 5, the ministry found"), else the organisation a relative clause names ("the implementing rules of the "X"
programme, which the Y Committee issued in 2024"; the rules implement X), else "our company"
/ "this office" before a verb of applying: the letterhead's organisation, else the organisation
after "of" when a word says which document
("under the 2027 maintenance plan of X Co., Ltd."; with an issuer named otherwise, the
document is about that organisation: "the court approved the restructuring plan of X"); "the
ministry", "the exchange" stand for the last organisation named before whose name holds that
word; a company's filing with none of these is the article's company's. An organisation
after "against"/"on"/"to" is what it applies to. The label names it by its issuer ("Penalty
decision of X"), or by what it is against ("Penalty decision on Y"), else by the article's
title; the phrase is an alias. A later "the <head>" is a mention of the same document. Rule
``document:issued-noun`` (0.5); its date is read later like any policy's (the clause's date;
"dated ..."). One regex pass over the heads; each head reads a bounded window: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.document_roles import _fits, _referents
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "document:issued-noun", 0.5
_BACK = 3000        # how far back "the <head>" looks for the document it refers to
# words that say nothing of which document it is
_EMPTY = frozenset(("new latest relevant related above said same first second third final "
                    "official formal written such further another other draft revised amended "
                    "full complete entire recent previous earlier").split())
# words that end the modifiers going back from the head (they belong to the clause)
_FUNC = frozenset((
    "a an the this that these those its their his her our of for on in at to by with from and "
    "or but as into under over after before during between among about than which who whom "
    "whose was were is are be been being has have had will would shall should can could may "
    "might must not also then it they we he she there here according per via said says told "
    "when while where if so").split())
_MOD = re.compile(r"[a-z0-9][a-z0-9\-]*")
_DETS = frozenset(("a", "an", "the", "this", "that", "its", "their", "his", "her"))
_REFER = frozenset(("the", "this", "that"))
# verbs of issuing, in the past (or a headline's present): what makes a document exist
_ISSUE = (r"issued|issues|released|releases|published|publishes|promulgated|promulgates|"
          r"handed\s+down|hands\s+down|imposed|imposes|delivered|served|announced|announces|"
          r"unveiled|unveils|adopted|adopts|approved|approves|filed|files|submitted|submits|"
          r"disclosed|discloses|posted|made\s+public|put\s+out|rolled\s+out|drew\s+up|"
          r"drawn\s+up|formulated|printed\s+and\s+distributed|sent|forwarded|rendered|renders|"
          r"revised|amended|dated")
_ADV = r"(?:(?:also|jointly|formally|officially|recently|publicly|first|then|later|finally)\s+)?"
_VERB_BEFORE = re.compile(rf"\b(?P<v>{_ISSUE})\s+{_ADV}$")
_FUTURE = re.compile(r"\b(?:will|would|shall|to|plans?|planning|expects?|expected|intends?|"
                     r"is\s+due|are\s+due|is\s+set|going)\s+(?:\w+\s+)?$", re.I)
# a participle after the phrase: "a ruling announced on", "the notice, issued by", "the
# prospectus, dated April 28", "the plan, which was approved in May"
# (its number in brackets may come between: "a results announcement (X [2026] No. 31) published")
_VERB_AFTER = re.compile(rf"(?:[ \t]*\([^()\n]{{1,60}}(?:\n[^()\n]{{1,40}})?\))?"
                         rf"(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has\s+been|"
                         rf"have\s+been|had\s+been)\s+)?{_ADV}(?P<v>{_ISSUE})"
                         r"(?=\s*(?:by|on|in|at|last|earlier|this|yesterday|today|with|under|to|"
                         r"for|from|after|before|[,.;:(]|$|[A-Z0-9]))")
# a verb of issuing negated: "has not filed", "never issued", "has yet to be published"
_IMPLEMENTING = re.compile(r"(?:[Ii]mplementing|[Ii]mplementation|[Dd]etailed)\s")
_OF_TARGET = re.compile(r"[ \t\n]+(?:of|for)[ \t\n]+(?:the[ \t\n]+)?")
# a relative clause after the phrase that names its issuer: '..., which the X Committee issued'
_WHICH = re.compile(r"[^.;:\n]{0,80}?,[ \t\n]+which[ \t\n]+")
_WHICH_VERB = re.compile(rf"[ \t\n]+(?:had[ \t\n]+|has[ \t\n]+)?{_ADV}(?:{_ISSUE})\b")
# verbs of applying a document that exists ("our company will apply the orderly power use plan
# below", "shall implement the emission rules"): a future tense says nothing of whether it exists
_APPLY = re.compile(r"\b(?P<v>apply|applies|applied|implement|implements|implemented|enforce|"
                    r"enforces|enforced|carry\s+out|carries\s+out|carried\s+out)\s+$")
# "our company", "our office" before such a verb: the text's own issuer (its letterhead)
_OUR = re.compile(r"\b(?:[Oo]ur|[Tt]his)\s+(?:company|office|center|centre|bureau|department|"
                  r"commission|group|corporation|administration|committee)\s+(?:(?:will|shall|"
                  r"is\s+to|are\s+to|to|must|has|have|had|also|then|now|hereby|strictly|"
                  r"fully|jointly)\s+){0,3}$")
_NEGATED = re.compile(r"\b(?:not|never|n['\u2019]t|no\s+longer|yet\s+to|failed\s+to|refused\s+to|"
                      r"declined\s+to)\s+(?:\w+\s+)?$", re.I)
# "an order for ten trucks", "an order of 500 tonnes", "orders worth $2 million": a purchase
_PURCHASE = re.compile(r"\s+(?:for|of|worth)\s+(?!(?:the|a|an)\s+(?:suspension|halt|closure|"
                       r"rectification)\b)", re.I)
_APPROVAL = re.compile(r"approved|approves|adopted|adopts|revised|amended|forwarded|sent")
_PREP = re.compile(r"\b(?:[Ii]n|[Uu]nder|[Aa]ccording\s+to|[Pp]ursuant\s+to|"
                   r"[Ii]n\s+line\s+with|"
                   r"[Aa]s\s+required\s+by|[Ff]ollowing|[Bb]ased\s+on|[Tt]hrough)\s+$")
_BY = re.compile(r"\s*,?\s+(?:(?:jointly|also)\s+)?(?:by|from)\s+(?:the\s+)?")
_OF_ISSUER = re.compile(r"\s+of\s+(?:the\s+)?(?=[A-Z])")
_AGAINST = re.compile(r"\s+(?:against|on|to)\s+(?:the\s+)?")
_AGAINST_FILING = re.compile(r"\s+(?:against|on)\s+(?:the\s+)?")     # ("filed ... to the exchange")
# a noun the head goes on with: "the notice board", "the plan targets", "a standard form"
_COMPOUND = re.compile(r"[ \t]+(?:board|boards|date|dates|period|system|number|numbers|details|"
                       r"template|form|forms|procedure|procedures|process|mechanism|management|"
                       r"fee|fees|deadline|requirements?|holders?|books?|cards?|lines?|party|"
                       r"parties|makers?|writers?|targets?|price|prices|size|value|quality|"
                       r"volume|letter|window|meeting|session|hearing|team|officials?)\b")
# "the national standard for X", "the notice on Y": a document of its own, not the one before
_COMPLEMENT = re.compile(r"[ \t\n]+(?:for|on|of|concerning|regarding|governing)[ \t\n]+(?:the\s+)?"
                         r"(?!(?:same|day|first|second|last)\b)(?P<w>[a-z0-9][\w\-]*)", re.I)
_POSS = re.compile(r"['\u2019]s\s+$")
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|had|have|also|then|later|formally|officially|jointly)\s+)*"
                          r"(?:on\s+[\w\s,]{1,25}?\s+)?$")
# "the ministry", "the exchange": an organisation named before, by a word of its name
_BODY = re.compile(r"[Tt]he\s+(?P<n>ministry|commission|bureau|administration|department|office|"
                   r"court|exchange|association|council|committee|government|company|group|"
                   r"agency|authority|regulator|centre|center|institute|branch|corporation|"
                   r"federation|board)\b")
# the subject after an opening phrase: "In a ruling announced on May 5, the ministry found"
_THE = re.compile(r"[Tt]he\s")
_AFTER_OPENING = re.compile(r"[^.;:]{0,120}?,\s+")
# what may stand before an opening phrase in its sentence: nothing, or a dateline ("Beijing, 9
# March 2027 -- ")
_OPENS = re.compile(r"\s*(?:[^\n.;]{0,80}?\s(?:--|\u2014|\u2013|-)\s*)?")


_SCAN = ("kg.ingest.events.decisions", "noun_pattern")


def noun_pattern():
    """The documents' nouns pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _table()[0]


@lru_cache(maxsize=None)
def _table() -> tuple[re.Pattern, dict[str, tuple[str, frozenset]]]:
    table = {}
    for line in lines("document-nouns"):
        head, cls, *flags = re.split(r"\s{2,}", line)
        table[" ".join(head.split())] = (cls, frozenset(flags[0].split(",")) if flags
                                         else frozenset())
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(table, key=len,
                                                                        reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alt})(?![\w\-])"), table


def _phrase_start(text: str, hs: int) -> tuple[int, int, str | None, int]:
    """(start of the words before the head, start with the determiner or owner, the determiner
    ("poss" for "X's") or None, how many of the words say which document)."""
    pos, said, prev = hs, 0, None
    for _ in range(7):
        m = re.search(r"(?:^|(?<=\s))(\S+)\s+$", text[max(0, pos - 40):pos])
        if m is None:
            break
        word = m.group(1)
        start = pos - len(text[max(0, pos - 40):pos]) + m.start(1)
        low = word.lower()
        if low in _DETS:
            return pos, start, low, said
        if low == "and" and prev is not None and prev != hs and _and_joins(text, start):
            pos, prev = start, None     # "the ... formulation and revision plan"
            continue
        if low in _FUNC or not _MOD.fullmatch(word) or re.fullmatch(_ISSUE, low):
            break
        pos, said, prev = start, said + (low not in _EMPTY), start
    if _POSS.search(text, max(0, pos - 3), pos):
        return pos, pos, "poss", said
    return pos, pos, None, said


def _and_joins(text: str, at: int) -> bool:
    """Whether the "and" at ``at`` joins two nouns that qualify the head ("the 2025 standard
    formulation and revision plan"): a word of the same kind before it, the phrase's
    determiner at most four words further back."""
    m = re.search(r"(?:^|(?<=\s))(\S+)\s+$", text[max(0, at - 40):at])
    if m is None or m.group(1).lower() in _FUNC or not _MOD.fullmatch(m.group(1)):
        return False
    back = text[max(0, at - 60):at].lower().split()[-5:]
    return any(w in _DETS for w in back[:-1])


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the documents named by their kind to the draft and to ``spans_of``."""
    text = draft.text
    rx, table = _table()
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    longest = max((b - a for a, b, _ in spans), default=0)
    orgs = sorted(((s, e, x) for s, e, x in spans if kind_of(x.cls) == "org"),
                  key=lambda x: x[1])
    org_ends = [x[1] for x in orgs]
    policies = [(s, ent) for s, _, ent in spans if kind_of(ent.cls) == "policy"]
    lead = []

    def org_at(p: int):
        """The organisation named at ``p`` (after "the"), or "the ministry" standing for one."""
        for q in (p, p + 4) if _THE.fullmatch(text, p, p + 4) else (p,):
            i = bisect.bisect_left(starts, q)
            while i < len(spans) and spans[i][0] == q:
                if kind_of(spans[i][2].cls) == "org":
                    return spans[i]
                i += 1
        m = _BODY.match(text, p - 4 if _THE.fullmatch(text, max(0, p - 4), p) else p)
        return _body(m, p) if m is not None else None

    def _body(m, p):
        """The organisation "the <noun>" at ``m`` stands for: the last one named before it whose
        name holds the noun."""
        noun = m.group("n").lower()
        i = bisect.bisect_right(org_ends, m.start()) - 1
        while i >= 0 and orgs[i][1] >= m.start() - _BACK:
            if noun in orgs[i][2].label.lower().split() or noun == "company" and str(
                    orgs[i][2].cls).endswith("#Company"):
                return (m.start(), m.end(), orgs[i][2])
            i -= 1
        return None

    def org_ending(p: int):
        """The organisation whose name ends right before ``p`` (or at ``p``)."""
        i = bisect.bisect_right(org_ends, p) - 1
        while i >= 0 and org_ends[i] >= p - 2:
            if orgs[i][1] <= p:
                return orgs[i]
            i -= 1
        return None

    def subject(verb_at: int):
        """The organisation named (or "the ministry" ...) right before the verb."""
        i = bisect.bisect_right(org_ends, verb_at) - 1
        while i >= 0 and orgs[i][1] >= verb_at - 200:
            if _SUBJECT_GAP.fullmatch(text, orgs[i][1], verb_at):
                return orgs[i]
            i -= 1
        m = re.search(r"[Tt]he\s+\w+(?:\s+\w+)?$", text[max(0, verb_at - 40):verb_at].rstrip())
        if m is not None:
            b = _BODY.match(text, max(0, verb_at - 40) + m.start())
            if b is not None and _SUBJECT_GAP.fullmatch(text, b.end(), verb_at):
                return _body(b, b.start())
        return None

    def sentence_start(p: int) -> int:
        return max(text.rfind(". ", max(0, p - 400), p) + 2, text.rfind("\n\n", max(0, p - 400),
                                                                         p) + 2, 0)

    made: list = []
    by_label: dict[str, Entity] = {}
    chain: dict[str, tuple[int, Entity]] = {}        # head noun -> (where, entity) named last
    for m in scans_ahead.finditer(rx, text, _SCAN):    # (rx.finditer(text), maybe done ahead)
        hs, he = m.span()
        head = " ".join(m.group(0).lower().split())
        if head not in table:
            continue
        cls, flags = table[head]
        last = head.split()[-1]
        a, at, det, said = _phrase_start(text, hs)
        lo = bisect.bisect_left(starts, at - longest)
        if any(s < he and at < e for s, e, _ in spans[lo:bisect.bisect_left(starts, he)]):
            continue        # a name covers it, or a metal inside: "the copper plan"
        if _COMPOUND.match(text, he):
            continue        # "the notice board", "a plan period": another thing
        if re.match(r"[ \t]+(?:[A-Z]|No\.|\[|\d)", text[he:he + 4]) and det != "poss":
            continue        # "the Notice on ...", "Order No. 5": a name's start, not this rule's
        np_ = " ".join(text[a:he].split())
        prior = chain.get(last)
        comp = _COMPLEMENT.match(text, he) if det in _REFER and not said else None
        if det in _REFER and not said:
            if prior is not None and hs - prior[0] <= _BACK and comp is None:
                ent = prior[1]
                ent.mentions.append(Span(a, he))
                made.append((a, he, ent))
                chain[last] = (hs, ent)
                continue    # "the ruling": the one named before
            want = _referents().get(last)
            if any(at - _BACK <= s < at and (last in ent.label.lower().split() or last.rstrip(
                    "s") in str(ent.cls).rsplit("#", 1)[-1].lower() or (
                    want is not None and _fits(ent, want))) and (
                    comp is None or comp.group("w").lower() in ent.label.lower())
                   for s, ent in policies):
                continue    # "the plan (for copper)" after a named "Action Plan for Copper ...";
                # "the rules" after the "Interim Regulations on ..." (data/document-referents)
                # (not "the national standard for X" after a standard for Y: another one)
        pre = text[max(0, at - 60):at]
        verb = _VERB_BEFORE.search(pre)
        if verb is not None and _FUTURE.search(pre[:verb.start()]):
            continue        # "will issue a notice": none yet
        if verb is not None and _NEGATED.search(pre[:verb.start()]):
            continue        # "has not filed its annual report": none
        if last == "order" and _PURCHASE.match(text, he):
            continue        # "sent an order for ten trucks": a purchase
        if verb is not None and det in _REFER and not said and _APPROVAL.fullmatch(
                verb.group("v")):
            verb = None     # "shareholders approved the annual report": one issued before
        after = _VERB_AFTER.match(text, he)
        prep = _PREP.search(pre) if det is not None else None
        applied = _APPLY.search(pre) if verb is None and det in ("the", "its", "their") \
            and said and cls not in ("Notice", "Report") else None
        if applied is not None and _NEGATED.search(pre[:applied.start()]):
            applied = None
        if verb is None and after is None and prep is None and applied is None:
            continue
        if det is None and (verb is None and not (after and "own" in flags)
                            or not said and "own" not in flags):
            continue        # "ruling party", "in order to", a headline's "approves plan": a word
        issuer = against = None
        by = _BY.match(text, after.end() if after is not None else he)
        if by is not None and (after is not None or prep is not None or verb is not None):
            issuer = org_at(by.end())   # ("approved a plan by X to expand": X's plan)
        of = _OF_ISSUER.match(text, he) if said and det is not None and by is None else None
        owner = org_at(of.end()) if of is not None else None    # "the 2027 plan of X Co., Ltd."
        if issuer is None and det == "poss":
            issuer = org_ending(at - 2) or org_ending(at - 3)
        if issuer is None and det in ("its", "their"):
            ss = sentence_start(at)
            first = [x for x in orgs if ss <= x[0] and x[1] <= at]
            issuer = min(first, key=lambda x: x[0]) if first else None
        if issuer is None and verb is not None:
            issuer = subject(max(0, at - 60) + verb.start())
        if issuer is None and prep is not None and _OPENS.fullmatch(
                text, sentence_start(at), max(0, at - 60) + prep.start()):
            # "In a preliminary ruling announced on 28 August, the ministry found"
            o = _AFTER_OPENING.match(text, he)
            if o is not None:
                issuer = org_at(o.end())
        if issuer is None and said:
            # 'the implementing rules of the "X" programme, which the Y Committee issued in 2024'
            wh = _WHICH.match(text, he)
            if wh is not None:
                got = org_at(wh.end())
                if got is not None and _WHICH_VERB.match(text, got[1]):
                    issuer = got
        if issuer is None and applied is not None:
            issuer = _our_issuer(text, pre[:applied.start()], spans)
        if issuer is None and owner is not None:
            issuer, owner = owner, None     # "under the 2027 maintenance plan of X": X's
        if issuer is None and "company" in flags:
            if not lead:
                lead.append(lead_company(text, spans_of, lambda x: kind_of(x.cls)))
            if lead[0] is not None:
                issuer = (hs, he, lead[0])
        ag = (_AGAINST_FILING if "company" in flags else _AGAINST).match(
            text, he if issuer is None or issuer[0] < he else issuer[1])
        if ag is not None:
            against = org_at(ag.end())
        if issuer is None and against is None and (
                not said and "own" not in flags or after is None and verb is None):
            continue        # "issued a notice": whose, the text does not say here
        if against is not None:
            label = f"{np_} on {against[2].label}"
        elif owner is not None and owner[2] is not None:
            label = f"{np_} of {owner[2].label}"    # (the court approved the plan of X)
        elif issuer is not None:
            label = f"{np_} of {issuer[2].label}"
        else:
            label = f"{np_}: {draft.title}"[:90] if draft.title else np_
        label = label[:1].upper() + label[1:]
        key = normalise_name(label)
        ent = by_label.get(key)
        if ent is None:
            ent = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
            ent.aliases.add(np_)
            ent.aliases.discard(label)
            by_label[key] = ent
            draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, he))
        made.append((a, he, ent))
        chain[last] = (hs, ent)
        ends = [x for x in (issuer, against) if x is not None and x[2] is not None]
        span = Span(min([a] + [x[0] for x in ends]), max([he] + [x[1] for x in ends]))
        if issuer is not None:
            ent.add(NFO.issuedBy, issuer[2].iri, span, RULE)
        if against is not None:
            ent.add(NFO.appliesTo, against[2].iri, span, RULE)
        if _IMPLEMENTING.match(np_):
            # 'the implementing rules of the "X" programme': they implement X
            of = _OF_TARGET.match(text, he)
            i = bisect.bisect_left(starts, of.end()) if of is not None else len(spans)
            target = next((x for x in spans[i:i + 3] if x[0] <= of.end() + 1
                           and kind_of(x[2].cls) == "policy" and x[2] is not ent), None)
            if target is not None:
                ent.add(NFO.implements, target[2].iri, Span(a, target[1]), RULE)
        if owner is not None and owner[2] is not None and (issuer is None
                                                          or owner[2] is not issuer[2]):
            ent.add(NFO.about, owner[2].iri, Span(a, owner[1]), RULE)
    spans_of.extend(made)
    return [e for _, _, e in made]


def _our_issuer(text: str, pre: str, spans):
    """The text's own issuer, its letterhead's organisation, when "our company" / "this office"
    is the subject of a verb of applying right before a document; else None."""
    if _OUR.search(pre) is None:
        return None
    from kg.ingest.relations.house_org import letterhead
    from kg.ingest.relations.kinds import kind
    head = letterhead(text, [x for x in spans if kind(x[2]) == "org"])
    if head is None:
        return None
    org, end = head
    return (text.find(org.label) if 0 <= text.find(org.label) < end else 0, end, org)
