"""Posts listed after an election or appointment: labelled lines and items that give a post,
not a sentence.

* "1. President: A, chairman of B", "Vice presidents: C, general manager of D; E, ...; and F",
  "Secretary general: G", "Legal representative: H (general manager)", a table row
  "Chairman | A": each person named at the head of the item (after the label, a ';' or a bare
  list comma) holds the labelled post (plural made singular) in the body the list is about
  (rule ``post:officer-list@0.5``); the post the apposition gives ("chairman of B") is the
  stated-post rule's; a label of ``data/label-posts.txt`` that is no listed role ("Legal
  rep.:", "Person in charge:") only under a record's organisation, its post the role printed
  after the name if one is ("Principal person: A, General Manager");
* "Two deputy general managers were also named:" / "The new vice presidents are:" and then
  items that open with a name ("- A, formerly ..."): the role of the line before the items
  (``post:listed-under-role@0.5``), in the organisation that line names after "of", else the
  body the list is about.

The body the list is about: in a record of "Label: value" lines, the organisation of the
nearest line above whose value is one ("Defendant: X Co., Ltd." above "Legal representative:
A"; "Applicant (debtor): X", "Builder ...... X" read so too) or that heads the record ("(3) X
Co., Ltd." alone on its line, or with the name of its mine after it); else, of the organisations named before the list (not a media outlet,
not one named only on a "Source:" / "Published by" line, nor on a "Place:" / "Venue:" /
"Address:" line: where a meeting sat, not whose officers it lists), the one the text names most often,
counting "the association" / "the group" / "the company" ... for a name with that head word;
on a tie, the one named last before the list. Labels that name no post of an organisation
("Editor:", "Chair:" of a session, "Contact:") are in ``data/officer-label-stops.txt``. Each
line is read once: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.item_lines import item_end
from kg.ingest.reading.occurrences import line_start, occurrences
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import AtLineStarts
from kg.ingest.span_order import spans_by_start

# "1. President:", "(2) Vice presidents:", "- Secretary general:", "Legal representative:"
_LABEL = re.compile(r"^[ \t]*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)、]|\(\d{1,2}\)|[*•·▪\-–—])?"
                    r"[ \t]*(?P<label>[A-Z][A-Za-z'’ -]{1,60}?)[ \t]*(?:[:：]|[ \t]*\|)[ \t]*",
                    re.MULTILINE)
# (the lines read for posts: a label may also be cut short with a full stop, "Legal rep.:")
_LABEL_LINES = AtLineStarts(re.compile(
    _LABEL.pattern.replace(r"{1,60}?)", r"{1,60}?)(?P<dot>\.)?", 1), re.MULTILINE))
# an item that opens with a name: "- A, formerly ...", "1) A, ..."
_ITEM = re.compile(r"^[ \t]*(?:(?:\d{1,2}|[a-z])[.)、]|\(\d{1,2}\)|[*•·▪\-–—])[ \t]+", re.MULTILINE)
# a line that ends with a colon: the line before a list
_INTRO_END = re.compile(r":[ \t]*$", re.MULTILINE)
# between two people of one item: "A, B and C", "A, ...; B, ...; and C"
_BARE_SEP = re.compile(r"[ \t\n]*(?:,|、)?[ \t\n]*(?:and[ \t\n]+)?")
_AFTER_SEMI = re.compile(r"[ \t\n]*(?:and[ \t\n]+)?")
_SOURCE_LINE = re.compile(r"^[ \t]*(?:source|published\s+by|from|provided\s+by|via|"
                          r"copyright)\b|^[ \t]*(?:place|venue|location|address)[ \t]*[:：]",
                          re.I | re.MULTILINE)
_SOURCE_LINES = AtLineStarts(_SOURCE_LINE)      # (tried only where a line starts)
_HEADS = ("association", "group", "company", "council", "alliance", "federation", "society",
          "institute", "chamber", "union", "committee", "board", "centre", "center",
          "university", "academy", "bureau", "exchange", "corporation", "cooperative",
          "department", "administration", "commission", "ministry", "court", "hospital")
# every head noun heads_of may give (near_body asks a sentence for each once, not for each
# organisation named before it)
HEADS = frozenset(_HEADS)
# (a letterhead prints the name in capitals: "X TITANIUM INDUSTRY CO., LTD.")
_COMPANY = re.compile(r"\b(?:Co\.?|Ltd\.?|Inc\.?|Corp\.?|Limited|LLC|PLC|AG|GmbH|S\.A\.|CO\.|"
                      r"LTD\.?|INC\.|CORP\.|LIMITED)(?:\W|$)")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")
_ROLE_AFTER = re.compile(r"[ \t]*[,(（][ \t]*")


@lru_cache(maxsize=1)
def _plural_roles():
    """The roles of ``data/roles.txt``, plural or not ("deputy general managers")."""
    alts = "|".join(re.escape(r).replace(r"\ ", r"\s+")
                    for r in sorted(lines("roles"), key=len, reverse=True))
    return re.compile(rf"\b({alts})(?:s|es)?\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def label_posts() -> dict:
    """{label as printed, lower case: the post it names}: ``data/label-posts.txt``."""
    out = {}
    for line in lines("label-posts"):
        label, post = re.split(r"\s{2,}", line, maxsplit=1)
        out[" ".join(label.lower().split())] = post.strip()
    return out


def _singular(word: str) -> str:
    low = word.lower()
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "ches", "shes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3:
        return word[:-1]
    return word


def _role_of_label(label: str, roles, stops) -> str | None:
    """The post a label names ("Vice presidents" -> "Vice president", "Chairman of the board
    of supervisors"), or None: the label is the role words (plural or not) and at most an "of
    ..." tail without a verb."""
    label = " ".join(label.split())
    head, of, tail = label.partition(" of ")
    head = "-".join(_singular(p) for p in head.split("-")) if "-" in head else head
    words = head.split()
    if not words or len(words) > 5 or len(tail.split()) > 5:
        return None
    head = " ".join(words[:-1] + [_singular(words[-1])])
    if head.lower() in stops or label.lower() in stops:
        return None
    m = roles.search(head)
    if m is None or m.end() != len(head):
        return None
    if tail and re.search(r"\b(?:is|are|was|were|has|have|will|said|says)\b", tail, re.I):
        return None
    return head + (f" of {tail}" if tail else "")


# a line that opens with a label and then an organisation: "Plaintiff: ", "2. Party: ",
# "Applicant (debtor): " (a party's label with its standing in brackets), a form's "Builder
# ........ " (a leader of dots for the colon)
_VALUE_LINE = re.compile(r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)]|\(\d{1,2}\)|[*•·▪\-–—])?[ \t]*"
                         r"(?:[A-Z][\w'’ -]{1,40}?(?:[ \t]*\([^()\n]{1,30}\))?"
                         r"(?:[ \t]*[:：]|[ \t]+\.{3,})"
                         # (a label in lenticular brackets, a court's or a notice's record:
                         # "【Defendant】X Co., Ltd." over "  Legal representative: A")
                         r"|【[A-Z][\w'’ -]{0,40}】)[ \t]*")

