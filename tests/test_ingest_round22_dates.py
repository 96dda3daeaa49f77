"""Round 22, dates: month names printed in capitals (a programme's day headings), a planned span
of days or months with its end ("will be closed from 3 to 9 May", "from October to the end of
this year"), a yearbook's dates in the year its lead reviews, a test report's "Date of issue:"
line as the day its heading's document was issued. Each with a case that must not change."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _dates(draft, pred):
    """label -> the values of ``pred`` the draft gives it."""
    out = {}
    for e in draft.entities.values():
        for st in e.statements:
            if st[0] == pred:
                out.setdefault(e.label, set()).add(str(st[1]))
    return out


def _with(dates, words):
    return {v for label, vs in dates.items() if words.lower() in label.lower() for v in vs}


# -- month names in capitals -------------------------------------------------------------------

def test_capital_month_names_are_read():
    got = [(d.value, d.until) for d in find_dates("FRIDAY, 5 MARCH\nSAILING DATE: 19 DEC 2026\n"
                                                  "12-14 APRIL 2027", "2027", extended=True)]
    assert ("2027-03-05", None) in got
    assert ("2026-12-19", None) in got
    assert ("2027-04-12", "2027-04-14") in got


def test_capital_words_that_are_no_month_stay_unread():
    # (a word in capitals that only starts like a month, and "MAY" with no day or year)
    got = find_dates("MARKET REVIEW\nDECORATION 12 units\nWE MAY AGREE", "2026", extended=True)
    assert got == []


PROGRAMME = """Fourth Western Titanium Supply Chain Forum
PROGRAMME
Draft of 20 November 2026

THURSDAY, 7 JANUARY - DAY 1
09:00-09:30  Opening ceremony in the main hall
10:00-11:30  Panel on sponge titanium capacity in Panzhihua

FRIDAY, 8 JANUARY - DAY 2
09:00-10:30  Panel on aerospace titanium alloys and certification
11:00-12:00  Visit to the titanium sponge plant of the forum's host
"""


def test_a_programme_s_day_headings_in_capitals_date_its_items(kg, tmp_path):
    draft = _draft(kg, tmp_path, PROGRAMME, "r22-programme")
    starts = _dates(draft, NFO.startDate)
    planned = _dates(draft, NFO.plannedDate)
    both = {k: starts.get(k, set()) | planned.get(k, set()) for k in set(starts) | set(planned)}
    assert _with(both, "Opening ceremony") == {"2027-01-07"}
    assert _with(both, "aerospace titanium") == {"2027-01-08"}
    # (none takes the draft's day)
    assert "2026-11-20" not in _with(both, "Panel")


# -- planned spans with their end ----------------------------------------------------------------

NOTICE = """Zinc Ingot Delivery Warehouses Holiday Notice

Kunming, 20 April 2026 -- The exchange said on Monday that its delivery warehouses in Yunnan
will be closed from 1 to 5 May for the Labour Day holiday. The Kunming customs office said it
would run checks on imported zinc concentrate from October to the end of this year. Trading
in the contract will resume on 6 May.
"""


def test_a_planned_span_keeps_its_last_day_as_its_end(kg, tmp_path):
    draft = _draft(kg, tmp_path, NOTICE, "r22-spans")
    planned, ends = _dates(draft, NFO.plannedDate), _dates(draft, NFO.endDate)
    assert _with(planned, "closed") == {"2026-05-01"}
    assert _with(ends, "closed") == {"2026-05-05"}
    assert _with(planned, "checks on imported zinc") == {"2026-10"}
    assert _with(ends, "checks on imported zinc") == {"2026-12"}
    # a single day has no end
    assert _with(ends, "resume") == set()


def test_a_planned_quarter_stays_its_year_without_an_end(kg, tmp_path):
    text = ("Baiyin, 2 March 2026 -- The smelter said its new electrolysis line is to start "
            "trial runs in the third quarter of 2026, after the furnace was rebuilt.\n")
    draft = _draft(kg, tmp_path, text, "r22-quarter")
    assert _with(_dates(draft, NFO.plannedDate), "trial runs") == {"2026"}
    assert _with(_dates(draft, NFO.endDate), "trial runs") == set()


def test_from_a_month_to_the_year_s_end_is_a_span():
    got = find_dates("checks will run from October to the end of this year", "2026",
                     extended=True)
    assert [(d.value, d.until) for d in got] == [("2026-10", "2026-12")]
    # ("to the end of the day" is no year's end)
    got = find_dates("crews worked from October to the end of the day shift", "2026",
                     extended=True)
    assert [(d.value, d.until) for d in got] == [("2026-10", None)]


# -- a yearbook's year ---------------------------------------------------------------------------

YEARBOOK = """HEZHANG COUNTY YEARBOOK (2027)                     Economy   · 88 ·

