"""`kg ingest`: round 43's reading of who took part in an event (relations/apposed_parties.py),
on short texts written for these tests (own words; invented people, companies and societies).
An organisation printed only as the employer of a person who spoke at, chaired or attended an
event ("Professor A, X University", "B, President, Y Co., Ltd.") is that person's, not a
participant of the event; an organisation the text names as taking part itself stays one."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of

NFO = "https://w3id.org/nfkg/ontology#"
PEOPLE_ROLES = ("participant", "speaker", "presidedBy")

AGENDA = """Programme of the 2027 Scandium Users' Conference

Hangzhou, 18 June 2027

08:30-09:00  Opening ceremony
             Moderator: Ruan Qingbo, Deputy Secretary-General, Zhejiang Rare Metals Society
09:00-09:30  Welcome address
             Lin Youhe, President, Zhejiang Brightstone Alloys Co., Ltd.
09:30-10:10  Keynote: scandium in aluminium alloys for ships
             Professor Tao Wenshu, Westlake Polytechnic University
10:10-10:40  Panel: scandium oxide prices
             Qiantang Metals Exchange; Hangzhou Nonferrous Traders' Association
"""

FORUM = """Rare metals buyers gather in Hangzhou

Metals Daily | 2027-05-12

The Hangzhou Rare Metals Buyers' Forum was held in Hangzhou on 11 May. Professor Ruan Qingbo,
Westlake Polytechnic University, delivered the opening report on scandium supply, and Lin Youhe,
general manager of Zhejiang Brightstone Alloys Co., Ltd., spoke on hafnium sponge.
Representatives of the Hangzhou Nonferrous Traders' Association also attended the forum.
"""


@pytest.fixture(scope="module")
def agenda(kg):
    return draft_of(kg, AGENDA, "round43-agenda", name="agenda.txt")


@pytest.fixture(scope="module")
def forum(kg):
    return draft_of(kg, FORUM, "round43-forum", name="forum.txt")


def _roles(draft, start):
    """{(role, label of the other end)} of the new event whose label starts with ``start``."""
    ev = next(e for e in draft.new() if e.label.startswith(start))
    out = set()
    for p, o, _, _ in ev.statements:
        role = str(p).rsplit("#", 1)[-1]
        other = draft.entities.get(o)
        if role in PEOPLE_ROLES and other is not None:
            out.add((role, other.label))
    return out


def _others(roles):
    return {label for _, label in roles}


def test_a_keynote_speakers_university_is_not_a_participant(agenda):
    got = _roles(agenda, "Keynote: scandium")
    assert "Tao Wenshu" in _others(got), got
    assert "Westlake Polytechnic University" not in _others(got), got


def test_a_moderators_society_is_not_a_participant(agenda):
    got = _roles(agenda, "Opening ceremony")
    assert "Ruan Qingbo" in _others(got), got
    assert "Zhejiang Rare Metals Society" not in _others(got), got


def test_an_organisation_on_a_line_of_its_own_still_takes_part(agenda):
    # no person before it: the exchange is on the panel itself
    got = _roles(agenda, "Panel: scandium oxide prices")
    assert "Qiantang Metals Exchange" in _others(got), got


def test_in_prose_the_speakers_are_people_and_the_association_attended(forum):
    got = _roles(forum, "Hangzhou Rare Metals Buyers' Forum")
    assert {("speaker", "Ruan Qingbo"), ("speaker", "Lin Youhe")} <= got, got
    assert ("participant", "Hangzhou Nonferrous Traders' Association") in got, got
    assert "Westlake Polytechnic University" not in _others(got), got
    assert "Zhejiang Brightstone Alloys Co., Ltd." not in _others(got), got


CIRCULAR = """2027 EAST CHINA SCANDIUM APPLICATIONS FORUM
Second circular

Dates:          12-13 May 2027
Venue:          Qiantang Lakeside Hotel, Hangzhou
Organised by:   Zhejiang Rare Metals Society
Co-organised by: Hangzhou Nonferrous Traders' Association
Undertaken by:  Zhejiang Brightstone Alloys Co., Ltd.; Qiantang Metals Exchange
Supported by:   Westlake Polytechnic University

