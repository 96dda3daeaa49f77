"""Projects a record of fields names (``reading.field_blocks``).

A "Project:" field's value is a project's name (and so is a "Project name:" one, labels of
``data/project-name-labels.txt``) ("Project:  50,000 t/a Recycled Aluminium Alloy
Ingot Project", a value wrapped over two or three lines joined; rule ``table:record-project``,
0.5): at most sixteen words, no sentence (no full stop at its end), opening with a capital or a
figure; its mention the value's first line, that line an alias when the value wraps (a
wrapped line that opens with "of" names the owner, no part of the name). It wins
over the shorter names inside it ("10,000 t/a profile project" in "60,000 t/a magnesium alloy
and 10,000 t/a profile project").

A project is also named by the numbered item that heads a record of its fields ::

    5. Magnesium reduction with coke oven gas (pilot)
       Investor:            X Magnesium Industry Co., Ltd.
       Site:                Naomaohu, Yiwu County

The item's words are a project's name (rule ``table:record-heading``, 0.4, a guess from the
layout: the fields say whose and where the thing is, as a ledger of projects prints them) when
the block has a field of an owner (a label whose reading in ``data/table-row-headers.txt`` is
``ownedBy``: "Investor", "Builder", "Owner") and a field of a place ("Site", "Location"). The
name comes last and never displaces another rule's. Refused: an item of more than twelve
words, one that opens in lower case or is a sentence (it ends in a full stop), one that names a
person's post or a date. One pass over the text's blocks: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, phrases
from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.field_blocks import field_blocks

RULE = "table:record-heading"
_MAX_WORDS = 12
_NAME = re.compile(r"[A-Z0-9][\w'\u2019,./%()-]*(?:[ \t]+[\w'\u2019,./%()&-]+)*")


@lru_cache(maxsize=1)
def _labels() -> tuple[frozenset, frozenset]:
    """(label words of an owner, label words of a place)."""
    owners, places = set(), set()
    for line in lines("table-row-headers"):
        word, what, pred, subjects = line.split()
        if "project" not in subjects.split(","):
            continue
        if pred == "ownedBy":
            owners.add(word.lower())
        elif what == "place":
            places.add(word.lower())
    return frozenset(owners), frozenset(places)


def _word(label: str, words: frozenset) -> bool:
    ws = [w.strip(".:()/").lower() for w in label.split()]
    ws = [w for w in ws if w]
    return bool(ws) and (ws[0] in words or ws[-1] in words)


_MAX_VALUE_WORDS = 16
_VALUE_LINES = 3


def record_projects(text: str) -> list:
    """The projects "Project:" fields name (see the module)."""
    out = []
    for bl in field_blocks(text):
        for f in bl.fields:
            ws = [w.strip(".:()/").lower() for w in f.label.split()]
            if not ws or ws[-1] not in ("project", "projects") and \
                    " ".join(ws) not in phrases("project-name-labels") or \
                    len(f.spans) > _VALUE_LINES:
                continue
            spans = f.spans
            # (a wrapped line that opens with "of" names the owner: "X Project (Phase I)" over
            # "of Y Co., Ltd.")
            cut = next((k for k in range(1, len(spans)) if text.startswith("of ", spans[k][0])),
                       len(spans))
            spans = spans[:cut]
            joined = " ".join(text[a:b] for a, b in spans)
            if len(joined.split()) > _MAX_VALUE_WORDS or joined.endswith(".") or \
                    _NAME.fullmatch(joined) is None or joined.count("(") != joined.count(")"):
                continue
            a, b = spans[0]
            aliases = {text[a:b]} if len(spans) > 1 else set()
            out.append(Candidate(a, b, joined, "Project", "table:record-project", 0.5, aliases))
    return out


def record_tails(text: str, news: list) -> list:
    """``news`` without the names found inside the later lines of a "Project:" value that
    :func:`record_projects` reads whole ("and Rotary Kiln Renovation Project" under "Molybdenum
    Oxide Roasting Flue Gas Deep Treatment": no project of its own), and without a name that
    starts inside such a value and runs on past its last line onto the next."""
    tails = [(c.start, c.end) for c in news if c.rule == "table:record-project"]
    if not tails:
        return news
    later, values = [], []
    for bl in field_blocks(text):
        for f in bl.fields:
            if any(a == f.spans[0][0] for a, _ in tails):
                later += f.spans[1:]
                values.append((f.spans[0][0], f.spans[-1][1]))
    # (nor a name that runs on from the value into the next field's label: "X Intercity
    # Railway" over "Project owner ....": no "X Intercity Railway Project")
    return [c for c in news if c.rule == "table:record-project"
            or not any(a <= c.start and c.end <= b for a, b in later)
            and not any(a <= c.start < b < c.end and "\n" in text[b:c.end] for a, b in values)]


def record_headings(text: str) -> list:
    """The projects numbered items over records of fields name (see the module)."""
    out = []
    owners, places = _labels()
    for bl in field_blocks(text):
        if bl.heading is None:
            continue
        if not any(_word(f.label, owners) for f in bl.fields) or \
                not any(_word(f.label, places) for f in bl.fields):
            continue
        a, b = bl.heading
        words = text[a:b].split()
        if not words or len(words) > _MAX_WORDS or text[b - 1] in ".:;" or \
                _NAME.fullmatch(text, a, b) is None or text[a:b].count("(") != text[a:b].count(")"):
            continue
        out.append(Candidate(a, b, text[a:b], "Project", RULE, 0.4))
    return out
