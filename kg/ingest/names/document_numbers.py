"""A document's serial number printed beside its name is no second document: the number
(``names/designations.numbered_documents``) becomes an alias and a mention of the document it
numbers, and its statements move over, where the layout says whose number it is:

* in brackets right after the name: 'the "Measures for X" (Gong Xin Bu [2026] No. 214)',
  "the Notice on Y (Announcement No. 12 of 2026)";
* on a field line of the text's header ("Decision No.: Gan Zi Ran Fa [2026] No. 37", "Document
  No.: ..."): the number of the text itself, the document its headline names (an alias only:
  the field's line is no sentence about the document);
* on a heading line of its own, right over the title line ("National Standard Announcement
  [2026] No. 31" / "Announcement on the Approval and Release of ..."): one document, the title
  its label, the number its alias;
* on a line of its own right under the text's title (blank lines between at most): "Notice of
  X on Y" / "" / "Gong Xin Ting Han [2027] No. 12": the number of the document the title (the
  text's first lines, or the lines of its first block under an issuer's line: "X County
  Bureau" / "Announcement on Y") names, the first one when the title names two; or on a line
  of the header further down, the title the text's first line ("# Notice on X" / "" / "X
  Exchange" / "" / "Jin Jiao Fa [2027] No. 3 · 11 January 2027"), a day after it at most; or
  right under a title that fills its line below the issuer's block ("X County Transport Bureau"
  / "" / "Rectification Notice" / "Feng Jiao Zheng Gai [2026] No. 7", round 59).

A number in a sentence of its own ("... in a reply dated May 19 (Zhengjian Xuke [2026] No.
1128)", the reply unnamed) stays a document. One pass over the numbered documents' mentions.

Round 58: a contract's or agreement's code on a field line of its own in the text's header
("Agreement No.: HZ-SYJ-2027-04" under the title "Cooperation Agreement on X", "Contract No.:
LY-HT-2027-112", or "Agreement No. XY-FW-2027-03" over the title), read by
``names/coded_documents`` as a document of its own, is the number of the agreement the title
names (the one of the same class named in the text's first lines): one agreement, the code its
alias, the coded document's mentions and statements (its term, its parties) moved over
(:func:`_coded_fields`)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.names.designations import NUMBERED_RULE
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

_POLICY = {NFO.Policy, NFO.PolicyDocument, NFO.Plan, NFO.ImplementationPlan, NFO.ActionPlan,
           NFO.Measures, NFO.Catalogue, NFO.Notice, NFO.Guide, NFO.Report}
# between a name and its bracketed number: a closing quote, spaces, the bracket
_BRACKET = re.compile(r"[\"”’》]?[ \t]*[(（][ \t]*$")
_BRACKET_END = re.compile(r"[ \t]*[)）]")
# a header's field: "Decision No.: ", "Document number: ", "File No. "
# (set in bold or italics, "**Document No.:** ", and "Reference:", "Ref.:")
_FIELD = re.compile(r"[ \t]*(?:[*_]{1,2})?(?:[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}[ \t]+"
                    r"(?:No\.|[Nn]umber)|Ref(?:erence|\.))[ \t]*:?[ \t]*(?:[*_]{1,2})?[ \t]*:?[ \t]*$")
_HEAD_LINES = 8         # how many non-empty lines a text's header may have


def merge_numbers(draft, spans_of: list) -> int:
    """Merge numbered documents into the documents they number; returns how many merged."""
    text = draft.text
    n = _coded_fields(draft, spans_of)
    numbered = [x for x in spans_of if x[2].rule == NUMBERED_RULE and not x[2].known]
    if not numbered:
        return n
    docs = [x for x in spans_by_start(spans_of) if x[2].cls in _POLICY and not x[2].known
            and x[2].rule != NUMBERED_RULE]
    if not docs:
        return n
    starts = [x[0] for x in docs]
    merged = []
    gone: set = set()
    for s, e, num in sorted(numbered, key=lambda x: x[0]):
        if id(num) in gone:
            continue
        field = None
        into = _bracketed(text, docs, starts, s, e) or _heading(text, docs, s, e) \
            or _under_title(text, docs, s, e) or _header_line(text, docs, s, e)
        if into is None:
            into = field = _field(text, docs, s)
        if into is None or into is num:
            continue
        if field is not None:
            # a header's field: the number names the text's document, but the field's line is
            # no sentence about it (its dates and parties are read from the text's sentences)
            spans_of[:] = [x for x in spans_of if x[2] is not num]
            draft.entities.pop(num.iri, None)
        else:
            merged.append((num, into))
        into.aliases.add(num.label)
        into.aliases |= {a for a in num.aliases if a != into.label}
        gone.add(id(num))
        n += 1
    _merge_all(draft, spans_of, merged)
    return n


_CODED_RULE = "document:coded"
# a header's field line that holds only a kind, its "No." and the code: "Agreement No.: X",
# "Contract No. X", "Contract number: X"
_CODED_FIELD = re.compile(r"[ \t]*(?:[*_]{1,2})?[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}[ \t]+"
                          r"(?:No\.|[Nn]umber)[ \t]*:?[ \t]*(?:[*_]{1,2})?[ \t]*:?[ \t]*(?P<code>\S+)"
                          r"[ \t*_]*")
_TITLE_LINES = 3        # the first non-empty lines where the title names its agreement


def _coded_fields(draft, spans_of: list) -> int:
    """Merge each coded agreement whose code fills a field line of the text's header into the
    agreement of the same class the title names (see the module); returns how many merged."""
    text = draft.text
    coded = [x for x in spans_of if x[2].rule == _CODED_RULE and not x[2].known
             and x[2].cls == NFO.Agreement and x[0] < 1500]
    if not coded:
        return 0
    pairs, seen, titled = [], set(), None
    for s, e, num in sorted(coded, key=lambda x: x[0]):
        if id(num) in seen:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", s)
        le = len(text) if le < 0 else le
        m = _CODED_FIELD.fullmatch(text, ls, le)
        if m is None or m.group("code") not in num.aliases | {num.label} \
                and not num.label.endswith(" " + m.group("code")) \
                or _line_index(text, ls) >= _HEAD_LINES:
            continue
        if titled is None:
            titled = _title_names(text, spans_of)
        into = next((x for x in titled if x is not num and x.cls == num.cls), None)
        if into is not None:
            seen.add(id(num))
            into.aliases.add(num.label)
            pairs.append((num, into))
    _merge_all(draft, spans_of, pairs)
    return len(pairs)


def _title_names(text: str, spans_of: list) -> list:
    """The new entities the text's first non-empty lines (its title) name, not coded ones, in
    the order they are named."""
    top, lines_seen, pos = None, 0, 0
    while pos < len(text) and lines_seen < _TITLE_LINES:
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if text[pos:le].strip():
            lines_seen += 1
        top = le
        pos = le + 1
    if top is None:
        return []
    return [x[2] for x in sorted((x for x in spans_of if x[0] < top and not x[2].known
                                  and x[2].rule != _CODED_RULE), key=lambda x: x[0])]


def _merge_all(draft, spans_of: list, pairs: list) -> None:
    """``short_forms._merge`` of each (number, document) pair, done at once: one pass over the
    spans and the statements for all the numbers (not one each: a text of many numbered
    documents stays linear)."""
    if not pairs:
        return
    into_of, iri_of = {}, {}
    for num, into in pairs:
        into.mentions.extend(num.mentions)
        into.aliases |= num.aliases
        for p, o, span, rule in num.statements:
            if o != into.iri:
                into.add(p, o, span, rule)
        into_of[id(num)], iri_of[num.iri] = into, into.iri
        draft.entities.pop(num.iri, None)
    spans_of[:] = [(s, e, into_of.get(id(x), x)) for s, e, x in spans_of]
    for ent in draft.entities.values():
        if any(o in iri_of for _, o, _, _ in ent.statements):
            ent.statements[:] = [(p, iri_of.get(o, o), sp, r) for p, o, sp, r in ent.statements]


def _bracketed(text, docs, starts, s, e):
    """The document named right before the bracket that holds the number (``docs`` by their
    start, ``starts`` those starts: only documents that start before it are read)."""
    if not _BRACKET_END.match(text, e):
        return None
    for i in range(bisect.bisect_left(starts, s) - 1, -1, -1):
        a, b, ent = docs[i]
        if b <= s and b >= s - 8 and _BRACKET.search(text, b, s):
            return ent
        if b < s - 8:
            break
    return None


def _field(text, docs, s):
    """The text's own document (named in its first lines) when the number fills a header's
    field ("Decision No.: ...")."""
    ls = text.rfind("\n", 0, s) + 1
    if ls > 3000 or not _FIELD.fullmatch(text, ls, s) or _line_index(text, ls) >= _HEAD_LINES:
        return None
    first = docs[0]
    return first[2] if _line_index(text, first[0]) < 3 else None


def _heading(text, docs, s, e):
    """The document whose title is the line right after a line holding only the number."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    if le < 0 or text[ls:s].strip() or text[e:le].strip():
        return None
    nxt = le + 1
    while nxt < len(text) and text[nxt] in " \t\r\n":
        nxt += 1
    for a, _, ent in docs:
        if a == nxt:
            return ent
        if a > nxt:
            break
    return None


