"""`kg ingest` attacked a forty-ninth time (round 48), with short texts written for this file:
countries whose names hold a shorter known country's ("Papua New Guinea", "Guinea-Bissau"),
legal forms of Turkey and the Gulf, a company opened by "PT" joined by "and" to one closed by
"Co., Ltd.", a notice's signature block, a signing that was expected but never happened, a
refinery's builder and a smelter's seller (neither its owner), a firm named after base metals,
a heading that breaks figures down "BY COMPANY", and a late "hereinafter" abbreviation. A
fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard
their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, posts, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile49-x"):
    return draft_of(kg, text, doc_id, "hostile49.txt")


def _linked(draft) -> set:
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. countries whose names hold a shorter country's name --------------------------------------
_ROUTES = ("Bauxite Routes\n\nCONAKRY, 4 May 2029 -- Ore from the Boffa pits went to Papua New\n"
           "Guinea, Equatorial Guinea and Guinea-Bissau last year, the port authority said.\n")


def test_a_longer_countrys_name_links_no_shorter_country(snapshot_kg):
    """"Papua New Guinea", "Equatorial Guinea", "Guinea-Bissau": each linked the known country
    Guinea (the gazetteer matched "Guinea" inside them; the longer countries were not drafted)."""
    draft = _draft(snapshot_kg, _ROUTES)
    assert "Guinea" not in _linked(draft), _linked(draft)
    assert {"Papua New Guinea", "Equatorial Guinea", "Guinea-Bissau"} <= _new(draft, "Country"), \
        _new(draft)


def test_the_shorter_country_printed_alone_is_still_linked(snapshot_kg):
    draft = _draft(snapshot_kg, "Bauxite\n\nCONAKRY, 4 May 2029 -- Bauxite from Guinea went to "
                                "Guinea-Bissau by road.\n")
    assert "Guinea" in _linked(draft), _linked(draft)
    assert "Guinea-Bissau" in _new(draft, "Country"), _new(draft)


# --- 2. legal forms of Turkey and the Gulf; "PT X and Y Co., Ltd." --------------------------------
def test_turkish_and_gulf_legal_forms_end_a_company(snapshot_kg):
    """"Anadolu Bakır İşletmeleri A.Ş." and "Nahr Alloys W.L.L." were not drafted ("A.Ş." was
    read as two words, its second letter not being ASCII; "W.L.L." was no legal form)."""
    draft = _draft(snapshot_kg, "Offtake\n\nISTANBUL, 5 April 2029 -- Anadolu Bakır İşletmeleri "
                                "A.Ş. signed an offtake deal with Nahr Alloys W.L.L. on "
                                "Wednesday.\n")
    companies = _new(draft, "Company")
    assert {"Anadolu Bakır İşletmeleri A.Ş.", "Nahr Alloys W.L.L."} <= companies, _new(draft)


def test_a_company_after_pt_and_one_before_co_ltd_are_two(snapshot_kg):
    """"PT Morowali Baja Nikel and Busan Zinc Co., Ltd. signed an MoU": one Company "PT Morowali
    Baja Nikel and Busan Zinc Co., Ltd." was drafted and made the MoU's only party."""
    draft = _draft(snapshot_kg, "Nickel\n\nJAKARTA, 1 April 2029 -- PT Morowali Baja Nikel and "
                                "Busan Zinc Co., Ltd. signed a memorandum of understanding on "
                                "Monday.\n")
    companies = _new(draft, "Company")
    assert {"PT Morowali Baja Nikel", "Busan Zinc Co., Ltd."} <= companies, companies
    assert not {x for x in companies if " and " in x}, companies
    parties = {o for s, o in _values(draft, "party") if s.startswith("Memorandum")}
    assert parties == {"PT Morowali Baja Nikel", "Busan Zinc Co., Ltd."}, _values(draft, "party")


def test_a_one_member_company_after_a_dash_and_a_heading_by_company(snapshot_kg):
    """The two leftovers of round 47 in one text of mine (tests/test_ingest_hostile48.py holds
    the originals): "X - Unipessoal, Lda." drafted a Company "Unipessoal, Lda.", and "OUTPUT BY
    COMPANY" a Company."""
    draft = _draft(snapshot_kg, "COPPER OUTPUT BY COMPANY, 2028\n\nDILI, 9 March 2029 -- Tasi "
                                "Mean Cobre - Unipessoal, Lda. led the table.\n")
    assert "Tasi Mean Cobre - Unipessoal, Lda." in _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if x.startswith("Unipessoal") or "BY COMPANY" in
                x.upper()}, _new(draft)


