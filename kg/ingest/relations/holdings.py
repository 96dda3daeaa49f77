"""Who holds a share of a company, stated with the percentage: "A holds 60% of the shares of X",
"B will own a 15% stake in X", "A holds 60% of the shares, B holds 15% and C holds 25%", "A will
keep 20% and B 15%" (the verb left out).

* the company named right after "of / in" ("a 15% stake in X"): ``nfo:shareholderOf`` X (rule
  ``org:holds-percent-of``);
* "Y, a joint venture in which A holds 51%, B holds 25%": A and B hold Y (rule
  ``org:holds-percent-in-which``); "Its controlling shareholder, A, holds 46%": A holds the
  company "its" stands for (:mod:`kg.ingest.relations.referents`; rule
  ``org:holds-percent-of-referent@0.5``), and so does "A holds 28.6% of the Company";
* no company named in the clause ("A holds 60% of the shares"): the new company named last
  before the sentence, in the sentence before it, that is not one of the holders ("The joint
  venture, X, will have a registered capital of ...") — a guess, marked so (rule
  ``org:holds-percent-of-last-named@0.5``).

One pattern match per cue (a cheap substring gate first); the names are looked up by bisect."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.reading.windows import Near, near
from kg.ingest.relations.company_anaphors import for_draft
from kg.ingest.relations.defined_terms import defined_terms
from kg.ingest.relations.referents import by_head_noun, lead_company
from kg.ingest.relations.rows import starting_in
from kg.ingest.terms import NFO
from kg.ingest.reading.caseless import lower_text
from kg.ingest.span_order import spans_by_start_longest

# the holder's name ends right before it: " holds 60%", " will own a 15.5 percent stake"
_HOLDS = re.compile(r"[ \t\n]+(?:will\s+|would\s+|also\s+)?(?:holds?|held|owns?|owned|has|had|"
                    r"takes?|took|controls?|keeps?|kept|retains?|retained)\s+(?:a\s+|an\s+|the\s+remaining\s+|the\s+other\s+)?"
                    r"(?P<pct>\d{1,3}(?:\.\d+)?)(?:\s*|-)(?:%|\uff05|per\s*cent\b|percent\b|pct\b)"
                    r"(?P<what>\s+(?:(?:of\s+(?:the|its)\s+)?(?:shares|equity|stake|interest)|"
                    r"(?:equity\s+)?(?:stake|interest|share)s?))?", re.I)
_OF = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?", re.I)
# a possessive after the company held: "of B's subsidiary C", "of B's parent, C", "of B's copper unit"
_POSSESSED = re.compile(r"['\u2019]s?\s+(?!(?:issued\s+|registered\s+|total\s+|outstanding\s+)?"
                        r"(?:shares?|stock|equity|capital)\b)(?:[a-z][\w-]*,?\s+){1,4}")
_CUES = ("hold", "held", "own", "has ", "had ", "take", "took", "control", "keep", "kept",
         "retain")
# "A (Limited Partnership) owns 20%", "A, the state miner, will keep 20%": a bracket or an
# apposition after the holder's name
_BRACKET = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)|,\s*(?:the|a|an|its)\s[^,;.()\d%]{1,50},)(?=\s)")
# what may stand between the holder's name and its verb besides: a legal tail the name left out
# ("A Group Co.,\nLtd. owns 60%"), a participle or relative clause set off by commas ("A,
# listed in Sydney, will keep 30%"), the comma closing an apposition ("The controlling
# shareholder, A Co., Ltd., holds 46.8%")
_GAP = re.compile(r"(?:\s*,?\s*(?:Ltd|Limited|Inc|LLC|Corp|PLC|S\.A|AG|GmbH)\.?(?=[\s,]))?"
                  r"(?:\s*,\s*(?:listed|based|headquartered|registered|founded|incorporated|"
                  r"owned|controlled|backed|which|who|whose|now|also|in\s+turn)\b[^,;.()\d%]{1,60}"
                  r"(?=,))?\s*,?(?:\s*(?:which|who|that)\b)?(?=\s)")
_IT = re.compile(r"it\b(?!\s+(?:is|was|has|had|will|would)\b)", re.I)
# "A will keep 20% and B 15%": the verb left out for the next holder
_AND = re.compile(r"\s*,?\s*and\s+(?:the\s+)?", re.I)
_BARE = re.compile(r"[ \t\n]+(?P<pct>\d{1,3}(?:\.\d+)?)(?:\s*|-)(?:%|\uff05|per\s*cent\b|percent\b|pct\b)"
                   r"(?P<what>(?!x)x)?")


def holdings(draft, spans_of, sents, kind, refs=()) -> None:
    text = draft.text
    _outright(text, spans_of, sents, kind)     # "A owns X outright"
    if "%" not in text and "per" not in text and "pct" not in text and "\uff05" not in text:
        return
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES
            and ent.kind == "org"]
    if len(rows) < 2:
        return
    ana = for_draft(draft, spans_of, sents)    # "70% of the operator", "The miner is 55% owned"
    starts = [s for s, _, _ in rows]
    by_start: dict = {}
    for x in rows:
        by_start.setdefault(x[0], x)
    guessed: dict = {}          # sentence start -> (holders, company guessed)
    ref_at = {r[0]: r for r in refs if text[r[0]:r[1]].lower() != "its"}
    for r in defined_terms(text, rows):     # "80% of the Debtor"
        ref_at.setdefault(r[0], r)
    ref_at = _AnaAt(ref_at, ana)            # (and "70% of the operator")
    elliptic: dict = {}         # where a holder without a verb of its own may start -> what
    held_in: dict = {}          # sentence start -> the company a holder of it held last
    stakes = _stakes(text, by_start)    # where "N% of X" names X: for "the other 30%"
    _percent_owned(text, rows, starts, by_start, refs, sents, held_in,
                   lead_company(text, spans_of, kind) if "owned by" in text else None, ana)
    for s, e, holder in rows:
        b = _BRACKET.match(text, e)     # "A (Limited Partnership) owns the remaining 20%"
        at = b.end() if b else e
        g = _GAP.match(text, at)
        if g is not None and g.end() > at and _HOLDS.match(text, g.end()) and not (
                "," in g.group(0) and _NAMED_SHAREHOLDER.search(text, max(0, s - 40), s)):
            at = g.end()        # (after "Its controlling shareholder, A," the shareholder rules)
        nxt = text[at:at + 16].lower()
        m = _HOLDS.match(text, at) if any(c in nxt for c in _CUES) else None
        if m is None and s in elliptic:
            m = _BARE.match(text, e)
            company, rule = elliptic[s]
            if m is not None and company is not holder:     # "... and B 15%": B holds it too
                holder.add(NFO.shareholderOf, company.iri, Span(s, m.end()), rule)
            continue
        if m is None or not 0 < float(m.group("pct")) <= 100:
            continue            # (no one holds 140% of a company)
        got = _held(text, m, s, holder, rows, starts, by_start, ref_at, refs, sents, guessed,
                    held_in, stakes)
        if got is None:
            continue
        company, start, end, rule = got
        holder.add(NFO.shareholderOf, company.iri, Span(start, end), rule)
        held_in[_sentence_start(text, sents, s)] = (company, rule)
        a = _AND.match(text, max(m.end(), end))    # "A holds 60% of X and B 40%"
        if a is not None:
            elliptic[a.end()] = (company, rule)


class _AnaAt(dict):
    """The referents by start, and where none starts, a phrase "the operator" there."""

    def __init__(self, ref_at, ana):
        super().__init__(ref_at)
        self.ana = ana

    def get(self, pos, default=None):
        got = dict.get(self, pos)
        if got is None and self.ana is not None:
            got = self.ana.starting_at(pos)
        return default if got is None else got


_NAMED_SHAREHOLDER = re.compile(r"\bshareholders?(?:\s+of\s+(?:the\s+)?[\w ]{1,30})?\s*,\s*$",
                                re.I)
_REST = re.compile(r"\b(?:remaining|other|rest|balance)\b", re.I)
_REST_BACK = 1200
# "70% of X", "a 51% stake in X", "70 per cent of the shares of X"
_STAKE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d+)?(?:\s*|-)(?:%|\uff05|per\s*cent\b|percent\b|pct\b)\s*"
                    r"(?:(?:equity\s+)?(?:stake|interest|shares?|equity)\s+)?(?:of\s+the\s+shares\s+)?"
                    r"(?:of|in)\s+(?:the\s+)?", re.I)
# (no comma, semicolon or colon in one: read only between them around its per cent)
_STAKE_NEAR = Near(_STAKE, ("%", "\uff05", "cent", "pct"), lower=True, stops=",;:")


def _stakes(text, by_start):
    """([where], [company]) of each "N% of X" naming an organisation X, in text order."""
    at, held = [], []
    for m in _STAKE_NEAR.finditer(text):
        x = by_start.get(m.end())
        if x is not None:
            at.append(m.start())
            held.append(x[2])
    return at, held


# "X is 72% owned by A", "It is 72%-owned by A", "X, 55% owned by A,": A holds X
_PERCENT_OWNED = re.compile(
    r"(?:\s+(?:is|was|are|were|will\s+be|would\s+be|remains|became|becomes)\s+(?:now\s+|still\s+|"
    r"also\s+|currently\s+)?|\s*,\s*(?:which\s+is\s+|a\s+)?)(?P<pct>\d{1,3}(?:\.\d+)?)(?:\s*|-)"
    r"(?:%|\uff05|per\s*cent|percent|pct)[\s-]*(?:owned|held|controlled)\s+by\s+(?:the\s+)?", re.I)
_THE = re.compile(r"\s*The\s+[a-z]")
_AND_PCT_BY = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?P<pct>\d{1,3}(?:\.\d+)?)(?:\s*|-)"
                         r"(?:%|\uff05|per\s*cent|percent|pct)\s+by\s+(?:the\s+)?", re.I)


def _percent_owned(text, rows, starts, by_start, refs, sents, held_in, lead, ana=None) -> None:
    """"X is 72% owned by A (and 28% by B)": A (and B) ``nfo:shareholderOf`` X (rule
    ``org:percent-owned-by``); X may be
    "the company" / "the group" (``@0.5``) or a sentence's "It" (the organisation the sentence
    before names first, or names by its head noun: ``org:percent-owned-by-pronoun@0.5``)."""
    if "owned by" not in text and "held by" not in text and "controlled by" not in text:
        return
    by_end = {}
    for x in rows:
        by_end.setdefault(x[1], (x, ""))
    for r in refs:
        if text[r[0]:r[1]].lower() != "its":
            by_end.setdefault(r[1], (r, "@0.5"))
    for m in near(_PERCENT_OWNED, text, ("owned", "held", "controlled"), before=60,
                  after=20):
        holder = by_start.get(m.end())
        if holder is None or not 0 < float(m.group("pct")) <= 100:
            continue
        owned, guess, rule = by_end.get(m.start(), (None, "")) + ("org:percent-owned-by",)
        if owned is None and ana is not None:
            got = ana.ending_at(m.start())      # "The miner is 55% owned by A"
            owned, guess = (got, "@0.5") if got is not None else (None, "")
        if owned is None:
            it = m.start() - 2
            if it < 0 or text[it:m.start()] != "It" or (it > 0 and not text[it - 1].isspace()):
                continue
            ss = _sentence_start(text, sents, it)
            subject = _previous_subject(text, rows, starts, sents, ss) if ss else None
            if subject is None and ss:
                ps = _sentence_start(text, sents, ss - 1)
                named = by_head_noun(text, ps, rows, starts)
                subject = (ps, ps, named) if named is not None else None
                last = _last_company_before(rows, starts, ps)
                if subject is None and last is lead and lead is not None and _THE.match(text, ps):
                    subject = (ps, ps, lead)    # "X Co., Ltd. ... The refinery ... . It is 72%
                    # owned by A": the company the article is about, if the last one named
            if subject is None:
                continue
            owned, guess, rule = (it, it, subject[2]), "@0.5", "org:percent-owned-by-pronoun"
        if owned[2] is holder[2]:
            continue
        holder[2].add(NFO.shareholderOf, owned[2].iri, Span(min(owned[0], m.start()), holder[1]),
                      rule + guess)
        held_in[_sentence_start(text, sents, m.start())] = (owned[2], rule + guess)
        # "... 70 percent held by A and 30 percent by B": each further holder with its share
        for _ in range(5):
            nx = _AND_PCT_BY.match(text, holder[1])
            nxt = by_start.get(nx.end()) if nx is not None else None
            if nxt is None or nxt[2] is owned[2] or not 0 < float(nx.group("pct")) <= 100:
                break
            holder = nxt
            holder[2].add(NFO.shareholderOf, owned[2].iri,
                          Span(min(owned[0], m.start()), holder[1]), rule + guess)


# "A and his wife B, ..., own X outright", "A wholly owns X", "A holds all of the shares of X"
_OWN_ALL = re.compile(r"\b(?:(?P<adv>wholly|solely|entirely|fully)\s+)?(?:own|owns|owned|hold|holds|held)"
                      r"\s+(?P<all>all\s+(?:of\s+)?(?:the\s+shares\s+(?:of|in)\s+)?)?(?:the\s+)?", re.I)
_OUTRIGHT = re.compile(r"\s+(?:outright|entirely|in\s+full|wholly)\b", re.I)
_PAIR = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+(?:wife|husband|son|daughter|brother|sister|"
                   r"father|mother|spouse|partner)\s*,?\s+)?")
_APPOSITION = re.compile(r"\s*,[^,;.]{1,90},\s*|\s+")


def _outright(text, spans_of, sents, kind) -> None:
    """"A and his wife B, ..., own X outright" / "A wholly owns X": the subject (one name, or two
    joined by "and") holds all of X (rule ``org:owns-outright``): a shareholder, a person too."""
    low = lower_text(text)
    if "outright" not in low and "wholly own" not in low and "all of the shares" not in low \
            and "entirely" not in low and "in full" not in low:
        return
    names = {}                  # start -> the longest name starting there
    for x in spans_of:
        old = names.get(x[0])
        if (old is None or x[1] > old[1]) and x[2].kind in ("org", "person") and \
                x[2].cls not in RELATION_NODES:
            names[x[0]] = x
    for m in near(_OWN_ALL, text, ("own", "Own", "hold", "Hold", "held", "Held"), before=12,
                  after=60):
        x = names.get(m.end())
        if x is None or x[2].kind != "org":
            continue
        if not (m.group("adv") or m.group("all") or _OUTRIGHT.match(text, x[1])):
            continue
        ss = _sentence_start(text, sents, m.start())
        first = names.get(ss) or names.get(ss + len(text[ss:ss + 8]) - len(text[ss:ss + 8].lstrip()))
        if first is None:
            continue
        holders = [first]
        p = _PAIR.match(text, first[1])
        if p is not None and p.end() in names:
            holders.append(names[p.end()])
        g = _APPOSITION.match(text, holders[-1][1])
        if g is None or text[g.end():m.start()].strip() not in ("", "also", "jointly", "together"):
            continue        # (the verb is the subject's own, nothing else between)
        for h in holders:
            if h[2] is not x[2]:
                h[2].add(NFO.shareholderOf, x[2].iri, Span(h[0], x[1]), "org:owns-outright")


def _last_company_before(rows, starts, pos):
    i = bisect.bisect_left(starts, pos) - 1
    while i >= 0 and not str(rows[i][2].cls).endswith("#Company"):
        i -= 1
    return rows[i][2] if i >= 0 else None


def _sentence_start(text, sents, s):
    ss = sents.bounds(s)[0]
    while ss > 0 and text[ss:ss + 1].islower():
        ss = sents.bounds(ss - 1)[0]    # "... Co., Ltd.\nholds 15%": one sentence, not two
    return ss


def _held(text, m, s, holder, rows, starts, by_start, ref_at, refs, sents, guessed, held_in,
          stakes=((), ())):
    """The company ``holder`` holds a share of (``m``: its "holds N%"): (company, the span's
    start and end, rule), or None."""
    ss = _sentence_start(text, sents, s)
    se = sents.bounds(s)[1]
    at = m.end()
    o = _OF.match(text, at)
    hit = by_start.get(o.end()) if o else None
    if hit is not None and hit[2] is not holder:
        poss = _POSSESSED.match(text, hit[1])
        if poss is not None:
            # "30% of B's subsidiary C" (C held), "30% of B's copper unit" (none named)
            held = by_start.get(poss.end())
            if held is None or held[2] is holder:
                return None
            return held[2], s, held[1], "org:holds-percent-of"
        return hit[2], s, hit[1], "org:holds-percent-of"
    ref = ref_at.get(o.end()) if o and hit is None else None
    if ref is not None and ref[2] is not holder:      # "holds 28.6% of the Company"
        return ref[2], s, ref[1], "org:holds-percent-of-referent@0.5"
    if o is not None and hit is None and _IT.match(text, o.end()):
        # "X is a subsidiary of A, which owns 80% of it": the sentence's subject; "A owns 80%
        # of it": the company the sentence before is about (its subject)
        own = next((x for x in starting_in(rows, starts, ss, s) if x[2] is not holder), None)
        subject = own or _previous_subject(text, rows, starts, sents, ss)
        if subject is None and ss > 0:      # "The trading centre was founded in 2023. A owns
            ps = _sentence_start(text, sents, ss - 1)   # 60% of it": the centre named before
            named = by_head_noun(text, ps, rows, starts)
            subject = (ps, ps, named) if named is not None else None
        if subject is not None and subject[2] is not holder:
            return subject[2], s, o.end() + 2, "org:holds-percent-of-pronoun@0.5"
        return None
    if m.group("what") is None and not re.match(r"\s*(?:[,;.]|and\b)", text[at:at + 6]):
        return None             # "A holds 60% market share ...": not a share of a company
    # the company the sentence itself names as held: "Y, a joint venture in which A holds
    # 51%"; "Its controlling shareholder, A, holds 46%" (its: the company of the clause)
    held, rule = _venture_in_which(text, rows, starts, ss, s), "org:holds-percent-in-which"
    if held is None and _WHICH_END.search(text, s, m.start() + 1) and \
            _BY_END.search(text, max(ss, s - 12), s):
        # "Y, a joint venture set up by A, which holds 51%, and B, which holds the other 49%"
        held = next((x for x in starting_in(rows, starts, ss, s) if x[2] is not holder), None)
        rule = "org:holds-percent-founded-by"
    before = held_in.get(ss)
    if held is None and before is not None and before[0] is not holder:
        # "A holds 55% of X, and B holds the other 45%": the company the sentence's holder
        # before held (a guess stays a guess)
        return before[0], s, m.end(), (before[1] if "@" in before[1]
                                       else "org:holds-percent-same-sentence")
    if held is None and _REST.search(m.group(0)):
        # "A will keep the other 30%": the company whose stake the text gave last, not far back
        i = bisect.bisect_left(stakes[0], s) - 1
        if i >= 0 and s - stakes[0][i] < _REST_BACK and stakes[1][i] is not holder:
            return stakes[1][i], s, m.end(), "org:holds-percent-rest@0.5"
        return None             # (owned_by reads the rest from the shareholders stated before)
    if held is None:
        held = next((r for r in refs if ss <= r[0] < s and r[2] is not holder), None)
        rule = "org:holds-percent-of-referent@0.5"
    if held is not None and held[2] is not holder:
        return held[2], min(held[0], s), m.end(), rule
    if ss not in guessed:
        guessed[ss] = _last_named(text, rows, starts, sents, ss, se)
    company = guessed[ss]
    if company is None or company is holder:
        return None
    return company, s, m.end(), "org:holds-percent-of-last-named@0.5"


# "set up by A, which holds 51%", "a venture between A, which holds 60%, and B": the holder
# is a founder of the company the sentence opens with
_BY_END = re.compile(r"\b(?:by|between|of)\s+(?:the\s+)?$", re.I)
_WHICH_END = re.compile(r",\s*(?:which|that)\s+$", re.I)


# "Y, a joint venture in which", "Y Co.,\nLtd. ("Y"), in which", "Y, a company set up last year
# in which": a legal tail the name left out and a bracket (its short form) may come first
_IN_WHICH = re.compile(r"(?:\s*,?\s*(?:Ltd|Limited|Inc|LLC|Corp)\.?)?(?:\s*\([^()]{1,80}\))?"
                       r"\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?)?in\s+which\s+", re.I)


def _venture_in_which(text, rows, starts, ss, s):
    """"Y, a joint venture in which A holds ...": Y (the name before ", a ... in which" in the
    sentence, before the holder)."""
    for x in starting_in(rows, starts, ss, s):
        m = _IN_WHICH.match(text, x[1])
        if m is not None and m.end() <= s:
            return x
    return None


def _previous_subject(text, rows, starts, sents, ss):
    """The first organisation of the sentence before ``ss`` (same paragraph): what a pronoun
    ("of it") stands for."""
    if ss == 0:
        return None
    ps = _sentence_start(text, sents, ss - 1)
    if "\n\n" in text[ps:ss]:
        return None
    named = starting_in(rows, starts, ps, ss)
    return named[0] if named else None


def _last_named(text, rows, starts, sents, ss, se):
    """The new company named last in the sentence before ``ss`` (same paragraph) that the
    sentence itself does not name."""
    if ss == 0:
        return None
    ps, _ = sents.bounds(ss - 1)
    if "\n\n" in text[ps:ss]:
        return None
    here = {id(x[2]) for x in starting_in(rows, starts, ss, se)}
    before = [x for x in starting_in(rows, starts, ps, ss) if id(x[2]) not in here]
    if not before:
        return None
    last = before[-1][2]
    return None if last.known else last
