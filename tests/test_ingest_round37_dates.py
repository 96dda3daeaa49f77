"""Round 37, the values of dates on what the draft proposes: a schedule's field whose day
follows a preposition ("Registration: on 13 January", in a programme of December: the next
January), one more step joined by a comma to a future's verb ("will finish X, hold Y in
February": still the future's February), and a report on a year released in the year after
it ("2025 Sustainability Report" over "Released in Corby, Friday 24 April 2026": issued that
day, not in 2025; a weekday may stand between the header's comma and its day); the last
day of a state told where it ends ("ended its Level IV emergency response ... on Thursday,
11 March", "Power was restored at 07:45 on Sunday"); a duty's "by Monday" (the next Monday);
the text's own agreement signed on its day; and agreements listed after a line that says they
were signed, dated by that signing."""
from __future__ import annotations

from hostile_drafts import draft_of, label_dates

PLANS = ("#startDate", "#plannedDate", "#endDate")
ISSUED = ("#dateIssued",)

FIELD_AFTER_ON = """2027 Northmoor Zinc Recycling Forum
Programme (second draft, 21 December 2026)

Venue:       Northmoor Riverside Hotel
Organiser:   Northmoor Zinc Recycling Association

Delegates are asked to bring their badges.

Registration: on 13 January from 14:00 to 20:00 at the front desk.
"""


def test_a_schedule_field_day_after_on_is_read_ahead(kg):
    got = {v for d in label_dates(draft_of(kg, FIELD_AFTER_ON, "r37-field-on"), "", PLANS).values()
           for v in d.values()}
    assert "2027-01-13" in got and "2026-01-13" not in got, got


JOINED_STEP = """Ridgeway council sets its river work for the new year

Ridgeway, 10 December 2026 -- The Ridgeway County Water Bureau kept its
wardens on the Tarn all year.

The bureau will finish the gravel embankment along the Tarn before the
rains, hold the first Ridgeway Clean River Forum of the year in March and
print a new map of the river wardens next month.
"""


def test_a_step_joined_by_a_comma_to_a_future_verb_is_read_ahead(kg):
    got = label_dates(draft_of(kg, JOINED_STEP, "r37-joined-step"), "", PLANS)
    got = {v for label, d in got.items() if "Forum" in label for v in d.values()}
    assert got == {"2027-03"}, got


YEAR_REPORT = """Corby Lithium Co., Ltd.
2025 Sustainability Report (summary)
Released in Corby, Friday 24 April 2026

In 2025 the company cut the water it draws from the Welland by a fifth and
moved its brine ponds to a lined site north of the town.
"""


def test_a_report_on_a_year_is_issued_on_its_release_day(kg):
    got = {v for d in label_dates(draft_of(kg, YEAR_REPORT, "r37-year-report"), "", ISSUED).values()
           for v in d.values()}
    assert "2026-04-24" in got and "2025" not in got, got


STATE_ENDED = """Harwell county stands down its flood response

Harwell, 12 March 2027 -- The Harwell County Flood Control Headquarters started a Level IV
emergency response for the Dene River at 18:00 on Monday, 8 March.

Water at the Dene gauge has fallen below the warning mark for two days. The headquarters
ended its Level IV emergency response for the river at noon on Thursday, 11 March, and the
tin smelter of Harwell Tin Co., Ltd. restarted its furnaces.
"""

OUTAGE_ENDED = """Ice cuts power to Brackley aluminium smelter

Brackley, 9 February 2027 -- Brackley Aluminium Co., Ltd. said some of its pots froze in
an outage at its smelter.

The outage began at 22:10 on Saturday, 6 February, when ice brought down a feeder line.
Power was restored at 07:45 on Sunday, 7 February, after crews rebuilt the line.
"""


def _ends(draft) -> set:
    return {v for d in label_dates(draft, "", ("#endDate",)).values() for v in d.values()}


