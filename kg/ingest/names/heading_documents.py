"""The document the text is, titled by a heading below a letterhead or a page's furniture rather
than by its first line: a notice, report, log or yearbook whose title is printed in capitals
("NOTICE ON THE 2027 ANNUAL OVERHAUL OF THE ... LINE", "SELF-MONITORING RESULTS, OCTOBER
2026", "TEST REPORT", "YIMEN YEARBOOK (2026)" as a running head), or in title case right under
a letterhead in capitals ("X CO., LTD." / "No. 1 Furnace -- Hot Commissioning Log").

* The heading is looked for in the text's top, before its first sentence of body text: the first
  line (its first cell, when a running head sets other words apart by wide spaces) whose words
  are in capitals, with a head word (``data/document-kinds.txt``,
  ``data/heading-document-kinds.txt``) that only words naming which of its kind come before
  ("END OF REPORT" is no title: "of" comes before the head) and that ends the heading or comes
  before "on / of / for / ...", a comma or a bracket; a title in capitals wrapped onto the
  next line goes on there; a short line in brackets right under it ("(Week 43, 2026)") is part
  of it. Two words at least: a section's name ("RESULTS", "NOTES") is no document, nor one
  numbered as a section ("D. PORT NOTICES"), but a genre word alone on the text's first line is
  (``data/sole-heading-kinds.txt``: "OBITUARY"), or alone on its line under a letterhead in
  capitals ("MINISTRY OF X" / "ANNOUNCEMENT", "X ASSOCIATION" / "NEWSLETTER"); nor is a heading cut short, its last word a
  small one ("MINUTES OF THE" over a blank line). Kind words may name which of a later head's
  kind ("CONTRACT SUMMARY SHEET"); a remark in brackets may follow ("(for the contract
  register)"); a title in title case may go on after a dash ("Monthly Shipment Bulletin - Ore
  and Metals").
* One entity per document: a document another rule read inside the heading ("TEST REPORT" by
  its head word) is the one; else a new one of the head's class (rule ``document:heading``),
  labelled in title case, the printed capitals an alias. A title on the text's first line is
  the headline's document (``names/headline_documents``): it only takes its number here.
* The header field that numbers it ("Ref.: JR-SJ [2026] No. 58", "Sheet No.: RSC-2026-011",
  labels in ``data/document-number-labels.txt``), in the lines around the heading, or a number
  printed unlabelled at the start of one of the three lines under it ("Lan Tie Huo Yun [2026]
  No. 211      Date of issue: ..."), gives an alias and a mention; so do the same number's other places in the text, and a document another
  rule read right before such a place ("RECEIPT  Notice JR-SJ [2026] No. 58") is this one.
* Its issuer is the organisation alone on the line right under the heading (the unit a
  platform's page is about), else the one alone on the nearest line above it in the text's top
  (the letterhead: "X Co., Ltd." / "Production Technology Department"), rule
  ``document:letterhead``; it was issued on the text's date when that is a full day (rule
  ``date:document-date``); the metals its heading names are what it concerns (rule
  ``document:heading-metal``).

Only the text's first 4,000 characters are read, each line once: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.heading_agreements import heading_agreement, read_agreement_header
from kg.ingest.names.headline_documents import MISREAD_KINDS
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates, read_document_date
from kg.ingest.terms import NFO

RULE = "document:heading"
CONFIDENCE = 0.6
LIMIT = 4000            # the text's top, where a heading is looked for
MAX_LINES = 40
_MAX_PLACES = 20        # the places of its number read (a receipt slip, a footer)
_SMALL = frozenset(("of", "on", "the", "and", "for", "in", "to", "a", "an", "by", "with", "at",
                    "from", "regarding", "concerning", "about", "into", "under", "against",
                    "between", "or", "its", "no.", "&"))
_AFTER = frozenset(("on", "of", "for", "regarding", "concerning", "about", "to", "no."))
_CELL = re.compile(r"\S(?:.*?\S)?(?= {3,}|\t|$)")
_WORD = re.compile(r"[^\s\"\u201c\u201d()\[\],;:]+")
_SENTENCE = re.compile(r"[a-z]{2,}[.!?][\"'\u201d\u2019)]*$")
_LEGAL = re.compile(r"\b(?:CO\.?,?\s*LTD|LIMITED|INC|CORP(?:ORATION)?|GROUP|LLC)\.?\s*$", re.I)
_DASHES = frozenset(("-", "--", "\u2013", "\u2014"))
# a section's number before a heading ("D. PORT NOTICES", "II. TENANTS", "3. RESULTS"): a part of
# the text, not its title
_SECTION = re.compile(r"(?:[A-Z]|[IVX]{1,5}|\d{1,2})[.)][ \t]")
_REMARK = re.compile(r"[ \t]+\([^()]{1,60}\)$")
_FIELD_LABEL = re.compile(r"[A-Za-z][\w .'/-]{0,30}:")
_ORDINAL = re.compile(r"\d+(?:ST|ND|RD|TH)")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    out = {}
    for name in ("document-kinds", "heading-document-kinds"):
        for line in lines(name):
            word, cls = line.split()
            out.setdefault(word.lower(), cls)
    return out


@lru_cache(maxsize=1)
def _sole_kinds() -> dict[str, str]:
    return dict(line.split() for line in lines("sole-heading-kinds"))


def _sole(bare: list):
    """(0, class) for a heading of one genre word ("OBITUARY") that opens the text, or None."""
    cls = _sole_kinds().get(bare[0].group(0).lower()) if len(bare) == 1 else None
    return (0, cls) if cls else None


def _under_letterhead(text: str, top: list, k: int, word: str) -> bool:
    """Whether the genre word ``word`` stands alone on the ``k``-th line of the text's top, set
    apart under a letterhead: the nearest line above with words is in capitals (the issuer:
    "MINISTRY OF ..." / "ANNOUNCEMENT", "X ASSOCIATION" / "NEWSLETTER")."""
    a, b = top[k]
    if text[a:b].strip() != word:
        return False
    for a2, b2 in reversed(top[:k]):
        above = text[a2:b2].strip()
        if above:
            return _caps(above)
    return False


@lru_cache(maxsize=1)
def _number_field() -> re.Pattern:
    labels = sorted(lines("document-number-labels"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in labels)
    # (a label that ends in "No." may be set off by a wide gap alone: "POLICY NO.      PY...",
    # or by one space from a code in three parts or more: "Minutes No. XL-BD-2026-09")
    return re.compile(rf"(?<![\w.])(?:{alt})(?:[ \t]*:|(?<=\.)(?=[ \t]{{2,}})"
                      r"|(?<=[A-Za-z][ \t][Nn][Oo]\.)"
                      r"(?=[ \t][A-Z0-9]{1,10}(?:[-/][A-Z0-9]{1,10}){2,}(?![\w\-/])))[ \t]*"
                      r"(?P<v>[^\s](?:[^\n]*?[^\s])?)"
                      r"(?=[ \t]{2,}|\t|[ \t]*$)", re.I | re.M)


def _top_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines of the text's top: up to its first sentence of body text."""
    out, pos = [], 0
    head = text[:LIMIT]
    while pos <= len(head) and len(out) < MAX_LINES:
        le = head.find("\n", pos)
        if le < 0:
            break
        line = head[pos:le]
        if _SENTENCE.search(line.rstrip()) and len(line.split()) >= 8:
            break
        out.append((pos, le))
        pos = le + 1
    return out


