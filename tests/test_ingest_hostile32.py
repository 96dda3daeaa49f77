"""`kg ingest` attacked a thirty-second time (round 35; after test_ingest_hostile.py ..
hostile31.py), with short texts written for this file: meetings put off to a day still ahead,
sentence adverbs and questions before a company's name, a person named to a post on a day, a
quarter printed with an apostrophe's year, a headline's plant named again in the body, an
indefinite line after a named one, a company that will hold a meeting, a deal only a report
said was signed, a deed told with "added"; odd text; linear time. A fault's test is marked
``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

import pytest

from hostile_drafts import dated_new, draft_of, fault, snapshot_kg  # noqa: F401
from hostile_drafts import labels as _labels, new_labels as _new, sound_labels, values as _values


def _draft(kg, text: str, doc_id: str = "hostile32-x"):
    return draft_of(kg, text, doc_id, "hostile32.txt")


# --- 1. a meeting put off to a day still ahead ----------------------------------------------------
PUT_OFF = ("Shareholder meeting postponed\n\nBeijing, 15 November 2026\n\nJinlong Copper Co., Ltd. "
           "said its extraordinary general meeting was postponed to 28 November. The company's "
           "annual forum was pushed back to 2 December and will take place in Tianjin. A meeting "
           "of creditors, first planned for 10 November, was moved to 24 November and will be "
           "held in Hohhot.\n")


def test_a_day_a_meeting_was_put_off_to_is_still_ahead(snapshot_kg):
    """"The meeting was postponed to 28 November", in a text of 15 November: the meeting was
    dated 28 November of the year before (reading/dates.roll_forward read "was postponed" as a
    happening in the past, so a day after the document's was last year's); the day a thing
    is moved to is ahead, and planned."""
    got = dated_new(_draft(snapshot_kg, PUT_OFF))
    days = {v for vs in got.values() for _, v in vs}
    assert {"2026-11-28", "2026-12-02", "2026-11-24"} <= days and not [
        d for d in days if d.startswith("2025")], got


def test_a_day_put_off_to_more_than_half_a_year_ahead_is_still_last_year_s(snapshot_kg):
    """The negative side: "The hearing was adjourned to 3 December", in a text of 15 January,
    is the December gone by."""
    got = dated_new(_draft(snapshot_kg, "Court notes\n\nHangzhou, 15 January 2027\n\nThe hearing "
                                        "of Fuyang Copper Co., Ltd. was adjourned to 3 December "
                                        "and was held in Hangzhou.\n"))
    days = {v for vs in got.values() for _, v in vs}
    assert "2026-12-03" in days and "2027-12-03" not in days, got


# --- 2. a sentence adverb or a question before a company's name -----------------------------------
ADVERBS = ("Notes\n\nShanghai, 5 May 2026\n\nWho bought the cargo? Probably Lanhai Zinc Co., Ltd., "
           "traders said. Reportedly Qingshan Tin Co., Ltd. also bid. Only Hexin Copper Co., Ltd. "
           "attended the auction. Even Dongfang Lead Co., Ltd. lost money in April. Mostly Jiaxing "
           "Nickel Co., Ltd. sells to Japan. Apparently Huayang Cobalt Co., Ltd. withdrew.\n")


@pytest.fixture(scope="module")
def adverbs(snapshot_kg):
    return _draft(snapshot_kg, ADVERBS)


def test_a_sentence_adverb_is_no_word_of_a_company_s_name(adverbs):
    """"Probably X Co., Ltd., traders said", "Reportedly Y Co., Ltd. also bid", "Only Z Co.,
    Ltd. attended": the company was "Probably X Co., Ltd." (names/candidates read a
    sentence's first capital as the name's: data/openers-adverbs.txt)."""
    got = _new(adverbs, "Company")
    assert got == {"Lanhai Zinc Co., Ltd.", "Qingshan Tin Co., Ltd.", "Hexin Copper Co., Ltd.",
                   "Dongfang Lead Co., Ltd.", "Jiaxing Nickel Co., Ltd.",
                   "Huayang Cobalt Co., Ltd."}, got


def test_a_question_s_who_is_no_company(adverbs):
    """"Who bought the cargo?" made a company "Who" (names/slots read the subject of a
    company's verb: data/slot-stopwords.txt)."""
    assert "Who" not in _labels(adverbs), _labels(adverbs)


def test_a_sentence_adverb_is_no_word_of_an_event_s_label(adverbs):
    """"Even X Co., Ltd. lost money in April" was labelled "Even X Co., Ltd. lost money"
    (events/milestones.clause_label)."""
    bad = [k for k in _labels(adverbs) if k.startswith(("Even ", "Only ", "Reportedly "))]
    assert not bad, bad


def test_an_answer_s_adverb_is_no_word_of_a_name(snapshot_kg):
    """A Q&A's answer "Mainly X Co., Ltd. and about a dozen smaller refiners": the company was
    "Mainly X Co., Ltd."."""
    draft = _draft(snapshot_kg, "Q&A: export rules\n\nBeijing, 3 March 2026\n\nWho is affected?\n"
                                "Mainly Zhuzhou Smelter Group Co., Ltd. and about a dozen smaller "
                                "refiners in Hunan.\n")
    assert "Zhuzhou Smelter Group Co., Ltd." in _new(draft, "Company"), _new(draft)


# --- 3. a quarter with an apostrophe's year -------------------------------------------------------
def test_a_quarter_s_short_year_is_no_word_of_a_label(snapshot_kg):
    """"commissioned a rolling mill in Q3'26": the milestone was labelled "Commissioning of a
    rolling mill'26 by X" (reading/dates read "Q3" alone, "'26" left in the clause)."""
    draft = _draft(snapshot_kg, "Aluminium weekly\n\nShanghai, 9 October 2026\n\nBaiyin Aluminium "
                                "Co., Ltd. commissioned a rolling mill in Q3'26. Gansu Lead Co., "
                                "Ltd. opened a mine in Q2 \u201926.\n")
    bad = [k for k in _labels(draft) if "'26" in k or "\u201926" in k]
    assert not bad, _labels(draft)


# --- 4. a plant the headline names, named again ---------------------------------------------------
def test_a_definite_plant_named_again_with_fewer_words_is_the_same(snapshot_kg):
    """"a 100,000-tonne copper cathode plant ... The 100,000-tonne plant will cost ..." were two
    projects (names/capacities._same_works: the same capacity and head, fewer words, after a
    definite article)."""
    draft = _draft(snapshot_kg, "Hengtai Copper plans new plant\n\nKunming, June 3, 2026 -- Hengtai "
                                "Copper Co., Ltd. will build a 100,000-tonne copper cathode plant in "
                                "Chuxiong. The 100,000-tonne plant will cost 2 billion yuan.\n")
    got = [k for k in _labels(draft) if k.startswith("100,000-tonne")]
    assert got == ["100,000-tonne copper cathode plant"], got


def test_two_plants_of_one_capacity_and_other_words_stay_two(snapshot_kg):
    """The negative side: "a 100,000-tonne copper plant in A and a 100,000-tonne zinc plant in
    B" are two, and so is an indefinite one with fewer words."""
    draft = _draft(snapshot_kg, "Plans\n\nKunming, June 3, 2026 -- Hengtai Copper Co., Ltd. will "
                                "build a 100,000-tonne copper smelting plant in Chuxiong and a "
                                "100,000-tonne zinc smelting plant in Dali.\n")
    got = {k for k in _labels(draft) if k.startswith("100,000-tonne")}
    assert got == {"100,000-tonne copper smelting plant", "100,000-tonne zinc smelting plant"}, got


def test_an_indefinite_line_is_not_the_line_named_before(snapshot_kg):
    """"Its 50,000-tonne wire rod line in Yuxi opened in 2020, and a 50,000-tonne line in Lufeng
    opened in 2022": the second line was a mention of the first, and its opening about it
    (names/facility_nouns referred an indefinite "a ... line" back)."""
    draft = _draft(snapshot_kg, "Plants\n\nKunming, June 3, 2026 -- Hengtai Copper Co., Ltd. makes "
                                "rod. Its 50,000-tonne wire rod line in Yuxi opened in 2020, and a "
                                "50,000-tonne line in Lufeng opened in 2022.\n")
    got = _values(draft, "about")
    assert not [p for p in got if "Lufeng" in p[0] and p[1] == "50,000-tonne wire rod line"], got


# --- 5. a company that will hold a meeting --------------------------------------------------------
def test_a_meeting_a_company_will_hold_is_labelled_by_the_company(snapshot_kg):
    """"X will hold a shareholders' meeting next Monday" was labelled "Shareholders' meeting:
    Weekly wrap", the article's title (events/bare_nouns read the subject that holds a meeting
    only before "its")."""
    draft = _draft(snapshot_kg, "Weekly wrap\n\nShanghai, Wednesday, 9 September 2026\n\nNantong "
                                "Zinc Co., Ltd. will hold a shareholders' meeting next Monday.\n")
    assert "Shareholders' meeting of Nantong Zinc Co., Ltd." in _labels(draft), _labels(draft)


# --- 6. a deal only a report said was signed ------------------------------------------------------
def test_a_signing_a_report_said_happened_is_no_signed_agreement(snapshot_kg):
    """"A report last week said X and Y signed a supply agreement on 1 September; both firms
    declined to comment" gave an agreement signed on 1 September (data/mood-cues.txt had
    "reports that", not "a report said"); what a company itself said still gives one."""
    draft = _draft(snapshot_kg, "Merger talks off\n\nChengdu, 9 September 2026\n\nA report last week "
                                "said Ya'an Zinc Co., Ltd. and Leshan Lead Co., Ltd. signed a supply "
                                "agreement on 1 September; both firms declined to comment.\n\n"
                                "Meishan Tin Co., Ltd. said it signed a supply agreement with Zigong "
                                "Alloy Co., Ltd. on 3 September.\n")
    got = _values(draft, "dateSigned")
    assert [p for p in got if "Meishan" in p[0]] and not [p for p in got if "Ya'an" in p[0]], got


# --- 7. a deed told with "added" ------------------------------------------------------------------
def test_added_to_a_list_is_a_deed_in_the_label(snapshot_kg):
    """"The Ministry of Commerce on 1 March added gallium nitride to its export control list"
    was labelled "Gallium nitride to its export control list" (events/milestones.clause_label
    cut "X added" as a saying)."""
    draft = _draft(snapshot_kg, "Export rules\n\nBeijing, 3 March 2026\n\nThe Ministry of Commerce "
                                "on 1 March added gallium nitride to its export control list.\n")
    assert [k for k in _labels(draft) if "added gallium nitride" in k], _labels(draft)


# --- 8. the rivals a winner beat ------------------------------------------------------------------
def test_the_rivals_a_winner_beat_take_no_part_in_the_mine(snapshot_kg):
    """"X won a tender for the Jiajika lithium mine, beating A and B": A and B were participants
    of the mine (relations/same_sentence guessed every company of the sentence); the winner
    stays, and so does a partner it won with."""
    draft = _draft(snapshot_kg, "Lithium round-up\n\nChengdu, 14 October 2026\n\nTianqi Xinyuan "
                                "Co., Ltd. said on Tuesday it had won a tender for the Jiajika "
                                "lithium mine with Kangding Mining Co., Ltd., beating Ganzi Lithium "
                                "Co., Ltd., Luding Metals Co., Ltd. and Aba Mining Co., Ltd.\n")
    got = {o for s, o in _values(draft, "participant") if s == "Jiajika lithium mine"}
    assert "Tianqi Xinyuan Co., Ltd." in got and "Kangding Mining Co., Ltd." in got, got
    assert not got & {"Ganzi Lithium Co., Ltd.", "Luding Metals Co., Ltd.",
                      "Aba Mining Co., Ltd."}, got


# --- 9. a sentence's "Its"; faults found and left (strict xfails) -------------------------
def test_its_board_meeting_is_labelled_by_its_company(snapshot_kg):
    """"X cut output. Its board meeting was rescheduled for 30 November" was labelled "Board
    meeting: <the article's title>", a title about another meeting (events/bare_nouns: a
    sentence-opening "Its" is the company that opens the sentence before)."""
    draft = _draft(snapshot_kg, PUT_OFF + "\nJinlong Copper Co., Ltd. cut output. Its board meeting "
                                          "was rescheduled for 30 November.\n")
    assert not [k for k in _labels(draft) if k.startswith("Board meeting:")], _labels(draft)


@fault("events/verb_happenings: 'The Xiaoyi alumina plant, built in 1998 and expanded in 2012, was "
       "closed on 3 May by its owner X' is labelled 'Was closed by its owner X' (the clause read "
       "from past the participle's aside: its subject cut off, and the plant not what it is about)")
def test_a_subject_before_a_participle_s_aside_stays_in_the_label(snapshot_kg):
    draft = _draft(snapshot_kg, "Plant notes\n\nTaiyuan, Thursday, 7 May 2026\n\nThe Xiaoyi alumina "
                                "plant, built in 1998 and expanded in 2012, was closed on 3 May by its "
                                "owner Xiaoyi Aluminium Co., Ltd.\n")
    assert not [k for k in _labels(draft) if k.startswith("Was ")], _labels(draft)


# --- 10. odd text ---------------------------------------------------------------------------------
ODD = {
    "a postponed alone": "was postponed to",
    "a postponed to a day alone": "postponed to 28 November",
    "an adverb alone": "Probably",
    "an adverb and a legal form": "Reportedly Co., Ltd.",
    "a who alone": "Who",
    "a quarter's apostrophe alone": "Q3'",
    "a quarter's short year alone": "Q3'26",
    "named as alone": "named as its chairman",
    "named a name as": "X Co., Ltd. named Yu Fei as",
    "a capacity alone": "100,000-tonne plant\n\nThe 100,000-tonne plant",
    "a report said alone": "A report said",
    "added alone": "added to its list",
    "an and step alone": "and first output is targeted for 2027",
    "a rival cue alone": "beating",
    "a rival cue and a list": "X won the Y mine tender, beating , , and (",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_never_makes_a_rule_raise_nor_an_empty_label(snapshot_kg, case):
    sound_labels(_draft(snapshot_kg, ODD[case]))


# --- 11. linear time ------------------------------------------------------------------------------
def test_this_round_s_constructions_are_read_in_linear_time(snapshot_kg):
    """This file's constructions n times: a meeting put off, an adverb before a name, a person
    named to a post, a quarter's short year, a plant named again, a meeting a company will hold,
    a report's signing, a deed told with "added"."""
    from hostile_drafts import linear_cpu, parses_with_real_dates

    def text(n):
        body = "".join(f"Jinlong{i} Copper Co., Ltd. said its general meeting was postponed to 28 "
                       f"November. Probably Lanhai{i} Zinc Co., Ltd. bid. Heyang{i} Lead Co., Ltd. "
                       f"named Yu Fei{i} as its chairman on 3 March. Baiyin{i} Aluminium Co., Ltd. "
                       f"commissioned a rolling mill in Q3'26. It will build a {i + 1},000-tonne "
                       f"copper cathode plant. The {i + 1},000-tonne plant will cost 2 billion yuan. "
                       f"Nantong{i} Zinc Co., Ltd. will hold a shareholders' meeting next Monday. A "
                       f"report said Yaan{i} Zinc Co., Ltd. signed a supply agreement on 1 September. "
                       f"The Ministry of Commerce on 1 March added gallium{i} to its list. "
                       f"Tianqi{i} Co., Ltd. won a tender for the Jiajika{i} lithium mine, beating "
                       f"Ganzi{i} Lithium Co., Ltd. and Aba{i} Mining Co., Ltd.\n\n"
                       for i in range(n))
        return "Weekly notes\n\nShanghai, Wednesday, 9 September 2026\n\n" + body
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text(60), "round 35 (32)", half=text(30))
    parses_with_real_dates(draft)
