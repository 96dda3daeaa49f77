"""`kg ingest` attacked a sixty-first time (round 60), with short texts written for this file in
genres the project had not read: a welfare lottery centre's notice on an aluminium group's
sponsorship, a friendship-city agreement that names a copper museum, a kindergarten's open day in
a smelter's community, a group wedding for tin miners dated in Chinese numerals, a safety bulletin
pasted from a PDF with its words split at the line ends and its page numbers, a plan's Chinese
title in book-title marks with an English gloss, a provincial department's notice over its number,
a table of figures under a headline of a span of months, a one-line article, a text with a BOM and
CRLF line ends, a shareholders' letter dated "the 5th inst.", a licence renewal and a reply.

Fixed in the round: a headline of a period's figures ("Copper Output, January-May 2031") read as
a page's furniture (a publisher's name and a date), so the catalogue's title was the table's
first row (reading/title_lines); "Notice of the X Bureau on Tin Smelter Inspections" made the
notice about the bureau, its issuer, since the last word of the whole title ("Inspections") was
read as the head that looked at the bureau: a cue inside a name looks back to the word before it
(relations/head_objects); a Chinese title in book-title marks with its English gloss in
brackets after it kept the marks in the catalogue's title (reading/options); hostile60's "the
No. 2 mine of X" drafted a Project "2 mine", its number's word dropped (names/head_phrases;
its test in test_ingest_hostile60.py is a guard now); "the World Museum of Mining in Butte"
drafted "World Museum" (data/org-name-heads.txt: "Museum" opens a name before "of";
names/name_tokens.place_cut: "in" and the place after it are no words of a building's name).

Not fixed (strict xfails): a title in capitals hyphenated across its line break ("ALU-" /
"MINIUM"); a deed told in the past tense after the first day a text names drafted as planned;
the plan a glossed title names drafted twice; a lottery issuance centre drafted a research
institute; an approval dated by the day of the application it approves; a company's short name
in a table of figures ("Yunnan Copper 540,000 t") linked to the province; a board meeting held
in the mine it agreed to buy; an event's label cut at "Co" of "Co., Ltd."; "Department of
Industry and Information Technology" split into a second body "Information Technology" when the
title named the department shorter.

A fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones
guard their fixes."""
from __future__ import annotations

from hostile_drafts import draft_of, fault, parsed, real_dates, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, values as _values


def _draft(kg, text: str, doc_id: str = "hostile61-x"):
    return draft_of(kg, text, doc_id, "hostile61.txt")


def _links(draft) -> set:
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. a headline of a period's figures -------------------------------------------------------------
_OUTPUT = ("Copper Output, January-May 2031\n\nJiangxi Copper 812,000 t, up 4.1%.\nTongling Nonferrous "
           "701,000 t, up 3.2%.\nYunnan Copper 540,000 t, down 0.8%.\nTotal 2,543,000 t.\n")


def test_a_headline_of_a_span_of_months_is_the_title(snapshot_kg):
    """"Copper Output, January-May 2031": a few capitalised words, a comma and a date read as a
    publisher's stamp ("China Mining Weekly, 5 May 2031"), so the title was the first row of
    the table under it. A span of months is the period the figures cover."""
    draft = _draft(snapshot_kg, _OUTPUT)
    assert draft.title == "Copper Output, January-May 2031", draft.title
    short = _draft(snapshot_kg, "Nickel Imports, Jan.-Sep. 2031\n\nChina imported 310,000 tonnes "
                                "of nickel ore in September, customs data showed on 20 October "
                                "2031.\n")
    assert short.title == "Nickel Imports, Jan.-Sep. 2031", short.title


def test_a_publishers_stamp_above_a_headline_is_still_furniture(snapshot_kg):
    """The guard: a source's name and one day over the headline is no headline."""
    draft = _draft(snapshot_kg, "Metals Weekly, 5 June 2031\nTin Smelters Cut Output After Ore "
                                "Shortage\n\nGejiu smelters cut output by a tenth on 3 June "
                                "2031.\n")
    assert draft.title == "Tin Smelters Cut Output After Ore Shortage", draft.title


