"""The document the text is, titled in a title block the headline and heading readers leave alone,
and what that block says of it. Translated reports, bulletins, chronicles, guides and reference
works print a block of short lines before the body: an issuer's name (a letterhead, in capitals
or not, with the place it sits in after a comma), the title (in title case or capitals, wrapped
onto a second line or followed by a bracketed period "(January-November 2026)"), the document's
number ("Fu Tong Bulletin [2026] No. 11", "No. ZZLY-XC-2026-09"), labelled fields ("Compiled by:",
"Released:", "Revised: 2026.12.20", "Edition: 2026.11.05") and a date.

* The block: the text's first lines up to the first line of running prose (eight words or more,
  most in lower case; not a long title's line, in lower case only its small words) or of a
  dateline ("KITWE, 9 June 2027 -- Results of ..." opens the body), at most
  ``_MAX_LINES`` non-empty lines in its first ``_LIMIT`` characters.
* The title, when no other rule read the text's own document: the first line of the block (its
  first cell, when wide spaces set a field apart) in title case or capitals with a document
  head word (``data/document-kinds.txt``, ``data/heading-document-kinds.txt``,
  ``data/title-block-kinds.txt``; "who's who" is two words) that opens it (after a year at
  most), or that follows at most three words naming which of its kind ("Statistical Bulletin
  on ...", "Display Panel Texts" after a " -- ") under a letterhead (an organisation's name on a
  line of the block above it), no name of the draft among them ("Chinalco Publishes Annual
  Report" is news); after the head word comes the line's end, "of / on / for / in / to ...",
  a bracket, a comma or a colon; its last word is no small one ("MINUTES OF THE" is a title
  cut short). The title wraps onto a line in title case, or one that opens with a small word
  ("of Copper Alloy Strip Originating in ..."). A new document of the head's class (rule
  ``document:title-block``), labelled in title case (the capitals an alias); a document another
  rule named from the title's first line alone, cut where the line ends, takes the whole title
  as its label (a bracketed line under it, a number, is no part of it).
* The text's own document (that one, or the one a headline or heading rule read in the block)
  then takes from the block: its number (a line of the block that is a number alone, or opens
  with "No." before a wide gap: an alias and a mention; a document another rule read there for
  the number alone goes into it); its date (a field of ``data/document-date-labels.txt``, or a
  date after the number on its line; rule ``date:title-block``, instead of a year or a month a
  context gave it); its issuer (the organisation that opens the nearest line above the title,
  rule ``document:letterhead``, else the one that opens the first line under the title, a date
  after a wide gap at most: a field "Compiled by:" / "Editorial board:" may name another, then
  the letterhead is what the document is about, rule ``document:letterhead-about``); what it is
  about (the place, site or organisation that ends its title after "of": "... of Fugu County";
  a site or park alone on a line above the title: "X INDUSTRIAL PARK" over "INVESTMENT GUIDE";
  rule ``document:title-about``).
* A document read here is signed by each organisation alone on a line of the block over a date
  near the text's end (rule ``document:signed-by``), and concerns the metals that open the rows
  of its tables (:mod:`kg.ingest.relations.table_metals`); a list it is, or issues, includes the
  projects printed one a row (:mod:`kg.ingest.relations.listed_projects`).
* A new name another rule read out of the title's first words ("Report on Pairing Assistance to
  X Village" as a village, a heading in capitals as a zone) is the title misread: it goes.

Only the block is read, each line once: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.names.heading_documents import caps_to_title
from kg.ingest.names.headline_documents import issued_title
from kg.ingest.names.title_fields import (CELL as _CELL, FIELD as _FIELD, NUMBER as _NUMBER,
                                          compiled, fields, number, signed)
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.title_lines import opens_with_dateline
from kg.ingest.relations.listed_projects import listed_projects
from kg.ingest.relations.table_metals import table_metals
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start, spans_by_start_longest

RULE = "document:title-block"
CONFIDENCE = 0.6
_LIMIT = 1500           # the block stands in the text's first characters
_MAX_LINES = 14         # ... and holds at most this many non-empty lines
_OWN_RULES = ("document:headline", "document:heading", RULE)
_SMALL = frozenset(("of", "on", "the", "and", "for", "in", "to", "a", "an", "by", "with", "at",
                    "from", "regarding", "concerning", "about", "into", "under", "or", "its"))
_AFTER = frozenset(("of", "on", "for", "in", "to", "regarding", "concerning", "about", "no."))
_WORD = re.compile(r"[^\s\"\u201c\u201d()\[\],;:]+")
_RULE_LINE = re.compile(r"[ \t]*[-=_*~+|\u2014\u2500]{3,}")
_QUOTED = re.compile(r"[\"\u201c][^\"\u201c\u201d\n]{1,80}[\"\u201d]")
_BRACKETED = re.compile(r"\([^()\n]{0,60}\)")
_PART = re.compile(r"[ \t]+(?:--|\u2014|\u2013)[ \t]+")
_PROSE_WORDS = 8
_MARK = re.compile(r"[ \t]*#{1,6}[ \t]+(?=\S)")    # a heading's marks before the title's words
# a title's closing bracket of words, no period ("(excerpt: non-ferrous metals)"): no part of
# the document's name
_NOTE = re.compile(r"[ \t]*\([^()\d\n]{1,80}\)[ \t]*$")
_WRAP_LINES = 2         # a title wraps onto at most two more lines
_MAX_TITLE = 300


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    out: dict[str, str] = {}
    for name in ("document-kinds", "heading-document-kinds", "title-block-kinds"):
        for line in lines(name):
            *words, cls = line.split()
            out.setdefault(" ".join(words).lower(), cls)
    return out


def _block(text: str) -> list[tuple[int, int]]:
    """(start, end) of the non-empty lines of the text's title block."""
    out, pos = [], 0
    head = text[:_LIMIT]
    while pos < len(head) and len(out) < _MAX_LINES:
        le = head.find("\n", pos)
        if le < 0:
            break
        line = head[pos:le]
        words = line.split()
        if opens_with_dateline(line):
            break       # "KITWE, 9 June 2027 -- Results of the X League": the body opens
        if len(words) >= _PROSE_WORDS and \
                sum(w[:1].islower() for w in words) * 2 >= len(words) and \
                not _title_cased([w.lstrip("\"\u201c\u2018'([") for w in words]):
            break       # (a long title's line has only its small words in lower case)
        if words:
            mark = _MARK.match(line)    # ("# Notice on X": a heading's marks are no words)
            out.append((pos + (mark.end() if mark else len(line) - len(line.lstrip())),
                        pos + len(line.rstrip())))
        pos = le + 1
    return out


