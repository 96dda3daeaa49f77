"""Round 30, relations between people and organisations whose both ends the draft already has:
posts stated after a reported speech ("..., said A, deputy director of X"), ... Every text here
is written for this file."""
from __future__ import annotations

from hostile_drafts import draft_of
from kg.ingest.reading.mood import FACT, NEGATED, mood


def _posts(draft) -> set:
    """(person, organisation, rule) of the draft's posts."""
    label = {e.iri: e.label for e in draft.entities.values()}
    out = set()
    for e in draft.entities.values():
        if str(e.cls).endswith("#Post"):
            held = [label.get(o) for p, o, _, _ in e.statements if str(p).endswith("#heldBy")]
            where = [label.get(o) for p, o, _, _ in e.statements if str(p).endswith("#postIn")]
            for h in held:
                for w in where:
                    out.add((h, w, e.rule))
    return out


def _window_mood(sentence: str, a: str, b: str) -> str:
    start = sentence.index(a)
    return mood(sentence, start, sentence.index(b) + len(b))


def test_a_speech_before_the_speaker_is_not_the_speakers_clause():
    # the negation is the speech's, not the post's
    s = "No permit was ever granted, said Wu Haibo, director of Qinfeng Zinc Co., Ltd."
    assert _window_mood(s, "Wu Haibo", "Qinfeng Zinc Co., Ltd.") == FACT
    s = '"We will not sell the mine," says Wu Haibo of Qinfeng Zinc Co., Ltd.'
    assert _window_mood(s, "Wu Haibo", "Qinfeng Zinc Co., Ltd.") == FACT
    # a negation of the window's own clause is read as before
    s = "Wu Haibo is not a director of Qinfeng Zinc Co., Ltd."
    assert _window_mood(s, "Wu Haibo", "Qinfeng Zinc Co., Ltd.") == NEGATED


SMUGGLING = """Border customs stop zinc ingot shipment

The ingots carried no export papers and no licence had been applied for, said Tang Lihua,
deputy director of the inspection division of Baise Customs. "Nothing could be sold without
approval," said Ma Jun, general manager of Youjiang Zinc Co., Ltd.
"""


def test_posts_of_speakers_after_a_negated_speech(kg):
    posts = {(h, w) for h, w, _ in _posts(draft_of(kg, SMUGGLING, "r30-said"))}
    assert ("Ma Jun", "Youjiang Zinc Co., Ltd.") in posts
    assert any(h == "Tang Lihua" and "Baise Customs" in w for h, w in posts)


def _places(draft) -> dict:
    """label -> {(place label, rule)} of the draft's organisations' places."""
    label = {e.iri: e.label for e in draft.entities.values()}
    return {e.label: {(label.get(o), r) for p, o, _, r in e.statements
                      if str(p).endswith("#locatedIn")}
            for e in draft.entities.values() if e.statements}


DELIVERIES = """Die-casting machines shipped in November

Haixing Machinery delivered two 3,000-tonne machines to Lianfeng Precision Casting Co., Ltd.
in Suzhou last week. On the second day the team visited Chuanyu Light Alloy Co., Ltd. in
Banan District, Chongqing.

Companies named in the list:
    Jinghe Copper Tube Co., Ltd., Jiujiang District -- copper tubes
    Producer: Ruitai Titanium Products Co., Ltd. (Baoji High-tech Zone)

The casting project of Longmen Magnesium Co., Ltd. in Fugu County began in May.
"""


def test_an_organisation_in_the_place_after_its_name(kg):
    places = _places(draft_of(kg, DELIVERIES, "r30-org-in-place"))
    rule = "place:org-in-place"
    assert ("Suzhou", rule) in places["Lianfeng Precision Casting Co., Ltd."]
    # (another rule may read the same words first)
    assert "Banan District" in {p for p, _ in places["Chuanyu Light Alloy Co., Ltd."]}
    assert ("Jiujiang District", rule) in places["Jinghe Copper Tube Co., Ltd."]
    assert ("Baoji High-tech Zone", rule) in places["Ruitai Titanium Products Co., Ltd."]
    # the project's place, not the company's
    assert not any(r == rule for _, r in places.get("Longmen Magnesium Co., Ltd.", ()))


