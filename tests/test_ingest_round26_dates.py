"""Round 26, how dates are read and attached: a date printed as a name's modifier dates the
thing named ("this year's work report", "last year's forum"); a month or day printed without a
year in a clause it opens takes the year its verb's tense says ("On 22 June the bureau fined
it", in a text of January: last June; "from January the city will pay", in a text of December:
the next January); the text's own date is the signature above a "Copy to:" footer, the one
after a place with an apostrophe ("31 December 2026, Xi'an"), and the head's day of release
over a session's "Time:" row; the text's own document takes that day over a year its name
holds."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu  # noqa: F401
from kg.ingest.events.weekday_dates import text_days
from kg.ingest.reading.dates import read_document_date
from kg.ingest.terms import NFO


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _values(ent, pred):
    return [str(o) for p, o, _, _ in ent.statements if _local(p) == _local(pred)]


def _days(text, year, day):
    return {text[d.start:d.end]: d.value for d in text_days(text, year, day)}


def _entity(draft, start):
    got = [e for e in draft.entities.values() if not e.known and e.label.startswith(start)]
    assert got, f"no new entity named {start!r}: {sorted(e.label for e in draft.new())}"
    return got[0]


# -- a month or day without a year: the tense of the clause it opens ------------------------

def test_a_fronted_day_of_a_past_clause_after_the_text_s_date_is_last_year_s():
    text = ("Handling: On 22 June the bureau ordered the mine to stop and fined it. The owner "
            "was detained in September.")
    days = _days(text, "2027", "2027-01-08")
    assert days["22 June"] == "2026-06-22"
    assert days["September"] == "2026-09"


def test_a_fronted_day_of_a_clause_still_to_come_keeps_the_text_s_year():
    text = "On 22 June the bureau will order every pit to stop. The revised rules of 3 July apply."
    days = _days(text, "2027", "2027-01-08")
    assert days["22 June"] == "2027-06-22"
    # an adjective in -ed ("the revised rules") is no verb of the past
    assert days["3 July"] == "2027-07-03"


def test_a_fronted_month_of_a_future_clause_before_the_text_s_date_is_next_year_s():
    text = ("The city issued its opinions on 10 October; from January the city will pay "
            "a bonus for sorted scrap.")
    days = _days(text, "2026", "2026-12-02")
    assert days["January"] == "2027-01"
    assert days["10 October"] == "2026-10-10"


def test_a_day_marked_planned_before_the_text_s_date_is_next_year_s():
    text = ("  3   Relining of anode furnace No. 2          from 11 to 29 January\n"
            "                                               (planned)\n"
            "  4   Casting shop roof                        finished on 9 January\n")
    days = {k: (v, d.until) for k, v, d in [(text[d.start:d.end], d.value, d)
                                            for d in text_days(text, "2026", "2026-12-28")]}
    assert days["11 to 29 January"] == ("2027-01-11", "2027-01-29")
    # a day with no such mark stays in the text's year
    assert days["9 January"][0] == "2026-01-09"


def test_a_day_after_a_past_verb_is_not_moved_by_a_later_future():
    # "passed ... on 12 November and is scheduled for ...": the day is of the past verb
    text = ("The recycling line passed its environmental acceptance on 12 November and is "
            "scheduled for full output in March 2027.")
    days = _days(text, "2026", "2026-12-07")
    assert days["12 November"] == "2026-11-12"
    # nor is a fronted day whose clause says something happened before its future
    text2 = "In March the company said it will build a second line."
    assert _days(text2, "2026", "2026-12-07")["March"] == "2026-03"


def test_reading_the_tense_of_many_clauses_is_linear():
    line = "Handling: On 22 June the bureau ordered the quarry to stop and fined it. "
    got = linear_cpu(lambda t: text_days(t, "2027", "2027-01-08"), line * 3000, "tense of days")
    assert got and got[0].value == "2026-06-22"


# -- the text's own date --------------------------------------------------------------------

REPLY = """Provincial People's Government of Qiannan

