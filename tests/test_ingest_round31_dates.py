"""Round 31, dates of articles never seen: the year of a yearless dateline when the text states its
years only around it ("since 2023" bounds the year, it does not give it; a headline's "by 2029"
is a deadline, not the year the story covers; a list item "from July 2027" followed by the next
item's dash opens no range; a year's total reported in the past means the text is of a later
year; a dateline under a two-line subheadline and a byline is still the dateline); the winners
of an award take the day of its ceremony; a rule in force "since" a date is a policy with that
day in force; a project a planned step is to build takes the step's planned date; what a
paragraph tells after "The fair took place on <day>" is of that day; a timetable's list items
labelled in lower case ("- registration of the change of shareholder: before 30 April 2027") are
its steps."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import article, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.terms import NFO

TODAY = dt.date(2026, 12, 2)


def _draft(kg, text: str, doc_id: str):
    return ingest(kg, article(text, f"{doc_id}.txt"), doc_id, today=TODAY)


def _dated(draft, start: str) -> dict:
    """{label: {date predicate: value}} of the draft's new entities whose label starts so."""
    return {e.label: {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
                      if str(p).endswith(("#startDate", "#endDate", "#dateSigned",
                                          "#plannedDate"))}
            for e in draft.new() if e.label.startswith(start)}


SINCE = """Hengfeng Copper to buy Chilean mine stake

CHANGSHA, May 12 -- Hunan Hengfeng Copper Co., Ltd. said its board had approved last Friday
the purchase of 40% of a copper mine in northern Chile for 210 million US dollars.

Analysts said Chinese smelters have bought into at least four South American mines since
2023.
"""


def test_a_year_since_which_a_state_holds_does_not_date_the_dateline(snapshot_kg):
    d = _draft(snapshot_kg, SINCE, "r31-dates-since")
    # (the latest May 12 up to the day of reading, not May 12, 2023)
    assert str(d.date) == "2026-05-12"


DEADLINE = """Two provincial zinc groups to merge

Shareholding transfer signed; Lanxi smelters to be regrouped
under one company by 2029

By Staff Reporter, Lanxi Industrial News

LANXI, Dec. 16 -- The Lanxi Provincial State-owned Assets Commission on Tuesday held a
meeting on the merger of Lanxi Zinc Group Co., Ltd. into Lanxi Nonferrous Holdings, at which
the two sides signed an agreement for the transfer of all the zinc group's shares.

The zinc group made 310,000 tonnes of zinc in 2025.

Timetable given at the meeting:

  - change of shareholder registered: before 30 April 2027
  - joint purchasing of concentrate: from August 2027
  - closing of the oldest smelter: by the end of 2029
"""


def test_a_headline_deadline_and_a_list_item_do_not_give_the_year(snapshot_kg):
    d = _draft(snapshot_kg, DEADLINE, "r31-dates-deadline")
    # (2025's whole-year output is reported: the story is of 2026; not 2029, the headline's
    # deadline, nor 2027, the year of a list item that opens a period)
    assert str(d.date) == "2026-12-16"
    agreements = [v for k, v in _dated(d, "").items() if "dateSigned" in v]
    assert agreements and all(v["dateSigned"].startswith("2026-12") for v in agreements)


CEREMONY = """Four engineers receive Lanxi copper innovation awards

Lanxi, 15 October 2026 -- On the afternoon of the 14th, the award ceremony for the second
Lanxi Provincial Copper Innovation Award was held in Lanxi. The award is conferred by the
Lanxi Provincial People's Government. The winners are:

(1) Zhou Minghui, chief engineer of Lanxi Hongta Copper Co., Ltd., for a flash converting
    furnace that cut sulphur emissions by a third;
(2) Qian Yuelan, professor at Lanxi University of Technology, for work on copper foil for
    batteries;
(3) Fang Dexin, workshop director at Beishan Copper Tube Co., Ltd., for a casting and
    rolling line for thin-walled tubes.
"""


def test_winners_of_an_award_take_its_ceremony_s_day(snapshot_kg):
    d = _draft(snapshot_kg, CEREMONY, "r31-dates-ceremony")
    grants = [e for e in d.new() if str(e.cls).endswith("#AwardGrant")]
    assert len(grants) == 3
    for g in grants:
        assert g.first(NFO.startDate) == "2026-10-14", g.label