Zinc Industry

In 2026 zinc smelting stayed the largest industry of Hezhang County. On 14 March the county
government issued a plan to close small kilns, and the Hezhang Zinc Smelter finished its
desulfurization upgrade in October.

Published by the Hezhang County Chronicles Office, August 2027
"""

NEWS = """Hezhang zinc smelter finishes upgrade

Bijie, 20 August 2027 -- In 2026 zinc smelting stayed the largest industry of Hezhang County.
On 14 March the county government issued a plan to close small kilns, and the Hezhang Zinc
Smelter finished its desulfurization upgrade in June.
"""


def test_a_yearbook_s_dates_are_in_the_year_its_lead_reviews(kg, tmp_path):
    draft = _draft(kg, tmp_path, YEARBOOK, "r22-yearbook")
    values = {v for vs in _dates(draft, NFO.startDate).values() for v in vs} | \
        {v for vs in _dates(draft, NFO.dateIssued).values() for v in vs}
    assert "2026-03-14" in values
    assert "2026-10" in values
    assert not any(v.startswith(("2027-03", "2027-10")) for v in values)


def test_a_news_story_opening_with_a_past_year_keeps_its_own_year(kg, tmp_path):
    draft = _draft(kg, tmp_path, NEWS, "r22-yearbook-news")
    values = {v for vs in _dates(draft, NFO.startDate).values() for v in vs} | \
        {v for vs in _dates(draft, NFO.dateIssued).values() for v in vs}
    assert "2027-03-14" in values
    assert "2026-03-14" not in values


# -- a report's "Date of issue:" -----------------------------------------------------------------

REPORT = """GUANGXI HECHI METALS INSPECTION CENTRE
==========================================================
                     INSPECTION REPORT
                 Report No.: HC-2026-0731
==========================================================
Client           Hechi Tin Refining Co., Ltd.
Sample           refined tin ingots, lot HT-0915
Received         21 September 2026
Result           Sn 99.95%, conforms to the contract grade.

Inspected by: Mo Lihua              Approved by: Wei Dongsheng
Date of issue: 25 September 2026                    (seal)

Address: 8 Jinchengjiang Road, Hechi, Guangxi
"""


def test_a_report_is_issued_on_its_date_of_issue_line(kg, tmp_path):
    draft = _draft(kg, tmp_path, REPORT, "r22-report")
    assert _with(_dates(draft, NFO.dateIssued), "Inspection Report") == {"2026-09-25"}


def test_a_report_s_received_day_is_not_its_day_of_issue(kg, tmp_path):
    text = REPORT.replace("Date of issue: 25 September 2026", "Signed off by the laboratory")
    draft = _draft(kg, tmp_path, text, "r22-report-no-issue")
    assert "2026-09-21" not in _with(_dates(draft, NFO.dateIssued), "Inspection Report")


# -- days named from the document's day ----------------------------------------------------------

STORM = """2026-07-20 08:30

Storm shuts Fangchenggang alumina berths

Fangchenggang -- Dock workers at the port of Fangchenggang spent the weekend moving alumina
bags to covered sheds as Typhoon Muran passed the Beibu Gulf, the port authority said.

The Fangchenggang Municipal Flood Control Headquarters raised its storm alert to Level II at
20:00 on Thursday. The alert was lowered to Level IV at 05:30 today.

