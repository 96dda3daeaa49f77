"""Round 24, a chronicle's rows and a history's milestones: rows keyed by a year and a month as
printed ("2003.09   The plant is completed ..."), a row whose part has a day of its own, a row
told as a noun phrase ("First export of X: ..."), a row recording a change of post (the post's
dates, no event), and the first output of a plant a history tells in the past or the present
("In 1985 workers produced the plant's first batch of X")."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, linear_cpu, snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.dates import find_dates
from kg.ingest.reading.text import read_article
from kg.ingest.terms import NFO, ORG


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
    return [e for e in draft.entities.values() if not e.known and _local(e.cls) in (
        "Event", "Milestone", "Meeting", "Launch", "SigningCeremony", "Exhibition", "Conference")]


def _dated(draft, value):
    return [e for e in _events(draft) if value in _values(draft, e, NFO.startDate)]


CHRONICLE = """LUOXI COPPER FOIL CO., LTD.
Record of Main Events (2001-2026)

Compiled by: Archives Office                       Revised: 2026.10.30

2001.03   The company is registered in Luoxi County as a small
          rolling shop with 40 workers.
2006.11   A 5,000-tonne electrolytic foil line is completed at the
          company's east plant.
2012.04   Wen Jiaqi becomes Chairman of Luoxi Copper Foil Co., Ltd.
2015.07   First export of battery foil: 300 tonnes shipped to Korea.
2019.05   On 12 May the company and Hunan Dongjiang Alloy Co., Ltd. open
          a joint test centre in the east plant.
2024.02   Pan Yuhang succeeds Wen Jiaqi as Chairman.
"""


@pytest.fixture(scope="module")
def chronicle(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, CHRONICLE, "r24-chronicle")


def test_a_year_and_month_key_dates_its_row(chronicle):
    done = _dated(chronicle, "2006-11")
    assert len(done) == 1
    assert done[0].label.startswith("Completion of a 5,000-tonne electrolytic foil line")
    assert _local(done[0].cls) == "Milestone"


def test_a_row_told_as_a_noun_phrase_is_labelled_by_it(chronicle):
    first = _dated(chronicle, "2015-07")
    assert [e.label for e in first] == ["First export of battery foil"]
    assert _local(first[0].cls) == "Milestone"


def test_a_day_inside_a_row_dates_it_whatever_the_tense(chronicle):
    opened = _dated(chronicle, "2019-05-12")
    assert len(opened) == 1
    assert "Hunan Dongjiang Alloy Co., Ltd." in _values(chronicle, opened[0], NFO.participant)
    assert not opened[0].label.startswith("12 May")
    assert not _dated(chronicle, "2019-05")


def test_a_change_of_post_dates_the_post_and_makes_no_event(chronicle):
    assert not _dated(chronicle, "2012-04") and not _dated(chronicle, "2024-02")
    posts = {e.label: e for e in chronicle.entities.values()
             if not e.known and _local(e.cls) == "Post"}
    wen = posts["Wen Jiaqi, Chairman, Luoxi Copper Foil Co., Ltd."]
    assert _values(chronicle, wen, NFO.startDate) == ["2012-04"]
    assert _values(chronicle, wen, NFO.endDate) == ["2024-02"]


def test_a_year_and_month_in_running_text_is_no_date():
    text = "Output rose to 2019.08 tonnes in the quarter, and the price was 2016.03 yuan.\n"
    assert not [d for d in find_dates(text, "2026") if d.kind == "gYearMonth"]
    keyed = "2019.08   X Co., Ltd. buys a stake.\n2020.1  Y starts a line.\n"
    assert [d.value for d in find_dates(keyed, "2026")] == ["2019-08", "2020-01"]


HISTORY = """FIFTY YEARS OF THE HONGQI WORKS

In 1985 workers at the Hongqi Zinc Plant produced the plant's first
  batch of electrolytic zinc in a small cell house. Since then the works
  produced a great deal of zinc and its first managers retired.
