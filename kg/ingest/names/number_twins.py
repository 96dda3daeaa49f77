"""A document or agreement the text names by its title and, in the same block of lines, by its
kind and number ("FRAMEWORK SUPPLY AGREEMENT" and "Contract No.: XH-CG-2026-1209", "NOTICE ON
REGISTERING ..." and "Notice [2026] No. 152", "SUPPLIER AUDIT REPORT" and "Report No.
QA-SA-2026-112"), two rules each drafting one, is one document: the title keeps the label, the
numbered one's label and number become aliases, its mentions and statements (parties, dates,
what it is about) move over, and what pointed at it points at the title.

Only where the numbered entity's label is a kind word then a number (no word beside the
number's: "Notice No. 2026-14", "Announcement No. 92 of 2026", "Decision [2026] No. 61"), the
title (no digit in it) opens or ends with the same kind word (or one of
data/document-kind-synonyms.txt: a contract is an agreement), is of the same class, and is
printed within four lines of the number; and the number has exactly one such title. Runs last,
after the relation and date rules.

Round 48, measured on the development sets: 11 folds (notices, announcements, a decision,
audit reports, two agreements), 9 joining what the curators record as one document, 2 of
things they do not record, none joining two; 8 more relations found."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.surgery import fold_twin
from kg.ingest.relations.kinds import kind

# a kind word, then the number: a digit or "No." in its first part, no word of four letters
# or more after it but "of" ("Announcement No. 92 of 2026")
_NUMBERED = re.compile(r"([A-Za-z]+)\s+(?=[^\s]*\d|No\.)(\S.*)")
_WORD = re.compile(r"[A-Za-z]{4,}")
_LETTERS = re.compile(r"[A-Za-z]+")
_NEAR = 4           # lines between the number and the title


@lru_cache(maxsize=1)
def _same() -> dict:
    out = {}
    for line in lines("document-kind-synonyms"):
        group = line.split()
        for w in group:
            out[w] = group[0]
    return out


def _kind_word(word: str) -> str:
    w = word.lower()
    if w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return _same().get(w, w)


def _numbered_kind(label: str) -> str | None:
    m = _NUMBERED.fullmatch(label.strip())
    if m is None or _WORD.search(m.group(2)):
        return None
    return _kind_word(m.group(1))


def number_twins(draft, spans_of: list) -> int:
    """Fold each numbered document into its one title; returns how many folded."""
    docs = [e for e in draft.entities.values() if not e.known and not e.role and e.mentions
            and kind(e) in ("policy", "agreement") and not str(e.cls).endswith("Standard")]
    if len(docs) < 2:
        return 0
    text = draft.text
    breaks = [m.start() for m in re.finditer("\n", text)]

    def line(pos: int) -> int:
        return bisect.bisect_left(breaks, pos)

    numbered = [(e, k) for e in docs if (k := _numbered_kind(e.label)) is not None]
    n = 0
    for num, k in numbered:
        at = {line(m.start) for m in num.mentions}
        titles = []
        for t in docs:
            if t is num or t.cls != num.cls or any(c.isdigit() for c in t.label):
                continue
            words = _LETTERS.findall(t.label)
            if not words or k not in (_kind_word(words[0]), _kind_word(words[-1])):
                continue
            if any(abs(line(m.start) - x) <= _NEAR for m in t.mentions for x in at):
                titles.append(t)
        if len(titles) != 1:
            continue
        into = titles[0]
        n += fold_twin(draft, spans_of, num, into)
    return n
