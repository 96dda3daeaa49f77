"""`kg ingest` attacked a forty-third time (round 42), with short texts written for this file
(a board's changes, a court's ruling, a notice's signature, a refinery in Poland, a mine sold
by a man with a nickname, ...). A fault's test is marked ``fault(...)`` (strict xfail) while it
is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, posts, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile43-x"):
    return draft_of(kg, text, doc_id, "hostile43.txt")


# --- 1. "X, formerly of Y, was named ..." --------------------------------------------------------
def test_a_post_named_after_a_former_employer_is_not_held_there(snapshot_kg):
    """"Kwame Boateng, formerly of Tarkwa Mining Services Ltd, was named chief financial
    officer": a post "chief financial officer" of Tarkwa Mining Services was drafted (the post
    rule read the organisation of the apposition as the role's, though "formerly of" says the
    person has left it)."""
    draft = _draft(snapshot_kg, "Board changes\n\nACCRA, 11 June 2027 -- Asante Gold Fields Ltd "
                                "said on Friday that Kwame Boateng, formerly of Tarkwa Mining "
                                "Services Ltd, was named chief financial officer.\n")
    got = posts(draft)
    assert not {p for p in got if p[2] == "Tarkwa Mining Services Ltd"}, got
    assert ("Kwame Boateng", "Chief financial officer", "Asante Gold Fields Ltd") in got, got


def test_a_post_of_the_organisation_after_the_role_still_stands(snapshot_kg):
    draft = _draft(snapshot_kg, "Board changes\n\nACCRA, 11 June 2027 -- Kwame Boateng, chief "
                                "financial officer of Tarkwa Mining Services Ltd, spoke at the "
                                "meeting.\n")
    assert ("Kwame Boateng", "Chief financial officer", "Tarkwa Mining Services Ltd") in \
        posts(draft), posts(draft)


# --- 2. a courtesy title before a name set off by commas ----------------------------------------
def test_comrade_is_no_word_of_a_persons_name(snapshot_kg):
    """"its lawyer, Comrade Bwalya Mulenga, said": a Person "Comrade Bwalya Mulenga" was drafted
    (the name set off by commas after a role took the title as a given name)."""
    draft = _draft(snapshot_kg, "Court ruling\n\nLUSAKA, 14 March 2027 -- Kalulu Copper Refiners "
                                "Ltd will appeal the ruling, its lawyer, Comrade Bwalya Mulenga, "
                                "said on Tuesday.\n")
    people = _new(draft, "Person")
    assert "Bwalya Mulenga" in people and not {p for p in people if "Comrade" in p}, people
    assert ("Bwalya Mulenga", "Lawyer", "Kalulu Copper Refiners Ltd") in posts(draft), posts(draft)


def test_a_vietnamese_name_after_comrade_is_drafted_whole(snapshot_kg):
    draft = _draft(snapshot_kg, "Plant visit\n\nHANOI, 9 April 2027 -- The smelter's director, "
                                "Comrade Le Thi Mai, reported that output rose.\n")
    assert "Le Thi Mai" in _new(draft, "Person"), _new(draft)


# --- 3. "X Company of <country> and Y Council" ---------------------------------------------------
def test_a_company_of_a_country_and_a_council_are_two_bodies(snapshot_kg):
    """"the Iron Ore Company of Canada and Tin Can Bay Council said": one GovernmentBody "Iron
    Ore Company of Canada and Tin Can Bay Council" was drafted (a phrase is split at "and" only
    after a word that ends a name; and "of Canada" was cut from a company's name)."""
    draft = _draft(snapshot_kg, "Water plan\n\nSEPT-ILES, 2 February 2027 -- The Iron Ore Company "
                                "of Canada and Tin Can Bay Council said they had agreed on a water "
                                "plan.\n")
    assert "Iron Ore Company of Canada" in _new(draft, "Company"), _new(draft)
    assert "Tin Can Bay Council" in _new(draft, "GovernmentBody"), _new(draft)
    assert not {x for x in _new(draft) if " and " in x}, _new(draft)


def test_a_body_of_two_fields_joined_by_and_stays_whole(snapshot_kg):
    draft = _draft(snapshot_kg, "Visit\n\nHANOI, 2 February 2027 -- The Ministry of Industry and "
                                "Trade said the smelter would reopen.\n")
    assert not {"Ministry of Industry", "Trade"} & _new(draft), _new(draft)


