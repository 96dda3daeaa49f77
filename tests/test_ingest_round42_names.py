"""Round 42, new names: organisations and people the drafts missed, on short texts written for
this file (invented bodies and people)."""
from __future__ import annotations

from hostile_drafts import draft_of, new_labels, snapshot_kg, values  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round42-names"):
    return draft_of(kg, text, doc_id, "round42.txt")


# --- 1. "Division of X": a department's division named by its head word first ------------------
_NOTICE = ("Qinyuan Municipal Bureau of Industry and Information Technology\n\n"
           "Notice on the Second Batch of Green Foundries\n\n"
           "The bureau has checked the applications of eleven foundries. {line}\n\n"
           "Contact: Pan Yuling, Division of Energy Saving and Comprehensive Utilisation, "
           "0391-5520 118\n")


def test_a_contact_line_names_the_division_of_the_issuer(snapshot_kg):
    """"Contact: A, Division of X, phone": the division is an organisation of its own, named
    in full from "Division"."""
    draft = _draft(snapshot_kg, _NOTICE.format(line="The list follows."))
    got = new_labels(draft)
    assert "Division of Energy Saving and Comprehensive Utilisation" in got, got


def test_the_division_of_x_in_running_text_is_named_from_division(snapshot_kg):
    """"The Division of X of the bureau reviewed ...": the division's name opens at "Division"
    (the article is no word of it)."""
    draft = _draft(snapshot_kg, _NOTICE.format(
        line="The Division of Raw Materials Industry reviewed the records in October."))
    got = new_labels(draft, "GovernmentBody") | new_labels(draft, "Organization")
    assert "Division of Raw Materials Industry" in got, got
    assert not any(g.lower().startswith("the division") for g in got), got


def test_a_division_ending_a_name_keeps_its_words(snapshot_kg):
    """"the Alloy Products Division of X Co., Ltd.": "Division" ends that name as before; a
    lone "Division" before a role is no body's name."""
    text = ("Ruiheng Alloy Co., Ltd. Reorganises Sales\n\n"
            "The Alloy Products Division of Ruiheng Alloy Co., Ltd. will move to Luoyang in "
            "March 2027, said Division Chief Tong Kaiwen.\n")
    got = new_labels(_draft(snapshot_kg, text))
    assert not any(g in ("Division", "Division Chief") for g in got), got
    assert any(g.startswith("Alloy Products Division") for g in got), got


# --- 2. a list of signers whose first row the table reader took for a header -------------------
_RULING = ("Lintong District People's Court\n\nCivil Ruling (Summary)\n\n"
           "The application of Lintong Xinrui Zinc Co., Ltd. for restructuring is accepted.\n\n"
           "                         {first}   Yao Shuming\n"
           "                         Judge             Hou Jialin\n"
           "                         Judge             Qi Wenrui\n\n"
           "                                   9 December 2026\n")


def test_the_first_signer_of_a_signature_list_is_a_person(snapshot_kg):
    """"Presiding Judge   Yao Shuming" over "Judge   Hou Jialin": the first line is the list's
    first row, not a table's header naming columns; its person is drafted like the others."""
    draft = _draft(snapshot_kg, _RULING.format(first="Presiding Judge"))
    got = new_labels(draft, "Person")
    assert {"Yao Shuming", "Hou Jialin", "Qi Wenrui"} <= got, got


def test_a_real_header_cell_still_names_no_thing(snapshot_kg):
    """A table's header of column names ("Company   County   Output") still names no company
    and no county; the rows' names stay."""
    text = ("Zinc Output of Lintong Smelters, November 2026\n\n"
            "Company                          County       Output (t)\n"
            "Lintong Xinrui Zinc Co., Ltd.    Lintong      4,200\n"
            "Weibei Hongsheng Zinc Co., Ltd.  Fuping       3,100\n")
    got = new_labels(_draft(snapshot_kg, text))
    assert "Company" not in got and "County" not in got, got
    assert "Lintong Xinrui Zinc Co., Ltd." in got, got


