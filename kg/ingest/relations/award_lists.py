"""Award grants listed under the award's heading, as decisions on commendations and awardee
lists print them: a heading line that opens with the award's name (after a section number at
most: "II. X Province May Day Labour Medal (individuals, 5)"), then the awardees one numbered
item each ("   1. A     Deputy General Manager, Y Co., Ltd.; led the red mud line", "   2. Z
Co., Ltd."). A heading set apart by its print (in 【】, in bold "**X Medal**", a Markdown
heading, a section number) or ending in ":" may also have its awardees one a line without list
marks, each line opening with the awardee's name (after a title: "Professor A"); the first
such line that opens with no name the draft read ends the list. Each item's recipient is the
person whose name opens it, else the organisation whose name opens it; the item runs over its
indented continuation lines. One
``nfo:AwardGrant`` per recipient (rule ``award:heading-list@0.5``): the award, the recipient,
the award's giver (its ``nfo:conferredBy``, else the document's house: the organisation alone
on its first lines or its last ones, :mod:`house_org`), and the metals and fields the item
names after the recipient's organisation (its citation; with no organisation read, after a
";" only). Not a recipient the draft already grants that award. Each line under a heading is read
once: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Entity, Span
from kg.ingest.reading.item_lines import item_end
from kg.ingest.relations.affiliations import grant_node, granted_pairs
from kg.ingest.relations.house_org import house
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:heading-list@0.5", 0.5

# a heading's opening: a section number at most before the award's name
_HEAD_MARK = re.compile(r"[ \t]*(?:#{1,4}[ \t]+)?(?:\*\*|【|〖)?[ \t]*"
                        r"(?:(?:[IVX]{1,5}|\d{1,2}|[A-Za-z])[.)、][ \t]*|\(\d{1,2}\)[ \t]*)?"
                        r"(?:\*\*|【|〖)?")
# what may follow the award's name on its heading line: "(individuals, 5)", ":"
_HEAD_REST = re.compile(r"[ \t]*(?:\*\*|】|〗)?[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*"
                        r"(?:\*\*|】|〗)?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*(?:\n|$)")
# a heading set apart by its print (in 【】, in bold, a Markdown heading, a section number) or
# ending in ":": the lines under it may be its winners without list marks
_MARKED = re.compile(r"[#*【〖】〗:]|\b(?:[IVX]{1,5}|\d{1,2}|[A-Za-z])[.)、]|\(\d{1,2}\)")
_PLAIN = re.compile(r"[ \t]*(?=\S)")
# a title before an awardee's name: "Professor A", "Dr. B"
_HONORIFIC = re.compile(r"(?:Professor|Prof\.|Dr\.?|Academician|Mr\.?|Ms\.?|Mrs\.?)[ \t]+")
_ITEM = re.compile(r"[ \t]*(?:\d{1,3}[.)、]|\(\d{1,3}\)|[*•·▪\-–—])[ \t]+")
_MAX_ITEMS = 200
HEADING_RULE = "award:list-heading"
_CUE_REACH = 3000       # characters: where a document says it confers awards
# a section heading of a decision conferring awards, over its first item: "III. X Worker
# Pioneer (teams, 2)" then (blank lines and) "   1. " or an indented line ("   A    X Co., Ltd.")
# (a heading numbered N over an item numbered N + 1 is the list's own item: "1. Ladle Crew, X
# Co., Ltd." over "2. Y Co., Ltd.")
_HEADING = re.compile(r"^[ \t]*(?:[IVX]{1,5}|(?P<n>\d{1,2})|[A-Z])[.)\u3001][ \t]*"
                      r"(?P<name>[A-Z0-9][^\n()]{2,80}?)[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*:?[ \t]*\n"
                      r"(?:[ \t]*\n)*(?:[ \t]*(?:(?P<k>\d{1,3})[.)\u3001]|\(\d{1,3}\))[ \t]+|[ \t]+(?=[A-Z]))",
                      re.M)
_MAX_NAME_WORDS = 12
# a heading that announces the award in quotes ('I. The title "X" is conferred on:'): the award
# is the quoted words
_QUOTED = re.compile(r'["\u201c]([^"\u201c\u201d\n]{3,80})["\u201d]')


def award_lists(draft, spans_of, kind, minter) -> None:
    text = draft.text
    awards = sorted((s, e, ent) for s, e, ent in spans_of if ent.cls == NFO.Award)
    headed = _heading_awards(text, spans_of, awards, kind, minter)
    awards = sorted(awards + headed, key=lambda x: x[:2])
    if not awards:
        return
    rows = sorted((s, e, ent) for s, e, ent in spans_of
                  if not ent.role and ent.kind in ("person", "org", "metal", "field"))
    starts = [x[0] for x in rows]
    granted = granted_pairs(draft)
    home = None
    done = -1
    for s, e, award in awards:
        ls = text.rfind("\n", 0, s) + 1
        if s <= done or not _HEAD_MARK.fullmatch(text, ls, s):
            continue
        rest = _HEAD_REST.match(text, e)
        if rest is None:
            continue
        givers = [o for p, o, _, _ in award.statements if p == NFO.conferredBy]
        if not givers:
            if home is None:
                home = house(text, [x for x in rows if x[2].kind == "org"]) or False
            givers = [home.iri] if home else []
        pos = rest.end()
        while True:             # (blank lines under the heading)
            nl = text.find("\n", pos)
            if nl < 0 or text[pos:nl].strip():
                break
            pos = nl + 1
        marked = bool(_MARKED.search(text, ls, s) or _MARKED.search(text, e, rest.end()))
        for _ in range(_MAX_ITEMS):
            item = _ITEM.match(text, pos)
            plain = item is None and marked
            if plain:
                item = _PLAIN.match(text, pos)
            if item is None:
                break
            end = _item_end(text, pos)
            if plain and item.end() > pos:    # (indented lines without marks: one a line)
                end = min(end, text.find("\n", pos) % (len(text) + 1))
            k = bisect.bisect_left(starts, item.end())
            here = []
            while k < len(rows) and rows[k][0] < end:
                here.append(rows[k])
                k += 1
            hon = _HONORIFIC.match(text, item.end())
            at = hon.end() if hon else item.end()
            opening = [x for x in here if x[0] == at and x[2].kind in ("person", "org")]
            if plain and not opening:
                break       # (an unmarked line that names no winner: the list is over)
            rec = next((x[2] for x in opening if x[2].kind == "person"),
                       opening[0][2] if opening else None)
            if rec is not None and (rec.iri, award.iri) not in granted \
                    and rec.iri not in givers:
                granted.add((rec.iri, award.iri))
                draft.entities.setdefault(award.iri, award)     # (a heading's award: granted)
                span = Span(item.end(), end)
                node = grant_node(minter, award.label, award.label, rec, RULE,
                                  CONFIDENCE, span)
                node.add(NFO.award, award.iri, span, RULE)
                node.add(NFO.recipient, rec.iri, span, RULE)
                for g in givers:
                    node.add(NFO.conferredBy, g, span, RULE)
                # (the citation's, after the recipient's organisation: not "alumina" of "the
                # alumina laboratory, X Institute" nor the metal in a company's name)
                # (no organisation read: after a ";" at most)
                semi = text.find(";", item.end(), end)
                cited = max((b for a, b, x in here if x.kind == "org"),
                            default=semi if semi >= 0 else end)
                for a, _, c in here:
                    kc = c.kind
                    if kc in ("metal", "field") and a >= cited:
                        node.add(NFO.concernsMetal if kc == "metal" else NFO.concernsField,
                                 c.iri, span, RULE)
                draft.entities[node.iri] = node
            pos = end + 1
            done = end
            if pos >= len(text):
                break


@lru_cache(maxsize=1)
def _cue():
    return re.compile(r"\b(?:" + alternation("award-decision-cues", r"\s+") + r")\b", re.I)


def _heading_awards(text, spans_of, awards, kind, minter) -> list:
    """In a document that says it confers awards (``data/award-decision-cues.txt`` in its first
    ``_CUE_REACH`` characters), the section headings over a numbered list (or indented lines
    without numbers: "   A      X Co., Ltd., melting workshop") that name no award the draft read ("III. Henan Province Worker Pioneer (teams, 2)"): each a new ``nfo:Award``
    (rule ``award:list-heading``) of the heading's words, its count in brackets left out (of a
    heading that prints the award in quotes, 'I. The title "X" is conferred on:', the quoted
    words: :mod:`announced_grants` then reads the same award there); not a
    heading that opens with a name the draft read (an item of a list: "2. X Co., Ltd."), nor
    one of more than ``_MAX_NAME_WORDS`` words, nor a line numbered N over an item numbered
    N + 1 (an item of the list itself). Entered in the draft only if an item under it
    grants it (see :func:`award_lists`)."""
    if not _cue().search(text, 0, _CUE_REACH):
        return []
    taken = [(s, e) for s, e, _ in awards]
    names = {s for s, e, ent in spans_of if ent.kind in ("person", "org")}
    out = []
    for m in _HEADING.finditer(text):
        a, b = m.span("name")
        if m.group("n") and m.group("k") and int(m.group("k")) == int(m.group("n")) + 1:
            continue
        if a in names or len(m.group("name").split()) > _MAX_NAME_WORDS or any(
                s < b and a < e for s, e in taken):
            continue
        q = _QUOTED.search(m.group("name"))
        if q is not None:       # ('The title "X" is conferred on': X, named where it is printed)
            a, b = a + q.start(1), a + q.end(1)
        label = " ".join(text[a:b].split())
        award = Entity(minter.mint(label), NFO.Award, label, False, HEADING_RULE, 0.5)
        award.mentions.append(Span(a, b))
        a, b = m.span("name")
        out.append((a, b, award))
    return out


def _item_end(text: str, start: int) -> int:
    """The end of the item on the line at ``start``: its line and the indented lines after it
    that open no item of their own (at most 600 characters)."""
    return item_end(text, start, lambda line: line[:1] in (" ", "\t") and not _ITEM.match(line))
