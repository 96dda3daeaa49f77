"""`kg ingest` attacked a twenty-third time (after test_ingest_hostile.py .. hostile22.py), at the
readers round 26 added (places named by their level noun, lower-case bodies, a project's
completion, schedule lines with dot leaders, a post's stamp, a planned start in the present
tense, a date as a name's modifier, a yearless day's tense, a signature above a "Copy to:"
footer) and at what round 27 landed, with short texts written for this file: a possessive
after a place's name, a body said not to exist, a completion put as a condition, a step
called off after its day, a stamp over a post's first words, a start denied; odd text; linear
time; markup on the review page. A fault's test is marked ``fault(...)`` (strict xfail) while
it is not fixed; the fixed ones guard their fixes."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, fault, linear_cpu, parsed, parses_with_real_dates, real_dates, snapshot_kg  # noqa: F401
from hostile_drafts import event_dates as _events, labels as _labels, new_labels as _new, values as _values
from hostile_drafts import page_and_table


def _draft(kg, text: str, doc_id: str = "hostile23-x"):
    return draft_of(kg, text, doc_id, "hostile23.txt")


# --- 1. places by their level noun; bodies in lower case -----------------------------------------
@pytest.fixture(scope="module")
def places_and_bodies(snapshot_kg):
    return _draft(snapshot_kg, "Local news, 9 April 2026\n\nInspectors walked through the town of "
                               "Lanping's old tin market. Delegates from the counties of Mengzi and "
                               "Weixi's trade office came too. They also saw the village of "
                               "Xi'an.\n\nThere was no working group at the quarry, and the county "
                               "has not yet an expert panel for the Lead Index. An accident "
                               "investigation team was set up at the pit.\n")


def test_a_possessive_after_a_level_noun_s_place_is_no_part_of_its_name(places_and_bodies):
    """"the town of Lanping's old tin market" was a place "Lanping's", "the counties of A and
    B's trade office" a county "B's County" (names/level_of_places.py took the "'s" into the
    name); an apostrophe inside a name ("Xi'an") stays."""
    labels = _labels(places_and_bodies)
    assert not [x for x in labels if "'s" in x], labels
    assert {"Lanping", "Mengzi County", "Weixi County", "Xi'an"} <= labels, labels


def test_a_body_said_not_to_exist_is_none(places_and_bodies):
    """"There was no working group at the quarry", "has not yet an expert panel for the X
    Index" were bodies (names/lower_teams.py read the head, not the "no" before it); a body
    that was set up still is one."""
    orgs = _new(places_and_bodies, "Organization")
    assert not [x for x in orgs if "working group" in x.lower() or "expert panel" in x.lower()], orgs
    assert any("investigation team" in x.lower() for x in orgs), orgs


# --- 2. a project's completion; a schedule's step called off; a denied start -------------------
@pytest.fixture(scope="module")
def works(snapshot_kg):
    return _draft(snapshot_kg, "Works bulletin, 12 May 2026\n\nIf the Baoshan Zinc Leaching Project "
                               "was completed in 2025, the plant could run now. The Lushui Lead "
                               "Tailings Project was completed in March 2026. The Fugong Tin "
                               "Expansion Project is under review. Construction of the new shaft does "
                               "not start in July. Trial production begins in 2027.\n\nTimetable:\n"
                               "1. Registration: 18 May 2026 (withdrawn)\n"
                               "2. Site visit: 20 May 2026\n")


def test_a_completion_put_as_a_condition_is_no_end(works):
    """"If the X Project was completed in 2025, ..." gave X an end in 2025
    (events/project_end.py read the clause, not the "If" before it)."""
    ends = dict(_values(works, "endDate"))
    assert "Baoshan Zinc Leaching Project" not in ends, ends
    assert ends.get("Lushui Lead Tailings Project") == "2026-03", ends


def test_a_step_called_off_after_its_day_is_no_event(works):
    """"1. Registration: 18 May 2026 (withdrawn)" was a planned registration
    (events/schedule_lines.py read a called-off mark only as a clause's verb)."""
    events = _events(works)
    assert not any("2026-05-18" in d for d in events.values()), events
    assert events.get("Site visit") == {"2026-05-20"}, events


def test_a_start_denied_after_of_is_no_planned_start(works):
    """"Construction of the new shaft does not start in July" was a milestone "Start of
    construction of the new shaft does not" in July (events/planned_milestones.py ran the words
    after "of" up to the verb); "Trial production begins in 2027" still is one."""
    events = _events(works)
    assert not any("does not" in k or "2026-07" in d for k, d in events.items()), events
    assert any(k.startswith("Start of trial production") and d == {"2027"}
               for k, d in events.items()), events


# --- 3. a post's stamp over its first words ------------------------------------------------------
def test_a_post_s_stamp_is_no_word_of_its_happening(snapshot_kg):
    """"05-06 14:22  from iPhone 15" over "The kiln was relined yesterday." was an event
    labelled "05-06 14:22 from iPhone 15 The kiln was relined" (the stamp line has no stop:
    events/dateline_words.after_dateline_at now steps past it, as past a dateline)."""
    draft = _draft(snapshot_kg, "Posts of the smelter's account, 2026\n\n05-06 14:22  from iPhone 15\n"
                                "The kiln was relined yesterday.\n\n05-07 09:10  from Weibo web\n"
                                "Our team met the county bureau this afternoon.\n")
    events = _events(draft)
    assert not [k for k in events if k[:1].isdigit()], events
    assert events.get("The kiln was relined") == {"2026-05-05"}, events


# --- 3b. dot leaders that lead to a page, a document's own revision ---------------------------
def test_a_contents_line_is_no_title_and_a_revision_day_no_step(snapshot_kg):
    """"Programme for 12 May 2026 ............ 5" under "Contents" was the text's own document,
    labelled with its dots and page (names/title_blocks.py took a contents line for a title);
    "Last revised ........ 2 February 2026" in a certificate's block was an event "Last revised"
    (events/schedule_lines.py: a revision of the document itself is its furniture,
    data/schedule-not-steps.txt); a timetable's dotted step still is one."""
    draft = _draft(snapshot_kg, "Delegate Handbook, 2 March 2026\n\nContents\nWelcome words "
                                "............ 3\nProgramme for 12 May 2026 ............ 5\nHotels "
                                "............ 9\n\nCertificate No. ........ QC-2026-07\nLast revised "
                                "........ 2 February 2026\n\nTimetable\nField trip ........ 13 May "
                                "2026\n")
    labels = _labels(draft)
    assert not [x for x in labels if "...." in x], labels
    events = _events(draft)
    assert "Last revised" not in events and events.get("Field trip") == {"2026-05-13"}, events


# --- 4. a day that belongs to another clause, a quotation, a condition after the day ------------
@pytest.fixture(scope="module")
def told(snapshot_kg):
    return _draft(snapshot_kg, "Works notice, 20 January 2026\n\nIn March we expect the pits to be "
                               "surveyed. By December the refinery is to have finished its "
                               "overhaul.\n\n\"On 14 July the county ordered the kiln to be sealed,\" "
                               "the foreman recalled. The kiln will reopen on 9 April if the "
                               "inspection is passed. The dryer will reopen on 11 April.\n")


def test_a_sentence_with_a_deadline_of_its_own_takes_no_earlier_clause_s_day(told):
    """"In March we expect X. By December the refinery is to have finished its overhaul." dated
    the overhaul March (events/date_attach.py: the sentence's deadline was dropped, and the
    governing entry of the sentence before took its place)."""
    events = _events(told)
    assert not any("overhaul" in k.lower() and "2026-03" in d for k, d in events.items()), events
    assert events.get("We expect the pits to be surveyed") == {"2026-03"}, events


def test_a_clause_cut_out_of_a_quotation_keeps_no_lone_quote_mark(told):
    """'"On 14 July the county ordered the kiln to be sealed," the foreman recalled' was an
    event labelled '" the county ordered ...' (events/milestones.clause_label left the opening
    quote when it took the date out)."""
    events = _events(told)
    assert events.get("The county ordered the kiln to be sealed") == {"2025-07-14"}, events
    assert not [k for k in events if k[:1] in "\"\u201c" or k[-1:] in "\"\u201d"], events


def test_a_step_under_a_condition_after_its_day_is_no_plan(told):
    """"The kiln will reopen on 9 April if the inspection is passed" was a planned step
    (events/future_steps.py looked for "if" before the day only) and, once not, a milestone
    "Passing of the kiln will reopen if the inspection" (events/dated.py read no mood)."""
    events = _events(told)
    assert not any("2026-04-09" in d for d in events.values()), events
    assert events.get("The dryer will reopen") == {"2026-04-11"}, events


def test_a_year_s_report_is_not_issued_in_the_year_it_reports_on(snapshot_kg):
    """"X said its 2025 annual report was delayed" gave the report a day of issue in 2025
    (relations/node_context.py read the year inside its name as its sentence's date; a
    year's report is published after the year; a half-year report's year stays its own); a
    day cut out before a possessive left a gap in a dated sentence's label ("The forum 's
    agenda", events/dated.py)."""
    draft = _draft(snapshot_kg, "Notes, 6 March 2026\n\nLanping Lead Co., Ltd. said its 2025 "
                                "annual report was delayed. The 2025 semi-annual report was "
                                "released by Weixi Zinc Co., Ltd.\n\nThe forum on 25 May's agenda "
                                "was set.\n")
    issued = dict(_values(draft, "dateIssued"))
    assert "2025 annual report" in _new(draft, "Report") and "2025 annual report" not in issued, \
        issued
    assert issued.get("2025 semi-annual report") == "2025", issued
    assert not [k for k in _labels(draft) if " 's" in k], _labels(draft)


def test_a_name_ending_in_ed_is_no_past_verb_of_a_fronted_day(snapshot_kg):
    """"On 3 March, Lanping United Metals Co., Ltd. holds its annual general meeting", in a
    text of January, was last March's meeting (reading/happened.py read "United" as the
    clause's past verb); a clause told in the past still is last year's."""
    draft = _draft(snapshot_kg, "Notice, 20 January 2026\n\nOn 3 March, Lanping United Metals "
                                "Co., Ltd. holds its annual general meeting in Kunming. On 9 "
                                "December, Weixi Zinc Co., Ltd. opened a plant in Dali.\n")
    dates = {b for p in ("startDate", "plannedDate") for _, b in _values(draft, p)}
    assert "2026-03-03" in dates and "2025-03-03" not in dates, dates


def test_an_agreement_signed_only_in_a_supposition_takes_no_day(snapshot_kg):
    """"A supply agreement with X was discussed. Had we signed it on 2 November, prices would be
    lower." signed it on 2 November (events/signed_back.py saw "not" and "never", not a
    condition); "We signed it in Dali on 4 November" still dates its agreement."""
    draft = _draft(snapshot_kg, "News, 3 December 2026\n\nA ten-year supply agreement with "
                                "Lanping Lead Co., Ltd. was discussed. Had we signed it on 2 "
                                "November, prices would be lower.\n\nA framework agreement with "
                                "Weixi Zinc Co., Ltd. was reached. We signed it in Dali on 4 "
                                "November.\n")
    signed = {b for _, b in _values(draft, "dateSigned")}
    assert signed == {"2026-11-04"}, signed


# --- 5. this round's relations: holders told by a relative clause ----------------------------
def test_a_holder_s_owner_before_a_possessive_is_no_holder(snapshot_kg):
    """"X, whose largest shareholder is Y's subsidiary, Z, ..." made Y a shareholder of X
    (relations/relative_holders.py took the name after "is" whatever followed it)."""
    draft = _draft(snapshot_kg, "Notes, 4 June 2026\n\nLanping Lead Co., Ltd., whose largest "
                                "shareholder is Weixi Metals Group Co., Ltd.'s unit, Luxi Trading "
                                "Co., Ltd., cut output. Yongde Zinc Co., Ltd., whose controlling "
                                "shareholder is Gengma Mining Co., Ltd., grew.\n")
    held = _values(draft, "shareholderOf")
    assert ("Weixi Metals Group Co., Ltd.", "Lanping Lead Co., Ltd.") not in held, held
    assert ("Gengma Mining Co., Ltd.", "Yongde Zinc Co., Ltd.") in held, held


# --- 6. this round's entities and dates: a day's heading, a header's "Source:" -----------------
def test_a_day_s_heading_line_is_no_word_of_the_name_under_it(snapshot_kg):
    """"TUE 5 JAN" over "Lanping Lead Co., Ltd. restarted its kiln." was a company "TUE 5 JAN
    Lanping Lead Co., Ltd." (names/candidates._trim read the heading line as the name's first
    words; round 27's day headings govern such entries); a name wrapped over two lines stays
    whole."""
    draft = _draft(snapshot_kg, "WEEK IN BRIEF\n\nTUE 5 JAN\nLanping Lead Co., Ltd. restarted "
                                "its kiln.\n\nWED 6 JAN\nYongde Mining Co., Ltd. opened a pit. "
                                "Weixi Zinc\nCo., Ltd. cut output.\n")
    companies = _new(draft, "Company")
    assert {"Lanping Lead Co., Ltd.", "Yongde Mining Co., Ltd.", "Weixi Zinc Co., Ltd."} <= \
        companies, companies
    assert not [x for x in companies if "JAN" in x], companies


def test_a_header_s_source_of_figures_is_no_issuer(snapshot_kg):
    """"Source: X Co., Ltd. annual report and customs statistics" under a report's title made X
    its issuer (relations/header_issuers.py took any organisation after "Source:"); a web
    page's "Source: Y Bureau" at the end of its field still is."""
    figures = _draft(snapshot_kg, "Monthly Tin Market Report\nSource: Lanping Lead Co., Ltd. "
                                  "annual report and customs statistics\n\nTin prices rose in May "
                                  "as stocks fell at the exchanges and smelters cut output.\n")
    page = _draft(snapshot_kg, "Notice on Tin Smelter Inspections\nRelease date: 2026.12.14    "
                               "Source: Honghe Prefecture Industry Bureau\n\nAll smelters will be "
                               "inspected in January.\n")
    assert not _values(figures, "issuedBy"), _values(figures, "issuedBy")
    assert _values(page, "issuedBy") == {("Notice on Tin Smelter Inspections",
                                          "Honghe Prefecture Industry Bureau")}


@pytest.fixture(scope="module")
def tables_of_days(snapshot_kg):
    return _draft(snapshot_kg, "Inspection Results, 20 June 2026\n\n| Enterprise | Problem found | "
                               "Date |\n|---|---|---|\n| Lanping Lead Co., Ltd. | breach of the "
                               "Measures for the Administration of Tin Smelting | 5 May 2026 |\n"
                               "| Weixi Zinc Co., Ltd. | none | 6 May 2026 |\n\nMeetings\n\n"
                               "| Meeting | Date | Status |\n|---|---|---|\n| Annual Tin Industry "
                               "Forum | 12 July 2026 | cancelled |\n| Lead Recycling Seminar | 14 "
                               "July 2026 | held as planned |\n")


def test_a_meeting_in_a_row_struck_off_takes_no_day(tables_of_days):
    """"| Annual Tin Industry Forum | 12 July 2026 | cancelled |" was a forum planned for 12 July
    (events/date_attach.py read the row as a clause, relations/node_context.py its sentence's
    first date, events/date_cells.py its Date column: none asked reading/called_off)."""
    dated = {(a, b) for p in ("startDate", "plannedDate") for a, b in _values(tables_of_days, p)}
    assert not [x for x in dated if x[0] == "Annual Tin Industry Forum"], dated
    assert ("Lead Recycling Seminar", "2026-07-14") in dated, dated


@fault("events/date_attach.py (date:same-clause-after) and events/date_cells.py (table:row-date "
       "of a 'Date' column): a document named in a row's description cell ('| X Co., Ltd. | "
       "breach of the Y Measures | 5 May 2026 |' under 'Problem found | Date') is issued on the "
       "row's day, which is the inspection's")
def test_a_document_named_in_a_row_s_description_takes_no_day_of_the_row(tables_of_days):
    issued = dict(_values(tables_of_days, "dateIssued"))
    assert "Measures for the Administration of Tin Smelting" not in issued, issued


# --- 8. odd text: no rule raises, no label is empty -----------------------------------------------
ODD = {
    "footers with nothing": "Copy to:\n\n15 March 2026\n\nCopy to: ;;\ncc:\n",
    "a footer in CRLF and a form feed": "Notice\r\n\r\n" + "word " * 80 + "\r\n\r\nBureau\r\n"
                                        "15 March 2026\r\n\r\nCopy to:\r\n\x0c",
    "level nouns with nothing after": "They visited the villages of\nthe town of \u200fXi'an's. "
                                      "the counties of A, B, C, D, E, F, G, H, I, J and K",
    "possessives and modifiers with nothing": "this year's\n's 2025 Forum. the 2025 \u201c\u201d. "
                                              "the May 5 . its 2025's\nthe 2025-2027 plan.",
    "stamps that are no days": "00-00 25:99 from\n13-45 10:10\n02-30 10:00 from iPhone\n"
                               "yesterday\n03-05 14:22",
    "completions with nothing": "The X Project, , was completed in\nThe Y Project ,,,, was "
                                "completed on 31 February 2026.\nIf the\n",
    "dot leaders alone": "........\nRegistration ........\n. ... 9 May\nA ...... 9 May to\n"
                         "B\uff1a9 May 2026\uff08withdrawn\uff09\n",
    "marked schedule lines": "\u202eRegistration: 9 May 2026\u202c\n\u200f2. Visit: 10 May "
                             "2026 to\n3. Closing: (withdrawn\n",
    "relative clauses with nothing": "Lanping Lead Co., Ltd., whose\nWeixi Zinc Co., Ltd., whose "
                                     "largest shareholders are\nLuxi Tin Co., Ltd., whose parent "
                                     "company is Luxi Tin Co., Ltd.'s\nYongde Co., Ltd., whose "
                                     "shareholders are (, and ,\n",
    "quotes and conditions with nothing": "\"On 3 May\"\n\u201cOn 4 May,\u201d\nIt will open on 5 May"
                                          " if\nThe 2025 Annual Report\n'On 6 May'",
    "lower bodies cut off": "working group\nthe working group of\nno expert panel of the \nthe "
                            "nine-member\nnot yet a",
}


@pytest.mark.parametrize("case", sorted(ODD))
def test_odd_text_never_makes_a_rule_raise_nor_an_empty_label(snapshot_kg, case):
    draft = _draft(snapshot_kg, ODD[case])
    real_dates(parsed(draft))
    assert not any(not e.label.strip() or e.label != e.label.strip() or e.label.endswith(" of")
                   or "  " in e.label for e in draft.new()), [e.label for e in draft.new()]


# --- 9. linear time ---------------------------------------------------------------------------
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_TOWNS = ("Lanping", "Weixi", "Mengzi", "Luxi", "Yongde", "Zhenkang", "Cangyuan", "Gengma",
          "Fengqing", "Yunxian")


def test_many_places_bodies_conditions_stamps_and_struck_steps_are_read_in_linear_time(snapshot_kg):
    """A paragraph of a town's possessive, a body denied, a completion put as a condition, a
    start denied, a quotation and a step under a condition, n times; a timetable of n lines,
    every other one withdrawn; n post stamps: each read once."""
    def text(n):
        body = "".join(f"Inspectors saw the town of {_TOWNS[i % 10]}'s market and the counties of "
                       f"{_TOWNS[(i + 1) % 10]} and {_TOWNS[(i + 2) % 10]}. There was no working "
                       f"group at pit {i}. If the Baoshan Zinc{i} Project was completed in 2025, "
                       f"ore could flow. Construction of shaft {i} does not start in "
                       f"{_MONTHS[i % 12]}. \"On {i % 28 + 1} July the county ordered kiln {i} "
                       f"sealed,\" he said. Kiln {i} will reopen on {i % 28 + 1} April if it "
                       f"passes.\n\n" for i in range(n))
        steps = "".join(f"{i % 99 + 1}. Step {i}: {i % 28 + 1} May 2026"
                        f"{' (withdrawn)' if i % 2 else ''}\n" for i in range(n))
        posts = "".join(f"{i % 12 + 1:02d}-{i % 28 + 1:02d} 10:{i % 60:02d}  from iPhone 15\n"
                        f"Line {i} was relined yesterday.\n\n" for i in range(n))
        return "Works bulletin, 12 May 2026\n\n" + body + "Timetable:\n" + steps + "\n" + posts
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text(100), "places, bodies, stamps",
                       half=text(50))
    labels = _labels(draft)
    assert not [x for x in labels if "'s" in x or x[:1].isdigit() and ":" in x[:6]], labels
    assert not [x for x in labels if "working group" in x.lower()]
    parses_with_real_dates(draft)


