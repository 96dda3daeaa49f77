"""A list of licences is about the licences its records print: an announcement of permits
renewed prints each permit in a block of fields ("Permit No.:  X") or in a table's row, and
the announcement (the document its title block names) is about each of them; one permit told
in a record is not a list."""
from __future__ import annotations

from hostile_drafts import draft_of, pairs, parsed

RENEWED = """WESTERN HILLS PROVINCIAL MINES OFFICE
ANNOUNCEMENT
(No. 14 of 2026)

     Mining Permits of Tin and Tungsten Enterprises Renewed

The office has examined the renewal applications below and renews
the following permits.

(1) Dashan Tin Industry Co., Ltd.
    Permit No.:        (Xi) KC Zi [2026] 0507
    Scope:             underground mining of tin ore, 90,000 t/a
    Valid:             2026.11.02 - 2031.11.01

(2) Hongya Tungsten Mining Co., Ltd.
    Permit No.:        (Xi) KC Zi [2026] 0512
    Scope:             open-pit mining of tungsten ore, 45,000 t/a
    Valid:             2026.11.09 - 2031.11.08

                            Western Hills Provincial Mines Office
                                        20 November 2026
"""

ONE = RENEWED.split("(2) Hongya")[0] + """
                            Western Hills Provincial Mines Office
                                        20 November 2026
"""


def _about(draft) -> set:
    return pairs(parsed(draft), "about")


def test_an_announcement_is_about_each_permit_its_records_print(kg):
    got = _about(draft_of(kg, RENEWED, "listed-records-renewed"))
    listed = {o for s, o in got if s.startswith("Announcement")}
    assert all(any(o.endswith(f"KC Zi [2026] {n}") for o in listed) for n in ("0507", "0512")), \
        got


def test_a_single_permit_in_a_record_is_not_a_list(kg):
    got = _about(draft_of(kg, ONE, "listed-records-one"))
    assert not any(s.startswith("Announcement") and "KC Zi" in o for s, o in got), got
