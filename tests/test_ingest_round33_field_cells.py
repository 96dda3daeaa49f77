"""Round 33: a table whose header names two fields in one column split by " / " ("Holder /
Licence No.") ends the holder's name at the " /" before the licence's number, on its line or at
the line's end; a name wrapped inside the cell over two lines is then read whole, and its words
("Zirconium", "Hafnium") link no metal (a held-out set of permit registers did so)."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

REGISTER = """Licences issued in November 2026

No. Holder / Licence No.                     Sector             Issued
--- ---------------------------------------- ------------------ -------
1   Lanfeng Yuanda Zirconium Hafnium         Rare metal         11-18
    Materials Co., Ltd. /                    smelting
    91610304MA7B2RL86T001P
2   Hexi Jinhong Copper Rolling Co., Ltd. /  Copper rolling     11-20
    91610322774102558H001P
--- ---------------------------------------- ------------------ -------
"""


def test_a_holder_wrapped_in_its_cell_before_the_licence_number_is_one_name(snapshot_kg):
    draft = draft_of(snapshot_kg, REGISTER, "r33-field-cells")
    new = {e.label for e in draft.new()}
    assert any(label.startswith("Lanfeng Yuanda Zirconium Hafnium Materials") for label in new), new
    assert "Materials Co., Ltd." not in new, new
    linked = {str(e.iri).rsplit("/", 1)[-1] for e in draft.entities.values() if e.known}
    assert not {"metal-zirconium", "metal-hafnium"} & linked, linked