def test_a_response_ended_in_a_later_sentence_ends_the_response_event(kg):
    got = _ends(draft_of(kg, STATE_ENDED, "r37-state-ended"))
    assert "2027-03-11" in got, got


def test_power_restored_ends_the_outage(kg):
    draft = draft_of(kg, OUTAGE_ENDED, "r37-outage-ended")
    got = {label: d for label, d in label_dates(draft, "", PLANS).items() if "utage" in label}
    assert any(d.get("endDate") == "2027-02-07" and d.get("startDate") == "2027-02-06"
               for d in got.values()), got


DUTY_BY_WEEKDAY = """Cold wave: plants to check their lines

Notice of the Ashdown Emergency Management Bureau, Thursday 7 January 2027

The cold wave is over. Smelters of the county shall check pipes, tanks and roofs
for frost damage before full output and report the results by Monday.
"""


def test_a_duty_by_a_weekday_is_the_next_such_day(kg):
    got = {v for d in label_dates(draft_of(kg, DUTY_BY_WEEKDAY, "r37-duty-by"), "",
                                  PLANS).values() for v in d.values()}
    assert "2027-01-11" in got and "2027-01-04" not in got, got


AGREEMENT_ITSELF = """RIVERBANK CLEAN-UP COOPERATION AGREEMENT
Agreement No.: OK-RB-2026-044

Party A: Oakham Lead Smelting Co., Ltd.
Party B: Oakham Town People's Government

Article 1  Party A pays Party B 600,000 yuan a year for the clean-up of the
           Oak brook below the smelter, from 1 January 2027.
Article 2  This Agreement takes effect on signature and seal.

Signed at Oakham Town, 2026.12.09
"""

AGREEMENT_MADE = """SLAG HAULAGE AGREEMENT

This Agreement is made at Westby on 14/10/2026 between Westby Nickel Co., Ltd.
("the Company") and Westby Haulage Co-operative ("the Co-operative").

1. The Co-operative carries the slag of the Company to the Westby landfill.
2. The Company pays the Co-operative 80 yuan a tonne.
"""


def test_the_texts_own_agreement_is_signed_on_its_signing_day(kg):
    for text, day in ((AGREEMENT_ITSELF, "2026-12-09"), (AGREEMENT_MADE, "2026-10-14")):
        got = {label: d.get("dateSigned") for label, d in
               label_dates(draft_of(kg, text, "r37-agreement-itself"), "",
                           ("#dateSigned",)).items() if "AGREEMENT" in label.upper()}
        assert day in got.values(), (day, got)


LISTED_SIGNED = """Banks lend to Kirkby copper processors

Kirkby, 11 December 2026 -- On Wednesday the Kirkby Municipal Finance Bureau held a
loan matchmaking meeting for copper processors at the Kirkby Grand Hotel, and credit
agreements worth 900 million yuan were signed on the spot.

The largest agreements signed were:

  * Kirkby Copper Group with the Kirkby Branch of Bank of China - 400 million
    yuan, for a rod mill;
  * Fenwick Copper Foil Co., Ltd. with the Kirkby Branch of China Construction
    Bank - 150 million yuan.
"""

LISTED_DATED = """Coalport delegation signs in Accra

Coalport, 20 May 2026 -- In Accra on 18 May, the Coalport delegation signed two
memoranda of understanding:

- between Coalport Mining Group and Ghana Bauxite Company, on a study of a refinery;
- between Coalport Port Group and the Ghana Ports Authority, on a barge channel.
"""


def test_listed_agreements_take_the_day_of_their_signing(kg):
    for text, day in ((LISTED_SIGNED, "2026-12-09"), (LISTED_DATED, "2026-05-18")):
        got = [d.get("dateSigned") for label, d in
               label_dates(draft_of(kg, text, "r37-listed"), "", ("#dateSigned",)).items()
               if " between " in label]
        assert len(got) == 2 and set(got) == {day}, (day, got)
