"""Round 22, new entities: units of an organisation printed with a capital ("Assay Workshop",
"Personnel Section"), bodies of rules named by a plural head ("... Clauses", "... Standards
for ..."), a contract's or a policy's own heading with its parties and day of signing, documents
named by their kind and code ("supply contract QX-GH-2026-031", "L/C NO.  BK-LC-26-0099"), and a
facility a labelled party owns ("Party A's warehouse in X"). Texts written for these tests."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _new(draft):
    return {e.label: e for e in draft.new() if not e.role}


def _cls(ent):
    return str(ent.cls).rsplit("#", 1)[-1]


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if str(p).endswith("#" + pred)}


MEMO = """GANSU HONGSHAN COPPER SMELTING CO., LTD.

To:  Assay Workshop; Anode Casting Workshop; Finance Department

Memo on the December stock count

Each unit counts its stock on 28 December. Questions go to the Personnel Section, Ms Jiang.
Section 4 of the stock rules applies to damaged bags. The International Workshop on Copper
Recycling will be held in Lanzhou in May.
"""


def test_capitalised_workshops_and_sections_are_units_of_the_letterhead(kg, tmp_path):
    draft = _draft(kg, tmp_path, MEMO, "r22-memo")
    new = _new(draft)
    for name in ("Assay Workshop", "Anode Casting Workshop", "Personnel Section"):
        assert name in new and _cls(new[name]) == "Organization", sorted(new)
        # (the name in capitals keeps its legal form's stop, as in mixed case: round 34)
        assert _objects(draft, new[name], "unitOf") == {"GANSU HONGSHAN COPPER SMELTING CO., LTD."}
    # a department listed after a workshop is the company's, not the workshop's
    assert _objects(draft, new["Finance Department"], "unitOf") == {
        "GANSU HONGSHAN COPPER SMELTING CO., LTD."}
    # a numbered section of a text and a workshop that is a meeting are no units
    assert not any(lbl.startswith(("Section 4", "International Workshop")) for lbl in new)
    assert not any(lbl.endswith(" Section") and lbl != "Personnel Section" for lbl in new)


RULES = """Audit note

We audited the statements in accordance with the Financial Reporting Standards for Small
Enterprises. Goods in transit are covered under the Inland Transit Clauses of the Company.
The committee also sent a Letter on Two Draft Group Standards to its members.
"""


def test_bodies_of_rules_named_by_a_plural_head(kg, tmp_path):
    new = _new(_draft(kg, tmp_path, RULES, "r22-rules"))
    assert _cls(new["Financial Reporting Standards for Small Enterprises"]) == "Standard"
    # "of the Company" is the issuer named by its kind, no word of the clauses' name
    assert _cls(new["Inland Transit Clauses"]) == "PolicyDocument"
    assert not any("Clauses of the Company" in lbl for lbl in new)
    # a letter about standards is no standard (the plural head ends its name)
    assert not any(_cls(e) == "Standard" and lbl.startswith("Letter") for lbl, e in new.items())


CONTRACT = """                 ZINC CONCENTRATE SUPPLY CONTRACT (2027)

Contract No.:      HQ-GY-2026-0077
Place of signing:  Lanzhou, Gansu Province
Date of signing:   3 March 2026

Buyer (Party A):   Gansu Hongshan Copper Smelting Co., Ltd.
Seller (Party B):  Jiuquan Xinmao Mining Co., Ltd.

