"""`kg ingest` round 18, dates, read from short articles written for these tests (own words;
invented companies, places and figures):

* a quarter or a half-year dates what it dates with its year (events/period_years.py): "due in
  the second half of 2028", "in the third quarter of this year", "in Q2 2027": plannedDate
  2028, 2026, 2027, no months. Not: a month some other date of the text names ("in April
  2027" stays 2027-04).
* a yearless dateline under a page's furniture (a section label, the headline, a byline) dates
  the text in the year the body gives (events/years.py ``dateline_date``), and one with its day
  first ("COPIAPO, Chile, 14 October --", reading/dates.py ``yearless_dateline``): "on the
  8th", "on Wednesday", "last Friday" are then read. Not: a day in running text, a dateline
  line below the page's first four lines."""
from __future__ import annotations

import pytest

from kg.ingest.terms import NFO
from tests.hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_DATES = (NFO.startDate, NFO.endDate, NFO.plannedDate, NFO.dateIssued, NFO.dateSigned,
          NFO.dateInForce)


def _dated(draft) -> dict:
    """{label: {(date predicate's local name, value)}} of the draft's new entities."""
    out = {}
    for e in draft.entities.values():
        got = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in e.statements if p in _DATES}
        if got and not e.known:
            out.setdefault(e.label, set()).update(got)
    return out


def _values(draft) -> set:
    return {v for got in _dated(draft).values() for _, v in got}


# --- a quarter or a half-year: its year ---------------------------------------------------------
HALVES = {
    "half": ("Kestrel Zinc picks contractor for new roaster\nHARBIN, March 3, 2026 -- Kestrel Zinc "
             "Co., Ltd. said on Tuesday that trial production at its new roaster in Acheng is due "
             "in the second half of 2028. Construction will begin in the third quarter of this "
             "year, the company said.\n"),
    "q": ("Plant timetable\nNANNING, May 5, 2026 -- Huilan Alumina Co., Ltd. expects its red mud "
          "kiln to be commissioned in Q2 2027.\n"),
}


@pytest.fixture(scope="module")
def halves(snapshot_kg):
    return {k: draft_of(snapshot_kg, t, f"r18d-{k}", f"{k}.txt") for k, t in HALVES.items()}


def test_a_half_year_and_a_quarter_date_with_their_years(halves):
    got = _dated(halves["half"])
    trial = [v for lab, v in got.items() if "trial production" in lab.lower()]
    assert trial and all(v == {("plannedDate", "2028")} for v in trial), got
    start = [v for lab, v in got.items() if "construction" in lab.lower()]
    assert start == [{("plannedDate", "2026")}], got
    assert not [v for v in _values(halves["half"]) if v[:7] in ("2028-07", "2028-12", "2026-07",
                                                                 "2026-09")]


def test_a_numbered_quarter_dates_with_its_year(halves):
    got = _dated(halves["q"])
    # (round 30: the step is read from the expectation, "X expects its kiln to be commissioned")
    kiln = [v for lab, v in got.items() if "commission" in lab.lower()]
    assert kiln == [{("plannedDate", "2027")}], got


def test_a_month_another_date_names_stays_a_month(snapshot_kg):
    text = ("Plant timetable\nNANNING, May 5, 2026 -- Huilan Alumina Co., Ltd. will overhaul its "
            "red mud kiln in the second quarter of 2027, and the kiln will be commissioned in "
            "April 2027.\n")
    got = _dated(draft_of(snapshot_kg, text, "r18d-month"))
    kiln = [v for lab, v in got.items() if "commissioning" in lab.lower()]
    assert kiln == [{("plannedDate", "2027-04")}], got


# --- a yearless dateline under a page's furniture, or with the day first -------------------------
FURNITURE = ("REPORT | Copper processing\n\nA rolling mill changes hands\n\nBy Qiao Wenli, staff "
             "reporter\n\nYingtan, Jiangxi, June 12 -- Ganbei Copper Rolling Co., Ltd. held an "
             "extraordinary shareholders' meeting on the 8th and approved the sale of its strip "
             "mill. A transfer agreement was signed by the two companies on Wednesday. The "
             "company expects output to rise in 2026.\n")
