"""Whose "we" and "our" a text prints: the organisation that writes it (its voice), so that
the rules that read a sentence read "launched by our federation", "Our engineer Qiao Wenbin",
"our plant in Yibin" or "We signed a supply contract with X" as they would read the name.
Translated Chinese documents speak in the first person for their issuer (本会, 本局, 本公司: "our
association", "our bureau", "our company"), speeches and interviews for the speaker's unit.

The voice is, in this order:

1. the organisation "our <noun>" names (``data/voice-nouns.txt``: "our federation", "our
   bureau"): of those whose name or class holds the noun, the one whose name opens the text (a
   letterhead), else the one named most often (first named on a tie); none when two such
   phrases name two organisations;
2. the organisation whose name is a signature line in the last ``_TAIL`` characters (a line
   holding the name alone, maybe with "(seal)"; the last such line);
3. the organisation the text is about (:func:`referents.lead_company`, else
   :func:`referents.lead_body`);

none when a sentence opens by saying who "we" are, in nouns of people (``data/voice-people-
nouns.txt``: "We are residents of X Village", "We, the undersigned villagers"): a letter of
people speaks for no organisation, least the company it complains of.

A first-person word is read only outside quotation marks (a quoted "we" is the quoted
speaker's), not in a question's paragraph ("Q:", "Reporter:": the asker's) nor before a reply's label ("Reply:": the message's
writer's), not before a number ("our two companies": more than one) nor a byline's or another
party's noun (``data/first-person-skips.txt``: "our reporter X", "our parent company"), not
when the noun phrase "our" opens closes its clause ("At our site visit last week, the manager
said"), and not at all in a text of two or more mail headers ("From:") or of two speakers' turns
or more ("XU LU: ...", "CHENG YUN: ...", each opening two turns or more): each has its own voice. Each word read becomes a span of the voice
(``surgery.add_mention(..., evidence=False)``: the draft's mentions stay names; "our <noun>" as
one span); the spans are recorded in ``draft._voice_spans`` so that the guesses of low confidence
(same_sentence.py, cooccur.py) leave them alone: a pronoun in a sentence is no evidence that
the sentence's other names are linked to its speaker. One scan of the text: linear."""
from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import lru_cache

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.lexicon import alternation, lines
from kg.ingest.names import surgery
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.referents import lead_body, lead_company
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_bounds

_TAIL = 600         # characters at the end of a text where a signature line may stand
# ("us" is left alone: an object, "told us", "send us", in no slot a rule reads for a name)
_FIRST = re.compile(r"\b(?:[Ww]e|[Oo]ur)\b(?!['’.-]\w)")
# "our" whose noun phrase closes its clause: "At our site visit, the manager said": a thing of
# ours, no name for what follows
_CLOSED = re.compile(r"(?:[ \t\n]+[\w'’-]+){1,4}[ \t]*[,;:]")
# "our" + describing words before a name: "run by our joint venture PT X", "our engineer A"
_BEFORE_NAME = re.compile(r"(?:[ \t\n]+[a-z][\w'’-]*){1,3}[ \t\n]+(?=[A-Z])")
_NUMBER = re.compile(r"[ \t]+(?:two|three|four|five|both|several|many|\d)", re.I)
# a paragraph that asks: "Q:", "Question:", "Reporter:", "Host:"
_ASKS = re.compile(r"(?:^|\n)[ \t]*(?:Q|Question|Reporter|Host|Interviewer)[ \t]*[:：.]",
                   re.I)
_MAIL = re.compile(r"^[ \t]*From:[ \t]", re.M)
# a reply's label line: what stands before it is the asker's ("Message: ... we shut every
# window" ... "Reply: our sub-bureau sent officers")
_REPLY = re.compile(r"^[ \t]*(?:Reply|Response|Answer|Replied)\b[^\n:：]{0,40}[:：]", re.M)
# a speaker's turn: "[00:11:47]  XU LU: ...", "Cheng Yun: ..." (a label at a line's start,
# before words on the same line); two labels that each open two turns or more are two voices
# (a label whose value stands in an aligned column, "Product:      X", is a record's field,
# not a speaker's turn)
_TURN = re.compile(r"^[ \t]*(?:\[[0-9:.]{4,12}\][ \t]*)?(?P<who>[A-Z][A-Za-z.'’-]*"
                   r"(?:[ \t][A-Z][A-Za-z.'’-]*){0,2})[ \t]*[:：][ \t]?\S", re.M)
