"""Round 31, who held an event a notice tells of in its own voice, and what a country is the
scope of: a bureau's reply that names another bureau more often still speaks for the bureau of
its letterhead ("our bureau held a symposium": the letterhead's); a numbered item that opens with
its date and no comma ("(2) On 9 December our bureau held a talk") reads its subject as any
sentence does; a results notice whose records are aligned fields ("Product:      X") is no
transcript of speakers' turns, so its "our administration" is still the administration's; and a
standard or a report a national article names is not a measure that applies to the country."""
from __future__ import annotations

from rdflib import URIRef

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"

REPLY = """Lanxi Municipal Bureau of Commerce

Lan Shang Han [2027] No. 41

Reply to Proposal No. 0093 on Copper Scrap Recycling

Deputy Qiao Weiming:

Your proposal was forwarded to our bureau by the Lanxi Municipal Bureau of Ecology and
Environment. The Lanxi Municipal Bureau of Ecology and Environment supervises the smelters, and
the Lanxi Municipal Bureau of Ecology and Environment will keep checking their emissions.

1. What we have done

   (1) On 12 March our bureau held a symposium at the Lanxi Recycling Park with Hongda Copper
   Co., Ltd. and eleven scrap dealers.

   (2) On 9 April our bureau held a training course on scrap grading for 60 dealers.

Lanxi Municipal Bureau of Commerce
20 May 2027
"""

RESULTS = """Fenghua Municipal Administration for Market Regulation

Announcement on the Results of the 2027 Spot-Check of Copper Cookware

In May 2027 our administration spot-checked copper cookware sold in Fenghua. Two batches failed:

  Product:      Copper hot pot, model HP-30
  Producer:     Lanxi Qinghe Cookware Co., Ltd.

  Product:      Copper kettle, model K-12
  Producer:     Fenghua Meilin Metal Products Co., Ltd.

On 16 June our administration held a talk with the two producers on recalls.

Fenghua Municipal Administration for Market Regulation
20 June 2027
"""

NATIONAL = """China issues new copper foil standard

Metals Weekly | 2027-03-02

China's Ministry of Industry and Information Technology released the industry standard
YS/T 2011-2027 on Monday. The standard sets limits on pinholes in battery copper foil. China
makes most of the world's battery foil, and China's foil makers took part in the drafting.
"""


def _by_label(draft, start):
    found = [e for e in draft.entities.values() if e.label.lower().startswith(start.lower())]
    assert found, sorted(e.label for e in draft.entities.values())
    return found[0]


def _objects(ent, pred):
    return {o for p, o, _, _ in ent.statements if str(p) == NFO + pred}


def test_the_letterhead_bureau_held_what_our_bureau_held(snapshot_kg):
    d = draft_of(snapshot_kg, REPLY, "t-r31-reply")
    ours = _by_label(d, "Lanxi Municipal Bureau of Commerce").iri
    other = _by_label(d, "Lanxi Municipal Bureau of Ecology").iri
    symposium = next(e for e in d.entities.values() if "symposium" in e.label.lower())
    assert ours in _objects(symposium, "organizedBy")
    assert other not in _objects(symposium, "organizedBy")


def test_a_numbered_item_that_opens_with_its_date_reads_its_subject(snapshot_kg):
    d = draft_of(snapshot_kg, REPLY, "t-r31-reply")
    ours = _by_label(d, "Lanxi Municipal Bureau of Commerce").iri
    course = next(e for e in d.entities.values() if "training course" in e.label.lower())
    assert _objects(course, "organizedBy") == {ours}


def test_aligned_record_fields_are_no_speakers_turns(snapshot_kg):
    d = draft_of(snapshot_kg, RESULTS, "t-r31-results")
    admin = _by_label(d, "Fenghua Municipal Administration for Market Regulation").iri
    talk = next(e for e in d.entities.values() if "talk" in e.label.lower())
    assert admin in _objects(talk, "organizedBy")


def test_a_standard_does_not_apply_to_the_country(snapshot_kg):
    d = draft_of(snapshot_kg, NATIONAL, "t-r31-national")
    standard = next(e for e in d.entities.values() if "2011-2027" in e.label)
    assert URIRef("https://w3id.org/nfkg/id/china") not in _objects(standard, "appliesTo")


LOAN = """Hongda Copper signs green loan

Fenghua Daily | 2027-04-08

Lanxi Hongda Copper Co., Ltd. signed a 600 million yuan green loan with the Yiyang Branch of
Fuyuan Commercial Bank Co., Ltd. on Tuesday. The cargo is insured by Huayu Property Insurance
Co., Ltd., Changsha Branch. The Copper Branch of the Lanxi Nonferrous Metals Industry
Association welcomed the loan.
"""


def test_a_bank_branch_is_a_unit_of_the_bank_its_name_holds(snapshot_kg):
    d = draft_of(snapshot_kg, LOAN, "t-r31-loan")
    branch = _by_label(d, "Yiyang Branch of Fuyuan")
    bank = _by_label(d, "Fuyuan Commercial Bank")
    assert bank is not branch and str(bank.cls) == NFO + "Company"
    assert bank.iri in _objects(branch, "unitOf")
    # an association's branch is no bank's: no company minted from its name
    assert not [e for e in d.entities.values()
                if e.rule == "name:branch-of-company" and "Association" in e.label]


PROVINCE = """Qinling copper output rises

Metals Weekly | 2027-05-04

Copper output in Shaanxi rose 8% in the first quarter, the industry department said.

Most of the province's new copper foil capacity is in Baoji and Hanzhong.

A trade fair for foil makers will be held in Xianyang next month.
"""


def test_a_city_is_in_the_article_province_only_where_its_paragraph_says_so(snapshot_kg):
    d = draft_of(snapshot_kg, PROVINCE, "t-r31-province")

    def rules(label):
        ent = next(e for e in d.entities.values() if e.label == label)
        return {r for p, _, _, r in ent.statements if str(p) == NFO + "locatedIn"}

    # round 42: "the province's ... capacity is in Baoji and Hanzhong" prints no province next
    # to them: not placed (place:article-province, dropped: right 2 times in 56 on the dev sets)
    assert not rules("Baoji") and not rules("Hanzhong")
    # a paragraph that names neither the province nor "the province": no home read for it
    assert not rules("Xianyang")
