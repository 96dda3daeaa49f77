"""`kg ingest` attacked a sixteenth time (after test_ingest_hostile.py .. hostile15.py), with
short wire texts written for this file, as copies of real pages hold them: punctuation typed
with a Chinese input method left on ("Co.，Ltd.", "HOBART，May 5，2025 --"), datelines whose
commas have no space after them, no-break spaces and the direction marks a right-to-left page
leaves around its lines, decades ("in the 2010s") read as a year, ... Every article here is
written for this file. A fault's test is marked ``fault(...)`` (strict xfail) while it is not
fixed; the fixed ones guard their fixes."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, fault, parsed, real_dates, snapshot_kg  # noqa: F401
from hostile_drafts import labels as _labels, new_labels as _new, values as _values

FW_COMMA = "\uff0c"


def _draft(kg, text: str, doc_id: str = "hostile16-x"):
    return draft_of(kg, text, doc_id, "hostile16.txt")


def _of_class(draft, cls: str) -> list:
    return [e for e in draft.entities.values() if str(e.cls).endswith("#" + cls)]


# --- 1. a full-width comma inside a legal form cut the company's name ---------------------------
def test_a_full_width_comma_in_a_legal_form_keeps_the_company(snapshot_kg):
    """'Derwent Metals Co.，Ltd. acquired Huon Tin Co., Ltd.' (the comma typed full width): the
    company was 'Derwent Metals Co.' (name:co.) and its purchase had no buyer of that name."""
    text = (f"Deal done\nHOBART, May 5, 2025 -- Derwent Metals Co.{FW_COMMA}Ltd. acquired Huon "
            "Tin Co., Ltd. on Monday.\n")
    draft = _draft(snapshot_kg, text)
    assert "Derwent Metals Co., Ltd." in _new(draft, "Company"), _new(draft)
    assert "Derwent Metals Co." not in _labels(draft)
    assert ("Derwent Metals Co., Ltd.", "Huon Tin Co., Ltd.") in _values(draft, "acquired")
    # the evidence is the text as stored, full-width comma and all
    ent = next(e for e in draft.new() if e.label == "Derwent Metals Co., Ltd.")
    assert {text[m.start:m.end] for m in ent.mentions} == {f"Derwent Metals Co.{FW_COMMA}Ltd."}


# --- 2. a dateline typed with full-width commas was no dateline -----------------------------------
def test_a_full_width_dateline_dates_the_text_and_leaves_the_labels(snapshot_kg):
    """'HOBART，May 5，2025 -- A acquired B on Monday.': no date for the text, no Hobart, and
    the purchase's milestone was labelled '... by HOBART，，2025 -- Derwent Metals ...'."""
    draft = _draft(snapshot_kg, f"Deal done\nHOBART{FW_COMMA}May 5{FW_COMMA}2025 -- Derwent Metals "
                                "Co., Ltd. acquired Huon Tin Co., Ltd. on Monday.\n")
    assert str(draft.date) == "2025-05-05"
    assert "Hobart" in _new(draft, "City")
    assert not [x for x in _labels(draft) if "HOBART" in x or "2025" in x], _labels(draft)


def test_full_width_punctuation_in_chinese_text_stays_as_printed():
    """The negative side of fix1: in Chinese text the full-width comma and brackets are the
    text's own punctuation (the rules that read Chinese text read them as printed)."""
    from kg.ingest.reading.folded import reading_copy
    for text in ("\u7d2b\u91d1\u77ff\u4e1a\uff0c\u6d1b\u9633\u94bc\u4e1a",
                 "\u7d2b\u91d1\u77ff\u4e1a\uff08601899.SH\uff09\u6536\u8d2d"):
        assert reading_copy(text) == text
    got = reading_copy(f"Zijin Mining\uff08601899.SH\uff09acquired A Co.{FW_COMMA}Ltd.")
    assert got == "Zijin Mining(601899.SH)acquired A Co.,Ltd."


def test_the_stored_text_and_the_review_page_keep_the_full_width_comma(snapshot_kg, tmp_path):
    """The reading copy is the rules' only: --into stores the text as read from the file (its
    sha256 is of that) and the review page shows it."""
    from kg.ingest.knowledge.snapshot import graph_of
    from kg.ingest.output.into import prepare_into
    from kg.ingest.output.review import render_review

    text = (f"Deal done\nHOBART, May 5, 2025 -- Derwent Metals Co.{FW_COMMA}Ltd. acquired Huon "
            "Tin Co., Ltd.\n")
    draft = _draft(snapshot_kg, text)
    assert draft.stored == text
    assert FW_COMMA in render_review(graph_of(snapshot_kg), draft)
    (tmp_path / "triples").mkdir()
    (tmp_path / "texts").mkdir()
    (tmp_path / "triples" / "sources.ttl").write_text("", encoding="utf-8")
    plan = prepare_into(draft, tmp_path, texts=tmp_path / "texts")
    stored = [v for k, v in plan.contents.items() if k.suffix == ".txt"]
    assert stored == [text.encode("utf-8")]


