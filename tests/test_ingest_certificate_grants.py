"""A certificate a list prints for its holder is the holder's award grant, carrying the
certificate's number and days, not a report of its own: a table of enterprises with their
certificate numbers under a title naming the certification, or one holder's block of fields.
A certificate with no certification named in the title and no grant to fold into is left alone."""
from __future__ import annotations

from hostile_drafts import draft_of, parsed
from rdflib import RDF, RDFS, URIRef
from rdflib.namespace import SKOS

NFO = "https://w3id.org/nfkg/ontology#"

TABLE = """Northgate Quality Assurance Services Co., Ltd.
Notice on Certificates of Energy Management System Certification Granted to Tin Smelters

NQA-N-2026-17                                              Monday, 7 December 2026

Following audits carried out in Yunnan Province in October and November, the certification
committee approved the certification of the enterprises below against the energy management
standard. Certificates are valid for three years, with yearly surveillance audits.

 No.  Enterprise                               Certificate No.   Valid
 1    Redhill Tin Smelting Co., Ltd.           07326EN1180R0M    2026-12-04 - 2029-12-03
 2    Mengzi Solder Materials Co., Ltd.        07326EN1181R0S    2026-12-04 - 2029-12-03
 3    Gejiu Tin Chemicals Co., Ltd.            07326EN1182R0M    2026-12-04 - 2029-12-03

Enquiries: Certification Office, 0871-6410 2235
"""

UNTITLED = TABLE.replace(
    "Notice on Certificates of Energy Management System Certification Granted to Tin Smelters",
    "Notice to Tin Smelters on the Results of the Autumn Audits")


def _grants(g) -> dict:
    """{recipient label: (award label, aliases, start dates)} of the draft's award grants."""
    label = {s: str(o) for s, o in g.subject_objects(RDFS.label)}
    out = {}
    for node in g.subjects(RDF.type, URIRef(NFO + "AwardGrant")):
        rec = label.get(g.value(node, URIRef(NFO + "recipient")), "")
        award = label.get(g.value(node, URIRef(NFO + "award")), "")
        out[rec] = (award, {str(o) for o in g.objects(node, SKOS.altLabel)},
                    {str(o) for o in g.objects(node, URIRef(NFO + "startDate"))})
    return out


def test_each_certificate_row_is_its_holders_grant_of_the_titled_certification(kg):
    g = parsed(draft_of(kg, TABLE, "certificate-grants-table"))
    got = _grants(g)
    for name, number in (("Redhill Tin Smelting", "07326EN1180R0M"),
                         ("Mengzi Solder Materials", "07326EN1181R0S")):
        rec = next((r for r in got if r.startswith(name)), None)
        assert rec is not None, (name, got)
        award, aliases, starts = got[rec]
        assert award == "Energy Management System Certification", got[rec]
        assert number in aliases and "2026-12-04" in starts, got[rec]
    reports = {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, URIRef(NFO + "Report"))}
    assert not any("07326EN" in r for r in reports), reports


def test_no_certification_in_the_title_makes_no_grant(kg):
    got = _grants(parsed(draft_of(kg, UNTITLED, "certificate-grants-untitled")))
    assert not any(r.startswith(("Redhill", "Mengzi", "Gejiu")) for r in got), got


FILED = """# Announcement on Filing the Third Batch of High-tech Enterprises Recognised by the Westland Recognition Body in 2026

*Westland Science Office | 2026-12-10*

The recognition body of Westland published its third batch for comment in November and no
objection was received. The enterprises of the metals field are below.

| No. | Enterprise | Certificate No. | Date of issue |
|---|---|---|---|
| 1 | Stonebridge Tin Alloys Co., Ltd. | GR202699000311 | 2026.11.28 |
| 2 | Valehaven Copper Strip Co., Ltd. | GR202699000458 | 2026.11.28 |
| 3 | Marsh Bay Titanium Parts Co., Ltd. | GR202699000502 | 2026.11.28 |
"""


def test_a_recognised_holders_certificate_number_goes_onto_its_grant(kg):
    g = parsed(draft_of(kg, FILED, "certificate-grants-filed"))
    got = _grants(g)
    rec = next((r for r in got if r.startswith("Stonebridge Tin Alloys")), None)
    assert rec is not None, got
    assert "GR202699000311" in got[rec][1], got[rec]
    reports = {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, URIRef(NFO + "Report"))}
    assert not any("GR2026990" in r for r in reports), reports