# a record's heading line: a list marker before the organisation (or a blank line above it),
# nothing after it; not the line an item's text wraps onto ("2. Vice president: A, formerly
# inspector of the\n   X Department")
_MARKED = re.compile(r"[ \t]*(?:(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)、]|\(\d{1,2}\)|[*•·▪\-–—])[ \t]*")
_UNMARKED = re.compile(r"[ \t]*")
_LINE_REST = re.compile(r"[ \t]*(?:\n|$)")
_UNIT_COMMA = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")


# the rest of a marked heading's line after its organisation: a name of capitalised words
# ("(3) X Mining Co., Ltd. Y Mine": the company's mine), no prose
_NAME_REST = re.compile(r"(?:[ \t]+[A-Z0-9][\w'’.&-]*)+[ \t]*(?:\n|$)")


def _heading_line(text, ls, s, e) -> bool:
    """Is the organisation at ``s:e`` alone on the line at ``ls``, after a list marker or under
    a blank line (after a list marker, a name of its unit or site may follow it on the line)?"""
    if not _LINE_REST.match(text, e):
        return _MARKED.fullmatch(text, ls, s) is not None and _NAME_REST.match(text, e) is not None
    if _MARKED.fullmatch(text, ls, s):
        return True
    above = text.rfind("\n", 0, max(0, ls - 1)) + 1
    return _UNMARKED.fullmatch(text, ls, s) is not None and (
        ls == 0 or not text[above:ls].strip())


