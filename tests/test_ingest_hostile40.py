"""`kg ingest` attacked a fortieth time (round 39), with short texts written for this file in
genres of their own (a marathon's sponsorship, a foreign ministry's statement, a WeChat post, an
obituary, ...). Each test drafts an article and asserts what a reviewer sees in the draft."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from hostile_drafts import new_labels as _new, posts as _posts


def _draft(kg, text: str, doc_id: str = "hostile40-x"):
    return draft_of(kg, text, doc_id, "hostile40.txt")


def _known(draft) -> set:
    return {e.label for e in draft.entities.values() if e.known}


# --- 1. a known body's name followed by "of" and another country ----------------------------------
def test_another_countrys_state_council_is_not_chinas(snapshot_kg):
    """"the State Council of Vietnam", "the State Council of Australia, a youth charity": they
    were linked to the graph's State Council (China's), a wrong link; they are bodies of their
    own. The graph's State Council printed alone or "of China" is still linked."""
    draft = _draft(snapshot_kg, "Bauxite plan and a junior race\n\nHANOI, 2 April 2026 -- The State "
                                "Council of Vietnam approved a bauxite mining plan for the Central "
                                "Highlands on Tuesday. In Adelaide, the State Council of Australia, a "
                                "youth sports charity, will run the junior races of a copper-sponsored "
                                "marathon.\n")
    assert "State Council" not in _known(draft), _known(draft)
    assert {"State Council of Vietnam", "State Council of Australia"} <= _new(draft, "GovernmentBody")
    home = _draft(snapshot_kg, "Approval\n\nBEIJING, 2 April 2026 -- The State Council of China "
                               "approved the plan on Tuesday; the State Council also named a "
                               "working group.\n")
    assert "State Council" in _known(home)


# --- 2. "until further notice" -------------------------------------------------------------------
def test_until_further_notice_names_no_notice(snapshot_kg):
    """A disruption notice's "halted unloading at its berth in Zhoushan until further notice":
    a new notice "Zhoushan until further notice" was proposed (names/phrases ran back from the
    head "notice" over "until", which is no word of a name)."""
    draft = _draft(snapshot_kg, "Berth closed by storm\n\nNINGBO, 2 April 2026 -- Zhoushan Copper "
                                "Co., Ltd. has halted unloading at its berth in Zhoushan until "
                                "further notice. Trading in its shares was suspended until further "
                                "notice as well.\n")
    assert not {lab for lab in _new(draft) if "notice" in lab.lower()}, _new(draft)
    assert "Zhoushan Copper Co., Ltd." in _new(draft, "Company")


# --- 3. a title that opens a paragraph, after a paragraph that names a body in passing ----------
def test_a_title_opening_a_paragraph_is_no_post_in_a_body_named_in_passing_before(snapshot_kg):
    """"Workers at the Baluba mine received a prize from the Zambia Chamber of Mines.\\n\\nMine
    manager Peter Banda said ...": Banda was made the chamber's mine manager (titled_posts fell
    back on any body the sentence before named, across the paragraph break)."""
    draft = _draft(snapshot_kg, "Safety prize for a mine\n\nLUANSHYA, 2 April 2026 -- Workers at "
                                "the Baluba mine received a prize from the Zambia Chamber of Mines "
                                "on Monday.\n\nMine manager Peter Banda said safety came first.\n")
    assert "Peter Banda" in _new(draft, "Person")
    assert not {p for p in _posts(draft) if p[0] == "Peter Banda"}, _posts(draft)


def test_a_title_after_the_subject_of_the_paragraph_before_is_still_its_post(snapshot_kg):
    draft = _draft(snapshot_kg, "Briefing\n\nKUNMING, 2 April 2026 -- The Yunnan Tin Industry "
                                "Association held a briefing on Monday.\n\nSecretary-General Li Hua "
                                "presented the first-quarter figures.\n")
    assert ("Li Hua", "Secretary-General", "Yunnan Tin Industry Association") in _posts(draft), \
        _posts(draft)



# --- 4. an event label whose brackets held only the dates taken out ------------------------------
def test_an_event_label_keeps_no_empty_brackets(snapshot_kg):
    """"Previous notices (8 and 9 August) are withdrawn": the event was labelled "Previous
    notices () are withdrawn" (events/milestones cut the dates out of the clause and left their
    brackets)."""
    draft = _draft(snapshot_kg, "Typhoon notice\n\nIssued 11 August 2026 by the operations desk of "
                                "Beibu Copper Co., Ltd.\n\nThe smelter's wharf is closed. Previous "
                                "notices (8 and 9 August) are withdrawn.\n")
    assert not {lab for lab in _new(draft) if "()" in lab or "( )" in lab}, _new(draft)


# --- 5. the government of a state named by its style ---------------------------------------------
def test_the_government_of_the_republic_of_a_country_keeps_its_name(snapshot_kg):
    """"The Government of the Republic of Zambia": a body "Government of Republic" was proposed
    (names/place_bodies read one to three capitalised words after "of the" as the place)."""
    draft = _draft(snapshot_kg, "Statement on border trade\n\nLUSAKA, 17 February 2026 -- The "
                                "Government of the Republic of Zambia regrets the closure of the "
                                "border to copper trucks. The Government of the Democratic Republic "
                                "of the Congo has not replied.\n")
    bodies = _new(draft, "GovernmentBody")
    assert "Government of Republic" not in bodies and "Government of Democratic Republic" not in \
        bodies, bodies
    assert "Government of the Republic of Zambia" in bodies, bodies
