"""Which fields of a record name the winners of an award (``data/award-record-fields.txt``), so
that a list of awarded projects or works, printed one record each ("2027-K2-015  X" over
"Units:  A Co., Ltd.; B University" and "Completers:  C, D"), is read as such: its winner
fields name the grant's recipients (:mod:`kg.ingest.relations.award_records`)."""
from __future__ import annotations

from functools import lru_cache

from kg.ingest.lexicon import lines


@lru_cache(maxsize=1)
def _fields() -> dict:
    out = {}
    for line in lines("award-record-fields"):
        word, what = line.split()
        out[word.lower()] = what
    return out


def winner_kind(label: str) -> str | None:
    """The kind of winner a field labelled ``label`` names ("org", "person", "any"), or None:
    the label's last word's, else its first word's; None for a label of more than three
    words."""
    ws = [w for w in (w.strip(".:()/").lower() for w in label.split()) if w]
    if not ws or len(ws) > 3:
        return None
    return _fields().get(ws[-1]) or _fields().get(ws[0])


def awarded(block) -> bool:
    """Whether a block of fields (``reading.field_blocks``) is an awarded record: a field of
    winning people ("Completers", "Winners") or of several units ("Units"); not a person's own
    form ("Name:  A" over "Unit:  X": where A works, no winner)."""
    kinds = [(k, f.label) for f in block.fields if (k := winner_kind(f.label))]
    if not kinds or any(f.label.strip().lower() == "name" for f in block.fields):
        return False
    return any(k != "org" or label.strip().lower().endswith("s") for k, label in kinds)
