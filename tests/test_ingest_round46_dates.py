"""Round 46, dates: an agreement signed at a gathering the text told of before ("On the
sidelines, A and B signed ...", "... signed a supply agreement with X Co., Ltd. at the
ceremony", "0.1 mm" in the clause) takes the gathering's day; a year's annual conference held
early in the next year keeps its days; a year printed right after an event's name ("the tender
of 2027 ... was opened on 9 February 2027") gives way to the day of the same year in its clause;
the "Issued:" field of a numbered record block dates the permit its head line names; a month
more than half a year after the text's date whose clause's verb is past ("the first call in
December drew two bids", in a text of February) is last year's. On short texts written for
this file (invented bodies, companies and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.reading.dates import find_dates, roll_forward


def _draft(kg, text: str, doc_id: str = "round46-dates"):
    return draft_of(kg, text, doc_id, "round46.txt", today=dt.date(2027, 3, 1))


def _values(draft, pred: str, start: str = "", cls: str = "") -> set:
    return {str(o) for e in draft.new() if e.label.lower().startswith(start.lower())
            and str(e.cls).endswith(cls)
            for p, o, _, _ in e.statements if str(p).endswith("#" + pred)}


def _signed(draft) -> dict:
    return {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#dateSigned")}
            for e in draft.new() if str(e.cls).endswith("#Agreement")}


def _signed_at(draft) -> set:
    return {e.label for e in draft.new() if str(e.cls).endswith("#Agreement")
            and any(str(p).endswith("#signedAt") for p, *_ in e.statements)}


# --- 1. signed at the gathering told of before ---------------------------------------------
_SIDELINES = (
    "Lumen Basin talks close in Harrowgate\n\n"
    "HARROWGATE, October 15 -- The Lumen Basin Metals Council held its fourth session in "
    "Harrowgate on Wednesday, with 90 delegates from twelve member firms.\n\n"
    "Council members discussed the tin export quota and a common rail tariff for concentrate.\n\n"
    "On the sidelines, Quarrow Tin Holdings and Pelland Smelting Co., Ltd. signed a memorandum "
    "on a 40,000-tonne tin smelter near Harrowgate.\n")


def test_signed_on_the_sidelines_takes_the_sessions_day(snapshot_kg):
    """"On the sidelines, A and B signed a memorandum": the session's day (Wednesday before the
    dateline of 15 October 2026 is the 14th) is the memorandum's day of signing."""
    draft = _draft(snapshot_kg, _SIDELINES)
    got = _signed(draft)
    assert any("2026-10-14" in days for label, days in got.items()
               if label.lower().startswith("memorandum")), got
    assert any(label.lower().startswith("memorandum") for label in _signed_at(draft))


_CEREMONY = (
    "Fenwick wind farm reaches full capacity\n\n"
    "Brackwater, 23 November 2026 -- The Fenwick wind farm of Dunmore Green Power Co., Ltd. "
    "reached full capacity at a commissioning ceremony on 21 November 2026.\n\n"
    "Dunmore Green Power signed a 15-year power sales agreement with Ostrel Grid Supply Co., "
    "Ltd. at the ceremony. A second phase of 200 MW is under study.\n")


def test_signed_with_a_legal_form_at_the_ceremony(snapshot_kg):
    """"... with Ostrel Grid Supply Co., Ltd. at the ceremony": the full stops of the legal form
    do not end the clause; the agreement is signed on the ceremony's day."""
    got = _signed(_draft(snapshot_kg, _CEREMONY))
    assert any("2026-11-21" in days for days in got.values()), got


def test_signed_after_a_decimal_at_the_meeting(snapshot_kg):
    text = ("Strip makers meet in Calder\n\n"
            "Calder, 18 January 2027 -- The 2027 annual meeting of the Calder Titanium Strip "
            "Alliance was held in Calder on 16 January 2027.\n\n"
            "Vessen Titanium and Morrow Foils Co., Ltd. signed a supply agreement for titanium "
            "strip 0.1 mm thick at the meeting.\n")
    got = _signed(_draft(snapshot_kg, text))
    assert any("2027-01-16" in days for days in got.values()), got