Party B delivers the concentrate by truck to Party A's warehouse in Baiyin. Party C's warehouse
is not used.
"""


def test_a_contract_s_heading_gives_its_parties_and_day(kg, tmp_path):
    draft = _draft(kg, tmp_path, CONTRACT, "r22-contract")
    new = _new(draft)
    deal = new["Zinc Concentrate Supply Contract (2027)"]
    assert _cls(deal) == "Agreement"
    assert "HQ-GY-2026-0077" in deal.aliases
    assert _objects(draft, deal, "party") == {"Gansu Hongshan Copper Smelting Co., Ltd.",
                                              "Jiuquan Xinmao Mining Co., Ltd."}
    assert _objects(draft, deal, "dateSigned") == {"2026-03-03"}
    assert not _objects(draft, deal, "issuedBy")
    # the field's number is the contract's own, no second contract
    assert not any(lbl.startswith("Contract HQ-GY") for lbl in new)
    # "Party A's warehouse": the buyer's; no party is labelled C, so no site of one
    sites = [e for e in new.values() if _cls(e) == "Site" and "warehouse" in e.label]
    assert len(sites) == 1, [e.label for e in sites]
    assert _objects(draft, sites[0], "ownedBy") == {"Gansu Hongshan Copper Smelting Co., Ltd."}
    texts = {draft.text[m.start:m.end] for m in sites[0].mentions}
    assert "warehouse in Baiyin" in texts      # (the place right after it is in its mention)


POLICY = """QILIAN PROPERTY INSURANCE CO., LTD.

                     CARGO TRANSPORTATION INSURANCE POLICY

POLICY NO.         QL2026000123
CONTRACT NO.       JXM-HS-2026-08 (signed in May)
L/C NO.            BK-LC-26-0099

INSURED            Gansu Hongshan Copper Smelting Co., Ltd.
SELLER             Jiuquan Xinmao Mining Co., Ltd.

PLACE AND DATE OF ISSUE: Lanzhou, 2 June 2026
"""


def test_a_policy_s_party_is_its_insured_not_the_seller_of_the_goods(kg, tmp_path):
    draft = _draft(kg, tmp_path, POLICY, "r22-policy")
    new = _new(draft)
    policy = new["Cargo Transportation Insurance Policy"]
    assert "QL2026000123" in policy.aliases
    # the insured and the insurer of the masthead (printed in capitals)
    assert _objects(draft, policy, "party") == {"Gansu Hongshan Copper Smelting Co., Ltd.",
                                                "QILIAN PROPERTY INSURANCE CO., LTD."}
    assert _objects(draft, policy, "dateSigned") == {"2026-06-02"}
    # the form's other fields name other documents by their code
    assert _cls(new["Contract JXM-HS-2026-08"]) == "Agreement"
    assert "JXM-HS-2026-08" in new["Contract JXM-HS-2026-08"].aliases
    assert _cls(new["Letter of credit BK-LC-26-0099"]) == "Agreement"


CODED = """Test results

The ingots were sampled under supply contract QX-GH-2026-031 between the two smelters, and the
laboratory issued test report JC-BG-2026-5521 on Friday. A stop-work instruction AQ-TZ-2026-004
followed. The press, model ZX-200-A, and part KD-300-B-7 were not affected; see the contract
terms of the framework.
"""


def test_documents_named_by_their_kind_and_code(kg, tmp_path):
    new = _new(_draft(kg, tmp_path, CODED, "r22-coded"))
    assert _cls(new["Supply contract QX-GH-2026-031"]) == "Agreement"
    assert _cls(new["Test report JC-BG-2026-5521"]) == "Report"
    assert _cls(new["Stop-work instruction AQ-TZ-2026-004"]) == "Notice"
    # a model's or a part's code after another noun is no document
    assert not any("ZX-200-A" in lbl or "KD-300-B-7" in lbl for lbl in new)


DIGEST = """Weekly mining digest

1. Copper output rises
The country's copper output rose 4 percent in October.
(Source: Copperbelt Evening Post, 12 November)

2. New licence
The ministry granted a licence for a cobalt project.
(Source: Ministry of Mines and Minerals, 13 November)
(Source: KTV, 14 November)
"""


def test_a_source_line_names_the_outlet(kg, tmp_path):
    new = _new(_draft(kg, tmp_path, DIGEST, "r22-digest"))
    assert _cls(new["Copperbelt Evening Post"]) == "MediaOutlet"
    assert _cls(new["KTV"]) == "MediaOutlet"
    # a body named on a source line is read by its head, as a body
    assert not any(_cls(e) == "MediaOutlet" and "Ministry" in lbl for lbl, e in new.items())


VISIT = """Delegation visits Xi'an

