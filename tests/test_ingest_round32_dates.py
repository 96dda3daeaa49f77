"""Round 32, dates of articles never seen: a half-year dates a step with its year even when a
day of its last month is printed elsewhere in the text; a clause event is not negated by a
reason it gives after its day ("on the ground that it cannot pay") nor by a second clause
joined after it ("and no objection was received"), and a range's last day is read with its
first; a "Time:" row under a numbered section of the body is the section's day, not the
document's; "met on the 18th" after a deadline of a later month is of the document's month,
not of the month named before the deadline; a numbered section heading that names an event,
with a "Time:" row under it, is that event on that day; a participle after its noun
("contracts signed in May with X") labels the signing of that noun, not "Signing of with X";
"the bureau, with police of two provinces, searched ..." is read past who it acted with; a
document's own day is read from its signature when an annex heading has an aside ("Annex
(excerpt)"), when it says where it was signed ("Signed at X Town, 2026.12.18"), when its last
sentence says it was issued ("... Issued on 18 December 2026."), and when a closing note or a
blank form follows the signed date."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401

TODAY = dt.date(2026, 12, 2)


def _draft(kg, text: str, doc_id: str):
    return draft_of(kg, text, doc_id, f"{doc_id}.txt", today=TODAY)


_dates = label_dates


HALF = """Notice on the 2027 Quotas for Tin Smelters

Hengling Provincial Department of Ecology

1. The final quotas will be set after the 2026 output is checked in the second half of next
   year.
2. Each smelter shall hand in its output ledger by 31 December 2027.

                                              10 December 2026
"""


def test_a_half_year_is_its_year_though_a_day_of_its_last_month_is_printed(snapshot_kg):
    d = _draft(snapshot_kg, HALF, "r32-dates-half")
    got = _dates(d, "The final quotas")
    assert got, sorted(e.label for e in d.new())
    (dates,) = got.values()
    # (not 2027-07 until 2027-12: the curators write the year of a half-year)
    assert dates == {"plannedDate": "2027"}


REASON = """Court accepts Dongyuan Zinc restructuring

DONGYUAN, Dec. 9, 2026 -- The Dongyuan Intermediate People's Court has accepted the
restructuring of Dongyuan Zinc Co., Ltd.

On 26 October the company applied to the court for bankruptcy restructuring on the ground
that it cannot pay its debts as they fall due. On 2 November the company did not attend the
first hearing.
"""


def test_a_reason_after_the_day_does_not_negate_the_clause(snapshot_kg):
    d = _draft(snapshot_kg, REASON, "r32-dates-reason")
    applied = _dates(d, "The company applied")
    assert [v.get("startDate") for v in applied.values()] == ["2026-10-26"]
    # (a clause negated before its reason still states nothing)
    assert not _dates(d, "The company did not attend")
    assert all(v.get("startDate") != "2026-11-02" for v in _dates(d, "").values())


SECTION_TIME = """ANNOUNCEMENT OF THE ADMINISTRATOR OF HEXING TIN CO., LTD.

To all creditors of Hexing Tin Co., Ltd.:

On 2 November the Lishui Intermediate People's Court accepted the liquidation of Hexing Tin.

I. Claims
  Claims are declared to the administrator at Room 301, Lishui Building.

II. First meeting of creditors
  Time:   10:00, Tuesday, 19 January 2027
  Place:  Court No. 2, Lishui Intermediate People's Court

                                  Administrator of Hexing Tin Co., Ltd.
                                  20 November 2026
"""


def test_a_time_row_under_a_numbered_section_is_not_the_documents_day(snapshot_kg):
    d = _draft(snapshot_kg, SECTION_TIME, "r32-dates-section-time")
    assert str(d.date) == "2026-11-20"


EIGHTEENTH = """Announcement on the Selection of the Investor of Qiaoshan Copper Co., Ltd.

(2026) Qiao 01 Po No. 4-2                                        24 August 2026

The administrator began to seek investors on 12 May. Two applicants paid the deposit before
the deadline of 30 June. After a round of open review, the review committee met on the 18th
and chose Lianhe Metals Investment Co., Ltd. as investor.
"""


def test_the_nth_after_a_later_deadline_is_of_the_documents_month(snapshot_kg):
    d = _draft(snapshot_kg, EIGHTEENTH, "r32-dates-eighteenth")
    met = _dates(d, "The review committee met")
    assert [v.get("startDate") for v in met.values()] == ["2026-08-18"]


def test_a_section_heading_with_a_time_row_is_its_event(snapshot_kg):
    d = _draft(snapshot_kg, SECTION_TIME, "r32-dates-section-event")
    got = _dates(d, "First meeting of creditors")
    # (still to come on the day of the announcement: a planned day)
    assert list(got.values()) == [{"plannedDate": "2027-01-19"}]
    meeting = next(e for e in d.new() if e.label == "First meeting of creditors")
    assert str(meeting.cls).endswith("#Meeting")


TIME_AND_PLACE = """Notice of the Donation Ceremony of the Qiaoshan Copper Charity Fund

Qiaoshan Charity Federation

With the consent of the county government, a donation ceremony will be held as follows.

