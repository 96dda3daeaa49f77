"""`kg ingest` attacked a forty-sixth time (round 45), with short texts written for this file:
a Portuguese company's name whose joint ("do", "e") runs on into a day and the next sentence, a
heading in capitals naming a partnership "BETWEEN X LIMITED AND Y GMBH", legal forms of Portugal
("Lda"), Norway ("AS") and a German limited partnership ("GmbH & Co. KG"), a commission named by
two fields joined by "and", titles of laws and rules whose "and" or last noun reads as a joint or
a verb, and cities and countries whose names hold a country, a particle or a given name. A
fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard
their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, posts, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile46-x"):
    return draft_of(kg, text, doc_id, "hostile46.txt")


# --- 1. a native name's joint runs on no further than its own words --------------------------
def test_a_portuguese_name_after_do_stops_before_the_day_and_the_next_sentence(snapshot_kg):
    """"the Serra plant of Companhia Mineira do Norte on Thursday. Minister X led": a Company
    "Companhia Mineira do Norte on Thursday. Minister X" was drafted (after "do" / "e" the name
    took the whole next capitalised phrase, English joints and sentence end included)."""
    draft = _draft(snapshot_kg, "Visit\n\nBELO HORIZONTE, 6 June 2029 -- Officials toured the "
                                "processing plant of Companhia Mineira do Norte on Thursday. "
                                "Minister Rui Carvalho led the group.\n")
    companies = _new(draft, "Company")
    assert "Companhia Mineira do Norte" in companies, companies
    assert not {x for x in _new(draft) if "Thursday" in x or "Minister" in x}, _new(draft)


def test_a_portuguese_name_after_e_stops_before_on(snapshot_kg):
    draft = _draft(snapshot_kg, "Visit\n\nBELO HORIZONTE, 6 June 2029 -- Officials toured a plant "
                                "of Companhia Paulista de Zinco e Chumbo on Thursday.\n")
    assert "Companhia Paulista de Zinco e Chumbo" in _new(draft, "Company"), _new(draft)


# --- 2. a heading in capitals over two companies ------------------------------------------------
_JOINT = ("JOINT STATEMENT\n\nON THE NICKEL SUPPLY PARTNERSHIP BETWEEN LUANGWA NICKEL LIMITED AND "
          "ELBTAL METALLE GMBH\n\nLusaka, 11 November 2029. Luangwa Nickel Limited and Elbtal "
          "Metalle GmbH will sign a supply agreement in Dresden on 2 December 2029.\n")


def test_a_partnership_heading_between_two_companies_is_no_company(snapshot_kg):
    """A Company "NICKEL SUPPLY PARTNERSHIP BETWEEN LUANGWA NICKEL LIMITED AND ELBTAL METALLE
    GMBH" was drafted ("GMBH" was no legal form a name in capitals is read back from, and
    "BETWEEN" no word a name in capitals starts after)."""
    draft = _draft(snapshot_kg, _JOINT)
    companies = _new(draft, "Company")
    assert {"Luangwa Nickel Limited", "Elbtal Metalle GmbH"} <= companies, companies
    assert not {x for x in companies if "between" in x.lower()}, companies


# --- 3. legal forms of Portugal, Norway and a German limited partnership ---------------------
def test_companies_with_lda_as_and_gmbh_co_kg_are_whole(snapshot_kg):
    """"Alentejo Cobre, Lda.", "Fjord Sink AS", "Weser Kupfer GmbH & Co. KG": none was drafted
    whole ("Lda" and "AS" were no legal forms; "& Co. KG" was cut off at the "&")."""
    draft = _draft(snapshot_kg, "Bidders\n\nMAPUTO, 1 July 2029 -- The tender drew bids from "
                                "Alentejo Cobre, Lda., Fjord Sink AS and Weser Kupfer GmbH & Co. "
                                "KG, the ministry said.\n")
    companies = {x.rstrip(".") for x in _new(draft, "Company")}
    assert {"Alentejo Cobre, Lda", "Fjord Sink AS", "Weser Kupfer GmbH & Co. KG"} <= companies, \
        companies
    assert "Weser Kupfer GmbH" not in companies, companies


def test_as_and_kg_as_words_end_no_company(snapshot_kg):
    draft = _draft(snapshot_kg, "Nickel Prices Rise As Supply Tightens\n\nOSLO, 3 March 2029 -- "
                                "Prices rose as supply tightened, and one buyer took 500 KG of "
                                "cobalt powder from Fjord Sink AS.\n")
    companies = _new(draft, "Company")
    assert "Fjord Sink AS" in companies, companies
    assert not {x for x in companies if x.endswith((" As", " KG")) or "Rise" in x}, companies


# --- 4. a body named by two fields joined by "and" ------------------------------------------
def test_a_commission_named_by_two_fields_and_a_fund_are_whole(snapshot_kg):
    """"told the Securities and Exchange Commission": a GovernmentBody "Exchange Commission"
    was drafted (a name was cut after an end word, "Securities", that names nothing alone)."""
    draft = _draft(snapshot_kg, "Filing\n\nNEW YORK, 5 May 2029 -- Keewatin Nickel Corp. told the "
                                "Securities and Exchange Commission on Monday that output fell. "
                                "Capital and Growth Fund Ltd bought shares, and Harbour "
                                "Securities and Tidewater Capital advised it.\n")
    assert "Securities and Exchange Commission" in _new(draft, "GovernmentBody"), _new(draft)
    companies = _new(draft, "Company")
    assert "Capital and Growth Fund Ltd" in companies, companies
    assert "Exchange Commission" not in _new(draft), _new(draft)
    assert {"Harbour Securities", "Tidewater Capital"} <= companies, companies


# --- 5. titles of laws and rules -------------------------------------------------------------
def test_a_law_on_two_nouns_joined_by_and_and_rules_ending_in_a_verbs_form(snapshot_kg):
    """"the Law on the Prevention and Control of Tailings Pollution" was cut at "and" (read as
    two laws joined), and "the Provisions on the Administration of Mineral Product Recalls" was
    not drafted ("Recalls" read as a headline's verb)."""
    draft = _draft(snapshot_kg, "Rules\n\nBEIJING, 8 March 2029 -- The legislature revised the Law "
                                "on the Prevention and Control of Tailings Pollution. The "
                                "Provisions on the Administration of Mineral Product Recalls take "
                                "effect on 1 June 2029.\n")
    labels = _new(draft)
    assert "Law on the Prevention and Control of Tailings Pollution" in labels, labels
    assert "Provisions on the Administration of Mineral Product Recalls" in labels, labels
    assert "Law on the Prevention" not in labels, labels


def test_an_articles_number_is_no_word_of_the_law_it_is_of(snapshot_kg):
    """"Article 71 of the Law on the Prevention and Control of X" was drafted whole as a law
    (once its "and" no longer cut it: the name started after the last "of" before its head
    word only while no "of" followed the head)."""
    draft = _draft(snapshot_kg, "Penalty\n\nHEFEI, 8 March 2029 -- The bureau fined the smelter "
                                "under Article 71 of the Law on the Prevention and Control of "
                                "Occupational Diseases.\n")
    labels = _new(draft)
    assert "Law on the Prevention and Control of Occupational Diseases" in labels, labels
    assert not {x for x in labels if x.startswith("Article")}, labels


def test_two_laws_joined_by_and_of_the_are_still_two(snapshot_kg):
    draft = _draft(snapshot_kg, "Rules\n\nBEIJING, 8 March 2029 -- The Law of the People's "
                                "Republic of China on Mineral Resources and of the Tax Law "
                                "apply.\n")
    labels = _new(draft)
    assert not {x for x in labels if "and of the" in x and x.startswith("Law of")}, labels


# --- 6. places whose names hold a country, a particle or a given name ------------------------
def test_cities_and_countries_named_in_several_words(snapshot_kg):
    """"Ho Chi Minh City" was drafted as "Chi Minh City", "Santiago de Chile" as a city
    "Santiago" and a country "Chile", "São Tomé and Príncipe" not at all."""
    draft = _draft(snapshot_kg, "Offices\n\nHANOI, 5 May 2029 -- Mekong Alumina Joint Stock Company "
                                "opened a sales office in Ho Chi Minh City on Friday. It sells "
                                "to buyers in Santiago de Chile and in São Tomé and Príncipe, "
                                "and ships through Port Elizabeth.\n")
    assert {"Ho Chi Minh City", "Santiago de Chile", "Port Elizabeth"} <= _new(draft, "City"), \
        _new(draft)
    assert "Chi Minh City" not in _new(draft), _new(draft)
    countries = _new(draft, "Country")
    assert "Chile" not in countries, countries
    assert "Sao Tome and Principe" in countries, countries


def test_a_country_after_de_in_a_body_name_and_alone(snapshot_kg):
    draft = _draft(snapshot_kg, "Exports\n\nLIMA, 5 May 2029 -- Chile exported more copper in "
                                "April, while buyers in Santiago de Chile paid less.\n")
    assert "Chile" in _new(draft, "Country"), _new(draft)


# --- 7. faults found and left (strict xfails) --------------------------------------------------
def test_a_city_named_port_after_the_port_of(snapshot_kg):
    """'the port of Port Elizabeth': no city was drafted (a place's first word printed in lower
    case elsewhere, "port", made it no name, even for a listed name of two words)."""
    draft = _draft(snapshot_kg, "Shipping\n\nCAPE TOWN, 6 June 2029 -- Manganese ore left the port "
                                "of Port Elizabeth on Thursday.\n")
    assert "Port Elizabeth" in _new(draft, "City"), _new(draft)


def test_two_state_agencies_named_with_of_and_for(snapshot_kg):
    """'The Geological Survey of Finland and Romania's National Agency for Mineral Resources
    signed': a GovernmentBody "Finland and Romania's National Agency" was drafted (a country's
    possessive after "and" opened no name; "Agency" ended a name and took no "for X" after it;
    "Survey" is still no head word)."""
    draft = _draft(snapshot_kg, "Survey\n\nHELSINKI, 8 March 2029 -- The Geological Survey of "
                                "Finland and Romania's National Agency for Mineral Resources "
                                "signed a cooperation agreement on Monday.\n")
    bodies = _new(draft, "GovernmentBody")
    assert "National Agency for Mineral Resources" in bodies, bodies
    assert not {x for x in bodies if "Finland and" in x}, bodies


def test_a_person_after_a_malaysian_honorific(snapshot_kg):
    """'appointed Datuk Seri Lim Boon Keat as chairman': no person was drafted (Malaysian
    honorifics, 'Datuk Seri', 'Tan Sri', were no titles the person rules knew; round 46's
    data/name-honorifics.txt)."""
    draft = _draft(snapshot_kg, "Board\n\nKUALA LUMPUR, 9 September 2029 -- Perak Tin Berhad "
                                "appointed Datuk Seri Lim Boon Keat as chairman.\n")
    assert "Lim Boon Keat" in _new(draft, "Person"), _new(draft)


def test_a_family_name_after_d_apostrophe(snapshot_kg):
    """"Minister João Baptista d'Almeida led the visit": a Person "João Baptista" was drafted (a
    family name joined to "d'" by an apostrophe was no word of a person's name)."""
    draft = _draft(snapshot_kg, "Visit\n\nLISBON, 6 June 2029 -- Minister João Baptista d'Almeida "
                                "led the visit to the Neves mine on Thursday. Its chief "
                                "executive, Lucia dell'Acqua, said output rose.\n")
    people = _new(draft, "Person")
    assert {"João Baptista d'Almeida", "Lucia dell'Acqua"} <= people, people
    assert "João Baptista" not in people, people


def test_a_mine_named_with_d_apostrophe_and_a_firm_after_and_are_two(snapshot_kg):
    draft = _draft(snapshot_kg, "Sale\n\nPERTH, 6 June 2029 -- The d'Arcy Mine and O'Brien "
                                "Resources Ltd were sold on Thursday.\n")
    assert "O'Brien Resources Ltd" in _new(draft, "Company"), _new(draft)
    assert "d'Arcy Mine" in _new(draft, "Site"), _new(draft)
    assert not {x for x in _new(draft, "Company") | _new(draft, "Site") if " and " in x}, \
        _new(draft)


def test_a_plant_named_with_an_accented_word_before_its_native_owner(snapshot_kg):
    """"the Anápolis plant of Companhia Mineira do Norte": a Site "Companhia Mineira do Norte
    Anápolis plant" was drafted (the plant-phrase reader took no word with an accented letter,
    and the facility reader put the owner's name before the plant's)."""
    draft = _draft(snapshot_kg, "Visit\n\nBELO HORIZONTE, 6 June 2029 -- Officials toured the "
                                "Anápolis plant of Companhia Mineira do Norte on Thursday.\n")
    sites = _new(draft, "Site")
    assert "Anápolis plant" in sites, sites
    assert not {x for x in sites if x.startswith("Companhia")}, sites
