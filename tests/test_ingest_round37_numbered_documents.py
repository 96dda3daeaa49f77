"""Round 37, documents known only by their kind and number: a form's items that open with a
mark ("[1] Permit No.:  ...", "[B] Permit No.: ..."), a kind printed with "No." or a form's
colon or dot leaders before its number ("rectification notice No. KX-2027-031", "Building
permit: 520114202703020017", "Site survey certificate .. QA-2027-77"), with the words before
the kind that say which ("stevedore damage report No. ..."); and what the fields under such a
number say of it: "Holder:" / "Builder:" / "Project:" name whom the permit applies to, and the
government body that publishes the list issued it."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, values  # noqa: F401

PERMITS = """Guiyang Municipal Bureau of Water Affairs

Water Intake Permits Granted in March 2027

The bureau granted the two permits below after the hearings of 4 March.

[1] Permit No.:      GYS-2027-0031
    Holder:          Guizhou Huaren New Materials Co., Ltd.
    Use:             cooling water of the cast house
    Valid:           2027.03.10 - 2032.03.09

[2] Permit No.:      520114202703020017
    Builder:         Guizhou Zhenghe Aluminium Co., Ltd.
    Use:             process water of the rolling workshop
    Valid:           2027.03.18 - 2032.03.17

Contact: Division of Water Resources, tel. 0851-000 0000.
"""

INSPECTION = """Monthly Site Checks of the Zunyi Building Safety Station

The station checked four building sites in April. At the copper rod plant of Zunyi Hengsheng
Copper Co., Ltd. the inspectors found loose scaffolding and served rectification notice No.
KX-2027-031 on the contractor. The older anode shop received a partial stop-work order No.
TG-2027-004 until its crane is checked again.

Documents on file:
  Building permit: 520302202701150022
  Site survey certificate .. QA-2027-77
"""

HARBOUR = """Discharge of the MV Qian Hai

The vessel berthed at Beihai on 2 May. Grab damage to hatch 3 is recorded in the stevedore
damage report No. 2027-412 signed by the terminal.
"""


@pytest.fixture(scope="module")
def drafts(kg):
    texts = {"permits": PERMITS, "inspection": INSPECTION, "harbour": HARBOUR}
    return {k: draft_of(kg, t, f"r37-numbered-{k}") for k, t in texts.items()}


def _new(draft) -> dict:
    return {e.label: e for e in draft.new()}


def test_an_item_mark_before_a_field_still_numbers_a_permit(drafts):
    new = _new(drafts["permits"])
    assert "Permit GYS-2027-0031" in new
    assert "Permit 520114202703020017" in new
    assert "GYS-2027-0031" in new["Permit GYS-2027-0031"].aliases


def test_the_fields_under_a_number_say_whom_the_permit_applies_to(drafts):
    got = values(drafts["permits"], "appliesTo")
    assert ("Permit GYS-2027-0031", "Guizhou Huaren New Materials Co., Ltd.") in got
    assert ("Permit 520114202703020017", "Guizhou Zhenghe Aluminium Co., Ltd.") in got
    # (each holder only its own permit's)
    assert ("Permit GYS-2027-0031", "Guizhou Zhenghe Aluminium Co., Ltd.") not in got


def test_the_body_that_lists_the_permits_issued_them(drafts):
    got = values(drafts["permits"], "issuedBy")
    assert ("Permit GYS-2027-0031", "Guiyang Municipal Bureau of Water Affairs") in got
    assert ("Permit 520114202703020017", "Guiyang Municipal Bureau of Water Affairs") in got


def test_a_kind_and_no_before_a_code_in_prose_is_a_document(drafts):
    new = _new(drafts["inspection"])
    assert "Rectification notice KX-2027-031" in new
    assert "Partial stop-work order TG-2027-004" in new
    assert "Building permit 520302202701150022" in new
    assert "Site survey certificate QA-2027-77" in new
    assert not any(label.startswith("Served") or label.startswith("Received")
                   for label in new)


def test_the_words_before_the_kind_stay_in_the_label(drafts):
    new = _new(drafts["harbour"])
    assert "Stevedore damage report 2027-412" in new
    # (the text's one document of that phrase is also named by it)
    assert "stevedore damage report" in new["Stevedore damage report 2027-412"].aliases
