"""`kg ingest` attacked a twenty-eighth time (round 32; after test_ingest_hostile.py ..
hostile27.py), with short texts written for this file in genres the earlier rounds left out: an
earnings call's transcript with an analyst's question, an obituary with a relative clause, a
tender notice's "Beijing time", a lake named after a county, an AGM "on the last Friday of
March"; odd text; the review page in Chromium; the command's files. A fault's test is marked
``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

import re

import pytest

from hostile_drafts import draft_of, fault, snapshot_kg  # noqa: F401
from hostile_drafts import (event_dates as _events, labels as _labels, new_labels as _new,
                            sound_labels, values as _values)


def _draft(kg, text: str, doc_id: str = "hostile28-x"):
    return draft_of(kg, text, doc_id, "hostile28.txt")


def _known(draft) -> set:
    """(label, class) of the draft's known entities."""
    return {(e.label, str(e.cls).rsplit("#", 1)[-1]) for e in draft.entities.values() if e.known}


def _evidence(draft, label: str) -> set:
    """The stored text of each mention of the entity labelled ``label``."""
    return {draft.stored[m.start:m.end] for e in draft.entities.values() if e.label == label
            for m in e.mentions}


# --- 1. an earnings call: an analyst's question is no plan ---------------------------------------
@pytest.fixture(scope="module")
def call(snapshot_kg):
    return _draft(snapshot_kg, "Earnings call transcript: Dongyang Tungsten Co., Ltd. Q3 2026\n\n"
                               "October 28, 2026\n\nZhou Mingliang (CFO): Revenue rose 12% year on "
                               "year.\n\nAnalyst (Hao Lin, Caitong Securities): Will you build the "
                               "new APT line next year? Can Dongyang Tungsten acquire Ganzhou Rare "
                               "Metals Co., Ltd. by March?\n\nZhou Mingliang: We will start the "
                               "APT line in March 2027.\n")


def test_an_analyst_s_question_is_no_planned_step(call):
    """"Will you build the new APT line next year?" was a milestone "Will you build the new APT
    line" planned for 2027 (events/future_steps read the plan word, not the question mark;
    reading/mood.asked now tells a clause a question opens and its sentence's "?" ends)."""
    asked = [k for k in _labels(call) if k.lower().startswith(("will you", "can dongyang"))]
    assert not asked, asked
    assert not _values(call, "acquired"), _values(call, "acquired")


def test_the_answer_s_plan_is_still_a_step(call):
    """The negative side: the answer "We will start the APT line in March 2027" is planned."""
    got = {k: v for k, v in _events(call).items() if "APT line" in k}
    assert {"2027-03"} in got.values(), got


# --- 2. an obituary: a founder's relative clause and the day he died -----------------------------
@pytest.fixture(scope="module")
def obituary(snapshot_kg):
    return _draft(snapshot_kg, "Obituary: Lu Wenbin, founder of Hanjiang Aluminium\n\nXiangyang, "
                               "3 March 2026\n\nLu Wenbin, who founded Hanjiang Aluminium Co., Ltd. "
                               "in 1988, died on 27 February in Wuhan. He was 81.\n")


def test_the_day_a_founder_died_is_not_the_founding_s(obituary):
    """"Lu Wenbin, who founded X in 1988, died on 27 February" dated the founding 1988-02-27
    (relations/span_lookup.first_date took the day after the name from the main clause, its
    year from "1988"), and made a second milestone "Founding of X in 1988 by who" on 27 February
    2026 (events/dated read the relative clause's verb as the dated sentence's); the day after
    a relative aside that holds the name is the main clause's (events/date_cues.aside_close)."""
    got = {k: v for k, v in _events(obituary).items() if "ounding" in k}
    assert got == {"Founding of Hanjiang Aluminium Co., Ltd.": {"1988"}}, got


