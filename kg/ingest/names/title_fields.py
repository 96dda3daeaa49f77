"""The fields of a document's title block and its signature, for names/title_blocks: the number
printed alone on a line ("Fu Tong Bulletin [2026] No. 11", "No. ZZLY-XC-2026-09" with a date
after a wide gap), the labelled fields under the title (``data/document-date-labels.txt``:
"Released:", "Revised: 2026.12.20", "Compiled by:", "Prepared by:"), and the signature block
over a date near the text's end. Each reads a few lines: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import labelled_kinds
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

CELL = re.compile(r"\S(?:.*?\S)?(?= {3,}|\t|$)")
FIELD = re.compile(r"[ \t]*(?P<label>[A-Z][A-Za-z.'/ ]{0,30}?)[ \t]*[:\uff1a](?:[ \t]|$)")
# a document's number alone on a line ("Fu Tong Bulletin [2026] No. 11", "Bao Fa Gai Tou [2027]
# No. 4"), or "No. ZZLY-XC-2026-09" opening a line, a date after a wide gap at most
NUMBER = re.compile(r"[ \t]*(?P<n>(?:[A-Z][a-z]{0,11}[ \t]+){0,6}[\[\u3014\uff3b](?:19|20)\d\d"
                    r"[\]\u3015\uff3d][ \t]*No\.[ \t]?\d{1,5}|No\.[ \t]?[A-Z0-9]{1,10}"
                    r"(?:[-/][A-Z0-9]{1,10}){1,5})(?=[ \t]{3,}|[ \t]*$)")


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    """Field label (lower case) -> what it gives: "date", "issuer" or "drafter"."""
    return labelled_kinds("document-date-labels")


def number(draft, spans_of, doc, block, kind_of) -> None:
    """The number printed alone on a line of the block: an alias and a mention."""
    text = draft.text
    for a, b in block:
        m = NUMBER.match(text, a, b)
        if m is None:
            continue
        s, e = m.start("n"), m.end("n")
        value = " ".join(m.group("n").split())
        if value in doc.aliases:
            return
        others = [x for x in spans_of if x[2] is not doc and not x[2].known
                  and kind_of(x[2].cls) == "policy" and s <= x[0] and x[1] <= e]
        for x in others:        # ("Bulletin [2026] No. 11": the number read as a notice)
            if all(s <= m2.start and m2.end <= e for m2 in x[2].mentions):
                draft.entities.pop(x[2].iri, None)
                doc.aliases |= {x[2].label} | x[2].aliases
        gone = {id(x[2]) for x in others if x[2].iri not in draft.entities}
        spans_of[:] = [x for x in spans_of if id(x[2]) not in gone]
        doc.aliases.add(value)
        doc.mentions.append(Span(s, e))
        spans_of.append((s, e, doc))
        dated(doc, text, e, b, "date:title-block")
        return


def dated(doc, text, a, b, rule) -> bool:
    """``nfo:dateIssued`` the one date printed in text[a:b] (replacing a vaguer one)."""
    got = [d for d in find_dates(text[a:b]) if d.kind in ("date", "gYearMonth")]
    if len(got) != 1:
        return False
    d = got[0]
    had = [st for st in doc.statements if st[0] == NFO.dateIssued]
    if any(len(str(st[1])) >= len(d.value) for st in had):
        return False
    doc.statements[:] = [st for st in doc.statements if st[0] != NFO.dateIssued]
    doc.add(NFO.dateIssued, date_literal(d.value), Span(a + d.start, a + d.end), rule)
    return True


def fields(text, rows, doc, after, kind_of) -> None:
    """The labelled fields of the block under the title: dates, issuer, drafter."""
    labels = _labels()
    for a, b in after:
        for cell in CELL.finditer(text, a, b):
            m = FIELD.match(text, cell.start(), cell.end())
            if m is None:
                continue
            kind = labels.get(" ".join(m.group("label").lower().split()))
            if kind == "date":
                dated(doc, text, m.end(), cell.end(), "date:title-block")
            elif kind in ("issuer", "drafter"):
                pred = NFO.issuedBy if kind == "issuer" else NFO.draftedBy
                who = [x for x in rows if m.end() <= x[0] and x[1] <= cell.end() + 60
                       and kind_of(x[2].cls) in (("org",) if kind == "issuer"
                                                 else ("org", "person")) and not x[2].role]
                if who and not doc.statements.has(pred, who[0][2].iri):
                    doc.add(pred, who[0][2].iri, Span(m.start(), who[0][1]),
                            "document:title-field")


def compiled(text, after) -> bool:
    labels = _labels()
    for a, b in after:
        m = FIELD.match(text, a, b)
        if m and labels.get(" ".join(m.group("label").lower().split())) == "issuer":
            return True
    return False


_SIGN_LINES = 6         # the lines of a signature block over its date, at most
_TAIL_CHARS = 800       # ... in the text's last characters


def signed(draft, spans_of, doc, kind_of) -> None:
    """``nfo:issuedBy`` each organisation alone on a line of the signature block: the lines
    right above a date alone on its line near the text's end ("Party Committee of X Town" /
    "X Town People's Government" / "(Town Head: Y)" / "28 December 2026"; rule
    ``document:signed-by``)."""
    text = draft.text
    lo = max(0, len(text) - _TAIL_CHARS)
    tail = text[lo:].rstrip()
    le = lo + len(tail)
    for _ in range(_SIGN_LINES + 4):        # (the date line: the last lines, an address under it)
        ls = text.rfind("\n", lo, le) + 1
        if ls <= lo:
            return
        line = text[ls:le].strip()
        got = find_dates(line) if line else []
        if len(got) == 1 and got[0].kind == "date" and not line.replace(
                line[got[0].start:got[0].end], "").strip(" ,."):
            break
        le = ls - 1
    else:
        return
    rows = [x for x in spans_of if lo <= x[0] < ls and kind_of(x[2].cls) == "org"
            and not x[2].role and x[2] is not doc]
    pos = ls - 1
    for _ in range(_SIGN_LINES):
        a = text.rfind("\n", lo, pos) + 1
        if a <= lo or not text[a:pos].strip():
            return
        for s, e, x in rows:
            if s == a + len(text[a:pos]) - len(text[a:pos].lstrip()) and \
                    not text[e:pos].strip() and not doc.statements.has(NFO.issuedBy, x.iri):
                doc.add(NFO.issuedBy, x.iri, Span(s, e), "document:signed-by")
        pos = a - 1


