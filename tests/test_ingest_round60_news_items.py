"""Round 60, the news item a text is, on short texts written for this file (invented papers,
companies and people). A headline over (or under) a byline line that names the paper and the
day it ran the item is an ``nfo:Report`` labelled by the headline, issued by the paper on that
day, not on the dateline's day (kg/ingest/events/news_items.py); a byline "By our reporter A"
is no headline (kg/ingest/reading/title_lines.py); a text whose top names no paper makes no
report."""
from __future__ import annotations

import datetime as dt

from draft_lookup import links, one
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str = "round60-news-items"):
    return draft_of(kg, text, doc_id, "round60.txt", today=dt.date(2026, 12, 10))


def _issued(ent) -> set:
    return {str(o) for p, o, _, _ in ent.statements if p == NFO.dateIssued}


_HEADLINE_FIRST = (
    "Old Winder Retired as Kelvar Copper Mine Starts Its New Skip Hoist\n\n"
    "Harbin Metals Daily | Tuesday, 3 March 2026 | Reporter Wen Lei\n\n"
    "KELVAR, 2 March - Kelvar Copper Mining Co., Ltd. switched its north shaft to a new skip\n"
    "hoist on Monday, ending forty years of work by the steam-era winder, the company said.\n"
)

_MASTHEAD_FIRST = (
    "Northern Nickel Weekly | Friday, 6 November 2026 | Page 2\n"
    "By our reporter Lin Qiao\n\n"
    "Nickel Refiner Opens Its Doors to Schoolchildren for a Science Week\n\n"
    "DARLOW, 5 November -- Some 120 pupils toured the Darlow Nickel Refinery on Thursday,\n"
    "watching the electrolysis hall from a glass gallery built for visitors last year.\n"
)

_NO_PAPER = (
    "Zinc Smelter Plants Trees along the Ravel Valley Road\n\n"
    "Ravel, 12 April 2026 (Correspondent Hu Mei) -- Staff of Ravel Zinc Smelting Co., Ltd.\n"
    "planted 3,000 poplars along the valley road on Saturday.\n"
)


def test_headline_over_byline_is_the_report(snapshot_kg):
    d = _draft(snapshot_kg, _HEADLINE_FIRST)
    rep = one(d, "Old Winder Retired", NFO.Report)
    assert rep.label == "Old Winder Retired as Kelvar Copper Mine Starts Its New Skip Hoist"
    assert _issued(rep) == {"2026-03-03"}           # the paper's day, not the dateline's
    assert "Harbin Metals Daily" in links(d, rep, NFO.issuedBy)


def test_masthead_over_byline_then_headline(snapshot_kg):
    d = _draft(snapshot_kg, _MASTHEAD_FIRST)
    rep = one(d, "Nickel Refiner Opens Its Doors", NFO.Report)
    assert _issued(rep) == {"2026-11-06"}
    assert "Northern Nickel Weekly" in links(d, rep, NFO.issuedBy)
    assert not [e for e in d.entities.values() if e.cls == NFO.Report
                and e.label.startswith("By our reporter")]


def test_no_paper_no_report(snapshot_kg):
    d = _draft(snapshot_kg, _NO_PAPER)
    assert not [e for e in d.entities.values() if e.cls == NFO.Report
                and e.rule == "document:news-item"]
