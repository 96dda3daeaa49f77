"""`kg ingest` round 11: events a text names only by a common noun, from a lexicon of event
families written for any metal, country and kind of company (kg/ingest/data/bare-nouns.txt,
read by kg/ingest/events/bare_nouns.py), on short articles written for these tests (own
words; companies, places and figures invented):

* accidents and disasters ("a fire broke out at ...", "the blaze", "a gas explosion killed"),
  named by what they hit ("Fire at the ...") and chained ("the blaze" is the fire);
* disruptions: strikes, power outages, maintenance shutdowns ("The strike, the third this
  year, began", "a power outage hit");
* company meetings named with their owner's possessive ("X's annual general meeting"), with a
  tail ("an extraordinary general meeting of X will be held");
* listings and offerings ("completed its initial public offering", "approved the listing
  application"), legal steps ("the lawsuit was filed", "opened an antitrust probe into X"),
  gatherings ("held a roadshow", "at a launch event in CITY"), talks whose verb follows a tail
  ("talks between A and B broke down"), mass nouns ("Trial production began");
Negative: generic uses ("fire safety", "accident insurance", "strike price"), bare plurals
("Accidents are common", "strikes often hit"), a capitalised head inside a headline's title
case, a word that goes on with another noun ("a blast furnace", "the hearing aid")."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

RULE = "event:bare-noun"


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r11events") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _bare(draft):
    return [e for e in draft.entities.values() if e.rule.startswith(RULE)]


def _said(draft, ent):
    return [" ".join(draft.text[s.start:s.end].split()) for s in ent.mentions]


def _by_mention(draft, word):
    return [e for e in _bare(draft) if any(m.lower() == word for m in _said(draft, e))]


@pytest.fixture(scope="module")
def mishaps(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-mishaps", (
        "Andean zinc plant hit by walkout and fire\n\n"
        "LIMA, Sept 3, 2027 -- A fire broke out at the roasting plant of Quispe Zinc S.A. on "
        "August 28, injuring two workers. The blaze was put out within an hour.\n\n"
        "The strike, the third this year, began on Monday after talks between the union and "
        "Quispe Zinc broke down on Friday. A power outage also hit the refinery in June.\n\n"
        "Separately, a gas explosion killed four miners at a coal-fired boiler house in "
        "Huancayo. Fire safety rules were tightened and accident insurance premiums rose. "
        "Accidents are common in the rainy season and strikes often hit the sector. "
        "The blast furnace of a nearby steel mill was relined. The strike price of the "
        "options was not disclosed.\n"))


@pytest.fixture(scope="module")
def markets(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-markets", (
        "Cobalt refiner Tangerine Metals Completes Listing\n\n"
        "HONG KONG, March 12, 2027 -- Tangerine Metals Co., Ltd. completed its initial public "
        "offering on Thursday, raising HK$2.1 billion. The Hong Kong Stock Exchange approved "
        "the listing application in February, and the company held a roadshow in Singapore.\n\n"
        "An extraordinary general meeting of Tangerine Metals will be held on April 20. "
        "Shareholders of Weiyuan Cobalt Co., Ltd. will vote at Weiyuan Cobalt's annual general "
        "meeting on May 8.\n\n"
        "The lawsuit against Weiyuan Cobalt was filed in 2026. The State Administration for "
        "Market Regulation also opened an antitrust probe into Weiyuan Cobalt Co., Ltd. in "
        "January.\n\n"
        "A new cobalt price was shown at a launch event in Shenzhen attended by traders. "
        "Trial production began on Saturday at the company's plant in Ganzhou.\n"))


def test_a_fire_is_named_by_what_it_hit_and_the_blaze_is_the_same(mishaps):
    fire = _by_mention(mishaps, "fire")
    assert len(fire) == 1, [e.label for e in _bare(mishaps)]
    assert fire[0].cls == NFO.Event
    assert _said(mishaps, fire[0]) == ["fire", "blaze"]
    # (named by the company whose plant it hit, as a curator names it)
    assert fire[0].label == "Fire at Quispe Zinc S.A."
    assert "Quispe Zinc S.A." in links(mishaps, fire[0], NFO.about)


def test_a_strike_with_an_apposition_and_an_outage_are_events(mishaps):
    assert len(_by_mention(mishaps, "strike")) == 1
    assert len(_by_mention(mishaps, "power outage")) == 1


def test_talks_whose_verb_follows_a_tail(mishaps):
    talks = _by_mention(mishaps, "talks")
    assert len(talks) == 1 and talks[0].cls == NFO.Meeting
    assert talks[0].label == "Talks between the union and Quispe Zinc"


def test_an_explosion_that_killed_is_about_nothing_it_did_not_hit(mishaps):
    blast = _by_mention(mishaps, "gas explosion")
    assert len(blast) == 1
    assert blast[0].label.startswith("Gas explosion at a coal-fired boiler house")


def test_generic_uses_are_no_events(mishaps):
    said = {m.lower() for e in _bare(mishaps) for m in _said(mishaps, e)}
    # fire safety, accident insurance, "Accidents are common", "strikes often hit",
    # blast furnace, strike price
    assert said <= {"fire", "blaze", "strike", "talks", "power outage", "gas explosion"}, said


def test_a_completed_ipo_and_an_approved_application_are_milestones(markets):
    ipo = _by_mention(markets, "initial public offering")
    assert len(ipo) == 1 and ipo[0].cls == NFO.Milestone
    app = _by_mention(markets, "listing application")
    assert len(app) == 1 and app[0].cls == NFO.Milestone
    assert "Hong Kong Stock Exchange" in links(markets, app[0], NFO.participant)


def test_the_headline_title_case_is_no_second_listing(markets):
    assert not [e for e in _bare(markets) if any(m == "Listing" for m in _said(markets, e))]


def test_company_meetings_by_tail_and_by_possessive(markets):
    egm = _by_mention(markets, "extraordinary general meeting")
    assert len(egm) == 1 and egm[0].cls == NFO.Meeting
    assert egm[0].label == "Extraordinary general meeting of Tangerine Metals"
    agm = _by_mention(markets, "annual general meeting")
    assert len(agm) == 1
    assert "Weiyuan Cobalt Co., Ltd." in links(markets, agm[0], NFO.organizedBy)


def test_legal_steps_and_a_probe_with_its_target(markets):
    assert len(_by_mention(markets, "lawsuit")) == 1
    probe = _by_mention(markets, "antitrust probe")
    assert len(probe) == 1
    assert probe[0].label.startswith("Antitrust probe into Weiyuan Cobalt Co., Ltd.")
    assert "State Administration for Market Regulation" in links(markets, probe[0],
                                                                 NFO.participant)


def test_gatherings_and_a_mass_noun_milestone(markets):
    assert [e.cls for e in _by_mention(markets, "roadshow")] == [NFO.Meeting]
    launch = _by_mention(markets, "launch event")
    assert len(launch) == 1 and launch[0].cls == NFO.Launch
    trial = _by_mention(markets, "trial production")
    assert len(trial) == 1 and trial[0].cls == NFO.Milestone


@pytest.fixture(scope="module")
def plant_news(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-plant-news", (
        "Manganese plant restarts after deadly blast\n\n"
        "CAPE TOWN, May 4, 2027 -- Karoo Manganese Smelting Co., Ltd. restarted its ferromanganese "
        "furnaces on Monday, two weeks after an explosion at one of its furnaces killed two "
        "workers.\n\n"
        "A similar accident at a neighbouring plant in 2025 led to a long shutdown. Workers "
        "staged a protest outside the gates on Thursday. A ribbon-cutting took place at the new "
        "sinter line last Friday. Regulators also launched a review of furnace permits.\n"))


def test_an_accident_in_an_article_about_a_company_is_about_it(plant_news):
    blast = _by_mention(plant_news, "explosion")
    assert len(blast) == 1
    assert blast[0].label == "Explosion at one of its furnaces"
    assert "Karoo Manganese Smelting Co., Ltd." in links(plant_news, blast[0], NFO.about)
    protest = _by_mention(plant_news, "protest")
    assert len(protest) == 1
    assert protest[0].label == "Protest at Karoo Manganese Smelting Co., Ltd."


def test_an_accident_at_another_plant_is_not_the_lead_companys(plant_news):
    other = _by_mention(plant_news, "similar accident")
    assert len(other) == 1
    assert other[0].label == "Similar accident at a neighbouring plant"
    assert not links(plant_news, other[0], NFO.about)


def test_a_ribbon_cutting_and_a_review_are_events(plant_news):
    assert [e.cls for e in _by_mention(plant_news, "ribbon-cutting")] == [NFO.Milestone]
    assert [e.cls for e in _by_mention(plant_news, "review")] == [NFO.Event]
    ribbon = _by_mention(plant_news, "ribbon-cutting")[0]
    assert ribbon.label == "Ribbon-cutting at the new sinter line"


@pytest.fixture(scope="module")
def attendance(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-attendance", (
        "Antimony makers argue over export quotas\n\n"
        "CHANGSHA, June 3, 2027 -- A public hearing on antimony export quotas was held on "
        "Wednesday. Hunan Lengshuijiang Antimony Co., Ltd. and Guizhou Qingping Mining Co., Ltd. "
        "took part in the hearing.\n\n"
        "Xikuangshan Smelting Co., Ltd. held a workshop on antimony recycling in Changsha on "
        "Thursday. Representatives of Dachang Nonferrous Metals Co., Ltd. and Hechi Antimony "
        "Products Co., Ltd. attended the workshop. Wang Lei joined the company in 2019.\n"))


def test_took_part_in_the_hearing_gives_its_participants(attendance):
    hearing = _by_mention(attendance, "public hearing")
    assert len(hearing) == 1
    assert {"Hunan Lengshuijiang Antimony Co., Ltd.", "Guizhou Qingping Mining Co., Ltd."} <= \
        set(links(attendance, hearing[0], NFO.participant))


def test_representatives_of_companies_attended(attendance):
    ws = next(e for e in attendance.entities.values() if e.label.startswith("Workshop on antimony"))
    got = set(links(attendance, ws, NFO.participant))
    assert {"Dachang Nonferrous Metals Co., Ltd.", "Hechi Antimony Products Co., Ltd."} <= got
    assert "Xikuangshan Smelting Co., Ltd." not in got     # it held the workshop


@pytest.fixture(scope="module")
def figures(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-figures", (
        "Tin prices slide as a flood of imports hits Asia\n\n"
        "SINGAPORE, Oct 2, 2027 -- A flood of cheap imports hit Asian tin producers this year, "
        "and the collapse in prices led to a wave of closures. Tin lost its appeal to buyers. "
        "The assembly of solder lines began in May. Analysts expect an explosion of demand. "
        "The audit committee met twice. A fire broke out in a workshop of Malacca Tin Co., Ltd. "
        "on Tuesday, and the company opened a new workshop in Penang.\n"))


def test_figures_of_speech_are_no_accidents(figures):
    said = sorted(m.lower() for e in _bare(figures) for m in _said(figures, e))
    assert said == ["fire"], said


def test_the_fire_is_named_by_where_it_broke_out_not_a_later_place(figures):
    fire = _by_mention(figures, "fire")[0]
    assert "Penang" not in fire.label
    assert "Malacca Tin Co., Ltd." in links(figures, fire, NFO.about)


@pytest.fixture(scope="module")
def application(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-application", (
        "Germanium maker seeks Shanghai listing\n\n"
        "(Securities Daily) May 12 -- Yunling Germanium Materials Co., Ltd. has filed for a "
        "listing on the STAR Market. The Shanghai Stock Exchange accepted its application on "
        "the 8th. The application of new coatings lifted its margins.\n"))


def test_an_accepted_application_is_a_milestone_of_both_sides(application):
    got = [e for e in _bare(application) if e.label.startswith("Acceptance of the application")]
    assert len(got) == 1, [e.label for e in _bare(application)]
    assert got[0].cls == NFO.Milestone
    assert {"Shanghai Stock Exchange", "Yunling Germanium Materials Co., Ltd."} <= set(
        links(application, got[0], NFO.participant))
    # "The application of new coatings" is a use, not a filing
    assert len(_by_mention(application, "application")) == 1


@pytest.fixture(scope="module")
def boards(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-boards", (
        "Cobalt buyer to take stake in Congo mine\n\n"
        "SHANGHAI, June 22, 2027 -- Hanjiang Cobalt Co., Ltd. said its board had approved last "
        "Friday the purchase of 40% of Lualaba Mining SARL. The board of directors of Xinyu "
        "Nickel Co., Ltd. adopted a new dividend policy on Monday. The board members travelled "
        "to Lubumbashi, and Hanjiang holds a seat on the board.\n"))


def test_a_board_that_approved_is_a_board_meeting_of_its_company(boards):
    got = {e.label: e for e in _bare(boards)}
    assert set(got) == {"Board meeting of Hanjiang Cobalt Co., Ltd.",
                        "Board meeting of Xinyu Nickel Co., Ltd."}, sorted(got)
    first = got["Board meeting of Hanjiang Cobalt Co., Ltd."]
    assert first.cls == NFO.Meeting
    assert _said(boards, first) == ["board"]        # "a seat on the board" is no mention
    assert list(links(boards, got["Board meeting of Xinyu Nickel Co., Ltd."],
                      NFO.organizedBy)) == ["Xinyu Nickel Co., Ltd."]
