"""`kg ingest` dates on fresh text (round 8): how a careful reader dates an article and the
things it names. Articles are written here, in this file's own words, each rule on several
phrasings (other subjects, metals, word orders) and one where it must not fire.

* The document's date: a date on a header line (a date line, a source line, a dateline), else a
  signature date among the last lines, else a dateline's month and day with the year its body
  writes from; a full date in the running text is not the document's.
* The body's year: the latest year stated of the present or the past, not one set ahead
  ("by 2030", "is due to be commissioned in December 2028"); none, no month-and-day dates.
"""
from __future__ import annotations

import datetime

import json

import pytest

from kg.ingest.events.years import missing_year_note
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

DATE_PREDS = (NFO.startDate, NFO.endDate, NFO.dateIssued, NFO.dateInForce, NFO.dateSigned,
              NFO.plannedDate)


def _ingest(kg, tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), f"t-{name}")


def _dates(draft, label_part, pred=None):
    """Every (predicate name, value) of the new entity whose label holds ``label_part`` (the
    shortest such label: "X Conference", not "Founding of Y at the X Conference")."""
    ents = [e for e in draft.entities.values() if not e.known and label_part in e.label]
    assert ents, sorted(e.label for e in draft.entities.values() if not e.known)
    ents = [e for e in ents if len(e.label) == min(len(x.label) for x in ents)]
    return {(str(p).rsplit("#", 1)[-1], str(o)) for e in ents for p, o, _, _ in e.statements
            if p in DATE_PREDS and (pred is None or p == pred)}


def _all_dates(draft):
    return {str(o) for e in draft.entities.values() for p, o, _, _ in e.statements
            if p in DATE_PREDS}


# --- the document's year, read from its body -------------------------------------------------

YIBIN = """Copper Foil Makers Meet in Yibin

Yibin, Sept. 14 (Reporter Tang Lu) The Yibin Copper Foil Industry Forum opened on the 13th in Yibin, Sichuan Province. Makers of battery foil said output rose 12% in the first half of 2027, and that the city wants to double its capacity by 2030.
"""

HECHI = """Hechi Tin Smelter Restarts

Hechi, March 3 -- Guangxi Danchi Tin Smelting Co., Ltd. restarted its reverberatory furnace on the 2nd. The company produced 4,100 tonnes of refined tin as of January 2028, and its new electrolysis line will be completed in 2031.
"""

FUTURE_ONLY = """Nickel Plant Planned in Morowali

Morowali, June 5 -- Work on a nickel matte plant began on the 4th. The first line is due to start production in the fourth quarter of 2029 and the second by mid-2030.
"""


def test_a_yearless_dateline_takes_the_year_its_body_writes_from(kg, tmp_path):
    yibin = _ingest(kg, tmp_path, "yibin", YIBIN)
    assert str(yibin.date) == "2027-09-14"       # the half-year's 2027, not the target 2030
    assert ("startDate", "2027-09-13") in _dates(yibin, "Copper Foil Industry Forum")
    hechi = _ingest(kg, tmp_path, "hechi", HECHI)
    assert str(hechi.date) == "2028-03-03"       # "as of January 2028"; 2031 is a plan's year


REUTERS = """Lithium Output Rises

SANTIAGO, Nov 3 (Reuters) - Output of lithium carbonate at the Atacama salt flat rose 9% in the third quarter of 2026, the operator said. In 2028 its new plant will add 40,000 tonnes a year.
"""


def test_no_year_but_plans_reads_the_dateline_as_recent_and_says_so(kg, tmp_path):
    """Every year the text prints is ahead (due, by): no year of its own, so the dateline is
    read as the latest such day up to today (round 16: dateline_year.recent_dateline), and the
    draft's note says so for the reviewer to check; the plans keep their years."""
    draft = _ingest(kg, tmp_path, "morowali", FUTURE_ONLY)
    assert str(draft.date)[4:] == "-06-05" and "states no year" in draft.date_note
    assert str(draft.date) <= datetime.date.today().isoformat()
    days = [v for v in _all_dates(draft) if len(v) == 10]
    assert days and all(v[:4] == str(draft.date)[:4] for v in days), days   # "on the 4th"
    note = missing_year_note(FUTURE_ONLY, None)
    assert note is not None and "no year" in note and "--date" in note
    assert missing_year_note(YIBIN, None) is None           # the body gives 2027
    assert missing_year_note(FUTURE_ONLY, "2029-06-05") is None


