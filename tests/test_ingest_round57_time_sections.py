"""Round 57: the "Time and place" section of a notice dates the gathering it announces in two
more shapes: a title "Announcement of a Public Hearing on X" (a notice OF the hearing, not "on
Holding" it: relations/title_events), and a title's "Price Hearing on X" that a lead names
again as "a public hearing on the proposed X" (one gathering named twice, both dated:
events/time_sections). Before, the first notice held nothing and the second held two events,
so neither was dated."""
from __future__ import annotations

from hostile_drafts import draft_of, event_dates, snapshot_kg  # noqa: F401


def _days(kg, text: str) -> dict:
    return event_dates(draft_of(kg, text, "round57-time-sections", "round57-time-sections.txt"))


def test_an_announcement_of_a_hearing_is_dated_by_its_time_section(snapshot_kg):
    text = ("Suiping County Development and Reform Bureau\n\n"
            "Announcement of a Public Hearing on Adjusting Flood Control Fees for Quarries\n\n"
            "Sui Fa Gai [2026] No. 31\n\n"
            "The Bureau will hold a public hearing on the adjustment plan for the flood control "
            "fees paid by limestone quarries and the bauxite mine of Suiping. Matters are "
            "announced as follows.\n\n"
            "1. Time and place\n"
            "   14:30, Thursday, 21 January 2027, Meeting Hall 4 of the Suiping County "
            "Government Service Centre.\n\n"
            "2. Registration\n"
            "   Citizens may register by Friday, 8 January 2027.\n\n"
            "                                   Suiping County Development and Reform Bureau\n"
            "                                   Monday, 14 December 2026\n")
    dates = _days(snapshot_kg, text)
    hearings = {k: v for k, v in dates.items() if "hearing" in k.lower()}
    assert hearings and all(v == {"2027-01-21"} for v in hearings.values()), dates


def test_a_hearing_the_title_and_the_lead_name_twice_is_dated(snapshot_kg):
    text = ("Linyou County Water Resources Bureau\n\n"
            "Announcement on Holding a Price Hearing on the Adjustment of Reservoir Water "
            "Charges\n\n"
            "Lin Shui [2026] No. 6\n\n"
            "With the consent of the Linyou County People's Government, this Bureau will hold a "
            "public hearing on the proposed adjustment of charges for raw water taken by the "
            "zinc flotation plants from the Qiyu Reservoir. The arrangements are as follows.\n\n"
            "I. Time and place\n"
            "   Time:   9:30 a.m., Wednesday, 13 January 2027\n"
            "   Place:  Room 5, Linyou County Water Resources Bureau\n\n"
            "II. Participants\n"
            "   Eleven participants will be chosen by the Bureau. Two options will be put to "
            "the hearing.\n\n"
            "                                   Linyou County Water Resources Bureau\n"
            "                                   Tuesday, 15 December 2026\n")
    dates = _days(snapshot_kg, text)
    hearings = {k: v for k, v in dates.items() if "hearing" in k.lower()}
    assert hearings and all(v == {"2027-01-13"} for v in hearings.values()), dates


def test_the_time_section_wins_over_a_day_guessed_from_the_lead(snapshot_kg):
    """The lead's "On 4 May 2026 the Bureau opened a review ..." governs the sentence that
    announces the hearing; the hearing's day is the time section's, not the lead's."""
    text = ("Trade Review Bureau of the Ministry\n\n"
            "Notice on Holding a Public Hearing in the Review of Imported Zinc Die-casting Alloy\n\n"
            "Mao Shen Han [2026] No. 7\n\n"
            "All interested parties:\n\n"
            "On 4 May 2026 the Bureau opened a review of imports of zinc die-casting alloy. At the "
            "request of two importers, the Bureau will hold a public hearing as follows.\n\n"
            "1. Time: 10:00 a.m., Wednesday, 16 September 2026, for one day.\n"
            "2. Place: Hall 3, Ministry conference centre.\n\n"
            "                                   Trade Review Bureau of the Ministry\n"
            "                                   Monday, 10 August 2026\n")
    dates = _days(snapshot_kg, text)
    hearings = {k: v for k, v in dates.items() if "hearing" in k.lower()}
    assert hearings and all(v == {"2026-09-16"} for v in hearings.values()), dates
