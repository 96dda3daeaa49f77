"""Round 42, things the draft never created: products a table lists in a column of their own,
next to a column of who makes them; on short texts written for this file."""
from __future__ import annotations

from hostile_drafts import draft_of, metals_of, new_labels, snapshot_kg, values  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round42-things"):
    return draft_of(kg, text, doc_id, "round42.txt")


_AWARDS = ("Notice on the Product Prizes of the 2026 Lanxi Light Metals Fair\n\n"
           "Date: 14 December 2026\n\n"
           "The judges met on 10 December and chose the winners below.\n\n"
           " Prize   Product                                  Winner\n"
           " ------  ---------------------------------------  ---------------------------------\n"
           " First   Seamless titanium tube for boilers       Lanxi Qingfeng Titanium Co., Ltd.\n"
           " Second  Magnesium alloy bicycle frame, 1.4 kg    Dongyue Ridewell Bikes Co., Ltd.\n"
           " Second  Porous nickel foam for hydrogen          Taoshan Nickel Materials Co., Ltd.\n"
           "         electrolysers\n"
           "\n"
           "Winners may use the prize mark for two years.\n")


def test_a_product_column_beside_a_winner_column_names_products(snapshot_kg):
    """"| Prize | Product | Winner |": each product cell is a product of its own (a cell
    wrapped onto the next line read whole), made by the row's winner."""
    d = _draft(snapshot_kg, _AWARDS)
    got = new_labels(d, "Product")
    assert "Seamless titanium tube for boilers" in got, got
    assert "Magnesium alloy bicycle frame, 1.4 kg" in got, got
    assert "Porous nickel foam for hydrogen electrolysers" in got, got
    made = values(d, "producedBy")
    assert ("Seamless titanium tube for boilers", "Lanxi Qingfeng Titanium Co., Ltd.") in made, made
    assert ("Porous nickel foam for hydrogen electrolysers",
            "Taoshan Nickel Materials Co., Ltd.") in made, made
    # no product is made by another row's winner
    assert ("Seamless titanium tube for boilers", "Dongyue Ridewell Bikes Co., Ltd.") not in made


def test_a_product_cell_keeps_its_metal(snapshot_kg):
    """The metal printed in a product's cell stays a mention of the metal (the product is about
    it), not a word swallowed by the product's name."""
    d = _draft(snapshot_kg, _AWARDS)
    assert "metal-titanium" in metals_of(d, "Seamless titanium tube"), metals_of(
        d, "Seamless titanium tube")
    assert any(e.known and e.label.lower() == "magnesium alloy" for e in d.entities.values())


def test_a_price_table_of_products_names_no_products(snapshot_kg):
    """"| Product | Market | Price |" has no column of makers: its rows are commodities priced,
    no one's products."""
    text = ("Weekly Spot Prices, Week 49\n\n"
            "Product                 Market      This week   Last week\n"
            "----------------------  ----------  ----------  ----------\n"
            "Seamless titanium tube  Baoji       61,200      60,800\n"
            "Nickel foam sheet       Jinchang    98,500      97,900\n")
    d = _draft(snapshot_kg, text)
    got = new_labels(d, "Product")
    assert "Seamless titanium tube" not in got and "Nickel foam sheet" not in got, got


def test_a_lower_case_commodity_cell_is_no_product(snapshot_kg):
    """"| Supplier | Product |" over "lithium carbonate": a commodity in lower case, no product
    of the supplier's own; a company wrapped into the column is no product either."""
    text = ("List of Approved Suppliers, 2027\n\n"
            "No.  Supplier                              Product\n"
            "---  ------------------------------------  ---------------------------\n"
            "1    Ganhe Salt Lake Chemicals Co., Ltd.   lithium carbonate\n"
            "2    Wenshan Heyi Metals Co., Ltd.         indium ingot\n")
    d = _draft(snapshot_kg, text)
    got = new_labels(d, "Product")
    assert "lithium carbonate" not in {g.lower() for g in got}, got
    assert "indium ingot" not in {g.lower() for g in got}, got
    assert not values(d, "producedBy"), values(d, "producedBy")


