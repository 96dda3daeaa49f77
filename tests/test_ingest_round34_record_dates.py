"""Round 34, the dates a record prints in its labelled fields for the document it is: a
licence's or permit's "Valid: 2026.12.03 - 2031.12.02" is its day in force and its end, "Valid
until:" its end, "Issued:" its day of issue; a statement whose numbered fields run down the page
("11 Validity ...... valid from ... until ...") dates the statement itself; a field of a list
of records that names no document of its own dates no one."""
from __future__ import annotations

from hostile_drafts import draft_of, label_dates

RECORD = ("#dateInForce", "#endDate", "#dateIssued")

PERMITS = """PROVINCIAL MINES OFFICE
NOTICE

The office has renewed the following permits for ore operators.

(1) Qinglong Antimony Co., Ltd.
    Permit No.:        (Qian) KC Zi [2026] 0311
    Scope:             underground mining of antimony, 50,000 t/a
    Valid:             2026.12.03 - 2031.12.02

(2) Baiyun Tin Mining Co., Ltd.
    Permit No.:        (Qian) KC Zi [2026] 0315
    Scope:             tin ore dressing
    Issued:            20 Nov. 2026
    Valid until:       19 Nov. 2029

                  Provincial Mines Office
                                        8 December 2026
"""


def test_a_permits_validity_field_is_its_day_in_force_and_its_end(kg):
    got = label_dates(draft_of(kg, PERMITS, "r34-permits"), "KC Zi", RECORD)
    assert got["KC Zi [2026] 0311"] == {"dateInForce": "2026-12-03", "endDate": "2031-12-02"}
    assert got["KC Zi [2026] 0315"] == {"dateIssued": "2026-11-20", "endDate": "2029-11-19"}


STATEMENT = """NORTHRIDGE ASSURANCE LTD.

          WATER FOOTPRINT VERIFICATION STATEMENT

1  Client ......................... Larchmont Zinc Works Co., Ltd.
2  Product ........................ special high grade zinc ingot
3  Result ......................... 11.2 m3 of water per tonne
4  Validity ....................... valid from 2 December 2026 until
                                    1 December 2028, unless the
                                    process changes

Lead verifier: Hollis Brandt
Issued in Tianjin, 2 December 2026
"""


def test_a_statements_own_validity_line_dates_the_statement(kg):
    got = label_dates(draft_of(kg, STATEMENT, "r34-statement"), "Water Footprint", RECORD)
    assert len(got) == 1, got
    (dates,) = got.values()
    assert dates.get("dateInForce") == "2026-12-02" and dates.get("endDate") == "2028-12-01"


LIST = """PORT CUSTOMS OFFICE
ANNOUNCEMENT ON BONDED WAREHOUSE OPERATORS

(1) Eastbay Copper Trading Co., Ltd.
    Scope:             bonded storage of copper cathode
    Valid:             2026.11.01 - 2029.10.31

(2) Westbay Tin Logistics Co., Ltd.
    Scope:             bonded storage of tin ingot
    Valid:             2026.11.15 - 2029.11.14

                  Port Customs Office
                                        30 November 2026
"""


def test_validity_fields_of_records_that_name_no_document_date_no_one(kg):
    draft = draft_of(kg, LIST, "r34-list")
    dated = {e.label: v for e, v in ((e, {str(p) for p, _, _, _ in e.statements})
                                     for e in draft.new())
             if any(p.endswith(("#dateInForce", "#endDate")) for p in v)}
    assert not dated, dated


CERTIFICATE = """Larchmont Zinc Works Co., Ltd.
ANNOUNCEMENT ON A CERTIFICATION

The board announces that its Fenwick smelter has been certified.

  Certificate holder : Fenwick Zinc Smelting Co., Ltd.
  Certificate No.    : GSA-PS-2026-0882
  Standard           : Greenline Smelter Standard V2.0
  Scope              : zinc smelting and casting of ingots
  Validity           : valid from 25 November 2026 until 24 November
                       2029

Board of Directors
Larchmont Zinc Works Co., Ltd.
3 December 2026
"""


def test_a_certificates_validity_is_the_certificates_not_its_standards(kg):
    draft = draft_of(kg, CERTIFICATE, "r34-certificate")
    got = {label: v for label, v in label_dates(draft, "", RECORD).items() if v}
    assert got.get("Certificate GSA-PS-2026-0882") == {"dateInForce": "2026-11-25",
                                                       "endDate": "2029-11-24"}, got
    assert not any("Standard" in label for label in got), got