def _caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha() and c.isascii()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def _title_cased(words: list[str]) -> bool:
    big = [w for w in words if w.lower() not in _SMALL and any(c.isalpha() for c in w)]
    return bool(big) and sum(w[:1].isupper() or w[:1].isdigit() for w in big) >= 0.85 * len(big)


def _head(s: str):
    """(offset in ``s``, class, how many words come before, where its part starts) of the
    title's head word, or None."""
    kinds = _kinds()
    # a title's last part after a dash ("Hall 2 "From X" -- Display Panel Texts"); quoted words
    # are no words of the title's own
    base = 0
    parts = list(_PART.finditer(s))
    if parts:
        base = parts[-1].end()
    seg = _QUOTED.sub(lambda m: " " * len(m.group(0)), s[base:])
    words = list(_WORD.finditer(seg))
    low = [w.group(0).lower().rstrip(".") for w in words]
    for i, w in enumerate(words):
        key, n = low[i], 1
        if i + 1 < len(words) and f"{key} {low[i + 1]}" in kinds:
            key, n = f"{key} {low[i + 1]}", 2
        cls = kinds.get(key)
        if cls is None:
            continue
        if not w.group(0)[:1].isupper():
            return None
        before = [x for x in low[:i] if not re.fullmatch(r"(?:19|20)\d\d", x)]
        if any(b in _SMALL for b in before) or len(before) > 3:
            return None
        j = i + n
        after = seg[words[j - 1].end():].lstrip()
        if j >= len(words) and not after.strip("()[]0-9,.-\u2013 "):
            return base + w.start(), cls, len(before), base
        if j < len(words) and low[j] in _AFTER or after[:1] in ("(", ",", ":"):
            return base + w.start(), cls, len(before), base
        return None
    return None


def _org_line(text, rows, a, b, kind_of):
    """The organisation whose name opens the line (a, b), or None."""
    for s, e, x in rows:
        if s == a and e <= b and kind_of(x.cls) == "org" and not x.role:
            return s, e, x
    return None


