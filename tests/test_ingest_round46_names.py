"""Round 46, new names and links: a metal word that names a pigment's or an imitation's colour
("copper-zinc gold powder", "gold bronze powder", "aluminium silver paste", "silver-white") is
no mention of that metal, while the metal itself ("gold powder of 99.99% purity", "a copper
gold mine") still is; and a company's facility called by a head that needs a word before it
("works", "laboratory") is a site when "its" or a possessive says whose and a place follows
("its works in X"). On short texts written for this file (invented companies and places)."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401
from kg.ingest.knowledge.word_senses import in_alloy_name
from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str = "round46-names"):
    return draft_of(kg, text, doc_id, "round46.txt")


def _linked(draft) -> set:
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.known()}


def _at(text: str, phrase: str, word: str) -> bool:
    return in_alloy_name(text, text.index(phrase) + phrase.index(word))


# --- 1. a metal word that names a colour ------------------------------------------------------
def test_colour_words_of_pigments_are_no_metal():
    text = ("Harwick Pigments sells copper-zinc gold powder, a gold bronze powder for printing "
            "inks, aluminium silver paste for car paints and a silver-white coating; its "
            "catalogue still lists Dutch gold leaf and lead pencils.")
    for phrase, word in [("zinc gold", "gold"), ("gold bronze", "gold"),
                         ("aluminium silver", "silver"), ("silver-white", "silver"),
                         ("Dutch gold", "gold"), ("lead pencils", "lead")]:
        assert _at(text, phrase, word), phrase


def test_the_metal_itself_is_still_the_metal():
    text = ("Orrin Refining sells gold powder of 99.99% purity and silver paste for solar "
            "cells, and owns a copper gold mine; copper, zinc, gold and silver prices rose.")
    for phrase, word in [("gold powder", "gold"), ("silver paste", "silver"),
                         ("copper gold mine", "gold"), ("zinc, gold", "gold")]:
        assert not _at(text, phrase, word), phrase


_PIGMENT = ("Harwick Pigments Co., Ltd. opened a second line for copper-zinc gold powder in "
            "Dunmere on Monday. The line also makes gold bronze powder for printing inks and "
            "aluminium silver paste for car paints, and its copper and zinc come from two "
            "smelters in the region.\n")


def test_pigment_article_links_no_gold_or_silver(snapshot_kg):
    """The article names no gold and no silver: neither is linked; copper and zinc are."""
    linked = _linked(_draft(snapshot_kg, _PIGMENT))
    assert "metal-gold" not in linked and "metal-silver" not in linked, linked
    assert {"metal-copper", "metal-zinc"} <= linked, linked


def test_gold_powder_of_gold_is_still_linked(snapshot_kg):
    text = ("Orrin Refining Co., Ltd. began selling gold powder of 99.99% purity to makers of "
            "electronic pastes on Monday, from its refinery in Dunmere.\n")
    assert "metal-gold" in _linked(_draft(snapshot_kg, text))


# --- 2. "its works in X": a facility a place says which ----------------------------------
_WORKS = ("Baotai Group said on Tuesday that it would double the output of titanium tube at its "
          "works in Baoji by 2028. Demand from power plants rose by a fifth this year.\n")


def test_its_works_in_a_place_is_the_companys_site(snapshot_kg):
    draft = _draft(snapshot_kg, _WORKS)
    sites = [e for e in draft.new() if e.cls == NFO.Site]
    assert len(sites) == 1, new_labels(draft)
    objs = {str(o).rsplit("/", 1)[-1] for p, o, _, _ in sites[0].statements
            if p in (NFO.ownedBy, NFO.locatedIn)}
    assert {"baotai-group", "baoji"} <= objs, sites[0].statements
    mention = sites[0].mentions[0]
    assert draft.text[mention.start:mention.end] == "its works in Baoji"


def test_bare_works_or_works_in_passing_mint_nothing(snapshot_kg):
    """"the works" with no place, "its works" alone and "works in" after no possessive stay
    words."""
    text = ("Baotai Group said the works would stop for a week. Its works were old, and road "
            "works in Baoji slowed the trucks.\n")
    draft = _draft(snapshot_kg, text)
    assert not [e for e in draft.new() if e.cls == NFO.Site], new_labels(draft)


# --- 3. "the winner's plant in X": a facility of a party named by its role --------------------
_AWARD = ("RESULT OF TENDER\n\nLot 1, titanium strip: winning bidder Harwick Titanium Co., Ltd.\n\n"
          "The strip will be rolled at the winner's plant in Baoji and shipped from May.\n")


def test_role_possessive_facility_in_a_place_is_a_site(snapshot_kg):
    """The site is in the place; no owner is guessed for it (the winner is a role)."""
    draft = _draft(snapshot_kg, _AWARD)
    sites = [e for e in draft.new() if e.cls == NFO.Site and "plant" in e.label]
    assert [e.label for e in sites] == ["Winner's plant in Baoji"], new_labels(draft)
    preds = {(str(p).rsplit("#", 1)[-1], str(o).rsplit("/", 1)[-1])
             for p, o, _, _ in sites[0].statements}
    assert ("locatedIn", "baoji") in preds
    assert not [o for p, o in preds if p == "ownedBy"], preds


def test_a_named_or_placeless_possessive_mints_no_role_site(snapshot_kg):
    """"China's largest smelter in Yunnan" (a country's), "the winner's plant" with no place,
    "the buyer's refinery in China" (a whole country says not which): no site."""
    text = ("China's largest smelter in Yunnan cut output in May. The winner's plant will "
            "roll the strip.\n")
    draft = _draft(snapshot_kg, text)
    assert not [e for e in draft.new() if e.cls == NFO.Site], new_labels(draft)
    assert not [e for e in _draft(snapshot_kg, "The buyer's refinery in China will take the "
                                  "spodumene from May.\n").new() if e.cls == NFO.Site]
