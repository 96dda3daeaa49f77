"""A guessed owner gives way to a stated one: a site that :mod:`kg.ingest.names.facility_nouns`
gave to the company the article is about (``site:facility-noun@0.4``: "the Nam Phak station"
in an article about a smelter company) and that a rule reading the text gave another owner
("Lao Northern Hydropower Company, which owns the Nam Phak station") keeps the stated owner
only; and a guessed owner goes when a sentence that names the site and that company denies the
tie ("The open-pit mine lies in X County and is not run by Y Co., Ltd.": reading/mood reads
the stretch from the site's mention to the company's). One pass over the new sites, each
mention looked at in its sentence (the company's mentions bisected): linear."""
from __future__ import annotations

import bisect

from kg.ingest.reading.mood import NEGATED, may_set_mood, mood
from kg.ingest.reading.sentences import Sentences
from kg.ingest.terms import NFO

GUESSED = "site:facility-noun@0.4"


def _denied(draft, sents, site, owner) -> bool:
    """A sentence names ``site`` and ``owner`` and denies what is between them."""
    text = draft.text
    starts = sorted((m.start, m.end) for m in owner.mentions)
    keys = [a for a, _ in starts]
    for m in site.mentions:
        lo, hi = sents.bounds(m.start)
        i = bisect.bisect_left(keys, lo)
        while i < len(starts) and starts[i][1] <= hi:
            a, b = starts[i]
            if may_set_mood(text, lo, hi) and mood(text, min(m.start, a), max(m.end, b), lo,
                                                   hi) == NEGATED:
                return True
            i += 1
    return False


def drop_guessed_owners(draft) -> None:
    sents = None
    for ent in draft.entities.values():
        if ent.known or ent.cls != NFO.Site:
            continue
        guessed = [st for st in ent.statements if st[0] == NFO.ownedBy and st[3] == GUESSED]
        for st in guessed:
            owner = draft.entities.get(st[1])
            if owner is None:
                continue
            sents = sents or Sentences(draft.text)
            if _denied(draft, sents, ent, owner):
                ent.statements[:] = [x for x in ent.statements if x is not st]
    for ent in draft.entities.values():
        if ent.known or ent.cls != NFO.Site:
            continue
        owners = [st for st in ent.statements if st[0] == NFO.ownedBy]
        guessed = {st[1] for st in owners if st[3] == GUESSED}
        stated = {st[1] for st in owners if st[3] != GUESSED}
        if guessed and stated:
            ent.statements[:] = [st for st in ent.statements if not (
                st[0] == NFO.ownedBy and st[3] == GUESSED and st[1] not in stated)]