@fault("a company's short name at the head of a table's row ('Yunnan Copper 540,000 t', "
       "'Tongling Nonferrous 701,000 t') is linked to the province or drafted as the city whose "
       "name opens it: a place's name followed by an industry's word and a figure names a firm")
def test_a_firms_short_name_in_a_table_of_figures_is_no_place(snapshot_kg):
    draft = _draft(snapshot_kg, _OUTPUT)
    assert "Yunnan Province" not in _links(draft) and "Tongling" not in _new(draft, "City"), \
        (_links(draft), _new(draft))


# --- 2. a notice of a bureau on inspections -----------------------------------------------------------
_BUREAU = ("Notice of the Gejiu Municipal Emergency Management Bureau on Tin Smelter Inspections\n\n"
           "All tin smelters shall finish their self-inspection by 30 June 2031.\n\nGejiu Municipal "
           "Emergency Management Bureau\n2 June 2031\n")


def test_a_notice_of_a_bureau_on_inspections_is_not_about_the_bureau(snapshot_kg):
    """"Notice of the X Bureau on Tin Smelter Inspections": the cue "of" inside the title was
    read with the title's last word ("Inspections", a word of scrutiny), so the notice was
    "about" its own issuer. The head before the cue ("Notice") is the word that looks at X."""
    draft = _draft(snapshot_kg, _BUREAU)
    about = {o for s, o in _values(draft, "about") if s.startswith("Notice of")}
    assert "Gejiu Municipal Emergency Management Bureau" not in about, about
    assert ("Notice of the Gejiu Municipal Emergency Management Bureau on Tin Smelter Inspections",
            "Gejiu Municipal Emergency Management Bureau") in _values(draft, "issuedBy")


def test_an_inspection_of_a_company_is_about_it(snapshot_kg):
    """The guard: an inspection "of" a company is about the company."""
    draft = _draft(snapshot_kg, "Probe\n\nJINCHANG, 3 March 2031 -- The Gansu Provincial "
                                "Department of Ecology and Environment began an inspection of "
                                "Jinchuan Group Co., Ltd. on Monday.\n")
    about = {o for s, o in _values(draft, "about") if s.startswith("Inspection")}
    assert "Jinchuan Group Co., Ltd." in about, _values(draft, "about")


@fault("'Notice on the Inspection of Baiyin Nonferrous Group Co., Ltd.' drafts an Event "
       "'Inspection of Baiyin Nonferrous Group Co' (topic:title-process cuts the process at "
       "the full stop of 'Co.'): a company's legal form is no sentence's end")
def test_a_process_label_keeps_the_companys_legal_form(snapshot_kg):
    draft = _draft(snapshot_kg, "Notice on the Inspection of Baiyin Nonferrous Group Co., Ltd.\n\n"
                                "The inspection will start on 3 May 2031.\n\nGansu Provincial "
                                "Department of Ecology and Environment\n2 April 2031\n")
    assert "Inspection of Baiyin Nonferrous Group Co" not in _new(draft), _new(draft)


@fault("a title naming 'the Yunnan Provincial Department of Industry' and a signature naming the "
       "'Yunnan Provincial Department of Industry and Information Technology' draft a second "
       "GovernmentBody 'Information Technology' (the shorter name is read inside the longer one "
       "and what follows 'and' made a body)")
def test_a_longer_name_of_a_body_makes_no_body_of_its_tail(snapshot_kg):
    draft = _draft(snapshot_kg, "Notice of the Yunnan Provincial Department of Industry on Tin "
                                "Smelter Inspections\nYun Gong Xin Fa [2031] No. 12\n\nAll tin "
                                "smelters shall finish their self-inspection by 30 June 2031.\n\n"
                                "Yunnan Provincial Department of Industry and Information "
                                "Technology\n2 June 2031\n")
    assert "Information Technology" not in _new(draft), _new(draft)


