"""Round 15, the lead's name rules: a company whose name opens with a new county ("Pinghe
Fengyuan Tin Co., Ltd." after "Pinghe County") is called by its short name later, and the posts
printed with the short name are its posts (kg/ingest/names/name_repair.py); a byline that names
the outlet before the reporter ("Outlet | Reporter: X") gives the reporter a post at the outlet
(kg/ingest/names/bylines.py)."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401 (a fixture)

# (own text)
TEXT = """Tin smelter restarts second furnace

Southern Metals Weekly | Reporter: Qin Haoyu
Kunming, 18 May 2026

Pinghe Fengyuan Tin Co., Ltd., a smelter in Pinghe County, restarted its second fuming
furnace on Monday after a three-month overhaul. "The furnace now burns less coal per tonne,"
said Deng Xiaoli, deputy general manager of Fengyuan Tin.
Fengyuan Tin expects to make 9,000 tonnes of refined tin this year.
"""


@pytest.fixture(scope="module")
def draft(snapshot_kg):  # noqa: F811
    return draft_of(snapshot_kg, TEXT, "lead15-names")


def _posts(draft):
    out = {}
    for e in draft.entities.values():
        if e.role:
            held = {o for p, o, _, _ in e.statements if str(p).endswith("heldBy")}
            body = {o for p, o, _, _ in e.statements if str(p).endswith("postIn")}
            for h in held:
                for b in body:
                    out[(draft.entities[h].label, draft.entities[b].label)] = e
    return out


def test_the_short_name_after_a_new_county_is_the_company(draft):
    firm = next(e for e in draft.new() if e.label == "Pinghe Fengyuan Tin Co., Ltd.")
    assert "Fengyuan Tin" in firm.aliases
    assert len(firm.mentions) == 3


def test_the_post_printed_with_the_short_name_is_at_the_company(draft):
    assert ("Deng Xiaoli", "Pinghe Fengyuan Tin Co., Ltd.") in _posts(draft)


def test_the_reporter_after_the_outlet_holds_a_post_there(draft):
    posts = _posts(draft)
    hit = [e for (who, body), e in posts.items() if who == "Qin Haoyu"]
    assert len(hit) == 1 and "Southern Metals Weekly" in hit[0].label
    assert "Reporter" in hit[0].label


# (own text) jobs the role list does not hold, named by their head word after "a"/"an"
JOBS = """Skills awards handed out

Gao Hui, a furnace operator at Xinlong Magnesium Co., Ltd., won the first prize.
Third place went to Zhou Qi, a senior crane driver from Hubei Daye Copper Co., Ltd.
Wu Ping, a customer of Hubei Daye Copper Co., Ltd., handed over the cups.
Sun Jie, a former ladle caster at Xinlong Magnesium Co., Ltd., was also there.
The prize money was checked by Lixin Zhonghe Certified Public Accountants and paid by Beibu
Tiehai Logistics.
"""


@pytest.fixture(scope="module")
def jobs(snapshot_kg):  # noqa: F811
    return draft_of(snapshot_kg, JOBS, "lead15-jobs")


def test_an_indefinite_job_before_the_organisation_is_a_post(jobs):
    posts = _posts(jobs)
    assert "Furnace operator" in posts[("Gao Hui", "Xinlong Magnesium Co., Ltd.")].label
    assert "Senior crane driver" in posts[("Zhou Qi", "Hubei Daye Copper Co., Ltd.")].label


def test_a_customer_or_a_former_job_is_no_post(jobs):
    posts = _posts(jobs)
    assert not any(who in ("Wu Ping", "Sun Jie") for who, _ in posts)


# (own text) a person's name and a company's joined by "and" before the company's legal form
PAIR = """Foil venture agreed