The forum will discuss scandium-aluminium alloys for ships and aircraft.
"""


@pytest.fixture(scope="module")
def circular(kg):
    return draft_of(kg, CIRCULAR, "round43-circular", name="circular.txt")


def _links(draft, start):
    """{(property, label of the other end)} of the new event whose label starts with ``start``."""
    ev = next(e for e in draft.new() if e.label.startswith(start))
    return {(str(p).rsplit("#", 1)[-1], draft.entities[o].label)
            for p, o, _, _ in ev.statements if o in draft.entities}


def test_the_head_fields_of_a_circular_name_organiser_undertakers_and_supporter(circular):
    got = _links(circular, "2027 EAST CHINA SCANDIUM")
    assert ("organizedBy", "Zhejiang Rare Metals Society") in got, got
    assert ("coOrganizedBy", "Qiantang Metals Exchange") in got, got
    assert ("supportedBy", "Westlake Polytechnic University") in got, got


def test_a_supporter_is_not_drafted_as_organiser(circular):
    got = _links(circular, "2027 EAST CHINA SCANDIUM")
    assert ("organizedBy", "Westlake Polytechnic University") not in got, got
    assert ("organizedBy", "Qiantang Metals Exchange") not in got, got



OWNERS = """Foil makers break ground in Hebi

Metals Daily | 2027-06-02

On 1 June the 20,000-tonne copper foil project of Henan Qiyun Light Alloys Co., Ltd. broke ground
in the Hebi Economic Development Zone, and a copper rod line of Zhongyuan Qiyun Holdings Co.,
Ltd. started trial production.
"""


@pytest.fixture(scope="module")
def owners(kg):
    return draft_of(kg, OWNERS, "round43-owners", name="owners.txt")


def test_the_owner_of_another_works_in_the_sentence_is_no_participant(owners):
    # "a copper rod line of Zhongyuan Qiyun": Zhongyuan owns the line, it takes no part in
    # the foil project; "the ... project of Henan Qiyun": Henan Qiyun owns the project
    foil = _links(owners, "20,000-tonne copper foil project")
    assert ("ownedBy", "Henan Qiyun Light Alloys Co., Ltd.") in foil, foil
    assert ("participant", "Zhongyuan Qiyun Holdings Co., Ltd.") not in foil, foil
    line = _links(owners, "Copper rod line")
    assert ("ownedBy", "Zhongyuan Qiyun Holdings Co., Ltd.") in line, line
    assert ("participant", "Henan Qiyun Light Alloys Co., Ltd.") not in line, line


BUYERS = """Buyers meet in Kunming

Metals Daily | 2027-06-02

The 2027 Kunming Tin Buyers' Conference was held on 1 June and drew traders from Malaysia, Peru
and Indonesia. Tao Minhui, vice mayor of Gejiu, addressed the conference, and a tin exchange signed a
data agreement there.
"""


@pytest.fixture(scope="module")
def buyers(kg):
    return draft_of(kg, BUYERS, "round43-buyers", name="buyers.txt")


def test_a_guests_home_and_a_vice_mayors_city_are_not_the_venue(buyers):
    got = _links(buyers, "2027 Kunming Tin Buyers' Conference")
    assert ("speaker", "Tao Minhui") in got, got
    held = {label for p, label in got if p == "heldIn"}
    assert not held & {"Malaysia", "Gejiu"}, held


UNVEILED = """Testing centre opens in Hebi

Metals Daily | 2027-06-08

On 5 June a magnesium alloy testing centre was unveiled at the cold rolling plant of Henan Qiyun
Light Alloys Co., Ltd. in Hebi. On 6 June the new shares were registered with the Zhengzhou
branch of the Central Henan Securities Depository Co., Ltd.
"""


@pytest.fixture(scope="module")
def unveiled(kg):
    return draft_of(kg, UNVEILED, "round43-unveiled", name="unveiled.txt")


def test_the_owner_of_the_plant_an_event_was_held_at_is_no_party(unveiled):
    got = _links(unveiled, "Unveiling of a magnesium alloy testing centre")
    assert ("heldIn", "Cold rolling plant") in got, got
    assert ("participant", "Henan Qiyun Light Alloys Co., Ltd.") not in got, got


def test_a_branch_that_acted_stays_a_party(unveiled):
    got = _links(unveiled, "The new shares were registered")
    assert any(p == "participant" and label.startswith("Zhengzhou branch")
               for p, label in got), got
