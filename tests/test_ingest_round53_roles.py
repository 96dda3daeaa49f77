"""Round 53 (roles), on short texts written for this file (invented companies, bodies and
people): the people or bodies a list under a heading of taking part names ("3 Units taking
part" over "- X Fire Brigade", "Those taking part included:" over rows of a name and a post,
"Inspection team" over a table of "Role  Name  Unit" rows) took part in the event the
article reports (kg/ingest/relations/participant_lists.py); an item that names a person gives
the person, not the body the person works for; a list under another heading names none."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _listed(kg, text: str) -> dict:
    draft = draft_of(kg, text, "round53-roles", "round53.txt", today=dt.date(2026, 12, 1))
    return ruled_objects(draft, "event:participant-list", "participant")


def _all(got: dict) -> set:
    return {p for ps in got.values() for p in ps}


_UNITS = """EMERGENCY EVACUATION EXERCISE AT THE COPPER ROD MILL OF QINGSHAN WIRE CO., LTD.

Exercise Plan

Prepared by:    Qingshan County Emergency Management Bureau
Exercise time:  Tuesday, 15 December 2026, 09:30-11:00
Venue:          Rod mill, Qingshan Wire Co., Ltd., Qingshan County

1 Scenario
  A gas line leaks beside the shaft furnace and the hall is cleared.

2 Units taking part
  - Qingshan County Fire and Rescue Brigade (two engines)
  - First aid team of the Qingshan County People's Hospital
  - Monitoring staff of the Qingshan County Ecology and Environment Bureau

3 Debriefing
  The lessons are written up within a week.
"""


def test_the_bodies_a_units_taking_part_list_names_took_part(snapshot_kg):
    got = _all(_listed(snapshot_kg, _UNITS))
    assert "Qingshan County Fire and Rescue Brigade" in got
    assert "Qingshan County Ecology and Environment Bureau" in got
    assert "Qingshan County Emergency Management Bureau" not in got


_PEOPLE = """Smelter Staff Clean the Banks of the Heishui River

On Saturday, 14 November 2026, about 200 workers of Heishui Zinc Co., Ltd. joined district
officials in a river clean-up day along the Heishui River in Lanping District. The event was
organised by the Lanping District Water Resources Bureau. Those taking part included:

    Sun Weiguo         Deputy Head, Lanping District People's
                       Government
    Feng Lixia         Director, Lanping District Water Resources
                       Bureau
    Tang Haobo         General Manager, Heishui Zinc Co., Ltd.

The workers cleared about six tonnes of waste from the banks.
"""


def test_the_people_a_lead_in_sentence_lists_took_part_not_their_employers(snapshot_kg):
    got = _all(_listed(snapshot_kg, _PEOPLE))
    assert {"Sun Weiguo", "Feng Lixia", "Tang Haobo"} <= got
    assert "Heishui Zinc Co., Ltd." not in got
    assert "Lanping District Water Resources Bureau" not in got


_OTHER = """Smelter Staff Clean the Banks of the Heishui River

On Saturday, 14 November 2026, about 200 workers of Heishui Zinc Co., Ltd. joined district
officials in a river clean-up day along the Heishui River in Lanping District. The event was
organised by the Lanping District Water Resources Bureau. Contacts for the press:

    Sun Weiguo         Deputy Head, Lanping District People's
                       Government
    Feng Lixia         Director, Lanping District Water Resources
                       Bureau
"""


def test_a_list_under_another_lead_in_names_no_participant(snapshot_kg):
    assert _listed(snapshot_kg, _OTHER) == {}


def _fields(kg, text: str) -> dict:
    draft = draft_of(kg, text, "round53-roles", "round53.txt", today=dt.date(2026, 12, 1))
    return ruled_objects(draft, "event:attendance-field", "participant")


_HEARING = """Lantian County Bureau of Natural Resources

Notice of Hearing

On 20 November 2026 the Bureau received a request for a hearing from villagers of Qiaotou
Village about the compensation plan for land taken by the tailings pond of Lantian Baiyun
Lead Co., Ltd. The Bureau has decided to hold a public hearing, as follows.

  Time            : 10:00, Wednesday, 16 December 2026
  Place           : Meeting Room 3, Lantian County Bureau of Natural Resources
  Hearing officers: Kong Xiaoming and Yan Lijun
  Applicants      : Hu Dachuan and Pan Guiying, for 40 households of Qiaotou Village
  Other parties   : Lantian Baiyun Lead Co., Ltd.
"""


def test_the_fields_after_an_as_follows_sentence_name_the_hearings_parties(snapshot_kg):
    got = _all(_fields(snapshot_kg, _HEARING))
    assert {"Kong Xiaoming", "Yan Lijun", "Hu Dachuan", "Pan Guiying",
            "Lantian Baiyun Lead Co., Ltd."} <= got


_PROSE_BETWEEN = """Lantian County Bureau of Natural Resources

Notice of Hearing

The Bureau has decided to hold a public hearing on the compensation plan of Lantian Baiyun
Lead Co., Ltd. The villagers asked for it in November. Details follow.

  Applicants      : Hu Dachuan and Pan Guiying, for 40 households of Qiaotou Village
"""


def test_fields_after_other_prose_name_no_participant(snapshot_kg):
    assert _fields(snapshot_kg, _PROSE_BETWEEN) == {}


_BARE_TEAM = """8D REPORT: CRACKED COPPER STRIP EDGES

Customer:  Minjiang Connector Co., Ltd.
Received:  Nov. 3

D1  Team
    Leader   Qiu Mingde    Quality Director
    Members  Lai Shufen    Engineer, Slitting Workshop

D2  Problem description
    Edge cracks were found on two coils.
"""


def test_a_bare_team_heading_names_no_participant_of_the_complaint(snapshot_kg):
    assert _listed(snapshot_kg, _BARE_TEAM) == {}


_PROSE_LIST = """Notice on Holding the 2027 Training Course on Safe Handling of Magnesium Powder

1. Time and place
   Time:   Tuesday, 19 January 2027
   Venue:  Training Hall, Shenmu County Emergency Management Bureau

2. Participants
   The safety manager of each enterprise that grinds magnesium in the county. Enterprises
   of Shenmu Dongsheng Magnesium Co., Ltd. send one manager per plant.

3. Registration
   Send the form by 12 January.
"""


def test_prose_under_a_participants_heading_names_no_participant(snapshot_kg):
    assert _listed(snapshot_kg, _PROSE_LIST) == {}


_EXHIBITORS = """2027 QINLING TITANIUM PRODUCTS FAIR

Dates:          12-14 May 2027
Venue:          Hall 2, Baoji International Exhibition Center
Organiser:      Baoji Titanium Trade Promotion Office

1. Exhibitors, Hall 2 (5 of 40 booths shown)

Booth  Exhibitor                             Exhibits
-----  ------------------------------------  ------------------------------
B01    Qinling Titanium Tube Co., Ltd.       Seamless titanium tubes for
                                             heat exchangers
B04    Weihe Precision Titanium Parts        Titanium fasteners
       Co., Ltd.

2. Notes for exhibitors
  (a) Contact: Fair Office, Ms. Shi Yanan, tel. 0917-555 0188.
"""


def test_the_firms_an_exhibitors_table_lists_take_part_in_the_fair(snapshot_kg):
    got = _all(_listed(snapshot_kg, _EXHIBITORS))
    assert {"Qinling Titanium Tube Co., Ltd.", "Weihe Precision Titanium Parts Co., Ltd."} <= got
    assert "Shi Yanan" not in got
