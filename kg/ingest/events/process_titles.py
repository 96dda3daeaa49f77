"""The process or occasion a notice's title says its issuer carries out: "Notice on Carrying Out
the 2026 Cost Survey of Primary Magnesium and Semi-coke Production", "Notice on Launching a
Special Campaign against the Smuggling of X" (wrapped over two lines), "Announcement of a Public
Hearing on Y", "2027 Open Recruitment Announcement of the Z Institute", "W County 2027 Job Fair:
Announcement".

A new document of the draft whose first mention lies in the text's opening is read with the
rest of its title paragraph (up to a blank line), in one of three shapes:

* "<Notice|Announcement|Circular|...> [of A] on [<verb>] [the|a|an] X", the verbs of
  ``data/process-title-verbs.txt`` (carrying out, launching, organising, holding ...);
* "<Notice|Announcement|...> of the|a|an X" (when the first names no process);
* "X[:] <Notice|Announcement|...> [of Y]" (X of three words or more; a bracket line under it is
  passed over): the label is X, or "X of Y".

X is cut at " and <verb>-ing" (a second matter), at " with" (a partner), at a bracket, colon,
comma or dash. X's head (its last word before "of", "for", "against", "on", "in", "at", "to",
"by", "with", "from", "among", words in quotation marks passed over; a year or code is no head)
must be a process or occasion of ``data/process-title-heads.txt`` (a survey, a campaign, an
inspection, a contest, a recruitment, a hearing), which gives its class. A title that names only
a document ("Notice on Publishing the 2026 List of X"), a grant ("Continuing the Subsidies") or a
result ("Results of ...": events/result_titles.py) names none here.

Unless the draft already has it (an event named X, an event with a mention inside the title's
X, an event whose label, before a colon, holds X's head with the word before it: "public
hearing"; the rules that read that one give its topic and steps: relations/title_events.py), X is a new event (rule ``event:process-title``, 0.5) labelled as the title prints it
(a title in capitals with its words capitalised), named at the title and where the text after
the title prints X again ("will carry out a Special Campaign against ... from 1 December": the
clause the date rules read), else its words up to the head ("will organise artificial snow
enhancement operations."), else a definite reference to its head ("The survey covers ...",
"decided to hold the following campaign"; not "the survey points", "the first operation"),
and the notice is about it (``nfo:about``, rule ``topic:title-process``). After the relations are read (:func:`issuers`), the organisations that
issued the notice organise it when nothing else does (rule ``event:process-issuer@0.5``).

Only the few documents of the opening are read, each title paragraph once, and the draft's
events once for a title that names a process: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:process-title", 0.5
ABOUT_RULE = "topic:title-process"
_OPENING = 1200         # characters: a title lies in the text's opening
_PARAGRAPH = 320        # characters of a title paragraph read
_DOC = r"(?:Notice|Announcement|Circular|Notification|Public\s+Notice|Opinions?)"
_CUT = re.compile(r"\s+and\s+[A-Za-z]+ing\s|\s*[(\[（:;,]|\s+--?\s|\s+with\s", re.I)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_PREP = re.compile(r"\s(?:of|for|against|on|in|at|to|by|with|from|among|into|concerning)\s",
                   re.I)


@lru_cache(maxsize=1)
def _patterns():
    verbs = sorted(lines("process-title-verbs"), key=len, reverse=True)
    alt = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in verbs)
    title = {"on": re.compile(rf"^{_DOC}\s+(?:of\s+(?:the\s+)?(?P<by>[^\n]{{3,120}}?)\s+)?on\s+"
                             rf"(?:(?P<verb>{alt})\s+)?(?:(?:the|a|an)\s+)?(?P<x>\S.*)$",
                             re.I | re.S),
             "of": re.compile(rf"^{_DOC}\s+of\s+(?:the|a|an)\s+(?P<x>\S.*)$", re.I | re.S),
             # "2026 Open Recruitment Announcement of the X Institute", "Y Job Fair: Notice"
             "before": re.compile(rf"^(?:[^:\n]{{3,80}}:\s*)?(?P<x>[^:]+?)\s*:?\s+{_DOC}"
                                  r"(?:\s+(?P<of>of\s+(?:the\s+)?\S.*?))?(?:\s*\([^()]*\))?\s*$",
                                  re.I | re.S)}
    heads = {}
    for line in lines("process-title-heads"):
        word, cls = line.split()
        heads[word.lower()] = cls
    return title, heads


def _unquoted(x: str) -> str:
    """X with the words inside quotation marks blanked ('"Spring Breeze for Veterans" Fair'):
    a preposition there does not end the head."""
    return _QUOTED.sub(lambda q: "Q" * len(q.group()), x)


def _head(x: str, heads: dict) -> str | None:
    """The class X's head gives, or None when the head is no process of the list."""
    got = _head_word(x, heads)
    return None if got is None else heads[got]


