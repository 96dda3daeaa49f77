"""Round 16, speed: what the rules ask of the graph about known places and the organisations of
known posts is kept in the ingest snapshot (kg/ingest/knowledge/place_homes.py, KnownPosts), so a
`kg ingest` run from the snapshot does not load the graph for it (loading it costs the command
some 150 ms: every run did, after rules read ``gaz.kg.union`` while drafting)."""
from __future__ import annotations

import pytest

# (own text) a known city printed with a province other than its own
TEXT = """Plant restarts

KUNMING, June 2 -- A tin smelter in Yulin, Yunnan, restarted its second furnace on Tuesday,
while a magnesium plant near Yulin, Shaanxi, kept running.
"""


@pytest.fixture(scope="module")
def unloadable():
    """The ingest snapshot, with a graph that fails the test if anything loads it."""
    from kg.ingest.knowledge import snapshot

    warm = snapshot.open_for_ingest(None, None)
    if not isinstance(warm, snapshot.SnapshotKG):
        pytest.skip("no ingest snapshot for this store")

    def load():
        raise AssertionError("the graph was loaded")

    return snapshot.SnapshotKG(warm.knowledge, warm.files, load)


def test_a_city_printed_with_another_province_is_told_from_the_snapshot(unloadable):
    gaz = unloadable.knowledge.gazetteer
    mentions = gaz.link(TEXT)
    at = TEXT.index("Yulin, Shaanxi")
    linked = {(m.start, m.iri.rsplit("/", 1)[-1]) for m in mentions}
    assert (at, "yulin") in linked, sorted(linked)          # the one the graph knows
    other = TEXT.index("Yulin, Yunnan")
    assert not [m for m in mentions if m.start == other]     # a namesake in Yunnan
    assert (other, other + len("Yulin"), "City") in gaz.namesakes, gaz.namesakes
    assert unloadable._graph is None


def test_the_snapshot_holds_the_places_provinces_and_the_posts_organisation_names(unloadable, kg):
    from kg.ingest.knowledge.place_homes import located_in, province_words
    from kg.ingest.knowledge.posts import for_gazetteer
    from kg.ingest.terms import NF, RDFS, SKOS, to_rdflib

    gaz = unloadable.knowledge.gazetteer
    assert "shaanxi" in province_words(gaz)[NF.yulin]
    assert NF.shaanxi in located_in(gaz)[NF.yulin]
    posts = for_gazetteer(gaz)
    orgs = {o for held in posts.by_person.values() for _, o, _ in held}
    assert orgs and set(posts.org_names) == orgs
    for org in sorted(orgs)[:20]:          # as the graph names them: labels, then aliases
        want = {str(n) for p in (RDFS.label, SKOS.altLabel)
                for n in kg.union.objects(to_rdflib(org), to_rdflib(p))}
        assert set(posts.names_of(org)) == want, org
    assert unloadable._graph is None
