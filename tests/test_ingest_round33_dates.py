"""Round 33, dates the drafts missed or got wrong on never-seen genres: a span of days printed
day first with dots ("09-20.11.2026") is the first day until the last; a key-dates block whose
rows hold no full stop is read row by row (not run on into the paragraph after it); a row of a
list of parties with a deadline column is that party's deadline when still to come; a request
("are reminded to book ... before 31 January") sets its yearless day ahead; "was fined 450,000
yuan on <day>" and "added 14 entities to its list on <day>" are happenings, not amounts or
speech; a label naming the text itself ("Date of this announcement:") is no schedule step."""
from __future__ import annotations

from hostile_drafts import dated_new as _dated, draft_of
from kg.ingest.reading.dates import find_dates


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _one(dated, words):
    hits = [k for k in dated if words in k]
    assert len(hits) == 1, (words, sorted(dated))
    return dated[hits[0]]


def test_a_dotted_span_of_days_is_read_day_first():
    text = "Site visits took place 09-20.11.2026 and 3.-7.5.2027 at the works."
    got = [(d.value, d.until) for d in find_dates(text, "2026", extended=True,
                                                  doc_date="2026-12-01")]
    assert got == [("2026-11-09", "2026-11-20"), ("2027-05-03", "2027-05-07")]


def test_a_dotted_span_is_no_date_after_a_number_sign_nor_in_a_month_first_text():
    got = find_dates("File No. 12-15.3.2026 was opened.", "2026", extended=True)
    assert all(d.until is None for d in got)
    got = find_dates("Shipped 11/20/2026; inspected 03-09.04.2026.", "2026", extended=True)
    assert all(d.until is None for d in got)


KEY_DATES = """NORTHGATE DEVELOPMENT FUND
PROJECT INFORMATION SHEET

Date of disclosure:      10.12.2026

Project name:            Larkfield Copper Tailings Reprocessing
Borrower:                Larkfield Resources LLP

Key dates
Concept cleared                          14.05.2026
Appraisal mission                        09-20.11.2026
Board review (planned)                   18.02.2027

Link to the regional programme: the sponsor lists the Project among
its regional investments.
"""


def test_a_key_dates_block_is_read_row_by_row(kg):
    dated = _dated(draft_of(kg, KEY_DATES, "r33-key-dates"))
    assert ("startDate", "2026-05-14") in _one(dated, "Concept cleared")
    assert {("startDate", "2026-11-09"), ("endDate", "2026-11-20")} <= _one(dated, "Appraisal mission")
    assert ("plannedDate", "2027-02-18") in _one(dated, "Board review")


RECTIFY = """EASTLAKE PROVINCIAL ENERGY BUREAU

Notice on Rectification after the 2026 Energy Checks

Release date: 2026-12-04

The checks found four enterprises above the limits. Each shall complete rectification by the
deadline below.

  (No. / city / enterprise / finding / deadline)

  01 / Marlow / Marlow Brightstone Magnesium Co., Ltd. / reduction furnaces
       above the limit / 31 March 2027
  02 / Marlow / Fenwick Alloy Casting Co., Ltd. / no energy metering at
       the furnaces / 31 January 2027
  03 / Keswick / Keswick Ridge Copper Co., Ltd. / copper smelting above the
       benchmark / 30 June 2027
  04 / Keswick / Tarn Valley Zinc Co., Ltd. / waste heat unit idle / 31 October 2026
"""


def test_each_party_s_deadline_still_to_come_is_a_milestone(kg):
    draft = draft_of(kg, RECTIFY, "r33-rectify")
    dated = _dated(draft)
    assert _one(dated, "Deadline for Marlow Brightstone") == {("plannedDate", "2027-03-31")}
    # (a finding that says "no energy metering" denies nothing of the deadline)
    assert _one(dated, "Deadline for Fenwick Alloy") == {("plannedDate", "2027-01-31")}
    assert _one(dated, "Deadline for Keswick Ridge") == {("plannedDate", "2027-06-30")}
    # a deadline already past is no milestone of the list
    assert not [k for k in dated if "Tarn Valley" in k]
    deadline = next(e for e in draft.new() if e.label.startswith("Deadline for Marlow"))
    party = next(e for e in draft.new() if e.label.startswith("Marlow Brightstone"))
    assert party.iri in {o for p, o, _, _ in deadline.statements if _local(p) == "participant"}


REMINDER = """Harrow Minerals Assurance Centre -- list update

Released: 15 December 2026

Facilities due for re-audit in the first quarter are reminded to book an audit firm before
31 January.
"""


def test_a_reminder_s_yearless_day_is_the_next_one(kg):
    dated = _dated(draft_of(kg, REMINDER, "r33-reminder"))
    got = _one(dated, "book an audit firm")
    assert ("plannedDate", "2027-01-31") in got
    assert not [v for _, v in got if v.startswith("2026-01")]


PENALTY = """Westbrook Environment Bureau

Posted: 2026-12-09

Westbrook Tin Smelting Co., Ltd. was fined 380,000 yuan on 16 September 2025; the fine has
been paid. The Harbour Trade Office added 11 foreign suppliers to its watch list on 2 December.
The chairman added that the list would be reviewed in March.
"""