def test_a_wire_dateline_and_a_year_the_clause_after_it_sets_ahead(kg, tmp_path):
    # "(Reuters) - ": a dateline's tail; "In 2028 ... will add": ahead, so the year is 2026
    draft = _ingest(kg, tmp_path, "santiago", REUTERS)
    assert str(draft.date) == "2026-11-03"


# --- the document's date: a header line, not the running text ------------------------------

IN_FORCE_LEAD = """Zinc Concentrate Import Rules Revised

Nanning, Nov. 3 (Xinhua) -- The General Administration of Customs has revised the inspection rules for imported zinc concentrate (Shu Jian Fa [2026] No. 8), which will take effect on February 1, 2027.
"""

SOURCE_LINE = """Bismuth Prices Firm

Source: Nonferrous Daily | 2026-04-03
Bismuth prices rose for a third week. On March 30, 2026, the Hunan Bismuth Association held a market seminar in Chenzhou.
"""

SIGNED_AT_END = """Announcement of Hunan Lianxin Antimony Co., Ltd. on a Board Meeting

The 9th meeting of the fourth board of directors of Hunan Lianxin Antimony Co., Ltd. was held on
May 11, 2026 and approved the purchase of an antimony smelter in Lengshuijiang for 260 million
yuan. The seller is Lengshuijiang Dongfang Smelting Co., Ltd., which produced 8,000 tonnes of
antimony ingots in 2025. The purchase still needs the approval of the general meeting of
shareholders, and closing is expected in the third quarter of 2026. The company refines
antimony in Lengshuijiang and sells antimony trioxide to makers of flame retardants.

Board of Directors of Hunan Lianxin Antimony Co., Ltd.
May 12, 2026
"""


def test_the_document_date_is_a_header_date_not_one_in_the_running_text(kg, tmp_path, run):
    out = tmp_path / "nanning.ttl"
    (tmp_path / "nanning.txt").write_text(IN_FORCE_LEAD, encoding="utf-8")
    r = run("ingest", tmp_path / "nanning.txt", "--id", "t-nanning", "-o", out, "-f", "json")
    assert r.exit_code == 0, r.stderr
    # the dateline's Nov. 3 in the document number's year, not the day the rules take effect
    assert json.loads(r.stdout)["date"] == "2026-11-03"
    assert str(_ingest(kg, tmp_path, "bismuth", SOURCE_LINE).date) == "2026-04-03"
    # an announcement signed and dated at its end: that day, not the meeting's in the first line
    assert str(_ingest(kg, tmp_path, "lianxin", SIGNED_AT_END).date) == "2026-05-12"


# --- "on the 14th", "the day before", "opened ... and closed on" ----------------------------

STANDARDS = """Two Standards for Battery Materials Approved

2026-06-20 10:05   Source: Nonferrous Standards Weekly

On May 8, the Standardization Administration of China approved GB/T 47011-2026 "Lithium Hexafluorophosphate", which will be implemented from December 1, 2026. On the 12th, the Ministry of Industry and Information Technology approved YS/T 1802-2026 "Cobalt Tetroxide for Battery Cathodes".
"""

EXPO = """Kunming Tin Expo Opens

Kunming, Sept. 10 (Reporter He Yun) The 2026 China (Kunming) Tin Industry Expo opened on September 9 at the Dianchi Convention Center in Kunming, Yunnan Province, and runs until September 11. On the afternoon of the 9th, Yunnan Tin Co., Ltd. signed a supply agreement with Guangxi Huaxi Smelting Co., Ltd. A seminar on tin solder recycling will be held on the 11th.
"""

