"""`kg timeline --about X`: what is linked to X itself (directly or through one relation node),
not what is linked to a third entity such as X's subsidiary; `--with-subsidiaries` adds those,
and a row reached only through an inferred statement says "inferred"."""
from __future__ import annotations

import json

from kg.ask.inferences import INFERRED


def _entries(run, *args):
    r = run("timeline", *args, "--format", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout)["entries"]


def test_about_keeps_only_what_is_linked_to_the_entity(run, kg):
    from kg.ask import names
    from kg.ask.timeline import subsidiaries
    target = names.resolve(kg, "Baowu Magnesium")[0].iri
    subs = subsidiaries(kg, {target})
    assert subs, "the shipped graph names subsidiaries of Baowu Magnesium"
    own = _entries(run, "--about", "Baowu Magnesium")
    wide = _entries(run, "--about", "Baowu Magnesium", "--with-subsidiaries")
    assert own and {e["iri"] for e in own} < {e["iri"] for e in wide}
    from rdflib import URIRef
    from kg.ask.links import RELATION_CLASSES
    for e in own:          # each row names Baowu Magnesium, or one of its relation nodes does
        iri = URIRef(e["iri"])
        near = {o for _, o in kg.union.predicate_objects(iri)} | {s for s, _ in kg.union.subject_predicates(iri)}
        via = [n for n in near if any(kg.is_a(n, c) for c in RELATION_CLASSES)
               and target in set(kg.union.objects(n, None))]
        assert target in near or via, e["label"]
    # the rows added through an inferred subsidiary link say so
    inferred_subs = [c for c, ok in subs.items() if not ok]
    if inferred_subs:
        added = [e for e in wide if e["iri"] not in {x["iri"] for x in own}]
        assert any(INFERRED in e["sources"] for e in added)


def test_about_without_subsidiaries_on_the_cli_table(run):
    r = run("timeline", "--about", "Baowu Magnesium")
    assert r.exit_code == 0 and "Tongbu" not in r.stdout
    r = run("timeline", "--about", "Baowu Magnesium", "--with-subsidiaries")
    assert r.exit_code == 0 and "Tongbu" in r.stdout and "inferred" in r.stdout
