"""Round 51, places: where a gathering is held, from a numbered or dotted "Venue" field ("2.
Place: X Hotel, Y District", "Venue ........ X Hall"), from "X held a <event> at the Y Centre"
(the event named between the verb and "at"), and from a clause event's own venue ("The bids
were opened on 3 May at the X Trading Center"). And what is not read: a numbered "Place:" of
a list of where claims go, a town that locates the company before it ("the line of X Co.,
Ltd. in Y"). On short texts written for this file (invented events and venues)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import held_venues
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _held(kg, text: str) -> dict:
    """event label -> {(venue label, rule)} of its heldIn statements."""
    return held_venues(draft_of(kg, text, "round51-places", "round51.txt",
                                today=dt.date(2028, 6, 1)))


def _all_venues(held: dict) -> set:
    return {v for vs in held.values() for v, _ in vs}


def test_a_numbered_place_field_places_the_meeting_it_follows(snapshot_kg):
    text = ("Notice on Convening the Review Meeting of the Cobalt Powder Standard\n\n"
            "To the member units:\n\n"
            "The association will hold a review meeting of the cobalt powder standard. Details:\n\n"
            "1. Time: Thursday, 16 March 2028, 9:00-17:00.\n\n"
            "2. Place: Lotus Pond Conference Hotel, Yanta District, Xi'an.\n\n"
            "3. Participants: two experts of each drafting unit.\n")
    held = _held(snapshot_kg, text)
    assert "Lotus Pond Conference Hotel" in _all_venues(held), held


def test_a_dotted_venue_field_places_the_meeting_it_follows(snapshot_kg):
    text = ("Notice on Holding the 2028 Tin Solder Users' Forum\n\n"
            "The 2028 Tin Solder Users' Forum will be held in spring. Details:\n\n"
            "  Date ........... 14 April 2028\n"
            "  Venue .......... Riverside Exhibition Hall\n"
            "  Contact ........ the secretariat\n")
    held = _held(snapshot_kg, text)
    assert "Riverside Exhibition Hall" in _all_venues(held), held


def test_an_event_named_between_held_and_at_is_held_at_the_centre(snapshot_kg):
    text = ("On Tuesday, 7 March, Qinfeng Zinc Group held a donation ceremony at the Weinan "
            "Rehabilitation Service Center. Forty wheelchairs were handed over.\n")
    held = _held(snapshot_kg, text)
    got = {v for k, vs in held.items() if "ceremony" in k.lower() for v, _ in vs}
    assert "Weinan Rehabilitation Service Center" in got, held


def test_a_clause_event_is_held_at_the_venue_its_clause_prints(snapshot_kg):
    text = ("Results of the Tender for the Zinc Roaster Upgrade\n\n"
            "The tender was published on 2 April 2028. The bids were opened on 3 May 2028 at the "
            "Longxi Public Resources Trading Center, and a committee of five experts evaluated "
            "them.\n")
    held = _held(snapshot_kg, text)
    got = {v for k, vs in held.items() if "bids" in k.lower() for v, r in vs
           if r.startswith("event:clause-venue")}
    assert "Longxi Public Resources Trading Center" in got, held


def test_a_numbered_place_field_of_claims_places_no_happening(snapshot_kg):
    text = ("Announcement of the Administrator of Dingxi Brass Co., Ltd.\n\n"
            "The court accepted the application for liquidation on 2 May 2028. The Dingxi rod "
            "mill stopped on 28 April 2028.\n\n"
            "I. Declaration of claims\n\n"
            "  1. Period: until 30 August 2028.\n"
            "  2. Place: Room 806, Huanghe Building, 12 Xijin Road, Dingxi.\n")
    held = _held(snapshot_kg, text)
    assert not any(r.startswith("event:venue-field") for vs in held.values() for _, r in vs), \
        held


def test_a_town_after_a_company_locates_the_company_not_the_clause_event(snapshot_kg):
    text = ("Production Notes\n\n"
            "The rolling line of Tianshui Hengda Copper Co., Ltd. in Qinzhou District will "
            "restart on 3 July 2028.\n")
    held = _held(snapshot_kg, text)
    assert not any(r.startswith("event:clause-venue") for vs in held.values() for _, r in vs), \
        held
