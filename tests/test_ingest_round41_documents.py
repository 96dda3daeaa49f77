"""Round 41, documents and standards: what a notice says it is made under, on short texts
written for this file."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg, values  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round41-documents"):
    return draft_of(kg, text, doc_id, "round41.txt")


# --- 1. "Under the X Regulations, the bureau ...": the text's own notice implements X ------------
_PERMITS = ("Xinyu Municipal Bureau of Ecology and Environment\n\n"
            "Publicity of Drainage Permits Granted to Tin Smelters in October 2026\n\n"
            "Release time: 2026-11-04   Source: Permit Office\n\n"
            "{cue} the Regulations on the Management of Industrial Drainage and the Measures "
            "for Drainage Permit Examination, the bureau examined three applications from tin "
            "smelters and granted the permits listed below.\n\n"
            "1. Xinyu Hongda Tin Industry Co., Ltd.\n"
            "2. Fenyi Jinxiang Tin Materials Co., Ltd.\n")


def test_a_publicity_made_under_two_regulations_implements_both(snapshot_kg):
    """"Under the A Regulations and the B Measures, the bureau examined ...": the publicity the
    headline names is made under both (not the bureau that examined)."""
    got = values(_draft(snapshot_kg, _PERMITS.format(cue="Under")), "implements")
    doc = "Publicity of Drainage Permits Granted to Tin Smelters in October 2026"
    assert (doc, "Regulations on the Management of Industrial Drainage") in got, got
    assert (doc, "Measures for Drainage Permit Examination") in got, got


def test_pursuant_to_an_article_of_a_law_reads_the_law(snapshot_kg):
    """"Pursuant to Article 31 of the X Law, the court ...": the notice implements the law
    (the article's number and "of the" are no part of the list)."""
    text = ("Lanping County People's Court\n\n"
            "Notice on the Auction of the Equipment of Lanping Tongsheng Zinc Co., Ltd.\n\n"
            "Date: 8 December 2026\n\n"
            "Pursuant to Article 31 of the Enterprise Restructuring Law, the court will auction "
            "the roasting furnaces of the company on 20 December 2026.\n")
    got = values(_draft(snapshot_kg, text), "implements")
    assert any(s.startswith("Notice on the Auction") and o.endswith("Enterprise Restructuring Law")
               for s, o in got), got


def test_the_plan_told_of_above_is_the_news_not_the_basis(snapshot_kg):
    """"... published the relocation plan of X. Under the plan, capacity moves ...": a plan the
    text told of above is what the sentence describes, not what the text is made under."""
    text = ("Nickel Capacity Relocation Notice Published\n\n"
            "The Gansu Provincial Department of Industry on Tuesday published the Relocation "
            "Plan for Jinchang Xinyuan Nickel Co., Ltd. for comment. Under the Relocation Plan "
            "for Jinchang Xinyuan Nickel Co., Ltd., 40,000 tonnes of capacity will move to "
            "Baiyin.\n")
    got = values(_draft(snapshot_kg, text), "implements")
    assert not any(o.startswith("Relocation Plan") for s, o in got), got


def test_a_document_formulated_under_a_law_is_not_the_notice_s(snapshot_kg):
    """"In accordance with the X Law, the Y Rules are formulated": the new rules, the subject
    right after the phrase, are made under the law; the notice over them is not said to be."""
    text = ("Hunan Provincial Department of Natural Resources\n\n"
            "Notice on Issuing the Rules for Antimony Mining Right Transfers\n\n"
            "Date: 2 December 2026\n\n"
            "In accordance with the Mineral Resources Law, the Rules for Antimony Mining Right "
            "Transfers are formulated and are hereby issued.\n")
    got = values(_draft(snapshot_kg, text), "implements")
    assert not any(s.startswith("Notice on Issuing") and o.endswith("Mineral Resources Law")
                   for s, o in got), got


# --- 2. a record of a permit or licence: whom it is given to ----------------------------------------
_RECORDS = ("Guangxi Provincial Department of Emergency Management\n\n"
            "Announcement on Safety Production Licences Renewed (Tin Mines)\n\n"
            "Date: 9 December 2026\n\n"
            "The licences below are renewed.\n\n"
            "(1) Hezhou Pinggui Tin Mining Co., Ltd. Shuiyan Tin Mine\n"
            "    Licence No.:       (Gui) FM An Xu Zheng Zi [2026] 0311\n"
            "    Principal person:  Huang Lei, Mine Manager\n"
            "    Valid:             2026.12.09 - 2029.12.08\n\n"
            "[2]\n"
            "    Licensee:          Nandan Dachang Tin Smelting Co., Ltd.\n"
            "    Address:           Dachang Town, Nandan County, Hechi\n"
            "    Licence No.:       (Gui) WH An Xu Zheng Zi [2026] 0102\n"
            "    Valid:             2026.12.09 - 2029.12.08\n")


def test_a_record_headed_by_its_holder_applies_to_it(snapshot_kg):
    """"(1) X Co., Ltd. Y Tin Mine" over "Licence No.:  Z": the licence applies to the company
    and the mine its record's heading names."""
    got = values(_draft(snapshot_kg, _RECORDS), "appliesTo")
    assert any(s.endswith("[2026] 0311") and o.startswith("Hezhou Pinggui Tin Mining")
               for s, o in got), got


def test_a_licensee_named_above_the_licence_number_holds_it(snapshot_kg):
    """"Licensee:  X Co., Ltd." over "Licence No.:  Z" in one record: the licence applies to
    the company (not to the county or city its address names)."""
    got = values(_draft(snapshot_kg, _RECORDS), "appliesTo")
    assert any(s.endswith("[2026] 0102") and o.startswith("Nandan Dachang Tin Smelting")
               for s, o in got), got
    assert not any(s.endswith("[2026] 0102") and o in ("Nandan County", "Hechi")
                   for s, o in got), got


def test_a_place_inside_the_holder_s_name_is_not_a_holder(snapshot_kg):
    """"Holder:  Hechi X Co., Ltd." under "Permit No.:": the permit applies to the company, not
    to the city printed as the first word of its name."""
    text = ("Hechi Municipal Water Resources Bureau\n\n"
            "Announcement on Water Abstraction Permits Granted\n\n"
            "Date: 3 December 2026\n\n"
            "[A] Permit No.:      D451200G2026-0041\n"
            "    Holder:          Hechi Fengyuan Zinc Industry Co., Ltd.\n"
            "    Intake:          Diao River, 300 m below the county bridge\n")
    got = values(_draft(snapshot_kg, text), "appliesTo")
    assert any(s.endswith("D451200G2026-0041") and o.startswith("Hechi Fengyuan") for s, o in got), got
    assert not any(s.endswith("D451200G2026-0041") and o == "Hechi" for s, o in got), got


def test_the_bureau_acting_under_a_regulation_does_not_implement_it(snapshot_kg):
    """"In accordance with the X Regulations, the Y Bureau examined ..." opening a notice's body:
    the notice is made under the regulations; the bureau that examined is not said to implement
    them."""
    text = _PERMITS.format(cue="In accordance with").replace(
        "the bureau examined", "the Xinyu Municipal Bureau of Ecology and Environment examined")
    got = values(_draft(snapshot_kg, text), "implements")
    assert not any(s.startswith("Xinyu Municipal Bureau") for s, o in got), got
    assert any(s.startswith("Publicity of Drainage Permits") for s, o in got), got