# --- 3. a safety bulletin pasted from a PDF ------------------------------------------------------------
_BULLETIN = ("SAFETY BULLETIN OF THE NANSHAN ALU-\nMINIUM SMELTER\n\nOn 12 April 2031 the smelter's "
             "No. 3 pot-\nline stopped for four hours after a power failure. The alu-\nminium in 42 "
             "cells froze.\n- 3 -\nThe Longkou Municipal Emergency Management Bureau sent a team to "
             "the smel-\nter on 13 April 2031.\n- 4 -\n")


def test_a_title_in_small_letters_split_at_a_hyphen_is_joined(snapshot_kg):
    """The guard: "Alu-" / "minium" in a title's two lines is one word."""
    draft = _draft(snapshot_kg, "Safety Bulletin of the Nanshan Alu-\nminium Smelter\n\nOn 12 April "
                                "2031 the smelter's potline stopped for four hours.\n")
    assert draft.title == "Safety Bulletin of the Nanshan Aluminium Smelter", draft.title
    assert "Nanshan Aluminium Smelter" in _new(draft, "Site"), _new(draft)


@fault("a title in capitals hyphenated across its line break ('... NANSHAN ALU-' / 'MINIUM "
       "SMELTER') keeps the first line alone as the title and drafts a Site 'MINIUM SMELTER' "
       "(reading/text and reading/folded join a split word only before a small letter)")
def test_a_title_in_capitals_split_at_a_hyphen_is_joined(snapshot_kg):
    draft = _draft(snapshot_kg, _BULLETIN)
    assert "ALU-" not in draft.title and "MINIUM SMELTER" not in _new(draft), \
        (draft.title, _new(draft))


@fault("'The X Bureau sent a team to the smelter on 13 April 2031' is drafted with a plannedDate "
       "(event:verb-clause+planned): the text has no date line and is dated by the first day it "
       "names (12 April), so a later day is read as still to come, though the verb is in the "
       "past tense")
def test_a_deed_in_the_past_tense_is_not_planned(snapshot_kg):
    draft = _draft(snapshot_kg, _BULLETIN)
    planned = {s for s, o in _values(draft, "plannedDate") if "sent a team" in s}
    assert not planned, _values(draft, "plannedDate")


def test_a_bulletins_page_numbers_make_nothing(snapshot_kg):
    """The guard: the page numbers "- 3 -" between paragraphs make no entity, and the draft
    parses with real days."""
    draft = _draft(snapshot_kg, _BULLETIN)
    assert not {x for x in _new(draft) if x.strip("- 0123456789") == ""}, _new(draft)
    real_dates(parsed(draft))


# --- 4. a plan's Chinese title with an English gloss -----------------------------------------------------
_PLAN = ("\u300a\u6709\u8272\u91d1\u5c5e\u884c\u4e1a\u7a33\u589e\u957f\u5de5\u4f5c\u65b9\u6848\u300b "
         "(Work Plan for Stable Growth of the Nonferrous Metals Industry)\n\nThe Ministry of "
         "Industry and Information Technology issued the plan on 22 August 2031. It asks for "
         "copper output to grow by 5 percent a year.\n")


def test_a_glossed_chinese_title_loses_its_marks(snapshot_kg):
    """"\u300a<the Chinese title>\u300b (Work Plan for ...)": the book-title marks were kept in
    the catalogue's title (reading/options dropped them only around a whole line); with a
    translation's gloss in brackets after them they are no words of the title either."""
    draft = _draft(snapshot_kg, _PLAN)
    assert draft.title == ("\u6709\u8272\u91d1\u5c5e\u884c\u4e1a\u7a33\u589e\u957f\u5de5"
                           "\u4f5c\u65b9\u6848 (Work Plan for Stable Growth of the Nonferrous "
                           "Metals Industry)"), draft.title