# --- 4. a notice's signature block: short lines stacked ----------------------------------------
_NOTICE = ("NOTICE OF ANNUAL GENERAL MEETING\n\nZinc Valley Holdings Plc gives notice that its "
           "annual general meeting will be held at the Grand Hotel, Port Elizabeth, on Thursday "
           "17 June 2027 at 10.00 a.m., to receive the accounts for the year ended 31 December "
           "2026 and to re-elect the directors who retire by rotation.\n\nBy order of the Board\n"
           "Thabo Nkosi\nCompany Secretary\nJohannesburg, 20 May 2027\n")


def test_a_signature_blocks_short_lines_make_no_name(snapshot_kg):
    """"By order of the Board" / "Thabo Nkosi" / "Company Secretary": a Company "Board
    Thabo Nkosi Company" was drafted (a capitalised phrase ran over the lines of the signature
    block, though no wrap leaves a person's name alone on a line)."""
    draft = _draft(snapshot_kg, _NOTICE)
    assert not {x for x in _new(draft) if "Nkosi" in x and x != "Thabo Nkosi"}, _new(draft)
    assert "Zinc Valley Holdings Plc" in _new(draft, "Company"), _new(draft)


def test_a_name_hard_wrapped_in_a_paragraph_stays_whole(snapshot_kg):
    text = ("Award\n\nNDOLA, 3 May 2027 -- A research group of the Copperbelt Institute of Mining\n"
            "Engineering won a prize on Monday for a new flotation method, the institute said in a\n"
            "statement that named the five members of the group and the two companies that funded\n"
            "the work over three years, and it added that a pilot plant would follow in 2028.\n")
    draft = _draft(snapshot_kg, text)
    assert "Copperbelt Institute of Mining Engineering" in _new(draft), _new(draft)


def test_a_heading_in_capitals_is_no_word_of_the_name_under_it(snapshot_kg):
    """"WHERE TO SLEEP" over "Malachite Lodge Hotel, two streets from ...", "PRODUCT RECALL
    NOTICE" over "Kafue Cycle Works Co., Ltd. will recall ...": a Site "WHERE TO SLEEP
    Malachite Lodge Hotel" and a Company named from the notice's heading on were drafted (a
    capitalised phrase ran from the heading's line into the name under it)."""
    draft = _draft(snapshot_kg, "Visitor guide\n\nThe town sits on the old copper belt and is a "
                                "short drive from the airport.\n\nWHERE TO SLEEP\nMalachite "
                                "Lodge Hotel, two streets from the museum, has thirty rooms.\n\n"
                                "PRODUCT RECALL NOTICE\nKafue Cycle Works Co., Ltd. will recall "
                                "400 bicycles whose brake lines may crack.\n")
    labels = _new(draft)
    assert "Malachite Lodge Hotel" in labels and "Kafue Cycle Works Co., Ltd." in labels, labels
    assert not {x for x in labels if "SLEEP" in x or ("NOTICE" in x and "Kafue" in x)}, labels


# --- 5. a city named with letters outside ASCII -------------------------------------------------
def test_a_city_named_with_accented_letters_is_a_city(snapshot_kg):
    """"restarted its refinery in Gdańsk", "an office in Kraków": no City was drafted (the cue
    "<facility> in X" read only the letters A to Z; "Gdansk" was a City)."""
    draft = _draft(snapshot_kg, "Refinery restart\n\nWARSAW, 4 March 2027 -- Baltic Zinc Refining "
                                "S.A. said its refinery in Gdańsk and its office in Kraków were "
                                "not affected by the strike.\n")
    assert {"Gdańsk", "Kraków"} <= _new(draft, "City"), _new(draft)


# --- 6. a dateline's day printed as an ordinal --------------------------------------------------
def test_a_dateline_with_an_ordinal_day_names_its_city(snapshot_kg):
    """"WARSAW, March 4th 2027 --": no City Warsaw (the dateline's day was read only as
    digits); "MEXICO CITY, the 3rd of May 2027 -- Workers ... walked out": the event's label
    opened with the dateline."""
    draft = _draft(snapshot_kg, "Refinery restart\n\nWARSAW, March 4th 2027 -- Baltic Zinc Refining "
                                "S.A. restarted its refinery on Monday.\n")
    assert "Warsaw" in _new(draft, "City"), _new(draft)
    draft = _draft(snapshot_kg, "Smelter strike\n\nMEXICO CITY, the 3rd of May 2027 -- Workers at "
                                "the Fundidora del Norte smelter in Monterrey walked out on "
                                "Monday.\n")
    labels = _new(draft)
    assert not {x for x in labels if x.startswith("MEXICO")} - {"MEXICO CITY"}, labels
    assert any(x.startswith("Workers at the Fundidora del Norte smelter") for x in labels), labels