BOARD = """Hexi Tungsten Holdings Limited

VOLUNTARY ANNOUNCEMENT: SUPPLY AGREEMENT

This announcement is made by Hexi Tungsten Holdings Limited (the "Company"). The Company
signed a supply agreement for tungsten concentrate with Qilian Carbide Co., Ltd. on
3 March 2027.

Mr. Sun Hao, executive director of Qilian Carbide Co., Ltd., attended the signing.

As at the date of this announcement, the executive Directors are Mr. Gao Jun and Ms. Fang
Li; the non-executive Director is Mr. Tang Wei; and the independent non-executive Directors
are Dr. Luo Min and Mr. Peng Yu.
"""


def test_the_directors_an_announcement_lists(kg):
    posts = {(h, w, r) for h, w, r in _posts(draft_of(kg, BOARD, "r30-board"))}
    company = "Hexi Tungsten Holdings Limited"
    for person in ("Gao Jun", "Fang Li", "Tang Wei", "Luo Min", "Peng Yu"):
        assert (person, company, "post:board-list@0.6") in posts
    # a director named in a sentence of its own is the post rules', in the company it names
    assert not any(h == "Sun Hao" and w == company for h, w, _ in posts)


LETTER = """Reply on the copper rod supply for 2027

We confirm the monthly volume of 1,200 tonnes and the price formula agreed in Kunming. Please
send the draft contract by Friday.

                                   By order of the Board
                             Dianxi Copper Rod Co., Ltd.
                                     Yang Zhiwei
                                    Sales Director
"""


def test_a_centred_signature_block_organisation_person_role(kg):
    # (lines centred, not at one column: not the stacked lines of relations/stacked_posts.py)
    posts = _posts(draft_of(kg, LETTER, "r30-signature"))
    assert ("Yang Zhiwei", "Dianxi Copper Rod Co., Ltd.", "post:signature-block@0.6") in posts


UNDER = """Park committee reports on the zinc cluster

The Longxi Park Management Committee under the Longxi County People's Government said on
Monday that the Longxi Geological Survey Institute, a public institution directly under the
Gansu Provincial Bureau of Geology, had finished its survey. Xihe Zinc Group, a state-owned
enterprise under the Gansu Provincial State-owned Assets Supervision and Administration
Commission, will build the smelter.
"""


def test_a_body_under_another(kg):
    draft = draft_of(kg, UNDER, "r30-under")
    label = {e.iri: e.label for e in draft.entities.values()}
    got = {(e.label, str(p).rsplit("#", 1)[-1], label.get(o)) for e in draft.entities.values()
           for p, o, _, r in e.statements if r == "org:under-body"}
    assert ("Longxi Park Management Committee", "unitOf",
            "Longxi County People's Government") in got
    assert ("Longxi Geological Survey Institute", "unitOf",
            "Gansu Provincial Bureau of Geology") in got
    assert any(p == "actualControllerOf" and o == "Xihe Zinc Group" for _, p, o in got)


SIGNED = """Nickel refiner buys stake in Sulawesi miner

Hengda Nickel (Hong Kong) Co., Ltd. signed a share purchase agreement in Jakarta with
Laterite Ventures Pte. Ltd. to buy 60% of a nickel mine in Sulawesi.
"""


def test_the_other_side_after_where_the_agreement_was_signed(kg):
    draft = draft_of(kg, SIGNED, "r30-signed-in")
    label = {e.iri: e.label for e in draft.entities.values()}
    parties = {label.get(o) for e in draft.entities.values() if str(e.cls).endswith("#Agreement")
               for p, o, _, _ in e.statements if str(p).endswith("#party")}
    assert {"Hengda Nickel (Hong Kong) Co., Ltd.", "Laterite Ventures Pte. Ltd."} <= parties


COUNTIES = """Notes to the table of projects

1. Lintan County, Zhouqu County and Diebu County are all in the Gannan Tibetan Autonomous
   Prefecture. The three counties reported 12 mining projects between them.
"""


def test_places_listed_together_in_one_place(kg):
    places = _places(draft_of(kg, COUNTIES, "r30-listed-in"))
    for county in ("Lintan County", "Zhouqu County", "Diebu County"):
        assert any(r == "place:listed-in" and "Gannan" in (p or "") for p, r in places[county])


LAB = """Joint laboratory for titanium castings opens

Qinling Titanium Co., Ltd. and Huaxi University opened a joint laboratory on Monday. It is led
by Professor Deng Ruoxi of the university's School of Metallurgical Engineering.
"""


def test_a_professor_of_the_universitys_school(kg):
    posts = _posts(draft_of(kg, LAB, "r30-professor-unit"))
    assert any(h == "Deng Ruoxi" and w == "School of Metallurgical Engineering"
               and r == "post:title-of-org" for h, w, r in posts)