def test_marks_before_a_headlines_other_words_stay(snapshot_kg):
    """The guard: marks around a title a headline cites, with words after it that are no gloss
    in brackets, stay."""
    draft = _draft(snapshot_kg, "\u300aRules on Heat Stroke Prevention\u300b Take Effect in "
                                "Baiyin\n\nBaiyin smelters began to apply the rules on 2 July "
                                "2031.\n")
    assert draft.title.startswith("\u300a"), draft.title


@fault("'issued the plan' drafts a second Plan 'Plan of Ministry of Industry and Information "
       "Technology' (document:issued-noun) beside the plan the title names: 'the plan' refers "
       "back to the title's plan, which should take the issuer and the day")
def test_the_plan_a_title_names_is_drafted_once(snapshot_kg):
    draft = _draft(snapshot_kg, _PLAN)
    assert len(_new(draft, "Plan")) == 1, _new(draft, "Plan")


# --- 5. lotteries, museums, meetings --------------------------------------------------------------------
@fault("'Baise Municipal Welfare Lottery Issuance Centre' is drafted a ResearchInstitute "
       "(name:center): a centre that sells lottery tickets does no research (hostile60's "
       "veterans service centre: a centre's class is not in its last word)")
def test_a_lottery_centre_is_no_research_institute(snapshot_kg):
    draft = _draft(snapshot_kg, "Baise Welfare Lottery Centre Notice on the Sponsorship of the 2031 "
                                "Charity Draw\n\nThe Baise Municipal Welfare Lottery Issuance "
                                "Centre announced on 2031.03.05 that Guangxi Huayin Aluminium "
                                "Co., Ltd. will sponsor the spring charity draw with 300,000 "
                                "yuan.\n")
    assert "Baise Municipal Welfare Lottery Issuance Centre" not in \
        _new(draft, "ResearchInstitute"), _new(draft)


_FRIENDS = ("Tongling and Butte Sign Friendship City Agreement\n\nTONGLING, March 5th, 2031 -- "
            "Tongling City of Anhui Province and the City of Butte, Montana, signed a friendship "
            "city agreement on Thursday. Dr. Anna Schmidt, director of the World Museum of Mining "
            "in Butte, said the Tongling Copper Museum would lend 40 bronze mirrors to her museum "
            "next year. The mayor of Tongling, Ms. He Xiaoyan (\u4f55\u6653\u71d5), presided over "
            "the signing.\n")


def test_a_dateline_with_an_ordinal_day_dates_the_text(snapshot_kg):
    """The guard: "March 5th, 2031" in a dateline is the text's day, "Dr." and "Ms." are no
    words of the people's names."""
    draft = _draft(snapshot_kg, _FRIENDS)
    assert str(draft.date) == "2031-03-05", draft.date
    assert {"Anna Schmidt", "He Xiaoyan"} <= _new(draft, "Person"), _new(draft)


def test_a_museum_keeps_its_of_phrase(snapshot_kg):
    """"the World Museum of Mining in Butte" was drafted a Site "World Museum" ("Museum" ended
    names only): a museum's "of" phrase is its name's ("the National Museum of China"), and
    "in" its place is not."""
    draft = _draft(snapshot_kg, _FRIENDS)
    sites = _new(draft, "Site")
    assert "World Museum of Mining" in sites and "World Museum" not in sites, sites
    assert "Tongling Copper Museum" in sites, sites
    other = _draft(snapshot_kg, "Loan\n\nBEIJING, 5 March 2031 -- The National Museum of China "
                                "lent a copper drum to the Guangxi Museum of Nationalities on "
                                "Monday.\n")
    assert {"National Museum of China", "Guangxi Museum of Nationalities"} <= _new(other, "Site"), \
        _new(other)


@fault("'At the meeting of the board held on the 5th inst., the directors approved the purchase "
       "of a tin mine in Bolivia' drafts the meeting heldIn the mine (prior:cooccur-sentence@0.49): "
       "what a meeting agrees to buy is not where it is held")