# --- 7. a nickname in quotation marks inside a person's name -----------------------------------
def test_a_nickname_between_given_and_family_name_is_left_out(snapshot_kg):
    """'the miner controlled by Kwame "KB" Boateng': no person was drafted (the given name's
    rule wanted the family name right after it)."""
    draft = _draft(snapshot_kg, "Mine sold\n\nACCRA, 5 May 2027 -- Ashanti Crest Gold, the miner "
                                "controlled by Kwame \"KB\" Boateng, agreed to sell its Obuasi "
                                "North mine. Kofi \u201cThe Bull\u201d Asante said the sale would "
                                "close in June.\n")
    assert {"Kwame Boateng", "Kofi Asante"} <= _new(draft, "Person"), _new(draft)
    assert not {x for x in _new(draft) if "KB" in x or "Bull" in x}, _new(draft)


def test_a_nickname_after_an_unlisted_given_name_makes_no_company(snapshot_kg):
    """'controlled by Thandiwe "TK" Khumalo': a Company "Thandiwe" was drafted by names/slots
    (the given name is in no list, and no rule read a name with a nickname inside)."""
    draft = _draft(snapshot_kg, "Mine sold\n\nJOHANNESBURG, 5 May 2027 -- Platreef Holdings, the "
                                "platinum miner controlled by Thandiwe \"TK\" Khumalo, agreed to "
                                "sell its Marula East mine.\n")
    assert "Thandiwe" not in _new(draft, "Company"), _new(draft)
    assert "Thandiwe Khumalo" in _new(draft, "Person"), _new(draft)


def test_a_quoted_word_inside_a_bodys_name_makes_no_person(snapshot_kg):
    draft = _draft(snapshot_kg, "Accord\n\nLUSAKA, 5 May 2027 -- The miners signed the Kafue "
                                "\"Green Copper\" Accord on Monday, and the Lusaka \"Blue\" Smelter "
                                "restarted.\n")
    assert not _new(draft, "Person"), _new(draft, "Person")


# --- 8. faults found and left (strict xfails) ---------------------------------------------------
@fault("'Companhia Mineira do Vale Verde said ... Chief executive João Pedro dos Santos said': "
       "the post is given to the other company the text names, a nickel trader (the Portuguese "
       "company is drafted since round 43's data/native-org-heads.txt; 'the company' of the "
       "title's sentence is read as the last company named, not the first sentence's subject)")
def test_a_portuguese_company_named_by_its_opening_word_holds_its_chiefs_post(snapshot_kg):
    draft = _draft(snapshot_kg, "Nickel deal collapses\n\nSAO PAULO, Aug. 3rd, 2027 -- Companhia "
                                "Mineira do Vale Verde said on Monday that it had not signed the "
                                "offtake agreement with Sterling Nickel Trading Ltd, and that talks "
                                "with the Banco Nacional de Desenvolvimento Econômico e Social "
                                "ended in July.\n\nChief executive João Pedro dos Santos said the "
                                "company would instead sell ore to buyers in Rio de Janeiro.\n")
    assert not {p for p in posts(draft) if p[2] == "Sterling Nickel Trading Ltd"}, posts(draft)


@fault("'Ms. Zhang Xiaoling, formerly of X Co., was named secretary general' after a sentence "
       "whose subject is a regulator: the post is given to the regulator (the elected posts of "
       "relations/posts_without_body, post:apposed-elected, take the subject of the sentence "
       "before as the body)")
def test_a_post_named_in_passive_is_not_the_regulator_of_the_sentence_before(snapshot_kg):
    draft = _draft(snapshot_kg, "Committee\n\nBEIJING, 5 January 2027 -- The State Administration "
                                "for Market Regulation approved the committee in December 2026. "
                                "Ms. Zhang Xiaoling, formerly of Jiangxi Copper Company Limited, "
                                "was named secretary general.\n")
    assert not {p for p in posts(draft)
                if p[2] == "State Administration for Market Regulation"}, posts(draft)


def test_santiago_de_chile_is_one_city(snapshot_kg):
    draft = _draft(snapshot_kg, "Ore sales\n\nLIMA, 3 August 2027 -- The miner will sell ore to "
                                "buyers in Santiago de Chile.\n")
    assert "Chile" not in _new(draft, "Country"), _new(draft)
