"""Round 21, rows: events from the dated rows, lines and steps of logs, statements of facts,
schedules and test reports (a numeric day with its weekday and times, a time of day under the
sheet's day, a step counted from "Day 1 = ...", a labelled schedule line), and the dates they
need read right (dots mean day first, a weekday decides; a time's hour or a list number on the
next line is no day; "the second half of November"; the document's day from a labelled or
right-set signature line, not from a report's period or a slip cut off under it)."""
from __future__ import annotations

from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import document_date, find_dates
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

_EVENTS = {"Event", "Milestone", "Meeting", "SigningCeremony", "Launch", "Conference"}


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _events(draft, rule=None):
    """{evidence text of the first mention: {date predicate: value}} of the new events."""
    out = {}
    for e in draft.entities.values():
        if e.known or str(e.cls).rsplit("#", 1)[-1] not in _EVENTS:
            continue
        if rule is not None and e.rule != rule:
            continue
        m = e.mentions[0]
        said = " ".join(draft.text[m.start:m.end].split())
        out[said] = {str(p).rsplit("#", 1)[-1]: str(o) for p, o, *_ in e.statements
                     if str(p).rsplit("#", 1)[-1] in ("startDate", "endDate", "plannedDate")}
    return out


def _roles(draft, said):
    labels = {e.iri: e.label for e in draft.entities.values()}
    for e in draft.entities.values():
        m = e.mentions[0] if e.mentions else None
        if m is not None and " ".join(draft.text[m.start:m.end].split()) == said:
            return {(str(p).rsplit("#", 1)[-1], labels.get(o, str(o))) for p, o, *_ in e.statements
                    if labels.get(o)}
    return set()


SHIP_LOG = """LONGWAN HARBOUR AGENCY CO., LTD.
                    STATEMENT OF FACTS

Vessel  : MV SILVER CRANE
Cargo   : manganese ore in bulk

DATE        DAY  FROM   TO     EVENT
----------  ---  -----  -----  ---------------------------------------
09.03.2026  MON  04:15         Dropped anchor at the outer roads
09.03.2026  MON  05:00         Notice of readiness tendered
10.03.2026  TUE  13:40  15:05  Inspection by Longwan Customs
11.03.2026  WED  07:30         Began discharging with two cranes
12.03.2026  THU  22:10         Finished discharging, hatches closed

Time lost to the crane repair is for the terminal's account.

For the agents: Tao Ming
Date: 12.03.2026, Longwan
"""

PRICES = """Spot manganese ore, Longwan port (yuan per dry tonne unit)

DATE        HIGH   LOW    CLOSE
09.03.2026  41.5   40.0   41.0
10.03.2026  41.8   40.6   41.2
11.03.2026  42.0   41.1   41.9

Prices were firm all week as stocks at the port fell.
"""


def test_a_statement_of_facts_row_is_an_event_of_its_day(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, SHIP_LOG, "r21-sof"))
    assert events["09.03.2026 MON 04:15 Dropped anchor at the outer roads"] == {
        "startDate": "2026-03-09"}
    assert events["11.03.2026 WED 07:30 Began discharging with two cranes"] == {
        "startDate": "2026-03-11"}
    assert any(v == {"startDate": "2026-03-12"} and k.startswith("12.03.2026 THU 22:10")
               for k, v in events.items())


def test_a_statement_of_facts_row_names_who_did_it(kg, tmp_path):
    draft = _draft(kg, tmp_path, SHIP_LOG, "r21-sof-roles")
    assert ("participant", "Longwan Customs") in _roles(
        draft, "10.03.2026 TUE 13:40 15:05 Inspection by Longwan Customs")


def test_a_table_of_prices_by_date_makes_no_event(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, PRICES, "r21-prices"))
    assert not any(k.startswith(("09.03", "10.03", "11.03")) for k in events)


def test_dots_mean_day_first_and_a_weekday_decides():
    got = {d.value for d in find_dates("It berthed on 02.11.2026 in the morning.", "2026")}
    assert "2026-11-02" in got
    got = {d.value for d in find_dates("Arrived 11/02/2026 WED at the port.", "2026")}
    assert "2026-02-11" in got          # 11 February 2026 is a Wednesday, 2 November a Monday
    got = {d.value for d in find_dates("Arrived 11/02/2026 MON at the port.", "2026")}
    assert "2026-11-02" in got


SHIFT_LOG = """XIAGANG ZINC SMELTER
Roaster No. 2 -- Start-up Log

Sheet: 14                                    Date: 6 March 2026 (Friday)

DAY SHIFT                                    Shift leader: Pan Jun
08:00  Took over from the night shift. No alarms.
10:20  Burner lit on the roaster under the supervision of Qiu Hong.
15:45  Load at 5 MW.
18:30  First calcine discharged to the cooler.

NIGHT SHIFT                                  Shift leader: Ye Lan
20:00  Took over.
23:40  Blower No. 1 inspected by the maintenance crew.
03:15  Feed conveyor stopped by a blocked chute; cleared at 03:50.
07:55  Handed over.
"""


