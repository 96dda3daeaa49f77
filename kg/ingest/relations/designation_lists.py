"""Award grants a published list of holders states: a government body, an association or a
certification body publishes the enterprises it has recognised or certified under a title that
names the status ("Announcement on Filing the Second Batch of High-tech Enterprises Recognised
by X", "List of Certified Low-carbon Smelters", "Qualified Supplier List"), then a table of
them, one a row.

The title is looked for in the text's first lines (``_HEAD_LINES``): after "list of", "batch
of", "publicity of", "announcement on" + a verb of publishing (or at a title-cased line's start
before "List"), a phrase of at most ``_MAX_WORDS`` words up to a designee's head noun in the
plural (the "heads" of ``data/honour-titles.txt``, certificates) that holds a word of a status
an authority confers (its "listed" words: certified, qualified, conformant, high-tech). A list of green factories, smart factories, pilots or
little giants is a programme's members (the curated texts record what such a list includes);
a list of prizes is one of winners, read by the rules that read winners; a title with a word of
``data/designation-list-refusals.txt`` (the dishonest, the suspended, the penalised) names no
holders. The status, without its year, batch and the verb of publishing, is the award: the
draft's award of that label, else a new ``nfo:Award`` (rule ``award:designation-list``, aliased
in the singular: "High-tech Enterprise"), conferred by the body the title says recognised its
holders ("recognised by X"), else by the document's house (:mod:`house_org`). Each row of the
first table after the title gives one ``nfo:AwardGrant`` (rule ``award:designation-row@0.5``):
the row's person, else the organisation opening its first cell that names one
(:func:`titled_grants.table_recipients`), not the publisher; with no such table, each numbered
item of the first run after the title that opens with an organisation or a person ("1. X Co.,
Ltd."). (A list printed as blocks of fields, "Facility:  X", is not read: the one the curated
texts hold names the status in its body, not in its title.) A title :mod:`titled_grants`
reads (a list of winners or recipients) is left to it; a list of one row is no list. The
title's lines are read once and each row's cells looked up by bisection: linear in the
text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, lines
from kg.ingest.model import Span
from kg.ingest.reading.tables import tables
from kg.ingest.relations.house_org import house
from kg.ingest.relations.titled_grants import award_label, award_named, grant_rows, \
    head_paragraphs, table_recipients, winners_title
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:designation-row@0.5", 0.5
AWARD_RULE = "award:designation-list"
_HEAD_LINES = 12
_MAX_WORDS = 8
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|\d{1,2}(?:st|nd|rd|th)|new|next|latest)")
_OPEN = re.compile(r"\b(?:(?:list|roster|catalogue|directory|register|listing)\s+of|"
                   + _ORDINAL + r"\s+batch\s+of|publicity\s+of|(?P<on>(?:announcement|notice|"
                   r"decision|circular)\s+on))\s+(?:the\s+)?", re.I)
_PUBLISHING = (r"(?:filing|publishing|naming|recogni[sz]ing|announcing|issuing|releasing|"
               r"determining|identifying|approving)")
_PUBLISHED = re.compile(_PUBLISHING + r"\s", re.I)
# the small words a title-cased line prints in lower case
_SMALL = frozenset(("of", "and", "for", "the", "in", "on", "to", "a", "an", "&"))
# the phrase's words: the title's, over a line break at most, no bracket
_WORDS = r"(?:[^()\n:;]|\n(?=[ \t]*\S))"
# what is left off the designation's front: the verb of publishing, "proposed", the year, batch
_FRONT = re.compile(r"(?:(?:" + _PUBLISHING + r"|the|proposed|intended|"
                    r"selected|shortlisted|(?:19|20)\d\d|" + _ORDINAL + r"\s+batch\s+of|"
                    r"batch\s+of)[\s\"“”']+)+", re.I)
_BY = re.compile(r"\s*,?\s*(?:recogni[sz]ed|named|certified|selected|approved|accredited|"
                 r"identified|awarded|conferred|designated)\s+by\s+(?:the\s+)?", re.I)


def _plural(w: str) -> str:
    """A head noun's plural, as a pattern (a list names its holders in the plural)."""
    if w.endswith("s") or w == "list":
        return re.escape(w)
    w = re.escape(w)
    return w[:-1] + "ies" if w.endswith("y") and w[-2:-1] not in "aeiou" else w + "(?:s|es)"


@lru_cache(maxsize=1)
def _patterns():
    sections = {k.strip(): v.split() for k, v in (x.split(":", 1) for x in lines("honour-titles"))}
    heads = sorted({*sections["heads"], "certificate", "certification", "smes", "smelters and refiners",
                    "refiner", "supplier", "expert", "craftsman", "craftsmen", "talent", "list"},
                   key=lambda w: (-len(w), w))
    head = "|".join(_plural(h).replace(r"\ ", r"\s+") for h in heads)
    phrase = re.compile(_WORDS + r"{0,120}?\b(?P<head>" + head + r")\b", re.I)
    listed = re.compile(r"[ \t]*([^()\n:;]{0,100}?)\s+list\b", re.I)
    marks = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in sorted(
        {w.lower() for w in sections["listed"]}, key=lambda w: (-len(w), w))) + r")s?\b", re.I)
    refusals = re.compile(r"\b(?:" + alternation("designation-list-refusals", r"\s+") + r")",
                          re.I)
    return phrase, listed, marks, refusals