def test_the_place_a_founder_died_is_not_where_he_founded(obituary):
    """... and the founding was held in Wuhan, the place of the death (relations/node_context
    read "in X" after the aside's close)."""
    held = [(s, o) for s, o in _values(obituary, "heldIn") if "ounding" in s]
    assert not [x for x in held if x[1] == "Wuhan"], held


# --- 3. a known place's name that names a lake or a clock ---------------------------------------
def test_beijing_time_is_no_mention_of_beijing(snapshot_kg):
    """A tender's "Deadline for bids: 10:00, 15 January 2027 (Beijing time)" linked the known
    province Beijing (knowledge/gazetteer: data/link-place-features.txt now lists the words
    that make a place's name another thing's)."""
    draft = _draft(snapshot_kg, "Tender notice: Baishan Copper Co., Ltd. conveyor belts\n\n1. "
                                "Purchaser: Baishan Copper Co., Ltd.\n2. Deadline for bids: 10:00, 15 "
                                "January 2027 (Beijing time)\n\nBaishan Copper Co., Ltd.\n28 December "
                                "2026\n")
    assert ("Beijing", "Province") not in _known(draft), _known(draft)


def test_a_lake_named_after_a_county_is_not_the_county(snapshot_kg):
    """"Chaohu Lake" and "Lake Chaohu" were the known county Chaohu (the first as the county
    named in full, "gazetteer:place-with-suffix"); "Chaohu Lake" is a new place now."""
    draft = _draft(snapshot_kg, "Lake fine\n\nHefei, 9 November 2026\n\nChaohu Lake is polluted. The "
                                "Lake Chaohu basin authority fined Anhui Jinhu Magnesium Co., Ltd. "
                                "on 3 November.\n")
    assert ("Chaohu", "County") not in _known(draft), _known(draft)
    assert "Chaohu Lake" in _new(draft), _new(draft)


def test_the_county_itself_is_still_linked(snapshot_kg):
    """The negative side: "Chaohu" and "Chaohu City" are the county the graph knows."""
    draft = _draft(snapshot_kg, "Plant\n\nHefei, 9 November 2026\n\nA magnesium plant in Chaohu "
                                "restarted. Chaohu City approved it on 3 November.\n")
    assert ("Chaohu", "County") in _known(draft), _known(draft)


# --- 4. "the last Friday of March" ---------------------------------------------------------------
def test_the_last_friday_of_a_month_is_that_day_not_last_friday(snapshot_kg):
    """"will hold its annual general meeting on the last Friday of March", in a notice of 5
    January 2027 (a Tuesday), was the meeting of 1 January 2027 (events/weekday_dates read
    "last Friday"); it is planned for 26 March 2027 now."""
    draft = _draft(snapshot_kg, "Notice\n\nChangsha, 5 January 2027\n\nHunan Xiangyuan Antimony Co., "
                                "Ltd. will hold its annual general meeting on the last Friday of "
                                "March. The first Monday of June 2027 is the record date.\n")
    got = {k: v for k, v in _events(draft).items() if "general meeting" in k.lower()}
    assert got and all(v == {"2027-03-26"} for v in got.values()), got
    assert not [v for v in _events(draft).values() if "2027-01-01" in v]


# --- 5. a deal planned, postponed or rumoured is not signed that day -----------------------------
def test_a_signing_planned_for_a_day_gone_by_and_postponed_is_no_signing(snapshot_kg):
    """"A had planned to sign a supply agreement with B on 3 November, but the signing was
    postponed indefinitely" (a text of 6 November) was signed on 3 November
    (relations/stated_mood read the mood from "to sign a", not "had planned to sign a"); the
    day is the plan's now."""
    draft = _draft(snapshot_kg, "Plan\n\nShanghai, 6 November 2026\n\nLianhe Cobalt Co., Ltd. had "
                                "planned to sign a supply agreement with Xinyu Nickel Co., Ltd. on 3 "
                                "November, but the signing was postponed indefinitely.\n")
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")
    assert [x for x in _values(draft, "plannedDate") if x[1] == "2026-11-03"]


