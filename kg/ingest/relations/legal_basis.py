"""What a notice, decision or publicity states it is made under (``nfo:implements``, rule
``document:legal-basis``): "Under the X Regulations, the bureau reviewed the applications
below", "In accordance with the X Law and the Y Measures, the department decided ...",
"Pursuant to Article 12 of the X Rules, it is announced as follows". The text's own document
implements each law, regulation, plan or initiative the opening phrase lists (not the bureau
that acts in the main clause); a new document named as the subject right after the phrase
("Under the X Law, the Y Measures are formulated") is implements.py's to read.

A document's number in brackets right after a listed name ("the X Measures (Gan Gui [2024] No.
3)") names the same document: where the draft holds the number as a thing of its own, the own
document implements it too (round 60).

The own document is the first new document named in the text's head (its title block, or its
first ``_HEAD`` characters: a document number printed under a letterhead) above the sentence,
by a title rather than by its number alone, a bare head word ("Announcement") passed over.
Cues (``data/legal-basis-cues.txt``) open a sentence, follow a salutation's colon, or follow
the sentence's opening clause of purpose ("To protect the fishery, and under the X Law, the
Bureau decides as follows", round 60). The list
is read name by name: "the", "Article(s) N of the", "the relevant provisions of the", an
owner's "'s" and a short bracket (a document number) may stand between; ", " joins only inside
a list that goes on ("X, Y and Z"), so a main clause whose subject is a document is not read
as one more item. Refused: an item told of in the body above ("... published the X Plan.
Under the X Plan, capacity moves ...": the plan's content, not the text's basis), and a new
item printed as a description, not a title ("under the inspection plan issued by X"). Measured
on dev sets 2-76: 23 of 33 right (the rest mostly sets whose curators record no basis).
One regex pass over the text; each hit reads a few names: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.events.document_itself import title_end
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

RULE = "document:legal-basis"
_TARGETS = ("policy", "initiative")
_HEAD = 800         # the text's own document is named in its first characters
# what may stand between the cue (or a joiner) and a name of the list
_LEAD = re.compile(r"(?:the\s+|its\s+|their\s+|our\s+|this\s+)?"
                   r"(?:(?:relevant\s+|applicable\s+)?(?:provisions?|requirements?|spirit|"
                   r"deployment|arrangements?)\s+(?:of|in)\s+(?:the\s+)?)?"
                   r"(?:Articles?\s+\d+[\w()]*(?:(?:,\s*|\s+and\s+|\s*-\s*)\d+[\w()]*)*"
                   r"(?:\s+of\s+|\s+in\s+)(?:the\s+)?)?"
                   r"(?:[a-z]+['’]s\s+)?[\"“]?")
_TITLED = re.compile(r"(?:the\s+)?[\"“]?(?:\d{4}\s+)?[A-Z]")    # a title, not a description
_NUMBER = re.compile(r"\[\d{4}\]|\bNo\.\s*\d")      # a document's number: "[2026] No. 12"
_OWNER = re.compile(r"['’]s\s+")
_OPEN_BRACKET = re.compile(r"[\"”]?[ \t]*\n?[ \t]*\([ \t]*")
_CLOSE_BRACKET = re.compile(r"[ \t]*\)")
_DIGIT = re.compile(r"\d")
# the sentence's opening clause of purpose before the cue: "To protect X, and " / "To keep X
# safe and "
_PURPOSE = re.compile(r"(?:To|In\s+order\s+to|So\s+as\s+to)\s[^;:.]{1,200}?"
                      r"(?:,\s*(?:and\s+)?|\s+and\s+)")
# after a name: a closing quote, a short bracket (a document number), then the joiner
_JOIN = re.compile(r"[\"”]?\s*(?:\([^()\n]{1,80}\)\s*)?"
                   r"(?:(,\s*(?:and\s+|as\s+well\s+as\s+)?)|\s+and\s+|\s+as\s+well\s+as\s+)")


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    """A cue as the list prints it, or in lower case (after a clause of purpose only)."""
    alt = alternation("legal-basis-cues", r"\s+")
    low = alternation("legal-basis-cues", r"\s+", lower=True)
    return re.compile(rf"\b(?:{alt}|{low})\s+")


def legal_basis(draft, spans_of, sents, kind) -> None:
    text = draft.text
    found = list(_cue().finditer(text))
    if not found:
        return
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of)
            if not x.role or x.kind == "policy"]
    block = title_end(text)
    end = max(block, _HEAD)
    head = [x for x in rows if x[0] < end and x[2].kind == "policy" and not x[2].known]
    if not head:
        return
    starts = [x[0] for x in rows]
    for m in found:
        if not _opens(text, sents, m.start(), m.group(0)[0].isupper()):
            continue
        ss, se = sents.bounds(m.start())
        own = _own(head, ss)
        if own is None:
            continue
        items, after = _listed(text, rows, starts, m.end(), kind)
        if not items or _document_subject(text, rows, starts, after, kind):
            continue
        for s, e, ent in items:
            if any(block <= m.start < ss for m in ent.mentions):
                continue        # ("Under the plan, ...": one told of above, its content)
            if not ent.known and not _TITLED.match(text, s):
                continue        # ("under the inspection plan issued by X": no title)
            if ent is own or any(st[0] == NFO.implements and st[1] == ent.iri
                                 for st in own.statements):
                continue
            own.add(NFO.implements, ent.iri, Span(ss, max(se, e)), RULE)
            num = bracketed_number(text, rows, starts, e, kind)
            if num is not None and num is not own and \
                    not any(st[0] == NFO.implements and st[1] == num.iri for st in own.statements):
                own.add(NFO.implements, num.iri, Span(ss, max(se, e)), RULE)


def bracketed_number(text, rows, starts, end, kind):
    """The document named by its number in brackets right after a name that ends at ``end``
    ("the X Measures (Gan Gui [2024] No. 3)", "Technical Specifications for Y (GB/T
    1-2025)"): the same document, which the draft may hold as a thing of its own; or None."""
    m = _OPEN_BRACKET.match(text, end)
    if m is None:
        return None
    i = bisect.bisect_left(starts, m.end())
    if i >= len(rows) or rows[i][0] != m.end():
        return None
    s, e, ent = rows[i]
    if kind(ent) not in _TARGETS or ent.known or not _DIGIT.search(ent.label) or \
            not _CLOSE_BRACKET.match(text, e):
        return None
    return ent


