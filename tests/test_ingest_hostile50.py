"""`kg ingest` attacked a fiftieth time (round 49), with short texts written for this file:
companies of Poland, Czechia and Croatia whose legal form is printed in lower case ("a.s.",
"s.r.o.", "Sp. z o.o.", "d.o.o."), an award that "went to" a company and a winner of the year
before who did not enter, a summit that "opened ... and will close on" a day, a licence and a
court case whose parties are named by their roles ("the Licensor", "the Respondent"), a town
named after a metal, a ceremony put off, a board joined by a dean of another body, a short name
defined in brackets inside a clause that tells an event, and a firm a headline describes. A
fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard
their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, posts, snapshot_kg  # noqa: F401
from hostile_drafts import label_dates, new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile50-x"):
    return draft_of(kg, text, doc_id, "hostile50.txt")


# --- 1. legal forms printed in lower case ----------------------------------------------------------
_ZINC = ("Zinc Deal\n\nKATOWICE, 5 June 2029 -- Śląskie Walcownie Cynku Sp. z o.o. has agreed to "
         "buy Moravská\nMěď s.r.o. from Ostrava Holdings a.s. for an undisclosed sum. The seller "
         "bought the Czech\nfirm in 2021 from Jadran Metali d.o.o., a trader based in Split.\n")


def test_lower_case_legal_forms_end_a_companys_name(snapshot_kg):
    """"X a.s.", "Y s.r.o.", "Z Sp. z o.o.", "W d.o.o.": none of the four was drafted, or only
    without its form ("Ostrava Holdings"), since a name read only capitalised words and no rule
    read a form in lower case after it."""
    draft = _draft(snapshot_kg, _ZINC)
    companies = _new(draft, "Company")
    assert {"Śląskie Walcownie Cynku Sp. z o.o.", "Moravská Měď s.r.o.", "Ostrava Holdings a.s.",
            "Jadran Metali d.o.o."} <= companies, companies
    assert not {x for x in companies if x in ("Ostrava Holdings", "Jadran Metali")
                or x.startswith(("Sp.", "Sp "))}, companies


def test_the_buyer_named_with_a_lower_case_form_acquires(snapshot_kg):
    draft = _draft(snapshot_kg, _ZINC)
    assert ("Śląskie Walcownie Cynku Sp. z o.o.", "Moravská Měď s.r.o.") in \
        _values(draft, "acquired"), _values(draft, "acquired")


def test_a_clause_ending_in_a_lower_case_form_keeps_its_stop_in_the_label(snapshot_kg):
    """"bought the Czech firm in 2021 from X d.o.o., a trader": the event was labelled "... X
    d.o.o" (the clause read up to the stop, taken for the sentence's)."""
    draft = _draft(snapshot_kg, _ZINC)
    told = {x for x in _new(draft) if "bought the Czech firm" in x}
    assert told and not {x for x in told if x.endswith("d.o.o")}, told


def test_a_lower_case_form_on_the_next_line_and_the_parties_of_a_deal(snapshot_kg):
    draft = _draft(snapshot_kg, "Zinc Deal\n\nKATOWICE, 5 June 2029 -- The deal was signed by "
                                "Slaskie Walcownie Cynku Sp. z o.o. and Ostrava Holdings\na.s. on "
                                "Friday.\n")
    parties = {o for _, o in _values(draft, "party")}
    assert {"Slaskie Walcownie Cynku Sp. z o.o.", "Ostrava Holdings a.s."} <= parties, \
        _values(draft, "party")


def test_a_lower_case_word_after_a_name_is_no_legal_form(snapshot_kg):
    draft = _draft(snapshot_kg, "Visit\n\nPRAGUE, 5 June 2029 -- Officials of Ostrava Holdings "
                                "as well as two banks toured the rolling mill on Friday.\n")
    assert not {x for x in _new(draft) if x.endswith((" as", " as well"))}, _new(draft)


# --- 2. an award that went to a company; last year's winner -------------------------------------
_PICK = ("Safety Awards\n\nPERTH, 20 May 2029 -- The Golden Pick Award for safety went to "
         "Kalgoorlie Gold Mines Ltd.\nLast year's winner, Pilbara Iron and Steel Corporation, did "
         "not enter.\n")


def test_an_award_that_went_to_a_company_is_granted_to_it(snapshot_kg):
    """"The X Award went to Y Ltd.": no grant (after "went to" only people were read)."""
    draft = _draft(snapshot_kg, _PICK)
    grants = {o for _, o in _values(draft, "recipient")}
    assert "Kalgoorlie Gold Mines Ltd." in grants, _values(draft, "recipient")