Qian Zheng Tu [2026] No. 88

Reply on the Use of Forest Land for the Tailings Pond of Duyun Lead Works

Duyun Municipal People's Government:

Your request of 14 September 2026 has been received. After review, the use of 3.2 hectares
of collective forest land for the tailings pond of Duyun Lead Works is approved. The land
shall be used only for the purpose approved and the works shall start within one year.
The restoration deposit shall be paid before the land is occupied, and the county forestry
bureau is to check the site every quarter and report to the provincial department.

                                  Provincial People's Government of Qiannan
                                                        18 November 2026

Copy to: Provincial Department of Natural Resources; Provincial Forestry Bureau;
Duyun Lead Works.
"""


def test_the_signature_above_a_copy_to_footer_dates_the_text():
    d, guessed = read_document_date(REPLY)
    assert d is not None and d.value == "2026-11-18" and not guessed


def test_without_a_signature_the_footer_gives_no_date():
    text = REPLY.replace("                                                        18 November 2026\n", "")
    d, _ = read_document_date(text)
    assert d is None or d.value != "2026-11-18"


MESSAGE = """Holding Fast, Moving Forward
-- 2028 New Year Message

Dear colleagues and friends:

As the year draws to a close, I send greetings to all of our miners and smelter workers and to
their families. In 2027 we met a hard market. On 12 April the new anode line at our Jinping
plant went into production, and in August our team signed a supply agreement with a cable
maker in Ningbo. We thank every worker for what was achieved in a year of low prices.

I wish you all good health in the New Year!

                                        30 December 2027, Xi'an
"""


@pytest.fixture(scope="module")
def message(kg):
    return draft_of(kg, MESSAGE, "r26-message")


def test_a_dated_signature_with_a_place_dates_the_text(message):
    assert str(message.date) == "2027-12-30"
    # its month-and-day dates are the year it was written in, not the year of its title
    days = _days(MESSAGE, "2027", "2027-12-30")
    assert days["12 April"] == "2027-04-12"
    assert all(not str(o).startswith("2028-04") for e in message.new()
               for p, o, _, _ in e.statements if _local(p) in ("startDate", "plannedDate"))


RECORD = """RECORD OF ROUND-TABLE DISCUSSION
Session 2, 2027 Pearl River Copper Scrap Conference
"Who should pay for cleaner copper scrap?"

Time:     Tuesday, 9 March 2027, 14:00-15:30
Venue:    Room 5, Lingnan Hotel, Foshan
Record:   compiled by the conference office; released 15 March 2027

LI: Good afternoon. Our plants buy scrap from twelve yards in the delta, and we have asked the
yards to sort it by grade before it reaches us.
"""


@pytest.fixture(scope="module")
def record(kg):
    return draft_of(kg, RECORD, "r26-record")


def test_the_head_s_day_of_release_is_the_text_s_date(record):
    assert str(record.date) == "2027-03-15"
    rec = _entity(record, "Record of Round-Table Discussion")
    assert _values(rec, NFO.dateIssued) == ["2027-03-15"]


def test_a_session_s_time_row_alone_still_dates_the_text():
    text = RECORD.replace("; released 15 March 2027", "")
    d, _ = read_document_date(text)
    assert d is not None and d.value == "2027-03-09"


# -- a date as a name's modifier ------------------------------------------------------------

SPEECH = """Qiandong Nonferrous Metals Association                                      2027-04-20