def head_document(text, rows, kind, ss):
    """The text's own document above the sentence at ``ss`` (named in its head: see the
    module), or None; ``rows``: the draft's spans (start, end, entity) by start."""
    end = max(title_end(text), _HEAD)
    return _own([x for x in rows[:bisect.bisect_left(rows, end, key=lambda x: x[0])]
                 if x[2].kind == "policy" and not x[2].known], ss)


def _own(head, ss):
    """The text's own document among the new documents named in its head above the sentence at
    ``ss``: the first named by a title rather than by its number alone ("Fu Gong [2026] No. 7"
    names the notice its title names), a bare head word ("Announcement") passed over."""
    above = [x[2] for x in head if x[1] <= ss and len(x[2].label.split()) > 1]
    return next((d for d in above if not _NUMBER.search(d.label)), None) or \
        next(iter(above), None)


def _opens(text: str, sents, at: int, capital: bool = True) -> bool:
    """The cue opens its sentence, a line, or the clause after a salutation's colon, or it
    follows the sentence's opening clause of purpose ("To protect the fishery, and under the
    X Law, the Bureau decides", "To help firms ..., and following the Y Guidelines, ...")."""
    ss, _ = sents.bounds(at)
    head = text[ss:at]
    if not capital:         # (a cue in lower case: only after the clause of purpose)
        return _PURPOSE.fullmatch(head.lstrip()) is not None
    if not head.strip():
        return True
    k = len(head.rstrip())
    return head[k - 1] == ":" if k else True


def _listed(text, rows, starts, pos, kind) -> tuple[list, int]:
    """The documents listed from ``pos`` on ("the X Law, the Y Regulations and the Z Measures"),
    and where the list ends."""
    items, end = [], pos
    while True:
        hit = _name_at(text, rows, starts, pos, kind)
        if hit is None or kind(hit[2]) not in _TARGETS:
            return items, end
        items.append(hit)
        end = hit[1]
        j = _JOIN.match(text, end)
        if j is None:
            return items, end
        if j.group(1) is not None and "and" not in j.group(1) and "as well" not in j.group(1):
            # (a bare comma joins only a list that goes on after the next name)
            nxt = _name_at(text, rows, starts, j.end(), kind)
            if nxt is None or kind(nxt[2]) not in _TARGETS or _JOIN.match(text, nxt[1]) is None:
                return items, end
        pos = j.end()


def _name_at(text, rows, starts, pos, kind):
    """The name that starts at ``pos`` past the words that may stand before it (an owner named
    before "'s" is passed over: "the Exchange's Rules")."""
    for _ in range(2):
        at = _LEAD.match(text, pos).end()
        i = bisect.bisect_left(starts, at)
        if i >= len(rows) or rows[i][0] != at:
            i = bisect.bisect_left(starts, pos)       # (a name that holds its "the")
            if i >= len(rows) or rows[i][0] != pos or rows[i][1] <= at:
                return None
        o = _OWNER.match(text, rows[i][1])
        if o is None or kind(rows[i][2]) in _TARGETS:
            return rows[i]
        pos = o.end()
    return None


def _document_subject(text, rows, starts, end, kind) -> bool:
    """Right after the list's comma a new document is the subject ("..., the Y Measures are
    formulated"): that document, not the text's own, is made under the list."""
    j = re.compile(r"[\"”]?\s*(?:\([^()\n]{1,80}\)\s*)?,\s*").match(text, end)
    if j is None:
        return False
    hit = _name_at(text, rows, starts, j.end(), kind)
    return hit is not None and hit[2].kind == "policy" and not hit[2].known