def _under_title(text, docs, s, e):
    """The document the text's title names, when the number fills a line of its own right
    under the title's last line (blank lines between)."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    if ls > 1500 or text[ls:s].strip() or text[e:le].strip(" \t\r()"):
        return None
    prev = ls - 1
    while prev > 0 and text[prev - 1] in " \t\r\n":
        prev -= 1
    if prev <= 0:
        return None
    head = text.lstrip()
    top = len(text) - len(head)
    for a, b, ent in docs:
        if a > prev:
            break
        if (a <= top + 2 or "\n\n" not in text[top:a]) and b <= prev \
                and "\n\n" not in text[b:prev]:
            return ent      # (the title may come under its issuer's line, in one block)
        if b <= prev and "\n" not in text[b:prev] \
                and not text[text.rfind("\n", 0, a) + 1:a].strip():
            # a title that fills the line right over the number's, under its issuer's block
            # ("X County Transport Bureau" / "" / "Rectification Notice" / "Feng Jiao Zheng
            # Gai [2026] No. 7")
            return ent
    return None


# what may follow a header's number on its line: the day it was issued ("Jin Jiao Fa [2027]
# No. 3 · Monday, 11 January 2027")
_DAY_AFTER = re.compile(r"[ \t]*(?:[·•|,;/]|--?|\u2014|\u2013)[ \t]*(?:[A-Z][a-z]+day,?[ \t]+)?"
                        r"(?:\d{1,2}[ \t]+[A-Z][a-z]+[ \t]+\d{4}|[A-Z][a-z]+[ \t]+\d{1,2},?[ \t]+\d{4}"
                        r"|\d{4}-\d{2}-\d{2})[ \t*_]*$")


def _header_line(text, docs, s, e):
    """The document the text's first line names ("# Notice on X"), when the number opens a line
    of the header under it (an issuer's line and blank lines between), alone or with the day
    it was issued after it."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    if ls > 1500 or text[ls:s].strip(" \t*_") or text[e:le].strip(" \t*_") \
            and not _DAY_AFTER.match(text, e, le):
        return None
    a, _, ent = docs[0]
    top = len(text) - len(text.lstrip())
    if a > s or "\n" in text[top:a] or _line_index(text, ls) >= _HEAD_LINES:
        return None
    return ent


def _line_index(text, pos) -> int:
    """How many non-empty lines come before ``pos``."""
    return sum(1 for line in text[:pos].split("\n") if line.strip())