def test_a_rumoured_signing_has_no_day_of_signing(snapshot_kg):
    """"A is rumoured to have signed a supply agreement with B on 3 November": the parties were
    dropped (a rumour), the day of signing kept as a fact; a day gone by that only a rumour or
    a condition tells is dropped too."""
    draft = _draft(snapshot_kg, "Rumour\n\nShanghai, 6 November 2026\n\nLianhe Cobalt Co., Ltd. is "
                                "rumoured to have signed a supply agreement with Xinyu Nickel Co., "
                                "Ltd. on 3 November.\n")
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")


def test_a_signing_stated_is_still_dated(snapshot_kg):
    """The negative side: "A signed a supply agreement with B on 3 November"."""
    draft = _draft(snapshot_kg, "Deal\n\nShanghai, 6 November 2026\n\nLianhe Cobalt Co., Ltd. signed "
                                "a supply agreement with Xinyu Nickel Co., Ltd. on 3 November.\n")
    assert [x for x in _values(draft, "dateSigned") if x[1] == "2026-11-03"], _values(draft, "dateSigned")


# --- 6. a table's cells ------------------------------------------------------------------------
def test_a_known_name_before_a_tab_is_still_linked(snapshot_kg):
    """"Chinalco<TAB>Hongtu Alumina Co., Ltd." (a row of a table pasted from a spreadsheet) lost
    the known Chinalco (knowledge/gazetteer read "Chinalco Hongtu" as a longer name the graph
    does not know, like "China Hongqiao"); a tab is a cell's end."""
    draft = _draft(snapshot_kg, "Weekly ownership changes\n\nShanghai, 6 November 2026\n\nBuyer\t"
                                "Target\tStake\nChinalco\tHongtu Alumina Co., Ltd.\t40%\n")
    assert ("Chinalco", "Company") in _known(draft), _known(draft)
    assert "Hongtu Alumina Co., Ltd." in _new(draft, "Company")


def test_a_row_marked_terminated_is_no_event_named_by_a_company(snapshot_kg):
    """"| Chinalco | Hongtu Alumina Co., Ltd. | 40% (terminated) | 3 November |" was an event
    labelled "Hongtu Alumina Co., Ltd" on 3 November (events/verb_happenings: "terminated" is
    a called-off mark now, data/called-off-marks.txt, and a clause whose label is a name is no
    happening)."""
    draft = _draft(snapshot_kg, "Weekly ownership changes\n\nShanghai, 6 November 2026\n\n| Buyer | "
                                "Target | Stake | Date |\n|---|---|---|---|\n| Chinalco | Hongtu "
                                "Alumina Co., Ltd. | 40% (terminated) | 3 November |\n")
    assert not [e.label for e in draft.new() if e.role and "Hongtu" in e.label], _labels(draft)


def test_the_source_a_signing_is_told_by_is_no_party(snapshot_kg):
    """"According to SMM, A signed a framework agreement with B on December 28" made SMM (the
    news service that told it) a party (events/happenings took every organisation of the
    clause before "signed"; events/signing_lines.subject_parties leaves out the teller's
    "According to X," now)."""
    draft = _draft(snapshot_kg, "Guoxin Lithium News\n\nJanuary 4, 2027\n\nAccording to SMM, Guoxin "
                                "Lithium Materials Co., Ltd. signed a framework agreement with Hanbei "
                                "Cobalt Co., Ltd. on December 28.\n")
    parties = {o for s, o in _values(draft, "party")}
    assert parties == {"Guoxin Lithium Materials Co., Ltd.", "Hanbei Cobalt Co., Ltd."}, parties