Zhao Lin: This year's provincial industry work report proposed to speed up the recycling of
scrap metals. Last year's Qiandong Copper Forum agreed on a list of shared tasks, and most of
them are done. During last year's Qiandong Copper Forum, the association convened the
first Scrap Traders Roundtable.
"""


@pytest.fixture(scope="module")
def speech(kg):
    return draft_of(kg, SPEECH, "r26-speech")


def test_a_possessive_year_dates_the_thing_it_names(speech):
    report = _entity(speech, "provincial industry work report")
    assert _values(report, NFO.dateIssued) == ["2027"]
    # "last year's X Forum": last year's edition
    edition = _entity(speech, "2026 Qiandong Copper Forum")
    assert _values(edition, NFO.startDate) == ["2026"]
    # "During last year's X Forum, ... convened the Y": the clause's time, through the forum
    table = _entity(speech, "Scrap Traders Roundtable")
    assert _values(table, NFO.startDate) == ["2026"]


# -- a social-media export's post stamps ----------------------------------------------------

POSTS = """Nanhai Metals Daily  [V]
Official microblog of Nanhai Metals Daily | Guangzhou
-----------------------------------------------------------------
Topic: #CopperWeek2026#    Showing posts by this account, newest first
-----------------------------------------------------------------

11-05 21:10  from Android
#CopperWeek2026# Huanan Copper Trading Co., Ltd. signed a three-year supply agreement
this afternoon with Andino Cobre S.A. to buy 80,000 tonnes a year of cathode from 2028.
Repost 12 | Comment 3 | Like 90

-----------------------------------------------------------------
11-04 09:40  from Weibo web
#CopperWeek2026# The Copper Scrap Roundtable opened this morning at the Pearl Hall.
Repost 8 | Comment 1 | Like 40
"""


@pytest.fixture(scope="module")
def posts(kg):
    return draft_of(kg, POSTS, "r26-posts")


def test_post_stamps_date_the_text_and_each_post_s_relative_days(posts):
    # the text is of its latest post's day; "from 2028" is a period ahead, not its year
    assert str(posts.date) == "2026-11-05"
    table = _entity(posts, "Copper Scrap Roundtable")
    assert _values(table, NFO.startDate) == ["2026-11-04"]
    deal = [e for e in posts.new() if _local(e.cls) == "Agreement"]
    assert deal and _values(deal[0], NFO.dateSigned) == ["2026-11-05"]


def test_one_stamped_line_is_no_export_of_posts():
    from kg.ingest.reading.post_stamps import post_days
    assert post_days("10-14 22:40  from iPhone 15\nThe mill restarted.", "2026") == []
    assert len(post_days(POSTS, "2026")) == 2
    # a range of numbers or a score is no stamp
    assert post_days("Scores 10-14 and 11-12\n10-14 ton bags\n", "2026") == []


CIRCULAR = """          The 3rd Lingnan Conference on Copper Recycling
                     Foshan, 14-16 June 2027

                         FIRST CIRCULAR

Registration on 14 June; sessions on 15 and 16 June.

Fees cover the conference book, the lunches and the dinner on 15 June.

                                    Conference Secretariat
                                    20 December 2026
"""


@pytest.fixture(scope="module")
def circular(kg):
    return draft_of(kg, CIRCULAR, "r26-circular")


def test_a_day_within_a_range_printed_with_its_year_keeps_that_year(circular):
    assert str(circular.date) == "2026-12-20"
    dated = [(e.label, v) for e in circular.new() for p, v, _, _ in e.statements
             if _local(p) in ("startDate", "plannedDate") and "06-15" in str(v)]
    assert dated and all(str(v).startswith("2027") for _, v in dated)


# -- an agreement referred back to -----------------------------------------------------------

DEAL = """Qinling Titanium Forgings Co., Ltd.                                    2026-11-20

Q: What did you sign in France?

Zhou: A seven-year supply agreement with Rhone Aero Structures SAS, a maker of landing gear.
We signed it in Lyon on 14 October. The first lot ships in March.

Q: And the bar mill?

Zhou: A purchase contract with Hengyuan Rolling Equipment Co., Ltd. for the new bar mill.
Deliveries start on 5 January.