# --- 3. a dateline with no space after its commas was no dateline ---------------------------------
def test_a_dateline_with_tight_commas_dates_the_text(snapshot_kg):
    """'HOBART,May 5,2025 -- ...': the text had no date (the reader wanted a space after each
    comma), no Hobart, and 'May 5,2025' in running text was the year alone."""
    from kg.ingest.reading.dates import find_dates
    draft = _draft(snapshot_kg, "Deal done\nHOBART,May 5,2025 -- Derwent Metals Co., Ltd. "
                                "acquired Huon Tin Co., Ltd.\n")
    assert str(draft.date) == "2025-05-05"
    assert "Hobart" in _new(draft, "City")
    assert [d.value for d in find_dates("It closed on 5 May,2024.")] == ["2024-05-05"]


def test_a_number_after_a_day_and_a_comma_is_no_year():
    """The negative side of fix3: 'May 5,20 tonnes' holds no year."""
    from kg.ingest.reading.dates import find_dates
    assert [d.value for d in find_dates("On May 5,20 tonnes were shipped.", "2025")] \
        == ["2025-05-05"]


# --- 4. no-break spaces in the dateline ------------------------------------------------------------
def test_no_break_spaces_in_a_dateline_leave_the_milestone_s_label(snapshot_kg):
    """'HOBART,\\u00a0May\\u00a05,\\u00a02025 -- A acquired B on Monday.' (a page's no-break
    spaces): the milestone was labelled 'Acquisition of B by -- A' and its evidence began at
    'HOBART'."""
    text = ("Deal done\nHOBART,\u00a0May\u00a05,\u00a02025 -- Derwent Metals Co.,\u00a0Ltd. "
            "acquired Huon\u00a0Tin Co., Ltd. on Monday.\n")
    draft = _draft(snapshot_kg, text)
    ms = _of_class(draft, "Milestone")
    assert ms, _labels(draft)
    for e in ms:
        assert "--" not in e.label and "HOBART" not in e.label, e.label
        assert all(not text[m.start:m.end].startswith("HOBART") for m in e.mentions)


# --- 5. direction marks around a line -----------------------------------------------------------
@pytest.mark.parametrize("mark, end", [("\u202b", "\u202c"), ("\u200f", "\u200f"),
                                       ("\u2067", "\u2069")])
def test_direction_marks_around_the_dateline_leave_the_title(snapshot_kg, mark, end):
    """A line copied from a right-to-left page, '\\u202bHOBART, May 5, 2025 -- ...\\u202c': the
    title was 'Deal done HOBART, May 5, 2025 -- Derwent ...' (the dateline line read as the
    headline's second line) and the milestone '... by -- Derwent Metals Co., Ltd.'."""
    text = (f"Deal done\n{mark}HOBART, May 5, 2025 -- Derwent Metals Co., Ltd. acquired Huon Tin "
            f"Co., Ltd. on Monday.{end}\n")
    draft = _draft(snapshot_kg, text)
    assert draft.title == "Deal done"
    assert not [x for x in _labels(draft) if "--" in x], _labels(draft)
    real_dates(parsed(draft))


# --- 6. a decade was read as its first year --------------------------------------------------
@pytest.mark.parametrize("when", ["in the 2010s", "in the late 1990s", "during the mid-2000s"])
def test_a_decade_is_no_year_and_no_dateline_day(snapshot_kg, when):
    """'A signed a supply agreement with B in the 2010s': signed in 2010 (the decade's '2010');
    nor is it the dateline's day."""
    draft = _draft(snapshot_kg, "Deal history\nHOBART, May 5, 2025 -- Derwent Metals Co., Ltd. "
                                f"signed a supply agreement with Huon Tin Co., Ltd. {when}.\n")
    assert _of_class(draft, "Agreement"), _labels(draft)
    assert not _values(draft, "dateSigned"), _values(draft, "dateSigned")


def test_a_year_s_possessive_and_a_year_before_a_comma_are_still_years():
    """The negative side of fix6."""
    from kg.ingest.reading.dates import find_dates
    assert [d.value for d in find_dates("2010's output rose; in 2020, sales fell.")] \
        == ["2010", "2020"]