Berthing at the bulk terminal was halted from Friday evening to Sunday morning.
"""


def _values(draft):
    return {str(st[1]) for e in draft.entities.values() for st in e.statements
            if st[0] in (NFO.startDate, NFO.endDate, NFO.plannedDate, NFO.dateIssued,
                         NFO.dateSigned)}


def test_today_the_weekend_and_weekday_spans_are_read_from_the_document_s_day(kg, tmp_path):
    # (20 July 2026 is a Monday)
    values = _values(_draft(kg, tmp_path, STORM, "r22-storm"))
    assert "2026-07-20" in values              # "at 05:30 today"
    assert {"2026-07-18", "2026-07-19"} <= values      # the weekend; Friday evening to Sunday
    assert "2026-07-17" in values


def test_weekend_words_that_name_no_weekend_stay_unread():
    from kg.ingest.events.weekday_dates import weekdays
    text = ("The plant runs the weekend shift with ten staff. Today the county mines most of "
            "the province's bauxite.")
    assert weekdays(text, "2026-07-20", []) == []


def test_the_next_weekend_is_still_to_come():
    from kg.ingest.events.weekday_dates import weekdays
    got = weekdays("The crews will work over the weekend to clear the yard.", "2026-07-22", [])
    assert [(d.value, d.until) for d in got] == [("2026-07-25", "2026-07-26")]


# -- a title under a header block of fields ------------------------------------------------------

DECISION = """Index No.:        gx81000002/2026-00004410
Issuing body:     Guangxi Regulatory Bureau of the China Securities Regulatory Commission
Date of writing:  2026-11-18
Subject:          Decision on Ordering Guangxi Hezhou Tin Industry Co., Ltd. to Correct
                  Its Disclosure of a Related-party Loan
==========================================================================================

         Decision on Ordering Guangxi Hezhou Tin Industry Co., Ltd. to Correct
                      Its Disclosure of a Related-party Loan

Guangxi Hezhou Tin Industry Co., Ltd.:

During an inspection from 8 to 19 September 2026, our bureau found that the company lent
CNY 60 million to an affiliate of its controlling shareholder without a board resolution
and without disclosure. The company shall correct the disclosure and report back to our
bureau within 30 days of receiving this decision.

                                    Guangxi Regulatory Bureau of the China Securities
                                    Regulatory Commission
                                    18 November 2026
"""


def test_a_decision_titled_under_a_field_block_is_issued_on_its_signature_s_day(kg, tmp_path):
    draft = _draft(kg, tmp_path, DECISION, "r22-decision")
    assert _with(_dates(draft, NFO.dateIssued), "Decision on Ordering") == {"2026-11-18"}


def test_a_title_under_running_text_is_not_the_signed_text():
    from kg.ingest.events.signed_document import _title_end
    prose = ("The bureau wrote to the company after an inspection of its accounts.\n"
             "The inspection began in September and ran for two weeks.\n"
             "Its findings are set out below.\n\n")
    text = DECISION.replace("=" * 90 + "\n", "=" * 90 + "\n" + prose)
    title = text.rindex("Decision on Ordering")
    assert title > _title_end(text)
    assert DECISION.rindex("Decision on Ordering") < _title_end(DECISION)


# -- "Place and date of issue:" ------------------------------------------------------------------

POLICY_TAIL = """CLAIMS
  Claims are payable in Kunming in CNY and must be lodged within one year of the discharge
  of the cargo at the port named above, with the survey report of the appointed agent.

NUMBER OF ORIGINALS ISSUED: TWO

PLACE AND DATE OF ISSUE: Kunming, 3 November 2026

                             For and on behalf of
                             DIANCHI MARINE INSURANCE CO., LTD. - YUNNAN BRANCH

                             Authorized signature: Duan Qiuyu
"""


def test_a_place_and_date_of_issue_line_dates_the_text():
    from kg.ingest.reading.dates import signature_date
    text = "MARINE CARGO POLICY\n\n" + "The insured goods are tin ingots.\n" * 10 + POLICY_TAIL
    assert signature_date(text).value == "2026-11-03"


def test_a_place_line_with_more_words_than_a_place_is_no_date_of_issue():
    from kg.ingest.reading.dates import signature_date
    text = ("MARINE CARGO POLICY\n\n" + "The insured goods are tin ingots.\n" * 10 +
            POLICY_TAIL.replace("Kunming, 3 November", "the cargo left the port of Kunming, "
                                "3 November"))
    assert signature_date(text) is None