INVOICE NO.        QTF-INV-26-0788
CONTRACT NO.       QTF-HY-2026-09 (signed last month)
"""


@pytest.fixture(scope="module")
def deal(kg):
    return draft_of(kg, DEAL, "r26-deal")


def test_an_agreement_signed_it_in_the_next_sentence_takes_that_day(deal):
    supply = [e for e in deal.new() if _local(e.cls) == "Agreement" and "Rhone" in e.label]
    assert supply and _values(supply[0], NFO.dateSigned) == ["2026-10-14"]
    # a day of what follows ("Deliveries start on 5 January") is no day it was signed
    mill = [e for e in deal.new() if _local(e.cls) == "Agreement" and "Hengyuan" in e.label]
    assert all("2027-01-05" not in _values(e, NFO.dateSigned)
               and "2026-01-05" not in _values(e, NFO.dateSigned) for e in mill)


def test_a_contract_number_cut_by_a_stop_takes_its_participle_s_day(deal):
    coded = [e for e in deal.new() if "QTF-HY-2026-09" in e.label]
    assert coded and _values(coded[0], NFO.dateSigned) == ["2026-10"]


# -- a policy's period of application; a relative clause of its issue -----------------------

APPLIED = """Qianxi Power Supply Company                                            2026-12-03

With the approval of the municipal development and reform commission on 1 December, our
company will apply the peak-load power use plan below from 14 December 2026 to 27 February
2027. Under the Rules on Scrap Grading, which the Qianxi Metals Association issued in 2025,
the yards sort scrap by grade. The plan was discussed from 2 to 3 November with the main users.
Under the Qianxi Subsidy Measures for Recyclers, enterprises applied from 5 to 20 October.
"""


@pytest.fixture(scope="module")
def applied(kg):
    return draft_of(kg, APPLIED, "r26-applied")


def test_a_policy_applied_over_a_range_of_days_takes_its_period(applied):
    plan = [e for e in applied.new() if "power use plan" in e.label.lower()]
    assert plan
    assert _values(plan[0], NFO.plannedDate) == ["2026-12-14"]
    assert _values(plan[0], NFO.endDate) == ["2027-02-27"]
    # a range the sentence gives with no verb of applying is not its period
    assert "2026-11-02" not in _values(plan[0], NFO.plannedDate) + _values(plan[0], NFO.dateInForce)
    # "Under the X Measures, enterprises applied from ...": applied for something, not the
    # measures applied
    measures = [e for e in applied.new() if "Subsidy Measures" in e.label]
    assert measures and _values(measures[0], NFO.endDate) == []


def test_a_relative_clause_of_its_issue_dates_a_policy(applied):
    rules = [e for e in applied.new() if "Scrap Grading" in e.label]
    assert rules and _values(rules[0], NFO.dateIssued) == ["2025"]


# -- a project's completion ------------------------------------------------------------------

FINISHED = """Qinba Molybdenum Group                                                  2026-12-31

We finished. The tailings dam upgrade at the Dongshan mine, our molybdenum base in Luonan
County, was completed in September, two months ahead of plan. The flotation plant upgrade
at the Xishan mine is to be completed by June next year.
"""


@pytest.fixture(scope="module")
def finished(kg):
    return draft_of(kg, FINISHED, "r26-finished")


def test_a_project_its_clause_says_was_completed_takes_that_end(finished):
    dam = [e for e in finished.new() if "tailings dam upgrade" in e.label.lower()]
    assert dam and _values(dam[0], NFO.endDate) == ["2026-09"]
    # the mine it was done at was not completed then
    mine = [e for e in finished.new() if e.label.lower().startswith("dongshan mine")]
    assert all(_values(m, NFO.endDate) == [] for m in mine)
    # a deadline of what is to come is no end it reached
    plant = [e for e in finished.new() if "flotation plant upgrade" in e.label.lower()]
    assert all(_values(p, NFO.endDate) == [] for p in plant)
