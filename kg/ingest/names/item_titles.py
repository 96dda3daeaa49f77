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
here: a patent is a technology, no project. One pass of one pattern over the lines: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate

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
                      rf"|{_CODE})(?:[ \t]*:[ \t]*|[ \t]{{2,}})(?=[A-Z])(?P<title>[^\n]*?)[ \t]*$",
                      re.M)


def item_titles(text: str) -> list[Candidate]:
    out = []
    for m in _item().finditer(text):
        a, b = m.start("title"), m.end("title")
        if re.search(r"[ \t]{2,}|\t", text[a:b]):
            continue                            # a table's next column
        col = a - (text.rfind("\n", 0, a) + 1)
        end = b
        for _ in range(_MAX_LINES - 1):          # the title wrapped under itself
            nl = text.find("\n", end)
            if nl < 0:
                break
            line_end = text.find("\n", nl + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[nl + 1:line_end]
            body = line.lstrip(" \t")
            if not body or len(line) - len(body) != col or _FIELD.match(line) \
                    or re.search(r"[ \t]{2,}", body.rstrip()):
                break
            end = nl + 1 + len(line.rstrip())
        count = _COUNT_END.search(text, a, end)
        if count is not None:
            end = count.start()
        label = " ".join(text[a:end].split())
        ws = label.split()
        if not 3 <= len(ws) <= 20 or label.endswith(".") \
                or sum(1 for w in ws[1:] if w[:1].islower()) < 2:
            continue
        out.append(Candidate(a, end, label, "Project", RULE, CONFIDENCE))
    return out
