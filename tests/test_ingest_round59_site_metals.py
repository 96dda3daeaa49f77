"""Round 59, the metal the sentence prior gives a site (kg/ingest/relations/cooccur.py), on a
short text written for this file (invented firms, roads, parks, stations and works). An
industrial zone, a park or a station named in a sentence with a metal and a firm hosts or serves
firms of many trades: the metal is the firm's cargo or trade, not the site's own, and the prior
gives the site none (data/no-trade-site-heads.txt). With no firm in the sentence ("X Chemical
Park: the acid tanks of two zinc smelters ...") the park's works are the metal's, and it keeps
the guess; a smelter or a mine named with a metal takes it as before."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_TEXT = (
    "Trucks Ordered off Night Roads near Harlow Industrial Zone\n\n"
    "Dunmore County Transport Bureau, 3 December 2026\n\n"
    "Lorries of Keldan Haulage Co., Ltd. carrying magnesium ingots from the Harlow Industrial "
    "Zone have been told to keep off the county road after 22:00, the Bureau said on Tuesday. "
    "Drivers of Ostrava Freight Co., Ltd. loading nickel at the Pellor Freight Station must "
    "take the ring road instead. The Kestrel Nickel Mine will send its ore by rail from "
    "January.\n\n"
    "The Brenton Smelter shipped 4,000 tonnes of copper cathode by the same road in "
    "November.\n\n"
    "Brask Chemical Park: the acid tanks of two zinc smelters lack gas alarms.\n"
)


def _metals(draft, cls: str) -> dict:
    """{label: {metal labels}} of the draft's new entities of class ``cls``."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.new():
        if str(e.cls).endswith("#" + cls):
            out[e.label] = {labels.get(o) for p, o, _, _ in e.statements
                            if str(p).endswith("#concernsMetal")}
    return out


def _draft(kg):
    return draft_of(kg, _TEXT, "round59-site-metals", "round59.txt",
                    today=dt.date(2026, 12, 10))


def test_a_zone_or_station_named_with_a_firm_takes_no_metal(snapshot_kg):
    sites = _metals(_draft(snapshot_kg), "Site")
    for site in ("Harlow Industrial Zone", "Pellor Freight Station"):
        assert site in sites, (site, sorted(sites))
        assert sites[site] == set(), (site, sites[site])


def test_the_firm_and_the_works_keep_their_metal(snapshot_kg):
    d = _draft(snapshot_kg)
    sites = _metals(d, "Site")
    assert sites.get("Brenton Smelter") == {"Copper"}, sites
    assert sites.get("Kestrel Nickel Mine") == {"Nickel"}, sites
    firms = _metals(d, "Company")
    assert firms.get("Keldan Haulage Co., Ltd.") == {"Magnesium"}, firms
    assert firms.get("Ostrava Freight Co., Ltd.") == {"Nickel"}, firms


def test_a_park_whose_sentence_names_no_firm_keeps_its_works_metal(snapshot_kg):
    sites = _metals(_draft(snapshot_kg), "Site")
    assert sites.get("Brask Chemical Park") == {"Zinc"}, sites