def test_on_the_same_day_names_no_gathering(snapshot_kg):
    """"On the same day, A signed ..." is a day, not a gathering: no signedAt is drafted from it
    (the day itself comes from the sentence before, as it did)."""
    text = ("Ardmore alumina plant starts up\n\n"
            "The first line of the Ardmore alumina plant of Kestrel Alumina Co., Ltd. began "
            "trial production at a ceremony on 20 September 2026.\n\n"
            "On the same day, Kestrel Alumina signed a five-year offtake agreement with Lorne "
            "Trading Co., Ltd. for 300,000 tonnes a year.\n")
    draft = _draft(snapshot_kg, text)
    assert not _signed_at(draft), _signed_at(draft)


def test_an_opener_with_no_gathering_before_dates_nothing(snapshot_kg):
    """No gathering told of before the opener: no day is made up for the agreement."""
    text = ("Quarrow Tin expands\n\n"
            "Quarrow Tin Holdings said its output rose by a tenth this year.\n\n"
            "On the sidelines, Quarrow Tin Holdings and Pelland Smelting Co., Ltd. signed a "
            "memorandum on a tin smelter.\n")
    draft = _draft(snapshot_kg, text)
    assert not _signed_at(draft)
    assert not any(_signed(draft).values()), _signed(draft)


# --- 2. a year's annual conference held early in the next year --------------------------------
def test_annual_conference_of_a_year_held_next_january(snapshot_kg):
    text = ("# Scrap traders meet in Dunmere: summary of the 2026 annual conference\n\n"
            "**Harrow Scrap Metals Association** - posted Tuesday 12 January 2027\n\n"
            "The 2026 Harrow Scrap Metals Annual Conference took place in Dunmere on 8-9 January. "
            "It was organised by the Harrow Scrap Metals Association, and about 400 delegates "
            "attended.\n")
    draft = _draft(snapshot_kg, text)
    assert "2027-01-08" in _values(draft, "startDate", "2026 Harrow Scrap"), \
        [(e.label, e.statements) for e in draft.new()]
    assert "2026" not in _values(draft, "startDate", "2026 Harrow Scrap")


def test_a_named_year_still_keeps_other_years_off_a_plain_event(snapshot_kg):
    """A name's year still bars a day of another year from an event that is no year's annual
    gathering ("the 2026 Dunmere Tin Symposium ... in May 2027" is not dated 2027)."""
    text = ("Dunmere, 3 March 2027 -- The 2026 Dunmere Tin Symposium will publish its papers "
            "in May 2027.\n")
    draft = _draft(snapshot_kg, text)
    assert "2027-05" not in _values(draft, "startDate", "2026 Dunmere Tin Symposium")


# --- 3. a year after the name, a day of that year in the clause -------------------------------
def test_year_after_the_name_gives_way_to_the_day(snapshot_kg):
    text = ("Kestrel, 26 February 2027\n\n"
            "The first centralised tender of 2027 of Brannock Grid Supplies Co., Ltd. was opened "
            "on 9 February 2027 at the Kestrel Trading Hall and evaluated by eleven experts.\n")
    draft = _draft(snapshot_kg, text)
    got = _values(draft, "startDate", "first centralised tender")
    assert "2027-02-09" in got and "2027" not in got, \
        [(e.label, e.statements) for e in draft.new()]


