"""Round 25, events of administrative documents: a procedure's steps in a table (step / who /
date cells), the event a document's title names dated by a "Dates:" field (with the part a
parenthesis under it dates), "the approval of X on <day>", and deadlines a notice sets for what
it asks to be handed in ("objections may be raised until 20 December")."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.terms import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _values(draft, ent, pred):
    out = []
    for p, o, _, _ in ent.statements:
        if _local(p) == _local(pred):
            out.append(draft.entities[o].label if o in draft.entities else str(o))
    return out


def _events(draft):
    return {e.label: e for e in draft.entities.values() if not e.known and _local(e.cls) in (
        "Event", "Milestone", "Meeting", "Seminar", "Conference", "Exhibition")}


ROUTE = """LUOXI COPPER FOIL CO., LTD.
PURCHASE CONTRACT RECORD                                 Recorded: 2026.10.20

Contract title: Copper Rod Purchase Contract (2027)

APPROVAL ROUTE

  Step                Person / body                   Date
  ------------------  ------------------------------  ----------
  Prepared            Purchasing Section              2026.10.02
  Legal review        Legal Office (Ma Tong)          2026.10.09
  Group approval      Pan Yuhang, Chairman,           2026.10.15
                      Hunan Dongjiang Alloy Co., Ltd.
  Copper              Jiangxi Copper Co., Ltd.        2026.10.16
  Price check         14,500 yuan per tonne           2026.10.17
"""


@pytest.fixture(scope="module")
def route(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, ROUTE, "r25-route")


def test_a_step_row_is_an_event_with_who_took_it(route):
    ev = _events(route)
    assert "Prepared" in ev and "Legal review" in ev and "Group approval" in ev
    assert _local(ev["Group approval"].cls) == "Milestone"
    assert _local(ev["Legal review"].cls) == "Event"
    assert "2026-10-09" in _values(route, ev["Legal review"], NFO.startDate) + _values(
        route, ev["Legal review"], NFO.plannedDate)
    assert "Ma Tong" in _values(route, ev["Legal review"], NFO.participant)
    # the cell wraps to the next line: the group named there took the step too
    assert {"Pan Yuhang", "Hunan Dongjiang Alloy Co., Ltd."} <= set(
        _values(route, ev["Group approval"], NFO.participant))


def test_a_row_of_a_name_or_a_figure_is_no_step(route):
    ev = _events(route)
    assert "Copper" not in ev and "Price check" not in ev
    assert not [e for e in ev if "Jiangxi Copper" in e or "14,500" in e]


HANDBOOK = """Luoxi Nonferrous Metals Society
Workshop on Copper Foil Quality Control for Young Engineers
(Second Session of 2027)

HANDBOOK                                         Printed 2027.03.01

Dates:      15 to 19 March 2027 (registration on Sunday, 14 March)
Venue:      Luoxi Hotel, Luoxi County

  15 Mar   09:00  Opening ceremony                  Wen Jiaqi
  19 Mar   15:00  Closing ceremony                  Pan Yuhang
"""


@pytest.fixture(scope="module")
def handbook(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, HANDBOOK, "r25-handbook")


def test_a_dates_field_dates_the_event_the_title_names(handbook):
    ev = _events(handbook)
    title = "Workshop on Copper Foil Quality Control for Young Engineers (Second Session of 2027)"
    assert title in ev and "Dates" not in ev
    whole = ev[title]
    assert "2027-03-19" in _values(handbook, whole, NFO.endDate)
    # the session the title's parenthesis names is the title's, not an event of its own
    assert "Second Session of 2027" not in ev
    part = [e for e in ev.values() if e.label.startswith("Registration for")]
    assert len(part) == 1
    assert _values(handbook, part[0], NFO.partOfEvent) == [title]
    assert "2027-03-14" in _values(handbook, part[0], NFO.plannedDate) + _values(
        handbook, part[0], NFO.startDate)


def test_a_dates_field_under_a_title_of_no_event_names_no_title_event(kg, tmp_path_factory):
    text = ("Luoxi Copper Foil Co., Ltd.\nPrice List of Copper Foil Products\n\n"
            "Dates:      1 to 30 April 2027\n\nFoil 6 um   98,000 yuan per tonne\n")
    d = _draft(kg, tmp_path_factory, text, "r25-pricelist")
    assert not [e for e in _events(d) if "Price List" in e]


NOTICE = """Announcement on the Results of the 2027 Copper Rod Trading

