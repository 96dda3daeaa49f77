"""`kg ingest` attacked a twelfth time (after test_ingest_hostile.py .. hostile11.py), with the
characters real copies of articles hold and the eye does not see: names in Polish, Czech or
Hungarian letters and in decomposed accents (NFD), no-break spaces inside names and legal forms,
soft hyphens and zero-width characters inside known names, letters no decomposition takes to
ASCII in minted IRIs, and digits of other widths in dates. Every article here is written for
this file; the faults and their patches are listed in the round's hostile report
(/tmp/h16/hostile/FAULTS.md, fixN.patch); the lead removes each xfail mark with its patch."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, fault, parsed, real_dates, snapshot_kg  # noqa: F401
from kg.ingest.terms import NF, NFO

DL = "Lubin, June 3, 2025 -- "


def _draft(kg, text: str, doc_id: str = "hostile12-x"):
    return draft_of(kg, text, doc_id, "hostile12.txt")


def _new(draft, cls: str) -> set:
    return {e.label for e in draft.new() if str(e.cls).endswith("#" + cls)}


def _known(draft) -> dict:
    """Known entity IRI -> the texts of its mentions."""
    # (the text as stored: the copy the rules read holds a line-end hyphen as soft hyphens)
    return {e.iri: {draft.stored[m.start:m.end] for m in e.mentions} for e in draft.known()}


# --- 1. letters outside Latin-1 in a name --------------------------------------------------------
LETTERS = {
    # Latin Extended-A (Polish, Czech): the name was cut at the letter or not read at all
    "extended": (DL + "Huta Miedzi Żary S.A. and Baotai Group signed a copper supply agreement. "
                 "Třinecké Železárny Holding a.s. and Košice Hutnícke Závody AG attended.\n",
                 {"Huta Miedzi Żary S.A.", "Košice Hutnícke Závody AG"}),
    # the same letters decomposed (NFD: a base letter and a combining accent)
    "decomposed": (DL + "Baotai Group and Socie\u0301te\u0301 Me\u0301tallurgique de Ge\u0301rone "
                   "S.A. signed a supply contract. Later Socie\u0301te\u0301 Me\u0301tallurgique "
                   "de Ge\u0301rone S.A. said it would buy more.\n",
                   # (its label in NFC since hostile26: one company however its letters come)
                   {"Soci\u00e9t\u00e9 M\u00e9tallurgique de G\u00e9rone S.A."}),
}


@pytest.mark.parametrize("case", sorted(LETTERS))
def test_a_name_in_letters_beyond_latin1_is_read_whole(snapshot_kg, case):
    text, names = LETTERS[case]
    draft = _draft(snapshot_kg, text)
    assert names <= _new(draft, "Company"), _new(draft, "Company")
    parsed(draft)


def test_a_name_in_latin1_letters_is_read_whole(snapshot_kg):
    draft = _draft(snapshot_kg, DL + "Baotai Group and Société Métallurgique de Gérone S.A. "
                   "signed a supply contract.\n")
    assert "Société Métallurgique de Gérone S.A." in _new(draft, "Company")


# --- 2. no-break spaces inside a name ------------------------------------------------------------
NBSP = {
    "after the comma of Co., Ltd.": "Baotai Group and Yulin Jiahe Alloy Co.,\u00a0Ltd. signed a "
                                    "magnesium supply agreement in Fugu County.\n",
    "between two words": "Baotai Group and Yulin\u00a0Jiahe Alloy Co., Ltd. signed a magnesium "
                         "supply agreement in Fugu County.\n",
    "narrow, between words and in the form": "Baotai Group and Yulin\u202fJiahe Alloy Co.,\u202f"
                                             "Ltd. signed a magnesium supply agreement.\n",
}


@pytest.mark.parametrize("case", sorted(NBSP))
def test_a_no_break_space_is_a_space_inside_a_name(snapshot_kg, case):
    draft = _draft(snapshot_kg, DL + NBSP[case])
    assert "Yulin Jiahe Alloy Co., Ltd." in _new(draft, "Company"), _new(draft, "Company")
    assert not {e.label for e in draft.new() if e.label in ("Yulin", "Yulin Jiahe Alloy Co.")}
    agreement = next(e for e in draft.new() if str(e.cls).endswith("#Agreement"))
    parties = {draft.entities[o].label for p, o, _, _ in agreement.statements
               if p == NFO.party and o in draft.entities}
    assert "Yulin Jiahe Alloy Co., Ltd." in parties, parties


def test_a_name_with_plain_spaces_is_read_whole(snapshot_kg):
    draft = _draft(snapshot_kg, DL + "Baotai Group and Yulin Jiahe Alloy Co., Ltd. signed a "
                   "magnesium supply agreement in Fugu County.\n")
    assert "Yulin Jiahe Alloy Co., Ltd." in _new(draft, "Company")


# --- 3. invisible characters inside a known name -------------------------------------------------
INVISIBLE = {
    "soft hyphen": "Bao\u00adtai Group signed a magnesium supply agreement with Jinchuan Group "
                   "in Fu\u00adgu County.\n",
    "zero-width space": "Bao\u200btai Group signed a magnesium supply agreement with Jinchuan "
                        "Group in Fu\u200bgu County.\n",
    "zero-width joiners": "Baotai\u200d Group signed a magnesium supply agreement with Jinchuan "
                          "Group in Fu\u200cgu\u2060 County.\n",
}


@pytest.mark.parametrize("case", sorted(INVISIBLE))
def test_a_known_name_with_invisible_characters_is_linked_and_its_span_checks(snapshot_kg,
                                                                                 case):
    from kg.model.names import normalise
    draft = _draft(snapshot_kg, DL + INVISIBLE[case])
    known = _known(draft)
    for iri, name in ((NF["baotai-group"], "Baotai Group"), (NF["fugu-county"], "Fugu County")):
        printed = [t for t in known.get(iri, ()) if len(t) > len(name)]
        assert printed, (name, known.get(iri))
        # what `kg validate` asks of an evidence span: the text there names the entity
        assert all(normalise(name) in normalise(t) for t in printed), printed


# --- 4. minted IRIs keep every letter ------------------------------------------------------------
def test_a_minted_iri_spells_letters_without_a_decomposition(snapshot_kg):
    from kg.ingest.knowledge.mint import slug
    assert slug("Głogów Copper Smelter") == "glogow-copper-smelter"
    assert slug("Ørsted Æsir Metall AS") == "orsted-aesir-metall-as"
    draft = _draft(snapshot_kg, DL + "Baotai Group and Großmann Leichtmetall GmbH signed a "
                   "magnesium supply agreement.\n")
    iris = {str(e.iri) for e in draft.new()}
    assert str(NF["grossmann-leichtmetall-gmbh"]) in iris, iris


def test_a_minted_iri_drops_the_accents_of_decomposable_letters():
    from kg.ingest.knowledge.mint import slug
    assert slug("Société Générale Métaux") == "societe-generale-metaux"


# --- 5. digits of other widths in dates ----------------------------------------------------------
WIDE = str.maketrans("0123456789", "\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19")


def test_a_date_in_full_width_digits_is_read(snapshot_kg):
    text = ("Fugu, June 3, 2025 -- Baotai Group signed a magnesium supply agreement with "
            "Jinchuan Group in Fugu County on June 5, 2025.\n").translate(WIDE)
    draft = _draft(snapshot_kg, text)
    assert str(draft.date) == "2025-06-03"
    agreement = next(e for e in draft.new() if str(e.cls).endswith("#Agreement"))
    assert agreement.first(NFO.dateSigned) == "2025-06-05"
    real_dates(parsed(draft))


def test_a_date_in_ascii_digits_is_read(snapshot_kg):
    draft = _draft(snapshot_kg, "Fugu, June 3, 2025 -- Baotai Group signed a magnesium supply "
                   "agreement with Jinchuan Group in Fugu County on June 5, 2025.\n")
    assert str(draft.date) == "2025-06-03"


# --- 6. a body's noun alone atop a headline is no company ----------------------------------------
HEADLINES = ["Ministry releases cobalt export rules", "Exchange launches lithium contract",
             "Council signs nickel supply pact", "Refinery unveils copper cathode line",
             "Court launches zinc pricing review", "Company signs tin supply pact"]
BODY = "\n\nLIMA, May 5, 2025 -- The plan was discussed on Monday.\n"


def test_a_body_s_noun_opening_a_headline_is_no_company(snapshot_kg):
    wrong = {}
    for headline in HEADLINES:
        draft = _draft(snapshot_kg, headline + BODY)
        first = headline.split()[0]
        if first in _new(draft, "Company"):
            wrong[headline] = first
    assert wrong == {}


def test_a_one_word_company_opening_a_headline_is_still_a_company(snapshot_kg):
    draft = _draft(snapshot_kg, "Glencore signs cobalt supply pact" + BODY)
    assert "Glencore" in _new(draft, "Company")


# --- 7. decrees, regulations, directives --------------------------------------------------------
ACTS = ["Decree", "Regulation", "Directive", "Ordinance", "Resolution"]


@pytest.mark.parametrize("head", ACTS)
def test_a_decree_or_a_regulation_on_a_subject_is_a_document(snapshot_kg, head):
    draft = _draft(snapshot_kg, "KINSHASA, Feb 22, 2025 -- The Ministry of Mines issued the "
                   f"{head} on Cobalt Export Quotas on Saturday. The quotas apply from March "
                   "1.\n")
    doc = next((e for e in draft.new() if e.label == f"{head} on Cobalt Export Quotas"), None)
    assert doc is not None and str(doc.cls).endswith("#PolicyDocument"), (
        [(e.label, str(e.cls)) for e in draft.new()])
    issuers = {draft.entities[o].label for p, o, _, _ in doc.statements
               if p == NFO.issuedBy and o in draft.entities}
    assert issuers == {"Ministry of Mines"}


def test_a_notice_on_a_subject_is_a_document(snapshot_kg):
    draft = _draft(snapshot_kg, "KINSHASA, Feb 22, 2025 -- The Ministry of Mines issued the "
                   "Notice on Cobalt Export Quotas on Saturday.\n")
    assert "Notice on Cobalt Export Quotas" in {e.label for e in draft.new()}


# --- 8. a time counted from the day of filing is not that day ------------------------------------
ELSEWHEN = ["last week", "next week", "two days ago", "a week ago"]


@pytest.mark.parametrize("when", ELSEWHEN)
def test_an_event_of_last_or_next_week_takes_no_day_from_the_dateline(snapshot_kg, when):
    draft = _draft(snapshot_kg, "CALAMA, March 6, 2025 -- The Antofagasta Mining Council held a "
                   f"safety forum in Calama {when}.\n")
    forum = next(e for e in draft.new() if "forum" in e.label.lower())
    assert forum.first(NFO.startDate) != "2025-03-06", forum.statements


def test_an_event_of_the_dateline_s_day_keeps_it(snapshot_kg):
    draft = _draft(snapshot_kg, "CALAMA, March 6, 2025 -- The Antofagasta Mining Council held a "
                   "safety forum in Calama.\n")
    forum = next(e for e in draft.new() if "forum" in e.label.lower())
    assert forum.first(NFO.startDate) == "2025-03-06"


# --- 9. what a clause's day came after is not of that day ---------------------------------------
AFTER = {
    "reopened after a shutdown": ("The Chuquicamata smelter reopened on Monday after a two-week "
                                  "shutdown for maintenance.", "shutdown"),
    "resumed following a strike": ("Output resumed on Monday following a three-day strike at "
                                   "the Escondida mine.", "strike"),
    "restarted after a blockade": ("The Escondida mine restarted on March 2 after a week-long "
                                   "blockade by truckers.", "blockade"),
}


@pytest.mark.parametrize("case", sorted(AFTER))
def test_a_happening_named_after_after_does_not_start_on_the_clause_s_day(snapshot_kg, case):
    sentence, noun = AFTER[case]
    draft = _draft(snapshot_kg, "SANTIAGO, March 4, 2025 -- " + sentence + "\n")
    event = next(e for e in draft.new() if noun in e.label.lower())
    start = event.first(NFO.startDate) or ""
    assert start not in ("2025-03-02", "2025-03-03", "2025-03-04"), event.statements


def test_a_happening_on_a_day_before_another_keeps_its_day(snapshot_kg):
    draft = _draft(snapshot_kg, "SANTIAGO, March 4, 2025 -- A three-day strike began at the "
                   "Escondida mine on Monday, before talks resumed.\n")
    event = next(e for e in draft.new() if "strike" in e.label.lower())
    assert event.first(NFO.startDate) == "2025-03-03"


# --- 10. a title after another body's name is not a post in the body before ----------------------
LME = ("LONDON, March 8, 2025 -- The London Metal Exchange halted nickel trading on Tuesday. "
       "The exchange will review its rules")
OTHER_BODY = {"opening the sentence": (". Tsingshan founder Xiang Guangda held a large short "
                                       "position.\n", "Xiang Guangda"),
              "after said": (", said Elliott chairman Paul Singer.\n", "Paul Singer")}


def _posts(draft) -> set:
    return {e.label for e in draft.new() if str(e.cls).endswith("#Post")}


@pytest.mark.parametrize("case", sorted(OTHER_BODY))
def test_a_title_after_another_body_s_name_is_no_post_in_the_body_before(snapshot_kg, case):
    tail, person = OTHER_BODY[case]
    draft = _draft(snapshot_kg, LME + tail)
    assert not {p for p in _posts(draft) if p.startswith(person)}, _posts(draft)


def test_a_title_alone_is_a_post_in_the_body_the_report_is_about(snapshot_kg):
    draft = _draft(snapshot_kg, LME + ". Chief executive Matthew Chamberlain said so.\n")
    assert "Matthew Chamberlain, Chief executive, London Metal Exchange" in _posts(draft)


# --- 11. a name, then "in the" park it is in ------------------------------------------------------
IN_THE = {"a PT company": ("A fire at a plant operated by PT Sulawesi Nickel Alloy in the Weda "
                           "Bay Industrial Park killed two workers on Sunday.",
                           "PT Sulawesi Nickel Alloy"),
          "a bare name": ("Huayou Cobalt in the Morowali Industrial Park opened a new nickel "
                          "line.", "Huayou Cobalt"),
          "the zone": ("Output at Halmahera Nickel Resources in the Weda Bay Industrial Zone "
                       "rose.", "Halmahera Nickel Resources")}


@pytest.mark.parametrize("case", sorted(IN_THE))
def test_a_name_then_the_park_it_is_in_are_two_names(snapshot_kg, case):
    sentence, company = IN_THE[case]
    draft = _draft(snapshot_kg, DL + sentence + "\n")
    labels = {e.label for e in draft.new() if not e.role}       # names, not clauses
    assert not {x for x in labels if company in x and " the " in x}, labels
    assert {"Weda Bay Industrial Park", "Morowali Industrial Park",
            "Weda Bay Industrial Zone"} & _new(draft, "Site"), labels


def test_a_company_in_the_park_is_still_two_names(snapshot_kg):
    draft = _draft(snapshot_kg, DL + "A fire at a plant of Sulawesi Nickel Alloy Corp. in the "
                   "Weda Bay Industrial Park killed two workers.\n")
    assert "Sulawesi Nickel Alloy Corp." in _new(draft, "Company")
    assert "Weda Bay Industrial Park" in _new(draft, "Site")


# --- 12. a title that shows nothing ----------------------------------------------------------------
FIRST_LINES = {"zero-width marks": "\u200b\u200d\u2060", "a rule": "==========",
               "a scene break": "* * *"}
BODY12 = "\n\nFugu, June 3, 2025 -- Baotai Group signed a magnesium supply agreement.\n"


@pytest.mark.parametrize("case", sorted(FIRST_LINES))
def test_a_first_line_without_a_word_is_no_title(snapshot_kg, case):
    draft = _draft(snapshot_kg, FIRST_LINES[case] + BODY12)
    assert draft.title.startswith("Fugu, June 3, 2025"), repr(draft.title)


def test_a_title_of_invisible_characters_is_refused(snapshot_kg):
    from kg.ingest.pipeline import ingest
    from kg.model.errors import KGError
    from hostile_drafts import article
    art = article("Baotai Group news" + BODY12, "hostile12.txt")
    for option, value in (("title", "\u200b"), ("title", "\u2060 \u200d"),
                          ("publisher", "\ufeff\u200b")):
        with pytest.raises(KGError, match=f"--{option}"):
            ingest(snapshot_kg, art, "hostile12-t", **{option: value})


def test_a_first_line_with_words_is_the_title(snapshot_kg):
    draft = _draft(snapshot_kg, "Baotai Group signs magnesium deal" + BODY12)
    assert draft.title == "Baotai Group signs magnesium deal"


# --- 13. percentages as wire copy prints them ----------------------------------------------------
PERCENTS = ["51-percent", "51 pct", "51\uff05"]


@pytest.mark.parametrize("pct", PERCENTS)
def test_a_stake_printed_as_wire_copy_prints_it_is_held(snapshot_kg, pct):
    draft = _draft(snapshot_kg, f"Fugu, June 3, 2025 -- Baotai Group holds a {pct} stake in "
                   "Yulin Jiahe Alloy Co., Ltd., the company said.\n")
    baotai = draft.entities[NF["baotai-group"]]
    held = {draft.entities[o].label for p, o, _, _ in baotai.statements
            if p == NFO.shareholderOf and o in draft.entities}
    assert held == {"Yulin Jiahe Alloy Co., Ltd."}


def test_a_stake_in_percent_is_held(snapshot_kg):
    draft = _draft(snapshot_kg, "Fugu, June 3, 2025 -- Baotai Group holds a 51 percent stake in "
                   "Yulin Jiahe Alloy Co., Ltd., the company said.\n")
    assert any(p == NFO.shareholderOf for p, *_ in draft.entities[NF["baotai-group"]].statements)


# --- 14. a document date whose next year has five digits ------------------------------------------
def test_a_date_whose_next_year_has_five_digits_is_refused(snapshot_kg):
    from kg.ingest.pipeline import ingest
    from kg.model.errors import KGError
    from hostile_drafts import article
    art = article("Baotai news\n\nBaotai Group will hold its next board meeting on January 12. "
                  "The Fugu Magnesium Expo will open next year.\n", "hostile12.txt")
    for date in ("9999-12-31", "9999", "0999-05-01"):
        with pytest.raises(KGError, match="--date"):
            ingest(snapshot_kg, art, "hostile12-d", date=date)


def test_a_date_of_a_far_year_still_gives_four_digit_years(snapshot_kg):
    from kg.ingest.pipeline import ingest
    from hostile_drafts import article
    art = article("Baotai news\n\nBaotai Group will hold its next board meeting on January 12.\n",
                  "hostile12.txt")
    draft = ingest(snapshot_kg, art, "hostile12-d", date="2998-12-31")
    years = {str(o)[:5] for e in draft.new() for p, o, _, _ in e.statements if hasattr(o, "datatype")}
    assert all(len(y.split("-")[0]) == 4 for y in years), years


# --- 15. a name hyphenated across a line break, linked, must pass the evidence check ---------------
def test_a_name_hyphenated_across_a_line_is_linked_and_its_span_checks(snapshot_kg):
    from kg.model.names import normalise
    draft = _draft(snapshot_kg, DL + "Officials of the Mi-\nnistry of Industry and Information "
                   "Technology and the Fugu County Magne-\nsium Industry Association met.\n")
    known = _known(draft)
    for iri, name in ((NF["miit"], "Ministry of Industry and Information Technology"),
                      (NF["fugu-county-magnesium-industry-association"],
                       "Fugu County Magnesium Industry Association")):
        printed = known.get(iri, set())
        assert any("-\n" in t for t in printed), (name, printed)
        assert all(normalise(name) in normalise(t) for t in printed), printed


def test_a_plain_hyphen_still_parts_words_for_the_evidence_check():
    from kg.model.names import normalise
    assert normalise("Non-ferrous") == "non ferrous"
    assert normalise("Sino-\nForeign") == "sino foreign"     # (a capital after the break)


# --- 16. an amount in title case is no word of a name ----------------------------------------------
AMOUNTS = {"a headline": "Baotai Group to Invest RMB 300 Million in Fugu Magnesium Project\n\n"
                         "Fugu, June 3, 2025 -- The plan was discussed on Monday.\n",
           "dollars in a headline": "Baotai Group Invests $1.2 Billion in Fugu Magnesium "
                                    "Project\n\nFugu, June 3, 2025 -- The plan was discussed.\n",
           "a press release": "Fugu, June 3, 2025 -- Baotai Group will invest 300 Million Yuan in "
                              "the Fugu Magnesium Project.\n"}


@pytest.mark.parametrize("case", sorted(AMOUNTS))
def test_an_amount_in_title_case_is_no_word_of_a_name(snapshot_kg, case):
    draft = _draft(snapshot_kg, AMOUNTS[case])
    assert _new(draft, "Project") == {"Fugu Magnesium Project"}, _new(draft, "Project")


def test_a_name_with_a_number_keeps_it(snapshot_kg):
    draft = _draft(snapshot_kg, "Fugu, June 3, 2025 -- Baotai Group will invest 300 million yuan "
                   "in the Fugu No. 2 Magnesium Project.\n")
    assert any("2 Magnesium Project" in x for x in _new(draft, "Project")), _new(draft, "Project")


# --- 17. a headline's verb the list lacks ----------------------------------------------------------
VERB_HEADLINES = {"Glencore Shuts Kazzinc Zinc Smelter After Fatal Accident": "Kazzinc Zinc Smelter",
                  "Nyrstar Idles Port Pirie Lead Smelter": "Port Pirie Lead Smelter",
                  "Vale Delays Voisey Bay Nickel Mine Expansion": "Voisey Bay Nickel Mine",
                  "Antofagasta Says Los Pelambres Copper Mine Output Fell":
                      "Los Pelambres Copper Mine"}


@pytest.mark.parametrize("headline", sorted(VERB_HEADLINES))
def test_a_headline_s_verb_ends_the_subject_s_name(snapshot_kg, headline):
    draft = _draft(snapshot_kg, headline + BODY)
    sites = {e.label for e in draft.new() if e.mentions and e.mentions[0].start < len(headline)
             and not e.role}
    assert sites == {VERB_HEADLINES[headline]}, sites


# --- 18. a headline's verb and its object are no person ---------------------------------------------
@pytest.mark.parametrize("headline", ["Jinchuan Group Completes Acquisition of Zambian Copper Mine",
                                      "Jinchuan Group Completes Sale of Nickel Unit",
                                      "Baotai Group Announces Results of Titanium Tender"])
def test_a_headline_s_verb_and_object_are_no_person(snapshot_kg, headline):
    draft = _draft(snapshot_kg, headline + BODY)
    assert not _new(draft, "Person"), _new(draft, "Person")


def test_a_titled_person_is_still_a_person(snapshot_kg):
    draft = _draft(snapshot_kg, "Bauxite forum opens\n\nCONAKRY, May 5, 2025 -- Minister Ousmane "
                   "Camara opened the forum.\n")
    assert "Ousmane Camara" in _new(draft, "Person")


# --- 19. a central bank is no company -----------------------------------------------------------------
@pytest.mark.parametrize("bank", ["Central Bank of Chile", "Chilean Central Bank",
                                  "Reserve Bank of Australia", "Peruvian Central Reserve Bank"])
def test_a_central_bank_is_a_government_body(snapshot_kg, bank):
    draft = _draft(snapshot_kg, f"LIMA, May 5, 2025 -- The {bank} said on Monday that copper "
                   "exports rose.\n")
    assert bank in _new(draft, "GovernmentBody"), [(e.label, str(e.cls)) for e in draft.new()]


def test_a_commercial_bank_is_still_a_company(snapshot_kg):
    draft = _draft(snapshot_kg, "LIMA, May 5, 2025 -- The Zambia National Commercial Bank said "
                   "on Monday that copper exports rose.\n")
    assert "Zambia National Commercial Bank" in _new(draft, "Company")


# --- 20. venues named by a building, hall or tower ---------------------------------------------------
VENUES = {"Calama Town Hall": "Calama Town", "Santiago Expo Hall": "Santiago Expo",
          "Lima Trade Tower": None}       # (Lima: the dateline's city, a name of its own)


@pytest.mark.parametrize("venue", sorted(VENUES))
def test_an_event_is_held_in_the_building_hall_or_tower_named(snapshot_kg, venue):
    draft = _draft(snapshot_kg, f"LIMA, May 5, 2025 -- The copper forum was held at the {venue} "
                   "on Monday.\n")
    forum = next(e for e in draft.new() if e.label == "Copper forum")
    held = {draft.entities[o].label for p, o, _, _ in forum.statements
            if p == NFO.heldIn and o in draft.entities}
    assert held == {venue}, held
    assert VENUES[venue] is None or VENUES[venue] not in {e.label for e in draft.new()}


def test_an_event_is_held_in_the_centre_named(snapshot_kg):
    draft = _draft(snapshot_kg, "LIMA, May 5, 2025 -- The copper forum was held at the Lima "
                   "Convention Centre on Monday.\n")
    assert "Lima Convention Centre" in _new(draft, "Site")


# --- 21. a body's building is no body -------------------------------------------------------------
@pytest.mark.parametrize("venue", ["Bank of China Tower", "University of Chile Stadium",
                                   "Institute of Metals Hotel"])
def test_a_body_s_building_is_a_site(snapshot_kg, venue):
    draft = _draft(snapshot_kg, f"LIMA, May 5, 2025 -- Workers gathered at the {venue} on "
                   "Monday.\n")
    assert venue in _new(draft, "Site"), [(e.label, str(e.cls)) for e in draft.new()]


def test_a_body_of_a_zone_is_still_a_body(snapshot_kg):
    draft = _draft(snapshot_kg, "LIMA, May 5, 2025 -- The Management Committee of Callao "
                   "Industrial Zone met on Monday.\n")
    assert "Management Committee of Callao Industrial Zone" in _new(draft, "GovernmentBody")


# --- 23. the report's day is no planned day -------------------------------------------------------
@pytest.mark.parametrize("sentence", ["Baotai Group will open the Fugu Magnesium Expo.",
                                      "Baotai Group plans to hold the Fugu Magnesium Forum.",
                                      "Baotai Group will open the Fugu Magnesium Expo in 2026-27."])
def test_the_dateline_s_day_is_no_planned_day(snapshot_kg, sentence):
    draft = _draft(snapshot_kg, "Fugu, June 3, 2025 -- " + sentence + "\n")
    event = next(e for e in draft.new() if "Fugu Magnesium" in e.label)
    assert "2025-06-03" not in {str(o) for p, o, _, _ in event.statements}, event.statements


def test_a_planned_day_printed_stays_planned(snapshot_kg):
    draft = _draft(snapshot_kg, "Fugu, June 3, 2025 -- Baotai Group will open the Fugu Magnesium "
                   "Expo on July 15.\n")
    event = next(e for e in draft.new() if "Fugu Magnesium" in e.label)
    assert event.first(NFO.plannedDate) == "2025-07-15"


# --- 24. a numeric date at a sentence's end ------------------------------------------------------------
@pytest.mark.parametrize("day", ["18/03/2026", "03/18/2026", "2026/03/18", "18.03.2026"])
def test_a_numeric_date_before_a_full_stop_is_read(snapshot_kg, day):
    draft = _draft(snapshot_kg, "Fugu news\n\nBaotai Group signed a magnesium supply agreement "
                   f"with Jinchuan Group on {day}.\n")
    agreement = next(e for e in draft.new() if str(e.cls).endswith("#Agreement"))
    assert agreement.first(NFO.dateSigned) == "2026-03-18", agreement.statements


def test_a_numeric_date_inside_a_sentence_is_read(snapshot_kg):
    draft = _draft(snapshot_kg, "Fugu news\n\nBaotai Group signed a magnesium supply agreement "
                   "with Jinchuan Group on 18/03/2026 in Fugu County.\n")
    agreement = next(e for e in draft.new() if str(e.cls).endswith("#Agreement"))
    assert agreement.first(NFO.dateSigned) == "2026-03-18"


# --- 25. a numeric day after "on" is no word of a name -------------------------------------------------
@pytest.mark.parametrize("day", ["18/03/2026", "15-07-2026", "18.03.2026"])
def test_a_numeric_day_after_on_is_no_word_of_a_name(snapshot_kg, day):
    draft = _draft(snapshot_kg, f"Lima news\n\nThe Lima Copper Forum on {day} drew 300 people.\n")
    labels = {e.label for e in draft.new()}
    assert "Lima Copper Forum" in labels and not {x for x in labels if " on " in x}, labels


# --- 26. people named in letters beyond ASCII's capitals ------------------------------------------------
@pytest.mark.parametrize("person", ["Łukasz Nowak", "Zdeněk Novák", "Søren Ørsted",
                                    "Gülşen Yılmaz"])
def test_a_person_named_in_european_letters_has_the_post_printed(snapshot_kg, person):
    draft = _draft(snapshot_kg, DL + f"{person}, president of Huta Miedzi Legnica S.A., said "
                   "output rose.\n")
    assert person in _new(draft, "Person"), _new(draft, "Person")
    assert f"{person}, President, Huta Miedzi Legnica S.A." in _new(draft, "Post")


def test_a_person_named_in_latin1_letters_has_the_post_printed(snapshot_kg):
    draft = _draft(snapshot_kg, DL + "José Martínez, president of Huta Miedzi Legnica S.A., said "
                   "output rose.\n")
    assert "José Martínez, President, Huta Miedzi Legnica S.A." in _new(draft, "Post")


# --- 27. a dateline's city in letters beyond ASCII ----------------------------------------------------
@pytest.mark.parametrize("city", ["Głogów", "Košice", "Örebro", "Skellefteå"])
def test_a_dateline_city_in_european_letters_is_a_city(snapshot_kg, city):
    draft = _draft(snapshot_kg, f"{city}, May 5, 2025 -- Output at the copper smelter rose in "
                   "April.\n")
    assert city in _new(draft, "City"), _new(draft, "City")


def test_a_dateline_city_in_ascii_is_a_city(snapshot_kg):
    draft = _draft(snapshot_kg, "Legnica, May 5, 2025 -- Output at the copper smelter rose in "
                   "April.\n")
    assert "Legnica" in _new(draft, "City")


# --- 28. a brand's small prefix is a word of its name ----------------------------------------------
@pytest.mark.parametrize("name", ["e-Metal Trading Co., Ltd.", "iMining Technologies Inc.",
                                  "d'Amico Metals S.p.A."])
def test_a_brand_s_small_prefix_is_a_word_of_its_name(snapshot_kg, name):
    draft = _draft(snapshot_kg, f"Fugu, June 3, 2025 -- Baotai Group and {name} signed a supply "
                   "contract in Fugu County.\n")
    assert name in _new(draft, "Company"), _new(draft, "Company")


def test_a_small_word_before_a_name_is_no_word_of_it(snapshot_kg):
    draft = _draft(snapshot_kg, "Fugu, June 3, 2025 -- Baotai Group and a Metal Trading Co., Ltd. "
                   "unit signed a supply contract in Fugu County.\n")
    assert not {x for x in _new(draft, "Company") if x.startswith("a ")}


# --- 29. a dotted initialism opens a name ---------------------------------------------------------
@pytest.mark.parametrize("sentence,name", [
    ("Baotai Group signed a supply contract with U.S. Magnesium LLC on Monday.",
     "U.S. Magnesium LLC"),
    ("The U.S. Department of Commerce imposed duties on Chinese magnesium.",
     "U.S. Department of Commerce"),
    ("Baotai Group and A.B.C. Metals Ltd. signed a supply contract.", "A.B.C. Metals Ltd.")])
def test_a_dotted_initialism_opens_a_name(snapshot_kg, sentence, name):
    draft = _draft(snapshot_kg, "WASHINGTON, June 3, 2025 -- " + sentence + "\n")
    assert name in {e.label for e in draft.new()}, {e.label for e in draft.new()}


# --- 30. a Markdown heading's marks are no words of the title ------------------------------------------
@pytest.mark.parametrize("first", ["# Baotai Group signs magnesium deal",
                                   "**Baotai Group signs magnesium deal**"])
def test_a_markdown_heading_s_marks_are_no_words_of_the_title(snapshot_kg, first):
    draft = _draft(snapshot_kg, first + BODY12)
    assert draft.title == "Baotai Group signs magnesium deal", repr(draft.title)


# --- 31. the world list's class wins over a cue's guess -------------------------------------------------
@pytest.mark.parametrize("region", ["Katanga", "Copperbelt"])
def test_a_listed_region_after_in_stays_a_region(snapshot_kg, region):
    draft = _draft(snapshot_kg, f"KOLWEZI, May 5, 2025 -- Miners in {region} went on strike.\n")
    assert region in _new(draft, "Region") and region not in _new(draft, "City"), (
        [(e.label, str(e.cls)) for e in draft.new()])


# --- 32. a word that ends the sentence before names no body (a fault of fix10 as applied) -------------
def test_the_last_word_of_the_sentence_before_names_no_body(snapshot_kg):
    draft = _draft(snapshot_kg, "Fugu news\n\nYulin Jiahe Alloy Co., Ltd. held its annual meeting "
                   "on Monday. Chairman Li Wei told shareholders that output rose.\n")
    assert "Li Wei, Chairman, Yulin Jiahe Alloy Co., Ltd." in _posts(draft), _posts(draft)
