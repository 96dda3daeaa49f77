"""A wire story whose dateline prints no year ("HARBIN, March 3 (Xinhua) -- ... said on
Tuesday"): the year is read from the lead's weekday (kg/ingest/events/dateline_year.py), the
draft's catalogue carries the date and a note saying how it was read, the command warns, and
what the lead dates by the weekday is dated. No weekday, or none that fits: no year."""
from __future__ import annotations

import datetime
import json

import pytest
from typer.testing import CliRunner
from rdflib import Graph, Literal
from rdflib.namespace import DCTERMS, XSD

from hostile_drafts import article, snapshot_kg  # noqa: F401 (a fixture)
from kg.ingest.events.dateline_year import dateline_day
from kg.ingest.pipeline import ingest
from kg.model.namespaces import DOC, NFO

TODAY = datetime.date(2026, 12, 1)

# (own texts) the lead names the dateline's day, or the day before it
TUESDAY = """Tin smelter restarts after upgrade

HARBIN, March 3 (Xinhua) -- Beilin Tin Smelting Co., Ltd. restarted its furnace on Tuesday
after a four-month upgrade, the company said.

The plant will hold an open day on March 20 for buyers from Heilongjiang Province.
"""
DAY_BEFORE = """Power restored at nickel works

KARAMAY, Jan. 12 (Reuters) - Power was restored on Sunday night at a nickel refinery in the
region, operator Xishan Nickel Co., Ltd. said on Monday.
"""
NO_WEEKDAY = """Antimony exports fall

CHANGSHA, May 6 (Xinhua) -- Antimony exports from the province fell sharply, customs data
showed.
"""
LAST_WEEK = """Copper talks

NINGBO, June 2 (Xinhua) -- Smelters met buyers last Friday to discuss charges, an industry
body said.
"""
PAST_YEAR = """Zinc mine reopens

KUNMING, Feb. 3 (Xinhua) -- A zinc mine shut since a flood in 2025 reopened on Tuesday, the
county said.
"""


def test_the_weekday_of_the_lead_gives_the_year():
    day, note = dateline_day(TUESDAY, TODAY)
    assert day == "2026-03-03"                  # (Tuesday, March 3, 2026)
    assert "on Tuesday" in note and "2026-03-03 is a Tuesday" in note


def test_a_lead_that_reports_the_day_before():
    # Sunday night's restoration, reported on Monday, January 12: 2026 (a Monday)
    day, _ = dateline_day(DAY_BEFORE, TODAY)
    assert day == "2026-01-12"


AHEAD = """Copper talks to resume

BEIJING, Nov. 9 (Xinhua) -- Smelters and miners will resume talks on Thursday, the
association said on Monday.
"""


def test_a_day_to_come_is_not_read():
    # Thursday is to come: only "said on Monday" dates the story (2026-11-09 is a Monday)
    assert dateline_day(AHEAD, TODAY)[0] == "2026-11-09"
    assert dateline_day(AHEAD.replace(", the\nassociation said on Monday", ""), TODAY) is None


def test_no_weekday_or_another_week_gives_no_year():
    assert dateline_day(NO_WEEKDAY, TODAY) is None
    assert dateline_day(LAST_WEEK, TODAY) is None       # "last Friday" is not the dateline's week


def test_only_recent_years_not_after_today_nor_before_the_past_the_body_tells():
    # February 3 is a Tuesday in 2026 (and in 2015: too old to try)
    assert dateline_day(PAST_YEAR, TODAY)[0] == "2026-02-03"
    # read on 2026-01-10, the February 3 of 2026 has not come yet; 2025's and 2024's were a
    # Monday and a Saturday: none
    assert dateline_day(PAST_YEAR, datetime.date(2026, 1, 10)) is None
    # the body reports 2026 as past: no year before it (read on 2026-12-02, Dec. 20 of 2026 is
    # still to come, and 2025's is before the floor)
    dec = ("Zinc mine reopens\n\nKUNMING, Dec. 20 (Xinhua) -- A zinc mine shut since a flood in "
           "2024 reopened on Saturday.\n")
    assert dateline_day(dec, datetime.date(2026, 12, 2))[0] == "2025-12-20"
    assert dateline_day(dec.replace("in 2024", "in 2026"), datetime.date(2026, 12, 2)) is None
    # a year past today's is a year ahead, whatever its sentence says: no floor
    assert dateline_day(PAST_YEAR.replace("in 2025", "in 2027"), TODAY)[0] == "2026-02-03"


def test_the_leads_weekdays_may_fall_a_few_days_before_the_dateline():
    # Sept. 14, 2024 is a Saturday: a story filed then tells of Thursday and Friday
    text = ("Dam breach\n\nORURO, Sept. 14 (Reuters) -- A dam gave way on Thursday, and a miner "
            "stopped its lines on Friday.\n")
    assert dateline_day(text, datetime.date(2024, 12, 1))[0] == "2024-09-14"
    # the latest year wins when both fit: March 3, 2026 (a Tuesday) after "on Monday", not
    # March 3, 2025 (a Monday)
    filed = ("Train departs\n\nNANNING, March 3 (Xinhua) -- A freight train left the port on "
             "Monday.\n")
    assert dateline_day(filed, datetime.date(2026, 12, 2))[0] == "2026-03-03"
    # a weekday four or more days before the dateline in both years tried: none ("on Sunday"
    # before a Saturday, Sept. 14, 2024, or a Thursday, Sept. 14, 2023)
    assert dateline_day(text.replace("on Thursday", "on Sunday"), datetime.date(2024, 12, 1)) is None


def test_a_given_date_is_not_overridden(snapshot_kg):
    draft = ingest(snapshot_kg, article(TUESDAY, "x.txt"), "x", date="2024-03-05")
    assert str(draft.date) == "2024-03-05" and draft.date_note is None


@pytest.fixture(scope="module")
def drafted(tmp_path_factory):
    from kg.cli import app

    d = tmp_path_factory.mktemp("dy")
    src = d / "tin-restart.txt"
    src.write_text(TUESDAY, encoding="utf-8")
    out = d / "draft.ttl"
    r = CliRunner().invoke(app, ["ingest", str(src), "--id", "tin-restart", "--output",
                                 str(out), "--format", "json"], catch_exceptions=False)
    return r, out


def test_the_command_writes_the_date_and_says_how_it_was_read(drafted):
    r, out = drafted
    assert r.exit_code == 0, r.output
    payload = json.loads(r.output)
    year = payload["date"][:4]
    assert payload["date"] == f"{year}-03-03"
    assert datetime.date(int(year), 3, 3).weekday() == 1        # a Tuesday
    assert any("weekday" in w for w in payload["warnings"])
    g = Graph().parse(out)
    doc = DOC["tin-restart"]
    assert g.value(doc, DCTERMS.date) == Literal(f"{year}-03-03", datatype=XSD.date)
    notes = [str(n) for n in g.objects(doc, NFO.note)]
    assert any(n.startswith("Date: ") and "on Tuesday" in n for n in notes)
    # what the lead says happened "on Tuesday" is dated that day
    assert f'nfo:startDate "{year}-03-03"^^xsd:date' in out.read_text(encoding="utf-8")
