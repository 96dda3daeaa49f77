"""`kg ingest` round 17, links across sentences (texts written for these tests: own words,
invented companies, places and figures).

* relations/clause_subjects.py (data/subject-nouns.txt): an event minted from a clause is about
  the thing the clause's subject names or refers back to: "The three projects above are
  expected to start construction" (each of the three listed projects, not the testing centre
  named after the list), "The smelter was ordered to halt its converter line" (the smelter),
  "The company ... would open a laboratory" and "..., and will move its head office" (the
  company "the company" / "the group" stands for). Not: a subject that is a government ("The
  government will build a park"), a deal noun with no deal named before ("The merger was
  suspended" when the draft has no merger), a subject with no count ("the projects"). A step
  with no subject ("Construction began in May") is about the works "the line" of the sentence
  before refers to, over the station named last before it.
* events/anaphora.py (_participants, _took_part): who took part, named before an intransitive
  verb of taking part ("A, director of X, took part.", "B accompanied the minister.") or after
  an inverted cue ("Also present were C, chairwoman of Y, and D"), of the event the sentence
  names or the one named last in the three sentences before; an organisation in a person's
  apposition is no participant ("Director of the X Department"), nor a name that does not open
  the sentence ("Bidding ran on the platform of X, and 30 registered bidders took part").
* relations/producers.article_metal (data/metal-trade-words.txt): in an article about one
  metal, a company is guessed to be in that metal's business only when its name says the metal
  or a metals trade ("Kellmoor Cobalt", "Brisk Mining") or a sentence names it with the metal
  ("Lanmo Precision ... added two cobalt powder lines"); not a logistics firm or a lender named
  apart from the metal.
"""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

_PROJECTS = """Tarrow signs three cobalt and nickel projects at investment fair

2026-05-11 09:00    Source: Tarrow Municipal People's Government

On 9 May, the 2026 Tarrow New Materials Investment Fair was held in Tarrow. Three projects were
signed on the spot:

— a 20,000-tonne-a-year cobalt sulphate project of Fenmoor New Energy Co., Ltd. in Eastfield District, 1.2 billion yuan;
— a nickel foil project of Gravely Materials Co., Ltd. in Hollin County, 800 million yuan;
— a tungsten powder project of Harwick Carbide Co., Ltd. in the Tarrow High-tech Zone, 600 million yuan.

The city also agreed with the Northern Alloy Association to set up a testing centre for
battery metals in Tarrow.

The three projects above are expected to start construction before the end of September.
The projects are due to be completed in December 2028.
"""

_SMELTER = """Lindqvist nickel smelter fined over emissions breach

OSTRAVIK, 14 March -- Lindqvist Nickel Co., Ltd., which runs a 40,000-tonne nickel smelter near
Ostravik, has been fined 3 million crowns by the regional environment agency for exceeding
sulphur dioxide limits.

The smelter was ordered to halt its converter line on 2 March after inspectors found the
scrubber switched off.

Meanwhile the merger of Lindqvist Nickel with Ostra Metals Co., Ltd. has been put on hold. The
merger was suspended by the competition authority on 10 March.
"""

_COMPANY = """Pellham Copper to relocate its head office

2026-08-03 10:00    Source: Western Metals Daily

Pellham Copper Group Co., Ltd. said on Monday that it had finished selling its stake in a cobalt
refinery in Zambia. The group plans to raise output of cathode copper to 500,000 tonnes by 2028,
and will move its head office to Riverton next year.

Its chairman, Aldous Venn, said the company would open a research laboratory in Riverton in 2027.

The Riverton City Government welcomed the move. The government will build a logistics park near
the port by 2028.
"""


_FORUM = """Tin forum opens in Hezhou

HEZHOU, 3 June -- The 2026 Hezhou Tin Industry Forum was held in Hezhou on Tuesday. It was
organised by the Hezhou Municipal People's Government.

Zhao Ping, Director of the Mineral Resources Department of the Ministry of Natural Resources,
took part. Lu Qing, vice mayor of Hezhou, accompanied the minister.

Also present were Sun Mei, chairwoman of Hezhou Tin Co., Ltd., and Gao Yan, general manager of
Pinggui Smelting Co., Ltd.

On Wednesday the Hezhou Public Resources Trading Centre held an auction of two tin mining
rights. Bidding ran on the platform of the Guangxi Mining Exchange, and 30 registered bidders
took part.
"""