# --- 3. a body set up for a task, named by a word of its task and "committee" --------------------
_AWARDS = ("Proposed Winners of the 2026 Jinhe Alloy Innovation Prize\n\n"
           "{line} Forty-one entries were received.\n")


def test_a_committee_named_by_its_task_is_an_organisation(snapshot_kg):
    """"the selection committee met ...", "who chairs the audit committee": bodies of their own,
    named by the task's word and "committee" (no capitals printed)."""
    line = ("The selection committee met in Xuchang on 3 December. Hou Minjie, who chairs the "
            "audit committee, said the scores were checked twice.")
    got = new_labels(_draft(snapshot_kg, _AWARDS.format(line=line)), "Organization")
    assert "Selection committee" in got, got
    assert "Audit committee" in got, got


def test_a_committee_with_no_word_of_its_task_is_no_name(snapshot_kg):
    """"the committee", "the relevant committee", "a five-member committee": no task is named,
    so no body is drafted under those words."""
    line = ("The relevant committee will publish the list, and a five-member committee checked "
            "it. The committee thanked the entrants.")
    got = {g.lower() for g in new_labels(_draft(snapshot_kg, _AWARDS.format(line=line)))}
    assert not any(g in ("committee", "relevant committee", "five-member committee")
                   for g in got), got


# --- 4. the next field's label after a name in a credit line -----------------------------------
def test_a_field_label_after_two_spaces_is_no_given_name(snapshot_kg):
    """"(Editor: Meng Jia  Designer: Ruan Qiu)": "Jia Designer" is no person (the label of the
    next field reads like pinyin); the two people are "Meng Jia" and "Ruan Qiu"."""
    text = ("Tongchuan Foundry Opens Training Hall\n\n"
            "Tongchuan Jinhe Casting Co., Ltd. opened a training hall for 40 apprentices on "
            "Monday.\n\n(Editor: Meng Jia  Designer: Ruan Qiu)\n")
    got = new_labels(_draft(snapshot_kg, text), "Person")
    assert "Meng Jia" in got and "Ruan Qiu" in got, got
    assert "Jia Designer" not in got, got


# --- 5. the publisher a masthead opens with, in capitals before a bar ---------------------------
def test_a_masthead_in_capitals_names_its_publisher(snapshot_kg):
    """"QINBEI METALS NET  |  DAILY BULLETIN": the site that put the text out is an outlet of its
    own, labelled in title case."""
    text = ("QINBEI METALS NET  |  DAILY MARKET BULLETIN\nTuesday, 8 December 2026\n\n"
            "Zinc ingot in Xi'an rose 120 yuan a tonne on thin stocks at Tongchuan Jinhe "
            "Casting Co., Ltd.\n")
    got = new_labels(_draft(snapshot_kg, text), "MediaOutlet")
    assert "Qinbei Metals Net" in got, got


def test_a_section_label_in_capitals_is_no_publisher(snapshot_kg):
    """"FEATURE | Aluminium processing", "CLIENT ALERT | Disputes": a section's label in plain
    English words names no organisation."""
    for head in ("FEATURE | Aluminium processing", "CLIENT ALERT | Disputes and Arbitration"):
        text = (f"{head}\n\nTongchuan Jinhe Casting Co., Ltd. opened a training hall for 40 "
                "apprentices on Monday.\n")
        got = {g.lower() for g in new_labels(_draft(snapshot_kg, text))}
        assert "feature" not in got and "client alert" not in got, got


# --- 6. natural features and areas with their noun in lower case --------------------------------
def test_a_desert_and_mountains_in_lower_case_are_places(snapshot_kg):
    """"the edge of the Gurnai desert", "the Lanshan mountains": places named by their
    feature's noun printed in lower case; a known city's "area" mints nothing new."""
    text = ("Solar Farm Opens\n\nThe farm lies on the edge of the Gurnai desert, south of the "
            "Lanshan mountains, said Shen Luoyi. Prices in the Baoji area were steady.\n")
    got = new_labels(_draft(snapshot_kg, text))
    assert "Gurnai desert" in got and "Lanshan mountains" in got, got
    assert "Baoji area" not in got, got