_ASKERS = frozenset(("q", "a", "question", "answer", "host", "reporter", "interviewer",
                     "moderator", "presenter", "journalist"))
_SEAL = re.compile(r"[ \t]*(?:\((?:seal|stamp|signed|official seal)\))?[ \t]*$", re.I)


@lru_cache(maxsize=1)
def _nouns() -> dict:
    out = {}
    for line in lines("voice-nouns"):
        noun, *fits = re.split(r"\s{2,}", line)
        out[noun.lower()] = tuple(f.lower() for f in fits) or (noun.lower(),)
    return out


@lru_cache(maxsize=1)
def _our_rx() -> re.Pattern:
    alts = "|".join(sorted(_nouns(), key=lambda w: (-len(w), w)))
    return re.compile(rf"[ \t\n]+(?:[a-z]+-)?(?P<n>(?i:{alts}))\b(?![ \t\n]+(?:of\b|[A-Z]))")


@lru_cache(maxsize=1)
def _people_rx() -> re.Pattern:
    """"We are residents of X", "We, the undersigned villagers", "We are 46 households in Y" at a
    sentence's start (not after a quotation mark): writers who say they are people
    (``data/voice-people-nouns.txt``)."""
    alts = alternation("voice-people-nouns")
    return re.compile(r"We(?:[ \t]*,[ \t\n]*the|[ \t\n]+(?:are|were)(?:[ \t\n]+(?:all|the|a[ \t\n]+"
                      r"group[ \t\n]+of))?)(?:[ \t\n]+[\w-]+){0,3}?[ \t\n]+(?i:" + alts + r")\b")


def _people(text: str) -> bool:
    """Whether a sentence opens by saying "we" are people (:func:`_people_rx`)."""
    for m in _people_rx().finditer(text):
        before = text[max(0, m.start() - 8):m.start()].rstrip(" \t")
        if not before or before[-1] in ".!?\n":
            return True
    return False


@lru_cache(maxsize=1)
def _skip_rx() -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(lines("first-person-skips"), key=len, reverse=True))
    return re.compile(rf"[ \t\n]+(?:own[ \t\n]+)?(?i:{alts})(?![\w'’-])")


def _orgs(spans_of) -> list:
    return [(s, e, x) for s, e, x in spans_by_bounds(spans_of) if x.kind == "org" and not x.role
            and x.cls not in RELATION_NODES]


def _holds(ent, fits) -> bool:
    name = f"{ent.label} {str(ent.cls).rsplit('#', 1)[-1]}".lower()
    return any(re.search(rf"\b{re.escape(f)}", name) for f in fits)


def voice(text, spans_of) -> object | None:
    """The organisation that speaks in the text's "we" / "our" (see the module), or None."""
    orgs = _orgs(spans_of)
    if not orgs or _people(text):
        return None     # ("We are residents of X": people, no organisation)
    counts = Counter(id(x) for _, _, x in orgs)
    first = {}
    for s, _, x in orgs:
        first.setdefault(id(x), (s, x))
    chosen, said, fitting = None, False, {}
    for m in scans_ahead.finditer(_FIRST, text, (__name__, "_FIRST")):
        if m.group(0).lower() != "our":
            continue
        n = _our_rx().match(text, m.end())
        if n is None:
            continue
        said = True
        noun = n.group("n").lower()
        if noun not in fitting:         # (once a noun: the organisations are read once each)
            cands = [x for s, x in first.values() if _holds(x, _nouns()[noun])]
            # (the one whose name opens the text, a letterhead, before the one named most:
            # a bureau's reply that names another bureau more often is still the first's)
            fitting[noun] = max(cands, key=lambda x: (not text[:first[id(x)][0]].strip(),
                                                      counts[id(x)], -first[id(x)][0])) \
                if cands else None
        best = fitting[noun]
        if best is None:
            continue
        if chosen is not None and chosen is not best:
            return None         # "our association" and "our bureau": two voices
        chosen = best
    if chosen is not None or said:
        return chosen           # ("our bureau" and no bureau named: not the lead company)
    tail = len(text) - _TAIL
    for s, e, x in reversed(orgs):
        if s < tail:
            break
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if not text[ls:s].strip() and _SEAL.match(text, e, le):
            return x
    return lead_company(text, spans_of, kind) or lead_body(text, spans_of, kind)


