"""Documents a text names by their kind and their code: "under purchase contract HT-CG-2026-088
between the client and the supplier", "Stop-work instruction JL-TZ-2026-019 was issued", "test
report XG-HY-2026-1187", and the fields of a form ("CONTRACT NO.       PMNS-JC-2026-11", "L/C
NO.  LXB-LZ-26-LC-0967"). A kind of ``data/coded-document-heads.txt`` (with the one word before
it that says which: "purchase", "supply", "stop-work"), then the code (capitals and digits in
three or more parts joined by hyphens or slashes, one digit at least; a form's field takes any
code of six characters or more with a digit) is one document of the kind's class (rule
``document:coded``, confidence 0.55): labelled "Purchase contract HT-CG-2026-088" (a field's:
"Contract PMNS-JC-2026-11", "Letter of credit LXB-LZ-26-LC-0967"), the code an alias.

A table's column headed by a kind and "No." ("Licence No.") lists documents of that kind, one
a row (:func:`column_documents`).

A field of a form whose own heading is of the same kind ("SPONGE TITANIUM PURCHASE CONTRACT" /
"Contract No.: ...") numbers the text itself: that is :mod:`kg.ingest.names.heading_documents`'.
Two regex passes, each match bounded: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.tables import tables
from kg.ingest.reading.windows import AtLineStarts, near

RULE, CONFIDENCE = "document:coded", 0.55
_CODE = r"(?<![\w\-/])[A-Z][A-Z0-9]{0,9}(?:[\-/][A-Z0-9]{1,12}){2,6}(?![\w\-/])"
# (the prose pattern is tried only up to 250 characters before a code: reading/windows.py)
_CODE_RX = re.compile(_CODE)
_FIELD_CODE = r"[A-Z0-9][A-Z0-9\-/]{4,30}[A-Z0-9](?![\w\-/])"
_STOP = frozenset(("the", "a", "an", "of", "under", "per", "and", "or", "its", "their", "this",
                   "that", "in", "on", "to", "by", "with", "from", "see", "as", "our", "your",
                   "no", "new", "same", "said"))


@lru_cache(maxsize=1)
def _heads() -> dict:
    out = {}
    for ln in lines("coded-document-heads"):
        kind, cls, label = re.split(r"\s{2,}", ln.strip())
        out[kind] = (cls, label)
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    kinds = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted(_heads(), key=len,
                                                                          reverse=True))
    prose = re.compile(rf"(?<![\w\-/])(?:(?P<mod>[A-Za-z][a-z]+(?:-[a-z]+)?)[ \t]+)?"
                       rf"(?P<kind>(?i:{kinds}))[ \t|]{{0,40}}\n?[ \t|]{{0,40}}"
                       rf"(?P<code>{_CODE})")
    field = re.compile(rf"^[ \t]*(?P<kind>(?i:{kinds}))[ \t]+(?i:no\.|number)[ \t]*:?[ \t]*"
                       rf"(?P<code>{_FIELD_CODE})", re.M)
    return prose, AtLineStarts(field)      # (tried only where a line starts)


def _own_kind(text: str, kind: str) -> bool:
    """Whether a heading in capitals in the text's top names the text as a ``kind``."""
    rx = re.compile(rf"^[ \t]*[A-Z0-9 ,()\-]*\b{re.escape(kind.upper())}\b[A-Z0-9 ,()\-]*$", re.M)
    return rx.search(text, 0, min(len(text), 1500)) is not None


# a column's header that names a kind of document and its number ("Licence No.", "Permit
# number", "Contract No.")
_COLUMN = re.compile(r"(?P<kind>[A-Za-z/ ]+?)[ \t]+(?i:no\.?|number)")
_CELL_CODE = re.compile(_FIELD_CODE)


def column_documents(text: str) -> list[Candidate]:
    """The documents of a table's column whose header is a kind of
    ``data/coded-document-heads.txt`` and "No." ("Licence No.   Exporter   Item" over
    "LY27-300451   X Co., Ltd.   Gallium"): each row's code in that column (a form's field
    code: six characters or more, a digit among them) is one document of the kind, its
    mention the cell (a publicity list of licences, permits or certificates)."""
    out = []
    for t in tables(text):
        for col, (_, _, head) in enumerate(t.header):
            m = _COLUMN.fullmatch(" ".join(head.split()))
            kind = " ".join(m.group("kind").lower().split()) if m else ""
            if kind not in _heads():
                continue
            cls, opens = _heads()[kind]
            label = opens if opens != "-" else kind.capitalize()
            for row in t.rows:
                c = row.cell(col)
                if c is None or len(c.spans) != 1:
                    continue
                a, b = c.spans[0]
                code = text[a:b]
                if _CELL_CODE.fullmatch(code) and any(ch.isdigit() for ch in code):
                    out.append(Candidate(a, b, f"{label} {code}", cls, RULE, CONFIDENCE,
                                         {code}))
    return out


def coded_documents(text: str) -> list[Candidate]:
    if not re.search(r"[A-Z0-9][\-/][A-Z0-9]", text):
        return []
    prose, field = _patterns()
    out = column_documents(text)
    for m in field.finditer(text):
        kind = " ".join(m.group("kind").lower().split())
        code = m.group("code")
        if not any(c.isdigit() for c in code) or _own_kind(text, kind):
            continue
        cls, opens = _heads()[kind]
        head = opens if opens != "-" else kind.capitalize()
        out.append(Candidate(m.start("kind"), m.end("code"), f"{head} {code}", cls, RULE,
                             CONFIDENCE, {code}))
    taken = {(c.start, c.end) for c in out}
    for m in near(prose, text, _CODE_RX, before=250, after=1):
        code = m.group("code")
        if not any(c.isdigit() for c in code):
            continue
        kind = " ".join(m.group("kind").lower().split())
        cls, opens = _heads()[kind]
        mod = m.group("mod")
        start = m.start("mod") if mod and mod.lower() not in _STOP else m.start("kind")
        if mod and mod.lower() in _STOP:
            mod = None
        if any(a <= m.start("kind") < b for a, b in taken):
            continue
        printed = " ".join(text[start:m.end("kind")].split())
        head = opens if opens != "-" else printed[:1].upper() + printed[1:].lower() \
            if not printed[1:].isupper() else printed.capitalize()
        if "\n" in text[m.end("kind"):m.start("code")] or "|" in text[m.end("kind"):m.start("code")]:
            start = m.start("code")     # (wrapped in a form's cell, or across a table's: the
            # mention is the code, inside one cell; the label still says its kind)
        out.append(Candidate(start, m.end("code"), f"{head} {code}", cls, RULE, CONFIDENCE,
                             {code}))
    return out
