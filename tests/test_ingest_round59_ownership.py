"""Round 59: owners and parents read from two general layouts (articles written for this file,
invented companies and places):

* a table whose owners' column is headed by a participle and "by" ("| Station | Run by |",
  "Operated by / funded by"): each row's site is ``nfo:ownedBy`` the organisation of its row
  (relations/table_rows.py, rule ``table:row-owner``); a row naming two bodies in that cell
  ("A, with funds from B") gives nothing; so is a site under a column headed "Company" or
  "Enterprise" alone, a bracket aside ("| Works | Company | Finding |"), not one of the
  people met as well ("| Hall | Company / person met |");
* "the Group's Trade Union", "the Company's Safety Department": the noun capitalised as the text's
  short name of a body it named in full; the unit is ``nfo:unitOf`` the body whose name, before
  any "of", holds the noun (relations/possessive_units.py, rule ``org:possessive-unit``), not a
  works "of" that body."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

TABLE = """Notice on the 2027 Model Recycling Stations of Marrowfield County

The county commerce bureau names the following stations model recycling stations for 2027:

| No. | Station                               | Run by / funded by                     | Town           |
|-----|---------------------------------------|----------------------------------------|----------------|
| 1   | Eastbank Scrap Copper Recycling Station | Harrowgate Copper Co., Ltd.          | Eastbank Town  |
| 2   | Lowmere Aluminium Can Recycling Station | Brindle Aluminium Co., Ltd.          | Lowmere Town   |
| 3   | Westford Battery Recycling Station    | Westford Village Committee, with funds | Westford Town  |
|     |                                       | from Brindle Aluminium Co., Ltd.       |                |

Each station receives a plaque at the county trade fair in October.
"""

FINDINGS = """Results of the 2027 Dust Checks at Metal Powder Plants of Marrowfield County

The county fire brigade checked the following works in May:

| Works                          | Company                        | Finding                      |
|--------------------------------|--------------------------------|------------------------------|
| Eastbank Powder Plant          | Harrowgate Copper Co., Ltd.    | dust on cable trays          |
| Lowmere Atomising Plant        | Brindle Aluminium Co., Ltd.    | no spark detector            |

Both companies shall report their repairs by 30 June.
"""

MEETINGS = """Trip Report: the 2027 Light Metals Fair in Marrowfield

| Date   | Hall                | Company / person met          | Notes                 |
|--------|---------------------|-------------------------------|-----------------------|
| 4 May  | Riverside Hall      | Harrowgate Copper Co., Ltd.   | foil prices           |
| 5 May  | Lakeside Hall       | Brindle Aluminium Co., Ltd.   | ingot offer           |

We will send both companies our samples in June.
"""

POSSESSIVE = """Ostrava Nickel Group holds its staff sports day

Ostrava Nickel Group Co., Ltd. held its tenth staff sports day at the Harlow Stadium on
Saturday, 5 June 2027. Workers from the Refining Plant of Ostrava Nickel Group Co., Ltd. won
the tug of war. The day was organised by the Group's Trade Union.
"""


def _objects(draft, label: str, pred: str) -> set:
    ents = {e.iri: e for e in draft.entities.values()}
    out = set()
    for e in draft.entities.values():
        if e.label != label:
            continue
        for p, o, _, _ in e.statements:
            if str(p).endswith("#" + pred) and o in ents:
                out.add(ents[o].label)
    return out


def test_a_table_column_run_by_gives_each_row_site_its_owner(snapshot_kg):
    draft = draft_of(snapshot_kg, TABLE, "round59-depots", "round59-depots.txt",
                     today=dt.date(2027, 6, 1))
    assert _objects(draft, "Eastbank Scrap Copper Recycling Station", "ownedBy") == \
        {"Harrowgate Copper Co., Ltd."}
    assert _objects(draft, "Lowmere Aluminium Can Recycling Station", "ownedBy") == \
        {"Brindle Aluminium Co., Ltd."}
    # two bodies in the cell, one of them only funding: no owner read
    assert "Brindle Aluminium Co., Ltd." not in \
        _objects(draft, "Westford Battery Recycling Station", "ownedBy")


def test_a_company_column_beside_a_column_of_works_gives_each_its_owner(snapshot_kg):
    draft = draft_of(snapshot_kg, FINDINGS, "round59-findings", "round59-findings.txt",
                     today=dt.date(2027, 6, 1))
    assert _objects(draft, "Eastbank Powder Plant", "ownedBy") == {"Harrowgate Copper Co., Ltd."}
    assert _objects(draft, "Lowmere Atomising Plant", "ownedBy") == {"Brindle Aluminium Co., Ltd."}


def test_a_column_of_companies_and_people_met_owns_no_hall(snapshot_kg):
    draft = draft_of(snapshot_kg, MEETINGS, "round59-fair", "round59-fair.txt",
                     today=dt.date(2027, 6, 1))
    owned = {e.label for e in draft.entities.values()
             for p, _, _, _ in e.statements if str(p).endswith("#ownedBy")}
    assert not owned & {"Riverside Hall", "Lakeside Hall"}


def test_the_capitalised_noun_is_the_body_named_in_full_not_its_works(snapshot_kg):
    draft = draft_of(snapshot_kg, POSSESSIVE, "round59-sports", "round59-sports.txt",
                     today=dt.date(2027, 6, 1))
    assert _objects(draft, "Trade Union", "unitOf") == {"Ostrava Nickel Group Co., Ltd."}
