"""Round 52 (metals): what a draft's entities concern, on short texts written for this file
(invented bureaus, works and companies): a tender's project concerns the metals its notice
prints (relations/tender_metals.py), not one printed only inside a bidder's name; an
institution's "Approved scope" column names the metals it works on (data/table-row-headers.txt:
"scope", read by relations/row_reader.py)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round52-metals"):
    return draft_of(kg, text, doc_id, "round52.txt", today=dt.date(2026, 12, 1))


_TENDER = """Announcement of Bid Results: Cooling Water Works of the Lintao Paper Mill

Tender No.: LT-2026-088

The tender for the cooling water works closed on 20 November 2026. The results are:

| Lot | Goods                                  | Winning bidder                        |
|-----|----------------------------------------|---------------------------------------|
| 1   | Titanium plate coolers, 6 units        | Weihe Valley Heat Transfer Co., Ltd.  |
| 2   | Copper-nickel condenser tubes, 12 t    | Dunhe Zinc Pipe Co., Ltd.             |

Objections may be filed within three working days.
"""


def test_a_tenders_project_concerns_the_metals_of_its_lots(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _TENDER), "project:tender-metals", "concernsMetal")
    (project, metals), = got.items()
    assert project.startswith("Cooling Water Works")
    assert {"Titanium", "Copper", "Nickel"} <= {m for m in metals if m}


def test_a_metal_only_in_a_bidders_name_is_not_the_projects(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _TENDER), "project:tender-metals", "concernsMetal")
    assert all("Zinc" not in (m or "") for ms in got.values() for m in ms)


_NEWS = """Paper mill adds coolers

Lintao, 3 December 2026 - The Lintao Paper Mill said its new titanium plate coolers will run
from January. The mill bought them from a supplier in Baoji.
"""


def test_no_tender_no_tender_metals(snapshot_kg):
    assert ruled_objects(_draft(snapshot_kg, _NEWS), "project:tender-metals",
                         "concernsMetal") == {}


_SCOPE = """Announcement on the Qualification of Testing Laboratories

The following laboratories meet the requirements and are approved:

  No.  Institution                              Certificate No.   Approved scope
  ---  ---------------------------------------  ----------------  ---------------------------
  1    Testing Center of Qilu Metals Research   2616003401        tungsten and molybdenum
       Institute                                                  concentrates: assay
  2    Analysis Center of Tonghe Smelting       2616003402        cobalt and nickel salts:
       Co., Ltd.                                                  impurities

The certificates are valid for six years.
"""


def test_an_approved_scope_column_names_the_institutions_metals(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _SCOPE), "table:row-cell", "concernsMetal")
    first = next((ms for k, ms in got.items() if k.startswith("Testing Center of Qilu")), set())
    second = next((ms for k, ms in got.items() if k.startswith("Analysis Center of Tonghe")),
                  set())
    assert {"Tungsten", "Molybdenum"} <= first
    assert {"Cobalt", "Nickel"} <= second
    assert not first & {"Cobalt", "Nickel"}


_CONTRACT = """SUPPLY FRAMEWORK AGREEMENT

Party A: Hanjiang Marine Paints Co., Ltd.
Party B: Qinling Powder Metals Co., Ltd.

Signed at Hanzhong on 4 January 2027

Party A makes zinc-rich primers for ship hulls and bridges. Party B supplies cobalt powder and
tungsten powder to hard-metal plants. Nickel flake bought by Party A from other sources is not
covered by this agreement.
"""

_RULING = """LABOUR DISPUTE MEDIATION AGREEMENT

Applicant ............. Ma Lin, a furnace operator
Respondent ............ Weihe Rare Metals Co., Ltd., Baoji, Shaanxi

Facts found
The Respondent melts molybdenum ingots and rolls molybdenum sheet. The applicant worked night
shifts in its melting workshop for two years.
"""


def _party_metals(kg, text):
    return ruled_objects(_draft(kg, text), "org:party-producer-metal", "concernsMetal")


def test_a_party_named_by_its_part_makes_the_metals_of_its_clause(snapshot_kg):
    got = _party_metals(snapshot_kg, _CONTRACT)
    a = next((ms for k, ms in got.items() if k.startswith("Hanjiang Marine Paints")), set())
    b = next((ms for k, ms in got.items() if k.startswith("Qinling Powder Metals")), set())
    assert "Zinc" in a and not a & {"Cobalt", "Tungsten"}
    assert {"Cobalt", "Tungsten"} <= b and "Zinc" not in b


def test_a_party_that_is_no_subject_takes_nothing(snapshot_kg):
    """"Nickel flake bought by Party A": Party A does not open the clause."""
    got = _party_metals(snapshot_kg, _CONTRACT)
    assert all("Nickel" not in ms for ms in got.values())


def test_a_respondent_named_by_dotted_leaders_melts_its_metal(snapshot_kg):
    got = _party_metals(snapshot_kg, _RULING)
    (org, metals), = got.items()
    assert org.startswith("Weihe Rare Metals")
    assert "Molybdenum" in metals