# --- 3. a notice and its signature block ---------------------------------------------------------
_AGM = ("Notice\n\nNOTICE OF ANNUAL GENERAL MEETING OF KALAHARI MANGANESE LIMITED\n\n"
        "Notice is hereby given that the annual general meeting of Kalahari Manganese Limited will "
        "be held at the Gaborone Sun Hotel on Thursday, 26 July 2029, at 10:00.\n\n"
        "By order of the Board\nT. Kgosi\nCompany Secretary\nGaborone, 2 July 2029\n")


def test_a_signers_role_under_his_name_is_no_company(snapshot_kg):
    """"T. Kgosi" over "Company Secretary": a Company "Kgosi Company" was drafted (the line
    break joined the name to the head word that opens the role's line)."""
    draft = _draft(snapshot_kg, _AGM)
    assert "Kalahari Manganese Limited" in _new(draft, "Company"), _new(draft)
    assert not {x for x in _new(draft) if "Kgosi" in x and "Company" in x}, _new(draft)


def test_the_meeting_of_the_notice_is_planned_at_its_hotel(snapshot_kg):
    draft = _draft(snapshot_kg, _AGM)
    meetings = {x for x in _new(draft, "Meeting") if "annual general meeting" in x.lower()}
    assert meetings, _new(draft)
    assert {(m, "Gaborone Sun Hotel") for m in meetings} & _values(draft, "heldIn"), \
        _values(draft, "heldIn")


# --- 4. a signing that was expected and did not happen -------------------------------------------
def test_a_signing_expected_before_talks_collapsed_has_no_day_signed(snapshot_kg):
    """"A and B were expected to sign a contract on 7 May, but the talks collapsed" (a text of 8
    May): the contract was drafted with 7 May as its day of signing (a planned day now past is
    read as the day it was done unless the sentence says it was put off)."""
    draft = _draft(snapshot_kg, "Copper Supply\n\nSANTIAGO, 8 May 2029 -- Cobre Pacifico SpA and "
                                "Nordic Wire AB were expected to sign a ten-year supply contract "
                                "on 7 May, but the talks collapsed.\n")
    assert {"Cobre Pacifico SpA", "Nordic Wire AB"} <= _new(draft, "Company"), _new(draft)
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")


def test_a_signing_due_on_a_weekday_and_then_cancelled_has_no_day_signed(snapshot_kg):
    """"were due to sign a contract on Monday, but the signing was cancelled": the Monday was
    given as the day of signing (the weekday was not found as the day printed, and the mention
    alone, "a supply contract", sets no mood)."""
    draft = _draft(snapshot_kg, "Copper Supply\n\nSANTIAGO, 8 May 2029 -- Cobre Pacifico SpA and "
                                "Nordic Wire AB were due to sign a supply contract on Monday, but "
                                "the signing was cancelled.\n")
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")


def test_a_deal_a_company_denies_is_no_merger(snapshot_kg):
    draft = _draft(snapshot_kg, "Merger Talk\n\nTORONTO, 8 July 2029 -- Northern Lights Nickel "
                                "Corp. has not acquired Boreal Cobalt Inc., a spokesperson said "
                                "on Monday, after media reported the rumoured merger.\n")
    assert {"Northern Lights Nickel Corp.", "Boreal Cobalt Inc."} <= _new(draft, "Company"), \
        _new(draft)
    assert not {x for x in _new(draft) if "merger" in x.lower() or "acqui" in x.lower()}, \
        _new(draft)


# --- 5. builders and sellers are no owners -------------------------------------------------------
def test_the_builder_of_a_refinery_is_not_its_owner(snapshot_kg):
    """"X opened a new refinery in Entebbe ... The refinery was built by Y": Y was made a second
    owner of the refinery."""
    draft = _draft(snapshot_kg, "Refinery\n\nKAMPALA, 9 September 2029 -- Lake Victoria Gold Ltd "
                                "opened a new refinery in Entebbe on Saturday. The refinery was "
                                "built by Silverline Engineering Ltd of Nairobi.\n")
    owned = {(s, o) for s, o in _values(draft, "ownedBy") if "refinery" in s.lower()}
    assert {o for _, o in owned} == {"Lake Victoria Gold Ltd"}, _values(draft, "ownedBy")


