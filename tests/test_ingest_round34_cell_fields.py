"""Round 34, relations read from tables of projects, licences and permits: a row whose title
cell prints labelled lines under the title ("Lead: X Co., Ltd." / "With: Y Institute; Z
University", wrapped onto the cell's next line) reads them by their labels as columns are read
by their headers (the lead unit owns the row's project, the others take part in it); what the
rows above print is no part of a row's sentence; a column whose header names two fields split
by " / " ("Permit holder / Permit No.", "Undertaker (lead unit / leader)") is read as two
columns, the row being about the permit, not its holder; and the list the text is includes the
projects, licences and permits its rows print."""
from __future__ import annotations

from hostile_drafts import draft_of, pairs, parsed, snapshot_kg  # noqa: F401

ROSTER = """Northgate Provincial Science Office

Projects proposed for funding

No.  Project number   Title and units                               Leader        Period
---  ---------------  --------------------------------------------  ------------  ---------------
1    2027NG0410011    Vacuum distillation of crude zinc for high    Hua Lanqing   2027.03-2029.02
                      purity grades
                      Lead: Dongli Zinc Refining Co., Ltd.
                      With: Qiaoxi Polytechnic University;
                      Beiyuan Metallurgical Design Institute
2    2027NG0410012    Electrolytic refining of tin anode slime      Mo Jiancheng  2027.03-2029.08
                      Lead: Nanshan Tin Industry Co., Ltd.
                      With: Xiling Mining University
"""


def test_labelled_lines_of_a_projects_cell_name_its_owner_and_participants(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, ROSTER, "r34-cell-fields"))
    owners = pairs(g, "ownedBy")
    assert ("2027NG0410011", "Dongli Zinc Refining Co., Ltd.") in owners, owners
    assert ("2027NG0410012", "Nanshan Tin Industry Co., Ltd.") in owners, owners
    takers = {(p, o) for p, o in pairs(g, "participant") if p.startswith("2027NG")}
    assert ("2027NG0410011", "Qiaoxi Polytechnic University") in takers, takers
    assert ("2027NG0410011", "Beiyuan Metallurgical Design Institute") in takers, takers
    assert ("2027NG0410012", "Xiling Mining University") in takers, takers
    # (the second project's row is not the first's: the units above it take no part in it)
    assert not {o for p, o in takers if p == "2027NG0410012"} - {"Xiling Mining University"}, \
        takers


LICENCES = """Eastmoor Provincial Department of Commerce

Publicity of Export Licences Issued in the Fourth Quarter of 2026

Release date: 2027-01-08      Source: Trade Division

The department forwarded the applications of exporters in the province to the ministry,
which issued the licences below between October and December.

Licence No.  Exporter                     Item              Destination  Issued
-----------  ---------------------------  ----------------  -----------  -------
EX26-730114  Qingmoor Gallium Materials   Gallium, 5N       Japan        Oct. 12
             Co., Ltd.
EX26-730258  Wuling Antimony Products     Antimony ingot    Vietnam      Nov. 3
             Co., Ltd.
-----------  ---------------------------  ----------------  -----------  -------
"""


def test_the_list_a_text_is_includes_the_licences_its_rows_print(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, LICENCES, "r34-listed-rows"))
    listed = {(d, x) for d, x in pairs(g, "includes") if d.startswith("Publicity of Export")}
    assert {x for _, x in listed} >= {"Licence EX26-730114", "Licence EX26-730258"} or \
        {x for _, x in listed} >= {"EX26-730114", "EX26-730258"}, pairs(g, "includes")


SUPPORTED = """Westvale Municipal Industry Bureau: projects supported in 2027

| No. | Project | Undertaker (lead unit / leader) | Grant, 10,000 yuan |
|---|---|---|---|
| 1 | Westvale 20,000-tonne Magnesium Alloy Wheel Project | Qiaoxi Light Alloy Co., Ltd. / Hua Lanqing | 300 |
| 2 | Westvale Recycled Aluminium Sorting Line Project | Dongli Metal Recycling Co., Ltd. / Mo Jiancheng | 150 |
"""


def test_a_column_of_two_fields_is_read_as_two_columns(snapshot_kg):
    from kg.ingest.reading.tables import tables
    t = tables(SUPPORTED)[0]
    assert [h for _, _, h in t.header][2:4] == ["lead unit", "leader"]
    g = parsed(draft_of(snapshot_kg, SUPPORTED, "r34-field-columns"))
    owners = pairs(g, "ownedBy")
    assert ("Westvale 20,000-tonne Magnesium Alloy Wheel Project",
            "Qiaoxi Light Alloy Co., Ltd.") in owners, owners
    assert ("Westvale Recycled Aluminium Sorting Line Project",
            "Dongli Metal Recycling Co., Ltd.") in owners, owners
    leaders = pairs(g, "ledBy")
    assert ("Westvale Recycled Aluminium Sorting Line Project", "Mo Jiancheng") in leaders


PERMITS = """Harlow Municipal Bureau of Ecology and Environment

   Publicity of Pollutant Discharge Permits Issued in October 2027

Release time: 2027-11-04 09:30   Source: Permit Section

The bureau handled the following matters of non-ferrous enterprises in the city in October.

No. Permit holder / Permit No.              Matter   Validity
--- --------------------------------------- -------- -----------------------
1   Harlow Jinsheng Zinc Smelting Co.,      New      2027-10-09 to
    Ltd. / 91620300MA7C1QX45K001P                    2032-10-08
2   Harlow Tianmu Copper Foil Co., Ltd. /   Renewal  2027-10-21 to
    91620301MA7D8RT12B001V                           2032-10-20
--- --------------------------------------- -------- -----------------------
"""


def test_a_permit_register_reads_each_permit_its_holder_and_the_list(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, PERMITS, "r34-permit-fields"))
    holders = {(p.split()[-1], o) for p, o in pairs(g, "appliesTo")}
    assert ("91620300MA7C1QX45K001P", "Harlow Jinsheng Zinc Smelting Co., Ltd.") in holders, \
        holders
    assert ("91620301MA7D8RT12B001V", "Harlow Tianmu Copper Foil Co., Ltd.") in holders, holders
    listed = {x.split()[-1] for d, x in pairs(g, "includes") if d.startswith("Publicity of")}
    assert listed >= {"91620300MA7C1QX45K001P", "91620301MA7D8RT12B001V"}, pairs(g, "includes")