CONFERENCE = """Tungsten Alliance Set Up in Ganzhou

Jiangxi Nonferrous News, 2026-11-06

The China Tungsten Recycling Alliance was founded on November 4 at the 2026 China Tungsten Industry Conference, which opened in Ganzhou, Jiangxi Province, the day before and closed on the 5th.
"""

NO_CLOSE = """Copper Forum in Tongling

Tongling, April 22 -- The 2026 Tongling Copper Processing Forum opened on April 21 in Tongling, Anhui Province. Prices of copper rod rose 3% in the first quarter of 2026, and the city said its next forum runs in May.
"""


def test_on_the_nth_takes_the_month_of_the_story_not_a_date_set_ahead(kg, tmp_path):
    draft = _ingest(kg, tmp_path, "standards", STANDARDS)
    # "On the 12th" after "will be implemented from December 1": May, the story's month
    assert _dates(draft, "YS/T 1802-2026", NFO.dateIssued) == {("dateIssued", "2026-05-12")}
    assert _dates(draft, "GB/T 47011-2026", NFO.dateIssued) == {("dateIssued", "2026-05-08")}
    expo = _ingest(kg, tmp_path, "expo", EXPO)
    # "On the afternoon of the 9th": the 9th of the month named before
    assert ("dateSigned", "2026-09-09") in _dates(expo, "Supply agreement")
    # (round 10: "will be held on the 11th" is a planned date, not a date reached)
    assert ("plannedDate", "2026-09-11") in _dates(expo, "Seminar on tin solder recycling")


def test_an_event_opened_on_one_day_and_closed_on_another(kg, tmp_path):
    expo = _ingest(kg, tmp_path, "expo", EXPO)
    assert _dates(expo, "Tin Industry Expo") == {("startDate", "2026-09-09"),
                                                  ("endDate", "2026-09-11")}
    conf = _ingest(kg, tmp_path, "conference", CONFERENCE)
    # "which opened ... the day before and closed on the 5th": the day before November 4
    assert _dates(conf, "Tungsten Industry Conference") == {("startDate", "2026-11-03"),
                                                            ("endDate", "2026-11-05")}
    # no closing verb joined to the opening: no last day (the next forum's month is not one)
    forum = _ingest(kg, tmp_path, "tongling", NO_CLOSE)
    assert _dates(forum, "Copper Processing Forum") == {("startDate", "2026-04-21")}


# --- a standard's number year; the referent of "It" / "The rules"; days set ahead ----------

TIN_STANDARDS = """Standard for Refined Antimony Released

2026-05-22 08:40   Source: Antimony Market Weekly

On May 15, the State Administration for Market Regulation released GB/T 48820-2026 "Refined Antimony". It tightens the arsenic limits of GB/T 1599-2014 "Antimony Ingots" and will be implemented from December 1, 2026. The Hunan Antimony Association said its members already meet the new limits.
"""

RULES_DATED = """Provincial Rules on Gallium Recovery

Guiyang, Dec. 4 (Reporter Pan Li) -- The Guizhou Provincial Department of Industry and Information Technology has issued the "Measures for the Recovery of Gallium from Alumina Liquor" (Qian Gong Xin Fa [2026] No. 31). The measures are dated November 27 and take effect on March 1, 2027, when every refinery in the province must report its gallium output.
"""

HEADLINE_EVENT = """Fifth Baotou Rare Earth Forum Opens

Baotou, July 9 (Reporter Qi Ming) The 5th China (Baotou) Rare Earth Industry Forum opened on July 8 at the Baotou Exhibition Center in Baotou, Inner Mongolia, and runs until July 10. About 900 delegates from mines, separation plants and magnet makers attended. Output of rare earth oxides in the region rose 6% in the first half of 2026.
"""

HEADLINE_FUTURE = """Ganzhou Tungsten Fair Planned

Ganzhou, Sept. 2 -- Organisers said the 2026 Ganzhou Tungsten Trade Fair will open on November 12 in Ganzhou, Jiangxi Province. Exports of ammonium paratungstate from the city rose 4% in the first half of 2026.
"""


