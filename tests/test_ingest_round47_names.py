"""Round 47, link precision and new names: a known place printed only as a word of longer
names is no mention of its own (data/CURATION.md rule 7), whether or not the longer name is
drafted: a company's or a law firm's name it opens, a body's name after "of", a bracketed place
after a name. A possessive, a place printed on its own, and a place in a dateline stay
mentions. On short texts written for this file (invented companies, bodies and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round47-names"):
    return draft_of(kg, text, doc_id, "round47.txt", today=dt.date(2029, 6, 1))


def _known(draft) -> set:
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.known()}


def _new(draft) -> set:
    return {e.label for e in draft.new()}


_COURT = (
    "Bankruptcy case accepted\n\n"
    "3 March 2029 -- The Intermediate People's Court of Anhui Province accepted the "
    "bankruptcy application of Anhui Qiaolan Copper Trading Co., Ltd. on Monday and appointed "
    "Anhui Tongfeng Law Firm as administrator.\n")


def test_a_province_only_inside_names_is_not_linked(snapshot_kg):
    """Anhui opens a company's and a law firm's name and closes the court's name: no mention
    of the province; the company and the law firm are drafted."""
    draft = _draft(snapshot_kg, _COURT)
    assert "anhui" not in _known(draft), _known(draft)
    assert {"Anhui Qiaolan Copper Trading Co., Ltd.", "Anhui Tongfeng Law Firm"} <= _new(draft), \
        _new(draft)


def test_a_province_named_on_its_own_as_well_stays_linked(snapshot_kg):
    draft = _draft(snapshot_kg, _COURT + "\nThe company has traded copper cathode in Anhui "
                                "since 2015.\n")
    assert "anhui" in _known(draft), _known(draft)


_TABLE = (
    "Certified suppliers, November 2029\n\n"
    "No.  Certificate   Supplier                               Date\n"
    "1    TX-2029-118   Weifang Lanshan Anticorrosion Materials  11-20\n"
    "2    TX-2029-121   Weifang Lanshan Anticorrosion Materials  11-28\n")


def test_a_city_opening_a_supplier_name_in_a_table_is_not_linked(snapshot_kg):
    """The supplier's name is not drafted in the table's cells, and still Weifang is a word of
    it, no city the list names."""
    draft = _draft(snapshot_kg, _TABLE)
    assert "weifang" not in _known(draft), _known(draft)


def test_a_bracketed_province_after_a_name_is_not_linked(snapshot_kg):
    draft = _draft(snapshot_kg, "Samples checked\n\n12 April 2029 -- The Qinbei Metals Testing "
                                "Centre (Shaanxi) checked forty samples of sponge titanium.\n")
    assert "shaanxi" not in _known(draft), _known(draft)


def test_a_possessive_place_stays_a_mention(snapshot_kg):
    """"Henan's Tongling Alloy Co., Ltd.": the province is named (its company follows)."""
    draft = _draft(snapshot_kg, "Output up\n\n12 April 2029 -- Henan's Tongling Alloy Co., Ltd. "
                                "raised its output of magnesium alloy by a tenth.\n")
    assert "henan" in _known(draft), _known(draft)


def test_a_known_provincial_body_keeps_its_link(snapshot_kg):
    """A longer name the graph knows is that body (longest match), not a word of a new name."""
    draft = _draft(snapshot_kg, "Notice\n\n12 April 2029 -- The Shaanxi Provincial Department "
                                "of Industry and Information Technology named nine smart "
                                "factories in Shaanxi.\n")
    known = _known(draft)
    assert "shaanxi" in known and len(known) >= 2, known


def test_a_group_of_metals_inside_a_contests_name_is_not_linked(snapshot_kg):
    """"Nonferrous Metals" is a word of the contest's name, no mention of the group."""
    draft = _draft(snapshot_kg, "Contest\n\n12 April 2029 -- The final of the 2029 Nonferrous "
                                "Metals Industry Welding Skills Contest opened in Baoji.\n")
    assert "metal-nonferrous-metals" not in _known(draft), _known(draft)


def test_a_group_of_metals_in_running_text_stays_linked(snapshot_kg):
    draft = _draft(snapshot_kg, "Output\n\n12 April 2029 -- Output of nonferrous metals rose "
                                "by a tenth in the first quarter.\n")
    assert "metal-nonferrous-metals" in _known(draft), _known(draft)


def test_a_metal_word_opening_a_streets_name_is_no_metal(snapshot_kg):
    draft = _draft(snapshot_kg, "Office moves\n\n12 April 2029 -- Qinfeng Alloy Co., Ltd. moved "
                                "its sales office to Copper Hill Avenue in Baoji.\n")
    assert "metal-copper" not in _known(draft), _known(draft)


def test_a_board_of_another_country_is_a_government_body(snapshot_kg):
    draft = _draft(snapshot_kg, "Tariffs\n\n12 April 2029 -- The Mineral Export Review Board of "
                                "Peru raised the fee on tin concentrate.\n")
    assert "Mineral Export Review Board of Peru" in _new(draft), _new(draft)


def test_a_companys_board_of_directors_is_no_government_body(snapshot_kg):
    draft = _draft(snapshot_kg, "Meeting\n\n12 April 2029 -- The Board of Directors of Qinfeng "
                                "Alloy Co., Ltd. met and approved the budget.\n")
    assert not {e.label for e in draft.new() if str(e.cls).endswith("#GovernmentBody")}, _new(draft)
