"""Round 36, lead: a known company whose name ends in "Group", printed with its legal form
("Nanshan Group Co., Ltd." for the graph's "Nanshan Group"), is that company. The legal forms
list "Group Co., Ltd." as one form, so the name cut at the longest form ("Nanshan") named no
one and the draft minted a new company beside the known one. Texts written for this test."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NF = "https://w3id.org/nfkg/id/"
TEXT = ("Zibo, 4 March 2026 -- Xinfa Group Co., Ltd. and Nanshan Group Co., Ltd. each said they "
        "would cut alumina output. Baotai Group Co., Ltd. did not comment.\n")


def _linked(draft) -> dict:
    return {draft.text[m.start:m.end]: str(e.iri) for e in draft.known() for m in e.mentions}


def test_a_known_group_printed_with_its_legal_form_is_the_known_company(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, TEXT, "r36-lead-1")
    linked = _linked(draft)
    assert linked["Xinfa Group Co., Ltd."] == NF + "xinfa-group"
    assert linked["Nanshan Group Co., Ltd."] == NF + "nanshan-group"
    assert linked["Baotai Group Co., Ltd."] == NF + "baotai-group"      # (as before)
    assert not [e.label for e in draft.new() if "Group" in e.label]


def test_a_longer_name_that_only_starts_with_a_known_group_is_not_it(snapshot_kg):  # noqa: F811
    text = "Nanshan Group Aluminium Foil Co., Ltd. opened a new line in Longkou on 2 March 2026.\n"
    draft = draft_of(snapshot_kg, text, "r36-lead-2")
    assert "Nanshan Group Aluminium Foil Co., Ltd." not in _linked(draft)


# A fixed-width table whose rows are wider than the 60 characters "another concept nearby" looks
# over: "Lead" and "Silver" (words of another sense too) are rows of a column of metals.
WIDE = ("Exchange notice, 2 February 2027. Limits for the holiday:\n\n"
        "    Contract                  Price limit          Margin ratio\n"
        "    Copper                     8%  ->  10%          9%  ->  11%\n"
        "    Zinc                       7%  ->   9%          8%  ->  10%\n"
        "    Lead                       7%  ->   9%          8%  ->  10%\n"
        "    Nickel                    10%  ->  12%         11%  ->  13%\n"
        "    Gold                      12%  ->  14%         13%  ->  15%\n"
        "    Silver                    13%  ->  15%         14%  ->  16%\n")


def test_an_ambiguous_metal_in_a_column_of_metals_is_the_metal(snapshot_kg):  # noqa: F811
    linked = _linked(draft_of(snapshot_kg, WIDE, "r36-lead-3"))
    for metal in ("Lead", "Silver", "Gold", "Zinc", "Copper"):
        assert linked.get(metal) == NF + "metal-" + metal.lower()


def test_an_ambiguous_word_in_a_column_of_other_things_is_not_a_metal(snapshot_kg):  # noqa: F811
    text = ("Audit team, 2 February 2027\n\n"
            "    Role        Name                       Unit\n"
            "    Lead        Zhang Wei                  Provincial audit office, second division\n"
            "    Member      Li Na                      City finance bureau, budget section\n\n"
            "Medal table of the skills contest\n\n"
            "    Gold        3\n    Silver      2\n    Bronze      1\n")
    linked = _linked(draft_of(snapshot_kg, text, "r36-lead-4"))
    assert not {"Lead", "Gold", "Silver"} & set(linked)
