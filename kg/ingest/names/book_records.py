"""A book or report described by a bibliographic record, and a review of it: the record block of a
review, a catalogue entry or a new-books column ("Title:  X: A History of Y, 1959-2025" /
"Author:  A" / "Publisher:  B Press, Beijing" / "Published:  September 2026", two fields on a
line at most), and a review's headline ("A Plant Seen from the Inside" / "-- Review of "X"").

* The record: a run of labelled lines (``data/book-record-labels.txt`` says which label gives
  the title, the author, the publisher, the date) holding a title and at least one other field.
  Its title is a new report (rule ``document:book-record``; the words before a colon of a
  subtitle an alias: "Nickel in the Desert"), drafted by the person the author field names
  (``nfo:draftedBy``), issued by the publisher (``nfo:issuedBy``: the organisation the draft
  reads there, else a new company named by the field's words up to a comma, rule
  ``name:publisher-field``, and located in the place after the comma when the draft names
  it), issued on the date field's day or month (rule ``date:book-record``). Where the text
  quotes the title again (in a headline, in a sentence) that is a mention of it.
* The review: a line "Review of "X"" (after a dash at most) under the review's own title, in
  the text's first lines, makes that title a new report about X (rule
  ``document:review-title``), issued by the outlet whose name stands alone on a line above it
  (a magazine's or a paper's name) and on the text's date, drafted by the person a "Reviewer:"
  or "Reviewed by:" line names.

Only the text's first ``_TOP`` characters are searched for the record and the headline; the
quoted title is found by one scan: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import labelled_kinds, lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

RULE = "document:book-record"
REVIEW_RULE = "document:review-title"
CONFIDENCE = 0.6
_TOP = 2500
_FIELD = re.compile(r"(?P<label>[A-Z][A-Za-z ]{1,20}?)[ \t]*:[ \t]*(?P<value>\S(?:.*?\S)?)"
                    r"(?=[ \t]{3,}|[ \t]*$)", re.M)
_REVIEW = re.compile(r"[ \t]*(?:(?:--|\u2014|\u2013|-)[ \t]*)?(?:[Aa][ \t]+)?[Rr]eview[ \t]+of[ \t]+"
                     r"[\"\u201c](?P<t>[^\"\u201c\u201d\n]{3,150})[\"\u201d][ \t]*$", re.M)
_REVIEWER = re.compile(r"^[ \t]*(?:Reviewer|Reviewed[ \t]+by)[ \t]*:[ \t]*", re.M)


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    return labelled_kinds("book-record-labels")


def _record(text: str):
    """{kind: (start, end)} of the value of each field of the first record block, or None."""
    labels = _labels()
    top = text[:_TOP]
    pos, block = 0, {}
    while pos < len(top):
        le = top.find("\n", pos)
        le = len(top) if le < 0 else le
        got = {}
        lead = pos + len(top[pos:le]) - len(top[pos:le].lstrip())
        for m in _FIELD.finditer(top, pos, le):
            kind = labels.get(" ".join(m.group("label").lower().split()))
            if kind is None or not got and m.start() != lead:
                break
            got.setdefault(kind, (m.start("value"), m.end("value")))
        if got:
            for k, v in got.items():
                block.setdefault(k, v)
        elif block:
            break
        pos = le + 1
    if "title" in block and len(block) >= 2 and not _job_title().match(top, block["title"][0]):
        return block
    return None


@lru_cache(maxsize=1)
def _job_title() -> re.Pattern:
    """A role that is the whole of a "Title:" field or opens it before "of / at / ,": a person's
    card ("Title:  Deputy Director of the X Plant"), not a book's record."""
    roles = sorted(lines("roles"), key=len, reverse=True)
    return re.compile(r"(?:(?:Deputy|Vice|Acting|Executive|Senior|Chief)[ \t]+)?(?:"
                      + "|".join(re.escape(r).replace(r"\ ", r"[ \t]+") for r in roles)
                      + r")(?:[ \t]*$|[ \t]*,|[ \t]+(?:of|at|in)[ \t]+)", re.I | re.M)


def _at(rows, s, e, kinds, kind_of):
    return next((x for x in rows if s <= x[0] and x[1] <= e and kind_of(x[2].cls) in kinds
                 and not x[2].role), None)


