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