_LINE = """Hydropower link to feed Ardmore zinc smelter

2026-02-10 08:00    Source: Western Metals Daily

Ardmore Zinc Co., Ltd. has signed a deal to take power from a 110-kilovolt line that runs from
the Kessel hydropower station to its smelter in Dunmore County. The Kessel station is owned by
Brannock Energy Co., Ltd., which built the line. Construction began in May 2025.
"""


_COBALT = """Cobalt prices climb as stocks shrink

2026-03-02 09:00    Source: Eastern Metals Weekly

Cobalt prices rose for a third week as cobalt stocks in bonded warehouses fell. Traders said cobalt
hydroxide shipments were late, and cobalt sulphate makers cut runs.

Brisk Mining Co., Ltd. said its cobalt output fell by a tenth. Harbour Logistics Co., Ltd. said
fewer cargoes reached its warehouses. Kellmoor Cobalt Co., Ltd. plans a new refinery in Ningbo.
Eastbank Finance Co., Ltd. has agreed to lend it 200 million yuan.

Lanmo Precision Co., Ltd. added two cobalt powder lines.
"""


def _draft(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r17links") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


@pytest.fixture(scope="module")
def drafts(kg, tmp_path_factory):
    return {name: _draft(kg, tmp_path_factory, f"r17-{name}", text) for name, text in
            (("projects", _PROJECTS), ("smelter", _SMELTER), ("company", _COMPANY),
                          ("forum", _FORUM), ("line", _LINE),
                          ("cobalt", _COBALT))}


def _about(draft, label_part):
    out = set()
    for e in draft.entities.values():
        if label_part.lower() in e.label.lower():
            out |= {draft.entities[o].label for p, o, _, _ in e.statements
                    if p == NFO.about and o in draft.entities}
    return out


def test_counted_projects_above_are_the_listed_ones(drafts):
    got = _about(drafts["projects"], "three projects above")
    assert len(got) == 3 and all("project" in x.lower() for x in got)
    assert not any("centre" in x.lower() or "center" in x.lower() for x in got)


def test_the_smelter_as_subject(drafts):
    assert any("smelter" in x for x in _about(drafts["smelter"], "ordered to halt"))


def test_deal_noun_with_no_deal_named(drafts):
    assert not _about(drafts["smelter"], "merger was suspended")


@pytest.mark.parametrize("event", ["move its head office", "open a research laboratory"])
def test_the_company_and_the_group(drafts, event):
    assert _about(drafts["company"], event) == {"Pellham Copper Group Co., Ltd."}


def test_no_government_subject(drafts):
    # (round 30: the step is about the park it builds, a project "will build a logistics park"
    # names; never about the government that builds it)
    assert not {x for x in _about(drafts["company"], "logistics park") if "overnment" in x}


def test_no_count_no_referent(drafts):
    # "The projects are due to be completed": how many is not said
    for e in drafts["projects"].entities.values():
        if e.label.lower().startswith("the projects"):
            assert not any(r.startswith("topic:clause-subject") for *_, r in e.statements)


def _participants(draft, label_part):
    out = set()
    for e in draft.entities.values():
        if label_part.lower() in e.label.lower():
            out |= {draft.entities[o].label for p, o, _, _ in e.statements
                    if p == NFO.participant and o in draft.entities}
    return out


def test_took_part_and_present(drafts):
    got = _participants(drafts["forum"], "Tin Industry Forum")
    assert {"Zhao Ping", "Lu Qing", "Sun Mei", "Gao Yan"} <= got
    assert not any("Department" in x or "Ministry" in x or "Co., Ltd." in x for x in got)


def test_no_participant_from_a_place_of_bidding(drafts):
    for e in drafts["forum"].entities.values():
        got = {drafts["forum"].entities[o].label for p, o, _, r in e.statements
               if p == NFO.participant and o in drafts["forum"].entities
               and r == "event:participants-cue"}
        assert "Guangxi Mining Exchange" not in got


def test_step_with_no_subject_is_about_the_works_referred_to(drafts):
    assert _about(drafts["line"], "Construction began") == {"110-kilovolt line"}


@pytest.mark.parametrize("company,guessed", [("Brisk Mining", True), ("Kellmoor Cobalt", True),
                                             ("Lanmo Precision", True),
                                             ("Harbour Logistics", False),
                                             ("Eastbank Finance", False)])
def test_article_metal_by_name(drafts, company, guessed):
    rules = {r for e in drafts["cobalt"].entities.values() if company in e.label
             for *_, r in e.statements}
    assert ("context:article-metal@0.5" in rules) == guessed