# --- 7. sentence fragments made names ----------------------------------------------------------
def test_a_sentence_adverb_before_a_comma_is_no_company(snapshot_kg):
    """"Instead, Nanshan Group signed a power supply contract with C" made a company "Instead",
    a party of the contract (names/slots read "Instead, Nanshan Group" as a list of names;
    data/slot-stopwords.txt holds the sentence adverbs now)."""
    draft = _draft(snapshot_kg, "Press release\n\nJinan, 3 February 2027\n\nShandong Weiqiao Aluminium "
                                "Co., Ltd. and Nanshan Group did not sign the planned merger agreement "
                                "on 2 February, a spokesman said. Instead, Nanshan Group signed a power "
                                "supply contract with Longkou Power Co., Ltd. Separately, Xinfa Group "
                                "signed a lease with Longkou Power Co., Ltd.\n")
    assert not {"Instead", "Separately"} & _new(draft), _new(draft)
    assert "Nanshan Group" in {o for s, o in _values(draft, "party")}


def test_a_verb_after_a_company_opens_no_product(snapshot_kg):
    """"X Co., Ltd. supplies cathode materials to CATL" made a product "supplies cathode
    materials" (names/concepts: data/concept-lead-stops.txt lacked the verbs' third person)."""
    draft = _draft(snapshot_kg, "About us\n\nShenzhen, 5 May 2026\n\nShenzhen Lichuang Battery "
                                "Materials Co., Ltd. supplies cathode materials to battery makers and "
                                "produces lithium iron phosphate.\n")
    assert not [x for x in _new(draft) if x.lower().startswith(("supplies", "produces"))], _new(draft)


# --- 8. an acronym spelt out as another's name ---------------------------------------------------
def test_an_acronym_spelt_out_as_another_body_is_not_the_known_company(snapshot_kg):
    """"SAIC (State Administration for Industry and Commerce) fined the firm in 2017" linked
    the known carmaker SAIC (names/acronym_links read the acronym alone; now an acronym spelt
    out in brackets, after it or before it, as a name none of the entity's is no mention)."""
    draft = _draft(snapshot_kg, "Notes\n\nChangsha, 5 May 2026\n\nSAIC (State Administration for "
                                "Industry and Commerce) fined the firm in 2017. The State Administration "
                                "of Foreign Exchange (SAFE) approved the loan.\n")
    assert ("SAIC", "Company") not in _known(draft), _known(draft)


def test_an_acronym_spelt_out_as_its_own_name_is_still_linked(snapshot_kg):
    """The negative side: "MIIT (Ministry of Industry and Information Technology)" and "the NDRC
    (National Development & Reform Commission)" are the bodies the graph knows."""
    draft = _draft(snapshot_kg, "Notes\n\nBeijing, 5 May 2026\n\nMIIT (Ministry of Industry and "
                                "Information Technology) and the NDRC (National Development & Reform "
                                "Commission) issued rules.\n")
    got = {label for label, cls in _known(draft) if cls == "GovernmentBody"}
    assert {"Ministry of Industry and Information Technology",
            "National Development and Reform Commission"} <= got, got


# --- 9. relative days and whose meeting ----------------------------------------------------------
@pytest.fixture(scope="module")
def outlook(snapshot_kg):
    return _draft(snapshot_kg, "Outlook\n\nShanghai, 3 March 2027\n\nJinlong Copper Co., Ltd. signed a "
                               "lease on Monday. This month it will hold a board meeting. It will "
                               "hold an open day a week on Friday.\n")


def test_a_week_on_friday_is_the_friday_after_next(outlook):
    """"It will hold an open day a week on Friday", in a text of Wednesday 3 March 2027, was the
    open day of Friday 5 March (events/weekday_dates read "on Friday"); it is 12 March."""
    got = {k: v for k, v in _events(outlook).items() if "pen day" in k}
    assert got and all(v == {"2027-03-12"} for v in got.values()), got


def test_it_holds_its_meeting_the_company_s_not_the_title_s(outlook):
    """"This month it will hold a board meeting" was labelled "Board meeting: Outlook" (the
    article's title; events/bare_nouns read "the company held", not "it will hold")."""
    got = [k for k in _labels(outlook) if k.lower().startswith(("board meeting", "open day"))]
    assert got and all(k.endswith("of Jinlong Copper Co., Ltd.") for k in got), got