def _head_word(x: str, heads: dict) -> str | None:
    """X's head as the list spells it ("campaign" for "Campaigns"), or None."""
    m = _PREP.search(_unquoted(x))
    words = (x[:m.start()] if m else x).split()
    words = [w for w in words if not re.search(r"\d", w)] or words
    if not words:
        return None
    head = words[-1].lower().strip("\"'“”")
    for w in (head, head[:-1] if head.endswith("s") else head,
              head[:-2] if head.endswith("es") else head):
        if w in heads:
            return w
    return None


# what a definite reference to the process is followed by: a verb or a preposition ("The
# survey covers", "the campaign will"), not a noun it qualifies ("the survey points"); and a
# word before its head that singles out one instance ("the first operation") is none
_AFTER = ("is|are|was|were|will|shall|must|may|can|covers?|runs?|starts?|begins?|ends?|lasts?|"
          "takes?|targets?|aims?|focuses|has|have|in|on|at|from|of|for|to|by|with|and|against")
_ONE = r"(?:first|second|third|last|next|previous|each|every|other|one)\s"


def _head_phrase(x: str) -> str | None:
    """X's words up to its head, a year or code left out ("Artificial Snow Enhancement
    Operations" of "... Operations in the Winter of 2026-2027"), when two or more."""
    m = _PREP.search(_unquoted(x))
    words = [w for w in (x[:m.start()] if m else x).split() if not re.search(r"\d", w)]
    return " ".join(words) if len(words) >= 2 else None


def _referred(text: str, head: str, after: int, spans_of):
    """Where the text after the title refers back to the process by its head with a definite
    word ("the following campaign", "The survey covers ...", "this recruitment"), outside the
    names the draft holds: the first of at most three such uses, else None."""
    rx = re.compile(rf"\b(?:the|this)\s+(?:(?!{_ONE})[a-z][\w-]*\s+)?{re.escape(head)}(?:e?s)?"
                    rf"(?=\s*[,.;:)]|\s+(?:{_AFTER})\b)", re.I)
    for k, m in enumerate(rx.finditer(text, after)):
        if k >= 3:
            break
        if not any(a < m.end() and m.start() < b for a, b, _ in spans_of):
            return Span(m.start(), m.end())
    return None


def _paragraph(text: str, start: int) -> tuple[int, int]:
    """The title paragraph from ``start``: up to a blank line, at most _PARAGRAPH characters."""
    stop = min(len(text), start + _PARAGRAPH)
    blank = re.compile(r"\n[ \t]*\n").search(text, start, stop)
    end = blank.start() if blank else text.find("\n", start, stop)
    if blank is None and end < 0:
        end = stop
    elif blank is None:
        nxt = text.find("\n", end + 1, stop)    # a title wrapped once: both lines
        end = nxt if nxt > 0 and text[end + 1:nxt].strip() and \
            text[end + 1:end + 2].islower() else end
    return start, end


def _twin(draft, x: str, at: Span, doc, heads: dict):
    """An event of the draft that is already X: named X, a mention inside X's span in the
    title, or a label holding X's head with the word before it."""
    name = normalise_name(x)
    m = _PREP.search(_unquoted(x))
    core = " ".join((x[:m.start()] if m else x).lower().split()[-2:])
    for e in draft.entities.values():
        if e is doc or e.known or not e.mentions or kind(e) != "event":
            continue
        if normalise_name(e.label) == name or name in {normalise_name(a) for a in e.aliases}:
            return e
        if any(at.start <= s.start and s.end <= at.end for s in e.mentions):
            return e
        own = " ".join(e.label.lower().split()).split(": ")[0]    # ("Meeting: <the title>")
        if len(core.split()) == 2 and core in own:
            return e
    return None


_SMALL = frozenset("of the and for on in at to a an by with against from".split())


def _cased(x: str) -> str:
    """A title in capitals as a label: each word capitalised, the small words in lower case."""
    ws = x.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(ws))