def test_the_seller_of_a_smelter_is_not_its_owner(snapshot_kg):
    """"A has bought the Ikeja tin smelter from B": the smelter was said to be owned by B."""
    draft = _draft(snapshot_kg, "Smelter Sale\n\nLAGOS, 3 March 2029 -- Okonkwo Holdings Ltd has "
                                "bought the Ikeja tin smelter from Delta Alloys Plc, the company "
                                "said on Tuesday.\n")
    assert "Delta Alloys Plc" in _new(draft, "Company"), _new(draft)
    assert not {(s, o) for s, o in _values(draft, "ownedBy") if o == "Delta Alloys Plc"}, \
        _values(draft, "ownedBy")


def test_a_person_sharing_a_companys_surname_keeps_his_own_post(snapshot_kg):
    draft = _draft(snapshot_kg, "Smelter Sale\n\nLAGOS, 3 March 2029 -- Emeka Okonkwo, chairman of "
                                "Okonkwo Holdings Ltd, said the smelter would restart in June. "
                                "Mr. Okonkwo founded the firm with his brother Chidi Okonkwo, now "
                                "its managing director.\n")
    people = _new(draft, "Person")
    assert {"Emeka Okonkwo", "Chidi Okonkwo"} <= people, people
    assert "Okonkwo Holdings Ltd" in _new(draft, "Company"), _new(draft)
    assert ("Emeka Okonkwo", "Chairman", "Okonkwo Holdings Ltd") in posts(draft), posts(draft)
    assert not {x for x in _new(draft) if x.startswith("Mr")}, _new(draft)


# --- 6. a firm named after base metals; a table whose cells wrap ---------------------------------
def test_a_firm_named_for_base_metals_is_no_base(snapshot_kg):
    """'"We will never sell to Rustenburg Base Metals," said ...': a Site "Rustenburg Base" was
    drafted ("Base" ended a name even before another capitalised word)."""
    draft = _draft(snapshot_kg, "Quotes\n\nJOHANNESBURG, 2 October 2029 -- \"We will never sell "
                                "to Rustenburg Base Metals,\" said Thandiwe Mokoena, chief "
                                "executive of Highveld Vanadium (Pty) Ltd.\n")
    assert "Rustenburg Base" not in _new(draft), _new(draft)
    assert ("Thandiwe Mokoena", "Chief executive", "Highveld Vanadium (Pty) Ltd.") in \
        posts(draft), posts(draft)


def test_an_industrial_base_is_still_a_site(snapshot_kg):
    draft = _draft(snapshot_kg, "Visit\n\nURUMQI, 4 May 2029 -- Officials toured the Junggar "
                                "Aluminium Base on Monday.\n")
    assert "Junggar Aluminium Base" in _new(draft, "Site"), _new(draft)


def test_a_table_whose_cells_wrap_gives_whole_names(snapshot_kg):
    draft = _draft(snapshot_kg, "PROJECT PIPELINE 2029\n\n"
                                "Company                 Project              Metal     Start\n"
                                "Kafue Copper Smelting   Chambishi East       copper    2029\n"
                                "  Limited               Expansion\n"
                                "Luapula Cobalt          Mansa Tailings       cobalt    2030\n"
                                "  Refiners Plc          Retreatment Plant\n\n"
                                "Source: Zambia Chamber of Mines, 2 February 2029\n")
    labels = _new(draft)
    assert {"Kafue Copper Smelting Limited", "Luapula Cobalt Refiners Plc"} <= \
        _new(draft, "Company"), labels
    assert not {x for x in labels if x.startswith(("Limited", "Refiners Plc"))
                or x.endswith(("Smelting", "Cobalt"))}, labels


# --- 7. a country's agencies with generic names; a name that closes its sentence ---------------
_LUSAKA = ("Copper Exports\n\nLUSAKA, 5 May 2029 -- The Ministry of Finance said copper exports "
           "rose in April. The State Council of Ministers will meet on Friday, and the Ministry of "
           "Mines and Minerals Development will report to it.\n")


def test_a_foreign_reports_generic_ministry_is_no_chinese_body(snapshot_kg):
    """"The Ministry of Finance said" in a report from Lusaka that never names China: the known
    Ministry of Finance (China's, named in Chinese too by the graph) was linked."""
    draft = _draft(snapshot_kg, _LUSAKA)
    assert not {x for x in _linked(draft) if "Ministry" in x or "State Council" in x}, \
        _linked(draft)
    assert "Ministry of Finance" in _new(draft, "GovernmentBody"), _new(draft)


def test_a_report_from_china_keeps_its_ministry_linked(snapshot_kg):
    draft = _draft(snapshot_kg, "Exports\n\nSHENZHEN, 5 May 2029 -- Copper exports rose in April, "
                                "the Ministry of Finance said.\n")
    assert "Ministry of Finance" in _linked(draft), _linked(draft)