# --- 10. deals not done, a hearing adjourned, a fragment "Neither X" ----------------------------
def test_a_deal_a_company_has_yet_to_sign_is_not_signed(snapshot_kg):
    """"A has yet to sign the supply agreement with B that was announced on 3 October" made A
    and B parties, signed on 3 October ("has yet to" is a negating cue now, data/mood-cues.txt)."""
    draft = _draft(snapshot_kg, "Notes\n\nKunming, 5 November 2026\n\nYunling Zinc Co., Ltd. has yet "
                                "to sign the supply agreement with Lancang Lead Co., Ltd. that was "
                                "announced on 3 October.\n")
    assert not _values(draft, "party") and not _values(draft, "dateSigned"), \
        (_values(draft, "party"), _values(draft, "dateSigned"))


def test_a_signing_expected_on_a_day_gone_by_that_did_not_happen_is_planned(snapshot_kg):
    """"A was expected to sign a supply agreement with B on 2 November, but did not" was signed
    on 2 November (data/step-delay-cues.txt: "but did not")."""
    draft = _draft(snapshot_kg, "Notes\n\nKunming, 5 November 2026\n\nYunling Zinc Co., Ltd. was "
                                "expected to sign a supply agreement with Lancang Lead Co., Ltd. on 2 "
                                "November, but did not.\n")
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")


def test_a_hearing_scheduled_for_a_day_just_gone_and_adjourned_is_of_this_year(snapshot_kg):
    """"The hearing scheduled for 2 November was adjourned", in a text of 5 November 2026, was a
    hearing planned for 2 November 2027 (reading/dates.roll_forward read "scheduled" as a plan
    still to come; the clause after the day tells it in the past), and it was held on that
    day (mood: "scheduled for" is a plan's cue; "adjourned" a delay's)."""
    draft = _draft(snapshot_kg, "Notes\n\nKunming, 5 November 2026\n\nYunling Zinc Co., Ltd. is in "
                                "talks with Lancang Lead Co., Ltd. The hearing scheduled for 2 "
                                "November was adjourned.\n")
    got = {k: v for k, v in _events(draft).items() if "earing" in k}
    assert got and all(v == {"2026-11-02"} for v in got.values()), got
    assert not [x for x in _values(draft, "startDate") if "earing" in x[0]]


def test_neither_is_no_word_of_a_company_s_name(snapshot_kg):
    """"Neither Yunling Zinc Co., Ltd. nor Lancang Lead Co., Ltd. attended" made a company
    "Neither Yunling Zinc Co., Ltd." (data/openers-before-names.txt)."""
    draft = _draft(snapshot_kg, "Notes\n\nKunming, 5 November 2026\n\nNeither Yunling Zinc Co., Ltd. "
                                "nor Lancang Lead Co., Ltd. attended the forum on 3 November.\n")
    assert _new(draft, "Company") == {"Yunling Zinc Co., Ltd.", "Lancang Lead Co., Ltd."}, \
        _new(draft, "Company")



# --- 11. a government's briefing: an aside with a figure, a participle's day --------------------
@pytest.fixture(scope="module")
def briefing(snapshot_kg):
    return _draft(snapshot_kg, "Briefing\n\nGuiyang, 9 June 2026\n\nThe provincial government said on "
                               "Monday that it had approved the Qianbei Aluminium Co., Ltd. expansion, "
                               "which will add 100,000 tonnes. Critics said the approval, given on 28 "
                               "May, ignored water limits.\n")


def test_a_figure_s_comma_is_no_end_of_an_aside(briefing):
    """"... approved the X expansion, which will add 100,000 tonnes." was labelled "It had
    approved the X expansion000 tonnes" (events/verb_happenings cut the aside ", which will add
    100," at the comma inside the figure)."""
    assert not [k for k in _labels(briefing) if "000 tonnes" in k and "100,000" not in k], \
        _labels(briefing)


