"""Round 60, who did the work a record reports, on short texts written for this file (invented
bodies, companies and people). A team's field ("Inspectors:", "Expert panel:", "Survey
team:") makes its people participants of the record's event: in the record's head, the event
named just above it; in the fields that sign the record off under its text, the first event
the record names (its "Inspection date:"). A "Checked by:" or "Approved by:" of the sign-off
makes no one a participant. An organisation in a bracket that says something of the name
before it ("X Co., Ltd. (a subsidiary of Y Group)") is not itself one of those present
(kg/ingest/relations/attendance_fields.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import links
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str = "round60-team-fields"):
    return draft_of(kg, text, doc_id, "round60.txt", today=dt.date(2026, 12, 10))


def _participants_anywhere(draft) -> dict:
    """{person or body: the label of the event it takes part in}"""
    out = {}
    for e in draft.entities.values():
        for name in links(draft, e, NFO.participant):
            out.setdefault(name, set()).add(e.label)
    return out


_SIGNED_OFF = (
    "EARTHING SYSTEM INSPECTION REPORT\n\n"
    "Report No.:        KV-EI-2026-0093\n\n"
    "Client:            Marrow Vale Zinc Refining Co., Ltd.\n"
    "Site inspected:    Electrolysis hall and rectifier station, Marrow Vale\n"
    "Inspection body:   Marrow Vale Electrical Safety Testing Centre\n"
    "Inspection date:   Thursday, 8 October 2026\n\n"
    "All eleven earthing points of the hall were measured. Nine were below the limit of four\n"
    "ohms; two at the rectifier station were not, and their clamps are to be replaced within a\n"
    "month. The centre will send a copy of this report to the county safety office.\n\n"
    "Inspectors:   Qu Yanxi (certificate EI-2020-114)\n"
    "              Lan Haotian (certificate EI-2023-052)\n"
    "Checked by:   Yue Shuling, Technical Director\n"
    "Approved by:  Mo Tingfang, Director of the Centre\n"
)


def test_sign_off_inspectors_take_part_in_the_inspection(snapshot_kg):
    d = _draft(snapshot_kg, _SIGNED_OFF)
    got = _participants_anywhere(d)
    for name in ("Qu Yanxi", "Lan Haotian"):
        assert name in got, (name, got)
        assert any("nspect" in label for label in got[name]), got[name]
    for name in ("Yue Shuling", "Mo Tingfang"):
        assert name not in got, (name, got)


_PANEL = (
    "Water Resources Division, Keldor Provincial Department of Agriculture\n\n"
    "MINUTES OF THE EXPERT REVIEW MEETING\n\n"
    "Assessment of the Effect of the Brisk Creek Slurry Line on the Keldor River Fish Reserve\n\n"
    "Time:          Tuesday, 12 May 2026, 14:00-17:00\n"
    "Venue:         Room 5, Harlow Lodge, Keldor City\n"
    "Chaired by:    Kang Lirong, inspector of the Water Resources Division\n"
    "Expert panel:  Gu Weiran, professor, Keldor Agricultural University;\n"
    "               Shi Peiyu, senior engineer, Keldor Fishery Station\n"
    "Also present:  Keldor City Agriculture Bureau; Brisk Creek Nickel Co., Ltd. (a\n"
    "               subsidiary of Fenmore Metals Group)\n\n"
    "The panel heard the consultant and passed the assessment report subject to revision.\n"
)


def test_an_expert_panel_takes_part_in_its_review_meeting(snapshot_kg):
    d = _draft(snapshot_kg, _PANEL)
    got = _participants_anywhere(d)
    for name in ("Gu Weiran", "Shi Peiyu", "Keldor City Agriculture Bureau",
                 "Brisk Creek Nickel Co., Ltd."):
        assert name in got, (name, sorted(got))
    # (the company's parent, named in a bracket about it, was not there)
    assert not any(name.startswith("Fenmore Metals") for name in got), sorted(got)