def _caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters if c.isascii())


def _head(rest: str, words: list, title_case: bool):
    """(index, class) of the heading's head word in ``words`` (re matches in ``rest``), or
    None."""
    kinds = _kinds()
    for i, w in enumerate(words):
        key = w.group(0).lower().rstrip(".")
        cls = kinds.get(key)
        if cls is None:
            continue
        before = [x.group(0).lower() for x in words[:i]]
        nxt = words[i + 1].group(0).lower() if i + 1 < len(words) else None
        if before[:1] in (["the"], ["a"], ["an"]) and not title_case and nxt in _AFTER:
            # ("THE 15TH FIVE-YEAR PLAN FOR ...": the title's article; not a section's
            # heading, "THE CONTRACT", "THE PARTIES")
            before = before[1:]
        if title_case:          # "No. 1 Submerged Arc Furnace -- Hot Commissioning Log"
            before = [x for x in before if x not in ("no.", "--", "-", "\u2014")]
        if any(b in _SMALL for b in before) or len(before) > (9 if title_case else 6):
            return None         # "END OF REPORT", "... of the report"
        if title_case:
            if nxt is None or nxt in _DASHES:
                return i, cls   # ("Monthly Shipment Bulletin - Ore and Metals": a subtitle)
            continue
        if nxt is None or nxt in _AFTER or rest[w.end():].lstrip()[:1] in (",", "("):
            return i, cls       # "... RESULTS, OCTOBER 2026", "YEARBOOK (2026)"
        # ("CONTRACT SUMMARY SHEET": a kind word naming which of a later head's kind)
    return None


