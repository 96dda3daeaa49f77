"""A counted signing's list names who took part in it: "Five projects ... were signed at the fair.
Among them:" over one project a line, or "were signed; they are listed below." over a table of
projects and investors. Each company a row names is a participant of the signing; the host
government that signs every project, a place and a row past the count are not read, nor a list
that the count's paragraph does not announce."""
from __future__ import annotations

from hostile_drafts import draft_of, pairs, parsed

BULLETS = """Lakeside County Hosts Tin and Tungsten Investment Fair

Lakeside, 14 October 2026 - The Lakeside County Tin and Tungsten Investment Fair opened on
Tuesday in the county's exhibition hall, with some 200 guests from industry.

Three projects worth 4.1 billion yuan were signed at the fair. Among them:

- a 20,000-tonne-a-year tin solder project of Dongwan Solder Materials Co., Ltd. in
  Lakeside County, 1.6 billion yuan;
- a tungsten carbide powder project of Redstone Hard Alloy Co., Ltd. in the county's
  industrial park, 1.5 billion yuan;

- a tin chemicals project of Qiaoli Fine Chemical Co., Ltd., 1.0 billion yuan.

Guests later visited the tin smelter of Lakeside Nonferrous Group Co., Ltd.
"""

TABLE = """Hillport Signs Aluminium Projects at Autumn Investment Meeting

Hillport, 3 November 2026 - At the Hillport Autumn Investment Meeting on Monday the city
presented its aluminium processing chain. Two projects were signed on the spot; they are
listed below.

No.  Project                          Investor                           Amount (100m yuan)
1    Aluminium foil rolling line      Baiyun Foil Technology Co., Ltd.   6.5
2    Recycled aluminium billet plant  Greenloop Metals Co., Ltd.          3.2

The meeting was organised by the Hillport Municipal Bureau of Commerce.
"""

UNANNOUNCED = """Ridgeway Holds Copper Forum

Ridgeway, 9 December 2026 - Two agreements were signed at the forum on Wednesday, the
organisers said.

- Jadestone Copper Co., Ltd. presented its new rod mill;
- Northbank Cable Co., Ltd. spoke on cable demand.
"""


def _participants(draft) -> set:
    return {o for s, o in pairs(parsed(draft), "participant") if s.startswith("Signing of")}


def test_each_company_in_the_list_under_a_counted_signing_took_part_in_it(kg):
    got = _participants(draft_of(kg, BULLETS, "signing-rows-bullets"))
    for name in ("Dongwan Solder Materials", "Redstone Hard Alloy", "Qiaoli Fine Chemical"):
        assert any(o.startswith(name) for o in got), (name, got)
    assert not any(o.startswith("Lakeside Nonferrous") for o in got), got


def test_the_investors_of_a_table_announced_below_took_part_in_the_signing(kg):
    got = _participants(draft_of(kg, TABLE, "signing-rows-table"))
    for name in ("Baiyun Foil Technology", "Greenloop Metals"):
        assert any(o.startswith(name) for o in got), (name, got)


def test_a_list_the_count_does_not_announce_names_no_participants(kg):
    got = _participants(draft_of(kg, UNANNOUNCED, "signing-rows-unannounced"))
    assert not any(o.startswith(("Jadestone", "Northbank")) for o in got), got
