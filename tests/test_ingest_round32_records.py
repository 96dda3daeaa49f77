"""Round 32, records and fields: an annex of records whose fields a delimiter sets apart under a
key naming them ("(No. / city / enterprise / deadline)" over "01 / Anyang / X Co., Ltd. / 30
April 2027") is read as a table (each record a row, the key its header), so the city field
places each enterprise; prose with a slash in it, or records the key does not fit, are no
table."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.reading.tables import tables

NFO = "https://w3id.org/nfkg/ontology#"

ANNEX = """Henan Provincial Bureau of Safety Inspection

Notice on the Results of the 2027 Dust Explosion Checks of Aluminium Workshops

The bureau checked 40 aluminium powder and polishing workshops in May 2027.
Four of them failed and shall rectify by the deadline given below.

Annex  Workshops to rectify
       (No. / city / enterprise / finding / deadline)

  01 / Anyang / Anyang Ruiqi Aluminium Powder Co., Ltd. / no dust
       removal at the sieving line / 30 April 2027
  02 / Luohe / Fengda Aluminium Products Co., Ltd. / wet dust
       collector out of use / 31 May 2027
  03 / Xuchang / Tianhe Polishing Co., Ltd. /
       no explosion venting / 30 June 2027
"""

PROSE = """Zhoukou Yintai Aluminium Co., Ltd. said it shipped 20 t/a of foil to Anyang / Luohe
buyers / partners last year. The plan / budget / staffing were approved.
"""


def _located(draft) -> dict:
    by_iri = {e.iri: e for e in draft.entities.values()}
    return {e.label: sorted(by_iri[o].label for p, o, _, _ in e.statements
                            if str(p) == NFO + "locatedIn" and o in by_iri)
            for e in draft.entities.values() if e.label.endswith("Co., Ltd.")}


def test_slash_records_under_a_key_are_a_table():
    t = tables(ANNEX)
    assert len(t) == 1
    assert [h for _, _, h in t[0].header] == ["No.", "city", "enterprise", "finding", "deadline"]
    rows = [[" ".join(ANNEX[a:b] for a, b in c.spans) for c in r.cells] for r in t[0].rows]
    assert rows[0] == ["01", "Anyang", "Anyang Ruiqi Aluminium Powder Co., Ltd.",
                       "no dust removal at the sieving line", "30 April 2027"]
    assert rows[2][3:] == ["no explosion venting", "30 June 2027"]


def test_the_city_field_of_a_record_places_its_enterprise(snapshot_kg):
    d = draft_of(snapshot_kg, ANNEX, "t-r32-slash-records")
    got = _located(d)
    assert got["Anyang Ruiqi Aluminium Powder Co., Ltd."] == ["Anyang"]
    assert got["Fengda Aluminium Products Co., Ltd."] == ["Luohe"]
    assert got["Tianhe Polishing Co., Ltd."] == ["Xuchang"]


def test_slashes_in_prose_are_no_table(snapshot_kg):
    assert tables(PROSE) == []
    d = draft_of(snapshot_kg, PROSE, "t-r32-slash-prose")
    assert _located(d).get("Zhoukou Yintai Aluminium Co., Ltd.", []) in ([], ["Zhoukou"])


AWARDS = """Gansu Provincial People's Government

Decision on the 2027 Gansu Science and Technology Progress Awards

The provincial government has decided to grant the Gansu Science and Technology Progress Award
to 180 projects. The list of the projects in nonferrous metallurgy is annexed.

Annex  Projects in nonferrous metallurgy (excerpt)

First prize

  2027-G1-003  Oxygen-enriched side-blown smelting of low-grade nickel
               sulphide concentrate
               Units:      Longshan Nickel Co., Ltd.; Hexi University of
                           Science and Technology
               Completers: Tan Minghui, Ou Xiaoli,
                           Ruan Jiancheng

Second prize

  2027-G2-041  Recovery of indium from zinc leaching residue
               Units:      Baiyin Ruilong Zinc Co., Ltd.
               Completers: Feng Yaqin, Lu Dongsheng
"""

NO_AWARD = """Longshan Nickel Co., Ltd.

Staff list of the furnace upgrade

  Team 1       Side-blown furnace relining
               Units:      Longshan Nickel Co., Ltd.; Hexi Furnace Engineering Co., Ltd.
               Completers: Tan Minghui, Ou Xiaoli
"""


def _grants(draft) -> list:
    by_iri = {e.iri: e for e in draft.entities.values()}
    out = []
    for e in draft.entities.values():
        if str(e.cls).endswith("#AwardGrant") and e.rule.startswith("award:record"):
            st = {}
            for p, o, _, _ in e.statements:
                st.setdefault(str(p).rsplit("#", 1)[-1], set()).add(
                    by_iri[o].label if o in by_iri else str(o).rsplit("/", 1)[-1])
            out.append(st)
    return out


def test_each_awarded_record_is_one_grant_to_its_units_and_completers(snapshot_kg):
    d = draft_of(snapshot_kg, AWARDS, "t-r32-award-records")
    got = _grants(d)
    assert len(got) == 2
    first = next(g for g in got if "Longshan Nickel Co., Ltd." in g["recipient"])
    assert first["recipient"] == {"Longshan Nickel Co., Ltd.",
                                  "Hexi University of Science and Technology",
                                  "Tan Minghui", "Ou Xiaoli", "Ruan Jiancheng"}
    assert first["award"] == {"Gansu Science and Technology Progress Award"}
    assert first["conferredBy"] == {"Gansu Provincial People's Government"}
    assert "metal-nickel" in first["concernsMetal"] or "Nickel" in first["concernsMetal"]
    second = next(g for g in got if "Baiyin Ruilong Zinc Co., Ltd." in g["recipient"])
    assert second["recipient"] == {"Baiyin Ruilong Zinc Co., Ltd.", "Feng Yaqin", "Lu Dongsheng"}


def test_a_record_of_units_with_no_award_named_grants_nothing(snapshot_kg):
    d = draft_of(snapshot_kg, NO_AWARD, "t-r32-award-records-none")
    assert _grants(d) == []


FORM = """2027 Gansu Outstanding Metallurgist Award
Recommendation Form

Name:       Tan Minghui               Gender:  male
Unit:       Longshan Nickel Co., Ltd.
Post:       Chief Engineer

Comrade Tan Minghui has worked on nickel smelting for twenty years.
"""


def test_a_persons_form_names_where_the_person_works_no_winning_unit(snapshot_kg):
    d = draft_of(snapshot_kg, FORM, "t-r32-award-form")
    assert _grants(d) == []
