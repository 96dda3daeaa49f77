"""What the steps of a log, report or notice about one works are about: the works its title or
its labelled header names.

A site log, a supervision report, a works notice or an inspection case names its works once
at the top ("No. 1 Furnace -- Hot Commissioning Log", "Project:  Phase I of the X Project",
"NOTICE ON THE ANNUAL OVERHAUL OF THE Y LINE", "Report title: ... of the Z Mine") and then
tells its entries without naming it again ("09:40  Transformer energised", "3.2 The bureau made
a spot check on Friday"). Each event of such a text that no rule has said anything about is
about that works (rule ``topic:title-works@0.5``, a guess the reviewer confirms), and so is the
text's own document when its name stands in the title (the log, the report, the notice).

The works is the one project or works site (not a park or a zone: works_milestones._is_works)
named in the title lines (reading/title_lines.headline_lines) or on a header line labelled
``data/title-works-labels.txt`` ("Project:", "Report title:", "Subject:") in the first
``_HEAD`` characters; two different works there, or none, and nothing is proposed. An event
that names a works, company or document of its own in its span, or is about anything already,
is left alone. One pass over the entities: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.title_lines import headline_lines
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.works_milestones import _is_works
from kg.ingest.terms import NFO

RULE = "topic:title-works@0.5"
STEP_RULE = "topic:step-names-works@0.6"
_HEAD = 1500            # characters: where a header's labelled lines may stand
_LABEL = None
_DOC = None


def _label_rx():
    alt = "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in
                           lines("title-works-labels")), key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{alt})[ \t]*:[ \t]*", re.I | re.M)


def _doc_rx():
    alt = "|".join(sorted((re.escape(w) for w in lines("title-works-documents")),
                          key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b", re.I)


def _header_spans(text) -> list:
    """The title lines and each labelled header line with its indented continuation lines."""
    global _LABEL
    if _LABEL is None:
        _LABEL = _label_rx()
    spans = list(headline_lines(text, _HEAD))
    labelled = []
    for m in _LABEL.finditer(text, 0, _HEAD):
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        while end + 1 < len(text) and text[end + 1:end + 2] in (" ", "\t"):
            nxt = text.find("\n", end + 1)
            line = text[end + 1:len(text) if nxt < 0 else nxt]
            if not line.strip() or re.match(r"[ \t]*[A-Z][\w .'/()-]{0,30}:", line):
                break   # a blank line or the next label ends the field
            end = len(text) if nxt < 0 else nxt
        labelled.append((m.start(), end))
    return spans + labelled, labelled


def _inside(m, spans) -> bool:
    return any(a <= m.start and m.end <= b for a, b in spans)


def _names_other(e, target, named, starts) -> bool:
    """Whether a mention of the event holds the name of another works or document."""
    for m in e.mentions:
        i = bisect.bisect_left(starts, m.start)
        while i < len(named) and named[i][0] < m.end:
            if named[i][1] <= m.end and named[i][2] is not target and named[i][2] is not e:
                return True
            i += 1
    return False


_VENUE = re.compile(r"\b(?:at|in|near|inside|outside|from|to|into|across)\s+"
                    r"(?:the\s+|its\s+)?$", re.I)


def _works_named(text, e, named, starts) -> list:
    """The works the event's first mention names (distinct, in order); a works named as where
    it happened ("held at the X Centre", "set up at the Y mine") is its venue, and the event
    is then about nothing the rule can tell."""
    m = min(e.mentions, key=lambda x: x.start)
    out = []
    i = bisect.bisect_left(starts, m.start)
    while i < len(named) and named[i][0] < m.end:
        s, t, w = named[i]
        i += 1
        if t <= m.end and w is not e and w.kind in ("project", "place"):
            if _VENUE.search(text, max(m.start, s - 12), s):
                return []
            if w not in out:
                out.append(w)
    return out


def step_works(draft) -> None:
    """An event no rule has said anything about whose words name one works (and no other) is
    about it: "refractory lining of melting furnace No. 1 to start on 28 October" (rule
    ``topic:step-names-works@0.6``), unless it was held there (a visit to the works)."""
    named = []
    events = []
    for e in draft.entities.values():
        k = e.kind
        if k in ("project", "place") and _is_works(e):
            named.extend((m.start, m.end, e) for m in e.mentions)
        elif k == "event" and not e.known and e.mentions:
            events.append(e)
    if not named or not events:
        return
    named.sort(key=lambda x: (x[0], x[1]))
    starts = [x[0] for x in named]
    for e in events:
        if any(st[0] == NFO.about for st in e.statements):
            continue
        got = _works_named(draft.text, e, named, starts)
        if len(got) == 1 and not any(st[0] == NFO.heldIn and st[1] == got[0].iri
                                     for st in e.statements):
            # (not the works it was held at: "the delegation visits the zinc smelter")
            m = min(e.mentions, key=lambda x: x.start)
            e.add(NFO.about, got[0].iri, Span(m.start, m.end), STEP_RULE)


def title_works(draft) -> None:
    global _DOC
    step_works(draft)
    text = draft.text
    spans, labelled = _header_spans(text)
    if not spans:
        return
    if not labelled:        # a news headline names works too: the title must name a log,
        if _DOC is None:    # a report, a notice ...
            _DOC = _doc_rx()
        if not any(_DOC.search(text, a, b) for a, b in spans):
            return
    works, named = {}, []
    for e in draft.entities.values():
        k = e.kind
        if k in ("project", "place") and _is_works(e):
            if any(_inside(m, spans) for m in e.mentions):
                works[e.iri] = e
            named.extend((m.start, m.end, e) for m in e.mentions)
        elif k == "policy":
            named.extend((m.start, m.end, e) for m in e.mentions)
    if len(works) != 1:
        return
    named.sort(key=lambda x: (x[0], x[1]))
    starts = [x[0] for x in named]
    (target,) = works.values()
    first = min(m.start for m in target.mentions if _inside(m, spans))
    head_span = Span(first, first + len(target.label))
    for e in draft.entities.values():
        if e is target or e.known or not e.mentions:
            continue
        k = e.kind
        if k == "event":
            if any(st[0] == NFO.about for st in e.statements) or \
                    _names_other(e, target, named, starts):
                continue
            e.add(NFO.about, target.iri, head_span, RULE)
        elif k == "policy" and any(_inside(m, spans) for m in e.mentions) and \
                not any(st[0] == NFO.about for st in e.statements):
            e.add(NFO.about, target.iri, head_span, RULE)
