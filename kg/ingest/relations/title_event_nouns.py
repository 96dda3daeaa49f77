"""What the text's own document is about: the one event of the draft its title names by noun.

An audit report, an acceptance record, an injury determination or a notice of a general
assembly's results titles itself by the happening it is about ("Audit Results of the 2025
Accounts of X Group", "Equipment Acceptance Record", "Decision on Work-related Injury
Determination", "Notice on the Results of the Second General Assembly of Members"), while the
body names that happening in words of its own ("Performance audit of X", "Acceptance", "The
Second General Assembly of Members of the Association was held on ..."). The own document (the
first new document named in the text's title lines, as :mod:`title_topics` finds it) is about
(``nfo:about``, rule ``topic:title-noun@0.5``) the event whose label prints, among its first
``_HEAD_WORDS`` words, a noun of ``data/title-event-nouns.txt`` that its title paragraph
(wrapped lines up to a blank line) prints too, singular or plural. In the label the noun is the
head of its phrase: the label ends there, or a small word (``_AFTER``: "of", "on", "was",
"held" ...) or a stop follows ("Performance audit of X", "Public hearing: ...", "Injury"), not
another noun ("forum lunch", "acceptance group", "Congress Joint Meeting"). An event named in
title case ("Korean Magnesium Forum") is the title's only when the title prints that name: a
title naming another forum of its own is not about it. Nor is an event another of its kind
(a word of ``data/other-instance-words.txt`` before the noun: "Previous audit", "Next
surveillance audit"), or one of a year the title does not print when it prints one ("2027
Expo" under "... of the 2026 Expo"). In the title the noun is no word of an organisation's
name the draft has ("... of the Standing Committee of the X People's Congress").

Refused: two or more such events (which one the title means is not stated); milestones (a
step, a deadline, not the happening); an event linked to the document already, either way; a
title that prints none of the nouns. Only the title paragraph is read, and each new event's
label once: linear in the draft."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.signed_document import title_document
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "topic:title-noun@0.5"
_PARAGRAPH = 400        # characters of the title paragraph read
_HEAD_WORDS = 4         # words of an event's label where its noun must stand
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SMALL = frozenset(("of", "on", "for", "the", "a", "an", "and", "in", "at", "to", "with", "by"))
# what may follow the noun in an event's label when the noun heads its phrase
_AFTER = frozenset((
    "of", "on", "for", "into", "in", "at", "by", "to", "against", "with", "between", "from",
    "over", "under", "and", "was", "were", "is", "are", "has", "had", "have", "will", "held",
    "began", "begins", "ended", "ends", "opened", "opens", "closed", "took", "starts",
    "started", "concerning", "regarding", "about"))
_LABEL_WORD = re.compile(r"[A-Za-z]+(?:[-'’][A-Za-z]+)*|[^\sA-Za-z]")


@lru_cache(maxsize=1)
def _nouns() -> frozenset:
    return frozenset(n.strip().lower() for n in lines("title-event-nouns") if n.strip())


def _found(words) -> set:
    nouns = _nouns()
    out = set()
    for w in words:
        if w in nouns:
            out.add(w)
        elif w.endswith("s") and w[:-1] in nouns:
            out.add(w[:-1])
        elif w.endswith("es") and w[:-2] in nouns:
            out.add(w[:-2])
    return out


def _heads(label: str) -> set:
    """The title nouns that head their phrase among the label's first words (none when a word
    before says it is another of its kind)."""
    toks = _LABEL_WORD.findall(label)
    other = words("other-instance-words")
    out = set()
    seen = 0
    for i, t in enumerate(toks):
        if not t[0].isalpha():
            continue
        seen += 1
        if seen > _HEAD_WORDS:
            break
        if t.lower() in other:
            return set()
        got = _found((t.lower(),))
        if not got:
            continue
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if not nxt or not nxt[0].isalpha() or nxt.lower() in _AFTER:
            out |= got
    return out


def _said(text: str, start: int, stop: int, spans_of, kind_of) -> set:
    """The title nouns the title paragraph text[start:stop] prints outside organisations'
    names."""
    names = [(s, e) for s, e, x in spans_of if start <= s < stop and kind_of(x.cls) == "org"]
    out = set()
    for m in _WORD.finditer(text[start:stop].lower()):
        if any(s <= start + m.start() and start + m.end() <= e for s, e in names):
            continue
        out |= _found((m.group(),))
    return out


def _named(label: str) -> bool:
    """A label in title case, two words or more: an event's own name."""
    ws = [w for w in _WORD.findall(label) if w.lower() not in _SMALL]
    return len(ws) >= 2 and all(w[0].isupper() for w in ws)


def _flat(s: str) -> str:
    return " ".join(s.lower().split())


def _label_said(doc, draft, kind_of) -> set:
    """The title nouns the document's label prints outside the names of the draft's
    organisations (the label is the whole title where its first mention is a number)."""
    label = doc.label
    for x in draft.entities.values():
        if len(x.label) > 3 and x.label in label and kind_of(x.cls) == "org":
            label = label.replace(x.label, " ")
    return _found(_WORD.findall(label.lower()))


def title_event_nouns(draft, spans_of, kind_of) -> int:
    text = draft.text
    own = title_document(text, spans_of, kind_of)
    if own is None:
        return 0
    ts, te, doc = own
    stop = text.find("\n\n", ts)
    stop = min(len(text), ts + _PARAGRAPH) if stop < 0 else min(stop, ts + _PARAGRAPH)
    said = _said(text, ts, stop, spans_of, kind_of) | _label_said(doc, draft, kind_of)
    if not said:
        return 0
    title = text[ts:stop] + " " + doc.label
    years = set(_YEAR.findall(title))
    linked = {st[1] for st in doc.statements}
    hits = []
    for ent in draft.entities.values():
        if ent is doc or ent.known or kind_of(ent.cls) != "event" or \
                str(ent.cls).endswith("#Milestone"):
            continue
        if _heads(ent.label) & said and \
                (not _named(ent.label) or _flat(ent.label) in _flat(title)) and \
                (not years or set(_YEAR.findall(ent.label)) <= years):
            hits.append(ent)
            if len(hits) > 1:
                return 0
    if not hits:
        return 0
    ent = hits[0]
    if ent.iri in linked or any(st[1] == doc.iri for st in ent.statements):
        return 0
    doc.add(NFO.about, ent.iri, Span(ts, te), RULE)
    return 1
