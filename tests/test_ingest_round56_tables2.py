"""Round 56, tables, on short texts written for this file (invented towns, bureaus, firms and
people):

* an aligned table closed by a rule of dashes ("-----" under its last row) has no row of the
  rule itself (kg/ingest/reading/tables.py);
* a register of changes ("| Enterprise | Item changed | Before | After | Approved |") states
  one dated Milestone a row, "Change of <item> of <firm>", the firm taking part
  (kg/ingest/events/row_occurrences.py, rule event:table-row); a table of changes with no
  day column states none."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import by_rule, draft_of, snapshot_kg  # noqa: F401

from kg.ingest.reading.tables import tables

RULE = "event:table-row"


def _draft(kg, text: str, doc_id: str = "round56-tables2"):
    return draft_of(kg, text, doc_id, "round56.txt", today=dt.date(2027, 2, 10))


_CLOSED = (
    "Shift roster\n\n"
    "Crew       Furnace      Foreman\n"
    "-----------------------------------\n"
    "Blue       No. 3        Wen Dalong\n"
    "Green      No. 4        Pei Hongxia\n"
    "-----------------------------------\n"
)


def test_the_closing_rule_of_an_aligned_table_is_no_row():
    got = tables(_CLOSED)
    assert len(got) == 1
    rows = got[0].rows
    assert len(rows) == 2, rows
    assert all("---" not in _CLOSED[r.start:r.end] for r in rows)


_RULED_BETWEEN = (
    "Crew       Furnace      Foreman\n"
    "Blue       No. 3        Wen Dalong\n"
    "-----------------------------------\n"
    "Green      No. 4        Pei Hongxia\n"
    "Red        No. 5        Shi Guoqing\n"
)


def test_a_rule_between_rows_keeps_the_rows_after_it():
    got = tables(_RULED_BETWEEN)
    assert len(got) == 1 and len(got[0].rows) == 3, got


_CHANGES = (
    "Lindenmoor Municipal Bureau of Market Regulation\n\n"
    "Announcement on Registration Changes of Copper Processing Firms\n"
    "3 February 2027\n\n"
    "The Bureau approved the following changes of registered particulars last month.\n\n"
    "| No. | Enterprise                  | Item changed         | Before change     | After change      | Approved    |\n"
    "|-----|-----------------------------|----------------------|-------------------|-------------------|-------------|\n"
    "| 1   | Lindenmoor Redhill Copper   | Domicile             | 8 Canal Street    | 21 Foundry Road   | 9 Jan 2027  |\n"
    "|     | Strip Co., Ltd.             |                      |                   |                   |             |\n"
    "| 2   | Lindenmoor Ashgate Brass    | Registered capital   | CNY 30 million    | CNY 45 million    | 20 Jan 2027 |\n"
    "|     | Fittings Co., Ltd.          |                      |                   |                   |             |\n\n"
    "Lindenmoor Municipal Bureau of Market Regulation\n"
    "3 February 2027\n"
)


def test_each_row_of_a_register_of_changes_is_a_dated_change(snapshot_kg):
    got = by_rule(_draft(snapshot_kg, _CHANGES), RULE)
    domicile = next((v for k, v in got.items() if k.startswith("Change of domicile")), None)
    assert domicile is not None, got
    assert "2027-01-09" in " ".join(domicile.get("startDate", ())), domicile
    assert any("Redhill" in p for p in domicile.get("participant", ())), domicile
    capital = next((v for k, v in got.items() if k.startswith("Change of registered capital")),
                   None)
    assert capital is not None, got
    assert "2027-01-20" in " ".join(capital.get("startDate", ())), capital
    assert any("Ashgate" in p for p in capital.get("participant", ())), capital


_UNDATED = (
    "Reply of the Lindenmoor Civil Affairs Bureau on the Change Registration of the Lindenmoor "
    "Brass Society\n\n"
    "The following changes of the Society are approved.\n\n"
    "  Item changed           Before change            After change\n"
    "  ---------------------  -----------------------  -----------------------\n"
    "  Domicile               8 Canal Street           21 Foundry Road\n"
    "  Business scope         brass casting            brass casting, training\n\n"
    "Lindenmoor Civil Affairs Bureau\n"
    "3 February 2027\n"
)


def test_a_table_of_changes_without_a_day_column_states_no_row_event(snapshot_kg):
    got = by_rule(_draft(snapshot_kg, _UNDATED), RULE)
    assert not any(k.startswith("Change of") for k in got), got


_POSTINGS = (
    "Corrigan Municipal Organisation Department\n\n"
    "Public Notice of Corrigan Cadres Sent on Two-Year Postings\n\n"
    "The following staff will take up postings from March 2027.\n\n"
    "| No. | Name | Home unit | Post during the posting |\n"
    "|---|---|---|---|\n"
    "| 1 | Feng Liwen | Corrigan Bureau of Commerce | Deputy General Manager, Westvale Zinc Smelting Co., Ltd. |\n"
    "| 2 | Tao Mingyu | Corrigan Institute of Technology | Vice Dean, Westvale Vocational College |\n\n"
    "Corrigan Municipal Organisation Department\n"
    "12 February 2027\n"
)


def test_a_post_column_qualified_after_its_head_gives_each_row_a_post(snapshot_kg):
    draft = _draft(snapshot_kg, _POSTINGS)
    posts = {e.label for e in draft.entities.values()
             if str(e.cls).endswith("#Post") and e.rule.startswith("post:table-row")}
    assert "Feng Liwen, Deputy General Manager, Westvale Zinc Smelting Co., Ltd." in posts, posts
    assert "Tao Mingyu, Vice Dean, Westvale Vocational College" in posts, posts
    # (the home unit is where they come from, not where they hold the post)
    assert not any("Bureau of Commerce" in p or "Institute of Technology" in p for p in posts)
