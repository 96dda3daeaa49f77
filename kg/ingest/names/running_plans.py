"""Plans named in running text by a phrase in lower case, not by a title: "filed the comprehensive
emergency plan (edition 3) with the bureau", "part of the 2027 maintenance plan of X Co., Ltd.",
"Under the provincial rectification plan, 46 tasks were assigned", "drafted an adjustment plan",
"X Aluminium's tailings pond emergency plan".

* The phrase: a determiner ("the", "a", "an", "its", "their", "our", "this"), an organisation's
  name with "'s", or an organisation's name the draft holds right before it; then a year at
  most, one to five words in lower case of which one says what the plan is for
  (``data/running-plan-kinds.txt``: "emergency", "maintenance", "rectification",
  "restructuring" ...), and "plan" (one plan: "plans" names several and mints nothing). An
  edition or stage in brackets right after it ("(edition 3)", "(draft)", "(revised)") is part
  of its name.
* A new plan (rule ``document:plan-phrase``) labelled by the phrase without its determiner or
  owner. Not when the draft already names a document or an organisation over those words, nor
  when its clause denies or supposes it ("if a recall plan is needed").
* The organisation it names ("of X" right after it, "X's" or X right before it): X's own plan
  (``nfo:issuedBy``, rule ``document:plan-owner``), or, for a plan whose word says what is done
  to X ("restructuring", "disposal", "acquisition": the data file's "subject"), a plan about X
  (``nfo:about``, rule ``document:plan-subject``).

One regex pass over the text (the literal "plan"); each hit reads its sentence only: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.names.running_documents import sentence_around
from kg.ingest.reading.mood import phrase_unreal
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "document:plan-phrase"
CONFIDENCE = 0.5
_W = r"[ \t\n]+"
# words that end a phrase's run of lower-case words ("the work report and the 2027 work plan":
# only "work" before "plan" is the phrase's)
_NOT_MODS = ("and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from", "as", "is",
             "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "shall",
             "should", "may", "can", "not", "no", "any", "that", "which", "its", "their", "our",
             "this", "the", "said", "such", "same", "whole", "under", "than", "into")
_MOD = r"(?!(?:" + "|".join(_NOT_MODS) + r")[ \t\n])[a-z][a-z-]*[a-z]"
_PHRASE = re.compile(
    r"(?:\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]his)|(?P<poss>'s|’s))?" + _W +
    r"(?P<name>(?:(?:19|20)\d\d" + _W + r")?"
    r"(?P<mods>(?:" + _MOD + _W + r"){1,5})"
    r"plan(?![\w-])(?:[ \t]*\((?:edition|version|revision)[ \t]+\d+\)|"
    r"[ \t]*\((?:draft|revised|trial|for[ \t]+trial[ \t]+implementation)\))?)")
_OF = re.compile(_W + r"of" + _W + r"(?:the" + _W + r")?")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return dict(line.split() for line in lines("running-plan-kinds"))


_PLAN = re.compile(r"(?:[^\w-]|^)plan(?![\w-])")     # (matched from the character before)
_BACK = 110         # how far before "plan" its phrase may start (characters)


def _phrases(text: str):
    """The phrases of :data:`_PHRASE`, each read in a window before one "plan" of the text (a
    scan of the whole text tries the phrase at every space: some 15 ms on a long article)."""
    last = 0
    at = text.find("plan")
    while at >= 0:
        if _PLAN.match(text, max(0, at - 1), at + 5):
            for m in _PHRASE.finditer(text, max(last, at - _BACK), min(len(text), at + 44)):
                if m.start("name") <= at < m.end("name"):
                    last = m.end()
                    yield m
                    break
        at = text.find("plan", at + 4)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Propose the plans running text names by a phrase (see the module's notes)."""
    text = draft.text
    if "plan" not in text:
        return []
    kinds = _kinds()
    rows = spans_by_start(spans_of)
    starts = [x[0] for x in rows]
    ends = {}
    for x in rows:
        if kind_of(x[2].cls) == "org":
            ends.setdefault(x[1], x)
    made = []
    for m in _phrases(text):
        mods = m.group("mods").split()
        if not m.group("det") and not m.group("poss") and any(w.endswith("ed") for w in mods):
            continue        # ("X adopted maintenance plan": a verb, not the plan's words)
        kind = next((kinds[w] for w in reversed(mods) if w in kinds), None)
        if kind is None:
            continue
        s, e = m.start("name"), m.end("name")
        owner = None
        if m.group("poss"):
            owner = ends.get(m.start("poss"))
            if owner is None:
                continue        # ("the county's plan", "the company's plan": whose, unsaid here)
        elif not m.group("det"):
            owner = ends.get(m.start())     # ("X Aluminium comprehensive emergency plan")
            if owner is None:
                continue
        k = bisect.bisect_left(starts, s)
        if any(x[0] < e and x[1] > s and kind_of(x[2].cls) in ("policy", "org")
               for x in rows[max(0, k - 8):k + 8]):
            continue        # (a name of the draft there already)
        a, b = sentence_around(text, s, e)
        if phrase_unreal(text, m.start(), e, a, b):
            continue        # ("if a recall plan is needed": none said to be)
        if owner is None:
            of = _OF.match(text, e)
            if of is not None:
                j = bisect.bisect_left(starts, of.end())
                if j < len(rows) and rows[j][0] == of.end() and kind_of(rows[j][2].cls) == "org":
                    owner = rows[j]
        label = " ".join(text[s:e].split())
        ent = Entity(minter.mint(label), NFO.Plan, label, False, RULE, CONFIDENCE)
        ent.mentions.append(Span(s, e))
        draft.entities[ent.iri] = ent
        spans_of.append((s, e, ent))
        made.append(ent)
        if owner is not None:
            span = Span(min(s, owner[0]), max(e, owner[1]))
            if kind == "subject":
                ent.add(NFO.about, owner[2].iri, span, "document:plan-subject")
            else:
                ent.add(NFO.issuedBy, owner[2].iri, span, "document:plan-owner")
    return made