DOTTED_LICENCE = """WESTVALE COUNTY ECOLOGY BUREAU
PUBLICITY OF A RENEWED DISCHARGE LICENCE

1  Holder ......................... Westvale Lead Refining Co., Ltd.
2  Licence No. .................... (Wx) Pai Zi [2026] 0214
3  Validity ....................... 2026.12.01 - 2031.11.30

Westvale County Ecology Bureau
4 December 2026
"""


def test_a_validity_under_a_licence_number_is_the_licences_not_the_publicitys(kg):
    got = {label: v for label, v in
           label_dates(draft_of(kg, DOTTED_LICENCE, "r34-dotted"), "", RECORD).items()
           if "dateInForce" in v or "endDate" in v}
    assert got == {"Pai Zi [2026] 0214": {"dateIssued": "2026-12-04", "dateInForce": "2026-12-01",
                                          "endDate": "2031-11-30"}}, got


DEADLINE = """Dunmore Tin Co., Ltd. told to fit dust monitors

DUNMORE, 10 December 2026 -- The county ecology bureau told Dunmore Tin Co., Ltd. to fit
online dust monitors at its smelter before 31 June 2027 and to report by 15 July 2027.
"""


def test_a_day_its_month_does_not_have_is_noted_in_the_warnings_and_the_draft(run, tmp_path):
    import json
    art = tmp_path / "d.txt"
    art.write_text(DEADLINE, encoding="utf-8")
    out = tmp_path / "d.ttl"
    r = run("ingest", art, "--id", "r34-unreal", "-o", out, "-f", "json")
    assert r.exit_code == 0, r.stderr
    warnings = json.loads(r.stdout)["warnings"]
    assert any("'31 June 2027'" in w for w in warnings), warnings
    ttl = out.read_text(encoding="utf-8")
    assert "31 June 2027" in ttl and "2027-06-31" not in ttl


def test_real_days_raise_no_note(run, tmp_path):
    import json
    art = tmp_path / "e.txt"
    art.write_text(DEADLINE.replace("31 June", "30 June"), encoding="utf-8")
    r = run("ingest", art, "--id", "r34-real", "-o", tmp_path / "e.ttl", "-f", "json")
    assert not any("does not have" in w for w in json.loads(r.stdout)["warnings"])


DEEDS = """Linwood county follows up on zinc subsidies

LINWOOD, 14 December 2026 -- The Linwood county finance bureau recovered the unused subsidy
from Linwood Zinc Co., Ltd. on 3 December. Harbin Copper Co., Ltd. exported its first cargo of
cathode to Vietnam on 7 December.

Zinc prices recovered 4% on 8 December. Harbin Copper Co., Ltd. expanded its output by 12% in
November.
"""


def test_a_growth_verb_with_a_thing_as_its_object_is_a_happening_with_its_day(kg):
    got = label_dates(draft_of(kg, DEEDS, "r34-deeds"), "")
    days = {next(iter(v.values())) for v in got.values() if v}
    assert "2026-12-03" in days and "2026-12-07" in days, got
    # (a figure is what grew: no happening)
    assert "2026-12-08" not in days and "2026-11" not in days, got


PERMIT_TABLE = """Ashford Municipal Ecology Bureau

  Publicity of Discharge Permits Granted in November 2026

The bureau granted or renewed the following permits of metal works in November.

No. Permit holder / Permit No.             Matter   Issued  Validity
--- -------------------------------------- -------- ------- -----------------------
1   Ashford Tin Smelting Co., Ltd. /       Renewal  11-09   2026-12-01 to
    Permit AX-2026-0031                                     2031-11-30
2   Ashford Zinc Alloy Co., Ltd. /         New      11-23   2026-11-23 to
    Permit AX-2026-0047                                     2031-11-22
--- -------------------------------------- -------- ------- -----------------------

                      Ashford Municipal Ecology Bureau
                                          2 December 2026
"""


def test_a_permit_tables_date_columns_date_the_permit_of_each_row(kg):
    got = label_dates(draft_of(kg, PERMIT_TABLE, "r34-permit-table"), "Permit AX", RECORD)
    assert got["Permit AX-2026-0031"] == {"dateIssued": "2026-11-09", "dateInForce": "2026-12-01",
                                          "endDate": "2031-11-30"}, got
    assert got["Permit AX-2026-0047"] == {"dateIssued": "2026-11-23", "dateInForce": "2026-11-23",
                                          "endDate": "2031-11-22"}, got