DAY_FIRST = ("Chilean miner wins two copper blocks\n\nCOPIAPO, Chile, 14 October -- Atacama "
             "Cobre S.A. won two copper exploration blocks, officials told a ceremony on Tuesday. "
             "The auction closed last Friday after two rounds of bids.\n")


def test_a_dateline_under_a_label_a_headline_and_a_byline_dates_the_text(snapshot_kg):
    draft = draft_of(snapshot_kg, FURNITURE, "r18d-furniture")
    assert str(draft.date) == "2026-06-12"
    values = _values(draft)
    assert "2026-06-08" in values          # "on the 8th": the dateline's month
    assert "2026-06-10" in values          # "on Wednesday": the one before Friday, June 12


def test_a_dateline_with_its_day_first_dates_the_text(snapshot_kg):
    draft = draft_of(snapshot_kg, DAY_FIRST, "r18d-dayfirst")
    assert str(draft.date) == "2026-10-14"         # a Wednesday (the lead's "on Tuesday")
    assert "2026-10-09" in _values(draft)          # "closed last Friday"


@pytest.mark.parametrize("head", [
    # a day in running text, not a dateline opening a line
    "Chilean miner wins two copper blocks\n\nOfficials said on 14 October that Atacama Cobre",
    # a dateline line five lines down: past the page's head
    "A\n\nB\n\nC\n\nD\n\nCOPIAPO, Chile, 14 October -- Atacama Cobre",
])
def test_no_dateline_no_date(snapshot_kg, head):
    text = head + " S.A. won two copper exploration blocks, officials told a ceremony on Tuesday.\n"
    assert draft_of(snapshot_kg, text, "r18d-nodateline").date is None


# --- a source line closing the text gives its date ----------------------------------------------
_BODY = ("The Tieling Intermediate People's Court fined Liaobei Zinc Recycling Co., Ltd. 800,000 "
         "yuan at a public hearing on the 14th for burying zinc ash beside a river. The company's "
         "manager was sent to prison for two years.\n\nThe company, set up in 2015, melted "
         "scrap galvanised steel in a furnace that had no permit. Inspectors found the ash in "
         "a ditch behind the plant after villagers complained about dead fish in the river, "
         "the court said. The plant has been closed since last winter.\n\nLocal officials said the "
         "county would test the river water every month for a year and would pay for the "
         "clean-up from the fine. Two other recyclers in the county were told to check their "
         "waste records.\n\n")


@pytest.mark.parametrize("end, day", [
    ("Liaoning Legal News, 17 October 2026", "2026-10-17"),
    ("(Northeast Metals Weekly, Oct. 17, 2026)", "2026-10-17"),
    ("Source: Tieling Daily, 17 October 2026", "2026-10-17"),
])
def test_a_source_line_at_the_end_dates_the_text_and_its_days(snapshot_kg, end, day):
    text = "Zinc recycler fined for burying ash\n\n" + _BODY + end + "\n"
    draft = draft_of(snapshot_kg, text, "r18d-source")
    assert str(draft.date) == day
    assert "2026-10-14" in _values(draft)            # "on the 14th": the text's month


@pytest.mark.parametrize("end", [
    "The court said the plant would reopen on 17 October 2026",     # a sentence, not a source
    "Appeals are due by 17 October 2026, the court said.",
])
def test_a_sentence_with_a_day_at_the_end_is_no_source_line(snapshot_kg, end):
    text = "Zinc recycler fined for burying ash\n\n" + _BODY + end + "\n"
    assert draft_of(snapshot_kg, text, "r18d-nosource").date is None


