"""Round 58, the lists of winners a decision publishes, on short texts written for this file
(invented bodies, companies and titles). A section heading that prints the title in quotes
('I. The title "X" is conferred on:') confers X, not the heading's sentence
(kg/ingest/relations/award_lists.py), and the sentence reader (announced_grants) then grants
the same award, not a second one of the same name. "to name the following three sites X
Sites:" over a table grants the title in the singular, "X Site", to the works each row's
first cell names, not to the company a later cell names (announced_grants). A notice "on
Naming" winners is about the title it confers (data/award-publishing-cues.txt)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "document:published-awards"


def _draft(kg, text: str, doc_id: str = "round58-award-lists"):
    return draft_of(kg, text, doc_id, "round58.txt", today=dt.date(2026, 12, 10))


def _labels(draft, cls: str) -> list:
    return sorted(e.label for e in draft.new() if str(e.cls).endswith("#" + cls))


def _grants(draft) -> dict:
    """{recipient label: {award labels}} of the draft's award grants."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.new():
        if str(e.cls).endswith("#AwardGrant"):
            aw = {labels.get(o) for p, o, _, _ in e.statements if str(p).endswith("#award")}
            for p, o, _, _ in e.statements:
                if str(p).endswith("#recipient"):
                    out.setdefault(labels.get(o), set()).update(aw)
    return out


_QUOTED_HEADING = (
    "Dunmore Municipal Investment Promotion Bureau\n\n"
    "Dun Tou Fa [2026] No. 4\n\n"
    "Decision on Commending the 2026 Harbour Star Enterprises\n\n"
    "To the investment offices of all districts:\n\n"
    "After reviewing the applications received in October, the Bureau has decided as "
    "follows.\n\n"
    "I. The title \"Harbour Star Enterprise\" is conferred on:\n\n"
    "  (1) Keldan Copper Wire Co., Ltd., for doubling its copper rod exports;\n"
    "  (2) Ostrava Bay Zinc Products Co., Ltd., for a new galvanising line;\n"
    "  (3) Pellor Aluminium Profiles Co., Ltd., for hiring 200 local workers.\n\n"
    "II. The titles are valid for two years.\n\n"
    "Dunmore Municipal Investment Promotion Bureau\n"
    "8 December 2026\n"
)


def test_a_quoted_heading_confers_the_quoted_title_once(snapshot_kg):
    d = _draft(snapshot_kg, _QUOTED_HEADING)
    assert _labels(d, "Award") == ["Harbour Star Enterprise"]
    firms = {"Keldan Copper Wire Co., Ltd.", "Ostrava Bay Zinc Products Co., Ltd.",
             "Pellor Aluminium Profiles Co., Ltd."}
    grants = _grants(d)
    assert firms <= set(grants)
    assert all(grants[f] == {"Harbour Star Enterprise"} for f in firms)


def test_a_naming_notice_is_about_the_title(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Tarrow County Ecology Bureau\n\n"
        "Notice on Naming the 2026 Clean River Model Units\n\n"
        "To the units concerned:\n\n"
        "The Bureau checked the discharge records of 17 plants in September. It is decided "
        "that the following units are awarded the title of \"Clean River Model Unit\":\n\n"
        "1. Harlow Lead Smelting Co., Ltd.\n"
        "2. Vesper Nickel Refining Co., Ltd.\n\n"
        "Tarrow County Ecology Bureau\n"
        "2 December 2026\n"))
    notice = "Notice on Naming the 2026 Clean River Model Units"
    assert ruled_objects(d, _RULE, "about") == {notice: {"Clean River Model Unit"}}
    assert {"Harlow Lead Smelting Co., Ltd.", "Vesper Nickel Refining Co., Ltd."} <= set(
        _grants(d))


_COUNTED_TABLE = (
    "Wexley Provincial Water Saving Office\n\n"
    "Notice on Naming the 2026 Provincial Water Saving Model Sites\n\n"
    "To the water bureaus of all cities:\n\n"
    "After checks on site in October, the Office decided on 30 November 2026 to name the "
    "following four sites Provincial Water Saving\nModel Sites:\n\n"
    "| No. | Site                          | Run by                          |\n"
    "|-----|-------------------------------|---------------------------------|\n"
    "| 1   | Harnley Copper Concentrator    | Harnley Copper Mining Co., Ltd. |\n"
    "| 2   | Oakridge Zinc Smelter          | Oakridge Zinc Industry Co., Ltd. |\n"
    "| 3   | Brynmor Lead Smelter           | Brynmor Lead Co., Ltd.          |\n"
    "| 4   | Tallis Copper Mine             | (run by the county)             |\n\n"
    "Each site receives a plaque.\n\n"
    "Wexley Provincial Water Saving Office\n"
    "1 December 2026\n"
)


def test_named_rows_counted_by_their_noun_win_the_singular_title(snapshot_kg):
    d = _draft(snapshot_kg, _COUNTED_TABLE)
    award = "Provincial Water Saving Model Site"
    assert award in _labels(d, "Award")
    grants = _grants(d)
    sites = {"Harnley Copper Concentrator", "Oakridge Zinc Smelter", "Brynmor Lead Smelter",
             "Tallis Copper Mine"}     # (a row that names no company: its works wins too)
    assert sites <= set(grants)
    assert all(grants[s] == {award} for s in sites)
    # the company a later cell says runs the site wins nothing
    assert not {"Harnley Copper Mining Co., Ltd.", "Oakridge Zinc Industry Co., Ltd.",
                "Brynmor Lead Co., Ltd."} & set(grants)
    notice = "Notice on Naming the 2026 Provincial Water Saving Model Sites"
    assert ruled_objects(d, _RULE, "about") == {notice: {award}}
