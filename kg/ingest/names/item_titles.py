"""Projects and research topics named by the title of a labelled item, the way recruitment
notices, award lists and research programmes print them ::

    ▲ Topic 1  Oxygen-enriched side-blown smelting of low-grade nickel
               sulfide concentrate
               Co-supervisors: ...
      2026-J1-007  Electron beam cold hearth melting and forging of large
                   titanium alloy slabs for aerospace

A line that opens (after its indentation and an optional bullet) with an item's label -- a word
of ``data/item-title-labels.txt`` and a number ("Topic 1", "Project 3"), or a code of capitals,
digits and hyphens with a letter and a digit in it ("2026-J1-007"; a date or a period of
digits alone is none) -- then a colon or a gap of two spaces or more, then a title in sentence
case: its words are one new ``nfo:Project`` (rule ``project:item-title``, confidence 0.4).
Lines below indented to the title's own column and holding no field label ("Units:") go on with
the title (a title wrapped under itself). A count in brackets at the end ("(2 places)") is no
part of the name. Refused: a title with a gap of two spaces or more (the next column of a table:
"LY26-610187  X Co., Ltd.   Gallium"), one of fewer than three words or more than twenty, one
with fewer than two words in lower case (a name in title case is another rule's), one that ends
in a full stop (a sentence). A patent's number ("ZL202110583321.7", no hyphen) labels no item
here: a patent is a technology, no project. One pass of one pattern over the lines: linear.

A title ends before " - " and a unit's name in capitals ("Magnesium slag bricks - X New
Materials Co., Ltd.": the lead unit, a column of its own). An item's code is an alias of its
project. The same item is printed two more ways (:func:`coded_rows`, :func:`titled_codes`):

* a table's row whose first cell is a code and whose next cell, under a header opening with a
  word of ``data/item-column-heads.txt`` ("Task (issuing enterprise)"), is a title in sentence
  case, the issuer in brackets after it ("| JB-2026-03 | Recycling of X (Y Co., Ltd.) |");
* a line of a label and a code alone ("Topic 2027-ZDYF-TI-01") over a "Title:" field within
  its next lines: the field's value (wrapped under itself) is the title."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.tables import tables

RULE, CONFIDENCE = "project:item-title", 0.4
_BULLETS = "\u25b2\u25b3\u2022\u25cf\u25a0\u25a1\u25c6\u25c7\u25aa*-"
_CODE = r"(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]{2,}(?:-[A-Z0-9]+){1,3}"
_FIELD = re.compile(r"[ \t]*[A-Z][\w()/' -]{0,40}:(?:[ \t]|$)")
_COUNT_END = re.compile(r"[ \t]*\([^()\n]*\d[^()\n]*\)$")
_MAX_LINES = 3


@lru_cache(maxsize=1)
def _item() -> re.Pattern:
    labels = "|".join(r"[ \t]+".join(w.split()) for w in lines("item-title-labels"))
    return re.compile(rf"^[ \t]*(?:[{_BULLETS}][ \t]*)?(?:(?:{labels})[ \t]+(?:No\.[ \t]*)?\d{{1,3}}"
                      rf"|(?P<code>{_CODE}))(?:[ \t]*:[ \t]*|[ \t]{{2,}})(?=[A-Z])(?P<title>[^\n]*?)[ \t]*$",
                      re.M)



def _wrapped_end(text: str, end: int, col: int, columns: bool) -> int:
    """The end of a value that ends at ``end`` and goes on in the lines under it that open at
    its column ``col`` (up to _MAX_LINES in all), up to a blank line, a field's line or, with
    ``columns``, a line holding a table's next column (two blanks inside it)."""
    for _ in range(_MAX_LINES - 1):
        nl = text.find("\n", end)
        if nl < 0:
            break
        line_end = text.find("\n", nl + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[nl + 1:line_end]
        body = line.lstrip(" \t")
        if not body or len(line) - len(body) != col or _FIELD.match(line) \
                or (columns and re.search(r"[ \t]{2,}", body.rstrip())):
            break
        end = nl + 1 + len(line.rstrip())
    return end

def item_titles(text: str) -> list[Candidate]:
    out = []
    for m in _item().finditer(text):
        a, b = m.start("title"), m.end("title")
        if re.search(r"[ \t]{2,}|\t", text[a:b]):
            continue                            # a table's next column
        col = a - (text.rfind("\n", 0, a) + 1)
        end = _wrapped_end(text, b, col, columns=True)     # the title wrapped under itself
        count = _COUNT_END.search(text, a, end)
        if count is not None:
            end = count.start()
        unit = _UNIT.search(text, a, end)
        if unit is not None:
            end = unit.start()
        cand = _titled(text, a, end, m.group("code"))
        if cand is not None:
            out.append(cand)
    return out + coded_rows(text) + titled_codes(text)


def _titled(text: str, a: int, end: int, code: str | None) -> Candidate | None:
    """The project titled by ``text[a:end]`` (its item's code an alias), or None when the words
    are no title (fewer than three or more than twenty, fewer than two in lower case, a
    sentence's full stop at the end)."""
    label = " ".join(text[a:end].split())
    ws = label.split()
    if not 3 <= len(ws) <= 20 or label.endswith(".") \
            or sum(1 for w in ws[1:] if w[:1].islower()) < 2:
        return None
    return Candidate(a, end, label, "Project", RULE, CONFIDENCE, {code} if code else set())


# a lead unit after the title: " - " and a capitalised name ("... bricks - Dongzhi X Co., Ltd.")
_UNIT = re.compile(r"[ \t]+[-\u2013\u2014][ \t]*\n?[ \t]*(?=[A-Z][a-z]+[ \t\n]+[A-Z])")
# the issuer in brackets after a title in a table's cell ("Recycling of X (Hebi Y Co., Ltd.)")
_ISSUER = re.compile(r"[ \t]*\([A-Z][^()]*\)[ \t]*$")
_CODE_CELL = re.compile(_CODE)


def coded_rows(text: str) -> list[Candidate]:
    """Projects of a table whose first column holds items' codes, titled in the next column
    under a header opening with a word of ``data/item-column-heads.txt``."""
    out = []
    heads = words("item-column-heads")
    for t in tables(text):
        if len(t.header) < 2:
            continue
        head = t.header[1][2].split()
        if not head or head[0].lower() not in heads:
            continue
        for row in t.rows:
            first, title = row.cell(0), row.cell(1)
            if first is None or title is None or len(first.spans) != 1 or len(title.spans) != 1:
                continue
            code = text[first.spans[0][0]:first.spans[0][1]].strip()
            if not _CODE_CELL.fullmatch(code):
                continue
            a, b = title.spans[0]
            issuer = _ISSUER.search(text, a, b)
            cand = _titled(text, a, issuer.start() if issuer else b, code)
            if cand is not None:
                out.append(cand)
    return out


@lru_cache(maxsize=1)
def _label_code() -> re.Pattern:
    labels = "|".join(r"[ \t]+".join(w.split()) for w in lines("item-title-labels"))
    return re.compile(rf"^[ \t]*(?:{labels})[ \t]+(?P<code>{_CODE})[ \t]*\n"
                      rf"(?:[ \t]*\S[^\n]*\n){{0,2}}?(?P<field>[ \t]+Title[ \t]*:[ \t]*)"
                      rf"(?=[A-Z])(?P<title>[^\n]*?)[ \t]*$", re.M)


def titled_codes(text: str) -> list[Candidate]:
    """Projects of items printed as a label and a code on a line of their own, their title a
    "Title:" field under them."""
    if "Title" not in text:
        return []
    out = []
    for m in _label_code().finditer(text):
        a, end = m.start("title"), m.end("title")
        col = a - (text.rfind("\n", 0, a) + 1)
        end = _wrapped_end(text, end, col, columns=False)  # the value wrapped under itself
        cand = _titled(text, a, end, m.group("code"))
        if cand is not None:
            out.append(cand)
    return out
