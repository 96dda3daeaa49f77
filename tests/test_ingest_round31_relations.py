"""Round 31, where an organisation is: a company or a university whose name opens with a city's
name is not thereby in that city (its name states no location: data/CURATION.md, "Stated versus
inferred"), while one the text says is based there is, and a city government named after its
city still is (its name states its jurisdiction)."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"

PLANT = """Tin solder line starts up in Yuxi

Southwest Metals Daily | 2027-03-09

On 6 March, Yuxi Hengfeng Solder Co., Ltd. started a lead-free tin solder line of 8,000
tonnes a year in Hongta District, Yuxi. Longbei Alloy Trading Co., Ltd., based in Yuxi, will
sell the solder to circuit board makers. Engineers from Kunming Jinhe Polytechnic College
helped design the line.

The Yuxi Municipal People's Government said the line would add 300 jobs.
"""


def _places(draft, label):
    ent = next(e for e in draft.entities.values() if e.label == label)
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    return {by_iri.get(o, str(o)): r for p, o, _, r in ent.statements
            if str(p) == NFO + "locatedIn"}


def test_a_name_that_opens_with_a_city_places_nothing(snapshot_kg):
    d = draft_of(snapshot_kg, PLANT, "t-r31-named-city")
    # the line is in Yuxi; where the company itself is, the text does not say
    assert _places(d, "Yuxi Hengfeng Solder Co., Ltd.") == {}
    assert _places(d, "Kunming Jinhe Polytechnic College") == {}
    # "X, based in Yuxi": stated
    assert "Yuxi" in _places(d, "Longbei Alloy Trading Co., Ltd.")
    # a body's name states its jurisdiction, which is no location the curators record (round 42)
    assert _places(d, "Yuxi Municipal People's Government") == {}
    rules = {r for e in d.entities.values() for *_, r in e.statements}
    assert "place:named-after-city" not in rules


MEETINGS = """Tin smelters to meet on winter output

Southwest Metals Daily | 2027-11-20

The Gejiu Tin Industry Association will hold a meeting of leading smelters in Mengzi on 26
November to agree on production discipline over the winter.

The Lanxi Carbon Exchange plans to hold a training session on registry accounts in Kunming
on 3 December.
"""


def _held(draft, label_start):
    ent = next(e for e in draft.entities.values() if e.label.startswith(label_start))
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    return {by_iri.get(o, str(o)) for p, o, _, r in ent.statements if str(p) == NFO + "heldIn"}


def test_the_place_an_event_noun_phrase_holds_is_where_it_is_held(snapshot_kg):
    d = draft_of(snapshot_kg, MEETINGS, "t-r31-held-in-name")
    # "hold a meeting of leading smelters in Mengzi": the place printed inside the name the
    # noun phrase gave the meeting is its venue
    assert "Mengzi" in _held(d, "Meeting of leading smelters")
    assert "Kunming" in _held(d, "Training session on registry accounts")
    # (the city inside the association's name is no venue)
    assert "Gejiu" not in _held(d, "Meeting of leading smelters")


SET_UP = """Foil trader expands

Metals Weekly | 2027-06-14

The trading business is run by the group's wholly owned subsidiary Lanxi Hongda Metals Supply
Co., Ltd., set up in Hefei in March 2025. Qinshan Copper Strip Co., Ltd., established in 1998,
makes strip for connectors.
"""


def test_set_up_in_a_place_states_where_an_organisation_is(snapshot_kg):
    d = draft_of(snapshot_kg, SET_UP, "t-r31-set-up-in")
    assert _places(d, "Lanxi Hongda Metals Supply Co., Ltd.") == {"Hefei": "place:located-cue"}
    # "established in 1998": a year, no place
    assert _places(d, "Qinshan Copper Strip Co., Ltd.") == {}


def test_a_grant_word_followed_by_a_comma_has_no_object_and_raises_nothing():
    """A word of the grant verbs used as a noun before a comma ("the committee revised 23 rules,
    and ...") has no object right after it: the holder is looked for elsewhere, and the rule
    does not fail (it raised AttributeError on a held-out article of round 31, which a normal
    run skipped with a warning and the strict mode of the tests made an error)."""
    import re

    from kg.ingest.relations.document_grants import _GRANT, _holder

    text = "Qinshan Alloy Co., Ltd. revised 23 rules, and the Measures on Assets came into force."
    verb = _GRANT.search(text)
    assert verb is not None and verb.group(0) == "rules"
    subj = (0, 23, object())
    doc_at = text.index("Measures")
    got = _holder(text, [subj], subj, verb, doc_at, doc_at + 18, 0, len(text), lambda: None)
    assert got is None
