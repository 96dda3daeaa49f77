"""Round 35, links: a known place or metal the text prints only as a word of new organisations'
names ("Shanghai Clearing House", "X Magnesium Co., Ltd.") is no entity the article names, and
is not linked; a place's own office printed with every word capitalised ("Henan Provincial Tax
Service", "Jiyuan Municipal Tax Service"), which no name's head word reads, is a new government
body, and the place before it a word of its name; a form's fields set off by a leader of dots
("Builder ........ X") are fields as a colon's are, so a name wrapped in such a field is read
whole."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401


def _known(draft) -> set:
    return {e.label for e in draft.known()}


CLEARING = """Lintong Alloys Prices Its Second Green Note

Lintong Alloys Co., Ltd. sold 500 million yuan of three-year green notes on Tuesday at a
coupon of 2.1%. The papers of the issue can be read on the website of Shanghai Clearing House,
and the bookrunner was Qiaoyuan Securities Co., Ltd.
"""


def test_a_place_printed_only_inside_new_names_is_not_linked(snapshot_kg):
    d = draft_of(snapshot_kg, CLEARING, "round35-clearing")
    assert "Shanghai" not in _known(d)
    assert "Shanghai Clearing House" in new_labels(d)


def test_the_place_printed_on_its_own_still_links(snapshot_kg):
    text = CLEARING.replace("on Tuesday", "in Shanghai on Tuesday")
    d = draft_of(snapshot_kg, text, "round35-clearing-place")
    assert "Shanghai" in _known(d)


TAX = """Refund Notice of the Henan Provincial Tax Service

Four smelters in the province may claim the refund from January 2027. The Jiyuan
Municipal Tax Service will check the claims of the Jiyuan plants, and the
Henan Provincial Tax Service will publish the results in March 2027.

    Taxpayer       Jiyuan Hengxin Recycling Co., Ltd.
    In-charge      Jiyuan Municipal Tax Service
"""


def test_a_capitalised_place_office_is_a_new_body(snapshot_kg):
    d = draft_of(snapshot_kg, TAX, "round35-tax")
    bodies = new_labels(d, "GovernmentBody")
    assert "Henan Provincial Tax Service" in bodies
    assert "Jiyuan Municipal Tax Service" in bodies
    assert not any(b.startswith("In-charge") for b in bodies)
    assert "Henan" not in _known(d)


def test_the_office_in_lower_case_after_a_capital_word_is_no_capitalised_body(snapshot_kg):
    text = TAX.replace("The Jiyuan\nMunicipal Tax Service", "The Jiyuan\nmunicipal tax service")
    d = draft_of(snapshot_kg, text, "round35-tax-lower")
    assert not any(b.startswith("The ") for b in new_labels(d, "GovernmentBody"))


FORM = """Record of Acceptance of a Finished Building

== Part B  Units ==
Builder .............. Qinghe Donglin Zinc Alloy Casting Co., Ltd.
                       (a subsidiary of Chinalco); site manager: Pan Jie
Designer ............. Lanfeng Copper and Zinc Engineering and
                       Design Institute Co., Ltd.; principal: Wu Qi
Main contractor ...... China Ruiheng Eighth Metallurgical Construction
                       Co., Ltd.; project manager: Kong Lei
Surveyor ............. Qinghe Dadi Survey Institute
"""


def test_a_name_wrapped_in_a_dot_leader_field_is_read_whole(snapshot_kg):
    d = draft_of(snapshot_kg, FORM, "round35-form")
    names = new_labels(d)
    assert "Lanfeng Copper and Zinc Engineering and Design Institute Co., Ltd." in names
    assert "China Ruiheng Eighth Metallurgical Construction Co., Ltd." in names
    assert not {"China", "Copper"} & _known(d)


PLANS = """Fugu Approves Its Park Plans

Fugu, 2 October 2027 -- The county government approved the three implementation
plans of the magnesium park on Friday; works on the first start in March 2028.
"""


def test_a_generic_alias_in_the_plural_names_no_known_document(snapshot_kg):
    d = draft_of(snapshot_kg, PLANS, "round35-plans")
    assert not any("Implementation Plan" in x for x in _known(d))
