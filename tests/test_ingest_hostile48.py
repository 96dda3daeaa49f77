"""`kg ingest` attacked a forty-eighth time (round 47), with short texts written for this file:
names that a prose line's hard wrap breaks (a person's after "de" or before the family name, a
company's after "PT", a name at the line's end before its verb), a company's possessive after a
legal form that opens its name, a letter's address block under a company's name, a table of
companies in foreign legal forms under a heading in capitals, deals that were not signed, were
denied or were put off, cities whose names hold a country's, and companies named after a metal
and a place. A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the
fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, posts, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile48-x"):
    return draft_of(kg, text, doc_id, "hostile48.txt")


# --- 1. a person's name broken by a hard wrap ---------------------------------------------------
_SMELTER = ("Namibia: New Copper Smelter Opens\n\n"
            "WINDHOEK, 3 April 2029 -- Hon. Paul Banda, Minister of Mines, opened the Otavi\n"
            "Copper smelter of Kunene Metals (Pty) Ltd on Friday. Dr. Maria de Lourdes\n"
            "Fonseca, chief executive of Kunene Metals (Pty) Ltd, said output would double\n"
            "by 2031. The smelter will treat concentrate trucked from PT Halmahera Nikel's\n"
            "old mine sites in the north, and from the hills east of Tsumeb. Ore from\n"
            "Kaoko Minerals Lda will follow in May.\n")


def test_a_name_wrapped_before_its_family_name_is_one_person_with_her_post(snapshot_kg):
    """"Dr. Maria de Lourdes" over "Fonseca, chief executive of X": no person was drafted (the
    given-name reader read no family name on the next line and stopped before a line that opens
    with a capital), so no post either."""
    draft = _draft(snapshot_kg, _SMELTER)
    people = _new(draft, "Person")
    assert "Maria de Lourdes Fonseca" in people, people
    assert not people & {"Lourdes Fonseca", "Maria de Lourdes"}, people
    assert ("Maria de Lourdes Fonseca", "Chief executive", "Kunene Metals (Pty) Ltd") in \
        posts(draft), posts(draft)


def test_a_name_wrapped_after_its_particle_is_one_person_with_her_post(snapshot_kg):
    """"Dr. Maria de" over "Lourdes Fonseca, chief executive of X": a person "Lourdes Fonseca"
    was drafted and given the post (a line that ends in a name's particle ended a sentence, and
    no name reader read a particle's gap as a wrap)."""
    draft = _draft(snapshot_kg, "Output\n\nWINDHOEK, 3 April 2029 -- Output rose on Friday. Dr. "
                                "Maria de\nLourdes Fonseca, chief executive of Kunene Metals (Pty) "
                                "Ltd, said it would double.\n")
    people = _new(draft, "Person")
    assert "Maria de Lourdes Fonseca" in people, people
    assert "Lourdes Fonseca" not in people, people
    assert ("Maria de Lourdes Fonseca", "Chief executive", "Kunene Metals (Pty) Ltd") in \
        posts(draft), posts(draft)


def test_a_titled_name_at_a_lines_end_before_its_verb(snapshot_kg):
    """"Mrs. Chanda Mwale-Phiri" over "will become its chief financial officer": no person was
    drafted (a name after an honorific had to be followed by a lower-case word on its own line)."""
    draft = _draft(snapshot_kg, "Board Changes at Lusaka Cobalt\n\nLUSAKA, 14 May 2029 -- Lusaka "
                                "Cobalt Refinery Plc said Mrs. Chanda Mwale-Phiri\nwill become its "
                                "chief financial officer on 1 July. She replaces Mr. John\n"
                                "Chisenga, who retired in March.\n")
    people = _new(draft, "Person")
    assert {"Chanda Mwale-Phiri", "John Chisenga"} <= people, people
    assert ("Chanda Mwale-Phiri", "Chief financial officer", "Lusaka Cobalt Refinery Plc") in \
        posts(draft), posts(draft)


def test_a_particle_inside_a_line_ends_no_sentence_it_does_not_end(snapshot_kg):
    draft = _draft(snapshot_kg, "Visit\n\nPORTO, 3 April 2029 -- The ministers met in Viana do "
                                "Castelo. Officials said the talks would go on.\n")
    assert not {x for x in _new(draft) if x.endswith(" do") or x.startswith("Castelo")}, \
        _new(draft)


# --- 2. a company after a legal form that opens its name ------------------------------------------
def test_a_company_after_pt_is_whole_across_a_wrap(snapshot_kg):
    """"Nickel output of PT Halmahera" over "Nikel Perkasa rose 12%": a Company "PT Halmahera"
    was drafted (the words after "PT" were read only on its own line)."""
    draft = _draft(snapshot_kg, "Output\n\nJAKARTA, 2 June 2029 -- Nickel output of PT Halmahera\n"
                                "Nikel Perkasa rose 12% in 2028, the company said.\n")
    companies = _new(draft, "Company")
    assert "PT Halmahera Nikel Perkasa" in companies, companies
    assert "PT Halmahera" not in companies, companies


def test_the_possessive_of_a_company_after_pt_is_no_word_of_its_name(snapshot_kg):
    """"from PT Halmahera Nikel's old mine sites": a Company "PT Halmahera Nikel's"."""
    draft = _draft(snapshot_kg, _SMELTER)
    companies = _new(draft, "Company")
    assert "PT Halmahera Nikel" in companies, companies
    assert not {x for x in companies if x.endswith(("'s", "\u2019s"))}, companies


def test_an_address_under_a_company_after_pt_is_no_word_of_it(snapshot_kg):
    draft = _draft(snapshot_kg, "PT Sumber Logam Jaya\nJalan Sudirman 12\nJakarta 10220\n\nTo: "
                                "Bapak Agus Salim\nDirector of Procurement\n\nDear Sir,\nWe "
                                "confirm the shipment of 2,000 tonnes of nickel matte on 4 March "
                                "2029.\n")
    companies = _new(draft, "Company")
    assert "PT Sumber Logam Jaya" in companies, companies
    assert not {x for x in _new(draft) if "Jalan" in x and x.startswith("PT")}, _new(draft)


def test_a_mexican_legal_form_without_a_comma_is_whole(snapshot_kg):
    """"Zacatecas Plata S.A. de C.V. said": the Company was drafted as "Zacatecas Plata S.A." (the
    whole Mexican form was read only after a comma, data/comma-legal-forms.txt; without one the
    name ended at its head word "S.A."); "Norte Cobre S. de R.L. de C.V." as "de R.L. de C.V."
    once "C.V." ended a name ("S." read as a sentence's end though a lower-case word follows)."""
    draft = _draft(snapshot_kg, "Deal\n\nMONTERREY, 9 October 2029 -- Norte Cobre S. de R.L. de "
                                "C.V. and Plata Fina S.A.P.I. de C.V. signed a supply deal with "
                                "Zacatecas Plata S.A. de C.V. on Monday.\n")
    companies = _new(draft, "Company")
    assert {"Zacatecas Plata S.A. de C.V.", "Plata Fina S.A.P.I. de C.V.",
            "Norte Cobre S. de R.L. de C.V."} <= companies, companies
    assert not {x for x in companies if x.startswith("de ") or x.endswith(("S.A.", " S."))}, \
        companies


def test_a_gulf_legal_form_ends_a_company(snapshot_kg):
    """"Gulf Alloy Rolling K.S.C.C. shipped ...", "Doha Foil Q.P.S.C.": no company was drafted
    (the Gulf states' dotted legal forms were in no list of the words that end a company's
    name)."""
    draft = _draft(snapshot_kg, "Shipment\n\nKUWAIT CITY, 11 June 2029 -- Gulf Alloy Rolling "
                                "K.S.C.C. shipped its first coils on Sunday to Doha Foil Q.P.S.C. "
                                "and Manama Extrusions B.S.C.\n")
    companies = _new(draft, "Company")
    assert {"Gulf Alloy Rolling K.S.C.C.", "Doha Foil Q.P.S.C.", "Manama Extrusions B.S.C."} <= \
        companies, companies


def test_a_one_member_portuguese_company_after_a_comma_is_one_company(snapshot_kg):
    """"The Ministry of X and Rasa Minerais, Unipessoal Lda signed": a Company "Unipessoal Lda"
    and a GovernmentBody "Rasa Minerais" (the ministry's class given to the second of two names
    joined by "and") were drafted."""
    draft = _draft(snapshot_kg, "Licence\n\nDILI, 2 March 2029 -- The Ministry of Mines and "
                                "Energy and Rasa Minerais, Unipessoal Lda signed a licence on "
                                "Friday.\n")
    companies = _new(draft, "Company")
    assert "Rasa Minerais, Unipessoal Lda" in companies, _new(draft)
    assert not {x for x in _new(draft) if x.startswith("Unipessoal") or x == "Rasa Minerais"}, \
        _new(draft)


def test_a_one_member_company_after_a_dash_is_one_company(snapshot_kg):
    """"Lafaek Ouro - Unipessoal, Lda. will drill": a Company "Unipessoal, Lda." was drafted (a
    dash before a one-member company's form parted the name from it; fixed in round 48:
    names/legal_forms reads the form after the dash too)."""
    draft = _draft(snapshot_kg, "Licence\n\nDILI, 2 March 2029 -- Lafaek Ouro - Unipessoal, Lda. "
                                "will drill near Maliana.\n")
    assert not {x for x in _new(draft) if x.startswith("Unipessoal")}, _new(draft)


def test_a_heading_in_capitals_takes_the_hyphened_spelling_the_text_prints(snapshot_kg):
    """"MINISTRY OF MINES AND ENERGY OF TIMOR-LESTE" over "The Ministry of Mines and Energy of
    Timor-Leste said": the body was labelled "... of Timor-leste" (the heading read in title case,
    word by word)."""
    draft = _draft(snapshot_kg, "MINISTRY OF MINES AND ENERGY OF TIMOR-LESTE\nPRESS RELEASE No. "
                                "14/2029\n\nDILI, 2 March 2029 -- The Ministry of Mines and Energy "
                                "of Timor-Leste said on Friday that drilling near Maliana will "
                                "begin in June.\n")
    bodies = _new(draft, "GovernmentBody")
    assert "Ministry of Mines and Energy of Timor-Leste" in bodies, _new(draft)
    assert not {x for x in _new(draft) if x.endswith("Timor-leste")}, _new(draft)


# --- 3. a table of companies under a heading in capitals ------------------------------------------
_TIN_TABLE = ("TIN EXPORTS BY COMPANY, JANUARY-JUNE 2029\n\n"
              "Company                        Tonnes    Change\n"
              "PT Timah Bangka Utama           12,400     +8%\n"
              "Kinta Valley Tin Sdn Bhd         3,150     -2%\n"
              "Rondonia Estanho Ltda.           2,020    +15%\n\n"
              "Source: Bangka Belitung Mining Office, 14 July 2029\n")


def test_the_rows_of_a_company_table_in_foreign_forms_are_companies(snapshot_kg):
    draft = _draft(snapshot_kg, _TIN_TABLE)
    companies = {x.rstrip(".") for x in _new(draft, "Company")}
    assert {"PT Timah Bangka Utama", "Kinta Valley Tin Sdn Bhd", "Rondonia Estanho Ltda"} <= \
        companies, companies
    assert not {x for x in companies if "Tonnes" in x or x.startswith("Company ")}, companies


def test_a_heading_by_company_is_no_company(snapshot_kg):
    """'TIN EXPORTS BY COMPANY, JANUARY-JUNE 2029' (a table's heading): a Company 'TIN EXPORTS BY
    COMPANY' was drafted (fixed in round 48: names/head_guards reads "company" after "by" or
    "per" as how figures are broken down, no head; ending the name at 'BY' was dropped in
    round 47)."""
    draft = _draft(snapshot_kg, _TIN_TABLE)
    assert not {x for x in _new(draft) if "BY COMPANY" in x.upper()}, _new(draft)


# --- 4. deals not signed, denied or put off ------------------------------------------------------
_POSTPONED = ("LITHIUM DEAL POSTPONED\n\n"
              "SANTIAGO, 14 March 2029 -- Salar Andino SpA and Kobe Battery Materials K.K. did not\n"
              "sign the planned offtake agreement on Tuesday, a spokesperson for Salar Andino SpA "
              "said.\nThe signing was postponed to April. The Chilean Copper Commission denied "
              "that it had\nblocked the deal.\n")


def test_an_offtake_that_was_not_signed_has_no_signing(snapshot_kg):
    draft = _draft(snapshot_kg, _POSTPONED)
    assert {"Salar Andino SpA", "Kobe Battery Materials K.K."} <= _new(draft, "Company"), \
        _new(draft)
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")
    assert not {x for x in _new(draft) if "blocked" in x.lower()}, _new(draft)


def test_a_sale_the_seller_denied_is_no_event(snapshot_kg):
    draft = _draft(snapshot_kg, "Mill\n\nMEXICO CITY, 9 October 2029 -- Minera Zacatecas S.A. "
                                "denied reports\nthat it had sold its Fresnillo mill to Golden "
                                "Arrow Trading LLC.\n")
    assert "Golden Arrow Trading LLC" in _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if "sold" in x.lower()}, _new(draft)