def test_a_spot_check_table_names_no_products(snapshot_kg):
    """"| Product | Manufacturer | Batch | Result |": the rows are batches sampled and how they
    fared, not products the text introduces; no product is minted, none made by anyone."""
    text = ("Results of the Quality Spot Check of Titanium Tableware, 2026\n\n"
            "No.  Product                    Manufacturer                       Batch    Result\n"
            "---  -------------------------  ---------------------------------  -------  ------\n"
            "1    Titanium vacuum cup 400 ml  Hanbei Kitchenware Co., Ltd.       2611-04  passed\n"
            "2    Titanium chopstick set      Luoshui Tableware Co., Ltd.        2610-17  failed\n")
    d = _draft(snapshot_kg, text)
    got = new_labels(d, "Product")
    assert not any(g.startswith(("Titanium vacuum cup", "Titanium chopstick")) for g in got), got
    assert not any(rule == "table:row-maker" for e in d.entities.values()
                   for *_, rule in e.statements), values(d, "producedBy")


def test_a_prize_list_s_grant_is_for_the_row_s_product(snapshot_kg):
    """A notice on the prizes over "| Prize | Product | Winner |": each row's grant is for the
    product its row names (nfo:forWork), not another row's."""
    d = _draft(snapshot_kg, _AWARDS)
    got = values(d, "forWork")
    assert any(w == "Seamless titanium tube for boilers" for _, w in got), got
    grants = [e for e in d.entities.values() if str(e.cls).endswith("#AwardGrant")]
    for g in grants:
        works = [o for p, o, *_ in g.statements if str(p).endswith("#forWork")]
        recs = [d.entities[o].label for p, o, *_ in g.statements if str(p).endswith("#recipient")]
        assert len(works) <= 1, (g.label, works)
        if works and recs == ["Lanxi Qingfeng Titanium Co., Ltd."]:
            assert d.entities[works[0]].label == "Seamless titanium tube for boilers", g.label


_PATENTS = ("Publicity of the Proposed Winners of the 2026 Qinghe Patent Prize\n\n"
            "Date: 9 December 2026\n\n"
            "Prize      Patent number         Title                          Patentee(s)\n"
            "---------  --------------------  -----------------------------  ----------------------\n"
            "First      ZL 2022 1 0458812.3   Low-chlorine electrolyte for   Huaiyin Zinc Works\n"
            "                                 zinc electrowinning cells      Co., Ltd.\n"
            "Second     ZL 2021 2 1187340.6   Vacuum sealing ring for        Daqiao Vacuum\n"
            "                                 magnesium reduction retorts    Equipment Co., Ltd.\n"
            "\n"
            "Objections may be sent to the prize office within seven days.\n")


def test_a_patent_row_names_a_technology_held_by_its_patentee(snapshot_kg):
    """"| Patent number | Title | Patentee(s) |": each row's title (its lines joined) is a
    technology, its number an alias, held by the row's patentee and no other's."""
    d = _draft(snapshot_kg, _PATENTS)
    techs = {e.label: e for e in d.new() if str(e.cls).endswith("#Technology")}
    assert "Low-chlorine electrolyte for zinc electrowinning cells" in techs, sorted(techs)
    assert "ZL 2022 1 0458812.3" in techs["Low-chlorine electrolyte for zinc electrowinning "
                                          "cells"].aliases
    held = values(d, "ownedBy")
    assert ("Vacuum sealing ring for magnesium reduction retorts",
            "Daqiao Vacuum Equipment Co., Ltd.") in held, held
    assert ("Vacuum sealing ring for magnesium reduction retorts",
            "Huaiyin Zinc Works Co., Ltd.") not in held, held


def test_a_title_column_with_no_patent_numbers_names_no_technology(snapshot_kg):
    """A "Title" column beside no column of patents (a list of standards, of speakers) names
    no technology."""
    text = ("List of Talks, 2027 Qinghe Zinc Forum\n\n"
            "No.  Speaker          Title\n"
            "---  ---------------  -----------------------------------\n"
            "1    Ma Yuhang        Low-chlorine electrolyte for zinc cells\n"
            "2    Du Lanfang       Sealing rings for reduction retorts\n")
    d = _draft(snapshot_kg, text)
    assert not [e.label for e in d.new() if str(e.cls).endswith("#Technology")]
