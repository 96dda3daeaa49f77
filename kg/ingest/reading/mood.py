"""The mood of a clause: whether the text states something as a fact, negates it ("A did not
buy B", "A denied it holds shares in B"), makes it conditional or only possible ("If approved,
A would buy B", "A could take over B", "talks on a possible merger") or sets it ahead as a plan
("A will build", "A plans to / is expected to / agreed to buy B"); a question ("Did A buy
B?") and a rumour are conditional too: asked or told, not stated.

:func:`mood` reads a window of the text (the stretch from one name of a statement to the
other) with the lead of its clause before it (from the clause's start: "If approved, ") and,
for a condition only, the rest of the clause after it ("... if regulators approve"). The cue
words are in ``data/mood-cues.txt``, one regular expression a line by kind; phrases that hold
a cue word but set no mood ("not only", "no later than") and inserted clauses (", which did not
..., ", brackets) are blanked first. Negated wins over conditional, conditional over planned.
Linear: a few precompiled patterns over the window and its clause."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest import ahead
from kg.ingest.lexicon import lines
from kg.ingest.reading.caseless import compile_lower, lowered, small
from kg.ingest.reading.text_memo import TextMemo

FACT, NEGATED, CONDITIONAL, PLANNED = "fact", "negated", "conditional", "planned"
_KINDS = ("negated", "conditional", "planned", "condition", "masked")
_LEAD = 200         # how far before a window its clause's lead is read (characters)


@lru_cache(maxsize=None)
def _cues() -> dict[str, re.Pattern]:
    """One pattern per kind, each alternative matched as whole words."""
    alts: dict[str, list[str]] = {k: [] for k in _KINDS}
    for line in lines("mood-cues"):
        kind, rx = line.split(None, 1)
        if kind not in alts:
            raise ValueError(f"mood-cues.txt: unknown kind {kind!r}")
        alts[kind].append(f"(?:{rx.strip()})")
    out = {k: re.compile(r"(?<![\w'’])(?:" + "|".join(v) + r")(?![\w])", re.I)
           for k, v in alts.items()}
    # any cue at all: most clauses have none, and are facts after one search
    # (case-blind, run on the text in lower case: reading/caseless.py)
    out["any"] = compile_lower(r"(?<![\w'’])(?:" + "|".join(
        x for k in ("negated", "conditional", "planned", "condition") for x in alts[k])
        + r")(?![\w])")
    return out


# an inserted clause or bracket: its words are not the clause's (", which did not say, ")
# (the comma of a name's legal form inside it closes nothing: ", which X Co., Ltd. had planned
# to finish in 2027,")
_LEGAL_COMMA = r",(?=[ \t]*(?:Ltd|Limited|Inc|LLC|Corp|S\.A|AG|GmbH|PLC|plc)\b)"
_INSERT = re.compile(r",[ \t\n]+(?:which|who|whose|whom|where|when|although|though|while|"
                     r"whereas|as)\b(?:[^,;()\n]|" + _LEGAL_COMMA + r"){0,200}(?=,|$)"
                     r"|\([^()\n]{0,200}\)", re.I)
# where a clause begins: the lead of a window is read from there
# (a relative clause too: "X will design it; Y, which signed the contract on May 4": Y signed)
_CLAUSE = re.compile(r"[;:\u2014]|\s--?\s|,[ \t\n]+(?:and|but|while|whereas|yet|which|who|whose|"
                     r"whom)\b|\n", re.I)
# a concessive clause that opens the sentence and closes with a comma before the window's
# names ("Although the price was not disclosed, A acquired B"): its words are not the main
# clause's (a condition, "If approved, A would buy B", is left to the clause)
_FRONTED = re.compile(r"\s*[\"'\u201c\u2018(]?(?:although|though|even\s+though|whereas|despite|"
                      r"in\s+spite\s+of|notwithstanding)\b[^,;()\n]{0,200},", re.I)
# where the clause after a window ends (a condition after the statement is read up to here)
_CLAUSE_END = re.compile(r"[;:.!?\u2014\n]|,[ \t\n]+(?:and|but|while|whereas|yet)\b", re.I)


# a verb of saying right after the statement's names: what follows is the speech reported,
# its conditions and hedges not the statement's ("A, analyst at X, said prices could fall if")
_REPORTED = re.compile(r"[ \t\n]*,?[ \t\n]*(?:said|says|told|added|noted|warned|stressed|"
                       r"explained|argued|believes|expects)\b", re.I)


# a verb of saying right before the statement's names, after the speech it closes ("no licence
# had been sought, said A, deputy director of X"; '"We will not sell," says A of X'): the
# speech's negations and plans are not the statement's
_SAID_BEFORE = re.compile(r"(?:,|[\"\u201d\u2019'])[ \t\n]*(?:said|says|added|noted|warned|"
                          r"stressed|explained|argued)[ \t\n]+$", re.I)


# a sentence that asks ("Did A buy B?", "Will the talks go on?\"")
_ASKED = re.compile(r"\?[\"'\u201d\u2019)\s]*$")


# ... whose clause opens with the word that asks (not a name before a colon that a question
# follows: "Magazine X: how will ...?")
_QUESTION = re.compile(r"\s*[\"'\u201c\u2018(]?(?:did|does|do|is|are|was|were|will|would|can|could|"
                       r"has|have|had|shall|should|who|what|when|where|why|how|which|whether)\b",
                       re.I)


# an apposition set off by commas, with no verb of its own ("A, a firm with no overseas mines,
# holds 30% of B"): it describes a name, it does not negate the clause ("A, the buyer, did not
# ...": its verb comes after it)
_APPOSITION = re.compile(r",[ \t\n]+(?:a|an|the|its|their|one\s+of)\s(?:(?!\b(?:is|are|was|were|"
                         r"did|does|do|has|have|had|will|would|could|can|may|might|should|shall)"
                         r"\b)[^,;()\n]){1,120}(?=,)", re.I)


# a condition said by inverting its verb, opening the sentence ("Should talks be held, ...",
# "Were the deal to be signed, ...", "Had the contract been signed, ..."; a question is read
# by _QUESTION first)
_INVERTED = re.compile(r"\s*[\"'\u201c\u2018(]?(?-i:Should|Were|Had)\s+(?!(?:you|we|I)\b)"
                       r"[^,;:?!\n]{1,200},")


def _blank(part: str) -> str:
    """``part`` with what sets no mood blanked (same length). (An inserted clause is blanked
    even when a name of the statement is in it: "the forum, which A did not attend," loses
    A's negation, but "a hearing was held ..., which this department did not accept" keeps the
    department's part in the hearing; the second is the commoner.)"""
    rx = _cues()
    part = rx["masked"].sub(lambda m: " " * len(m.group()), part)
    part = _APPOSITION.sub(lambda m: " " * len(m.group()), part)
    return _INSERT.sub(lambda m: " " * len(m.group()), part)


def may_set_mood(text: str, lo: int, hi: int) -> bool:
    """Can a clause of the sentence ``text[lo:hi]`` be other than a fact (a cue word in it, or
    a question mark in it: at its end, or a quoted question's, '"A bought B?" he asked')? One search: a caller asks it once per sentence.
    For a sentence of the article (:class:`~kg.ingest.reading.sentences.Sentences`) the answer
    is worked out ahead by the second process of ``kg ingest`` (:func:`sentence_moods`)."""
    ready = ahead.answer(_AHEAD, text)
    if ready is not None:
        got = ready.get((lo, hi))
        if got is not None:
            return got
    asked = _MOODS_ASKED.of(text)
    got = asked.get((lo, hi))
    if got is None:
        got = asked[(lo, hi)] = _may_set_mood(text, lo, hi)
    return got


_AHEAD = ("kg.ingest.reading.mood", "sentence_moods")
# the last text's answers by sentence (several rules ask of one sentence: some 140 asks of 80
# sentences on the largest source text)
_MOODS_ASKED = TextMemo()


def sentence_moods(text: str, date=None) -> dict:
    """{(start, end) of a sentence: :func:`may_set_mood` of it} for every sentence of ``text``:
    worked out ahead by the second process of ``kg ingest`` (kg/ingest/ahead.py LATER)."""
    from kg.ingest.reading.sentences import Sentences

    sents = Sentences(text)
    out = {}
    for ss in sents.starts:
        _, se = sents.bounds(ss)
        out[(ss, se)] = _may_set_mood(text, ss, se)
    return out


def _may_set_mood(text: str, lo: int, hi: int) -> bool:
    return bool(_cues()["any"].search(lowered(text), lo, hi) or text.find("?", lo, hi) >= 0
                or _INVERTED.match(text, lo))


def mood(text: str, start: int, end: int, lo: int = 0, hi: int | None = None) -> str:
    """The mood of the statement whose names span ``text[start:end]``, in the sentence
    ``text[lo:hi]`` (default: the whole text): FACT, NEGATED, CONDITIONAL or PLANNED."""
    hi = len(text) if hi is None else hi
    lead_from = max(lo, start - _LEAD)
    lead = text[lead_from:start]
    cut = 0
    for m in _CLAUSE.finditer(lead):
        cut = m.end()
    fronted = _FRONTED.match(lead, cut)
    if fronted is not None:
        cut = fronted.end()     # (closed before the window: the main clause starts after it)
    if _SAID_BEFORE.search(lead, cut):
        cut = len(lead)         # "..., said A, chairman of X": the speech is not A's clause
    tail = text[end:min(hi, end + _LEAD)]
    stop = _CLAUSE_END.search(tail)
    asked = stop is not None and stop.group() == "?"    # "Did A buy B?": asked, not stated
    tail = tail[:stop.start()] if stop else tail
    if _REPORTED.match(tail):
        tail = ""       # "A, chairman of X, said the deal could fail if ...": the speech's
    rx = _cues()
    if _ASKED.search(text, max(lo, hi - 8), hi) and (_QUESTION.match(lead, cut) or (
            not lead[cut:].strip() and not text[start:start + 1].isspace()
            and _QUESTION.match(text, start))):
        return CONDITIONAL      # "Did A buy B?": asked, not stated (the window may open the
        #                         question: a grant or an event named by the whole clause)
    clause = lead[cut:] + text[start:end] + tail
    if lead_from == lo and _INVERTED.match(text, lo):
        return CONDITIONAL      # "Should talks be held, a deal could follow"
    if asked:
        return CONDITIONAL      # '"A bought B?" one analyst asked': a quoted question
    if not rx["any"].search(small(clause)):
        return FACT
    # (blanked as one stretch: an insert may run across the window's edge)
    clause = _blank(clause)
    body = clause[:len(clause) - len(tail)]
    if rx["negated"].search(body):
        return NEGATED
    if asked or rx["conditional"].search(body):
        return CONDITIONAL
    if rx["condition"].search(clause):
        return CONDITIONAL
    if rx["planned"].search(body, len(lead) - cut):
        return PLANNED          # (in the window only: "Under the plan, A's B ..." is A's all along)
    return FACT


# what may stand between a plan word and the verb it governs ("proposes to | appoint", "will |
# name", "is expected to be | appointed")
_PLAN_GAP = re.compile(r"[ \t\n]*(?:(?:to|be)[ \t\n]+){0,2}$", re.I)


def asked(text: str, a: int, lo: int, hi: int) -> bool:
    """Is the clause at ``a`` of the sentence ``text[lo:hi]`` a question: the sentence ends with
    its question mark and the clause opens with the word that asks ("Will you build the new
    line next year?", "Q: Can A buy B by March?")? For a rule that sets a step ahead without
    reading the clause's mood: asked is not planned."""
    if not _ASKED.search(text, max(lo, hi - 8), hi):
        return False
    lead = text[max(lo, a - _LEAD):a]
    cut = 0
    for m in _CLAUSE.finditer(lead):
        cut = m.end()
    return _QUESTION.match(lead, cut) is not None or (not lead[cut:].strip()
                                                      and _QUESTION.match(text, a) is not None)


def plan_leads(text: str, a: int, lo: int) -> bool:
    """Does a plan word govern the verb at ``a`` from right before it ("The board proposes to
    | appoint A", "It plans to | name B", in the sentence from ``lo``)? The mood reads a plan word
    in its window only ("Under the plan, A's B ..." is A's all along); a window that opens with
    the verb a plan governs is set ahead all the same."""
    lead = text[max(lo, a - 40):a]
    last = None
    for m in _cues()["planned"].finditer(lead):
        last = m
    return last is not None and _PLAN_GAP.match(lead, last.end()) is not None


# a quotation's closing mark right after a statement, and the words that tell who says it
# ('"The plant restarts in June," the rumour says': '," the rumour says')
_QUOTE_TAG = re.compile(r"[ \t]*[,.!?]?[ \t]*[\"\u201d\u2019][ \t]*,?[ \t]*"
                        r"(?P<tag>[^\"\u201c\u201d.;!?\n]{1,80})")


def told_unreal(text: str, end: int) -> bool:
    """Does a quotation close right after ``end`` and its tag deny or only rumour what it quotes
    ('"The plant restarts in June," the rumour says', '..." the company denied')? The clause's
    own mood stops at the closing mark; the tag after it is the teller's."""
    m = _QUOTE_TAG.match(text, end)
    if m is None:
        return False
    tag = m.group("tag")
    rx = _cues()
    return bool(rx["conditional"].search(tag) or rx["negated"].search(tag))


def denied(text: str, sents, a: int, b: int) -> bool:
    """Does the clause of the phrase ``text[a:b]`` deny it ("A will not build a smelter in X",
    "A has no plans for a refinery in Y")? (For a rule that mints a thing from a phrase: a
    thing denied is not there.)"""
    lo, hi = sents.bounds(a)
    return may_set_mood(text, lo, hi) and mood(text, a, b, lo, hi) == NEGATED


# the rest of a noun phrase's clause after it, up to a stop or a comma (bounded)
_CLAUSE_REST = re.compile(r"[^;:,.!?\n]{0,100}")


def phrase_unreal(text: str, a: int, b: int, lo: int, hi: int) -> bool:
    """Is the thing the noun phrase ``text[a:b]`` names denied or only supposed, its clause
    read on to its next comma or stop ("talk of an offtake agreement between A and B was
    denied", "there is no supply agreement between C and D", "an agreement between E and F
    could follow")? For a rule that mints a thing from a phrase with no verb of making it."""
    if not may_set_mood(text, lo, hi):
        return False
    end = min(hi, _CLAUSE_REST.match(text, b).end())
    return mood(text, a, end, lo, hi) in (NEGATED, CONDITIONAL)


@lru_cache(maxsize=None)
def _dropped_rx() -> re.Pattern:
    verbs = "|".join(sorted((v.replace(" ", r"\s+") for v in lines("plan-dropped-verbs")),
                            key=lambda v: (-len(v), v)))
    return re.compile(r"[^.;!?\n]{0,160}?\bbut\s+(?:(?:later|then|eventually|subsequently|soon|"
                      r"quickly|finally)\s+)?(?:" + verbs + r")\s+(?:the|its|their|that|this|those|"
                      r"these)\s+(?:plans?|ideas?|projects?|proposals?|schemes?)\b", re.I)


def dropped_after(text: str, b: int, hi: int) -> bool:
    """Does the sentence go on after ``b`` to say the plan was given up ("A considered building
    a smelter in X in 2025 but dropped the plan": data/plan-dropped-verbs.txt)? For a rule that
    mints a project from a phrase."""
    return "but" in text[b:hi] and _dropped_rx().match(text, b, hi) is not None

