"""`kg ingest` round 13, topics: what an event, a document or an agreement is about, read from
short articles written for these tests (own words; invented companies, works and figures).

* Steps in the life of a works (relations/works_milestones.py): "the mine is expected to
  produce its first ore ... and the smelter to start up": each step is about the works its own
  words name; "... the lithium carbonate project in Yichun. Construction started in April":
  about the works named just before in the paragraph.
* Not: a bond issue in a paragraph of its own; works named in another paragraph."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r13to") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _about(draft, words):
    """{object label: rule} of the ``about`` links of the new events whose mention holds
    ``words``."""
    out = {}
    for e in draft.entities.values():
        if e.known or not any(words.lower() in draft.text[m.start:m.end].lower()
                              for m in e.mentions):
            continue
        out.update({k: v[0] for k, v in links(draft, e, NFO.about).items()})
    return out


@pytest.fixture(scope="module")
def works(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-works-steps", (
        "Qilian Tin starts work on Gansu smelter\n"
        "\n"
        "Lanzhou, 4 May 2026 -- Qilian Tin Co., Ltd. began building a 20,000-tonne tin smelter in\n"
        "Jiuquan, Gansu Province, on Monday, together with a 1,500-tonne-a-day concentrator at its\n"
        "Heishan mine. The mine is expected to produce its first ore in March 2028 and the smelter\n"
        "to start up by the end of that year.\n"
        "\n"
        "Ganxi Lithium Co., Ltd. will spend 800 million yuan on the 50,000 tonnes a year lithium\n"
        "carbonate project in Yichun, Jiangxi Province. Construction started in April 2026 and trial\n"
        "production is planned for the fourth quarter of 2027.\n"
        "\n"
        "Ganxi Lithium Co., Ltd. completed a bond issue of 300 million yuan on Tuesday.\n"))


def test_each_step_is_about_the_works_its_words_name(works):
    ore = _about(works, "first ore")
    assert any("mine" in k.lower() for k in ore) and not any("smelter" in k for k in ore), ore
    start = _about(works, "to start up")
    assert any("tin smelter" in k for k in start), start
    assert not any("mine" in k.lower() for k in start), start


def test_a_step_without_works_is_about_the_one_just_named(works):
    for words in ("Construction started", "production is planned"):
        got = _about(works, words)
        assert any("lithium carbonate project" in k for k in got), (words, got)


def test_no_works_for_a_bond_issue(works):
    got = _about(works, "bond issue")
    assert not any("project" in k or "smelter" in k for k in got), got


# --- what a meeting, hearing or announcement deals with (relations/deliberations.py)

@pytest.fixture(scope="module")
def deliberated(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-deliberations", (
        "Baiyun Bauxite signs mining lease, board backs it\n"
        "\n"
        "Guiyang, 3 June 2026 -- Baiyun Bauxite Co., Ltd. said on Tuesday it had signed a Mining Lease\n"
        "Agreement with Qingzhen Mining Investment Co., Ltd. for the Lindai bauxite deposit. The agreement\n"
        "was approved at the ninth meeting of the fourth board of directors on May 28.\n"
        "\n"
        "The Guizhou Provincial Development and Reform Commission held a public hearing on the Guizhou\n"
        "Aluminium Industry Upgrading Plan on 20 May. The plan will be put to the vote at the\n"
        "provincial executive meeting in July.\n"
        "\n"
        "At its extraordinary general meeting on 12 June, Xinhe Zinc Co., Ltd. approved the Kunyang\n"
        "Smelter Expansion Project with 98% of votes.\n"
        "\n"
        "A seminar on the sidelines of the China Aluminium Week was held in Guiyang on 21 May.\n"
        "Speakers at the industry forum discussed prices.\n"))


def _about_of(draft, words):
    return {k: v for k, v in _about(draft, words).items()}


def test_passive_approved_at_a_meeting(deliberated):
    got = _about_of(deliberated, "ninth meeting")
    assert got.get("Mining Lease Agreement") == "topic:deliberated-at", got


def test_the_plan_put_to_the_vote_at_a_meeting(deliberated):
    got = _about_of(deliberated, "provincial executive meeting")
    assert any("Upgrading Plan" in k and v == "topic:deliberated-at" for k, v in got.items()), got


def test_a_hearing_on_a_plan(deliberated):
    got = _about_of(deliberated, "public hearing")
    assert any("Upgrading Plan" in k and v == "topic:meeting-on" for k, v in got.items()), got


def test_at_its_meeting_the_company_approved(deliberated):
    got = _about_of(deliberated, "extraordinary general meeting")
    assert got.get("Kunyang Smelter Expansion Project") == "topic:meeting-deliberated", got


def test_no_topic_for_sidelines_or_prices(deliberated):
    for words in ("seminar on the sidelines", "industry forum"):
        got = _about_of(deliberated, words)
        assert not any(v.startswith("topic:") for v in got.values()), (words, got)


@pytest.fixture(scope="module")
def titled(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-title-head", (
        "Stock code: 600999        Short name: Linhai Cobalt        Announcement No.: 2026-018\n"
        "\n"
        "Linhai Cobalt Materials Co., Ltd.\n"
        "Announcement on Signing a Cobalt Hydroxide Supply Agreement\n"
        "\n"
        "On 2 September 2026 Linhai Cobalt Materials Co., Ltd. (the \"Company\") signed a Cobalt\n"
        "Hydroxide Supply Agreement with Lualaba Cobalt SARL. The Company will buy 6,000 tonnes of\n"
        "cobalt in hydroxide a year for five years.\n"
        "\n"
        "Board of Directors of Linhai Cobalt Materials Co., Ltd.\n"
        "3 September 2026\n"))


def test_an_announcement_on_signing_an_agreement(titled):
    notices = [e for e in titled.entities.values() if e.label.startswith("Announcement on")]
    assert notices, sorted(e.label for e in titled.entities.values())
    got = links(titled, notices[0], NFO.about)
    assert any("Supply Agreement" in k for k in got), got


# --- the lead event concerns the headline's metals (relations/headline_metals.py)

@pytest.fixture(scope="module")
def auction(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-headline-metals", (
        "Kazakhstan sells 4,000 tonnes of zinc and tin from state stockpiles\n"
        "\n"
        "ASTANA, May 6 (Metals Wire) -- Kazakhstan sold 4,000 tonnes of base metals from its state\n"
        "stockpiles on Tuesday at an electronic auction held by the State Material Reserves Committee,\n"
        "the first such sale since 2019.\n"
        "\n"
        "Zinc fetched an average of 2,650 dollars a tonne and tin 31,200 dollars, the committee said.\n"))


def test_the_lead_auction_concerns_the_headline_metals(auction):
    ev = [e for e in auction.entities.values() if "auction" in e.label.lower() and not e.known]
    assert ev, sorted(e.label for e in auction.entities.values())
    got = links(auction, ev[0], NFO.concernsMetal)
    assert {"Zinc", "Tin"} <= set(got), got


@pytest.fixture(scope="module")
def own_metal(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-headline-own-metal", (
        "Yunnan cobalt and nickel output rises\n"
        "\n"
        "KUNMING, May 6 -- A copper smelter in Chuxiong restarted on Monday after a two-week\n"
        "maintenance stop, the plant said.\n"
        "\n"
        "Cobalt output in the province rose 4% in April. Nickel output was flat.\n"))


def test_a_lead_event_with_its_own_metal_keeps_it(own_metal):
    ev = [e for e in own_metal.entities.values() if "restarted" in e.label.lower()]
    assert ev, sorted(e.label for e in own_metal.entities.values())
    got = links(own_metal, ev[0], NFO.concernsMetal)
    assert "Copper" in got and "Cobalt" not in got and "Nickel" not in got, got


@pytest.fixture(scope="module")
def penalty(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-title-names", (
        "Administrative Penalty Decision on Lengshui Antimony Smelting Co., Ltd.\n"
        "\n"
        "Decision No.: Xiang Huan Fa [2026] No. 12\n"
        "\n"
        "Party: Lengshui Antimony Smelting Co., Ltd.\n"
        "Address: Lengshuijiang, Hunan Province\n"
        "\n"
        "On 3 March 2026 this bureau found that the party had discharged waste water with arsenic\n"
        "above the permitted level. The party is fined 560,000 yuan.\n"
        "\n"
        "Hunan Provincial Department of Ecology and Environment\n"
        "18 April 2026\n"))


def test_a_decision_on_a_company_is_about_it(penalty):
    docs = [e for e in penalty.entities.values() if e.label.startswith("Administrative Penalty")]
    assert docs, sorted(e.label for e in penalty.entities.values())
    got = links(penalty, docs[0], NFO.about)
    assert got.get("Lengshui Antimony Smelting Co., Ltd.", ("",))[0] == "topic:title-names", got


# --- a government named by its place and lower-case words (names/phrases.py, lead's request)

@pytest.fixture(scope="module")
def governments(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-lower-governments", (
        "Fugu magnesium smelters told to cut emissions\n"
        "\n"
        "Fugu, 3 May 2026 -- The Fugu county government on Monday ordered 12 magnesium smelters to cut\n"
        "sulphur dioxide emissions by a third before October. The Yulin municipal government will pay\n"
        "half of the cost, and the Shaanxi provincial government has set aside 80 million yuan.\n"
        "\n"
        "The county government said inspections would start in June.\n"))


def test_a_place_and_a_generic_word_before_government(governments):
    bodies = {e.label for e in governments.entities.values()
              if not e.known and str(e.cls).endswith("#GovernmentBody")}
    for name in ("Fugu county government", "Yulin municipal government",
                 "Shaanxi provincial government"):
        assert name in bodies, (name, bodies)
    assert not any(b.lower() == "county government" for b in bodies), bodies


# --- a technique named in title case, and the agreement that licenses it (concepts.py, topics.py)

@pytest.fixture(scope="module")
def licence(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r13-titled-technique", (
        "Lengshui Antimony licenses smelting process from Xiangtan institute\n"
        "\n"
        "Changsha, 9 June 2026 -- Lengshui Antimony Smelting Co., Ltd. signed a Technology Transfer\n"
        "Agreement with the Xiangtan Nonferrous Metallurgy Research Institute on Monday. Under the\n"
        "agreement, the institute lets the company use its Oxygen-Enriched Side-Blown Smelting Process\n"
        "for Antimony Concentrates at its plant in Lengshuijiang for ten years.\n"
        "\n"
        "The Beijing Institute of Technology and the Nonferrous Metals Technology and Economic Research\n"
        "Institute Co., Ltd. will test the slag.\n"))


def test_a_titled_technique_and_its_licence(licence):
    techs = {e.label: e for e in licence.entities.values()
             if str(e.cls).endswith("#Technology") and not e.known}
    name = "Oxygen-Enriched Side-Blown Smelting Process for Antimony Concentrates"
    assert name in techs, sorted(techs)
    assert not any("Nonferrous Metals Technology" in t or "Institute" in t for t in techs), techs
    ag = [e for e in licence.entities.values() if e.label == "Technology Transfer Agreement"]
    assert ag and name in links(licence, ag[0], NFO.about), ag