def test_a_log_line_is_an_event_of_the_sheet_s_day(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, SHIFT_LOG, "r21-log"), rule="event:log-line")
    assert events["10:20 Burner lit on the roaster under the supervision of Qiu Hong"] == {
        "startDate": "2026-03-06"}
    assert events["18:30 First calcine discharged to the cooler"] == {"startDate": "2026-03-06"}


def test_a_log_line_past_midnight_is_the_next_day_and_was_done(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, SHIFT_LOG, "r21-log-night"), rule="event:log-line")
    assert events["03:15 Feed conveyor stopped by a blocked chute"] == {"startDate": "2026-03-07"}


def test_a_log_s_routine_and_its_readings_make_no_event(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, SHIFT_LOG, "r21-log-routine"))
    assert not any("Took over" in k or "Handed over" in k or "Load at 5 MW" in k
                   for k in events)


READINGS = """HOURLY STACK READINGS, 6 March 2026

08:00   12.5   13.1   normal
09:00   12.9   13.4   normal
10:00   13.0   13.2   normal
"""


def test_a_table_of_readings_by_the_hour_makes_no_event(kg, tmp_path):
    assert not _events(_draft(kg, tmp_path, READINGS, "r21-readings"), rule="event:log-line")


OVERHAUL = """Notice on the Spring Overhaul of the Anode Plant

The anode plant of Tiancheng Carbon Co., Ltd. stops for its spring overhaul. The notice
is sent to all workshops.

Jobs (Day 1 = 2 March 2026)
   Days 1-4    relining of the baking furnace
               by: Hualong Furnace Engineering Co., Ltd.
   Day 5       cold test of the crane
   Days 6-7    trial run of the whole plant

Anode Plant Office
20 February 2026
"""

NO_FIRST_DAY = """Notice on the Spring Overhaul of the Anode Plant

The anode plant of Tiancheng Carbon Co., Ltd. stops for its spring overhaul.

Jobs
   Days 1-4    relining of the baking furnace
   Day 5       cold test of the crane

Anode Plant Office
20 February 2026
"""


def test_steps_counted_from_day_one_are_dated_by_their_days(kg, tmp_path):
    draft = _draft(kg, tmp_path, OVERHAUL, "r21-days")
    events = _events(draft, rule="event:day-row")
    assert events["Days 1-4 relining of the baking furnace"] == {
        "plannedDate": "2026-03-02", "endDate": "2026-03-05"}
    assert events["Day 5 cold test of the crane"] == {"plannedDate": "2026-03-06"}
    assert events["Days 6-7 trial run of the whole plant"] == {
        "plannedDate": "2026-03-07", "endDate": "2026-03-08"}
    assert ("participant", "Hualong Furnace Engineering Co., Ltd.") in _roles(
        draft, "Days 1-4 relining of the baking furnace")


def test_a_count_of_days_with_no_first_day_dates_nothing(kg, tmp_path):
    assert not _events(_draft(kg, tmp_path, NO_FIRST_DAY, "r21-days-none"), rule="event:day-row")


SCHEDULE = """Recruitment Notice of the Nanling Mineral Testing Centre

Published: 2026-05-04 09:00

The centre recruits six analysts this year.

Schedule
1. Registration: from 9:00 on Monday, 11 May to 17:00 on Friday, 15 May, at the
   centre's website.
2. Written test: on Saturday, 30 May, in Shaoguan.
3. Interview: in the first half of June.

Nanling Mineral Testing Centre
4 May 2026
"""

PAPER = """Light Alloy Letters, Vol. 9, No. 6, 15 June 2026

Effect of Cerium on Cast Magnesium Alloys

WU Tao(1), LIN Qi(2)

Received date: 2026-01-20; Accepted date: 2026-04-02

Abstract: Cerium refines the grain of the alloy and raises its creep strength.
"""

NOT_STEPS = """Release date: 2026-05-04
Editor's note: On 3 May 2026 the bureau issued new rules for tailings dams.

Copper      2026-05-01      9,800
Zinc        2026-05-01      2,600
"""


def test_a_schedule_s_lines_are_events_with_their_days(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, SCHEDULE, "r21-schedule"), rule="event:schedule-line")
    reg = next(v for k, v in events.items() if k.startswith("Registration:"))
    assert reg == {"plannedDate": "2026-05-11", "endDate": "2026-05-15"}
    assert events["Written test: on Saturday, 30 May"] == {"plannedDate": "2026-05-30"}
    assert events["Interview: in the first half of June"] == {"plannedDate": "2026-06"}
    assert not any(k.startswith("Published") for k in events)


def test_a_paper_s_received_and_accepted_dates_are_events(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, PAPER, "r21-paper"), rule="event:schedule-line")
    assert events == {"Received date: 2026-01-20": {"startDate": "2026-01-20"},
                      "Accepted date: 2026-04-02": {"startDate": "2026-04-02"}}


def test_furniture_a_running_note_and_a_table_row_are_no_schedule_line(kg, tmp_path):
    assert not _events(_draft(kg, tmp_path, NOT_STEPS, "r21-not-steps"),
                       rule="event:schedule-line")


