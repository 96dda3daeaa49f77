"""Round 50, places: where a gathering is held, read from the layout that dates it. A
schedule's line that names the event, its day and then the venue ("Training of county
technicians: 12-14 January 2028, Xi'an"); a title block whose next line gives the place and the
days ("Lanzhou, Gansu Province, 12-14 May 2028"); a "Venue:" field whose value opens with a room
the draft does not name ("Venue: Room 5, 3rd floor, X Hotel"); "held on Friday, 18 December
at the X Center" (a comma of the day). And what is not read: a line with no day before the
place, a title whose place line has a blank line above it (a dateline), an event a "Venue:"
field already places. On short texts written for this file (invented events and venues)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import held_venues
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.terms import NFO


def _held(kg, text: str) -> dict:
    """event label -> {(venue label, rule)} of its heldIn statements."""
    return held_venues(draft_of(kg, text, "round50-places", "round50.txt",
                                today=dt.date(2028, 6, 1)))


def _venues(held: dict, label_part: str) -> set:
    return {v for k, vs in held.items() if label_part.lower() in k.lower() for v, _ in vs}


def test_a_schedule_line_dates_its_event_then_names_the_venue(snapshot_kg):
    text = ("Notice on the Zinc Fertiliser Demonstration in Shaanxi\n\n"
            "The provincial department will run the demonstration with twelve counties.\n\n"
            "IV. Schedule\n"
            "  - County implementation plans: by 31 December\n"
            "  - Training of county technicians: 12-14 January 2028, Xi'an\n"
            "  - Spring application on wheat: March 2028\n")
    held = _held(snapshot_kg, text)
    assert "Xi'an" in _venues(held, "Training of county technicians"), held
    assert not _venues(held, "Spring application"), held


def test_a_title_block_gives_the_place_and_days_under_the_title(snapshot_kg):
    text = ("The 3rd Northwest Forum on Copper Foil Processing\n"
            "                 (NWCF 2028)\n"
            "          Lanzhou, Gansu Province, 12-14 May 2028\n\n"
            "The forum is held every two years and brings together foil makers and buyers.\n")
    held = _held(snapshot_kg, text)
    assert "Lanzhou" in _venues(held, "Northwest Forum on Copper Foil"), held


def test_a_venue_field_places_its_event_before_the_title_line(snapshot_kg):
    # (the field names the hotel: the title block's city is not added beside it)
    text = ("Xixia Nickel Alloy Users' Seminar 2028\n"
            "PROGRAMME\n"
            "          9-10 March 2028, Chengdu | Version of 1 February 2028\n\n"
            "Venue:       Tianfu Jinhe Hotel, Wuhou District, Chengdu\n"
            "Host:        Xixia Nickel Alloy Co., Ltd.\n")
    held = _held(snapshot_kg, text)
    venues = _venues(held, "Users' Seminar 2028")
    assert "Tianfu Jinhe Hotel" in venues, held
    assert "Chengdu" not in venues, held


def test_a_dateline_after_a_blank_line_is_no_title_block(snapshot_kg):
    text = ("Lanxi Tin Forum closes with three supply deals\n\n"
            "Kunming, 3 March 2028\n\n"
            "The Lanxi Tin Forum closed on Friday after two days of talks among smelters.\n")
    held = _held(snapshot_kg, text)
    assert "Kunming" not in _venues(held, "Lanxi Tin Forum"), held


def test_a_schedule_line_with_no_day_before_the_place_is_not_read(snapshot_kg):
    text = ("Meishan Titanium Study Tour\n\n"
            "Itinerary of the tour for member companies.\n\n"
            "  Day 1   Factory visit, Baoji\n"
            "  Day 2   Closing dinner, Xi'an\n")
    held = _held(snapshot_kg, text)
    assert not any(v in ("Baoji", "Xi'an") for vs in held.values() for v, r in vs
                   if r.startswith("event:dated-line")), held


def test_a_venue_field_opening_with_an_unnamed_room_gives_the_named_venue(snapshot_kg):
    text = ("Lintao Lithium Buyers' Symposium 2028\n"
            "PROGRAMME\n\n"
            "Venue:       Grand Ballroom, Tianfu Jinhe Hotel, Wuhou District, Chengdu\n"
            "Host:        Lintao Lithium Co., Ltd.\n")
    held = _held(snapshot_kg, text)
    assert "Tianfu Jinhe Hotel" in _venues(held, "Buyers' Symposium 2028"), held


def test_held_on_a_weekday_and_day_at_a_venue(snapshot_kg):
    text = ("Suppliers meet at motor maker\n\n"
            "The 2028 Global Partners Conference of Qiaotou Motor was held on Friday, 18 February "
            "at the Qiaotou Technical Center, and was attended by 400 suppliers.\n")
    held = _held(snapshot_kg, text)
    assert "Qiaotou Technical Center" in _venues(held, "Global Partners Conference"), held


def _located(kg, text: str) -> dict:
    """label -> {(place label, rule)} of its locatedIn statements."""
    draft = draft_of(kg, text, "round50-places", "round50.txt", today=dt.date(2028, 6, 1))
    out: dict = {}
    for x in draft.entities.values():
        for p, o, _, r in x.statements:
            if p == NFO.locatedIn:
                place = draft.entities.get(o)
                out.setdefault(x.label, set()).add((place.label if place else str(o), r))
    return out


def test_an_organisation_line_ending_in_a_city_and_its_province(snapshot_kg):
    text = ("PURCHASE RECORD\n\n"
            "Buyer:\n"
            "Hengtai Zinc Powder Co., Ltd., Zhuzhou, Hunan\n\n"
            "Seller:\n"
            'Lanxi Kiln Works Co., Ltd. ("Lanxi Kiln"), Ganzhou, Jiangxi\n\n'
            "The buyer ordered two kilns.\n")
    got = _located(snapshot_kg, text)
    assert "Zhuzhou" in {p for k, ps in got.items() if k.startswith("Hengtai") for p, _ in ps}, got
    assert "Ganzhou" in {p for k, ps in got.items() if k.startswith("Lanxi Kiln") for p, _ in ps}, got


def test_a_city_then_another_organisation_is_no_address(snapshot_kg):
    text = ("The suppliers are Hengtai Zinc Powder Co., Ltd., Zhuzhou, Lanxi Kiln Works Co., "
            "Ltd. and two traders.\n")
    got = _located(snapshot_kg, text)
    assert not any(r == "place:org-comma-place" for ps in got.values() for _, r in ps), got
