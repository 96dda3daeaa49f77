"""Round 60, who speaks at a forum, on short texts written for this file (invented
bodies, companies and people). A report's "Speakers and topics:" over a dash list makes each
item's person a speaker of the forum the report leads with (data/speaker-list-headings.txt,
kg/ingest/relations/speaker_lists.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import linked_by as _linked
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str = "round60-speakers"):
    return draft_of(kg, text, doc_id, "round60.txt", today=dt.date(2026, 12, 10))



_FORUM = (
    "Forum Looks at Drones for Tailings Dams\n\n"
    "Lanford, 3 November (staff reporter Hu Qingyi) The 2026 Lanford Forum on Dam Safety\n"
    "Technology for Non-ferrous Mines was held in Lanford on Monday, 2 November. About 200\n"
    "people from mines, survey firms and universities attended.\n\n"
    "Speakers and topics:\n"
    "  - Qin Moyan, Chief Engineer of Lanford Zinc Mining Co., Ltd.: seepage monitoring on\n"
    "    two upstream-raised dams;\n"
    "  - Tao Yisheng, professor at Lanford University: drone scans of beach width.\n\n"
    "The organisers will publish the slides next week.\n"
)


def test_speakers_and_topics_list_gives_the_forum_speakers(snapshot_kg):
    d = _draft(snapshot_kg, _FORUM)
    spoke = _linked(d, NFO.speaker)
    for name in ("Qin Moyan", "Tao Yisheng"):
        assert name in spoke, (name, spoke)
        assert any("Forum" in label for label in spoke[name]), spoke[name]

