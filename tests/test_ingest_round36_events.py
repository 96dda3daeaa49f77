"""Round 36, events the drafts missed: a duty a notice sets in the present tense after its
subject, done by a day still to come ("Successful firms submit a self-check report before 31
March", "The district bureau inspects the new lines on site by 30 April 2027") is a planned
step, as "shall submit" is; not after "to" ("firms that fail to submit ..."), nor for a day
gone by. A deed's day after "by" or after a time of day is no amount ("were dismantled by 20
November", "was brought back at 10:20 on Monday"). A list's heading of an ending decision
("II. LICENCES REVOKED (1)") is one event dated by the notice."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _steps(draft, rule="event:future-step") -> dict:
    """label -> planned dates of the draft's entities of ``rule``."""
    return {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#plannedDate")}
            for e in draft.entities.values() if e.rule == rule}


_DUTIES = ("Lanzhou Bureau of Industry\nNotice on the 2027 Subsidies for Copper Foil Lines\n\n"
           "Lanzhou, 3 December 2026\n\n"
           "1. Successful firms submit a self-check report before 31 March.\n"
           "2. The district bureau inspects the new lines on site by 30 April 2027.\n"
           "3. Applicants register and pay the deposit by 17:00 on 11 January 2027.\n"
           "4. Firms that fail to submit the report by 31 March lose the subsidy.\n"
           "5. Each plant sends its figures before 1 March 2026, as last year.\n")


@pytest.fixture(scope="module")
def duties(snapshot_kg):
    return draft_of(snapshot_kg, _DUTIES, "round36-duties", "round36.txt")


def test_a_duty_in_the_present_tense_by_a_day_to_come_is_a_step(duties):
    steps = _steps(duties)
    assert steps.get("Successful firms submit a self-check report") == {"2027-03-31"}
    assert steps.get("The district bureau inspects the new lines on site") == {"2027-04-30"}
    assert steps.get("Applicants register and pay the deposit") == {"2027-01-11"}


def test_no_step_after_to_nor_for_a_day_gone_by(duties):
    labels = " | ".join(e.label for e in duties.entities.values())
    assert "fail to submit" not in labels
    assert "sends its figures" not in labels


def test_a_request_by_a_day_stays_a_deadline(snapshot_kg):
    draft = draft_of(snapshot_kg, "Yulin Copper Society\nNotice on the Spring Seminar\n\n"
                                  "Yulin, 3 December 2026\n\nPlease return the attached form to "
                                  "the secretariat by 20 December 2026.\n", "round36-request",
                     "round36.txt")
    assert {e.label for e in draft.entities.values() if e.rule == "event:deadline"} == {
        "Deadline for attached form to the secretariat"}
    assert not _steps(draft)


# --- a deed's day after "by" or after a time of day is no amount ------------------------------
_DEEDS = ("Wuhu Copper Foil Works Back in Service\n\nWuhu, 27 November 2026\n\n"
          "The foil slitting line was brought back at 10:20 on Monday, 23 November. Its two old "
          "annealing ovens were dismantled by 20 November. The yard is to be paved by 15 "
          "December. Sales of foil rose by 20 percent in October.\n")


@pytest.fixture(scope="module")
def deeds(snapshot_kg):
    return draft_of(snapshot_kg, _DEEDS, "round36-deeds", "round36.txt")


def _clause_events(draft) -> dict:
    return {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#startDate")}
            for e in draft.entities.values() if e.rule == "event:verb-clause"}


def test_a_deed_done_by_a_day_or_at_a_time_of_day_is_an_event(deeds):
    got = _clause_events(deeds)
    assert got.get("Its two old annealing ovens were dismantled") == {"2026-11-20"}
    assert {"2026-11-23"} in got.values()
    assert any(label.startswith("The foil slitting line was brought back") for label in got)


def test_a_rise_by_a_figure_and_a_step_to_come_are_no_deeds(deeds):
    labels = " | ".join(_clause_events(deeds))
    assert "paved" not in labels and "rose" not in labels


# --- a heading over a list that names an ending decision --------------------------------------
_HEADINGS = ("Qinghai Department of Emergency Management\nAnnouncement on Safety Licences of "
             "Tailings Ponds\n\nXining, 14 December 2026\n\nI. LICENCES RENEWED (2)\n\n"
             "1. Datong Lead Tailings Pond, Datong Lead Co., Ltd.\n2. Haixi Zinc Tailings "
             "Pond, Haixi Zinc Co., Ltd.\n\nII. LICENCES REVOKED (1)\n\n1. Menyuan Copper "
             "Tailings Pond, shut since May.\n\nRevoked licences may not be used from the date "
             "of this announcement.\n")


def test_a_heading_of_an_ending_decision_is_one_event_dated_by_the_notice(snapshot_kg):
    draft = draft_of(snapshot_kg, _HEADINGS, "round36-headings", "round36.txt")
    got = {e.label: ({str(o) for p, o, _, _ in e.statements if str(p).endswith("#startDate")},
                     draft.text[e.mentions[0].start:e.mentions[0].end])
           for e in draft.entities.values() if e.rule == "event:decision-heading"}
    # (a grant's heading, "LICENCES RENEWED", is none: the licences are the entities)
    assert got == {"Revocation of licences": ({"2026-12-14"}, "II. LICENCES REVOKED (1)")}
    assert not [e for e in draft.entities.values() if e.rule == "event:decision-heading"
                and e.statements and any(not str(p).endswith("#startDate")
                                         for p, _, _, _ in e.statements)]
