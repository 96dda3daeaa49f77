"""Round 57: facilities named by a proper name of their own before a lower-case head ("the
Lianhua heat exchange station", "Taoxi outlet" in a table's cell): one new site each
(names/named_facilities.py, rule ``site:named-facility``), with the owner after "of", the
place after "in" and the metals among its words; an ordinary capitalised word ("The", "Each",
"Primary") names none, and neither does a bare head ("the outlet")."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg, values  # noqa: F401

RULE = "site:named-facility"


def _draft(kg, text):
    return draft_of(kg, text, "round57-sites", "round57-sites.txt")


def _rule_labels(draft) -> set:
    return {e.label for e in draft.new() if e.rule == RULE}


def test_a_station_named_by_its_company_s_short_name_is_a_site_in_the_park(snapshot_kg):
    """"the Lianhua heat exchange station" after "Lianhua Magnesium Co., Ltd.": the works' own
    name (the short name in it no mention of the company there), in the park after "in"; and
    "boiler house" is one head, not a "Taoxi boiler"."""
    text = ("Heat Supply Contract\n\n"
            "Supplier:   Lianhua Magnesium Co., Ltd.\n"
            "Buyer:      Ruoshan Heating Co., Ltd.\n\n"
            "Article 1. Lianhua delivers hot water to the Lianhua heat exchange station in the "
            "Beishan Industrial Park. The buyer lays a pipe from the station to the Taoxi "
            "boiler house before winter.\n")
    draft = _draft(snapshot_kg, text)
    assert "Lianhua heat exchange station" in _rule_labels(draft)
    sites = new_labels(draft, "Site")
    assert "Taoxi boiler house" in sites and "Taoxi boiler" not in sites, sites
    assert ("Lianhua heat exchange station", "Beishan Industrial Park") in values(
        draft, "locatedIn")
    assert not any(s == "Lianhua heat exchange station" for s, _ in values(draft, "ownedBy"))


def test_an_outlet_of_a_company_is_its_site(snapshot_kg):
    text = ("Reply to a complaint\n\n"
            "The sample parcel was taken in by the Wuliu outlet of Quillan Courier Co., Ltd. "
            "on 3 May and scanned at its Qiaotou transfer centre the next day.\n")
    draft = _draft(snapshot_kg, text)
    assert {"Wuliu outlet", "Qiaotou transfer centre"} <= _rule_labels(draft)
    assert ("Wuliu outlet", "Quillan Courier Co., Ltd.") in values(draft, "ownedBy")


def test_cells_of_a_table_name_sites_and_their_metals(snapshot_kg):
    text = ("Patrol log, October\n\n"
            "| No. | Checked                       | Finding        |\n"
            "|-----|-------------------------------|----------------|\n"
            "| 1   | Gaoping zinc slag yard        | cover torn     |\n"
            "| 2   | Primary aluminium smelter     | no finding     |\n"
            "| 3   | Each mine                     | no finding     |\n")
    draft = _draft(snapshot_kg, text)
    got = _rule_labels(draft)
    assert "Gaoping zinc slag yard" in got, got
    assert not any(x.startswith(("Primary", "Each")) for x in got), got
    assert ("Gaoping zinc slag yard", "Zinc") in values(draft, "concernsMetal")


def test_a_bare_head_or_a_possessive_names_no_site(snapshot_kg):
    text = ("The outlet was closed on Monday. The Park's service hall opened later, and "
            "the Tongle plant gate was repaired.\n")
    draft = _draft(snapshot_kg, text)
    assert not _rule_labels(draft), _rule_labels(draft)