def record_orgs(text, orgs) -> dict:
    """{line start: organisation} for the lines that give one: a record's "Plaintiff: X Co.,
    Ltd." / "Party: X", or its heading "3. X Co., Ltd." (the organisation alone on its line);
    ``orgs``: ``(start, end, entity)``, the first of a line kept."""
    out = {}
    breaks = occurrences(text, "\n")
    for i, (s, e, ent) in enumerate(orgs):
        ls = line_start(breaks, s)
        if _VALUE_LINE.fullmatch(text, ls, s) or _heading_line(text, ls, s, e):
            out.setdefault(ls, ent)
        elif i + 1 < len(orgs) and _UNIT_COMMA.fullmatch(text, e, orgs[i + 1][0]) \
                and _heading_line(text, ls, s, orgs[i + 1][1]):
            # "Investment Bureau, X Park Management Committee" heading a block: the unit
            # first, then the body it belongs to, is the unit's
            out.setdefault(ls, ent)
    return out


def record_org(text, pos, value_orgs):
    """In a block of "Label: value" lines, the organisation of the nearest line above ``pos``
    whose value is one ("Defendant: X Co., Ltd." above "Legal representative: A") or that is
    one ("3. X Co., Ltd." heading the record), or None; a blank line ends the block."""
    for _ in range(8):
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        if not text[start:pos - 1].strip():
            return None
        if start in value_orgs:
            return value_orgs[start]
        pos = start
    return None


def _item_end(text: str, start: int, indent: int = 0) -> int:
    """The end of the item that goes on at ``start``: its line and the continuation lines
    after it (indented, or opening in lower case), at most 600 characters; a label's line
    indented by ``indent`` is not carried on by a label's line indented no deeper ("  Leader:
    A" over "  Members: B; C")."""
    return item_end(text, start, lambda line: _goes_on(line, indent))


def _goes_on(line: str, indent: int = 0) -> bool:
    """A line carries the item above on: no item nor (unindented, or no deeper than the
    item's ``indent``) label of its own, indented or opening in lower case."""
    if _ITEM.match(line) or _LABEL.match(line) and (
            not line[:1].isspace() or len(line) - len(line.lstrip(" \t")) <= indent):
        return False
    return line[:1] in (" ", "\t") or line.lstrip()[:1].islower()


def _heads_of(label: str) -> set:
    low = label.lower()
    out = {h for h in _HEADS if re.search(rf"\b{h}\b", low)}
    if _COMPANY.search(label):
        out.add("company")
    return out


def _body(orgs, org_starts, before, scores, among=None):
    """The organisation a list at ``before`` is about (see the module's note), or None; with
    ``among`` (a set of ids), one of those."""
    best = None
    for s, e, ent in orgs[:bisect.bisect_left(org_starts, before)]:
        score = scores.get(id(ent))
        if score is None or s in scores["on_source_lines"] or among is not None and \
                id(ent) not in among:
            continue
        key = (score, s)
        if best is None or key > best[0]:
            best = (key, ent)
    return best[1] if best else None


def _scores(text, orgs):
    """{id(organisation): mentions + "the <head>" phrases}, for the ones a list may be about,
    and under "on_source_lines" the starts of the mentions on a "Source:" line."""
    source_lines = [(m.start(), text.find("\n", m.start())) for m in _SOURCE_LINES.finditer(text)]
    mentions: dict = {}
    ents: dict = {}
    on_source = set()
    for s, e, ent in orgs:
        if ent.cls == NFO.MediaOutlet:
            continue
        mentions[id(ent)] = mentions.get(id(ent), 0) + 1
        ents[id(ent)] = ent
        if any(a <= s and (e <= b or b < 0) for a, b in source_lines):
            on_source.add(s)
    low = text.lower()
    phrases = {h: len(re.findall(rf"\bthe\s+{h}\b", low)) for h in _HEADS if h in low}
    out: dict = {"on_source_lines": on_source}
    for key, ent in ents.items():
        out[key] = mentions[key] + max((phrases.get(h, 0) for h in _heads_of(ent.label)),
                                       default=0)
    return out