def voice_spans(draft, spans_of: list) -> list:
    """Each first-person word the voice stands for becomes a span of it (see the module); the
    ``(start, end, organisation)`` added."""
    text = draft.text
    if not scans_ahead.search(_FIRST, text, (__name__, "_FIRST")) or sum(
            1 for _ in scans_ahead.finditer(_MAIL, text, (__name__, "_MAIL"))) >= 2:
        return []
    turns = Counter(m.group("who").lower()
                    for m in scans_ahead.finditer(_TURN, text, (__name__, "_TURN")))
    if sum(1 for w, n in turns.items() if n >= 2 and w not in _ASKERS) >= 2:
        return []       # a panel, a podcast, a press conference: whose "we"?
    who = voice(text, spans_of)
    if who is None:
        return []
    covered, named_at = surgery.coverage(text, spans_of)
    reply = scans_ahead.search(_REPLY, text, (__name__, "_REPLY"))
    added = []
    para_start, para_asks, para_quotes, next_break = -1, False, None, -1
    speaker_at, speaks = -1, False
    persons = {x[0] for x in spans_of if x[2].cls == NFO.Person}
    org_spans = _orgs(spans_of)
    for m in scans_ahead.finditer(_FIRST, text, (__name__, "_FIRST")):
        a, b = m.start(), m.end()
        if any(covered[a:b]) or reply is not None and a < reply.start():
            continue            # inside a name ("Our Lady Hospital"); the asker's, before a reply
        if para_start < 0 or next_break < a:
            # (the paragraph's start found back to the last break seen: linear in all)
            ps = text.rfind("\n\n", max(0, next_break), a)
            ps = max(0, para_start) if ps < 0 else ps + 2
            nb = text.find("\n\n", a)
            next_break = len(text) if nb < 0 else nb
        else:
            ps = para_start
        if ps != para_start:
            para_start, para_asks = ps, bool(_ASKS.match(text, max(0, ps - 1)))
            para_quotes = ps
            quotes = 0
        if para_asks:
            continue
        seg = text[para_quotes:a]
        quotes += seg.count('"') + seg.count("“") + seg.count("”")
        para_quotes = a
        if quotes % 2 or _in_single_quotes(text, ps, a):
            continue            # inside a quotation: the quoted speaker's
        if speaker_at != ps:
            speaker_at, speaks = ps, _speaker_label(text, ps, persons, org_spans, who)
        if speaks:
            continue            # "A, chairman of X Co., Ltd.: We hold ...": the speaker's
        if _NUMBER.match(text, b) or _skip_rx().match(text, b):
            continue            # "our two companies", "our reporter X", "our parent company"
        if m.group(0).lower() == "our":
            n = _our_rx().match(text, b)
            if n is None and _CLOSED.match(text, b):
                continue
            d = _BEFORE_NAME.match(text, b)
            if d is not None and any(x.kind != "person" for _, x in named_at.get(d.end(), ())):
                continue        # "our joint venture PT X": X itself ("our engineer A": ours)
            if n is not None and _holds(who, _nouns()[n.group("n").lower()]):
                b = n.end()     # "our federation": one span
        if surgery.add_mention(who, spans_of, a, b, evidence=False):
            added.append((a, b, who))
    draft.__dict__["_voice_spans"] = {(a, b) for a, b, _ in added}
    draft.__dict__["_voice"] = who
    return added


# a quotation in single marks still open: its opening mark, then no closing one after a
# speech's last mark ("‘We hold 40% of X,’ said A": "’" after "," "." "!" "?" closes it; an
# apostrophe, "Zinc’s", closes nothing)
_SINGLE_CLOSE = re.compile(r"[,.!?;][ \t]*’")
_PAR_BACK = 2000        # how far back in its paragraph a quotation's opening mark is looked for


