"""Works a text names in lower case by their head noun right after a verb that starts, plans or
builds them, with what they are of or for: "the hospital will start a trial of a porous tantalum
acetabular cup in the first quarter", "Start, jointly with X University, a study of rotary
targets for large panels", "the company will build a pilot line for medical magnesium alloy
wire and tube". Such a trial, study or line is a project of its own (``nfo:Project``, rule
``project:started-work``), labelled by its head and what follows ("Trial of a porous tantalum
acetabular cup"), the printed phrase an alias; who runs it is read later like any project's
owner (:mod:`kg.ingest.relations.projects`).

* The verb: ``data/started-work-verbs.txt`` and the verbs of building and planning
  (``data/site-building-verbs.txt``), right before "a" / "an" (an aside "jointly with X," or
  "together with X," may stand between); the head: ``data/started-work-heads.txt``, after up
  to three lower-case words ("a randomised clinical trial", "a shared pilot line").
* What it is of or for: "of / for / on / into / using" and a lower-case phrase of up to ten
  words ("and", "of", "for" inside it), which ends before a word of time or place ("in the
  first quarter", "next year", "by 2027", "at its plant"), a relative, a capitalised word or a
  stop; a phrase of pronouns or one word of two letters names nothing.
* A phrase another rule already read as a project, agreement or document is left to it; a
  denied one ("will not start a trial of ...") names no work.

One pass of one regular expression over the sentences (stretches between full stops, which no
match reads) that print a head's last word (reading/windows.Near: the whole scan's matches, about
3 ms less on the largest source text): linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.mood import denied
from kg.ingest.reading.sentences import Sentences
from kg.ingest.reading.windows import Near
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "project:started-work", 0.5
_KINDS = ("project", "agreement", "policy")
# words that end what a work is of or for: time, place, company, a relative, a verb's start
_ENDS = frozenset(("in", "at", "by", "from", "next", "this", "within", "before", "after",
                   "during", "with", "jointly", "to", "that", "which", "who", "under", "as",
                   "over", "until", "on", "will", "would", "is", "are", "was", "were", "be",
                   "starting", "early", "late", "later", "soon", "together", "so", "than",
                   "while", "when", "where", "since", "each", "every", "per", "among"))
_EMPTY = frozenset(("it", "them", "this", "that", "these", "those", "its", "their", "his", "her",
                    "a", "an", "the", "and", "of", "for", "one", "ones"))
_INNER = frozenset(("and", "of", "for"))
_WORD = re.compile(r"[ \t]*\n?[ \t]*([a-z0-9][\w\-/.]*[\w]|[a-z0-9])(?![\w\-])")


@lru_cache(maxsize=None)
def _rx() -> re.Pattern:
    verbs = alternation("started-work-verbs", lower=True)
    building = alternation("site-building-verbs", lower=True)
    heads = alternation("started-work-heads", lower=True)
    return re.compile(
        rf"\b(?i:{verbs}|{building})(?:[ \t]*,[ \t\n]*"
        rf"(?:(?:jointly|together|along)[ \t\n]+)?with[ \t\n]+"
        rf"[^,.;\n]{{1,80}}?,)?[ \t\n]+(?P<det>an?)[ \t\n]+"
        rf"(?P<np>(?:[a-z][a-z\-]*[ \t\n]+){{0,3}}?(?P<head>{heads}))"
        rf"[ \t\n]+(?P<prep>of|for|on|into|using)(?![\w\-])")


@lru_cache(maxsize=None)
def _near() -> Near:
    """:func:`_rx` run only over the stretches between full stops that print the last word of a
    head (every match ends with one; none reads a full stop)."""
    return Near(_rx(), sorted({w.split()[-1] for w in words("started-work-heads")}), stops=".")


def _tail(text: str, p: int) -> int:
    """Where the phrase after "of / for" from ``p`` ends (``p`` itself: no phrase)."""
    end, pos, words = p, p, []
    while len(words) < 10:
        m = _WORD.match(text, pos)
        if m is None:
            break
        w = m.group(1)
        if w in _ENDS:
            break
        words.append(w)
        pos = m.end()
        if w not in _INNER and w not in ("a", "an", "the"):
            end = pos
    content = [w for w in text[p:end].split() if w not in _EMPTY]
    if not content or all(len(w) <= 2 for w in content):
        return p
    return end



def project_named(draft, minter, by_label: dict, printed: str, rule: str, conf: float):
    """The project labelled by ``printed`` (its spacing folded, its first letter capital): the
    one ``by_label`` already holds under the label's normalised form, else a new one added to
    the draft and to ``by_label``; returns it and that key (also for
    :mod:`kg.ingest.events.planned_undertakings`)."""
    label = " ".join(printed.split())
    label = label[:1].upper() + label[1:]
    key = normalise_name(label)
    ent = by_label.get(key)
    if ent is None:
        ent = Entity(minter.mint(label), NFO.Project, label, False, rule, conf)
        draft.entities[ent.iri] = ent
        by_label[key] = ent
    return ent, key

def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the works named after a verb that starts or builds them; returns them."""
    text = draft.text
    if not any(w in text for w in ("trial", "study", "line", "pilot", "joint")):
        return []
    spans = spans_by_start(spans_of)
    within = overlapping(spans, [x[0] for x in spans])
    sents = None
    made, by_label = [], {}
    for m in _near().finditer(text):
        start = m.end("prep")
        end = _tail(text, start)
        if end <= start:
            continue
        a = m.start("np")
        if any(kind_of(x.cls) in _KINDS for _, _, x in within(a, end)):
            continue            # (a name another rule read there is the work)
        sents = sents or Sentences(text)
        if denied(text, sents, m.start(), end):
            continue            # "will not start a trial of ..."
        head_at = m.start("head")
        ent, key = project_named(draft, minter, by_label, text[head_at:end], RULE, CONFIDENCE)
        alias = " ".join(text[m.start("det"):end].split())
        if normalise_name(alias) != key:
            ent.aliases.add(alias)
        ent.mentions.append(Span(a, end))
        made.append((a, end, ent))
    spans_of.extend(made)
    return [x[2] for x in made]