_TAIL = re.compile(r"(?:,[ \t]*[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,3}){0,3}[ \t]*$")


def _named_line(text, rows, a, b, kind_of) -> bool:
    """Whether a name of the draft (a park, a hall; no document) opens the line (a, b), with at
    most places after commas behind it ("X EXHIBITION HALL, BAOJI")."""
    return any(s == a and e <= b and kind_of(x.cls) != "policy" and _TAIL.match(text, e, b)
               for s, e, x in rows)


# the dots (or ellipses) that lead a contents line to its page number
_LEADER = re.compile(r"\.{4,}|\u2026{2,}|(?:\.[ \t]){4,}")


def _find_title(text, block, rows, kind_of):
    """(start, end, class, head offset, letterhead line index) of the title line(s), or None."""
    letterhead = None
    for k, (a, b) in enumerate(block):
        line = text[a:b]
        if _RULE_LINE.match(line) or _FIELD.match(line) or _NUMBER.match(line) or \
                line.lower().startswith(("to ", "to:")) or _LEADER.search(line):
            continue    # (a contents line, "Programme for 12 May ...... 5": no title)
        if _org_line(text, rows, a, b, kind_of) is not None or _named_line(text, rows, a, b, kind_of):
            letterhead = k
            continue
        cell = _CELL.match(line)
        s = cell.group(0) if cell else line
        words = [w.group(0) for w in _WORD.finditer(_BRACKETED.sub(" ", s))]
        if len([w for w in words if any(c.isalpha() for c in w)]) < 2 or len(words) > 24:
            continue
        if not (_caps(s) or _title_cased(words)):
            continue
        found = _head(s)
        if found is None:
            continue
        at, cls, n_before, base = found
        if n_before and (letterhead is None or any(a + base <= x[0] < a + at for x in rows)):
            continue        # (news of a document, or words no letterhead stands over)
        end = a + len(s)
        for c, d in block[k + 1:k + 1 + _WRAP_LINES]:
            nxt = text[c:d]
            if text[end:c].count("\n") != 1 or d - a > _MAX_TITLE or _FIELD.match(nxt) or \
                    _LEADER.search(nxt) or \
                    _NUMBER.match(nxt) or _RULE_LINE.match(nxt) or \
                    _org_line(text, rows, c, d, kind_of) is not None:
                break
            if nxt.startswith("(") and nxt.endswith(")") and len(nxt) <= 40 and \
                    any(ch.isdigit() for ch in nxt):
                end = d         # "(January-November 2026)"
                break
            more = [w.group(0) for w in _WORD.finditer(_BRACKETED.sub(" ", nxt))]
            small = bool(more) and more[0] in _SMALL and len(more) > 1
            if not (nxt[:1].isupper() or nxt[:1] in "(\"\u201c" or small) or \
                    not (_caps(nxt) if _caps(s) else _title_cased(more or ["X"])):
                break
            end = d             # a title wrapped onto the next line
        if text[a:end].split()[-1].lower() in _SMALL:
            continue            # ("MINUTES OF THE" over a blank line: a title cut short)
        return a, end, cls, a + at, letterhead
    return None


def _own(draft, spans_of, block, kind_of):
    """The text's own document another rule read in the block, or None."""
    if not block:
        return None
    hi = block[-1][1]
    for s, e, x in spans_by_start(spans_of):
        if s > hi:
            break
        if not x.known and kind_of(x.cls) == "policy" and x.rule in _OWN_RULES:
            return s, e, x
    return None