def test_a_participle_set_off_with_its_day_is_no_event(briefing):
    """"the approval, given on 28 May, ignored water limits" made an event labelled "Given" on
    28 May (a participle set off with its day); it is said of the noun before it now,
    "Approval given" (events/verb_happenings, round 34: the day is kept, which a curator
    dates)."""
    assert "Given" not in _labels(briefing), _labels(briefing)


# --- 12. a thread of e-mails: a weekday agreed on in a quoted message ---------------------------
def test_a_weekday_a_quoted_message_agreed_to_is_the_next_one(snapshot_kg):
    """"> Sent: Friday, 4 December 2026 / > We met X today and agreed to visit the berth on
    Tuesday" was an event on Tuesday 1 December (events/weekday_dates read "agreed to" as no
    cue of what is to come); the visit is planned for Tuesday 8 December."""
    draft = _draft(snapshot_kg, "Fwd: site visit\n\nFrom: Liu Min\nSent: Monday, 7 December 2026 "
                                "09:12\n\nTeam, see below.\n\n> From: Zhou Tao\n> Sent: Friday, 4 "
                                "December 2026 17:40\n> We met Anqing Port Co., Ltd. today and "
                                "agreed to visit the berth on Tuesday.\n")
    got = _events(draft)
    assert not [k for k, v in got.items() if "2026-12-01" in v], got
    assert [k for k, v in got.items() if "2026-12-08" in v], got


# --- 13. whose post ---------------------------------------------------------------------------
def test_a_title_before_another_person_in_an_apposition_is_that_person_s(snapshot_kg):
    """"Zhang Wei, the wife of X Co., Ltd. chairman Li Qiang, opened a shop" made Zhang Wei the
    chairman of X (relations/stated_posts read the apposition's role up to the next person:
    a role right before that person's name titles them)."""
    draft = _draft(snapshot_kg, "People\n\nHefei, 5 May 2026\n\nZhang Wei, the wife of Hengfeng "
                                "Copper Co., Ltd. chairman Li Qiang, opened a shop.\n")
    held = {o for s, o in _values(draft, "heldBy")}
    assert held == {"Li Qiang"}, held



# --- 13b. "respectively" --------------------------------------------------------------------------
def test_foundings_told_respectively_each_take_their_own_year(snapshot_kg):
    """"A and B were founded in 1998 and 2003, respectively" was the founding of B in 1998 (A's
    year; events/foundings read the first date after "founded in" as the last name's)."""
    draft = _draft(snapshot_kg, "Notes\n\nKunming, 5 November 2026\n\nYunling Zinc Co., Ltd. and "
                                "Lancang Lead Co., Ltd. were founded in 1998 and 2003, respectively.\n")
    got = {k: v for k, v in _events(draft).items() if k.startswith("Founding")}
    assert got.get("Founding of Lancang Lead Co., Ltd.", {"2003"}) == {"2003"}, got
    assert got.get("Founding of Yunling Zinc Co., Ltd.", {"1998"}) == {"1998"}, got

# --- 14. faults found and not fixed ---------------------------------------------------------------
def test_a_subject_on_a_line_of_its_own_is_still_a_party(snapshot_kg):
    """A short line holding only the subject's name, its verb on the next line in lower case,
    was a sentence of its own (a line under 40 characters is no prose), so the subject was no
    party; fixed in round 33 (hostile29): a short line that is a company's name over a line
    in lower case goes on in it (reading/sentences._wrapped)."""
    draft = _draft(snapshot_kg, "Deal\n\nXi'an, 12 March 2027\n\nJinduicheng Molybdenum Co., Ltd.\n"
                                "signed a cooperation agreement with Zijin Mining Group Co., Ltd. on 10 "
                                "March.\n")
    parties = {o for s, o in _values(draft, "party")}
    assert "Jinduicheng Molybdenum Co., Ltd." in parties, parties


