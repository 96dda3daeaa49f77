"""A new body, committee, office or event the text names once in full with its owner after "of"
("the Party committee of Xinhe Alloy Co., Ltd.", "the Testing Centre of the Lianshan Materials
Institute", "the first supplier conference of Beiyuan Aircraft") and elsewhere by the head
alone ("the Party Committee", "the Testing Centre"), two rules each drafting one, is one
entity: the full name keeps the label, the head's mentions, aliases and statements (relations
and dates, whatever rule read them) move over, and what pointed at the head points at it.

Only where the draft gives that head exactly one such fuller name of the same class (or, with
none of its class, of a class :func:`kg.ingest.names.twin_classes.compatible` allows: an
organisation beside the plain one a bare head word gets) ("the
Qinghai Branch" beside "the Qinghai Branch of Bank A" and "... of Bank B" is left alone), the
head is of two words or more and no known entity. Runs last, after the relation and date rules
(they read two entities; the curators record one): one pass over the draft's new entities.

Round 47, measured on the development sets: 25 heads folded (committees, offices, divisions,
centres, a conference, an award; a name a signature block wraps over two lines: "Henan
Provincial Department of" / "Human Resources ..."), relations 0.414 -> 0.415, precision 0.588
-> 0.590, nothing lost; one fold joins two things ("Source: Intellectual Property Tribunal", a
court's own, into "the Intellectual Property Tribunal of the Supreme People's Court" named
later), with no relation of its own."""
from __future__ import annotations

import re

from kg.ingest.names.surgery import fold_twin
from kg.ingest.names.twin_classes import compatible, family, prefer_same_class
from kg.ingest.reading.text import normalise_name

_ARTICLE = re.compile(r"^(?:the|a|an|its|their|this)\s+", re.I)


def _key(name: str) -> str:
    return normalise_name(_ARTICLE.sub("", name))


def of_twins(draft, spans_of: list) -> int:
    """Fold each head into its one fuller name; returns how many folded."""
    new = [e for e in draft.entities.values() if not e.known and not e.role and e.mentions]
    heads: dict = {}
    for ent in new:
        key = _key(ent.label)
        if len(key.split()) >= 2:
            heads.setdefault((family(ent), key), []).append(ent)
    if not heads:
        return 0
    fuller: dict = {}
    for ent in draft.entities.values():
        key = _key(ent.label)
        at = key.find(" of ")
        while at > 0:
            fuller.setdefault((family(ent), key[:at]), []).append(ent)
            at = key.find(" of ", at + 4)
    n = 0
    for (fam, key), shorts in heads.items():
        for short in shorts:
            longs = prefer_same_class(
                [(None, e) for e in fuller.get((fam, key), []) if compatible(e, short)], short)
            if len(longs) != 1:
                continue
            into = longs[0][1]
            if into.known or into.role or not into.mentions or short is into:
                continue
            n += fold_twin(draft, spans_of, short, into)
    return n