def propose(draft, spans_of, minter, kind_of) -> list:
    text = draft.text
    made = []
    rows = sorted(x for x in spans_of if x[0] < _TOP)
    book = None
    rec = _record(text)
    if rec is not None:
        s, e = rec["title"]
        label = " ".join(text[s:e].replace('"', "").replace("\u201c", "").replace("\u201d", "")
                         .split())      # (no gap where a quote was)
        book = Entity(minter.mint(label), NFO.Report, label, False, RULE, CONFIDENCE)
        if ": " in label:
            book.aliases.add(label.split(": ", 1)[0])
        book.mentions.append(Span(s, e))
        draft.entities[book.iri] = book
        spans_of.append((s, e, book))
        made.append(book)
        if "author" in rec:
            a, b = rec["author"]
            # (a person a byline rule set aside is still named there: "Author:  A")
            who = _at(rows, a, b, ("person",), kind_of) or next(
                ((m.start, m.end, x) for x in draft.entities.values()
                 if kind_of(x.cls) == "person" for m in x.mentions
                 if a <= m.start and m.end <= b), None)
            if who is not None:
                book.add(NFO.draftedBy, who[2].iri, Span(who[0], who[1]), RULE)
        if "publisher" in rec:
            _publisher(draft, spans_of, minter, rows, book, rec["publisher"], kind_of, made)
        if "date" in rec:
            a, b = rec["date"]
            got = [d for d in find_dates(text[a:b]) if d.kind in ("date", "gYearMonth", "gYear")]
            if len(got) == 1:
                book.add(NFO.dateIssued, date_literal(got[0].value),
                         Span(a + got[0].start, a + got[0].end), "date:book-record")
        _quoted(text, spans_of, book, label)
    review = _review(draft, spans_of, minter, rows, book, kind_of)
    if review is not None:
        made.append(review)
    return made


def _publisher(draft, spans_of, minter, rows, book, span, kind_of, made) -> None:
    text = draft.text
    a, b = span
    org = _at(rows, a, b, ("org",), kind_of)
    if org is None:
        comma = text.find(",", a, b)
        e = comma if comma > 0 else b
        name = text[a:e].strip()
        words = name.split()
        if not (1 < len(words) <= 8 and all(w[:1].isupper() or w in ("of", "and", "the", "&")
                                            for w in words)):
            return
        ent = Entity(minter.mint(name), NFO.Company, name, False, "name:publisher-field",
                     CONFIDENCE)
        ent.mentions.append(Span(a, a + len(name)))
        draft.entities[ent.iri] = ent
        spans_of.append((a, a + len(name), ent))
        made.append(ent)
        org = (a, a + len(name), ent)
        place = _at(rows, e, b, ("place",), kind_of) if comma > 0 else None
        if place is not None:
            ent.add(NFO.locatedIn, place[2].iri, Span(a, b), "name:publisher-field")
    book.add(NFO.issuedBy, org[2].iri, Span(org[0], org[1]), RULE)


def _quoted(text, spans_of, book, label) -> None:
    """The title quoted again elsewhere in the text: a mention."""
    taken = {(m.start, m.end) for m in book.mentions}
    for q in ('"', "\u201c"):
        pos = text.find(q + label)
        n = 0
        while pos >= 0 and n < 20:
            s, e = pos + 1, pos + 1 + len(label)
            if (s, e) not in taken:
                book.mentions.append(Span(s, e))
                spans_of.append((s, e, book))
            n += 1
            pos = text.find(q + label, e)


def _review(draft, spans_of, minter, rows, book, kind_of):
    text = draft.text
    m = _REVIEW.search(text, 0, _TOP)
    if m is None:
        return None
    ls = text.rfind("\n", 0, m.start())     # the review's own title: the line above
    ps = text.rfind("\n", 0, max(ls, 0)) + 1
    title = text[ps:ls].strip() if ls > 0 else ""
    words = title.split()
    if not (2 <= len(words) <= 16) or not title[:1].isupper() or title.endswith((".", ":")):
        return None
    s = ps + len(text[ps:ls]) - len(text[ps:ls].lstrip())
    e = s + len(title)
    ent = Entity(minter.mint(title), NFO.Report, title, False, REVIEW_RULE, CONFIDENCE)
    ent.mentions.append(Span(s, e))
    draft.entities[ent.iri] = ent
    spans_of.append((s, e, ent))
    reviewed = book
    ts, te = m.start("t"), m.end("t")
    if reviewed is None:
        reviewed = next((x[2] for x in spans_of if x[0] >= ts and x[1] <= te
                         and kind_of(x[2].cls) == "policy" and x[2] is not ent), None)
    if reviewed is not None:
        ent.add(NFO.about, reviewed.iri, Span(m.start(), m.end()), REVIEW_RULE)
    outlet = [x for x in rows if x[1] <= s and kind_of(x[2].cls) == "org" and _alone(text, *x[:2])]
    if outlet:
        x = outlet[-1]
        ent.add(NFO.issuedBy, x[2].iri, Span(x[0], x[1]), REVIEW_RULE)
    if draft.date is not None and len(str(draft.date)) == 10:
        ent.add(NFO.dateIssued, draft.date, Span(s, e), "date:document-date")
    r = _REVIEWER.search(text)
    if r is not None:
        who = next((x for x in spans_of if x[0] == r.end() and kind_of(x[2].cls) == "person"),
                   None)
        if who is not None:
            ent.add(NFO.draftedBy, who[2].iri, Span(r.start(), who[1]), REVIEW_RULE)
    return ent


def _alone(text, s, e) -> bool:
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    return not text[ls:s].strip() and not text[e:le].strip()