def heading_title(text: str):
    """(start, end, class, lines) of the heading that titles the text's own document, or None
    (see the module's notes); ``lines`` are the heading's (start, end) line spans."""
    top = _top_lines(text)
    prev_caps = False
    for k, (a, b) in enumerate(top):
        line = text[a:b]
        cell = _CELL.search(line)
        if cell is None:
            prev_caps = False
            continue
        c0, c1 = a + cell.start(), a + cell.end()
        s = text[c0:c1]
        # (a remark in brackets after a title in capitals: "CONTRACT SUMMARY SHEET (for the
        # contract register)")
        caps = _caps(_REMARK.sub("", s))
        if _FIELD_LABEL.match(s) or _LEGAL.search(s):
            prev_caps = caps and _LEGAL.search(s) is not None
            continue
        title_case = not caps and prev_caps and k <= 4
        if (caps or title_case) and _SECTION.match(s):
            prev_caps = False
            continue
        if caps or title_case:
            words = list(_WORD.finditer(s))
            bare = [w for w in words if any(ch.isalpha() for ch in w.group(0))]
            found = _head(s, words, title_case) if len(bare) >= 2 else \
                _sole(bare) if caps and (not text[:a].strip() or _under_letterhead(
                    text, top, k, s)) else None
            if found is not None:
                spans = [(c0, c1)]
                for a2, b2 in top[k + 1:k + 3]:
                    nxt = text[a2:b2].strip()
                    if not nxt or not caps:
                        break
                    if _caps(nxt) and not _FIELD_LABEL.match(nxt) and not _LEGAL.search(nxt):
                        spans.append((a2 + len(text[a2:b2]) - len(text[a2:b2].lstrip()),
                                      a2 + len(text[a2:b2].rstrip())))
                        continue
                    if nxt.startswith("(") and nxt.endswith(")") and len(nxt) <= 40 \
                            and any(ch.isdigit() for ch in nxt) and ":" not in nxt:
                        # "(Week 43, 2026)"; not a remark on the copy ("(Excerpt: Chapter 5)")
                        spans.append((a2 + len(text[a2:b2]) - len(text[a2:b2].lstrip()),
                                      a2 + len(text[a2:b2].rstrip())))
                    break
                last = text[spans[-1][0]:spans[-1][1]].split()[-1].lower()
                if last not in _SMALL:      # ("MINUTES OF THE": a heading cut short)
                    return spans[0][0], spans[-1][1], found[1], spans
        prev_caps = caps
    return None


def _covers(text: str, x, spans) -> bool:
    """Whether the known document ``x`` is all the heading names: no more words than an
    article, its period in brackets or a remark in brackets ("15TH FIVE-YEAR PLAN (2026-2030)");
    "THE 15TH FIVE-YEAR PLAN FOR THE DEVELOPMENT OF ... (2026-2030)" is a plan of its own."""
    rest = " ".join(" ".join(text[a:b].split()) for a, b in spans)
    name = " ".join(text[x[0]:x[1]].split())
    rest = _REMARK.sub("", rest.replace(name, " ", 1) + " ").strip()
    return not [w for w in _WORD.findall(rest) if w.lower() not in ("the", "a", "an")]


def _cap(word: str) -> str:
    """'"SPECIALISED' -> '"Specialised', '(DRAFT)' -> '(Draft)'."""
    low = word.lower()
    i = next((k for k, ch in enumerate(low) if ch.isalpha()), 0)
    return low[:i] + low[i:i + 1].upper() + low[i + 1:]


