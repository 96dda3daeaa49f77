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

import json

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

DATE_PREDS = (NFO.startDate, NFO.endDate, NFO.dateIssued, NFO.dateInForce, NFO.dateSigned)


def _ingest(kg, tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), f"t-{name}")


def _dates(draft, label_part, pred=None):
    """Every (predicate name, value) of the new entity whose label holds ``label_part``."""
    ents = [e for e in draft.entities.values() if not e.known and label_part in e.label]
    assert ents, sorted(e.label for e in draft.entities.values() if not e.known)
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


def test_no_year_but_plans_gives_no_month_and_day_dates(kg, tmp_path):
    """Every year the text prints is ahead (due, by): no year, so no day is invented."""
    draft = _ingest(kg, tmp_path, "morowali", FUTURE_ONLY)
    assert draft.date is None
    assert not [v for v in _all_dates(draft) if len(v) == 10], _all_dates(draft)


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
