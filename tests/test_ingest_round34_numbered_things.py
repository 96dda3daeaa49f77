"""Round 34, things known by their number: a licence or permit printed only by its number -- in a
column headed "Holder / Permit No." or "Licence / number" (the number on the cell's last line,
under the holder's name or the kind of licence), or as the value of a form's "Licence No.:"
field, in romanised Chinese ("Lu Huan Fu Zheng [B0712]", "Ji Shui (Zi) 2023-0412") -- is one
licence of the draft, the number its alias, and its syllables are no person's name."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, label_dates, new_labels, snapshot_kg  # noqa: F401

HOLDERS = """Weifang Municipal Bureau of Ecology and Environment

Publicity of Permits Handled in March 2027

No. Holder / Permit No.                     Matter    Issued
--- --------------------------------------- --------- -------
1   Weifang Dongrun Copper Foil Co.,        New       03-04
    Ltd. / 91370700MA3C8QW21K001P
2   Changle Xinye Zinc Products Co.,        Renewal   03-19
    Ltd. / 91370725MA3D1HR54F001V
--- --------------------------------------- --------- -------

Objections may be sent in writing within five working days.
"""

KINDS = """Anqiu County Approval Bureau

Notice on Cancelling the Licences of Anqiu Hengfa Lead Co., Ltd.

The plant closed last year, and the bureau cancels these licences.

+----+-------------------------+---------------------------+
| No.| Licence / number        | Original issuer           |
+----+-------------------------+---------------------------+
| 1  | Water abstraction       | Anqiu County Water        |
|    | permit                  | Resources Bureau          |
|    | Ji Shui (An) 2023-0412  |                           |
| 2  | Boiler use              | Anqiu County Market       |
|    | registration            | Supervision Bureau        |
|    | Lu Te Zi 0291-0293      |                           |
+----+-------------------------+---------------------------+
"""

FORM = """Shandong Provincial Department of Ecology and Environment

Radiation Safety Licences Approved in April 2027

[1]
  Licensee:      Yantai Penghui Copper Co., Ltd.
  Licence No.:   Lu Huan Fu Zheng [B0712]
  Matter:        new issue
  Issued:        12 Apr. 2027
"""


def test_a_holders_column_of_permit_numbers_gives_one_permit_a_row(snapshot_kg):
    got = new_labels(draft_of(snapshot_kg, HOLDERS, "t-r34-holder-permits"), "PolicyDocument")
    assert {"Permit 91370700MA3C8QW21K001P", "Permit 91370725MA3D1HR54F001V"} <= got


def test_the_last_line_of_a_licence_cell_is_its_number(snapshot_kg):
    d = draft_of(snapshot_kg, KINDS, "t-r34-licence-cells")
    got = new_labels(d, "PolicyDocument")
    assert {"Licence Ji Shui (An) 2023-0412", "Licence Lu Te Zi 0291-0293"} <= got
    assert not {"Ji Shui", "Lu Te Zi"} & new_labels(d, "Person")


def test_a_licence_field_in_romanised_chinese_is_a_licence(snapshot_kg):
    d = draft_of(snapshot_kg, FORM, "t-r34-licence-field")
    assert "Licence Lu Huan Fu Zheng [B0712]" in new_labels(d, "PolicyDocument")
    assert "Lu Huan" not in new_labels(d, "Person")


MATTERS = """Shandong Provincial Department of Ecology and Environment

Radiation Safety Licences Handled in May 2027

Posted 2027-05-29 (Saturday)

[1]
  Licensee:      Yantai Penghui Copper Co., Ltd.
  Licence No.:   Lu Huan Fu Zheng [B0713]
  Matter:        change (two gauges added)
  Issued:        12 May 2027

[2]
  Licensee:      Zibo Hongan Copper Co., Ltd.
  Licence No.:   Lu Huan Fu Zheng [C0044]
  Matter:        cancellation at the licensee's request
  Cancelled:     20 May 2027

[3]
  Licensee:      Weifang Dongrun Copper Foil Co., Ltd.
  Licence No.:   Lu Huan Fu Zheng [B0801]
  Matter:        renewal
  Issued:        21 May 2027
"""


def test_a_licence_records_change_or_cancellation_is_its_milestone(snapshot_kg):
    d = draft_of(snapshot_kg, MATTERS, "t-r34-licence-matters", today=dt.date(2027, 6, 1))
    by_iri = {e.iri: e for e in d.entities.values()}
    about = {e.label: sorted(by_iri[o].label for p, o, _, _ in e.statements
                             if str(p).endswith("#about") and o in by_iri)
             for e in d.new() if str(e.cls).endswith("#Milestone")}
    change = "Change of licence Lu Huan Fu Zheng [B0713] (two gauges added)"
    cancel = "Cancellation of licence Lu Huan Fu Zheng [C0044]"
    assert about.get(change) == ["Licence Lu Huan Fu Zheng [B0713]"]
    assert about.get(cancel) == ["Licence Lu Huan Fu Zheng [C0044]"]
    assert label_dates(d, "Change of")[change] == {"startDate": "2027-05-12"}
    assert label_dates(d, "Cancellation of")[cancel] == {"startDate": "2027-05-20"}
    assert not any("B0801" in label for label in about)       # a renewal is no step of its own
    assert "Cancelled" not in {e.label for e in d.new()}       # the day field is no event