# --- 5. cities named with a country's name; companies named with a metal -------------------------
def test_cities_named_after_their_country_link_no_country(snapshot_kg):
    draft = _draft(snapshot_kg, "Coils\n\nKUWAIT CITY, 11 June 2029 -- The first coils went from "
                                "Kuwait City to Panama City and Mexico City on Sunday.\n")
    cities = _new(draft, "City")
    assert {"Kuwait City", "Panama City", "Mexico City"} <= cities, cities
    linked = {e.label for e in draft.entities.values() if e.known}
    assert not linked & {"Kuwait", "Panama", "Mexico"}, linked


def test_a_trader_named_for_a_mountain_or_a_lake_concerns_no_metal(snapshot_kg):
    draft = _draft(snapshot_kg, "Buyers\n\nPERTH, 20 August 2029 -- Silver Lake Resources Pty "
                                "Ltd, Golden Arrow Trading LLC and Copper Mountain Logistics Inc. "
                                "bought iron ore.\n")
    companies = _new(draft, "Company")
    assert {"Silver Lake Resources Pty Ltd", "Golden Arrow Trading LLC",
            "Copper Mountain Logistics Inc."} <= companies, companies
    linked = {x for _, x in _values(draft, "concernsMetal")}
    assert not {x for x in linked if x.rsplit("/", 1)[-1].lower() in ("silver", "gold", "copper",
                                                                       "metal-silver", "metal-gold",
                                                                       "metal-copper")}, linked


@fault("'X Pty Ltd reported record sales. Y Pty Ltd and Z LLC were its biggest buyers. Chairman "
       "Sir Robert Mackintosh said': the chairman's post is given to Y, a buyer the sentence "
       "before names (the nearest company), not to X, whose sales the text reports")
def test_a_chairman_after_a_buyers_sentence_is_no_buyers(snapshot_kg):
    draft = _draft(snapshot_kg, "Results\n\nPERTH, 20 August 2029 -- Pilbara Iron and Tin Pty Ltd "
                                "reported record sales. Silver Lake Resources Pty Ltd and Iron "
                                "Bridge Holdings LLC were its biggest buyers. Chairman Sir Robert "
                                "Mackintosh said the board would meet on 3 September.\n")
    assert "Robert Mackintosh" in _new(draft, "Person"), _new(draft)
    assert not {p for p in posts(draft) if p[2] == "Silver Lake Resources Pty Ltd"}, posts(draft)