# --- 7. a reporting period's last day was the day of the report --------------------------------
@pytest.mark.parametrize("period", ["for the year ended June 30, 2024",
                                    "for the six months to December 31, 2024",
                                    "in the quarter ending 31 March 2025"])
def test_a_period_s_last_day_is_no_day_of_the_report(snapshot_kg, period):
    """'A reported record output for the year ended June 30, 2024.' (a text of May 2025): an
    event 'A reported record output for the year ended' on 2024-06-30, the day the company's
    year closed, not one anything happened on."""
    draft = _draft(snapshot_kg, "Results\nHOBART, May 5, 2025 -- Derwent Metals Co., Ltd. "
                                f"reported record zinc output {period}.\n")
    days = {str(o) for e in draft.entities.values() for p, o, _, _ in e.statements
            if str(p).rsplit("#", 1)[-1] in ("startDate", "endDate", "dateSigned")}
    assert not days & {"2024-06-30", "2024-12-31", "2025-03-31", "2024", "2025"}, days


def test_a_day_after_ended_that_is_no_period_s_is_still_a_day():
    """The negative side of fix7: 'the strike ended on June 30, 2024' is a day."""
    from kg.ingest.reading.dates import find_dates
    assert [d.value for d in find_dates("The strike ended on June 30, 2024.")] == ["2024-06-30"]


# --- 8. a legal form's full stop hid the verb of a month's clause ---------------------------------
def test_a_month_after_a_company_s_name_is_last_year_s_when_it_happened(snapshot_kg):
    """'A signed a supply agreement with B Co., Ltd. in May.' in a text of March 2025: signed in
    May 2025, two months after the text (the clause before 'May' was read from the full stop
    of 'Ltd.', so the past 'signed' was not heard)."""
    draft = _draft(snapshot_kg, "Supply deal\nHOBART, March 5, 2025 -- Derwent Metals Co., Ltd. "
                                "signed a supply agreement with Huon Tin Co., Ltd. in May.\n")
    assert {o for _, o in _values(draft, "dateSigned")} == {"2024-05"}


def test_a_month_to_come_after_a_company_s_name_stays_this_year_s(snapshot_kg):
    """The negative side of fix8: 'A will sign ... with B Co., Ltd. in May' is this May."""
    draft = _draft(snapshot_kg, "Supply deal\nHOBART, March 5, 2025 -- Derwent Metals Co., Ltd. "
                                "will sign a supply agreement with Huon Tin Co., Ltd. in May.\n")
    got = {str(o) for e in draft.entities.values() for p, o, _, _ in e.statements
           if str(p).rsplit("#", 1)[-1] in ("plannedDate", "dateSigned")}
    assert got == {"2025-05"}, got


# --- 9. a relative clause's verb labelled its event with the main clause --------------------------
@pytest.mark.parametrize("sentence, label", [
    ("Derwent Metals Co., Ltd. and Huon Tin Co., Ltd. ended the supply agreement they signed in "
     "2019.", "Signing of the supply agreement"),
    ("Derwent Metals Co., Ltd. closed the zinc plant it opened in 2019.",
     "Opening of the zinc plant"),
])
def test_a_relative_clause_s_event_is_labelled_by_its_own_noun(snapshot_kg, sentence, label):
    """'A and B ended the supply agreement they signed in 2019': a signing labelled 'Signing of
    Derwent Metals Co., Ltd. and Huon Tin Co., Ltd. ended the supply agreement they' (the main
    clause and the relative clause's pronoun read as what was signed)."""
    draft = _draft(snapshot_kg, f"Deal history\nHOBART, May 5, 2025 -- {sentence}\n")
    dated = [e for e in draft.entities.values() if e.role and "2019" in
             {str(o) for p, o, _, _ in e.statements}]
    assert [e.label for e in dated] == [label], _labels(draft)


def test_a_main_clause_s_event_keeps_its_doer():
    """The negative side of fix9: 'A opened the zinc plant' is 'Opening of the zinc plant by A'."""
    from kg.ingest.events.event_labels import curator_label
    assert curator_label("Derwent Metals Co., Ltd. opened the zinc plant") \
        == "Opening of the zinc plant by Derwent Metals Co., Ltd."


# --- 10. "on the 31st" after a month of 30 days was the dateline's day --------------------------------
@pytest.mark.parametrize("dateline, day, signed", [("May 5, 2025", "the 31st", "2025-03-31"),
                                                   ("March 5, 2025", "the 30th", "2025-01-30")])
