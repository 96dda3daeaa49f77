"""Round 43, new names and links: organisations wrapped under a hanging indent, a body named
after a person's title in a wrapped cell, and fields whose names end in "-ics" (no singular),
on short texts written for this file (invented bodies and people)."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round43-names"):
    return draft_of(kg, text, doc_id, "round43.txt")


def _linked(draft) -> set:
    return {str(e.iri).rsplit("/", 1)[-1] for e in draft.known()}


# --- 1. a cell wrapped under a hanging indent, outside any table --------------------------------
_REGISTER = ("Certificates changed this month\n\n"
             "    QK25E0113R1S   Tongling Ruida Copper Foil      ISO 14001:2015   withdrawn 02.12.2026\n"
             "{pad}Processing Co., Ltd.\n"
             "    QK24S0877R0M   Yichun Fengsheng Lithium Salt   ISO 45001:2018   suspended 05.12.2026\n"
             "{pad}Manufacturing Co., Ltd.\n")


def test_a_name_wrapped_under_a_hanging_indent_is_one_company(snapshot_kg):
    """The second line of each name stands two columns right of the cell it goes on: the
    company is still read whole, not as "Processing Co., Ltd." and a city."""
    draft = _draft(snapshot_kg, _REGISTER.format(pad=" " * 21))
    got = new_labels(draft, "Company")
    assert "Tongling Ruida Copper Foil Processing Co., Ltd." in got, got
    assert "Yichun Fengsheng Lithium Salt Manufacturing Co., Ltd." in got, got
    assert "Processing Co., Ltd." not in new_labels(draft), new_labels(draft)
    assert "Manufacturing Co., Ltd." not in new_labels(draft), new_labels(draft)


def test_a_name_wrapped_at_its_own_column_still_reads_whole(snapshot_kg):
    """The plain wrap (the second line right under the cell) reads as before."""
    draft = _draft(snapshot_kg, _REGISTER.format(pad=" " * 19))
    got = new_labels(draft, "Company")
    assert "Tongling Ruida Copper Foil Processing Co., Ltd." in got, got


def test_a_line_indented_far_right_of_the_cell_is_not_joined(snapshot_kg):
    """A line standing well right of every cell start (under the next column) is no wrap of
    the name: the name cell is not read with it."""
    draft = _draft(snapshot_kg, _REGISTER.format(pad=" " * 30))
    got = new_labels(draft, "Company")
    assert "Tongling Ruida Copper Foil Processing Co., Ltd." not in got, got


# --- 2. a body named after a person's title in a wrapped cell -----------------------------------
_PANEL = ("Review of the Hengli Titanium Forging Project\n\n"
          "The expert group met on 3 December 2026.\n\n"
          "  Leader   Ran Qiuping    Professor of metallurgy, retired\n"
          "  Member   Kong Lixin     Senior auditor, Xiamen Haoyue Certified\n"
          "                          Public Accountants\n\n"
          "The group found the study complete.\n")


def test_the_body_after_a_title_in_a_wrapped_cell_is_named_whole(snapshot_kg):
    """"Senior auditor, Xiamen Haoyue Certified" over "Public Accountants": the firm is one
    name, not two half names."""
    draft = _draft(snapshot_kg, _PANEL)
    got = new_labels(draft)
    assert "Xiamen Haoyue Certified Public Accountants" in got, got
    assert "Public Accountants" not in got, got
    assert not any(g.startswith("Senior auditor") for g in got), got


# --- 3. a field named with "-ics" has no singular ---------------------------------------------
def test_an_adjective_is_no_mention_of_a_field_ending_in_ics(snapshot_kg):
    """"robotic welding cells", "photovoltaic glass": the adjectives are not the fields
    Robotics and Photovoltaics."""
    text = ("Ruixin Metals Opens Welding Shop\n\n"
            "Ruixin Metals said on Monday that its robotic welding cells in Hefei would make "
            "frames for photovoltaic glass from March 2027.\n")
    got = _linked(_draft(snapshot_kg, text))
    assert "field-robotics" not in got, got
    assert "field-photovoltaics" not in got, got


def test_the_field_ending_in_ics_is_still_linked_by_its_name(snapshot_kg):
    """The field's own name ("robotics", "photovoltaics") is linked as before."""
    text = ("Ruixin Metals Opens Welding Shop\n\n"
            "Ruixin Metals said on Monday that it would sell alloy frames to makers in "
            "robotics and photovoltaics from March 2027.\n")
    got = _linked(_draft(snapshot_kg, text))
    assert "field-robotics" in got, got


# --- 4. a numbered item's heading is no word of the name under it -------------------------------
_HEARING = ("Notice of a Public Hearing on Water Prices for Zinc Smelters\n\n"
            "1. Time\n   9:30 on 12 January 2027.\n\n"
            "2. Organiser\n"
            "   Guangxi Zhuang Autonomous Region Development and Reform Commission (Price "
            "Division).\n\n"
            "3. Contacts\n"
            "   Hechi Municipal Bureau of Water Resources, Supply Section, 0778-221 3390.\n")


def test_a_numbered_heading_does_not_open_the_body_under_it(snapshot_kg):
    """"2. Organiser" over the commission, "3. Contacts" over the bureau: the bodies are
    named from their own first word."""
    got = new_labels(_draft(snapshot_kg, _HEARING))
    assert "Hechi Municipal Bureau of Water Resources" in got, got
    assert not any(g.startswith(("Organiser", "Contacts")) for g in got), got


def test_a_name_wrapped_after_a_long_numbered_line_still_runs_on(snapshot_kg):
    """A numbered line that holds more than a short heading wraps the name onto the next line
    as before ("2. Hechi Municipal Bureau of Water" over "Resources ...")."""
    text = ("Notice on Water Prices\n\n"
            "2. The hearing is held by the Hechi Municipal Bureau of Water\n"
            "   Resources on 12 January 2027.\n")
    got = new_labels(_draft(snapshot_kg, text))
    assert "Hechi Municipal Bureau of Water Resources" in got, got



# --- 6. a place's two words stand on one line ---------------------------------------------------
_ISSUERS = ("Jiangxi Provincial Department of Natural Resources\n"
            "Jiangxi Provincial Department of Emergency Management\n\n"
            "Notice on the Second Batch of Smart Tungsten Mines\n\n"
            "Eleven mines in Ganzhou passed the review in November 2026.\n")


def test_stacked_issuers_give_no_place_of_two_lines(snapshot_kg):
    """A line ending in "Resources" over a line opening "Jiangxi Provincial ...": no
    province "Resources Jiangxi"; the issuers keep their names."""
    draft = _draft(snapshot_kg, _ISSUERS)
    got = new_labels(draft)
    assert not any(g.startswith("Resources") for g in got), got
    assert "Jiangxi Provincial Department of Emergency Management" in got | {
        e.label for e in draft.known()}, got


def test_a_two_word_place_on_one_line_is_still_read(snapshot_kg):
    """"the Qiandong Municipal People's Government" on one line still gives its city."""
    text = ("Notice on Bauxite Permits\n\n"
            "The Liping Xiang Municipal People's Government approved two permits on 3 "
            "December 2026.\n")
    got = new_labels(_draft(snapshot_kg, text), "City")
    assert "Liping Xiang" in got, got
