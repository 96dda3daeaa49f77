"""Round 55, known links on new genres (kg/ingest/knowledge/acronym_forms.py,
kg/ingest/names/acronym_spellings.py), on short texts written for this file: a one-word name the
graph prints only as an acronym links only where printed in capitals ("Ms Ai" is a person, not
the field "AI"); an acronym the graph knows an entity by only, which the article spells out as
another kind of thing ("a State Administration for ... (SAIC)", "a Terminal Management System
(TMS)"), is the article's own, while an exchange spelled out for its acronym is still the known
one ("London Metal Exchange (LME)")."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _known(kg, text: str) -> dict:
    """{IRI local name: [mention surfaces]} of the draft's known entities."""
    draft = draft_of(kg, text, "round55-links", "round55.txt")
    return {str(e.iri).rsplit("/", 1)[-1]: [draft.text[m.start:m.end] for m in e.mentions]
            for e in draft.known()}, draft


_SURNAME = (
    "Changes in the Management of Qingshan Copper\n\n"
    "Ms Ai Meirong, deputy general manager in charge of sales, will retire at the end of March.\n"
    "Ms Ai joined the smelter in 1994 as a laboratory assistant. Her duties pass to Mr Wen Bo.\n"
)


def test_a_surname_spelled_like_an_acronym_field_is_no_field(snapshot_kg):
    got, _ = _known(snapshot_kg, _SURNAME)
    assert "field-artificial-intelligence" not in got, got


def test_the_acronym_printed_in_capitals_is_still_the_field(snapshot_kg):
    text = _SURNAME + "\nThe smelter now schedules its furnaces with AI tools.\n"
    got, _ = _known(snapshot_kg, text)
    assert got.get("field-artificial-intelligence") == ["AI"], got


_REGULATOR = (
    "Review of Online Advertising for Cookware\n\n"
    "Rules issued in 2015 by the State Administration for Industry and Commerce (SAIC) still\n"
    "govern the wording of adverts. SAIC was later merged into the market regulator. A\n"
    "livestream host who sells aluminium pans must not call them the best on the market.\n"
)


def test_an_acronym_spelled_out_as_a_government_body_is_not_the_known_company(snapshot_kg):
    got, draft = _known(snapshot_kg, _REGULATOR)
    assert "saic" not in got, got
    bodies = {e.label for e in draft.new() if str(e.cls).endswith("GovernmentBody")}
    assert "State Administration for Industry and Commerce" in bodies, bodies


def test_an_acronym_spelled_out_as_a_system_is_not_the_known_society(snapshot_kg):
    text = ("Network Upgrade at the Pingshan Mine\n\n"
            "The Terminal Management System (TMS) of the mine radio network was replaced in\n"
            "October. The TMS now reports faults of each base station within a minute.\n")
    got, _ = _known(snapshot_kg, text)
    assert "tms" not in got, got


def test_an_exchange_spelled_out_for_its_acronym_is_still_the_known_one(snapshot_kg):
    text = ("Copper Prices Weekly\n\n"
            "Copper on the London Metal Exchange (LME) rose 2% this week. Stocks in LME\n"
            "warehouses fell for the fourth week.\n")
    got, _ = _known(snapshot_kg, text)
    assert "lme" in got and "London Metal Exchange" in got["lme"], got


def test_a_precious_metal_naming_a_tier_of_an_offer_is_no_metal(snapshot_kg):
    text = ("Cookware Livestream Results\n\n"
            "Buyers of the Platinum Package get two years of repairs, and the Gold Edition of the\n"
            "pan set sold out. Sellers also aimed at the silver economy of retired buyers.\n")
    got, _ = _known(snapshot_kg, text)
    assert not {"metal-platinum", "metal-gold", "metal-silver"} & set(got), got


def test_copper_before_a_tier_word_is_still_copper(snapshot_kg):
    text = ("Water Mains Renewal\n\n"
            "The contractor replaced 300 copper service pipes and 40 gold-plated contacts.\n")
    got, _ = _known(snapshot_kg, text)
    assert "metal-copper" in got, got
