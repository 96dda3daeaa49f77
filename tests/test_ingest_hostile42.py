"""`kg ingest` attacked a forty-second time (round 41), with short texts written for this file
(a telecoms operator's copper network, regulators abroad, ...). A fault's test is marked
``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile42-x"):
    return draft_of(kg, text, doc_id, "hostile42.txt")


def _known(draft) -> set:
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. a country whose name opens with a direction ---------------------------------------------
def test_a_country_named_by_a_direction_is_the_country_not_a_part(snapshot_kg):
    """"cable theft in South Africa rose": a Region "South Africa" was proposed as a part of
    Africa (names/longer read a direction before a known place as a part of it, though the two
    words are a listed country's name), while "South Sudan" was a Country."""
    draft = _draft(snapshot_kg, "Cable theft\n\nJOHANNESBURG, 5 May 2027 -- The operator said "
                                "that theft of its copper cable in South Africa doubled in 2026, "
                                "and that East Timor and South Sudan saw none.\n")
    assert {"South Africa", "East Timor", "South Sudan"} <= _new(draft, "Country"), _new(draft)
    assert not _new(draft, "Region"), _new(draft, "Region")


def test_a_direction_before_a_continent_is_still_a_part(snapshot_kg):
    draft = _draft(snapshot_kg, "Demand\n\nLONDON, 5 May 2027 -- Copper demand in West Africa "
                                "rose by 4% in 2026.\n")
    assert "West Africa" in _new(draft, "Region"), _new(draft)


# --- 2. a regulator abroad named with its country ---------------------------------------------
def test_a_body_named_by_an_end_word_keeps_its_country(snapshot_kg):
    """"The Competition Authority of Kenya approved the purchase": a GovernmentBody "Competition
    Authority" was proposed, Kenya's name cut off (names/candidates read "of" and a place after
    a head only for the words that open a name, "Ministry of ...", "Commission of ...")."""
    draft = _draft(snapshot_kg, "Regulators\n\nNAIROBI, 5 May 2027 -- The Competition Authority "
                                "of Kenya approved the purchase of the smelter on Monday, and the "
                                "Independent Communications Authority of South Africa fined a "
                                "cable maker.\n")
    bodies = _new(draft, "GovernmentBody")
    assert {"Competition Authority of Kenya",
            "Independent Communications Authority of South Africa"} <= bodies, bodies
    assert "Competition Authority" not in bodies, bodies


def test_a_body_named_by_an_end_word_before_of_and_no_country_ends_there(snapshot_kg):
    draft = _draft(snapshot_kg, "Port\n\nDURBAN, 5 May 2027 -- The Ports Regulator Authority of "
                                "the harbour said copper exports rose.\n")
    assert not {b for b in _new(draft, "GovernmentBody") if "harbour" in b}, _new(draft)


# --- 3. a nickname in quotation marks -----------------------------------------------------------
def test_a_metal_word_in_a_quoted_nickname_links_no_metal(snapshot_kg):
    """'the vessel, nicknamed "Silver Lotus" by its crew', 'a furnace hand known as "Old
    Copper"': silver and copper were linked (a capitalised metal word beside another capitalised
    word was read as a word of a name, and a name no rule read left it linked)."""
    draft = _draft(snapshot_kg, "Vessel named\n\nQINGDAO, 3 March 2027 -- The survey vessel of "
                                "the institute, nicknamed \"Silver Lotus\" by its crew, sailed on "
                                "Monday. Its first captain, known to all as \u201cOld Copper\u201d, "
                                "retired in 2019.\n")
    assert not {"Silver", "Copper"} & _known(draft), _known(draft)
    assert not _values(draft, "concernsMetal"), _values(draft, "concernsMetal")


def test_a_metal_named_outside_the_quotes_stays_linked(snapshot_kg):
    draft = _draft(snapshot_kg, "Vessel named\n\nQINGDAO, 3 March 2027 -- The vessel, nicknamed "
                                "\"Silver Lotus\", sailed on Monday, and silver prices rose 2% "
                                "that day.\n")
    assert "Silver" in _known(draft), _known(draft)


# --- 4. a sports club named after a mine or a company ------------------------------------------
def test_a_club_named_after_a_company_is_a_club(snapshot_kg):
    """"Nkana Rangers Football Club beat the Konkola Mine eleven", "the Chingola Golf Club held
    its annual meeting": neither club was proposed (no head word ended a club's name but
    "FC")."""
    draft = _draft(snapshot_kg, "Weekend sport\n\nCHINGOLA, 4 May 2027 -- Nkana Rangers Football "
                                "Club beat the Konkola Mine eleven on Saturday, and the Chingola "
                                "Golf Club held its annual meeting.\n")
    assert {"Nkana Rangers Football Club", "Chingola Golf Club"} <= \
        _new(draft, "Organization"), _new(draft)


def test_an_inner_mongolian_league_is_still_a_place(snapshot_kg):
    draft = _draft(snapshot_kg, "Mine news\n\nHOHHOT, 4 May 2027 -- A rare earth mine in Xilingol "
                                "League started output on Monday.\n")
    assert not {o for o in _new(draft, "Organization") if "League" in o}, _new(draft)
    assert "Xilingol" in _new(draft, "City"), _new(draft)


@fault("'The Copperbelt Mine Workers League resumed on Saturday': a Site 'Copperbelt Mine' is "
       "proposed ('League' ends no organisation's name: Inner Mongolia's leagues are prefectures, "
       "so it would need the place lists to tell a sports league from 'Xilingol League')")
def test_a_league_named_after_a_mine_is_a_league_not_the_mine(snapshot_kg):
    draft = _draft(snapshot_kg, "Weekend sport\n\nCHINGOLA, 4 May 2027 -- The Nchanga Mine "
                                "Workers League resumed on Saturday.\n")
    assert "Nchanga Mine" not in _new(draft), _new(draft)


# --- 5. a dateline whose sentence opens with a document's word ----------------------------------
def test_a_datelines_first_words_are_no_documents_title(snapshot_kg):
    """"KITWE, 9 June 2027 -- Results of the X League, round 12:" as the first line under the
    headline: a Notice labelled by the whole line, dateline and all, was proposed (the title
    block's reader took the line's part after " -- " for a title opening with a document's
    word)."""
    draft = _draft(snapshot_kg, "Weekend football\n\nNDOLA, 9 June 2027 -- Results of the Nchanga "
                                "Mine Workers League, round 12:\n\nNkana Red Devils 2 - 1 "
                                "Mufulira Wanderers\nKonkola Blades 0 - 0 Chambishi Stars\n")
    assert not {lab for lab in _new(draft) if "NDOLA" in lab or lab.startswith("Results")}, \
        _new(draft)


# --- 6. a date that ends a noun phrase: "the contract of 3 January 2025" ------------------------
def test_an_events_label_keeps_no_preposition_of_a_date_taken_out(snapshot_kg):
    """"Judge X found that the carrier had breached the haulage contract of 3 January 2025": the
    event was labelled "... breached the haulage contract of" (events/milestones took the date
    out of the label with "in", "on", "by" before it, not "of", "as of" or "by the end of")."""
    draft = _draft(snapshot_kg, "Judgment\n\nLUSAKA, 12 October 2027 -- The judge found that the "
                                "carrier had breached the haulage contract of 3 January 2025. As "
                                "of 30 June 2027, 400 tonnes of cathode had been lost in "
                                "transit.\n")
    labels = _new(draft)
    assert not {lab for lab in labels if lab.endswith(" of") or lab.startswith("As of")}, labels
    assert any(lab.endswith("the haulage contract") for lab in labels), labels


# --- 7. faults found and left (strict xfails) ---------------------------------------------------
def test_a_yearless_day_after_the_texts_first_day_keeps_its_year(snapshot_kg):
    """Fixed in round 42 (reading/dates.roll_forward): with no date line, the text's date is
    only its story's first day, a bound a later day it tells of may pass in the same year."""
    draft = _draft(snapshot_kg, "Plant restart\n\nKafue Copper Co., Ltd. restarted its smelter on "
                                "2 August 2027. A ceremony was held at the plant on 6 August.\n")
    days = {day for _, day in _values(draft, "startDate")}
    assert "2026-08-06" not in days, days


def test_a_city_named_in_three_words_before_its_head_is_whole(snapshot_kg):
    draft = _draft(snapshot_kg, "Offices abroad\n\nSHANGHAI, 4 May 2027 -- Kafue Copper Co., Ltd. "
                                "opened an office in Ho Chi Minh City on Monday.\n")
    assert "Chi Minh City" not in _new(draft), _new(draft)


def test_a_commission_named_by_two_fields_joined_by_and_is_whole(snapshot_kg):
    draft = _draft(snapshot_kg, "Filing\n\nNEW YORK, 5 May 2027 -- Kafue Copper Co., Ltd. told the "
                                "Securities and Exchange Commission on Monday that output fell.\n")
    assert "Exchange Commission" not in _new(draft), _new(draft)


def test_a_plant_named_with_vietnamese_letters_keeps_its_first_word(snapshot_kg):
    draft = _draft(snapshot_kg, "New chief\n\nHANOI, 2 September 2027 -- Vinacomin appointed a new "
                                "director of the Tân Rai alumina plant in Lâm Đồng Province.\n")
    assert "Rai alumina plant" not in _new(draft), _new(draft)


@fault("'signed the deal at the Lotte Center Hanoi': a ResearchInstitute 'Lotte Center' is "
       "proposed and made a party of the deal (a 'Center' followed by a city's name is a "
       "building, as the venue heads of names/candidates read 'Exhibition Center')")
def test_a_tower_named_center_is_no_research_institute(snapshot_kg):
    draft = _draft(snapshot_kg, "Deal signed\n\nHANOI, 8 August 2027 -- Masan Group signed the deal "
                                "with Kafue Copper Co., Ltd. at the Lotte Center Hanoi on "
                                "Friday.\n")
    assert "Lotte Center" not in _new(draft, "ResearchInstitute"), _new(draft)