def caps_to_title(s: str) -> str:
    out = []
    for i, w in enumerate(s.split()):
        low = w.lower()
        if _ORDINAL.fullmatch(w):
            out.append(low)         # ("15TH": "15th")
        elif not any(c.isalpha() for c in w) or any(c.isdigit() for c in w) or "/" in w:
            out.append(w)
        elif low == "no.":
            out.append("No.")
        elif i and low in _SMALL:
            out.append(low)
        elif w.isupper():
            out.append("-".join(_cap(p) for p in w.split("-")))
        else:
            out.append(w)
    return " ".join(out)


def heading_documents(draft, spans_of, minter, kind_of):
    """Propose (or find) the text's own document titled by a heading, with its number, issuer,
    date and metals; returns the document or None."""
    text = draft.text
    _drop_closing_marks(draft, spans_of, kind_of)
    found = heading_title(text)
    if found is None:
        return None
    start, end, cls, spans = found
    rows = [x for x in spans_of if x[0] < end and x[1] > start]
    if any(x[2].rule == "document:headline" and not (x[0] < end and x[1] > start)
           for x in spans_of):
        return None         # (the text's first line titles it)
    doc = next((x[2] for x in rows if kind_of(x[2].cls) == "policy" and not x[2].known), None)
    printed = " ".join(" ".join(text[a:b].split()) for a, b in spans)
    if doc is None and cls == "Agreement":     # ("X AGREEMENT ON Y": the agreement read in it)
        doc = heading_agreement(rows, printed, Span(start, end), caps_to_title)
    if any(kind_of(x[2].cls) == "policy" and x[2].known and _covers(text, x, spans)
           for x in rows):
        return None         # (the heading names a document the graph knows)
    if doc is None:
        _drop_misread(draft, spans_of, rows, start, end, kind_of)
        label = " ".join(caps_to_title(printed).replace('"', "").replace("\u201c", "")
                         .replace("\u201d", "").split())   # (no gap where a quote was)
        doc = Entity(minter.mint(label), NFO[cls], label, False, RULE, CONFIDENCE)
        if label != printed:
            doc.aliases.add(printed)
        doc.mentions.append(Span(start, end))
        draft.entities[doc.iri] = doc
        spans_of.append((start, end, doc))
    elif doc.rule == "document:headline":
        # the text's first line titles it: its issuer and date are the signature's
        # (relations/document_issuers, events/signed_document); only its number is added here
        _numbers(draft, spans_of, doc, spans, kind_of)
        return doc
    elif doc.label.isupper() or doc.label.upper() == printed.upper() + " REPORT":
        # ("TEST REPORT Report": the heading's words, in title case)
        doc.aliases.add(printed)
        doc.aliases.discard(caps_to_title(printed))
        doc.label = caps_to_title(printed)
    _numbers(draft, spans_of, doc, spans, kind_of)
    _issuer(text, spans_of, doc, spans, kind_of)
    _metals(spans_of, doc, start, end, kind_of)
    signed = _signed_under(text, spans_of, doc, end)
    if signed is not None:
        doc.statements[:] = [st for st in doc.statements if st[0] != NFO.dateIssued]
        doc.add(NFO.dateIssued, date_literal(signed.value), Span(signed.start, signed.end),
                "date:signature")
    elif not any(st[0] == NFO.dateIssued for st in doc.statements):
        own = _own_date(text)
        if own is not None:
            doc.add(NFO.dateIssued, date_literal(own.value), Span(own.start, own.end),
                    "date:document-date")
    read_agreement_header(text, spans_of, doc)     # a contract's parties and day of signing
    return doc


_DATE_FIELD = re.compile(r"(?:^|[\s|])(?:date|published|publication date|issued|issue date|"
                         r"released|release date|posted|date[ \t]+of[ \t]+(?:issue|signing|"
                         r"signature|writing|publication|release|report))(?:[ \t]+on)?[ \t]*"
                         r"[:\uff1a]?[ \t]*$", re.I)