def test_a_standard_takes_no_date_its_number_year_rules_out(kg, tmp_path):
    draft = _ingest(kg, tmp_path, "antimony", TIN_STANDARDS)
    # "It ... GB/T 1599-2014 ... will be implemented from December 1, 2026": the new standard's
    assert _dates(draft, "GB/T 48820-2026") == {("dateIssued", "2026-05-15"),
                                                ("dateInForce", "2026-12-01")}
    assert _dates(draft, "GB/T 1599-2014") == set()


def test_the_measures_are_dated_and_a_day_set_ahead_governs_nothing(kg, tmp_path):
    draft = _ingest(kg, tmp_path, "gallium", RULES_DATED)
    assert str(draft.date) == "2026-12-04"
    # "The measures are dated November 27": not the day the news was filed
    assert _dates(draft, "Measures for the Recovery of Gallium") == {
        ("dateIssued", "2026-11-27"), ("dateInForce", "2027-03-01")}


def test_an_event_named_only_in_the_headline_takes_the_days_the_lead_gives(kg, tmp_path):
    forum = _ingest(kg, tmp_path, "baotou", HEADLINE_EVENT)
    heads = [e for e in forum.entities.values() if not e.known and e.label.startswith("Fifth")]
    for e in heads:
        assert {(str(p).rsplit("#", 1)[-1], str(o)) for p, o, _, _ in e.statements
                if p in DATE_PREDS} == {("startDate", "2026-07-08"), ("endDate", "2026-07-10")}
    assert ("endDate", "2026-07-10") in _dates(forum, "Rare Earth Industry Forum")
    # a headline's fair the lead says will open: its day is not the lead's first day set ahead
    fair = _ingest(kg, tmp_path, "ganzhou", HEADLINE_FUTURE)
    planned = [e for e in fair.entities.values() if not e.known and "Fair Planned" in e.label]
    for e in planned:
        assert not [st for st in e.statements if st[3] == "date:headline-lead"]


# --- abbreviated months, days of a range, "yesterday", "last month" --------------------------

AP_STYLE = """Copper Pact Signed in Beijing

Beijing, Oct. 30 (Xinhua) -- Jiangxi Copper Co., Ltd. signed a cooperation agreement with Zambia Copper Holdings Ltd. in Beijing on Oct. 28. Output of refined copper rose in the first half of 2026.
The 2026 China Copper Processing Forum opened on Sept. 14 in Nanchang.
"""

RANGE_DAYS = """Magnesium Expo in Fugu

Yulin Daily, 2026-06-20

The 2026 Fugu Magnesium Expo was held from June 16 to 18 in Fugu County. On its second day, Shaanxi Fugu Jintai Magnesium Co., Ltd. signed a supply agreement with Chongqing Boao Magnesium Co., Ltd. On the closing day, the Fugu Magnesium Industry Association held a seminar on ingot quality.
"""

YESTERDAY = """Nickel Sulphate Plant Starts Up

Nonferrous Daily, 2026-08-12

Guangxi Beibu Nickel Materials Co., Ltd. signed a supply agreement with PT Halmahera Nickel yesterday in Qinzhou. A spokesman said yesterday that the plant would reach full output in October. Earlier this month the Qinzhou Municipal Government approved the plant's second phase.
"""


def test_an_abbreviated_month_does_not_cut_its_date_from_the_clause(kg, tmp_path):
    draft = _ingest(kg, tmp_path, "ap", AP_STYLE)
    assert str(draft.date) == "2026-10-30"
    assert _dates(draft, "Copper Processing Forum") == {("startDate", "2026-09-14")}
    assert ("dateSigned", "2026-10-28") in _dates(draft, "Cooperation agreement")