OTHER_AWARD = """Lanxi names copper innovation award winners

Lanxi, 15 October 2026 -- The award ceremony for the Beishan Youth Science Prize was held in
Beishan on 2 September.

The second Lanxi Provincial Copper Innovation Award, conferred by the Lanxi Provincial
People's Government, went to two engineers. The winners are:

(1) Zhou Minghui, chief engineer of Lanxi Hongta Copper Co., Ltd.;
(2) Qian Yuelan, professor at Lanxi University of Technology.
"""


def test_no_day_from_the_ceremony_of_another_award(snapshot_kg):
    d = _draft(snapshot_kg, OTHER_AWARD, "r31-dates-other-award")
    grants = [e for e in d.new() if str(e.cls).endswith("#AwardGrant")]
    assert grants
    for g in grants:
        assert g.first(NFO.startDate) != "2026-09-02", g.label


IN_FORCE = """Beishan scandium exports slow

Beishan, 3 November 2026 -- Scandium oxide exports from Beishan fell by a fifth in October.
Traders said the export permit system in force since March 2025 now takes about 30 days.
Copper foil output, which has risen since 2024, was steady.

Two cargoes of cobalt slag were stopped at Beishan port; it is a waste whose import Lanxi
has banned since 1 July 2022.
"""


def test_a_rule_in_force_since_a_date_is_a_policy_with_that_day(snapshot_kg):
    d = _draft(snapshot_kg, IN_FORCE, "r31-dates-in-force")
    got = {e.label: e.first(NFO.dateInForce) for e in d.new() if e.rule == "policy:in-force-since"}
    assert got == {"Export permit system": "2025-03", "Lanxi's ban on imports": "2022-07-01"}
    # (an amount risen since a year is no rule)
    assert not any("output" in k.lower() for k in got)


PLANNED = """Beishan magnesium association meets

Beishan, 9 January 2027 -- The Beishan Magnesium Association held its annual meeting on
Thursday. Members agreed to build a demonstration magnesium hydride storage station in
Beishan in 2028.
"""


def test_a_project_to_be_built_takes_the_step_s_planned_date(snapshot_kg):
    d = _draft(snapshot_kg, PLANNED, "r31-dates-planned-works")
    got = {e.label: e.first(NFO.plannedDate) for e in d.new()
           if any(r == "date:planned-works" for _, _, _, r in e.statements)}
    assert got and set(got.values()) == {"2028"}
    assert any("storage station" in k.lower() for k in got)


HELD = """LIST OF PROJECTS SIGNED AT THE 2026 BEISHAN COPPER INVESTMENT FAIR

Released: 16 October 2026

The fair took place on Tuesday, 13 October 2026 at the Riverside Hotel in Beishan. Wang Lihua,
Party Secretary of the Beishan Municipal Party Committee, met the main investors before the
signing. Six projects were signed on the spot; they are listed below.
"""


def test_what_a_paragraph_tells_after_its_gathering_s_day_is_of_that_day(snapshot_kg):
    d = _draft(snapshot_kg, HELD, "r31-dates-held")
    got = {e.label: e.first(NFO.startDate) for e in d.new()
           if str(e.cls).endswith(("#Meeting", "#SigningCeremony"))}
    assert got, [e.label for e in d.new()]
    assert set(got.values()) == {"2026-10-13"}, got


TIMETABLE = """Two Lanxi zinc groups to merge

Lanxi, 16 December 2026 -- The Lanxi Provincial State-owned Assets Commission held a meeting
on the merger of Lanxi Zinc Group Co., Ltd. into Lanxi Nonferrous Holdings on Tuesday.

Timetable given at the meeting:

  - registration of the change of shareholder: before 30 April 2027
  - joint purchasing of concentrate: from August 2027
  - the two groups will report on progress: in March 2027, the commission said
"""


def test_a_timetable_s_lower_case_items_are_its_steps(snapshot_kg):
    d = _draft(snapshot_kg, TIMETABLE, "r31-dates-timetable")
    got = {e.label: e.first(NFO.plannedDate) for e in d.new() if e.rule == "event:schedule-line"}
    assert got == {"Registration of the change of shareholder": "2027-04-30",
                   "Joint purchasing of concentrate": "2027-08"}, got