def _own_date(text: str):
    """The text's own day (a date alone on its line, in a cell of its own at a header line's end,
    or after a "Date:" or "Published:" field),
    not another day its header names ("Period: 19 October ...", "(B/L dated ...)"); or None."""
    d, guessed = read_document_date(text)
    if d is None or guessed or d.kind != "date":
        return None
    ls = text.rfind("\n", 0, d.start) + 1
    before = text[ls:d.start]
    if not before.strip() or _DATE_FIELD.search(before) or _CELL_GAP.search(before):
        return d
    return None


# a date set apart at the end of a header's line, a cell of its own ("No. 12, 2026 (Total No.
# 215)     25 December 2026", "Drafting group of X          20 November 2026")
_CELL_GAP = re.compile(r"\S(?: {3,}|\t)[ \t]*$")


def _signed_under(text: str, spans_of, doc, after: int):
    """The date alone on the line right under the issuer's name alone on its line, after the
    heading (a signature block, also one a receipt slip follows), or None."""
    issuer = next((st[1] for st in doc.statements if st[0] == NFO.issuedBy), None)
    if issuer is None:
        return None
    mine = sorted((s, e) for s, e, x in spans_of if x.iri == issuer and s >= after)
    for s, e in mine[:_MAX_PLACES]:
        if not _alone(text, s, e):
            continue
        nxt = text.find("\n", e) + 1
        le = text.find("\n", nxt)
        le = len(text) if le < 0 or nxt <= 0 else le
        if nxt <= 0:
            continue
        got = find_dates(text[nxt:le])
        if len(got) == 1 and got[0].kind == "date" and \
                not text[nxt:le].replace(text[nxt + got[0].start:nxt + got[0].end], "").strip():
            d = got[0]
            return type(d)(nxt + d.start, nxt + d.end, d.value, d.kind)
    return None


_CLOSING = re.compile(r"[*=\- \t]*END[ \t]+OF[ \t]+(?:THE[ \t]+)?[A-Z]+[*=\- \t]*")


# how far short of the heading's end a misread name of it may stop ("PROJECT DISCLOSURE SHEET"
# of "PROJECT DISCLOSURE SHEET (PDS)")
_SHORT_OF = 10


def _drop_misread(draft, spans_of, rows, start, end, kind_of) -> None:
    """A new organisation, place or award read from the heading's own words, from its start to
    (about) its end ("ANNOUNCEMENT OF THE 2026 ANNUAL SUPPLIER AWARDS" read as an award): the
    document misread; its mentions there go."""
    bad = [x for x in rows if x[0] == start and end - _SHORT_OF <= x[1] <= end
           and not x[2].known and kind_of(x[2].cls) in MISREAD_KINDS]
    if bad:
        draft.drop_mentions(bad, spans_of, rows)


def _drop_closing_marks(draft, spans_of, kind_of) -> None:
    """A new document named only by a closing mark in capitals ("*** END OF REPORT ***") is
    none."""
    text = draft.text
    for ent in list(draft.new()):
        if kind_of(ent.cls) == "policy" and ent.mentions and not ent.statements and all(
                _CLOSING.fullmatch(text, m.start, m.end) for m in ent.mentions):
            draft.entities.pop(ent.iri, None)
            spans_of[:] = [x for x in spans_of if x[2] is not ent]


def _numbers(draft, spans_of, doc, spans, kind_of) -> None:
    """The number a header field gives the document (see the module's notes)."""
    text = draft.text
    hi = text.find("\n\n", spans[-1][1])         # (the heading's block and the next one)
    hi = text.find("\n\n", hi + 2) if 0 <= hi < spans[-1][1] + 3 else hi
    hi = min(len(text) if hi < 0 else hi, spans[-1][1] + 600)
    m = _number_field().search(text, 0, hi)
    if m is None or not any(ch.isdigit() for ch in m.group("v")):
        value = _number_line(text, spans[-1][1], hi)
        if value is None:
            return
    else:
        value = m.group("v")
    doc.aliases.add(value)
    where = []
    pos = text.find(value) if len(value) >= 5 else -1   # (not "No.: 1" everywhere)
    while pos >= 0 and len(where) < _MAX_PLACES:
        where.append((pos, pos + len(value)))
        pos = text.find(value, pos + len(value))
    taken = {(x[0], x[1]) for x in spans_of if x[2] is doc}
    others = [x for x in spans_of if x[2] is not doc and not x[2].known
              and kind_of(x[2].cls) == "policy"]
    gone = set()
    for a, b in where:
        for s, e, x in others:      # "Notice JR-SJ [2026] No. 58", "RECEIPT  Notice" + number
            if (a <= s < b or s < a <= e) or (e <= a and not text[e:a].strip()
                                              and a - e <= 4):
                gone.add(id(x))
        if (a, b) not in taken:
            doc.mentions.append(Span(a, b))
            spans_of.append((a, b, doc))
    if gone:
        for s, e, x in others:
            if id(x) in gone:       # (its words are no name of this one: the number is)
                draft.entities.pop(x.iri, None)
        spans_of[:] = [x for x in spans_of if id(x[2]) not in gone]
        for ent in draft.entities.values():
            ent.statements[:] = [st for st in ent.statements
                                 if not any(st[1] == x[2].iri for x in others
                                            if id(x[2]) in gone)]


