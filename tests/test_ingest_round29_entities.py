"""Round 29, entities: the bodies that govern an organisation, named by their common noun
("the issuer's board", "the association's second council", "its presidium", "the board of
directors of the Company (the "Board")", "the Supervisory Board"), each one organisation that is
a unit of its owner (names/governing_bodies.py)."""
from __future__ import annotations

from hostile_drafts import draft_of


def _bodies(draft) -> dict:
    """label -> (rule, owner label, printed mentions) of the draft's governing bodies."""
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.new():
        if e.rule.startswith("name:governing-body"):
            owner = [by_iri.get(o) for p, o, _, _ in e.statements if str(p).endswith("#unitOf")]
            out[e.label] = (e.rule, owner, [draft.text[m.start:m.end] for m in e.mentions])
    return out


ANNOUNCEMENT = """Qilian Tungsten Holdings Limited

ANNOUNCEMENT ON A SUPPLY AGREEMENT

The board of directors of the Company (the "Board") is pleased to report that Qilian Tungsten
Holdings Limited (the "Company") signed a supply agreement with Hexi Carbide Co., Ltd. on
3 March 2027 for ammonium paratungstate.

By order of the Board
"""


def test_board_of_the_defined_company(kg):
    bodies = _bodies(draft_of(kg, ANNOUNCEMENT, "r29-board"))
    assert list(bodies) == ["Board of directors of Qilian Tungsten Holdings Limited"]
    rule, owner, printed = bodies["Board of directors of Qilian Tungsten Holdings Limited"]
    assert rule == "name:governing-body"
    assert owner == ["Qilian Tungsten Holdings Limited"]
    assert printed == ["board of directors", "Board"]


NEWSLETTER = """Gansu Nonferrous Metals Industry Association newsletter

The third meeting of the association's second council was held in Lanzhou on 8 May 2027.
The council elected Ma Yuhua as vice president. The board meeting of Longxi Zinc Co., Ltd.
followed, with Zhao Ping, secretary of the board, presenting the budget.
"""


def test_council_of_the_association_by_its_noun(kg):
    bodies = _bodies(draft_of(kg, NEWSLETTER, "r29-council"))
    label = "Second council of Gansu Nonferrous Metals Industry Association"
    assert list(bodies) == [label]       # no board: "board meeting", "secretary of the board"
    _, owner, printed = bodies[label]
    assert owner == ["Gansu Nonferrous Metals Industry Association"]
    assert printed == ["second council", "council"]


LETTER = """Dear Chairman Wu,

On behalf of the Management Board of Elbtal Aluminium GmbH I thank you for your visit.
Our Supervisory Board has named Dr. Petra Lang as the next chief executive.
"""


def test_capitalised_body_without_owner_is_a_guess(kg):
    bodies = _bodies(draft_of(kg, LETTER, "r29-letter"))
    assert bodies["Management board of Elbtal Aluminium GmbH"][0] == "name:governing-body"
    rule, owner, _ = bodies["Supervisory board of Elbtal Aluminium GmbH"]
    assert rule == "name:governing-body-guessed-owner"
    assert owner == ["Elbtal Aluminium GmbH"]


def test_a_board_nobody_owns_is_no_body(kg):
    text = ("Qinghe Magnesium Co., Ltd. said on Monday that its output rose. Documents on board "
            "the vessel were checked. The board will decide in June.\n")
    bodies = _bodies(draft_of(kg, text, "r29-none"))
    assert bodies == {}



# A works' shop is no seminar (events/happenings.py, data/workshop-gatherings.txt): "the copper
# rod workshop", "a yam-drying workshop" are shops of a plant (names/facility_nouns.py reads them);
# "a training workshop", "a workshop on X" stay gatherings.
SHOPS = """Tongling Jinhe Copper Co., Ltd. will offer jobs at its copper rod workshop to villagers of
working age. A small yam-drying workshop in Beiling Village was completed on 30 September.
On 12 October the company held a two-day training workshop on energy saving for 60 staff.
"""


def test_a_works_shop_is_no_seminar(kg):
    draft = draft_of(kg, SHOPS, "r29-shops")
    by_class: dict = {}
    for e in draft.new():
        by_class.setdefault(str(e.cls).rsplit("#", 1)[-1], set()).add(e.label.lower())
    seminars = by_class.get("Seminar", set())
    assert not any("rod workshop" in s or "yam-drying" in s for s in seminars), seminars
    assert any("training workshop" in s for s in seminars), seminars
    assert any("copper rod workshop" in s for s in by_class.get("Site", set())), by_class


# Units of an organisation in lower case (names/unit_nouns.py): after "the", "its" or a
# possessive, owned through "of X" or the possessive; no owner printed, or "a ... centre of X"
# (a works), is no unit.
UNITS = """Hanzhong Zinc Industry Co., Ltd. (the "Company") replied to the exchange on 3 May 2027.
Its sole supplier was run by a former employee of the Company's procurement department. Ma
Lin, who heads the quality inspection center of Hanzhong Zinc Industry Co., Ltd., said the new
shipment would arrive soon, the customs office said. Work began on a scrap sorting centre of
Mianxian Recycling Co., Ltd.
"""


def test_units_in_lower_case(kg):
    draft = draft_of(kg, UNITS, "r29-units")
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    units = {e.label: [by_iri.get(o) for p, o, _, _ in e.statements if str(p).endswith("#unitOf")]
             for e in draft.new() if e.rule == "name:unit-noun"}
    assert units == {
        "Procurement department of Hanzhong Zinc Industry Co., Ltd.":
            ["Hanzhong Zinc Industry Co., Ltd."],
        "Quality inspection center of Hanzhong Zinc Industry Co., Ltd.":
            ["Hanzhong Zinc Industry Co., Ltd."]}, units