"""


def test_a_history_dates_the_first_output_of_a_plant(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, HISTORY, "r24-history")
    firsts = [e for e in _events(d) if e.rule == "event:first-output"]
    assert len(firsts) == 1
    assert firsts[0].label.startswith("First batch of electrolytic zinc")
    assert _values(d, firsts[0], NFO.startDate) == ["1985"]


REPORT = """Report on the Pairing Work with Shangtang Village in 2026

Hengyu Copper Co., Ltd.                                   10 December 2026

1. What was done

The 30-greenhouse mushroom base of the village came into use in April. Nonferrous
Metals Daily reported on the mushroom base in August. Nonferrous Metals Daily also
reported the figures of the county.
The Henan Provincial Department of Agriculture named the base a provincial
demonstration base in October.

2. Plans for next year

 - Add a drying room to the mushroom base before next summer.
 - Hold a seed fair for the villagers in March.
 - Build a new road to the base.
 - Open a shop in the county, as agreed in 2025.
"""


@pytest.fixture(scope="module")
def report(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, REPORT, "r24-report")


def test_an_outlet_reporting_on_something_is_an_event(report):
    reports = [e for e in _events(report) if e.rule == "event:media-report"]
    assert [e.label for e in reports] == ["Nonferrous Metals Daily report on the mushroom base"]
    assert _values(report, reports[0], NFO.participant) == ["Nonferrous Metals Daily"]
    assert _values(report, reports[0], NFO.startDate) == ["2026-08"]


def test_a_body_naming_something_organises_a_milestone(report):
    named = _dated(report, "2026-10")
    assert len(named) == 1 and _local(named[0].cls) == "Milestone"
    assert _values(report, named[0], NFO.organizedBy) == [
        "Henan Provincial Department of Agriculture"]
    assert "Henan Provincial Department of Agriculture" not in _values(
        report, named[0], NFO.participant)


def test_a_plan_task_with_a_date_to_come_is_a_planned_step(report):
    tasks = {e.label: e for e in _events(report) if e.rule == "event:dated-task"}
    # (no date to come: "Build a new road", "Open a shop ..., as agreed in 2025")
    assert set(tasks) == {"Addition of a drying room to the mushroom base"}
    assert _values(report, tasks["Addition of a drying room to the mushroom base"],
                   NFO.plannedDate) == ["2027"]
    # the fair the text names is the task's step: a plan's month that has passed this year is
    # next year's, planned
    fair = [e for e in _events(report) if e.label == "Seed fair for the villagers"]
    assert len(fair) == 1
    assert _values(report, fair[0], NFO.plannedDate) == ["2027-03"]
    assert not _values(report, fair[0], NFO.startDate)


def test_seasons_told_from_the_document_date():
    def year(text, doc):
        return [d.value for d in find_dates(text, doc[:4], extended=True, doc_date=doc)]
    assert year("The museum opened last spring.", "2027-01-07") == ["2026"]
    assert year("The pond was drained last summer.", "2026-12-15") == ["2026"]
    assert year("A cold store is due before next summer.", "2026-12-15") == ["2027"]
    assert year("The summer was hot and the spring was dry.", "2026-12-15") == []


def test_long_chronicles_and_plans_stay_linear(snapshot_kg):  # noqa: F811
    row = ("{y}.{m:02d}   Fan Qiu{n} succeeds Dai Lan{n} as Chairman; Dai stays on as Adviser.\n"
           "{y}.{m:02d}   First export of copper foil: Nonferrous Metals Daily reported on the\n"
           "          foil line in May, and the Hubei Department names the works a green factory.\n")
    task = " - Add a drying room to the base No. {n} before next summer.\n"
    blocks = []
    for b in range(15):     # (rows and plans alternate: each half of the text holds both)
        blocks.append("".join(row.format(y=2000 + i % 26, m=i % 12 + 1, n=b * 10 + i)
                              for i in range(10)))
        blocks.append("\nPlans\n\n" + "".join(task.format(n=b * 10 + i) for i in range(10)))
    text = "Record of Main Events\n\nRevised: 2026.10.30\n\n" + "\n".join(blocks)
    assert len(text) > 30_000
    draft = linear_cpu(lambda t: draft_of(snapshot_kg, t, "r24-ev-linear", "r24-ev.txt"),
                       text, "chronicle rows and plan tasks")
    assert draft.entities


MINUTES = """Minutes of the Operations Meeting of Hanjiang Zinc Co., Ltd.