def test_a_day_the_month_before_lacks_is_the_last_such_day(snapshot_kg, dateline, day, signed):
    """'A signed a supply agreement with B on the 31st.' in a text of May 5: signed on May 5
    (the dateline's day), as April has no 31st and the day read was dropped; the last 31st
    before the text is March's."""
    draft = _draft(snapshot_kg, f"Supply deal\nHOBART, {dateline} -- Derwent Metals Co., Ltd. "
                                f"signed a supply agreement with Huon Tin Co., Ltd. on {day}.\n")
    assert {o for _, o in _values(draft, "dateSigned")} == {signed}


def test_a_day_of_the_month_before_is_still_that_month_s():
    """The negative side of fix10: 'on the 30th' in a text of May 5 is April 30."""
    from kg.ingest.reading.dates import find_dates
    got = [d.value for d in find_dates("It was signed on the 30th.", "2025", extended=True,
                                       doc_date="2025-05-05")]
    assert got == ["2025-04-30"], got


# --- 11. a post only hoped for was held -------------------------------------------------------------
@pytest.mark.parametrize("who", ["the would-be chairman", "the prospective chief executive"])
def test_a_would_be_officer_holds_no_post(snapshot_kg, who):
    """'John Smith, the would-be chairman of A, withdrew': a post 'John Smith, Chairman, A'."""
    draft = _draft(snapshot_kg, f"Board race\nHOBART, May 5, 2025 -- John Smith, {who} of "
                                "Derwent Metals Co., Ltd., withdrew from the race.\n")
    assert not _of_class(draft, "Post"), _labels(draft)


def test_a_former_officer_still_held_the_post(snapshot_kg):
    """The negative side of fix11: 'John Smith, former chairman of A' held the post."""
    draft = _draft(snapshot_kg, "Obituary\nHOBART, May 5, 2025 -- John Smith, former chairman of "
                                "Derwent Metals Co., Ltd., died on Sunday.\n")
    assert [e.label for e in _of_class(draft, "Post")] == \
        ["John Smith, Chairman, Derwent Metals Co., Ltd."]


# --- 12. a metal and a works' kind opening a sentence minted a works -------------------------------
@pytest.mark.parametrize("sentence, generic", [("Zinc Smelter workers struck on Tuesday.",
                                                "Zinc Smelter"),
                                               ("Copper Mine output fell in April.", "Copper Mine")])
def test_a_sentence_s_first_trade_words_name_no_works(snapshot_kg, sentence, generic):
    """'... said on Monday. Zinc Smelter workers struck on Tuesday.': a site 'Zinc Smelter'
    (name:smelter), its first capital the sentence's (pass 15 dropped it in a headline only)."""
    draft = _draft(snapshot_kg, "Strike\nHOBART, May 5, 2025 -- Derwent Metals Co., Ltd. said "
                                f"talks had failed. {sentence}\n")
    assert generic not in _labels(draft), _new(draft)


def test_a_named_works_opening_a_sentence_is_still_read(snapshot_kg):
    """The positive side of fix12: 'Risdon Zinc Smelter output rose.'"""
    draft = _draft(snapshot_kg, "Output\nHOBART, May 5, 2025 -- Derwent Metals Co., Ltd. said "
                                "talks had failed. Risdon Zinc Smelter output rose.\n")
    assert "Risdon Zinc Smelter" in _new(draft, "Site"), _new(draft)


# --- 13. a wire service's dateline went into the milestone's label --------------------------------
@pytest.mark.parametrize("dateline", ["HOBART, Tasmania, May 5, 2025 /PRNewswire/ --",
                                      "HOBART (Reuters) -", "May 5, 2025 |"])
def test_a_wire_dateline_stays_out_of_the_milestone(snapshot_kg, dateline):
    """'HOBART (Reuters) - A acquired B on Monday.': the milestone 'Acquisition of B on Monday
    by HOBART (Reuters) - A' (so with '/PRNewswire/ --' after the day, and 'May 5, 2025 |'),
    its evidence from the dateline on."""
    text = (f"Deal done\n{dateline} Derwent Metals Co., Ltd. acquired Huon Tin Co., Ltd. on "
            "Monday.\n")
    draft = _draft(snapshot_kg, text)
    ms = _of_class(draft, "Milestone")
    assert ms, _labels(draft)
    for e in ms:
        assert e.label.endswith("by Derwent Metals Co., Ltd."), e.label
        assert all(text[m.start:m.end].startswith("Derwent") for m in e.mentions), \
            [text[m.start:m.end] for m in e.mentions]


def test_a_place_and_a_bracket_inside_a_sentence_are_no_dateline(snapshot_kg):
    """The negative side of fix13: only a line's first words are a dateline."""
    from kg.ingest.events.dateline_words import after_dateline_at
    text = "It said HOBART (Reuters) - X bought Y."
    assert after_dateline_at(text, 8, {}) == 8
