"""Looking things up in an ingest draft, for the tests that assert what a draft proposes."""
from __future__ import annotations


def one(draft, label_start, cls=None):
    """The one entity whose label starts so (of class ``cls``, if given); fails when not one."""
    found = [e for e in draft.entities.values() if e.label.startswith(label_start)
             and (cls is None or e.cls == cls)]
    assert len(found) == 1, (label_start, sorted(e.label for e in draft.entities.values()))
    return found[0]


def links(draft, ent, pred):
    """{label of the object: (rule, the text of the statement's span)}"""
    out = {}
    for p, o, sp, rule in ent.statements:
        if p == pred and o in draft.entities:
            out[draft.entities[o].label] = (rule, draft.text[sp.start:sp.end])
    return out