def test_many_holders_addresses_and_contents_lines_are_read_in_linear_time(snapshot_kg):
    """This round's constructions n times: "X, whose largest shareholder is Y's unit, Z",
    "whose shareholders are A and B", an address of a village, a town and a county, a mine
    that "lies in X and is run by A", a signing supposed, a contents line with dot leaders:
    each read once."""
    def text(n):
        body = "".join(f"Lanping Lead{i} Co., Ltd., whose largest shareholder is Weixi Metals{i} "
                       f"Co., Ltd.'s unit, Luxi Trading{i} Co., Ltd., cut output. Yongde Zinc{i} "
                       f"Co., Ltd., whose shareholders are Gengma Mining{i} Co., Ltd. and Dali "
                       f"Tin{i} Co., Ltd., grew. Its office is at Shangyuan{i} Village, Jinding "
                       f"Town, Lanping County. The Baiyang{i} mine lies in Weixi County and is run "
                       f"by Luxi Metals{i} Co., Ltd. A supply agreement with Fengqing{i} Co., Ltd. "
                       f"was discussed. Had we signed it on {i % 28 + 1} May, we would know.\n\n"
                       for i in range(n))
        toc = "".join(f"Chapter {i} Review of {_MONTHS[i % 12]} 2026 ........ {i + 3}\n"
                      for i in range(n))
        return "Delegate Handbook\n\nContents\n" + toc + "\nNews, 3 June 2026\n\n" + body
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text(40), "holders and addresses",
                       half=text(20))
    held = _values(draft, "shareholderOf")
    assert not [a for a, b in held if a.startswith("Weixi Metals")], held
    assert not _values(draft, "dateSigned")
    parses_with_real_dates(draft)


# --- 10. the review page and the command's table ------------------------------------------------
def test_the_review_page_and_the_table_escape_this_round_s_labels(snapshot_kg, capsys):
    """Labels this round's readers make from the text (a body's owner, a post's clause) hold '&', '<' and a terminal's escape: the review page escapes them and the
    command's table shows no control character."""
    draft = _draft(snapshot_kg, "Posts of the plant, 2026\n\n05-06 14:22  from iPhone 15\nThe "
                                "<bx>kiln</bx>\x1b[31m was relined yesterday.\n\n05-07 09:10  from "
                                "Weibo web\nWe met the R&D office this afternoon.\n\nTimetable:\n"
                                "1. R&D review: 20 May 2026\n\nAn expert panel of the A&B Index "
                                "was set up.\n")
    labels = _labels(draft)
    assert "Expert panel of the A&B Index" in labels and any("<bx>" in x for x in labels), labels  # (no HTML element)
    page, out = page_and_table(snapshot_kg, draft, capsys)
    assert "<bx>kiln" not in page and "&lt;bx&gt;kiln" in page and "A&amp;B Index" in page
    assert "\x1b" not in page
    assert "A&B Index" in out and "\x1b" not in out
