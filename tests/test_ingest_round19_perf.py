"""Round 19, linear time: rules that looked from every agreement back to the paragraph break
before it (``rfind``) scanned back to the text's start when a text printed on one line has
none; reading/occurrences lists the places once. Its look-ups answer as ``rfind`` and ``find``
do, the deal agreement signed "after the meeting" still takes the day of the meeting its
sentence names (and not that of a meeting named in a sentence before), and a long one-line text
of such agreements is read in time growing with its length. Every text here is written for
this file."""
from __future__ import annotations

import pytest

from kg.ingest.reading.occurrences import Occurrences, occurrences
from kg.ingest.terms import NFO

from hostile_drafts import draft_of, linear_cpu, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "r19-perf"):
    return draft_of(kg, text, doc_id, "r19perf.txt")


def _by_label(draft, start: str):
    return [e for e in draft.entities.values() if e.label.startswith(start)]


# --- the look-ups answer as rfind and find ---------------------------------------------------
TEXTS = [
    "",
    "no break at all here",
    "One line.\n\nTwo lines.\n\n\nThree. Four.  Five.\n\n",
    "\n\n\n\n",
    ". . .. .",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("key", ["\n\n", ". ", "x"])
def test_the_places_of_a_key_answer_as_rfind_and_find(text, key):
    occ = Occurrences(text, key)
    for pos in range(len(text) + 2):
        assert occ.last_before(pos) == text.rfind(key, 0, pos), (text, key, pos)
        assert occ.first_from(pos) == text.find(key, pos), (text, key, pos)


def test_the_places_are_made_once_a_text():
    text = "A line.\n\nAnother line.\n"
    assert occurrences(text, "\n\n") is occurrences(text, "\n\n")
    other = "A line.\n\nAnother line, longer.\n"
    assert occurrences(other, "\n\n").places == [7]


# --- what the rules read is unchanged --------------------------------------------------------
BOUGHT = "Dalong Tin Group bought 60% of Shuikou Smelting Co., Ltd."


def test_a_deal_signed_after_the_meeting_of_its_sentence_takes_its_day(snapshot_kg):
    text = (f"{BOUGHT} The Dalong Tin Annual Meeting was held on April 9, 2027.\nMonths "
            "later, the share transfer agreement was signed after the meeting.\n")
    draft = _draft(snapshot_kg, text)
    deal, = _by_label(draft, "Share transfer agreement")
    assert {(str(o), r) for p, o, _, r in deal.statements if p == NFO.dateSigned} == {
        ("2027-04-09", "date:signed-after-event")}


def test_a_deal_signed_after_a_meeting_of_an_earlier_sentence_takes_no_day(snapshot_kg):
    text = (f"{BOUGHT} The Dalong Tin Annual Meeting was held on April 9, 2027. Months "
            "later, the share transfer agreement was signed after the meeting.\n")
    draft = _draft(snapshot_kg, text)
    deal, = _by_label(draft, "Share transfer agreement")
    assert not [o for p, o, _, r in deal.statements if p == NFO.dateSigned]


def test_a_deal_after_a_paragraph_break_takes_no_day_of_the_paragraph_before(snapshot_kg):
    text = (f"{BOUGHT} The Dalong Tin Annual Meeting was held on April 9, 2027.\n\nMonths "
            "later, the share transfer agreement was signed after the meeting.\n")
    draft = _draft(snapshot_kg, text)
    deal, = _by_label(draft, "Share transfer agreement")
    assert not [o for p, o, _, r in deal.statements if p == NFO.dateSigned]


# --- a long text of one line ------------------------------------------------------------------
LONG = {
    "deal agreements signed after meetings, one line": lambda: BOUGHT + " " + " ".join(
        f"The Dalong{i} Review Meeting was held and the q{i}k share transfer agreement was "
        "signed after the meeting." for i in range(2500)) + "\n",
    "agreements signed at forums, one line": lambda: " ".join(
        f"At the Shuikou{i} Tin Forum, Dalong{i} Group signed a supply agreement with Heyuan{i} "
        "Group." for i in range(2500)) + "\n",
}


@pytest.mark.parametrize("case", sorted(LONG))
def test_a_long_one_line_text_of_signed_agreements_is_read_in_linear_time(snapshot_kg, case):
    text = LONG[case]()
    assert "\n\n" not in text and len(text) > 100_000
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), text, case)
    assert len([e for e in draft.entities.values() if str(e.cls).endswith("Agreement")]) > 1000


# --- titled people: the bodies of their own sentence, read without the whole text -----------
def _posts(draft) -> set:
    return {e.label for e in draft.entities.values() if str(e.cls).endswith("Post")}


def test_a_title_in_a_list_line_is_a_post_in_the_body_of_that_line(snapshot_kg):
    text = ("The parties were:\n1. Hengshan Copper Co., Ltd., represented by chairman Tao Ming;\n"
            "2. Lianyuan Tungsten Co., Ltd., represented by chairman Guo Fang.\n")
    assert _posts(_draft(snapshot_kg, text)) == {
        "Tao Ming, Chairman, Hengshan Copper Co., Ltd.",
        "Guo Fang, Chairman, Lianyuan Tungsten Co., Ltd."}


def test_a_body_the_sentence_calls_by_its_head_noun_is_still_found_far_before(snapshot_kg):
    text = ("The Lianyuan Tungsten Bureau met on Friday. Later a delegation from the Hengshan "
            "Copper Co., Ltd. arrived. Deputy Director Tao Ming said the bureau agreed.\n")
    assert _posts(_draft(snapshot_kg, text)) == {
        "Tao Ming, Deputy Director, Lianyuan Tungsten Bureau"}


def test_a_body_named_as_the_venue_is_not_the_title_s(snapshot_kg):
    text = ("Hengshan Copper Co., Ltd. and the Lianyuan Tungsten Bureau held talks at the Nanyue "
            "Metals Exchange. Chairman Tao Ming welcomed them.\n")
    posts = _posts(_draft(snapshot_kg, text))
    assert not any("Exchange" in p for p in posts), posts


def _signing_list(n: int) -> str:
    return "The parties that signed were:\n" + "\n".join(
        f"{i + 1}. Hengshan{i} Copper Co., Ltd. and Lianyuan{i} Group, represented by chairman "
        f"Tao Ming{i}; deputy general manager Guo Fang{i}" for i in range(n)) + "\n"


def test_a_long_list_of_titled_signers_is_read_in_linear_time(snapshot_kg):
    # (relations/posts_without_body.near_body read every organisation named before each titled
    # person, and officer_lists' body_at every one again: 1200 lines took 3x the CPU of 600)
    draft = linear_cpu(lambda t: _draft(snapshot_kg, t), _signing_list(600), "signers",
                       quarter=_signing_list(150))
    assert len(_posts(draft)) > 500