# --- "on the 30th" still to come in the text's month: the month before ---------------------------
def test_a_day_still_to_come_in_the_texts_month_is_the_month_befores(snapshot_kg):
    from kg.ingest.reading.dates import find_dates
    text = ("2026-07-03 09:15\n\nCourt rules on copper cargo\n\nThe court handed down its "
            "judgment on the 30th. A second hearing will be held on the 28th. The plant resumed "
            "work on the 2nd.\n")
    got = {text[d.start:d.end]: d.value
           for d in find_dates(text, "2026", extended=True, doc_date="2026-07-03")}
    assert got["30th"] == "2026-06-30"          # past, and July 30 is not yet
    assert got["28th"] == "2026-07-28"          # set ahead: this month
    assert got["2nd"] == "2026-07-02"           # already past this month


# --- "that afternoon", "later that day": the day named before ----------------------------------
@pytest.mark.parametrize("said", ["that afternoon", "later that day", "the same evening",
                                  "on that day"])
def test_that_afternoon_is_the_day_named_before(said):
    from kg.ingest.reading.dates import find_dates
    text = (f"On 9 March, the members' congress of the Qiannan Tin Association was held in Duyun. "
            f"The new council met {said} and chose its officers.")
    got = [(text[d.start:d.end], d.value)
           for d in find_dates(text, "2026", extended=True, doc_date="2026-03-10")]
    assert got[-1][1] == "2026-03-09", got


def test_that_in_other_senses_is_no_day():
    from kg.ingest.reading.dates import find_dates
    text = ("On 9 March, the congress was held in Duyun. The chairman said that day-to-day work "
            "must improve, and that day shifts at the smelter would be cut.")
    got = [text[d.start:d.end] for d in find_dates(text, "2026", extended=True,
                                                    doc_date="2026-03-10")]
    assert got == ["9 March"], got


def test_that_afternoon_after_a_day_counted_back_is_the_storys_day():
    from kg.ingest.reading.dates import find_dates
    text = ("On 9 March, the members' congress was held in Duyun. The day before, the old "
            "council had met for the last time.\n\nThe delegates elected a new council. At its "
            "first meeting that afternoon, it chose its officers.")
    got = [(text[d.start:d.end], d.value)
           for d in find_dates(text, "2026", extended=True, doc_date="2026-03-10")]
    assert got == [("9 March", "2026-03-09"), ("The day before", "2026-03-08"),
                   ("that afternoon", "2026-03-09")], got


def test_a_day_to_come_far_from_its_verb_stays_in_the_texts_month():
    from kg.ingest.reading.dates import find_dates
    text = ("Kunming, 12 August -- Tang Li, a founder of the smelter, died on the 9th. A farewell "
            "ceremony is to be held at the Yuanshan funeral hall in Kunming on the 16th.")
    got = {text[d.start:d.end]: d.value
           for d in find_dates(text, "2026", extended=True, doc_date="2026-08-12")}
    assert got["16th"] == "2026-08-16" and got["9th"] == "2026-08-09", got


# --- a month made precise by a day of the same clause --------------------------------------------
REFINED = {
    "range": ("Antimony smelter twins with villages\n\nChizhou, 12 November -- Qingyang Antimony "
              "Co., Ltd. signed an aid pact with two villages on Tuesday. Earlier this month, a "
              "team from the county bureau inspected the company's earlier aid projects from 2 "
              "to 4 November and found them in good use.\n"),
    "day": ("Rolling mill restarts\n\nHefei, 12 November -- In October, the cold rolling line of "
            "Huaihe Copper Co., Ltd. was started up again on the 8th after a two-month "
            "overhaul, the company said.\n"),
}


@pytest.fixture(scope="module")
def refined(snapshot_kg):
    return {k: draft_of(snapshot_kg, t, f"r18d-ref-{k}", f"{k}.txt") for k, t in REFINED.items()}


def test_this_month_made_precise_by_a_range_of_its_clause(refined):
    got = _dated(refined["range"])
    team = [v for lab, v in got.items() if "inspected" in lab]
    assert team == [{("startDate", "2026-11-02"), ("endDate", "2026-11-04")}], got


def test_a_month_made_precise_by_a_day_of_its_clause(refined):
    assert "2026-10-08" in _values(refined["day"])
    assert "2026-10" not in _values(refined["day"])


