"""Round 44, posts and ties between bodies on pairs the draft already has, on short texts
written for this file (invented companies, bodies and people): a name set in Markdown emphasis
("**A**, chairman of Y") keeps the post its apposition states; a unit printed before its body
with a comma ("Department of X, Y University, Hengyang", "Z Institute, W Group") is the body's
unit, but not the last peer of a list of institutes."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, posts, snapshot_kg, values  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round44-docrel"):
    return draft_of(kg, text, doc_id, "round44.txt", today=dt.date(2026, 12, 5))


# --- a name in Markdown emphasis -----------------------------------------------------------------
_BOLD = ("# Tin Solder Makers Meet in Gejiu\n\n"
         "## Opening session\n\n"
         "- **Tao Renhe**, President of the Dianxi Solder Materials Society, said members cut "
         "their lead use by a fifth in 2026.\n"
         "- *Qiu Manli*, Chief Engineer of Gejiu Hongshan Solder Co., Ltd., showed a new "
         "lead-free wire.\n"
         "- **Bai Yuting**, who chaired the session, closed it at noon.\n")


def test_a_bold_name_holds_the_post_its_apposition_states(snapshot_kg):
    """"**A**, President of Y": the emphasis closed after the name hides no comma; A is Y's
    president, as without the stars."""
    got = posts(_draft(snapshot_kg, _BOLD))
    assert ("Tao Renhe", "President", "Dianxi Solder Materials Society") in got, got


def test_an_italic_name_holds_the_post_its_apposition_states(snapshot_kg):
    """"*A*, Chief Engineer of Y Co., Ltd.": one star closes the emphasis just as well."""
    got = posts(_draft(snapshot_kg, _BOLD))
    assert ("Qiu Manli", "Chief Engineer", "Gejiu Hongshan Solder Co., Ltd.") in got, got


def test_a_bold_name_with_no_role_after_it_gets_no_post(snapshot_kg):
    """"**A**, who chaired the session,": no role of a body after the name, no post for A."""
    got = posts(_draft(snapshot_kg, _BOLD))
    assert not any(holder == "Bai Yuting" for holder, _, _ in got), got


# --- a unit printed before its body, a comma between ----------------------------------------------
_AFFILIATIONS = ("Study of Grain Growth in Rolled Zinc-Titanium Sheet\n\n"
                 "Lu Hanbing(1), Cen Yaowen(2)\n\n"
                 "1. Department of Metallurgical Engineering, Xiangnan University, Hengyang, "
                 "421001\n"
                 "2. Zinc Materials Institute, Hunan Beiyuan Zinc Group\n\n"
                 "Abstract: Zinc-titanium sheet was rolled at three temperatures and annealed.\n")

_LISTED = ("Tin Forum Opens in Nanxi\n\n"
           "The forum was opened on Friday by the Industry Promotion Bureau, Nanxi Tin "
           "Association, Nanxi Tin Co., Ltd. and Hengyang, which host it every year.\n")


def _units(draft) -> set:
    return {(s, o) for s, o in values(draft, "unitOf")}


def test_an_affiliation_line_with_an_address_puts_the_department_in_the_school(snapshot_kg):
    """"1. Department of X, Y University, Hengyang, 421001": the place after the school's
    comma opens its address, not a list of bodies; the department is the university's."""
    got = _units(_draft(snapshot_kg, _AFFILIATIONS))
    assert ("Department of Metallurgical Engineering", "Xiangnan University") in got, got


def test_an_institute_printed_before_its_group_is_the_group_s_unit(snapshot_kg):
    """"Zinc Materials Institute, Hunan Beiyuan Zinc Group": an institute's name before its
    body's, on an affiliation line, names the group's unit."""
    got = _units(_draft(snapshot_kg, _AFFILIATIONS))
    assert ("Zinc Materials Institute", "Hunan Beiyuan Zinc Group") in got, got


def test_a_list_of_bodies_in_a_sentence_makes_no_unit(snapshot_kg):
    """"the X Bureau, Y Association, Z Co., Ltd. and ...": bodies listed in prose, the comma
    after the association going on into the list: no unit."""
    got = _units(_draft(snapshot_kg, _LISTED))
    assert not [p for p in got if p[0] == "Industry Promotion Bureau"], got


_DRAFTERS = ("Group Standard for Zinc-Titanium Roofing Sheet Issued\n\n"
             "The standard takes effect on 1 March 2027.\n\n"
             "Drafting units: Hengyang Zinc Research Institute, Lianyuan Alloy Research "
             "Institute, Hunan Beiyuan Zinc Group\n\n"
             "Main drafters: Lu Hanbing, Cen Yaowen.\n")


def test_the_last_peer_of_a_list_of_institutes_is_no_unit_of_the_next_body(snapshot_kg):
    """"A Research Institute, B Research Institute, C Group": the institutes are peers of a
    list of drafting units; B is no unit of C."""
    got = _units(_draft(snapshot_kg, _DRAFTERS))
    assert not [p for p in got if p[0] == "Lianyuan Alloy Research Institute"], got