# --- 4. a record block's head line names the permit its "Issued:" field dates -----------------
_PERMITS = (
    "Tarnley County Housing Bureau\n\n"
    "Publicity of Construction Permits Issued in November 2026\n\n"
    "Posted: 2026-12-02 (Wednesday)\n\n"
    "The bureau issued two construction permits in November. Details:\n\n"
    "[1] Permit No.:        770102202611040101\n"
    "    Project:           Zinc oxide kiln retrofit\n"
    "    Builder:           Tarnley Zinc Co., Ltd.\n"
    "    Contract period:   2026-11-20 to 2027-09-30\n"
    "    Issued:            4 Nov.\n\n"
    "[2] Permit No.:        770102202611230102\n"
    "    Project:           Copper rod warehouse\n"
    "    Builder:           Ferris Copper Rod Co., Ltd.\n"
    "    Contract period:   2026-12-01 to 2027-11-30\n"
    "    Issued:            23 Nov.\n")


def test_issued_field_under_a_numbered_head_line(snapshot_kg):
    draft = _draft(snapshot_kg, _PERMITS)
    got = {e.label: {str(o) for p, o, _, _ in e.statements if str(p).endswith("#dateIssued")}
           for e in draft.new() if e.label.startswith("Permit ")}
    assert got.get("Permit 770102202611040101") == {"2026-11-04"}, got
    assert got.get("Permit 770102202611230102") == {"2026-11-23"}, got


# --- 5. a month ahead with a past verb after it -------------------------------------------------
def _month(text: str, doc_date: str, word: str) -> str:
    d = next(d for d in find_dates(text, doc_date[:4]) if word in text[d.start:d.end])
    return roll_forward(text, d, doc_date).value


def test_month_ahead_with_a_past_verb_after_it_is_last_years():
    text = "3. Lot 4 was re-tendered after the first call in December drew only two bids.\n"
    assert _month(text, "2027-02-08", "December") == "2026-12"


def test_month_ahead_in_a_plan_stays_ahead():
    text = "3. Lot 4 will be re-tendered in December if the first call draws no bid.\n"
    assert _month(text, "2027-02-08", "December") == "2027-12"


def test_month_a_few_months_ahead_is_not_moved():
    """Within half a year of the text's date a month is not moved by a verb after it."""
    text = "The line that opened in June drew praise from buyers.\n"
    assert _month(text, "2027-02-08", "June") == "2027-06"


# --- 6. the text's own report on a quarter, issued after it ------------------------------------
def test_quarterly_report_takes_its_day_of_issue_not_its_quarter(snapshot_kg):
    """"Quarterly Report for the Fourth Quarter of 2026" over a letter signed on 18 January 2027:
    the quarter is the period the report is on; it is issued on the text's day."""
    text = ("Brannock Metals Select Fund\n"
            "Quarterly Report for the Fourth Quarter of 2026 (excerpt)\n\n"
            "Section 4.4  The manager's review of the quarter\n\n"
            "Tin and antimony prices rose through the quarter, and the fund kept its weight in "
            "Quarrow Tin Holdings. I will not add to it unless the export quota is cut again.\n\n"
            "Ivo Marsh, fund manager\n"
            "18 January 2027\n")
    draft = _draft(snapshot_kg, text)
    got = _values(draft, "dateIssued", "Quarterly Report")
    assert got == {"2027-01-18"}, [(e.label, e.statements) for e in draft.new()]


def test_quarterly_report_issued_inside_its_quarter_keeps_no_day_from_it(snapshot_kg):
    """A quarter not yet over on the text's day is no period reported on: the rule leaves it."""
    text = ("Brannock Metals Select Fund\n"
            "Quarterly Report for the Fourth Quarter of 2026 (excerpt)\n\n"
            "Section 4.4  The manager's review of the quarter\n\n"
            "Tin and antimony prices rose through the quarter, and the fund kept its weight in "
            "Quarrow Tin Holdings. I will not add to it unless the export quota is cut again.\n\n"
            "Ivo Marsh, fund manager\n"
            "18 November 2026\n")
    draft = _draft(snapshot_kg, text)
    assert "2026-11-18" not in _values(draft, "dateIssued", "Quarterly Report")
