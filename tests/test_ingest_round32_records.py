"""Round 32, records and fields: an annex of records whose fields a delimiter sets apart under a
key naming them ("(No. / city / enterprise / deadline)" over "01 / Anyang / X Co., Ltd. / 30
April 2027") is read as a table (each record a row, the key its header), so the city field
places each enterprise; prose with a slash in it, or records the key does not fit, are no
table. A list of awarded works printed one record each (a coded item over "Units:" and
"Completers:") gives one grant per record to its units and completers, for the work its item
names; a person's own form ("Name:" over "Unit:") grants nothing. A licence's row applies to
its exporter; a meeting's record of fields names its organiser and venue; a roster under
"Officers of the X Committee" gives each person a post there, the people under another's role
holding it too."""
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


def test_the_item_over_an_awarded_record_is_the_awarded_work(snapshot_kg):
    d = draft_of(snapshot_kg, AWARDS, "t-r32-award-works")
    works = {e.label for e in d.new() if str(e.cls).endswith("#Project")}
    assert "Oxygen-enriched side-blown smelting of low-grade nickel sulphide concentrate" in works
    assert "Recovery of indium from zinc leaching residue" in works
    second = next(g for g in _grants(d) if "Feng Yaqin" in g["recipient"])
    assert second["forWork"] == {"Recovery of indium from zinc leaching residue"}


LICENCES = """Hubei Provincial Department of Commerce

Publicity of Export Licences for Dual-use Items Issued in the Third Quarter of 2027

  Licence No.    Exporter                              Item                 Destination
  HB27-420118    Xiangyang Ruike Gallium Co., Ltd.     Gallium, 5N          Japan
  HB27-420163    Yichang Hengtai Germanium Co., Ltd.   Germanium ingots     Germany
"""

MEETING = """Yunnan Nonferrous Metals Industry Association

Notice on Holding the 2027 Tin Smelting Technology Exchange Meeting

Meeting:      2027 Tin Smelting Technology Exchange Meeting
Organised by: Yunnan Nonferrous Metals Industry Association
Venue:        Kaiyuan Lakeside Hotel, Gejiu
Contact:      Pu Xiaoling, 0873-221 5566
"""


def _links(draft, pred: str) -> set:
    by_iri = {e.iri: e for e in draft.entities.values()}
    return {(e.label, by_iri[o].label) for e in draft.entities.values()
            for p, o, _, _ in e.statements if str(p) == NFO + pred and o in by_iri}


def test_a_licence_row_applies_to_its_exporter(snapshot_kg):
    d = draft_of(snapshot_kg, LICENCES, "t-r32-licence-rows")
    got = _links(d, "appliesTo")
    assert any(a.startswith("HB27-420118") or "420118" in a for a, b in got
               if b == "Xiangyang Ruike Gallium Co., Ltd.")
    assert not any("420118" in a for a, b in got if b == "Yichang Hengtai Germanium Co., Ltd.")


def test_a_meeting_record_names_its_venue_and_organiser(snapshot_kg):
    d = draft_of(snapshot_kg, MEETING, "t-r32-meeting-record")
    meeting = "2027 Tin Smelting Technology Exchange Meeting"
    assert (meeting, "Yunnan Nonferrous Metals Industry Association") in _links(d, "organizedBy")
    held = {b for a, b in _links(d, "heldIn") if a == meeting}
    assert held and held <= {"Kaiyuan Lakeside Hotel", "Gejiu"}


ROSTER = """Guangxi Society for Metallurgy

The society formed its fifth Tin Metallurgy Committee at its annual meeting in Nanning.

Appendix: Officers of the fifth Tin Metallurgy Committee

  Director           Wei Hongbo      Professor, Guangxi University
  Deputy directors   Lan Shuying     Chief engineer, Hechi Jinhe Tin Co., Ltd.
                     Mo Zhiqiang     Professor, Guilin University of Technology
  Secretary-general  Huang Lixia     Senior engineer, Guangxi University
"""


def test_a_roster_under_officers_of_a_body_gives_each_person_a_post_there(snapshot_kg):
    d = draft_of(snapshot_kg, ROSTER, "t-r32-roster-officers")
    by_iri = {e.iri: e for e in d.entities.values()}
    posts = {}
    for e in d.entities.values():
        if str(e.cls).endswith("#Post") and e.rule.startswith("post:body-roster"):
            st = {str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]: (by_iri[o].label if o in by_iri
                                                                 else str(o))
                  for p, o, _, _ in e.statements}
            posts[st["heldBy"]] = (st["roleName"], st["postIn"])
    assert posts["Wei Hongbo"][0] == "Director"
    assert posts["Lan Shuying"][0] == "Deputy director"
    assert posts["Mo Zhiqiang"][0] == "Deputy director"
    assert posts["Huang Lixia"][0] == "Secretary-general"
    assert {b for _, b in posts.values()} == {"Tin Metallurgy Committee"}


LEDGER = """Jiaozuo Municipal Development and Reform Commission

Ledger of Key Nonferrous Projects for 2027

1. 30,000 t/a secondary lead smelting project
   Investor:          Xinrong Lead Recycling Co., Ltd.
   County:            Wuzhi County
   Leading official:  Vice Mayor Guo Lijun

2. Aluminium foil rolling line renovation project
   Investor:          Qinyang Hongtai Aluminium Co., Ltd.
   County:            Qinyang
   Leading official:  none yet
"""


def test_a_ledger_record_names_its_county_and_leading_official(snapshot_kg):
    d = draft_of(snapshot_kg, LEDGER, "t-r32-ledger-fields")
    smelting = next(e for e in d.new() if e.label.startswith("30,000 t/a secondary lead"))
    by_iri = {e.iri: e for e in d.entities.values()}
    st = {(str(p).rsplit("#", 1)[-1], by_iri[o].label) for p, o, _, _ in smelting.statements
          if o in by_iri}
    assert ("locatedIn", "Wuzhi County") in st
    assert ("ledBy", "Guo Lijun") in st
    assert ("ownedBy", "Xinrong Lead Recycling Co., Ltd.") in st
    renovation = [e for e in d.new() if e.label.startswith("Aluminium foil rolling")]
    assert not any(str(p).endswith("#ledBy") for e in renovation for p, *_ in e.statements)


AUTHORITY = """Ministry of Commerce

Announcement on the Final Ruling on Imports of Nickel Foil

On 3 March 2027 the Ministry of Commerce (the "investigating authority") opened an
anti-dumping investigation into imports of nickel foil. The application was filed by Ruiheng
Nickel Materials Co., Ltd. and Kunshan Hexin Foil Co., Ltd. (the "applicants").

The investigating authority held a hearing for interested parties on 9 June 2027.
The applicants attended the hearing.
"""


def test_a_lower_case_term_defined_for_a_body_stands_for_it(snapshot_kg):
    d = draft_of(snapshot_kg, AUTHORITY, "t-r32-defined-authority")
    mofcom = next(e for e in d.entities.values() if e.label == "Ministry of Commerce")
    at = AUTHORITY.index("The investigating authority held")
    hearing = [e for e in d.entities.values() if "hearing" in e.label.lower()
               and not str(e.cls).endswith(("#Person", "#Company"))]
    assert hearing
    assert any(o == mofcom.iri for e in hearing for _, o, _, _ in e.statements)
    # (a term in the plural names several: no one company's)
    kunshan = next(e for e in d.entities.values() if e.label.startswith("Kunshan Hexin"))
    assert not any(at < m.start and AUTHORITY[m.start:m.end].lower().startswith("the applicants")
                   for m in kunshan.mentions)
