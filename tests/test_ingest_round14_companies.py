"""`kg ingest` round 14, companies and agreements: agreements named by a common noun that the
other agreement rules left, above all plurals and abbreviations (names/agreement_nouns.py), read
from short articles written for these tests (own words; invented companies and figures).

* "A and B signed three memoranda of understanding on Wednesday: on X, on Y and on Z": three
  agreements of A and B, one per topic; "Two MoUs were signed between A and B: one on X and one
  on Y" the same in the passive; "A signed letters of intent with B and C": one per counterpart;
  "An MoU was inked between A and B", "Under a term sheet signed on Monday, A and B will ...",
  "A inked an MoU with B": one agreement of A and B.
* Not: "the contract price", an agreement still to come ("are expected to sign", "has yet to
  be signed"), a plural with no topics and one counterpart, a noun with no party named."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r14co") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _agreements(draft):
    return {e.label: e for e in draft.entities.values() if e.cls == NFO.Agreement}


def _parties(draft, ent):
    return sorted(draft.entities[o].label for p, o, _, _ in ent.statements if p == NFO.party)


@pytest.fixture(scope="module")
def signed(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-agreement-nouns", (
        "Miners and governments sign a round of memoranda\n\n"
        "Windhoek, May 14, 2027 -- Namib Uranium Resources Ltd. and the Erongo Regional "
        "Council signed three\nmemoranda of understanding on Wednesday: on a desalination "
        "plant at Swakopmund, on a\ntraining college for mine technicians and on a road to "
        "the Husab pit.\n\n"
        "Two MoUs were signed on Thursday between Karoo Vanadium Corp. and the Kimberley "
        "Municipal\nCouncil: one on a vanadium battery test site and one on water supply.\n\n"
        "Andean Tin Mining S.A. said it had signed letters of intent with Oruro Smelting Co., "
        "Ltd. and\nPotosi Alloys S.A. for the sale of tin concentrate.\n\n"
        "An MoU was also inked between Baltic Copper Recycling Ltd. and Gdynia Port "
        "Holdings Ltd. on a scrap\nterminal.\n\n"
        "Under a term sheet signed on Monday, Lappland Nickel Ltd. and Oulu Battery\n"
        "Materials Ltd. will study a nickel sulphate line.\n\n"
        "Sahara Phosphate Holdings Ltd. and Atlas Rare Metals Ltd. are expected to sign a "
        "supply\ncontract next month. The contract price of the last deal was not disclosed.\n\n"
        "Two memoranda of understanding were signed at the fair on Friday.\n\n"
        "The heads of agreement signed on Monday by Sahara Phosphate Holdings Ltd. and Tindouf "
        "Iron Ltd.\ncover a rail spur.\n"))


def test_three_memoranda_one_per_topic(signed):
    got = {k: v for k, v in _agreements(signed).items() if "Namib Uranium" in k}
    assert len(got) == 3, sorted(_agreements(signed))
    assert any(k.endswith("on a desalination plant at Swakopmund") for k in got), sorted(got)
    assert any(k.endswith("on a road to the Husab pit") for k in got), sorted(got)
    for ent in got.values():
        assert _parties(signed, ent) == ["Erongo Regional Council",
                                         "Namib Uranium Resources Ltd."], ent.label


def test_passive_count_with_between_and_one_on(signed):
    got = {k: v for k, v in _agreements(signed).items() if "Karoo Vanadium" in k}
    assert sorted(k.rsplit(" on ", 1)[-1] for k in got) == [
        "a vanadium battery test site", "water supply"], sorted(got)
    for ent in got.values():
        assert "Karoo Vanadium Corp." in _parties(signed, ent)


def test_letters_of_intent_one_per_counterpart(signed):
    got = {k: v for k, v in _agreements(signed).items() if k.startswith("Letter of intent")}
    assert len(got) == 2, sorted(_agreements(signed))
    assert sorted(p for e in got.values() for p in _parties(signed, e)) == [
        "Andean Tin Mining S.A.", "Andean Tin Mining S.A.", "Oruro Smelting Co., Ltd.",
        "Potosi Alloys S.A."]


def test_abbreviation_inked_between(signed):
    got = [e for k, e in _agreements(signed).items() if "Baltic Copper Recycling" in k]
    assert len(got) == 1, sorted(_agreements(signed))
    assert _parties(signed, got[0]) == ["Baltic Copper Recycling Ltd.", "Gdynia Port Holdings Ltd."]
    assert got[0].label.startswith("Memorandum of understanding between")


def test_under_a_memorandum_signed_parties_of_main_clause(signed):
    got = [e for k, e in _agreements(signed).items() if "Lappland Nickel" in k]
    assert len(got) == 1, sorted(_agreements(signed))
    assert _parties(signed, got[0]) == ["Lappland Nickel Ltd.", "Oulu Battery Materials Ltd."]
    assert got[0].label.startswith("Term sheet between")


def test_no_agreement_to_come_nor_modifier_nor_partyless(signed):
    labels = sorted(_agreements(signed))
    assert not any("Sahara Phosphate" in k or "Atlas Rare Metals" in k for k in labels
                   if k.startswith(("Contract", "Supply contract"))
                   and "agreement:noun" in _agreements(signed)[k].rule), labels
    ours = [k for k, e in _agreements(signed).items() if e.rule == "agreement:noun"]
    assert len(ours) == 3 + 2 + 2 + 1 + 1 + 1, ours


def test_definite_noun_with_its_signers_is_new(signed):
    got = [e for k, e in _agreements(signed).items() if k.startswith("Heads of agreement")]
    assert len(got) == 1, sorted(_agreements(signed))
    assert _parties(signed, got[0]) == ["Sahara Phosphate Holdings Ltd.", "Tindouf Iron Ltd."]


# --- one organisation tied to another by a noun (relations/org_ties.py) ---------------------

@pytest.fixture(scope="module")
def tied(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-org-ties", (
        "Who owns whom among Baltic and Nordic metal firms\n\n"
        "Riga, July 8, 2027 -- Daugava Zinc Recycling Ltd. (DZR), a Latvian subsidiary of Nordic "
        "Zinc\nHoldings Ltd., raised output. Kurzeme Alloys Ltd., the Baltic unit of Helsinki "
        "Metals Corp.,\nshut a furnace.\n\n"
        "Vistula Copper Ltd.'s trading arm, Amber Metals Trading Ltd., sold cathode in Asia.\n\n"
        "Narva Tin Ltd. is a 50-50 joint venture between Tallinn Smelting Ltd. and Parnu "
        "Mining Ltd.\n\n"
        "Klaipeda Nickel Ltd., in which Vilnius Capital Ltd. has a controlling interest, "
        "raised its dividend.\n\n"
        "Gdansk Metals Group Ltd., the parent company of Sopot Wire Ltd., reported a profit.\n\n"
        "Tartu Cable Ltd., a supplier of Oslo Grid Ltd., signed nothing new. Bergen Aluminium "
        "Ltd.'s chairman, Ola Nordmann, spoke. Malmo Lead Ltd. is a customer of Lund Batteries "
        "Ltd.\n"))


def _one(draft, label):
    found = [e for e in draft.entities.values() if e.label == label]
    assert len(found) == 1, (label, sorted(e.label for e in draft.entities.values()))
    return found[0]


def _tied_to(draft, label, preds=(NFO.subsidiaryOf, NFO.unitOf, NFO.shareholderOf)):
    ent = _one(draft, label)
    return {draft.entities[o].label for p, o, _, _ in ent.statements
            if p in preds and o in draft.entities}


def test_subsidiary_with_bracket_and_modifier(tied):
    assert _tied_to(tied, "Daugava Zinc Recycling Ltd.") == {"Nordic Zinc Holdings Ltd."}
    assert _tied_to(tied, "Kurzeme Alloys Ltd.") == {"Helsinki Metals Corp."}


def test_possessive_arm_with_comma(tied):
    assert _tied_to(tied, "Amber Metals Trading Ltd.") == {"Vistula Copper Ltd."}


def test_joint_venture_verb_form_and_controlling_interest(tied):
    assert _tied_to(tied, "Tallinn Smelting Ltd.") == {"Narva Tin Ltd."}
    assert _tied_to(tied, "Parnu Mining Ltd.") == {"Narva Tin Ltd."}
    assert _tied_to(tied, "Vilnius Capital Ltd.") == {"Klaipeda Nickel Ltd."}


def test_parent_company_reversed(tied):
    assert _tied_to(tied, "Sopot Wire Ltd.") == {"Gdansk Metals Group Ltd."}
    assert _tied_to(tied, "Gdansk Metals Group Ltd.") == set()


def test_no_tie_for_supplier_customer_or_chairman(tied):
    for label in ("Tartu Cable Ltd.", "Oslo Grid Ltd.", "Malmo Lead Ltd.", "Lund Batteries Ltd.",
                  "Bergen Aluminium Ltd."):
        assert _tied_to(tied, label) == set(), label


# --- the rest of the shares with no figure (relations/owned_by.py) --------------------------

@pytest.fixture(scope="module")
def rest(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-rest", (
        "Stakes in Iberian tungsten and tin miners\n\n"
        "Porto, Sept. 1, 2027 -- Douro Tungsten Ltd. holds 51% of Minho Tin Ltd., and Braga "
        "Capital Ltd.\nthe rest.\n\n"
        "Lisbon Metals Ltd. owns 70% of Tejo Wolfram Ltd.; the remainder of the shares is held "
        "by\nSetubal Port Ltd.\n\n"
        "Faro Mining Ltd. holds 60% of Algarve Lithium Ltd. Evora Trading Ltd. sold the rest of "
        "its\nconcentrate to Sines Refining Ltd. for the rest of the year.\n"))


def test_the_rest_without_a_figure(rest):
    assert _tied_to(rest, "Braga Capital Ltd.") == {"Minho Tin Ltd."}
    assert _tied_to(rest, "Setubal Port Ltd.") == {"Tejo Wolfram Ltd."}


def test_rest_of_output_or_year_is_no_stake(rest):
    assert _tied_to(rest, "Evora Trading Ltd.") == set()
    assert _tied_to(rest, "Sines Refining Ltd.") == set()


# --- a sentence-opening "Its" before a named facility (names/facility_nouns.py) -------------

@pytest.fixture(scope="module")
def its(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-its-facility", (
        "Chilean copper output\n\n"
        "Antofagasta, Oct. 4, 2027 -- Norte Grande Cobre S.A. runs the Pampa Roja mine. Its "
        "Tocopilla\nrefinery has a capacity of 200,000 tonnes of cathode.\n\n"
        "Its Mejillones smelter was idle in 2020, a report said.\n"))


def test_sentence_opening_its_owner_from_sentence_before(its):
    site = [e for e in its.entities.values() if e.cls == NFO.Site and "Tocopilla" in e.label]
    assert len(site) == 1, sorted(e.label for e in its.entities.values())
    owners = {its.entities[o].label for p, o, _, _ in site[0].statements if p == NFO.ownedBy}
    assert owners == {"Norte Grande Cobre S.A."}


def test_its_after_a_blank_line_names_no_owner(its):
    assert not [e for e in its.entities.values() if "Mejillones" in e.label
                and e.cls == NFO.Site and any(p == NFO.ownedBy for p, *_ in e.statements)]


@pytest.fixture(scope="module")
def sides(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-agreement-sides", (
        "Cobalt and nickel memoranda\n\n"
        "Kinshasa, Oct. 4, 2027 -- Congo Cobalt Holdings Ltd. signed memoranda of understanding "
        "with Kolwezi\nPower Co., Ltd. on electricity supply and with Likasi Rail Ltd. on ore "
        "haulage.\n\n"
        "Separate MoUs were signed on Friday between Lubumbashi Smelting Ltd. and Kipushi Zinc "
        "Ltd. and\nbetween Kamoa Copper SA and Sakania Logistics Ltd.\n\n"
        "Katanga Metals Ltd. signed memoranda with Lualaba Tin Ltd. on Monday.\n"))


def test_one_agreement_per_with_or_between_phrase(sides):
    got = {k: _parties(sides, e) for k, e in _agreements(sides).items()
           if e.rule == "agreement:noun"}
    assert sorted(got.values()) == [
        ["Congo Cobalt Holdings Ltd.", "Kolwezi Power Co., Ltd."],
        ["Congo Cobalt Holdings Ltd.", "Likasi Rail Ltd."],
        ["Kamoa Copper SA", "Sakania Logistics Ltd."],
        ["Kipushi Zinc Ltd.", "Lubumbashi Smelting Ltd."]], got
    assert any(k.endswith("on ore haulage") for k in got), sorted(got)


def test_none_or_any_is_no_agreement(kg, tmp_path_factory):
    draft = _article(kg, tmp_path_factory, "r14-no-agreement", (
        "No deals\n\nQuito, May 3, 2027 -- Andes Gold Ltd. signed no MoUs with Cuenca Copper Ltd. "
        "and Loja Zinc Ltd.\nFew memoranda were signed between Andes Gold Ltd. and Cuenca Copper "
        "Ltd. Andes Gold Ltd.\nsigned any letter of intent it liked.\n"))
    assert not [k for k, e in _agreements(draft).items() if e.rule == "agreement:noun"]