def test_last_years_winner_is_no_winner_of_this_award(snapshot_kg):
    """"Last year's winner, Z Corporation, did not enter": Z was granted the award (the noun
    "winner" named it a laureate, whatever year it spoke of)."""
    draft = _draft(snapshot_kg, _PICK)
    assert "Pilbara Iron and Steel Corporation" in _new(draft, "Company"), _new(draft)
    assert not {o for _, o in _values(draft, "recipient")
                if o == "Pilbara Iron and Steel Corporation"}, _values(draft, "recipient")


def test_this_years_winners_are_still_laureates(snapshot_kg):
    draft = _draft(snapshot_kg, "Safety Awards\n\nPERTH, 20 May 2029 -- The Golden Pick Award "
                                "was presented on Friday. This year's winners are Kalgoorlie Gold "
                                "Mines Ltd and Pilbara Iron and Steel Corporation.\n")
    grants = {o for _, o in _values(draft, "recipient")}
    assert {"Kalgoorlie Gold Mines Ltd", "Pilbara Iron and Steel Corporation"} <= grants, \
        _values(draft, "recipient")


# --- 3. a summit that opened and will close -------------------------------------------------------
_SUMMIT = ("Summit\n\nACCRA, 3 March 2029 -- The West Africa Bauxite Summit opened on 2 March in\n"
           "Kumasi and will close on 5 March, organisers said.\n")


def test_a_summits_closing_day_is_no_milestone_of_its_own(snapshot_kg):
    """"The X Summit opened on 2 March ... and will close on 5 March": a Milestone "Will close"
    was drafted, planned for 5 March (a step with no subject of its own)."""
    draft = _draft(snapshot_kg, _SUMMIT)
    assert not {x for x in _new(draft) if x.lower().startswith("will ")}, _new(draft)
    dates = label_dates(draft, "West Africa Bauxite Summit")
    assert dates.get("West Africa Bauxite Summit", {}).get("startDate") == "2029-03-02", dates
    assert dates["West Africa Bauxite Summit"].get("endDate") == "2029-03-05", dates


def test_a_companys_step_after_and_is_still_a_milestone(snapshot_kg):
    draft = _draft(snapshot_kg, "Plant\n\nACCRA, 3 March 2029 -- Volta Bauxite Ltd opened a "
                                "wash plant on 2 March and will start a second line in "
                                "September 2029.\n")
    assert {x for x in _new(draft, "Milestone") if "second line" in x}, _new(draft)


# --- 4. parties named by their roles ---------------------------------------------------------------
def test_a_licence_between_a_licensor_and_a_licensee(snapshot_kg):
    draft = _draft(snapshot_kg, "Licence Agreement\n\nTHIS LICENCE AGREEMENT is made on 3 March "
                                "2029 between Altiplano Litio S.A.C., a company\nincorporated in "
                                "Peru (the \"Licensor\"), and Kestrel Zellen GmbH (the \"Licensee\"). "
                                "The Licensor\ngrants the Licensee the right to use its brine "
                                "process.\n")
    parties = {o for _, o in _values(draft, "party")}
    assert {"Altiplano Litio S.A.C.", "Kestrel Zellen GmbH"} <= parties, _values(draft, "party")
    assert {v for _, v in _values(draft, "dateSigned")} == {"2029-03-03"}, \
        _values(draft, "dateSigned")
    assert not {x for x in _new(draft) if x.strip('"').startswith(("Licensor", "Licensee"))}, \
        _new(draft)


def test_a_petitioner_and_a_respondent_are_no_names(snapshot_kg):
    draft = _draft(snapshot_kg, "Court\n\nNAIROBI, 8 August 2029 -- The High Court dismissed a "
                                "petition filed by Kenya Titanium Ltd\n(the \"Petitioner\") against "
                                "the National Environment Management Authority (the\n"
                                "\"Respondent\") on Thursday.\n")
    assert "Kenya Titanium Ltd" in _new(draft, "Company"), _new(draft)
    assert "National Environment Management Authority" in _new(draft, "GovernmentBody"), \
        _new(draft)
    assert not {x for x in _new(draft) if "Petitioner" in x or "Respondent" in x}, _new(draft)


def test_a_short_name_defined_in_brackets_is_no_word_of_an_events_label(snapshot_kg):
    """'The X Authority (hereinafter referred to as "the Authority") issued two leases on
    Monday': the event's label kept the bracket (round 48's leftover, in another wording)."""
    draft = _draft(snapshot_kg, "Leases\n\nACCRA, 12 August 2029 -- The Volta Bauxite Authority "
                                "(hereinafter referred to as \"the Authority\") issued two mining "
                                "leases on Monday.\n")
    assert "Volta Bauxite Authority" in _new(draft, "GovernmentBody"), _new(draft)
    events = {x for x in _new(draft) if "issued two mining leases" in x}
    assert events and not {x for x in events if "hereinafter" in x or "(" in x}, _new(draft)


