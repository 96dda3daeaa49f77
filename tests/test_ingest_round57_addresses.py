"""Round 57: an organisation's seat printed in passing. Contracts, rulings and notices name a
party and give its address in brackets ("Party A: X Bureau (address: ..., Y District, Z)",
"Claimant: X Co., Ltd. (domicile: ...)", "(a unit of Y; address: ...)"): the organisation is in
the first place the address names (relations/inline_addresses.py, rule
``place:inline-address@0.5``). And a street named after a city ("No. 7 Xianning West Road",
"Fengcheng Fifth Road") names no city: the address's place is the next one (the district), not
a city of that name elsewhere (names/listed_cities.py, knowledge/gazetteer.py)."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"


def _places(draft) -> dict:
    """{label of a new organisation: {(label of the place it is in, rule)}}."""
    label = {e.iri: e.label for e in draft.entities.values()}
    out: dict = {}
    for e in draft.new():
        if e.kind != "org":
            continue
        for p, o, _, r in e.statements:
            if str(p) == NFO + "locatedIn":
                out.setdefault(e.label, set()).add((label.get(o, str(o)).split(",")[0], r))
    return out


def test_an_address_in_brackets_places_the_party_before_it(snapshot_kg):
    text = ("Flood Season Water Level Monitoring Service Agreement\n\n"
            "Party A: Lanqiao River Management Office\n"
            "         (address: 14 Jinhua Road, Weibin District, Baoji)\n"
            "Party B: Hengrun Hydrology Instruments Co., Ltd.\n"
            "         (a unit of Qinfeng Instruments Group; address: Yanta District, Xi'an)\n\n"
            "Party B will install four radar gauges on the dykes before 1 June 2027.\n")
    got = _places(draft_of(snapshot_kg, text, "round57-address", "round57-address.txt"))
    office = {p for p, r in got.get("Lanqiao River Management Office", ())}
    firm = {p for p, r in got.get("Hengrun Hydrology Instruments Co., Ltd.", ())}
    assert "Weibin District" in office, got
    assert "Yanta District" in firm, got
    assert "Baoji" not in firm and "Xi'an" not in office, got


def test_a_domicile_in_brackets_places_a_claimant(snapshot_kg):
    text = ("Notice of Hearing\n\n"
            "Claimant: Ruifeng Blood Bag Trading Co., Ltd.\n"
            "          (domicile: Gaoxin District, Baoji, Shaanxi)\n"
            "Respondent: Tongde Medical Supplies Co., Ltd.\n\n"
            "The tribunal will hear the dispute over the supply contract on 3 March 2027.\n")
    got = _places(draft_of(snapshot_kg, text, "round57-domicile", "round57-domicile.txt"))
    claimant = {p for p, r in got.get("Ruifeng Blood Bag Trading Co., Ltd.", ())}
    assert "Gaoxin District" in claimant, got
    assert not got.get("Tongde Medical Supplies Co., Ltd."), got


def test_a_bracket_without_an_address_label_places_nothing(snapshot_kg):
    text = ("Party A: Lanqiao River Management Office (contact: Wei Min, tel. 0917-321 6608)\n"
            "The office met Hengrun Hydrology Instruments Co., Ltd. in Weibin District.\n")
    got = _places(draft_of(snapshot_kg, text, "round57-noaddress", "round57-noaddress.txt"))
    assert not any(r.startswith("place:inline-address") for v in got.values() for _, r in v), got


def test_a_street_named_after_a_city_is_no_city(snapshot_kg):
    text = ("Party A: Lanqiao County Red Cross Society\n"
            "Address: No. 7 Xianning West Road, Beilin District, Xi'an\n\n"
            "Party B: Hengrun Hydrology Instruments Co., Ltd.\n"
            "Registered address: No. 52 Fengcheng Fifth Road, Weiyang District, Xi'an\n")
    draft = draft_of(snapshot_kg, text, "round57-street", "round57-street.txt")
    got = _places(draft)
    station = {p for p, r in got.get("Lanqiao County Red Cross Society", ())}
    firm = {p for p, r in got.get("Hengrun Hydrology Instruments Co., Ltd.", ())}
    assert "Beilin District" in station and "Xianning" not in station, got
    assert "Weiyang District" in firm and "Fengcheng" not in firm, got
    named = {draft.text[m.start:m.end] for e in draft.entities.values() for m in e.mentions}
    assert "Xianning" not in named and "Fengcheng" not in named, named