def test_a_time_or_a_list_number_on_the_next_line_is_no_day():
    text = "The grid agreement was signed in August.\n12:25  First charge of ore."
    assert all(d.value != "2026-08-12" for d in find_dates(text, "2026"))
    text = "Tickets can be printed from 14 October.\n3. Interview: in November."
    assert all(d.value != "2026-10-03" for d in find_dates(text, "2026"))


def test_a_part_of_a_month_is_that_month():
    got = [(d.value, d.until) for d in find_dates("The interview is in the second half of "
                                                  "November.", "2026", extended=True)]
    assert ("2026-11", None) in got
    got = [(d.value, d.until) for d in find_dates("Output rose in the second half of 2026.",
                                                  "2026", extended=True)]
    assert ("2026-07", "2026-12") in got


_BODY = "The site reports its progress for the week to the owner and the county bureau.\n" * 5


def test_a_report_s_period_is_not_its_date_but_a_right_set_signature_is():
    text = ("WEEKLY REPORT\n\nPeriod:     5 October 2026 (Mon) - 11 October 2026 (Sun)\n\n"
            + _BODY + "\n\nChief engineer: Lu Feng                      12 October 2026\n"
            "Copied to: the owner\n")
    assert document_date(text).value == "2026-10-12"


def test_a_labelled_issue_date_above_the_address_dates_the_report():
    text = ("TEST REPORT\n\n" + _BODY + "\n\nTested by: Zhao Li\nDate of issue: 7 March 2026"
            "          (seal)\n\nAddress: 8 Keji Road, Baoji\nTel.: 0917-1234567\n"
            "*** END ***\n")
    assert document_date(text).value == "2026-03-07"


def test_a_slip_cut_off_under_the_signature_does_not_hide_its_date():
    text = ("Notice on the Overhaul\n\n" + _BODY + "\n\n          Equipment Department\n"
            "          21 December 2026\n\n- - - - - - cut here - - - - - -\nRECEIPT  received by"
            " ________\n        Date ________\nPlease return by Thursday, 24 December.\n")
    assert document_date(text).value == "2026-12-21"


def test_an_aside_s_day_on_a_header_line_is_not_the_document_s():
    text = ("STATEMENT OF FACTS\n\nLoading port : Kamsar (B/L dated 24 September 2026)\n\n"
            + _BODY + "\n\nDate: 07.11.2026, Rizhao\n")
    assert document_date(text).value == "2026-11-07"


CO_SIGNED = """DONGHAI HARBOUR AGENCY CO., LTD.
                    STATEMENT OF FACTS

Vessel  : MV JADE STORK
Cargo   : chrome ore in bulk

DATE        DAY  FROM   TO     EVENT
----------  ---  -----  -----  ---------------------------------------
16.03.2026  MON  06:00         Dropped anchor at the outer roads
17.03.2026  TUE  09:30         Began discharging with three cranes
18.03.2026  WED  20:15         Finished discharging

Time lost to fog is excepted under the charter party. Shortage claims,
if any, are reserved by the receivers. The figures above were agreed at
the joint meeting in the terminal office after the final survey.

For the Master                        Agents (as agents only)
Capt. He Yuan                         Donghai Harbour Agency Co., Ltd.

Receivers' representative: Shi Lan, supervisor,
Jinhai Chrome Alloy Co., Ltd.
Date: 18.03.2026, Donghai
"""


def test_a_statement_signed_by_its_letterhead_among_other_parties_is_the_letterhead_s(
        kg, tmp_path):
    draft = _draft(kg, tmp_path, CO_SIGNED, "r21-co-signed")
    labels = {e.iri: e.label for e in draft.entities.values()}
    issuers = {labels.get(o) for e in draft.entities.values() if e.label == "STATEMENT OF FACTS"
               for p, o, *_ in e.statements if p == NFO.issuedBy}
    assert issuers == {"Donghai Harbour Agency Co., Ltd."}
    assert str(draft.date) == "2026-03-18"


PLAN_LIST = """Weekly Site Report of the Xinyang Cathode Plant Project

Work went on to plan this week. The owner keeps its target of first production in the
third quarter of 2027.

Plan for next week:
   - pouring of the kiln foundation to start on Tuesday, 10 March;
   - transformer delivery planned for Friday, 13 March;
   - the crane was tested on Monday, 2 March;
   - roof sheeting to begin on 1 March.

Site supervisor: Gu Wen                               6 March 2026
"""


def test_a_plan_s_listed_steps_are_planned_milestones(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, PLAN_LIST, "r21-plan-list"), rule="event:list-step")
    assert events["pouring of the kiln foundation to start on Tuesday, 10 March"] == {
        "plannedDate": "2026-03-10"}
    assert events["transformer delivery planned for Friday, 13 March"] == {
        "plannedDate": "2026-03-13"}
    assert events["target of first production in the third quarter of 2027"] == {
        "plannedDate": "2027"}


def test_a_listed_clause_or_a_step_before_the_text_s_day_is_no_listed_step(kg, tmp_path):
    events = _events(_draft(kg, tmp_path, PLAN_LIST, "r21-plan-list-not"), rule="event:list-step")
    assert not any("crane" in k or "roof" in k for k in events)
