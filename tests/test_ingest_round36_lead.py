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