def _in_single_quotes(text: str, ps: int, a: int) -> bool:
    o = text.rfind("‘", max(ps, a - _PAR_BACK), a)
    return o >= 0 and _SINGLE_CLOSE.search(text, o, a) is None


# a paragraph that opens with a speaker's label: a person's name, maybe a comma and the post,
# then a colon ("Zhang Wei, chairman of X Co., Ltd.: We hold ...")
_LABEL_END = re.compile(r"[^\n:：]{0,160}?[:：][ \t]")


def _speaker_label(text: str, ps: int, persons, org_spans, who) -> bool:
    """Whether the paragraph at ``ps`` opens with a speaker's label that names the speaker's
    organisation, another than the voice ("Zhang Wei, chairman of Y Co., Ltd.: We ..."); a
    speaker's name alone ("Fang Zhenguo: We joined ...", an interview's) speaks for the voice."""
    p = ps
    while p < len(text) and text[p] in " \t\n":
        p += 1
    m = _LABEL_END.match(text, p) if p in persons else None
    if m is None:
        return False
    i = bisect.bisect_left(org_spans, (p,))
    return any(x[2] is not who for x in org_spans[i:i + 4] if x[1] <= m.end())


def speaker_unit(text: str, p: int, person_starts, org_rows, org_starts) -> object | None:
    """The organisation a speaker's label names when the line of ``p`` opens with one before
    ``p`` ("Zhang Wei, chairman of Y Co., Ltd.: our plant in Z": Y; a person's name, then the
    label's colon): the speaker's "our" is that organisation's, not the text's voice. None
    when the line opens otherwise or its label names no organisation. ``org_rows``: the
    organisations' (start, end, entity) in order, ``org_starts`` their starts."""
    ls = text.rfind("\n", 0, p) + 1
    while ls < p and text[ls] in " \t":
        ls += 1
    if ls not in person_starts:
        return None
    m = _LABEL_END.match(text, ls)
    if m is None or m.end() > p:
        return None
    inside = [x for x in org_rows[bisect.bisect_left(org_starts, ls):
                                  bisect.bisect_left(org_starts, m.end())] if x[1] <= m.end()]
    return inside[-1][2] if inside else None


_CONFIDENCE = 0.4       # a statement read through "we" / "our": at most this sure


def mark_voiced(draft) -> None:
    """The statements a rule read through a first-person span (one of the voice's statements, or
    one pointing at it, whose span holds a span :func:`voice_spans` added and no mention of the
    voice by name) say so: their rule gets ``+voice`` and a confidence of at most
    ``_CONFIDENCE`` ("post:org-role-name@0.4+voice"). Run after every relation and post rule."""
    spans = sorted(draft.__dict__.get("_voice_spans", ()))
    who = draft.__dict__.get("_voice")
    if not spans or who is None:
        return
    starts = [a for a, _ in spans]
    named = sorted(sp.start for sp in who.mentions)
    for ent in list(draft.entities.values()):
        sts = ent.statements
        for i, (p, o, sp, rule) in enumerate(sts):
            if (ent is not who and o != who.iri) or sp is None or "+voice" in rule:
                continue
            k = bisect.bisect_left(starts, sp.start)
            if k == len(starts) or spans[k][1] > sp.end:
                continue            # no first-person span inside the statement's span
            j = bisect.bisect_left(named, sp.start)
            if j < len(named) and named[j] < sp.end:
                continue            # the voice is named there too
            base, _, conf = rule.partition("@")
            c = min(_CONFIDENCE, float(conf.split("+")[0]) if conf else _CONFIDENCE)
            sts[i] = (p, o, sp, f"{base}@{c:g}+voice")
            if ent.cls == NFO.Post:     # a post read through "our engineer A": all of its
                for j, (p2, o2, sp2, r2) in enumerate(sts):
                    if "+voice" not in r2:
                        b2, _, c2 = r2.partition("@")
                        c2 = min(_CONFIDENCE, float(c2.split("+")[0]) if c2 else _CONFIDENCE)
                        sts[j] = (p2, o2, sp2, f"{b2}@{c2:g}+voice")