def test_a_board_meeting_is_not_held_in_the_mine_it_buys(snapshot_kg):
    draft = _draft(snapshot_kg, "Letter to Shareholders\n\nKunming, 20 June 2031\n\nDear "
                                "Shareholders,\nAt the meeting of the board held on the 5th inst., "
                                "the directors of Yunnan Tin Co., Ltd. approved the purchase of a "
                                "tin mine in Bolivia.\n")
    assert not {o for s, o in _values(draft, "heldIn") if s.startswith("Meeting")}, \
        _values(draft, "heldIn")


def test_the_5th_inst_is_the_month_of_the_letter(snapshot_kg):
    """The guard: "the 5th inst." in a letter dated 20 June is 5 June."""
    draft = _draft(snapshot_kg, "Letter to Shareholders\n\nKunming, 20 June 2031\n\nDear "
                                "Shareholders,\nAt the meeting of the board held on the 5th inst., "
                                "the directors of Yunnan Tin Co., Ltd. approved the purchase of a "
                                "tin mine in Bolivia.\n")
    assert ("Meeting of the board", "2031-06-05") in _values(draft, "startDate"), \
        _values(draft, "startDate")


def test_a_reopened_numbered_mine_keeps_its_number_word(snapshot_kg):
    """"the No. 4 mine of X": the number's word "No." is the name's, not left out of it."""
    draft = _draft(snapshot_kg, "Shaft Reopens\n\nBAIYIN, 2 March 2031 -- Workers reopened the "
                                "No. 4 mine of Baiyin Nonferrous Group Co., Ltd. on Monday after "
                                "a month of repairs.\n")
    assert "4 mine" not in _new(draft) and "No. 4 mine" in _new(draft), _new(draft)


# --- 6. replies, weddings, encodings --------------------------------------------------------------------
@fault("'Your application of 3 January 2031 for a new tailings dam has been approved' drafts an "
       "Event 'Approval of Your application ...' on 3 January 2031 (event:verb-clause takes the "
       "application's day): the approval is the reply's, the day the application's")
def test_an_approval_is_not_dated_by_the_application(snapshot_kg):
    draft = _draft(snapshot_kg, "Reply\n\nJinchuan Group Co., Ltd.:\n\nYour application of 3 "
                                "January 2031 for a new tailings dam has been approved.\n\n"
                                "Jinchang Municipal Water Resources Bureau\n15 February 2031\n")
    assert not {s for s, o in _values(draft, "startDate")
                if s.startswith("Approval") and o == "2031-01-03"}, _values(draft, "startDate")


def test_a_day_in_chinese_numerals_dates_a_wedding(snapshot_kg):
    """The guard: "\u4e8c\u3007\u4e09\u4e00\u5e74\u4e94\u6708\u4e00\u65e5" is 1 May 2031."""
    draft = _draft(snapshot_kg, "Group Wedding for 36 Miner Couples\n\nThe Civil Affairs Bureau "
                                "of Gejiu City held a group wedding for 36 couples of Yunnan Tin "
                                "Group (Holding) Co., Ltd. on \u4e8c\u3007\u4e09\u4e00\u5e74\u4e94"
                                "\u6708\u4e00\u65e5.\n")
    assert str(draft.date) == "2031-05-01", draft.date


def test_a_bom_and_crlf_keep_offsets_on_the_stored_text(snapshot_kg):
    """The guard: a text with a byte order mark and CRLF line ends: every evidence span of the
    draft quotes the stored text's words of its entity."""
    text = ("\ufeffChalco Opens Gallium Plant\r\n\r\nZHENGZHOU, 8 May 2031 -- Aluminum Corporation of "
            "China Limited opened a 50-tonne gallium plant in Zhengzhou on Friday.\r\n")
    draft = _draft(snapshot_kg, text)
    assert str(draft.date) == "2031-05-08", draft.date
    zz = [e for e in draft.entities.values() if e.label == "Zhengzhou"]
    assert zz and all(draft.text[m.start:m.end].lower() == "zhengzhou" for m in zz[0].mentions), \
        [(m.start, m.end) for m in zz[0].mentions] if zz else _new(draft)