def test_a_day_of_a_range_and_yesterday(kg, tmp_path):
    expo = _ingest(kg, tmp_path, "fugu", RANGE_DAYS)
    assert _dates(expo, "Fugu Magnesium Expo") == {("startDate", "2026-06-16"),
                                                   ("endDate", "2026-06-18")}
    assert _dates(expo, "Supply agreement") == {("dateSigned", "2026-06-17")}   # its second day
    plant = _ingest(kg, tmp_path, "qinzhou", YESTERDAY)
    assert _dates(plant, "Supply agreement") == {("dateSigned", "2026-08-11")}
    # "said yesterday" is when it was said: the agreement is all that day dates
    assert [e.label for e in plant.entities.values() if "2026-08-11" in {
        str(o) for p, o, _, _ in e.statements if p in DATE_PREDS}] == [
        "Supply agreement of Guangxi Beibu Nickel Materials Co., Ltd. and PT Halmahera Nickel"]
    # "On the closing day": the range's last day
    assert _dates(expo, "Seminar on ingot quality") == {("startDate", "2026-06-18")}


WRAPPED = """Luoping Zinc Approves Germanium Line

The 7th meeting of the fifth board of directors of Yunnan Luoping Zinc Co., Ltd.
("the Company") was held on April 8, 2026 and approved a germanium recovery line.
The 2nd extraordinary general meeting of Guizhou Hongda Zinc Co., Ltd.
approved a bond issue. Output of zinc ingots rose in the first quarter of 2026.
"""


def test_a_line_wrapped_after_a_legal_suffix_keeps_its_sentence(kg, tmp_path):
    draft = _ingest(kg, tmp_path, "luoping", WRAPPED)
    # '... Co., Ltd.\\n("the Company") was held on April 8, 2026': the meeting's day
    assert _dates(draft, "7th meeting of the fifth board") == {("startDate", "2026-04-08")}
    # the next sentence's meeting: "was held on April 8" governs no sentence after it
    assert _dates(draft, "2nd extraordinary general meeting") == set()


PLAN_PROJECTS = """Hezhou Tin Plan Released

Guangxi Daily, 2026-09-18

The Hezhou Municipal People's Government on the 15th released the "Hezhou Plan for the Tin Industry (2026-2030)". It takes effect on October 1. At a briefing on the same day, officials said 12 projects are on the plan's list, including a 3,000-tonne tin solder project by Guangxi Hezhou Huaxi Tin Co., Ltd. that began construction in June, and a 2,000-tonne indium target project by Hezhou Jinlong Materials Co., Ltd. that will begin construction in November.
"""


def test_the_same_day_is_not_a_day_set_ahead_and_a_project_that_began_construction(kg, tmp_path):
    draft = _ingest(kg, tmp_path, "hezhou", PLAN_PROJECTS)
    assert _dates(draft, "Hezhou Plan for the Tin Industry") == {
        ("dateIssued", "2026-09-15"), ("dateInForce", "2026-10-01")}
    # "that began construction in June": its start; not "the same day" read as October 1
    assert _dates(draft, "3,000-tonne tin solder project") == {("startDate", "2026-06")}
    # "that will begin construction in November" is a plan: no start read from it
    assert ("startDate", "2026-11") not in _dates(draft, "2,000-tonne indium target project")
    assert ("startDate", "2026-10-01") not in _dates(draft, "2,000-tonne indium target project")


def test_a_text_with_days_but_no_year_warns_the_reviewer(run, tmp_path):
    """Days with no year anywhere are left undated, and the reviewer is told so (JSON and
    table); with --date they are dated and nothing is said."""
    src = tmp_path / "noyear.txt"
    src.write_text("Nickel desk notes\n\nBuyers met in Jinchang on May 3 and signed nothing. "
                   "Prices held.\n", encoding="utf-8")
    r = run("ingest", src, "--id", "t-noyear", "-o", tmp_path / "a.ttl", "-f", "json")
    assert r.exit_code == 0, r.stderr
    warnings = json.loads(r.stdout)["warnings"]
    assert len(warnings) == 1 and "no year found" in warnings[0] and "--date" in warnings[0]
    r = run("ingest", src, "--id", "t-noyear", "-o", tmp_path / "b.ttl")
    assert "warning: no year found" in r.stdout
    r = run("ingest", src, "--id", "t-noyear", "-o", tmp_path / "c.ttl", "--date", "2026-05-20",
            "-f", "json")
    assert json.loads(r.stdout)["warnings"] == []