def test_a_plan_dropped_is_no_project(snapshot_kg):
    """"A considered building a smelter in X in 2025 but dropped the plan" was a project "Smelter
    in X" with A as participant; fixed in round 33 (hostile29): reading/mood.dropped_after reads
    the sentence on ("but dropped / abandoned / shelved the plan", data/plan-dropped-verbs.txt)."""
    draft = _draft(snapshot_kg, "Notes\n\nKunming, 5 November 2026\n\nYunling Zinc Co., Ltd. considered "
                                "building a smelter in Pu'er in 2025 but dropped the plan.\n")
    assert not _new(draft, "Project"), _new(draft, "Project")


def test_a_plan_kept_is_still_a_project(snapshot_kg):
    """The negative side: "A will build a smelter in X but dropped its old supplier" keeps it."""
    draft = _draft(snapshot_kg, "Notes\n\nKunming, 5 November 2026\n\nYunling Zinc Co., Ltd. will "
                                "build a smelter in Pu'er in 2027 but dropped its old supplier.\n")
    assert _new(draft, "Project"), _new(draft)


def test_the_owner_of_a_possessive_takes_no_part(snapshot_kg):
    """"Her predecessor at B, Lin Feng, retired in May" made the person "her" refers to a
    participant of the retirement (events/verb_happenings.clause_roles: a person's possessive's owner
    takes no part, round 34)."""
    draft = _draft(snapshot_kg, "Moves\n\n8 July 2026\n\nChen Hui has become chief executive of Baoshan "
                                "Tin Co., Ltd. Her predecessor at Baoshan Tin Co., Ltd., Lin Feng, "
                                "retired in May.\n")
    got = {o for s, o in _values(draft, "participant") if "retired" in s}
    assert "Chen Hui" not in got, got


def test_a_maker_s_model_is_no_organisation(snapshot_kg):
    """A car model named by a known maker ("A Ford Focus was seen at the site") was proposed as
    an organisation "Ford Focus" (names/longer: after "a" and before a verb "to be", a model,
    data/model-name-followers.txt; round 34)."""
    draft = _draft(snapshot_kg, "Notes\n\nChangsha, 5 May 2026\n\nA Ford Focus was seen at the site of "
                                "Hengfeng Copper Co., Ltd.\n")
    assert "Ford Focus" not in _new(draft), _new(draft)



def test_a_person_named_like_a_known_company_is_not_the_company(snapshot_kg):
    """"Henry Ford's museum opened" linked the known company Ford (knowledge/gazetteer's
    _longer_name read the word after a known name only); fixed in round 33 (hostile29): a
    common given name (data/given-names.txt) right before a one-word known name that is no
    place makes a person's name."""
    draft = _draft(snapshot_kg, "Notes\n\nDetroit, 5 November 2026\n\nHenry Ford's museum opened a "
                                "hall on aluminium.\n")
    assert ("Ford", "Company") not in _known(draft), _known(draft)


def test_a_known_company_after_an_ordinary_capital_is_still_linked(snapshot_kg):
    """The negative side: "Rival Ford cut prices" and "Ford's plant" still link Ford."""
    draft = _draft(snapshot_kg, "Notes\n\nDetroit, 5 November 2026\n\nFord's plant buys aluminium. "
                                "The deal with Ford was signed.\n")
    assert ("Ford", "Company") in _known(draft), _known(draft)

