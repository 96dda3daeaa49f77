"""`kg ingest` names on fresh text (tests/articles/name5-*.txt, written for this test): a
company's short forms ("Kunming Tengda Smelting", "Qilin Zinc Industry") are mentions of the one
company its full name proposed; a name wrapped over a line ("Shanghai Stock\\nExchange", a
department) is whole; a date clause or a person before "of the" is no part of a department's
name; "2026 China (Kunming) Zinc Industry Summit" is one name and "(Kunming)" is no acronym of
China; "London Metal Exchange (LME)" is the graph's LME; "Chengdu-based X" is X and "on Friday
for the X Forum" is X (surgery.cut_prefix); a headline's "Zinc Parts Deal Signed" is no company
(kg/ingest/names/: name_repair, trims, acronyms, surgery, slots; data/org-name-heads.txt).
And (name5-cobalt-park.txt): "the X Park of Y City" is the park and the city; "X (Group) Y Co.,
Ltd." is one company; "Z University's Institute of ..." names the university too; a country's
name wrapped over a line; a person with no Chinese name before ", chief engineer"; a weekday
is no part of a name; "X Y (XY)" spelled out before its acronym, "PT X Y" (candidates, tails,
countries, bracketed, role_people); "a project team was led by X" is a team."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NF, NFO

ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def draft(kg):
    return ingest(kg, read_article(ARTICLES / "name5-zinc-summit.txt"), "name5-zinc-summit")


@pytest.fixture(scope="module")
def park(kg):
    return ingest(kg, read_article(ARTICLES / "name5-cobalt-park.txt"), "name5-cobalt-park")


def _named(d, label):
    found = [e for e in d.entities.values() if not e.known and e.label == label]
    assert len(found) == 1, (label, sorted(e.label for e in d.new()))
    return found[0]


def _spans(d, ent):
    return [" ".join(d.text[m.start:m.end].split()) for m in ent.mentions]


def test_short_forms_of_a_company_are_mentions_of_it(draft):
    tengda = _named(draft, "Kunming Tengda Smelting Co., Ltd.")
    assert _spans(draft, tengda).count("Kunming Tengda Smelting") == 2
    qilin = _named(draft, "Yunnan Qilin Zinc Industry Co., Ltd.")
    assert "Qilin Zinc Industry" in _spans(draft, qilin)
    labels = {e.label for e in draft.new()}
    assert "Kunming Tengda Smelting" not in labels and "Qilin Zinc Industry" not in labels
    # the city the company is named after is still linked where it stands alone
    kunming = next(e for e in draft.entities.values() if e.label == "Kunming")
    assert "Kunming" in _spans(draft, kunming)


def test_a_wrapped_line_does_not_cut_a_name(draft):
    exchange = _named(draft, "Shanghai Stock Exchange")
    assert _spans(draft, exchange) == ["Shanghai Stock Exchange"]
    assert not any(e.label == "Shanghai Stock" for e in draft.new())
    # "Exchange" ends a market's name, not a theme's ("Open Cooperation and Exchange")
    assert not any("Cooperation" in e.label for e in draft.new())
    _named(draft, "Raw Materials Industry Division of the Hunan Provincial Department of "
                  "Industry and Information Technology")
    dept = _named(draft, "Energy Saving and Comprehensive Utilization Department of the "
                         "Ministry of Industry and Information Technology")
    assert dept.cls == NFO.GovernmentBody


def test_a_date_or_a_person_is_no_part_of_a_department(draft):
    _named(draft, "Hunan Provincial Department of Commerce")
    assert not any("May 3" in e.label or "Zhao Gang of" in e.label for e in draft.new())
    assert _named(draft, "Zhao Gang").cls == NFO.Person


def test_an_event_named_with_a_place_in_brackets(draft):
    summit = _named(draft, "2026 China (Kunming) Zinc Industry Summit")
    assert summit.cls == NFO.Conference
    assert not any(e.label == "Zinc Industry Summit" for e in draft.new())
    china = draft.entities.get(NF["china"])
    assert china is None or "Kunming" not in _spans(draft, china)


def test_an_acronym_the_graph_knows_alone_links_its_full_name(draft):
    lme = draft.entities[NF["lme"]]
    assert sorted(_spans(draft, lme)) == ["LME", "London Metal Exchange"]
    assert not any("London Metal" in e.label for e in draft.new())


def test_a_prefix_cut_off_a_new_name(draft):
    # "Chengdu-based\nShuguang ...": the mention starts at the company, across the line break
    company = _named(draft, "Shuguang Zinc Materials Co., Ltd.")
    assert _spans(draft, company) == ["Shuguang Zinc Materials Co., Ltd."]
    _named(draft, "Chengdu")
    forum = _named(draft, "Southwest Zinc Alloy Forum")
    assert not any("Friday" in x for x in _spans(draft, forum))
    # "in Hohhot, Inner Mongolia on Friday for the 2026 ...": the conference starts at its year,
    # and the province keeps its mention there
    conference = _named(draft, "2026 Northern Zinc Conference")
    assert _spans(draft, conference) == ["2026 Northern Zinc Conference"]
    province = _named(draft, "Inner Mongolia Autonomous Region")
    assert _spans(draft, province) == ["Inner Mongolia"]
    assert all(e.mentions for e in draft.entities.values() if not e.role)


def test_a_deal_in_a_headline_is_no_company(draft):
    assert not any("Deal" in e.label for e in draft.new()), sorted(e.label for e in draft.new())


def test_a_site_of_a_city_and_a_group_company(park):
    _named(park, "Lianyuan Materials Park")
    _named(park, "Lianyuan City")
    assert not any("Wednesday" in e.label for e in park.new())
    company = _named(park, "China Southern Cobalt (Group) Materials Co., Ltd.")
    assert "Southern Cobalt" in _spans(park, company)


def test_an_owner_named_by_its_possessive_and_a_wrapped_country(park):
    assert _named(park, "Central South University").cls == NFO.University
    institute = next(e for e in park.new() if "Institute of Powder Metallurgy" in e.label)
    assert institute.cls == NFO.ResearchInstitute
    congo = _named(park, "Democratic Republic of the Congo")
    # the listed short form is the same country ("DRC"), not a second one ("Drc")
    assert congo.cls == NFO.Country
    assert sorted(_spans(park, congo)) == ["DRC", "Democratic Republic of the Congo"]
    assert not any(e.label.lower() == "drc" for e in park.new())


def test_a_person_named_before_a_role(park):
    person = _named(park, "Budi Hartono")
    assert person.cls == NFO.Person
    assert not any(e.label.startswith("Engineers") for e in park.new())


def test_names_framed_by_an_acronym_or_a_legal_form(park):
    # "Compagnie Minière du Lualaba (CML)": spelled out before the acronym it defines
    cml = _named(park, "Compagnie Minière du Lualaba")
    assert "CML" in cml.aliases and "CML" in _spans(park, cml)
    assert _named(park, "PT Sinar Baterai Nusantara").cls == NFO.Company
    assert _named(park, "East Kutai Regency").cls == NFO.County
    assert not any(e.label in ("Regency", "PT") for e in park.new())


def test_one_company_under_its_full_name_short_name_and_other_suffix(park):
    company = _named(park, "Hengxing Motor Company Limited")
    assert sorted(_spans(park, company)) == ["Hengxing Motor", "Hengxing Motor Company",
                                             "Hengxing Motor Company Limited"]
    assert not any(e.label in ("Hengxing Motor", "Hengxing Motor Company") for e in park.new())
    # "will use more cobalt alloy": a verb is no part of a product's name
    assert not any(e.label.startswith("use ") for e in park.new())


def test_a_team_named_by_its_leader(park):
    team = _named(park, "project team led by Professor Wu Dongmei")
    assert team.cls == NFO.ResearchTeam


def test_a_body_named_before_its_day_ends_before_the_day(kg, tmp_path):
    """"The X Administration on the 14th issued ...": the day is no part of the body's name."""
    path = tmp_path / "days.txt"
    path.write_text("Lanzhou, July 20, 2026 -- The State Bureau of Mine Safety on the 14th "
                    "published a circular on tailings ponds. The Information Office of the "
                    "Qinghai Provincial People's Government on the 16th held a briefing, and "
                    "the Copper Branch of the Gansu Nonferrous Society in May opened a lab.\n",
                    encoding="utf-8")
    d = ingest(kg, read_article(path), "name-days")
    labels = {e.label for e in d.new()}
    assert {"State Bureau of Mine Safety",
            "Information Office of the Qinghai Provincial People's Government"} <= labels, labels
    assert not [lab for lab in labels if " on the" in lab or lab.endswith((" in May", "th"))]
