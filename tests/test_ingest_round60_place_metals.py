"""Round 60, a place's metals (kg/ingest/relations/producers.py), on short texts written for
this file (invented bodies and companies, real places the graph knows). A notice or news item
that names a city's industry in passing ("the titanium industry of Baoji", "Yulin supplies much
of the magnesium") gives the city no metal; a survey of the industry, which names metals twenty
times or more, still does; and a company's own clause ("X produces sponge titanium") is read in
any article."""
from __future__ import annotations

import datetime as dt

from draft_lookup import links, one
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str):
    return draft_of(kg, text, doc_id, "round60.txt", today=dt.date(2026, 12, 10))


def _metals(draft, label: str) -> dict:
    ents = [e for e in draft.entities.values() if e.label == label]
    assert ents, (label, sorted(e.label for e in draft.entities.values()))
    return links(draft, ents[0], NFO.concernsMetal)


_NOTICE = (
    "Notice on the Winter Road Salt Supply for Hillside Districts\n\n"
    "To the district road maintenance stations:\n\n"
    "Heavy snow is forecast for next week. The titanium industry of Baoji depends on the\n"
    "mountain roads for its night deliveries, and Yulin supplies much of the magnesium that\n"
    "leaves the region by truck, so the stations shall keep the freight routes open first.\n"
    "Ravelston Works Co., Ltd. produces sponge titanium next to the eastern depot and has\n"
    "offered two loaders for the clearing work.\n\n"
    "Municipal Road Maintenance Office\n"
    "2 December 2026\n"
)


def test_a_notice_gives_a_city_no_metal_in_passing(snapshot_kg):
    d = _draft(snapshot_kg, _NOTICE, "round60-place-notice")
    assert not _metals(d, "Baoji"), _metals(d, "Baoji")
    assert not _metals(d, "Yulin"), _metals(d, "Yulin")
    works = links(d, one(d, "Ravelston Works"), NFO.concernsMetal)
    assert "Sponge titanium" in works, works


_SURVEY_METALS = ["copper", "zinc", "lead", "nickel", "cobalt", "tin", "antimony", "tungsten",
                  "molybdenum", "aluminium", "magnesium", "titanium"]


def _survey() -> str:
    rows = "".join(f"- {m.capitalize()}: output and prices of {m} in the year, and the {m} "
                   f"plants that changed hands.\n" for m in _SURVEY_METALS)
    return (
        "Review of the Non-ferrous Metals Sector in the Western Provinces, 2026\n\n"
        "This review covers the year's output, prices and investment for the metals below.\n\n"
        + rows +
        "\nThe titanium industry chain in Baoji added three forging lines this year. "
        "Shaanxi produces more than half of the country's primary magnesium, and its smelters "
        "ran at full load through the autumn.\n\n"
        "Western Metals Research Bureau\n"
        "1 December 2026\n"
    )


def test_a_survey_of_the_industry_still_gives_places_their_metals(snapshot_kg):
    d = _draft(snapshot_kg, _survey(), "round60-place-survey")
    baoji = _metals(d, "Baoji")
    assert "Titanium" in baoji and baoji["Titanium"][0] == "context:metal-industry-in-place", baoji
    shaanxi = _metals(d, "Shaanxi Province")
    assert "Primary magnesium" in shaanxi, shaanxi
    assert shaanxi["Primary magnesium"][0] == "context:producer-metal", shaanxi