def test_a_chief_named_at_the_end_of_the_sentence_gets_her_post(snapshot_kg):
    """"... signed by VALCO's managing director, Kwame Mensah, and GIADEC's chief executive,
    Efua Asante.": no person Efua Asante (a name set off after a role needed a comma after it
    too)."""
    draft = _draft(snapshot_kg, "Aluminium\n\nACCRA, 30 April 2029 -- The Volta Aluminium "
                                "Company Limited (VALCO) and the Ghana Integrated Aluminium "
                                "Development Corporation (GIADEC) on Tuesday signed an agreement "
                                "to expand the Tema smelter. It was signed by VALCO's managing "
                                "director, Kwame Mensah, and GIADEC's chief executive, Efua "
                                "Asante.\n")
    assert {"Kwame Mensah", "Efua Asante"} <= _new(draft, "Person"), _new(draft)
    assert ("Efua Asante", "Chief executive",
            "Ghana Integrated Aluminium Development Corporation") in posts(draft), posts(draft)


# --- 8. faults left open -------------------------------------------------------------------------
def test_an_engineers_title_ends_no_sentence(snapshot_kg):
    """"visited the site on Friday with Engr. Tariq Al-Mansouri, chief executive officer of X":
    the visit's clause was cut at "Engr." (its full stop read as a sentence's end: only "Dr",
    "Mr", "Prof" ... were known to end none)."""
    text = ("Visit\n\nABUJA, 20 June 2029 -- Dr. Amina Yusuf, Permanent Secretary of the "
            "Ministry of Mines and Steel Development, visited the Nasarawa lithium site on Friday "
            "with Engr. Tariq Al-Mansouri, chief executive officer of Gulf Lithium Holdings "
            "W.L.L.\n")
    draft = _draft(snapshot_kg, text)
    spans = [text[m.start:m.end] for e in draft.new() for m in e.mentions]
    assert not [x for x in spans if x.endswith("Engr")], spans
    assert ("Tariq Al-Mansouri", "Chief executive officer", "Gulf Lithium Holdings W.L.L.") in \
        posts(draft), posts(draft)


def test_a_hereinafter_bracket_is_no_word_of_an_events_label(snapshot_kg):
    """'The National Bureau of X (hereinafter "the Bureau") granted three licences': the event's
    label kept the bracketed definition of the short name (fixed in round 49: a bracket that
    defines a short name is an aside of the clause, events/verb_happenings._DEFINED_ASIDE)."""
    draft = _draft(snapshot_kg, "Licences\n\nLILONGWE, 12 August 2029 -- The National Bureau of "
                                "Geology and Mineral Resources of Malawi (hereinafter \"the "
                                "Bureau\") granted three exploration licences on Monday. The "
                                "Bureau said the licences cover rare earths.\n")
    assert "National Bureau of Geology and Mineral Resources of Malawi" in \
        _new(draft, "GovernmentBody"), _new(draft)
    assert not {x for x in _new(draft) if "hereinafter" in x}, _new(draft)


def test_a_successor_currently_the_companys_director_holds_that_post(snapshot_kg):
    """'He will be succeeded by Mrs. Neema Mollel, currently the company's finance director': no
    post (fixed in round 49: an adverb of time may stand between the name's comma and "the
    company's", as before "its": relations/appointments._APPOSED)."""
    draft = _draft(snapshot_kg, "Chairman Steps Down\n\nDAR ES SALAAM, 3 June 2029 -- Tanzanite "
                                "One Holdings Ltd said its chairman, Mr. Abdallah Said, would step "
                                "down on 30 June. He will be succeeded by Mrs. Neema Mollel, "
                                "currently the company's finance director.\n")
    assert {p for p in posts(draft) if p[0] == "Neema Mollel"
            and p[2] == "Tanzanite One Holdings Ltd"}, posts(draft)


def test_a_headlines_family_firm_is_no_company(snapshot_kg):
    """'Okonkwo Family Firm Buys Smelter' (a headline in title case): a Company 'Okonkwo Family
    Firm' was drafted and made the smelter's owner (fixed in round 49: a headline's name ending
    in a generic head the body never prints is a description, names/headline_firms.py)."""
    draft = _draft(snapshot_kg, "Okonkwo Family Firm Buys Smelter\n\nLAGOS, 3 March 2029 -- "
                                "Okonkwo Holdings Ltd has bought the Ikeja tin smelter from Delta "
                                "Alloys Plc.\n")
    assert "Okonkwo Family Firm" not in _new(draft), _new(draft)
