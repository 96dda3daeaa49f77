"""Round 59, who took part in a meeting or a drill, on short texts written for this file
(invented bodies, companies and people). A minutes' "Present:" field that names bodies, each
with its representative in brackets, makes the bodies participants as well as the people; a
body that heads an item of its own ("- Representatives of X") is one too, while a person's
employer ("A, Director of Y") is not (kg/ingest/relations/attendance_fields.py). "Recorded
by:" in the record's head makes its person a participant; in the sign-off under the text it
does not, nor does a "Checked by:" further along its line. A news report's "Teams taking
part were:" list belongs to the drill its second paragraph names when the lead names no event
(kg/ingest/relations/participant_lists.py). The parties an agreement names by their part
("Party A: X") take part in the meeting its "The parties shall meet ..." sets
(kg/ingest/relations/party_meetings.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import links, one
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str = "round59-attendance"):
    return draft_of(kg, text, doc_id, "round59.txt", today=dt.date(2026, 12, 10))


def _participants(draft, label_start: str) -> dict:
    return links(draft, one(draft, label_start, NFO.Meeting), NFO.participant)


_BODIES_PRESENT = (
    "Minutes of the Third Joint Meeting of 2026 of the Dunmore Harbour Safety Committee\n\n"
    "Time:        Tuesday, 3 November 2026, 09:30\n"
    "Venue:       Room 2, Dunmore Harbour Administration Building\n"
    "Chaired by:  Orla Venn, Deputy Mayor of Dunmore\n"
    "Present:     Dunmore Port Fire Brigade (Captain Ruan Dexing), Dunmore Municipal\n"
    "             Transport Bureau, Keldan Copper Wire Co., Ltd. (Safety Director Mo\n"
    "             Qinglan)\n"
    "Recorded by: Piet Loram\n\n"
    "The meeting heard a report by Ruan Dexing on the fire drills held since August. After\n"
    "discussion the meeting agreed that the copper wire plant shall clear its loading yard\n"
    "by the end of the month.\n\n"
    "Dunmore Harbour Safety Committee Office\n"
    "4 November 2026\n"
)


def test_bodies_with_their_people_in_brackets_take_part(snapshot_kg):
    d = _draft(snapshot_kg, _BODIES_PRESENT)
    got = _participants(d, "Third Joint Meeting")
    for name in ("Dunmore Port Fire Brigade", "Dunmore Municipal Transport Bureau",
                 "Keldan Copper Wire Co., Ltd.", "Ruan Dexing", "Mo Qinglan", "Piet Loram"):
        assert name in got, (name, sorted(got))
    assert got["Dunmore Municipal Transport Bureau"][0] == "event:attendance-field@0.6"


_EMPLOYERS = (
    "Minutes of the Spring Review Meeting of the Ostrava Bay Tailings Working Group\n\n"
    "Time:         Monday, 9 March 2026, 14:00\n"
    "Venue:        Conference room of Ostrava Bay Zinc Products Co., Ltd.\n"
    "Chaired by:   Mara Quill, Director of the Ostrava Bay Emergency Management Bureau\n"
    "Present:      - Ivo Stennet, General Manager of Pellor Aluminium Profiles Co., Ltd.\n"
    "              - Representatives of Ostrava Bay Zinc Products Co., Ltd. and the\n"
    "                Ostrava Bay Water Supply Company\n\n"
    "The meeting heard Ivo Stennet report on the spillway works. The group asked the zinc\n"
    "company to finish its drainage ditch before the rains.\n\n"
    "Recorded by: Lina Dorrow                          Checked by: Mara Quill\n"
)


def test_a_persons_employer_is_not_a_participant_but_represented_bodies_are(snapshot_kg):
    d = _draft(snapshot_kg, _EMPLOYERS)
    got = _participants(d, "Spring Review Meeting")
    assert "Ivo Stennet" in got
    assert "Ostrava Bay Zinc Products Co., Ltd." in got, sorted(got)
    # (Ivo Stennet's employer, and the Bureau its chair directs, are named for the people)
    assert "Pellor Aluminium Profiles Co., Ltd." not in got
    assert "Ostrava Bay Emergency Management Bureau" not in got
    # (the sign-off under the text: who recorded and checked the minutes)
    assert "Lina Dorrow" not in got


_DRILL = (
    "Sirens on the Keldan River: Copper Smelter Rehearses a Flood\n\n"
    "Harbour Evening Post | Friday, 12 June 2026 | By our reporter Sela Marn\n\n"
    "DUNMORE, 11 June - Alarms rang across the lower Keldan valley on Thursday morning as\n"
    "Keldan Copper Wire Co., Ltd. and the villages near its slag yard practised what they\n"
    "would do if the river broke its banks.\n\n"
    "The drill, the first of its kind on the river, was organised by the Dunmore Municipal\n"
    "Emergency Management Bureau. About 800 people joined it, most of them villagers who\n"
    "walked to two assembly points on the hill within half an hour.\n\n"
    "The exercise began with a simulated flood warning at 8:00. Twenty minutes later the\n"
    "gauges at the slag yard showed the river 0.5 m under the warning level, and the company\n"
    "started its Level II response. Teams taking part were:\n\n"
    "- the Dunmore Port Fire Brigade, which pumped water out of the cable store;\n"
    "- medical staff of Dunmore Second People's Hospital.\n\n"
    "The company said it would raise the yard wall by 1 m before the rainy season.\n"
)


def test_a_teams_list_belongs_to_the_drill_the_report_names_earlier(snapshot_kg):
    d = _draft(snapshot_kg, _DRILL)
    drills = [e for e in d.new() if e.kind == "event"
              and any(d.text[m.start:m.end].lower().endswith("drill") for m in e.mentions)]
    assert drills, sorted(e.label for e in d.new() if e.kind == "event")
    got = links(d, drills[0], NFO.participant)
    assert "Dunmore Port Fire Brigade" in got, sorted(got)
    assert got["Dunmore Port Fire Brigade"][0] == "event:participant-list@0.5"
    # (the organiser is not one of the teams)
    assert got.get("Dunmore Municipal Emergency Management Bureau", ("",))[0] \
        != "event:participant-list@0.5"


_AGREEMENT = (
    "COOPERATION AGREEMENT ON HARBOUR WATER MONITORING\n\n"
    "Party A: Dunmore Municipal Water Affairs Bureau\n"
    "Party B: Keldan Copper Wire Co., Ltd.\n\n"
    "To keep the harbour clean, the two parties agree as follows.\n\n"
    "Article 1  Monitoring. Party B shall install two water quality stations at its outfall by\n"
    "           30 June 2026 and share the readings with Party A every day.\n\n"
    "Article 2  Review. The parties shall meet twice a year. The first review meeting shall be\n"
    "           held at Party A's office in September.\n\n"
    "Article 3  Term. This Agreement runs until 31 December 2028.\n"
)


def test_the_parties_of_an_agreement_take_part_in_the_meeting_it_sets(snapshot_kg):
    d = _draft(snapshot_kg, _AGREEMENT)
    got = _participants(d, "First review meeting")
    assert {"Dunmore Municipal Water Affairs Bureau", "Keldan Copper Wire Co., Ltd."} <= set(got), \
        sorted(got)
    assert got["Keldan Copper Wire Co., Ltd."][0].startswith("event:parties-meeting@0.5")
    # (Party B's own undertaking is no meeting of the parties)
    for e in d.new():
        if e.label.startswith("Party B shall install"):
            assert not any(r.startswith("event:parties-meeting") for _, _, _, r in e.statements)


_GUESTS = (
    "Copper Fair Draws Record Crowds\n\n"
    "Saturday, 8 August 2026    Dunmore Daily\n\n"
    "Dunmore, 7 August - Buyers, makers and traders filled the quays on Friday at the 2026\n"
    "Dunmore Copper Trade Fair, organised by the Dunmore Municipal People's Government and\n"
    "sponsored by Keldan Copper Wire Co., Ltd.\n\n"
    "Among the guests were:\n"
    "- Ruan Dexing, Deputy Mayor of Dunmore;\n"
    "- Mo Qinglan, Chairwoman of Keldan Copper Wire Co., Ltd.\n\n"
    "The fair closes on Sunday with a cable-making contest.\n"
)


def test_the_guests_a_report_lists_take_part_in_its_event(snapshot_kg):
    d = _draft(snapshot_kg, _GUESTS)
    fest = one(d, "Dunmore Copper Trade Fair")
    got = links(d, fest, NFO.participant)
    assert {"Ruan Dexing", "Mo Qinglan"} <= set(got), sorted(got)
    assert got["Mo Qinglan"][0] == "event:participant-list@0.5"
    # (the guest's employer is named for her, not as a guest)
    assert got.get("Keldan Copper Wire Co., Ltd.", ("",))[0] != "event:participant-list@0.5"