def body_finder(text, orgs):
    """``body_at(pos, among=None)``: the organisation a list (or a title) at ``pos`` is about,
    of the organisations ``orgs`` (sorted ``(start, end, entity)``; ``among``: only these
    ids); see the module's note. With ``among``, only those organisations' mentions are read
    (:func:`_body_among`: a title's few bodies, not every organisation named before it)."""
    org_starts = [x[0] for x in orgs]
    scores = None
    mentions = None
    by_head = None

    def body_at(pos, among=None, ranked=False):
        """(``ranked``: (rank, organisation) as :func:`_body_among` ranks it, or None)"""
        nonlocal scores, mentions
        if scores is None:
            scores = _scores(text, orgs)
        if among is None:
            return _body(orgs, org_starts, pos, scores, among)
        if mentions is None:
            mentions = {}
            for i, (s, _, ent) in enumerate(orgs):
                mentions.setdefault(id(ent), ([], []))
                mentions[id(ent)][0].append(s)
                mentions[id(ent)][1].append((i, ent))
        return _body_among(mentions, pos, scores, among, ranked)

    def best_with_head(head, before):
        """(rank, organisation): what :func:`_body_among` gives among every organisation with
        the head noun ``head`` ("the department") mentioned before ``before``, or None; a
        bisection into each head's running best, read once in the text's order (a title among
        thousands of bodies called "the department" does not rank them all again)."""
        nonlocal scores, by_head
        if scores is None:
            scores = _scores(text, orgs)
        if by_head is None:
            by_head = _running_best(orgs, scores)
        got = by_head.get(head)
        k = bisect.bisect_left(got[0], before) - 1 if got else -1
        return got[1][k] if k >= 0 else None

    def starts_of(ent):
        """The starts of ``ent``'s mentions, in the text's order."""
        body_at(0, ())      # (reads the mentions)
        got = mentions.get(id(ent))
        return got[0] if got else []

    body_at.best_with_head = best_with_head
    body_at.starts_of = starts_of
    return body_at


def _running_best(orgs, scores) -> dict:
    """{head noun: (starts of its organisations' mentions, not on a "Source:" line, in the
    text's order; the best (rank, organisation) of the mentions up to each)}. An
    organisation's rank is that of its last mention (:func:`_body_among`): the best over
    mentions of (score, start, -index) is the best organisation's last one."""
    out: dict = {}
    heads: dict = {}        # id(organisation) -> its head nouns (read once each)
    on_source = scores["on_source_lines"]
    for i, (s, _, ent) in enumerate(orgs):
        score = scores.get(id(ent))
        if score is None or s in on_source:
            continue
        rank = (score, s, -i)
        if id(ent) not in heads:
            heads[id(ent)] = _heads_of(ent.label)
        for h in heads[id(ent)]:
            starts, best = out.setdefault(h, ([], []))
            starts.append(s)
            best.append(best[-1] if best and best[-1][0] >= rank else (rank, ent))
    return out


def _body_among(mentions, before, scores, among, ranked=False):
    """What ``_body`` gives with ``among``: of those organisations, the one of the highest
    (score, start of its last mention before ``before`` not on a "Source:" line), the first in
    the text's order of two alike (``ranked``: with its rank, (rank, organisation))."""
    best = None
    on_source = scores["on_source_lines"]
    for key in among:
        score = scores.get(key)
        got = mentions.get(key)
        if score is None or got is None:
            continue
        starts, at = got
        k = bisect.bisect_left(starts, before) - 1
        while k >= 0 and starts[k] in on_source:
            k -= 1
        if k < 0:
            continue
        # (the first mention at that start: _body keeps the first of equal keys)
        while k > 0 and starts[k - 1] == starts[k]:
            k -= 1
        rank = (score, starts[k], -at[k][0])
        if best is None or rank > best[0]:
            best = (rank, at[k][1])
    if ranked:
        return best
    return best[1] if best else None


def heads_of(label: str) -> set:
    """The head nouns "the ..." may refer to an organisation of this name by."""
    return _heads_of(label)


