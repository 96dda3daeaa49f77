"""Round 54, projects named by what a text plans or funds, on short texts written for this file
(invented foundations, companies and places):

* kg/ingest/events/planned_undertakings.py: a sentence that opens with an undertaking and its
  object and says it will start or finish ("Repair of the ... will start in May") names a
  project; a campaign, a sentence of a company's own, or a denied one names none;
* kg/ingest/names/cell_names.py: a column headed "Programme" in a list of what a charity paid
  for names one project a row (a quoted title opening the cell too); a timetable's
  "Programme" column (beside "Time") names none;
* kg/ingest/events/project_nouns.py: "Phase II of the project" is a phase of the one project
  the text named before, even when it named it short and in full."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round54-projects"):
    return draft_of(kg, text, doc_id, "round54.txt", today=dt.date(2027, 1, 20))


def _projects(draft) -> set:
    return {e.label for e in draft.entities.values()
            if not e.known and str(e.cls).endswith("#Project")}


_PLANS = (
    "Ashbrook Tin Foundation: plans for 2027\n\n"
    "The Foundation met on 14 December 2026 and agreed its work for next year.\n\n"
    "(1) A bursary for apprentices of the tin smelter will start in the spring of 2027.\n"
    "(2) Restoration of the two old stamp mills at Redmoor shall begin in June 2027.\n\n"
    "Digitisation of the smelter's wage books is to be finished by the end of 2027. "
    "A cost survey of the member workshops for 2026 will be carried out in March.\n"
)


def test_a_sentence_opening_with_an_undertaking_that_will_start_names_a_project(snapshot_kg):
    got = _projects(_draft(snapshot_kg, _PLANS))
    assert "Restoration of the two old stamp mills at Redmoor" in got, got
    assert "Digitisation of the smelter's wage books" in got, got
    assert "Cost survey of the member workshops for 2026" in got, got


def test_no_undertaking_head_or_a_denied_start_names_none(snapshot_kg):
    text = ("Ashbrook Tin Foundation\n\n"
            "The annual dinner for retired smelter workers will start at seven.\n"
            "Renovation of the clinic in Lowford will not start before the floods end.\n"
            "The company will start a new shift in May.\n")
    got = _projects(_draft(snapshot_kg, text))
    assert not any(x.startswith(("Renovation", "Annual dinner", "Company")) for x in got), got


_TABLE = (
    "Ashbrook Tin Foundation annual report 2026\n\n"
    "The Foundation spent CNY 9 million on the three programmes below.\n\n"
    "  No.  Programme                     Place                 Partner\n"
    "  ---  ----------------------------  --------------------  --------------------\n"
    "  1    Repair of nine village        Lowford County        Lowford Health\n"
    "       schools                                             Bureau\n"
    "  2    \"Tin Roots\" reading clubs     Redmoor               Redmoor Library\n"
    "       for miners' children\n"
    "  3    Winter fuel for retired       Ashbrook              Ashbrook Charity\n"
    "       smelter workers                                     Federation\n"
    "  ---  ----------------------------  --------------------  --------------------\n"
)


def test_a_programme_column_names_one_project_a_row(snapshot_kg):
    got = _projects(_draft(snapshot_kg, _TABLE))
    assert "Repair of nine village schools" in got, got
    assert "Winter fuel for retired smelter workers" in got, got
    assert any(x.startswith('"Tin Roots" reading clubs') for x in got), got


def test_a_timetable_programme_column_names_no_project(snapshot_kg):
    text = ("Visit of the Ashbrook Tin Foundation delegation\n\n"
            "  Date      Time   Programme                      Place\n"
            "  --------  -----  -----------------------------  ----------------\n"
            "  3 March   09:00  Welcome talk by the director   Redmoor Hall\n"
            "  3 March   14:00  Tour of the tin smelter        Redmoor\n"
            "  4 March   10:00  Departure                      Redmoor Station\n")
    got = _projects(_draft(snapshot_kg, text))
    assert not any(x.startswith(("Welcome talk", "Tour of", "Departure")) for x in got), got


_PHASES = (
    "Opinion on the Fire Safety Check of the 20,000-tonne Tin Solder Project of Ashbrook Solder "
    "Co., Ltd.\n\n"
    "1. Scope. The check covered the 20,000-tonne Tin Solder Project, its casting hall and its "
    "store.\n\n"
    "2. Result. The works meet the fire code.\n\n"
    "3. Phase II. Phase II of the project, whose building is planned for next spring, shall "
    "apply for a check of its own.\n"
)


def test_phase_two_of_the_project_is_a_phase_of_the_one_project_named_before(snapshot_kg):
    d = _draft(snapshot_kg, _PHASES)
    labels = {str(e.iri): e.label for e in d.entities.values()}
    phases = [e for e in d.entities.values() if e.label.startswith("Phase II of")]
    assert phases, _projects(d)
    parts = {labels.get(str(o)) for e in phases for p, o, _, r in e.statements
             if str(p).endswith("#partOfProject")}
    assert any(x and "20,000-tonne Tin Solder Project" in x for x in parts), parts


_JOINT = (
    "Lowford, 9 May 2027 -- Ashbrook Solder Co., Ltd. and Redmoor University set up a joint "
    "laboratory on lead-free solder pastes in April. Ashbrook Solder Co., Ltd. is to lead "
    "a joint test centre for tin alloy wires with two cable makers of the county.\n"
)


def test_a_joint_laboratory_set_up_or_led_is_a_project(snapshot_kg):
    got = _projects(_draft(snapshot_kg, _JOINT))
    assert "Joint laboratory on lead-free solder pastes" in got, got
    assert "Joint test centre for tin alloy wires" in got, got


_OWNED = (
    "Lowford, 9 May 2027 -- The county held a job fair for the Ashbrook Tin Group tin solder "
    "project on Friday. Redmoor Mining Group's zinc oxide expansion will need 40 more "
    "workers. The Ashbrook Tin Group project site lies north of the town, and Redmoor Mining "
    "Group to fund the new road was agreed.\n"
)


def test_an_owner_name_before_a_lower_case_project_noun_names_its_project(snapshot_kg):
    d = _draft(snapshot_kg, _OWNED)
    got = _projects(d)
    assert "Ashbrook Tin Group tin solder project" in got, got
    assert "Redmoor Mining Group's zinc oxide expansion" in got, got
    labels = {str(e.iri): e.label for e in d.entities.values()}
    owners = {(e.label, labels.get(str(o))) for e in d.entities.values()
              for p, o, _, r in e.statements
              if str(p).endswith("#ownedBy") and str(r).startswith("project:org-noun")}
    assert ("Ashbrook Tin Group tin solder project", "Ashbrook Tin Group") in owners, owners
    # "the X Group project site" is a site's phrase; "X Group to fund" a clause: no project
    assert not any(x.endswith(("project site", "to fund")) for x in got), got
