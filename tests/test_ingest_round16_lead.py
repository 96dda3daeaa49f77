"""Round 16, the lead's rules: a day ordinal after "on (the)", "since", "by"... is a date, never
the first word of the name after it ("On the 9th X Co., Ltd. bought ...";
kg/ingest/names/candidates.py); the evaluation reads yearless datelines against a pinned day
(bench/ingest_eval.EVAL_TODAY), so its scores do not drift with the calendar."""
from __future__ import annotations

import datetime
import sys
from pathlib import Path

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401 (a fixture)

# (own text)
TEXT = """Smelters buy allowances

URUMQI, Oct. 10 -- On the 9th Hami Jinsheng Nickel Co., Ltd., a refiner in Hami, Xinjiang,
bought 20,000 tonnes of carbon allowances. Since the 3rd Baiyin Ruiyuan Zinc Co., Ltd. has
run its roaster at full load. By the 21st Tongling Xinjia Copper Co., Ltd. will restart.
At the 27th Annual Meeting of the Lanzhou Zinc Society, members voted on a new charter.
"""


@pytest.fixture(scope="module")
def draft(snapshot_kg):  # noqa: F811
    return draft_of(snapshot_kg, TEXT, "lead16-ordinals")


def test_a_day_ordinal_opens_no_company_name(draft):
    labels = {e.label for e in draft.new()}
    for name in ("Hami Jinsheng Nickel Co., Ltd.", "Baiyin Ruiyuan Zinc Co., Ltd.",
                 "Tongling Xinjia Copper Co., Ltd."):
        assert name in labels, (name, sorted(labels))
    assert not [x for x in labels if x[:1].isdigit() and "Co., Ltd." in x], sorted(labels)


def test_an_ordinal_that_opens_a_name_is_kept(draft):
    assert any(e.label.startswith("27th Annual Meeting") for e in draft.new()), \
        sorted(e.label for e in draft.new())


# (own text) a yearless dateline whose lead names a weekday: the year is read against "today"
WIRE = """Zinc smelter restarts

KUNMING, Nov. 9 (Metals Wire) -- Yunnan Xinhe Zinc Co., Ltd. restarted its roaster on Monday.
"""


def test_a_yearless_dateline_is_read_against_the_day_given(snapshot_kg):  # noqa: F811
    from hostile_drafts import article
    from kg.ingest.pipeline import ingest
    got = {}
    for today in (datetime.date(2026, 12, 2), datetime.date(2027, 12, 1)):
        d = ingest(snapshot_kg, article(WIRE, "wire.txt"), "lead16-wire", today=today)
        got[today.year] = str(d.date)
    # 9 November 2026 is a Monday; in 2027 it is a Tuesday (the story of the day before)
    assert got == {2026: "2026-11-09", 2027: "2027-11-09"}, got


def test_the_evaluation_pins_its_day():
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
    import ingest_eval
    assert ingest_eval.EVAL_TODAY == datetime.date(2026, 12, 2)     # the floors' day


# (own text) a national body's acronym after a province, a city or a level word is a local body
BODIES = """Bond issue approved

The refiner is controlled by the Yichang municipal SASAC. The Hunan provincial NDRC and the
Guangxi SASAC approved the plan, and the provincial SASAC agreed to it. In Beijing, SASAC said
it welcomed the deal.
"""


@pytest.fixture(scope="module")
def bodies(snapshot_kg):  # noqa: F811
    return draft_of(snapshot_kg, BODIES, "lead16-bodies")


def test_a_local_body_is_not_the_national_one(bodies):
    new = {e.label for e in bodies.new()}
    for name in ("Yichang municipal SASAC", "Hunan provincial NDRC", "Guangxi SASAC"):
        assert name in new, (name, sorted(new))
    sasac = [e for e in bodies.known() if e.iri.endswith("/sasac")]
    # only the bare "SASAC" of the last sentence is the national commission
    assert [bodies.text[m.start:m.end] for e in sasac for m in e.mentions] == ["SASAC"]
    assert not [e for e in bodies.known() if e.iri.endswith("/ndrc")]


