"""`kg ingest` attacked a forty-seventh time (round 46), with short texts written for this file:
companies whose legal form follows a comma ("X, Inc.", "Y, LLC", "Z, S.A. de C.V."), Portuguese
names joined by "do" / "e" (a company, a person, a city), a dateline of a city and its state and
one of a wire service with no day, Malaysian and Gulf titles before a person's name, and
statements a clause denies or only plans. A fault's test is marked ``fault(...)`` (strict
xfail) while it is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, posts, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile47-x"):
    return draft_of(kg, text, doc_id, "hostile47.txt")


# --- 1. a legal form printed after a comma ---------------------------------------------------
_COMMA_FORMS = ("Stake\n\nDENVER, 15 May 2029 -- Front Range Zinc, Inc. bought a stake in Mesa "
                "Copper, LLC on Tuesday. Minera del Sur, S.A. de C.V. and Andes Litio, S.A.C. "
                "also bid.\n")


def test_a_legal_form_after_a_comma_is_the_names_end(snapshot_kg):
    """"Front Range Zinc, Inc." was not drafted at all, "Mesa Copper, LLC" was drafted as two
    companies, "Mesa Copper" and "LLC", and "Minera del Sur, S.A. de C.V." as "Minera del Sur"
    (only "Co., Ltd.", "Ltd" and "Lda" were read after a comma)."""
    draft = _draft(snapshot_kg, _COMMA_FORMS)
    companies = _new(draft, "Company")
    assert {"Front Range Zinc, Inc.", "Mesa Copper, LLC", "Minera del Sur, S.A. de C.V.",
            "Andes Litio, S.A.C."} <= companies, companies
    assert not companies & {"LLC", "Mesa Copper", "Minera del Sur"}, companies


def test_the_deal_of_a_company_named_with_a_comma_form_has_it_whole(snapshot_kg):
    """"Minera del Sur, S.A. bought a stake in Cobre Andaluz S.A.": the event was named from
    "S.A. bought ..." (the clause was cut at the name's comma) and took the buyer as no party."""
    draft = _draft(snapshot_kg, "Stake\n\nMADRID, 15 May 2029 -- Minera del Sur, S.A. bought a "
                                "stake in Cobre Andaluz S.A. on Tuesday.\n")
    assert "Minera del Sur, S.A." in _new(draft, "Company"), _new(draft)
    parts = {o for s, o in _values(draft, "participant") if "stake" in s}
    assert "Minera del Sur, S.A." in parts, _values(draft, "participant")
    assert not {x for x in _new(draft) if x.startswith("S.A.")}, _new(draft)


def test_a_comma_before_a_place_or_an_initialism_opens_no_legal_form(snapshot_kg):
    draft = _draft(snapshot_kg, "Trade\n\nJOHANNESBURG, 15 May 2029 -- Buyers in Zambia, SA and "
                                "Namibia paid more, and Kafue Cobalt Ltd, AG Metals and Orbit "
                                "Zinc Corp. signed deals.\n")
    companies = _new(draft, "Company")
    assert not {x for x in companies if x.endswith((", SA", ", AG"))}, companies


# --- 2. Portuguese names joined by "do", "da", "dos" and "e" ----------------------------------
_MINHO = ("Partnership\n\nPORTO, 15 May 2029 -- Metais do Minho, S.A. and Ferro e Aço do Norte, "
          "Lda. will form a joint venture, the two companies said on Tuesday. Ana Sofia da Costa "
          "e Silva, director of Metais do Minho, S.A., said the venture would have a plant in "
          "Viana do Castelo. Minister José Maria dos Santos Pereira welcomed it.\n")


def test_portuguese_company_names_run_through_do_and_e(snapshot_kg):
    """A Company "S.A. and Ferro e Aço do Norte, Lda" was drafted and "Metais do Minho, S.A."
    was not ("do" and "e" joined no name's words, so "Minho" and "Norte" stood alone)."""
    draft = _draft(snapshot_kg, _MINHO)
    companies = _new(draft, "Company")
    assert {"Metais do Minho, S.A.", "Ferro e Aço do Norte, Lda."} <= companies, companies
    assert not {x for x in companies if x.startswith(("S.A.", "Minho", "Norte"))}, companies


def test_a_portuguese_persons_two_family_names_and_her_post(snapshot_kg):
    """People "Ana Sofia da Costa" and "José Maria" were drafted (the family name after "e",
    and a second one after "dos Santos", were left out), and Ana's post was not."""
    draft = _draft(snapshot_kg, _MINHO)
    people = _new(draft, "Person")
    assert {"Ana Sofia da Costa e Silva", "José Maria dos Santos Pereira"} <= people, people
    assert not people & {"Ana Sofia da Costa", "José Maria"}, people
    assert ("Ana Sofia da Costa e Silva", "Director", "Metais do Minho, S.A.") in posts(draft), \
        posts(draft)


def test_a_city_named_with_do_or_dos_after_in(snapshot_kg):
    """"a plant in Viana do Castelo" drafted a City "Viana", "offices in São José dos Campos"
    one "São José"."""
    draft = _draft(snapshot_kg, "Plants\n\nLISBON, 15 May 2029 -- Metais do Minho, S.A. has a "
                                "plant in Viana do Castelo and offices in São José dos Campos.\n")
    cities = _new(draft, "City")
    assert {"Viana do Castelo", "São José dos Campos"} <= cities, cities
    assert not cities & {"Viana", "São José"}, cities


def test_english_do_between_capitals_joins_no_name(snapshot_kg):
    draft = _draft(snapshot_kg, "Questions\n\nLONDON, 15 May 2029 -- Why do Zambian Smelters pay "
                                "more? Analysts at Thames Metals Ltd said power costs were to "
                                "blame.\n")
    labels = _new(draft)
    assert "Thames Metals Ltd" in _new(draft, "Company"), labels
    assert not {x for x in labels if x.startswith(("do ", "Why"))}, labels


# --- 3. datelines: a city and its state; a wire service and no day ------------------------
def test_a_dateline_with_a_state_no_list_holds(snapshot_kg):
    """"DENVER, Colorado, 10 October 2029 --": no place was drafted (a dateline's second name
    that is neither a listed province nor a country dropped the city as well)."""
    draft = _draft(snapshot_kg, "Smelter\n\nDENVER, Colorado, 10 October 2029 -- Front Range Zinc "
                                "LLC will build a smelter.\n")
    assert "Denver" in _new(draft, "City"), _new(draft)
    assert "Colorado" in _new(draft, "Province"), _new(draft)
    assert ("Denver", "Colorado") in _values(draft, "locatedIn"), _values(draft, "locatedIn")
    assert "Colorado Province" not in _new(draft), _new(draft)


def test_a_wire_dateline_with_no_day(snapshot_kg):
    """"JAKARTA (Reuters) - PT X said ...": no city was drafted (a dateline was read only with
    a day)."""
    draft = _draft(snapshot_kg, "NICKEL MARKET UPDATE\n\nJAKARTA (Reuters) - PT Sulawesi Nikel "
                                "Tbk said on Wednesday it had started up its Pomalaa plant.\n")
    assert "Jakarta" in _new(draft, "City"), _new(draft)
    assert "PT Sulawesi Nikel Tbk" in _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if "Reuters" in x}, _new(draft)


