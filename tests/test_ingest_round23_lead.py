"""Round 23, the lead's: a known place or field printed as a piece of a new name the text
prints again in pieces (over the columns of a two-column block, over a line a rule read only
in part) is a word of that name, not a mention of the place (names/words_of_names._Pieces)."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _known(draft) -> set:
    return {e.label for e in draft.entities.values() if e.known}


def _new(draft) -> set:
    return {e.label for e in draft.entities.values() if not e.known}


COLUMNS = """Tender Notice for Anode Copper Casting Moulds

1.1 The purchaser has appointed Hefei Lanshan Bidding Agency Co., Ltd. to run the
    tender for the moulds described below.

5. Contacts

    Purchaser: Wuhu Chengxin Copper Co., Ltd.     Agency: Hefei Lanshan Bidding
    Contact: Ms. Ou Lan                           Agency Co., Ltd.
    Tel.: 0553-441 2290                           Tel.: 0551-630 1187
"""


@pytest.fixture(scope="module")
def columns(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, COLUMNS, "r23-two-columns")


def test_a_place_opening_a_name_split_over_two_columns_is_no_mention(columns):
    assert "Hefei" not in _known(columns)
    assert "Hefei Lanshan Bidding Agency Co., Ltd." in _new(columns)


def test_the_place_named_on_its_own_as_well_stays(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, COLUMNS + "\nThe moulds are delivered to the buyer's "
                   "store in Hefei by 30 April.\n", "r23-two-columns-and-place")
    assert "Hefei" in _known(draft)


def test_a_place_before_a_word_no_new_name_has_stays(kg, tmp_path_factory):
    text = ("Wuhu Chengxin Copper Co., Ltd. signed a supply contract with Hefei Lanshan "
            "Bidding Agency Co., Ltd. on 3 March 2027.\n\nThe moulds will be flown in to "
            "Hefei on Monday and trucked to the plant.\n")
    draft = _draft(kg, tmp_path_factory, text, "r23-place-before-other-word")
    assert "Hefei" in _known(draft)


def test_a_place_opening_a_longer_proper_name_is_no_mention(kg, tmp_path_factory):
    # data/CURATION.md rule 7: a known name inside a longer name is no mention of its own
    # ("Hefei Xinqiao airport" names the airport; names/enclosed_places, round 47)
    text = ("Wuhu Chengxin Copper Co., Ltd. signed a supply contract with Hefei Lanshan "
            "Bidding Agency Co., Ltd. on 3 March 2027.\n\nThe moulds will be flown in through "
            "Hefei Xinqiao airport.\n")
    draft = _draft(kg, tmp_path_factory, text, "r23-place-opening-a-longer-name")
    assert "Hefei" not in _known(draft)
    assert "Hefei Lanshan Bidding Agency Co., Ltd." in _new(draft)


BROKEN = """Magnesium tray plant to break ground in Chaohu

Tang Yi, Chairman of Anhui Ruiqing
Auto Parts, said the plant would make battery trays for carmakers. Anhui Ruiqing Auto
Parts Co., Ltd. will invest 900 million yuan.
"""


def test_a_field_ending_a_short_name_broken_over_a_line_is_no_mention(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, BROKEN, "r23-broken-short-name")
    assert not any(label.lower() == "auto parts" for label in _known(draft)), _known(draft)


def test_a_field_named_in_running_text_stays(kg, tmp_path_factory):
    draft = _draft(kg, tmp_path_factory, BROKEN + "\nDemand for auto parts made of "
                   "magnesium rose this year.\n", "r23-field-in-text")
    assert any(label.lower() == "auto parts" for label in _known(draft)), _known(draft)