# (own text) common names: a known person's namesake, and the known person in a new post
NAMESAKES = """Copper smelter results

Changsha, May 3 -- Wang Jian, general manager of Hunan Xinyu Copper Co., Ltd., said output rose
8% in the first quarter. Wu Jing, deputy mayor of Chenzhou, attended the briefing.
"""
SAME = """Titanium maker appoints chairman

Baoji, May 3 -- Baotai Group said Wang Jian, its party secretary, had also become chairman of
Baoji Titanium Forging Co., Ltd., a unit it set up last year.
"""


def test_a_namesake_is_a_new_person_not_the_known_one(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, NAMESAKES, "lead16-namesakes")
    people = {e.label: e for e in d.entities.values() if e.cls.endswith("Person")}
    for name in ("Wang Jian", "Wu Jing"):
        e = people[name]
        assert not e.known and e.rule.startswith("person:namesake"), (name, e.iri, e.rule)
        assert e.iri.rsplit("/", 1)[-1] != name.lower().replace(" ", "-")     # minted anew
    # the post points at the new person
    posts = [e for e in d.entities.values() if e.role and "Wang Jian" in e.label]
    held = {o for e in posts for p, o, _, _ in e.statements if p.endswith("heldBy")}
    assert held == {people["Wang Jian"].iri}, held


def test_a_known_person_whose_organisation_is_named_keeps_the_link(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, SAME, "lead16-same-person")
    assert any(e.known and e.iri.endswith("/wang-jian") for e in d.entities.values()), \
        sorted((e.label, e.iri, e.rule) for e in d.entities.values() if "Wang" in e.label)


# (own text) a known city printed with a province other than its own is a namesake city
CITIES = """Smelter news

NANNING, May 3 -- A copper smelter in Yulin, Guangxi, restarted on Monday. A zinc plant in
Suzhou, Anhui Province, cut output. Hydro's plant in Suzhou, Jiangsu, was not affected.
"""


def test_a_city_in_another_province_is_a_namesake(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, CITIES, "lead16-cities")
    new = {e.label: e for e in d.new() if e.cls.endswith("City")}
    assert "Yulin" in new and "Suzhou" in new, sorted(new)
    assert not [e for e in d.known() if e.iri.endswith("/yulin")]     # (Yulin in Shaanxi)
    # the Suzhou printed with Jiangsu is the known one
    known = [e for e in d.known() if e.iri.endswith("/suzhou")]
    assert known and all(d.text[m.end:m.end + 9] == ", Jiangsu" for m in known[0].mentions)
    homes = {str(o).rsplit("/", 1)[-1] for p, o, _, _ in new["Yulin"].statements
             if p.endswith("locatedIn")}
    assert any("guangxi" in h for h in homes), homes


# (own text) medals and trophies are awards
MEDALS = """Academy honours engineers

The Hunan Academy of Engineering awarded its 2026 Xiangjiang Medal to three smelting engineers
on Friday. Baiyin Ruiyuan Zinc Co., Ltd. won the Green Smelter Trophy at the same ceremony.
"""


def test_medals_and_trophies_are_awards(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, MEDALS, "lead16-medals")
    awards = {e.label for e in d.new() if e.cls.endswith("Award")}
    assert any("Xiangjiang Medal" in a for a in awards), awards
    assert any("Green Smelter Trophy" in a for a in awards), awards


# (own text) people named by a common given name, with no role next to them
LAUREATES = """Metallurgy prize winners named

The Nordic Metals Society named its 2026 laureates on Tuesday. Anna Berg of the KTH Royal
Institute of Technology and Lars Holm of Lulea University of Technology share the Process Prize.
The young scientist awards went to:
1. Ivan Petrov, Ural Federal University - for work on copper flash smelting
2. Maria da Silva, University of Sao Paulo - for slag cleaning
Morgan Stanley advised the society. The Jean Monnet Foundation and Paul Revere Co. sponsored it.
"""


def test_people_found_by_their_given_name(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, LAUREATES, "lead16-given-names")
    people = {e.label for e in d.new() if e.cls.endswith("Person")}
    assert {"Anna Berg", "Lars Holm", "Ivan Petrov", "Maria da Silva"} <= people, people
    assert not people & {"Morgan Stanley", "Jean Monnet", "Paul Revere"}, people
    orgs = {e.label for e in d.new() if not e.cls.endswith("Person")}
    assert not [o for o in orgs if o.startswith(("Anna Berg", "Lars Holm"))], orgs


