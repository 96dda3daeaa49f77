"""A step told inside a record is about the record's subject: a block of fields under
"Enterprise: X Co., Ltd." whose "Deadline:" or "Handling:" field tells a step (a deadline, a
report filed), a table row whose subject cell names a company and whose cells tell a step. A
record of a government office names who acts, not what the step is about."""
from __future__ import annotations

from hostile_drafts import draft_of, pairs, parsed

CHECKS = """Lanxi Municipal Safety Office

Notice on the Findings of the Autumn Dust Explosion Checks at Aluminium Polishing Shops

City offices of Lanxi and Beiling:

In October the office checked nine polishing shops. Three were found wanting and are
listed below.

No. 1
  Enterprise: Qingshan Bright Aluminium Products Co., Ltd., Lanxi
  Problems:   dust collectors not cleaned since spring.
  Handling:   fine of 30,000 yuan
  Deadline:   28 February 2027

No. 2
  Enterprise: Moling Wheel Casting Co., Ltd., Beiling
  Problems:   no explosion vents on the wet collector.
  Handling:   order to rectify; the vent drawings were filed on 14 November
  Deadline:   completed

No. 3
  Enterprise: Lanxi Municipal Market Supervision Bureau, Lanxi
  Problems:   none
  Handling:   the bureau was briefed on 3 November
  Deadline:   none

                                         Lanxi Municipal Safety Office
                                         1 December 2026
"""


def _about(draft) -> set:
    return pairs(parsed(draft), "about")


def test_a_records_deadline_is_about_the_enterprise_the_record_names(kg):
    got = _about(draft_of(kg, CHECKS, "rec-events-checks"))
    assert any(o.startswith("Qingshan Bright Aluminium") for _, o in got), got


def test_a_step_in_a_records_handling_field_is_about_its_enterprise(kg):
    got = _about(draft_of(kg, CHECKS, "rec-events-checks"))
    assert any(o.startswith("Moling Wheel Casting") and "filed" in s.lower()
               for s, o in got), got


def test_a_record_of_a_government_office_gives_its_steps_no_topic(kg):
    got = _about(draft_of(kg, CHECKS, "rec-events-checks"))
    assert not any("Market Supervision Bureau" in o for _, o in got), got