def propose(draft, spans_of, minter, kind_of):
    """Propose (or complete) the text's own document from its title block; returns it or None."""
    text = draft.text
    block = _block(text)
    if not block:
        return None
    rows = [x for x in spans_by_start_longest(spans_of) if x[0] < block[-1][1]]
    own = _own(draft, spans_of, block, kind_of)
    letterhead = None
    if own is None:
        found = _find_title(text, block, rows, kind_of)
        if found is None:
            return None
        start, end, cls, at, lk = found
        printed = " ".join(text[start:end].split())
        label = caps_to_title(printed) if _caps(printed) else printed
        label = " ".join(label.replace('"', "").replace("\u201c", "").replace("\u201d", "")
                         .split())     # (a quote alone on a line leaves no gap)
        hit = next((x for x in rows if x[0] <= at < x[1] and kind_of(x[2].cls) == "policy"
                    and not x[2].known), None)
        doc = hit[2] if hit else None
        if hit is not None and hit[0] >= start:
            if hit[1] < end and hit[0] == start and doc.label != label and \
                    text[hit[1]:end].lstrip()[:1] not in "([" and \
                    (not text[hit[1]:text.find("\n", hit[1])].strip() or
                     _goes_on(text, hit[1], end)):
                _whole_title(doc, _noted(label))    # (another rule's name cut short)
            start, end = hit[0], max(hit[1], end)   # (another rule read the title: its name)
        elif doc is None:
            doc = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
            draft.entities[doc.iri] = doc
        else:               # ("Anhui Province INVESTMENT GUIDE": a name read across lines)
            draft.entities.pop(doc.iri, None)
            spans_of[:] = [x for x in spans_of if x[2] is not doc]
            old, doc = doc, Entity(minter.mint(label), doc.cls, label, False, RULE, CONFIDENCE)
            for st in old.statements:
                doc.add(*st)
            draft.entities[doc.iri] = doc
        if doc.rule == RULE:
            if label != printed:
                doc.aliases.add(printed)
            doc.mentions.append(Span(start, end))
            spans_of.append((start, end, doc))
        if lk is not None:
            letterhead = block[lk]
    else:
        start, end, doc = own
        before = [k for k, (a, b) in enumerate(block) if b <= start]
        for k in reversed(before):
            if _org_line(text, rows, *block[k], kind_of) is not None:
                letterhead = block[k]
                break
    _drop_misread(draft, spans_of, doc, start, end, kind_of)
    rows = [x for x in spans_by_start_longest(spans_of) if x[0] < block[-1][1]]
    after = [(a, b) for a, b in block if a >= end]
    number(draft, spans_of, doc, block, kind_of)
    fields(text, rows, doc, after, kind_of)
    if doc.rule == RULE:     # (the other readers' documents take their issuers' signatures)
        _issuer(text, rows, doc, letterhead, after, kind_of)
    _about(text, rows, doc, start, end, block, letterhead, kind_of)
    listed = None
    if doc.rule != "document:headline":     # (that reader reads the title it issues)
        listed = _issued(draft, spans_of, minter, doc, start, end, kind_of)
    if listed is None and str(doc.cls).endswith("#Catalogue"):
        listed = doc
    if listed is not None:
        listed_projects(draft, spans_of, listed, kind_of)
    if doc.rule == RULE:
        signed(draft, spans_of, doc, kind_of)
    if doc.rule == RULE or doc.rule == "document:heading" and doc.cls in (NFO.Report,
                                                                          NFO.Notice):
        table_metals(draft, spans_of, doc, kind_of)     # (a bulletin's rows of cargoes)
    return doc


def _goes_on(text: str, at: int, end: int) -> bool:
    """Whether the title line goes on after ``at`` in title case, a closing bracket of words
    aside ("... Enterprises Recognised" + " by the Anhui Recognition Body in 2026 (excerpt)":
    another rule's name cut at a small word)."""
    le = text.find("\n", at)
    le = end if le < 0 or le > end else le
    note = _NOTE.search(text, at, le)
    rest = text[at:note.start() if note else le]
    words = [w.group(0) for w in _WORD.finditer(rest)]
    return bool(words) and words[0].lower() in _SMALL and words[-1].lower() not in _SMALL \
        and _title_cased(words)


def _noted(label: str) -> str:
    """The label without its title's closing bracket of words."""
    note = _NOTE.search(label)
    return label[:note.start()] if note else label


def _whole_title(doc, label: str) -> None:
    """A document another rule named from the title's first line ("Notice on the Results of the
    2026 Special Energy Conservation" over "Supervision of ... Enterprises"): its label is the
    whole title, the first line's words an alias."""
    doc.aliases.add(doc.label)
    doc.label = label


