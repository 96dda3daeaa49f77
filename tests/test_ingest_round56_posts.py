"""Round 56, posts of people named with an organisation the text named before and now calls by
a referent (kg/ingest/relations/referent_role_posts.py and definite_posts.py), on short texts
written for this file (invented bureaus, plants and firms): "the company's logistics manager,
A", "the plant's energy manager, B", "Director C of the Bureau", "D, Deputy Director of this
Bureau", "E, President of the hospital". Not a post: a describing word that is no job's
("the company's own director"), nor a role before a name that "of the" does not follow with a
body the text named."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round56-posts"):
    return draft_of(kg, text, doc_id, "round56.txt", today=dt.date(2027, 3, 20))


def _held(draft) -> set:
    """(holder, body) labels of the draft's posts."""
    return {(h, b) for h, _, b in posts(draft)}


_LORRIES = (
    "Reply to a Letter on Lorries at Night\n\n"
    "Residents of Elmbrook Lane wrote about lorries of Quenby Alloy Co., Ltd. passing after "
    "midnight. On 4 March the Transport Office met the company's logistics manager, Pei "
    "Rongsheng. The company has agreed to keep its lorries to the ring road.\n"
)


def test_a_companys_logistics_manager_holds_a_post_in_the_company(snapshot_kg):
    got = _held(_draft(snapshot_kg, _LORRIES))
    assert ("Pei Rongsheng", "Quenby Alloy Co., Ltd.") in got, got


_PLANT = (
    "Energy Audit Summary\n\n"
    "The audit of the Harwick Zinc Smelting Plant of Pell Metals Co., Ltd. was finished in February 2027. The panel asked "
    "for a new heat recovery boiler. The plant's energy manager, Sun Qiaolin, will report the "
    "progress every six months.\n"
)


def test_a_plants_energy_manager_holds_a_post_in_the_plant(snapshot_kg):
    got = _held(_draft(snapshot_kg, _PLANT))
    assert ("Sun Qiaolin", "Harwick Zinc Smelting Plant of Pell Metals Co., Ltd.") in got, got


_BUREAU = (
    "LANGDON COUNTY NATURAL RESOURCES BUREAU\n\n"
    "Bulletin on the Survey of a Disputed Mine Boundary\n\n"
    "The survey of the boundary between two lead mines in Langdon County was finished on "
    "12 March 2027. Director Mo Jiahui of the Bureau said the survey closed the dispute. The "
    "plots shall be checked again by 30 April under the direction of Tan Weiliang, Deputy "
    "Director of this Bureau.\n\n"
    "Langdon County Natural Resources Bureau\n"
    "14 March 2027\n"
)


def test_a_title_before_the_name_and_of_the_bureau_after_it(snapshot_kg):
    got = _held(_draft(snapshot_kg, _BUREAU))
    assert ("Mo Jiahui", "Langdon County Natural Resources Bureau") in got, got


def test_deputy_director_of_this_bureau(snapshot_kg):
    got = _held(_draft(snapshot_kg, _BUREAU))
    assert ("Tan Weiliang", "Langdon County Natural Resources Bureau") in got, got


_HOSPITAL = (
    "Designated Clinic Agreement Signed\n\n"
    "The Medical Security Bureau of Farrow City signed an agreement with Ridgeway Tin Mine "
    "Workers' Hospital on 2 March 2027. Miners may now settle their bills at the counter. "
    "The agreement was signed by Kou Yanbin, President of the hospital.\n"
)


def test_president_of_the_hospital(snapshot_kg):
    got = _held(_draft(snapshot_kg, _HOSPITAL))
    assert ("Kou Yanbin", "Ridgeway Tin Mine Workers' Hospital") in got, got


_OWN = (
    "Quenby Alloy Co., Ltd. held its staff meeting on 3 March 2027. The company's own "
    "director, Lu Weiping, was not there; Shen Mao of Pell Bank spoke.\n"
)


def test_a_word_that_is_no_jobs_makes_no_post(snapshot_kg):
    got = {h for h, _ in _held(_draft(snapshot_kg, _OWN))}
    assert "Lu Weiping" not in got, got


_LIST = (
    "Westholm Municipal Civil Affairs Bureau\n\n"
    "Announcement on Social Organizations with Abnormal Activities\n\n"
    "The following organizations are placed on the list:\n\n"
    "  Organization:    Westholm Tin Solder Trade Association\n"
    "  Legal rep.:      Yao Chengwu\n"
    "  Reason:          did not take part in the annual inspection\n"
    "  --------------------------------------------------------\n"
    "  Organization:    Westholm Scrap Copper Recycling Association\n"
    "  Legal rep.:      Bao Lianying\n"
    "  Reason:          cannot be reached at its domicile\n\n"
    "Westholm Municipal Civil Affairs Bureau\n"
    "9 March 2027\n"
)


def test_a_shortened_legal_rep_label_is_a_post_of_the_record_above(snapshot_kg):
    got = _held(_draft(snapshot_kg, _LIST))
    assert ("Yao Chengwu", "Westholm Tin Solder Trade Association") in got, got
    assert ("Bao Lianying", "Westholm Scrap Copper Recycling Association") in got, got


_BRANCH = (
    "Brenley High-tech Zone Administrative Approval Bureau\n\n"
    "A new branch was registered on 5 March 2027:\n\n"
    "  Name:                    Corvale Light Metals Co., Ltd. Brenley Branch\n"
    "  Person in charge:        Hua Dingbo\n"
    "  Business premises:       No. 9 Keyuan Road\n"
)


def test_person_in_charge_under_a_records_name_field(snapshot_kg):
    got = _held(_draft(snapshot_kg, _BRANCH))
    assert any(h == "Hua Dingbo" and b.startswith("Corvale Light Metals") for h, b in got), got


_NO_RECORD = (
    "Site Visit Report\n\n"
    "Quenby Alloy Co., Ltd. and Pell Metals Co., Ltd. were visited in March 2027.\n\n"
    "Person in charge: Dou Xiaoran\n"
)


def test_person_in_charge_with_no_record_above_takes_no_body_by_count(snapshot_kg):
    got = _held(_draft(snapshot_kg, _NO_RECORD))
    assert ("Dou Xiaoran", "Pell Metals Co., Ltd.") not in got, got


_PARTY = (
    "Thornby Fire and Rescue Brigade\n\n"
    "Determination of the Cause of a Fire\n\n"
    "Party concerned:    Orrin Nonferrous Smelting Co., Ltd.\n"
    "                    (legal representative: Lai Xuechun)\n"
    "Place:              raw material store, Thornby Industrial Park\n\n"
    "The fire was started by a faulty lamp. The supplier, Pask Cable Co., Ltd. (general "
    "manager: Wen Jiarui), replaced the lamps on 2 March 2027.\n"
)


def test_a_bracketed_legal_representative_under_a_partys_name(snapshot_kg):
    got = _held(_draft(snapshot_kg, _PARTY))
    assert ("Lai Xuechun", "Orrin Nonferrous Smelting Co., Ltd.") in got, got


def test_a_bracketed_role_right_after_a_name_in_a_sentence(snapshot_kg):
    got = _held(_draft(snapshot_kg, _PARTY))
    assert ("Wen Jiarui", "Pask Cable Co., Ltd.") in got, got
