"""Round 52 (roles), on short texts written for this file (invented companies, bodies and
people): the people a list under a speakers' heading names ("Speakers at the forum:" over "- A,
chairwoman of X, said ...") spoke at the event the article reports
(kg/ingest/relations/speaker_lists.py), a list under another heading names none; a field in
Markdown bold ("**Organiser:** X") gives its event's organiser as a plain one does
(relations/party_roles.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _speakers(kg, text: str) -> dict:
    draft = draft_of(kg, text, "round52-roles", "round52.txt", today=dt.date(2026, 12, 1))
    return ruled_objects(draft, "event:speaker-list", "speaker")


_LISTED = """Tin smelters meet in Gejiu

Gejiu, 20 November 2026 - The Yunnan Tin Smelting Association held the 2026 Tin Smelting
Forum in Gejiu on Thursday. About 80 managers of smelters and refineries attended.

Speakers at the forum:
- Wang Lihua, chairwoman of Gejiu Hongshan Tin Co., Ltd., said furnace upgrades cut coal use
  by a tenth.
- Professor Zhou Jianmin of Kunming Metallurgy College described a new slag fuming process.

The next forum is planned for 2027.
"""


def test_the_people_a_speakers_heading_lists_spoke_at_the_event(snapshot_kg):
    got = _speakers(snapshot_kg, _LISTED)
    assert {p for ps in got.values() for p in ps} == {"Wang Lihua", "Zhou Jianmin"}


_NO_HEADING = """Tin smelters meet in Gejiu

Gejiu, 20 November 2026 - The Yunnan Tin Smelting Association held the 2026 Tin Smelting
Forum in Gejiu on Thursday.

Contacts:
- Wang Lihua, tel. 0873-555 0101
"""


def test_a_list_under_another_heading_names_no_speaker(snapshot_kg):
    assert _speakers(snapshot_kg, _NO_HEADING) == {}


_BOLD = """**Organiser:** Lintao County Commerce Bureau
**Co-organisers:** Lintao County Zinc Industry Association

# Lintao County 2027 Zinc Products Trade Fair: Notice

The Lintao County 2027 Zinc Products Trade Fair will be held at the county exhibition hall on
12 March 2027. Makers of zinc alloy parts are invited to take part.
"""


def test_a_bold_markdown_field_names_the_organiser(snapshot_kg):
    draft = draft_of(snapshot_kg, _BOLD, "round52-roles", "round52.txt", today=dt.date(2026, 12, 1))
    got = ruled_objects(draft, "event:party-role", "organizedBy")
    assert {o for os in got.values() for o in os} == {"Lintao County Commerce Bureau"}
