"""Round 31, new entities the drafts missed or broke up in tables: a company listed under a group
heading's row of one cell ("Japan" over "X Co., Ltd.   21.4%") is named without the heading; a
fixed-width table whose header prints a year ("2025 output") and a grid table with "+----+"
borders, a header wrapped onto a second line and a name wrapped in its cell are read as tables,
so the wrapped name is one company (not its first line and a "Co., Ltd." fragment); a record
boxed in a grid (label and value lines) is no table, and the names in its lines stay.

And headings and ranks that are no names: a post's rank before a place's rank word ("Deputy
County Magistrate") names no county; a section's heading of ordinary words before "News"
("MEMBER NEWS", "PART TWO COMPANY NEWS", a breadcrumb's "Branch News") is no outlet; a period
relative to the text's day ("NEXT WEEK", "Plan for Next Week") is no conference, while a named
week still is one.

And documents a table lists by their number: a column headed by a kind of document and "No."
("Licence No.", "Permit No.") holds one document a row, dated by its row's date cell."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401


MARGINS = """Ministry of Trade Remedies of Nordland

Preliminary ruling on brass strip

   Company                                   Margin     Deposit rate
   ---------------------------------------   --------   ------------
   Japan
     Fujimori Brass Strip Co., Ltd.           21.4%      21.4%
     Okada Seimitsu Alloy                     18.9%      18.9%
     Corporation
   South Korea
     Daejin Copper Metals Co., Ltd.           12.6%      12.6%
   ---------------------------------------   --------   ------------
"""

YEAR_HEADER = """Allowances for smelters

No.  Emitting unit                  City         2026 output    Allowance
                                                 (10,000 t)     (10,000 t CO2)
---  -----------------------------  -----------  -------------  --------------
1    Lanxi Hongqiao Aluminium       Lanxi            62.4            66.1
     Co., Ltd.
2    Maoshan Xinglong Aluminium     Maoshan          40.9            43.7
     Industry Co., Ltd.
"""

GRID = """Share purchase

  +------------------------------------------+--------+---------------+
  | Seller                                   | Stake  | Consideration |
  |                                          |        | (yuan, 000s)  |
  +------------------------------------------+--------+---------------+
  | Qinyuan Nonferrous Holdings              | 60.00% | 1,200,000     |
  | Danfeng Urban and Rural Development      | 40.00% |   800,000     |
  |   Investment Group Co., Ltd.             |        |               |
  +------------------------------------------+--------+---------------+
"""

RECORD = """ADVANCE RULING

+----------------------------------------------------------------------------+
| 1. Applicant         | Weiyuan Lianke Alloy Materials Co., Ltd.            |
|                      | Customs registration code: 6103960999               |
|                      | Address: No. 8 Keji Road,                           |
|                      | Xingping Hi-tech Zone, Xianyang, Shaanxi Province   |
|----------------------------------------------------------------------------|
| 2. Application       | Filed on 9 March 2027                               |
+----------------------------------------------------------------------------+
"""


def test_companies_under_a_group_heading_row(snapshot_kg):
    labels = new_labels(draft_of(snapshot_kg, MARGINS, "r31-margins"), "Company")
    assert {"Fujimori Brass Strip Co., Ltd.", "Daejin Copper Metals Co., Ltd."} <= labels
    assert not any(x.startswith(("Japan", "South Korea")) for x in labels)


def test_wrapped_names_in_a_table_whose_header_prints_a_year(snapshot_kg):
    labels = new_labels(draft_of(snapshot_kg, YEAR_HEADER, "r31-year-header"), "Company")
    assert {"Lanxi Hongqiao Aluminium Co., Ltd.",
            "Maoshan Xinglong Aluminium Industry Co., Ltd."} <= labels
    assert "Industry Co., Ltd." not in labels and "Co., Ltd." not in labels


def test_wrapped_name_in_a_grid_table(snapshot_kg):
    labels = new_labels(draft_of(snapshot_kg, GRID, "r31-grid"))
    assert "Danfeng Urban and Rural Development Investment Group Co., Ltd." in labels
    assert "Investment Group Co., Ltd." not in labels


def test_a_boxed_record_is_no_table(snapshot_kg):
    labels = new_labels(draft_of(snapshot_kg, RECORD, "r31-record"))
    assert "Xingping Hi-tech Zone" in labels
    assert "Weiyuan Lianke Alloy Materials Co., Ltd." in labels


HEADINGS = """FENGZHOU NONFERROUS NEWSLETTER

MEMBER NEWS

On Monday, Bai Lianxia, Deputy County Magistrate, checked the Hengda smelter. Deputy County
Magistrate Bai then met the staff of Fengzhou Hengda Zinc Co., Ltd.

PART TWO COMPANY NEWS

Home > News Center > Branch News

PLAN FOR NEXT WEEK
The 2027 Fengzhou Zinc Week opens in Fengzhou on 9 March.
"""


def test_ranks_and_headings_are_no_names(snapshot_kg):
    draft = draft_of(snapshot_kg, HEADINGS, "r31-headings")
    labels = new_labels(draft)
    assert not any("Deputy County" in x for x in labels)
    assert not new_labels(draft, "MediaOutlet") & {"MEMBER NEWS", "PART TWO COMPANY NEWS",
                                                   "Branch News"}
    assert "PLAN FOR NEXT WEEK" not in labels and "NEXT WEEK" not in labels
    assert "Fengzhou Hengda Zinc Co., Ltd." in labels
    assert any(x.endswith("Fengzhou Zinc Week") for x in new_labels(draft, "Conference"))


LICENCES = """Publicity of export licences issued in the first quarter of 2027

From 1 January to 31 March 2027 the ministry issued two licences to exporters in Hunan.

Licence No.  Exporter                    Item               Destination  Issued
-----------  --------------------------  -----------------  -----------  -------
LY27-430117  Hunan Xiangyue Antimony     Antimony ingot     Japan        Jan. 9
             Products Co., Ltd.
LY27-430203  Chenzhou Ruibo Germanium    Germanium dioxide  Germany      Feb. 20
             Co., Ltd.
-----------  --------------------------  -----------------  -----------  -------
"""

PERMITS = """Discharge permits renewed in Fengzhou

Permit No.        Holder                             Valid until
----------------  ---------------------------------  ------------
91430581-ZN-001V  Fengzhou Hengda Zinc Co., Ltd.     30 June 2032
91430581-CU-017P  Fengzhou Lianfa Copper Co., Ltd.   31 May 2032
"""


def test_documents_listed_in_a_numbered_column(snapshot_kg):
    draft = draft_of(snapshot_kg, LICENCES, "r31-licences")
    docs = {e.label: e for e in draft.new() if e.label.startswith("Licence ")}
    assert set(docs) == {"Licence LY27-430117", "Licence LY27-430203"}
    assert "LY27-430117" in docs["Licence LY27-430117"].aliases
    issued = {str(o) for p, o, _, _ in docs["Licence LY27-430203"].statements
              if str(p).endswith("#dateIssued")}
    assert issued == {"2027-02-20"}
    labels = new_labels(draft_of(snapshot_kg, PERMITS, "r31-permits"), "PolicyDocument")
    assert {"Permit 91430581-ZN-001V", "Permit 91430581-CU-017P"} <= labels
