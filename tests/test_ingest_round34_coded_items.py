"""Round 34, coded items: the topics and tasks a programme lists by code are projects, their code
an alias, in three more layouts -- a table's row (the code in the first cell, the title in the
next under a "Task"/"Topic" header, the issuer in brackets after it), a line "Topic CODE" over a
"Title:" field, and a bulleted "CODE  Title - Lead Unit Co., Ltd." (the unit no part of the
title)."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

ROWS = """# Zibo Science and Technology Bureau: winners of the 2027 open tasks for the copper chain

The Bureau released three tasks set by copper enterprises in March.

| No. | Task (issuing enterprise) | Winning team | Funds |
|---|---|---|---|
| ZB-2027-01 | Oxygen-free copper rod for enamelled wire (Zibo Hongan Copper Co., Ltd.) | Shandong University | 300 |
| ZB-2027-02 | Recovery of tin from copper anode slime (Linzi Ruida Smelting Co., Ltd.) | none | - |
"""

FIELDS = """Shandong Provincial Department of Science and Technology

Application Guide for the 2028 Key R&D Plan (Copper)

Topic 2028-KJYF-CU-01
  Title:         Continuous casting of thin copper strip for
                 lead frames
  Funds:         up to 5 million yuan

Topic 2028-KJYF-CU-02
  Title:         Low-energy electrolytic refining of blister copper
  Funds:         up to 4 million yuan
"""

BULLETS = """Results of the mid-term inspection of the 2025 copper projects:

  ● 2025SD-CU03  Flash smelting of complex copper concentrate -
                 Yantai Penghui Copper Co., Ltd.
  ● 2025SD-CU05  Copper foil for high-frequency circuit boards -
                 Weifang Dongrun Copper Foil Co., Ltd.
"""


def _projects(draft) -> dict:
    return {e.label: set(e.aliases) for e in draft.new() if str(e.cls).endswith("#Project")}


def test_a_tables_coded_rows_are_projects_titled_without_their_issuer(snapshot_kg):
    got = _projects(draft_of(snapshot_kg, ROWS, "t-r34-coded-rows"))
    assert "ZB-2027-01" in got.get("Oxygen-free copper rod for enamelled wire", set())
    assert "ZB-2027-02" in got.get("Recovery of tin from copper anode slime", set())


def test_a_topic_codes_title_field_names_its_project(snapshot_kg):
    got = _projects(draft_of(snapshot_kg, FIELDS, "t-r34-titled-codes"))
    assert "2028-KJYF-CU-01" in got.get(
        "Continuous casting of thin copper strip for lead frames", set())
    assert "2028-KJYF-CU-02" in got.get("Low-energy electrolytic refining of blister copper", set())


def test_a_coded_bullets_lead_unit_is_no_part_of_its_title(snapshot_kg):
    got = _projects(draft_of(snapshot_kg, BULLETS, "t-r34-coded-bullets"))
    assert "2025SD-CU03" in got.get("Flash smelting of complex copper concentrate", set())
    assert "2025SD-CU05" in got.get("Copper foil for high-frequency circuit boards", set())
    assert not any("Co., Ltd." in label for label in got)
