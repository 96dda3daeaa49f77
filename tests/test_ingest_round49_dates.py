"""Round 49, dates: a yearless month in reported speech about the future ("the chamber said it
would hold a seminar in March", in a text of December) is the next year's; a document's title
read also as the thing its last word names ("ANNOUNCEMENT ON THE INVESTMENT IN A ... PROJECT"
drafted as a project, "PUBLICITY NOTICE OF A SETTLEMENT AGREEMENT" as an agreement) is the
document once, with its day of issue. On short texts written for this file (invented bodies,
companies and towns)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import dated_values
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round49-dates"):
    return draft_of(kg, text, doc_id, "round49.txt", today=dt.date(2028, 12, 20))


_values = dated_values


def _all(draft) -> set:
    return {v for vs in _values(draft).values() for _, v in vs}


_SAID = ("Brindle Valley Chamber of Commerce\n"
         "Winter Newsletter                                           8 December 2028\n\n"
         "Members meet on winter trade\n\n"
         "On Friday, 4 December, the chamber held its winter trade meeting in Brindle. Its "
         "chairman, Oskar Venn, said the chamber would hold a seminar on customs rules in "
         "March.\n")


def test_a_month_said_to_be_ahead_in_reported_speech_is_next_year_s(snapshot_kg):
    draft = _draft(snapshot_kg, _SAID)
    got = _all(draft)
    assert "2029-03" in got, _values(draft)
    # (not the March gone by)
    assert "2028-03" not in got, _values(draft)
    # (the meeting the text tells of keeps its day)
    assert "2028-12-04" in got, _values(draft)


_PAST = ("Brindle Valley Chamber of Commerce\n"
         "Winter Newsletter                                           8 December 2028\n\n"
         "Members look back on the year\n\n"
         "Oskar Venn, chairman of the chamber, said members had welcomed the customs seminar "
         "that the chamber held in March, and that the spring fair in April would have drawn "
         "more buyers with better weather.\n")


def test_a_month_of_a_past_or_conditional_clause_stays_in_the_text_s_year(snapshot_kg):
    """"that the chamber held in March", "would have drawn": no step ahead, no next year."""
    draft = _draft(snapshot_kg, _PAST)
    got = _all(draft)
    assert "2029-03" not in got and "2029-04" not in got, _values(draft)


_PROJECT = ("Stock code: 603999          Stock abbreviation: Fenwick Alloys          "
            "Announcement No.: 2028-088\n\n"
            "                        FENWICK ALLOYS CO., LTD.\n"
            "        ANNOUNCEMENT ON THE INVESTMENT IN A MAGNESIUM WHEEL PROJECT\n\n"
            "The board of directors of the Company guarantees that this announcement holds no "
            "false record.\n\n"
            "On 7 December 2028 the Company decided to invest 1.2 billion yuan in a magnesium "
            "wheel plant in Dunmore County. The plant will be built in two phases.\n\n"
            "                                 Board of Directors of Fenwick Alloys Co., Ltd.\n"
            "                                                         8 December 2028\n")


def test_an_announcement_s_title_is_not_also_the_project_it_names(snapshot_kg):
    draft = _draft(snapshot_kg, _PROJECT)
    titled = [e for e in draft.new()
              if e.label.upper() == "ANNOUNCEMENT ON THE INVESTMENT IN A MAGNESIUM WHEEL PROJECT"]
    assert len(titled) == 1, [(e.label, str(e.cls)) for e in titled]
    notice = titled[0]
    assert str(notice.cls).endswith("#Notice"), notice.cls
    dates = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in notice.statements}
    assert ("dateIssued", "2028-12-08") in dates, dates
    assert not any(str(e.cls).endswith("#Project") and "ANNOUNCEMENT" in e.label.upper()
                   for e in draft.new())


_SETTLED = ("Marrow County People's Court\n\n"
            "PUBLICITY NOTICE OF A SETTLEMENT AGREEMENT\n\n"
            "Holt Tin Smelting Co., Ltd. and the Marrow County Environmental Protection "
            "Association reached a settlement agreement on the repair of the Kestrel River "
            "banks. The agreement is made public for thirty days.\n\n"
            "                                          Marrow County People's Court\n"
            "                                                  21 December 2028\n")


def test_a_publicity_notice_of_an_agreement_is_the_notice_once(snapshot_kg):
    draft = _draft(snapshot_kg, _SETTLED)
    titled = [e for e in draft.new()
              if e.label.upper() == "PUBLICITY NOTICE OF A SETTLEMENT AGREEMENT"]
    assert len(titled) == 1, [(e.label, str(e.cls)) for e in titled]
    assert not str(titled[0].cls).endswith("#Agreement"), titled[0].cls
    dates = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in titled[0].statements}
    assert ("dateIssued", "2028-12-21") in dates, dates


_REAL = ("Fenwick Alloys and Dunmore Magnesium sign a supply deal\n\n"
         "DUNMORE, 8 December 2028 -- Fenwick Alloys Co., Ltd. and Dunmore Magnesium Co., Ltd. "
         "signed a Long-Term Magnesium Supply Agreement on Monday in Dunmore. The Announcement "
         "on the deal was posted by Fenwick Alloys the same day.\n")


def test_an_agreement_whose_name_opens_with_no_document_word_stays(snapshot_kg):
    """Only a title that opens with a document's kind word is the document's."""
    draft = _draft(snapshot_kg, _REAL)
    assert any(str(e.cls).endswith("#Agreement") and "Supply Agreement" in e.label
               for e in draft.new()), [(e.label, str(e.cls)) for e in draft.new()]


_BRIEF = ("WORK BRIEF\n"
          "Kestrel Provincial Bureau of Geological Survey\n"
          "2028, No. 17                                   Office of the Bureau, 12 Dec. 2028\n"
          "==========================================================================\n\n"
          "  NEW TIN ORE BODY FOUND NEAR HALDEN\n\n"
          "The Bureau's No. 4 Team found a tin ore body near Halden in November 2028.\n")


def test_a_brief_s_issue_number_under_its_heading_names_the_dated_brief(snapshot_kg):
    """"2028, No. 17" under "WORK BRIEF": the issue the text is, one entity with its day."""
    draft = _draft(snapshot_kg, _BRIEF)
    brief = [e for e in draft.new() if "2028, No. 17" in e.aliases]
    assert len(brief) == 1, [(e.label, sorted(e.aliases)) for e in draft.new()]
    assert brief[0].label == "Work Brief", brief[0].label
    assert "2028-12-12" in {str(o) for _, o, _, _ in brief[0].statements}, brief[0].statements
    # (the team's number is no number of the brief)
    assert not any("No. 4" in a for e in draft.new() for a in e.aliases | {e.label}
                   if str(e.cls).endswith("#Report"))


_BARE = ("KESTREL PROVINCIAL DEPARTMENT OF HOUSING\n"
         "ANNOUNCEMENT\n"
         "No. 41 of 2028\n\n"
         "  Announcement on the Building Contractor Licences Granted and Revoked\n"
         "     (Batch 9 of 2028)\n\n"
         "Under the Rules on Building Contractor Licences, the department's review panel "
         "examined the applications received up to 30 November at its meeting of 4 December. "
         "The results follow.\n\n"
         "                                   Kestrel Provincial Department of Housing\n"
         "                                                      15 December 2028\n")


def test_a_bare_genre_heading_and_the_title_under_it_are_one_document(snapshot_kg):
    """"ANNOUNCEMENT" / "No. 41 of 2028" / "Announcement on ...": one notice, numbered, dated."""
    draft = _draft(snapshot_kg, _BARE)
    notices = [e for e in draft.new() if str(e.cls).endswith("#Notice")]
    assert len(notices) == 1, [(e.label, sorted(e.aliases)) for e in notices]
    notice = notices[0]
    assert notice.label.startswith("Announcement on the Building Contractor Licences"), notice.label
    assert "No. 41 of 2028" in notice.aliases, notice.aliases
    # (the genre word alone is no name of it)
    assert "Announcement" not in notice.aliases and "ANNOUNCEMENT" not in notice.aliases
    assert "2028-12-15" in {str(o) for _, o, _, _ in notice.statements}, notice.statements
