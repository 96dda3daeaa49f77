"""The works a text cites in a list of references ("[1] "Shuangjing copper mine starts underground
era", China Non-ferrous Metals News, 12 June 2018." / "[2] Dongchuan District Gazetteer
(1978-2010), Yunnan People's Publishing House, 2014."): an encyclopedia entry's, a report's or
a paper's sources.

* An entry opens a line with a number in square brackets and goes on over the indented lines
  under it (``_ENTRY_LINES`` at most). Its title is the quoted words that open it, else its
  words up to the first comma (title case, a bracketed period in it at most); its last part
  after a comma is its date when it is one; the part between names its outlet or publisher,
  and there must be one (a numbered section's head "[1] OUTPUT, NOVEMBER 2026" is no entry).
* Each entry's title is a new report (rule ``document:reference``) issued by the outlet or
  publisher (``nfo:issuedBy``): an organisation the draft names there, else a new company when
  the part ends in a publisher's word (``data/publisher-heads.txt``: "Press", "Publishing
  House" ...; rule ``name:reference-publisher``), issued on the entry's date (rule
  ``date:reference``), and about the site, place or organisation of the draft its title
  names (rule ``document:reference-names``).

Entries are found by one scan of the text for the bracketed number at a line's start; each
reads its own few lines: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

RULE = "document:reference"
CONFIDENCE = 0.5
_ENTRY = re.compile(r"^[ \t]*\[\d{1,3}\][ \t]+", re.M)
_ENTRY_LINES = 4
_MAX_ENTRIES = 60
_QUOTED = re.compile(r"[\"\u201c](?P<t>[^\"\u201c\u201d]{3,200}?)[,.]?[\"\u201d][ \t\n]*,?")
# the standard Chinese form (GB/T 7714): "Author(s). Title[M]. Place: Publisher, 2026." /
# "Author. Title[J]. Journal, 2025(3): 1-9.": the title is the words before the type code
_CODED = re.compile(r"(?:[^\n\[\]]{1,120}?\.[ \t]+)?(?P<t>[A-Z][^\[\]\n.]{2,150}?)[ \t]*"
                    r"\[(?:[A-Z]{1,2}(?:/OL)?)\]\.?[ \t]*")
# a full stop inside a plain title: an author's name before it, or two sentences
_STOP_IN = re.compile(r"\.[ \t]+[A-Z]")
_PLAIN = re.compile(r"(?P<t>[A-Z][^,\"\u201c\n]{2,150}?(?:\n[ \t]+[^,\"\u201c\n]{1,80}?)?)"
                    r"[ \t]*,")


@lru_cache(maxsize=1)
def _publisher_heads() -> tuple[str, ...]:
    return tuple(w.lower() for w in lines("publisher-heads"))


def _entries(text: str):
    """(start, end) of each entry of a reference list."""
    out = []
    for m in _ENTRY.finditer(text):
        if len(out) >= _MAX_ENTRIES:
            break
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        for _ in range(_ENTRY_LINES - 1):
            nxt = text.find("\n", end + 1)
            nxt = len(text) if nxt < 0 else nxt
            line = text[end + 1:nxt]
            if end >= len(text) or not line[:1].isspace() or not line.strip() \
                    or _ENTRY.match(line):
                break
            end = nxt
        out.append((m.end(), end))
    return out


def _title_case(s: str) -> bool:
    words = [w for w in s.split() if w.isalpha()]
    big = [w for w in words if w.lower() not in ("of", "and", "the", "in", "on", "for", "a")]
    return len(big) >= 2 and all(w[:1].isupper() for w in big)


def propose(draft, spans_of, minter, kind_of) -> list:
    text = draft.text
    if "[" not in text:
        return []
    made = []
    rows = None
    for a, b in _entries(text):
        q = _QUOTED.match(text, a, b)
        c = _CODED.match(text, a, b) if q is None else None
        if q is not None:
            ts, te, rest = q.start("t"), q.end("t"), q.end()
        elif c is not None:
            ts, te, rest = c.start("t"), c.end("t"), c.end()
        else:
            p = _PLAIN.match(text, a, b)
            if p is None or not _title_case(p.group("t")) or _STOP_IN.search(p.group("t")):
                continue    # ("[2] Not published. X Co., Ltd., 2027": no title of one sentence)
            ts, te, rest = p.start("t"), p.end("t"), p.end()
        title = " ".join(text[ts:te].split())
        if len(title.split()) < 2:
            continue
        if rows is None:
            rows = sorted(x for x in spans_of if kind_of(x[2].cls) in ("org", "policy"))
        if any(ts <= x[0] < te and kind_of(x[2].cls) == "policy" for x in rows):
            continue
        if any(x[0] < te < x[1] for x in rows):
            continue        # (the comma that ends the title is inside a name: "X Co., Ltd.")
        body = text[rest:b].rstrip().rstrip(".")
        parts = [(rest + m.start(), rest + m.end()) for m in re.finditer(r"[^,]+", body)]
        date = None
        if parts:
            ds, de = parts[-1]
            got = find_dates(text[ds:de])
            if len(got) == 1 and not text[ds:de].replace(
                    text[ds + got[0].start:ds + got[0].end], "").strip():
                date, parts = (ds + got[0].start, ds + got[0].end, got[0].value), parts[:-1]
        if not parts or title.isupper():
            continue        # ("[1] PRIMARY MAGNESIUM OUTPUT, NOVEMBER 2026": a section's head)
        doc = Entity(minter.mint(title), NFO.Report, title, False, RULE, CONFIDENCE)
        doc.mentions.append(Span(ts, te))
        draft.entities[doc.iri] = doc
        spans_of.append((ts, te, doc))
        made.append(doc)
        if date is not None:
            doc.add(NFO.dateIssued, date_literal(date[2]), Span(date[0], date[1]),
                    "date:reference")
        if parts:
            _outlet(draft, spans_of, minter, rows, doc, parts[0], kind_of, made)
        _named(draft, doc, title, kind_of)
    return made


def _named(draft, doc, title, kind_of) -> None:
    """``nfo:about`` each site, place or organisation of the draft whose name (eight letters at
    least) the entry's title prints: "Shuangjing copper mine starts underground era" is about
    the Shuangjing Copper Mine (rule ``document:reference-names``)."""
    low = " " + " ".join(re.findall(r"[a-z0-9']+", title.lower())) + " "
    for x in list(draft.entities.values()):
        if x is doc or kind_of(x.cls) not in ("place", "org") or len(x.label) < 8:
            continue
        for name in [x.label] + sorted(x.aliases):
            key = " " + " ".join(re.findall(r"[a-z0-9']+", name.lower())) + " "
            if len(key) >= 10 and key in low:
                m = doc.mentions[0]
                doc.add(NFO.about, x.iri, Span(m.start, m.end), "document:reference-names")
                break


def _outlet(draft, spans_of, minter, rows, doc, part, kind_of, made) -> None:
    text = draft.text
    s, e = part
    org = next((x for x in rows if s <= x[0] and x[1] <= e and kind_of(x[2].cls) == "org"),
               None)
    if org is None:
        colon = text.find(": ", s, e)
        if colon >= 0:
            s = colon + 2       # ("Lanzhou: Gansu Science Press": its place, then its name)
        name = " ".join(text[s:e].split())
        if not name.lower().endswith(_publisher_heads()) or not _title_case(name):
            return
        lead = s + len(text[s:e]) - len(text[s:e].lstrip())
        end = s + len(text[s:e].rstrip())
        ent = Entity(minter.mint(name), NFO.Company, name, False, "name:reference-publisher",
                     CONFIDENCE)
        ent.mentions.append(Span(lead, end))
        draft.entities[ent.iri] = ent
        spans_of.append((lead, end, ent))
        made.append(ent)
        org = (lead, end, ent)
    doc.add(NFO.issuedBy, org[2].iri, Span(org[0], org[1]), RULE)