def _read(raw: str, rx, heads) -> tuple | None:
    """(start, end, label, class) of the process the title paragraph ``raw`` names, offsets in
    ``raw``; None when it names none."""
    flat = " ".join(raw.split()).lower()
    t = rx["on"].match(raw) if " on " in flat else None
    if t is not None and _head(t.group("x"), heads) is None and " of " in flat:
        t = rx["of"].match(raw)     # "Announcement of a Public Hearing on X"
    if t is not None:
        x0 = t.start("x")
        cut = _CUT.search(raw, x0)
        x1 = cut.start() if cut else len(raw)
        label = " ".join(raw[x0:x1].split()).rstrip(".,;: ")
        words = label
    else:
        t = rx["before"].match(raw)
        if t is None:
            return None
        x0, x1 = t.start("x"), t.end("x")
        words = " ".join(t.group("x").split())
        if len(words.split()) < 3:
            return None
        label = words
        if t.group("of"):
            label = f"{words} {' '.join(raw[t.start('of'):t.end('of')].split())}"
            x1 = t.end("of")
        label = label.rstrip(".,;: ")
    n = len(label.split())
    cls = _head(words, heads) if 3 <= n <= 20 else None
    if cls is None:
        return None
    while x1 > x0 and raw[x1 - 1] in " \t\n.,;:":
        x1 -= 1
    return x0, x1, _cased(label) if label.isupper() else label, cls


def propose(draft, spans_of, minter) -> list:
    """Add the events notices' titles say they carry out (and the notices' ``nfo:about``)."""
    text = draft.text
    rx, heads = _patterns()
    made = []
    docs = [e for e in draft.entities.values()
            if e.kind == "policy" and not e.known and e.mentions
            and e.mentions[0].start < _OPENING]
    for doc in docs:
        s, e = _paragraph(text, doc.mentions[0].start)
        got = _read(text[s:e], rx, heads)
        if got is None:
            continue
        x0, x1, x, cls = got
        at = Span(s + x0, s + x1)
        if _twin(draft, x, at, doc, heads) is None:     # (a twin's topic: the rules that read it)
            held = Entity(minter.mint(x), getattr(NFO, cls), x, False, RULE, CONFIDENCE)
            held.mentions.append(at)
            again = re.compile(r"\s+".join(re.escape(w) for w in x.split()), re.I)
            body = again.search(text, max(e, doc.mentions[0].end))
            phrase = _head_phrase(x) if body is None else None
            if phrase is not None and phrase != x:
                body = re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in phrase.split())
                                  + rf"(?:e?s)?(?=\s*[,.;:)]|\s+(?:{_AFTER})\b)",
                                  re.I).search(text, max(e, at.end))
            if body is not None:
                held.mentions.append(Span(body.start(), body.end()))
            else:
                back = _referred(text, _head_word(x, heads) or "", max(e, at.end), spans_of)
                if back is not None:
                    held.mentions.append(back)
            draft.entities[held.iri] = held
            made.extend((m.start, m.end, held) for m in held.mentions)
            doc.add(NFO.about, held.iri, at, ABOUT_RULE)
    spans_of.extend(made)
    return [h for _, _, h in made]


ISSUER_RULE = "event:process-issuer@0.5"
_ROLES = (NFO.organizedBy, NFO.hostedBy)


def issuers(draft) -> None:
    """The process a notice's title names is run by those who issued the notice (its
    ``nfo:issuedBy`` organisations: the letterhead's bureau, the ministries signing it), when
    the text gives it no organiser of its own (``nfo:organizedBy``, rule
    ``event:process-issuer@0.5``). After the relations are read; one pass over the draft."""
    mine = [e for e in draft.entities.values() if e.rule == RULE and e.mentions]
    if not mine:
        return
    docs = {}       # event iri -> the notice about it
    for doc in draft.entities.values():
        if doc.kind == "policy" and not doc.known:
            for p, o, _, r in doc.statements:
                if p == NFO.about and r == ABOUT_RULE:
                    docs[o] = doc
    for ev in mine:
        doc = docs.get(ev.iri)
        if doc is None or any(p in _ROLES for p, *_ in ev.statements):
            continue
        at = ev.mentions[0]
        for p, o, _, _ in doc.statements:
            if p == NFO.issuedBy and o in draft.entities and draft.entities[o].kind == "org" \
                    and not ev.statements.has(NFO.organizedBy, o):
                ev.add(NFO.organizedBy, o, Span(at.start, at.end), ISSUER_RULE)