# --- 15. odd text -------------------------------------------------------------------------------
ODD = {
    "a question alone": "Will you build the new APT line next year?",
    "a tab before a name": "Chinalco\t\tHongtu Alumina Co., Ltd.\t",
    "a lone acronym bracket": "SAIC (",
    "a spelt-out bracket alone": "(State Administration for Industry and Commerce)",
    "the last Friday of a month alone": "the last Friday of March",
    "a week on Friday alone": "a week on Friday",
    "an honorific alone": "Mr. Ms. Mrs.",
    "two honorifics of one name": "Mr. Yang Fan met Ms. Yang Fan. Mr. Yang Fan left.",
    "a relative aside with no close": "Lu Wenbin, who founded Hanjiang Aluminium Co., Ltd. in 1988",
    "according to with no clause": "According to SMM,",
    "lake words alone": "Lake Chaohu Lake Beijing time",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_never_makes_a_rule_raise_nor_an_empty_label(snapshot_kg, case):
    draft = _draft(snapshot_kg, ODD[case])
    sound_labels(draft)


# --- 16. linear time ----------------------------------------------------------------------------
def test_this_round_s_constructions_are_read_in_linear_time(snapshot_kg):
    """This file's constructions n times: a question, a relative aside with its day, a lake, a
    clock's time, an acronym spelt out, "the last Friday of", honorifics of both sexes, an
    attribution, a tab in a row."""
    from hostile_drafts import linear_cpu, parses_with_real_dates

    def text(n):
        body = "".join(f"Will you build line {i} next year? Lu Wenbin{i}, who founded Hanjiang{i} "
                       f"Aluminium Co., Ltd. in 1988, died on 27 February in Wuhan. Chaohu Lake "
                       f"and Beijing time. SAIC (State Administration for Industry and Commerce) "
                       f"fined plant {i}. It will meet on the last Friday of March. Mr. Yang Fan{i} "
                       f"met Ms. Yang Fan{i}. According to SMM, Guoxin{i} Co., Ltd. signed a "
                       f"supply agreement with Hanbei{i} Co., Ltd. on 3 March.\nChinalco\tHongtu{i} "
                       f"Co., Ltd.\t40%\n\n" for i in range(n))
        return "Industry notes\n\nShanghai, 4 January 2027\n\n" + body
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text(40), "round 28", half=text(20))
    parses_with_real_dates(draft)


# --- 17. the review page in Chromium ---------------------------------------------------------------
def test_the_review_page_of_this_round_s_text_in_chromium(run, tmp_path, chromium):
    """The review page of a text with CRLF, a tab, no-break and zero-width characters, a
    right-to-left override, a combining mark, full-width letters, markup and quotes: Chromium
    shows the stored text whole (no markup run; an override masked), every statement's link finds its highlight,
    and the two people named "Yang Fan" (Mr. and Ms.) are two highlights of two IRIs."""
    art = tmp_path / "a.txt"
    art.write_text("Transfer <b>notice</b>\r\n\r\nKunming, 8 June 2026 -- Mr. Yang Fan, chairman of "
                   "Yunling Zinc Industry Co.,\u00a0Ltd., and Ms. Yang Fan, general manager of "
                   "\uff28\uff45\uff4e\uff47\uff44\uff41 Tin Co., Ltd., signed the \"transfer\" "
                   "agreement\ton 6 June. Zhang Wei\u0301 said \u202eit was fine\u202c. "
                   "<script>window.pwned=1</script>\r\n", encoding="utf-8")
    page_file = tmp_path / "r.html"
    r = run("ingest", art, "--id", "h28-page", "-o", tmp_path / "d.ttl", "--review", page_file)
    assert r.exit_code == 0, r.stderr
    errors = []
    ctx = chromium.new_context()
    try:
        ctx.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            ("file:", "data:", "about:")) else route.abort())
        page = ctx.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.resolve().as_uri(), wait_until="load")
        assert page.evaluate("() => window.pwned") is None
        shown = page.evaluate("() => document.getElementById('text').textContent")
        # (the page shows a bidirectional override as U+FFFD: output/review.py)
        want = re.sub("[\u202a-\u202e\u2066-\u2069]", "\ufffd",
                      art.read_bytes().decode("utf-8").replace("\r\n", "\n"))
        assert shown == want, repr(shown[:120])
        links = page.locator("#statements a")
        assert links.count() >= 3
        for i in range(links.count()):
            target = links.nth(i).get_attribute("href")
            assert page.locator(target).count() == 1, target
        yang = page.locator("mark", has_text="Yang Fan")
        iris = {yang.nth(i).get_attribute("data-iri") for i in range(yang.count())}
        assert len(iris) == 2, iris
    finally:
        ctx.close()
    assert errors == []