# (own text) a yearless dateline, no weekday, no year anywhere: the latest such day
YEARLESS = """Workstation unveiled at nickel smelter

JINCHANG, Oct. 12 -- An academician workstation was unveiled at a nickel smelter on Oct. 10,
the company said. The first research project will start in March.
"""


def test_a_text_without_a_year_reads_its_dateline_as_recent(snapshot_kg):  # noqa: F811
    from hostile_drafts import article
    from kg.ingest.pipeline import ingest
    d = ingest(snapshot_kg, article(YEARLESS, "yearless.txt"), "lead16-yearless",
               today=datetime.date(2026, 12, 2))
    assert str(d.date) == "2026-10-12" and "states no year" in d.date_note, (d.date, d.date_note)
    dates = {str(o) for e in d.entities.values() for p, o, _, _ in e.statements
             if str(p).endswith(("startDate", "plannedDate"))}
    assert "2026-10-10" in dates and "2027-03" in dates, dates
    # read in early October, the dateline's day is last year's
    d = ingest(snapshot_kg, article(YEARLESS, "yearless.txt"), "lead16-yearless",
               today=datetime.date(2027, 10, 1))
    assert str(d.date) == "2026-10-12", d.date


# (own text) a known city named with another province in one sentence stays in its own
LISTING = """Guangxi tin refiner debuts on Shenzhen bourse

NANNING, Nov. 18 -- Shares of Guangxi Hechi Huaxi Tin Industry Co., Ltd., based in Hechi,
Guangxi Zhuang Autonomous Region, rose 44% on their first day of trading in Shenzhen on Tuesday.
"""


def test_a_known_city_is_not_put_in_another_province(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, LISTING, "lead16-listing")
    shenzhen = next(e.iri for e in d.known() if e.iri.endswith("/shenzhen"))
    wrong = [(e.label, str(p)) for e in d.entities.values() for p, o, _, _ in e.statements
             if o == shenzhen and str(p).endswith("contains")]
    wrong += [(str(o), "locatedIn") for p, o, _, _ in d.entities[shenzhen].statements
              if str(p).endswith("locatedIn") and "guangxi" in str(o)]
    assert not wrong, wrong


# (own text) a company's own word alone, proposed apart by another rule, is the company
OWN_WORD = """Antimony producer signs supply pact

CHANGSHA, Aug. 6 -- Hunan Xikuangshan Antimony Co., Ltd. signed a three-year supply agreement
with Marubeni Metals Corp. on Wednesday. Xikuangshan, a unit of Hunan Nonferrous Metals Holding
Group, is China's largest antimony producer.
"""


def test_a_company_called_by_its_own_word_is_one_company(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, OWN_WORD, "lead16-own-word")
    companies = {e.label: e for e in d.new() if e.cls.endswith(("Company", "Organization"))}
    assert "Xikuangshan" not in companies, sorted(companies)
    full = companies["Hunan Xikuangshan Antimony Co., Ltd."]
    assert "Xikuangshan" in {d.text[m.start:m.end] for m in full.mentions}


# (own text) appointments told without "of <organisation>"
APPOINTMENTS = """Tin producer names new chief executive

KUNMING, May 20, 2026 -- Yunnan Xitai Tin Co., Ltd. said on Tuesday that Zhao Mingyuan will take
over as chief executive on June 1. The board also named Xu Lanfang chief financial officer.
Separately, Penang Smelting Corp. appointed Tan Boon Keat as its group CEO.
"""


def test_appointments_without_the_organisation_named_after_the_role(snapshot_kg):  # noqa: F811
    d = draft_of(snapshot_kg, APPOINTMENTS, "lead16-appointments")
    posts = set()
    for e in d.entities.values():
        if e.role and e.cls.endswith("Post"):
            st = {str(p).rsplit("#", 1)[-1]: o for p, o, _, _ in e.statements}
            posts.add((d.entities[st["heldBy"]].label, d.entities[st["postIn"]].label))
    assert ("Zhao Mingyuan", "Yunnan Xitai Tin Co., Ltd.") in posts, posts
    assert ("Xu Lanfang", "Yunnan Xitai Tin Co., Ltd.") in posts, posts
    # the appointing company of its own sentence, not the company the report is about
    assert ("Tan Boon Keat", "Penang Smelting Corp.") in posts, posts
    assert ("Tan Boon Keat", "Yunnan Xitai Tin Co., Ltd.") not in posts, posts
