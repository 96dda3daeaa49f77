"""A company drafted under the word for its part in a contract ("Party B", "Licensor",
"Respondent") beside the company the contract's field names for that part ("Party B (Buyer):
Yunnan X Co., Ltd."), two rules each drafting one, is that company: the part's word becomes an
alias, its mentions and statements (what "Party B operates", where "Party B's substation" is)
move over to the named company, and what pointed at it points at the company.

The words are those of data/field-party-terms.txt and data/agreement-party-labels.txt; the
field is the word at a line's start or after a wide gap, up to 30 characters (a remark in
brackets) and a colon, then a mention of a new entity of the same class. Only where the fields
give the word exactly one such entity. Runs last, after the relation and date rules.

Round 48, measured on the development sets: 3 folds ("Party B" in three contracts), each right;
3 more relations found."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.surgery import bare_label, fold_twin
from kg.ingest.reading.text import normalise_name



@lru_cache(maxsize=1)
def role_words() -> frozenset:
    """The words for a party's part (data/field-party-terms.txt, agreement-party-labels.txt),
    lower case."""
    return frozenset(line.split("  ")[0].strip() for name in (
        "field-party-terms", "agreement-party-labels") for line in lines(name))


def _field(word: str) -> re.Pattern:
    return re.compile(r"(?:^|[ \t]{2,})[ \t]*(?:the[ \t]+)?" + re.escape(word)
                      + r"\b[^:\n]{0,30}:[ \t]*", re.I | re.M)


def role_twins(draft, spans_of: list) -> int:
    """Fold each part's word into the one company its fields name; returns how many folded."""
    new = [e for e in draft.entities.values() if not e.known and not e.role and e.mentions]
    roles = [e for e in new if normalise_name(bare_label(e.label)) in role_words()]
    if not roles:
        return 0
    starts: dict = {}
    for e in new:
        for m in e.mentions:
            starts.setdefault(m.start, []).append(e)
    text = draft.text
    n = 0
    for word in roles:
        named = {e.iri: e for m in _field(normalise_name(bare_label(word.label))).finditer(text)
                 for e in starts.get(m.end(), ()) if e is not word and e.cls == word.cls}
        if len(named) != 1:
            continue
        into = next(iter(named.values()))
        n += fold_twin(draft, spans_of, word, into)
    return n
