"""`kg ingest`: round 47's ends of relations. A schedule's step dated by a part of its month
("- plaster model review: late March 2027", "mid-May 2027") or by a feast and its day ("before
National Day, 1 October 2027") is an event with that date (events/schedule_lines); a value that
runs on as a clause is none. A meeting a body holds "at its <words> meeting in <place> on
<weekday>, <day>" is a meeting with its planned day, its place and its holder
(events/holder_meetings); a session with no day is none. Short texts written for these tests
(own words; invented companies and places)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hostile_drafts import draft_of


def _values(ent, pred: str) -> set:
    return {str(o) for p, o, _, _ in ent.statements if str(p).endswith("#" + pred)}


SCULPTURE = """Carnby commissions a bronze statue for its river park

CARNBY, 2 December 2026 -- The Carnby culture bureau said on Wednesday that Ostwick Art Foundry
Co., Ltd. has won the tender for a bronze statue of a tin miner for the new river park.

## 3. Schedule

- plaster model review: late March 2027
- patina trials: mid-May 2027
- final review: 14 August 2027
- installation and unveiling: before National Day, 1 October 2027
"""

LOOSE = """Carnby river park

CARNBY, 2 December 2026 -- The river park opened in part this year.

- Founders Day: the park's birthday, kept each year
- visitors: late arrivals are welcome, 1 October 2027 is the last open day of the season
"""


@pytest.fixture(scope="module")
def sculpture(kg):
    return draft_of(kg, SCULPTURE, "round47-ends-sculpture", name="sculpture.txt",
                    today=dt.date(2026, 12, 5))


def _steps(draft) -> dict:
    return {e.label: e for e in draft.new()
            if str(e.cls).rsplit("#", 1)[-1] in ("Event", "Milestone", "Launch", "Meeting")}


def test_a_step_dated_by_a_part_of_its_month_is_drafted(sculpture):
    steps = _steps(sculpture)
    assert "Plaster model review" in steps, sorted(steps)
    assert _values(steps["Plaster model review"], "plannedDate") == {"2027-03"}
    assert "Patina trials" in steps, sorted(steps)
    assert _values(steps["Patina trials"], "plannedDate") == {"2027-05"}


def test_a_step_before_a_named_feast_takes_the_feast_s_day(sculpture):
    steps = _steps(sculpture)
    assert "Installation and unveiling" in steps, sorted(steps)
    assert _values(steps["Installation and unveiling"], "plannedDate") == {"2027-10-01"}


def test_a_value_that_runs_on_as_a_clause_is_no_step(kg):
    draft = draft_of(kg, LOOSE, "round47-ends-loose", name="loose.txt", today=dt.date(2026, 12, 5))
    assert not any(label.lower().startswith(("visitors", "founders"))
                   for label in _steps(draft)), sorted(_steps(draft))


ASSOCIATION = """Tarnwell Copper Association closes its year

DRENFORD, 4 December 2026 -- The Tarnwell Copper Association said on Friday that 42 member
companies took part in its quality programme this year. The association will report the figures
at its annual work meeting in Brackley on Tuesday, 12 January. Its members will meet again at
their spring session on 20 April.

The Ostwick Tin Society had asked for the figures at its meeting in Carnby on 3 November, but
said it would not discuss them at its autumn session in any case.
"""


@pytest.fixture(scope="module")
def association(kg):
    return draft_of(kg, ASSOCIATION, "round47-ends-association", name="association.txt",
                    today=dt.date(2026, 12, 5))


def _objects(draft, ent, pred: str) -> set:
    return {draft.entities[o].label for p, o, _, _ in ent.statements
            if str(p).endswith("#" + pred) and o in draft.entities}


def test_a_holder_s_meeting_named_with_its_place_and_weekday_is_drafted(association):
    meetings = {e.label: e for e in association.new() if str(e.cls).endswith("#Meeting")}
    work = [e for label, e in meetings.items() if label.startswith("Annual work meeting")]
    assert work, sorted(meetings)
    assert _values(work[0], "plannedDate") == {"2027-01-12"}
    assert _objects(association, work[0], "heldIn") == {"Brackley"}
    assert "Tarnwell Copper Association" in _objects(association, work[0], "organizedBy")


def test_a_meeting_named_with_no_place_is_held_nowhere(association):
    meetings = {e.label: e for e in association.new() if str(e.cls).endswith("#Meeting")}
    spring = [e for label, e in meetings.items() if label.startswith("Spring session")]
    assert spring, sorted(meetings)
    assert _values(spring[0], "plannedDate") == {"2027-04-20"}
    assert _objects(association, spring[0], "heldIn") == set()


def test_a_session_with_no_day_is_no_meeting(association):
    assert not any(e.label.lower().startswith("autumn session")
                   for e in association.new()), sorted(e.label for e in association.new())