I. Time and place
  Time:   Tuesday, 22 December 2026, 9:30
  Place:  Hall 2, Qiaoshan Cultural Centre

                                              1 December 2026
"""


def test_a_heading_of_a_time_alone_names_no_event(snapshot_kg):
    d = _draft(snapshot_kg, TIME_AND_PLACE, "r32-dates-time-and-place")
    assert not _dates(d, "Time and place")


PARTICIPLE = """Lanxi Copper reports on its foil line

LANXI, 10 December 2026 -- Lanxi Copper Co., Ltd. said supply contracts signed in May with
Hengtai Battery Co., Ltd. and Qiaoshan Power Co., Ltd. cover most of the new line's output.
"""


def test_a_participle_after_its_noun_labels_the_signing_of_the_noun(snapshot_kg):
    d = _draft(snapshot_kg, PARTICIPLE, "r32-dates-participle")
    labels = [e.label for e in d.new() if e.label.startswith("Signing")]
    assert labels and not any(lab.startswith("Signing of with") for lab in labels), labels


PUBLICISED = """Recommendation of Wang Lin for the Hengling Engineer Award

HENGLING, 26 November 2026 -- The candidate was publicised within Hengling Tin Group from 16
to 20 November 2026 and no objection was received.
"""


def test_a_clause_joined_after_the_day_does_not_negate_it(snapshot_kg):
    d = _draft(snapshot_kg, PUBLICISED, "r32-dates-publicised")
    got = _dates(d, "The candidate was publicised")
    assert list(got.values()) == [{"startDate": "2026-11-16", "endDate": "2026-11-20"}]


WITH = """Hengling Customs breaks up a gallium smuggling gang

HENGLING, 6 January 2027 -- Hengling Customs said it had broken up a gang that smuggled
gallium powder declared as glaze.

On the night of 29 December the anti-smuggling bureau, with police of two provinces, searched
a warehouse in Lishui and held five suspects.
"""


def test_a_clause_is_read_past_who_its_subject_acted_with(snapshot_kg):
    d = _draft(snapshot_kg, WITH, "r32-dates-with")
    got = _dates(d, "The anti-smuggling bureau")
    assert [v.get("startDate") for v in got.values()] == ["2026-12-29"]


_FILLER = ("The meeting heard the plan for the new rolling line and agreed that the\n"
           "group should ask the county for land next to the old plant.\n") * 4


def _doc_date(kg, text: str, doc_id: str) -> str:
    return str(_draft(kg, text, doc_id).date)


def test_a_signature_above_an_annex_with_an_aside(snapshot_kg):
    text = ("Decision of the Qiaoshan County Government on the 2026 Tin Awards\n\n" + _FILLER
            + "\n\n                                  Qiaoshan County Government\n"
            "                                  21 December 2026\n\n"
            "--------------------------------------------------\nAnnex (excerpt)\n\n"
            "  2026-A-01  Clean tin smelting, Qiaoshan Tin Co., Ltd.\n")
    assert _doc_date(snapshot_kg, text, "r32-dates-annex-aside") == "2026-12-21"


def test_a_signature_that_says_where_it_was_signed(snapshot_kg):
    text = ("PAIRING AGREEMENT OF QIAOSHAN TIN AND HEXI VILLAGE\n\n" + _FILLER
            + "\n\nParty A (seal)              Party B (seal)\n\n"
            "Signed at Hexi Town, 2026.12.18\n")
    assert _doc_date(snapshot_kg, text, "r32-dates-signed-at") == "2026-12-18"


def test_a_closing_sentence_of_issue(snapshot_kg):
    text = ("Evaluation Certificate of the Qiaoshan Tin Slag Project\n\n" + _FILLER
            + "The certificate is valid for one year. Issued on 18 December 2026.\n")
    assert _doc_date(snapshot_kg, text, "r32-dates-issued-on") == "2026-12-18"


def test_a_signed_date_with_a_closing_note_after_it(snapshot_kg):
    text = ("VOLUNTARY ANNOUNCEMENT OF QIAOSHAN METALS HOLDINGS LIMITED\n\n" + _FILLER
            + "\n\n                    By order of the Board\n"
            "                    Qiaoshan Metals Holdings Limited\n\n"
            "Hong Kong, 7 December 2026\n\n"
            "As at the date of this announcement, the executive Directors are Mr. Li Wei and\n"
            "Ms. Zhao Lan.\n")
    assert _doc_date(snapshot_kg, text, "r32-dates-closing-note") == "2026-12-07"


GRADUATES = """Recruitment of 2027 graduates by Qiaoshan Tin

QIAOSHAN, 1 December 2026 -- Qiaoshan Tin Co., Ltd. is recruiting graduates.

Graduates of 2027 (finishing between September 2026 and July 2027) who have obtained or will
obtain their degree on time may apply.
"""


def test_a_relative_clause_on_the_subject_does_not_hide_the_main_verb(snapshot_kg):
    # ("who have obtained ..." before the clause's verb: "may apply" still tells its mood)
    d = _draft(snapshot_kg, GRADUATES, "r32-dates-graduates")
    assert all("startDate" not in v for v in _dates(d, "Graduates").values())