def _issued(draft, spans_of, minter, doc, start, end, kind_of) -> None:
    """The title the document's title issues ("NOTICE ON ISSUING THE LIST OF ..."): a document
    of its own that this one is about, issued by the same body (rule
    ``document:issues-title``)."""
    found = issued_title(draft.text, start, end)
    if found is None:
        return None
    s, e, cls = found
    if any(x[0] >= s and x[1] <= e and kind_of(x[2].cls) == "policy" and x[2] is not doc
           for x in spans_of):
        return None
    printed = " ".join(draft.text[s:e].split())
    label = caps_to_title(printed) if _caps(printed) else printed
    label = " ".join(label.replace('"', "").replace("\u201c", "").replace("\u201d", "").split())
    if label.lower().startswith("the "):
        label = label[4:]
    ent = Entity(minter.mint(label), NFO[cls], label, False, "document:issues-title", CONFIDENCE)
    if label != printed:
        ent.aliases.add(printed)
    ent.mentions.append(Span(s, e))
    draft.entities[ent.iri] = ent
    spans_of.append((s, e, ent))
    doc.add(NFO.about, ent.iri, Span(start, end), "document:issues-title")
    for st in list(doc.statements):
        if st[0] == NFO.issuedBy:
            ent.add(NFO.issuedBy, st[1], Span(start, end), "document:issuer-of-notice@0.5")
    return ent


def _drop_misread(draft, spans_of, doc, start, end, kind_of) -> None:
    """A new name (not a document) read from the title's first words, its head word with them:
    the title misread."""
    found = _head(draft.text[start:end])
    if found is None:
        return
    at = start + found[0]
    bad = [x for x in spans_of if x[0] == start and at < x[1] <= end and x[2] is not doc
           and not x[2].known and kind_of(x[2].cls) in ("place", "org")]
    if bad:
        draft.drop_mentions(bad, spans_of)


def _issuer(text, rows, doc, letterhead, after, kind_of) -> None:
    """``nfo:issuedBy`` the organisation that opens the letterhead line (else that line is what
    the document is about, when a field names who issued it)."""
    if letterhead is None:
        # the issuer on the first line under the title, a date after a wide gap at most
        # ("X Municipal Emergency Management Bureau          2026-12-04")
        for a, b in after[:1]:
            org = _org_line(text, rows, a, b, kind_of)
            if org is not None and org[2] is not doc and not any(
                    st[0] == NFO.issuedBy for st in doc.statements) and (
                    org[1] == b or (text[org[1]:org[1] + 3] == "   " and find_dates(
                        text[org[1]:b]))):
                doc.add(NFO.issuedBy, org[2].iri, Span(org[0], org[1]), "document:letterhead")
        return
    org = _org_line(text, rows, *letterhead, kind_of)
    if org is None or org[2] is doc:
        return
    s, e, x = org
    if any(st[0] == NFO.issuedBy for st in doc.statements) or \
            any(st[0] == NFO.draftedBy and compiled(text, after) for st in doc.statements):
        if not any(st[1] == x.iri for st in doc.statements):
            doc.add(NFO.about, x.iri, Span(s, e), "document:letterhead-about")
        return
    doc.add(NFO.issuedBy, x.iri, Span(s, e), "document:letterhead")


_PLACE_OR_ORG = ("place", "org")


def _about(text, rows, doc, start, end, block, letterhead, kind_of) -> None:
    """``nfo:about`` what the title names after its last "of", or a site alone on a line above
    the title."""
    inside = [x for x in rows if start <= x[0] and x[1] <= end and x[2] is not doc
              and (kind_of(x[2].cls) in _PLACE_OR_ORG or str(x[2].cls).endswith("#Site"))]
    if inside:
        s, e, x = inside[-1]
        tail = text[e:end].strip()
        if re.search(r"\bof[ \t\n]+(?:the[ \t\n]+)?$", text[max(start, s - 12):s], re.I) and \
                (not tail or tail.startswith("(")) and \
                not any(st[1] == x.iri for st in doc.statements):
            doc.add(NFO.about, x.iri, Span(start, end), "document:title-about")
    for k, (a, b) in enumerate(block):
        if b > start or (a, b) == letterhead and _org_line(text, rows, a, b, kind_of):
            continue        # (an organisation's letterhead issued it)
        if k and not _RULE_LINE.match(text, *block[k - 1]) and \
                text[block[k - 1][1]:a].count("\n") < 2:
            continue        # (the second line of a name wrapped over two)
        for s, e, x in rows:
            if s == a and _TAIL.match(text, e, b) and str(x.cls).endswith("#Site") \
                    and x is not doc \
                    and not any(st[1] == x.iri for st in doc.statements):
                doc.add(NFO.about, x.iri, Span(s, e), "document:title-about")