The delegates toured the exhibition hall of Shaanxi Nonferrous Metals Group in Xi'an and then
the campus of Hunan Nonferrous Metals Vocational College in Zhuzhou. An exhibition hall would
be welcome in every city, one guest said.
"""


def test_an_exhibition_hall_and_a_campus_of_their_owner_in_a_place(kg, tmp_path):
    draft = _draft(kg, tmp_path, VISIT, "r22-visit")
    sites = {e.label: e for e in _new(draft).values() if _cls(e) == "Site"}
    hall = next(e for lbl, e in sites.items() if lbl.endswith("exhibition hall"))
    assert _objects(draft, hall, "ownedBy") == {"Shaanxi Nonferrous Metals Group"}
    assert _objects(draft, hall, "locatedIn") == {"Xi'an"}
    texts = {draft.text[m.start:m.end] for m in hall.mentions}
    assert "the exhibition hall of Shaanxi Nonferrous Metals Group in Xi'an" in texts
    campus = next(e for lbl, e in sites.items() if lbl.endswith("campus"))
    assert _objects(draft, campus, "locatedIn") == {"Zhuzhou"}
    # an indefinite hall in a general remark is no site
    assert len([lbl for lbl in sites if "hall" in lbl]) == 1


PROGRAMME = """Copper and lithium forum: programme

14:00-14:40  Signing ceremony
             (1) Spodumene offtake agreement between Sichuan Yajiang Lithium Co., Ltd. and Pilbara Ridge Minerals Ltd.
             (2) Memorandum of cooperation between CNIA and the Santiago Mining Chamber

The auditors reviewed the EPC contract with China ENFI Engineering Corporation. The contract
with Jiangxi Copper Co., Ltd. ends soon. Talks between Sichuan Yajiang Lithium Co., Ltd. and
Pilbara Ridge Minerals Ltd. went on. Jiangxi Copper Co., Ltd. signs a freight agreement with
Pilbara Ridge Minerals Ltd. every spring.
"""


def test_an_agreement_named_by_its_kind_and_its_parties(kg, tmp_path):
    draft = _draft(kg, tmp_path, PROGRAMME, "r22-programme")
    deals = {lbl: e for lbl, e in _new(draft).items() if _cls(e) == "Agreement"}
    offtake = deals["Spodumene offtake agreement between Sichuan Yajiang Lithium Co., Ltd. and "
                    "Pilbara Ridge Minerals Ltd."]
    assert _objects(draft, offtake, "party") == {"Sichuan Yajiang Lithium Co., Ltd.",
                                                 "Pilbara Ridge Minerals Ltd."}
    memo = deals["Memorandum of cooperation between CNIA and the Santiago Mining Chamber"]
    assert "Santiago Mining Chamber" in _objects(draft, memo, "party")
    epc = deals["EPC contract with China ENFI Engineering Corporation"]
    assert "China ENFI Engineering Corporation" in _objects(draft, epc, "party")
    # talks are no agreement, and "the contract with X" does not say which contract
    assert not any(lbl.startswith(("Talks", "The contract", "Contract with")) for lbl in deals)
    # a verb of making it before the phrase: the signing rules' (a habit: no agreement)
    assert not any(lbl.startswith("Freight agreement with") for lbl in deals)


OFFICES = """Reclamation passes check

Experts and officials of the Qibin District natural resources office checked the site. Water
intake at the Dalong waterworks was switched to a reservoir.
"""


def test_a_district_office_and_a_waterworks_named_by_its_place(kg, tmp_path):
    new = _new(_draft(kg, tmp_path, OFFICES, "r22-offices"))
    assert _cls(new["Qibin District natural resources office"]) == "GovernmentBody"
    assert _cls(new["Dalong waterworks"]) == "Site"
