"""`kg show` on a name that matches several entities reads the figures of all of them in one
query (kg.ask.cards.figures_of_each) and the guard's parse is reused: each card must still
carry exactly its own figures, the same as showing that entity alone by its IRI. Speed is
measured by bench/show_speed.py, not here."""
from __future__ import annotations

import json

from rdflib.namespace import RDFS

from kg.ask import names
from kg.model.namespaces import NFO


def _has_figures(kg, iri) -> bool:
    return any(True for _ in kg.union.subjects(NFO.observationAbout, iri)) or \
        any(True for _ in kg.union.subjects(NFO.setBy, iri))


def _shared_word(kg):
    """A word of the labels that names a few entities (2 to 6), at least two with figures."""
    words = {}
    for s, label in kg.union.subject_objects(RDFS.label):
        if getattr(label, "language", None) or not _has_figures(kg, s):
            continue
        for w in str(label).split():
            if len(w) > 3 and w.isalpha():
                words.setdefault(w.lower(), set()).add(s)
    for w, found in sorted(words.items(), key=lambda kv: (len(kv[1]), kv[0])):
        if len(found) < 2:
            continue
        try:
            matches = names.resolve(kg, w)
        except Exception:
            continue
        with_figures = [m.iri for m in matches if _has_figures(kg, m.iri)]
        if 2 <= len(matches) <= 6 and len(with_figures) >= 2:
            return w, matches
    return None, []


def test_each_card_has_its_own_figures(kg, run):
    word, matches = _shared_word(kg)
    assert word, "no name in the graph matches two entities with figures"
    res = run("show", word, "--format", "json")
    assert res.exit_code == 0, res.stderr
    cards = json.loads(res.stdout)["entities"]
    assert [c["iri"] for c in cards] == [str(m.iri) for m in matches]
    assert sum(bool(c["figures"]) for c in cards) >= 2
    for c in cards:
        alone = run("show", c["iri"], "--format", "json")
        assert alone.exit_code == 0, alone.stderr
        assert json.loads(alone.stdout)["entities"] == [c]