# --- 4. titles of rank before a name ---------------------------------------------------------
_BOARD = ("Board Changes\n\nKUALA LUMPUR, 9 September 2029 -- Perak Tin Berhad appointed Datuk "
          "Seri Lim Boon Keat as chairman. Tan Sri Dato' Wong Kah Hoe, its former chairman, "
          "retired. Sheikh Khalid bin Hamad Al Thani, chairman of Doha Aluminium Holding Company, "
          "welcomed the choice.\n")


def test_malaysian_titles_are_no_words_of_the_name(snapshot_kg):
    """No person "Lim Boon Keat" was drafted ("Datuk Seri" was no title the person rules knew),
    so no post either."""
    draft = _draft(snapshot_kg, _BOARD)
    people = _new(draft, "Person")
    assert {"Lim Boon Keat", "Wong Kah Hoe"} <= people, people
    assert not {x for x in people if x.startswith(("Datuk", "Seri", "Tan Sri", "Dato"))}, people
    assert ("Lim Boon Keat", "Chairman", "Perak Tin Berhad") in posts(draft), posts(draft)


def test_a_gulf_name_with_bin_and_al_after_sheikh(snapshot_kg):
    """"Sheikh Khalid bin Hamad Al Thani, chairman of X": the person was drafted as "Hamad Al
    Thani"."""
    draft = _draft(snapshot_kg, _BOARD)
    people = _new(draft, "Person")
    assert "Khalid bin Hamad Al Thani" in people, people
    assert "Hamad Al Thani" not in people, people
    assert ("Khalid bin Hamad Al Thani", "Chairman", "Doha Aluminium Holding Company") in \
        posts(draft), posts(draft)


# --- 4b. two bodies joined by "and", the second a country's --------------------------------
def test_a_countrys_body_after_and_is_a_name_of_its_own(snapshot_kg):
    """"the Ruritanian Geological Institute and Moldova's National Agency for Mineral
    Resources": one body "... Institute and Moldova's National Agency" was drafted, and
    "Agency" took no "for X" after it."""
    draft = _draft(snapshot_kg, "Survey\n\nCHISINAU, 8 March 2029 -- The Ruritanian Geological "
                                "Institute and Moldova's National Agency for Mineral Resources "
                                "signed a mapping agreement on Monday.\n")
    bodies = _new(draft, "GovernmentBody")
    assert "National Agency for Mineral Resources" in bodies, _new(draft)
    assert not {x for x in _new(draft) if "and Moldova" in x}, _new(draft)


