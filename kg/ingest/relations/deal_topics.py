"""What a briefing and an agreement are about, read for topics.py (which calls these with its
rows, ``within`` and its ``_add``, a cue's statement replacing a guess of the same pair):

* "At a press conference on the same day, A said ...": a press conference or briefing is about
  the new document its sentence names, else the one the article reports (rule
  ``topic:briefing-document@0.5``);
* "an equity transfer agreement with Y, under which A will buy 65% of X": the agreement is about
  X (rule ``topic:agreement-stake``)."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


# "under which A will buy 65% of X", "an agreement to acquire the entire equity of X": what changes
# hands, right before the company's name
_STAKE = re.compile(r"\b(?:buy|buys|bought|acquire[sd]?|acquiring|purchase[sd]?|sell|sells|sold|"
                    r"transfer(?:s|red)?|take|takes|took)\s+(?:a\s+|an\s+)?(?:\d+(?:\.\d+)?\s*%|"
                    r"(?:the\s+)?(?:entire|whole)|all|(?:majority|controlling|minority)\s+stake)"
                    r"[^.;,]{0,40}?\b(?:of|in)\s+(?:the\s+)?$", re.I)


def agreement_stakes(text, rows, sents, within, kind, add) -> None:
    """"signed an equity transfer agreement with Y, under which A will buy 65% of X": the
    agreement is about the company whose stake it moves (rule ``topic:agreement-stake``), when
    its sentence names it after the agreement."""
    for s, e, ag in rows:
        if ag.kind != "agreement" or ag.known or not ag.mentions or \
                (s, e) != (ag.mentions[0].start, ag.mentions[0].end):
            continue
        ss, se = sents.bounds(s)
        for cs, ce, org in within(e, se, {"org"}):
            if _STAKE.search(text, max(e, cs - 90), cs):
                add(ag, NFO.about, org.iri, Span(ss, se), "topic:agreement-stake")
                break


_BRIEFING = re.compile(r"\b(?:press|news|media)\s+(?:conference|briefing)|\bbriefing\b", re.I)
_PARAS = re.compile(r"\S[^\n]*(?:\n(?!\s*\n)[^\n]*)*")


# a briefing's name that says what it is on: "Press Conference on the Lead Market" (not "on July 8")
_OWN_TOPIC = re.compile(r"\son\s+(?!(?:the\s+)?(?:\d|same\b|[A-Z][a-z]+\.?\s+\d))")
_ISSUED = re.compile(r"\b(?:issued|released|published|promulgated|unveiled|approved|adopted|"
                     r"announced|rolled\s+out|launched)\b", re.I)


# documents only guessed from a phrase ("according to data released by X on the 15th"): a
# briefing is not said to present them
_GUESSED = {"report:data-released"}


def briefing_documents(text, rows, sents, within, kind, add) -> None:
    """"At a press conference on the same day, A said ..." in the report of a new plan or
    measures: the press conference or briefing is about the document its sentence names, else
    the one the article reports (the first new policy named in its first three paragraphs
    after the headline, in a sentence that issues, releases or approves it; rule
    ``topic:briefing-document@0.5``); not one whose own name says what it is on."""
    briefings = [x for x in rows if x[2].kind == "event" and not x[2].known and
                 (_cls(x[2]) == "PressConference" or _BRIEFING.search(x[2].label))]
    if not briefings:
        return
    body = text.find("\n") + 1
    limit = len(text)
    for n, m in enumerate(_PARAS.finditer(text, body)):
        limit = m.end()
        if n == 2:
            break
    lead = next((x[2] for x in rows if x[2].kind == "policy" and not x[2].known and
                 body <= x[0] < limit and x[2].rule not in _GUESSED), None)
    if lead is not None and not _ISSUED.search(text, *sents.bounds(lead.mentions[0].start)):
        lead = None         # named, not reported as issued ("the government work report")
    for s, e, ev in briefings:
        if any(p == NFO.about for p, *_ in ev.statements) or _OWN_TOPIC.search(ev.label):
            continue        # (a "Press Conference on X" is about X)
        ss, se = sents.bounds(s)
        named = [x for x in within(ss, se, {"policy"}) if not x[2].known
                 and x[2].rule not in _GUESSED]
        if named:
            add(ev, NFO.about, named[0][2].iri, Span(ss, se), "topic:briefing-document")
        elif lead is not None:
            add(ev, NFO.about, lead.iri, Span(ss, se), "topic:briefing-document@0.5")
