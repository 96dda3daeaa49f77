"""Round 14, the lead's name rules: a body named by a place the graph does not know and a
lower-case "government" ("the Qingshan District government") is a government body of its own,
and the place it opens with stays a place (kg/ingest/pipeline.py, ``_place_government``)."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401 (a fixture)

# (own text)
TEXT = """Smelter told to cut emissions

BAIYIN, May 4 -- The Pingchuan District government told the Hongda lead smelter to cut its
sulphur dioxide emissions by half, officials said.
Inspectors from the Pingchuan District government will check the plant in July. Pingchuan
District lies north of the city.
The county government said nothing.
"""


@pytest.fixture(scope="module")
def draft(snapshot_kg):  # noqa: F811
    return draft_of(snapshot_kg, TEXT, "lead14-government")


def _labels(draft, cls):
    return {e.label: e for e in draft.new() if e.cls.endswith(cls)}


def test_the_place_government_is_a_body(draft):
    bodies = _labels(draft, "GovernmentBody")
    assert "Pingchuan District government" in bodies
    assert len(bodies["Pingchuan District government"].mentions) == 2


def test_the_place_it_opens_with_stays_a_place(draft):
    places = _labels(draft, "Region") | _labels(draft, "County")
    assert "Pingchuan District" in places
    # its own mention, and the two inside the body's name
    assert len(places["Pingchuan District"].mentions) == 3


def test_a_bare_county_government_is_no_new_body(draft):
    assert not any(e.label.lower() == "county government" for e in draft.new())


# (own text) a name that runs over a role and a person to "and" and a company, with a line
# break inside it: the split into two companies must give each its mentions (it made two
# entities with none, and a later rule raised on them)
SPLIT = """Zinc pact signed

Wang Tao serves as chief engineer of Hebei Lanting Zinc Co., Ltd. Hunan Zinc Industry
Association Secretary-General Lu Ping and Yiyang Beihe Zinc Co., Ltd. chairman Zhao Min both
spoke at the signing.
"""


def test_a_pair_split_over_a_line_break_leaves_no_entity_without_a_mention(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, SPLIT, "lead14-split")
    assert all(e.mentions for e in draft.new() if not e.role)
    assert all(e.mentions for e in draft.known())


# (own text) foreign legal forms printed without dots, and a port's authority
FOREIGN = """Nickel terminal deal

Vesta Metals NV will run the terminal, and Kiruna Ore AB signed a supply deal with Pohja
Nickel Oy and Tasman Copper Pty Ltd. Officials of the Rotterdam Port Authority attended.
Jan de Vries, the general manager of Vesta Metals NV, spoke.
"""


def test_foreign_legal_forms_and_port_authorities_are_names(snapshot_kg):  # noqa: F811
    draft = draft_of(snapshot_kg, FOREIGN, "lead14-foreign")
    got = {(e.label, e.cls.rsplit("#", 1)[-1]) for e in draft.new()}
    for name in ("Vesta Metals NV", "Kiruna Ore AB", "Pohja Nickel Oy"):
        assert (name, "Company") in got, got
    assert ("Rotterdam Port Authority", "GovernmentBody") in got, got
    # the post the name now makes possible
    assert any(e.label.startswith("Jan de Vries, General manager, Vesta Metals NV") for e in
               draft.new() if e.role), got


def test_its_before_a_name_stands_for_the_sentence_subject_before():
    """"X runs the Y mine. Its Tocopilla refinery ...": "Its" is X's (it was left out when a
    capital followed it, as "the company X Co., Ltd." is)."""
    from kg.ingest.model import Entity
    from kg.ingest.reading.sentences import Sentences
    from kg.ingest.relations.kinds import kind
    from kg.ingest.relations.referents import referents
    from kg.ingest.terms import NFO, URIRef

    text = "Andes Copper S.A. runs the Loa mine. Its Tocopilla refinery makes cathodes.\n"
    firm = Entity(URIRef("https://example.org/andes"), NFO.Company, "Andes Copper S.A.", False,
                  "test", 0.5)
    got = referents(text, [(0, 17, firm)], Sentences(text), kind)
    at = text.index("Its")
    assert [(s, e, x.label) for s, e, x in got] == [(at, at + 3, "Andes Copper S.A.")]
    # "the company" before a name still starts a new description
    text2 = "Andes Copper S.A. said output rose. The company Loa Mining Ltd. was sold.\n"
    assert referents(text2, [(0, 17, firm)], Sentences(text2), kind) == []


def test_a_titled_person_of_a_body_is_a_person_and_the_body(snapshot_kg):  # noqa: F811
    text = ("Scrap line opens\n\nThe opening was attended by Senator Ines Hartmann of the Bremen "
            "Ministry of Ports and Trade, and by Minister Paulo Reis of the Ministry of Mines.\n")
    draft = draft_of(snapshot_kg, text, "lead14-titled")
    labels = {e.label for e in draft.new()}
    assert "Bremen Ministry of Ports and Trade" in labels, labels
    assert not any(label.startswith(("Senator", "Minister Paulo")) for label in labels), labels