Henan Copper Trading Center                               10 December 2026

With the approval of the Henan Provincial Energy Bureau on 1 December, the
center held the trading from 3 to 5 December.

1. Participants may raise objections in writing until 17:00 on 20
   December. Without objection, the trades become final and the
   supply contracts shall be signed on the platform before 31 December.
2. Each user shall name a duty manager before 12 December.
3. If the bids are late, they may be returned before 15 December.
4. The directors gave their prior approval.
"""


@pytest.fixture(scope="module")
def notice(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, NOTICE, "r25-notice")


def _when(draft, ent):
    return _values(draft, ent, NFO.startDate) + _values(draft, ent, NFO.plannedDate)


def test_a_dated_approval_of_a_body_is_a_milestone(notice):
    ev = _events(notice)
    approval = [e for e in ev.values() if e.label.startswith("Approval of the Henan")]
    assert len(approval) == 1 and _local(approval[0].cls) == "Milestone"
    assert _when(notice, approval[0]) == ["2026-12-01"]
    # an approval with no day and no body is none
    assert not [e for e in ev if e.startswith("Prior approval")]


def test_a_deadline_for_what_a_notice_asks_for(notice):
    ev = _events(notice)
    assert _when(notice, ev["Deadline for objections"]) == ["2026-12-20"]
    assert _local(ev["Deadline for objections"].cls) == "Milestone"
    assert _when(notice, ev["Deadline for supply contracts"]) == ["2026-12-31"]


def test_a_duty_or_a_condition_is_no_deadline(notice):
    ev = _events(notice)
    assert not [e for e in ev if e.startswith("Deadline for") and (
        "manager" in e or "bid" in e)]


def test_steps_and_deadlines_stay_linear(snapshot_kg):  # noqa: F811
    row = ("  Legal review {n}     Legal Office (Ma Tong)          2026.10.{d:02d}\n"
           "Participants may raise objections on item {n} until 17:00 on {d} December.\n")
    text = "PURCHASE RECORD\n\n" + "".join(row.format(n=i, d=i % 27 + 1) for i in range(700))
    assert len(text) > 30_000
    draft = linear_cpu(lambda t: draft_of(snapshot_kg, t, "r25-ev-linear", "r25-ev.txt"),
                       text, "step rows and deadlines")
    assert draft.entities


PORT = """LUOXI PORT CO., LTD.
Monthly Bulletin                                   Released 2027.01.06

VESSEL LINE-UP

   Vessel              Cargo      Load port       ETA
   ------------------  ---------  --------------  ------
   SEA SWALLOW 3       bauxite    Kamsar          Jan 09
   RIVER CRANE         alumina    Luoxi           Jan 14

   Train     From -> To                  Dep.    Arr.
   --------  -------------------------   -----   -----
   85301     Luoxi East -> Lanzhou       06:40   15:20

PORT NOTICES

   The new rail spur opens to traffic at 00:00 on Monday, 18 January 2027. A short
   opening ceremony will be held at Luoxi East Station at 10:00 that day.
   After a review by the Luoxi Municipal Bureau of Transport on 4 and 5 January, the
   berth was reopened.