_NUMBER_LINES = 3       # the lines under a heading where its number may stand unlabelled


def _number_line(text: str, pos: int, hi: int):
    """The document number printed unlabelled at the start of one of the lines right under the
    heading ("Lan Tie Huo Yun [2026] No. 211        Date of issue: 2026.12.22"), or None."""
    from kg.ingest.names.title_fields import NUMBER
    for _ in range(_NUMBER_LINES):
        ls = text.find("\n", pos, hi)
        if ls < 0:
            return None
        ls += 1
        le = text.find("\n", ls)
        le = min(hi, len(text) if le < 0 else le)
        m = NUMBER.match(text, ls, le) or _ISSUE.match(text, ls, le)
        if m is not None:
            return " ".join(m.group("n").split())
        pos = ls
    return None


# an issue of a bulletin, brief or newsletter numbered within its year, at the start of a line
# under its heading ("2026, No. 31        Office of the Bureau, 17 Dec. 2026", "No. 50 of
# 2026", "Issue No. 23 (No. 131 overall)"): the number curators label the issue by
_ISSUE = re.compile(r"[ \t]*(?P<n>(?:19|20)\d\d,?[ \t]+No\.[ \t]?\d{1,4}|No\.[ \t]?\d{1,4}[ \t]+of"
                    r"[ \t]+(?:19|20)\d\d|Issue[ \t]+No\.[ \t]?\d{1,4})(?=[ \t]{3,}|[ \t]*$|[ \t]+\()")


def _alone(text, s, e) -> bool:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    return not text[ls:s].strip() and not text[e:le].strip(" \t,;.")


def _issuer(text, spans_of, doc, spans, kind_of) -> None:
    """``nfo:issuedBy`` the organisation alone on the line under the heading, else the nearest
    one alone on a line above it (the letterhead)."""
    if any(st[0] == NFO.issuedBy for st in doc.statements):
        return
    end = spans[-1][1]
    orgs = [x for x in spans_of if x[0] < end + 400 and kind_of(x[2].cls) == "org"
            and _alone(text, x[0], x[1])]       # (the text's top only: linear)
    nxt = text.find("\n", end) + 1
    if nxt > 0:
        le = text.find("\n", nxt)
        le = len(text) if le < 0 else le
        under = [x for x in orgs if nxt <= x[0] and x[1] <= le]
        if under:
            doc.add(NFO.issuedBy, under[0][2].iri, Span(under[0][0], under[0][1]),
                    "document:letterhead")
            return
    above = [x for x in orgs if x[1] <= spans[0][0]]
    if above:
        x = max(above, key=lambda x: x[1])
        doc.add(NFO.issuedBy, x[2].iri, Span(x[0], x[1]), "document:letterhead")


def _metals(spans_of, doc, start, end, kind_of) -> None:
    """``nfo:concernsMetal`` each metal the heading names."""
    seen = {st[1] for st in doc.statements if st[0] == NFO.concernsMetal}
    for s, e, x in spans_of:
        if start <= s and e <= end and kind_of(x.cls) == "metal" and x.iri not in seen:
            seen.add(x.iri)
            doc.add(NFO.concernsMetal, x.iri, Span(s, e), "document:heading-metal")