Hangzhou Lianfeng Copper Foil Co., Ltd. and its chairman Dong Pengfei and Zhejiang Yuhang
Electronic Materials Co., Ltd. signed the shareholders' agreement on Friday.
"""


def test_a_person_and_a_company_joined_by_and_are_two(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, PAIR, "lead15-pair")
    labels = {e.label: e for e in d.new()}
    assert labels["Dong Pengfei"].cls.endswith("Person")
    assert labels["Zhejiang Yuhang Electronic Materials Co., Ltd."].cls.endswith("Company")
    assert not any(" and Zhejiang" in x for x in labels)
    assert ("Dong Pengfei", "Hangzhou Lianfeng Copper Foil Co., Ltd.") in _posts(d)


# (own text) a text table whose columns are set apart by runs of spaces
TABLE = """Scrap cities named

Seven cities were picked:

  City        Province     Scrap
  Changzhou   Jiangsu      scrap copper
  Ganzhou     Jiangxi      tungsten
"""


def test_a_name_never_runs_across_a_tables_column_gap(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, TABLE, "lead15-table")
    labels = {e.label for e in d.entities.values()}
    assert "City Province" not in labels
    assert not any("  " in x or "Changzhou Jiangsu" in x for x in labels)
    assert "Ganzhou" in labels


def test_firms_named_by_their_trade_are_companies(jobs):
    firms = {e.label for e in jobs.new() if e.cls.endswith("Company")}
    assert {"Lixin Zhonghe Certified Public Accountants", "Beibu Tiehai Logistics"} <= firms


# (own text) a sentence that opens with a noun and "to" before a company's name
TRADE = """Trade note

Exports to Bass Holdings Ltd in Japan rose 5%. Sales to Tasman Zinc Ltd fell.
"""


def test_a_sentences_first_word_and_to_open_no_name(snapshot_kg):  # noqa: F811
    labels = {e.label for e in draft_of(snapshot_kg, TRADE, "lead15-trade").new()}
    assert {"Bass Holdings Ltd", "Tasman Zinc Ltd"} <= labels
    assert not any(x.startswith(("Exports", "Sales")) for x in labels)


# (own text) a known body's name before "on" and a day-month date; a Peruvian legal form
DEAL = """Tin mine deal completed

The acquisition of 51% of Sierra Tin S.A.C., which owns a tin mine in the Puno region, was
approved by the National Development and Reform Commission on 15 August 2026 and closed on
28 October.
"""


def test_a_day_month_date_after_on_ends_a_name(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, DEAL, "lead15-deal")
    labels = {e.label: e for e in d.entities.values()}
    assert not any("August" in x for x in labels)
    assert any(e.known and "Development and Reform" in e.label for e in labels.values())
    assert labels["Sierra Tin S.A.C."].cls.endswith("Company")


def test_a_headline_year_ahead_sets_no_floor_past_today():
    import datetime
    from kg.ingest.events.dateline_year import dateline_day
    # (own text) "projects for 2027", read on 2026-12-02: the dateline is the latest Nov. 24
    text = ("Province names 12 key projects for 2027\n\nHOHHOT, Nov. 24 (Daily) -- The "
            "department on Monday released its list of key projects.\n")
    assert dateline_day(text, datetime.date(2026, 12, 2))[0] == "2026-11-24"


# (own text) a parent named after how it is listed, owned or based
PARENTS = """Cobalt note

Jiangxi Ruiyuan Cobalt New Material Co., Ltd., a subsidiary of Shenzhen-listed Huayou Mining
Group, makes cobalt sulphate. Tongda Nickel Co., Ltd., a subsidiary of state-owned Hebei Metals
Group, makes nickel. Lintong Tin Co., Ltd., a subsidiary of the Zurich-based Alpine Metals
Holdings, makes tin.
"""


def test_a_parent_after_a_listing_or_ownership_word_is_the_parent(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, PARENTS, "lead15-parents")
    pairs = {(e.label, d.entities[o].label) for e in d.entities.values()
             for p, o, _, _ in e.statements if str(p).endswith("subsidiaryOf")}
    assert ("Jiangxi Ruiyuan Cobalt New Material Co., Ltd.", "Huayou Mining Group") in pairs
    assert ("Tongda Nickel Co., Ltd.", "Hebei Metals Group") in pairs
    assert ("Lintong Tin Co., Ltd.", "Alpine Metals Holdings") in pairs