def designation_title(text: str):
    """(start, end) of the designation a title among the text's first lines names, and the end
    of its title's paragraph; or None."""
    phrase, listed, marks, refusals = _patterns()
    for pos, le, end in head_paragraphs(text, _HEAD_LINES):
        for m in _OPEN.finditer(text, pos, le):
            got = phrase.match(text, m.end(), end)
            if got is None or not (_plural_head(got.group("head"))
                                   or got.group("head").lower() == "list"):
                continue
            if m.group("on") and not _PUBLISHED.match(text, m.end()):
                continue    # ("Notice on Implementing the X Benchmark Levels")
            head = _singular(got.group("head"))
            out = _designation(text, m.end(), got.start("head"),
                               got.start("head") if head == "list" else got.end(), marks)
            if out is not None and not refusals.search(text, pos, end):
                return (*out, end)
        whole = listed.match(text, pos, end)
        if whole is not None and _title_cased(whole.group(1)):
            a, b = whole.span(1)
            out = _designation(text, a, b, b, marks)
            if out is not None and not refusals.search(text, pos, end):
                return (*out, end)
    return None


def _designation(text, a, head, b, marks):
    """(start, end) of the designation between ``a`` and ``b`` (its head noun at ``head``)
    without its front (the publishing verb, the year, the batch): None unless a status word
    precedes the head ("Certified Green Mines"), and no figure (a
    date, a count: a sentence, not a title) nor full stop is in it, and no more than
    ``_MAX_WORDS`` words (a designation is a short noun phrase)."""
    front = _FRONT.match(text, a, head)
    a = front.end() if front else a
    b = a + len(text[a:b].rstrip())
    if a >= b or re.search(r"[\d.]", text[a:b]) or len(text[a:b].split()) > _MAX_WORDS \
            or not marks.search(text, a, head):
        return None
    return a, b


def _plural_head(word: str) -> bool:
    w = word.lower()
    return w.endswith("s") and not w.endswith("ss")


def _singular(word: str) -> str:
    w = " ".join(word.lower().split())
    return w[:-3] + "y" if w.endswith("ies") else w[:-1] if w.endswith("s") else w


def _title_cased(words: str) -> bool:
    """Whether a line's words are a title's: each capitalised but the small ones."""
    ws = re.findall(r"[A-Za-z][\w'-]*", words)
    return bool(ws) and all(w[0].isupper() or w in _SMALL for w in ws)


def designation_lists(draft, spans_of, kind, minter) -> None:
    text = draft.text
    got = designation_title(text)
    if got is None or winners_title(text) is not None:
        return
    a, b, title_end = got
    found = [t for t in tables(text) if t.start > title_end]
    rows = table_recipients(text, found[0], spans_of, kind) if found else []
    if len(rows) < 2:
        rows = _item_holders(text, title_end, spans_of, kind)
    if len(rows) < 2:
        return      # (a list of one is no list)
    orgs = sorted((s, e, ent) for s, e, ent in spans_of if not ent.role and ent.kind == "org")
    by = _BY.match(text, b)
    giver = next((ent for s, e, ent in orgs if s == by.end()), None) if by else None
    if giver is None:
        giver = house(text, orgs)
    if giver is not None:
        rows = [r for r in rows if r[1][2] is not giver]    # (the list's own publisher)
    label = award_label(text[a:b])
    award, new = award_named(draft, minter, label, Span(a, b), AWARD_RULE)
    if new and _one_of(label) != label:
        award.aliases.add(_one_of(label))   # ("High-tech Enterprise": the title one holds)
    if giver is not None and not any(p == NFO.conferredBy for p, *_ in award.statements):
        award.add(NFO.conferredBy, giver.iri, Span(a, b), AWARD_RULE)
    grant_rows(draft, minter, award, rows, RULE, CONFIDENCE)


# a numbered item's opening: "  1. ", "(2) ", "3、"
_ITEM = re.compile(r"^[ \t]*(?:\d{1,3}[.)\u3001]|\(\d{1,3}\))[ \t]+", re.M)


def _item_holders(text: str, after: int, spans_of, kind) -> list:
    """[(item's line, (start, end, holder))]: the list printed as numbered items after
    ``after`` ("1. X Co., Ltd.    Hefei"), each item's holder the organisation or person that
    opens it; the items of the first run only (the numbered notes after it are no holders)."""
    starts = {s: (s, e, ent) for s, e, ent in spans_of
              if not ent.role and ent.kind in ("org", "person")}
    out = []
    for m in _ITEM.finditer(text, after):
        rec = starts.get(m.end())
        if rec is None:
            if out:
                break   # (the run of holders is over)
            continue
        le = text.find("\n", m.end())
        out.append((Span(m.start(), len(text) if le < 0 else le), rec))
    return out


def _one_of(label: str) -> str:
    """The designation one holder holds: the label's last word in the singular."""
    head, _, last = label.rpartition(" ")
    one = _singular(last)
    if last[:1].isupper():
        one = one[:1].upper() + one[1:]
    return f"{head} {one}".strip() if one and last.lower() != "smes" else label