def officer_lists(draft, minter, spans_of, roles, kind) -> None:
    text = draft.text
    if ":" not in text and "|" not in text:
        return
    from kg.ingest.relations.post_nodes import make_post
    stops = frozenset(w.lower() for w in lines("officer-label-stops"))
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
            if ent.kind == "org" and not ent.role]
    people = [(s, e, ent) for s, e, ent in spans_by_start(spans_of) if ent.kind == "person"]
    if not people:
        return
    org_starts = [x[0] for x in orgs]
    person_starts = [x[0] for x in people]
    plurals = _plural_roles()
    body_at = body_finder(text, orgs)

    def heads(lo, hi):
        """The people named at the head of the item text[lo:hi]."""
        out = []
        last_end, last_semi = lo, lo
        for s, e, person in people[bisect.bisect_left(person_starts, lo):
                                   bisect.bisect_left(person_starts, hi)]:
            if e > hi:
                break
            if out and text.count("(", lo, s) > text.count(")", lo, s):
                continue    # in a note on the one named ("A (absent; B chaired instead)")
            semi = text.rfind(";", lo, s)
            if semi >= last_semi:
                last_semi = semi + 1
            if (not out and not text[lo:s].strip(" \t\n(")) \
                    or (out and _BARE_SEP.fullmatch(text, last_end, s)) \
                    or (last_semi > lo and last_semi > last_end and _AFTER_SEMI.fullmatch(
                        text, last_semi, s)):
                out.append((s, e, person))
                last_end = e
        return out

    value_orgs = record_orgs(text, orgs)

    # "President: A, chairman of B" / "Chairman | A"
    named_posts = label_posts()
    for m in _LABEL_LINES.finditer(text):
        # ("Legal rep.:", "Person in charge:" in a record: data/label-posts.txt, the post of the
        # record's organisation only)
        label = " ".join(m.group("label").lower().split()) + (m.group("dot") or "")
        listed = named_posts.get(label)
        role = listed or (None if m.group("dot") else
                          _role_of_label(m.group("label"), roles, stops))
        if role is None:
            continue
        ls = text.rfind("\n", 0, m.start("label")) + 1
        end = _item_end(text, m.end(), len(text[ls:m.start("label")]) -
                        len(text[ls:m.start("label")].lstrip(" \t")))
        named = heads(m.end(), end)
        if not named:
            continue
        body = record_org(text, m.start(), value_orgs) or (
            None if listed else body_at(m.start()))
        if body is None:
            continue
        for s, e, person in named:
            comma = _ROLE_AFTER.match(text, e) if listed else None
            after = roles.match(text, comma.end()) if comma is not None else None
            # ("Principal person: A, General Manager": that post)
            make_post(draft, minter, person, body, role if after is None else after.group(1),
                      Span(m.start("label"), e),
                      "post:officer-list@0.5", 0.5)

    # "Two deputy general managers were also named:" and items that open with a name
    for m in _INTRO_END.finditer(text):
        ls = text.rfind("\n", 0, m.start()) + 1
        intro = text[ls:m.start()]
        label = _LABEL.match(intro + ":")
        if label and _role_of_label(label.group("label"), roles, stops):
            continue            # a label of its own ("Vice presidents:")
        found = None
        for found in plurals.finditer(intro):
            pass
        if found is not None and found.start() == 0 and ls > 1 and text[ls - 2] != "\n":
            # "... and elected two new vice\npresidents:": the role began on the line before
            ls = text.rfind("\n", 0, ls - 1) + 1
            intro = text[ls:m.start()]
            for found in plurals.finditer(intro):
                pass
        if found is None or len(intro) > 300:
            continue
        role = found.group(1)
        role_end = ls + found.end()
        # the organisation the line names after the role ("vice presidents of X were named:")
        org = next((ent for s, e, ent in orgs[bisect.bisect_left(org_starts, role_end):
                                               bisect.bisect_left(org_starts, m.start())]
                    if _OF.fullmatch(text, role_end, s)), None)
        body = org or body_at(ls)
        if body is None:
            continue
        pos = m.end() + 1
        while pos < len(text):
            item = _ITEM.match(text, pos)
            if item is None:
                break
            i = bisect.bisect_left(person_starts, item.end())
            end = _item_end(text, item.end())
            if i < len(people) and people[i][0] == item.end():
                s, e, person = people[i]
                make_post(draft, minter, person, body, role, Span(ls + found.start(), e),
                          "post:listed-under-role@0.5", 0.5)
            pos = end + 1