def test_a_fine_and_an_addition_to_a_list_are_happenings(kg):
    dated = _dated(draft_of(kg, PENALTY, "r33-penalty"))
    assert ("startDate", "2025-09-16") in _one(dated, "was fined 380,000 yuan")
    assert ("startDate", "2026-12-02") in _one(dated, "11 foreign suppliers to its watch list")
    assert not [k for k in dated if "added that" in k]


ANNOUNCEMENT = """Greyfield Aluminium Co., Ltd.
Announcement on the Certification of the Greyfield Base

Date of this announcement: 9 December 2026 (Wednesday)

The Company was notified on 7 December that its Greyfield base has been certified.
"""


def test_a_label_naming_the_text_itself_is_no_step(kg):
    dated = _dated(draft_of(kg, ANNOUNCEMENT, "r33-announcement"))
    assert not [k for k in dated if k.lower().startswith("this announcement")]


PATENTS = """Northfield Technology Exchange -- Listing Announcement

Listed: Monday, 14 December 2026

2. Patents
   (1) ZL202110000001.7  Method for drying copper slag with
       waste heat (granted 14 March 2023)
   (2) ZL202210000002.X  Recovery of indium from zinc leach
       residue (granted 2 June 2024)
"""


def test_a_patent_s_bracketed_grant_is_a_dated_step(kg):
    dated = _dated(draft_of(kg, PATENTS, "r33-patents"))
    assert ("startDate", "2023-03-14") in _one(dated, "Grant of ZL202110000001.7")
    assert ("startDate", "2024-06-02") in _one(dated, "Grant of ZL202210000002.X")


REGISTER = """MERIDIAN CERTIFICATION CENTRE
Posted: 04/12/2026

B. Certificates suspended

MC24E0612R0S   Ashford Valley Aluminium Co., Ltd.   ISO 14001:2015   suspended 13.11.2026
               Reason: surveillance audit not held in time.

Notes
1. Dates are given as day.month.year.
"""


def test_a_register_s_status_and_day_is_a_dated_step(kg):
    draft = draft_of(kg, REGISTER, "r33-register")
    assert str(draft.date) == "2026-12-04"      # (day first, as the table's dates show)
    dated = _dated(draft)
    assert ("startDate", "2026-11-13") in _one(dated, "Suspension of")


def test_a_participle_after_its_subject_is_left_to_the_clause_rules(kg):
    text = ("Eastfield notice\n\nPosted: 2026-12-04\n\nThe patent of Brightwater Alloys Co., Ltd. "
            "was granted on 14 March 2023 after a long review.\n")
    dated = _dated(draft_of(kg, text, "r33-clause"))
    assert not [k for k in dated if k.startswith("Grant of")]


DUTIES = """Ministry of Mines -- Order No. 17

Order of 4th December 2026

Article 2. Each holder in Schedule A shall pay its surface fees for 2027 before 31st January
2027.

How to apply: Send a CV and two papers to the office of the institute before 31 January 2027.

Article 3. The register shall be kept by the Cadastre before 1 March 2027.
"""


def test_a_duty_and_an_imperative_with_a_day_are_deadlines(kg):
    dated = _dated(draft_of(kg, DUTIES, "r33-duties"))
    assert ("plannedDate", "2027-01-31") in _one(dated, "Deadline to pay its surface fees")
    assert ("plannedDate", "2027-01-31") in _one(dated, "Deadline to send a CV")
    # ("shall be kept": a passive, no step asked of a party)
    assert not [k for k in dated if k.startswith("Deadline to be")]


def test_a_stated_convention_orders_numeric_dates():
    day_first = "Issued 03/04/2026. Dates are given as day.month.year."
    month_first = "Issued 03/04/2026 (date format: MM/DD/YYYY)."
    silent = "Issued 03/04/2026."
    assert [d.value for d in find_dates(day_first, "2026")] == ["2026-04-03"]
    assert [d.value for d in find_dates(month_first, "2026")] == ["2026-03-04"]
    # nothing tells: only the year is sure
    assert [(d.value, d.ambiguous) for d in find_dates(silent, "2026")] == [("2026", True)]


FIELDS = """Kestrel Aluminium Co., Ltd.
Announcement on the Certification of the Kestrel Base

Date: 9 December 2026

The main particulars of the certificate are as follows:

  Certificate No.    : KS-PS-2026-0088
  Lead auditor       : Tan Yiming
  On-site audit      : 14-25 September 2026
  Validity           : valid from 30 November 2026 until 29 November
                       2029
  Surveillance audit : planned in the fourth quarter of 2027

Kestrel Aluminium is a subsidiary of the Company.
"""

STATEMENT = """VERIFICATION STATEMENT

Statement No. KV-2026-0412
Issued: 18 December 2026

9  Electricity ..................... mostly hydropower
10 Site visit ..................... Thursday, 26 November 2026
11 Data period .................... 1 October 2025 - 30 September 2026
"""


def test_a_field_block_s_value_ends_with_its_line(kg):
    # ("planned" two lines below is no verb of the audit's value)
    dated = _dated(draft_of(kg, FIELDS, "r33-fields"))
    assert {("startDate", "2026-09-14"), ("endDate", "2026-09-25")} <= _one(dated, "On-site audit")


def test_a_numbered_row_of_dots_is_a_step_and_a_data_period_is_none(kg):
    dated = _dated(draft_of(kg, STATEMENT, "r33-statement"))
    assert ("startDate", "2026-11-26") in _one(dated, "Site visit")
    assert not [k for k in dated if "Data period" in k]
