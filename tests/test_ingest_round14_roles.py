"""`kg ingest` round 14, event roles and places, read from short articles written for these tests
(own words; invented events, companies and people; other metals and countries than the dev sets).

* parts of a bigger event (relations/event_parts.py): "As part of the week, the X Seminar was
  held", "On the sidelines of the nickel week, A and B held the Y Signing Ceremony", "alongside
  the expo" (a cue before the bigger event's name or a noun referring back to it), and an event
  dated inside a bigger event's day range named before it ("The congress runs from 10 to 12
  May ... a roundtable on the 11th"); not a forum a speaker "said would be held", not an event
  after the range, not two events opened together ("X and Y opened on ...")."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r14ro") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _parts(draft, label_part):
    """{label of the bigger event: rule} of the new event whose label holds ``label_part``."""
    found = [e for e in draft.entities.values() if label_part.lower() in e.label.lower()
             and not e.known]
    assert found, (label_part, sorted(e.label for e in draft.entities.values()))
    out = {}
    for e in found:
        out.update({k: v[0] for k, v in links(draft, e, NFO.partOfEvent).items()})
    return out


@pytest.fixture(scope="module")
def nickel_week(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-nickel-week", (
        "Nickel week in Perth draws 900 delegates\n"
        "\n"
        "Perth, March 12, 2027 -- The 2027 Asia-Pacific Nickel Week is taking place from March 10"
        " to 14, 2027 at the Perth Convention and Exhibition Centre, hosted by the Western"
        " Australian Nickel Council.\n"
        "\n"
        "As part of the week, the Nickel Sulphate Pricing Seminar was held on March 11. Alongside"
        " the exhibition hall, the Laterite Investment Roundtable took place on the same day,"
        " chaired by Tom Ridley.\n"
        "\n"
        "On the sidelines of the nickel week, Kestrel Minerals Ltd and Harbour Refining Pty Ltd"
        " held the Offtake Signing Ceremony.\n"
        "\n"
        "Speaking at the nickel week, Anna Berg, chief executive of Kestrel Minerals, said the 2027"
        " Kestrel Battery Metals Forum would be held in Sydney on March 12.\n"
        "\n"
        "Kestrel Minerals will hold its Extraordinary General Meeting on April 30, 2027.\n"))


@pytest.fixture(scope="module")
def tin_congress(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-tin-congress", (
        "Bolivian tin congress opens in Oruro\n"
        "\n"
        "Oruro, May 10, 2028 -- The 2028 International Tin Congress opened on May 10 and runs"
        " until May 12, 2028 at the Oruro Mining Hall, organised by the Bolivian Mining Chamber.\n"
        "\n"
        "The Tin Recycling Workshop will be held on May 11. The Solder Alloys Technical Session"
        " closes the programme on May 12.\n"
        "\n"
        "Separately, Andes Tin Corporation said it would restart its Huanuni concentrator on"
        " May 30, 2028.\n"))


@pytest.fixture(scope="module")
def opened_together(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-opened-together", (
        "Copper conference and lithium expo open together in Santiago\n"
        "\n"
        "Santiago, April 6, 2027 -- The 2027 Andean Copper Conference and the Atacama Lithium"
        " Expo opened on April 5, 2027 in Santiago. The three-day conference is organised by the"
        " Chilean Copper Commission.\n"))


def test_as_part_of_the_week(nickel_week):
    assert "2027 Asia-Pacific Nickel Week" in _parts(nickel_week, "Sulphate Pricing Seminar")


def test_on_the_sidelines_of(nickel_week):
    assert "2027 Asia-Pacific Nickel Week" in _parts(nickel_week, "Offtake Signing Ceremony")


def test_an_event_on_a_day_of_the_week_is_part_of_it(nickel_week):
    assert "2027 Asia-Pacific Nickel Week" in _parts(nickel_week, "Laterite Investment")


def test_a_forum_a_speaker_said_would_be_held_is_no_part(nickel_week):
    assert _parts(nickel_week, "Battery Metals Forum") == {}


def test_a_meeting_after_the_range_is_no_part(nickel_week):
    assert _parts(nickel_week, "Extraordinary General Meeting") == {}


def test_workshop_and_session_within_the_congress_days(tin_congress):
    assert "2028 International Tin Congress" in _parts(tin_congress, "Tin Recycling Workshop")
    assert "2028 International Tin Congress" in _parts(tin_congress, "Solder Alloys")


def test_events_opened_together_are_no_parts_of_each_other(opened_together):
    assert _parts(opened_together, "Atacama Lithium Expo") == {}
    assert _parts(opened_together, "Andean Copper Conference") == {}


# * a body whose name ends "in" a place the text names (relations/named_in_place.py): "the
#   Chinese Embassy in Zambia" is in Zambia; not a ministry "in a statement".
@pytest.fixture(scope="module")
def embassy(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-embassy", (
        "Zambian copper exports rise\n"
        "\n"
        "Lusaka, May 4, 2027 -- Zambia's copper exports rose 12% in April, the Chinese Embassy"
        " in Zambia said on Monday.\n"
        "\n"
        "The Ministry of Mines and Minerals Development in a statement said output at the"
        " Kansanshi mine would rise.\n"))


def _places(draft, label_part):
    found = [e for e in draft.entities.values() if label_part.lower() in e.label.lower()
             and not e.known]
    assert found, (label_part, sorted(e.label for e in draft.entities.values()))
    out = {}
    for e in found:
        out.update({k: v[0] for k, v in links(draft, e, NFO.locatedIn).items()})
    return out


def test_an_embassy_in_a_country_is_there(embassy):
    assert "Zambia" in _places(embassy, "Embassy in Zambia")


def test_a_ministry_in_a_statement_is_nowhere(embassy):
    assert _places(embassy, "Ministry of Mines") == {}


@pytest.fixture(scope="module")
def wrapped_expo(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-wrapped-expo", (
        "Rare earth expo opens in Hanoi\n"
        "\n"
        "Hanoi, September 9, 2027 -- The 2027 Vietnam Rare Earth Expo opened on\n"
        "September 8 at the National Convention Center in Hanoi, with 120 exhibitors\n"
        "from eleven countries and a programme of talks on separation, magnets and\n"
        "recycling, separation and magnet design. On the sidelines\n"
        "of the expo, the Rare Earth Magnet Recycling Roundtable was held with guests\n"
        "from makers of motors, wind turbines and disk drives and from their suppliers,\n"
        "hard disk drives, who asked for common rules on collecting used magnets across\n"
        "the region.\n"))


def test_a_cue_wrapped_over_a_line(wrapped_expo):
    assert "2027 Vietnam Rare Earth Expo" in _parts(wrapped_expo, "Magnet Recycling Roundtable")