def test_a_field_in_the_possessive_after_and_ends_no_name(snapshot_kg):
    draft = _draft(snapshot_kg, "Spill\n\nGUIYANG, 8 March 2029 -- Experts of the Ministry of "
                                "Water and Environment's Southern Institute arrived on Monday.\n")
    assert not {x for x in _new(draft) if x.startswith("Ministry of Water")
                and "Environment" not in x}, _new(draft)


# --- 5. what a clause denies or only plans -----------------------------------------------------
def test_an_agreement_that_was_not_signed_has_no_day_of_signing(snapshot_kg):
    draft = _draft(snapshot_kg, "Offtake\n\nLUSAKA, 12 August 2029 -- A supply agreement with Tana "
                                "Copper PLC was not signed in September. Kafue Cobalt Ltd did "
                                "not sign the offtake agreement with Orbit Zinc Corp. on "
                                "Monday.\n")
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")


def test_an_agreement_due_then_called_off_is_not_signed(snapshot_kg):
    """'A supply agreement with X, due to be signed in September, will not be signed': the
    agreement got dateSigned (a month of the year before) from the inserted clause. Fixed in
    round 47: "due to be signed" in an aside is a plan (data/mood-cues.txt) and its month is
    the next September (reading/dates._FUTURE); the main clause's "will not" is still unread
    (the plan's day stays)."""
    draft = _draft(snapshot_kg, "Offtake\n\nLUSAKA, 12 August 2029 -- A supply agreement with Tana "
                                "Copper PLC, due to be signed in September, will not be signed.\n")
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")


def test_an_agreement_that_was_due_and_postponed_is_not_signed(snapshot_kg):
    """'A supply agreement with X was due to be signed in September but was postponed': it got
    dateSigned of September of the year before (a past plan, 'was due to', read as done: the
    mood of a day the event rules rolled back a year was read from no printed date). Fixed in
    round 47: relations/stated_mood reads an agreement's days as the date rules do too."""
    draft = _draft(snapshot_kg, "Offtake\n\nLUSAKA, 12 August 2029 -- A supply agreement with Tana "
                                "Copper PLC was due to be signed in September but was "
                                "postponed.\n")
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")


# --- 6. faults found and left (strict xfails) --------------------------------------------------
def test_a_road_named_after_a_metal_concerns_no_metal(snapshot_kg):
    """'The Gold Fields Road smelter of Karoo Platinum Pty Ltd': a metal word opening a road's
    name is a word of the road's name, no mention of the metal (fixed in round 47: names)."""
    draft = _draft(snapshot_kg, "Restart\n\nJOHANNESBURG, 28 February 2029 -- The Gold Fields Road "
                                "smelter of Karoo Platinum Pty Ltd will restart in the third "
                                "quarter, chief executive Thandiwe Mokoena said.\n")
    assert not {x for x in _values(draft, "concernsMetal") if x[1].endswith("Gold")}, \
        _values(draft, "concernsMetal")


def test_a_board_that_set_tariffs(snapshot_kg):
    """"The Energy Regulation Board of Zambia set new tariffs": a Policy "Zambia set new
    tariffs" was drafted ("set", a verb whose past is its plain form, was read as a word of a
    lower-case name: data/unchanged-past-verbs.txt)."""
    draft = _draft(snapshot_kg, "Power\n\nLUSAKA, 21 May 2029 -- The Energy Regulation Board of "
                                "Zambia set new tariffs for smelters. Peru cut royalties on "
                                "copper.\n")
    assert not {x for x in _new(draft) if " set " in x or " cut " in x}, _new(draft)


def test_a_verb_noun_after_a_lower_case_word_stays_in_the_policy(snapshot_kg):
    draft = _draft(snapshot_kg, "Power\n\nLUSAKA, 21 May 2029 -- The ministry announced a power "
                                "tariff cut policy for smelters.\n")
    assert {x for x in _new(draft) if "tariff cut policy" in x}, _new(draft)


def test_a_regulation_board_of_a_country(snapshot_kg):
    """'The Energy Regulation Board of Zambia set new tariffs': the board is drafted, a body of
    the country after "of" (fixed in round 47: names/named_boards.py)."""
    draft = _draft(snapshot_kg, "Power\n\nLUSAKA, 21 May 2029 -- The Energy Regulation Board of "
                                "Zambia set new tariffs for smelters.\n")
    assert "Energy Regulation Board of Zambia" in _new(draft), _new(draft)


@fault("'Hon. Paul Banda, Minister of Mines, opened the plant' (a Lusaka dateline): no post, "
       "since no ministry is named and none is drafted from the title")
def test_a_minister_named_with_his_title_and_no_ministry(snapshot_kg):
    draft = _draft(snapshot_kg, "Visit\n\nLUSAKA, 9 September 2029 -- Hon. Paul Banda, Minister of "
                                "Mines, opened the plant.\n")
    assert {p for p in posts(draft) if p[0] == "Paul Banda"}, posts(draft)