def test_a_headlines_firm_the_body_names_again_is_a_company(snapshot_kg):
    """The guard of round 48's 'Okonkwo Family Firm' fix: a firm the body prints again is one."""
    draft = _draft(snapshot_kg, "Kalahari Law Firm Advises on Copper Sale\n\nGABORONE, 2 May "
                                "2029 -- Kalahari Law Firm advised Tati Copper Ltd on the sale of "
                                "its smelter, the firm said.\n")
    assert "Kalahari Law Firm" in _new(draft, "Company"), _new(draft)


def test_a_headlines_mining_firm_is_no_company(snapshot_kg):
    draft = _draft(snapshot_kg, "Zambian Mining Firm Wins Cobalt Tender\n\nLUSAKA, 2 May 2029 "
                                "-- Chambishi Cobalt Ltd won the tender on Friday.\n")
    assert "Chambishi Cobalt Ltd" in _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if x.endswith("Mining Firm")}, _new(draft)


# --- 5. faults left open ---------------------------------------------------------------------------
@fault("'Temiskaming Silver Works Ltd of Cobalt, Ontario': the company is said to concern "
       "cobalt and no town Cobalt is drafted (a metal's name before ', <province>' is read as "
       "the metal)")
def test_a_town_named_after_a_metal_is_a_place(snapshot_kg):
    draft = _draft(snapshot_kg, "Mill\n\nTORONTO, 14 April 2029 -- Temiskaming Silver Works Ltd "
                                "of Cobalt, Ontario said on Tuesday it would reopen a mill in "
                                "the town.\n")
    assert "Cobalt" in _new(draft, "City") | _new(draft, "Town"), _new(draft)
    assert not {o for s, o in _values(draft, "concernsMetal")
                if s == "Temiskaming Silver Works Ltd" and o == "Cobalt"}, \
        _values(draft, "concernsMetal")


@fault("'The signing ceremony for X between A and B, planned for 4 July, was postponed "
       "indefinitely' (a text of 10 July): the ceremony is given the dateline's day as its start "
       "(the mood of its clause is read only a few words past the name, before the aside) and "
       "its label stops at A")
def test_a_ceremony_put_off_took_place_on_no_day(snapshot_kg):
    draft = _draft(snapshot_kg, "Postponed\n\nSYDNEY, 10 July 2029 -- The signing ceremony for "
                                "the Nullarbor nickel joint venture between\nBoulder Nickel Pty "
                                "Ltd and Sakura Metals K.K., planned for 4 July, was postponed "
                                "indefinitely.\n")
    dates = label_dates(draft, "Signing ceremony")
    assert dates and not [d for d in dates.values() if "startDate" in d], dates
    assert {x for x in dates if "Sakura Metals" in x}, dates


@fault("'X Ltd said that Prof. A, formerly dean of engineering at Y University, will join its "
       "board': an Organization 'Board of Y University' is drafted ('its' read as the "
       "university, the nearest body, not the company that speaks)")
def test_its_board_is_the_speaking_companys(snapshot_kg):
    draft = _draft(snapshot_kg, "Appointment\n\nJOHANNESBURG, 12 March 2029 -- Platreef "
                                "Minerals Ltd said on Monday that Prof. Sipho\nDlamini, formerly "
                                "dean of engineering at the University of the Witwatersrand, "
                                "will join\nits board as a non-executive director on 1 April.\n")
    assert "Sipho Dlamini" in _new(draft, "Person"), _new(draft)
    assert not {x for x in _new(draft) if x.startswith("Board of University")}, _new(draft)


@fault("'Minister of Energy and Mineral Resources Bahlil Rahman said': no post and no ministry "
       "(a minister's title before his name, its ministry never named as such; the leftover "
       "of tests/test_ingest_hostile47.py in another order)")
def test_a_ministers_title_before_his_name(snapshot_kg):
    draft = _draft(snapshot_kg, "Ore Exports\n\nJAKARTA, 1 May 2029 -- Indonesia will not ban "
                                "nickel ore exports next year, Minister of Energy\nand Mineral "
                                "Resources Bahlil Rahman said on Tuesday.\n")
    assert {p for p in posts(draft) if p[0] == "Bahlil Rahman"}, posts(draft)