"""


@pytest.fixture(scope="module")
def port(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, PORT, "r25-port")


def test_a_line_up_row_under_an_eta_column_is_an_arrival(port):
    ev = _events(port)
    assert _when(port, ev["Arrival of SEA SWALLOW 3"]) == ["2027-01-09"]
    assert "Arrival of RIVER CRANE" in ev
    # a timetable's times of day under "Arr." make no arrival
    assert not [e for e in ev if "85301" in e]


def test_a_line_that_opens_to_traffic_on_a_day_to_come(port):
    ev = _events(port)
    opening = [e for e in ev.values() if e.label.startswith("Opening of the new rail spur")]
    assert len(opening) == 1 and _local(opening[0].cls) == "Milestone"
    assert _values(port, opening[0], NFO.plannedDate) == ["2027-01-18"]


def test_a_ceremony_that_will_be_held_is_named_without_how(port):
    ceremony = [e for e in _events(port).values() if e.rule == "event:bare-ceremony"]
    assert len(ceremony) == 1
    assert "opening ceremony" in ceremony[0].aliases
    assert not ceremony[0].label.lower().startswith("short")
    assert "Luoxi East Station" in _values(port, ceremony[0], NFO.heldIn)


def test_an_event_noun_by_its_agent_on_two_days(port):
    review = [e for e in _events(port).values() if e.label.startswith("Review by the Luoxi")]
    assert len(review) == 1
    assert "2027-01-04" in _when(port, review[0])


HANDOVER = """HANDOVER RECORD                                         2026.11.02

 Item  Content                                       Status
 ----  --------------------------------------------  -----------------------
 1     Relining of anode furnace No. 2               from 9 to 20 November
 2     Price of copper rod 12,000 tonnes             from 9 to 20 November
 3     Leading group of the works                    from 9 to 20 November
 4     Section of the rail spur                      from 9 to 20 November

Trades: Luoxi Copper Foil Co., Ltd. sells to Hunan Dongjiang Alloy Co., Ltd.

 No.  Seller                          Buyer
 1    Luoxi Copper Foil Co., Ltd.     Hunan Dongjiang Alloy Co., Ltd.
 2    Jiangxi Copper Co., Ltd.        Hunan Dongjiang Alloy Co., Ltd.

The contracts shall be signed on the platform before 30 November.
"""


@pytest.fixture(scope="module")
def handover(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, HANDOVER, "r25-handover")


def test_a_row_item_told_by_a_deverbal_noun_is_dated_by_its_status(handover):
    ev = _events(handover)
    relining = ev["Relining of anode furnace No. 2"]
    assert "2026-11-20" in _values(handover, relining, NFO.endDate)
    # an item that is no deed ("Price of", "Leading group of") is none
    assert not [e for e in ev if e.startswith(("Price of", "Leading group", "Section of"))]


def test_a_deadline_for_the_contracts_is_about_the_agreements_before_it(handover):
    deadline = _events(handover)["Deadline for contracts"]
    deals = [draft_label for draft_label in _values(handover, deadline, NFO.about)]
    assert len(deals) == 2 and all(d.startswith("Agreement between") for d in deals)


def test_the_ceremony_after_an_opening_is_the_opening_s(kg, tmp_path_factory):
    text = ("Luoxi Logistics Briefing\n\nOn the morning of 9 December, the first phase of the "
            "Luoxi Metals Logistics Park was opened beside Luoxi Port. The ceremony was presided "
            "over by Wen Jiaqi.\n\nIn a later meeting the board discussed the budget. The ceremony "
            "budget was not raised.\n")
    d = _draft(kg, tmp_path_factory, text, "r25-opened")
    ceremony = [e for e in _events(d).values() if e.rule == "event:bare-ceremony"]
    assert len(ceremony) == 1
    assert ceremony[0].label == "Opening ceremony of Luoxi Metals Logistics Park"
    assert _local(ceremony[0].cls) == "Milestone"


def test_an_obituary_s_farewell_ceremony_is_for_the_person_it_mourns(kg, tmp_path_factory):
    text = ("OBITUARY\n\nComrade Fan Qiuming, former director of the Luoxi Copper Works, died "
            "in Luoxi on 3 May 2026. He was 88 years old.\n\nA farewell ceremony will be held "
            "at 09:00 on 8 May at the Luoxi Funeral Home.\n")
    d = _draft(kg, tmp_path_factory, text, "r25-obituary")
    ceremony = [e for e in _events(d).values() if e.rule == "event:bare-ceremony"]
    assert [e.label for e in ceremony] == ["Farewell ceremony for Fan Qiuming"]
    assert _values(d, ceremony[0], NFO.about) == ["Fan Qiuming"]
    # a ceremony of another kind names no one the text mourns
    text2 = ("Luoxi Copper Works News\n\nChairman Fan Qiuming spoke on 3 May 2026.\n\n"
             "A groundbreaking ceremony will be held on 8 May at the east plant.\n")
    d2 = _draft(kg, tmp_path_factory, text2, "r25-not-mourned")
    assert not [e for e in _events(d2).values() if " for Fan Qiuming" in e.label]