Date: 9 March 2027

ACTION ITEMS

No.  Task                                   Owner          Deadline
---  -------------------------------------  -------------  -----------
1    Send the residue samples to            Qu Mingyue     by 20 March
     Qianhe Assay Co., Ltd.
2    Register for the Kunming lead and      Bai Xuelan     in the second
     zinc fair                                             half of 2027
3    Review the furnace records             Qu Mingyue     ongoing
"""


def test_a_table_of_action_items_gives_dated_steps(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, MINUTES, "r24-minutes")
    steps = {e.label: e for e in _events(d) if e.rule == "event:dated-task"}
    # (a task whose verb names no step, "Review ...", is none)
    assert set(steps) == {"Dispatch of the residue samples to Qianhe Assay Co., Ltd.",
                          "Registration for the Kunming lead and zinc fair"}
    send = steps["Dispatch of the residue samples to Qianhe Assay Co., Ltd."]
    assert _values(d, send, NFO.plannedDate) == ["2027-03-20"]
    assert set(_values(d, send, NFO.participant)) == {"Qu Mingyue",
                                                      "Qianhe Assay Co., Ltd."}
    fair = steps["Registration for the Kunming lead and zinc fair"]
    assert _values(d, fair, NFO.plannedDate) == ["2027"]
    assert _values(d, fair, NFO.participant) == ["Bai Xuelan"]


FEATURE = """Wuling Tin Smelter Turns Forty

The Wuling tin smelter of Hezhou Tin Co., Ltd. celebrated its 40th anniversary last Friday
with a ceremony in the plant's club. Tang Shouyi, General Manager of Hezhou Tin Co., Ltd.,
presided, and Lei Fangzhou, Chairman of Guilin Mining Institute, and two former managers
attended. The guests then toured the new tin line, which Mo Daqing attended to for ten years.
"""


def test_people_who_presided_and_attended_an_event_told_before(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, FEATURE, "r24-feature")
    chaired = [e for e in _events(d) if _values(d, e, NFO.presidedBy)]
    assert len(chaired) == 1
    ev = chaired[0]
    assert _values(d, ev, NFO.presidedBy) == ["Tang Shouyi"]
    assert {"Tang Shouyi", "Lei Fangzhou"} <= set(_values(d, ev, NFO.participant))
    # (a verb with an object, "attended to", tells no attendance; nor a label "last Friday")
    assert "Mo Daqing" not in _values(d, ev, NFO.participant)
    assert "last" not in ev.label.split()


BY_YEAR = """MAJOR EVENTS OF HONGSHAN NICKEL CO., LTD.

Compiled: 15 December 2026

2019
  March      The company is registered in Jinchang with 60 staff.
  August     A 10,000-tonne nickel sulphate line starts production.

2021
  May        First export of nickel sulphate to Korea.
  November   Gansu Jinlong Group buys a 20% stake in the company.

Output by month in 2026 (tonnes)
  May  6,420   June  6,810
"""


def test_month_lines_under_a_year_heading_take_its_year(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, BY_YEAR, "r24-by-year")
    assert [e.label for e in _dated(d, "2019-08")] == [
        "A 10,000-tonne nickel sulphate line starts production"]
    first = _dated(d, "2021-05")
    assert [e.label for e in first] == ["First export of nickel sulphate to Korea"]
    assert _local(first[0].cls) == "Milestone"
    assert len(_dated(d, "2021-11")) == 1
    # a month keying figures is no event, and takes no heading's year
    assert not _dated(d, "2026-05") and not _dated(d, "2021-06")