def test_a_day_of_another_time_does_not_refine():
    from kg.ingest.events.refined_days import _OTHER
    for text in ("In October, the line was started up again after a fire on the ",
                 "In May, the smelter agreed to cut output by the ",
                 "In June, output has risen since "):
        assert _OTHER.search(text, max(0, len(text) - 40)), text
    assert not _OTHER.search("In October, the line was started up again on the ")


# --- a day in a clause about what is to come is not the lead's day -------------------------------
def test_a_day_to_come_in_the_lead_dates_no_briefing(snapshot_kg):
    text = ("Bourse to list nickel options\n\nDALIAN, Nov. 9 (Xinhua) -- The Dalian Commodity "
            "Exchange said on Monday it will start trading nickel options for members on Dec. "
            "15, giving smelters a new tool.\n\nWang Lin, vice president of the exchange, told "
            "a press briefing in Dalian that 40 member firms had tested the contract.\n")
    got = _dated(draft_of(snapshot_kg, text, "r18d-ahead"))
    assert not [lab for lab, v in got.items() if "briefing" in lab.lower()
                and ("startDate", "2026-12-15") in v], got


# --- a clause that closes its event after its days ----------------------------------------------
@pytest.mark.parametrize("closed, first", [
    ("came to a close at the training centre of Zhuzhou Smelter Group in Zhuzhou, Hunan "
     "Province, after three days of competition", "2026-10-17"),
    ("ended at the Zhuzhou training centre after two days", "2026-10-18"),
    ("drew to a close in Zhuzhou after four days of heats and finals", "2026-10-16"),
])
def test_an_event_closed_after_n_days_starts_that_many_days_before(snapshot_kg, closed, first):
    text = ("Welders from six provinces compete in Zhuzhou\n\nSource: Zhuzhou Evening News    "
            "2026-10-22\n\nOn the 19th, the national final of the 2026 Zinc Smelting Skills "
            f"Contest {closed}.\n\nThe contest was organised by the China Nonferrous Metals "
            "Industry Association.\n")
    got = _dated(draft_of(snapshot_kg, text, "r18d-closed"))
    # the final, or the contest it names (round 30: "name:contest"), each dated the same
    final = [v for lab, v in got.items() if "national final" in lab.lower()
             or "skills contest" in lab.lower()]
    assert final and all(v == {("startDate", first), ("endDate", "2026-10-19")} for v in final), got


def test_an_event_that_opened_and_runs_for_days_is_not_moved_back(snapshot_kg):
    text = ("Welders from six provinces compete in Zhuzhou\n\nSource: Zhuzhou Evening News    "
            "2026-10-22\n\nOn the 19th, the national final of the 2026 Zinc Smelting Skills "
            "Contest opened at the training centre of Zhuzhou Smelter Group in Zhuzhou, Hunan "
            "Province, and will run for three days.\n")
    values = _values(draft_of(snapshot_kg, text, "r18d-opened"))
    assert "2026-10-19" in values and "2026-10-17" not in values, values


# --- a signed text's own date over a bare year of its number line --------------------------------
SIGNED = ("Announcement on the Sale of the Rolling Mill of Linyi Baoxin Aluminium Co., Ltd.\n\n"
          "(2026) Lu 13 Po No. 4-2\n\nTo all creditors of Linyi Baoxin Aluminium Co., Ltd.:\n\n"
          "On 3 February 2026 the Linyi Intermediate People's Court accepted the restructuring "
          "of the company and appointed the administrator. After an open auction held on 14 "
          "July, the rolling mill was sold to Yimeng Metal Works Co., Ltd. for 210 million "
          "yuan. The buyer has paid the price in full and the mill was handed over on 31 July."
          "\n\nIt is hereby announced.\n\nAdministrator of Linyi Baoxin Aluminium Co., Ltd.\n"
          "6 August 2026\n")


def test_a_signed_announcement_is_issued_on_its_signatures_day(snapshot_kg):
    draft = draft_of(snapshot_kg, SIGNED, "r18d-signed")
    got = _dated(draft)
    own = [v for lab, v in got.items() if lab.startswith("Announcement on the Sale")]
    assert own == [{("dateIssued", "2026-08-06")}], got
